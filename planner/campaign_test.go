package planner_test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"cuelang.org/go/cue"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/planner/internal/synth"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// TestCampaign plans random intents as people outside would write them:
// 1 to 60 clusters of the three clouds, 5 to 150 workloads, with any mix
// of objectives, budgets that bind or cannot be met, spread, residency,
// spot everywhere, GPUs in one cloud only, fixed replica counts, weekly
// demand profiles (some geographies with no demand at all), datasets and
// capacity that falls short. Each intent goes through the loader and the
// checks the command line runs, then through the planner with a short
// time limit, and must:
//
//   - plan without panicking, and within the time limit (10% or 1 s late
//     at most);
//   - give a plan that the independent checker (verify) accepts;
//   - for an Infeasible verdict, agree with CBC when CBC answers, and name
//     only conflict fields that exist in the intent;
//   - when small, plan to the same bytes twice without a time limit.
//
// ISOBAR_CAMPAIGN sets the number of intents (default 16, 4 with -short),
// ISOBAR_CAMPAIGN_SEED the first seed; ISOBAR_CAMPAIGN_DIR, when set,
// receives each failing intent as <seed>.cue for `isobar plan`.
func TestCampaign(t *testing.T) {
	cases := 16
	if testing.Short() {
		cases = 4
	}
	if v := os.Getenv("ISOBAR_CAMPAIGN"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			t.Fatalf("ISOBAR_CAMPAIGN=%q: expected a number of intents", v)
		}
		cases = n
	}
	first := uint64(1)
	if v := os.Getenv("ISOBAR_CAMPAIGN_SEED"); v != "" {
		n, err := strconv.ParseUint(v, 10, 64)
		if err != nil {
			t.Fatalf("ISOBAR_CAMPAIGN_SEED=%q: expected a seed", v)
		}
		first = n
	}
	_, cbcErr := exec.LookPath("cbc")
	cat := catalog(t)
	for seed := first; seed < first+uint64(cases); seed++ {
		in, shape := randomIntent(t, cat, seed)
		t.Run(fmt.Sprintf("seed%d-%s", seed, shape), func(t *testing.T) {
			src, err := synth.CUE(in)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() {
				if dir := os.Getenv("ISOBAR_CAMPAIGN_DIR"); dir != "" && t.Failed() {
					name := filepath.Join(dir, fmt.Sprintf("%d.cue", seed))
					if err := os.WriteFile(name, src, 0o644); err == nil {
						t.Logf("intent written to %s", name)
					}
				}
			})
			inst := loadCampaign(t, cat, src)
			limit := 2 * time.Second
			plan, elapsed := planCampaign(t, inst.Intent, cat, planner.Options{TimeLimit: limit})
			if late := elapsed - limit; late > max(limit/10, time.Second) {
				t.Errorf("planned in %v with a time limit of %v", elapsed, limit)
			}
			if plan == nil {
				return // no verdict within the limit: allowed, said by the error
			}
			t.Logf("%s in %v: %.2f USD/month, gap %.4f%%", plan.Status, elapsed.Round(time.Millisecond), plan.Totals.MonthlyCostUSD, 100*plan.Solver.Gap)
			mustVerify(t, inst.Intent, cat, plan)
			if plan.Status == planner.StatusInfeasible {
				checkConflictFields(t, inst, plan)
				if cbcErr == nil {
					agreeWithCBC(t, inst.Intent, cat)
				}
			}
			if len(in.Workloads) <= 20 && len(in.Fleet) <= 8 {
				deterministic(t, inst.Intent, cat)
			}
		})
	}
}

// randomIntent draws an intent's shape and variations from seed and says
// which in a short name.
func randomIntent(t *testing.T, cat *providers.Catalog, seed uint64) (*schema.Intent, string) {
	t.Helper()
	rng := rand.New(rand.NewPCG(seed, 0x5eed))
	m := 1
	if rng.IntN(10) != 0 {
		m = 2 + rng.IntN(59)
	}
	n := 5 + rng.IntN(146)
	if rng.IntN(3) == 0 {
		// Small enough to plan to optimality twice.
		m, n = 1+rng.IntN(8), 5+rng.IntN(16)
	}
	in := synth.Generate(cat, seed, n, m)
	shape := []string{fmt.Sprintf("%dx%d", n, m)}
	names := slices.Sorted(maps.Keys(in.Workloads))

	switch rng.IntN(5) {
	case 1:
		synth.SetObjective(in, schema.MinimizeLatency)
	case 2:
		synth.SetObjective(in, schema.MinimizeCarbon)
	case 3:
		synth.SetObjective(in, schema.MinimizeWeighted)
		w := []float64{0, 0.5, 1, 3}
		in.Objective.Weights = &schema.Weights{Cost: 1 + w[rng.IntN(4)], Latency: w[rng.IntN(4)], Carbon: w[rng.IntN(4)]}
	}
	shape = append(shape, in.Objective.Minimize)
	if rng.IntN(6) == 0 {
		// Spot everywhere it is sold, and every workload may use it.
		for name, c := range in.Fleet {
			if r, ok := cat.Region(c.Provider, c.Region); ok && r.Prices != nil && r.Prices.SpotVCPUHour != nil {
				c.Spot.Available = true
				in.Fleet[name] = c
			}
		}
		for _, name := range names {
			w := in.Workloads[name]
			w.Spot = []string{schema.SpotAllowed, schema.SpotPreferred}[rng.IntN(2)]
			in.Workloads[name] = w
		}
		shape = append(shape, "allspot")
	}
	if rng.IntN(5) == 0 {
		// GPUs in one cloud only; a workload asking for a model no longer
		// there asks for none.
		provs := map[string]bool{}
		for _, c := range in.Fleet {
			provs[c.Provider] = true
		}
		keep := slices.Sorted(maps.Keys(provs))[rng.IntN(len(provs))]
		models := map[string]bool{}
		for name, c := range in.Fleet {
			if c.Provider != keep {
				c.Capacity.GPUs = map[string]int{}
				in.Fleet[name] = c
			}
			for m := range c.Capacity.GPUs {
				models[m] = true
			}
		}
		for _, name := range names {
			if w := in.Workloads[name]; w.Resources.GPU != nil && !models[w.Resources.GPU.Model] {
				w.Resources.GPU = nil
				in.Workloads[name] = w
			}
		}
		shape = append(shape, "gpus-"+keep)
	}
	if rng.IntN(4) == 0 {
		// Fixed replica counts: min == max.
		for i, name := range names {
			if w := in.Workloads[name]; i%3 == 0 && w.Replicas.PerReplicaRPS == 0 {
				w.Replicas.Max = w.Replicas.Min
				in.Workloads[name] = w
			}
		}
		shape = append(shape, "fixed")
	}
	if rng.IntN(4) == 0 {
		weekend := []float64{0, 0.5, 1}[rng.IntN(3)]
		synth.Profiles(in, weekend)
		// One geography of one workload sends nothing all week but one
		// request a second for an hour (a profile of zeros is an error).
		for _, name := range names {
			w := in.Workloads[name]
			if len(w.Demand) < 2 {
				continue
			}
			g := slices.Sorted(maps.Keys(w.Demand))[0]
			d := w.Demand[g]
			d.Profile = &schema.DemandProfile{TimeZone: "UTC", Hourly: make([]float64, schema.HoursPerWeek)}
			d.Profile.Hourly[rng.IntN(schema.HoursPerWeek)] = 1
			d.RPS = 1
			w.Demand[g] = d
			in.Workloads[name] = w
			break
		}
		shape = append(shape, fmt.Sprintf("profiles%g", weekend))
	}
	if m > 1 && rng.IntN(5) == 0 {
		synth.Spread(in, 1+rng.IntN(3), 1+rng.IntN(3))
		shape = append(shape, "spread")
	}
	if rng.IntN(5) == 0 {
		// A dataset in one cluster's region that some workloads read.
		c := in.Fleet[slices.Sorted(maps.Keys(in.Fleet))[rng.IntN(m)]]
		in.Datasets = map[string]schema.Dataset{"events": {Name: "events", Provider: c.Provider, Region: c.Region, SizeGB: 500}}
		for i, name := range names {
			if i%4 == 1 {
				w := in.Workloads[name]
				w.Data = map[string]schema.DataRead{"events": {ReadGBPerMonth: float64(100 * (1 + rng.IntN(50)))}}
				in.Workloads[name] = w
			}
		}
		shape = append(shape, "dataset")
	}
	switch rng.IntN(8) {
	case 0:
		synth.ConfineResidency(in, synth.SmallestEUCountry(cat, in))
		shape = append(shape, "residency")
	case 1:
		synth.ShortCapacity(in, 0.9)
		shape = append(shape, "short")
	case 2, 3:
		// Team budgets near what each team spends: binding (1), squeezed
		// (0.85) or far too small (0.5).
		tight := []float64{1, 0.85, 0.5}[rng.IntN(3)]
		plan, err := planner.Solve(context.Background(), in, cat, planner.Options{TimeLimit: 3 * time.Second, Gap: 2e-3})
		if err == nil && plan.Status != planner.StatusInfeasible {
			spent := map[string]float64{}
			for _, tt := range plan.Totals.Teams {
				spent[tt.Team] = tt.MonthlyCostUSD
			}
			// A team that spends nothing has no budget: the schema
			// wants a positive amount.
			for team, usd := range spent {
				if usd <= 0 {
					delete(spent, team)
				}
			}
			synth.SetBudgets(in, spent, tight, 1.03)
			shape = append(shape, fmt.Sprintf("budgets%g", tight))
		}
	}
	return in, strings.Join(shape, "-")
}

// loadCampaign loads an intent written in CUE as the command line does:
// the schema, then the checks against the catalog.
func loadCampaign(t *testing.T, cat *providers.Catalog, src []byte) *schema.Instance {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "intent.cue"), src, 0o644); err != nil {
		t.Fatal(err)
	}
	inst, err := schema.Load(dir)
	if err != nil {
		t.Fatalf("a generated intent does not load: %v", err)
	}
	if ds := schema.Check(inst, knownRegions{cat}); ds != nil {
		t.Fatalf("a generated intent does not pass the checks: %v", ds)
	}
	return inst
}

// knownRegions are the catalog's regions, for schema.Check.
type knownRegions struct{ cat *providers.Catalog }

func (r knownRegions) Providers() []string { return r.cat.Providers() }

func (r knownRegions) RegionIDs(p string) []string {
	var ids []string
	for _, reg := range r.cat.Regions(p) {
		ids = append(ids, reg.ID)
	}
	return ids
}

// planCampaign plans, turning a panic into a failure, and returns the plan
// (nil when the time ran out without a verdict) and how long it took.
func planCampaign(t *testing.T, in *schema.Intent, cat *providers.Catalog, opts planner.Options) (plan *planner.Plan, elapsed time.Duration) {
	t.Helper()
	start := time.Now()
	func() {
		defer func() {
			if r := recover(); r != nil {
				t.Fatalf("planner panicked: %v\n%s", r, debug.Stack())
			}
		}()
		var err error
		plan, err = planner.Solve(context.Background(), in, cat, opts)
		var nv *planner.NoVerdictError
		switch {
		case errors.As(err, &nv) && opts.TimeLimit > 0:
			plan = nil
		case err != nil:
			t.Fatalf("plan: %v", err)
		}
	}()
	return plan, time.Since(start)
}

// checkConflictFields fails for a conflict field that the intent does not
// hold, and for an Infeasible plan that names no conflict.
func checkConflictFields(t *testing.T, inst *schema.Instance, plan *planner.Plan) {
	t.Helper()
	if len(plan.Explanations.Conflicts) == 0 {
		t.Errorf("infeasible without a conflict")
	}
	if len(plan.Explanations.ConflictFields) != len(plan.Explanations.Conflicts) {
		t.Errorf("%d conflicts, %d lists of fields", len(plan.Explanations.Conflicts), len(plan.Explanations.ConflictFields))
	}
	for i, fields := range plan.Explanations.ConflictFields {
		if len(fields) == 0 {
			t.Errorf("conflict %d names no field: %s", i, plan.Explanations.Conflicts[i])
		}
		for _, f := range fields {
			if v := inst.Value.LookupPath(cue.ParsePath(f)); !v.Exists() {
				t.Errorf("conflict %d names %s, which the intent does not hold: %s", i, f, plan.Explanations.Conflicts[i])
			}
		}
	}
}

// agreeWithCBC plans with CBC on the same model and fails when CBC finds
// a plan for an intent the built-in solver proved infeasible.
func agreeWithCBC(t *testing.T, in *schema.Intent, cat *providers.Catalog) {
	t.Helper()
	ref, err := planner.Solve(context.Background(), in, cat, planner.Options{Solver: planner.SolverCBC, TimeLimit: 20 * time.Second})
	if err != nil {
		t.Logf("cbc gave no verdict: %v", err)
		return
	}
	if ref.Status != planner.StatusInfeasible {
		t.Errorf("infeasible, but cbc finds a plan (%s, %.2f USD/month)", ref.Status, ref.Totals.MonthlyCostUSD)
		return
	}
	t.Logf("cbc agrees: infeasible")
}

// deterministic plans twice without a time limit and fails when two
// Optimal plans differ by a byte.
func deterministic(t *testing.T, in *schema.Intent, cat *providers.Catalog) {
	t.Helper()
	var out [2][]byte
	for i := range out {
		plan, _ := planCampaign(t, in, cat, planner.Options{})
		if plan.Status != planner.StatusOptimal && plan.Status != planner.StatusInfeasible {
			t.Errorf("no time limit, yet %s", plan.Status)
			return
		}
		b, err := plan.JSON()
		if err != nil {
			t.Fatal(err)
		}
		out[i] = b
	}
	if !bytes.Equal(out[0], out[1]) {
		t.Errorf("two plans without a time limit differ %s", firstDiff(out[0], out[1]))
		return
	}
	t.Logf("planned twice without a time limit: the same %d bytes", len(out[0]))
}

// firstDiff shows where two texts first differ.
func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	from := max(0, i-200)
	return fmt.Sprintf("at byte %d:\n%s\n---\n%s", i, a[from:min(len(a), i+200)], b[from:min(len(b), i+200)])
}
