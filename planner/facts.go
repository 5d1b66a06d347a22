package planner

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"

	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// regionFacts is what the planner uses of one region: the built-in catalog
// with the intent's overrides and discounts applied.
type regionFacts struct {
	provider, id, country string
	lat, lon              float64
	known                 bool // in the built-in catalog

	priced         bool
	priceEstimated bool   // copied from another region
	priceFrom      string // provider:region the estimate came from, or "intent"
	vcpuHour       float64
	gibHour        float64
	spot           bool
	spotVCPUHour   float64
	spotGiBHour    float64
	gpus           map[string]gpuOffer

	carbon          float64 // gCO2e per kWh
	carbonEstimated bool
	carbonKnown     bool
	internetEgress  float64
	power           providers.Power // of the region's provider
}

type gpuOffer struct {
	hour, spotHour float64
	spot           bool
	includesHost   bool
	hostVCPUs      float64 // per GPU
	hostGiB        float64 // per GPU
}

// facts answers the planner's questions about regions, geographies and
// latency.
type facts struct {
	cat       *providers.Catalog
	regions   map[string]*regionFacts // by provider:region
	geos      map[string]schema.Geography
	measured  map[[2]string]float64 // user latency measurements, ms
	discounts map[string]float64
	latencies *latencyCache
	power     map[string]providers.Power
}

func regionKey(provider, region string) string { return provider + ":" + region }

func newFacts(cat *providers.Catalog, in *schema.Intent) *facts {
	f := &facts{
		cat:       cat,
		regions:   map[string]*regionFacts{},
		geos:      map[string]schema.Geography{},
		measured:  map[[2]string]float64{},
		discounts: in.Catalog.Discounts,
		latencies: newLatencyCache(),
		power:     map[string]providers.Power{},
	}
	for name, g := range schema.BuiltinGeographies() {
		f.geos[name] = g
	}
	for name, g := range in.Geographies {
		f.geos[name] = g
	}
	for _, m := range in.Catalog.Latency {
		f.measured[[2]string{m.From, m.To}] = float64(m.RTT.Std().Microseconds()) / 1000
	}
	return f
}

// region returns the facts of a provider's region, or false when neither the
// catalog nor the intent knows it. A region whose provider has no power
// model, or none that covers the GPUs priced there, is an error: its
// carbon would be a guess.
func (f *facts) region(in *schema.Intent, provider, id string) (*regionFacts, bool, error) {
	key := regionKey(provider, id)
	if r, ok := f.regions[key]; ok {
		return r, true, nil
	}
	r := &regionFacts{provider: provider, id: id}
	if cr, ok := f.cat.Region(provider, id); ok {
		r.known = true
		r.country, r.lat, r.lon = cr.Country, cr.Lat, cr.Lon
		if p := cr.Prices; p != nil {
			r.priced, r.priceEstimated, r.priceFrom = true, p.Estimated, p.EstimatedFrom
			r.vcpuHour, r.gibHour = p.VCPUHour, p.GiBHour
			if p.SpotVCPUHour != nil && p.SpotGiBHour != nil {
				r.spot, r.spotVCPUHour, r.spotGiBHour = true, *p.SpotVCPUHour, *p.SpotGiBHour
			}
			r.gpus = map[string]gpuOffer{}
			for _, g := range p.GPUs {
				o := gpuOffer{hour: g.Hour, includesHost: g.IncludesHost}
				if g.SpotHour != nil {
					o.spot, o.spotHour = true, *g.SpotHour
				}
				if g.IncludesHost && g.Count > 0 {
					o.hostVCPUs, o.hostGiB = g.VCPUs/float64(g.Count), g.MemoryGiB/float64(g.Count)
				}
				r.gpus[g.Model] = o
			}
		}
		if cr.Carbon != nil {
			r.carbonKnown, r.carbon, r.carbonEstimated = true, cr.Carbon.Value, cr.Carbon.Estimated
		}
		if cr.InternetEgressUSDPerGB != nil {
			r.internetEgress = cr.InternetEgressUSDPerGB.Value
		}
	} else if _, ok := in.Catalog.Regions[provider][id]; !ok {
		return nil, false, nil
	}
	if o, ok := in.Catalog.Regions[provider][id]; ok {
		applyOverride(r, o)
	}
	pw, err := f.providerPower(in, provider)
	if err != nil {
		return nil, false, err
	}
	for _, m := range slices.Sorted(maps.Keys(r.gpus)) {
		if _, ok := pw.GPUWatts[m]; !ok {
			return nil, false, fmt.Errorf("region %s prices %s GPUs, which the power model of provider %s has no draw for; declare catalog.power.%s.gpuWatts.%q",
				key, m, provider, provider, m)
		}
	}
	r.power = pw
	f.regions[key] = r
	return r, true, nil
}

// providerPower is a provider's power model: the catalog's with the
// intent's fields laid over it, or, for a provider the catalog lacks, the
// intent's, which must then give every field.
func (f *facts) providerPower(in *schema.Intent, provider string) (providers.Power, error) {
	if p, ok := f.power[provider]; ok {
		return p, nil
	}
	p, builtin := f.cat.Power(provider)
	if !builtin {
		p = providers.Power{Provider: provider, Source: "intent"}
	}
	o, declared := in.Catalog.Power[provider]
	var missing []string
	for _, fl := range []struct {
		name string
		from *float64
		into *float64
	}{{"pue", o.PUE, &p.PUE}, {"vcpuWatts", o.VCPUWatts, &p.VCPUWatts}, {"gibWatts", o.GiBWatts, &p.GiBWatts}} {
		switch {
		case fl.from != nil:
			*fl.into = *fl.from
		case !builtin:
			missing = append(missing, fl.name)
		}
	}
	if len(missing) > 0 {
		return providers.Power{}, fmt.Errorf("provider %s has no power model for carbon estimates: catalog.power.%s lacks %s", provider, provider, strings.Join(missing, ", "))
	}
	if len(o.GPUWatts) > 0 && p.GPUWatts == nil {
		p.GPUWatts = map[string]float64{}
	}
	for m, w := range o.GPUWatts {
		p.GPUWatts[m] = w
	}
	if declared {
		p.Source = "intent"
	}
	if err := p.Check(); err != nil {
		return providers.Power{}, err
	}
	f.power[provider] = p
	return p, nil
}

// applyOverride lays the intent's facts of a region over the catalog's.
func applyOverride(r *regionFacts, o schema.RegionFacts) {
	if o.Country != "" {
		r.country = o.Country
	}
	if o.Lat != nil {
		r.lat = *o.Lat
	}
	if o.Lon != nil {
		r.lon = *o.Lon
	}
	if o.Carbon != nil {
		r.carbonKnown, r.carbon, r.carbonEstimated = true, *o.Carbon, false
	}
	if p := o.Prices; p != nil {
		r.priced, r.priceEstimated, r.priceFrom = true, false, "intent"
		r.vcpuHour, r.gibHour = p.VCPUHour, p.GiBHour
		r.spot = p.SpotVCPUHour != nil && p.SpotGiBHour != nil
		if r.spot {
			r.spotVCPUHour, r.spotGiBHour = *p.SpotVCPUHour, *p.SpotGiBHour
		}
		r.gpus = map[string]gpuOffer{}
		for model, h := range p.GPUHour {
			r.gpus[model] = gpuOffer{hour: h}
		}
	}
}

// discount returns the factor to multiply a provider's compute prices by.
func (f *facts) discount(provider string) float64 {
	return 1 - f.discounts[provider]/100
}

// replicaCost is the monthly cost in USD of one replica of w in region r,
// on spot capacity or not, before data transfer.
func (f *facts) replicaCost(w *schema.Workload, r *regionFacts, spot bool) (float64, bool) {
	if !r.priced {
		return 0, false
	}
	cpu, mem := w.Resources.CPU.Cores(), w.Resources.Memory.GiB()
	vcpuHour, gibHour := r.vcpuHour, r.gibHour
	if spot {
		if !r.spot {
			return 0, false
		}
		vcpuHour, gibHour = r.spotVCPUHour, r.spotGiBHour
	}
	hourly := 0.0
	if g := w.Resources.GPU; g != nil {
		o, ok := r.gpus[g.Model]
		if !ok || (spot && !o.spot) {
			return 0, false
		}
		gpuHour := o.hour
		if spot {
			gpuHour = o.spotHour
		}
		n := float64(g.Count)
		hourly += gpuHour * n
		// A GPU instance's price includes its host: charge only what the
		// replica needs beyond the host's share.
		cpu = math.Max(0, cpu-o.hostVCPUs*n)
		mem = math.Max(0, mem-o.hostGiB*n)
	}
	hourly += cpu*vcpuHour + mem*gibHour
	return hourly * w.HoursPerMonth * f.discount(r.provider), true
}

// replicaCarbon is the monthly emissions in kg CO2e of one replica of w in
// region r: the energy its provider's power model says it draws times the
// region's grid intensity. region has checked that the model covers every
// GPU priced in r, the only ones a replica there may use.
func replicaCarbon(w *schema.Workload, r *regionFacts) float64 {
	var model string
	var gpus int
	if g := w.Resources.GPU; g != nil {
		model, gpus = g.Model, g.Count
	}
	kWh, _ := r.power.KWh(w.Resources.CPU.Cores(), w.Resources.Memory.GiB(), model, gpus, w.HoursPerMonth)
	return kWh * r.carbon / 1000
}

// latency is the round-trip time from a user geography to a region, and how
// it is known.
type latency struct {
	ms     float64
	source string // "measured" (the intent's), or "estimated: …"
	ok     bool   // within the workload's SLO (set by classify)
}

func (l latency) estimated() bool { return l.source != "measured" }

// geoLatency is the RTT from a geography's users to a region. The intent's
// own measurements win; otherwise the catalog's UserRTT answers, the same
// figure `isobar catalog latency` shows. A region whose coordinates the
// intent moved is located by them alone: the catalog's measurements are of
// the region where the catalog puts it.
func (f *facts) geoLatency(geo string, r *regionFacts) (latency, error) {
	key := [2]string{geo, regionKey(r.provider, r.id)}
	if l, ok := f.latencies.get(key); ok {
		return l, nil
	}
	l, err := f.computeLatency(geo, r)
	if err == nil {
		f.latencies.put(key, l)
	}
	return l, err
}

// latencyCache holds the RTTs from geographies to regions (by geography
// and provider:region) once computed. The windows of a week, whose intents
// differ in demand alone, share one while they are planned side by side:
// each would otherwise spend most of its model building on the same
// distances.
type latencyCache struct {
	mu sync.Mutex
	m  map[[2]string]latency
}

func newLatencyCache() *latencyCache { return &latencyCache{m: map[[2]string]latency{}} }

func (c *latencyCache) get(key [2]string) (latency, bool) {
	c.mu.Lock()
	defer c.mu.Unlock()
	l, ok := c.m[key]
	return l, ok
}

func (c *latencyCache) put(key [2]string, l latency) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.m[key] = l
}

func (f *facts) computeLatency(geo string, r *regionFacts) (latency, error) {
	if ms, ok := f.measured[[2]string{geo, regionKey(r.provider, r.id)}]; ok {
		return latency{ms: ms, source: "measured"}, nil
	}
	g, ok := f.geos[geo]
	if !ok {
		return latency{}, fmt.Errorf("unknown geography %q", geo)
	}
	target := providers.GeoPoint(r.lat, r.lon)
	if cr, ok := f.cat.Region(r.provider, r.id); ok && cr.Lat == r.lat && cr.Lon == r.lon {
		target = cr.Point()
	}
	l := f.cat.UserRTT(g.Lat, g.Lon, target)
	return latency{ms: l.MS, source: l.Source()}, nil
}

func round3(v float64) float64 { return math.Round(v*1000) / 1000 }
