package render

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"isobar.dev/isobar/schema"
)

// route53 routes by location: one geolocation record per US state,
// country (or continent) with demand, one per country whose states have
// records (for users in its other states), and the default location for
// everyone else. Geographies that share a location cannot be told apart by
// Route 53 and are answered with their combined split.
func (rt *route) route53(in *schema.Intent, t *schema.Traffic, byGeo map[string]map[string]float64, all map[string]float64, elsewhere *GeoRoute) {
	continent := t.ExternalDNS != nil && t.ExternalDNS.Route53.Geolocation == schema.GeolocationContinent
	members := map[string][]int{} // every geography a location's records take in
	for i, g := range rt.Geographies {
		geo := geography(in, g.Geography)
		loc := geo.Country
		switch {
		case loc == "":
			loc = Elsewhere
		case continent:
			loc = schema.Continent(loc)
		case loc == "US" && geo.Subdivision != "":
			loc = "US-" + geo.Subdivision
			members["US"] = append(members["US"], i)
		}
		rt.Geographies[i].Location = loc
		members[loc] = append(members[loc], i)
	}
	for _, loc := range slices.Sorted(maps.Keys(members)) {
		if loc == Elsewhere {
			continue
		}
		amounts := map[string]float64{}
		var names []string
		differ := false
		answered := []Share(nil)
		for _, i := range members[loc] {
			for c, v := range byGeo[rt.Geographies[i].Geography] {
				amounts[c] += v
			}
		}
		answered = weigh(amounts, rt.Reachable)
		for _, i := range members[loc] {
			if rt.Geographies[i].Location != loc {
				continue // answered by its state's records
			}
			names = append(names, rt.Geographies[i].Geography)
			rt.Geographies[i].answer(answered)
			differ = differ || *rt.Geographies[i].ErrorPoints >= 1
		}
		if len(names) > 1 && differ {
			rt.Notes = append(rt.Notes, fmt.Sprintf("%s share location %s: Route 53 cannot tell them apart and answers them with their combined split",
				strings.Join(names, ", "), loc))
		}
		rt.groups = append(rt.groups, &group{location: loc, continent: continent, answered: answered})
	}
	// Geographies DNS cannot locate fall to the default location.
	for _, i := range members[Elsewhere] {
		rt.Notes = append(rt.Notes, fmt.Sprintf("%s has no country Route 53 knows: its users get the default answer", rt.Geographies[i].Geography))
	}
	answered := weigh(all, rt.Reachable)
	elsewhere.Location = Elsewhere
	elsewhere.answer(answered)
	for _, i := range members[Elsewhere] {
		rt.Geographies[i].answer(answered)
	}
	rt.groups = append(rt.groups, &group{location: Elsewhere, answered: answered})
	var unchecked []string
	for _, c := range rt.Reachable {
		if t.ExternalDNS == nil || t.ExternalDNS.Route53.HealthCheckIDs[c] == "" {
			unchecked = append(unchecked, c)
		}
	}
	if len(unchecked) > 0 {
		rt.Notes = append(rt.Notes, fmt.Sprintf("no Route 53 health check id for %s: records pointing there are answered whether the cluster is up or not", strings.Join(unchecked, ", ")))
	}
}

// k8gb routes every resolver alike: its weights are per Gslb, not per
// geography.
func (rt *route) k8gb(t *schema.Traffic, all map[string]float64, elsewhere *GeoRoute) {
	strategy := schema.StrategyRoundRobin
	if t.K8GB != nil {
		strategy = t.K8GB.Strategy
	}
	var answered []Share
	switch strategy {
	case schema.StrategyGeoIP:
		rt.Notes = append(rt.Notes, "geoip strategy: k8gb answers each resolver with the cluster nearest to it by its GeoIP database; the plan's shares are not expressed and the answer is not known here")
		return
	case schema.StrategyFailover:
		primary := ""
		for _, c := range rt.Reachable {
			if primary == "" || all[c] > all[primary] {
				primary = c
			}
		}
		if primary != "" {
			answered = []Share{{Cluster: primary, Percent: 100}}
			rt.weights = answered
			rt.Notes = append(rt.Notes, fmt.Sprintf("failover strategy: every user goes to %s (geo tag %s), which the plan routes most to; the others stand by", primary, t.GeoTag(primary)))
		}
	default:
		answered = weigh(all, rt.Reachable)
		rt.weights = answered
	}
	perGeo := false
	for i := range rt.Geographies {
		rt.Geographies[i].answer(answered)
		perGeo = perGeo || *rt.Geographies[i].ErrorPoints >= 1
	}
	elsewhere.answer(answered)
	if perGeo && strategy == schema.StrategyRoundRobin {
		rt.Notes = append(rt.Notes, "k8gb weights are per Gslb, not per geography: every geography is answered with the split over all users")
	}
}

// geography is a user geography, declared or built in.
func geography(in *schema.Intent, name string) schema.Geography {
	if g, ok := in.Geographies[name]; ok {
		return g
	}
	return schema.BuiltinGeographies()[name]
}
