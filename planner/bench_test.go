package planner

import (
	"context"
	"fmt"
	"math"
	"os"
	"os/exec"
	"sort"
	"testing"
	"time"

	"isobar.dev/isobar/planner/internal/synth"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// benchSizes are the instance sizes of the issue: workloads × clusters.
var benchSizes = []struct{ n, m int }{{20, 10}, {200, 50}, {1000, 200}, {5000, 500}}

// benchInstance is the synthetic instance of a size with team budgets that
// bind: a plan without budgets (not timed) gives each team's spending, and
// a third of the teams get exactly that (rounded up to the dollar), the
// others 10% more. The plan without budgets keeps them all, so they are
// feasible, and a third are tight in it.
func benchInstance(b testing.TB, cat *providers.Catalog, n, m int) *schema.Intent {
	in := synth.Generate(cat, 42, n, m)
	// No time limit, so that the instance is the same on every run.
	plan, err := Solve(context.Background(), in, cat, Options{Gap: 2e-3})
	if err != nil {
		b.Fatal(err)
	}
	spent := map[string]float64{}
	for _, t := range plan.Totals.Teams {
		spent[t.Team] = t.MonthlyCostUSD
	}
	synth.SetBudgets(in, spent, 1, 1.1)
	return in
}

// BenchmarkPlan plans synthetic instances of each size with the built-in
// solver and reports the gap it proves and the cost of a capacity-weighted
// split of the same replicas (how Karmada's dynamic weights divide them)
// beside its own.
func BenchmarkPlan(b *testing.B) {
	cat, err := providers.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range benchSizes {
		b.Run(fmt.Sprintf("%dx%d", size.n, size.m), func(b *testing.B) {
			in := benchInstance(b, cat, size.n, size.m)
			opts := Options{TimeLimit: 10 * time.Second, Gap: 1e-4}
			var plan *Plan
			for b.Loop() {
				plan, err = Solve(context.Background(), in, cat, opts)
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(plan.Solver.Gap*100, "gap%")
			b.ReportMetric(plan.Totals.MonthlyCostUSD, "USD/month")
			p, err := newProblem(in, cat)
			if err != nil {
				b.Fatal(err)
			}
			if split, ok := capacityWeightedCost(p); ok {
				b.ReportMetric(split, "split-USD/month")
				fmt.Fprintf(os.Stderr, "%dx%d: isobar %.2f USD/month (gap %.4f%%, %s), capacity-weighted split %.2f USD/month (%.1f%% more)\n",
					size.n, size.m, plan.Totals.MonthlyCostUSD, plan.Solver.Gap*100, plan.Solver.Status, split, (split/plan.Totals.MonthlyCostUSD-1)*100)
			}
		})
	}
}

// capacityWeightedCost places each workload's required replicas over its
// candidate clusters in proportion to the replicas each can still take, as
// Karmada's dynamic-weight division does, and prices the result. It ignores
// budgets and latency routing; it reports false when some workload does not
// fit.
func capacityWeightedCost(p *problem) (float64, bool) {
	free := make([][2]float64, len(p.clusters)) // cores, GiB
	for i, c := range p.clusters {
		free[i] = [2]float64{c.spec.Capacity.CPU.Cores(), c.spec.Capacity.Memory.GiB()}
	}
	total := 0.0
	for _, w := range p.workloads {
		cpu, mem := w.spec.Resources.CPU.Cores(), w.spec.Resources.Memory.GiB()
		weights := make([]float64, len(w.cands))
		sum := 0.0
		for k, c := range w.cands {
			weights[k] = math.Floor(math.Min(free[c.cluster][0]/cpu, free[c.cluster][1]/mem))
			sum += weights[k]
		}
		need := w.required
		if sum < float64(need) {
			return 0, false
		}
		// Largest remainder, ties to the lower index.
		alloc := make([]int, len(w.cands))
		type rem struct {
			k int
			r float64
		}
		var rems []rem
		given := 0
		for k := range w.cands {
			share := float64(need) * weights[k] / sum
			alloc[k] = int(math.Floor(share))
			given += alloc[k]
			rems = append(rems, rem{k, share - math.Floor(share)})
		}
		sort.SliceStable(rems, func(i, j int) bool { return rems[i].r > rems[j].r })
		for i := 0; given < need; i++ {
			alloc[rems[i%len(rems)].k]++
			given++
		}
		for k, c := range w.cands {
			n := float64(alloc[k])
			free[c.cluster][0] -= n * cpu
			free[c.cluster][1] -= n * mem
			total += n * (c.cost + c.egress)
		}
	}
	return total, true
}

// BenchmarkVsCBC plans the instances up to 1,000 × 200 with the built-in
// solver as BenchmarkPlan does (10 s limit) and with CBC on the same model
// (limit ISOBAR_CBC_LIMIT, default 10m), one run each side by side, and
// prints the costs, gaps and times with their ratios.
func BenchmarkVsCBC(b *testing.B) {
	if os.Getenv("ISOBAR_BENCH_CBC") == "" {
		b.Skip("set ISOBAR_BENCH_CBC=1 (make bench-cbc): CBC runs up to ISOBAR_CBC_LIMIT per instance")
	}
	if _, err := exec.LookPath("cbc"); err != nil {
		b.Skip("cbc is not installed (Debian package coinor-cbc)")
	}
	limit := 10 * time.Minute
	if v := os.Getenv("ISOBAR_CBC_LIMIT"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil {
			b.Fatal(err)
		}
		limit = d
	}
	cat, err := providers.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	for _, size := range benchSizes[:3] {
		b.Run(fmt.Sprintf("%dx%d", size.n, size.m), func(b *testing.B) {
			in := benchInstance(b, cat, size.n, size.m)
			run := func(opts Options) (*Plan, time.Duration, error) {
				start := time.Now()
				plan, err := Solve(context.Background(), in, cat, opts)
				return plan, time.Since(start), err
			}
			for b.Loop() {
				ours, tOurs, err := run(Options{TimeLimit: 10 * time.Second, Gap: 1e-4})
				if err != nil {
					b.Fatal(err)
				}
				ref, tRef, err := run(Options{Solver: SolverCBC, TimeLimit: limit})
				if err != nil {
					fmt.Fprintf(os.Stderr, "%dx%d: builtin %s %.2f USD (gap %.4f%%) in %v; cbc no plan in %v: %v\n",
						size.n, size.m, ours.Solver.Status, ours.Totals.MonthlyCostUSD, ours.Solver.Gap*100, tOurs.Round(time.Millisecond), tRef.Round(time.Second), err)
					continue
				}
				fmt.Fprintf(os.Stderr, "%dx%d: builtin %s %.2f USD (gap %.4f%%) in %v; cbc %s %.2f USD (gap %.4f%%) in %v; cost ratio %.4f, time ratio %.3f\n",
					size.n, size.m, ours.Solver.Status, ours.Totals.MonthlyCostUSD, ours.Solver.Gap*100, tOurs.Round(time.Millisecond),
					ref.Solver.Status, ref.Totals.MonthlyCostUSD, ref.Solver.Gap*100, tRef.Round(time.Millisecond),
					ours.Totals.MonthlyCostUSD/ref.Totals.MonthlyCostUSD, tOurs.Seconds()/tRef.Seconds())
			}
		})
	}
}
