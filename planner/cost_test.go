package planner_test

import (
	"fmt"
	"math"
	"path/filepath"
	"testing"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// documentedCost is the monthly cost of a placement by the formula in
// docs/planner.md ("Cost"), computed from the catalog and the intent alone.
func documentedCost(t *testing.T, cat *providers.Catalog, in *schema.Intent, pl planner.Placement) float64 {
	t.Helper()
	w := in.Workloads[pl.Workload]
	r, ok := cat.Region(pl.Provider, pl.Region)
	if !ok || r.Prices == nil {
		t.Fatalf("%s in %s:%s: no catalog prices", pl.Workload, pl.Provider, pl.Region)
	}
	if _, over := in.Catalog.Regions[pl.Provider][pl.Region]; over {
		t.Fatalf("%s in %s:%s: the intent overrides the region; not covered here", pl.Workload, pl.Provider, pl.Region)
	}
	p := r.Prices
	discount := 1 - in.Catalog.Discounts[pl.Provider]/100
	replica := func(spot bool) float64 {
		vcpuHour, gibHour := p.VCPUHour, p.GiBHour
		if spot {
			vcpuHour, gibHour = *p.SpotVCPUHour, *p.SpotGiBHour
		}
		cpu, mem := w.Resources.CPU.Cores(), w.Resources.Memory.GiB()
		hourly := 0.0
		if g := w.Resources.GPU; g != nil {
			offer, ok := p.GPU(g.Model)
			if !ok {
				t.Fatalf("%s in %s:%s: no %s offer", pl.Workload, pl.Provider, pl.Region, g.Model)
			}
			gpuHour := offer.Hour
			if spot {
				gpuHour = *offer.SpotHour
			}
			n := float64(g.Count)
			hourly += n * gpuHour
			if offer.IncludesHost {
				cpu = math.Max(0, cpu-n*offer.VCPUs/float64(offer.Count))
				mem = math.Max(0, mem-n*offer.MemoryGiB/float64(offer.Count))
			}
		}
		hourly += cpu*vcpuHour + mem*gibHour
		return hourly * w.HoursPerMonth * discount
	}
	total := 0.0
	for _, d := range w.Demand {
		total += d.RPS
	}
	required := w.Replicas.Min
	if w.Replicas.PerReplicaRPS > 0 && total > 0 {
		required = max(required, int(math.Ceil(total/w.Replicas.PerReplicaRPS-1e-9)))
	}
	data := 0.0
	for name, use := range w.Data {
		ds := in.Datasets[name]
		usd, _ := cat.Egress(ds.Provider, ds.Region, pl.Provider, pl.Region)
		data += use.ReadGBPerMonth * usd / float64(max(1, required))
	}
	onDemand := pl.Replicas - pl.SpotReplicas
	cost := float64(onDemand)*(replica(false)+data) + float64(pl.SpotReplicas)*(replica(true)+data)
	for _, s := range pl.Serves {
		if d := w.Demand[s.Geography]; d.EgressGBPerMonth > 0 && r.InternetEgressUSDPerGB != nil {
			cost += s.RPS / d.RPS * d.EgressGBPerMonth * r.InternetEgressUSDPerGB.Value
		}
	}
	return math.Round(cost*100) / 100
}

func checkCosts(t *testing.T, in *schema.Intent, plan *planner.Plan) {
	t.Helper()
	cat := catalog(t)
	if len(plan.Placements) == 0 {
		t.Fatalf("status %s: no placements (conflicts %v)", plan.Status, plan.Explanations.Conflicts)
	}
	for _, pl := range plan.Placements {
		if want := documentedCost(t, cat, in, pl); math.Abs(want-pl.MonthlyCostUSD) > 0.005 {
			t.Errorf("%s in %s: plan %.2f USD/month, documented formula %.2f", pl.Workload, pl.Cluster, pl.MonthlyCostUSD, want)
		}
	}
}

// TestCostsFollowTheDocumentedFormula recomputes every placement's monthly
// cost, of every example and of GPU, spot and discounted instances in each
// provider's GPU regions, with the formula docs/planner.md documents.
func TestCostsFollowTheDocumentedFormula(t *testing.T) {
	bindings, err := filepath.Glob("../examples/*/isobar.cue")
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range bindings {
		dir := filepath.Dir(b)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			inst, err := schema.Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			checkCosts(t, inst.Intent, solve(t, inst.Intent, planner.Options{}))
		})
	}
	cat := catalog(t)
	for _, prov := range cat.Providers() {
		// The first listed region of the provider with a spot GPU offer.
		var region providers.Region
		var offer providers.GPUPrice
		for _, r := range cat.Regions(prov) {
			if r.Prices == nil || r.Prices.Estimated || r.Prices.SpotVCPUHour == nil {
				continue
			}
			for _, g := range r.Prices.GPUs {
				if g.SpotHour != nil {
					region, offer = r, g
					break
				}
			}
			if offer.Model != "" {
				break
			}
		}
		if offer.Model == "" {
			t.Fatalf("provider %s: no region with a spot GPU offer", prov)
		}
		// Below, at and above the host's share of one GPU, on demand and
		// on spot, with a discount.
		share := offer.VCPUs / float64(max(1, offer.Count))
		for i, cpu := range []float64{1, math.Max(2, share), share + 6} {
			for _, spot := range []string{"never", "preferred"} {
				name := fmt.Sprintf("%s-%s-cpu%d-%s", prov, region.ID, i, spot)
				t.Run(name, func(t *testing.T) {
					src := fmt.Sprintf(`package intent

fleet: gpu: {provider: %q, region: %q, capacity: {cpu: 512, memory: "2048Gi", gpus: %q: 8}, spot: available: true}
teams: ml: {}
workloads: infer: {
	team: "ml", image: "registry.example.com/infer:1"
	resources: {cpu: %g, memory: "%dGi", gpu: {model: %q, count: 2}}
	replicas: {min: 1, perReplicaRPS: 10}
	demand: frankfurt: {rps: 25, egressGBPerMonth: 300}
	spot: %q
}
catalog: discounts: %s: 7
`, prov, region.ID, offer.Model, cpu, 4+8*i, offer.Model, spot, prov)
					in := load(t, map[string]string{"intent.cue": src})
					checkCosts(t, in, solve(t, in, planner.Options{}))
				})
			}
		}
	}
}
