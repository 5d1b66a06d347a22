package planner_test

import (
	"math"
	"testing"

	"github.com/google/go-cmp/cmp"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/schema"
)

// TestStandIns checks the stand-ins of examples/three-clouds' spot
// placements (storefront: two spot replicas in azure-eastus and two in
// gcp-europe-west4) against the catalog's prices and each budget.
func TestStandIns(t *testing.T) {
	inst, err := schema.Load("../examples/three-clouds")
	if err != nil {
		t.Fatal(err)
	}
	in := inst.Intent
	cat := catalog(t)
	plan := solve(t, in, planner.Options{})

	// One stand-in's extra cost, from the catalog alone: the on-demand
	// price of a replica less its spot price.
	w := in.Workloads["storefront"]
	extra := map[string]float64{}
	spend, spotReplicas := 0.0, 0
	for _, p := range plan.Placements {
		if p.Workload != "storefront" {
			continue
		}
		spend += p.MonthlyCostUSD
		spotReplicas += p.SpotReplicas
		r, ok := cat.Region(p.Provider, p.Region)
		if !ok || r.Prices == nil || r.Prices.SpotVCPUHour == nil {
			t.Fatalf("%s: no catalog prices", p.Cluster)
		}
		cpu, mem := w.Resources.CPU.Cores(), w.Resources.Memory.GiB()
		hour := cpu*(r.Prices.VCPUHour-*r.Prices.SpotVCPUHour) + mem*(r.Prices.GiBHour-*r.Prices.SpotGiBHour)
		extra[p.Cluster] = math.Round(hour*w.HoursPerMonth*(1-in.Catalog.Discounts[p.Provider]/100)*100) / 100
	}
	if len(extra) != 2 || spotReplicas != 4 {
		t.Fatalf("the example's plan changed: storefront spot placements %v, %d spot replicas", extra, spotReplicas)
	}
	const azure, gcp = "azure-eastus", "gcp-europe-west4"
	each := func(a, g int, limit string) []planner.StandIn {
		la, lg := "", ""
		if a < 2 {
			la = limit
		}
		if g < 2 {
			lg = limit
		}
		return []planner.StandIn{
			{Workload: "storefront", Cluster: azure, Replicas: a, MonthlyUSD: extra[azure], Limit: la},
			{Workload: "storefront", Cluster: gcp, Replicas: g, MonthlyUSD: extra[gcp], Limit: lg},
		}
	}
	// Headroom for exactly one stand-in in each cluster: the budget's
	// share for each cluster is half the headroom.
	both := 2 * max(extra[azure], extra[gcp])
	for _, tc := range []struct {
		name    string
		budgets schema.Budgets
		policy  float64
		want    []planner.StandIn
	}{
		{name: "no budget", want: each(2, 2, "")},
		{name: "ample workload budget", budgets: schema.Budgets{Workloads: map[string]float64{"storefront": spend + 1000}}, want: each(2, 2, "")},
		{name: "workload budget pays one each", budgets: schema.Budgets{Workloads: map[string]float64{"storefront": spend + both}},
			want: each(1, 1, "budgets.workloads.storefront")},
		{name: "team budget tighter than the workload's", budgets: schema.Budgets{
			Workloads: map[string]float64{"storefront": spend + 1000}, Teams: map[string]float64{"web": spend + both}},
			want: each(1, 1, "budgets.teams.web")},
		{name: "spent budget pays none", budgets: schema.Budgets{Teams: map[string]float64{"web": spend - 1}},
			want: each(0, 0, "budgets.teams.web")},
		{name: "global budget", budgets: schema.Budgets{MonthlyUSD: plan.Totals.MonthlyCostUSD + both},
			want: each(1, 1, "budgets.monthlyUSD")},
		{name: "policy below the global budget", budgets: schema.Budgets{MonthlyUSD: plan.Totals.MonthlyCostUSD + 1000}, policy: plan.Totals.MonthlyCostUSD + both,
			want: each(1, 1, "policy.maxMonthlyUSD")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in2 := *in
			in2.Budgets = tc.budgets
			in2.Policy.MaxMonthlyUSD = tc.policy
			got, err := planner.StandIns(&in2, plan, cat)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("stand-ins (-want +got):\n%s", diff)
			}
			// Every cluster reclaimed at once still keeps each budget.
			cost := 0.0
			for _, s := range got {
				cost += float64(s.Replicas) * s.MonthlyUSD
			}
			for _, limit := range []float64{tc.budgets.Workloads["storefront"] - spend, tc.budgets.Teams["web"] - spend} {
				if limit > 0 && cost > limit+0.01 {
					t.Errorf("stand-ins cost %.2f a month, over the headroom %.2f", cost, limit)
				}
			}
		})
	}
}
