package schema

import (
	"testing"
	"time"
)

// TestHourlyUTCFollowsTheZone compares the profile in UTC with the
// conversion of every minute of the week on its own, in zones with
// whole-hour, half-hour and 45-minute offsets and with daylight saving
// time (a 30-minute change in Australia/Lord_Howe), over weeks on both
// sides of and across their changes of offset.
func TestHourlyUTCFollowsTheZone(t *testing.T) {
	var hourly [HoursPerWeek]float64
	for h := range hourly {
		hourly[h] = float64(h + 1)
	}
	rps := 3.0
	profiles := []DemandProfile{
		{Hourly: hourly[:]},
		{RPS: &rps, Windows: []DemandWindow{
			{Name: "a", Days: []string{"mon", "sun"}, From: "07:15", To: "19:45", RPS: 9},
			{Name: "b", Days: []string{"sat"}, From: "00:00", To: "24:00", RPS: 1},
		}},
	}
	zones := []string{"UTC", "Europe/Berlin", "America/New_York", "America/St_Johns", "Asia/Kolkata",
		"Asia/Kathmandu", "Australia/Lord_Howe", "Pacific/Chatham", "Pacific/Kiritimati", "Pacific/Pago_Pago"}
	var days []time.Time
	for d := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC); d.Year() == 2026; d = d.AddDate(0, 0, 5) {
		days = append(days, d)
	}
	for _, zone := range zones {
		loc, err := time.LoadLocation(zone)
		if err != nil {
			t.Fatal(err)
		}
		for pi := range profiles {
			p := profiles[pi]
			p.TimeZone = zone
			m := p.minutes()
			for _, at := range days {
				got, err := p.HourlyUTC(at)
				if err != nil {
					t.Fatal(err)
				}
				// Every minute converted on its own.
				var want Week
				start := time.Date(at.Year(), at.Month(), at.Day()-weekday(at), 0, 0, 0, 0, time.UTC)
				for i := range minutesPerWeek {
					lt := start.Add(time.Duration(i) * time.Minute).In(loc)
					v := m[weekday(lt)*24*60+lt.Hour()*60+lt.Minute()]
					if i%60 == 0 || v > want[i/60] {
						want[i/60] = v
					}
				}
				if got != want {
					t.Fatalf("%s, profile %d, week of %s: got %v, want %v", zone, pi, at.Format(time.DateOnly), got, want)
				}
			}
		}
	}
}
