// Package demand fits weekly demand profiles to observed request rates, for
// `isobar demand import`: it reads a rate per (workload, geography) from
// Prometheus, fits a profile per series, measures how well the fit
// forecasts a week it did not see, and writes the profiles as CUE for a
// person to review and merge into the intent.
//
// # Model
//
// Each series is fitted with a seasonal level per hour of the week and a
// trend that scales the whole week, by least squares on the logarithm of
// the rate:
//
//	log(y(t) + ε) = s[h(t)] + g·t
//
// where h(t) is t's hour of the week in the profile's time zone (Monday
// 00:00 is 0), s holds 168 seasonal levels, g is the growth per hour, and
// ε, a millionth of the series' mean, keeps hours without traffic finite.
// The fit has a closed form (g is the slope of the within-hour
// regression; s[h] is the hour's mean less g times its mean time), so it
// needs no iteration, no starting values and no tuning. Growth is
// multiplicative because traffic grows that way: more users add to the
// busy hours more than to the night. For the few percent a week that
// traffic grows, it is a linear trend on each hour.
//
// The model is chosen over Holt-Winters with a weekly season because the
// data it is given is short in seasons: four weeks is four observations of
// each hour of the week. Holt-Winters spends its first season initialising
// its 168 seasonal terms and then estimates three smoothing constants from
// the few seasons left, which over-fits noise in one week and carries it
// into the next; the seasonal level averages the noise of every week
// equally. A profile in the intent is a typical week for capacity, not a
// long-horizon forecast, and the seasonal level is exactly that: each hour
// is the (geometric) mean of that hour over the weeks seen, moved by the
// trend to the week ahead, so a reviewer can check it against a
// dashboard. Gaps in the data (a scrape outage) drop samples and nothing
// else.
//
// Accuracy is measured by fitting on all weeks but the last and
// forecasting the last: the mean absolute percentage error (MAPE) over its
// hours with traffic. The profile written is then fitted on all weeks and
// forecasts the week after the data, at its midpoint.
package demand

import (
	"errors"
	"fmt"
	"math"
	"slices"
	"time"

	"isobar.dev/isobar/schema"
)

// Week is the length of a profile.
const Week = 7 * 24 * time.Hour

// Sample is a request rate observed at a time.
type Sample struct {
	Time time.Time
	RPS  float64
}

// Model is a fitted weekly profile with a multiplicative trend.
type Model struct {
	// Location is the time zone hours of the week are counted in.
	Location *time.Location
	// Level is the logarithm of each hour of the week's rate (plus
	// Epsilon), Monday 00:00 first, at the reference time Origin.
	Level [schema.HoursPerWeek]float64
	// Growth is the change of the logarithm of the rate per hour.
	Growth float64
	// Epsilon is added to rates before their logarithm is taken.
	Epsilon float64
	// Origin is the time the trend is measured from.
	Origin time.Time
}

// ErrTooLittleData says a series does not cover every hour of the week.
var ErrTooLittleData = errors.New("too little data")

// Fit fits samples in the time zone loc. Samples are averaged into
// clock hours first, so any step of an hour or less gives the same model.
// Every hour of the week must have at least one sample; NaN and negative
// rates are dropped.
func Fit(samples []Sample, loc *time.Location) (*Model, error) {
	hours := hourly(samples)
	if len(hours) == 0 {
		return nil, fmt.Errorf("%w: no samples", ErrTooLittleData)
	}
	origin := hours[0].Time
	mean := 0.0
	for _, s := range hours {
		mean += s.RPS
	}
	eps := math.Max(mean/float64(len(hours))*1e-6, 1e-9)
	var n, st, sz [schema.HoursPerWeek]float64
	for _, s := range hours {
		h := hourOfWeek(s.Time, loc)
		n[h]++
		st[h] += s.Time.Sub(origin).Hours()
		sz[h] += math.Log(s.RPS + eps)
	}
	for h, c := range n {
		if c == 0 {
			return nil, fmt.Errorf("%w: no sample on %s (hour %d of the week in %s); widen the range", ErrTooLittleData, hourName(h), h, loc)
		}
	}
	var num, den float64
	for _, s := range hours {
		h := hourOfWeek(s.Time, loc)
		dx := s.Time.Sub(origin).Hours() - st[h]/n[h]
		num += dx * (math.Log(s.RPS+eps) - sz[h]/n[h])
		den += dx * dx
	}
	m := &Model{Location: loc, Origin: origin, Epsilon: eps}
	if den > 0 {
		m.Growth = num / den
	}
	for h := range m.Level {
		m.Level[h] = sz[h]/n[h] - m.Growth*st[h]/n[h]
	}
	return m, nil
}

// Predict is the model's rate at t, never below zero.
func (m *Model) Predict(t time.Time) float64 {
	return m.rate(hourOfWeek(t, m.Location), t)
}

func (m *Model) rate(h int, t time.Time) float64 {
	return math.Max(0, math.Exp(m.Level[h]+m.Growth*t.Sub(m.Origin).Hours())-m.Epsilon)
}

// Profile is the model's week around the instant at: each hour of the
// week's level moved by the trend to at.
func (m *Model) Profile(at time.Time) schema.Week {
	var w schema.Week
	for h := range w {
		w[h] = m.rate(h, at)
	}
	return w
}

// GrowthPerWeek is the trend as a share of the rate gained each week.
func (m *Model) GrowthPerWeek() float64 { return math.Expm1(m.Growth * Week.Hours()) }

// MAPE is the mean absolute percentage error of the model's predictions
// of samples, averaged into clock hours, over the hours whose rate is
// above zero (a percentage of nothing has no meaning); it returns the
// number of hours it covers.
func (m *Model) MAPE(samples []Sample) (mape float64, n int) {
	sum := 0.0
	for _, s := range hourly(samples) {
		if s.RPS <= 0 {
			continue
		}
		sum += math.Abs(m.Predict(s.Time)-s.RPS) / s.RPS
		n++
	}
	if n == 0 {
		return math.NaN(), 0
	}
	return 100 * sum / float64(n), n
}

// Result is the fit of one series.
type Result struct {
	// Profile is the forecast week, in the model's time zone.
	Profile schema.Week
	// MAPE is the error, in percent, of a fit on all weeks but the last
	// forecasting the last; HeldOutHours is how many hours it covers.
	MAPE         float64
	HeldOutHours int
	// GrowthPerWeek is the fitted trend, as a share of the rate gained
	// each week (0.02 is 2% a week).
	GrowthPerWeek float64
}

// FitHeldOut fits samples that end at end: a fit on all but the last week
// is scored on the last week, then a fit on everything forecasts the week
// after end. It needs at least two weeks: one to fit and one to score.
func FitHeldOut(samples []Sample, end time.Time, loc *time.Location) (Result, error) {
	cut := end.Add(-Week)
	var train, test []Sample
	for _, s := range samples {
		if s.Time.Before(cut) {
			train = append(train, s)
		} else {
			test = append(test, s)
		}
	}
	if len(test) == 0 {
		return Result{}, fmt.Errorf("%w: no sample in the last week, which is held out to measure the error", ErrTooLittleData)
	}
	first, err := Fit(train, loc)
	if err != nil {
		return Result{}, fmt.Errorf("weeks before the held-out one: %w", err)
	}
	mape, n := first.MAPE(test)
	all, err := Fit(samples, loc)
	if err != nil {
		return Result{}, err
	}
	return Result{
		Profile:       all.Profile(end.Add(Week / 2)),
		MAPE:          mape,
		HeldOutHours:  n,
		GrowthPerWeek: all.GrowthPerWeek(),
	}, nil
}

// hourly averages samples into clock hours (UTC-aligned, which every time
// zone's hours are but for a few with offsets of 30 or 45 minutes), in
// time order; it drops NaN, infinite and negative rates.
func hourly(samples []Sample) []Sample {
	type acc struct {
		sum float64
		n   int
	}
	byHour := map[int64]*acc{}
	var keys []int64
	for _, s := range samples {
		if !(s.RPS >= 0) || math.IsInf(s.RPS, 0) {
			continue
		}
		k := s.Time.Truncate(time.Hour).Unix()
		a := byHour[k]
		if a == nil {
			a = &acc{}
			byHour[k] = a
			keys = append(keys, k)
		}
		a.sum += s.RPS
		a.n++
	}
	slices.Sort(keys)
	out := make([]Sample, 0, len(keys))
	for _, k := range keys {
		a := byHour[k]
		out = append(out, Sample{Time: time.Unix(k, 0).UTC(), RPS: a.sum / float64(a.n)})
	}
	return out
}

// hourOfWeek is t's hour of the week in loc, Monday 00:00 first.
func hourOfWeek(t time.Time, loc *time.Location) int {
	lt := t.In(loc)
	return ((int(lt.Weekday())+6)%7)*24 + lt.Hour()
}

func hourName(h int) string {
	return fmt.Sprintf("%s %02d:00", schema.Weekdays[h/24], h%24)
}
