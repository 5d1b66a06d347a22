package synth

import (
	"maps"
	"math"
	"slices"

	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// SetObjective makes the instance minimise latency, carbon or cost (or a
// weighted mix of the three, weighted equally). Latency counts the
// workloads that serve users (a quarter of them).
func SetObjective(in *schema.Intent, minimize string) {
	in.Objective = schema.Objective{Minimize: minimize}
	if minimize == schema.MinimizeWeighted {
		in.Objective.Weights = &schema.Weights{Cost: 1, Latency: 1, Carbon: 1}
	}
}

// Spread asks every second workload that neither handles pii, nor needs
// GPUs, nor has a latency objective to keep, to run in at least regions
// regions and providers providers (at most as many as the fleet has),
// with its minimum replicas raised so that each location gets its share.
// Those workloads may run in every cluster, so a plan exists when
// capacity allows.
func Spread(in *schema.Intent, regions, providers int) {
	provs, regs := map[string]bool{}, map[string]bool{}
	for _, c := range in.Fleet {
		provs[c.Provider] = true
		regs[c.Provider+"/"+c.Region] = true
	}
	regions, providers = min(regions, len(regs)), min(providers, len(provs))
	for i, name := range slices.Sorted(maps.Keys(in.Workloads)) {
		w := in.Workloads[name]
		if i%2 != 0 || len(w.DataClasses) > 0 || w.Resources.GPU != nil || w.Latency != nil {
			continue
		}
		w.Availability.Spread.Regions = max(w.Availability.Spread.Regions, regions)
		w.Availability.Spread.Providers = max(w.Availability.Spread.Providers, providers)
		per := max(1, w.Availability.MinReplicasPerLocation)
		w.Replicas.Min = max(w.Replicas.Min, per*max(regions, providers))
		in.Workloads[name] = w
	}
}

// ShortGPUs shrinks every cluster's GPUs of each model the workloads ask
// for, in proportion to its count, so that the fleet holds only frac of
// the GPUs of that model that the workloads' minimum replicas request.
// With frac below 1 no plan exists: GPUs are short. It reports whether
// some workload needs GPUs (Generate gives them to one workload in ten,
// from the sixth on); without one it changes nothing.
func ShortGPUs(in *schema.Intent, frac float64) bool {
	need := map[string]int{}
	for _, w := range in.Workloads {
		if g := w.Resources.GPU; g != nil {
			need[g.Model] += w.Replicas.Min * g.Count
		}
	}
	have := map[string]int{}
	for _, c := range in.Fleet {
		for m, n := range c.Capacity.GPUs {
			have[m] += n
		}
	}
	for name, c := range in.Fleet {
		gpus := maps.Clone(c.Capacity.GPUs)
		for m, n := range gpus {
			if need[m] == 0 || have[m] == 0 {
				continue
			}
			// A cluster left without any is written without the model:
			// the schema wants a positive count.
			if k := int(math.Floor(float64(n) * frac * float64(need[m]) / float64(have[m]))); k > 0 {
				gpus[m] = k
			} else {
				delete(gpus, m)
			}
		}
		c.Capacity.GPUs = gpus
		in.Fleet[name] = c
	}
	return len(need) > 0
}

// SqueezeBudgets gives every third team, in name order, 60% of what it
// spends in a plan of the instance (teamCost) and the others exactly that:
// the squeezed teams must find 40% in savings, which the instances of
// Generate do not hold, so no plan exists.
func SqueezeBudgets(in *schema.Intent, teamCost map[string]float64) {
	SetBudgets(in, teamCost, 0.6, 1)
}

// CountryWithoutCluster is a country of the EU in which the fleet has no
// cluster, for ConfineResidency: the pii workloads then have nowhere to
// run. It is empty when the fleet covers every EU country of the catalog
// and the fallbacks.
func CountryWithoutCluster(cat *providers.Catalog, in *schema.Intent) string {
	used := map[string]bool{}
	for _, c := range in.Fleet {
		if r, ok := cat.Region(c.Provider, c.Region); ok {
			used[r.Country] = true
		}
	}
	set := map[string]bool{"LU": true, "MT": true, "CY": true}
	for _, r := range cat.Regions("") {
		if r.EU {
			set[r.Country] = true
		}
	}
	for _, country := range slices.Sorted(maps.Keys(set)) {
		if !used[country] {
			return country
		}
	}
	return ""
}
