package planner

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"

	"isobar.dev/isobar/planner/internal/milp"
	"isobar.dev/isobar/schema"
)

// stability decides between the new optimum and the placement in force.
// The previous placement is re-evaluated on today's inputs (prices, demand,
// constraints); if it is still feasible and the new optimum, charged
// planning.moveCostUSD for every replica it moves, does not improve on it by
// more than planning.stability percent, the previous placement is kept.
func (s *solver) stability(md *model, res *milp.Result, prev *Plan) ([]float64, string, error) {
	p := s.p
	fixed := *md.m
	fixed.Vars = slices.Clone(md.m.Vars)
	fixed.Rows = slices.Clone(md.m.Rows)
	for i, info := range md.rows {
		if info.kind == rowObjective { // the new optimum's level: not a constraint on the old placement
			fixed.Rows[i].Lower, fixed.Rows[i].Upper = math.Inf(-1), math.Inf(1)
		}
	}
	prevReplicas := previousReplicas(prev)
	moved := 0
	for wi, w := range p.workloads {
		for k, c := range w.cands {
			v := md.vars[wi][k]
			want := prevReplicas[[2]string{w.name, p.clusters[c.cluster].name}]
			fix := func(id milp.Var, n int) {
				fixed.Vars[id].Lower, fixed.Vars[id].Upper = float64(n), float64(n)
			}
			if want[1] > 0 && v.s < 0 {
				return res.X, fmt.Sprintf("moved: the previous placement runs spot replicas of %s in %s, which are no longer allowed", w.name, p.clusters[c.cluster].name), nil
			}
			fix(v.x, want[0])
			if v.s >= 0 {
				fix(v.s, want[1])
			}
			if v.y >= 0 {
				fix(v.y, b2i(want[0]+want[1] > 0))
			}
			now := roundInt(res.X[v.x])
			if v.s >= 0 {
				now += roundInt(res.X[v.s])
			}
			moved += max(0, want[0]+want[1]-now)
		}
	}
	for key := range prevReplicas {
		if !p.isCandidate(key[0], key[1]) {
			return res.X, fmt.Sprintf("moved: %s may no longer run in %s", key[0], key[1]), nil
		}
	}
	old, err := s.run(&fixed, nil)
	if err != nil {
		return nil, "", err
	}
	if old.X == nil && old.Status != milp.Infeasible {
		return res.X, "moved: the time limit ran out before the previous placement was checked against today's constraints", nil
	}
	if old.X == nil {
		return res.X, "moved: the previous placement no longer meets the constraints", nil
	}
	keep, why := p.keepPrevious(s.objectiveValue(md, old.X), s.objectiveValue(md, res.X), moved)
	if keep {
		return old.X, why, nil
	}
	return res.X, why, nil
}

// previousReplicas are a plan's on-demand and spot replicas by workload
// and cluster.
func previousReplicas(prev *Plan) map[[2]string][2]int {
	out := map[[2]string][2]int{}
	for _, pl := range prev.Placements {
		out[[2]string{pl.Workload, pl.Cluster}] = [2]int{pl.Replicas - pl.SpotReplicas, pl.SpotReplicas}
	}
	return out
}

// keepPrevious decides between the previous placement, still feasible at
// oldValue, and the new one at newValue, which moves moved replicas: the
// previous one stays unless the new one, charged planning.moveCostUSD per
// moved replica when minimising cost, improves by more than
// planning.stability percent. It says which, and why.
func (p *problem) keepPrevious(oldValue, newValue float64, moved int) (bool, string) {
	threshold := p.in.Planning.Stability
	if p.in.Objective.Minimize == schema.MinimizeCost {
		newValue += float64(moved) * p.in.Planning.MoveCostUSD
	}
	improvement := 0.0
	if oldValue != 0 {
		improvement = (oldValue - newValue) / math.Abs(oldValue) * 100
	}
	if improvement <= threshold {
		return true, fmt.Sprintf("kept the previous placement: moving %d replicas would improve the objective by %.2f%%, not more than the %.2f%% threshold", moved, math.Max(0, improvement), threshold)
	}
	return false, fmt.Sprintf("moved %d replicas: the objective improves by %.2f%%, more than the %.2f%% threshold", moved, improvement, threshold)
}

func (p *problem) isCandidate(workload, clusterName string) bool {
	for _, w := range p.workloads {
		if w.name != workload {
			continue
		}
		for _, c := range w.cands {
			if p.clusters[c.cluster].name == clusterName {
				return true
			}
		}
	}
	return false
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// objectiveValue is the intent's objective at x.
func (s *solver) objectiveValue(md *model, x []float64) float64 {
	switch s.p.in.Objective.Minimize {
	case "latency":
		return value(md.latency, x)
	case "carbon":
		return value(md.carbon, x)
	case "weighted":
		return md.m.Objective(x)
	}
	return value(md.cost, x)
}

// stabilityLarge is stability for a plan made without one model of the
// whole (see planLarge). The previous placement is checked workload by
// workload on its own model with the replicas fixed (which also routes
// its traffic at the least cost), then against cluster capacity and the
// shared budgets; the decision is the same.
func (s *solver) stabilityLarge(lg *large, sol solution, prev *Plan) (solution, string, error) {
	p := s.p
	prevReplicas := previousReplicas(prev)
	// Only the placements in force are looked up: a map of every
	// candidate would take longer than planning on a large fleet.
	byName := make(map[string]*workload, len(p.workloads))
	for _, w := range p.workloads {
		byName[w.name] = w
	}
	for _, key := range slices.SortedFunc(maps.Keys(prevReplicas), func(a, b [2]string) int { return cmp.Compare(a[0]+"/"+a[1], b[0]+"/"+b[1]) }) {
		w := byName[key[0]]
		if w == nil || !slices.ContainsFunc(w.cands, func(c candidate) bool { return p.clusters[c.cluster].name == key[1] }) {
			return sol, fmt.Sprintf("moved: %s may no longer run in %s", key[0], key[1]), nil
		}
	}
	old := p.emptySolution()
	moved := 0
	use := p.newFleetUse()
	for wi, w := range p.workloads {
		for k, c := range w.cands {
			want := prevReplicas[[2]string{w.name, p.clusters[c.cluster].name}]
			if want[1] > 0 && !c.spot {
				return sol, fmt.Sprintf("moved: the previous placement runs spot replicas of %s in %s, which are no longer allowed", w.name, p.clusters[c.cluster].name), nil
			}
			old[wi][k] = choice{x: want[0], s: want[1]}
			moved += max(0, want[0]+want[1]-sol[wi][k].x-sol[wi][k].s)
		}
		use.addChoices(w, old[wi], 1)
		if p.simple(w) {
			// Only the number of replicas is constrained.
			n := 0
			for _, ch := range old[wi] {
				n += ch.x + ch.s
			}
			if n < w.spec.Replicas.Min || (w.spec.Replicas.Max > 0 && n > w.spec.Replicas.Max) {
				return sol, fmt.Sprintf("moved: the previous placement of %s no longer meets its constraints", w.name), nil
			}
			continue
		}
		md := p.buildScoped(lg.obj, lg.weights, scope{only: wi})
		for k, v := range md.vars[wi] {
			fix := func(id milp.Var, n int) {
				if id >= 0 {
					md.m.Vars[id].Lower, md.m.Vars[id].Upper = float64(n), float64(n)
				}
			}
			fix(v.x, old[wi][k].x)
			fix(v.s, old[wi][k].s)
			fix(v.y, b2i(old[wi][k].x+old[wi][k].s > 0))
		}
		res, err := milp.Solve(s.ctx, md.m, milp.Options{})
		if cerr := s.clock.cancelled(); cerr != nil {
			return nil, "", cerr
		}
		if err != nil {
			return nil, "", err
		}
		if res.X == nil && res.Status != milp.Infeasible {
			return sol, "moved: the time limit ran out before the previous placement was checked against today's constraints", nil
		}
		if res.X == nil {
			return sol, fmt.Sprintf("moved: the previous placement of %s no longer meets its constraints", w.name), nil
		}
		md.extract(p, res.X, old)
	}
	if !use.fits() {
		return sol, "moved: the previous placement no longer fits in the clusters' capacity", nil
	}
	if !p.withinBudgets(old) {
		return sol, "moved: the previous placement no longer keeps the budgets", nil
	}
	keep, why := p.keepPrevious(lg.objective(old), lg.objective(sol), moved)
	if keep {
		return old, why, nil
	}
	return sol, why, nil
}
