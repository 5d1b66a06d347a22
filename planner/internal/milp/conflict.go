package milp

import (
	"fmt"
	"math"
	"slices"
)

// useFarkas enables Farkas proofs of infeasible node LPs, and
// useNogoods the conflict analysis of infeasible nodes. Nogoods are off:
// on the planner's conflict-search models their analysis cost more time
// than the nodes it closed saved (see docs/planner.md); tests compare
// both ways.
var useFarkas, useNogoods = true, false

const (
	// poolSize bounds the conflict constraints kept; the one unused
	// longest is replaced when the pool is full.
	poolSize = 50
	// farkasMaxTerms bounds the terms of a stored Farkas constraint
	// (beyond a share of the variables, see farkasRow).
	farkasMaxTerms = 25
	// farkasDrop is the coefficient, relative to the largest, below
	// which a term of a Farkas constraint is dropped (its right-hand
	// side relaxed by the term's global bounds).
	farkasDrop = 1e-9
	// conflictWorkFactor bounds the term visits of one conflict analysis
	// to this many times a node's propagation limit.
	conflictWorkFactor = 4
)

// conflictPool holds globally valid constraints learnt from infeasible
// nodes: Farkas constraints (aggregations of the model's rows and root
// cuts that the node's bounds violate) and nogoods (clauses over the
// binary branching decisions that propagation proves infeasible
// together). They live as rows of the node propagator from index base on,
// one slot each; an empty slot is a row without terms.
type conflictPool struct {
	base     int
	lastUsed []int // per slot: the node count when it last tightened a bound
	// lits holds, per slot, a nogood over general bounds (nil for a
	// linear row): at least one of its decisions must fail.
	lits   [][]literal
	clock  *int // the branch and bound's node count
	record bool // whether the propagator's hits count (not during analysis)

	farkas, farkasDropped int // Farkas constraints stored, and found too weak
	nogoods, unitFixed    int // nogoods stored, and those fixing a variable at the root
	analyses, noConflict  int // analyses run, and those propagation could not reproduce
	literalsIn, kept      int // decisions analysed and kept in nogoods
}

// propagate propagates pool row i (r, or the nogood of its slot) over
// lower and upper like tightenRow, and records its use.
func (c *conflictPool) propagate(m *Model, i int, r *Row, lower, upper []float64, changed func(j Var, lo, up float64)) (bool, int) {
	var ok bool
	var n int
	if ls := c.lits[i-c.base]; ls != nil {
		ok, n = propagateNogood(ls, lower, upper, changed)
	} else {
		ok, n = tightenRow(m, r, lower, upper, changed)
	}
	if c.record && (n > 0 || !ok) {
		c.lastUsed[i-c.base] = *c.clock
	}
	return ok, n
}

// propagateNogood enforces the nogood ls (not all of its decisions hold)
// on integer bounds: a decision x_j ≤ v fails when x_j ≥ v+1, one x_j ≥ v
// when x_j ≤ v−1. When every decision but one holds, that one is made to
// fail; when all hold, it reports false.
func propagateNogood(ls []literal, lower, upper []float64, changed func(j Var, lo, up float64)) (bool, int) {
	open := -1
	for k, l := range ls {
		lo, up := lower[l.j], upper[l.j]
		if l.up {
			if lo >= l.val+1 {
				return true, 0 // fails already
			}
			if up <= l.val {
				continue // holds
			}
		} else {
			if up <= l.val-1 {
				return true, 0
			}
			if lo >= l.val {
				continue
			}
		}
		if open >= 0 {
			return true, 0 // two undecided
		}
		open = k
	}
	if open < 0 {
		return false, 0
	}
	l := ls[open]
	oldLo, oldUp := lower[l.j], upper[l.j]
	if l.up {
		lower[l.j] = l.val + 1
	} else {
		upper[l.j] = l.val - 1
	}
	if changed != nil {
		changed(Var(l.j), oldLo, oldUp)
	}
	return true, 1
}

// initConflicts gives the node propagator its conflict pool.
func (b *bnb) initConflicts() {
	if b.prop == nil || (!useFarkas && !useNogoods) {
		return
	}
	p := b.prop
	p.rows = slices.Clip(p.rows) // the pool's rows go to a copy
	c := &conflictPool{base: len(p.rows), lastUsed: make([]int, poolSize), lits: make([][]literal, poolSize), clock: &b.nodes, record: true}
	for k := 0; k < poolSize; k++ {
		p.rows = append(p.rows, Row{Lower: math.Inf(-1), Upper: math.Inf(1)})
		p.inQueue = append(p.inQueue, false)
		c.lastUsed[k] = math.MinInt
	}
	p.pool = c
	b.pool = c
	if onConflictPool != nil {
		onConflictPool(c)
	}
}

// onConflictPool, when set (by tests), receives each run's pool, whose
// counters it may read after the solve.
var onConflictPool func(*conflictPool)

// addPoolRow stores r in the slot unused longest (the lowest index among
// equals), replacing what it held.
func (b *bnb) addPoolRow(r Row, lits []literal) {
	c, p := b.pool, b.prop
	k := 0
	for s := range c.lastUsed {
		if c.lastUsed[s] < c.lastUsed[k] {
			k = s
		}
	}
	i := c.base + k
	for _, t := range p.rows[i].Terms {
		p.colRows[t.Var] = slices.DeleteFunc(p.colRows[t.Var], func(x int32) bool { return x == int32(i) })
	}
	p.rows[i] = r
	c.lits[k] = lits
	for _, t := range r.Terms {
		p.colRows[t.Var] = append(p.colRows[t.Var], int32(i))
	}
	c.lastUsed[k] = *c.clock
}

// farkasRow turns the dual simplex's proof that the loaded node's LP is
// infeasible into a constraint: with ρ the row of B⁻¹ at the row it could
// not make feasible, y = ρ scaled back to the original rows, every point
// of the global rows (the model's, presolved, and the root cuts) meets
// L ≤ Σ_i y_i·row_i(x) ≤ U, whatever the bounds, with L and U summed from
// the row bounds. The node's bounds violate one side. Tiny coefficients
// are dropped, the side relaxed by the term's global bounds; the row is
// normalised to a largest coefficient of 1 and kept only while the
// node's bounds violate it by a safe margin. ok is false when no such row
// results.
func (b *bnb) farkasRow() (Row, bool) {
	sx := b.sx
	lp := b.inst.lp
	if sx.rayPos < 0 || len(lp.Rows) != sx.m {
		return Row{}, false
	}
	er := make([]float64, sx.m)
	er[sx.rayPos] = 1
	rho := make([]float64, sx.m)
	sx.lu.btran(er, rho)
	maxY := 0.0
	for i, v := range rho {
		rho[i] = v * sx.rowScale[i]
		maxY = math.Max(maxY, math.Abs(rho[i]))
	}
	if maxY == 0 || math.IsNaN(maxY) || math.IsInf(maxY, 0) {
		return Row{}, false
	}
	n := len(b.m.Vars)
	coef := make([]float64, n)
	L, U := 0.0, 0.0
	for i, y := range rho {
		if math.Abs(y) <= 1e-12*maxY {
			continue
		}
		r := &lp.Rows[i]
		lo, up := r.Lower, r.Upper
		if y < 0 {
			lo, up = up, lo
		}
		L += y * lo
		U += y * up
		for _, t := range r.Terms {
			coef[t.Var] += y * t.Coef
		}
	}
	gLo, gUp := b.inst.lower, b.inst.upper
	// The side the node's bounds violate: dir 1 for Σ c·x ≤ U (the
	// minimal activity exceeds U), −1 for Σ c·x ≥ L, which is handled
	// as Σ −c·x ≤ −L.
	minAct, maxAct := 0.0, 0.0
	for j, a := range coef {
		if a == 0 {
			continue
		}
		lo, up := b.curLo[j], b.curUp[j]
		if a < 0 {
			lo, up = up, lo
		}
		minAct += a * lo
		maxAct += a * up
	}
	dir, rhs := 0.0, 0.0
	switch {
	case !math.IsInf(U, 0) && !math.IsNaN(minAct) && minAct > U:
		dir, rhs = 1, U
	case !math.IsInf(L, 0) && !math.IsNaN(maxAct) && maxAct < L:
		dir, rhs = -1, -L
	default:
		return Row{}, false
	}
	maxC := 0.0
	for j := range coef {
		coef[j] *= dir
		maxC = math.Max(maxC, math.Abs(coef[j]))
	}
	rhs /= maxC
	var terms []Term
	for j, a := range coef {
		if a == 0 {
			continue
		}
		a /= maxC
		if math.Abs(a) < farkasDrop {
			// Σ_others ≤ rhs − a·x_j ≤ rhs − min(a·x_j) over the
			// global bounds.
			g := gLo[j]
			if a < 0 {
				g = gUp[j]
			}
			if !math.IsInf(g, 0) {
				rhs -= a * g
				continue
			}
		}
		terms = append(terms, Term{Var: Var(j), Coef: a})
	}
	if len(terms) == 0 || len(terms) > max(farkasMaxTerms, n/5) {
		return Row{}, false
	}
	// The violation under the node's bounds, against a margin for the
	// rounding of the aggregation.
	act, scale := 0.0, math.Abs(rhs)
	for _, t := range terms {
		v := b.curLo[t.Var]
		if t.Coef < 0 {
			v = b.curUp[t.Var]
		}
		act += t.Coef * v
		scale += math.Abs(t.Coef * v)
	}
	if math.IsInf(act, 0) || math.IsNaN(act) || act-rhs <= 1e-6*math.Max(1, scale) {
		return Row{}, false
	}
	return Row{Name: "farkas", Terms: terms, Lower: math.Inf(-1), Upper: rhs}, true
}

// literal is one branching decision: x_j ≤ val (up) or x_j ≥ val.
type literal struct {
	j   int
	up  bool
	val float64
}

// conflictInfeasibleLP learns from a node whose LP the dual simplex
// proved infeasible: its Farkas constraint goes to the pool, then the
// decisions that make it (and the rest of the pool and the rows)
// infeasible are analysed.
func (b *bnb) conflictInfeasibleLP(nd *node) {
	if b.pool == nil {
		return
	}
	if useFarkas {
		if r, ok := b.farkasRow(); ok {
			b.addPoolRow(r, nil)
			b.pool.farkas++
		} else {
			b.pool.farkasDropped++
		}
	}
	b.conflictAnalysis(nd)
}

// conflictAnalysis finds, among the branching decisions on the path to
// nd, a set that propagation from the root bounds proves infeasible
// (a deletion filter: each decision is dropped in turn when the rest
// still propagate to infeasibility), within a work limit, and stores it
// as a nogood: not all of its decisions hold. On binaries it is the row
// Σ_{x_j ≤ 0} x_j + Σ_{x_j ≥ 1} (1 − x_j) ≥ 1, otherwise a list of
// decisions (see propagateNogood). A nogood of one decision tightens the
// root bound of its variable.
func (b *bnb) conflictAnalysis(nd *node) {
	c := b.pool
	if c == nil || !useNogoods {
		return
	}
	gLo, gUp := b.inst.lower, b.inst.upper
	// The path's decisions, root first, merged per variable.
	var path []*node
	for p := nd; p != nil && p.v >= 0; p = p.parent {
		path = append(path, p)
	}
	slices.Reverse(path)
	var lits []literal
	seenLo := map[int]int{}
	seenUp := map[int]int{}
	for _, p := range path {
		if p.up < gUp[p.v] {
			if k, ok := seenUp[p.v]; ok {
				lits[k].val = math.Min(lits[k].val, p.up)
			} else {
				seenUp[p.v] = len(lits)
				lits = append(lits, literal{j: p.v, up: true, val: p.up})
			}
		}
		if p.lo > gLo[p.v] {
			if k, ok := seenLo[p.v]; ok {
				lits[k].val = math.Max(lits[k].val, p.lo)
			} else {
				seenLo[p.v] = len(lits)
				lits = append(lits, literal{j: p.v, val: p.lo})
			}
		}
	}
	if len(lits) == 0 {
		return
	}
	c.analyses++
	c.literalsIn += len(lits)
	c.record = false
	defer func() { c.record = true }()
	lower, upper := slices.Clone(gLo), slices.Clone(gUp)
	budget := conflictWorkFactor * b.propLimit
	active := make([]bool, len(lits))
	for k := range active {
		active[k] = true
	}
	if !b.propagatesInfeasible(lits, active, lower, upper, &budget) {
		c.noConflict++
		return
	}
	for k := range lits {
		if budget <= 0 {
			break
		}
		active[k] = false
		if !b.propagatesInfeasible(lits, active, lower, upper, &budget) {
			active[k] = true
		}
	}
	var kept []literal
	binary := true
	for k, l := range lits {
		if active[k] {
			kept = append(kept, l)
			binary = binary && b.m.Vars[l.j].Integer && gLo[l.j] == 0 && gUp[l.j] == 1
		}
	}
	c.kept += len(kept)
	switch len(kept) {
	case 0:
		// The root bounds alone propagate to infeasibility: nothing
		// to learn that the root's propagation does not show.
		return
	case 1:
		// The decision fails everywhere.
		l := kept[0]
		if l.up {
			b.inst.lower[l.j] = math.Max(b.inst.lower[l.j], l.val+1)
		} else {
			b.inst.upper[l.j] = math.Min(b.inst.upper[l.j], l.val-1)
		}
		b.applyRootBound(l.j)
		c.unitFixed++
		return
	}
	terms := make([]Term, len(kept))
	rhs := 1.0
	for k, l := range kept {
		terms[k] = Term{Var: Var(l.j), Coef: 1}
		if !l.up {
			terms[k].Coef = -1
			rhs--
		}
	}
	if binary {
		b.addPoolRow(Row{Name: "nogood", Terms: terms, Lower: rhs, Upper: math.Inf(1)}, nil)
	} else {
		// The terms only list the variables, for the propagator's
		// index; the literals are propagated.
		b.addPoolRow(Row{Name: "nogood", Terms: terms, Lower: math.Inf(-1), Upper: math.Inf(1)}, kept)
	}
	c.nogoods++
}

// propagatesInfeasible applies the active decisions to lower and upper
// (the root bounds), propagates them over the rows and the pool, and
// restores the bounds. It reports whether propagation proved them
// infeasible; budget is reduced by the work spent.
func (b *bnb) propagatesInfeasible(lits []literal, active []bool, lower, upper []float64, budget *int) bool {
	p := b.prop
	var seeds []Var
	infeasible := false
	for k, l := range lits {
		if !active[k] {
			continue
		}
		lo, up := lower[l.j], upper[l.j]
		if l.up {
			up = math.Min(up, l.val)
		} else {
			lo = math.Max(lo, l.val)
		}
		if lo > up {
			infeasible = true
		}
		p.set(Var(l.j), lo, up, lower, upper)
		seeds = append(seeds, Var(l.j))
	}
	if !infeasible {
		infeasible = !p.run(seeds, lower, upper, min(b.propLimit, *budget))
		*budget -= p.work
	}
	p.undo(0, lower, upper)
	return infeasible
}

func fmtPool(c *conflictPool) string {
	return fmt.Sprintf("farkas %d (dropped %d), analyses %d (none %d), literals %d->%d, nogoods %d, unit %d",
		c.farkas, c.farkasDropped, c.analyses, c.noConflict, c.literalsIn, c.kept, c.nogoods, c.unitFixed)
}
