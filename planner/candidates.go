package planner

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"isobar.dev/isobar/schema"
)

// Reasons a cluster is not a candidate for a workload.
const (
	ReasonPolicy    = "policy"
	ReasonResidency = "residency"
	ReasonPrice     = "price"
	ReasonGPU       = "gpu"
	ReasonCapacity  = "capacity"
	ReasonLatency   = "latency"
	ReasonRegion    = "region"
)

// candidate is a cluster that may run a workload, with what a replica there
// costs and emits and how far it is from the workload's users.
type candidate struct {
	cluster  int // index into problem.clusters
	cost     float64
	spot     bool // spot replicas are possible
	spotCost float64
	carbon   float64 // kg CO2e per replica-month
	// egress is the data-gravity transfer cost per replica-month.
	egress float64
	// serving holds, per geography of the workload (as in workload.geos),
	// its latency; ok is false where the SLO rules the cluster out.
	serving []latency
	// maxReplicas is how many replicas fit in the cluster on their own.
	maxReplicas int
}

// exclusion is a cluster that may not run a workload, and why.
type exclusion struct {
	cluster int
	reason  string
	detail  string
}

type cluster struct {
	name     string
	spec     schema.Cluster
	facts    *regionFacts
	capacity capacity // what it has
}

type workload struct {
	name string
	spec *schema.Workload
	// demand is what one replica asks of a cluster.
	demand demand
	geos   []string // demand geographies, sorted
	rps    []float64
	cands  []candidate
	excl   []exclusion
	// required is the fewest replicas the workload needs in total.
	required int
	// slo is the p95 latency objective in ms; 0 when none.
	slo float64
}

// classify splits the fleet into candidates and exclusions for w.
func (p *problem) classify(w *workload) {
	if len(p.verdicts) != len(p.clusters) {
		p.verdicts = make([]verdict, len(p.clusters))
	}
	verdicts := p.verdicts
	n := 0
	for ci, c := range p.clusters {
		verdicts[ci].reason, verdicts[ci].detail = p.exclude(w, c)
		if verdicts[ci].reason == "" {
			n++
		}
	}
	w.cands = make([]candidate, 0, n)
	w.excl = make([]exclusion, 0, len(p.clusters)-n)
	for ci, c := range p.clusters {
		if v := verdicts[ci]; v.reason != "" {
			w.excl = append(w.excl, exclusion{cluster: ci, reason: v.reason, detail: v.detail})
			continue
		}
		cand := candidate{cluster: ci}
		cand.cost, _ = p.facts.replicaCost(w.spec, c.facts, false)
		if w.spec.Spot != schema.SpotNever && c.spec.Spot.Available {
			cand.spotCost, cand.spot = p.facts.replicaCost(w.spec, c.facts, true)
		}
		cand.carbon = replicaCarbon(w.spec, c.facts)
		cand.egress = p.dataEgress(w, c)
		cand.maxReplicas = fit(w.spec, c.spec.Capacity)
		served := 0
		if len(w.geos) > 0 {
			cand.serving = make([]latency, len(w.geos))
		}
		for gi, g := range w.geos {
			l, err := p.clusterLatency(g, ci)
			if err != nil {
				continue
			}
			if w.slo == 0 || l.ms <= w.slo {
				l.ok = true
				cand.serving[gi] = l
				served++
			}
		}
		if w.slo > 0 && len(w.geos) > 0 && served == 0 {
			best, bestGeo := math.Inf(1), ""
			for _, g := range w.geos {
				if l, err := p.clusterLatency(g, ci); err == nil && l.ms < best {
					best, bestGeo = l.ms, g
				}
			}
			w.excl = append(w.excl, exclusion{cluster: ci, reason: ReasonLatency,
				detail: fmt.Sprintf("p95 %s: the nearest user geography, %s, is %.0f ms away (estimated)", w.spec.Latency.P95, bestGeo, best)})
			continue
		}
		w.cands = append(w.cands, cand)
	}
}

// verdict is why a cluster may not run a workload, if it may not.
type verdict struct{ reason, detail string }

// exclude says why cluster c may not run w, or "" when it may.
func (p *problem) exclude(w *workload, c *cluster) (reason, detail string) {
	pol := p.in.Policy
	if pol.AllowedProviders != nil && !slices.Contains(pol.AllowedProviders, c.spec.Provider) {
		return ReasonPolicy, fmt.Sprintf("provider %s is not among the allowed providers (%s)", c.spec.Provider, strings.Join(pol.AllowedProviders, ", "))
	}
	if pol.AllowedRegions != nil && !schema.RegionAllowed(pol.AllowedRegions, c.spec.Provider, c.spec.Region) {
		return ReasonPolicy, fmt.Sprintf("region %s:%s is not among the allowed regions (%s)", c.spec.Provider, c.spec.Region, strings.Join(pol.AllowedRegions, ", "))
	}
	if c.facts == nil {
		return ReasonRegion, fmt.Sprintf("region %s:%s is not in the catalog; declare it under catalog.regions", c.spec.Provider, c.spec.Region)
	}
	for _, dc := range w.spec.DataClasses {
		if !p.allowedIn(dc)[c.facts.country] {
			return ReasonResidency, p.residencyDetail(dc, c)
		}
	}
	if !c.facts.priced {
		return ReasonPrice, fmt.Sprintf("no price is known for %s:%s; give one under catalog.regions.%s.%q.prices", c.spec.Provider, c.spec.Region, c.spec.Provider, c.spec.Region)
	}
	if g := w.spec.Resources.GPU; g != nil {
		if have := c.spec.Capacity.GPUs[g.Model]; have < g.Count {
			return ReasonGPU, fmt.Sprintf("needs %d %s GPU(s) per replica; the cluster has %d", g.Count, g.Model, have)
		}
		if _, ok := c.facts.gpus[g.Model]; !ok {
			return ReasonGPU, fmt.Sprintf("no price is known for %s GPUs in %s:%s", g.Model, c.spec.Provider, c.spec.Region)
		}
	}
	if fit(w.spec, c.spec.Capacity) == 0 {
		return ReasonCapacity, fmt.Sprintf("one replica (%s CPU, %s memory) does not fit in the cluster's capacity (%s CPU, %s memory)",
			w.spec.Resources.CPU, w.spec.Resources.Memory, c.spec.Capacity.CPU, c.spec.Capacity.Memory)
	}
	return "", ""
}

// clusterLatency is geoLatency for cluster ci, kept per geography and
// cluster.
func (p *problem) clusterLatency(geo string, ci int) (latency, error) {
	ls, ok := p.latency[geo]
	if !ok {
		if p.latency == nil {
			p.latency = map[string][]cachedLatency{}
		}
		ls = make([]cachedLatency, len(p.clusters))
		p.latency[geo] = ls
	}
	if !ls[ci].done {
		ls[ci].l, ls[ci].err = p.facts.geoLatency(geo, p.clusters[ci].facts)
		ls[ci].done = true
	}
	return ls[ci].l, ls[ci].err
}

type cachedLatency struct {
	l    latency
	err  error
	done bool
}

// residencyDetail says why data class dc may not live in cluster c, the
// same string for every workload of the class.
func (p *problem) residencyDetail(dc string, c *cluster) string {
	key := [2]string{dc, c.name}
	if d, ok := p.details[key]; ok {
		return d
	}
	if p.details == nil {
		p.details = map[[2]string]string{}
	}
	d := fmt.Sprintf("data class %s may live in %s; %s:%s is in %s",
		dc, strings.Join(p.in.DataClasses[dc].Allowed, ", "), c.spec.Provider, c.spec.Region, c.facts.country)
	p.details[key] = d
	return d
}

// dataEgress is the monthly transfer cost per replica of reading w's
// datasets from cluster c. A workload's reads are shared evenly by the
// replicas it requires; reading in the dataset's own region is free.
func (p *problem) dataEgress(w *workload, c *cluster) float64 {
	if len(w.spec.Data) == 0 {
		return 0
	}
	total := 0.0
	for _, name := range slices.Sorted(maps.Keys(w.spec.Data)) {
		ds, ok := p.in.Datasets[name]
		if !ok {
			continue
		}
		usd, _ := p.cat.Egress(ds.Provider, ds.Region, c.spec.Provider, c.spec.Region)
		total += w.spec.Data[name].ReadGBPerMonth * usd
	}
	return total / float64(max(1, w.required))
}

// allowedIn returns the countries a data class may live in, resolved once.
func (p *problem) allowedIn(class string) map[string]bool {
	if set, ok := p.residency[class]; ok {
		return set
	}
	if p.juris == nil {
		p.juris = schema.NewJurisdictions(p.in.Jurisdictions)
	}
	set := map[string]bool{}
	for _, j := range p.in.DataClasses[class].Allowed {
		countries, _ := p.juris.Countries(j)
		for _, c := range countries {
			set[c] = true
		}
	}
	p.residency[class] = set
	return set
}
