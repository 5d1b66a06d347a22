package milp

import (
	"context"
	"math"
	"time"
)

// Nonbasic status of a variable.
const (
	stBasic int8 = iota
	stLower      // nonbasic at its lower bound
	stUpper      // nonbasic at its upper bound
	stFree       // nonbasic free variable, at zero
)

// lpStatus is the outcome of one LP solve.
type lpStatus int

const (
	lpOptimal lpStatus = iota
	lpInfeasible
	lpUnbounded
	lpLimit  // context cancelled or deadline passed
	lpFailed // numerical trouble or iteration limit
)

// Tolerances, in the scaled problem.
const (
	tolPrimal   = 1e-7  // primal feasibility
	tolDual     = 1e-7  // dual feasibility
	tolPivot    = 1e-7  // smallest acceptable pivot in ratio tests
	tolZero     = 1e-12 // entries below this are treated as zero
	refactorMax = 100   // updates between refactorisations
	artBound    = 1e6   // artificial bound for dual-infeasible unbounded variables
)

// simplex is a bounded-variable revised simplex solver on the scaled
// computational form A·x − r = 0. Variables 0..n-1 are the structural
// columns, n..n+m-1 the logicals (row activities, column −e_i).
type simplex struct {
	m, n int

	// Scaled A, column-wise and row-wise.
	colStart []int
	colIdx   []int
	colVal   []float64
	rowStart []int
	rowIdx   []int
	rowVal   []float64

	colScale []float64 // x_original = colScale·x_scaled (structurals)
	rowScale []float64 // r_scaled = rowScale·r_original

	cost     []float64 // scaled cost in use (may be perturbed), len n+m
	origCost []float64 // unperturbed scaled cost
	lo, up   []float64 // current scaled bounds, len n+m
	artLo    []bool    // lower bound is artificial
	artUp    []bool    // upper bound is artificial
	hasArt   bool

	head      []int  // basis position → variable
	pos       []int  // variable → basis position, or -1
	status    []int8 // per variable
	x         []float64
	d         []float64 // reduced costs (meaningful for nonbasic variables)
	dseW      []float64 // dual steepest-edge weights, per position
	perturbed bool

	lu luFactor

	// work vectors
	wRow    []float64 // length m, indexed by row
	wRow2   []float64
	wPos    []float64 // length m, indexed by position
	wPos2   []float64
	wPos3   []float64
	alpha   []float64 // pivot row, len n+m
	touch   []int     // nonzero indices of alpha
	inTouch []bool

	trialMode bool // strong-branching trial: no refactorisation, no perturbation

	// rayPos is the basis position of the row the dual simplex could not
	// make feasible when the last solve returned lpInfeasible, or -1: row
	// rayPos of B⁻¹ is a Farkas proof (see farkasRow).
	rayPos int

	iters    int // total pivots
	ctx      context.Context
	deadline time.Time
	rng      uint64
}

// newSimplex builds the scaled LP of a validated model.
func newSimplex(m *Model, cols [][]entry) *simplex {
	nr, nc := len(m.Rows), len(m.Vars)
	s := &simplex{m: nr, n: nc, rng: 0x9e3779b97f4a7c15}
	nnz := 0
	for _, c := range cols {
		nnz += len(c)
	}
	s.colStart = make([]int, nc+1)
	s.colIdx = make([]int, 0, nnz)
	s.colVal = make([]float64, 0, nnz)
	for j, c := range cols {
		for _, e := range c {
			s.colIdx = append(s.colIdx, e.idx)
			s.colVal = append(s.colVal, e.val)
		}
		s.colStart[j+1] = len(s.colIdx)
	}
	s.scale()
	s.buildRows()
	N := nc + nr
	s.cost = make([]float64, N)
	s.origCost = make([]float64, N)
	s.lo = make([]float64, N)
	s.up = make([]float64, N)
	s.artLo = make([]bool, N)
	s.artUp = make([]bool, N)
	for j, v := range m.Vars {
		s.origCost[j] = v.Obj * s.colScale[j]
		s.lo[j] = v.Lower / s.colScale[j]
		s.up[j] = v.Upper / s.colScale[j]
	}
	for i, r := range m.Rows {
		s.lo[nc+i] = r.Lower * s.rowScale[i]
		s.up[nc+i] = r.Upper * s.rowScale[i]
	}
	copy(s.cost, s.origCost)
	s.head = make([]int, nr)
	s.pos = make([]int, N)
	s.status = make([]int8, N)
	s.x = make([]float64, N)
	s.d = make([]float64, N)
	s.dseW = make([]float64, nr)
	s.wRow = make([]float64, nr)
	s.wRow2 = make([]float64, nr)
	s.wPos = make([]float64, nr)
	s.wPos2 = make([]float64, nr)
	s.wPos3 = make([]float64, nr)
	s.alpha = make([]float64, N)
	s.inTouch = make([]bool, N)
	s.slackBasis()
	return s
}

// scale computes power-of-two row and column scale factors (geometric mean
// passes, then equilibration) and applies them to the column-wise matrix.
func (s *simplex) scale() {
	nr, nc := s.m, s.n
	s.rowScale = make([]float64, nr)
	s.colScale = make([]float64, nc)
	for i := range s.rowScale {
		s.rowScale[i] = 1
	}
	for j := range s.colScale {
		s.colScale[j] = 1
	}
	if len(s.colVal) == 0 {
		return
	}
	rmin := make([]float64, nr)
	rmax := make([]float64, nr)
	for pass := 0; pass < 6; pass++ {
		// rows
		for i := range rmin {
			rmin[i], rmax[i] = math.Inf(1), 0
		}
		for j := 0; j < nc; j++ {
			for k := s.colStart[j]; k < s.colStart[j+1]; k++ {
				a := math.Abs(s.colVal[k]) * s.colScale[j]
				i := s.colIdx[k]
				rmin[i] = math.Min(rmin[i], a)
				rmax[i] = math.Max(rmax[i], a)
			}
		}
		for i := range s.rowScale {
			if rmax[i] > 0 {
				s.rowScale[i] = 1 / math.Sqrt(rmin[i]*rmax[i])
			}
		}
		// columns
		for j := 0; j < nc; j++ {
			cmin, cmax := math.Inf(1), 0.0
			for k := s.colStart[j]; k < s.colStart[j+1]; k++ {
				a := math.Abs(s.colVal[k]) * s.rowScale[s.colIdx[k]]
				cmin = math.Min(cmin, a)
				cmax = math.Max(cmax, a)
			}
			if cmax > 0 {
				s.colScale[j] = 1 / math.Sqrt(cmin*cmax)
			}
		}
	}
	// Equilibrate rows then columns to a largest entry of about 1.
	for i := range rmax {
		rmax[i] = 0
	}
	for j := 0; j < nc; j++ {
		for k := s.colStart[j]; k < s.colStart[j+1]; k++ {
			i := s.colIdx[k]
			rmax[i] = math.Max(rmax[i], math.Abs(s.colVal[k])*s.colScale[j]*s.rowScale[i])
		}
	}
	for i := range s.rowScale {
		if rmax[i] > 0 {
			s.rowScale[i] = pow2(s.rowScale[i] / rmax[i])
		} else {
			s.rowScale[i] = 1
		}
	}
	for j := 0; j < nc; j++ {
		cmax := 0.0
		for k := s.colStart[j]; k < s.colStart[j+1]; k++ {
			cmax = math.Max(cmax, math.Abs(s.colVal[k])*s.rowScale[s.colIdx[k]])
		}
		if cmax > 0 {
			s.colScale[j] = pow2(1 / cmax)
		} else {
			s.colScale[j] = 1
		}
	}
	for j := 0; j < nc; j++ {
		for k := s.colStart[j]; k < s.colStart[j+1]; k++ {
			s.colVal[k] *= s.rowScale[s.colIdx[k]] * s.colScale[j]
		}
	}
}

// pow2 rounds a positive factor to the nearest power of two, clamped to a
// safe range.
func pow2(f float64) float64 {
	if !(f > 0) || math.IsInf(f, 0) {
		return 1
	}
	e := math.Round(math.Log2(f))
	e = math.Max(-60, math.Min(60, e))
	return math.Ldexp(1, int(e))
}

func (s *simplex) buildRows() {
	nr := s.m
	s.rowStart = make([]int, nr+1)
	for _, i := range s.colIdx {
		s.rowStart[i+1]++
	}
	for i := 0; i < nr; i++ {
		s.rowStart[i+1] += s.rowStart[i]
	}
	next := append([]int(nil), s.rowStart[:nr]...)
	s.rowIdx = make([]int, len(s.colIdx))
	s.rowVal = make([]float64, len(s.colIdx))
	for j := 0; j < s.n; j++ {
		for k := s.colStart[j]; k < s.colStart[j+1]; k++ {
			i := s.colIdx[k]
			s.rowIdx[next[i]] = j
			s.rowVal[next[i]] = s.colVal[k]
			next[i]++
		}
	}
}

// slackBasis makes the logicals basic and puts every structural at a bound.
func (s *simplex) slackBasis() {
	for j := 0; j < s.n; j++ {
		s.pos[j] = -1
		s.status[j] = s.boundStatus(j)
	}
	for i := 0; i < s.m; i++ {
		v := s.n + i
		s.head[i] = v
		s.pos[v] = i
		s.status[v] = stBasic
		s.dseW[i] = 1
	}
	s.lu.m = -1 // force a factorisation
}

// boundStatus is the default nonbasic status for variable j.
func (s *simplex) boundStatus(j int) int8 {
	switch {
	case !math.IsInf(s.lo[j], -1):
		return stLower
	case !math.IsInf(s.up[j], 1):
		return stUpper
	default:
		return stFree
	}
}

// nbValue is the value of nonbasic variable j given its status.
func (s *simplex) nbValue(j int) float64 {
	switch s.status[j] {
	case stLower:
		return s.lo[j]
	case stUpper:
		return s.up[j]
	}
	return 0
}

// column calls fn for every entry of variable j's column.
func (s *simplex) columnEntries(j int, buf []entry) []entry {
	buf = buf[:0]
	if j >= s.n {
		return append(buf, entry{j - s.n, -1})
	}
	for k := s.colStart[j]; k < s.colStart[j+1]; k++ {
		buf = append(buf, entry{s.colIdx[k], s.colVal[k]})
	}
	return buf
}

// loadColumn writes variable j's column into the dense row vector v (which
// must be zero).
func (s *simplex) loadColumn(j int, v []float64) {
	if j >= s.n {
		v[j-s.n] = -1
		return
	}
	for k := s.colStart[j]; k < s.colStart[j+1]; k++ {
		v[s.colIdx[k]] = s.colVal[k]
	}
}

// dotColumn returns yᵀ·a_j.
func (s *simplex) dotColumn(j int, y []float64) float64 {
	if j >= s.n {
		return -y[j-s.n]
	}
	t := 0.0
	for k := s.colStart[j]; k < s.colStart[j+1]; k++ {
		t += s.colVal[k] * y[s.colIdx[k]]
	}
	return t
}

// refactor factorises the basis, repairing singular bases by swapping in
// logicals, and recomputes primal values and reduced costs.
func (s *simplex) refactor() {
	var buf []entry
	for attempt := 0; ; attempt++ {
		badPos, badRows := s.lu.factor(s.m, func(p int) []entry {
			buf = s.columnEntries(s.head[p], buf[:0])
			return buf
		})
		if badPos == nil {
			break
		}
		for k, p := range badPos {
			v := s.head[p]
			s.pos[v] = -1
			s.status[v] = s.boundStatus(v)
			lv := s.n + badRows[k]
			s.head[p] = lv
			s.pos[lv] = p
			s.status[lv] = stBasic
			s.dseW[p] = 1
		}
		if attempt > 3 {
			// Cannot happen: a basis of logicals is always regular.
			s.slackBasis()
		}
	}
	s.computePrimal()
	s.computeDuals()
}

// fresh reports whether the factorisation has no updates.
func (s *simplex) fresh() bool { return s.lu.m == s.m && s.lu.numEtas() == 0 }

// recompute recomputes primal values and reduced costs, refactorising
// first when the eta file is long.
func (s *simplex) recompute() {
	if s.lu.m != s.m || s.lu.numEtas() > 40 {
		s.refactor()
		return
	}
	s.computePrimal()
	s.computeDuals()
}

// computePrimal sets nonbasic variables to their bound values and solves
// for the basic ones: B·x_B = −N·x_N.
func (s *simplex) computePrimal() {
	rhs := s.wRow
	for i := range rhs {
		rhs[i] = 0
	}
	for j := 0; j < s.n+s.m; j++ {
		if s.status[j] == stBasic {
			continue
		}
		v := s.nbValue(j)
		s.x[j] = v
		if v == 0 {
			continue
		}
		if j >= s.n {
			rhs[j-s.n] += v
			continue
		}
		for k := s.colStart[j]; k < s.colStart[j+1]; k++ {
			rhs[s.colIdx[k]] -= s.colVal[k] * v
		}
	}
	xb := s.wPos
	s.lu.ftran(rhs, xb)
	for p, v := range s.head {
		s.x[v] = xb[p]
	}
}

// computeDuals computes y = B⁻ᵀc_B into wRow2 and the reduced costs of all
// nonbasic variables.
func (s *simplex) computeDuals() {
	cb := s.wPos
	for p, v := range s.head {
		cb[p] = s.cost[v]
	}
	y := s.wRow2
	s.lu.btran(cb, y)
	for j := 0; j < s.n+s.m; j++ {
		if s.status[j] == stBasic {
			s.d[j] = 0
			continue
		}
		s.d[j] = s.cost[j] - s.dotColumn(j, y)
	}
}

// objective is cᵀx in the scaled problem with the unperturbed costs, which
// equals the original objective.
func (s *simplex) objective() float64 {
	t := 0.0
	for j := 0; j < s.n; j++ {
		t += s.origCost[j] * s.x[j]
	}
	return t
}

// primalInfeas returns the largest bound violation among basic variables.
func (s *simplex) primalInfeas() float64 {
	worst := 0.0
	for _, v := range s.head {
		if t := s.lo[v] - s.x[v]; t > worst {
			worst = t
		}
		if t := s.x[v] - s.up[v]; t > worst {
			worst = t
		}
	}
	return worst
}

// dualInfeasible reports whether nonbasic j's reduced cost has the wrong
// sign for its status (beyond tol).
func (s *simplex) dualInfeasible(j int, tol float64) bool {
	if s.lo[j] == s.up[j] {
		return false
	}
	switch s.status[j] {
	case stLower:
		return s.d[j] < -tol
	case stUpper:
		return s.d[j] > tol
	case stFree:
		return math.Abs(s.d[j]) > tol
	}
	return false
}

func (s *simplex) random() float64 {
	s.rng ^= s.rng << 13
	s.rng ^= s.rng >> 7
	s.rng ^= s.rng << 17
	return float64(s.rng>>11) / float64(1<<53)
}

// limitReached checks the context and the deadline.
func (s *simplex) limitReached() bool {
	if s.ctx != nil && s.ctx.Err() != nil {
		return true
	}
	return !s.deadline.IsZero() && time.Now().After(s.deadline)
}

// makeDualFeasible flips boxed nonbasic variables whose reduced cost has
// the wrong sign to their other bound, and gives the remaining wrong-signed
// variables an artificial bound (at distance artBound) to flip to. It
// reports whether primal values changed.
func (s *simplex) makeDualFeasible() bool {
	changed := false
	for j := 0; j < s.n+s.m; j++ {
		if s.status[j] == stBasic || !s.dualInfeasible(j, tolDual) {
			continue
		}
		switch {
		case s.d[j] < 0: // wants to increase
			if math.IsInf(s.up[j], 1) {
				base := s.lo[j]
				if math.IsInf(base, -1) {
					base = 0
				}
				s.up[j] = base + artBound
				s.artUp[j] = true
				s.hasArt = true
			}
			s.status[j] = stUpper
		default: // wants to decrease
			if math.IsInf(s.lo[j], -1) {
				base := s.up[j]
				if math.IsInf(base, 1) {
					base = 0
				}
				s.lo[j] = base - artBound
				s.artLo[j] = true
				s.hasArt = true
			}
			s.status[j] = stLower
		}
		changed = true
	}
	return changed
}

// removeArtificial restores the true bounds of variables that were given
// artificial ones. It reports whether any nonbasic variable had to move.
func (s *simplex) removeArtificial() bool {
	if !s.hasArt {
		return false
	}
	moved := false
	for j := range s.artLo {
		if s.artLo[j] {
			s.lo[j] = math.Inf(-1)
			s.artLo[j] = false
			if s.status[j] == stLower {
				s.status[j] = s.boundStatus(j)
				moved = true
			}
		}
		if s.artUp[j] {
			s.up[j] = math.Inf(1)
			s.artUp[j] = false
			if s.status[j] == stUpper {
				s.status[j] = s.boundStatus(j)
				moved = true
			}
		}
	}
	s.hasArt = false
	return moved
}

// setBounds changes the (scaled) bounds of variable j, keeping a nonbasic
// variable at a valid bound. The caller must recompute the basic values
// (solve does).
func (s *simplex) setBounds(j int, lo, up float64) {
	s.lo[j], s.up[j] = lo, up
	s.artLo[j], s.artUp[j] = false, false
	if s.status[j] == stBasic {
		return
	}
	switch st := s.status[j]; {
	case st == stLower && math.IsInf(lo, -1),
		st == stUpper && math.IsInf(up, 1),
		st == stFree && (!math.IsInf(lo, -1) || !math.IsInf(up, 1)),
		lo == up:
		s.status[j] = s.boundStatus(j)
	}
	s.x[j] = s.nbValue(j)
}

// loadBasis installs a saved status vector (from a solve of the same
// model), refactorises and recomputes primal and dual values.
func (s *simplex) loadBasis(status []int8) {
	copy(s.status, status)
	k := 0
	for j, st := range s.status {
		if st == stBasic {
			if k == s.m {
				s.slackBasis()
				s.refactor()
				return
			}
			s.head[k] = j
			s.pos[j] = k
			k++
			continue
		}
		s.pos[j] = -1
		switch {
		case st == stLower && math.IsInf(s.lo[j], -1),
			st == stUpper && math.IsInf(s.up[j], 1),
			st == stFree && (!math.IsInf(s.lo[j], -1) || !math.IsInf(s.up[j], 1)):
			s.status[j] = s.boundStatus(j)
		}
	}
	if k != s.m {
		s.slackBasis()
	}
	for p := range s.dseW {
		s.dseW[p] = 1
	}
	s.refactor()
}

// removePerturbation restores the true costs.
func (s *simplex) removePerturbation() {
	if !s.perturbed {
		return
	}
	copy(s.cost, s.origCost)
	s.perturbed = false
}

// perturb shifts the costs of all nonbasic variables, structural and
// logical, by small random amounts in the direction that keeps them dual
// feasible, to break dual degeneracy. While the perturbation is active,
// every variable that leaves the basis gets a fresh shift too (in dual):
// otherwise it would leave with a zero reduced cost
// after a degenerate pivot, and on models where most costs are zero
// (routing variables, slacks) the dual simplex soon faces the same ties
// again and can cycle.
func (s *simplex) perturb() {
	s.perturbed = true
	for j := 0; j < s.n+s.m; j++ {
		if s.status[j] != stBasic {
			s.perturbOne(j)
		}
	}
}

// perturbOne shifts the cost of nonbasic variable j by a random amount in
// its dual feasible direction. Changing the cost of a nonbasic variable
// changes only its own reduced cost, so the duals stay consistent.
func (s *simplex) perturbOne(j int) {
	if s.lo[j] == s.up[j] {
		return
	}
	delta := (1e-6 + 1e-6*math.Abs(s.origCost[j])) * (0.5 + 0.5*s.random())
	switch s.status[j] {
	case stLower:
		s.cost[j] += delta
		s.d[j] += delta
	case stUpper:
		s.cost[j] -= delta
		s.d[j] -= delta
	}
}

// solve runs the simplex method from the current basis until optimality,
// infeasibility, unboundedness or a limit. iterLimit bounds the pivots of
// this call (0 = a generous default).
//
// The dual simplex is tried first (after making the basis dual feasible by
// bound flips and, for variables without the needed bound, artificial
// bounds). When artificial bounds remain active at the end, or the
// removal of the cost perturbation leaves dual infeasibilities, the primal
// simplex finishes the job.
func (s *simplex) solve(iterLimit int) lpStatus {
	if iterLimit <= 0 {
		iterLimit = 20*(s.m+s.n) + 10000
	}
	end := s.iters + iterLimit
	s.rayPos = -1
	// Bounds may have changed since the last solve.
	s.recompute()
	useDual := true
	for round := 0; round < 20; round++ {
		if s.limitReached() {
			return lpLimit
		}
		if useDual {
			if s.makeDualFeasible() {
				s.computePrimal()
			}
			st := s.dual(end)
			s.removePerturbation()
			switch st {
			case lpLimit, lpFailed:
				s.removeArtificial()
				return st
			case lpInfeasible:
				if !s.hasArt {
					return lpInfeasible
				}
				s.rayPos = -1
				// The proof may rely on an artificial bound: let the
				// primal simplex decide.
				s.removeArtificial()
				s.refactor()
				useDual = false
				continue
			}
			moved := s.removeArtificial()
			s.recompute()
			pf := s.primalInfeas() <= tolPrimal
			if pf && !s.anyDualInfeasible() {
				return lpOptimal
			}
			if pf || moved {
				useDual = false
			}
			continue
		}
		st := s.primal(end)
		if st != lpOptimal {
			return st
		}
		s.recompute()
		pf := s.primalInfeas() <= tolPrimal
		if pf && !s.anyDualInfeasible() {
			return lpOptimal
		}
		useDual = !pf
	}
	return lpFailed
}

func (s *simplex) anyDualInfeasible() bool {
	for j := 0; j < s.n+s.m; j++ {
		if s.status[j] != stBasic && s.dualInfeasible(j, tolDual) {
			return true
		}
	}
	return false
}

// dual runs the dual simplex from a dual feasible basis. It returns
// lpOptimal when no primal infeasibility remains, lpInfeasible when the
// dual is unbounded (confirmed on a fresh factorisation), or a limit.
func (s *simplex) dual(iterEnd int) lpStatus {
	m := s.m
	stall := 0
	var flips []int
	cand := make([]int, 0, 64)
	for {
		if s.iters >= iterEnd {
			return lpFailed
		}
		if s.iters%64 == 0 && s.limitReached() {
			return lpLimit
		}
		if s.lu.numEtas() >= refactorMax || s.lu.etaNNZ() > 3*s.lu.luNNZ+10*m {
			if s.trialMode {
				return lpFailed
			}
			s.refactor()
			if s.anyDualInfeasible() {
				// Loss of dual feasibility after recomputation:
				// flip what can be flipped and continue.
				if s.makeDualFeasible() {
					s.computePrimal()
				}
			}
		}
		// Pricing: dual steepest edge.
		r := -1
		best := 0.0
		for p, v := range s.head {
			var inf float64
			if xv := s.x[v]; xv < s.lo[v]-tolPrimal {
				inf = s.lo[v] - xv
			} else if xv > s.up[v]+tolPrimal {
				inf = xv - s.up[v]
			} else {
				continue
			}
			if sc := inf * inf / s.dseW[p]; sc > best {
				best, r = sc, p
			}
		}
		if r < 0 {
			return lpOptimal
		}
		leave := s.head[r]
		var delta, target float64
		toLower := s.x[leave] < s.lo[leave]
		if toLower {
			target = s.lo[leave]
		} else {
			target = s.up[leave]
		}
		delta = s.x[leave] - target
		sigma := 1.0
		if !toLower {
			sigma = -1
		}
		// BTRAN: ρ = B⁻ᵀe_r.
		er := s.wPos
		for i := range er {
			er[i] = 0
		}
		er[r] = 1
		rho := s.wRow
		s.lu.btran(er, rho)
		wr := 0.0
		for _, v := range rho {
			wr += v * v
		}
		// Pivot row α_r over nonbasic variables.
		s.pivotRow(rho)
		// Ratio test with bound flipping and Harris tolerances.
		cand = cand[:0]
		for _, j := range s.touch {
			a := s.alpha[j] * sigma
			if math.Abs(a) < tolPivot || s.lo[j] == s.up[j] {
				continue
			}
			switch s.status[j] {
			case stLower:
				if a < 0 {
					cand = append(cand, j)
				}
			case stUpper:
				if a > 0 {
					cand = append(cand, j)
				}
			case stFree:
				cand = append(cand, j)
			}
		}
		ratio := func(j int) float64 {
			dj := s.d[j]
			switch s.status[j] {
			case stLower:
				dj = math.Max(dj, 0)
			case stUpper:
				dj = math.Max(-dj, 0)
			default:
				dj = 0
			}
			return dj / math.Abs(s.alpha[j])
		}
		slope := math.Abs(delta)
		flips = flips[:0]
		q := -1
		for len(cand) > 0 {
			tmax := math.Inf(1)
			for _, j := range cand {
				dj := s.d[j]
				switch s.status[j] {
				case stUpper:
					dj = -dj
				case stFree:
					dj = math.Abs(dj)
				}
				if t := (math.Max(dj, 0) + tolDual) / math.Abs(s.alpha[j]); t < tmax {
					tmax = t
				}
			}
			dec := 0.0
			bestA := 0.0
			qq := -1
			k := 0
			for _, j := range cand {
				if ratio(j) <= tmax {
					dec += (s.up[j] - s.lo[j]) * math.Abs(s.alpha[j])
					if a := math.Abs(s.alpha[j]); a > bestA {
						bestA, qq = a, j
					}
				}
			}
			if slope-dec > tolPrimal && !math.IsInf(dec, 1) {
				// Passing all these breakpoints still improves the
				// dual: flip them and look further.
				for _, j := range cand {
					if ratio(j) <= tmax {
						flips = append(flips, j)
					} else {
						cand[k] = j
						k++
					}
				}
				cand = cand[:k]
				slope -= dec
				if len(cand) == 0 {
					q = -1
				}
				continue
			}
			q = qq
			break
		}
		if q < 0 {
			// Dual unbounded: the row cannot be made feasible.
			if s.trialMode {
				return lpInfeasible
			}
			if !s.fresh() {
				s.refactor()
				continue
			}
			s.rayPos = r
			return lpInfeasible
		}
		// FTRAN the entering column.
		aq := s.wPos2
		col := s.wRow2
		for i := range col {
			col[i] = 0
		}
		s.loadColumn(q, col)
		s.lu.ftran(col, aq)
		if diff := math.Abs(aq[r] - s.alpha[q]); diff > 1e-7*(1+math.Abs(aq[r])) || math.Abs(aq[r]) < tolZero {
			if s.trialMode {
				return lpFailed
			}
			if !s.fresh() {
				s.refactor()
				continue
			}
			if math.Abs(aq[r]) < tolZero {
				return lpFailed
			}
		}
		thetaD := s.d[q] / s.alpha[q]
		if s.dualInfeasible(q, 0) {
			thetaD = 0
		}
		// Bound flips.
		if len(flips) > 0 {
			fcol := s.wRow2
			for i := range fcol {
				fcol[i] = 0
			}
			for _, j := range flips {
				var dx float64
				if s.status[j] == stLower {
					dx = s.up[j] - s.lo[j]
					s.status[j] = stUpper
				} else {
					dx = s.lo[j] - s.up[j]
					s.status[j] = stLower
				}
				s.x[j] += dx
				if j >= s.n {
					fcol[j-s.n] -= dx
				} else {
					for k := s.colStart[j]; k < s.colStart[j+1]; k++ {
						fcol[s.colIdx[k]] += s.colVal[k] * dx
					}
				}
			}
			dxb := s.wPos3
			s.lu.ftran(fcol, dxb)
			for p, v := range s.head {
				s.x[v] -= dxb[p]
			}
			delta = s.x[leave] - target
		}
		// Dual steepest-edge update: τ = B⁻¹ρ.
		tau := s.wPos3
		rcopy := s.wRow2
		copy(rcopy, rho)
		s.lu.ftran(rcopy, tau)
		ar := aq[r]
		for p := range s.dseW {
			if p == r || aq[p] == 0 {
				continue
			}
			k := aq[p] / ar
			w := s.dseW[p] + k*(k*wr-2*tau[p])
			s.dseW[p] = math.Max(w, 1e-8)
		}
		s.dseW[r] = math.Max(wr/(ar*ar), 1e-8)
		// Primal update.
		thetaP := delta / ar
		for p, v := range s.head {
			if aq[p] != 0 {
				s.x[v] -= thetaP * aq[p]
			}
		}
		s.x[q] += thetaP
		s.x[leave] = target
		// Dual update.
		if thetaD != 0 {
			for _, j := range s.touch {
				if s.status[j] != stBasic {
					s.d[j] -= thetaD * s.alpha[j]
				}
			}
		}
		s.d[q] = 0
		s.d[leave] = -thetaD
		// Basis change.
		if toLower {
			s.status[leave] = stLower
		} else {
			s.status[leave] = stUpper
		}
		s.status[q] = stBasic
		s.pos[leave] = -1
		s.pos[q] = r
		s.head[r] = q
		s.lu.update(r, aq)
		s.iters++
		if s.perturbed {
			s.perturbOne(leave)
		}
		// Stalling detection: perturb the costs once.
		if thetaD == 0 {
			stall++
		} else {
			stall = 0
		}
		if stall > 30 && !s.perturbed && !s.trialMode {
			s.perturb()
			stall = 0
		}
	}
}

// lpState is a snapshot of the simplex for strong-branching trials.
type lpState struct {
	status []int8
	head   []int
	x, d   []float64
	dseW   []float64
	etas   int
}

// trial estimates the LP objective after changing variable j's (scaled)
// bounds to [lo, up] with at most maxIter dual simplex pivots from the
// current optimal basis, then restores the LP exactly. It returns the
// objective reached (a lower bound when the dual stays feasible) and
// whether the subproblem was found infeasible. ok is false when the trial
// could not run (numerical trouble).
func (s *simplex) trial(j int, lo, up float64, maxIter int, st *lpState) (obj float64, infeasible, ok bool) {
	st.status = append(st.status[:0], s.status...)
	st.head = append(st.head[:0], s.head...)
	st.x = append(st.x[:0], s.x...)
	st.d = append(st.d[:0], s.d...)
	st.dseW = append(st.dseW[:0], s.dseW...)
	st.etas = s.lu.numEtas()
	oldLo, oldUp := s.lo[j], s.up[j]
	s.lo[j], s.up[j] = lo, up
	if s.status[j] != stBasic {
		s.setBounds(j, lo, up)
		s.computePrimal()
	}
	s.trialMode = true
	start := s.iters
	res := s.dual(s.iters + maxIter)
	s.trialMode = false
	switch res {
	case lpOptimal:
		obj, ok = s.objective(), true
	case lpInfeasible:
		infeasible, ok = true, true
	case lpFailed:
		// Iteration limit: the basis is still dual feasible, so its
		// objective is still a lower bound.
		obj, ok = s.objective(), s.iters > start
	}
	// Restore.
	s.lo[j], s.up[j] = oldLo, oldUp
	copy(s.status, st.status)
	copy(s.head, st.head)
	for v := range s.pos {
		s.pos[v] = -1
	}
	for p, v := range s.head {
		s.pos[v] = p
	}
	copy(s.x, st.x)
	copy(s.d, st.d)
	copy(s.dseW, st.dseW)
	s.lu.truncateEtas(st.etas)
	return obj, infeasible, ok
}

// pivotRow computes α_j = ρᵀa_j for every nonbasic variable with a
// nonzero, into s.alpha, listing them in s.touch.
func (s *simplex) pivotRow(rho []float64) {
	for _, j := range s.touch {
		s.alpha[j] = 0
		s.inTouch[j] = false
	}
	s.touch = s.touch[:0]
	for i, ri := range rho {
		if math.Abs(ri) < tolZero {
			continue
		}
		for k := s.rowStart[i]; k < s.rowStart[i+1]; k++ {
			j := s.rowIdx[k]
			if s.status[j] == stBasic {
				continue
			}
			if !s.inTouch[j] {
				s.inTouch[j] = true
				s.touch = append(s.touch, j)
			}
			s.alpha[j] += ri * s.rowVal[k]
		}
		if lj := s.n + i; s.status[lj] != stBasic {
			s.inTouch[lj] = true
			s.touch = append(s.touch, lj)
			s.alpha[lj] = -ri
		}
	}
}

// primal runs the primal simplex (phase 1 on the sum of infeasibilities,
// then phase 2) from the current basis.
func (s *simplex) primal(iterEnd int) lpStatus {
	m := s.m
	N := s.n + s.m
	degenerate := 0
	noProgress := 0
	cb := make([]float64, m)
	for {
		if s.iters >= iterEnd {
			return lpFailed
		}
		if s.iters%64 == 0 && s.limitReached() {
			return lpLimit
		}
		if s.lu.numEtas() >= refactorMax || s.lu.etaNNZ() > 3*s.lu.luNNZ+10*m {
			s.refactor()
		}
		// Phase costs.
		phase1 := false
		for p, v := range s.head {
			switch {
			case s.x[v] < s.lo[v]-tolPrimal:
				cb[p] = -1
				phase1 = true
			case s.x[v] > s.up[v]+tolPrimal:
				cb[p] = 1
				phase1 = true
			default:
				cb[p] = 0
			}
		}
		if !phase1 {
			for p, v := range s.head {
				cb[p] = s.cost[v]
			}
		}
		y := s.wRow2
		tmp := s.wPos
		copy(tmp, cb)
		s.lu.btran(tmp, y)
		// Pricing.
		bland := degenerate > 50
		q := -1
		best := 0.0
		var dq float64
		for j := 0; j < N; j++ {
			if s.status[j] == stBasic || s.lo[j] == s.up[j] {
				continue
			}
			c := 0.0
			if !phase1 {
				c = s.cost[j]
			}
			dj := c - s.dotColumn(j, y)
			if !phase1 {
				s.d[j] = dj
			}
			var score float64
			switch s.status[j] {
			case stLower:
				if dj < -tolDual {
					score = -dj
				}
			case stUpper:
				if dj > tolDual {
					score = dj
				}
			case stFree:
				if math.Abs(dj) > tolDual {
					score = math.Abs(dj)
				}
			}
			if score == 0 {
				continue
			}
			if bland {
				q, dq = j, dj
				break
			}
			if score > best {
				best, q, dq = score, j, dj
			}
		}
		if q < 0 {
			if !s.fresh() {
				s.refactor()
				continue
			}
			if phase1 {
				return lpInfeasible
			}
			return lpOptimal
		}
		dir := 1.0
		if dq > 0 {
			dir = -1
		}
		// FTRAN.
		aq := s.wPos2
		col := s.wRow
		for i := range col {
			col[i] = 0
		}
		s.loadColumn(q, col)
		s.lu.ftran(col, aq)
		// Harris ratio test, pass 1.
		tmax := math.Inf(1)
		for p, v := range s.head {
			a := aq[p]
			if math.Abs(a) < tolPivot {
				continue
			}
			rate := -dir * a
			xv := s.x[v]
			var t float64
			if rate < 0 {
				switch {
				case phase1 && xv > s.up[v]+tolPrimal:
					t = (xv - s.up[v] + tolPrimal) / -rate
				case xv < s.lo[v]-tolPrimal || math.IsInf(s.lo[v], -1):
					continue
				default:
					t = (xv - s.lo[v] + tolPrimal) / -rate
				}
			} else {
				switch {
				case phase1 && xv < s.lo[v]-tolPrimal:
					t = (s.lo[v] - xv + tolPrimal) / rate
				case xv > s.up[v]+tolPrimal || math.IsInf(s.up[v], 1):
					continue
				default:
					t = (s.up[v] - xv + tolPrimal) / rate
				}
			}
			if t < tmax {
				tmax = t
			}
		}
		rangeQ := s.up[q] - s.lo[q]
		if math.IsInf(tmax, 1) && math.IsInf(rangeQ, 1) {
			if !s.fresh() {
				s.refactor()
				continue
			}
			if phase1 {
				return lpFailed
			}
			return lpUnbounded
		}
		// Pass 2: largest pivot among the ratios within tmax.
		r := -1
		bestA := 0.0
		var rTheta, rTarget float64
		for p, v := range s.head {
			a := aq[p]
			if math.Abs(a) < tolPivot {
				continue
			}
			rate := -dir * a
			xv := s.x[v]
			var t, target float64
			if rate < 0 {
				switch {
				case phase1 && xv > s.up[v]+tolPrimal:
					target = s.up[v]
				case xv < s.lo[v]-tolPrimal || math.IsInf(s.lo[v], -1):
					continue
				default:
					target = s.lo[v]
				}
				t = (xv - target) / -rate
			} else {
				switch {
				case phase1 && xv < s.lo[v]-tolPrimal:
					target = s.lo[v]
				case xv > s.up[v]+tolPrimal || math.IsInf(s.up[v], 1):
					continue
				default:
					target = s.up[v]
				}
				t = (target - xv) / rate
			}
			if t <= tmax {
				if math.Abs(a) > bestA || (bland && r >= 0 && math.Abs(a) == bestA && s.head[p] < s.head[r]) {
					bestA, r, rTheta, rTarget = math.Abs(a), p, t, target
				}
			}
		}
		if rangeQ <= tmax || r < 0 {
			// Bound flip of the entering variable.
			theta := rangeQ
			for p, v := range s.head {
				if aq[p] != 0 {
					s.x[v] -= dir * theta * aq[p]
				}
			}
			if s.status[q] == stLower {
				s.status[q] = stUpper
			} else {
				s.status[q] = stLower
			}
			s.x[q] = s.nbValue(q)
			s.iters++
			degenerate = 0
			continue
		}
		theta := math.Max(rTheta, 0)
		if theta == 0 {
			degenerate++
		} else {
			degenerate = 0
		}
		for p, v := range s.head {
			if aq[p] != 0 {
				s.x[v] -= dir * theta * aq[p]
			}
		}
		s.x[q] += dir * theta
		leave := s.head[r]
		s.x[leave] = rTarget
		if rTarget == s.lo[leave] {
			s.status[leave] = stLower
		} else {
			s.status[leave] = stUpper
		}
		s.status[q] = stBasic
		s.pos[leave] = -1
		s.pos[q] = r
		s.head[r] = q
		s.dseW[r] = 1
		s.lu.update(r, aq)
		s.iters++
		if degenerate > 5000 {
			noProgress++
			degenerate = 0
			if noProgress > 5 {
				return lpFailed
			}
		}
	}
}
