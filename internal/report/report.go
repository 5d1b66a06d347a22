// Package report writes a plan as one self-contained HTML page: a world
// map (SVG) of the fleet's regions, the chosen placements and the user
// geographies with the traffic between them, the cost and latency tables,
// the cost-versus-latency trade-off curve, the plan per window of the week
// (demand and capacity charts, placement changes), and the planner's
// explanations.
// The page fetches nothing: styles are inline, the map's land outline
// (Natural Earth 1:110m, public domain, see internal/landgen) is embedded,
// and there is no script.
package report

import (
	"bytes"
	_ "embed"
	"fmt"
	"html/template"
	"maps"
	"math"
	"slices"
	"strings"

	"isobar.dev/isobar/internal/money"
	"isobar.dev/isobar/internal/preview"
	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

//go:embed land.path
var landPath string

//go:embed page.html.tmpl
var pageTemplate string

// Map size: an equirectangular projection onto 1000×500.
const (
	mapW = 1000
	mapH = 500
)

// TradeoffPoint is one plan of the cost-versus-latency curve: the intent
// planned with a weighted objective.
type TradeoffPoint struct {
	// LatencyWeight is the latency term's weight; cost has 1 - LatencyWeight.
	LatencyWeight float64 `json:"latencyWeight"`
	CostUSD       float64 `json:"monthlyCostUSD"`
	LatencyMs     float64 `json:"latencyMs"`
}

// Input is what the page shows.
type Input struct {
	Title    string
	Plan     *planner.Plan
	Intent   *schema.Intent
	Catalog  *providers.Catalog
	Tradeoff []TradeoffPoint
}

// HTML renders the page.
func HTML(in Input) ([]byte, error) {
	tmpl, err := template.New("page").Funcs(template.FuncMap{
		"usd":  usd,
		"f1":   func(v float64) string { return fmt.Sprintf("%.1f", v) },
		"f0":   func(v float64) string { return fmt.Sprintf("%.0f", v) },
		"pct":  func(v float64) string { return fmt.Sprintf("%.2g%%", v*100) },
		"land": func() template.HTML { return template.HTML(`<path class="land" d="` + landPath + `"/>`) },
	}).Parse(pageTemplate)
	if err != nil {
		return nil, fmt.Errorf("report template: %w", err)
	}
	p := build(in)
	var buf bytes.Buffer
	if err := tmpl.Execute(&buf, p); err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	return buf.Bytes(), nil
}

// page is the template's data.
type page struct {
	Title     string
	Plan      *planner.Plan
	Clusters  []mapCluster
	Geos      []mapGeo
	Links     []mapLink
	Graticule []float64
	Curve     *curve
	Excluded  []excludedRow
	Estimated bool
	// Week and WeekCharts show the plan per window of the week, when it
	// has one.
	Week       *preview.Week
	WeekCharts []preview.WeekChart
}

type mapCluster struct {
	Name, Provider, Region string
	X, Y                   float64
	Used                   bool
	Replicas               int
	Cost                   float64
}

type mapGeo struct {
	Name            string
	Left, Top, Size float64
	RPS             float64
}

type mapLink struct {
	X1, Y1, X2, Y2 float64
	Title          string
	Width          float64
}

type excludedRow struct {
	Workload, Cluster, Reason, Detail string
}

func project(lat, lon float64) (x, y float64) {
	return round1((lon + 180) / 360 * mapW), round1((90 - lat) / 180 * mapH)
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }

func build(in Input) page {
	p := page{Title: in.Title, Plan: in.Plan}
	if p.Title == "" {
		p.Title = "isobar plan"
	}
	for lon := -150.0; lon <= 150; lon += 30 {
		x, _ := project(0, lon)
		p.Graticule = append(p.Graticule, x)
	}
	used := map[string]int{}
	cost := map[string]float64{}
	for _, pl := range in.Plan.Placements {
		used[pl.Cluster] += pl.Replicas
		cost[pl.Cluster] += pl.MonthlyCostUSD
	}
	pos := map[string][2]float64{}
	for _, name := range slices.Sorted(maps.Keys(in.Intent.Fleet)) {
		c := in.Intent.Fleet[name]
		lat, lon, ok := regionPoint(in.Intent, in.Catalog, c.Provider, c.Region)
		if !ok {
			continue
		}
		x, y := project(lat, lon)
		pos[name] = [2]float64{x, y}
		p.Clusters = append(p.Clusters, mapCluster{
			Name: name, Provider: c.Provider, Region: c.Region, X: x, Y: y,
			Used: used[name] > 0, Replicas: used[name], Cost: cost[name],
		})
	}
	geos := schema.BuiltinGeographies()
	maps.Copy(geos, in.Intent.Geographies)
	demand := map[string]float64{}
	for _, w := range in.Intent.Workloads {
		for g, d := range w.Demand {
			demand[g] += d.RPS
		}
	}
	gpos := map[string][2]float64{}
	maxRPS := 1.0
	for _, rps := range demand {
		maxRPS = math.Max(maxRPS, rps)
	}
	for _, name := range slices.Sorted(maps.Keys(demand)) {
		g, ok := geos[name]
		if !ok {
			continue
		}
		x, y := project(g.Lat, g.Lon)
		gpos[name] = [2]float64{x, y}
		size := round1(6 + 12*math.Sqrt(demand[name]/maxRPS))
		p.Geos = append(p.Geos, mapGeo{Name: name, Left: round1(x - size/2), Top: round1(y - size/2), Size: size, RPS: demand[name]})
	}
	for _, pl := range in.Plan.Placements {
		c, ok := pos[pl.Cluster]
		if !ok {
			continue
		}
		for _, t := range pl.Serves {
			g, ok := gpos[t.Geography]
			if !ok {
				continue
			}
			if strings.HasPrefix(t.Source, "estimated") {
				p.Estimated = true
			}
			p.Links = append(p.Links, mapLink{
				X1: g[0], Y1: g[1], X2: c[0], Y2: c[1],
				Title: fmt.Sprintf("%s: %s → %s, %.0f rps, %.0f ms", pl.Workload, t.Geography, pl.Cluster, t.RPS, t.RTTMs),
				Width: round1(1 + 4*math.Sqrt(t.RPS/maxRPS)),
			})
		}
	}
	for _, e := range in.Plan.Explanations.Workloads {
		for _, x := range e.Excluded {
			p.Excluded = append(p.Excluded, excludedRow{Workload: e.Workload, Cluster: x.Cluster, Reason: x.Reason, Detail: x.Detail})
		}
	}
	p.Curve = newCurve(in.Tradeoff, in.Plan)
	p.Week = preview.WeekOf(in.Intent, in.Plan)
	p.WeekCharts = preview.WeekCharts(in.Intent, in.Plan)
	return p
}

// regionPoint is a region's location: the intent's override first, then
// the catalog.
func regionPoint(in *schema.Intent, cat *providers.Catalog, provider, region string) (lat, lon float64, ok bool) {
	if o, found := in.Catalog.Regions[provider][region]; found && o.Lat != nil && o.Lon != nil {
		return *o.Lat, *o.Lon, true
	}
	if cat == nil {
		return 0, 0, false
	}
	r, found := cat.Region(provider, region)
	if !found {
		return 0, 0, false
	}
	return r.Lat, r.Lon, true
}

func usd(v float64) string { return money.Cents(v) }
