package planner_test

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/planner/internal/synth"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// variant makes one kind of synthetic instance of n workloads over m
// clusters.
type variant func(t testing.TB, cat *providers.Catalog, seed uint64, n, m int) *schema.Intent

// teamSpend plans in without a time limit (to a gap of 0.2%, the same on
// every run) and returns what each team spends.
func teamSpend(t testing.TB, cat *providers.Catalog, in *schema.Intent) map[string]float64 {
	t.Helper()
	plan := solve(t, in, planner.Options{Gap: 2e-3})
	spent := map[string]float64{}
	for _, tt := range plan.Totals.Teams {
		spent[tt.Team] = tt.MonthlyCostUSD
	}
	return spent
}

// variants are the kinds of instance the time limit and memory are tried
// on: feasible ones, easy and with budgets that bind, and infeasible ones
// for want of budget, capacity, or room where the data may live.
var variants = map[string]variant{
	"feasible": func(t testing.TB, cat *providers.Catalog, seed uint64, n, m int) *schema.Intent {
		return synth.Generate(cat, seed, n, m)
	},
	// A third of the teams get exactly what they spend in a plan without
	// budgets, the others 3% more: feasible, and the budgets bind.
	"budgets": func(t testing.TB, cat *providers.Catalog, seed uint64, n, m int) *schema.Intent {
		in := synth.Generate(cat, seed, n, m)
		synth.SetBudgets(in, teamSpend(t, cat, in), 1, 1.03)
		return in
	},
	// A third of the teams get 15% less than they spend in a plan without
	// budgets, the others exactly that.
	"squeezed": func(t testing.TB, cat *providers.Catalog, seed uint64, n, m int) *schema.Intent {
		in := synth.Generate(cat, seed, n, m)
		synth.SetBudgets(in, teamSpend(t, cat, in), 0.85, 1)
		return in
	},
	"short-capacity": func(t testing.TB, cat *providers.Catalog, seed uint64, n, m int) *schema.Intent {
		in := synth.Generate(cat, seed, n, m)
		synth.ShortCapacity(in, 0.9)
		return in
	},
	// The pii workloads may only use the country of the smallest EU
	// cluster (those needing GPUs ask for none, so that each has a
	// cluster): they do not fit.
	"residency": func(t testing.TB, cat *providers.Catalog, seed uint64, n, m int) *schema.Intent {
		in := synth.Generate(cat, seed, n, m)
		synth.ConfineResidency(in, synth.SmallestEUCountry(cat, in))
		for _, name := range slices.Sorted(maps.Keys(in.Workloads)) {
			if w := in.Workloads[name]; len(w.DataClasses) > 0 && w.Resources.GPU != nil {
				w.Resources.GPU = nil
				in.Workloads[name] = w
			}
		}
		return in
	},
}

// TestWriteInstances writes instances for measuring the command line
// from outside when ISOBAR_SYNTH_DIR names a folder: one folder per
// variant and size, such as short-capacity-60x25/intent.cue.
//
//	ISOBAR_SYNTH_DIR=/tmp/instances go test ./planner -run TestWriteInstances
//	/usr/bin/time -f '%e s %M KiB' isobar plan /tmp/instances/squeezed-15x8 --time-limit 10s
func TestWriteInstances(t *testing.T) {
	out := os.Getenv("ISOBAR_SYNTH_DIR")
	if out == "" {
		t.Skip("ISOBAR_SYNTH_DIR not set")
	}
	cat := catalog(t)
	for _, name := range slices.Sorted(maps.Keys(variants)) {
		for _, size := range []struct{ n, m int }{{15, 8}, {40, 15}, {50, 20}, {60, 25}, {80, 30}, {300, 40}} {
			in := variants[name](t, cat, 42, size.n, size.m)
			b, err := synth.CUE(in)
			if err != nil {
				t.Fatal(err)
			}
			dir := filepath.Join(out, fmt.Sprintf("%s-%dx%d", name, size.n, size.m))
			if err := os.MkdirAll(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "intent.cue"), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
}

// promised is the longest a run with the time limit may take: the limit
// and 10% or a second more, whichever is larger.
func promised(limit time.Duration) time.Duration {
	return limit + max(limit/10, time.Second)
}

// TestTimeLimitIsKept plans instances on which runs went on long past
// their time limit, each with a limit of 2 s: the run ends within the
// promise and reports what it proved. An infeasible instance is never
// given a plan, a feasible one never called infeasible; a plan cut short
// passes the independent check and says what the limit left unproven; a
// run without a verdict says what it tried. (A test of the promise, not
// of speed: what matters is that each step stops at the deadline.)
func TestTimeLimitIsKept(t *testing.T) {
	if testing.Short() {
		t.Skip("plans several instances for their time limit")
	}
	cat := catalog(t)
	const limit = 2 * time.Second
	for _, tt := range []struct {
		name       string
		variant    string
		n, m       int
		objective  string
		solver     string
		infeasible bool
	}{
		// The search for conflicts over some 5,000 groups of constraints.
		{name: "infeasible 300 workloads", variant: "residency", n: 300, m: 40, infeasible: true},
		{name: "infeasible 60x25 capacity", variant: "short-capacity", n: 60, m: 25, infeasible: true},
		{name: "infeasible 50x20 budgets", variant: "squeezed", n: 50, m: 20, infeasible: true},
		// Three solves in a row (cost, latency, cost at that latency).
		{name: "feasible 60x25 latency", variant: "budgets", n: 60, m: 25, objective: schema.MinimizeLatency},
		{name: "feasible 60x25 weighted", variant: "budgets", n: 60, m: 25, objective: schema.MinimizeWeighted},
		{name: "cbc feasible 60x25", variant: "budgets", n: 60, m: 25, objective: schema.MinimizeLatency, solver: planner.SolverCBC},
		{name: "cbc infeasible 60x25 capacity", variant: "short-capacity", n: 60, m: 25, solver: planner.SolverCBC, infeasible: true},
		{name: "glpk infeasible 50x20 budgets", variant: "squeezed", n: 50, m: 20, solver: planner.SolverGLPK, infeasible: true},
	} {
		t.Run(tt.name, func(t *testing.T) {
			switch tt.solver {
			case planner.SolverCBC:
				requireSolver(t, "cbc")
			case planner.SolverGLPK:
				requireSolver(t, "glpsol")
			}
			in := variants[tt.variant](t, cat, 42, tt.n, tt.m)
			if tt.objective != "" {
				in.Objective.Minimize = tt.objective
				if tt.objective == schema.MinimizeWeighted {
					in.Objective.Weights = &schema.Weights{Cost: 0.5, Latency: 0.3, Carbon: 0.2}
				}
			}
			start := time.Now()
			plan, err := planner.Solve(context.Background(), in, cat, planner.Options{Solver: tt.solver, TimeLimit: limit})
			took := time.Since(start)
			if took > promised(limit) {
				t.Errorf("took %v with a time limit of %v (promised at most %v)", took, limit, promised(limit))
			}
			var none *planner.NoVerdictError
			switch {
			case errors.As(err, &none):
				if len(none.Tried) == 0 || !strings.Contains(err.Error(), "within the time limit of 2s") {
					t.Errorf("no verdict without saying what was tried within the limit: %v", err)
				}
				t.Logf("%v: %v", took, err)
				return
			case err != nil:
				t.Fatal(err)
			}
			t.Logf("%v: %s, %d conflicts, gap %g; %s", took, plan.Status, len(plan.Explanations.Conflicts), plan.Solver.Gap, plan.Solver.Stopped)
			if tt.infeasible {
				if plan.Status != planner.StatusInfeasible {
					t.Fatalf("status %s for an infeasible intent", plan.Status)
				}
				if len(plan.Explanations.Conflicts) == 0 {
					t.Errorf("infeasible without conflicts")
				}
				return
			}
			if plan.Status == planner.StatusInfeasible {
				t.Fatalf("a feasible intent called infeasible: %q", plan.Explanations.Conflicts)
			}
			mustVerify(t, in, cat, plan)
			s := plan.Solver
			if s.LowerBound > s.Objective+1e-6*max(1, s.Objective) {
				t.Errorf("lower bound %g above the objective %g", s.LowerBound, s.Objective)
			}
			if plan.Status == planner.StatusFeasible && s.Stopped == "" {
				t.Errorf("a plan cut short does not say so (gap %g)", s.Gap)
			}
		})
	}
}
