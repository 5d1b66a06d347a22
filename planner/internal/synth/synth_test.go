package synth

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// TestCUERoundTrip writes instances as CUE and loads them back with the
// schema: the intent is the same, infeasible variants included.
func TestCUERoundTrip(t *testing.T) {
	cat, err := providers.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for name, make := range variants(cat) {
		t.Run(name, func(t *testing.T) {
			in := make(3, 20, 6)
			dir := t.TempDir()
			b, err := CUE(in)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(filepath.Join(dir, "intent.cue"), b, 0o644); err != nil {
				t.Fatal(err)
			}
			inst, err := schema.Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			// The schema fills in defaults the generator leaves out.
			if diff := cmp.Diff(in.Workloads, inst.Intent.Workloads, cmpopts.EquateEmpty(),
				cmpopts.IgnoreFields(schema.Workload{}, "Probes", "Ports")); diff != "" {
				t.Errorf("workloads (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(in.Fleet, inst.Intent.Fleet, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("fleet (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(in.Budgets, inst.Intent.Budgets, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("budgets (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(in.DataClasses, inst.Intent.DataClasses, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("data classes (-want +got):\n%s", diff)
			}
		})
	}
}

// variants makes an instance of each kind: feasible, and infeasible for
// want of capacity, for residency, and for budgets.
func variants(cat *providers.Catalog) map[string]func(seed uint64, n, m int) *schema.Intent {
	return map[string]func(seed uint64, n, m int) *schema.Intent{
		"feasible": func(seed uint64, n, m int) *schema.Intent { return Generate(cat, seed, n, m) },
		"short-capacity": func(seed uint64, n, m int) *schema.Intent {
			in := Generate(cat, seed, n, m)
			ShortCapacity(in, 0.9)
			return in
		},
		"residency": func(seed uint64, n, m int) *schema.Intent {
			in := Generate(cat, seed, n, m)
			ConfineResidency(in, SmallestEUCountry(cat, in))
			return in
		},
		"gpu-short": func(seed uint64, n, m int) *schema.Intent {
			in := Generate(cat, seed, n, m)
			ShortGPUs(in, 0.5)
			return in
		},
		"residency-none": func(seed uint64, n, m int) *schema.Intent {
			in := Generate(cat, seed, n, m)
			ConfineResidency(in, CountryWithoutCluster(cat, in))
			return in
		},
		"spread-carbon": func(seed uint64, n, m int) *schema.Intent {
			in := Generate(cat, seed, n, m)
			Spread(in, 2, 2)
			SetObjective(in, schema.MinimizeCarbon)
			return in
		},
		"weighted": func(seed uint64, n, m int) *schema.Intent {
			in := Generate(cat, seed, n, m)
			SetObjective(in, schema.MinimizeWeighted)
			return in
		},
		"budgets": func(seed uint64, n, m int) *schema.Intent {
			in := Generate(cat, seed, n, m)
			spent := map[string]float64{}
			for name := range in.Teams {
				spent[name] = 1
			}
			SetBudgets(in, spent, 1, 1e6)
			return in
		},
	}
}
