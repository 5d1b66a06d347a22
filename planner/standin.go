package planner

import (
	"fmt"
	"math"
	"slices"
	"strings"

	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// StandIn is what a placement's on-demand replicas may add when the spot
// capacity under its spot replicas is reclaimed: on-demand stand-ins, paid
// for by the headroom of the budgets over the workload.
type StandIn struct {
	Workload string
	Cluster  string
	// Replicas is how many stand-ins the budgets pay for: at most the
	// placement's spot replicas.
	Replicas int
	// MonthlyUSD is the extra monthly cost of one stand-in: the on-demand
	// price of a replica in the cluster less its spot price (data transfer
	// is the same on both).
	MonthlyUSD float64
	// Limit names the budget that holds Replicas below the spot replicas
	// ("budgets.teams.web"); empty when none does.
	Limit string
}

// StandIns returns, for each placement of plan with spot replicas, how many
// on-demand stand-ins the tightest of the workload's, its team's and the
// global budget (or the policy's maximum spend, when lower) pays for while
// the spot capacity is gone, sorted by workload and cluster.
//
// A budget's headroom (its ceiling less what the plan spends under it) is
// shared among the spot replicas it covers, in proportion to each
// placement's: spot capacity reclaimed in every cluster at once keeps the
// budget. A workload with no budget over it gets a stand-in per spot
// replica.
func StandIns(in *schema.Intent, plan *Plan, cat *providers.Catalog) ([]StandIn, error) {
	if cat == nil {
		var err error
		if cat, err = providers.Builtin(); err != nil {
			return nil, err
		}
	}
	type ceiling struct {
		name         string
		limit, spend float64
		spot         int
	}
	ceilings := map[string]*ceiling{}
	covering := func(p Placement) []string {
		out := []string{"global"}
		if in.Budgets.Workloads[p.Workload] > 0 {
			out = append(out, "workload:"+p.Workload)
		}
		if p.Team != "" && in.Budgets.Teams[p.Team] > 0 {
			out = append(out, "team:"+p.Team)
		}
		return out
	}
	global := &ceiling{name: "budgets.monthlyUSD", limit: in.Budgets.MonthlyUSD}
	if m := in.Policy.MaxMonthlyUSD; m > 0 && (global.limit == 0 || m < global.limit) {
		global.name, global.limit = "policy.maxMonthlyUSD", m
	}
	ceilings["global"] = global
	for _, p := range plan.Placements {
		for _, key := range covering(p) {
			c := ceilings[key]
			if c == nil {
				name, team, _ := strings.Cut(key, ":")
				switch name {
				case "workload":
					c = &ceiling{name: "budgets.workloads." + team, limit: in.Budgets.Workloads[team]}
				case "team":
					c = &ceiling{name: "budgets.teams." + team, limit: in.Budgets.Teams[team]}
				}
				ceilings[key] = c
			}
			c.spend += p.MonthlyCostUSD
			c.spot += p.SpotReplicas
		}
	}
	// The totals are rounded once, the placements each: the totals win.
	global.spend = plan.Totals.MonthlyCostUSD
	for _, wt := range plan.Totals.Workloads {
		if c := ceilings["workload:"+wt.Workload]; c != nil {
			c.spend = wt.MonthlyCostUSD
		}
	}
	for _, tt := range plan.Totals.Teams {
		if c := ceilings["team:"+tt.Team]; c != nil {
			c.spend = tt.MonthlyCostUSD
		}
	}

	f := newFacts(cat, in)
	var out []StandIn
	for _, p := range plan.Placements {
		if p.SpotReplicas <= 0 {
			continue
		}
		w, ok := in.Workloads[p.Workload]
		if !ok {
			return nil, fmt.Errorf("plan places workload %q, which the intent does not declare", p.Workload)
		}
		r, ok, err := f.region(in, p.Provider, p.Region)
		if err != nil {
			return nil, fmt.Errorf("%s in %s: %w", p.Workload, p.Cluster, err)
		}
		s := StandIn{Workload: p.Workload, Cluster: p.Cluster}
		onDemand, okOD := 0.0, false
		spot, okSpot := 0.0, false
		if ok {
			onDemand, okOD = f.replicaCost(&w, r, false)
			spot, okSpot = f.replicaCost(&w, r, true)
		}
		if !okOD || !okSpot {
			// No price to weigh a stand-in against: none is paid for.
			s.Limit = "prices of " + p.Provider + ":" + p.Region
			out = append(out, s)
			continue
		}
		s.MonthlyUSD = round2(math.Max(0, onDemand-spot))
		s.Replicas = p.SpotReplicas
		for _, key := range covering(p) {
			c := ceilings[key]
			if c.limit <= 0 || c.spot == 0 {
				continue
			}
			share := math.Max(0, c.limit-c.spend) * float64(p.SpotReplicas) / float64(c.spot)
			n := p.SpotReplicas
			if s.MonthlyUSD > 0 {
				// A cent of slack: prices are rounded to cents.
				n = min(n, int(math.Floor((share+0.005)/s.MonthlyUSD)))
			}
			if n < s.Replicas {
				s.Replicas, s.Limit = n, c.name
			}
		}
		out = append(out, s)
	}
	slices.SortFunc(out, func(a, b StandIn) int {
		return strings.Compare(a.Workload+"\x00"+a.Cluster, b.Workload+"\x00"+b.Cluster)
	})
	return out, nil
}
