package planner

import (
	"cmp"
	"math"
	"slices"

	"isobar.dev/isobar/planner/internal/milp"
	"isobar.dev/isobar/schema"
)

// fullModelLimit is the model size, in variables, beyond which the planner
// does not solve the whole problem at once.
//
// Workloads are coupled only by cluster capacity and by shared budgets
// (team and global). Dropping those couplings splits the problem into one
// small subproblem per workload; their optima add up to a proven lower
// bound on the whole. A feasible plan comes from placing workloads one at a
// time, the largest first, each optimally for the capacity the others have
// left. Below the limit this plan is the incumbent that branch and bound
// starts from, and the bound tightens its gap; above it, the plan and the
// bound are the answer, with the gap between them reported.
const fullModelLimit = 20000

// modelSize estimates the variables of the full model.
func (p *problem) modelSize() int {
	n := 0
	for _, w := range p.workloads {
		for _, c := range w.cands {
			n += 2
			for _, l := range c.serving {
				if l.ok {
					n++
				}
			}
		}
	}
	return n
}

// simple reports whether a workload's subproblem is solved by filling its
// cheapest slots: no traffic to route, no spread or per-location minimum,
// no budget of its own.
func (p *problem) simple(w *workload) bool {
	a := w.spec.Availability
	_, budget := p.in.Budgets.Workloads[w.name]
	return len(w.geos) == 0 && a.MinReplicasPerLocation <= 1 && a.Spread.Regions <= 1 && a.Spread.Providers <= 1 && !budget
}

// slot is one way to run replicas of a simple workload: a candidate, on
// demand or spot, at a unit objective.
type slot struct {
	k    int
	spot bool
	obj  float64
	cost float64
}

// slots lists a simple workload's ways to run, best first.
func (p *problem) slots(w *workload, obj string, weights *Weights) []slot {
	var out []slot
	for k, c := range w.cands {
		out = append(out, slot{k: k, obj: unitObjective(c.cost+c.egress, c.carbon, obj, weights), cost: c.cost + c.egress})
		if c.spot {
			out = append(out, slot{k: k, spot: true, obj: unitObjective(c.spotCost+c.egress, c.carbon, obj, weights), cost: c.spotCost + c.egress})
		}
	}
	slices.SortStableFunc(out, func(a, b slot) int {
		return cmp.Or(cmp.Compare(a.obj, b.obj), cmp.Compare(a.cost, b.cost))
	})
	return out
}

// unitObjective is the objective coefficient of one replica without
// traffic, as setObjective weighs it.
func unitObjective(cost, carbon float64, obj string, w *Weights) float64 {
	return weigh(obj, w, cost, 0, carbon)
}

// weigh combines cost, latency and carbon terms into the objective obj,
// as setObjective does.
func weigh(obj string, w *Weights, cost, latency, carbon float64) float64 {
	switch obj {
	case schema.MinimizeLatency:
		return latency
	case schema.MinimizeCarbon:
		return carbon
	case schema.MinimizeWeighted:
		return w.Cost*cost/math.Max(w.CostScale, 1e-9) + w.Latency*latency/math.Max(w.LatencyScale, 1e-9) +
			w.Carbon*carbon/math.Max(w.CarbonScale, 1e-9)
	}
	return cost
}

// fillSimple places a simple workload's required replicas in its best
// slots, within what is left of each cluster (nil: only the clusters' own
// size bounds them). It returns the objective, or false when they do not fit.
func (p *problem) fillSimple(w *workload, slots []slot, left []capacity, into []choice) (float64, bool) {
	need := w.required
	total := 0.0
	for _, sl := range slots {
		if need == 0 {
			break
		}
		c := w.cands[sl.k]
		room := c.maxReplicas - into[sl.k].x - into[sl.k].s
		if left != nil {
			room = min(room, left[c.cluster].fits(w.demand, sl.spot))
		}
		n := min(need, room)
		if n <= 0 {
			continue
		}
		if sl.spot {
			into[sl.k].s += n
		} else {
			into[sl.k].x += n
		}
		if left != nil {
			left[c.cluster].take(w.demand, n, sl.spot)
		}
		need -= n
		total += float64(n) * sl.obj
	}
	return total, need == 0
}

// subproblem solves workload wi on its own, within what is left of each
// cluster (nil: no capacity limit), and adds its choices to into. It
// returns the optimum and a proven lower bound on it.
func (s *solver) subproblem(wi int, obj string, weights *Weights, left []capacity, keep []bool, into solution, nodes int) (value, bound float64, ok bool, err error) {
	p := s.p
	w := p.workloads[wi]
	if p.simple(w) {
		v, ok := p.fillSimple(w, p.slots(w, obj, weights), left, into[wi])
		return v, v, ok, nil
	}
	if s.ctx.Err() != nil {
		// Out of time: its cheapest required replicas still bound it.
		return 0, p.replicaBound(w, obj, weights), false, s.clock.cancelled()
	}
	md := p.buildScoped(obj, weights, scope{only: wi, capLeft: left, keep: keep})
	res, err := milp.Solve(s.ctx, md.m, milp.Options{Gap: s.opts.Gap, NodeLimit: nodes})
	if err != nil {
		if err := s.clock.cancelled(); err != nil {
			return 0, 0, false, err
		}
		// The solver could not solve this one: the cheapest replicas it
		// must run at least still bound it from below.
		return 0, p.replicaBound(w, obj, weights), false, nil
	}
	s.nodes += res.Nodes
	s.iterations += res.Iterations
	if res.Status == milp.Infeasible {
		return 0, 0, false, nil
	}
	if res.X == nil {
		return 0, res.Bound, false, nil
	}
	md.extract(p, res.X, into)
	if left != nil {
		for k, c := range w.cands {
			ch := into[wi][k]
			left[c.cluster].take(w.demand, ch.x, false)
			left[c.cluster].take(w.demand, ch.s, true)
		}
	}
	return res.Objective, res.Bound, true, nil
}

// boundNodes bounds the search of one workload's subproblem for the lower
// bound: a subproblem not proven within it still contributes its proven
// bound. placeNodes bounds it when placing workloads one at a time, where a
// good placement found early is worth more than proof.
const (
	boundNodes = 2000
	placeNodes = 10
)

// decompose returns the lower bound from the workloads' separate optima and
// a feasible solution built workload by workload, if one was found.
func (s *solver) decompose(obj string, weights *Weights) (bound float64, sol solution, found bool, err error) {
	p := s.p
	free := p.emptySolution()
	for wi, w := range p.workloads {
		_, b, _, err := s.subproblem(wi, obj, weights, nil, nil, free, boundNodes)
		if err != nil {
			return 0, nil, false, err
		}
		if !p.simple(w) {
			// A search cut short may prove less than the closed form.
			b = math.Max(b, p.workloadBound(w, obj, weights))
		}
		bound += b
	}
	order := p.bySize()
	left := p.fullCapacity()
	sol = p.emptySolution()
	for _, wi := range order {
		w := p.workloads[wi]
		var keep []bool
		if !p.simple(w) && len(w.cands) > shortlistSize {
			keep = p.shortlist(w, obj, weights, left)
		}
		_, _, ok, err := s.subproblem(wi, obj, weights, left, keep, sol, placeNodes)
		if err == nil && !ok && keep != nil {
			// The shortlist was too short: look at every candidate.
			_, _, ok, err = s.subproblem(wi, obj, weights, left, nil, sol, placeNodes)
		}
		if err != nil {
			return 0, nil, false, err
		}
		if !ok {
			return bound, nil, false, nil
		}
	}
	return bound, sol, p.withinBudgets(sol), nil
}

// withinBudgets reports whether a solution keeps every shared budget.
func (p *problem) withinBudgets(sol solution) bool {
	sp := p.spending(sol)
	for t, b := range p.in.Budgets.Teams {
		if sp.team[t] > b+1e-6 {
			return false
		}
	}
	limit, _ := p.spendingLimit()
	return limit == 0 || sp.total <= limit+1e-6
}

// spend is what each team and the fleet spend in a solution.
type spend struct {
	team  map[string]float64
	total float64
}

func (p *problem) spending(sol solution) *spend {
	sp := &spend{team: map[string]float64{}}
	for wi, w := range p.workloads {
		c := p.solutionCost(wi, sol[wi])
		sp.team[w.spec.Team] += c
		sp.total += c
	}
	return sp
}

// spendingLimit is the fleet's spending limit: the global budget or the
// policy's maximum, the lower (fromPolicy says which); 0 when neither is
// set.
func (p *problem) spendingLimit() (limit float64, fromPolicy bool) {
	limit = p.in.Budgets.MonthlyUSD
	if m := p.in.Policy.MaxMonthlyUSD; m > 0 && (limit == 0 || m < limit) {
		return m, true
	}
	return limit, false
}

// solutionCost is the monthly cost of one workload's choices.
func (p *problem) solutionCost(wi int, chs []choice) float64 {
	w := p.workloads[wi]
	cost := 0.0
	for k, ch := range chs {
		c := w.cands[k]
		cost += float64(ch.x)*(c.cost+c.egress) + float64(ch.s)*(c.spotCost+c.egress)
		for gi, rps := range ch.r {
			if eg := w.spec.Demand[w.geos[gi]].EgressGBPerMonth; eg > 0 && w.rps[gi] > 0 {
				cost += rps * eg / w.rps[gi] * p.clusters[c.cluster].facts.internetEgress
			}
		}
	}
	return cost
}

// replicaBound is a lower bound on any subproblem of w: its required
// replicas at the best unit objective, ignoring everything else. Traffic
// terms of the objective are not negative, so they only add to it.
func (p *problem) replicaBound(w *workload, obj string, weights *Weights) float64 {
	sl := p.slots(w, obj, weights)
	if len(sl) == 0 {
		return 0
	}
	return float64(w.required) * math.Max(0, sl[0].obj)
}

// shortlistSize is how many candidates a workload's subproblem looks at
// first when it has more: the cheapest with room, the cheapest that serve
// each of its geographies, and the cheapest in enough regions and providers
// to spread over.
const shortlistSize = 12

func (p *problem) shortlist(w *workload, obj string, weights *Weights, left []capacity) []bool {
	keep := make([]bool, len(w.cands))
	slots := p.slots(w, obj, weights)
	room := func(k int) bool {
		c := w.cands[k]
		return left[c.cluster].fits(w.demand, false) > 0 || (c.spot && left[c.cluster].fits(w.demand, true) > 0)
	}
	pick := func(limit int, eligible func(k int) bool) {
		n := 0
		for _, sl := range slots {
			if n >= limit {
				return
			}
			if eligible(sl.k) && room(sl.k) {
				keep[sl.k] = true
				n++
			}
		}
	}
	pick(shortlistSize/2, func(int) bool { return true })
	for gi := range w.geos {
		pick(3, func(k int) bool { return w.cands[k].serving[gi].ok })
	}
	for _, g := range spreadGroups(w) {
		if g.n <= 1 {
			continue
		}
		seen := map[string]bool{}
		for _, sl := range slots {
			key := g.key(p.clusters[w.cands[sl.k].cluster])
			if !seen[key] && len(seen) < g.n+2 && room(sl.k) {
				seen[key] = true
				keep[sl.k] = true
			}
		}
	}
	return keep
}

// spreadGroup is one way a workload spreads: over at least n groups of
// clusters with the same key.
type spreadGroup struct {
	n   int
	key func(*cluster) string
}

// spreadGroups are w's spreads: over regions, then over providers.
func spreadGroups(w *workload) []spreadGroup {
	spread := w.spec.Availability.Spread
	return []spreadGroup{
		{spread.Regions, func(c *cluster) string { return regionKey(c.spec.Provider, c.spec.Region) }},
		{spread.Providers, func(c *cluster) string { return c.spec.Provider }},
	}
}

// workloadBound is a lower bound, in closed form, on w's subproblem: its
// required replicas at the best unit objective; at least minReplicasPerLocation
// in each of the N cheapest regions (providers) it must spread over; and,
// for each geography, the replicas its traffic needs among the clusters that
// may serve it. Traffic terms of the objective are not negative.
func (p *problem) workloadBound(w *workload, obj string, weights *Weights) float64 {
	slots := p.slots(w, obj, weights)
	if len(slots) == 0 {
		return 0
	}
	best := math.Max(0, slots[0].obj)
	bound := float64(w.required) * best
	mpl := float64(max(1, w.spec.Availability.MinReplicasPerLocation))
	for _, g := range spreadGroups(w) {
		if g.n <= 1 && mpl <= 1 {
			continue
		}
		seen := map[string]bool{}
		var firsts []float64
		for _, sl := range slots {
			key := g.key(p.clusters[w.cands[sl.k].cluster])
			if !seen[key] {
				seen[key] = true
				firsts = append(firsts, math.Max(0, sl.obj))
			}
		}
		n := max(1, g.n)
		if len(firsts) < n {
			continue
		}
		v := 0.0
		for _, f := range firsts[:n] {
			v += mpl * f
		}
		v += math.Max(0, float64(w.required)-float64(n)*mpl) * best
		bound = math.Max(bound, v)
	}
	if per := w.spec.Replicas.PerReplicaRPS; per > 0 {
		for gi, rps := range w.rps {
			for _, sl := range slots {
				if w.cands[sl.k].serving[gi].ok {
					bound = math.Max(bound, math.Ceil(rps/per-1e-9)*math.Max(0, sl.obj))
					break
				}
			}
		}
	}
	return bound
}
