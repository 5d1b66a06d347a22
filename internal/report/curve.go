package report

import (
	"fmt"
	"math"

	"isobar.dev/isobar/planner"
)

// Chart size and margins of the trade-off curve.
const (
	chartW, chartH          = 640.0, 320.0
	marginL, marginR        = 80.0, 20.0
	marginT, marginB        = 20.0, 50.0
	plotW, plotH            = chartW - marginL - marginR, chartH - marginT - marginB
	ticks                   = 5
	minSpanCost, minSpanLat = 1.0, 1.0
)

// curve is the trade-off chart: monthly cost against mean latency.
type curve struct {
	Points         []curvePoint
	Line           string
	XTicks, YTicks []tick
	Chosen         curvePoint
}

type curvePoint struct {
	X, Y          float64
	Weight        float64
	Cost, Latency float64
}

type tick struct {
	Pos   float64
	Label string
}

func newCurve(points []TradeoffPoint, plan *planner.Plan) *curve {
	if len(points) == 0 {
		return nil
	}
	minC, maxC := plan.Totals.MonthlyCostUSD, plan.Totals.MonthlyCostUSD
	minL, maxL := plan.Totals.LatencyMs, plan.Totals.LatencyMs
	for _, p := range points {
		minC, maxC = math.Min(minC, p.CostUSD), math.Max(maxC, p.CostUSD)
		minL, maxL = math.Min(minL, p.LatencyMs), math.Max(maxL, p.LatencyMs)
	}
	// Pad the ranges so that points do not sit on the axes.
	padC := math.Max((maxC-minC)*0.1, minSpanCost)
	padL := math.Max((maxL-minL)*0.1, minSpanLat)
	minC, maxC = math.Max(0, minC-padC), maxC+padC
	minL, maxL = math.Max(0, minL-padL), maxL+padL
	x := func(l float64) float64 { return round1(marginL + (l-minL)/(maxL-minL)*plotW) }
	y := func(c float64) float64 { return round1(marginT + plotH - (c-minC)/(maxC-minC)*plotH) }
	cv := &curve{}
	for i, p := range points {
		cp := curvePoint{X: x(p.LatencyMs), Y: y(p.CostUSD), Weight: p.LatencyWeight, Cost: p.CostUSD, Latency: p.LatencyMs}
		cv.Points = append(cv.Points, cp)
		if i > 0 {
			cv.Line += " "
		}
		cv.Line += fmt.Sprintf("%.1f,%.1f", cp.X, cp.Y)
	}
	cv.Chosen = curvePoint{X: x(plan.Totals.LatencyMs), Y: y(plan.Totals.MonthlyCostUSD), Cost: plan.Totals.MonthlyCostUSD, Latency: plan.Totals.LatencyMs}
	for i := 0; i <= ticks; i++ {
		l := minL + (maxL-minL)*float64(i)/ticks
		c := minC + (maxC-minC)*float64(i)/ticks
		cv.XTicks = append(cv.XTicks, tick{Pos: x(l), Label: fmt.Sprintf("%.0f", l)})
		cv.YTicks = append(cv.YTicks, tick{Pos: y(c), Label: usd(c)})
	}
	return cv
}
