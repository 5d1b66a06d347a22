package promtest

import (
	"fmt"
	"hash/fnv"
	"math"
	"strings"
	"time"
)

// Geo is one user geography of synthetic traffic: its daily peak follows
// the sun, at 13:00 in its time zone.
type Geo struct {
	Workload, Name string
	Location       *time.Location
	// Base is the rate at the daily peak on a weekday, at Start.
	Base float64
}

// Traffic is synthetic request traffic with a weekly pattern: a daily
// curve peaking at 13:00 local time, weekends at 60% of weekdays, a
// linear trend of TrendPerWeek (a share of Base) and uniform noise of
// ±Noise (a share) drawn per hour, the same on every call.
type Traffic struct {
	Geos         []Geo
	Start        time.Time
	TrendPerWeek float64
	Noise        float64
}

// Rate is the request rate of geography g at t.
func (tr Traffic) Rate(g Geo, t time.Time) float64 {
	lt := t.In(g.Location)
	h := float64(lt.Hour()) + float64(lt.Minute())/60
	daily := 0.15 + 0.85*math.Exp(-(h-13)*(h-13)/(2*3.5*3.5))
	if wd := lt.Weekday(); wd == time.Saturday || wd == time.Sunday {
		daily *= 0.6
	}
	weeks := t.Sub(tr.Start).Hours() / (7 * 24)
	return g.Base * (1 + tr.TrendPerWeek*weeks) * daily * (1 + tr.Noise*noise(g.Name, t.Truncate(time.Hour).Unix()))
}

// noise is a number in [-1, 1) fixed by its key.
func noise(name string, hour int64) float64 {
	h := fnv.New64a()
	fmt.Fprintf(h, "%s/%d", name, hour)
	return float64(h.Sum64()>>11)/float64(1<<53)*2 - 1
}

// Counter is the number of requests from g from Start to t: the integral
// of Rate, by the minute.
func (tr Traffic) Counter(g Geo, t time.Time) float64 {
	c := 0.0
	for m := tr.Start; m.Before(t); m = m.Add(time.Minute) {
		step := math.Min(60, t.Sub(m).Seconds())
		c += tr.Rate(g, m) * step
	}
	return c
}

// OpenMetrics is the counter http_requests_total of each geography from
// Start to end, a sample every interval, labelled workload and geo, as
// promtool backfills it.
func (tr Traffic) OpenMetrics(end time.Time, interval time.Duration) []byte {
	var b strings.Builder
	b.WriteString("# HELP http_requests Requests served.\n# TYPE http_requests counter\n")
	for _, g := range tr.Geos {
		c := 0.0
		for t := tr.Start; !t.After(end); t = t.Add(interval) {
			fmt.Fprintf(&b, "http_requests_total{workload=%q,geo=%q} %.3f %d\n", g.Workload, g.Name, c, t.Unix())
			for m := t; m.Before(t.Add(interval)); m = m.Add(time.Minute) {
				c += tr.Rate(g, m) * 60
			}
		}
	}
	b.WriteString("# EOF\n")
	return []byte(b.String())
}

// Exposition is the counters at t in the Prometheus text format, for an
// exporter to serve.
func (tr Traffic) Exposition(t time.Time) []byte {
	var b strings.Builder
	b.WriteString("# TYPE http_requests_total counter\n")
	for _, g := range tr.Geos {
		fmt.Fprintf(&b, "http_requests_total{workload=%q,geo=%q} %.3f\n", g.Workload, g.Name, tr.Counter(g, t))
	}
	return []byte(b.String())
}
