// Package synth generates synthetic planning instances of a given size with
// realistic structure: real regions and prices from the catalog, a third of
// the workloads restricted to the EU, a tenth needing GPUs, some serving
// users under a latency objective, spot where allowed. SetBudgets adds team
// budgets near a plan's spending so that they bind. ShortCapacity,
// ConfineResidency and SetBudgets below a plan's spending make infeasible
// variants. CUE writes an instance for the command line. Instances are
// deterministic in their seed.
package synth

import (
	"encoding/json"
	"fmt"
	"maps"
	"math"
	"math/rand/v2"
	"slices"

	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// Generate returns an intent with n workloads over m clusters.
func Generate(cat *providers.Catalog, seed uint64, n, m int) *schema.Intent {
	rng := rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))
	in := &schema.Intent{
		Fleet:       map[string]schema.Cluster{},
		Workloads:   map[string]schema.Workload{},
		Teams:       map[string]schema.Team{},
		DataClasses: map[string]schema.DataClass{"pii": {Name: "pii", Allowed: []string{"EU"}}},
		Budgets:     schema.Budgets{Teams: map[string]float64{}},
		Objective:   schema.Objective{Minimize: schema.MinimizeCost},
		Planning:    schema.Planning{Stability: 2, Contingency: schema.DefaultContingency(), Windows: schema.DefaultWindows()},
	}
	// Regions with a price, EU ones over-represented so that EU-only
	// workloads have somewhere to go.
	var eu, other []providers.Region
	for _, r := range cat.Regions("") {
		if r.Prices == nil {
			continue
		}
		if r.EU {
			eu = append(eu, r)
		} else {
			other = append(other, r)
		}
	}
	geos := []string{"london", "frankfurt", "paris", "new-york", "chicago", "los-angeles", "tokyo", "singapore", "sao-paulo", "sydney", "mumbai", "stockholm"}
	euGeos := []string{"frankfurt", "paris", "amsterdam", "stockholm", "madrid", "milan", "warsaw"}
	euClusters := map[string]bool{}
	for i := range m {
		var r providers.Region
		if i%3 == 0 {
			r = eu[rng.IntN(len(eu))]
		} else {
			r = other[rng.IntN(len(other))]
		}
		// Capacity scales with the workloads: the fleet has two to five
		// times what they need in all, so that the cheap clusters fill up
		// and workloads compete for them, as in a fleet shared with
		// workloads isobar does not place.
		cpu := max(16, int(4*float64(n)/float64(m)*(2+3*rng.Float64())))
		c := schema.Cluster{
			Name: fmt.Sprintf("c%03d-%s-%s", i, r.Provider, r.ID), Provider: r.Provider, Region: r.ID,
			Capacity: schema.Capacity{CPU: schema.CPU(cpu * 1000), Memory: schema.Memory(int64(cpu*4) << 30), GPUs: map[string]int{}},
		}
		c.Context = c.Name
		for _, g := range r.Prices.GPUs {
			if rng.IntN(3) == 0 {
				c.Capacity.GPUs[g.Model] = 4 * (1 + rng.IntN(4))
			}
		}
		if rng.IntN(2) == 0 && r.Prices.SpotVCPUHour != nil {
			c.Spot.Available = true
		}
		in.Fleet[c.Name] = c
		euClusters[c.Name] = r.EU
	}
	teams := max(1, n/10)
	for t := range teams {
		name := fmt.Sprintf("team-%02d", t)
		in.Teams[name] = schema.Team{Name: name}
	}
	gpuModels := gpuModelsIn(in, nil)
	euGPUModels := gpuModelsIn(in, euClusters)
	for i := range n {
		w := schema.Workload{
			Name: fmt.Sprintf("w%04d", i), Kind: schema.KindService, Team: fmt.Sprintf("team-%02d", i%teams),
			Image: "registry.example.com/app:1", Spot: schema.SpotNever, HoursPerMonth: 730,
			Resources: schema.Resources{CPU: schema.CPU(250 * (1 + rng.IntN(8))), Memory: schema.Memory(int64(256*(1+rng.IntN(16))) << 20)},
			Replicas:  schema.Replicas{Min: 1 + rng.IntN(6)},
		}
		w.Namespace = w.Team
		w.Availability.MinReplicasPerLocation = 1
		w.Availability.Spread.Regions, w.Availability.Spread.Providers = 1, 1
		if i%3 == 0 {
			w.DataClasses = []string{"pii"}
		}
		models := gpuModels
		if len(w.DataClasses) > 0 {
			models = euGPUModels
		}
		if i%10 == 5 && len(models) > 0 {
			w.Resources.GPU = &schema.GPURequest{Model: models[rng.IntN(len(models))], Count: 1}
			w.Replicas.Min = 1 + rng.IntN(2)
		}
		if rng.IntN(3) == 0 {
			w.Spot = schema.SpotAllowed
		}
		if i%5 == 1 {
			w.Availability.MinReplicasPerLocation = 2
			w.Replicas.Min = max(w.Replicas.Min, 4)
			w.Availability.Spread.Regions = 2
		}
		if i%4 == 2 && w.Resources.GPU == nil {
			w.Demand = map[string]schema.Demand{}
			total := 0.0
			from := geos
			if len(w.DataClasses) > 0 {
				from = euGeos
			}
			for range 1 + rng.IntN(3) {
				g := from[rng.IntN(len(from))]
				rps := float64(50 * (1 + rng.IntN(10)))
				w.Demand[g] = schema.Demand{RPS: rps}
				total += rps
			}
			w.Replicas.PerReplicaRPS = 100
			// Generous enough that some cluster serves every geography.
			w.Latency = &schema.LatencySLO{P95: schema.Duration(int64(200+50*rng.IntN(3)) * 1e6)}
			_ = total
		}
		in.Workloads[w.Name] = w
	}
	return in
}

// gpuModelsIn lists the GPU models the fleet has, only in the clusters of
// only when it is not nil.
func gpuModelsIn(in *schema.Intent, only map[string]bool) []string {
	set := map[string]bool{}
	for _, c := range in.Fleet {
		if only != nil && !only[c.Name] {
			continue
		}
		for m := range c.Capacity.GPUs {
			set[m] = true
		}
	}
	var out []string
	for m := range set {
		out = append(out, m)
	}
	slices.Sort(out)
	return out
}

// SetBudgets gives every team a budget near what it spends in a plan of
// the instance (teamCost): every third team, in name order, tight times
// its cost, the others loose times it, rounded up to whole dollars. With
// tight below 1 those budgets bind: the plan must change to keep them.
func SetBudgets(in *schema.Intent, teamCost map[string]float64, tight, loose float64) {
	teams := slices.Sorted(maps.Keys(teamCost))
	for i, team := range teams {
		f := loose
		if i%3 == 0 {
			f = tight
		}
		in.Budgets.Teams[team] = math.Ceil(teamCost[team] * f)
	}
}

// ShortCapacity shrinks every cluster's CPU and memory, in proportion to
// its size, so that the fleet holds only frac of what the workloads'
// minimum replicas request in all. With frac below 1 no plan exists: the
// capacity is short of the demand.
func ShortCapacity(in *schema.Intent, frac float64) {
	var needCPU, needMem, haveCPU, haveMem float64
	for _, w := range in.Workloads {
		needCPU += float64(w.Replicas.Min) * w.Resources.CPU.Cores()
		needMem += float64(w.Replicas.Min) * w.Resources.Memory.GiB()
	}
	for _, c := range in.Fleet {
		haveCPU += c.Capacity.CPU.Cores()
		haveMem += c.Capacity.Memory.GiB()
	}
	for name, c := range in.Fleet {
		c.Capacity.CPU = schema.CPU(math.Floor(float64(c.Capacity.CPU) * frac * needCPU / haveCPU))
		// Whole MiB, as people write it.
		c.Capacity.Memory = schema.Memory(int64(math.Floor(float64(c.Capacity.Memory)*frac*needMem/haveMem/(1<<20))) << 20)
		in.Fleet[name] = c
	}
}

// ConfineResidency lets the data class pii, which a third of the
// workloads handle, live only in the jurisdictions given (such as a
// country code). Where those hold no cluster, or too small ones, no plan
// exists.
func ConfineResidency(in *schema.Intent, allowed ...string) {
	dc := in.DataClasses["pii"]
	dc.Allowed = slices.Clone(allowed)
	in.DataClasses["pii"] = dc
}

// SmallestEUCountry is the country of the EU cluster with the least CPU
// (ties by name), for ConfineResidency: pii workloads then compete for one
// small cluster.
func SmallestEUCountry(cat *providers.Catalog, in *schema.Intent) string {
	country, least := "", math.Inf(1)
	for _, name := range slices.Sorted(maps.Keys(in.Fleet)) {
		c := in.Fleet[name]
		r, ok := cat.Region(c.Provider, c.Region)
		if !ok || !r.EU {
			continue
		}
		if cpu := c.Capacity.CPU.Cores(); cpu < least {
			country, least = r.Country, cpu
		}
	}
	return country
}

// CUE returns the intent as a CUE file of package intent, which
// schema.Load reads back to the same intent: the command line can plan
// synthetic instances.
func CUE(in *schema.Intent) ([]byte, error) {
	b, err := json.Marshal(in)
	if err != nil {
		return nil, fmt.Errorf("synthetic intent: %w", err)
	}
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return nil, fmt.Errorf("synthetic intent: %w", err)
	}
	// JSON is CUE, but for null, which the schema's maps and lists do not
	// accept: an absent field means the same. A demand with a profile
	// holds its peak rate, which the loader derives and the schema does
	// not take as well.
	dropDerivedRates(v)
	out, err := json.MarshalIndent(dropNulls(v), "", "\t")
	if err != nil {
		return nil, fmt.Errorf("synthetic intent: %w", err)
	}
	return append([]byte("package intent\n\n"), append(out, '\n')...), nil
}

func dropNulls(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			if e == nil {
				delete(x, k)
			} else {
				x[k] = dropNulls(e)
			}
		}
	case []any:
		for i := range x {
			x[i] = dropNulls(x[i])
		}
	}
	return v
}

// dropDerivedRates removes the rate of every demand that has a profile.
func dropDerivedRates(v any) {
	top, _ := v.(map[string]any)
	workloads, _ := top["workloads"].(map[string]any)
	for _, w := range workloads {
		wm, _ := w.(map[string]any)
		demand, _ := wm["demand"].(map[string]any)
		for _, d := range demand {
			if dm, ok := d.(map[string]any); ok && dm["profile"] != nil {
				delete(dm, "rps")
			}
		}
	}
}
