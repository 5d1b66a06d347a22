package main

import (
	"context"
	"fmt"
	"time"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/planner/internal/synth"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// size is an instance's workloads × clusters.
type size struct{ n, m int }

func (s size) String() string { return fmt.Sprintf("%dx%d", s.n, s.m) }

// family is a kind of instance: how to make one of a size from the
// generator's base instance, and whether it is meant to have a plan.
type family struct {
	kind string
	// feasible is what the family is built to be; the solvers' verdicts,
	// not this, decide the benchmark's checks.
	feasible bool
	sizes    []size
	// make changes the base instance; it reports false when the size
	// cannot hold the family's feature (no workload needs GPUs).
	make func(ctx context.Context, cat *providers.Catalog, in *schema.Intent) (bool, error)
}

// families are the suite: 47 instances from 5 × 3 to 200 × 50.
var families = []family{
	{kind: "cost", feasible: true, sizes: []size{{5, 3}, {10, 5}, {20, 10}, {50, 20}, {100, 30}, {200, 50}},
		make: func(context.Context, *providers.Catalog, *schema.Intent) (bool, error) { return true, nil }},
	// A third of the teams get exactly what they spend in a plan without
	// budgets, the others 3% more.
	{kind: "budgets", feasible: true, sizes: []size{{10, 5}, {20, 10}, {50, 20}, {100, 30}, {200, 50}},
		make: func(ctx context.Context, cat *providers.Catalog, in *schema.Intent) (bool, error) {
			spent, err := teamSpend(ctx, cat, in)
			if err != nil {
				return false, err
			}
			synth.SetBudgets(in, spent, 1, 1.03)
			return true, nil
		}},
	{kind: "squeezed", feasible: false, sizes: []size{{10, 5}, {20, 10}, {50, 20}, {100, 30}},
		make: func(ctx context.Context, cat *providers.Catalog, in *schema.Intent) (bool, error) {
			spent, err := teamSpend(ctx, cat, in)
			if err != nil {
				return false, err
			}
			synth.SqueezeBudgets(in, spent)
			return true, nil
		}},
	{kind: "cpu-short", feasible: false, sizes: []size{{5, 3}, {20, 10}, {50, 20}, {100, 30}, {200, 50}},
		make: func(_ context.Context, _ *providers.Catalog, in *schema.Intent) (bool, error) {
			synth.ShortCapacity(in, 0.9)
			return true, nil
		}},
	{kind: "gpu-short", feasible: false, sizes: []size{{10, 5}, {20, 10}, {50, 20}, {100, 30}},
		make: func(_ context.Context, _ *providers.Catalog, in *schema.Intent) (bool, error) {
			return synth.ShortGPUs(in, 0.5), nil
		}},
	// The pii workloads may only live in an EU country without a cluster.
	{kind: "residency-none", feasible: false, sizes: []size{{5, 3}, {20, 10}, {50, 20}, {200, 50}},
		make: func(_ context.Context, cat *providers.Catalog, in *schema.Intent) (bool, error) {
			country := synth.CountryWithoutCluster(cat, in)
			synth.ConfineResidency(in, country)
			return country != "", nil
		}},
	// The pii workloads may only live in the country of the smallest EU
	// cluster: they compete for it.
	{kind: "residency-small", feasible: false, sizes: []size{{20, 10}, {50, 20}, {100, 30}},
		make: func(_ context.Context, cat *providers.Catalog, in *schema.Intent) (bool, error) {
			synth.ConfineResidency(in, synth.SmallestEUCountry(cat, in))
			return true, nil
		}},
	{kind: "spread", feasible: true, sizes: []size{{10, 5}, {20, 10}, {50, 20}, {100, 30}, {200, 50}},
		make: func(_ context.Context, _ *providers.Catalog, in *schema.Intent) (bool, error) {
			synth.Spread(in, 2, 2)
			return true, nil
		}},
	{kind: "latency", feasible: true, sizes: []size{{10, 5}, {20, 10}, {50, 20}, {100, 30}},
		make: objective(schema.MinimizeLatency)},
	{kind: "carbon", feasible: true, sizes: []size{{10, 5}, {20, 10}, {50, 20}, {100, 30}, {200, 50}},
		make: objective(schema.MinimizeCarbon)},
	{kind: "weighted", feasible: true, sizes: []size{{20, 10}, {50, 20}},
		make: objective(schema.MinimizeWeighted)},
}

func objective(minimize string) func(context.Context, *providers.Catalog, *schema.Intent) (bool, error) {
	return func(_ context.Context, _ *providers.Catalog, in *schema.Intent) (bool, error) {
		synth.SetObjective(in, minimize)
		return true, nil
	}
}

// instance is one entry of the suite.
type instance struct {
	name string // kind-NxM
	fam  *family
	size size
}

// suite lists every instance in order.
func suite() []instance {
	var out []instance
	for i := range families {
		f := &families[i]
		for _, s := range f.sizes {
			out = append(out, instance{name: fmt.Sprintf("%s-%s", f.kind, s), fam: f, size: s})
		}
	}
	return out
}

// build makes the instance's intent from seed. It reports false when
// the size cannot hold the family's feature.
func (x instance) build(ctx context.Context, cat *providers.Catalog, seed uint64) (*schema.Intent, bool, error) {
	in := synth.Generate(cat, seed, x.size.n, x.size.m)
	ok, err := x.fam.make(ctx, cat, in)
	if err != nil {
		return nil, false, fmt.Errorf("instance %s: %w", x.name, err)
	}
	return in, ok, nil
}

// teamSpend plans the instance as it is (not timed) and returns what
// each team spends, for budgets near it. The plan is taken to a gap of
// 0.1%; a minute bounds it on a slow machine.
func teamSpend(ctx context.Context, cat *providers.Catalog, in *schema.Intent) (map[string]float64, error) {
	plan, err := planner.Solve(ctx, in, cat, planner.Options{Gap: 1e-3, TimeLimit: time.Minute})
	if err != nil {
		return nil, fmt.Errorf("plan without budgets: %w", err)
	}
	if plan.Status == planner.StatusInfeasible {
		return nil, fmt.Errorf("plan without budgets: infeasible")
	}
	spent := map[string]float64{}
	for _, t := range plan.Totals.Teams {
		spent[t.Team] = t.MonthlyCostUSD
	}
	return spent, nil
}
