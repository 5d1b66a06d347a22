// Package preview compares two plans of an intent, and their renders, and
// says what a change would do: where workloads move, what it costs, what
// gets faster or slower, which budgets and constraints hold, and which
// Kubernetes objects change in which cluster. It is what a reviewer reads
// on a pull request (`isobar plan --base REF`).
//
// The comparison is pure: the command line reads the two revisions,
// plans and renders them, and hands the results here. The field-level
// object diff is a flat list of changed paths, written here because the
// preview needs only that (and must mask Secret values), not a general
// YAML diff engine.
package preview

import (
	"cmp"
	"maps"
	"reflect"
	"slices"
	"strings"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

// Side is one end of the comparison.
type Side struct {
	// Revision names it: a commit, or "working tree".
	Revision string
	Plan     *planner.Plan
	// Render is nil when the plan is infeasible.
	Render *render.Result
	// Intent gives the global budget and policy ceiling the head is
	// checked against; may be nil.
	Intent *schema.Intent
}

// Report is the difference between a base and a head.
type Report struct {
	Base string `json:"base"`
	Head string `json:"head"`
	// Changed reports any difference in placement, cost, latency, carbon,
	// verdicts or objects.
	Changed    bool            `json:"changed"`
	Status     Change[string]  `json:"status"`
	Cost       Change[float64] `json:"monthlyCostUSD"`
	Carbon     Change[float64] `json:"carbonKgPerMonth"`
	LatencyMs  Change[float64] `json:"latencyMs"`
	Workloads  []Workload      `json:"workloads"`
	Teams      []Team          `json:"teams,omitempty"`
	Latency    []Latency       `json:"latency,omitempty"`
	Verdicts   []Verdict       `json:"verdicts"`
	Conflicts  []string        `json:"conflicts,omitempty"`
	Clusters   []Cluster       `json:"clusters"`
	PlanDigest Change[string]  `json:"planDigest"`
	// Traffic is where DNS sends each geography's users of each public
	// hostname; TrafficNotes what the head's backend cannot express.
	Traffic      []Route  `json:"traffic,omitempty"`
	TrafficNotes []string `json:"trafficNotes,omitempty"`
	// Exceptions are the head's objects that only the policy's
	// allowances (policy.allow) admit: what the safe default would refuse.
	Exceptions []Exception `json:"exceptions,omitempty"`
	// Live compares the head with the live clusters (--live), by
	// server-side dry-run; nil without --live.
	Live []Live `json:"live,omitempty"`
	// N1 is the head's N-1 table: what the loss of each failure domain
	// does (see planner.Contingency); empty when it has no contingency
	// plans.
	N1 []Failure `json:"n1,omitempty"`
	// Week is the head's plan per window of the week: what it saves and
	// where replicas change; nil when it has no windows.
	Week *Week `json:"week,omitempty"`

	red *redactor
}

// Exception is an object of the head that the safe default refuses and a
// policy allowance admits.
type Exception struct {
	Cluster string `json:"cluster"`
	Object  string `json:"object"`
	// Allowance is the policy field that admits it
	// ("policy.allow.secretData").
	Allowance string `json:"allowance"`
	Rule      string `json:"rule"`
	Detail    string `json:"detail"`
}

// String is "policy.allow.X admits Kind ns/name in cluster: detail".
func (e Exception) String() string {
	return e.Allowance + " admits " + e.Object + " in " + e.Cluster + ": " + strings.TrimPrefix(e.Detail, "policy: ")
}

// Live is what applying the head would change in one live cluster.
type Live struct {
	Cluster string `json:"cluster"`
	// Missing objects would be created; Changed ones would change in
	// the listed fields (which includes drift made in the cluster).
	Missing []string `json:"missing,omitempty"`
	Changed []Object `json:"changed,omitempty"`
	InSync  int      `json:"inSync"`
	// Error says why the cluster could not be compared.
	Error string `json:"error,omitempty"`
}

// AddLive records a live comparison; a difference counts as a change.
// Secret values in it are masked.
func (r *Report) AddLive(l Live) {
	l.Error = r.red.mask(l.Error)
	for i, m := range l.Missing {
		l.Missing[i] = r.red.mask(m)
	}
	r.Live = append(r.Live, l)
	if len(l.Missing)+len(l.Changed) > 0 {
		r.Changed = true
	}
}

// Change is a value before and after.
type Change[T comparable] struct {
	Before T `json:"before"`
	After  T `json:"after"`
}

// Same reports no change.
func (c Change[T]) Same() bool { return c.Before == c.After }

// Workload is one workload's placement and cost, before and after.
type Workload struct {
	Workload string `json:"workload"`
	Team     string `json:"team,omitempty"`
	// Placements lists every cluster the workload runs in on either side.
	Placements []Placement     `json:"placements"`
	Replicas   Change[int]     `json:"replicas"`
	Cost       Change[float64] `json:"monthlyCostUSD"`
	Budget     float64         `json:"budgetUSD,omitempty"`
	Moved      bool            `json:"moved"`
	Added      bool            `json:"added,omitempty"`
	Removed    bool            `json:"removed,omitempty"`
	clusters   map[string]*Placement
}

// Placement is a workload's replicas in one cluster before and after.
type Placement struct {
	Cluster  string      `json:"cluster"`
	Region   string      `json:"region"`
	Replicas Change[int] `json:"replicas"`
	Spot     Change[int] `json:"spotReplicas"`
}

// Team is a team's monthly spend before and after, against its budget.
type Team struct {
	Team   string          `json:"team"`
	Cost   Change[float64] `json:"monthlyCostUSD"`
	Budget float64         `json:"budgetUSD,omitempty"`
}

// Latency is the RTT a user geography sees to a workload.
type Latency struct {
	Workload  string          `json:"workload"`
	Geography string          `json:"geography"`
	RTTMs     Change[float64] `json:"rttMs"`
	Estimated bool            `json:"estimated"`
}

// Verdict is a check on the head: a budget or the plan's feasibility.
type Verdict struct {
	Check  string `json:"check"`
	Passed bool   `json:"passed"`
	Detail string `json:"detail"`
}

// Compare builds the report of base → head.
func Compare(base, head Side) *Report {
	red := newRedactor(base.Render, head.Render)
	r := &Report{
		Base:       base.Revision,
		Head:       head.Revision,
		Status:     Change[string]{base.Plan.Status, head.Plan.Status},
		Cost:       Change[float64]{base.Plan.Totals.MonthlyCostUSD, head.Plan.Totals.MonthlyCostUSD},
		Carbon:     Change[float64]{base.Plan.Totals.CarbonKgPerMonth, head.Plan.Totals.CarbonKgPerMonth},
		LatencyMs:  Change[float64]{base.Plan.Totals.LatencyMs, head.Plan.Totals.LatencyMs},
		PlanDigest: Change[string]{digest(base.Render), digest(head.Render)},
		red:        red,
	}
	for _, c := range head.Plan.Explanations.Conflicts {
		r.Conflicts = append(r.Conflicts, red.mask(c))
	}
	r.compareWorkloads(base.Plan, head.Plan)
	r.compareTeams(base.Plan, head.Plan)
	r.compareLatency(base.Plan, head.Plan)
	r.verdicts(head.Plan, head.Intent)
	r.compareTraffic(base.Render, head.Render)
	r.exceptions(head)
	r.N1 = N1(head.Plan.Contingency)
	r.Week = WeekOf(head.Intent, head.Plan)
	for i := range r.N1 {
		for j := range r.N1[i].Down {
			r.N1[i].Down[j].Reason = red.mask(r.N1[i].Down[j].Reason)
		}
	}
	r.Clusters = compareRenders(base.Render, head.Render, red)
	r.Changed = !r.Status.Same() || !r.Cost.Same() || !r.Carbon.Same() || !r.LatencyMs.Same()
	for _, w := range r.Workloads {
		r.Changed = r.Changed || w.Moved || !w.Cost.Same()
	}
	for _, l := range r.Latency {
		r.Changed = r.Changed || !l.RTTMs.Same()
	}
	r.Changed = r.Changed || len(changedTraffic(r.Traffic)) > 0
	// A plan per window that changes is a change, even when the static
	// plan stays.
	r.Changed = r.Changed || !reflect.DeepEqual(base.Plan.Week, head.Plan.Week)
	for _, c := range r.Clusters {
		r.Changed = r.Changed || len(c.Created)+len(c.Changed)+len(c.Deleted) > 0
	}
	return r
}

func digest(r *render.Result) string {
	if r == nil {
		return ""
	}
	return r.PlanDigest
}

func (r *Report) compareWorkloads(base, head *planner.Plan) {
	byName := map[string]*Workload{}
	get := func(name, team string) *Workload {
		w := byName[name]
		if w == nil {
			w = &Workload{Workload: name, Team: team, clusters: map[string]*Placement{}}
			byName[name] = w
		}
		if team != "" {
			w.Team = team
		}
		return w
	}
	for i, p := range [2]*planner.Plan{base, head} {
		for _, pl := range p.Placements {
			w := get(pl.Workload, pl.Team)
			c := w.clusters[pl.Cluster]
			if c == nil {
				c = &Placement{Cluster: pl.Cluster, Region: pl.Provider + ":" + pl.Region}
				w.clusters[pl.Cluster] = c
			}
			if i == 0 {
				c.Replicas.Before, c.Spot.Before = pl.Replicas, pl.SpotReplicas
				w.Replicas.Before += pl.Replicas
			} else {
				c.Replicas.After, c.Spot.After = pl.Replicas, pl.SpotReplicas
				w.Replicas.After += pl.Replicas
			}
		}
		for _, t := range p.Totals.Workloads {
			w := get(t.Workload, "")
			if i == 0 {
				w.Cost.Before = t.MonthlyCostUSD
			} else {
				w.Cost.After = t.MonthlyCostUSD
				w.Budget = t.BudgetUSD
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(byName)) {
		w := byName[name]
		for _, c := range slices.Sorted(maps.Keys(w.clusters)) {
			p := w.clusters[c]
			w.Placements = append(w.Placements, *p)
			w.Moved = w.Moved || !p.Replicas.Same() || !p.Spot.Same()
		}
		w.Added = w.Replicas.Before == 0 && w.Replicas.After > 0
		w.Removed = w.Replicas.Before > 0 && w.Replicas.After == 0
		r.Workloads = append(r.Workloads, *w)
	}
}

func (r *Report) compareTeams(base, head *planner.Plan) {
	byName := map[string]*Team{}
	for i, p := range [2]*planner.Plan{base, head} {
		for _, t := range p.Totals.Teams {
			tc := byName[t.Team]
			if tc == nil {
				tc = &Team{Team: t.Team}
				byName[t.Team] = tc
			}
			if i == 0 {
				tc.Cost.Before = t.MonthlyCostUSD
			} else {
				tc.Cost.After, tc.Budget = t.MonthlyCostUSD, t.BudgetUSD
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(byName)) {
		r.Teams = append(r.Teams, *byName[name])
	}
}

func (r *Report) compareLatency(base, head *planner.Plan) {
	type key struct{ w, g string }
	byKey := map[key]*Latency{}
	for i, p := range [2]*planner.Plan{base, head} {
		for _, t := range p.Totals.Workloads {
			for _, l := range t.Latency {
				k := key{t.Workload, l.Geography}
				lc := byKey[k]
				if lc == nil {
					lc = &Latency{Workload: t.Workload, Geography: l.Geography}
					byKey[k] = lc
				}
				if i == 0 {
					lc.RTTMs.Before = l.RTTMs
				} else {
					lc.RTTMs.After = l.RTTMs
				}
				lc.Estimated = lc.Estimated || l.Estimated
			}
		}
	}
	keys := slices.SortedFunc(maps.Keys(byKey), func(a, b key) int { return cmp.Or(strings.Compare(a.w, b.w), strings.Compare(a.g, b.g)) })
	for _, k := range keys {
		r.Latency = append(r.Latency, *byKey[k])
	}
}

// verdicts checks the head: feasible, and every budget it has met.
func (r *Report) verdicts(head *planner.Plan, in *schema.Intent) {
	if head.Status == planner.StatusInfeasible {
		r.Verdicts = append(r.Verdicts, Verdict{Check: "plan", Passed: false, Detail: "the intent cannot be met: " + strings.Join(head.Explanations.Conflicts, "; ")})
		return
	}
	r.Verdicts = append(r.Verdicts, Verdict{Check: "plan", Passed: true, Detail: head.Status + " placement, gap " + percent(head.Solver.Gap)})
	if in != nil && in.Budgets.MonthlyUSD > 0 {
		r.Verdicts = append(r.Verdicts, budget("the fleet", head.Totals.MonthlyCostUSD, in.Budgets.MonthlyUSD))
	}
	if in != nil && in.Policy.MaxMonthlyUSD > 0 {
		r.Verdicts = append(r.Verdicts, budget("policy maxMonthlyUSD", head.Totals.MonthlyCostUSD, in.Policy.MaxMonthlyUSD))
	}
	for _, t := range head.Totals.Teams {
		if t.BudgetUSD > 0 {
			r.Verdicts = append(r.Verdicts, budget("team "+t.Team, t.MonthlyCostUSD, t.BudgetUSD))
		}
	}
	for _, w := range head.Totals.Workloads {
		if w.BudgetUSD > 0 {
			r.Verdicts = append(r.Verdicts, budget("workload "+w.Workload, w.MonthlyCostUSD, w.BudgetUSD))
		}
	}
}

// exceptions lists what the head's policy allowances admit, cluster by
// cluster.
func (r *Report) exceptions(head Side) {
	if head.Render == nil || head.Intent == nil {
		return
	}
	for _, c := range head.Render.Clusters {
		for _, v := range render.Exceptions(head.Intent.Policy, c.Objects) {
			o := c.Objects[v.Index]
			r.Exceptions = append(r.Exceptions, Exception{
				Cluster: c.Cluster, Object: named(o).String(), Allowance: render.AllowField(v.Rule), Rule: v.Rule, Detail: v.Message,
			})
		}
	}
}

func budget(what string, cost, limit float64) Verdict {
	return Verdict{
		Check:  "budget of " + what,
		Passed: cost <= limit+1e-6,
		Detail: usd(cost) + " of " + usd(limit) + " USD/month",
	}
}
