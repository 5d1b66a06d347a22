package planner_test

import (
	"fmt"
	"math"
	"slices"
	"testing"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// verify checks every hard constraint of plan against the intent, from the
// plan and the catalog alone: an independent check, not the solver's own
// bookkeeping. It returns the violations in words.
func verify(in *schema.Intent, cat *providers.Catalog, plan *planner.Plan) []string {
	var bad []string
	fail := func(format string, args ...any) { bad = append(bad, fmt.Sprintf(format, args...)) }
	if plan.Status == planner.StatusInfeasible {
		return nil
	}
	juris := schema.NewJurisdictions(in.Jurisdictions)
	type use struct{ cpu, mem, pods, spotCPU, spotMem float64 }
	used := map[string]*use{}
	gpus := map[[2]string]int{}
	replicas := map[string]int{}
	regions := map[string]map[string]bool{}
	provs := map[string]map[string]bool{}
	served := map[[2]string]float64{}
	teamCost := map[string]float64{}
	workloadCost := map[string]float64{}
	total := 0.0
	for _, pl := range plan.Placements {
		w, ok := in.Workloads[pl.Workload]
		if !ok {
			fail("placement of unknown workload %s", pl.Workload)
			continue
		}
		c, ok := in.Fleet[pl.Cluster]
		if !ok {
			fail("placement in unknown cluster %s", pl.Cluster)
			continue
		}
		if c.Provider != pl.Provider || c.Region != pl.Region {
			fail("%s: placement says %s:%s, the fleet %s:%s", pl.Cluster, pl.Provider, pl.Region, c.Provider, c.Region)
		}
		r, ok := cat.Region(c.Provider, c.Region)
		country := r.Country
		if o, has := in.Catalog.Regions[c.Provider][c.Region]; has && o.Country != "" {
			country = o.Country
		} else if !ok {
			fail("%s: region %s:%s unknown", pl.Cluster, c.Provider, c.Region)
		}
		for _, dc := range w.DataClasses {
			allowed := false
			for _, j := range in.DataClasses[dc].Allowed {
				allowed = allowed || juris.Contains(j, country)
			}
			if !allowed {
				fail("residency: %s handles %s but runs in %s (%s)", pl.Workload, dc, pl.Cluster, country)
			}
		}
		if p := in.Policy.AllowedProviders; p != nil && !slices.Contains(p, c.Provider) {
			fail("policy: %s runs on provider %s", pl.Workload, c.Provider)
		}
		if pl.Replicas < w.Availability.MinReplicasPerLocation {
			fail("%s runs %d replicas in %s, fewer than minReplicasPerLocation %d", pl.Workload, pl.Replicas, pl.Cluster, w.Availability.MinReplicasPerLocation)
		}
		if pl.SpotReplicas > 0 && (w.Spot == schema.SpotNever || !c.Spot.Available) {
			fail("spot: %s runs %d spot replicas in %s", pl.Workload, pl.SpotReplicas, pl.Cluster)
		}
		u := used[pl.Cluster]
		if u == nil {
			u = &use{}
			used[pl.Cluster] = u
		}
		n := float64(pl.Replicas)
		u.cpu += n * w.Resources.CPU.Cores()
		u.mem += n * w.Resources.Memory.GiB()
		u.pods += n
		u.spotCPU += float64(pl.SpotReplicas) * w.Resources.CPU.Cores()
		u.spotMem += float64(pl.SpotReplicas) * w.Resources.Memory.GiB()
		if g := w.Resources.GPU; g != nil {
			gpus[[2]string{pl.Cluster, g.Model}] += pl.Replicas * g.Count
		}
		replicas[pl.Workload] += pl.Replicas
		if regions[pl.Workload] == nil {
			regions[pl.Workload], provs[pl.Workload] = map[string]bool{}, map[string]bool{}
		}
		regions[pl.Workload][c.Provider+":"+c.Region] = true
		provs[pl.Workload][c.Provider] = true
		rps := 0.0
		for _, t := range pl.Serves {
			served[[2]string{pl.Workload, t.Geography}] += t.RPS
			rps += t.RPS
			if w.Latency != nil && t.RTTMs > float64(w.Latency.P95.Std().Microseconds())/1000+1e-6 {
				fail("latency: %s serves %s from %s at %.1f ms, over p95 %s", pl.Workload, t.Geography, pl.Cluster, t.RTTMs, w.Latency.P95)
			}
		}
		if p := w.Replicas.PerReplicaRPS; p > 0 && rps > p*n*(1+1e-6)+1e-3 {
			fail("%s serves %.1f rps in %s with %d replicas of %.0f rps", pl.Workload, rps, pl.Cluster, pl.Replicas, p)
		}
		teamCost[w.Team] += pl.MonthlyCostUSD
		workloadCost[pl.Workload] += pl.MonthlyCostUSD
		total += pl.MonthlyCostUSD
	}
	for name, u := range used {
		cp := in.Fleet[name].Capacity
		if u.cpu > cp.CPU.Cores()+1e-6 || u.mem > cp.Memory.GiB()+1e-6 {
			fail("capacity: %s uses %.2f cores and %.2f GiB of %s and %s", name, u.cpu, u.mem, cp.CPU, cp.Memory)
		}
		if cp.Pods > 0 && u.pods > float64(cp.Pods) {
			fail("capacity: %s runs %.0f pods of %d", name, u.pods, cp.Pods)
		}
		if sc := in.Fleet[name].Spot.Capacity; sc != nil && (u.spotCPU > sc.CPU.Cores()+1e-6 || u.spotMem > sc.Memory.GiB()+1e-6) {
			fail("spot capacity: %s uses %.2f spot cores of %s", name, u.spotCPU, sc.CPU)
		}
	}
	for key, n := range gpus {
		if have := in.Fleet[key[0]].Capacity.GPUs[key[1]]; n > have {
			fail("capacity: %s uses %d %s GPUs of %d", key[0], n, key[1], have)
		}
	}
	for name, w := range in.Workloads {
		if replicas[name] < w.Replicas.Min {
			fail("%s runs %d replicas, fewer than its minimum %d", name, replicas[name], w.Replicas.Min)
		}
		if w.Replicas.Max > 0 && replicas[name] > w.Replicas.Max {
			fail("%s runs %d replicas, more than its maximum %d", name, replicas[name], w.Replicas.Max)
		}
		if len(regions[name]) < w.Availability.Spread.Regions || len(provs[name]) < w.Availability.Spread.Providers {
			fail("spread: %s runs in %d regions and %d providers", name, len(regions[name]), len(provs[name]))
		}
		for g, d := range w.Demand {
			if got := served[[2]string{name, g}]; math.Abs(got-d.RPS) > 1e-3*math.Max(1, d.RPS) {
				fail("demand: %s serves %.3f of %.3f rps from %s", name, got, d.RPS, g)
			}
		}
		if b, ok := in.Budgets.Workloads[name]; ok && workloadCost[name] > b+0.01*float64(len(plan.Placements)) {
			fail("budget: %s costs %.2f, over %.2f", name, workloadCost[name], b)
		}
	}
	slack := 0.01 * float64(len(plan.Placements)) // cents rounded per placement
	for team, b := range in.Budgets.Teams {
		if teamCost[team] > b+slack {
			fail("budget: team %s costs %.2f, over %.2f", team, teamCost[team], b)
		}
	}
	if b := in.Budgets.MonthlyUSD; b > 0 && total > b+slack {
		fail("budget: total %.2f over %.2f", total, b)
	}
	if b := in.Policy.MaxMonthlyUSD; b > 0 && total > b+slack {
		fail("policy: total %.2f over the maximum spend %.2f", total, b)
	}
	if math.Abs(total-plan.Totals.MonthlyCostUSD) > slack {
		fail("totals: placements add up to %.2f, the plan says %.2f", total, plan.Totals.MonthlyCostUSD)
	}
	return bad
}

// mustVerify fails the test for every violated constraint.
func mustVerify(t *testing.T, in *schema.Intent, cat *providers.Catalog, plan *planner.Plan) {
	t.Helper()
	for _, v := range verify(in, cat, plan) {
		t.Error(v)
	}
}
