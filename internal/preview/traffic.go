package preview

import (
	"cmp"
	"fmt"
	"io"
	"maps"
	"math"
	"slices"
	"strings"

	"isobar.dev/isobar/render"
)

// Route is where the DNS backend sends one user geography's requests for
// one hostname, before and after.
type Route struct {
	Hostname  string `json:"hostname"`
	Workload  string `json:"workload"`
	Geography string `json:"geography"`
	// Location is what DNS tells the geography by (a country, US state or
	// continent; "*" for everyone else), as of the head.
	Location string `json:"location,omitempty"`
	// Before and After are the shares the backend answers with; a side
	// without the hostname has none.
	Before []render.Share `json:"before"`
	After  []render.Share `json:"after"`
	// Planned is the head plan's routing, and ErrorPoints how far After
	// is from it (the largest difference of a cluster's share, in
	// percentage points); absent where the backend decides per query.
	Planned     []render.Share `json:"planned"`
	ErrorPoints *float64       `json:"errorPoints,omitempty"`
	// Unrouted marks a geography with demand the head sends to no
	// cluster that runs the workload.
	Unrouted bool `json:"unrouted,omitempty"`
}

// Changed reports whether the answered shares differ.
func (r Route) Changed() bool { return sharesText(r.Before) != sharesText(r.After) }

// compareTraffic lists, per hostname and geography, where the DNS
// backend sends users on each side, with the head's notes on what its
// backend cannot express.
func (r *Report) compareTraffic(base, head *render.Result) {
	var b, h *render.TrafficReport
	if base != nil {
		b = base.Traffic
	}
	if head != nil {
		h = head.Traffic
	}
	if b == nil && h == nil {
		return
	}
	type key struct{ host, geo string }
	routes := map[key]*Route{}
	get := func(host render.HostRoute, g render.GeoRoute) *Route {
		k := key{host.Hostname, g.Geography}
		if routes[k] == nil {
			routes[k] = &Route{Hostname: host.Hostname, Workload: host.Workload, Geography: g.Geography, Before: []render.Share{}, After: []render.Share{}, Planned: []render.Share{}}
		}
		return routes[k]
	}
	if b != nil {
		for _, host := range b.Hosts {
			for _, g := range host.Geographies {
				get(host, g).Before = answeredOrPlanned(g)
			}
		}
	}
	unrouted := map[string]bool{}
	if h != nil {
		for _, u := range h.Unrouted() {
			unrouted[u] = true
		}
		for _, host := range h.Hosts {
			for _, g := range host.Geographies {
				rt := get(host, g)
				rt.After, rt.Planned, rt.ErrorPoints, rt.Location = answeredOrPlanned(g), g.Planned, g.ErrorPoints, g.Location
				rt.Unrouted = unrouted[host.Hostname+": "+g.Geography]
			}
			for _, n := range host.Notes {
				r.TrafficNotes = append(r.TrafficNotes, host.Hostname+": "+n)
			}
		}
	}
	keys := slices.SortedFunc(maps.Keys(routes), func(a, b key) int {
		return cmp.Or(strings.Compare(a.host, b.host), compareGeo(a.geo, b.geo))
	})
	for _, k := range keys {
		r.Traffic = append(r.Traffic, *routes[k])
	}
	r.trafficVerdict(h)
}

// compareGeo orders geographies by name, everyone else last.
func compareGeo(a, b string) int {
	if (a == render.Elsewhere) != (b == render.Elsewhere) {
		if a == render.Elsewhere {
			return 1
		}
		return -1
	}
	return strings.Compare(a, b)
}

// answeredOrPlanned is what users get: the backend's shares, or, where it
// decides per query (k8gb geoip), none known.
func answeredOrPlanned(g render.GeoRoute) []render.Share {
	if g.Answered == nil {
		return []render.Share{}
	}
	return g.Answered
}

// trafficVerdict checks the head: every geography with demand reaches a
// cluster that runs its workload.
func (r *Report) trafficVerdict(h *render.TrafficReport) {
	if h == nil {
		return
	}
	var missing []string
	worst, where := 0.0, ""
	for _, rt := range r.Traffic {
		if rt.Unrouted {
			missing = append(missing, fmt.Sprintf("%s from %s", rt.Hostname, rt.Geography))
		}
		if rt.ErrorPoints != nil && *rt.ErrorPoints > worst && rt.Geography != render.Elsewhere {
			worst, where = *rt.ErrorPoints, fmt.Sprintf("%s from %s", rt.Hostname, rt.Geography)
		}
	}
	v := Verdict{Check: "traffic routes", Passed: len(missing) == 0}
	switch {
	case len(missing) > 0:
		v.Detail = "no cluster running the workload answers " + strings.Join(missing, ", ")
	default:
		hosts := fmt.Sprintf("%d hostnames", len(h.Hosts))
		if len(h.Hosts) == 1 {
			hosts = "1 hostname"
		}
		v.Detail = fmt.Sprintf("every geography with demand reaches a cluster running its workload (%s, %s)", h.Backend, hosts)
	}
	if where != "" {
		v.Detail += fmt.Sprintf("; DNS answers differ from the plan by up to %s points (%s)", trimFloat(worst), where)
	}
	r.Verdicts = append(r.Verdicts, v)
}

// changedTraffic lists the routes whose answers change, or that fail.
func changedTraffic(rs []Route) []Route {
	var out []Route
	for _, r := range rs {
		if r.Changed() || r.Unrouted {
			out = append(out, r)
		}
	}
	return out
}

// sharesText is "aws-fra 67%, gcp-ams 33%", or "(none)".
func sharesText(ss []render.Share) string {
	if len(ss) == 0 {
		return "(none)"
	}
	parts := make([]string, len(ss))
	for i, s := range ss {
		parts[i] = fmt.Sprintf("%s %s%%", s.Cluster, trimFloat(s.Percent))
	}
	return strings.Join(parts, ", ")
}

// routeText describes one route's change for a person.
func routeText(r Route) string {
	geo := r.Geography
	if geo == render.Elsewhere {
		geo = "elsewhere"
	}
	if r.Location != "" && r.Location != render.Elsewhere {
		geo += " (" + r.Location + ")"
	}
	after := sharesText(r.After)
	if len(r.After) == 0 && !r.Unrouted && len(r.Planned) > 0 {
		after = "the backend's choice per query"
	}
	s := fmt.Sprintf("%s from %s: %s → %s", r.Hostname, geo, sharesText(r.Before), after)
	switch {
	case r.Unrouted:
		s += "; no cluster running " + r.Workload + " answers"
	case r.ErrorPoints != nil && *r.ErrorPoints >= 0.05:
		s += fmt.Sprintf(" (plan: %s; %s points off)", sharesText(r.Planned), trimFloat(*r.ErrorPoints))
	case r.ErrorPoints == nil && len(r.Planned) > 0:
		s += fmt.Sprintf(" (plan: %s)", sharesText(r.Planned))
	}
	return s
}

func trimFloat(v float64) string {
	if v == math.Trunc(v) {
		return fmt.Sprintf("%.0f", v)
	}
	return fmt.Sprintf("%.1f", v)
}

// textTraffic writes the routes that change, and the backend's notes.
func (r *Report) textTraffic(w io.Writer) {
	changed := changedTraffic(r.Traffic)
	if len(changed) == 0 {
		return
	}
	fmt.Fprintln(w, "\nTraffic (where DNS sends users):")
	for _, rt := range changed {
		fmt.Fprintf(w, "  %s\n", routeText(rt))
	}
	for _, n := range r.TrafficNotes {
		fmt.Fprintf(w, "  note: %s\n", n)
	}
}

// markdownTraffic writes the routes that change as a table, and the notes.
func (r *Report) markdownTraffic(b *strings.Builder) {
	changed := changedTraffic(r.Traffic)
	if len(changed) == 0 {
		return
	}
	b.WriteString("\n#### Traffic\n\n| hostname | users in | DNS answers before | after | plan | off by (points) |\n|---|---|---|---|---|---:|\n")
	for _, rt := range changed {
		geo := rt.Geography
		if geo == render.Elsewhere {
			geo = "elsewhere"
		}
		if rt.Location != "" && rt.Location != render.Elsewhere {
			geo += " (" + rt.Location + ")"
		}
		after, off := sharesText(rt.After), ""
		switch {
		case rt.Unrouted:
			after = "❌ " + after
		case len(rt.After) == 0 && len(rt.Planned) > 0:
			after = "the backend's choice per query"
		}
		if rt.ErrorPoints != nil {
			off = trimFloat(*rt.ErrorPoints)
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s | %s |\n", rt.Hostname, geo, sharesText(rt.Before), after, sharesText(rt.Planned), off)
	}
	if len(r.TrafficNotes) > 0 {
		b.WriteString("\n")
		for _, n := range r.TrafficNotes {
			fmt.Fprintf(b, "- %s\n", escape(n))
		}
	}
}
