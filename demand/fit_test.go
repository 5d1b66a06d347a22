package demand_test

import (
	"math"
	"strings"
	"testing"
	"time"

	"isobar.dev/isobar/demand"
	"isobar.dev/isobar/internal/testenv/promtest"
	"isobar.dev/isobar/schema"
)

func mustLoad(t *testing.T, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// samples are a geography's rates every step from start to end.
func samples(tr promtest.Traffic, g promtest.Geo, start, end time.Time, step time.Duration) []demand.Sample {
	var out []demand.Sample
	for t := start; t.Before(end); t = t.Add(step) {
		out = append(out, demand.Sample{Time: t, RPS: tr.Rate(g, t)})
	}
	return out
}

func TestFitRecoversSeasonAndTrend(t *testing.T) {
	start := time.Date(2026, 10, 5, 0, 0, 0, 0, time.UTC) // a Monday
	end := start.Add(5 * demand.Week)
	g := promtest.Geo{Workload: "shop", Name: "new-york", Location: mustLoad(t, "America/New_York"), Base: 1000}
	tr := promtest.Traffic{Geos: []promtest.Geo{g}, Start: start, TrendPerWeek: 0.02}
	// Without noise, the model is exact but for the trend, linear in the
	// data and exponential in the model.
	res, err := demand.FitHeldOut(samples(tr, g, start, end, 5*time.Minute), end, g.Location)
	if err != nil {
		t.Fatal(err)
	}
	if res.MAPE > 0.5 {
		t.Errorf("MAPE without noise = %.2f%%, want <= 0.5%%", res.MAPE)
	}
	if res.HeldOutHours != 168 {
		t.Errorf("held-out hours = %d, want 168", res.HeldOutHours)
	}
	// The trend in the data is 2% of the level at the start per week: in
	// the fifth week, 2/1.08 = 1.85% of the week before.
	if got := res.GrowthPerWeek; math.Abs(got-0.0185) > 0.002 {
		t.Errorf("growth %.4f a week, want about 0.0185", got)
	}
	// Wednesday 13:00 local is a weekday peak; Saturday 13:00 is 60% of it.
	wed, sat := res.Profile[2*24+13], res.Profile[5*24+13]
	if math.Abs(sat/wed-0.6) > 0.02 {
		t.Errorf("Saturday/Wednesday peak = %.3f, want 0.6", sat/wed)
	}
	if res.Profile.Peak() != slicesMax(res.Profile[:]) || res.Profile.Peak() < 1000 {
		t.Errorf("peak %.1f below the data's base", res.Profile.Peak())
	}

	noisy := tr
	noisy.Noise = 0.1
	res, err = demand.FitHeldOut(samples(noisy, g, start, end, time.Hour), end, g.Location)
	if err != nil {
		t.Fatal(err)
	}
	if res.MAPE > 10 || res.MAPE < 2 {
		t.Errorf("MAPE with ±10%% noise = %.2f%%, want between 2%% and 10%%", res.MAPE)
	}
}

func slicesMax(v []float64) float64 {
	m := v[0]
	for _, x := range v {
		m = math.Max(m, x)
	}
	return m
}

func TestFitRefusesTooLittleData(t *testing.T) {
	start := time.Date(2026, 10, 5, 0, 0, 0, 0, time.UTC)
	g := promtest.Geo{Workload: "shop", Name: "london", Location: time.UTC, Base: 100}
	tr := promtest.Traffic{Geos: []promtest.Geo{g}, Start: start}
	// Ten days: the held-out week leaves three days to fit.
	end := start.Add(10 * 24 * time.Hour)
	_, err := demand.FitHeldOut(samples(tr, g, start, end, time.Hour), end, time.UTC)
	if err == nil || !strings.Contains(err.Error(), "no sample on thu 00:00") {
		t.Errorf("err = %v, want the first hour of the week without data", err)
	}
	if _, err := demand.FitHeldOut(nil, end, time.UTC); err == nil {
		t.Error("no samples accepted")
	}
}

func TestCUE(t *testing.T) {
	var w schema.Week
	for h := range w {
		w[h] = float64(h%24) * 1.23456
	}
	src, err := demand.CUE("webshop", "fitted", []demand.Fitted{{Key: demand.Key{Workload: "storefront", Geo: "new-york"}, TimeZone: "America/New_York", Result: demand.Result{Profile: w, MAPE: 4.2, HeldOutHours: 168}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"// fitted\npackage webshop\n", `workloads: storefront: demand: "new-york": profile: {`, `timeZone: "America/New_York"`, "// mon\n", "28.39,"} {
		if !strings.Contains(string(src), want) {
			t.Errorf("missing %q in\n%s", want, src)
		}
	}
	if _, err := demand.CUE("webshop", "", []demand.Fitted{{Key: demand.Key{Workload: "Store Front", Geo: "x"}, TimeZone: "UTC", Result: demand.Result{Profile: w}}}); err == nil {
		t.Error("a workload label that is no name accepted")
	}
	if _, err := demand.CUE("webshop", "", []demand.Fitted{{Key: demand.Key{Workload: "shop", Geo: "x"}, TimeZone: "UTC"}}); err == nil {
		t.Error("a profile of zeros accepted")
	}
}
