package schema

import (
	"errors"
	"fmt"
	"slices"
	"time"

	// The zone database is embedded so that a profile's time zone means
	// the same on every machine, whatever it has installed.
	_ "time/tzdata"
)

// HoursPerWeek is the number of hours in a weekly demand profile.
const HoursPerWeek = 7 * 24

const minutesPerWeek = HoursPerWeek * 60

// MaxRequestRate is the highest request rate a demand may name, as the
// schema's #RequestRate bounds it.
const MaxRequestRate = 1e9

// Weekdays are the names of the days of the week in profile windows, in
// the order a profile's week runs: Monday first.
var Weekdays = []string{"mon", "tue", "wed", "thu", "fri", "sat", "sun"}

// Week is a request rate for each hour of a week, Monday 00:00 to 01:00
// first.
type Week [HoursPerWeek]float64

// Peak is the week's highest rate.
func (w *Week) Peak() float64 { return slices.Max(w[:]) }

// Mean is the week's average rate.
func (w *Week) Mean() float64 {
	s := 0.0
	for _, v := range w {
		s += v
	}
	return s / HoursPerWeek
}

// Peak is the highest rate the demand reaches: RPS when it is constant,
// the profile's highest rate otherwise.
func (d Demand) Peak() float64 {
	if d.Profile == nil {
		return d.RPS
	}
	return d.Profile.Peak()
}

// Mean is the demand's average rate over a week.
func (d Demand) Mean() float64 {
	if d.Profile == nil {
		return d.RPS
	}
	return d.Profile.Mean()
}

// HourlyUTC is the demand in each hour of the UTC week (Monday 00:00 UTC
// first) that holds the instant at; see [DemandProfile.HourlyUTC].
func (d Demand) HourlyUTC(at time.Time) (Week, error) {
	if d.Profile == nil {
		var w Week
		for i := range w {
			w[i] = d.RPS
		}
		return w, nil
	}
	return d.Profile.HourlyUTC(at)
}

// Peak is the profile's highest rate.
func (p *DemandProfile) Peak() float64 {
	m := p.minutes()
	return slices.Max(m[:])
}

// Mean is the profile's average rate over the week, each rate weighed by
// how long it lasts.
func (p *DemandProfile) Mean() float64 {
	m := p.minutes()
	s := 0.0
	for _, v := range m {
		s += v
	}
	return s / minutesPerWeek
}

// LocalHourly is the profile in its own time zone: the highest rate in each
// hour of the local week, Monday 00:00 first. Hourly profiles are
// returned as written; for windows, an hour that a window covers in part
// takes the window's rate when that is the higher, as capacity for the
// hour must cover it.
func (p *DemandProfile) LocalHourly() Week {
	m := p.minutes()
	var w Week
	for h := range w {
		w[h] = slices.Max(m[h*60 : (h+1)*60])
	}
	return w
}

// HourlyUTC is the profile in UTC: the highest rate in each hour of the
// UTC week that holds the instant at, Monday 00:00 UTC first. The time
// zone's offset in that week applies, daylight saving time included, so
// weeks on either side of a change of offset differ.
func (p *DemandProfile) HourlyUTC(at time.Time) (Week, error) {
	loc, err := p.location()
	if err != nil {
		return Week{}, err
	}
	m := p.minutes()
	t := at.UTC()
	start := time.Date(t.Year(), t.Month(), t.Day()-weekday(t), 0, 0, 0, 0, time.UTC)
	var w Week
	// The week starts on a Monday at 00:00 UTC, so minute i of it is, in
	// the zone, minute i + offset of the local week (modulo the week).
	// The offset is looked up once per period the zone keeps it, not
	// once per minute.
	for i := 0; i < minutesPerWeek; {
		at := start.Add(time.Duration(i) * time.Minute).In(loc)
		_, offset := at.Zone()
		n := minutesPerWeek - i
		if _, end := at.ZoneBounds(); !end.IsZero() {
			// Minutes of the week whose instant is before the end.
			n = min(n, int((end.Sub(at)+time.Minute-1)/time.Minute))
		}
		for ; n > 0; n, i = n-1, i+1 {
			local := floorDiv(i*60+offset, 60) % minutesPerWeek
			if local < 0 {
				local += minutesPerWeek
			}
			if v := m[local]; i%60 == 0 || v > w[i/60] {
				w[i/60] = v
			}
		}
	}
	return w, nil
}

// floorDiv is a/b rounded down (b > 0).
func floorDiv(a, b int) int {
	q := a / b
	if a%b != 0 && a < 0 {
		q--
	}
	return q
}

// weekday numbers t's day of the week from Monday, 0, to Sunday, 6.
func weekday(t time.Time) int { return (int(t.Weekday()) + 6) % 7 }

// location loads the profile's time zone.
func (p *DemandProfile) location() (*time.Location, error) {
	if p.TimeZone == "" || p.TimeZone == "Local" {
		// "" and "Local" name no zone but UTC or the machine's own.
		return nil, fmt.Errorf("unknown time zone %q", p.TimeZone)
	}
	loc, err := time.LoadLocation(p.TimeZone)
	if err != nil {
		return nil, fmt.Errorf("unknown time zone %q", p.TimeZone)
	}
	return loc, nil
}

// minutes is the rate in each minute of the local week. Entries a profile
// does not define (a short hourly list, an unreadable window) are 0, so
// that a profile being checked is never a reason to fail.
func (p *DemandProfile) minutes() *[minutesPerWeek]float64 {
	var m [minutesPerWeek]float64
	if len(p.Windows) == 0 {
		for h := 0; h < HoursPerWeek && h < len(p.Hourly); h++ {
			for i := h * 60; i < (h+1)*60; i++ {
				m[i] = p.Hourly[h]
			}
		}
		return &m
	}
	if p.RPS != nil {
		for i := range m {
			m[i] = *p.RPS
		}
	}
	for _, w := range p.Windows {
		from, okf := parseClock(w.From, false)
		to, okt := parseClock(w.To, true)
		if !okf || !okt || from >= to {
			continue
		}
		for _, d := range w.Days {
			day := slices.Index(Weekdays, d)
			if day < 0 {
				continue
			}
			for i := day*24*60 + from; i < day*24*60+to; i++ {
				m[i] = w.RPS
			}
		}
	}
	return &m
}

// parseClock reads "hh:mm" as minutes since midnight; "24:00" only when
// end is set.
func parseClock(s string, end bool) (int, bool) {
	if len(s) != 5 || s[2] != ':' {
		return 0, false
	}
	d := func(b byte) int {
		if b < '0' || b > '9' {
			return -100
		}
		return int(b - '0')
	}
	h, m := d(s[0])*10+d(s[1]), d(s[3])*10+d(s[4])
	switch {
	case h < 0 || m < 0 || m > 59:
		return 0, false
	case h == 24 && m == 0 && end:
		return 24 * 60, true
	case h > 23:
		return 0, false
	}
	return h*60 + m, true
}

// problem is something wrong with a profile, at a path below it.
type problem struct {
	path     []any
	expected string
	message  string
}

// errProfile says a profile was refused; see [DemandProfile.Validate].
var errProfile = errors.New("invalid demand profile")

// Validate checks what the schema cannot: that the time zone exists, that
// windows lie within a day and overlap no other, that rates are finite,
// and that the profile's peak is above zero. It returns the first problem
// found; Check reports them all, each at its field.
func (p *DemandProfile) Validate() error {
	if ps := p.problems(); len(ps) > 0 {
		return fmt.Errorf("%w: %s (expected %s)", errProfile, ps[0].message, ps[0].expected)
	}
	return nil
}

func (p *DemandProfile) problems() []problem {
	var ps []problem
	add := func(expected, format string, path ...any) func(args ...any) {
		return func(args ...any) {
			ps = append(ps, problem{path: path, expected: expected, message: fmt.Sprintf(format, args...)})
		}
	}
	if _, err := p.location(); err != nil {
		add(`an IANA time zone, such as "Europe/Berlin" or "UTC"`, "%v", "timeZone")(err)
	}
	switch {
	case len(p.Hourly) > 0 && len(p.Windows) > 0:
		add("exactly one of hourly, windows", "sets hourly and windows")()
		return ps
	case len(p.Hourly) == 0 && len(p.Windows) == 0:
		add("exactly one of hourly, windows", "sets none of hourly, windows")()
		return ps
	}
	rate := func(v float64) bool { return v >= 0 && v <= MaxRequestRate } // false for NaN
	const rateText = "a request rate >= 0 and <= 1e9"
	if len(p.Hourly) > 0 {
		if len(p.Hourly) != HoursPerWeek {
			add("168 rates, one per hour of the week from Monday 00:00", "hourly has %d rates", "hourly")(len(p.Hourly))
			return ps
		}
		for i, v := range p.Hourly {
			if !rate(v) {
				add(rateText, "rate is %v", "hourly", i)(v)
			}
		}
		if p.RPS != nil {
			add("rps only with windows: hourly gives every hour's rate", "rps is set with hourly", "rps")()
		}
	} else {
		if p.RPS == nil {
			add("the rate outside every window, in requests per second", "missing rate for the rest of the week", "rps")()
		} else if !rate(*p.RPS) {
			add(rateText, "rate is %v", "rps")(*p.RPS)
		}
		ps = append(ps, windowProblems(p.Windows)...)
	}
	if len(ps) == 0 && !(p.Peak() > 0) {
		add("a rate above 0 at some time of the week", "every rate of the profile is 0")()
	}
	return ps
}

// span is a window's time on one day, in minutes since midnight.
type span struct{ window, from, to int }

func windowProblems(ws []DemandWindow) []problem {
	var ps []problem
	add := func(i int, field, expected, format string, args ...any) {
		ps = append(ps, problem{path: []any{"windows", i, field}, expected: expected, message: fmt.Sprintf(format, args...)})
	}
	byDay := make([][]span, len(Weekdays))
	names := map[string]int{}
	for i, w := range ws {
		if j, ok := names[w.Name]; ok {
			add(i, "name", "a name no other window has", "window %q is also windows[%d]", w.Name, j)
		} else {
			names[w.Name] = i
		}
		if !(w.RPS >= 0 && w.RPS <= MaxRequestRate) {
			add(i, "rps", "a request rate >= 0 and <= 1e9", "rate is %v", w.RPS)
		}
		from, okf := parseClock(w.From, false)
		to, okt := parseClock(w.To, true)
		if !okf {
			add(i, "from", `a time of day "hh:mm", such as "08:00"`, "invalid time %q", w.From)
		}
		if !okt {
			add(i, "to", `a time of day "hh:mm", such as "18:00", or "24:00"`, "invalid time %q", w.To)
		}
		if okf && okt && from >= to {
			add(i, "to", fmt.Sprintf("a time after from (%s) on the same day; split a window across midnight in two", w.From),
				"window %q ends at %s", w.Name, w.To)
			okt = false
		}
		if len(w.Days) == 0 {
			add(i, "days", "at least one day", "no days")
		}
		seen := map[string]bool{}
		for k, d := range w.Days {
			day := slices.Index(Weekdays, d)
			switch {
			case day < 0:
				ps = append(ps, problem{path: []any{"windows", i, "days", k}, expected: "one of mon, tue, wed, thu, fri, sat, sun", message: fmt.Sprintf("unknown day %q", d)})
			case seen[d]:
				ps = append(ps, problem{path: []any{"windows", i, "days", k}, expected: "each day once", message: fmt.Sprintf("%s is listed twice", d)})
			case okf && okt:
				byDay[day] = append(byDay[day], span{i, from, to})
			}
			seen[d] = true
		}
	}
	reported := map[[2]int]bool{}
	for day, spans := range byDay {
		for a := range spans {
			for b := a + 1; b < len(spans); b++ {
				x, y := spans[a], spans[b]
				if x.from >= y.to || y.from >= x.to || reported[[2]int{x.window, y.window}] {
					continue
				}
				reported[[2]int{x.window, y.window}] = true
				wx, wy := ws[x.window], ws[y.window]
				add(y.window, "from", "windows that do not overlap",
					"window %q (%s–%s) overlaps window %q (%s–%s, windows[%d]) on %s",
					wy.Name, wy.From, wy.To, wx.Name, wx.From, wx.To, x.window, Weekdays[day])
			}
		}
	}
	return ps
}

// deriveDemand writes each profile's peak into its demand's RPS.
func deriveDemand(in *Intent) {
	for _, w := range in.Workloads {
		for g, d := range w.Demand {
			if d.Profile != nil {
				d.RPS = d.Profile.Peak()
				w.Demand[g] = d
			}
		}
	}
}

// checkDemandProfile reports what is wrong with a profile at path.
func (c *checker) checkDemandProfile(path []any, p *DemandProfile) {
	for _, pr := range p.problems() {
		c.report(append(slices.Clip(path), pr.path...), pr.expected, "%s", pr.message)
	}
}
