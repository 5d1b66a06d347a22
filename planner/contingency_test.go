package planner_test

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/planner/internal/synth"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// contingencies plans in and its contingency plans.
func contingencies(t *testing.T, in *schema.Intent) (*planner.Plan, *planner.Contingency) {
	t.Helper()
	plan := solve(t, in, planner.Options{})
	if plan.Status == planner.StatusInfeasible {
		t.Fatalf("normal plan infeasible: %v", plan.Explanations.Conflicts)
	}
	c, err := planner.Contingencies(t.Context(), in, catalog(t), plan, planner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return plan, c
}

// checkFailure checks one contingency plan against the normal plan: no
// replica in a lost cluster, the workloads that did not run there exactly
// where they were, those that did at least where they survived, every
// hard constraint of the failure's intent (the independent checker) with
// budgets relaxed by the margin, and moves that add up.
func checkFailure(t *testing.T, in *schema.Intent, cat *providers.Catalog, plan *planner.Plan, c *planner.Contingency, f planner.Failure) {
	t.Helper()
	lost := map[string]bool{}
	for _, cl := range f.Clusters {
		lost[cl] = true
	}
	type key [2]string
	before, after := map[key]int{}, map[key]int{}
	ranLost := map[string]bool{}
	for _, pl := range plan.Placements {
		before[key{pl.Workload, pl.Cluster}] = pl.Replicas
		if lost[pl.Cluster] {
			ranLost[pl.Workload] = true
		}
	}
	if len(ranLost) == 0 {
		if f.Status != planner.FailureUnaffected || len(f.Moves) > 0 {
			t.Errorf("%s: nothing ran there, yet status %s with %d moves", f.Domain, f.Status, len(f.Moves))
		}
		return
	}
	if f.Status == planner.FailureNotPlanned {
		t.Fatalf("%s: not planned: %s", f.Domain, f.Solver.Stopped)
	}
	down := map[string]bool{}
	var downNames []string
	for _, u := range f.Uncovered {
		down[u.Workload] = true
		downNames = append(downNames, u.Workload)
		if u.Reason == "" {
			t.Errorf("%s: %s uncovered without a reason", f.Domain, u.Workload)
		}
	}
	for _, pl := range f.Placements {
		if lost[pl.Cluster] {
			t.Errorf("%s: %s still placed in lost cluster %s", f.Domain, pl.Workload, pl.Cluster)
		}
		after[key{pl.Workload, pl.Cluster}] = pl.Replicas
	}
	for k, n := range before {
		if lost[k[1]] {
			continue
		}
		switch {
		case !ranLost[k[0]] || down[k[0]]:
			if after[k] != n {
				t.Errorf("%s: %s in %s moved from %d to %d replicas, though it did not run in the failed domain", f.Domain, k[0], k[1], n, after[k])
			}
		case after[k] < n:
			t.Errorf("%s: %s in %s lost replicas on a survivor: %d → %d", f.Domain, k[0], k[1], n, after[k])
		}
	}
	for k, n := range after {
		if (!ranLost[k[0]] || down[k[0]]) && before[k] != n {
			t.Errorf("%s: %s appears in %s with %d replicas, though it did not run in the failed domain", f.Domain, k[0], k[1], n)
		}
	}
	for _, m := range f.Moves {
		for _, to := range m.To {
			if got := after[key{m.Workload, to.Cluster}] - before[key{m.Workload, to.Cluster}]; got != to.Replicas {
				t.Errorf("%s: move of %s to %s says %d, placements differ by %d", f.Domain, m.Workload, to.Cluster, to.Replicas, got)
			}
		}
	}
	if len(f.Moves)+len(f.Uncovered) != len(ranLost) {
		t.Errorf("%s: %d workloads ran there, %d moves and %d uncovered", f.Domain, len(ranLost), len(f.Moves), len(f.Uncovered))
	}
	// The independent checker on the failure's intent, without the
	// workloads left down (their users are not all served).
	fin := planner.FailureIntent(in, f.Clusters, c.EmergencyMargin, nil)
	withC := *plan
	withC.Contingency = c
	fplan, err := withC.Failover(f.Domain)
	if err != nil {
		t.Fatal(err)
	}
	if len(down) > 0 {
		ws := map[string]schema.Workload{}
		for n, w := range fin.Workloads {
			if !down[n] {
				ws[n] = w
			}
		}
		fin.Workloads = ws
		var keep []planner.Placement
		total := 0.0
		for _, pl := range fplan.Placements {
			if !down[pl.Workload] {
				keep = append(keep, pl)
				total += pl.MonthlyCostUSD
			}
		}
		// Budgets with the cost of what still runs of them taken out.
		fplan.Placements = keep
		fplan.Totals.MonthlyCostUSD = total
		fin = planner.FailureIntent(in, f.Clusters, c.EmergencyMargin, downNames)
		fin.Workloads = ws
		fin.Budgets = schema.Budgets{}
	}
	for _, v := range verify(fin, cat, fplan) {
		t.Errorf("%s: %s", f.Domain, v)
	}
	for _, team := range f.Totals.Teams {
		if b := in.Budgets.Teams[team.Team]; b > 0 && team.MonthlyCostUSD > b*(1+c.EmergencyMargin)+0.01 {
			t.Errorf("%s: team %s spends %.2f, over its budget %.2f with the margin %.2f", f.Domain, team.Team, team.MonthlyCostUSD, b, c.EmergencyMargin)
		}
	}
}

// TestContingencyExamples plans the loss of each cluster, region and
// provider of every example and checks each contingency plan.
func TestContingencyExamples(t *testing.T) {
	bindings, err := filepath.Glob("../examples/*/isobar.cue")
	if err != nil {
		t.Fatal(err)
	}
	cat := catalog(t)
	for _, b := range bindings {
		dir := filepath.Dir(b)
		for _, kind := range []string{schema.DomainCluster, schema.DomainRegion, schema.DomainProvider} {
			t.Run(filepath.Base(dir)+"/"+kind, func(t *testing.T) {
				inst, err := schema.Load(dir)
				if err != nil {
					t.Fatal(err)
				}
				in := inst.Intent
				if in.Planning.Contingency != schema.DefaultContingency() {
					t.Fatalf("default contingency %+v, want %+v", in.Planning.Contingency, schema.DefaultContingency())
				}
				if in.Planning.Windows != schema.DefaultWindows() {
					t.Fatalf("default windows %+v, want %+v", in.Planning.Windows, schema.DefaultWindows())
				}
				in.Planning.Contingency.Domains = kind
				plan, c := contingencies(t, in)
				if c.Domains != kind || len(c.Failures) == 0 {
					t.Fatalf("contingency %+v", c)
				}
				for _, f := range c.Failures {
					checkFailure(t, in, cat, plan, c, f)
				}
			})
		}
	}
}

// TestContingencyThreeClouds pins what the loss of each cluster of
// examples/three-clouds does: the EU-only accounts move to the other EU
// cluster, and the American cluster's loss slows New York's storefront.
func TestContingencyThreeClouds(t *testing.T) {
	inst, err := schema.Load("../examples/three-clouds")
	if err != nil {
		t.Fatal(err)
	}
	plan, c := contingencies(t, inst.Intent)
	byDomain := map[string]planner.Failure{}
	for _, f := range c.Failures {
		byDomain[f.Domain] = f
	}
	if len(byDomain) != 3 {
		t.Fatalf("want 3 failure domains, got %d", len(byDomain))
	}
	for _, pl := range plan.Placements {
		f := byDomain[pl.Cluster]
		if f.Status != planner.FailureCovered && f.Status != planner.FailurePartial {
			t.Errorf("%s runs %s, yet its loss is %s", pl.Cluster, pl.Workload, f.Status)
		}
		if pl.Workload == "accounts" {
			for _, m := range f.Moves {
				if m.Workload != "accounts" {
					continue
				}
				for _, to := range m.To {
					if to.Cluster == "azure-eastus" {
						t.Errorf("accounts (EU only) moved to %s", to.Cluster)
					}
				}
			}
		}
	}
}

// TestContingencyResidencyUncovered: a workload whose data may live in
// one country, served by one cluster, cannot be covered; it is named with
// the reason and the others are still placed again.
func TestContingencyResidencyUncovered(t *testing.T) {
	in := load(t, map[string]string{"fleet.cue": `package intent

fleet: {
	"aws-de": {provider: "aws", region: "eu-central-1", capacity: {cpu: 16, memory: "64Gi"}}
	"gcp-nl": {provider: "gcp", region: "europe-west4", capacity: {cpu: 16, memory: "64Gi"}}
	"azure-us": {provider: "azure", region: "eastus", capacity: {cpu: 16, memory: "64Gi"}}
}
dataClasses: {
	german: allowed: ["DE"]
	open: allowed: ["EU", "US"]
}
workloads: {
	ledger: {
		image: "registry.example/ledger:1"
		resources: {cpu: "1", memory: "1Gi"}
		replicas: min: 2
		dataClasses: ["german"]
	}
	shop: {
		image: "registry.example/shop:1"
		resources: {cpu: "1", memory: "1Gi"}
		replicas: min: 2
		dataClasses: ["open"]
	}
}
`})
	cat := catalog(t)
	// The cheapest cluster for both is pinned so that both run there.
	plan := solve(t, in, planner.Options{})
	home := ""
	for _, pl := range plan.Placements {
		if pl.Workload == "ledger" {
			home = pl.Cluster
		}
	}
	if home != "aws-de" {
		t.Fatalf("ledger runs in %q, want aws-de", home)
	}
	c, err := planner.Contingencies(t.Context(), in, cat, plan, planner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range c.Failures {
		checkFailure(t, in, cat, plan, c, f)
		if f.Domain != "aws-de" {
			continue
		}
		if len(f.Uncovered) != 1 || f.Uncovered[0].Workload != "ledger" || f.Uncovered[0].Replicas != 2 {
			t.Fatalf("uncovered %+v, want ledger with 2 replicas", f.Uncovered)
		}
		if r := f.Uncovered[0].Reason; !strings.Contains(r, "ledger") || !strings.Contains(r, "german") {
			t.Errorf("reason %q names neither the workload nor its data class", r)
		}
		if f.Status != planner.FailurePartial {
			t.Errorf("status %s, want %s", f.Status, planner.FailurePartial)
		}
		shopMoved := false
		for _, m := range f.Moves {
			shopMoved = shopMoved || (m.Workload == "shop" && len(m.To) > 0)
		}
		if ranThere(plan, "shop", "aws-de") && !shopMoved {
			t.Errorf("shop ran in aws-de and was not placed again: %+v", f.Moves)
		}
	}
}

func ranThere(plan *planner.Plan, workload, cluster string) bool {
	for _, pl := range plan.Placements {
		if pl.Workload == workload && pl.Cluster == cluster {
			return true
		}
	}
	return false
}

// TestContingencyMargin: a team budget that the survivors can only keep
// with the emergency margin: without it the workload is uncovered for its
// budget, with it the workload moves and spends no more than the margin.
func TestContingencyMargin(t *testing.T) {
	src := func(margin string) map[string]string {
		return map[string]string{"fleet.cue": `package intent

fleet: {
	"cheap": {provider: "aws", region: "us-east-1", capacity: {cpu: 16, memory: "64Gi"}}
	"dear": {provider: "aws", region: "eu-central-1", capacity: {cpu: 16, memory: "64Gi"}}
}
teams: web: {}
workloads: api: {
	team: "web"
	image: "registry.example/api:1"
	resources: {cpu: "2", memory: "4Gi"}
	replicas: min: 4
}
planning: contingency: emergencyMargin: ` + margin + `
`}
	}
	cat := catalog(t)
	in := load(t, src("0"))
	plan := solve(t, in, planner.Options{})
	if !ranThere(plan, "api", "cheap") {
		t.Fatalf("api not in the cheap cluster: %+v", plan.Placements)
	}
	normal := plan.Totals.MonthlyCostUSD
	// A budget the cheap cluster keeps and the dear one does not, unless
	// exceeded by a margin that the test computes from the dear price.
	dear := 0.0
	{
		in2 := load(t, src("0"))
		delete(in2.Fleet, "cheap")
		dear = solve(t, in2, planner.Options{}).Totals.MonthlyCostUSD
	}
	if dear <= normal*1.01 {
		t.Fatalf("dear %.2f not dearer than cheap %.2f", dear, normal)
	}
	budget := normal * 1.0001 // above the rounded cost
	need := dear/budget - 1
	for _, tc := range []struct {
		name    string
		margin  float64
		covered bool
	}{
		{"without margin", 0, false},
		{"short margin", need * 0.9, false},
		{"enough margin", need * 1.05, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := load(t, src("0"))
			in.Budgets.Teams = map[string]float64{"web": budget}
			in.Planning.Contingency.EmergencyMargin = tc.margin
			plan, c := contingencies(t, in)
			for _, f := range c.Failures {
				checkFailure(t, in, cat, plan, c, f)
				if f.Domain != "cheap" {
					continue
				}
				if got := f.Status == planner.FailureCovered; got != tc.covered {
					t.Fatalf("status %s, uncovered %+v; want covered %v", f.Status, f.Uncovered, tc.covered)
				}
				if !tc.covered && !strings.Contains(f.Uncovered[0].Reason, "budget of team web") {
					t.Errorf("reason %q does not name the team budget", f.Uncovered[0].Reason)
				}
				if tc.covered && f.MonthlyCostUSD > budget*(1+tc.margin)+0.01 {
					t.Errorf("cost under failure %.2f over budget %.2f with margin %.2f", f.MonthlyCostUSD, budget, tc.margin)
				}
			}
		})
	}
}

// TestContingencySynth plans the loss of each cluster of generated
// fleets and checks every contingency plan independently.
func TestContingencySynth(t *testing.T) {
	cat := catalog(t)
	for _, seed := range []uint64{1, 2, 3} {
		in := synth.Generate(cat, seed, 8, 5)
		in.Planning.Contingency = schema.DefaultContingency()
		plan, c := contingencies(t, in)
		covered := 0
		for _, f := range c.Failures {
			checkFailure(t, in, cat, plan, c, f)
			if f.Status == planner.FailureCovered {
				covered++
			}
		}
		for _, f := range c.Failures {
			t.Logf("seed %d: %s %s %d moves %+v", seed, f.Domain, f.Status, len(f.Moves), f.Uncovered)
		}
		t.Logf("seed %d: %d of %d failures covered", seed, covered, len(c.Failures))
	}
}

// TestContingencyTimeLimit: contingency plans share the caller's deadline;
// a domain it cuts short is reported as not planned, not as an error.
func TestContingencyTimeLimit(t *testing.T) {
	inst, err := schema.Load("../examples/three-clouds")
	if err != nil {
		t.Fatal(err)
	}
	plan := solve(t, inst.Intent, planner.Options{})
	ctx, cancel := context.WithDeadline(t.Context(), time.Now().Add(-time.Second))
	defer cancel()
	c, err := planner.Contingencies(ctx, inst.Intent, catalog(t), plan, planner.Options{TimeLimit: time.Second})
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range c.Failures {
		if f.Status == planner.FailureUnaffected {
			continue
		}
		if f.Status != planner.FailureNotPlanned || !strings.Contains(f.Solver.Stopped, "time limit") {
			t.Errorf("%s: status %s, stopped %q: want NotPlanned and the time limit named", f.Domain, f.Status, f.Solver.Stopped)
		}
		if _, err := (&planner.Plan{Contingency: c}).Failover(f.Domain); err == nil {
			t.Errorf("%s: a failover plan from a domain not planned", f.Domain)
		}
	}
}
