package milp

import (
	"context"
	"errors"
	"math"
	"slices"
	"sort"
	"time"
)

const (
	intTol     = 1e-6 // an LP value within this of an integer is integral
	checkTol   = 1e-6 // feasibility tolerance for incumbents (Model.Check)
	diveFactor = 0.3  // abandon a dive whose bound exceeds best+factor·(inc−best)

	relThreshold = 4  // pseudo-costs with fewer observations are unreliable
	sbMaxCands   = 10 // strong-branching evaluations per node
	sbLookahead  = 4  // stop after this many candidates without improvement
	sbIters      = 40 // dual pivots per strong-branching child
	// strong branching may always spend this many pivots, then as many
	// as the node LPs
	sbStartPivots = 5000
)

// traceBB, when set (by tests), receives progress messages.
var traceBB func(format string, args ...any)

// noCuts disables the root cuts (tests compare both ways).
var noCuts bool

// noGomory and noMIR disable one family of root cuts (tests and
// measurements compare both ways).
var noGomory, noMIR bool

// noRedCost disables reduced-cost fixing (tests compare both ways).
var noRedCost bool

// noProbe disables probing at the root, and noNodeProp bound propagation
// at the nodes (tests and benchmarks compare both ways).
var noProbe, noNodeProp bool

// useRestart enables the restart after root fixing. It is off: on the
// generated placement instances and on the planner's benchmark suite it
// changed the node counts by less than 1% (see docs/planner.md); tests
// compare both ways.
var useRestart bool

const (
	// maxRestarts bounds the restarts of one solve.
	maxRestarts = 2
	// restartShare is the share of the integer variables left free by
	// presolve that root reduced-cost fixing must fix for a restart.
	restartShare = 0.2
)

// node is a branch-and-bound subproblem: its parent's bounds plus one
// tightened variable.
type node struct {
	parent *node
	v      int     // branching variable, -1 for the root
	lo, up float64 // its bounds in this subproblem
	bound  float64 // lower bound: the parent's LP objective
	depth  int
	id     int
	// basis turns the parent's starting basis into the parent's optimal
	// one, this node's start (see nodeStore); shared by the siblings.
	basis *basisDiff
	// pseudo-cost bookkeeping
	frac  float64 // distance the branching variable was moved
	isUp  bool
	objLP float64 // the parent's LP objective
	// kids counts the children still stored; a solved node stays stored
	// while it has any (they reach their bounds and bases through it).
	kids   int32
	solved bool
}

// nodeHeap orders open nodes by bound, then depth (deeper first), then id.
type nodeHeap []*node

func (h nodeHeap) Len() int { return len(h) }
func (h nodeHeap) Less(a, b int) bool {
	if h[a].bound != h[b].bound {
		return h[a].bound < h[b].bound
	}
	if h[a].depth != h[b].depth {
		return h[a].depth > h[b].depth
	}
	return h[a].id < h[b].id
}
func (h nodeHeap) Swap(a, b int) { h[a], h[b] = h[b], h[a] }
func (h *nodeHeap) Push(x any)   { *h = append(*h, x.(*node)) }
func (h *nodeHeap) Pop() any {
	old := *h
	n := old[len(old)-1]
	old[len(old)-1] = nil
	*h = old[:len(old)-1]
	return n
}

// bnb is the state of one branch-and-bound run.
type bnb struct {
	m    *Model
	inst *lpInstance
	sx   *simplex
	opts Options
	gap  float64

	ints        []int // integer variable indices
	objIntegral bool  // every feasible objective value is an integer

	inc    []float64 // incumbent
	incObj float64

	nodeStore
	nextID int
	nodes  int

	// bound of subtrees closed without proof (pruned within tolerance,
	// or lost to numerical failure); the final bound cannot exceed it
	closedMin float64

	lost bool // a subtree was abandoned after a numerical failure

	pcSum [2][]float64 // pseudo-cost sums, [0] down, [1] up
	pcCnt [2][]int
	pcTot [2]float64 // over all variables, for uninitialised ones
	pcN   [2]int
	pcAvg [2]float64

	sbState  lpState // scratch for strong branching
	sbPivots int     // pivots spent in strong branching

	floor float64 // Options.Bound, or -Inf

	rc *rootReducedCosts // for reduced-cost fixing; nil before the root is solved

	curLo, curUp []float64 // bounds currently applied (original units)
	changed      []int     // variables whose bounds differ from the root's
	isChanged    []bool

	// prop propagates each node's bound changes over the rows; propLimit
	// bounds its term visits per node, propMoved counts the integer
	// bounds it tightened and propPruned the nodes it proved infeasible.
	prop       *propagator
	propLimit  int
	propSeen   []bool
	propSeeds  []Var
	propMoved  int
	propPruned int
	// pool holds the constraints learnt from infeasible nodes (conflict.go).
	pool *conflictPool

	// fixedAtRoot counts the integer variables presolve left fixed;
	// restartsLeft is how many more restarts the solve allows;
	// restarted says this run is a restart (its root bounds keep every
	// solution better than the incumbent, but perhaps no other); restart
	// is set when the run stopped for a restart.
	fixedAtRoot  int
	restartsLeft int
	restarted    bool
	restart      bool

	nc *nodeCuts // cuts below the root
}

// Solve solves m with the built-in branch and bound (see the package
// documentation). It returns an error for an invalid model or when the LP
// solver fails numerically at the root; otherwise Status says what was
// found. Result.X is set for Optimal and Feasible.
func Solve(ctx context.Context, m *Model, opts Options) (*Result, error) {
	start := time.Now()
	if ctx == nil {
		ctx = context.Background()
	}
	res := &Result{}
	var prev *bnb
	var lower, upper []float64
	iters := 0
	for round := 0; ; round++ {
		inst, err := prepareBounds(ctx, m, true, lower, upper)
		if err != nil {
			return nil, err
		}
		if prev != nil && !inst.infeasible {
			// The cuts of the run before hold for every integer point
			// in its root bounds, which contain the new ones.
			if cuts := prev.inst.lp.Rows[len(m.Rows):]; len(cuts) > 0 {
				lp := inst.lp
				inst.lp = &Model{Name: m.Name, Vars: m.Vars, Rows: append(slices.Clone(lp.Rows), cuts...)}
				sx := inst.build()
				sx.ctx = ctx
				inst.sx = sx
			}
		}
		b := &bnb{m: m, inst: inst, sx: inst.sx, opts: opts, gap: opts.Gap, incObj: math.Inf(1), closedMin: math.Inf(1), floor: math.Inf(-1)}
		if opts.Bound != nil {
			b.floor = *opts.Bound
		}
		if b.gap <= 0 {
			b.gap = defaultGap
		}
		if opts.TimeLimit > 0 {
			b.sx.deadline = start.Add(opts.TimeLimit)
		}
		b.restartsLeft = maxRestarts - round
		if prev != nil {
			b.carryOver(prev)
		}
		if inst.infeasible {
			if b.restarted {
				// No solution better than the incumbent is left.
				b.finish(res, math.Inf(1), true)
			} else {
				res.Status = Infeasible
				res.Objective, res.Bound = math.Inf(1), math.Inf(1)
			}
			res.Nodes = b.nodes
			res.Iterations = iters
			res.Duration = time.Since(start)
			return res, nil
		}
		err = b.run(res)
		iters += b.sx.iters
		res.Iterations = iters
		res.Nodes = b.nodes
		if err != nil || !b.restart {
			res.Duration = time.Since(start)
			return res, err
		}
		if traceBB != nil {
			traceBB("restart %d: %d of %d integer variables fixed at the root", round+1, b.countFixed(), len(b.ints))
		}
		lower, upper = b.inst.lower, b.inst.upper
		prev = b
	}
}

// carryOver starts a restart from the run that stopped for it: the
// incumbent, the pseudo-costs, the node count and the subtrees closed
// without proof carry over.
func (b *bnb) carryOver(prev *bnb) {
	b.restarted = true
	b.inc, b.incObj = prev.inc, prev.incObj
	b.nodes = prev.nodes
	b.closedMin, b.lost = prev.closedMin, prev.lost
	b.pcSum, b.pcCnt, b.pcTot, b.pcN, b.pcAvg = prev.pcSum, prev.pcCnt, prev.pcTot, prev.pcN, prev.pcAvg
}

// countFixed counts the integer variables whose root bounds are equal.
func (b *bnb) countFixed() int {
	n := 0
	for _, j := range b.ints {
		if b.inst.lower[j] == b.inst.upper[j] {
			n++
		}
	}
	return n
}

// wantRestart reports whether root reduced-cost fixing has fixed enough of
// the integer variables presolve left free to make presolving and solving
// the root again worthwhile.
func (b *bnb) wantRestart() bool {
	if !useRestart || b.restartsLeft <= 0 {
		return false
	}
	free := len(b.ints) - b.fixedAtRoot
	return free > 0 && float64(b.countFixed()-b.fixedAtRoot) >= restartShare*float64(free)
}

func (b *bnb) init() {
	n := len(b.m.Vars)
	b.objIntegral = true
	for j, v := range b.m.Vars {
		if v.Integer {
			b.ints = append(b.ints, j)
		}
		if v.Obj != 0 && (!v.Integer || v.Obj != math.Round(v.Obj)) {
			b.objIntegral = false
		}
	}
	b.fixedAtRoot = b.countFixed()
	for k := 0; k < 2 && !b.restarted; k++ {
		b.pcSum[k] = make([]float64, n)
		b.pcCnt[k] = make([]int, n)
		b.pcAvg[k] = 1
	}
	b.memLimit = b.opts.NodeMemory
	if b.memLimit <= 0 {
		b.memLimit = defaultNodeMemory
	}
	b.curLo = slices.Clone(b.inst.lower)
	b.curUp = slices.Clone(b.inst.upper)
	b.isChanged = make([]bool, n)
	if b.inst.rows != nil && !noNodeProp {
		b.prop = newPropagator(b.m, b.inst.rows)
		b.propLimit = max(2*b.prop.nnz, 10_000)
		b.propSeen = make([]bool, n)
		b.initConflicts()
	}
}

// propagateNode tightens the bounds of integer variables that the bounds
// of the loaded node imply, starting from the variables seeds, and applies
// them to the LP. It reports false when propagation proves the node
// infeasible (the LP is then left with the node's own bounds).
func (b *bnb) propagateNode(seeds []Var) bool {
	p := b.prop
	if p == nil {
		return true
	}
	ok := p.run(seeds, b.curLo, b.curUp, b.propLimit)
	var moved []boundChange
	if ok {
		for _, c := range p.trail {
			if b.m.Vars[c.j].Integer && !b.propSeen[c.j] {
				b.propSeen[c.j] = true
				moved = append(moved, boundChange{j: c.j, lo: b.curLo[c.j], up: b.curUp[c.j]})
			}
		}
	}
	// Back to the bounds the LP has, then the integer ones through the
	// LP: continuous bounds are implied, not imposed.
	p.undo(0, b.curLo, b.curUp)
	for _, c := range moved {
		b.propSeen[c.j] = false
		b.setVarBounds(int(c.j), c.lo, c.up)
	}
	b.propMoved += len(moved)
	if !ok {
		b.propPruned++
	}
	return ok
}

// effBound strengthens an LP bound by the bound proven elsewhere and,
// when the objective is integral, by rounding up.
func (b *bnb) effBound(v float64) float64 {
	v = math.Max(v, b.floor)
	if b.objIntegral && !math.IsInf(v, 0) {
		return math.Ceil(v - 1e-6)
	}
	return v
}

// gapTol is the absolute objective slack allowed by the relative gap.
func (b *bnb) gapTol() float64 {
	return b.gap * math.Max(1, math.Abs(b.incObj))
}

// canPrune reports whether a subproblem with LP bound v cannot improve
// the incumbent by more than the gap.
func (b *bnb) canPrune(v float64) bool {
	return !math.IsInf(b.incObj, 1) && b.effBound(v) >= b.incObj-b.gapTol()
}

// prunable is canPrune for a node of the tree; it records the bound of the
// closed subtree.
func (b *bnb) prunable(v float64) bool {
	if b.canPrune(v) {
		b.closedMin = math.Min(b.closedMin, b.effBound(v))
		return true
	}
	return false
}

// tryIncumbent accepts x (integers rounded) if it passes Check and
// improves the incumbent.
func (b *bnb) tryIncumbent(x []float64) bool {
	// A copy that is never nil, as slices.Clone makes of an empty x: the
	// solution of a model without variables is the empty one.
	y := clampX(b.m, append(make([]float64, 0, len(x)), x...), true)
	obj := b.m.Objective(y)
	if obj >= b.incObj-1e-12*math.Max(1, math.Abs(b.incObj)) {
		return false
	}
	if b.m.Check(y, checkTol) != nil {
		return false
	}
	b.inc, b.incObj = y, obj
	if traceBB != nil {
		traceBB("incumbent %.6f at node %d (open %d, bound %.6f)", obj, b.nodes, b.openCount(), b.globalBound(nil))
	}
	return true
}

// acceptIntegral closes a subproblem whose LP solution x (objective obj)
// is integral within tolerance: x becomes the incumbent, or is no better
// than it. When x, its integer values rounded, fails the check (the LP,
// with its scaling and its cuts, met the rows only to its own tolerance),
// the continuous values are computed again by the LP of the caller's
// model with the integer variables fixed at x's rounded values; the
// subproblem is closed if that solution passes and comes within the gap
// of obj. It reports false when the subproblem could not be closed.
func (b *bnb) acceptIntegral(x []float64, obj float64) bool {
	if b.tryIncumbent(x) || b.canPrune(obj) {
		return true
	}
	fixed := &Model{Name: b.m.Name, Vars: slices.Clone(b.m.Vars), Rows: b.m.Rows}
	for _, j := range b.ints {
		r := math.Round(x[j])
		fixed.Vars[j].Lower, fixed.Vars[j].Upper = r, r
	}
	res, err := SolveLP(b.sx.ctx, fixed)
	if err != nil || res.Status != Optimal {
		return false
	}
	b.tryIncumbent(res.X)
	return b.canPrune(obj)
}

// tryRounding applies simple rounding heuristics to an LP solution.
func (b *bnb) tryRounding(x []float64) {
	y := slices.Clone(x)
	for _, j := range b.ints {
		y[j] = math.Round(x[j])
	}
	b.tryIncumbent(y)
	for _, j := range b.ints {
		y[j] = math.Ceil(x[j] - intTol)
	}
	b.tryIncumbent(y)
}

// fractional lists the integer variables with fractional LP values.
func (b *bnb) fractional(x []float64) []int {
	var out []int
	for _, j := range b.ints {
		if f := x[j] - math.Floor(x[j]); f > intTol && f < 1-intTol {
			out = append(out, j)
		}
	}
	return out
}

// pseudo returns the average pseudo-cost of variable j in direction k,
// falling back to the average over all variables, then to 1.
func (b *bnb) pseudo(j, k int) float64 {
	if b.pcCnt[k][j] > 0 {
		return b.pcSum[k][j] / float64(b.pcCnt[k][j])
	}
	return b.pcAvg[k]
}

// branchChoice is a branching decision with the children's bounds
// (+Inf for a child found infeasible by strong branching).
type branchChoice struct {
	v              int
	downBnd, upBnd float64
}

// selectBranch picks the branching variable by reliability branching:
// candidates are ranked by their pseudo-cost product score; those whose
// pseudo-costs rest on fewer than relThreshold observations are evaluated
// by strong branching (a few dual simplex pivots per child from the
// current basis), which also initialises their pseudo-costs. Evaluation
// stops after sbLookahead candidates without improvement.
func (b *bnb) selectBranch(x []float64, frac []int, obj float64) branchChoice {
	type cand struct {
		j     int
		f     float64
		score float64
	}
	cs := make([]cand, len(frac))
	for k, j := range frac {
		f := x[j] - math.Floor(x[j])
		down := math.Max(f*b.pseudo(j, 0), 1e-6)
		up := math.Max((1-f)*b.pseudo(j, 1), 1e-6)
		cs[k] = cand{j, f, down * up}
	}
	sort.SliceStable(cs, func(a, c int) bool { return cs[a].score > cs[c].score })
	best := branchChoice{v: cs[0].j, downBnd: obj, upBnd: obj}
	bestScore := -1.0
	sx := b.sx
	if sx.lu.numEtas() > 40 {
		sx.refactor()
	}
	noImprove, evaluated := 0, 0
	for _, c := range cs {
		j := c.j
		score := c.score
		choice := branchChoice{v: j, downBnd: obj, upBnd: obj}
		if min(b.pcCnt[0][j], b.pcCnt[1][j]) < relThreshold && evaluated < sbMaxCands && b.sbAllowed() {
			evaluated++
			cs := sx.colScale[j]
			fl := math.Floor(x[j])
			before := sx.iters
			dObj, dInf, dOK := sx.trial(j, sx.lo[j], fl/cs, sbIters, &b.sbState)
			uObj, uInf, uOK := sx.trial(j, (fl+1)/cs, sx.up[j], sbIters, &b.sbState)
			b.sbPivots += sx.iters - before
			if traceBB != nil {
				traceBB("  sb var %d x %v: down %v %v %v up %v %v %v", j, x[j], dObj, dInf, dOK, uObj, uInf, uOK)
			}
			if sx.limitReached() {
				break
			}
			dg, ug := 0.0, 0.0
			switch {
			case dInf:
				dg, choice.downBnd = math.Inf(1), math.Inf(1)
			case dOK:
				dg = math.Max(dObj-obj, 0)
				choice.downBnd = math.Max(obj, dObj)
				b.addPseudo(j, 0, dg/c.f)
			}
			switch {
			case uInf:
				ug, choice.upBnd = math.Inf(1), math.Inf(1)
			case uOK:
				ug = math.Max(uObj-obj, 0)
				choice.upBnd = math.Max(obj, uObj)
				b.addPseudo(j, 1, ug/(1-c.f))
			}
			if dInf && uInf {
				return choice // the node is infeasible
			}
			if dInf || uInf {
				return choice // one child only: take it at once
			}
			score = math.Max(dg, 1e-6) * math.Max(ug, 1e-6)
		} else if evaluated > 0 && noImprove >= sbLookahead {
			break
		}
		if score > bestScore {
			best, bestScore = choice, score
			noImprove = 0
		} else {
			noImprove++
			if evaluated > 0 && noImprove >= sbLookahead {
				break
			}
		}
	}
	return best
}

// sbAllowed bounds the strong-branching effort to the pivots spent on
// the node LPs themselves (plus a start-up allowance).
func (b *bnb) sbAllowed() bool {
	return b.sbPivots <= b.sx.iters-b.sbPivots+sbStartPivots
}

// addPseudo records one pseudo-cost observation (objective gain per unit
// of change) for variable j in direction k (0 down, 1 up).
func (b *bnb) addPseudo(j, k int, gain float64) {
	b.pcSum[k][j] += gain
	b.pcCnt[k][j]++
	b.pcTot[k] += gain
	b.pcN[k]++
	b.pcAvg[k] = b.pcTot[k] / float64(b.pcN[k])
}

// setVarBounds applies bounds (original units) of variable j to the LP.
func (b *bnb) setVarBounds(j int, lo, up float64) {
	b.curLo[j], b.curUp[j] = lo, up
	if !b.isChanged[j] {
		b.isChanged[j] = true
		b.changed = append(b.changed, j)
	}
	cs := b.sx.colScale[j]
	b.sx.setBounds(j, lo/cs, up/cs)
}

// resetBounds restores the root bounds of every changed variable.
func (b *bnb) resetBounds() {
	for _, j := range b.changed {
		b.isChanged[j] = false
		b.curLo[j], b.curUp[j] = b.inst.lower[j], b.inst.upper[j]
		cs := b.sx.colScale[j]
		b.sx.setBounds(j, b.curLo[j]/cs, b.curUp[j]/cs)
	}
	b.changed = b.changed[:0]
}

// loadNode installs a node's bounds and its parent's optimal basis.
func (b *bnb) loadNode(nd *node) {
	b.resetBounds()
	for p := nd; p != nil && p.v >= 0; p = p.parent {
		lo := math.Max(b.curLo[p.v], p.lo)
		up := math.Min(b.curUp[p.v], p.up)
		b.setVarBounds(p.v, lo, up)
	}
	if b.startBasis(nd) {
		b.sx.loadBasis(b.start)
	}
}

// updatePseudo records the objective change of a solved child.
func (b *bnb) updatePseudo(nd *node, obj float64) {
	if nd.v < 0 || nd.frac <= 0 {
		return
	}
	k := 0
	if nd.isUp {
		k = 1
	}
	b.addPseudo(nd.v, k, math.Max(obj-nd.objLP, 0)/nd.frac)
}

// limit reports whether a node, time or context limit has been reached.
func (b *bnb) limit() bool {
	if b.opts.NodeLimit > 0 && b.nodes >= b.opts.NodeLimit {
		return true
	}
	return b.sx.limitReached()
}

// globalBound is the smallest bound among open nodes and closed subtrees.
func (b *bnb) globalBound(cur *node) float64 {
	v := b.closedMin
	if cur != nil {
		v = math.Min(v, b.effBound(cur.bound))
	}
	if len(b.open) > 0 {
		v = math.Min(v, b.effBound(b.open[0].bound))
	}
	for _, nd := range b.stack {
		v = math.Min(v, b.effBound(nd.bound))
	}
	return v
}

func (b *bnb) run(res *Result) error {
	b.init()
	sx := b.sx
	if x := b.opts.Incumbent; len(x) == len(b.m.Vars) {
		b.tryIncumbent(x)
	}
	// Root.
	st := sx.solve(0)
	b.nodes++
	switch st {
	case lpInfeasible:
		if b.restarted {
			// The restart's bounds keep every solution better than
			// the incumbent: none is left.
			b.finish(res, math.Inf(1), true)
			return nil
		}
		if b.inc != nil {
			// The warm start passed Check: the LP verdict is numerical
			// noise. Report what is known.
			b.lost = true
			b.finish(res, math.Inf(-1), false)
			return nil
		}
		res.Status = Infeasible
		res.Objective, res.Bound = math.Inf(1), math.Inf(1)
		return nil
	case lpUnbounded:
		res.Status = Unbounded
		res.Objective, res.Bound = math.Inf(-1), math.Inf(-1)
		return nil
	case lpFailed:
		return errors.New("milp: the simplex method failed on the root relaxation (numerical difficulties)")
	case lpLimit:
		b.finish(res, math.Inf(-1), false)
		return nil
	}
	if !b.restarted {
		res.RootDuals = sx.rowDuals()
	}
	rootObj := sx.objective()
	if traceBB != nil {
		traceBB("root LP %.6f after %d pivots", rootObj, sx.iters)
	}
	root := &node{v: -1, bound: rootObj, id: b.nextID}
	b.nextID++
	x := sx.primalX()
	frac := b.fractional(x)
	if len(frac) == 0 {
		if !b.acceptIntegral(x, rootObj) {
			b.lost = true
			b.closedMin = b.effBound(rootObj)
		}
		b.finish(res, math.Inf(1), true)
		return nil
	}
	b.tryRounding(x)
	if !b.canPrune(rootObj) && !noCuts {
		switch b.cutLoop() {
		case lpOptimal:
		case lpLimit:
			b.finish(res, b.effBound(rootObj), false)
			return nil
		default:
			return errors.New("milp: the simplex method failed on the root relaxation with cuts")
		}
		sx = b.sx
		rootObj = math.Max(rootObj, sx.objective())
		root.bound = rootObj
		x = sx.primalX()
		frac = b.fractional(x)
		if len(frac) == 0 {
			if !b.acceptIntegral(x, rootObj) {
				b.lost = true
				b.closedMin = b.effBound(rootObj)
			}
			b.finish(res, math.Inf(1), true)
			return nil
		}
		b.tryRounding(x)
	}
	if !b.canPrune(rootObj) {
		b.dive()
		if b.limit() {
			b.finish(res, b.effBound(rootObj), false)
			return nil
		}
	}
	if b.prunable(rootObj) {
		b.finish(res, math.Inf(1), true)
		return nil
	}
	// The root is solved; branch from it. Reduced-cost fixing keeps the
	// root LP's solution and basis optimal (it only tightens bounds away
	// from the values nonbasic variables take).
	if !noRedCost {
		b.saveRootReducedCosts()
		b.fixByReducedCost()
		if b.wantRestart() {
			b.restart = true
			return nil
		}
	}
	b.start = slices.Clone(sx.status)
	cur := b.branch(root, rootObj, x, frac)
	defer func() { res.PeakOpenNodes, res.PeakNodeBytes = b.peakOpen, b.peakBytes }()
	for {
		if cur == nil {
			if b.openCount() == 0 {
				break
			}
			if !math.IsInf(b.incObj, 1) {
				gb := b.globalBound(nil)
				if b.incObj-gb <= b.gapTol() {
					break
				}
			}
			b.fixByReducedCost()
			cur = b.pop()
			if b.prunable(cur.bound) {
				b.release(cur)
				cur = nil
				continue
			}
			b.loadNode(cur)
			b.propSeeds = b.propSeeds[:0]
			for _, j := range b.changed {
				b.propSeeds = append(b.propSeeds, Var(j))
			}
		} else {
			b.fixByReducedCost()
			// Dive: the LP holds the parent's optimal basis.
			b.setVarBounds(cur.v, math.Max(b.curLo[cur.v], cur.lo), math.Min(b.curUp[cur.v], cur.up))
			b.propSeeds = append(b.propSeeds[:0], Var(cur.v))
		}
		if !b.propagateNode(b.propSeeds) {
			// Infeasible by propagation: closed without an LP.
			b.nodes++
			b.conflictAnalysis(cur)
			b.release(cur)
			cur = nil
			continue
		}
		if b.limit() {
			b.push(cur)
			break
		}
		st := sx.solve(0)
		if st == lpOptimal && b.wantNodeCuts(cur) {
			st = b.separateNode()
			sx = b.sx
		}
		b.nodes++
		if traceBB != nil {
			traceBB("node %d depth %d var %d [%g,%g] status %d obj %.6f x %v", b.nodes, cur.depth, cur.v, b.curLo[cur.v], b.curUp[cur.v], st, sx.objective(), sx.primalX())
		}
		switch st {
		case lpLimit:
			b.push(cur)
			b.finish(res, b.globalBound(nil), false)
			return nil
		case lpInfeasible:
			b.conflictInfeasibleLP(cur)
			b.release(cur)
			cur = nil
			continue
		case lpUnbounded, lpFailed:
			// Should not happen below a bounded root; give up on the
			// subtree but remember its bound.
			b.closedMin = math.Min(b.closedMin, b.effBound(cur.bound))
			b.lost = true
			sx.slackBasis()
			b.release(cur)
			cur = nil
			continue
		}
		obj := sx.objective()
		b.updatePseudo(cur, obj)
		if b.prunable(obj) {
			b.release(cur)
			cur = nil
			continue
		}
		x := sx.primalX()
		frac := b.fractional(x)
		if len(frac) == 0 {
			if !b.acceptIntegral(x, obj) {
				// Integral but rejected by Check: numerical trouble.
				b.closedMin = math.Min(b.closedMin, b.effBound(obj))
				b.lost = true
			}
			b.release(cur)
			cur = nil
			continue
		}
		b.tryRounding(x)
		if b.prunable(obj) {
			b.release(cur)
			cur = nil
			continue
		}
		cur = b.branch(cur, obj, x, frac)
	}
	b.finish(res, b.globalBound(nil), b.openCount() == 0)
	return nil
}

// branch selects a branching variable for a solved node and creates the
// children; it pushes one and returns the one to dive into (nil when the
// dive is abandoned or no child survives).
func (b *bnb) branch(parent *node, obj float64, x []float64, frac []int) *node {
	ch := b.selectBranch(x, frac, obj)
	j := ch.v
	v := x[j]
	fl := math.Floor(v)
	basis := b.diffStart()
	var kids []*node
	if !math.IsInf(ch.downBnd, 1) {
		kids = append(kids, &node{parent: parent, v: j, lo: math.Inf(-1), up: fl, bound: ch.downBnd,
			depth: parent.depth + 1, basis: basis, frac: v - fl, objLP: obj})
	}
	if !math.IsInf(ch.upBnd, 1) {
		kids = append(kids, &node{parent: parent, v: j, lo: fl + 1, up: math.Inf(1), bound: ch.upBnd,
			depth: parent.depth + 1, basis: basis, frac: fl + 1 - v, isUp: true, objLP: obj})
	}
	parent.solved = true
	for _, k := range kids {
		k.id = b.nextID
		b.nextID++
		b.store(k)
	}
	var first *node
	switch len(kids) {
	case 0:
		b.release(parent)
		return nil
	case 1:
		first = kids[0]
	default:
		// Dive towards the side the LP value rounds to.
		second := kids[1]
		first = kids[0]
		if v-fl >= 0.5 {
			first, second = second, first
		}
		b.push(second)
	}
	if b.prunable(first.bound) {
		b.release(first)
		return nil
	}
	// A dive that falls too far behind the best bound is put back, unless
	// the stored nodes fill their memory: then the search goes depth
	// first, which stores one node per level.
	if !math.IsInf(b.incObj, 1) && len(b.open) > 0 && !b.full() {
		best := b.effBound(b.open[0].bound)
		if b.effBound(first.bound) > best+diveFactor*(b.incObj-best) {
			b.push(first)
			return nil
		}
	}
	return first
}

// dive is the root diving heuristic: it repeatedly bounds a batch of the
// least fractional integer variables towards their rounded values (as a
// branch would) and re-solves, looking for an early incumbent; on
// infeasibility it retries with half the batch, and a single variable the
// other way. It restores the root LP
// state afterwards.
func (b *bnb) dive() {
	sx := b.sx
	saved := slices.Clone(sx.status)
	savedW := slices.Clone(sx.dseW)
	defer func() {
		b.resetBounds()
		sx.loadBasis(saved)
		copy(sx.dseW, savedW)
	}()
	x := sx.primalX()
	type cand struct {
		j    int
		dist float64
	}
	batch := 0
	for round := 0; round < 400; round++ {
		if b.limit() {
			return
		}
		frac := b.fractional(x)
		if len(frac) == 0 {
			b.tryIncumbent(x)
			return
		}
		b.tryRounding(x)
		if b.canPrune(sx.objective()) {
			return
		}
		cs := make([]cand, len(frac))
		for k, j := range frac {
			cs[k] = cand{j, math.Abs(x[j] - math.Round(x[j]))}
		}
		sort.SliceStable(cs, func(a, c int) bool { return cs[a].dist < cs[c].dist })
		if batch == 0 {
			batch = max(1, (len(cs)+3)/4)
		}
		batch = min(batch, len(cs))
		fixed := cs[:batch]
		oldLo := make([]float64, len(fixed))
		oldUp := make([]float64, len(fixed))
		for k, c := range fixed {
			oldLo[k], oldUp[k] = b.curLo[c.j], b.curUp[c.j]
			// Bound towards the rounded value (like a branch), which
			// keeps more freedom than fixing.
			if r := math.Round(x[c.j]); r >= x[c.j] {
				b.setVarBounds(c.j, r, oldUp[k])
			} else {
				b.setVarBounds(c.j, oldLo[k], r)
			}
		}
		st := sx.solve(0)
		if traceBB != nil {
			traceBB("dive round %d: %d fractional, fixed %d, status %d obj %.6f", round, len(cs), batch, st, sx.objective())
		}
		if st == lpOptimal {
			x = sx.primalX()
			batch = max(1, (len(cs)+3)/4)
			continue
		}
		if st != lpInfeasible {
			return
		}
		// Undo the batch and try a smaller one; a single variable is
		// tried on its other side.
		for k, c := range fixed {
			b.setVarBounds(c.j, oldLo[k], oldUp[k])
		}
		if batch > 1 {
			batch /= 2
			if sx.solve(0) != lpOptimal {
				return
			}
			x = sx.primalX()
			continue
		}
		j := fixed[0].j
		if math.Round(x[j]) >= x[j] {
			b.setVarBounds(j, oldLo[0], math.Floor(x[j]))
		} else {
			b.setVarBounds(j, math.Ceil(x[j]), oldUp[0])
		}
		if sx.solve(0) != lpOptimal {
			return
		}
		x = sx.primalX()
	}
}

// finish fills the result from the incumbent and the bound of the open
// nodes (complete: none are left).
func (b *bnb) finish(res *Result, bound float64, complete bool) {
	bound = math.Min(bound, b.closedMin)
	if math.IsInf(b.incObj, 1) {
		if complete && !b.lost {
			res.Status = Infeasible
			res.Objective, res.Bound = math.Inf(1), math.Inf(1)
			return
		}
		res.Status = NoSolution
		res.Objective, res.Bound, res.Gap = math.Inf(1), bound, math.Inf(1)
		return
	}
	bound = math.Min(math.Max(bound, b.floor), b.incObj)
	res.X = b.inc
	res.Objective = b.incObj
	res.Bound = bound
	res.Gap = (b.incObj - bound) / math.Max(1, math.Abs(b.incObj))
	if res.Gap <= b.gap || (complete && !b.lost) {
		res.Status = Optimal
	} else {
		res.Status = Feasible
	}
}
