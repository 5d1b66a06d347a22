package planner

import (
	"cmp"
	"math"
	"slices"
	"time"
)

// fleetUse is what the placed replicas use of each cluster.
type fleetUse struct {
	clusters []*cluster
	used     []capacity
}

func (p *problem) newFleetUse() *fleetUse {
	return &fleetUse{clusters: p.clusters, used: make([]capacity, len(p.clusters))}
}

// room is how many more replicas of w fit in candidate k's slot.
func (f *fleetUse) room(w *workload, k int, spot bool) int {
	ci := w.cands[k].cluster
	return f.clusters[ci].capacity.room(&f.used[ci], w.demand, spot)
}

// add takes (or, with n < 0, gives back) n replicas of w in a slot.
func (f *fleetUse) add(w *workload, k int, spot bool, n int) {
	f.used[w.cands[k].cluster].add(w.demand, float64(n), spot)
}

// fits reports whether what is used fits in every cluster's capacity.
func (f *fleetUse) fits() bool {
	for ci, c := range f.clusters {
		if !c.capacity.holds(&f.used[ci]) {
			return false
		}
	}
	return true
}

// addChoices takes (sign 1) or gives back (sign −1) a workload's choices.
func (f *fleetUse) addChoices(w *workload, chs []choice, sign int) {
	for k, ch := range chs {
		if ch.x > 0 {
			f.add(w, k, false, sign*ch.x)
		}
		if ch.s > 0 {
			f.add(w, k, true, sign*ch.s)
		}
	}
}

// placer places one workload greedily at given slot prices.
type placer struct {
	lg  *large
	use *fleetUse
	wi  int
	w   *workload
	a   []float64 // price of each slot, as large.unit
	chs []choice
	mpl int
}

func (pl *placer) count(k int) int { return pl.chs[k].x + pl.chs[k].s }

// slotRoom is how many replicas candidate k's slot i (2k or 2k+1) can
// still take.
func (pl *placer) slotRoom(i int) int {
	k := i / 2
	if math.IsInf(pl.a[i], 1) {
		return 0
	}
	ub := pl.w.cands[k].maxReplicas
	if m := pl.w.spec.Replicas.Max; m > 0 {
		ub = min(ub, m)
	}
	return min(ub-pl.count(k), pl.use.room(pl.w, k, i%2 == 1))
}

// cheapest returns the slot with the lowest price per replica among the
// eligible candidates that can take need more replicas (a location not yet
// used takes at least minReplicasPerLocation), extra adding a per-replica
// term by candidate; -1 if none.
func (pl *placer) cheapest(need int, eligible func(k int) bool, extra func(k int) float64) int {
	best, at := math.Inf(1), -1
	for i, v := range pl.a {
		if math.IsInf(v, 1) {
			continue
		}
		k := i / 2
		if eligible != nil && !eligible(k) {
			continue
		}
		n := need
		if pl.count(k) == 0 {
			n = max(need, pl.mpl)
		}
		price := v
		if extra != nil {
			price += extra(k)
		}
		price *= float64(n) / float64(need)
		// Ties (a latency objective prices every replica alike) go to the
		// cheaper slot.
		if (price < best || price == best && at >= 0 && pl.lg.costs[pl.wi][i] < pl.lg.costs[pl.wi][at]) && pl.slotRoom(i) >= min(n, pl.mplIfNew(k)) {
			best, at = price, i
		}
	}
	return at
}

func (pl *placer) mplIfNew(k int) int {
	if pl.count(k) == 0 {
		return pl.mpl
	}
	return 1
}

// put adds up to n replicas in slot i (at least minReplicasPerLocation in
// a new location) and returns how many it added.
func (pl *placer) put(i, n int) int {
	k := i / 2
	if pl.count(k) == 0 {
		n = max(n, pl.mpl)
	}
	n = min(n, pl.slotRoom(i))
	if n <= 0 {
		return 0
	}
	if i%2 == 1 {
		pl.chs[k].s += n
	} else {
		pl.chs[k].x += n
	}
	pl.use.add(pl.w, k, i%2 == 1, n)
	return n
}

// place puts workload wi's replicas at slot prices a into chs, taking
// capacity from use. It reports false, with nothing taken, when they do
// not fit.
func (lg *large) place(wi int, a []float64, use *fleetUse, chs []choice) bool {
	w := lg.p.workloads[wi]
	for k := range chs {
		chs[k] = choice{}
	}
	pl := &placer{lg: lg, use: use, wi: wi, w: w, a: a, chs: chs, mpl: max(1, w.spec.Availability.MinReplicasPerLocation)}
	ok := pl.spread() && pl.route() && pl.rest()
	total := 0
	for k := range chs {
		total += pl.count(k)
	}
	if ok && w.spec.Replicas.Max > 0 && total > w.spec.Replicas.Max {
		ok = false
	}
	if ok {
		if b, has := lg.p.in.Budgets.Workloads[w.name]; has && lg.p.solutionCost(wi, chs) > b+1e-6 {
			ok = false
		}
	}
	if !ok {
		use.addChoices(w, chs, -1)
		for k := range chs {
			chs[k] = choice{}
		}
	}
	return ok
}

// spread opens locations in enough regions and providers.
func (pl *placer) spread() bool {
	sp := pl.w.spec.Availability.Spread
	if sp.Regions <= 1 && sp.Providers <= 1 {
		return true
	}
	regions, providers := map[int32]bool{}, map[int32]bool{}
	for len(regions) < sp.Regions || len(providers) < sp.Providers {
		i := pl.cheapest(pl.mpl, func(k int) bool {
			if pl.count(k) > 0 {
				return false
			}
			return (len(regions) < sp.Regions && !regions[pl.lg.regionOf[pl.wi][k]]) ||
				(len(providers) < sp.Providers && !providers[pl.lg.providerOf[pl.wi][k]])
		}, nil)
		if i < 0 || pl.put(i, pl.mpl) == 0 {
			return false
		}
		regions[pl.lg.regionOf[pl.wi][i/2]] = true
		providers[pl.lg.providerOf[pl.wi][i/2]] = true
	}
	return true
}

// route serves each geography's traffic, the largest first: first from
// spare capacity of replicas already placed where the latency objective
// allows, then from new replicas where a replica and its traffic cost
// least.
func (pl *placer) route() bool {
	w := pl.w
	if len(w.geos) == 0 {
		return true
	}
	per := w.spec.Replicas.PerReplicaRPS
	if per <= 0 {
		for _, r := range w.rps {
			per += r
		}
	}
	t := pl.lg.traffic[pl.wi]
	load := make([]float64, len(w.cands))
	geos := make([]int, len(w.geos))
	for gi := range geos {
		geos[gi] = gi
	}
	slices.SortStableFunc(geos, func(x, y int) int { return cmp.Compare(w.rps[y], w.rps[x]) })
	serve := func(gi, k int, d float64) float64 {
		n := math.Min(d, float64(pl.count(k))*per-load[k])
		if n <= 0 {
			return 0
		}
		if pl.chs[k].r == nil {
			pl.chs[k].r = make([]float64, len(w.geos))
		}
		pl.chs[k].r[gi] += n
		load[k] += n
		return n
	}
	for _, gi := range geos {
		d := w.rps[gi]
		var open []int
		for k := range w.cands {
			if pl.count(k) > 0 && w.cands[k].serving[gi].ok {
				open = append(open, k)
			}
		}
		slices.SortStableFunc(open, func(x, y int) int { return cmp.Compare(t[gi][x], t[gi][y]) })
		for _, k := range open {
			d -= serve(gi, k, d)
		}
		for d > 1e-9 {
			need := max(1, int(math.Ceil(d/per-1e-9)))
			i := pl.cheapest(need, func(k int) bool { return w.cands[k].serving[gi].ok },
				func(k int) float64 { return per * t[gi][k] })
			if i < 0 || pl.put(i, need) == 0 {
				return false
			}
			d -= serve(gi, i/2, d)
		}
	}
	return true
}

// rest adds the replicas still required where they cost least.
func (pl *placer) rest() bool {
	total := 0
	for k := range pl.chs {
		total += pl.count(k)
	}
	for total < pl.w.required {
		need := pl.w.required - total
		i := pl.cheapest(need, nil, nil)
		if i < 0 {
			return false
		}
		n := pl.put(i, need)
		if n == 0 {
			return false
		}
		total += n
	}
	return true
}

// workloadObjective is the objective of one workload's choices.
func (lg *large) workloadObjective(wi int, chs []choice) float64 {
	u := lg.unit[wi]
	v := 0.0
	for k, ch := range chs {
		if ch.x > 0 {
			v += float64(ch.x) * u[2*k]
		}
		if ch.s > 0 {
			v += float64(ch.s) * u[2*k+1]
		}
		for gi, r := range ch.r {
			v += r * lg.traffic[wi][gi][k]
		}
	}
	return v
}

// construct places every workload in order (see order) at the unit
// objective plus capacity prices lambda (nil: none). It returns false when
// some workload did not fit.
func (lg *large) construct(lambda []float64, priority map[string]int) (solution, *fleetUse, bool) {
	p := lg.p
	use := p.newFleetUse()
	sol := p.emptySolution()
	var a []float64
	for _, wi := range lg.order(priority) {
		w := p.workloads[wi]
		a = slices.Grow(a[:0], 2*len(w.cands))[:2*len(w.cands)]
		// A team that went over budget takes the cheapest capacity it
		// finds, whatever others would give for it.
		if lambda != nil && priority[w.spec.Team] == 0 {
			lg.priced(wi, lambda, a)
		} else {
			copy(a, lg.unit[wi])
		}
		if !lg.place(wi, a, use, sol[wi]) {
			return nil, nil, false
		}
	}
	return sol, use, true
}

// order is the order construct places workloads in: teams by priority,
// highest first (teams that went over budget in an earlier attempt rise,
// so that they get the cheap capacity they cannot do without), and within
// that the largest workloads first.
func (lg *large) order(priority map[string]int) []int {
	p := lg.p
	bySize := p.bySize()
	if len(priority) == 0 {
		return bySize
	}
	slices.SortStableFunc(bySize, func(x, y int) int {
		return cmp.Compare(priority[p.workloads[y].spec.Team], priority[p.workloads[x].spec.Team])
	})
	return bySize
}

// allows reports whether changing a workload of team from spending before
// to after keeps the team's budget and the global one (a change that
// spends less always does).
func (lg *large) allows(sp *spend, team string, before, after float64) bool {
	if after <= before {
		return true
	}
	if b, ok := lg.p.in.Budgets.Teams[team]; ok && sp.team[team]-before+after > b+1e-6 {
		return false
	}
	limit, _ := lg.p.spendingLimit()
	return limit == 0 || sp.total-before+after <= limit+1e-6
}

// improve re-places each workload at its best true objective given all the
// others, keeping a move only when it lowers the objective, in passes
// until a pass changes nothing or the deadline. It returns the objective.
func (lg *large) improve(sol solution, use *fleetUse, deadline time.Time, passes int) float64 {
	p := lg.p
	trial := make([]choice, 0)
	sp := lg.p.spending(sol)
	for range passes {
		moved := false
		for wi, w := range p.workloads {
			if lg.expired(deadline) {
				return lg.objective(sol)
			}
			before := lg.workloadObjective(wi, sol[wi])
			use.addChoices(w, sol[wi], -1)
			trial = slices.Grow(trial[:0], len(w.cands))[:len(w.cands)]
			if lg.place(wi, lg.unit[wi], use, trial) {
				after, tol := lg.workloadObjective(wi, trial), 1e-9*math.Max(1, before)
				was, now := p.solutionCost(wi, sol[wi]), p.solutionCost(wi, trial)
				// Better, or as good and cheaper (cost comes second).
				better := after < before-tol || after <= before+tol && now < was-1e-9*math.Max(1, was)
				if better && lg.allows(sp, w.spec.Team, was, now) {
					sp.team[w.spec.Team] += now - was
					sp.total += now - was
					sol[wi] = slices.Clone(trial)
					moved = true
					continue
				}
			}
			use.addChoices(w, trial, -1)
			clear(trial)
			use.addChoices(w, sol[wi], 1)
		}
		if !moved {
			break
		}
	}
	return lg.objective(sol)
}

func (lg *large) objective(sol solution) float64 {
	v := 0.0
	for wi := range sol {
		v += lg.workloadObjective(wi, sol[wi])
	}
	return v
}

// bySize orders workloads largest first: they are the hardest to fit in
// what is left.
func (p *problem) bySize() []int {
	order := make([]int, len(p.workloads))
	for i := range order {
		order[i] = i
	}
	size := func(w *workload) float64 {
		r := w.spec.Resources
		v := r.CPU.Cores() + r.Memory.GiB()/4
		if r.GPU != nil {
			v += 1000 * float64(r.GPU.Count)
		}
		return v * float64(w.required)
	}
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(size(p.workloads[b]), size(p.workloads[a])) })
	return order
}

// repair brings teams over their budget back within it by exchanges (see
// exchange) that move a workload of a team over budget to a cheaper
// cluster. It reports whether every budget holds.
func (lg *large) repair(sol solution, use *fleetUse, deadline time.Time) bool {
	if len(lg.p.in.Budgets.Teams) > 0 {
		lg.exchange(sol, use, deadline, true, exchangeRounds)
	}
	return lg.p.withinBudgets(sol)
}

// exchange tries moves of two workloads: workload w takes the place, in a
// cluster where its replicas cost less than they do now, of a workload v
// of another team, which moves to wherever it then fits best. With repair
// set, only workloads of teams over budget move in, at the monthly cost,
// and a move is kept when w's team spends less; otherwise every workload
// may move in, at the objective, and a move is kept when the two together
// improve it. Either way v's team (and the fleet) must stay within
// budget. Rounds go on until one changes nothing, the deadline, or rounds.
func (lg *large) exchange(sol solution, use *fleetUse, deadline time.Time, repair bool, rounds int) {
	p := lg.p
	budgets := p.in.Budgets.Teams
	sp := lg.p.spending(sol)
	price := lg.unit
	if repair {
		price = lg.costs
	}
	value := func(wi int, chs []choice) float64 {
		if repair {
			return p.solutionCost(wi, chs)
		}
		return lg.workloadObjective(wi, chs)
	}
	overBudget := func(t string) bool {
		b, ok := budgets[t]
		return ok && sp.team[t] > b+1e-6
	}
	// at lists, per cluster, the workloads that may have replicas there.
	at := make([][]int, len(p.clusters))
	note := func(wi int) {
		for k, ch := range sol[wi] {
			if ch.x+ch.s > 0 {
				c := p.workloads[wi].cands[k].cluster
				at[c] = append(at[c], wi)
			}
		}
	}
	for wi := range p.workloads {
		note(wi)
	}
	var trialW, trialV []choice
	for range rounds {
		moved := false
		for wi, w := range p.workloads {
			if repair && !overBudget(w.spec.Team) {
				continue
			}
			if lg.expired(deadline) {
				return
			}
			cur := value(wi, sol[wi])
			// Slots where a replica of w costs less than its average now,
			// the cheapest first.
			avg := cur / float64(max(1, w.required))
			var cheaper []int
			for i, v := range price[wi] {
				if v < avg-1e-9*math.Max(1, avg) {
					cheaper = append(cheaper, i)
				}
			}
			slices.SortStableFunc(cheaper, func(x, y int) int { return cmp.Compare(price[wi][x], price[wi][y]) })
			tried := map[int]bool{}
		clusters:
			for _, i := range cheaper {
				ci := w.cands[i/2].cluster
				if tried[ci] {
					continue
				}
				if tried[ci] = true; len(tried) > exchangeClusters {
					break
				}
				for _, vi := range at[ci] {
					v := p.workloads[vi]
					kv := slices.IndexFunc(v.cands, func(c candidate) bool { return c.cluster == ci })
					if vi == wi || v.spec.Team == w.spec.Team || kv < 0 || sol[vi][kv].x+sol[vi][kv].s == 0 {
						continue
					}
					// Take v out, place w at its best, then v.
					use.addChoices(v, sol[vi], -1)
					use.addChoices(w, sol[wi], -1)
					trialW = slices.Grow(trialW[:0], len(w.cands))[:len(w.cands)]
					trialV = slices.Grow(trialV[:0], len(v.cands))[:len(v.cands)]
					okW := lg.place(wi, price[wi], use, trialW)
					okV := okW && lg.place(vi, price[vi], use, trialV)
					if okV && lg.keeps(sp, wi, vi, sol, trialW, trialV, repair) {
						sol[wi], sol[vi] = slices.Clone(trialW), slices.Clone(trialV)
						note(wi)
						note(vi)
						moved = true
						break clusters
					}
					if okW {
						use.addChoices(w, trialW, -1)
					}
					if okV {
						use.addChoices(v, trialV, -1)
					}
					use.addChoices(w, sol[wi], 1)
					use.addChoices(v, sol[vi], 1)
				}
			}
		}
		if !moved {
			return
		}
	}
}

// exchangeRounds and exchangeClusters bound the repairs: rounds over the
// workloads, and cheaper clusters tried per workload.
const (
	exchangeRounds   = 20
	exchangeClusters = 12
)

// keeps decides an exchange of workloads wi and vi to trialW and trialV
// (see exchange) and, when it is kept, updates the spending.
func (lg *large) keeps(sp *spend, wi, vi int, sol solution, trialW, trialV []choice, repair bool) bool {
	p := lg.p
	w, v := p.workloads[wi], p.workloads[vi]
	wasW, nowW := p.solutionCost(wi, sol[wi]), p.solutionCost(wi, trialW)
	wasV, nowV := p.solutionCost(vi, sol[vi]), p.solutionCost(vi, trialV)
	if limit, _ := p.spendingLimit(); limit > 0 && sp.total+nowW-wasW+nowV-wasV > limit+1e-6 && nowW+nowV > wasW+wasV {
		return false
	}
	if repair {
		if nowW >= wasW-1e-6 {
			return false
		}
	} else {
		gain := lg.workloadObjective(wi, sol[wi]) + lg.workloadObjective(vi, sol[vi]) -
			lg.workloadObjective(wi, trialW) - lg.workloadObjective(vi, trialV)
		if gain <= 1e-9*math.Max(1, lg.workloadObjective(wi, sol[wi])) || !lg.allows(sp, w.spec.Team, wasW, nowW) {
			return false
		}
	}
	if !lg.allows(sp, v.spec.Team, wasV, nowV) {
		return false
	}
	sp.team[w.spec.Team] += nowW - wasW
	sp.team[v.spec.Team] += nowV - wasV
	sp.total += nowW - wasW + nowV - wasV
	return true
}

// polish improves a plan by exchanges of two workloads and re-placements
// until neither changes anything (at most polishRounds rounds) or the
// deadline (none when zero).
func (lg *large) polish(sol solution, deadline time.Time) {
	if deadline.IsZero() {
		deadline = time.Now().Add(time.Hour)
	}
	use := lg.p.newFleetUse()
	for wi, w := range lg.p.workloads {
		use.addChoices(w, sol[wi], 1)
	}
	for range polishRounds {
		before := lg.objective(sol)
		lg.exchange(sol, use, deadline, false, 1)
		if lg.improve(sol, use, deadline, 50) >= before-1e-9*math.Max(1, before) || lg.expired(deadline) {
			return
		}
	}
}

// polishRounds bounds the rounds of polish.
const polishRounds = 50
