package synth

import (
	"maps"
	"math"
	"slices"

	"isobar.dev/isobar/schema"
)

// geoZones are the time zones of the geographies Generate uses.
var geoZones = map[string]string{
	"london": "Europe/London", "frankfurt": "Europe/Berlin", "paris": "Europe/Paris",
	"amsterdam": "Europe/Amsterdam", "stockholm": "Europe/Stockholm", "madrid": "Europe/Madrid",
	"milan": "Europe/Rome", "warsaw": "Europe/Warsaw", "new-york": "America/New_York",
	"chicago": "America/Chicago", "los-angeles": "America/Los_Angeles", "tokyo": "Asia/Tokyo",
	"singapore": "Asia/Singapore", "sao-paulo": "America/Sao_Paulo", "sydney": "Australia/Sydney",
	"mumbai": "Asia/Kolkata",
}

// Profiles gives every demand of in a weekly profile in its geography's
// time zone: a daily curve, lowest at night (a fifth of the peak) and
// highest in the afternoon, and weekends at weekend times the weekday
// rate; each demand's rate stays its peak, as the loader writes it.
// Rates are whole requests per second, so that hours alike in demand are
// equal.
func Profiles(in *schema.Intent, weekend float64) {
	for _, name := range slices.Sorted(maps.Keys(in.Workloads)) {
		w := in.Workloads[name]
		if len(w.Demand) == 0 {
			continue
		}
		w.Demand = maps.Clone(w.Demand)
		for g, d := range w.Demand {
			zone := geoZones[g]
			if zone == "" {
				zone = "UTC"
			}
			hourly := make([]float64, schema.HoursPerWeek)
			for h := range hourly {
				hour := float64(h % 24)
				// A raised cosine peaking at 15:00, a fifth at 03:00.
				f := 0.2 + 0.8*(1+math.Cos((hour-15)/24*2*math.Pi))/2
				if h/24 >= 5 {
					f *= weekend
				}
				hourly[h] = math.Round(d.RPS * f)
			}
			d.Profile = &schema.DemandProfile{TimeZone: zone, Hourly: hourly}
			d.RPS = slices.Max(hourly)
			w.Demand[g] = d
		}
		in.Workloads[name] = w
	}
}
