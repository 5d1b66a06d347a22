package planner

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"slices"
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
	// TimeLimit bounds each solve; 0 means none. A plan cut short reports
	// status Feasible with its proven lower bound and gap.
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
}

// Solve plans the intent over its fleet: it decides how many replicas of
// each workload run in which cluster so that every hard constraint holds
// and the objective is as good as the solver can prove, and explains the
// result. An intent that cannot be satisfied yields a plan with status
// Infeasible and the conflicting constraints, not an error; errors are
// reserved for failures to plan at all.
func Solve(ctx context.Context, in *schema.Intent, cat *providers.Catalog, opts Options) (*Plan, error) {
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
	p, err := newProblem(in, cat)
	if err != nil {
		return nil, err
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
		plan.Status, plan.Solver.Status = StatusInfeasible, StatusInfeasible
		plan.Explanations.Conflicts = p.infeasible
		plan.Totals = Totals{Workloads: []WorkloadTotal{}, Clusters: []ClusterTotal{}}
		plan.Placements = []Placement{}
		return plan, nil
	}
	s := &solver{p: p, opts: opts, ctx: ctx}
	if opts.Solver == SolverBuiltin && p.modelSize() > fullModelLimit {
		return s.planLarge(plan, start)
	}
	md, res, err := s.optimise(plan)
	if err != nil {
		return nil, err
	}
	if res.Status == milp.Infeasible {
		plan.Status, plan.Solver.Status = StatusInfeasible, StatusInfeasible
		plan.Solver.Variables, plan.Solver.Constraints = len(md.m.Vars), len(md.m.Rows)
		plan.Explanations.Conflicts, err = s.conflicts()
		if err != nil {
			return nil, err
		}
		plan.Placements = []Placement{}
		plan.Totals = Totals{Workloads: []WorkloadTotal{}, Clusters: []ClusterTotal{}}
		return plan, nil
	}
	if res.X == nil {
		return nil, fmt.Errorf("solver %s found no placement within its limits (status %s)", opts.Solver, res.Status)
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
	plan.Explanations.Binding = p.binding(md, x, res.RootDuals, in.Objective.Minimize == schema.MinimizeCost)
	if opts.Timings {
		plan.Solver.TimeMs = time.Since(start).Milliseconds()
	}
	return plan, nil
}

// solver runs the solves of one planning run and adds up their work.
type solver struct {
	p                 *problem
	opts              Options
	ctx               context.Context
	nodes, iterations int
}

func (s *solver) run(m *milp.Model, incumbent []float64) (*milp.Result, error) {
	return s.runBounded(m, incumbent, nil)
}

// runBounded is run with a lower bound proven elsewhere, which lets the
// search stop as soon as the incumbent is within the gap of it.
func (s *solver) runBounded(m *milp.Model, incumbent []float64, bound *float64) (*milp.Result, error) {
	o := milp.Options{TimeLimit: s.opts.TimeLimit, Gap: s.opts.Gap, Incumbent: incumbent, Bound: bound}
	var res *milp.Result
	var err error
	if s.opts.Solver == SolverBuiltin {
		res, err = milp.Solve(s.ctx, m, o)
	} else {
		res, err = milp.SolveExternal(s.ctx, m, s.opts.Solver, o)
	}
	if err != nil {
		return nil, err
	}
	s.nodes += res.Nodes
	s.iterations += res.Iterations
	return res, nil
}

// optimise solves for the intent's objective. Latency and carbon are
// optimised first and cost second, so that among equally fast (or clean)
// placements the cheapest wins; a weighted objective normalises each term
// by its value in the cost-optimal placement.
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
	if s.opts.Solver == SolverBuiltin {
		var sol solution
		var found bool
		var err error
		bound, sol, found, err = s.decompose(schema.MinimizeCost, nil)
		if err != nil {
			return nil, nil, err
		}
		value := math.Inf(1)
		if found {
			value = s.p.objectiveOf(sol, schema.MinimizeCost, nil)
		}
		lg := s.newLarge(schema.MinimizeCost, nil)
		if lb, lsol, _, ok := lg.solve(time.Now(), s.opts.TimeLimit/20); ok {
			bound = math.Max(bound, lb)
			// On a model this size, exchanges of two workloads are cheap
			// and find much better first plans.
			var until time.Time
			if s.opts.TimeLimit > 0 {
				until = time.Now().Add(s.opts.TimeLimit / 20)
			}
			lg.polish(lsol, until)
			if v := s.p.objectiveOf(lsol, schema.MinimizeCost, nil); s.p.withinBudgets(lsol) && v < value {
				sol, found = lsol, true
			}
		}
		if found {
			incumbent = md.vector(sol)
		}
	}
	res, err := s.runBounded(md.m, incumbent, &bound)
	if err == nil && res.X != nil && bound > res.Bound {
		res.Bound = bound
		res.Gap = relGap(res.Objective, res.Bound)
		if res.Gap <= s.opts.Gap {
			res.Status = milp.Optimal
		}
	}
	if err != nil || res.X == nil {
		return md, res, err
	}
	if obj == schema.MinimizeCost {
		return md, s.fastestRouting(md, res), nil
	}
	switch obj {
	case schema.MinimizeLatency, schema.MinimizeCarbon:
		md.setObjective(obj, nil)
		if err := s.export(md); err != nil {
			return nil, nil, err
		}
		first, err := s.run(md.m, res.X)
		if err != nil || first.X == nil {
			return md, first, err
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
		if err != nil || second.X == nil {
			return md, first, err
		}
		second.Objective, second.Bound, second.Gap = first.Objective, first.Bound, first.Gap
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
		weighted, err := s.run(md.m, res.X)
		return md, weighted, err
	}
	return md, res, nil
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
	// proven, an error otherwise.
	fail := func(lg *large) (*Plan, error) {
		if conflicts := lg.conflicts(); len(conflicts) > 0 {
			plan.Status, plan.Solver.Status = StatusInfeasible, StatusInfeasible
			plan.Explanations.Conflicts = conflicts
			plan.Totals = Totals{Workloads: []WorkloadTotal{}, Clusters: []ClusterTotal{}}
			plan.Placements = []Placement{}
			return plan, nil
		}
		return nil, s.largeFailure()
	}
	if obj == schema.MinimizeWeighted {
		// The scales: a cost plan, placed and improved (not optimised to
		// the end, for time).
		costLg := s.newLarge(schema.MinimizeCost, nil)
		costSol, use, found := costLg.construct(nil, nil)
		if !found {
			return fail(costLg)
		}
		limit := s.opts.TimeLimit
		if limit <= 0 {
			limit = time.Hour
		}
		costLg.improve(costSol, use, start.Add(limit/10), 3)
		w := p.in.Objective.Weights
		weights = &Weights{Cost: w.Cost, Latency: w.Latency, Carbon: w.Carbon,
			CostScale:    round6(p.objectiveOf(costSol, schema.MinimizeCost, nil)),
			LatencyScale: round6(p.objectiveOf(costSol, schema.MinimizeLatency, nil)),
			CarbonScale:  round6(p.objectiveOf(costSol, schema.MinimizeCarbon, nil)),
		}
		plan.Objective.Weights = weights
	}
	lg := s.newLarge(obj, weights)
	bound, sol, iters, found := lg.solve(start, s.opts.TimeLimit)
	if err := s.ctx.Err(); err != nil {
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

func (s *solver) largeFailure() error {
	return fmt.Errorf("no placement found: the instance (about %d variables) is planned workload by workload, "+
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
func (s *solver) fastestRouting(md *model, res *milp.Result) *milp.Result {
	if md.totalDemand == 0 {
		return res
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
	if err != nil || routed.X == nil {
		return res
	}
	out := *res
	out.X = routed.X
	return &out
}
