package planner

import (
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// UserLatency is the RTT the planner uses from a geography's users to a
// region, and its source, as a plan's placements report them.
func UserLatency(cat *providers.Catalog, in *schema.Intent, geo, provider, region string) (float64, string, error) {
	f := newFacts(cat, in)
	r, ok, err := f.region(in, provider, region)
	if err != nil || !ok {
		return 0, "", err
	}
	l, err := f.geoLatency(geo, r)
	return round3(l.ms), l.source, err
}
