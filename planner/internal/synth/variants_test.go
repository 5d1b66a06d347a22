package synth

import (
	"testing"

	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// TestShortGPUs checks that the fleet holds less than half the GPUs of
// each model the workloads ask for, and that no cluster is left with a
// count of zero (which the schema refuses).
func TestShortGPUs(t *testing.T) {
	cat := builtin(t)
	for _, seed := range []uint64{1, 2, 3, 42} {
		in := Generate(cat, seed, 40, 10)
		if !ShortGPUs(in, 0.5) {
			t.Fatalf("seed %d: no workload needs GPUs", seed)
		}
		need, have := map[string]int{}, map[string]int{}
		for _, w := range in.Workloads {
			if g := w.Resources.GPU; g != nil {
				need[g.Model] += w.Replicas.Min * g.Count
			}
		}
		for _, c := range in.Fleet {
			for m, n := range c.Capacity.GPUs {
				if n <= 0 {
					t.Errorf("seed %d: %s has %d %s", seed, c.Name, n, m)
				}
				have[m] += n
			}
		}
		for m, n := range need {
			if 2*have[m] > n {
				t.Errorf("seed %d: the fleet has %d %s for %d asked, want at most half", seed, have[m], m, n)
			}
		}
	}
	if in := Generate(cat, 1, 5, 3); ShortGPUs(in, 0.5) {
		t.Error("5 workloads: ShortGPUs reports a GPU workload; Generate gives the first to the sixth")
	}
}

// TestSpread checks that spread workloads ask for no more providers or
// regions than the fleet has, and enough replicas for each.
func TestSpread(t *testing.T) {
	cat := builtin(t)
	in := Generate(cat, 7, 30, 4)
	Spread(in, 3, 5)
	provs := map[string]bool{}
	for _, c := range in.Fleet {
		provs[c.Provider] = true
	}
	spread := 0
	for _, w := range in.Workloads {
		sp := w.Availability.Spread
		if sp.Providers > len(provs) {
			t.Errorf("%s spreads over %d providers; the fleet has %d", w.Name, sp.Providers, len(provs))
		}
		if sp.Providers > 1 || sp.Regions > 2 {
			spread++
			if w.Latency != nil || len(w.DataClasses) > 0 || w.Resources.GPU != nil {
				t.Errorf("%s is spread but is restricted (latency, residency or GPUs)", w.Name)
			}
			if need := w.Availability.MinReplicasPerLocation * max(sp.Regions, sp.Providers); w.Replicas.Min < need {
				t.Errorf("%s: %d replicas for %d locations of %d", w.Name, w.Replicas.Min, max(sp.Regions, sp.Providers), w.Availability.MinReplicasPerLocation)
			}
		}
	}
	if spread == 0 {
		t.Error("no workload spread")
	}
}

// TestCountryWithoutCluster checks that the country has no cluster of
// the fleet.
func TestCountryWithoutCluster(t *testing.T) {
	cat := builtin(t)
	in := Generate(cat, 3, 50, 20)
	country := CountryWithoutCluster(cat, in)
	if country == "" || !schema.IsCountry(country) {
		t.Fatalf("CountryWithoutCluster = %q, want a country code", country)
	}
	for _, c := range in.Fleet {
		if r, _ := cat.Region(c.Provider, c.Region); r.Country == country {
			t.Errorf("%s is in %s", c.Name, country)
		}
	}
}

func builtin(t *testing.T) *providers.Catalog {
	t.Helper()
	cat, err := providers.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}
