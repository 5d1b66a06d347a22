package planner_test

import (
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/planner/internal/synth"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// leastSpendRe reads the figure of a budget verdict.
var leastSpendRe = regexp.MustCompile(`is below the least team (\S+) can spend: (at least )?([\d,]+\.?\d*) USD/month`)

// checkLeastSpend proves the figure a budget verdict gives for team by
// planning again on either side of it: with the budget a cent above the
// figure the intent is feasible (when the figure is exact), a cent below
// it is not.
func checkLeastSpend(t *testing.T, in *schema.Intent, team, msg string) {
	t.Helper()
	m := leastSpendRe.FindStringSubmatch(msg)
	if m == nil || m[1] != team {
		t.Fatalf("verdict %q gives no least spend of team %s", msg, team)
	}
	figure, err := strconv.ParseFloat(strings.ReplaceAll(m[3], ",", ""), 64)
	if err != nil {
		t.Fatal(err)
	}
	saved := in.Budgets.Teams[team]
	defer func() { in.Budgets.Teams[team] = saved }()
	opts := planner.Options{TimeLimit: 2 * time.Minute}
	in.Budgets.Teams[team] = figure - 0.01
	if plan := solve(t, in, opts); plan.Status != planner.StatusInfeasible {
		t.Errorf("team %s within %.2f USD/month, below the least it can spend (%s): %s", team, figure-0.01, m[3], plan.Status)
	}
	if m[2] != "" {
		return // a bound: the least spend may be higher
	}
	in.Budgets.Teams[team] = figure + 0.01
	opts.Gap = 1e-2 // any plan will do
	plan := solve(t, in, opts)
	if plan.Status == planner.StatusInfeasible && slices.ContainsFunc(plan.Explanations.Conflicts, func(c string) bool {
		return strings.HasPrefix(c, "budget of team "+team+" (")
	}) {
		// Other causes planted too may leave it infeasible, not this budget.
		t.Errorf("team %s has no plan within %.2f USD/month, above the least it can spend (%s): %q",
			team, figure+0.01, m[3], plan.Explanations.Conflicts)
	}
}

// shortfallRe reads a capacity verdict: resource, workloads, amount
// needed, each workload's share, clusters and what they have.
var shortfallRe = regexp.MustCompile(`^(\S+): workloads? (.+?) needs? ([\d,.]+) (.+?) for (?:its|their) required replicas(?: \((.+?)\))?; the (\d+) clusters? (?:(?:it|they) may use|left to (?:it|them)) \((.+?)\) ha(?:s|ve) ([\d,.]+)(?:, of which whole replicas fill at most ([\d,.]+))?$`)

// checkShortfall proves the figures of a capacity verdict from the
// intent: each workload's share is its replicas times what one asks of
// the resource, the replicas no more than it must run; what the clusters
// have is the sum of their capacity, and the clusters are all those the
// workloads may use; and the need is more than that.
func checkShortfall(t *testing.T, in *schema.Intent, plan *planner.Plan, msg, wantWhat string) {
	t.Helper()
	m := shortfallRe.FindStringSubmatch(msg)
	if m == nil {
		t.Fatalf("verdict %q is not a capacity shortfall", msg)
	}
	num := func(s string) float64 {
		v, err := strconv.ParseFloat(strings.ReplaceAll(s, ",", ""), 64)
		if err != nil {
			t.Fatalf("verdict %q: %v", msg, err)
		}
		return v
	}
	need, have := num(m[3]), num(m[8])
	short := have
	if m[9] != "" {
		// Whole replicas fill less than the clusters have.
		if short = num(m[9]); short > have {
			t.Errorf("verdict %q: whole replicas fill more than the clusters have", msg)
		}
	}
	if m[4] != wantWhat {
		t.Errorf("verdict %q names %q, want %q", msg, m[4], wantWhat)
	}
	if need <= short {
		t.Errorf("verdict %q: the need is not more than what the clusters hold", msg)
	}
	if strings.Contains(m[2], " others") || strings.Contains(m[7], " other clusters") {
		return // lists cut short: the figures cannot be recomputed from them
	}
	per := func(w schema.Workload) float64 {
		switch {
		case wantWhat == "cores of CPU":
			return w.Resources.CPU.Cores()
		case strings.HasSuffix(wantWhat, " GPUs") && w.Resources.GPU != nil && w.Resources.GPU.Model+" GPUs" == wantWhat:
			return float64(w.Resources.GPU.Count)
		}
		return 0
	}
	sum := 0.0
	for _, share := range strings.Split(m[5], ", ") {
		name, rest, ok := strings.Cut(share, ": ")
		n, each, ok2 := strings.Cut(rest, " × ")
		each, _, _ = strings.Cut(each, " beyond ")
		w, known := in.Workloads[name]
		if !ok || !ok2 || !known {
			t.Fatalf("verdict %q: share %q", msg, share)
		}
		if num(each) != per(w) {
			t.Errorf("verdict %q: %s asks %g per replica, not %s", msg, name, per(w), each)
		}
		if r := num(n); r > float64(synth.Required(w)) || r < 1 {
			t.Errorf("verdict %q: %s must run %d replicas, not %s", msg, name, synth.Required(w), n)
		}
		sum += num(n) * num(each)
	}
	if math.Abs(sum-need) > 1e-6 {
		t.Errorf("verdict %q: the shares add up to %g", msg, sum)
	}
	named := strings.FieldsFunc(m[7], func(r rune) bool { return r == ',' || r == ' ' })
	named = slices.DeleteFunc(named, func(s string) bool { return s == "and" })
	var may []string
	for _, e := range plan.Explanations.Workloads {
		if strings.Contains(" "+m[2]+" ", " "+e.Workload+" ") || strings.Contains(m[2], e.Workload+",") {
			may = append(may, e.Candidates...)
		}
	}
	slices.Sort(may)
	may = slices.Compact(may)
	slices.Sort(named)
	left := strings.Contains(msg, " left to ")
	if !left && !slices.Equal(named, may) || left && slices.ContainsFunc(named, func(c string) bool { return !slices.Contains(may, c) }) {
		t.Errorf("verdict %q names clusters %q, the workloads may use %q", msg, named, may)
	}
	total := 0.0
	for _, c := range named {
		cl := in.Fleet[c]
		switch {
		case wantWhat == "cores of CPU":
			total += cl.Capacity.CPU.Cores()
		default:
			total += float64(cl.Capacity.GPUs[strings.TrimSuffix(wantWhat, " GPUs")])
		}
	}
	if math.Abs(total-have) > 1e-6 {
		t.Errorf("verdict %q: the clusters named have %g", msg, total)
	}
}

// TestVerdictsNameThePlantedCause plants known causes of infeasibility in
// random feasible instances of several sizes and seeds, and checks that
// the verdict names exactly those causes, with figures checked apart: a
// team's least spend by planning on either side of it, a shortfall from
// the intent's numbers.
func TestVerdictsNameThePlantedCause(t *testing.T) {
	cat := catalog(t)
	// Sizes with their seeds: more of the small ones, which are quick.
	cases := []struct {
		n, m  int
		seeds []uint64
	}{{6, 3, []uint64{1, 2, 3}}, {12, 4, []uint64{1, 2, 3}}, {24, 6, []uint64{1, 2}}, {40, 9, []uint64{1}}}
	if testing.Short() {
		cases = cases[:2]
	}
	type plantFunc func(in *schema.Intent, base *planner.Plan, seed uint64) []synth.Planted
	budget := func(in *schema.Intent, base *planner.Plan, seed uint64, not map[string]bool) []synth.Planted {
		var teams []planner.TeamTotal
		for _, tt := range base.Totals.Teams {
			if tt.MonthlyCostUSD > 1 && !not[tt.Team] {
				teams = append(teams, tt)
			}
		}
		if len(teams) == 0 {
			return nil
		}
		tt := teams[seed%uint64(len(teams))]
		return []synth.Planted{synth.SqueezeBudget(in, tt.Team, math.Floor(tt.MonthlyCostUSD*0.5))}
	}
	plants := map[string]plantFunc{
		"budget": func(in *schema.Intent, base *planner.Plan, seed uint64) []synth.Planted {
			return budget(in, base, seed, nil)
		},
		"cpu": func(in *schema.Intent, _ *planner.Plan, _ uint64) []synth.Planted {
			return []synth.Planted{synth.ShortCPU(in, 0.8)}
		},
		"gpu": func(in *schema.Intent, _ *planner.Plan, seed uint64) []synth.Planted {
			p, ok := synth.ShortGPU(in, seed)
			if !ok {
				return nil
			}
			return []synth.Planted{p}
		},
		"spread": func(in *schema.Intent, _ *planner.Plan, seed uint64) []synth.Planted {
			p, ok := synth.SpreadBeyondResidency(cat, in, seed)
			if !ok {
				return nil
			}
			return []synth.Planted{p}
		},
		"nocluster": func(in *schema.Intent, _ *planner.Plan, seed uint64) []synth.Planted {
			return []synth.Planted{synth.ResidencyWithoutCluster(cat, in, seed)}
		},
		"gpu+budget": func(in *schema.Intent, base *planner.Plan, seed uint64) []synth.Planted {
			p, ok := synth.ShortGPU(in, seed)
			if !ok {
				return nil
			}
			gpuTeams := map[string]bool{}
			for _, w := range in.Workloads {
				if w.Resources.GPU != nil && w.Resources.GPU.Model == p.Model {
					gpuTeams[w.Team] = true
				}
			}
			b := budget(in, base, seed, gpuTeams)
			if b == nil {
				return nil
			}
			return append(b, p)
		},
	}
	for _, name := range slices.Sorted(maps.Keys(plants)) {
		for _, size := range cases {
			for _, seed := range size.seeds {
				t.Run(fmt.Sprintf("%s/n%d-m%d/seed%d", name, size.n, size.m, seed), func(t *testing.T) {
					in := synth.Generate(cat, seed, size.n, size.m)
					// A plan to start from, not necessarily optimal.
					base := solve(t, in, planner.Options{TimeLimit: 20 * time.Second, Gap: 1e-3})
					if base.Status == planner.StatusInfeasible {
						t.Fatalf("the instance is infeasible before anything is planted: %q", base.Explanations.Conflicts)
					}
					planted := plants[name](in, base, seed)
					if len(planted) == 0 {
						t.Skip("nothing of the kind to plant in this instance")
					}
					plan := solve(t, in, planner.Options{TimeLimit: time.Minute})
					if plan.Status != planner.StatusInfeasible {
						t.Fatalf("status %s after planting %+v, want Infeasible", plan.Status, planted)
					}
					if s := plan.Solver.Stopped; s != "" && !strings.HasSuffix(s, "but fewer of them may conflict with whole replicas") {
						// Reduced on the LP relaxation alone the conflict
						// may not be the smallest, but what it says must
						// still be proven: checked below.
						t.Fatalf("the search was cut short: %s", s)
					}
					checkVerdict(t, cat, in, plan, planted)
				})
			}
		}
	}
}

// checkVerdict checks that the plan's conflicts are the planted causes,
// each said with true figures, and nothing else.
func checkVerdict(t *testing.T, cat *providers.Catalog, in *schema.Intent, plan *planner.Plan, planted []synth.Planted) {
	t.Helper()
	conflicts := plan.Explanations.Conflicts
	t.Logf("conflicts: %q", conflicts)
	// Every conflict says one planted cause; every cause is said.
	said := make([]bool, len(planted))
	for _, c := range conflicts {
		which := -1
		for i, p := range planted {
			if says(c, p) {
				which = i
			}
		}
		if which < 0 {
			t.Errorf("conflict %q is none of the planted causes %+v", c, planted)
			continue
		}
		said[which] = true
		switch p := planted[which]; p.Cause {
		case synth.CauseBudget:
			checkLeastSpend(t, in, p.Team, c)
		case synth.CauseCPU:
			checkShortfall(t, in, plan, c, "cores of CPU")
		case synth.CauseGPU:
			checkShortfall(t, in, plan, c, p.Model+" GPUs")
		}
	}
	for i, ok := range said {
		if !ok {
			t.Errorf("planted cause %+v is not said", planted[i])
		}
	}
}

// says reports whether conflict c names the planted cause p.
func says(c string, p synth.Planted) bool {
	switch p.Cause {
	case synth.CauseBudget:
		return strings.HasPrefix(c, "budget of team "+p.Team+" (") && strings.Contains(c, "is below the least team "+p.Team+" can spend: ")
	case synth.CauseCPU:
		return strings.HasPrefix(c, "CPU: ")
	case synth.CauseGPU:
		return strings.HasPrefix(c, "GPUs: ") && strings.Contains(c, " "+p.Model+" GPUs ")
	case synth.CauseSpread:
		return strings.HasPrefix(c, fmt.Sprintf("%s must spread over %d regions but its data class %s allows only %d: ", p.Workload, p.Regions+1, p.DataClass, p.Regions))
	case synth.CauseNoCluster:
		return strings.HasPrefix(c, "workload "+p.Workload+" has no cluster it may run on") && strings.Contains(c, "residency")
	}
	return false
}
