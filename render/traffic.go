package render

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/schema"
)

// WeightTotal is what the integer weights of one routing decision add up
// to, for both backends: a weight is a share in whole percent.
const WeightTotal = 100

// Elsewhere names the users of no geography with demand: Route 53's
// default location, and the whole of a workload's users for k8gb.
const Elsewhere = "*"

// TrafficReport says how users reach the public services: for each
// hostname and user geography, the shares of its requests the plan routes
// to each cluster, the shares the DNS backend answers with, and the
// difference. Render fills it when the intent has a traffic section.
type TrafficReport struct {
	Zone    string      `json:"zone"`
	Backend string      `json:"backend"`
	Hosts   []HostRoute `json:"hosts"`
}

// HostRoute is the routing of one hostname.
type HostRoute struct {
	Hostname string `json:"hostname"`
	Workload string `json:"workload"`
	// Ports are the workload's public ports reached by the hostname.
	Ports []string `json:"ports"`
	// Serving are the clusters that run the workload; Reachable those the
	// backend can send users to (for k8gb, those that hold a Gslb).
	Serving   []string `json:"serving"`
	Reachable []string `json:"reachable"`
	// DNSClusters hold the hostname's DNS objects.
	DNSClusters []string   `json:"dnsClusters"`
	Geographies []GeoRoute `json:"geographies"`
	// Notes say what the backend cannot express and what isobar renders
	// instead.
	Notes []string `json:"notes,omitempty"`
}

// GeoRoute is where one user geography's requests for a hostname go.
type GeoRoute struct {
	// Geography is a user geography, or Elsewhere.
	Geography string `json:"geography"`
	// Location is what DNS tells the geography's users by: a country or
	// continent code, "*" for Route 53's default location; empty where the
	// backend answers every resolver alike (k8gb).
	Location string  `json:"location,omitempty"`
	RPS      float64 `json:"rps"`
	// Planned are the plan's shares; Answered the backend's, from its
	// integer weights. Answered is absent when the backend decides at
	// query time (k8gb geoip).
	Planned  []Share `json:"planned"`
	Answered []Share `json:"answered,omitempty"`
	// ErrorPoints is the largest difference between a cluster's planned
	// and answered share, in percentage points; absent with Answered.
	ErrorPoints *float64 `json:"errorPoints,omitempty"`
}

// Share is the part of a geography's requests one cluster gets.
type Share struct {
	Cluster string  `json:"cluster"`
	Percent float64 `json:"percent"`
	// Weight is the backend's integer weight, when it uses one.
	Weight int `json:"weight,omitempty"`
}

// Host returns the routing of a hostname, or nil.
func (r *TrafficReport) Host(hostname string) *HostRoute {
	if r == nil {
		return nil
	}
	for i := range r.Hosts {
		if r.Hosts[i].Hostname == hostname {
			return &r.Hosts[i]
		}
	}
	return nil
}

// Unrouted lists the geographies with demand whose requests the backend
// sends to no cluster that runs the workload, as "hostname: geography".
func (r *TrafficReport) Unrouted() []string {
	if r == nil {
		return nil
	}
	var out []string
	for _, h := range r.Hosts {
		for _, g := range h.Geographies {
			if g.Geography == Elsewhere || g.RPS == 0 || g.Answered == nil && len(h.Reachable) > 0 {
				continue
			}
			sum := 0.0
			for _, s := range g.Answered {
				if slices.Contains(h.Serving, s.Cluster) {
					sum += s.Percent
				}
			}
			if sum < 99.5 {
				out = append(out, h.Hostname+": "+g.Geography)
			}
		}
	}
	return out
}

// route is the routing of one hostname while rendering: the report entry
// and what the objects need.
type route struct {
	HostRoute
	w       *schema.Workload
	port    string   // the first public port with the hostname
	weights []Share  // k8gb: weight per reachable cluster, over all users
	groups  []*group // externalDNS: one per location, Elsewhere last
}

// group is the users DNS tells apart by one location code.
type group struct {
	location  string
	continent bool
	answered  []Share
}

// trafficPlan is the routing of every hostname of a plan.
type trafficPlan struct {
	t      *schema.Traffic
	routes []*route
	report *TrafficReport
}

// planTraffic computes, from the plan's routing of each geography's
// demand, what each hostname's DNS answers. Nil without a traffic section.
func planTraffic(in *schema.Intent, plan *planner.Plan) (*trafficPlan, error) {
	t := in.Traffic
	if t == nil {
		return nil, nil
	}
	tp := &trafficPlan{t: t, report: &TrafficReport{Zone: t.Zone, Backend: t.Backend, Hosts: []HostRoute{}}}
	for _, name := range slices.Sorted(maps.Keys(in.Workloads)) {
		w := in.Workloads[name]
		if w.Name == "" {
			w.Name = name
		}
		if w.Kind != schema.KindService {
			continue
		}
		hosts := map[string][]string{}
		for _, p := range schema.PublicPorts(w) {
			h := t.Hostname(name, w.Ports[p])
			hosts[h] = append(hosts[h], p)
		}
		for _, h := range slices.Sorted(maps.Keys(hosts)) {
			rt, err := tp.route(in, plan, &w, h, hosts[h])
			if err != nil {
				return nil, fmt.Errorf("hostname %s: %w", h, err)
			}
			tp.routes = append(tp.routes, rt)
			tp.report.Hosts = append(tp.report.Hosts, rt.HostRoute)
		}
	}
	return tp, nil
}

// route computes one hostname's routing.
func (tp *trafficPlan) route(in *schema.Intent, plan *planner.Plan, w *schema.Workload, host string, ports []string) (*route, error) {
	rt := &route{w: w, port: ports[0], HostRoute: HostRoute{Hostname: host, Workload: w.Name, Ports: ports}}
	replicas := map[string]float64{}
	byGeo := map[string]map[string]float64{}
	for _, p := range plan.Placements {
		if p.Workload != w.Name {
			continue
		}
		if p.Replicas > 0 {
			replicas[p.Cluster] += float64(p.Replicas)
		}
		for _, s := range p.Serves {
			if s.RPS < 0 || math.IsNaN(s.RPS) || math.IsInf(s.RPS, 0) {
				return nil, fmt.Errorf("plan routes %v rps of %s to %s", s.RPS, s.Geography, p.Cluster)
			}
			if byGeo[s.Geography] == nil {
				byGeo[s.Geography] = map[string]float64{}
			}
			byGeo[s.Geography][p.Cluster] += s.RPS
		}
	}
	rt.Serving = slices.Sorted(maps.Keys(replicas))
	rt.DNSClusters = tp.t.Controllers(in.Fleet, rt.Serving)
	rt.Reachable = rt.Serving
	if tp.t.Backend == schema.BackendK8GB {
		rt.Reachable = intersect(rt.Serving, rt.DNSClusters)
		if len(rt.Reachable) < len(rt.Serving) {
			rt.Notes = append(rt.Notes, fmt.Sprintf("%s run the workload but hold no Gslb (not among dnsClusters): k8gb cannot send users there",
				strings.Join(without(rt.Serving, rt.Reachable), ", ")))
		}
	}
	if rt.Reachable == nil {
		rt.Reachable = []string{}
	}

	// Planned shares per geography with demand, and over all users.
	geos := slices.Sorted(maps.Keys(w.Demand))
	all := map[string]float64{}
	for _, g := range geos {
		gr := GeoRoute{Geography: g, RPS: round3(w.Demand[g].RPS), Planned: shares(byGeo[g])}
		for c, v := range byGeo[g] {
			all[c] += v
		}
		rt.Geographies = append(rt.Geographies, gr)
	}
	if len(geos) == 0 {
		// No demand: users anywhere, in proportion to the replicas.
		all = replicas
	}
	elsewhere := GeoRoute{Geography: Elsewhere, Planned: shares(all)}

	switch tp.t.Backend {
	case schema.BackendK8GB:
		rt.k8gb(tp.t, all, &elsewhere)
	default:
		rt.route53(in, tp.t, byGeo, all, &elsewhere)
	}
	rt.Geographies = append(rt.Geographies, elsewhere)
	return rt, nil
}

// answer fills a geography's answered shares and their error.
func (g *GeoRoute) answer(answered []Share) {
	g.Answered = answered
	if g.Answered == nil {
		g.Answered = []Share{}
	}
	worst := 0.0
	for _, c := range unionClusters(g.Planned, g.Answered) {
		worst = math.Max(worst, math.Abs(percentOf(g.Planned, c)-percentOf(g.Answered, c)))
	}
	worst = round1(worst)
	g.ErrorPoints = &worst
}

// weigh turns rps (or any amounts) per cluster into integer weights that
// add up to WeightTotal by the largest-remainder method, keeping only the
// clusters in keep, and returns the shares they answer with.
func weigh(amounts map[string]float64, keep []string) []Share {
	total := 0.0
	for _, c := range keep {
		total += amounts[c]
	}
	if total <= 0 {
		return nil
	}
	type part struct {
		cluster string
		weight  int
		rest    float64
	}
	var parts []part
	given := 0
	for _, c := range keep {
		if amounts[c] <= 0 {
			continue
		}
		exact := amounts[c] / total * WeightTotal
		w := int(math.Floor(exact))
		parts = append(parts, part{c, w, exact - float64(w)})
		given += w
	}
	order := slices.Clone(parts)
	slices.SortStableFunc(order, func(a, b part) int {
		return cmp.Or(cmp.Compare(b.rest, a.rest), strings.Compare(a.cluster, b.cluster))
	})
	extra := map[string]int{}
	for i := 0; i < WeightTotal-given && i < len(order); i++ {
		extra[order[i].cluster]++
	}
	var out []Share
	for _, p := range parts {
		if w := p.weight + extra[p.cluster]; w > 0 {
			out = append(out, Share{Cluster: p.cluster, Weight: w, Percent: float64(w) * 100 / WeightTotal})
		}
	}
	return out
}

// shares are rps per cluster as percentages, sorted by cluster.
func shares(rps map[string]float64) []Share {
	total := 0.0
	for _, v := range rps {
		total += v
	}
	out := []Share{}
	for _, c := range slices.Sorted(maps.Keys(rps)) {
		if total > 0 && rps[c] > 0 {
			out = append(out, Share{Cluster: c, Percent: round1(rps[c] / total * 100)})
		}
	}
	return out
}

func percentOf(ss []Share, cluster string) float64 {
	for _, s := range ss {
		if s.Cluster == cluster {
			return s.Percent
		}
	}
	return 0
}

func unionClusters(a, b []Share) []string {
	set := map[string]bool{}
	for _, s := range append(slices.Clone(a), b...) {
		set[s.Cluster] = true
	}
	return slices.Sorted(maps.Keys(set))
}

func intersect(a, b []string) []string {
	out := []string{}
	for _, x := range a {
		if slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

func without(a, b []string) []string {
	var out []string
	for _, x := range a {
		if !slices.Contains(b, x) {
			out = append(out, x)
		}
	}
	return out
}

func round1(v float64) float64 { return math.Round(v*10) / 10 }
func round3(v float64) float64 { return math.Round(v*1000) / 1000 }
