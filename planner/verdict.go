package planner

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"isobar.dev/isobar/planner/internal/milp"
)

// This file says in words why the groups of one conflict cannot hold
// together, with figures that are proven: a budget against the least its
// team (workload, fleet) can spend, found by a solve of its own; a
// resource that the conflict's workloads need more of than the clusters
// they may use have, counted from the intent; a spread that the clusters
// a workload may use cannot give, and what rules the others out.

// maxListed bounds the names and constraints one message lists.
const maxListed = 6

// describe says why conflict k of sets cannot hold. budgets counts the
// budgets whose least spend is still to be found, which share the time
// left.
func (s *solver) describe(f *filter, sets [][]int, k int, budgets *int) (conflict, error) {
	text, err := s.describeText(f, sets, k, budgets)
	if err != nil {
		return conflict{}, err
	}
	return newConflict(text, f.fields(sets[k])...), nil
}

// fields are the intent fields of a conflict's groups: budgets first,
// then spreads, then the rest in order, as describe speaks of them.
func (f *filter) fields(set []int) []string {
	rank := func(i int) int {
		switch f.groups[i].kind {
		case rowBudget:
			return 0
		case rowSpread:
			return 1
		}
		return 2
	}
	ordered := slices.Clone(set)
	slices.SortStableFunc(ordered, func(a, b int) int { return cmp.Compare(rank(a), rank(b)) })
	out := make([]string, 0, len(ordered))
	byName := f.s.p.workloadsByName()
	for _, i := range ordered {
		g := &f.groups[i]
		out = append(out, f.s.p.groupField(g))
		if w := byName[g.workload]; g.kind == rowSpread && w != nil && len(w.spec.DataClasses) > 0 {
			// Residency is what narrows a spread's choice.
			out = append(out, workloadField(w.name, "dataClasses"))
		}
	}
	return out
}

// describeText says conflict k of sets in words.
func (s *solver) describeText(f *filter, sets [][]int, k int, budgets *int) (string, error) {
	set := sets[k]
	var budgetGroups, rest []int
	for _, i := range set {
		if f.groups[i].budget >= 0 {
			budgetGroups = append(budgetGroups, i)
		} else {
			rest = append(rest, i)
		}
	}
	if len(budgetGroups) > 0 {
		var parts []string
		for _, b := range budgetGroups {
			part, err := s.budgetVerdict(f, sets, k, b, s.clock.until(1/float64(max(*budgets, 1))))
			*budgets--
			if err != nil {
				return "", err
			}
			parts = append(parts, part)
		}
		msg := strings.Join(parts, "; ")
		if len(rest) > 0 {
			msg += "; it conflicts with " + f.labels(rest)
		}
		return msg, nil
	}
	if msg := s.p.spreadVerdict(f, set); msg != "" {
		return msg, nil
	}
	if msg := s.p.capacityVerdict(f, set); msg != "" {
		return msg, nil
	}
	return "these cannot hold together: " + f.labels(set), nil
}

// labels lists the groups' labels, the first few of many.
func (f *filter) labels(set []int) string {
	var out []string
	for _, i := range set {
		out = append(out, f.groups[i].label)
	}
	if len(out) > maxListed {
		return strings.Join(out[:maxListed-1], "; ") + fmt.Sprintf("; and %d more constraints", len(out)-maxListed+1)
	}
	return strings.Join(out, "; ")
}

// budgetVerdict compares budget group b of conflict k with the least its
// subject can spend: the minimum of the budget row's spending subject to
// every other constraint but the budgets outside the conflict and the
// groups of the other conflicts (set aside: they cannot hold anyway), or,
// when those still conflict, subject to the rest of conflict k alone.
// The figure is the optimum, or the solve's proven bound ("at least")
// when until cut it short.
func (s *solver) budgetVerdict(f *filter, sets [][]int, k, b int, until time.Time) (string, error) {
	g := f.groups[b]
	row := f.md.m.Rows[g.budget]
	who := "the fleet"
	switch {
	case g.team != "":
		who = "team " + g.team
	case g.workload != "":
		who = "workload " + g.workload
	}
	active := make([]bool, len(f.groups))
	for i, gi := range f.groups {
		active[i] = gi.budget < 0 || slices.Contains(sets[k], i)
	}
	for j, set := range sets {
		if j != k {
			for _, i := range set {
				active[i] = false
			}
		}
	}
	active[b] = false
	res, err := s.leastSpend(f, active, row.Terms, until)
	if err != nil {
		return "", err
	}
	given := ""
	if res.Status == milp.Infeasible {
		for i := range active {
			active[i] = i != b && slices.Contains(sets[k], i)
		}
		if res, err = s.leastSpend(f, active, row.Terms, until); err != nil {
			return "", err
		}
		given = " meeting the constraints it conflicts with"
	}
	switch {
	case res.Status == milp.Optimal:
		return fmt.Sprintf("%s is below the least %s can spend%s: %s USD/month", g.label, who, given, money(res.Objective)), nil
	case !math.IsInf(res.Bound, 0) && !math.IsNaN(res.Bound) && res.Bound > row.Upper:
		// Cents down, so that the figure stays a bound.
		return fmt.Sprintf("%s is below the least %s can spend%s: at least %s USD/month", g.label, who, given, money(math.Floor(res.Bound*100)/100)), nil
	}
	return fmt.Sprintf("%s is below the least %s can spend%s (the search for that figure was cut short)", g.label, who, given), nil
}

// leastSpendNodes bounds the search for a least spend: the verdict needs
// a proven figure, which the bound of a search cut short is ("at least"),
// not necessarily the optimum, and a hard one would otherwise take all
// the time the verdict has (the same figure on any machine, unlike a time
// share).
const leastSpendNodes = 20000

// leastSpend minimises the spending terms subject to the active groups.
func (s *solver) leastSpend(f *filter, active []bool, terms []milp.Term, until time.Time) (*milp.Result, error) {
	m := relaxed(f.md.m, f.groups, active, true)
	for _, t := range terms {
		m.Vars[t.Var].Obj += t.Coef
	}
	return s.solveWith(m, until, milp.Options{NodeLimit: leastSpendNodes})
}

// conflictNeeds is the fewest replicas each workload of a conflict must
// run, proven by the conflict's groups alone: its minimum, the traffic of
// its geographies in the conflict at perReplicaRPS each, and its spread
// times its replicas per location when both are in the conflict.
func (p *problem) conflictNeeds(f *filter, set []int) map[*workload]int {
	byName := p.workloadsByName()
	rps := map[*workload]float64{}
	spread := map[*workload]int{}
	linked := map[*workload]bool{}
	need := map[*workload]int{}
	for _, i := range set {
		g := f.groups[i]
		w := byName[g.workload]
		if w == nil {
			continue
		}
		switch g.kind {
		case rowReplicas:
			need[w] = max(need[w], w.spec.Replicas.Min)
		case rowDemand:
			rps[w] += w.spec.Demand[g.what].RPS
		case rowSpread:
			n := w.spec.Availability.Spread.Regions
			if g.what == "provider" {
				n = w.spec.Availability.Spread.Providers
			}
			spread[w] = max(spread[w], n)
		case rowLink:
			linked[w] = true
		}
	}
	for w, r := range rps {
		n := 0
		switch per := w.spec.Replicas.PerReplicaRPS; {
		case per > 0:
			n = int(math.Ceil(r/per - 1e-9))
		case r > 0:
			n = 1 // a replica serves all of the workload's traffic
		}
		need[w] = max(need[w], n)
	}
	for w, n := range spread {
		if linked[w] {
			need[w] = max(need[w], n*w.spec.Availability.MinReplicasPerLocation)
		}
	}
	for w, n := range need {
		if n == 0 {
			delete(need, w)
		}
	}
	return need
}

// capacityVerdict proves, where it can, that a conflict's workloads need
// more of a resource than the clusters they may use have: for all of
// them, for those confined to the clusters whose capacity is in the
// conflict, or for those confined to one workload's clusters. Failing
// that, one workload that whole replicas of cannot reach its count in its
// clusters, each holding what fits of it alone.
func (p *problem) capacityVerdict(f *filter, set []int) string {
	need := p.conflictNeeds(f, set)
	if len(need) == 0 {
		return ""
	}
	ws := slices.SortedFunc(maps.Keys(need), func(a, b *workload) int { return cmp.Compare(a.name, b.name) })
	candsOf := func(w *workload) []bool {
		in := make([]bool, len(p.clusters))
		for _, c := range w.cands {
			in[c.cluster] = true
		}
		return in
	}
	union := make([]bool, len(p.clusters))
	for _, w := range ws {
		for _, c := range w.cands {
			union[c.cluster] = true
		}
	}
	geos := map[*workload][]string{}
	for _, i := range set {
		if g := f.groups[i]; g.kind == rowDemand {
			w := p.workloadsByName()[g.workload]
			geos[w] = append(geos[w], g.what)
		}
	}
	inConflict := make([]bool, len(p.clusters))
	for _, i := range set {
		if g := f.groups[i]; g.kind == rowCapacity {
			inConflict[slices.IndexFunc(p.clusters, func(c *cluster) bool { return c.name == g.cluster })] = true
		}
	}
	tries := [][]bool{union, inConflict}
	for _, w := range ws {
		tries = append(tries, candsOf(w))
	}
	for _, in := range tries {
		// What each workload must run in the clusters of in: its need
		// less the most its other clusters hold, each on its own.
		var confined []*workload
		inside, elsewhere := map[*workload]int{}, map[*workload]int{}
		var needs, have capacity
		for _, w := range ws {
			out := 0
			for _, c := range w.cands {
				if !in[c.cluster] {
					out += c.maxReplicas
				}
			}
			n := need[w] - out
			// A geography's traffic needs its replicas where it may be
			// served: fewer of them fit elsewhere.
			for _, g := range geos[w] {
				gi := slices.Index(w.geos, g)
				gout := 0
				for _, c := range w.cands {
					if !in[c.cluster] && c.serving[gi].ok {
						gout += c.maxReplicas
					}
				}
				if per := w.spec.Replicas.PerReplicaRPS; per > 0 && gi >= 0 && int(math.Ceil(w.rps[gi]/per-1e-9))-gout > n {
					n, out = int(math.Ceil(w.rps[gi]/per-1e-9))-gout, gout
				}
			}
			if n > 0 {
				if geos[w] != nil && !slices.Contains(ws, w) {
					continue
				}
				confined = append(confined, w)
				inside[w], elsewhere[w] = n, out
				needs.add(w.demand, float64(n), false)
			}
		}
		if len(confined) == 0 {
			continue
		}
		used := make([]bool, len(p.clusters))
		for _, w := range confined {
			for _, c := range w.cands {
				used[c.cluster] = in[c.cluster]
			}
		}
		for ci, ok := range used {
			if ok {
				have.plus(&p.clusters[ci].capacity)
			}
		}
		var parts []string
		for _, sf := range have.shortfalls(&needs) {
			parts = append(parts, p.shortfallSentence(sf, confined, inside, elsewhere, used, -1))
		}
		if len(parts) > 0 {
			return strings.Join(parts, "; ")
		}
		// Whole replicas may leave some of each cluster unusable.
		whole := p.wholeCapacity(used, confined)
		for _, sf := range whole.shortfalls(&needs) {
			all := shortfall{what: sf.what, need: sf.need, have: amountOf(&have, sf.what)}
			parts = append(parts, p.shortfallSentence(all, confined, inside, elsewhere, used, sf.have))
		}
		if len(parts) > 0 {
			return strings.Join(parts, "; ")
		}
	}
	if len(ws) == 1 {
		w := ws[0]
		fits := 0
		for _, c := range w.cands {
			fits += c.maxReplicas
		}
		if fits < need[w] {
			return fmt.Sprintf("capacity: %s needs %s of %s; whole replicas of it fit %d times in the %s it may use (%s)",
				w.name, count(need[w], "replica"), replicaSize(w), fits, count(len(w.cands), "cluster"), p.clusterList(candsOf(w)))
		}
	}
	return ""
}

// replicaSize says what one replica of w asks.
func replicaSize(w *workload) string {
	s := fmt.Sprintf("%s CPU and %s memory", w.spec.Resources.CPU, w.spec.Resources.Memory)
	if g := w.spec.Resources.GPU; g != nil {
		s += fmt.Sprintf(" and %d %s GPUs", g.Count, g.Model)
	}
	return s
}

// wholeCapacity is, for each resource, the most of the clusters in used
// that whole replicas of the workloads fill: in each cluster, the largest
// sum of the replicas' sizes that may run there, with repeats, not above
// what it has.
func (p *problem) wholeCapacity(used []bool, ws []*workload) capacity {
	var out capacity
	for ci, ok := range used {
		if !ok {
			continue
		}
		var cpu, mem []float64
		gpus := map[string][]float64{}
		for _, w := range ws {
			if !slices.ContainsFunc(w.cands, func(c candidate) bool { return c.cluster == ci }) {
				continue
			}
			cpu, mem = append(cpu, w.demand.cpu), append(mem, w.demand.mem)
			if w.demand.gpuModel != "" {
				gpus[w.demand.gpuModel] = append(gpus[w.demand.gpuModel], w.demand.gpus)
			}
		}
		have := &p.clusters[ci].capacity
		c := capacity{cpu: fill(have.cpu, cpu, 1e-3), mem: fill(have.mem, mem, 1.0/1024), pods: have.pods,
			spotCPU: have.spotCPU, spotMem: have.spotMem, gpus: map[string]float64{}}
		for m, sizes := range gpus {
			c.gpus[m] = fill(have.gpus[m], sizes, 1)
		}
		out.plus(&c)
	}
	return out
}

// maxSteps bounds the table fill works on.
const maxSteps = 1 << 20

// fill is the largest sum of sizes, each used any number of times, that
// is at most limit: what whole replicas of those sizes can fill of it.
// Amounts are counted in steps of unit (a millicore, a MiB, a GPU); when
// limit holds more than maxSteps of the sizes' common divisor, or a size
// is not a whole number of units, limit is returned as it is.
func fill(limit float64, sizes []float64, unit float64) float64 {
	if len(sizes) == 0 || math.IsInf(limit, 1) {
		return limit
	}
	g := 0
	steps := make([]int, 0, len(sizes))
	for _, s := range sizes {
		n := int(math.Round(s / unit))
		if n <= 0 || math.Abs(float64(n)*unit-s) > 1e-9*math.Max(1, s) {
			return limit
		}
		steps = append(steps, n)
		g = gcd(g, n)
	}
	top := int(math.Floor(limit/unit+1e-9)) / g
	if top > maxSteps {
		return limit
	}
	for i := range steps {
		steps[i] /= g
	}
	reach := make([]bool, top+1)
	reach[0] = true
	best := 0
	for v := 1; v <= top; v++ {
		for _, s := range steps {
			if s <= v && reach[v-s] {
				reach[v], best = true, v
				break
			}
		}
	}
	return float64(best*g) * unit
}

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

// amountOf is c's amount of the resource a shortfall names.
func amountOf(c *capacity, what string) float64 {
	switch what {
	case "cores of CPU":
		return c.cpu
	case "GiB of memory":
		return c.mem
	case "pods":
		return c.pods
	}
	return c.gpus[strings.TrimSuffix(what, " GPUs")]
}

// amount writes a quantity of a resource exactly, to a thousandth.
func amount(v float64) string {
	return strconv.FormatFloat(math.Round(v*1000)/1000, 'f', -1, 64)
}

// shortfallSentence says that workloads need more of a resource than the
// clusters in used have: "GPUs: workloads a and b need 12 nvidia-l4 GPUs
// for their required replicas (a: 4 × 2, b: 4 × 1); the 3 clusters they
// may use (x, y and z) have 8".
// With whole ≥ 0, the clusters have enough in all but whole replicas
// fill only whole of it.
// elsewhere counts the replicas of each that clusters outside used hold at
// most, which need leaves out.
func (p *problem) shortfallSentence(sf shortfall, ws []*workload, need, elsewhere map[*workload]int, used []bool, whole float64) string {
	resource := resourceName(sf.what)
	var names, each []string
	for _, w := range ws {
		names = append(names, w.name)
		if len(ws) <= maxListed {
			e := fmt.Sprintf("%s: %d × %s", w.name, need[w], amount(perReplica(w.demand, sf.what)))
			if elsewhere[w] > 0 {
				e += fmt.Sprintf(" beyond %d in its other clusters", elsewhere[w])
			}
			each = append(each, e)
		}
	}
	who, verb, them := workloadList(names), "need", "they"
	if len(ws) == 1 {
		who, verb, them = "workload "+ws[0].name, "needs", "it"
	}
	clusters := 0
	for _, ok := range used {
		if ok {
			clusters++
		}
	}
	detail := ""
	if len(each) > 0 {
		detail = " (" + strings.Join(each, ", ") + ")"
	}
	where := them + " may use"
	for _, w := range ws {
		if slices.ContainsFunc(w.cands, func(c candidate) bool { return !used[c.cluster] }) {
			// Its other clusters hold too little, or do not serve the
			// geography whose traffic needs these replicas.
			where = "left to " + map[bool]string{true: "it", false: "them"}[len(ws) == 1]
		}
	}
	msg := fmt.Sprintf("%s: %s %s %s %s for %s required replicas%s; the %s %s (%s) %s %s",
		resource, who, verb, amount(sf.need), sf.what, map[bool]string{true: "its", false: "their"}[len(ws) == 1], detail,
		count(clusters, "cluster"), where, p.clusterList(used), map[bool]string{true: "has", false: "have"}[clusters == 1], amount(sf.have))
	if whole >= 0 {
		msg += fmt.Sprintf(", of which whole replicas fill at most %s", amount(whole))
	}
	return msg
}

// perReplica is what one replica asking d takes of the resource named
// what (as in shortfall).
func perReplica(d demand, what string) float64 {
	switch what {
	case "cores of CPU":
		return d.cpu
	case "GiB of memory":
		return d.mem
	case "pods":
		return 1
	}
	if d.gpuModel+" GPUs" == what {
		return d.gpus
	}
	return 0
}

// workloadList names several workloads, the first few of many.
func workloadList(names []string) string {
	if len(names) == 1 {
		return "workload " + names[0]
	}
	return "workloads " + nameList(names)
}

// resourceName is the resource a shortfall is of, for a person.
func resourceName(what string) string {
	switch {
	case strings.HasSuffix(what, " GPUs"):
		return "GPUs"
	case what == "cores of CPU":
		return "CPU"
	case what == "GiB of memory":
		return "memory"
	}
	return what
}

// nameList joins names, the first few of many.
func nameList(names []string) string {
	if len(names) > maxListed {
		return fmt.Sprintf("%s and %d others", strings.Join(names[:maxListed-1], ", "), len(names)-maxListed+1)
	}
	if len(names) > 1 {
		return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
	}
	return strings.Join(names, "")
}

// spreadVerdict says, for a spread in the conflict that the clusters its
// workload may use cannot give, what rules the others out: its data
// classes when residency alone leaves too few regions (providers), the
// reasons of the exclusions otherwise.
func (p *problem) spreadVerdict(f *filter, set []int) string {
	byName := p.workloadsByName()
	var parts []string
	for _, i := range set {
		g := f.groups[i]
		if g.kind != rowSpread {
			continue
		}
		w := byName[g.workload]
		n := w.spec.Availability.Spread.Regions
		key := func(c *cluster) string { return regionKey(c.spec.Provider, c.spec.Region) }
		if g.what == "provider" {
			n = w.spec.Availability.Spread.Providers
			key = func(c *cluster) string { return c.spec.Provider }
		}
		places := map[string][]string{}
		for _, c := range w.cands {
			cl := p.clusters[c.cluster]
			places[key(cl)] = append(places[key(cl)], cl.name)
		}
		if len(places) >= n {
			continue // the spread is possible: capacity or budgets stop it
		}
		allowed := map[string][]string{}
		for _, c := range w.cands {
			cl := p.clusters[c.cluster]
			allowed[key(cl)] = append(allowed[key(cl)], cl.name)
		}
		reasons := map[string]int{}
		for _, x := range w.excl {
			reasons[x.reason]++
			if x.reason != ReasonResidency {
				cl := p.clusters[x.cluster]
				allowed[key(cl)] = append(allowed[key(cl)], cl.name)
			}
		}
		if len(w.spec.DataClasses) > 0 && len(allowed) < n {
			classes := "data class " + strings.Join(w.spec.DataClasses, ", ") + " allows"
			if len(w.spec.DataClasses) > 1 {
				classes = "data classes " + strings.Join(w.spec.DataClasses, ", ") + " allow"
			}
			parts = append(parts, fmt.Sprintf("%s must spread over %d %ss but its %s only %d: %s",
				w.name, n, g.what, classes, len(allowed), placeList(allowed)))
			continue
		}
		var why []string
		for _, r := range slices.Sorted(maps.Keys(reasons)) {
			why = append(why, fmt.Sprintf("%d by %s", reasons[r], r))
		}
		msg := fmt.Sprintf("%s must spread over %d %ss but the clusters it may use are in only %d: %s", w.name, n, g.what, len(places), placeList(places))
		if len(why) > 0 {
			msg += " (the other clusters are excluded: " + strings.Join(why, ", ") + ")"
		}
		parts = append(parts, msg)
	}
	return strings.Join(parts, "; ")
}

// placeList lists regions (providers) with their clusters.
func placeList(places map[string][]string) string {
	if len(places) == 0 {
		return "none"
	}
	var out []string
	for _, k := range slices.Sorted(maps.Keys(places)) {
		out = append(out, fmt.Sprintf("%s (%s)", k, nameList(places[k])))
	}
	return nameList(out)
}
