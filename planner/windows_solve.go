package planner

import (
	"context"
	"errors"
	"fmt"
	"math"
	"runtime"
	"sync"
	"sync/atomic"
	"time"

	"isobar.dev/isobar/planner/internal/milp"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// shareStatic is the share of the time limit the static plan may use when
// the week is planned after it; the windows share the rest.
const shareStatic = 0.4

// windowResult is the placement found for one window's demand.
type windowResult struct {
	p     *problem
	sol   solution
	value float64 // the objective of sol
	bound float64 // proven lower bound on the window's optimum
	// conflicts, when the window cannot be planned at all, and their
	// fields.
	conflicts []string
	fields    [][]string
	// stopped says that the time limit cut this window short; static
	// that it left the window no placement but the static one.
	stopped, static bool
}

// weekPlanner plans the windows of one week after the static plan.
type weekPlanner struct {
	ctx    context.Context
	in     *schema.Intent
	cat    *providers.Catalog
	opts   Options
	clock  runClock
	static *Plan
	ps     []profiled
	// prof names the workloads with a profiled demand.
	prof    map[string]bool
	obj     string
	weights *Weights
	// pending counts the windows not planned yet, which share the time
	// left.
	pending atomic.Int64
	// routed caches keepMoves' routings of previous placements.
	routed map[string]routedChoices
	// latencies are shared by the windows' problems.
	latencies *latencyCache
}

type routedChoices struct {
	chs []choice
	ok  bool
}

// planWeek plans each window of the week (see windows.go) once the static
// plan is made: windows whose demand is alike are planned once, on all
// cores, each deterministically; then, in the order of the week, each
// profiled workload weighs its moves from the window before (see
// keepMoves).
func planWeek(ctx context.Context, in *schema.Intent, cat *providers.Catalog, opts Options, clock runClock, static *Plan, ps []profiled, at time.Time) (*Week, error) {
	spans := splitWeek(in.Planning.Windows.Split, ps)
	wp := &weekPlanner{ctx: ctx, in: in, cat: cat, opts: opts, clock: clock, static: static, ps: ps,
		prof: map[string]bool{}, routed: map[string]routedChoices{}, obj: in.Objective.Minimize, weights: static.Objective.Weights,
		latencies: newLatencyCache()}
	for _, p := range ps {
		wp.prof[p.workload] = true
	}
	if wp.obj == "" {
		wp.obj = schema.MinimizeCost
	}
	// Windows alike are planned once.
	rates := make([][]float64, len(spans))
	index := map[string]int{}
	distinct := []int{} // a window of each demand
	of := make([]int, len(spans))
	for i, sp := range spans {
		rates[i] = windowDemand(ps, sp)
		k := demandKey(rates[i])
		j, ok := index[k]
		if !ok {
			j = len(distinct)
			index[k] = j
			distinct = append(distinct, i)
		}
		of[i] = j
	}
	results := make([]*windowResult, len(distinct))
	errs := make([]error, len(distinct))
	next := make(chan int, len(distinct))
	for j := range distinct {
		next <- j
	}
	close(next)
	wp.pending.Store(int64(len(distinct)))
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), len(distinct)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range next {
				results[j], errs[j] = wp.plan(rates[distinct[j]])
				wp.pending.Add(-1)
			}
		}()
	}
	wg.Wait()
	if err := clock.cancelled(); err != nil {
		return nil, err
	}
	for j, err := range errs {
		if err != nil {
			return nil, fmt.Errorf("window %s: %w", windowName(spans[distinct[j]]), err)
		}
	}
	wk := &Week{Reference: at.Format(time.DateOnly), Windows: make([]Window, len(spans)),
		StaticMonthlyCostUSD: static.Totals.MonthlyCostUSD}
	stopped, fallback := 0, 0
	var final []solution
	for i, sp := range spans {
		r := results[of[i]]
		w := Window{Name: windowName(sp), StartHour: sp.start, Hours: sp.hours, Placements: []WindowPlacement{}}
		for k, p := range ps {
			w.Demand = append(w.Demand, WindowDemand{Workload: p.workload, Geography: p.geography, RPS: round3(rates[i][k])})
		}
		if r.conflicts != nil {
			return nil, &windowInfeasible{window: w.Name, conflicts: r.conflicts, fields: r.fields}
		}
		if r.stopped {
			stopped++
		}
		if r.static {
			fallback++
		}
		sol := r.sol
		switch {
		case i > 0 && clock.expired():
			if !r.stopped {
				stopped++ // its moves were not weighed
			}
		case i > 0:
			var err error
			if sol, err = wp.keepMoves(r, final[i-1], results[of[i-1]].p, sp.hours); err != nil {
				return nil, fmt.Errorf("window %s: %w", w.Name, err)
			}
		}
		final = append(final, sol)
		value := r.p.objectiveOf(sol, wp.obj, wp.weights)
		var scratch Plan
		r.p.fill(&scratch, sol)
		for _, pl := range scratch.Placements {
			w.Placements = append(w.Placements, WindowPlacement{Workload: pl.Workload, Cluster: pl.Cluster, Replicas: pl.Replicas, SpotReplicas: pl.SpotReplicas})
		}
		w.MonthlyRateUSD = round2(scratch.Totals.MonthlyCostUSD)
		bound := math.Min(r.bound, value)
		w.LowerBound, w.Gap = round6(bound), round6(relGap(value, bound))
		wk.Windows[i] = w
	}
	for i := range wk.Windows {
		prev := wk.Windows[(i+len(spans)-1)%len(spans)]
		wk.Windows[i].Changes = windowChanges(prev.Placements, wk.Windows[i].Placements)
	}
	if stopped > 0 {
		wk.Stopped = fmt.Sprintf("the time limit of %s ended the search in %d of %d windows (their gaps say how far each is from its best)",
			clock.limit, stopped, len(spans))
		if fallback > 0 {
			wk.Stopped += fmt.Sprintf("; %d keep the static placement", fallback)
		}
	}
	weekTotals(wk)
	return wk, nil
}

// windowInfeasible is a window whose demand cannot be placed.
type windowInfeasible struct {
	window    string
	conflicts []string
	fields    [][]string
}

func (e *windowInfeasible) Error() string {
	return fmt.Sprintf("window %s cannot be planned: %v", e.window, e.conflicts)
}

// plan places one window's demand. The workloads without a profile keep
// their static placement; those with one are placed again, the largest
// first, each optimally in what the others leave (a small model each).
// When that finds no plan within every budget, the static placement
// (which serves any window, its demand being at most the peak) is routed
// anew; when even that fails, the window is solved as a plan of its own.
// A Lagrangian relaxation of capacity over all workloads bounds the
// window's optimum.
func (wp *weekPlanner) plan(rates []float64) (*windowResult, error) {
	in := windowIntent(wp.in, wp.ps, rates)
	p, err := newProblemWith(in, wp.cat, wp.latencies)
	if err != nil {
		return nil, err
	}
	ctx, cancel := wp.clock.context()
	defer cancel()
	s := &solver{p: p, opts: wp.opts, ctx: ctx, clock: wp.clock}
	r := &windowResult{p: p}
	staticSol, ok := p.solutionFrom(wp.static.Placements)
	if !ok || len(p.infeasible) > 0 {
		return wp.solveWhole(in, r)
	}
	sol, found := staticSol, false
	if !wp.clock.expired() {
		if sol, found, err = wp.placeProfiled(s, staticSol); err != nil {
			return nil, err
		}
		if !found && !wp.clock.expired() {
			if sol, found, err = wp.routeStatic(s, staticSol); err != nil {
				return nil, err
			}
		}
		if !found && !wp.clock.expired() {
			whole, err := wp.solveWhole(in, r)
			var nv *NoVerdictError
			if !errors.As(err, &nv) {
				return whole, err
			}
		}
	}
	iterations := 400
	if !found {
		// Out of time: the window keeps the static placement, which
		// serves it, and the relaxation at zero prices bounds it.
		sol, r.stopped, r.static, iterations = staticSol, true, true, 1
	}
	r.sol = sol
	r.value = p.objectiveOf(sol, wp.obj, wp.weights)
	lg := s.newLarge(wp.obj, wp.weights)
	deadline := wp.clock.deadline
	if deadline.IsZero() {
		deadline = time.Now().Add(time.Hour) // counted iterations bound it
	}
	r.bound, _, _ = lg.subgradient(r.value, false, deadline, iterations)
	if math.IsInf(r.bound, -1) {
		r.bound = 0
	}
	if !r.static && relGap(r.value, r.bound) > wp.opts.Gap {
		if err := wp.refine(s, r); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// refineLimit is the model size, in variables, up to which a window
// whose placement is not within the gap of its bound is solved whole by
// branch and bound without a time limit; larger ones are when the run
// has one, within a share of the time left.
const refineLimit = 2000

// refine searches the window's whole model by branch and bound, from its
// placement and with its bound, for a placement within the gap.
func (wp *weekPlanner) refine(s *solver, r *windowResult) error {
	p := s.p
	if p.modelSize() > refineLimit && wp.clock.deadline.IsZero() {
		return nil
	}
	var until time.Time
	if !wp.clock.deadline.IsZero() {
		left := int(wp.pending.Add(0))
		until = wp.clock.until(min(1, float64(runtime.GOMAXPROCS(0))/float64(max(1, left))))
		if !time.Now().Before(until) {
			// Out of time: building and presolving the window's whole
			// model would overrun the limit for nothing.
			r.stopped = true
			return nil
		}
	}
	md := p.build(wp.obj, wp.weights)
	bound := r.bound
	res, err := s.solveWith(md.m, until, milp.Options{Incumbent: md.vector(r.sol), Bound: &bound})
	if err != nil {
		return err
	}
	r.stopped = res.Status != milp.Optimal && res.Status != milp.Infeasible && !until.IsZero() && !time.Now().Before(until)
	if res.X == nil || res.Objective >= r.value-1e-9*math.Abs(r.value) {
		r.bound = math.Max(r.bound, res.Bound)
		return nil
	}
	sol := p.emptySolution()
	md.extract(p, res.X, sol)
	r.sol, r.value = sol, p.objectiveOf(sol, wp.obj, wp.weights)
	r.bound = math.Max(r.bound, res.Bound)
	return nil
}

// placeProfiled places the profiled workloads in what the others leave
// of their static placement.
func (wp *weekPlanner) placeProfiled(s *solver, static solution) (solution, bool, error) {
	p := s.p
	sol := p.emptySolution()
	left := p.fullCapacity()
	for wi, w := range p.workloads {
		if wp.prof[w.name] {
			continue
		}
		sol[wi] = static[wi]
		for k, c := range w.cands {
			left[c.cluster].take(w.demand, sol[wi][k].x, false)
			left[c.cluster].take(w.demand, sol[wi][k].s, true)
		}
	}
	for _, wi := range p.bySize() {
		w := p.workloads[wi]
		if !wp.prof[w.name] {
			continue
		}
		if s.clock.expired() {
			return nil, false, nil
		}
		var keep []bool
		if !p.simple(w) && len(w.cands) > shortlistSize {
			keep = p.shortlist(w, wp.obj, wp.weights, left)
		}
		_, _, ok, err := s.subproblem(wi, wp.obj, wp.weights, left, keep, sol, placeNodes)
		if err == nil && !ok && keep != nil {
			_, _, ok, err = s.subproblem(wi, wp.obj, wp.weights, left, nil, sol, placeNodes)
		}
		if err != nil || !ok {
			return nil, false, err
		}
	}
	return sol, p.withinBudgets(sol), nil
}

// routeStatic is the static placement with each profiled workload's
// window demand routed over its replicas.
func (wp *weekPlanner) routeStatic(s *solver, static solution) (solution, bool, error) {
	p := s.p
	sol := p.emptySolution()
	for wi, w := range p.workloads {
		if !wp.prof[w.name] {
			sol[wi] = static[wi]
			continue
		}
		chs, ok, err := s.routeFixed(wi, static[wi])
		if err != nil || !ok {
			return nil, false, err
		}
		sol[wi] = chs
	}
	return sol, p.withinBudgets(sol), nil
}

// solveWhole plans the window as an intent of its own, within its share
// of the time left, for a window the quicker ways could not place.
func (wp *weekPlanner) solveWhole(in *schema.Intent, r *windowResult) (*windowResult, error) {
	opts := wp.opts
	opts.Previous, opts.ExportMPS = nil, nil
	plan, err := solvePlan(wp.ctx, in, wp.cat, opts)
	if err != nil {
		return nil, err
	}
	if plan.Status == StatusInfeasible {
		r.conflicts, r.fields = plan.Explanations.Conflicts, plan.Explanations.ConflictFields
		return r, nil
	}
	sol, ok := r.p.solutionFrom(plan.Placements)
	if !ok {
		return nil, fmt.Errorf("the window's plan does not match its candidates")
	}
	r.sol, r.value, r.bound = sol, plan.Solver.Objective, plan.Solver.LowerBound
	r.stopped = plan.Solver.Stopped != ""
	return r, nil
}

// solutionFrom reads a plan's placements as a solution of p: replicas by
// cluster and the traffic each serves. It reports false when a placement
// is in a cluster that is not one of its workload's candidates here.
func (p *problem) solutionFrom(pls []Placement) (solution, bool) {
	byName := make(map[string]int, len(p.workloads))
	for wi, w := range p.workloads {
		byName[w.name] = wi
	}
	sol := p.emptySolution()
	for _, pl := range pls {
		wi, ok := byName[pl.Workload]
		if !ok {
			return nil, false
		}
		w := p.workloads[wi]
		k := -1
		for kk, c := range w.cands {
			if p.clusters[c.cluster].name == pl.Cluster {
				k = kk
				break
			}
		}
		if k < 0 || (pl.SpotReplicas > 0 && !w.cands[k].spot) {
			return nil, false
		}
		ch := choice{x: pl.Replicas - pl.SpotReplicas, s: pl.SpotReplicas}
		if len(w.geos) > 0 {
			ch.r = make([]float64, len(w.geos))
			for _, t := range pl.Serves {
				for gi, g := range w.geos {
					if g == t.Geography {
						ch.r[gi] = t.RPS
					}
				}
			}
		}
		sol[wi][k] = ch
	}
	return sol, true
}

// routeFixed routes workload wi's demand over the replicas chs fix, at
// the least cost; false when they cannot serve it within its constraints
// (latency objective, replicas per location, spread).
func (s *solver) routeFixed(wi int, chs []choice) ([]choice, bool, error) {
	p := s.p
	w := p.workloads[wi]
	out := make([]choice, len(w.cands))
	n := 0
	for k, ch := range chs {
		out[k] = choice{x: ch.x, s: ch.s}
		n += ch.x + ch.s
	}
	if p.simple(w) {
		return out, n >= w.spec.Replicas.Min && (w.spec.Replicas.Max == 0 || n <= w.spec.Replicas.Max), nil
	}
	md := p.buildScoped(schema.MinimizeCost, nil, scope{only: wi})
	for k, v := range md.vars[wi] {
		fix := func(id milp.Var, n int) {
			if id >= 0 {
				md.m.Vars[id].Lower, md.m.Vars[id].Upper = float64(n), float64(n)
			}
		}
		fix(v.x, out[k].x)
		fix(v.s, out[k].s)
		fix(v.y, b2i(out[k].x+out[k].s > 0))
	}
	res, err := milp.Solve(s.ctx, md.m, milp.Options{})
	if cerr := s.clock.cancelled(); cerr != nil {
		return nil, false, cerr
	}
	if err != nil || res.X == nil {
		return nil, false, nil
	}
	into := make(solution, len(p.workloads))
	into[wi] = out
	md.extract(p, res.X, into)
	return into[wi], true, nil
}

// keepMoves decides, workload by workload, between a window's own
// placement (r.sol) and two that start from the previous window's (prev,
// a solution of prevP): the previous replicas as they are, when they
// still serve the window, and the previous replicas only added to (when
// the window's own placement runs more) or only taken from (when it runs
// fewer), placed optimally so. Each is charged planning.moveCostUSD for
// every replica started or stopped, spread over the window's hours as a
// monthly rate; the least wins, and one with fewer moves wins when it is
// within the run's gap of it (the solver's own indifference), so that
// placements equally good do not move replicas for nothing. The result
// must still fit in every cluster and budget; otherwise the window's own
// placement stands.
func (wp *weekPlanner) keepMoves(r *windowResult, prev solution, prevP *problem, hours int) (solution, error) {
	p := r.p
	s := &solver{p: p, opts: wp.opts, ctx: wp.ctx, clock: wp.clock}
	out := make(solution, len(r.sol))
	copy(out, r.sol)
	changed := false
	perMove := wp.in.Planning.MoveCostUSD * weekHoursPerMonth / float64(hours)
	use := p.newFleetUse()
	for wi, w := range p.workloads {
		use.addChoices(w, out[wi], 1)
	}
	for wi, w := range p.workloads {
		if !wp.prof[w.name] || prevP.workloads[wi].name != w.name {
			continue
		}
		before := map[string][2]int{}
		for k, ch := range prev[wi] {
			if ch.x+ch.s > 0 {
				before[prevP.clusters[prevP.workloads[wi].cands[k].cluster].name] = [2]int{ch.x, ch.s}
			}
		}
		old := make([]choice, len(w.cands))
		nOld, nNew := 0, 0
		for k, c := range w.cands {
			name := p.clusters[c.cluster].name
			b := before[name]
			delete(before, name)
			old[k] = choice{x: b[0], s: b[1]}
			nOld += b[0] + b[1]
			nNew += r.sol[wi][k].x + r.sol[wi][k].s
		}
		if len(before) > 0 || moves(old, r.sol[wi]) == 0 {
			continue // some no longer allowed here, or the same replicas
		}
		best := r.sol[wi]
		bestMoves := moves(old, best)
		bestValue := p.solutionCost(wi, best) + float64(bestMoves)*perMove
		tolerance := wp.opts.Gap * math.Max(1, p.solutionCost(wi, best))
		for _, grow := range []int{0, b2i(nNew >= nOld)*2 - 1} {
			// Weekdays repeat: the same replicas for the same demand are
			// placed once.
			key := fmt.Sprint(w.name, grow, old, w.rps)
			c, seen := wp.routed[key]
			if !seen {
				var err error
				if c.chs, c.ok, err = s.fromPrevious(wi, old, grow); err != nil {
					return nil, err
				}
				wp.routed[key] = c
			}
			if !c.ok {
				continue
			}
			m := moves(old, c.chs)
			v := p.solutionCost(wi, c.chs) + float64(m)*perMove
			if v < bestValue-tolerance || v <= bestValue+tolerance && m < bestMoves {
				best, bestMoves, bestValue = c.chs, m, math.Min(v, bestValue)
			}
		}
		if moves(best, r.sol[wi]) == 0 {
			continue
		}
		// Only if it fits with what the others run.
		use.addChoices(w, r.sol[wi], -1)
		use.addChoices(w, best, 1)
		if !use.fits() {
			use.addChoices(w, best, -1)
			use.addChoices(w, r.sol[wi], 1)
			continue
		}
		out[wi] = best
		changed = true
	}
	if !changed || !p.withinBudgets(out) {
		return r.sol, nil
	}
	return out, nil
}

// moves counts the replicas started or stopped from a to b.
func moves(a, b []choice) int {
	n := 0
	for k := range a {
		n += abs(a[k].x-b[k].x) + abs(a[k].s-b[k].s)
	}
	return n
}

// fromPrevious places workload wi from the replicas old: as they are
// (grow 0, only routed), only added to (grow 1) or only taken from (grow
// -1), at the least cost for the window's demand; false when no such
// placement meets its constraints.
func (s *solver) fromPrevious(wi int, old []choice, grow int) ([]choice, bool, error) {
	if grow == 0 {
		return s.routeFixed(wi, old)
	}
	p := s.p
	md := p.buildScoped(schema.MinimizeCost, nil, scope{only: wi})
	for k, v := range md.vars[wi] {
		bound := func(id milp.Var, n int) {
			if id < 0 {
				return
			}
			if grow > 0 {
				md.m.Vars[id].Lower = float64(n)
			} else {
				md.m.Vars[id].Upper = math.Min(md.m.Vars[id].Upper, float64(n))
			}
		}
		bound(v.x, old[k].x)
		bound(v.s, old[k].s)
	}
	res, err := milp.Solve(s.ctx, md.m, milp.Options{Gap: s.opts.Gap, NodeLimit: placeNodes})
	if cerr := s.clock.cancelled(); cerr != nil {
		return nil, false, cerr
	}
	if err != nil || res.X == nil {
		return nil, false, nil
	}
	into := make(solution, len(p.workloads))
	into[wi] = make([]choice, len(old))
	md.extract(p, res.X, into)
	return into[wi], true, nil
}

func abs(v int) int {
	if v < 0 {
		return -v
	}
	return v
}
