package planner

import (
	"context"
	"fmt"
	"os"
	"slices"
	"testing"
	"time"

	"isobar.dev/isobar/planner/internal/synth"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// BenchmarkWeek plans a week of hourly windows (168) for the synthetic
// 200 × 50 instance with daily profiles in each geography's time zone,
// weekends at 60%, within a time limit of 60 s and a gap of 1%, and
// prints the wall time, the static plan's and the week's cost, the
// saving, and the windows' gaps (worst and median). ISOBAR_MOVE_COST sets
// planning.moveCostUSD (default 0).
func BenchmarkWeek(b *testing.B) {
	cat, err := providers.Builtin()
	if err != nil {
		b.Fatal(err)
	}
	in := synth.Generate(cat, 42, 200, 50)
	synth.Profiles(in, 0.6)
	in.Planning.Windows = schema.Windows{Split: schema.SplitHourly, Reference: "2026-01-05"}
	if v := os.Getenv("ISOBAR_MOVE_COST"); v != "" {
		if _, err := fmt.Sscan(v, &in.Planning.MoveCostUSD); err != nil {
			b.Fatal(err)
		}
	}
	for b.Loop() {
		start := time.Now()
		plan, err := Solve(context.Background(), in, cat, Options{TimeLimit: 60 * time.Second, Gap: 1e-2})
		took := time.Since(start)
		if err != nil {
			b.Fatal(err)
		}
		wk := plan.Week
		gaps := make([]float64, len(wk.Windows))
		changes := 0
		for i, w := range wk.Windows {
			gaps[i] = w.Gap
			for _, c := range w.Changes {
				changes += max(c.To-c.From, c.From-c.To)
			}
		}
		slices.Sort(gaps)
		distinct := map[string]bool{}
		for _, w := range wk.Windows {
			var k []float64
			for _, d := range w.Demand {
				k = append(k, d.RPS)
			}
			distinct[fmt.Sprint(k)] = true
		}
		b.ReportMetric(took.Seconds(), "s/week")
		b.ReportMetric(gaps[len(gaps)-1]*100, "worst-gap%")
		b.ReportMetric(wk.SavingPercent, "saving%")
		fmt.Fprintf(os.Stderr, "week 200x50: %d windows (%d distinct demands) in %v; static %.2f USD/month (gap %.3f%%, %s), week %.2f USD/month, saving %.2f USD (%.2f%%); window gaps worst %.4f%% median %.4f%%; %d replica changes over the week (move cost %.2f USD); stopped: %q\n",
			len(wk.Windows), len(distinct), took.Round(time.Millisecond), wk.StaticMonthlyCostUSD, plan.Solver.Gap*100, plan.Solver.Status,
			wk.MonthlyCostUSD, wk.SavingUSD, wk.SavingPercent, gaps[len(gaps)-1]*100, gaps[len(gaps)/2]*100, changes, in.Planning.MoveCostUSD, wk.Stopped)
	}
}
