package cli

import (
	"context"
	"errors"
	"fmt"

	"isobar.dev/isobar/internal/report"
	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// tradeoff plans the intent n times, from cost only to latency only with
// weighted objectives between, for the report's cost-versus-latency curve.
// Intents without demand have no latency to trade and get no curve.
func tradeoff(ctx context.Context, in *schema.Intent, po *planOptions, n int) ([]report.TradeoffPoint, error) {
	if n < 2 || !hasDemand(in) {
		return nil, nil
	}
	cat, err := providers.Builtin()
	if err != nil {
		return nil, err
	}
	var points []report.TradeoffPoint
	for i := range n {
		// Each point gets an equal share of the time left.
		po.share = 1 / float64(n-i)
		w := float64(i) / float64(n-1)
		variant := *in
		switch i {
		case 0:
			variant.Objective = schema.Objective{Minimize: schema.MinimizeCost}
		case n - 1:
			variant.Objective = schema.Objective{Minimize: schema.MinimizeLatency}
		default:
			variant.Objective = schema.Objective{Minimize: schema.MinimizeWeighted, Weights: &schema.Weights{Cost: 1 - w, Latency: w}}
		}
		plan, err := po.solve(ctx, &variant, cat, planner.Options{Solver: po.solver, TimeLimit: po.timeLimit, Gap: po.gap})
		var none *planner.NoVerdictError
		if errors.As(err, &none) {
			continue // a point the time left does not settle is left out
		}
		if err != nil {
			return nil, fmt.Errorf("trade-off curve, latency weight %.2f: %w", w, err)
		}
		if plan.Status == planner.StatusInfeasible {
			return nil, nil
		}
		points = append(points, report.TradeoffPoint{LatencyWeight: w, CostUSD: plan.Totals.MonthlyCostUSD, LatencyMs: plan.Totals.LatencyMs})
	}
	return points, nil
}

func hasDemand(in *schema.Intent) bool {
	for _, w := range in.Workloads {
		if len(w.Demand) > 0 {
			return true
		}
	}
	return false
}

// htmlReport renders the plan as a self-contained page.
func htmlReport(ctx context.Context, path string, in *schema.Intent, plan *planner.Plan, po *planOptions, points int) ([]byte, error) {
	cat, err := providers.Builtin()
	if err != nil {
		return nil, err
	}
	curve, err := tradeoff(ctx, in, po, points)
	if err != nil {
		return nil, err
	}
	return report.HTML(report.Input{Title: "isobar plan: " + path, Plan: plan, Intent: in, Catalog: cat, Tradeoff: curve})
}
