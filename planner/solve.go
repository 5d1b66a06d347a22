package planner

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"slices"
	"strconv"
	"time"

	"isobar.dev/isobar/planner/internal/milp"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// Solvers.
const (
	SolverBuiltin = "builtin"
	SolverCBC     = "cbc"
	SolverGLPK    = "glpk"
)

// Options tune a planning run. The zero value plans with the built-in
// solver to proven optimality (relative gap 1e-6) without a time limit.
type Options struct {
	// Solver is builtin (default), cbc or glpk; the external ones run
	// Debian's cbc or glpsol binary on the same model.
	Solver string
	// TimeLimit bounds the whole run, every step of it (model building,
	// the decomposition, the large-instance method, each solve, the search
	// for conflicts, the external solvers); 0 means none. A deadline on
	// the context bounds it the same way, and the earlier one counts; the
	// plan's messages name TimeLimit (when set), so a caller that plans
	// several times within one time limit passes that limit with an
	// earlier deadline for each run. A plan cut short reports status
	// Feasible with its proven lower bound and gap; an infeasible intent
	// whose conflicts could not all be isolated in time reports the
	// constraints proven to conflict and says so in Solver.Stopped; and
	// when the time ran out before either a plan or a proof, Solve returns
	// a *NoVerdictError.
	TimeLimit time.Duration
	// Gap is the relative optimality gap to stop at; default 1e-6.
	Gap float64
	// Previous is the plan in force; the new plan keeps its placement unless
	// the improvement passes the intent's planning.stability threshold.
	Previous *Plan
	// Timings adds wall-clock time to the solver report, which makes the
	// plan differ from run to run.
	Timings bool
	// ExportMPS, when set, receives the model for the intent's objective in
	// free MPS form, for any MILP solver.
	ExportMPS io.Writer
	// fixed bounds replicas by workload and cluster: the placements a
	// contingency plan keeps (see Contingencies).
	fixed map[string]fixing
}

// Shares of the time left that the steps of a run may use. The steps
// before the branch and bound only start it; the branch and bound leaves
// some time for the steps after it (routing, the second objective of a
// lexicographic order, stability, the search for conflicts).
const (
	shareDecompose = 0.15
	shareLagrange  = 0.06
	sharePolish    = 0.06
	shareMain      = 0.85 // the branch and bound for cost
	shareFirst     = 0.4  // the cost plan before a latency, carbon or weighted one
	shareSecond    = 0.7  // the latency or carbon optimum before cost on it
	// shareObjectiveStart: the large-instance method's plan for a latency,
	// carbon or weighted objective, before its branch and bound.
	shareObjectiveStart = 0.2
	// costStartGap is the gap of the cost plan that starts a latency or
	// carbon objective's search.
	costStartGap = 0.01
)

// Solve plans the intent over its fleet: it decides how many replicas of
// each workload run in which cluster so that every hard constraint holds
// and the objective is as good as the solver can prove, and explains the
// result. An intent that cannot be satisfied yields a plan with status
// Infeasible and the conflicting constraints, not an error; errors are
// reserved for failures to plan at all, a cancelled context, and a run
// that the time limit ended without a verdict (*NoVerdictError).
//
// When some demand follows a weekly profile and planning.windows.split is
// not "off", the plan also holds the placement of each window of the week
// (Plan.Week, see planWeek): the static plan may use 40% of the time
// limit, the windows the rest.
func Solve(ctx context.Context, in *schema.Intent, cat *providers.Catalog, opts Options) (*Plan, error) {
	ps, at, err := weekProfiles(in)
	if err != nil {
		return nil, err
	}
	if ps == nil || opts.fixed != nil {
		return solvePlan(ctx, in, cat, opts)
	}
	start := time.Now()
	if opts.TimeLimit < 0 {
		return nil, fmt.Errorf("time limit %s: expected a duration ≥ 0 (0: none)", opts.TimeLimit)
	}
	if opts.Solver == "" {
		opts.Solver = SolverBuiltin
	}
	if opts.Gap == 0 {
		opts.Gap = 1e-6
	}
	clock := newClock(ctx, start, opts.TimeLimit)
	staticCtx := ctx
	if !clock.deadline.IsZero() {
		var cancel context.CancelFunc
		staticCtx, cancel = context.WithDeadline(ctx, start.Add(time.Duration(float64(clock.deadline.Sub(start))*shareStatic)))
		defer cancel()
		if opts.TimeLimit == 0 {
			opts.TimeLimit = clock.limit
		}
	}
	plan, err := solvePlan(staticCtx, in, cat, opts)
	if err != nil {
		return nil, err
	}
	if plan.Status == StatusInfeasible {
		return plan, nil
	}
	wk, err := planWeek(ctx, in, cat, opts, clock, plan, ps, at)
	var wi *windowInfeasible
	if errors.As(err, &wi) {
		plan = infeasiblePlan(plan, nil)
		for i, c := range wi.conflicts {
			plan.Explanations.Conflicts = append(plan.Explanations.Conflicts, "in the window "+wi.window+": "+c)
			if i < len(wi.fields) {
				plan.Explanations.ConflictFields = append(plan.Explanations.ConflictFields, wi.fields[i])
			}
		}
		return plan, nil
	}
	if err != nil {
		return nil, err
	}
	plan.Week = wk
	if opts.Timings {
		plan.Solver.TimeMs = time.Since(start).Milliseconds()
	}
	return plan, nil
}

// solvePlan is Solve without the windows of the week: the static plan.
func solvePlan(ctx context.Context, in *schema.Intent, cat *providers.Catalog, opts Options) (*Plan, error) {
	start := time.Now()
	if opts.Solver == "" {
		opts.Solver = SolverBuiltin
	}
	if opts.Gap == 0 {
		opts.Gap = 1e-6
	}
	switch opts.Solver {
	case SolverBuiltin, SolverCBC, SolverGLPK:
	default:
		return nil, fmt.Errorf("unknown solver %q: expected builtin, cbc or glpk", opts.Solver)
	}
	if opts.TimeLimit < 0 {
		return nil, fmt.Errorf("time limit %s: expected a duration ≥ 0 (0: none)", opts.TimeLimit)
	}
	clock := newClock(ctx, start, opts.TimeLimit)
	runCtx, cancel := clock.context()
	defer cancel()
	p, err := newProblem(in, cat, clock.expired)
	if err != nil {
		return nil, err
	}
	if p != nil {
		p.fixed = opts.fixed
	}
	if p == nil {
		return nil, &NoVerdictError{Limit: clock.limit, Tried: []string{fmt.Sprintf(
			"reading the intent (%d workloads, %d clusters) into a model did not finish", len(in.Workloads), len(in.Fleet))}}
	}
	plan := &Plan{APIVersion: APIVersion, Kind: Kind, Status: StatusOptimal}
	digest, err := inputsDigest(in, cat, opts)
	if err != nil {
		return nil, err
	}
	plan.Metadata = Metadata{InputsDigest: digest, Catalog: "built-in " + cat.Metadata().Compiled}
	if opts.Previous != nil {
		plan.Metadata.Previous = opts.Previous.Metadata.InputsDigest
	}
	plan.Objective = Objective{Minimize: in.Objective.Minimize}
	plan.Solver.Name = opts.Solver
	plan.Solver.Variables = p.modelSize() // the full model's; an infeasible plan reports it too
	plan.Explanations.Workloads = p.explainCandidates()
	if len(p.infeasible) > 0 {
		return infeasiblePlan(plan, p.infeasible), nil
	}
	// What follows a search (filling in the plan, stability) takes about
	// as long as reading the intent did: the large-instance method, whose
	// last steps cannot stop midway, leaves that much time for it.
	clock.tail = time.Since(start)
	s := &solver{p: p, opts: opts, ctx: runCtx, clock: clock}
	if opts.Solver == SolverBuiltin && p.modelSize() > fullModelLimit && p.fixed == nil {
		return s.planLarge(plan, start)
	}
	md, res, err := s.optimise(plan)
	if err != nil {
		return nil, err
	}
	if err := clock.cancelled(); err != nil {
		return nil, err
	}
	if res.Status == milp.Infeasible {
		conflicts, stopped, err := s.conflicts()
		if err != nil {
			return nil, err
		}
		plan = infeasiblePlan(plan, conflicts)
		plan.Solver.Variables, plan.Solver.Constraints = len(md.m.Vars), len(md.m.Rows)
		plan.Solver.Stopped = stopped
		plan.Solver.Nodes, plan.Solver.Iterations = s.nodes, s.iterations
		return plan, nil
	}
	if res.X == nil {
		// No plan and no proof from the search: what can be proven in
		// closed form may still settle it.
		if conflicts := s.provenConflicts(); len(conflicts) > 0 {
			plan = infeasiblePlan(plan, conflicts)
			plan.Solver.Stopped = "the search ended before it proved the intent infeasible; the conflicts listed are proven without it"
			if !clock.deadline.IsZero() {
				plan.Solver.Stopped = fmt.Sprintf("the time limit of %s ended the search before it proved the intent infeasible; the conflicts listed are proven without it", clock.limit)
			}
			plan.Solver.Nodes, plan.Solver.Iterations = s.nodes, s.iterations
			return plan, nil
		}
		return nil, s.noVerdict()
	}
	if res.Status != milp.Optimal {
		plan.Status = StatusFeasible
	}
	x := res.X
	if opts.Previous != nil {
		x, plan.Solver.Stability, err = s.stability(md, res, opts.Previous)
		if err != nil {
			return nil, err
		}
	}
	sol := p.emptySolution()
	md.extract(p, x, sol)
	p.fill(plan, sol)
	plan.Solver.Status = string(res.Status)
	plan.Solver.Objective = round6(res.Objective)
	plan.Solver.LowerBound = round6(res.Bound)
	plan.Solver.Gap = round6(res.Gap)
	plan.Solver.Variables, plan.Solver.Constraints = len(md.m.Vars), len(md.m.Rows)
	plan.Solver.Nodes, plan.Solver.Iterations = s.nodes, s.iterations
	if res.Status != milp.Optimal && !clock.deadline.IsZero() {
		plan.Solver.Stopped = fmt.Sprintf("the time limit of %s ended the search: the plan is within %s%% of the best possible", clock.limit, trimPercent(res.Gap))
	}
	plan.Explanations.Binding = p.binding(md, x, res.RootDuals, in.Objective.Minimize == schema.MinimizeCost)
	if opts.Timings {
		plan.Solver.TimeMs = time.Since(start).Milliseconds()
	}
	return plan, nil
}

// infeasiblePlan makes plan an Infeasible one with the conflicts given.
func infeasiblePlan(plan *Plan, conflicts []conflict) *Plan {
	plan.Status, plan.Solver.Status = StatusInfeasible, StatusInfeasible
	plan.Explanations.Conflicts = conflictTexts(conflicts)
	plan.Explanations.ConflictFields = make([][]string, len(conflicts))
	for i, c := range conflicts {
		plan.Explanations.ConflictFields[i] = c.fields
	}
	plan.Totals = Totals{Workloads: []WorkloadTotal{}, Clusters: []ClusterTotal{}}
	plan.Placements = []Placement{}
	return plan
}

func trimPercent(gap float64) string {
	return strconv.FormatFloat(gap*100, 'g', 3, 64)
}

// solver runs the solves of one planning run and adds up their work.
type solver struct {
	p    *problem
	opts Options
	// ctx ends at the run's deadline or when the caller cancels; a step
	// replaces it for its duration with one that ends earlier.
	ctx               context.Context
	clock             runClock
	nodes, iterations int
	// tried records what was tried and found no plan, for a run that
	// ends without a verdict.
	tried []string
}

// step runs f with s.ctx ending at until (zero: with the run), and
// returns the caller's cancellation if it came meanwhile.
func (s *solver) step(until time.Time, f func() error) error {
	saved := s.ctx
	ctx, cancel := stepContext(saved, until)
	s.ctx = ctx
	err := f()
	cancel()
	s.ctx = saved
	if cerr := s.clock.cancelled(); cerr != nil {
		return cerr
	}
	return err
}

// timeLeft is the time to until, or 0 (no limit) when until is zero.
func timeLeft(until time.Time) time.Duration {
	if until.IsZero() {
		return 0
	}
	return max(time.Until(until), time.Millisecond)
}

// noVerdict is the error of a run that ends without a plan or a proof.
func (s *solver) noVerdict() error {
	e := &NoVerdictError{Tried: s.tried}
	if !s.clock.deadline.IsZero() {
		e.Limit = s.clock.limit
	}
	return e
}

// run solves m within the rest of the run.
func (s *solver) run(m *milp.Model, incumbent []float64) (*milp.Result, error) {
	return s.solveUntil(m, time.Time{}, incumbent, nil)
}

// solveUntil solves m by until (zero: within the rest of the run),
// starting from incumbent if it is feasible, with a lower bound proven
// elsewhere if bound is set (the search stops as soon as the incumbent is
// within the gap of it). A solve cut short is not an error: its result
// says what it proved.
func (s *solver) solveUntil(m *milp.Model, until time.Time, incumbent []float64, bound *float64) (*milp.Result, error) {
	return s.solveWith(m, until, milp.Options{Incumbent: incumbent, Bound: bound})
}

// solveWith is solveUntil with the solver's options given (Gap, unless
// set, is the run's).
func (s *solver) solveWith(m *milp.Model, until time.Time, o milp.Options) (*milp.Result, error) {
	ctx, cancel := stepContext(s.ctx, until)
	defer cancel()
	if o.Gap == 0 {
		o.Gap = s.opts.Gap
	}
	var res *milp.Result
	var err error
	if s.opts.Solver == SolverBuiltin {
		res, err = milp.Solve(ctx, m, o)
	} else {
		res, err = milp.SolveExternal(ctx, m, s.opts.Solver, o)
	}
	if cerr := s.clock.cancelled(); cerr != nil {
		return nil, cerr
	}
	if err != nil {
		return nil, err
	}
	s.nodes += res.Nodes
	s.iterations += res.Iterations
	if math.IsInf(res.Bound, -1) && res.X != nil {
		// Cut short before the root was solved: the bounds of the
		// variables still bound the objective.
		res.Bound = math.Min(boxBound(m), res.Objective)
		res.Gap = relGap(res.Objective, res.Bound)
	}
	return res, nil
}

// boxBound is the least objective m can have within its variables'
// bounds alone (−Inf when unbounded).
func boxBound(m *milp.Model) float64 {
	v := 0.0
	for _, x := range m.Vars {
		switch {
		case x.Obj > 0:
			v += x.Obj * x.Lower
		case x.Obj < 0:
			v += x.Obj * x.Upper
		}
	}
	if math.IsNaN(v) {
		return math.Inf(-1)
	}
	return v
}

// optimise solves for the intent's objective. Latency and carbon are
// optimised first and cost second, so that among equally fast (or clean)
// placements the cheapest wins; a weighted objective normalises each term
// by its value in the cost-optimal placement. Each solve gets a share of
// the time left; a later one cut short without a plan falls back on the
// plan of the one before.
func (s *solver) optimise(plan *Plan) (*model, *milp.Result, error) {
	obj := s.p.in.Objective.Minimize
	md := s.p.build(schema.MinimizeCost, nil)
	if obj == schema.MinimizeCost {
		if err := s.export(md); err != nil {
			return nil, nil, err
		}
	}
	// The decomposition gives a proven bound and, usually, a good first
	// incumbent; the Lagrangian relaxation of capacity (see large.go) a
	// bound that counts capacity and another incumbent. The better of
	// each starts the branch and bound.
	var incumbent []float64
	var bound float64
	// With placements fixed (a contingency plan) the model is small and
	// the methods that ignore fixings have nothing to add.
	if s.opts.Solver == SolverBuiltin && s.p.fixed == nil {
		var sol solution
		var found bool
		err := s.step(s.clock.until(shareDecompose), func() error {
			var err error
			bound, sol, found, err = s.decompose(schema.MinimizeCost, nil)
			return err
		})
		if err != nil {
			return nil, nil, err
		}
		if !found {
			s.tried = append(s.tried, "placing the workloads one at a time, the largest first, found no plan within every capacity and budget")
		}
		value := math.Inf(1)
		if found {
			value = s.p.objectiveOf(sol, schema.MinimizeCost, nil)
		}
		lg := s.newLarge(schema.MinimizeCost, nil)
		var lsol solution
		var lb float64
		var ok bool
		until := s.clock.until(shareLagrange)
		err = s.step(until, func() error {
			lb, lsol, _, ok = lg.solve(time.Now(), timeLeft(until))
			return nil
		})
		if err != nil {
			return nil, nil, err
		}
		if ok {
			bound = math.Max(bound, lb)
			// On a model this size, exchanges of two workloads are cheap
			// and find much better first plans.
			until := s.clock.until(sharePolish)
			err := s.step(until, func() error {
				lg.polish(lsol, until)
				return nil
			})
			if err != nil {
				return nil, nil, err
			}
			if v := s.p.objectiveOf(lsol, schema.MinimizeCost, nil); s.p.withinBudgets(lsol) && v < value {
				sol, found = lsol, true
			}
		} else {
			s.tried = append(s.tried, fmt.Sprintf("the Lagrangian relaxation of capacity proved a lower bound of %s and its placement found no plan within every budget", money(lb)))
		}
		if found {
			incumbent = md.vector(sol)
		}
	}
	share := shareMain
	if obj != schema.MinimizeCost {
		share = shareFirst
	}
	first := milp.Options{Incumbent: incumbent, Bound: &bound}
	if obj == schema.MinimizeLatency || obj == schema.MinimizeCarbon {
		// The cost plan only starts the objective's own search (and
		// proves the intent feasible): within costStartGap of the best
		// cost is enough, and the time saved goes to that search.
		first.Gap = max(s.opts.Gap, costStartGap)
	}
	res, err := s.solveWith(md.m, s.clock.until(share), first)
	if err == nil && res.X == nil && res.Status != milp.Infeasible && share < shareMain && !s.clock.expired() {
		// Without a cost plan there is nothing to go on: the second
		// objective's share goes to finding one.
		s.tried = append(s.tried, s.searched(md.m, res))
		res, err = s.solveUntil(md.m, s.clock.until(shareMain), incumbent, &bound)
	}
	if err != nil {
		return nil, nil, err
	}
	if res.X != nil && bound > res.Bound {
		res.Bound = bound
		res.Gap = relGap(res.Objective, res.Bound)
		if res.Gap <= s.opts.Gap {
			res.Status = milp.Optimal
		}
	}
	if res.X == nil {
		if res.Status != milp.Infeasible {
			s.tried = append(s.tried, s.searched(md.m, res))
		}
		return md, res, nil
	}
	if obj == schema.MinimizeCost {
		routed, err := s.fastestRouting(md, res)
		return md, routed, err
	}
	switch obj {
	case schema.MinimizeLatency, schema.MinimizeCarbon:
		md.setObjective(obj, nil)
		if err := s.export(md); err != nil {
			return nil, nil, err
		}
		start, bound, err := s.objectiveStart(md, obj, nil, res.X)
		if err != nil {
			return nil, nil, err
		}
		first, err := s.solveUntil(md.m, s.clock.until(shareSecond), start, bound)
		if err != nil {
			return nil, nil, err
		}
		if first.X == nil {
			return md, s.fallback(md.m, start), nil
		}
		// Keep the optimum (within the gap) and minimise cost on it.
		terms := md.latency
		if obj == schema.MinimizeCarbon {
			terms = md.carbon
		}
		limit := first.Objective + math.Max(1e-9, math.Abs(first.Objective)*s.opts.Gap*10)
		md.rows = append(md.rows, rowInfo{kind: rowObjective, label: "optimal " + obj})
		md.m.AddRow("objective_"+obj, math.Inf(-1), limit, terms...)
		md.setObjective(schema.MinimizeCost, nil)
		second, err := s.run(md.m, first.X)
		if err != nil {
			return nil, nil, err
		}
		if second.X == nil {
			return md, first, nil
		}
		second.Objective, second.Bound, second.Gap, second.Status = first.Objective, first.Bound, first.Gap, first.Status
		return md, second, nil
	case schema.MinimizeWeighted:
		w := s.p.in.Objective.Weights
		ws := &Weights{Cost: w.Cost, Latency: w.Latency, Carbon: w.Carbon,
			CostScale:    round6(value(md.cost, res.X)),
			LatencyScale: round6(value(md.latency, res.X)),
			CarbonScale:  round6(value(md.carbon, res.X)),
		}
		plan.Objective.Weights = ws
		md.setObjective(obj, ws)
		if err := s.export(md); err != nil {
			return nil, nil, err
		}
		start, bound, err := s.objectiveStart(md, obj, ws, res.X)
		if err != nil {
			return nil, nil, err
		}
		weighted, err := s.solveUntil(md.m, time.Time{}, start, bound)
		if err != nil {
			return nil, nil, err
		}
		if weighted.X == nil {
			return md, s.fallback(md.m, start), nil
		}
		return md, weighted, nil
	}
	return md, res, nil
}

// objectiveStart starts the solve for a latency, carbon or weighted
// objective: the large-instance method, run with that objective, places
// the workloads and improves the placement, which on large models is
// often far better for it than the cost plan x (a cost-optimal plan puts
// replicas where they are cheap, not where the grid is clean) and better
// than what the branch and bound finds in its time; its Lagrangian bound
// is a proven lower bound for the objective. It returns the better start
// of the two and the bound (nil when it proved none). With another
// solver than the built-in, or placements fixed, it returns x.
func (s *solver) objectiveStart(md *model, obj string, ws *Weights, x []float64) ([]float64, *float64, error) {
	if s.opts.Solver != SolverBuiltin || s.p.fixed != nil {
		return x, nil, nil
	}
	lg := s.newLarge(obj, ws)
	var lb float64
	var sol solution
	var ok bool
	until := s.clock.until(shareObjectiveStart)
	err := s.step(until, func() error {
		lb, sol, _, ok = lg.solve(time.Now(), timeLeft(until))
		return nil
	})
	if err != nil {
		return nil, nil, err
	}
	var bound *float64
	if !math.IsInf(lb, 0) && !math.IsNaN(lb) && lb > 0 {
		bound = &lb
	}
	if !ok || !s.p.withinBudgets(sol) {
		return x, bound, nil
	}
	until = s.clock.until(sharePolish)
	if err := s.step(until, func() error {
		lg.polish(sol, until)
		return nil
	}); err != nil {
		return nil, nil, err
	}
	if !s.p.withinBudgets(sol) {
		return x, bound, nil
	}
	y := md.vector(sol)
	if x != nil && md.m.Objective(x) <= md.m.Objective(y) {
		return x, bound, nil
	}
	return y, bound, nil
}

// fallback is the result of a solve cut short before it had a plan, when
// an earlier solve left one (x): x, at its value for m's objective, with
// the bound m's variables give.
func (s *solver) fallback(m *milp.Model, x []float64) *milp.Result {
	res := &milp.Result{Status: milp.Feasible, X: x, Objective: m.Objective(x)}
	res.Bound = math.Min(boxBound(m), res.Objective)
	res.Gap = relGap(res.Objective, res.Bound)
	return res
}

// searched says what a solve that found no plan did.
func (s *solver) searched(m *milp.Model, res *milp.Result) string {
	what := fmt.Sprintf("%s on the whole model (%d variables, %d constraints)", s.opts.Solver, len(m.Vars), len(m.Rows))
	if s.opts.Solver == SolverBuiltin {
		what = fmt.Sprintf("the branch and bound on the whole model (%d variables, %d constraints, %d nodes)", len(m.Vars), len(m.Rows), res.Nodes)
	}
	what += " found no plan in " + res.Duration.Round(time.Millisecond).String()
	if math.IsInf(res.Bound, 0) || math.IsNaN(res.Bound) {
		return what
	}
	return fmt.Sprintf("%s and proved a lower bound of %s", what, money(res.Bound))
}

func round6(v float64) float64 { return math.Round(v*1e6) / 1e6 }

// inputsDigest hashes what the plan depends on.
func inputsDigest(in *schema.Intent, cat *providers.Catalog, opts Options) (string, error) {
	meta := cat.Metadata()
	b, err := json.Marshal(struct {
		Intent  *schema.Intent    `json:"intent"`
		Catalog []providers.Input `json:"catalog"`
		Solver  string            `json:"solver"`
		Gap     float64           `json:"gap"`
	}{in, meta.Inputs, opts.Solver, opts.Gap})
	if err != nil {
		return "", fmt.Errorf("digest of inputs: %w", err)
	}
	sum := sha256.Sum256(b)
	return "sha256:" + hex.EncodeToString(sum[:]), nil
}

func (s *solver) export(md *model) error {
	if s.opts.ExportMPS == nil {
		return nil
	}
	if err := md.m.WriteMPS(s.opts.ExportMPS); err != nil {
		return fmt.Errorf("export MPS: %w", err)
	}
	return nil
}

func relGap(value, bound float64) float64 {
	return math.Max(0, value-bound) / math.Max(1, math.Abs(value))
}

// planLarge plans an instance too large for one model: a Lagrangian
// relaxation of cluster capacity gives the bound and the prices that guide
// a greedy placement, which a local search then improves (see large.go).
func (s *solver) planLarge(plan *Plan, start time.Time) (*Plan, error) {
	p := s.p
	obj := p.in.Objective.Minimize
	var weights *Weights
	// fail reports a plan not found: Infeasible where a reason can be
	// proven, no verdict otherwise.
	fail := func(lg *large) (*Plan, error) {
		if conflicts := append(lg.conflicts(), p.capacityConflicts()...); len(conflicts) > 0 {
			return infeasiblePlan(plan, conflicts), nil
		}
		s.tried = append(s.tried, s.largeFailure())
		return nil, s.noVerdict()
	}
	if obj == schema.MinimizeWeighted {
		// The scales: a cost plan, placed and improved (not optimised to
		// the end, for time).
		costLg := s.newLarge(schema.MinimizeCost, nil)
		costSol, use, found := costLg.construct(nil, nil)
		if err := s.clock.cancelled(); err != nil {
			return nil, err
		}
		if !found {
			return fail(costLg)
		}
		until := s.clock.until(0.1)
		if until.IsZero() {
			until = start.Add(time.Hour)
		}
		costLg.improve(costSol, use, until, 3)
		w := p.in.Objective.Weights
		weights = &Weights{Cost: w.Cost, Latency: w.Latency, Carbon: w.Carbon,
			CostScale:    round6(p.objectiveOf(costSol, schema.MinimizeCost, nil)),
			LatencyScale: round6(p.objectiveOf(costSol, schema.MinimizeLatency, nil)),
			CarbonScale:  round6(p.objectiveOf(costSol, schema.MinimizeCarbon, nil)),
		}
		plan.Objective.Weights = weights
	}
	lg := s.newLarge(obj, weights)
	if s.clock.expired() {
		s.tried = append(s.tried, fmt.Sprintf("preparing the large-instance method (about %d variables) did not finish", p.modelSize()))
		return nil, s.noVerdict()
	}
	// The method schedules its phases over the time left, less what the
	// steps after it need.
	bound, sol, iters, found := lg.solve(time.Now(), timeLeft(s.clock.untilTail()))
	if err := s.clock.cancelled(); err != nil {
		return nil, err
	}
	if !found || !p.withinBudgets(sol) {
		return fail(lg)
	}
	if s.opts.Previous != nil {
		var err error
		if sol, plan.Solver.Stability, err = s.stabilityLarge(lg, sol, s.opts.Previous); err != nil {
			return nil, err
		}
	}
	value := p.objectiveOf(sol, obj, weights)
	gap := relGap(value, bound)
	status := milp.Optimal
	if gap > s.opts.Gap {
		status, plan.Status = milp.Feasible, StatusFeasible
		// Unless the time ran out, the gap is the method's own: more
		// time would not close it.
		if s.clock.expired() {
			plan.Solver.Stopped = fmt.Sprintf("the time limit of %s ended the search: the plan is within %s%% of the best possible", s.clock.limit, trimPercent(gap))
		}
	}
	p.fill(plan, sol)
	plan.Solver.Status = string(status)
	plan.Solver.Objective, plan.Solver.LowerBound, plan.Solver.Gap = round6(value), round6(bound), round6(gap)
	plan.Solver.Variables = p.modelSize()
	plan.Solver.Iterations = iters
	if s.opts.Timings {
		plan.Solver.TimeMs = time.Since(start).Milliseconds()
	}
	return plan, nil
}

func (s *solver) largeFailure() string {
	return fmt.Sprintf("the instance (about %d variables) was planned workload by workload, "+
		"and placing them one at a time ran out of capacity or budget; a plan may still exist", s.p.modelSize())
}

// objectiveOf evaluates an objective on a solution.
func (p *problem) objectiveOf(sol solution, obj string, weights *Weights) float64 {
	var cost, carbon, lat, demand float64
	for wi, w := range p.workloads {
		cost += p.solutionCost(wi, sol[wi])
		for k, ch := range sol[wi] {
			c := w.cands[k]
			carbon += float64(ch.x+ch.s) * c.carbon
			for gi, rps := range ch.r {
				lat += rps * c.serving[gi].ms
			}
		}
		for _, r := range w.rps {
			demand += r
		}
	}
	if demand > 0 {
		lat /= demand
	}
	return weigh(obj, weights, cost, lat, carbon)
}

// fastestRouting routes the users' traffic of a cost-optimal placement over
// the clusters it uses so that latency is lowest at the same cost: replicas
// stay where they are, and the traffic moves among them.
func (s *solver) fastestRouting(md *model, res *milp.Result) (*milp.Result, error) {
	if md.totalDemand == 0 {
		return res, nil
	}
	fixed := *md.m
	fixed.Vars = slices.Clone(md.m.Vars)
	for i, v := range fixed.Vars {
		fixed.Vars[i].Obj = 0
		if v.Integer {
			fixed.Vars[i].Lower, fixed.Vars[i].Upper = res.X[i], res.X[i]
		}
	}
	for _, t := range md.latency {
		fixed.Vars[t.Var].Obj = t.Coef
	}
	cost := value(md.cost, res.X)
	fixed.Rows = append(slices.Clone(md.m.Rows), milp.Row{Name: "cost_optimal", Lower: math.Inf(-1),
		Upper: cost + math.Max(1e-9, 1e-9*math.Abs(cost)), Terms: md.cost})
	routed, err := s.run(&fixed, res.X)
	if cerr := s.clock.cancelled(); cerr != nil {
		return nil, cerr
	}
	if err != nil || routed.X == nil {
		return res, nil
	}
	out := *res
	out.X = routed.X
	return &out, nil
}
