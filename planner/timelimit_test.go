package planner_test

import (
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

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
