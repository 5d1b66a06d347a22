package preview

// The week: what planning per window saves against the static plan, the
// placement changes from one window to the next, and per workload a chart
// of demand and planned capacity over the 168 hours of the week.

import (
	"cmp"
	"fmt"
	"html"
	"html/template"
	"io"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/schema"
)

// Week is the head plan's windows in brief.
type Week struct {
	// MonthlyCostUSD is the windows' cost, StaticMonthlyCostUSD the
	// static plan's; SavingUSD and SavingPercent compare them.
	MonthlyCostUSD       float64 `json:"monthlyCostUSD"`
	StaticMonthlyCostUSD float64 `json:"staticMonthlyCostUSD"`
	SavingUSD            float64 `json:"savingUSD"`
	SavingPercent        float64 `json:"savingPercent"`
	// Windows counts the windows; Changes lists those whose placement
	// differs from the window before.
	Windows int            `json:"windows"`
	Changes []WindowChange `json:"changes,omitempty"`
	Stopped string         `json:"stopped,omitempty"`
	// WithoutKEDA lists the clusters of the windows' placements whose
	// autoscaling is "hpa": they scale on CPU within the week's bounds,
	// not ahead of each window.
	WithoutKEDA []string `json:"withoutKEDA,omitempty"`
}

// WindowChange is one window whose replicas differ from the window before.
type WindowChange struct {
	Window         string                 `json:"window"`
	StartHour      int                    `json:"startHour"`
	MonthlyRateUSD float64                `json:"monthlyRateUSD"`
	Changes        []planner.WindowChange `json:"changes"`
}

// WeekOf summarises a plan's windows; nil when it has none. The intent,
// which may be nil, says which clusters have no KEDA.
func WeekOf(in *schema.Intent, p *planner.Plan) *Week {
	if p == nil || p.Week == nil {
		return nil
	}
	wk := p.Week
	out := &Week{
		MonthlyCostUSD: wk.MonthlyCostUSD, StaticMonthlyCostUSD: wk.StaticMonthlyCostUSD,
		SavingUSD: wk.SavingUSD, SavingPercent: wk.SavingPercent,
		Windows: len(wk.Windows), Stopped: wk.Stopped,
	}
	for _, w := range wk.Windows {
		if len(w.Changes) == 0 {
			continue
		}
		ch := slices.Clone(w.Changes)
		slices.SortFunc(ch, func(a, b planner.WindowChange) int {
			return cmp.Or(strings.Compare(a.Workload, b.Workload), strings.Compare(a.Cluster, b.Cluster))
		})
		out.Changes = append(out.Changes, WindowChange{Window: w.Name, StartHour: w.StartHour, MonthlyRateUSD: w.MonthlyRateUSD, Changes: ch})
	}
	out.withoutKEDA(in, p)
	return out
}

// withoutKEDA fills WithoutKEDA from the intent's fleet.
func (w *Week) withoutKEDA(in *schema.Intent, p *planner.Plan) {
	if in == nil {
		return
	}
	seen := map[string]bool{}
	for _, win := range p.Week.Windows {
		for _, pl := range win.Placements {
			if c, ok := in.Fleet[pl.Cluster]; ok && c.Autoscaling == schema.AutoscalingHPA {
				seen[pl.Cluster] = true
			}
		}
	}
	w.WithoutKEDA = slices.Sorted(maps.Keys(seen))
}

// changesText says "web eks 2→4, ledger gke 1→0".
func changesText(cs []planner.WindowChange) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = fmt.Sprintf("%s %s %d→%d", c.Workload, c.Cluster, c.From, c.To)
	}
	return strings.Join(parts, ", ")
}

// savingText says "1,234.00 USD/month instead of 2,000.00 (saves 766.00, 38.3%)".
func (w *Week) savingText() string {
	return fmt.Sprintf("%s USD/month instead of %s for the static plan (saves %s, %.1f%%)",
		usd(w.MonthlyCostUSD), usd(w.StaticMonthlyCostUSD), usd(w.SavingUSD), w.SavingPercent)
}

// markdownChangeRows is how many windows the comment lists before it
// says how many more there are: an hourly split has up to 168.
const markdownChangeRows = 24

// WeekMarkdown is the week as a markdown section: the saving, and the
// windows that change the placement.
func WeekMarkdown(w *Week) string {
	if w == nil {
		return ""
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n#### Scaling per window of the week\n\nPlanned per window (%d windows): %s.\n", w.Windows, w.savingText())
	if w.Stopped != "" {
		fmt.Fprintf(&b, "\n> [!WARNING]\n> %s\n", escape(w.Stopped))
	}
	if len(w.WithoutKEDA) > 0 {
		fmt.Fprintf(&b, "\n> [!NOTE]\n> Without KEDA (`autoscaling: \"hpa\"`), %s scale on CPU within the week's bounds, not ahead of each window.\n", strings.Join(w.WithoutKEDA, ", "))
	}
	if len(w.Changes) == 0 {
		return b.String()
	}
	b.WriteString("\n| from | changes | USD/month rate |\n|---|---|---:|\n")
	for i, c := range w.Changes {
		if i == markdownChangeRows {
			fmt.Fprintf(&b, "| … | %d more windows change the placement | |\n", len(w.Changes)-i)
			break
		}
		fmt.Fprintf(&b, "| %s | %s | %s |\n", escape(c.Window), escape(changesText(c.Changes)), usd(c.MonthlyRateUSD))
	}
	return b.String()
}

// WeekText writes the week for a terminal.
func WeekText(w io.Writer, wk *Week) {
	if wk == nil {
		return
	}
	fmt.Fprintf(w, "\nPer window of the week (%d windows): %s\n", wk.Windows, wk.savingText())
	if wk.Stopped != "" {
		fmt.Fprintf(w, "  stopped  %s\n", wk.Stopped)
	}
	if len(wk.WithoutKEDA) > 0 {
		fmt.Fprintf(w, "  without KEDA (scaled on CPU, not ahead of windows): %s\n", strings.Join(wk.WithoutKEDA, ", "))
	}
	for _, c := range wk.Changes {
		fmt.Fprintf(w, "  %s: %s\n", c.Window, changesText(c.Changes))
	}
}

// Chart geometry: the plot spans 168 hours over plotW units.
const (
	chartW, chartH = 760, 250
	plotX, plotY   = 64, 16
	plotW, plotH   = 624, 190
	hoursPerWeek   = 7 * 24
)

// WeekChart is one workload's chart.
type WeekChart struct {
	Workload string
	// SVG is the chart, inline: no script, nothing fetched.
	SVG template.HTML
}

// WeekCharts draws, per workload of the plan's windows, its demand over
// the week (summed over geographies, requests/s) and its planned capacity
// (replicas times perReplicaRPS when the workload declares it, on the same
// axis; replicas on an axis of their own otherwise), with the static
// plan's capacity as a dashed line. Nil when the plan has no windows.
func WeekCharts(in *schema.Intent, p *planner.Plan) []WeekChart {
	if p == nil || p.Week == nil || len(p.Week.Windows) == 0 {
		return nil
	}
	static := map[string]int{}
	for _, pl := range p.Placements {
		static[pl.Workload] += pl.Replicas
	}
	names := map[string]bool{}
	for _, w := range p.Week.Windows {
		for _, d := range w.Demand {
			names[d.Workload] = true
		}
		for _, pl := range w.Placements {
			names[pl.Workload] = true
		}
	}
	var out []WeekChart
	for _, name := range slices.Sorted(maps.Keys(names)) {
		var perReplica float64
		if in != nil {
			perReplica = in.Workloads[name].Replicas.PerReplicaRPS
		}
		out = append(out, WeekChart{Workload: name, SVG: weekSVG(name, p.Week, static[name], perReplica)})
	}
	return out
}

// step is a value held over [start, start+hours).
type step struct {
	start, hours int
	v            float64
}

func weekSVG(name string, wk *planner.Week, staticReplicas int, perReplica float64) template.HTML {
	var demand, capacity []step
	hasDemand := false
	for _, w := range wk.Windows {
		d, n := 0.0, 0
		for _, x := range w.Demand {
			if x.Workload == name {
				d += x.RPS
				hasDemand = true
			}
		}
		for _, pl := range w.Placements {
			if pl.Workload == name {
				n += pl.Replicas
			}
		}
		demand = append(demand, step{w.StartHour, w.Hours, d})
		capacity = append(capacity, step{w.StartHour, w.Hours, float64(n)})
	}
	shared := perReplica > 0 // capacity in requests/s, on the demand's axis
	staticCap := float64(staticReplicas)
	if shared {
		for i := range capacity {
			capacity[i].v *= perReplica
		}
		staticCap *= perReplica
	}
	top := func(ss []step, floor float64) float64 {
		m := floor
		for _, s := range ss {
			m = math.Max(m, s.v)
		}
		return niceCeil(m)
	}
	var leftMax, rightMax float64
	if shared {
		leftMax = top(capacity, math.Max(staticCap, top(demand, 1)))
	} else {
		leftMax = top(demand, 1)
		rightMax = top(capacity, math.Max(staticCap, 1))
	}
	y := func(v, max float64) float64 { return round1(plotY + plotH - v/max*plotH) }
	x := func(h int) float64 { return round1(plotX + float64(h)*plotW/hoursPerWeek) }

	var b strings.Builder
	label := html.EscapeString(name)
	fmt.Fprintf(&b, `<svg class="week" viewBox="0 0 %d %d" role="img" aria-label="%s: demand and planned capacity over the week" data-workload="%s">`, chartW, chartH, label, label)
	// Days.
	for d := 0; d <= 7; d++ {
		fmt.Fprintf(&b, `<line class="grid" x1="%v" y1="%d" x2="%v" y2="%d"/>`, x(d*24), plotY, x(d*24), plotY+plotH)
		if d < 7 {
			fmt.Fprintf(&b, `<text class="tick" x="%v" y="%d" text-anchor="middle">%s</text>`, x(d*24+12), plotY+plotH+16, [...]string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"}[d])
		}
	}
	fmt.Fprintf(&b, `<line class="axis" x1="%d" y1="%d" x2="%d" y2="%d"/>`, plotX, plotY+plotH, plotX+plotW, plotY+plotH)
	fmt.Fprintf(&b, `<line class="axis" x1="%d" y1="%d" x2="%d" y2="%d"/>`, plotX, plotY, plotX, plotY+plotH)
	if hasDemand || shared {
		// The requests/s axis; a workload without demand (a batch job) has
		// only its replicas.
		for _, f := range []float64{0, 0.5, 1} {
			fmt.Fprintf(&b, `<text class="tick" x="%d" y="%v" text-anchor="end" dy="4">%s</text>`, plotX-6, y(f*leftMax, leftMax), trimFloat(f*leftMax))
		}
		fmt.Fprintf(&b, `<text class="tick" x="14" y="%d" text-anchor="middle" transform="rotate(-90 14 %d)">requests/s</text>`, plotY+plotH/2, plotY+plotH/2)
	}
	if !shared {
		fmt.Fprintf(&b, `<line class="axis" x1="%d" y1="%d" x2="%d" y2="%d"/>`, plotX+plotW, plotY, plotX+plotW, plotY+plotH)
		for _, f := range []float64{0, 0.5, 1} {
			fmt.Fprintf(&b, `<text class="tick" x="%d" y="%v" dy="4">%s</text>`, plotX+plotW+6, y(f*rightMax, rightMax), trimFloat(f*rightMax))
		}
		fmt.Fprintf(&b, `<text class="tick axis-right" x="%d" y="%d" text-anchor="middle" transform="rotate(90 %d %d)">replicas</text>`, chartW-12, plotY+plotH/2, chartW-12, plotY+plotH/2)
	}
	capMax := leftMax
	capUnit := "requests/s"
	if !shared {
		capMax, capUnit = rightMax, "replicas"
	}
	// The static plan's capacity.
	fmt.Fprintf(&b, `<line class="static" x1="%d" y1="%v" x2="%d" y2="%v"><title>static plan: %s %s all week</title></line>`,
		plotX, y(staticCap, capMax), plotX+plotW, y(staticCap, capMax), trimFloat(staticCap), capUnit)
	if hasDemand {
		fmt.Fprintf(&b, `<polyline class="demand" points="%s"><title>demand (requests/s, summed over geographies)</title></polyline>`, stepPoints(demand, x, func(v float64) float64 { return y(v, leftMax) }))
	}
	fmt.Fprintf(&b, `<polyline class="capacity" points="%s"><title>planned capacity (%s)</title></polyline>`, stepPoints(capacity, x, func(v float64) float64 { return y(v, capMax) }), capUnit)
	// One invisible band per window, for its numbers on hover.
	for i, s := range capacity {
		fmt.Fprintf(&b, `<rect class="band" x="%v" y="%d" width="%v" height="%d"><title>%s: %s requests/s, capacity %s %s</title></rect>`,
			x(s.start), plotY, round1(x(s.start+s.hours)-x(s.start)), plotH, html.EscapeString(wk.Windows[i].Name), trimFloat(demand[i].v), trimFloat(s.v), capUnit)
	}
	b.WriteString(`</svg>`)
	return template.HTML(b.String())
}

// stepPoints is a polyline holding each value over its window.
func stepPoints(ss []step, x func(int) float64, y func(float64) float64) string {
	var pts []string
	for _, s := range ss {
		yv := strconv.FormatFloat(y(s.v), 'f', -1, 64)
		pts = append(pts, strconv.FormatFloat(x(s.start), 'f', -1, 64)+","+yv, strconv.FormatFloat(x(s.start+s.hours), 'f', -1, 64)+","+yv)
	}
	return strings.Join(pts, " ")
}

// niceCeil rounds up to 1, 2 or 5 times a power of ten.
func niceCeil(v float64) float64 {
	if v <= 0 {
		return 1
	}
	p := math.Pow(10, math.Floor(math.Log10(v)))
	for _, m := range []float64{1, 2, 5, 10} {
		if v <= m*p+1e-9 {
			return m * p
		}
	}
	return 10 * p
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }
