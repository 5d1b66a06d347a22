package schema_test

import (
	"math"
	"strconv"
	"strings"
	"testing"
	"time"

	"isobar.dev/isobar/schema"
)

// list writes n numbers as a CUE list, f giving each.
func list(n int, f func(i int) string) string {
	parts := make([]string, n)
	for i := range parts {
		parts[i] = f(i)
	}
	return "[" + strings.Join(parts, ", ") + "]"
}

func ones(int) string { return "1" }

// windowsProfile is a profile of two windows on weekdays and a quiet rest.
const windowsProfile = `package intent

workloads: api: demand: london: profile: {
	timeZone: "Europe/Berlin"
	windows: [
		{name: "business", days: ["mon", "tue", "wed", "thu", "fri"], from: "08:00", to: "18:00", rps: 900},
		{name: "evening", days: ["sat", "sun"], from: "18:30", to: "24:00", rps: 400},
	]
	rps: 120
}
workloads: api: demand: frankfurt: rps: 50
`

func TestDemandProfileLoads(t *testing.T) {
	dir := writeFiles(t, withBase(map[string]string{"demand.cue": windowsProfile}))
	in, err := schema.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := vetDir(t, dir); err != nil {
		t.Fatal(err)
	}
	d := in.Intent.Workloads["api"].Demand["london"]
	if d.RPS != 900 || d.Peak() != 900 {
		t.Errorf("RPS = %v, Peak = %v, want the profile's peak, 900", d.RPS, d.Peak())
	}
	// 5 days × 10 h at 900, 2 days × 5.5 h at 400, the rest at 120.
	busy := 5*10.0 + 2*5.5
	want := (5*10*900 + 2*5.5*400 + (168-busy)*120) / 168
	if math.Abs(d.Mean()-want) > 1e-9 {
		t.Errorf("Mean = %v, want %v", d.Mean(), want)
	}
	if c := in.Intent.Workloads["api"].Demand["frankfurt"]; c.RPS != 50 || c.Profile != nil || c.Mean() != 50 {
		t.Errorf("constant demand changed: %+v", c)
	}
}

func TestDemandProfileHourly(t *testing.T) {
	hourly := list(168, func(h int) string { return strconv.Itoa(h % 24 * 10) })
	dir := writeFiles(t, withBase(map[string]string{"demand.cue": "package intent\n\nworkloads: api: demand: london: profile: {timeZone: \"UTC\", hourly: " + hourly + "}\n"}))
	in, err := schema.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := vetDir(t, dir); err != nil {
		t.Fatal(err)
	}
	d := in.Intent.Workloads["api"].Demand["london"]
	if d.RPS != 230 {
		t.Errorf("RPS = %v, want 230", d.RPS)
	}
	if d.Mean() != 115 {
		t.Errorf("Mean = %v, want 115", d.Mean())
	}
}

func TestDemandHourlyUTC(t *testing.T) {
	rest := 100.0
	p := &schema.DemandProfile{TimeZone: "Europe/Berlin", RPS: &rest, Windows: []schema.DemandWindow{
		{Name: "business", Days: []string{"mon"}, From: "08:00", To: "18:30", RPS: 900},
		{Name: "late", Days: []string{"sun"}, From: "23:00", To: "24:00", RPS: 300},
	}}
	if err := p.Validate(); err != nil {
		t.Fatal(err)
	}
	local := p.LocalHourly()
	if local[8] != 900 || local[18] != 900 || local[19] != 100 || local[7] != 100 || local[167] != 300 {
		t.Errorf("local week: hours 7, 8, 18, 19, 167 = %v %v %v %v %v", local[7], local[8], local[18], local[19], local[167])
	}
	tests := []struct {
		name  string
		at    time.Time
		shift int // hours Berlin is ahead of UTC that week
	}{
		{"winter", time.Date(2026, 1, 14, 12, 0, 0, 0, time.UTC), 1},
		{"summer", time.Date(2026, 7, 15, 12, 0, 0, 0, time.UTC), 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w, err := p.HourlyUTC(tt.at)
			if err != nil {
				t.Fatal(err)
			}
			for h := range schema.HoursPerWeek {
				if want := local[(h+tt.shift)%schema.HoursPerWeek]; w[h] != want {
					t.Errorf("UTC hour %d = %v, want local hour %d's %v", h, w[h], (h+tt.shift)%schema.HoursPerWeek, want)
				}
			}
			if w.Peak() != p.Peak() {
				t.Errorf("peak in UTC %v, local %v", w.Peak(), p.Peak())
			}
		})
	}
	if _, err := (&schema.DemandProfile{TimeZone: "Mars/Olympus", Hourly: make([]float64, 168)}).HourlyUTC(time.Now()); err == nil {
		t.Error("unknown time zone accepted")
	}
	c := schema.Demand{RPS: 42}
	if w, err := c.HourlyUTC(time.Now()); err != nil || w.Peak() != 42 || w.Mean() != 42 {
		t.Errorf("constant demand: %v %v", w, err)
	}
}

func TestDemandProfileBadInput(t *testing.T) {
	const at = "workloads: api: demand: london: "
	window := func(name, days, from, to, rps string) string {
		return `{name: "` + name + `", days: [` + days + `], from: "` + from + `", to: "` + to + `", rps: ` + rps + `}`
	}
	tests := []struct {
		name string
		src  string
		want []string
	}{{
		name: "rps and profile",
		src:  at + `{rps: 10, profile: {timeZone: "UTC", hourly: ` + list(168, ones) + `}}`,
		want: []string{`bad.cue:3:33: workloads.api.demand.london: sets rps and profile (expected exactly one of rps, profile)`},
	}, {
		name: "neither rps nor profile",
		src:  at + `{egressGBPerMonth: 1}`,
		want: []string{`bad.cue:3:33: workloads.api.demand.london: sets none of rps, profile (expected exactly one of rps, profile)`},
	}, {
		name: "hourly and windows",
		src:  at + `profile: {timeZone: "UTC", rps: 1, hourly: ` + list(168, ones) + `, windows: [` + window("a", `"mon"`, "08:00", "09:00", "3") + `]}`,
		want: []string{`bad.cue:3:42: workloads.api.demand.london.profile: sets hourly and windows (expected exactly one of hourly, windows)`},
	}, {
		name: "167 hours",
		src:  at + `profile: {timeZone: "UTC", hourly: ` + list(167, ones) + `}`,
		want: []string{`bad.cue:3:68: workloads.api.demand.london.profile.hourly: 167 entries (expected 168 rates, one per hour of the week from Monday 00:00)`},
	}, {
		name: "169 hours",
		src:  at + `profile: {timeZone: "UTC", hourly: ` + list(169, ones) + `}`,
		want: []string{`bad.cue:3:68: workloads.api.demand.london.profile.hourly: 169 entries (expected 168 rates, one per hour of the week from Monday 00:00)`},
	}, {
		name: "negative rate",
		src:  at + `profile: {timeZone: "UTC", hourly: ` + list(168, func(h int) string { return map[bool]string{true: "-1", false: "1"}[h == 5] }) + `}`,
		want: []string{`bad.cue:3:84: workloads.api.demand.london.profile.hourly[5]: invalid value -1 (expected a value >= 0)`},
	}, {
		name: "rate beyond any float",
		src:  at + `profile: {timeZone: "UTC", hourly: ` + list(168, func(h int) string { return map[bool]string{true: "1e999", false: "1"}[h == 5] }) + `}`,
		want: []string{`bad.cue:3:84: workloads.api.demand.london.profile.hourly[5]: invalid value 1E+999 (expected a value <= 1E+9)`},
	}, {
		name: "rate that is no number",
		src:  at + `profile: {timeZone: "UTC", hourly: ` + list(168, func(h int) string { return map[bool]string{true: `"NaN"`, false: "1"}[h == 0] }) + `}`,
		want: []string{`bad.cue:3:69: workloads.api.demand.london.profile.hourly[0]: invalid value "NaN" (expected a number)`},
	}, {
		name: "rps with hourly",
		src:  at + `profile: {timeZone: "UTC", rps: 3, hourly: ` + list(168, ones) + `}`,
		want: []string{`bad.cue:3:60: workloads.api.demand.london.profile.rps: rps is set with hourly (expected rps only with windows: hourly gives every hour's rate)`},
	}, {
		name: "windows without the rest of the week",
		src:  at + `profile: {timeZone: "UTC", windows: [` + window("a", `"mon"`, "08:00", "09:00", "3") + `]}`,
		want: []string{`bad.cue:3:33: workloads.api.demand.london.profile.rps: missing required field (expected >=0 & <=1e+9)`},
	}, {
		name: "unknown time zone",
		src:  at + `profile: {timeZone: "Europe/Berln", rps: 1, windows: [` + window("a", `"mon"`, "08:00", "09:00", "3") + `]}`,
		want: []string{`bad.cue:3:43: workloads.api.demand.london.profile.timeZone: unknown time zone "Europe/Berln" (expected an IANA time zone, such as "Europe/Berlin" or "UTC")`},
	}, {
		name: "the machine's time zone",
		src:  at + `profile: {timeZone: "Local", rps: 1, windows: [` + window("a", `"mon"`, "08:00", "09:00", "3") + `]}`,
		want: []string{`bad.cue:3:43: workloads.api.demand.london.profile.timeZone: unknown time zone "Local" (expected an IANA time zone, such as "Europe/Berlin" or "UTC")`},
	}, {
		name: "time zone outside the database",
		src:  at + `profile: {timeZone: "../../etc/passwd", rps: 1, windows: [` + window("a", `"mon"`, "08:00", "09:00", "3") + `]}`,
		want: []string{`bad.cue:3:43: workloads.api.demand.london.profile.timeZone: unknown time zone "../../etc/passwd" (expected an IANA time zone, such as "Europe/Berlin" or "UTC")`},
	}, {
		name: "malformed time",
		src:  at + `profile: {timeZone: "UTC", rps: 1, windows: [` + window("a", `"mon"`, "8:00", "09:00", "3") + `]}`,
		want: []string{`bad.cue:3:111: workloads.api.demand.london.profile.windows[0].from: invalid value "8:00" (expected a time of day "hh:mm" on a 24-hour clock, such as "08:00")`},
	}, {
		name: "window across midnight",
		src:  at + `profile: {timeZone: "UTC", rps: 1, windows: [` + window("night", `"fri"`, "22:00", "02:00", "3") + `]}`,
		want: []string{`bad.cue:3:124: workloads.api.demand.london.profile.windows[0].to: window "night" ends at 02:00 (expected a time after from (22:00) on the same day; split a window across midnight in two)`},
	}, {
		name: "unknown day",
		src:  at + `profile: {timeZone: "UTC", rps: 1, windows: [` + window("a", `"monday"`, "08:00", "09:00", "3") + `]}`,
		want: []string{`bad.cue:3:97: workloads.api.demand.london.profile.windows[0].days[0]: invalid value "monday" (expected one of "mon", "tue", "wed", "thu", "fri", "sat", "sun")`},
	}, {
		name: "day twice",
		src:  at + `profile: {timeZone: "UTC", rps: 1, windows: [` + window("a", `"mon", "mon"`, "08:00", "09:00", "3") + `]}`,
		want: []string{`bad.cue:3:104: workloads.api.demand.london.profile.windows[0].days[1]: mon is listed twice (expected each day once)`},
	}, {
		name: "overlapping windows",
		src: at + "profile: {timeZone: \"Europe/Berlin\", rps: 1, windows: [\n" +
			window("business", `"mon", "tue"`, "08:00", "18:00", "900") + ",\n" +
			window("lunch", `"tue"`, "12:00", "13:00", "1000") + "]}",
		want: []string{`bad.cue:5:32: workloads.api.demand.london.profile.windows[1].from: window "lunch" (12:00–13:00) overlaps window "business" (08:00–18:00, windows[0]) on tue (expected windows that do not overlap)`},
	}, {
		name: "windows that touch",
		src: at + "profile: {timeZone: \"UTC\", rps: 1, windows: [\n" +
			window("morning", `"mon"`, "08:00", "12:00", "900") + ",\n" +
			window("afternoon", `"mon"`, "12:00", "18:00", "1000") + "]}",
	}, {
		name: "two windows of one name",
		src: at + "profile: {timeZone: \"UTC\", rps: 1, windows: [\n" +
			window("busy", `"mon"`, "08:00", "12:00", "900") + ",\n" +
			window("busy", `"tue"`, "08:00", "12:00", "900") + "]}",
		want: []string{`bad.cue:5:2: workloads.api.demand.london.profile.windows[1].name: window "busy" is also windows[0] (expected a name no other window has)`},
	}, {
		name: "no demand at all",
		src:  at + `profile: {timeZone: "UTC", rps: 0, windows: [` + window("a", `"mon"`, "08:00", "09:00", "0") + `]}`,
		want: []string{`bad.cue:3:33: workloads.api.demand.london.profile: every rate of the profile is 0 (expected a rate above 0 at some time of the week)`},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, withBase(map[string]string{"bad.cue": "package intent\n\n" + tt.src + "\n"}))
			err := vetDir(t, dir)
			if tt.want == nil {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			got := lines(t, err)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// A list far longer than a week is refused before evaluation, quickly,
// with where it starts and its length.
func TestDemandProfileHuge(t *testing.T) {
	n := 4 * schema.MaxListLen
	dir := writeFiles(t, withBase(map[string]string{"bad.cue": "package intent\n\nworkloads: api: demand: london: profile: {timeZone: \"UTC\", hourly: " + list(n, ones) + "}\n"}))
	start := time.Now()
	got := lines(t, vetDir(t, dir))
	want := "bad.cue:3:68: list of " + strconv.Itoa(n) + " entries (expected at most " + strconv.Itoa(schema.MaxListLen) + " entries)"
	if len(got) != 1 || got[0] != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("took %v", d)
	}
}
