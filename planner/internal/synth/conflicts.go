package synth

import (
	"fmt"
	"maps"
	"math"
	"slices"

	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// Causes an infeasible variant plants.
const (
	CauseBudget    = "budget"    // one team's budget below what it must spend
	CauseCPU       = "cpu"       // the fleet short of CPU
	CauseGPU       = "gpu"       // the fleet short of GPUs of one model
	CauseSpread    = "spread"    // a spread over more regions than residency allows
	CauseNoCluster = "nocluster" // residency that leaves a workload no cluster
)

// Planted is the cause a variant planted in an instance, for a test to
// compare a verdict with.
type Planted struct {
	Cause string
	// Team is the team whose budget is squeezed (CauseBudget).
	Team string
	// Model is the GPU model short (CauseGPU).
	Model string
	// Workload is the workload that cannot spread or has no cluster
	// (CauseSpread, CauseNoCluster); Regions how many regions its
	// residency allows (CauseSpread).
	Workload string
	Regions  int
	// DataClass is the data class that rules clusters out
	// (CauseSpread, CauseNoCluster).
	DataClass string
}

// SqueezeBudget gives team a budget of usd, below what it spends in a
// plan of the instance when usd is small enough.
func SqueezeBudget(in *schema.Intent, team string, usd float64) Planted {
	in.Budgets.Teams[team] = usd
	return Planted{Cause: CauseBudget, Team: team}
}

// ShortCPU shrinks every cluster's CPU, in proportion to its size, so that
// the fleet has only frac of the cores the workloads' required replicas
// ask for in all; memory and GPUs are left as they are. A cluster keeps
// at least the largest replica, so that no workload loses its clusters to
// it. With frac below 1 no plan exists.
func ShortCPU(in *schema.Intent, frac float64) Planted {
	var need, have, largest float64
	for _, w := range in.Workloads {
		cores := w.Resources.CPU.Cores()
		need += float64(Required(w)) * cores
		largest = math.Max(largest, cores)
	}
	for _, c := range in.Fleet {
		have += c.Capacity.CPU.Cores()
	}
	for name, c := range in.Fleet {
		cores := math.Max(largest, c.Capacity.CPU.Cores()*frac*need/have)
		c.Capacity.CPU = schema.CPU(math.Floor(cores * 1000))
		in.Fleet[name] = c
	}
	return Planted{Cause: CauseCPU}
}

// Required is the fewest replicas w runs: its minimum, the replicas its
// demand needs, and one per location of its spread.
func Required(w schema.Workload) int {
	n := w.Replicas.Min
	total := 0.0
	for _, d := range w.Demand {
		total += d.RPS
	}
	if per := w.Replicas.PerReplicaRPS; per > 0 && total > 0 {
		n = max(n, int(math.Ceil(total/per-1e-9)))
	}
	spread := max(w.Availability.Spread.Regions, w.Availability.Spread.Providers)
	return max(n, spread*w.Availability.MinReplicasPerLocation)
}

// ShortGPU makes the workloads that use one GPU model (the seed picks it
// among those some workload uses) ask for more of it than the whole fleet
// has: their minimum replicas grow, in turn, until they need a quarter
// more than the fleet's GPUs of that model, and their CPU and memory
// shrink to the least, so that nothing else runs short. It returns no
// cause when no workload uses a GPU.
func ShortGPU(in *schema.Intent, seed uint64) (Planted, bool) {
	byModel := map[string][]string{}
	for _, name := range slices.Sorted(maps.Keys(in.Workloads)) {
		if g := in.Workloads[name].Resources.GPU; g != nil {
			byModel[g.Model] = append(byModel[g.Model], name)
		}
	}
	if len(byModel) == 0 {
		return Planted{}, false
	}
	models := slices.Sorted(maps.Keys(byModel))
	model := models[seed%uint64(len(models))]
	have := 0
	for _, c := range in.Fleet {
		have += c.Capacity.GPUs[model]
	}
	need := 0
	for _, name := range byModel[model] {
		w := in.Workloads[name]
		w.Resources.CPU, w.Resources.Memory = 250, 256<<20
		in.Workloads[name] = w
		need += w.Replicas.Min * w.Resources.GPU.Count
	}
	target := have + have/4 + 1
	for i := 0; need < target; i++ {
		name := byModel[model][i%len(byModel[model])]
		w := in.Workloads[name]
		w.Replicas.Min++
		need += w.Resources.GPU.Count
		in.Workloads[name] = w
	}
	return Planted{Cause: CauseGPU, Model: model}, true
}

// SpreadBeyondResidency asks a workload of data class pii (the seed picks
// it) to spread over one region more than the fleet has where pii may
// live, with one replica per region at least. It returns no cause when
// no workload handles pii.
func SpreadBeyondResidency(cat *providers.Catalog, in *schema.Intent, seed uint64) (Planted, bool) {
	var pii []string
	for _, name := range slices.Sorted(maps.Keys(in.Workloads)) {
		if w := in.Workloads[name]; slices.Contains(w.DataClasses, "pii") && w.Resources.GPU == nil {
			pii = append(pii, name)
		}
	}
	if len(pii) == 0 {
		return Planted{}, false
	}
	regions := map[string]bool{}
	for _, c := range in.Fleet {
		if r, ok := cat.Region(c.Provider, c.Region); ok && r.EU {
			regions[c.Provider+":"+c.Region] = true
		}
	}
	name := pii[seed%uint64(len(pii))]
	w := in.Workloads[name]
	w.Availability.Spread.Regions = len(regions) + 1
	w.Availability.MinReplicasPerLocation = 1
	w.Replicas.Min = max(w.Replicas.Min, len(regions)+1)
	in.Workloads[name] = w
	return Planted{Cause: CauseSpread, Workload: name, Regions: len(regions), DataClass: "pii"}, true
}

// ResidencyWithoutCluster gives a workload (the seed picks it) a data
// class that may live only in a country where the fleet has no cluster.
func ResidencyWithoutCluster(cat *providers.Catalog, in *schema.Intent, seed uint64) Planted {
	used := map[string]bool{}
	for _, c := range in.Fleet {
		if r, ok := cat.Region(c.Provider, c.Region); ok {
			used[r.Country] = true
		}
	}
	var free []string
	for _, r := range cat.Regions("") {
		if !used[r.Country] && !slices.Contains(free, r.Country) {
			free = append(free, r.Country)
		}
	}
	slices.Sort(free)
	names := slices.Sorted(maps.Keys(in.Workloads))
	name := names[seed%uint64(len(names))]
	country := free[seed%uint64(len(free))]
	in.DataClasses["sealed"] = schema.DataClass{Name: "sealed", Allowed: []string{country}}
	w := in.Workloads[name]
	w.DataClasses = []string{"sealed"}
	in.Workloads[name] = w
	return Planted{Cause: CauseNoCluster, Workload: name, DataClass: fmt.Sprintf("sealed (%s)", country)}
}
