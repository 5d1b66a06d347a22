package milp

import (
	"fmt"
	"math"
	"slices"
	"sort"
)

// Root cutting planes: Gomory mixed-integer (GMI) cuts.
//
// For a basic integer variable x_k with fractional value, the tableau row
// of the optimal root LP, written with the nonbasic variables' distances
// t_j ≥ 0 from their active bounds, is x_k + Σ ā_j·t_j = x̄_k. With f0 the
// fractional part of x̄_k and f_j that of ā_j, the GMI cut
//
//	Σ_{int, f_j ≤ f0} f_j/f0·t_j + Σ_{int, f_j > f0} (1−f_j)/(1−f0)·t_j
//	  + Σ_{cont, ā_j > 0} ā_j/f0·t_j + Σ_{cont, ā_j < 0} −ā_j/(1−f0)·t_j ≥ 1
//
// is valid for every integer-feasible point and violated by the LP
// optimum. It is rewritten in the structural variables (logicals replaced
// by their rows), cleaned (tiny coefficients removed with a safe rhs
// correction, cuts with a coefficient range above 1e6 or a small
// violation discarded) and added as a new row. Rounds repeat while the
// bound moves; inactive cuts are purged before branching. The cuts are
// derived from the root bounds, so they are valid in the whole tree.

const (
	cutMinFrac     = 0.005 // skip rows whose basic value is this close to integral
	cutMaxRange    = 1e6   // largest |coef| ratio accepted
	cutMinEfficacy = 1e-5  // violation / ‖coef‖ needed
	cutMaxLen      = 20    // longest cut accepted: cutMaxLen + n/20 terms
)

// gomoryCuts derives GMI cuts from the current optimal (root) basis, at
// most maxCuts of them, the most efficacious first.
func (b *bnb) gomoryCuts(maxCuts int) []Row {
	sx := b.sx
	n, m := sx.n, sx.m
	lp := b.inst.lp
	x := sx.primalX()
	rho := make([]float64, m)
	er := make([]float64, m)
	coef := make([]float64, n)
	var touched []int
	var cuts []scoredCut
	for p, k := range sx.head {
		if k >= n || !lp.Vars[k].Integer {
			continue
		}
		f0 := x[k] - math.Floor(x[k])
		if f0 < cutMinFrac || f0 > 1-cutMinFrac {
			continue
		}
		for i := range er {
			er[i] = 0
		}
		er[p] = 1
		sx.lu.btran(er, rho)
		sx.pivotRow(rho)
		for _, j := range touched {
			coef[j] = 0
		}
		touched = touched[:0]
		add := func(j int, c float64) {
			if coef[j] == 0 {
				touched = append(touched, j)
			}
			coef[j] += c
			if coef[j] == 0 {
				coef[j] = 1e-300 // keep it listed
			}
		}
		rhs := 1.0
		ok := true
		ck := sx.colScale[k]
		for _, j := range sx.touch {
			a := sx.alpha[j]
			if math.Abs(a) < 1e-11 || sx.lo[j] == sx.up[j] {
				continue
			}
			var ao float64 // tableau entry in original units
			if j < n {
				ao = ck * a / sx.colScale[j]
			} else {
				ao = ck * a * sx.rowScale[j-n]
			}
			var abar float64
			switch sx.status[j] {
			case stLower:
				abar = ao
			case stUpper:
				abar = -ao
			default:
				ok = false
			}
			if !ok {
				break
			}
			var g float64
			if j < n && lp.Vars[j].Integer {
				fj := abar - math.Floor(abar)
				if fj <= f0 {
					g = fj / f0
				} else {
					g = (1 - fj) / (1 - f0)
				}
			} else if abar > 0 {
				g = abar / f0
			} else {
				g = -abar / (1 - f0)
			}
			if g < 1e-12 {
				continue
			}
			atLower := sx.status[j] == stLower
			if j < n {
				if atLower {
					add(j, g)
					rhs += g * b.inst.lower[j]
				} else {
					add(j, -g)
					rhs -= g * b.inst.upper[j]
				}
				continue
			}
			row := lp.Rows[j-n]
			if atLower {
				for _, t := range row.Terms {
					add(int(t.Var), g*t.Coef)
				}
				rhs += g * row.Lower
			} else {
				for _, t := range row.Terms {
					add(int(t.Var), -g*t.Coef)
				}
				rhs -= g * row.Upper
			}
		}
		if !ok || len(touched) == 0 || math.IsInf(rhs, 0) || math.IsNaN(rhs) {
			continue
		}
		// Clean: drop tiny coefficients with a safe rhs correction.
		maxAbs := 0.0
		for _, j := range touched {
			maxAbs = math.Max(maxAbs, math.Abs(coef[j]))
		}
		var terms []Term
		minAbs := math.Inf(1)
		for _, j := range touched {
			c := coef[j]
			if math.Abs(c) <= 1e-9*maxAbs {
				var worst float64 // max of c·x_j over the bounds
				if c > 0 {
					worst = c * b.inst.upper[j]
				} else {
					worst = c * b.inst.lower[j]
				}
				if math.IsInf(worst, 0) {
					ok = false
					break
				}
				rhs -= worst
				continue
			}
			minAbs = math.Min(minAbs, math.Abs(c))
			terms = append(terms, Term{Var(j), c})
		}
		if !ok || len(terms) == 0 || maxAbs/minAbs > cutMaxRange || len(terms) > cutMaxLen+n/20 {
			continue
		}
		act, norm := activity(terms, x)
		if !efficacious(rhs-act, rhs, norm) {
			continue
		}
		cuts = append(cuts, scoredCut{row: Row{Terms: terms, Lower: rhs, Upper: math.Inf(1)}, eff: (rhs - act) / norm})
	}
	return bestCuts(cuts, maxCuts)
}

// activity sorts a cut's terms by variable and returns its activity at x
// and the Euclidean norm of its coefficients.
func activity(terms []Term, x []float64) (act, norm float64) {
	sort.Slice(terms, func(a, c int) bool { return terms[a].Var < terms[c].Var })
	for _, t := range terms {
		act += t.Coef * x[t.Var]
		norm += t.Coef * t.Coef
	}
	return act, math.Sqrt(norm)
}

// efficacious reports whether a cut violated by viol at the LP point,
// with right-hand side rhs and coefficient norm norm, is worth adding.
func efficacious(viol, rhs, norm float64) bool {
	return viol/norm >= cutMinEfficacy*math.Max(1, math.Abs(rhs)/norm)
}

// scoredCut is a cut with its efficacy (violation over the norm of its
// coefficients).
type scoredCut struct {
	row Row
	eff float64
}

// bestCuts returns the rows of at most maxCuts cuts, the most
// efficacious first (stable, so ties keep their order).
func bestCuts(cuts []scoredCut, maxCuts int) []Row {
	sort.SliceStable(cuts, func(a, c int) bool { return cuts[a].eff > cuts[c].eff })
	if len(cuts) > maxCuts {
		cuts = cuts[:maxCuts]
	}
	out := make([]Row, len(cuts))
	for i, c := range cuts {
		out[i] = c.row
	}
	return out
}

// rebuild replaces the simplex by one for the current inst.lp, carrying
// the basis over: keep[i] tells, for every row of the old LP, whether it
// survives (nil keeps all); new rows get basic logicals.
func (b *bnb) rebuild(keep []bool) {
	old := b.sx
	n := old.n
	status := slices.Clone(old.status[:n])
	for i := 0; i < old.m; i++ {
		if keep == nil || keep[i] {
			status = append(status, old.status[n+i])
		}
	}
	nsx := b.inst.build()
	for len(status) < len(nsx.status) {
		status = append(status, stBasic)
	}
	nsx.ctx, nsx.deadline, nsx.iters = old.ctx, old.deadline, old.iters
	nsx.loadBasis(status)
	b.sx = nsx
	b.inst.sx = nsx
}

// cutLoop runs rounds of GMI cuts at the root while the LP bound improves,
// then purges the cuts that are not binding. If an LP with cuts fails, the
// cuts are removed again. It returns the status of the last LP solve.
func (b *bnb) cutLoop() lpStatus {
	lp := b.inst.lp
	if lp == b.m {
		// Never append to the caller's rows.
		lp = &Model{Name: b.m.Name, Vars: b.m.Vars, Rows: slices.Clone(b.m.Rows)}
		b.inst.lp = lp
	}
	base := len(lp.Rows)
	obj := b.sx.objective()
	maxTotal := max(20, min(1000, base/2))
	stall := 0
	for round := 0; round < rootCutRounds() && len(lp.Rows)-base < maxTotal; round++ {
		if b.limit() {
			break
		}
		room := min(maxTotal-(len(lp.Rows)-base), max(10, base/10))
		var cuts []Row
		if !noGomory {
			cuts = b.gomoryCuts(room)
		}
		for i := range cuts {
			cuts[i].Name = fmt.Sprintf("gmi%d", len(lp.Rows)-base+i)
		}
		if !noMIR {
			mir := b.mirCuts(b.sx.primalX(), room)
			for i := range mir {
				mir[i].Name = fmt.Sprintf("mir%d", len(lp.Rows)-base+len(cuts)+i)
			}
			cuts = append(cuts, mir...)
		}
		if useCover {
			cov := b.coverCuts(b.sx.primalX(), room)
			for i := range cov {
				cov[i].Name = fmt.Sprintf("cover%d", len(lp.Rows)-base+len(cuts)+i)
			}
			cuts = append(cuts, cov...)
			if traceBB != nil && len(cov) > 0 {
				traceBB("cover cuts: %d", len(cov))
			}
		}
		if len(cuts) == 0 {
			break
		}
		lp.Rows = append(lp.Rows, cuts...)
		b.rebuild(nil)
		if st := b.sx.solve(0); st != lpOptimal {
			// Numerical trouble (or the limit): drop all cuts.
			lp.Rows = lp.Rows[:base]
			keep := make([]bool, b.sx.m)
			for i := 0; i < base; i++ {
				keep[i] = true
			}
			b.rebuild(keep)
			return b.sx.solve(0)
		}
		nobj := b.sx.objective()
		if traceBB != nil {
			traceBB("cut round %d: %d cuts, LP %.6f", round, len(cuts), nobj)
		}
		if nobj-obj < 1e-4*math.Max(1, math.Abs(obj)) {
			stall++
			if stall >= 2 {
				break
			}
		} else {
			stall = 0
		}
		obj = nobj
		if x := b.sx.primalX(); len(b.fractional(x)) == 0 {
			break
		}
	}
	// Purge cuts whose logical is basic (not binding).
	sx := b.sx
	keep := make([]bool, sx.m)
	var rows, gone []Row
	purged := false
	for i := 0; i < sx.m; i++ {
		if i < base || sx.status[sx.n+i] != stBasic {
			keep[i] = true
			rows = append(rows, lp.Rows[i])
		} else {
			purged = true
			gone = append(gone, lp.Rows[i])
		}
	}
	b.poolPurged(gone)
	if traceBB != nil {
		nnz := 0
		for _, r := range rows[base:] {
			nnz += len(r.Terms)
		}
		traceBB("kept %d cuts, %d nonzeros", len(rows)-base, nnz)
	}
	if purged {
		lp.Rows = rows
		b.rebuild(keep)
		return b.sx.solve(0)
	}
	return lpOptimal
}
