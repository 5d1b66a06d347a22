package milp

import (
	"context"
	"errors"
	"math"
	"slices"
	"time"
)

// Status is the outcome of a solve.
type Status string

// Solve outcomes.
const (
	// Optimal: the solution is proven optimal within Options.Gap.
	Optimal Status = "Optimal"
	// Feasible: a limit was reached with an incumbent solution.
	Feasible Status = "Feasible"
	// Infeasible: the model has no feasible solution.
	Infeasible Status = "Infeasible"
	// Unbounded: the LP relaxation is unbounded (for a MILP this means
	// unbounded or, in rare cases, integer infeasible).
	Unbounded Status = "Unbounded"
	// NoSolution: a limit was reached before any solution was found.
	NoSolution Status = "NoSolution"
)

// Options tunes a solve. The zero value is a sensible default.
type Options struct {
	// TimeLimit bounds the wall-clock time of the solve; 0 means none.
	TimeLimit time.Duration
	// Gap is the relative gap |obj−bound|/max(1,|obj|) at which the
	// search stops; 0 means 1e-6.
	Gap float64
	// NodeLimit bounds the branch-and-bound nodes; 0 means none.
	NodeLimit int
	// NodeMemory bounds the memory, in bytes, that the open nodes of the
	// branch and bound and the solved nodes they descend from take; 0
	// means 64 MiB. Beyond it the search goes depth first, which stores
	// about one node per level, until nodes close.
	NodeMemory int64
	// Incumbent is an optional warm start: a full solution vector (one
	// value per variable) that is used as the first incumbent if, with
	// integer values rounded, it passes Check with tolerance 1e-6;
	// otherwise it is ignored.
	Incumbent []float64
	// Bound, when set, is a lower bound on the optimum proven elsewhere
	// (such as by a decomposition): every node's bound is at least it, so
	// the search stops as soon as the incumbent is within Gap of it.
	Bound *float64
}

// Result is the outcome of a solve.
type Result struct {
	Status     Status
	Objective  float64       // objective of X
	Bound      float64       // proven lower bound on the optimum
	Gap        float64       // relative gap between Objective and Bound
	X          []float64     // best solution; integer variables exactly integral
	Nodes      int           // branch-and-bound nodes solved
	Iterations int           // simplex pivots in total
	Duration   time.Duration // wall-clock time
	// PeakOpenNodes and PeakNodeBytes are the most open nodes, and the
	// most bytes of stored nodes, the branch and bound held at once.
	PeakOpenNodes int
	PeakNodeBytes int64
	// RootDuals are the row duals of the root LP relaxation, one per row:
	// y_i = ∂(optimal LP objective)/∂(bound of row i) at the binding
	// bound. For a minimisation a binding ≥ row has y ≥ 0, a binding ≤
	// row y ≤ 0, and a row that does not bind y = 0. Solve reports them
	// for its presolved root (integer bounds tightened, binary
	// coefficients strengthened, before cuts); SolveLP for the plain LP.
	// Nil if the root LP was not solved to optimality.
	RootDuals []float64
}

// defaultGap is the default relative gap.
const defaultGap = 1e-6

// errNilModel is returned for a nil model.
var errNilModel = errors.New("milp: nil model")

// lpInstance is a validated model prepared for the simplex.
type lpInstance struct {
	model *Model
	lp    *Model // the model the simplex solves: presolved rows, cuts
	sx    *simplex
	// integer bounds after rounding
	lower, upper []float64
	infeasible   bool // an integer variable has no integral value in its bounds
	// probeFixed and probeTightened count the binaries probing fixed and
	// the other bounds it tightened.
	probeFixed, probeTightened int
	// dominatedFixed counts the integer variables fixed at a bound by
	// dominated columns.
	dominatedFixed int
	// rows are the model's rows merged and strengthened, which nodes
	// propagate over (nil for a plain LP).
	rows []Row
}

// prepare validates the model and builds the simplex. Integer variables'
// bounds are rounded inwards when integral is true.
func prepare(ctx context.Context, m *Model, integral bool) (*lpInstance, error) {
	return prepareBounds(ctx, m, integral, nil, nil)
}

// prepareBounds is prepare with the variable bounds further restricted to
// [lower, upper] when those are not nil (a restart of the branch and bound
// passes the root bounds it has proven).
func prepareBounds(ctx context.Context, m *Model, integral bool, lower, upper []float64) (*lpInstance, error) {
	if m == nil {
		return nil, errNilModel
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	inst := &lpInstance{model: m}
	inst.lower = make([]float64, len(m.Vars))
	inst.upper = make([]float64, len(m.Vars))
	for j, v := range m.Vars {
		lo, up := v.Lower, v.Upper
		if lower != nil {
			lo, up = math.Max(lo, lower[j]), math.Min(up, upper[j])
		}
		if integral && v.Integer {
			lo, up = math.Ceil(lo-1e-9), math.Floor(up+1e-9)
			if lo > up {
				inst.infeasible = true
				up = lo
			}
		}
		inst.lower[j], inst.upper[j] = lo, up
	}
	lp := m
	if integral && !inst.infeasible {
		// Presolve: implied bounds (applied to integer variables),
		// probing on the binaries, and coefficient strengthening on the
		// implied bounds.
		rows := mergedRows(m)
		impLo, impUp := slices.Clone(inst.lower), slices.Clone(inst.upper)
		ok := propagate(m, rows, impLo, impUp)
		if ok && !noProbe {
			pr := newPropagator(m, rows)
			ok, inst.probeFixed, inst.probeTightened = pr.probe(impLo, impUp, min(20*pr.nnz+100_000, 20_000_000))
		}
		if ok && useDominated {
			inst.dominatedFixed = fixDominated(m, rows, impLo, impUp)
		}
		inst.rows = rows
		if !ok {
			inst.infeasible = true
		} else {
			for j, v := range m.Vars {
				if v.Integer {
					inst.lower[j], inst.upper[j] = impLo[j], impUp[j]
				}
			}
			if strengthenRows(m, rows, impLo, impUp) > 0 {
				lp = &Model{Name: m.Name, Vars: m.Vars, Rows: rows}
			}
		}
	}
	inst.lp = lp
	inst.sx = inst.build()
	inst.sx.ctx = ctx
	return inst, nil
}

// build makes a simplex for inst.lp with the root bounds and a slack
// basis.
func (inst *lpInstance) build() *simplex {
	sx := newSimplex(inst.lp, inst.lp.columns())
	for j := range inst.lp.Vars {
		sx.lo[j] = inst.lower[j] / sx.colScale[j]
		sx.up[j] = inst.upper[j] / sx.colScale[j]
	}
	sx.slackBasis()
	return sx
}

// primalX returns the structural values in original units.
func (s *simplex) primalX() []float64 {
	x := make([]float64, s.n)
	for j := range x {
		x[j] = s.x[j] * s.colScale[j]
	}
	return x
}

// rowDuals returns y in original units (see Result.RootDuals).
func (s *simplex) rowDuals() []float64 {
	cb := make([]float64, s.m)
	for p, v := range s.head {
		cb[p] = s.origCost[v]
	}
	y := make([]float64, s.m)
	s.lu.btran(cb, y)
	for i := range y {
		y[i] *= s.rowScale[i]
		if math.Abs(y[i]) < 1e-12 {
			y[i] = 0
		}
	}
	return y
}

// SolveLP solves the LP relaxation of m (integrality is ignored) and
// returns the optimal solution with its row duals in RootDuals. Status is
// Optimal, Infeasible, Unbounded, or NoSolution when the context ends
// first. An error is returned for an invalid model or numerical failure.
func SolveLP(ctx context.Context, m *Model) (*Result, error) {
	start := time.Now()
	if ctx == nil {
		ctx = context.Background()
	}
	inst, err := prepare(ctx, m, false)
	if err != nil {
		return nil, err
	}
	res, err := inst.solveLP()
	if err != nil {
		return nil, err
	}
	if res.Status == Optimal {
		res.RootDuals = inst.sx.rowDuals()
	}
	res.Duration = time.Since(start)
	return res, nil
}

// solveLP solves the LP from the simplex's current basis and says what it
// found: Optimal (with X), Infeasible, Unbounded, or NoSolution when the
// context or deadline ends first; an error on numerical failure.
func (inst *lpInstance) solveLP() (*Result, error) {
	sx := inst.sx
	before := sx.iters
	st := sx.solve(0)
	res := &Result{Iterations: sx.iters - before}
	switch st {
	case lpOptimal:
		res.Status = Optimal
		res.X = clampX(inst.model, sx.primalX(), false)
		res.Objective = inst.model.Objective(res.X)
		res.Bound = res.Objective
	case lpInfeasible:
		res.Status = Infeasible
		res.Objective, res.Bound = math.Inf(1), math.Inf(1)
	case lpUnbounded:
		res.Status = Unbounded
		res.Objective, res.Bound = math.Inf(-1), math.Inf(-1)
	case lpLimit:
		res.Status = NoSolution
		res.Objective, res.Bound = math.Inf(1), math.Inf(-1)
	default:
		return nil, errors.New("milp: the simplex method failed (numerical difficulties or iteration limit)")
	}
	return res, nil
}

// clampX moves values that are within tolerance outside their bounds onto
// the bounds and, when integral is set, rounds integer variables.
func clampX(m *Model, x []float64, integral bool) []float64 {
	for j, v := range m.Vars {
		if integral && v.Integer {
			x[j] = math.Round(x[j])
		}
		if x[j] < v.Lower {
			x[j] = v.Lower
		}
		if x[j] > v.Upper {
			x[j] = v.Upper
		}
		if x[j] == 0 {
			x[j] = 0 // no negative zero
		}
	}
	return x
}

// LP is the LP relaxation of a model solved again and again as its row
// bounds change, each solve warm-started by the dual simplex from the
// basis the last one ended with: a change of bounds keeps that basis dual
// feasible, so a few pivots usually suffice. It serves searches that relax
// and restore constraints, such as a deletion filter for conflicts.
type LP struct {
	inst *lpInstance
}

// NewLP prepares m's LP relaxation; m must not change while the LP is in
// use, other than through SetRowBounds.
func NewLP(m *Model) (*LP, error) {
	inst, err := prepare(context.Background(), m, false)
	if err != nil {
		return nil, err
	}
	return &LP{inst: inst}, nil
}

// SetRowBounds sets the bounds of row i (original units; infinite for
// none) for the next solves.
func (lp *LP) SetRowBounds(i int, lower, upper float64) {
	sx := lp.inst.sx
	sx.setBounds(sx.n+i, lower*sx.rowScale[i], upper*sx.rowScale[i])
}

// Solve solves the LP with the current bounds. Status is Optimal,
// Infeasible, Unbounded, or NoSolution when the context ends first; X is
// set when Optimal. An error is returned on numerical failure, after
// which the next solve starts from a slack basis.
func (lp *LP) Solve(ctx context.Context) (*Result, error) {
	start := time.Now()
	lp.inst.sx.ctx = ctx
	res, err := lp.inst.solveLP()
	if err != nil {
		lp.inst.sx.slackBasis()
		return nil, err
	}
	res.Duration = time.Since(start)
	return res, nil
}
