package planner

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"isobar.dev/isobar/planner/internal/milp"
	"isobar.dev/isobar/schema"
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

// maxConflicts bounds the independent conflicts one search reports.
const maxConflicts = 5

// conflicts finds the sets of constraints that cannot hold together, each
// irreducible, by a deletion filter over groups of rows (see filter):
// first on the LP relaxation, when that is infeasible (fast, and a set
// whose LP has no solution has no integer one either), then on the
// integer model. Once one conflict is isolated its groups are set aside
// and the rest is tested again: while it is still infeasible it holds
// another conflict, independent of those found, which the filter isolates
// in turn (at most maxConflicts). Each conflict is then said in words,
// with figures that are proven (see describe). The search uses what is
// left of the run's time, and a test on the integer model at most
// filterNodes nodes; cut short, it reports a set proven to conflict that
// may not be the smallest, and stopped says so.
func (s *solver) conflicts() (out []conflict, stopped string, err error) {
	md := s.p.build(schema.MinimizeCost, nil)
	f := newFilter(s, md)
	var quick []conflict
	if !s.clock.deadline.IsZero() {
		// Proven in closed form, in case the time runs out: computed
		// first, so that nothing is left to do then.
		quick = s.provenConflicts()
	}
	until := s.clock.until(0.7)
	var sets [][]int
	aside := make([]bool, len(f.groups))
	lpIrreducible, more, firstCut := false, false, false
	for len(sets) < maxConflicts {
		f.start(aside)
		first, found := len(sets) == 0, false
		err = s.step(until, func() error {
			v, err := f.lp()
			if err != nil {
				return err
			}
			if v == verdictInfeasible {
				if err := f.run(f.lp); err != nil {
					return err
				}
				lpIrreducible = first && !f.stopped && !f.unknown
			} else if !first {
				// The rest may still conflict, with whole replicas only.
				v, err := f.integer()
				if err != nil || v == verdictFeasible {
					return err
				}
				if v == verdictUnknown {
					more = true
					return nil
				}
			}
			found = true
			if f.stopped {
				return nil
			}
			return f.run(f.integer)
		})
		if err != nil {
			return nil, "", err
		}
		if !found {
			break
		}
		if !first && (f.stopped || f.unknown) {
			// Another conflict, not isolated in time.
			more = true
			break
		}
		set := f.activeGroups()
		sets = append(sets, set)
		if f.stopped || f.unknown {
			firstCut = true
			break
		}
		for _, i := range set {
			aside[i] = true
		}
	}
	cut := "the time limit of " + s.clock.limit.String() + " ended the search for conflicts"
	first := firstCut
	if !f.stopped {
		cut = "some groups of constraints could not be decided within the search's limits"
	}
	switch {
	case first && lpIrreducible:
		stopped = cut + ": the constraints listed cannot hold together, and each is needed for that when replicas may be fractional, " +
			"but fewer of them may conflict with whole replicas"
	case first && f.stopped && len(quick) > 0:
		// Proven conflicts in closed form, when there are any, say more
		// than a large set that could not be reduced.
		return quick, fmt.Sprintf("%s after %d of %d groups of constraints; these conflicts are proven, others may remain",
			cut, f.tried, len(f.groups)), nil
	case first:
		stopped = fmt.Sprintf("%s after %d of %d groups of constraints: the constraints listed cannot hold together, but not all of them may be needed to",
			cut, f.tried, len(f.groups))
	case more:
		stopped = fmt.Sprintf("%s after %s: other conflicts may remain", cut, count(len(sets), "conflict"))
	}
	budgets := 0
	for _, set := range sets {
		for _, i := range set {
			if f.groups[i].budget >= 0 {
				budgets++
			}
		}
	}
	for k := range sets {
		msg, err := s.describe(f, sets, k, &budgets)
		if err != nil {
			return nil, "", err
		}
		out = append(out, msg)
	}
	if len(out) == 0 {
		out = append(out, newConflict("the constraints conflict, but no single group could be isolated"))
	}
	return out, stopped, nil
}

// testVerdict is what a test of a set of constraints found.
type testVerdict int

const (
	verdictFeasible   testVerdict = iota // they hold together
	verdictInfeasible                    // proven not to
	verdictUnknown                       // cut short
)

// filter is a deletion filter: groups are dropped from the active set as
// long as the rest is proven infeasible. It drops them in blocks, halving
// a block that cannot go and doubling the next after one that could, so
// that a conflict of k groups among n takes about k·log(n/k) tests rather
// than n.
type filter struct {
	s      *solver
	md     *model
	groups []rowGroup
	active []bool
	// points are solutions found for earlier sets: one that meets the
	// set under test proves it feasible without a solve.
	points [][]float64
	// relaxation is the LP the lp test warm-starts, with the rows of the
	// groups in lpActive in force.
	relaxation *milp.LP
	lpActive   []bool
	// tried counts the groups decided for good; stopped is set when the
	// time ran out first, unknown when some test was cut short.
	tried            int
	stopped, unknown bool
	// cutShort counts the integer tests that ended without a verdict.
	cutShort int
}

func newFilter(s *solver, md *model) *filter {
	f := &filter{s: s, md: md, groups: md.groups(s.p)}
	f.active = make([]bool, len(f.groups))
	for i := range f.active {
		f.active[i] = true
	}
	return f
}

// start makes every group active but those set aside, for a new search.
func (f *filter) start(aside []bool) {
	for i := range f.active {
		f.active[i] = !aside[i]
	}
	f.tried, f.stopped, f.unknown = 0, false, false
}

// activeGroups lists the groups in force.
func (f *filter) activeGroups() []int {
	var out []int
	for i, a := range f.active {
		if a {
			out = append(out, i)
		}
	}
	return out
}

// maxPoints bounds the solutions a filter keeps.
const maxPoints = 8

// filterNodes bounds the branch and bound of one test on the integer
// model (the built-in solver's; the external ones have only the time).
const filterNodes = 5000

// maxCutShort is the number of integer tests that may end without a
// verdict before the filter stops trying: a model on which a test of
// whole replicas needs more than filterNodes nodes (typically proving
// that replicas cannot be packed into clusters whose summed capacity
// would hold them) makes the next ones as hard, and each would take its
// share of the time for nothing. The groups left are kept, and the
// verdict says that fewer of them may conflict.
const maxCutShort = 1

// testShare is the share of the time left that one test may use, so that
// one hard test does not take all of it.
const testShare = 0.25

// run filters the active groups with test.
func (f *filter) run(test func() (testVerdict, error)) error {
	var cands []int
	for i, a := range f.active {
		if a {
			cands = append(cands, i)
		}
	}
	f.tried = len(f.groups) - len(cands)
	size := max(1, len(cands)/2)
	for len(cands) > 0 {
		if f.s.clock.expired() || f.s.ctx.Err() != nil {
			f.stopped = true
			return nil
		}
		block := cands[:min(size, len(cands))]
		for _, i := range block {
			f.active[i] = false
		}
		v, err := test()
		if err != nil {
			return err
		}
		if v == verdictInfeasible {
			// The block is not needed: drop it for good.
			f.tried += len(block)
			cands = cands[len(block):]
			size = min(2*size, max(1, len(cands)))
			continue
		}
		for _, i := range block {
			f.active[i] = true
		}
		if len(block) > 1 {
			size = len(block) / 2
			continue
		}
		// The group is needed (or, cut short, kept to be safe).
		if v == verdictUnknown {
			f.unknown = true
		}
		f.tried++
		cands = cands[1:]
	}
	return nil
}

// lp tests the active groups on the LP relaxation, warm-started from the
// last test's basis.
func (f *filter) lp() (testVerdict, error) {
	if f.relaxation == nil {
		lp, err := milp.NewLP(relaxed(f.md.m, f.groups, f.active, true))
		if err != nil {
			return 0, err
		}
		f.relaxation, f.lpActive = lp, slices.Clone(f.active)
	}
	for i, g := range f.groups {
		if f.active[i] == f.lpActive[i] {
			continue
		}
		f.lpActive[i] = f.active[i]
		for _, r := range g.rows {
			lo, up := math.Inf(-1), math.Inf(1)
			if f.active[i] {
				lo, up = f.md.m.Rows[r].Lower, f.md.m.Rows[r].Upper
			}
			f.relaxation.SetRowBounds(r, lo, up)
		}
	}
	ctx, cancel := stepContext(f.s.ctx, f.s.clock.until(testShare))
	defer cancel()
	res, err := f.relaxation.Solve(ctx)
	if cerr := f.s.clock.cancelled(); cerr != nil {
		return 0, cerr
	}
	if err != nil {
		// Numerical trouble: no proof either way.
		return verdictUnknown, nil
	}
	f.s.iterations += res.Iterations
	switch res.Status {
	case milp.Infeasible:
		return verdictInfeasible, nil
	case milp.Optimal, milp.Unbounded:
		return verdictFeasible, nil
	}
	return verdictUnknown, nil
}

// integer tests the active groups on the integer model: any solution will
// do, so the objective is dropped and the search stops at the first.
func (f *filter) integer() (testVerdict, error) {
	m := relaxed(f.md.m, f.groups, f.active, true)
	for _, x := range f.points {
		if m.Check(x, 1e-6) == nil {
			return verdictFeasible, nil
		}
	}
	if f.cutShort >= maxCutShort {
		return verdictUnknown, nil
	}
	res, err := f.s.solveWith(m, f.s.clock.until(testShare), milp.Options{NodeLimit: filterNodes})
	if err != nil {
		return 0, err
	}
	switch {
	case res.Status == milp.Infeasible:
		return verdictInfeasible, nil
	case res.X != nil:
		if len(f.points) == maxPoints {
			f.points = f.points[1:]
		}
		f.points = append(f.points, res.X)
		return verdictFeasible, nil
	}
	f.cutShort++
	return verdictUnknown, nil
}

// rowGroup is a set of rows that stand or fall together in the search for
// conflicts, each a constraint a person wrote: a budget, a workload's
// replicas, the demand of one of its geographies, its spread or its
// replicas per location, one resource of one cluster.
type rowGroup struct {
	label  string
	rows   []int
	budget int    // the budget row, or -1
	kind   string // of its rows
	// workload, team, cluster and what (the resource, the kind of
	// spread, the geography) say whose constraint it is, as in rowInfo.
	workload, team, cluster, what string
}

func (md *model) groups(p *problem) []rowGroup {
	var gs []rowGroup
	index := map[string]int{}
	byName := p.workloadsByName()
	for i, info := range md.rows {
		key, label := info.label, info.label
		switch info.kind {
		case rowBudget:
		case rowCapacity:
			key = "capacity " + info.group + " " + info.what
		case rowReplicas:
			key = "replicas " + info.workload
		case rowDemand:
			label = byName[info.workload].demandLabel(info.what)
		case rowLink:
			w := byName[info.workload]
			key, label = "link "+info.workload, fmt.Sprintf("at least %s of %s wherever it runs", count(w.spec.Availability.MinReplicasPerLocation, "replica"), w.name)
		case rowSpread:
			key = "spread " + info.what + " " + info.workload
		default:
			continue
		}
		gi, ok := index[key]
		if !ok {
			gi = len(gs)
			index[key] = gi
			gs = append(gs, rowGroup{label: label, budget: -1, kind: info.kind,
				workload: info.workload, team: info.team, cluster: info.group, what: info.what})
		}
		g := &gs[gi]
		g.rows = append(g.rows, i)
		if info.kind == rowBudget {
			g.budget = i
		}
		if info.kind == rowSpread && info.unit != "" {
			g.label = label // the count, not a member's link
		}
	}
	return gs
}

// workloadsByName indexes the workloads by name.
func (p *problem) workloadsByName() map[string]*workload {
	out := make(map[string]*workload, len(p.workloads))
	for _, w := range p.workloads {
		out[w.name] = w
	}
	return out
}

// demandLabel names the demand of geography g, with the latency
// objective only when w has one.
func (w *workload) demandLabel(g string) string {
	rps := w.spec.Demand[g].RPS
	label := fmt.Sprintf("serving %s rps of %s from %s", trim(rps), w.name, g)
	if per := w.spec.Replicas.PerReplicaRPS; per > 0 {
		label += fmt.Sprintf(" (%s rps per replica)", trim(per))
	}
	if w.slo > 0 {
		label += " within p95 " + w.spec.Latency.P95.String()
	}
	return label
}

// relaxed returns a copy of m with inactive groups' rows unbounded and,
// with feasibility, no objective.
func relaxed(m *milp.Model, groups []rowGroup, active []bool, feasibility bool) *milp.Model {
	r := *m
	r.Rows = slices.Clone(m.Rows)
	for i, g := range groups {
		if active[i] {
			continue
		}
		for _, row := range g.rows {
			r.Rows[row].Lower, r.Rows[row].Upper = math.Inf(-1), math.Inf(1)
		}
	}
	if feasibility {
		r.Vars = slices.Clone(m.Vars)
		for j := range r.Vars {
			r.Vars[j].Obj = 0
		}
	}
	return &r
}

// capacityConflicts proves in closed form, where it can, that the
// clusters cannot hold the workloads' required replicas: for the whole
// fleet, and for each set of clusters that some workloads may use and no
// other (by residency, latency, policy or GPU model), the workloads
// confined to it ask more of a resource than it has, whatever else holds.
// Only the smallest such sets are named; GPUs short of what the whole
// fleet has are the large method's to say (see large.conflicts).
func (p *problem) capacityConflicts() []conflict {
	type clusterSet struct {
		in   []bool
		size int
		key  string
	}
	sets := map[string]*clusterSet{}
	add := func(in []bool) {
		var key strings.Builder
		size := 0
		for ci, ok := range in {
			if ok {
				fmt.Fprintf(&key, "%d,", ci)
				size++
			}
		}
		if _, seen := sets[key.String()]; !seen && size > 0 {
			sets[key.String()] = &clusterSet{in: in, size: size, key: key.String()}
		}
	}
	all := make([]bool, len(p.clusters))
	for ci := range all {
		all[ci] = true
	}
	add(all)
	for _, w := range p.workloads {
		in := make([]bool, len(p.clusters))
		for _, c := range w.cands {
			in[c.cluster] = true
		}
		add(in)
	}
	ordered := slices.SortedFunc(maps.Values(sets), func(a, b *clusterSet) int {
		return cmp.Or(cmp.Compare(a.size, b.size), cmp.Compare(a.key, b.key))
	})
	var fleet capacity
	for _, c := range p.clusters {
		fleet.plus(&c.capacity)
	}
	var out []conflict
	var violated [][]bool
	for _, cs := range ordered {
		if slices.ContainsFunc(violated, func(v []bool) bool { return subset(v, cs.in) }) {
			continue // a smaller set already says it
		}
		var need, have capacity
		var confined []*workload
		for _, w := range p.workloads {
			if w.required == 0 || len(w.cands) == 0 || slices.ContainsFunc(w.cands, func(c candidate) bool { return !cs.in[c.cluster] }) {
				continue // it may run elsewhere too
			}
			need.add(w.demand, float64(w.required), false)
			confined = append(confined, w)
		}
		workloads := len(confined)
		for ci, ok := range cs.in {
			if ok {
				have.plus(&p.clusters[ci].capacity)
			}
		}
		where, who := "the whole fleet has", "the workloads need"
		if cs.size < len(p.clusters) {
			where = "those clusters have"
			who = fmt.Sprintf("the %s that may run only in %s need", count(workloads, "workload"), p.clusterList(cs.in))
		}
		before := len(out)
		for _, sf := range have.shortfalls(&need) {
			if model, ok := strings.CutSuffix(sf.what, " GPUs"); ok && sf.have >= fleet.gpus[model] {
				continue
			}
			var fields []string
			for _, w := range confined {
				if perReplica(w.demand, sf.what) > 0 {
					fields = append(fields, workloadField(w.name, "replicas", "min"))
				}
			}
			for ci, ok := range cs.in {
				if ok {
					fields = append(fields, capacityField(p.clusters[ci].name, sf.what))
				}
			}
			out = append(out, newConflict(fmt.Sprintf("%s: %s %s %s for their required replicas; %s %s", resourceName(sf.what), who, amount(sf.need), sf.what, where, amount(sf.have)), fields...))
		}
		if len(out) > before {
			violated = append(violated, cs.in)
		}
	}
	return out
}

// subset reports whether every cluster in a is in b.
func subset(a, b []bool) bool {
	for i, ok := range a {
		if ok && !b[i] {
			return false
		}
	}
	return true
}

// clusterList names the clusters in a set, the first few of a long one.
func (p *problem) clusterList(in []bool) string {
	var names []string
	for ci, ok := range in {
		if ok {
			names = append(names, p.clusters[ci].name)
		}
	}
	if len(names) > 4 {
		return fmt.Sprintf("%s and %d other clusters", strings.Join(names[:3], ", "), len(names)-3)
	}
	switch len(names) {
	case 0:
		return "none"
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// provenConflicts are the conflicts proven in closed form: budgets below
// what their workloads cost at the least, GPUs and capacity short of
// what the workloads need.
func (s *solver) provenConflicts() []conflict {
	out := s.newLarge(schema.MinimizeCost, nil).conflicts()
	return append(out, s.p.capacityConflicts()...)
}
