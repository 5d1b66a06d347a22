package planner_test

import (
	"bytes"
	"context"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/planner/internal/synth"
	"isobar.dev/isobar/schema"
)

// checkWeek checks a plan's week independently of how it was made: the
// windows cover the week in order, each window's demand is the highest
// of its hours, each placement keeps capacity, residency (the static
// plan's candidates), the minimum replicas and enough replicas for the
// window's demand, the totals add up, and the changes are those between
// consecutive windows.
func checkWeek(t *testing.T, in *schema.Intent, plan *planner.Plan) {
	t.Helper()
	wk := plan.Week
	if wk == nil {
		t.Fatal("no week in the plan")
	}
	ref, err := time.Parse(time.DateOnly, wk.Reference)
	if err != nil {
		t.Fatal(err)
	}
	series := map[[2]string]schema.Week{}
	hourly := func(workload, geo string) schema.Week {
		k := [2]string{workload, geo}
		if _, ok := series[k]; !ok {
			w, err := in.Workloads[workload].Demand[geo].HourlyUTC(ref)
			if err != nil {
				t.Fatal(err)
			}
			series[k] = w
		}
		return series[k]
	}
	hour := 0
	total := 0.0
	for i, w := range wk.Windows {
		if w.StartHour != hour || w.Hours < 1 {
			t.Fatalf("window %d (%s) starts at hour %d for %d hours, want it to start at %d", i, w.Name, w.StartHour, w.Hours, hour)
		}
		hour += w.Hours
		total += w.MonthlyRateUSD * float64(w.Hours) / schema.HoursPerWeek
		if w.Gap < 0 || w.LowerBound > w.MonthlyRateUSD+0.01 && plan.Objective.Minimize == schema.MinimizeCost {
			t.Errorf("%s: bound %v above the rate %v, gap %v", w.Name, w.LowerBound, w.MonthlyRateUSD, w.Gap)
		}
		rps := map[string]float64{}
		for _, d := range w.Demand {
			series := hourly(d.Workload, d.Geography)
			if want := slices.Max(series[w.StartHour : w.StartHour+w.Hours]); math.Abs(d.RPS-want) > 1e-3 {
				t.Errorf("%s: demand of %s from %s is %v, want %v", w.Name, d.Workload, d.Geography, d.RPS, want)
			}
			rps[d.Workload] += d.RPS
		}
		for name, wl := range in.Workloads {
			for _, d := range wl.Demand {
				if d.Profile == nil {
					rps[name] += d.RPS
				}
			}
		}
		replicas := map[string]int{}
		cpu, mem := map[string]float64{}, map[string]float64{}
		for _, pl := range w.Placements {
			wl := in.Workloads[pl.Workload]
			replicas[pl.Workload] += pl.Replicas
			cpu[pl.Cluster] += float64(pl.Replicas) * wl.Resources.CPU.Cores()
			mem[pl.Cluster] += float64(pl.Replicas) * wl.Resources.Memory.GiB()
			if !slices.ContainsFunc(plan.Explanations.Workloads, func(e planner.WorkloadExplanation) bool {
				return e.Workload == pl.Workload && slices.Contains(e.Candidates, pl.Cluster)
			}) {
				t.Errorf("%s: %s placed in %s, which it may not use", w.Name, pl.Workload, pl.Cluster)
			}
		}
		for c, v := range cpu {
			if v > in.Fleet[c].Capacity.CPU.Cores()+1e-6 || mem[c] > in.Fleet[c].Capacity.Memory.GiB()+1e-6 {
				t.Errorf("%s: cluster %s holds %.2f cores and %.2f GiB, more than it has", w.Name, c, v, mem[c])
			}
		}
		for name, wl := range in.Workloads {
			need := wl.Replicas.Min
			if wl.Replicas.PerReplicaRPS > 0 {
				need = max(need, int(math.Ceil(rps[name]/wl.Replicas.PerReplicaRPS-1e-9)))
			}
			if replicas[name] < need {
				t.Errorf("%s: %s runs %d replicas, needs %d", w.Name, name, replicas[name], need)
			}
		}
		prev := wk.Windows[(i+len(wk.Windows)-1)%len(wk.Windows)]
		if got, want := len(w.Changes), countChanges(prev.Placements, w.Placements); got != want {
			t.Errorf("%s: %d changes listed, %d between the placements", w.Name, got, want)
		}
	}
	if hour != schema.HoursPerWeek {
		t.Errorf("windows cover %d hours, want %d", hour, schema.HoursPerWeek)
	}
	if math.Abs(total-wk.MonthlyCostUSD) > 0.01 {
		t.Errorf("week costs %v, the windows add up to %v", wk.MonthlyCostUSD, total)
	}
	if wk.StaticMonthlyCostUSD != plan.Totals.MonthlyCostUSD || math.Abs(wk.SavingUSD-(wk.StaticMonthlyCostUSD-wk.MonthlyCostUSD)) > 0.01 {
		t.Errorf("static %v (plan %v), saving %v", wk.StaticMonthlyCostUSD, plan.Totals.MonthlyCostUSD, wk.SavingUSD)
	}
}

func countChanges(a, b []planner.WindowPlacement) int {
	n := map[[2]string][2]int{}
	for _, p := range a {
		v := n[[2]string{p.Workload, p.Cluster}]
		v[0] = p.Replicas
		n[[2]string{p.Workload, p.Cluster}] = v
	}
	for _, p := range b {
		v := n[[2]string{p.Workload, p.Cluster}]
		v[1] = p.Replicas
		n[[2]string{p.Workload, p.Cluster}] = v
	}
	c := 0
	for _, v := range n {
		if v[0] != v[1] {
			c++
		}
	}
	return c
}

func weeklyShop(t *testing.T) *schema.Intent {
	t.Helper()
	inst, err := schema.Load("../examples/weekly-shop")
	if err != nil {
		t.Fatal(err)
	}
	return inst.Intent
}

func TestWeekSplits(t *testing.T) {
	for _, tc := range []struct {
		split   string
		windows int // -1: some, fewer than 168
	}{
		{schema.SplitAuto, -1},
		{schema.SplitHourly, schema.HoursPerWeek},
		{schema.SplitOff, 0},
	} {
		t.Run(tc.split, func(t *testing.T) {
			in := weeklyShop(t)
			in.Planning.Windows.Split = tc.split
			plan := solve(t, in, planner.Options{})
			if tc.windows == 0 {
				if plan.Week != nil {
					t.Fatalf("split off planned %d windows", len(plan.Week.Windows))
				}
				return
			}
			checkWeek(t, in, plan)
			n := len(plan.Week.Windows)
			if tc.windows > 0 && n != tc.windows || tc.windows < 0 && (n < 2 || n >= schema.HoursPerWeek) {
				t.Errorf("%d windows", n)
			}
			if plan.Week.SavingUSD <= 0 {
				t.Errorf("no saving: %+v", plan.Week.SavingUSD)
			}
			for _, w := range plan.Week.Windows {
				if w.Gap > 1e-6 {
					t.Errorf("%s: gap %v on a model this small", w.Name, w.Gap)
				}
			}
			if tc.split == schema.SplitAuto {
				// Within an automatic window no demand changes.
				ref, _ := time.Parse(time.DateOnly, plan.Week.Reference)
				for _, w := range plan.Week.Windows {
					for _, d := range w.Demand {
						series, _ := in.Workloads[d.Workload].Demand[d.Geography].HourlyUTC(ref)
						for h := w.StartHour; h < w.StartHour+w.Hours; h++ {
							if series[h] != d.RPS {
								t.Fatalf("%s: demand of %s from %s is %v at hour %d, %v in the window", w.Name, d.Workload, d.Geography, series[h], h, d.RPS)
							}
						}
					}
				}
			}
		})
	}
}

// TestWeekMoveCost: a move cost above what any window saves keeps the
// placements from window to window, except where demand needs more.
func TestWeekMoveCost(t *testing.T) {
	in := weeklyShop(t)
	changes := func(plan *planner.Plan) (n int) {
		for _, w := range plan.Week.Windows {
			for _, c := range w.Changes {
				n += max(c.From-c.To, c.To-c.From)
			}
		}
		return n
	}
	free := solve(t, in, planner.Options{})
	in.Planning.MoveCostUSD = 1000
	costly := solve(t, in, planner.Options{})
	checkWeek(t, in, costly)
	if changes(costly) >= changes(free) {
		t.Errorf("moving at 1000 USD a replica changes %d replicas over the week, free moves %d", changes(costly), changes(free))
	}
	if costly.Week.MonthlyCostUSD < free.Week.MonthlyCostUSD {
		t.Errorf("the week costs less with a move cost (%v) than without (%v)", costly.Week.MonthlyCostUSD, free.Week.MonthlyCostUSD)
	}
}

// TestWeekTimeLimit plans a week of hourly windows on a synthetic fleet
// within a short time limit: a plan comes back in time, deterministic
// when nothing was cut short, with every window checked.
func TestWeekTimeLimit(t *testing.T) {
	if testing.Short() {
		t.Skip("plans a synthetic fleet")
	}
	cat := catalog(t)
	in := synth.Generate(cat, 7, 60, 20)
	synth.Profiles(in, 0.6)
	in.Planning.Windows = schema.Windows{Split: schema.SplitHourly, Reference: "2026-03-02"}
	for _, tc := range []struct {
		limit time.Duration
		gap   float64
	}{
		{8 * time.Second, 1e-2},
		// A gap no window reaches quickly: the windows search until the
		// limit, and those it leaves keep the static placement.
		{2 * time.Second, 1e-9},
	} {
		t.Run(tc.limit.String(), func(t *testing.T) {
			start := time.Now()
			plan, err := planner.Solve(context.Background(), in, cat, planner.Options{TimeLimit: tc.limit, Gap: tc.gap})
			if err != nil {
				t.Fatal(err)
			}
			if took := time.Since(start); took > tc.limit+2*time.Second {
				t.Errorf("took %v with a time limit of %v", took, tc.limit)
			}
			checkWeek(t, in, plan)
			if plan.Week.SavingUSD < 0 {
				t.Errorf("the week costs more than the static plan: %v", plan.Week.SavingUSD)
			}
			t.Logf("saving %.2f%%, stopped %q", plan.Week.SavingPercent, plan.Week.Stopped)
			if plan.Week.Stopped != "" || plan.Solver.Stopped != "" {
				return
			}
			// Not cut short (neither the static plan nor a window): the
			// same bytes again.
			again, err := planner.Solve(context.Background(), in, cat, planner.Options{TimeLimit: tc.limit, Gap: tc.gap})
			if err != nil {
				t.Fatal(err)
			}
			a, _ := plan.JSON()
			b, _ := again.JSON()
			if again.Week.Stopped == "" && again.Solver.Stopped == "" && !bytes.Equal(a, b) {
				t.Error("planning the week twice gave different plans")
			}
		})
	}
}

// TestWeekInfeasible: an intent whose peak cannot be placed is infeasible
// with its conflicts, and has no week.
func TestWeekInfeasible(t *testing.T) {
	in := weeklyShop(t)
	in.Budgets.Teams = map[string]float64{"storefront": 10, "checkout": 4000}
	plan := solve(t, in, planner.Options{})
	if plan.Status != planner.StatusInfeasible || len(plan.Explanations.Conflicts) == 0 {
		t.Fatalf("status %s, conflicts %v", plan.Status, plan.Explanations.Conflicts)
	}
	if plan.Week != nil {
		t.Errorf("an infeasible plan has a week of %d windows", len(plan.Week.Windows))
	}
}

// TestWeekInfeasibleWindow: a window whose demand the fleet cannot serve
// makes the plan infeasible, with the conflict in that window named. (The
// loader writes each profile's peak into rps, so only an intent built in
// Go, planned for less than its profile's peak, can have one.)
func TestWeekInfeasibleWindow(t *testing.T) {
	in := load(t, map[string]string{"fleet.cue": fleet, "w.cue": `package intent
workloads: api: {
	team: "pay", image: "a:1", resources: {cpu: 1, memory: "1Gi"}
	replicas: {min: 2, perReplicaRPS: 100}
	demand: london: profile: {
		timeZone: "Europe/London"
		windows: [{name: "sale", days: ["fri"], from: "12:00", to: "14:00", rps: 50000}]
		rps: 100
	}
}
`})
	w := in.Workloads["api"]
	d := w.Demand["london"]
	d.RPS = 100
	w.Demand = map[string]schema.Demand{"london": d}
	in.Workloads["api"] = w
	plan := solve(t, in, planner.Options{})
	if plan.Status != planner.StatusInfeasible || len(plan.Explanations.Conflicts) == 0 {
		t.Fatalf("status %s, conflicts %v", plan.Status, plan.Explanations.Conflicts)
	}
	for _, c := range plan.Explanations.Conflicts {
		if !strings.HasPrefix(c, "in the window Fri 12:00–14:00 UTC: ") {
			t.Errorf("conflict %q does not name the window", c)
		}
	}
	t.Log(plan.Explanations.Conflicts)
}

// TestDefaultWindows: what schema.DefaultWindows says is what the schema
// fills in for an intent silent on planning.windows.
func TestDefaultWindows(t *testing.T) {
	inst, err := schema.Load("../examples/webshop")
	if err != nil {
		t.Fatal(err)
	}
	if got, want := inst.Intent.Planning.Windows, schema.DefaultWindows(); got != want {
		t.Errorf("planning.windows %+v, want %+v", got, want)
	}
}
