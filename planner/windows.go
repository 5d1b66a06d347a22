package planner

// The plan per window of the week. When some demand follows a weekly
// profile and planning.windows.split is not "off", the static plan (sized
// for every peak at once) is followed by one placement per window of the
// week, each for the highest demand within its window, under the same
// hard constraints (capacity, residency, latency objectives, spread,
// budgets). See docs/planner.md, "Windows of the week".

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"isobar.dev/isobar/schema"
)

// weekHoursPerMonth turns an hourly rate into a month, as the catalog's
// prices do.
const weekHoursPerMonth = 730

// profiled is one workload's demand from one geography that follows a
// profile, and its rate in each hour of the UTC week.
type profiled struct {
	workload, geography string
	hourly              schema.Week
}

// weekSpan is a window's place in the week, in hours from Monday 00:00
// UTC.
type weekSpan struct{ start, hours int }

// weekProfiles lists the profiled demands of in, sorted by workload and
// geography, in the UTC week that holds reference. It returns nil when
// there is none or when planning.windows.split is "off".
func weekProfiles(in *schema.Intent) ([]profiled, time.Time, error) {
	win := in.Planning.Windows
	if win.Split == schema.SplitOff {
		return nil, time.Time{}, nil
	}
	var out []profiled
	for _, name := range slices.Sorted(maps.Keys(in.Workloads)) {
		w := in.Workloads[name]
		for _, g := range slices.Sorted(maps.Keys(w.Demand)) {
			if w.Demand[g].Profile != nil {
				out = append(out, profiled{workload: name, geography: g})
			}
		}
	}
	if len(out) == 0 {
		return nil, time.Time{}, nil
	}
	ref := win.Reference
	if ref == "" {
		ref = "2026-01-05"
	}
	at, err := time.Parse(time.DateOnly, ref)
	if err != nil {
		return nil, time.Time{}, fmt.Errorf("planning.windows.reference: %q is not a date (expected 2006-01-02)", ref)
	}
	for i := range out {
		d := in.Workloads[out[i].workload].Demand[out[i].geography]
		if out[i].hourly, err = d.HourlyUTC(at); err != nil {
			return nil, time.Time{}, fmt.Errorf("workloads.%s.demand.%s.profile: %w", out[i].workload, out[i].geography, err)
		}
	}
	return out, at, nil
}

// splitWeek cuts the week into windows: each hour ("hourly"), or the
// longest spans in which no profiled demand changes ("auto").
func splitWeek(split string, ps []profiled) []weekSpan {
	var spans []weekSpan
	for h := range schema.HoursPerWeek {
		same := h > 0 && split != schema.SplitHourly
		for i := 0; same && i < len(ps); i++ {
			same = ps[i].hourly[h] == ps[i].hourly[h-1]
		}
		if same {
			spans[len(spans)-1].hours++
			continue
		}
		spans = append(spans, weekSpan{start: h, hours: 1})
	}
	return spans
}

// windowDemand is the highest rate of each profiled demand in a span.
func windowDemand(ps []profiled, sp weekSpan) []float64 {
	out := make([]float64, len(ps))
	for i, p := range ps {
		out[i] = slices.Max(p.hourly[sp.start : sp.start+sp.hours])
	}
	return out
}

// windowName says a span in words: "Mon 09:00–12:00 UTC", or with both
// days when it ends on another ("Fri 18:00–Mon 00:00 UTC").
func windowName(sp weekSpan) string {
	day := func(h int) string {
		d := schema.Weekdays[(h/24)%7]
		return strings.ToUpper(d[:1]) + d[1:]
	}
	end := sp.start + sp.hours
	from := fmt.Sprintf("%s %02d:00", day(sp.start), sp.start%24)
	switch {
	case end%24 == 0 && end/24 == sp.start/24+1:
		return from + "–24:00 UTC"
	case end/24 == sp.start/24:
		return fmt.Sprintf("%s–%02d:00 UTC", from, end%24)
	}
	return fmt.Sprintf("%s–%s %02d:00 UTC", from, day(end%schema.HoursPerWeek), end%24)
}

// windowIntent is in with each profiled demand at its rate in a window
// (rates, the profiles dropped). Egress scales with the rate, so that a
// request costs what it costs in the static plan.
func windowIntent(in *schema.Intent, ps []profiled, rates []float64) *schema.Intent {
	out := *in
	out.Workloads = maps.Clone(in.Workloads)
	for i, p := range ps {
		w := out.Workloads[p.workload]
		if i == 0 || ps[i-1].workload != p.workload {
			w.Demand = maps.Clone(w.Demand)
		}
		d := w.Demand[p.geography]
		eg := 0.0
		if d.RPS > 0 {
			eg = d.EgressGBPerMonth * rates[i] / d.RPS
		}
		w.Demand[p.geography] = schema.Demand{RPS: rates[i], EgressGBPerMonth: eg}
		out.Workloads[p.workload] = w
	}
	return &out
}

// demandKey identifies a window's demand, so that windows alike are
// planned once.
func demandKey(rates []float64) string {
	var b strings.Builder
	for _, r := range rates {
		b.WriteString(strconv.FormatFloat(r, 'g', -1, 64))
		b.WriteByte(',')
	}
	return b.String()
}

// weekTotals sums the windows up: each window's monthly rate weighed by
// its share of the week, and the saving against the static plan.
func weekTotals(wk *Week) {
	total := 0.0
	for _, w := range wk.Windows {
		total += w.MonthlyRateUSD * float64(w.Hours) / schema.HoursPerWeek
	}
	wk.MonthlyCostUSD = round2(total)
	wk.SavingUSD = round2(wk.StaticMonthlyCostUSD - wk.MonthlyCostUSD)
	if wk.StaticMonthlyCostUSD > 0 {
		wk.SavingPercent = math.Round(wk.SavingUSD/wk.StaticMonthlyCostUSD*1e4) / 100
	}
}

// windowChanges lists the replicas that differ between two windows'
// placements, sorted by workload and cluster.
func windowChanges(before, after []WindowPlacement) []WindowChange {
	type key [2]string
	from := map[key]int{}
	for _, pl := range before {
		from[key{pl.Workload, pl.Cluster}] = pl.Replicas
	}
	to := map[key]int{}
	for _, pl := range after {
		to[key{pl.Workload, pl.Cluster}] = pl.Replicas
	}
	keys := slices.Collect(maps.Keys(from))
	for k := range to {
		if _, ok := from[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.SortFunc(keys, func(a, b key) int { return strings.Compare(a[0]+"\x00"+a[1], b[0]+"\x00"+b[1]) })
	var out []WindowChange
	for _, k := range keys {
		if from[k] != to[k] {
			out = append(out, WindowChange{Workload: k[0], Cluster: k[1], From: from[k], To: to[k]})
		}
	}
	return out
}
