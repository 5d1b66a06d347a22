package planner

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"isobar.dev/isobar/planner/internal/milp"
)

// explainCandidates lists, per workload, where it may run and where not.
func (p *problem) explainCandidates() []WorkloadExplanation {
	out := []WorkloadExplanation{}
	for _, w := range p.workloads {
		e := WorkloadExplanation{Workload: w.name, Candidates: []string{}}
		for _, c := range w.cands {
			e.Candidates = append(e.Candidates, p.clusters[c.cluster].name)
		}
		for _, x := range w.excl {
			e.Excluded = append(e.Excluded, Excluded{Cluster: p.clusters[x.cluster].name, Reason: x.reason, Detail: x.detail})
		}
		out = append(out, e)
	}
	return out
}

// summariseExclusions says in a few words why w has no candidate: every
// exclusion when there are few, else a count per reason and one example.
func summariseExclusions(p *problem, w *workload) string {
	if len(w.excl) == 0 {
		return "the fleet is empty"
	}
	var parts []string
	if len(w.excl) <= 3 {
		for _, x := range w.excl {
			parts = append(parts, p.clusters[x.cluster].name+": "+x.reason+", "+x.detail)
		}
		return strings.Join(parts, "; ")
	}
	counts := map[string]int{}
	example := map[string]string{}
	for _, x := range w.excl {
		if counts[x.reason] == 0 {
			example[x.reason] = p.clusters[x.cluster].name + ": " + x.detail
		}
		counts[x.reason]++
	}
	for _, r := range slices.Sorted(maps.Keys(counts)) {
		parts = append(parts, fmt.Sprintf("%s excluded by %s (e.g. %s)", count(counts[r], "cluster"), r, example[r]))
	}
	return strings.Join(parts, "; ")
}

// binding reports the capacity, budget, spread and location rows that are
// tight at x, with the LP relaxation's shadow price where it is meaningful.
func (p *problem) binding(md *model, x []float64, duals []float64, costObjective bool) []Binding {
	var out []Binding
	for i, row := range md.m.Rows {
		info := md.rows[i]
		switch info.kind {
		case rowCapacity, rowBudget, rowSpread:
		default:
			continue
		}
		if info.unit == "" {
			continue
		}
		lhs := 0.0
		for _, t := range row.Terms {
			lhs += t.Coef * x[t.Var]
		}
		tol := 1e-6 * math.Max(1, math.Abs(lhs))
		var detail, relax string
		switch {
		case !math.IsInf(row.Upper, 1) && row.Upper-lhs <= tol:
			detail = fmt.Sprintf("uses all of it: %s of %s %s", trim(lhs), trim(row.Upper), info.unit+plural(row.Upper))
			relax = "one more " + info.unit
		case !math.IsInf(row.Lower, -1) && lhs-row.Lower <= tol:
			detail = fmt.Sprintf("met exactly: %s %s", trim(lhs), info.unit+plural(lhs))
			relax = "one " + info.unit + " fewer"
		default:
			continue
		}
		b := Binding{Constraint: info.label, Detail: detail}
		if costObjective && duals != nil && i < len(duals) && math.Abs(duals[i]) > 1e-9 {
			b.ShadowPrice = round6(math.Abs(duals[i]))
			b.Detail += fmt.Sprintf("; %s would save about %s USD/month", relax, money(math.Abs(duals[i])))
		}
		out = append(out, b)
	}
	slices.SortStableFunc(out, func(a, b Binding) int { return cmp.Compare(a.Constraint, b.Constraint) })
	return out
}

func trim(v float64) string {
	if math.Abs(v-math.Round(v)) < 1e-9 {
		return money(math.Round(v))
	}
	return money(v)
}

func plural(v float64) string {
	if math.Abs(v-1) < 1e-9 {
		return ""
	}
	return "s"
}

// conflicts finds a small set of constraints that cannot hold together, by
// a deletion filter over groups of rows: each group is relaxed in turn and
// stays relaxed if the rest is still infeasible. What remains is
// irreducible: dropping any one of its groups makes the intent feasible.
func (s *solver) conflicts() ([]string, error) {
	md := s.p.build("cost", nil)
	groups := md.groups()
	active := make([]bool, len(groups))
	for i := range active {
		active[i] = true
	}
	for i := range groups {
		active[i] = false
		feasible, err := s.feasibleWith(md, groups, active)
		if err != nil {
			return nil, err
		}
		if feasible {
			active[i] = true
		}
	}
	var out []string
	for i, g := range groups {
		if !active[i] {
			continue
		}
		msg := g.label
		if g.budget >= 0 {
			// What the cheapest placement meeting the rest would cost.
			active[i] = false
			cost, ok, err := s.cheapestWith(md, groups, active)
			active[i] = true
			if err != nil {
				return nil, err
			}
			if ok {
				msg = fmt.Sprintf("%s is below the cheapest placement that meets the other constraints: %s USD/month", g.label, money(cost))
			}
		}
		out = append(out, msg)
	}
	if len(out) == 0 {
		out = append(out, "the constraints conflict, but no single group could be isolated")
	}
	return out, nil
}

// rowGroup is a set of rows that stand or fall together in the search for
// conflicts, such as all the capacity rows of one cluster.
type rowGroup struct {
	label  string
	rows   []int
	budget int // the budget row, or -1
}

func (md *model) groups() []rowGroup {
	var gs []rowGroup
	index := map[string]int{}
	for i, info := range md.rows {
		var key, label string
		switch info.kind {
		case rowBudget:
			key, label = info.label, info.label
		case rowCapacity:
			key, label = "capacity "+info.group, "the capacity of cluster "+info.group
		case rowReplicas, rowSpread, rowLink:
			key, label = info.label, info.label
			if info.kind == rowLink || info.kind == rowSpread {
				key = "availability " + info.label
			}
		case rowDemand:
			key, label = info.label, "serving the "+info.label+" within its latency objective"
		default:
			continue
		}
		gi, ok := index[key]
		if !ok {
			gi = len(gs)
			index[key] = gi
			gs = append(gs, rowGroup{label: label, budget: -1})
		}
		gs[gi].rows = append(gs[gi].rows, i)
		if info.kind == rowBudget {
			gs[gi].budget = i
		}
	}
	return gs
}

// relaxed returns a copy of the model with inactive groups' rows unbounded.
func relaxed(md *model, groups []rowGroup, active []bool) *milp.Model {
	m := *md.m
	m.Rows = slices.Clone(md.m.Rows)
	for i, g := range groups {
		if active[i] {
			continue
		}
		for _, r := range g.rows {
			m.Rows[r].Lower, m.Rows[r].Upper = math.Inf(-1), math.Inf(1)
		}
	}
	return &m
}

func (s *solver) feasibleWith(md *model, groups []rowGroup, active []bool) (bool, error) {
	res, err := s.run(relaxed(md, groups, active), nil)
	if err != nil {
		return false, err
	}
	return res.Status != milp.Infeasible, nil
}

func (s *solver) cheapestWith(md *model, groups []rowGroup, active []bool) (float64, bool, error) {
	res, err := s.run(relaxed(md, groups, active), nil)
	if err != nil || res.X == nil {
		return 0, false, err
	}
	return value(md.cost, res.X), true, nil
}
