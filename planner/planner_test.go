package planner_test

import (
	"bytes"
	"context"
	"flag"
	"fmt"
	"maps"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/planner/internal/synth"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

var update = flag.Bool("update", false, "rewrite the golden plans in testdata")

func catalog(t testing.TB) *providers.Catalog {
	t.Helper()
	cat, err := providers.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}

// load evaluates intent written in CUE, as a user would write it.
func load(t testing.TB, files map[string]string) *schema.Intent {
	t.Helper()
	dir := t.TempDir()
	for name, src := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	in, err := schema.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	return in.Intent
}

func solve(t testing.TB, in *schema.Intent, opts planner.Options) *planner.Plan {
	t.Helper()
	plan, err := planner.Solve(context.Background(), in, catalog(t), opts)
	if err != nil {
		t.Fatal(err)
	}
	return plan
}

// TestExamples plans every example, checks each plan independently, and
// compares it with its golden file; planning twice gives the same bytes.
func TestExamples(t *testing.T) {
	bindings, err := filepath.Glob("../examples/*/isobar.cue")
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bindings {
		dir := filepath.Dir(b)
		name := filepath.Base(dir)
		t.Run(name, func(t *testing.T) {
			inst, err := schema.Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			plan := solve(t, inst.Intent, planner.Options{})
			if plan.Status != planner.StatusOptimal {
				t.Fatalf("status %s, conflicts %v", plan.Status, plan.Explanations.Conflicts)
			}
			mustVerify(t, inst.Intent, catalog(t), plan)
			got, err := plan.JSON()
			if err != nil {
				t.Fatal(err)
			}
			again, err := solve(t, inst.Intent, planner.Options{}).JSON()
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, again) {
				t.Error("planning the same inputs twice gave different plans")
			}
			golden := filepath.Join("testdata", name+".plan.json")
			if *update {
				if err := os.WriteFile(golden, got, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./planner -update)", err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("plan differs from %s; run go test ./planner -update and review the diff", golden)
			}
		})
	}
}

const fleet = `package intent

fleet: {
	"aws-eu": {provider: "aws", region: "eu-west-1", capacity: {cpu: 32, memory: "128Gi"}, spot: available: true}
	"gcp-eu": {provider: "gcp", region: "europe-west4", capacity: {cpu: 32, memory: "128Gi"}}
	"aws-us": {provider: "aws", region: "us-east-1", capacity: {cpu: 32, memory: "128Gi"}}
}
teams: pay: {}
dataClasses: pii: allowed: ["EU"]
`

func TestResidencyExcludesAndExplains(t *testing.T) {
	in := load(t, map[string]string{"fleet.cue": fleet, "w.cue": `package intent
workloads: api: {team: "pay", image: "a:1", resources: {cpu: 1, memory: "1Gi"}, replicas: min: 3, dataClasses: ["pii"]}
`})
	plan := solve(t, in, planner.Options{})
	mustVerify(t, in, catalog(t), plan)
	for _, pl := range plan.Placements {
		if pl.Cluster == "aws-us" {
			t.Errorf("pii workload placed in the US: %+v", pl)
		}
	}
	ex := plan.Explanations.Workloads[0]
	if len(ex.Excluded) != 1 || ex.Excluded[0].Cluster != "aws-us" || ex.Excluded[0].Reason != planner.ReasonResidency ||
		ex.Excluded[0].Detail != "data class pii may live in EU; aws:us-east-1 is in US" {
		t.Errorf("exclusion not explained: %+v", ex)
	}
}

func TestInfeasibleBudgetNamesTheConflict(t *testing.T) {
	in := load(t, map[string]string{"fleet.cue": fleet, "w.cue": `package intent
workloads: api: {team: "pay", image: "a:1", resources: {cpu: 4, memory: "16Gi"}, replicas: min: 6, dataClasses: ["pii"]}
budgets: teams: pay: 100
`})
	plan := solve(t, in, planner.Options{})
	if plan.Status != planner.StatusInfeasible {
		t.Fatalf("status %s, want Infeasible", plan.Status)
	}
	if len(plan.Explanations.Conflicts) != 1 {
		t.Fatalf("want one conflict, the budget and the replica minimum, got %q", plan.Explanations.Conflicts)
	}
	msg := plan.Explanations.Conflicts[0]
	for _, want := range []string{"budget of team pay (100 USD/month) is below the least team pay can spend: ", "it conflicts with at least 6 replicas of api"} {
		if !strings.Contains(msg, want) {
			t.Errorf("conflict %q does not say %q", msg, want)
		}
	}
	checkLeastSpend(t, in, "pay", msg)
}

func TestStabilityKeepsPreviousPlacement(t *testing.T) {
	files := map[string]string{"fleet.cue": fleet, "w.cue": `package intent
workloads: api: {team: "pay", image: "a:1", resources: {cpu: 2, memory: "4Gi"}, replicas: min: 2}
planning: stability: 50
`}
	in := load(t, files)
	first := solve(t, in, planner.Options{})
	// Pretend the previous plan ran elsewhere, in a dearer but allowed place.
	prev := *first
	prev.Placements = []planner.Placement{{Workload: "api", Cluster: "gcp-eu", Provider: "gcp", Region: "europe-west4", Replicas: 2}}
	kept := solve(t, in, planner.Options{Previous: &prev})
	mustVerify(t, in, catalog(t), kept)
	if len(kept.Placements) != 1 || kept.Placements[0].Cluster != "gcp-eu" {
		t.Errorf("previous placement not kept: %+v (%s)", kept.Placements, kept.Solver.Stability)
	}
	if !strings.HasPrefix(kept.Solver.Stability, "kept the previous placement") {
		t.Errorf("stability not explained: %q", kept.Solver.Stability)
	}
}

// TestAgainstCBC solves randomised small instances with the built-in solver
// and with CBC on the same model: both plans must pass the independent
// check and their objectives agree within 1e-6 relative.
func TestAgainstCBC(t *testing.T) {
	requireSolver(t, "cbc")
	cat := catalog(t)
	sizes := []struct {
		n, m int
		seed uint64
	}{{5, 3, 1000}, {8, 4, 1001}, {12, 5, 1002}, {16, 6, 1003}, {20, 8, 1004}, {24, 10, 1005}, {20, 10, 1008}, {50, 20, 1009}}
	for _, size := range sizes {
		seed := size.seed
		t.Run(fmt.Sprintf("%dx%d-seed%d", size.n, size.m, seed), func(t *testing.T) {
			in := synth.Generate(cat, seed, size.n, size.m)
			ours := solve(t, in, planner.Options{})
			ref := solve(t, in, planner.Options{Solver: planner.SolverCBC})
			mustVerify(t, in, cat, ours)
			mustVerify(t, in, cat, ref)
			if ours.Status != ref.Status {
				t.Fatalf("status: built-in %s, cbc %s", ours.Status, ref.Status)
			}
			if ours.Status == planner.StatusInfeasible {
				return
			}
			a, b := ours.Solver.Objective, ref.Solver.Objective
			if math.Abs(a-b) > 1e-6*math.Max(1, math.Abs(b)) {
				t.Errorf("objective: built-in %.6f, cbc %.6f", a, b)
			}
		})
	}
}

// requireSolver skips the test when a reference solver is not installed, or
// fails it when ISOBAR_REQUIRE_SOLVERS is set (as CI does).
func requireSolver(t *testing.T, name string) {
	t.Helper()
	if _, err := exec.LookPath(name); err != nil {
		if os.Getenv("ISOBAR_REQUIRE_SOLVERS") != "" {
			t.Fatalf("%s is not installed (Debian packages coinor-cbc, glpk-utils)", name)
		}
		t.Skipf("%s is not installed (Debian packages coinor-cbc, glpk-utils)", name)
	}
}

// TestLargeInstance plans an instance too large for one model, with team
// budgets that bind (a third of the teams get exactly what they spend in
// a plan without budgets): the plan passes the independent check, proves
// a bound within 1% of its cost, and planning again gives the same bytes.
func TestLargeInstance(t *testing.T) {
	cat := catalog(t)
	in := synth.Generate(cat, 7, 600, 150)
	free := solve(t, in, planner.Options{})
	mustVerify(t, in, cat, free)
	spent := map[string]float64{}
	for _, tt := range free.Totals.Teams {
		spent[tt.Team] = tt.MonthlyCostUSD
	}
	synth.SetBudgets(in, spent, 1, 1.03)
	plan := solve(t, in, planner.Options{})
	mustVerify(t, in, cat, plan)
	if plan.Solver.Variables <= 20000 {
		t.Fatalf("the instance has %d variables: not large enough to test the large-instance method", plan.Solver.Variables)
	}
	if plan.Solver.LowerBound <= 0 || plan.Solver.LowerBound > plan.Solver.Objective {
		t.Errorf("bound %.2f against objective %.2f", plan.Solver.LowerBound, plan.Solver.Objective)
	}
	if plan.Solver.Gap > 0.01 {
		t.Errorf("gap %.4f%%, want at most 1%%", plan.Solver.Gap*100)
	}
	tight := 0
	for _, tt := range plan.Totals.Teams {
		if tt.BudgetUSD > 0 && tt.MonthlyCostUSD > tt.BudgetUSD-0.02*tt.BudgetUSD {
			tight++
		}
	}
	if tight == 0 {
		t.Errorf("no team budget is within 2%% of binding")
	}
	a, err := plan.JSON()
	if err != nil {
		t.Fatal(err)
	}
	b, err := solve(t, in, planner.Options{}).JSON()
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a, b) {
		t.Errorf("planning the same inputs twice gave different plans")
	}
	// Stability: re-planning with this plan in force keeps it; with the
	// plan made before the budgets in force, the result still passes.
	kept := solve(t, in, planner.Options{Previous: plan})
	mustVerify(t, in, cat, kept)
	if !strings.HasPrefix(kept.Solver.Stability, "kept the previous placement") {
		t.Errorf("stability: %q", kept.Solver.Stability)
	}
	replicas := func(p *planner.Plan) string {
		var b strings.Builder
		for _, pl := range p.Placements {
			fmt.Fprintf(&b, "%s/%s %d %d\n", pl.Workload, pl.Cluster, pl.Replicas, pl.SpotReplicas)
		}
		return b.String()
	}
	if replicas(kept) != replicas(plan) {
		t.Errorf("the kept plan places replicas differently")
	}
	again := solve(t, in, planner.Options{Previous: free})
	mustVerify(t, in, cat, again)
	if again.Solver.Stability == "" {
		t.Errorf("stability not explained")
	}
}

// TestLargeInfeasibleNamesTheConflict gives a large instance a team budget
// and a GPU demand that cannot be met: the plan is Infeasible and says
// why, in words.
func TestLargeInfeasibleNamesTheConflict(t *testing.T) {
	cat := catalog(t)
	in := synth.Generate(cat, 11, 400, 120)
	in.Budgets.Teams["team-03"] = 1
	plan := solve(t, in, planner.Options{})
	if plan.Status != planner.StatusInfeasible {
		t.Fatalf("status %s, want Infeasible", plan.Status)
	}
	want := "budget of team team-03 (1 USD/month) is below the least team team-03 can spend: at least "
	if len(plan.Explanations.Conflicts) != 1 || !strings.HasPrefix(plan.Explanations.Conflicts[0], want) {
		t.Errorf("conflicts %q, want one starting %q", plan.Explanations.Conflicts, want)
	}
	delete(in.Budgets.Teams, "team-03")
	var model string
	for _, name := range slices.Sorted(maps.Keys(in.Workloads)) {
		if w := in.Workloads[name]; w.Resources.GPU != nil {
			w.Replicas.Min = 500
			in.Workloads[name] = w
			model = w.Resources.GPU.Model
			break
		}
	}
	plan = solve(t, in, planner.Options{})
	if plan.Status != planner.StatusInfeasible || len(plan.Explanations.Conflicts) != 1 ||
		!strings.HasPrefix(plan.Explanations.Conflicts[0], "GPUs: workloads ") ||
		!strings.Contains(plan.Explanations.Conflicts[0], " "+model+" GPUs for their required replicas; the whole fleet has ") {
		t.Errorf("status %s, conflicts %q, want Infeasible for want of %s GPUs", plan.Status, plan.Explanations.Conflicts, model)
	}
}
