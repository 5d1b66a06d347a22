package planner

import (
	"cmp"
	"fmt"
	"maps"
	"math"
	"runtime"
	"slices"
	"sync"
	"time"

	"isobar.dev/isobar/schema"
)

// Large instances are planned without one model of the whole problem: a
// Lagrangian relaxation prices cluster capacity, which gives both the
// proven lower bound and the prices that guide the placement.
//
// Dualising every cluster capacity row with prices λ ≥ 0 splits the
// problem into one subproblem per workload, in which a replica in a
// cluster costs its objective coefficient plus the price of what it takes
// there. For every λ, the sum of the subproblems' optima less λ times the
// capacity is a lower bound on the whole; a projected subgradient method
// raises it. Each subproblem is bounded in closed form (see lagWorkload),
// which is exact for the common shapes (replicas anywhere, spread over N
// regions) and the LP bound of the routing for workloads serving users.
// Budgets shared by teams are dropped from the relaxation, which keeps the
// bound valid.
//
// The plan places workloads one at a time, the largest first, each at the
// lowest priced cost in what is left of the fleet, so that cheap clusters
// go to the workloads that gain most from them; a local search then
// re-places each workload at its best true cost given all the others until
// nothing improves or the time is up. Shared budgets are kept by the
// placement rather than priced: moves that would break one are refused,
// teams over budget are repaired by exchanges of two workloads, and a
// team still over budget is placed first in the next attempt.
//
// The relaxation and the local search are written here because they are
// the planner's own model; no library offers either for it.

// clusterClasses numbers the clusters so that clusters alike for the
// workloads share a number: for CPU and memory, the same provider and
// prices, and, where the objective or data gravity tells regions apart,
// the same region; for GPUs, the same GPU offers too. The relaxation
// prices a class's summed capacity (summing rows relaxes them, so the
// bound stays valid): priced one by one, alike clusters would let every
// workload escape a price to its twin at no cost, and the bound would
// not rise.
func (p *problem) clusterClasses(obj string) (cpu, gpu []int) {
	byRegion := obj != schema.MinimizeCost || len(p.in.Datasets) > 0
	cpuKeys, gpuKeys := map[string]int{}, map[string]int{}
	cpu, gpu = make([]int, len(p.clusters)), make([]int, len(p.clusters))
	number := func(keys map[string]int, key string) int {
		if _, ok := keys[key]; !ok {
			keys[key] = len(keys)
		}
		return keys[key]
	}
	for ci, c := range p.clusters {
		key := c.spec.Provider
		if f := c.facts; f != nil && f.priced {
			key += fmt.Sprintf("|%g|%g|%g|%g|%g", f.vcpuHour, f.gibHour, f.spotVCPUHour, f.spotGiBHour, f.internetEgress)
		} else {
			key += "|" + c.name
		}
		if byRegion {
			key += "|" + regionKey(c.spec.Provider, c.spec.Region)
		}
		cpu[ci] = number(cpuKeys, key)
		if f := c.facts; f != nil {
			for _, m := range slices.Sorted(maps.Keys(f.gpus)) {
				key += fmt.Sprintf("|%s:%+v", m, f.gpus[m])
			}
		}
		gpu[ci] = number(gpuKeys, key)
	}
	return cpu, gpu
}

// large holds the state of planning a large instance.
type large struct {
	s       *solver
	p       *problem
	obj     string
	weights *Weights
	// rows are the capacity rows the relaxation prices: those of alike
	// clusters summed (see clusterClasses). Placements respect each
	// cluster's own capacity (see fleetUse).
	rows *capacityRows
	// unit[w][2k], unit[w][2k+1]: the objective of one on-demand and one
	// spot replica of workloads[w].cands[k] (+Inf without spot).
	unit [][]float64
	// costs[w] is unit for the cost objective: the monthly cost of a
	// replica in each slot.
	costs [][]float64
	// gpuRow[w][k] is the row of the GPUs candidate k's replicas take
	// (nil without GPUs, -1 where the row is missing).
	gpuRow [][]int32
	// byUnit[w] lists the slots of a workload without traffic or spread by
	// their objective, lowest first (nil for the others).
	byUnit [][]int32
	// traffic[w][gi][k]: the objective of routing one rps of geography gi
	// to candidate k; nil without demand.
	traffic [][][]float64
	// groups[w] numbers each candidate's region and provider, for spread.
	regionOf, providerOf [][]int32
	nRegions, nProviders []int
}

func (s *solver) newLarge(obj string, weights *Weights) *large {
	p := s.p
	cpuClass, gpuClass := p.clusterClasses(obj)
	lg := &large{s: s, p: p, obj: obj, weights: weights, rows: newCapacityRows(p.clusters, cpuClass, gpuClass),
		unit: make([][]float64, len(p.workloads)), gpuRow: make([][]int32, len(p.workloads)), byUnit: make([][]int32, len(p.workloads)),
		costs: make([][]float64, len(p.workloads)), traffic: make([][][]float64, len(p.workloads)),
		regionOf: make([][]int32, len(p.workloads)), providerOf: make([][]int32, len(p.workloads)),
		nRegions: make([]int, len(p.workloads)), nProviders: make([]int, len(p.workloads))}
	for wi, w := range p.workloads {
		u := make([]float64, 2*len(w.cands))
		for k, c := range w.cands {
			u[2*k] = unitObjective(c.cost+c.egress, c.carbon, obj, weights)
			u[2*k+1] = math.Inf(1)
			if c.spot {
				u[2*k+1] = unitObjective(c.spotCost+c.egress, c.carbon, obj, weights)
			}
		}
		lg.unit[wi] = u
		if w.demand.gpuModel != "" {
			lg.gpuRow[wi] = make([]int32, len(w.cands))
			for k, c := range w.cands {
				lg.gpuRow[wi][k] = lg.rows.gpuRow(c.cluster, w.demand)
			}
		}
		lg.costs[wi] = u
		if obj != schema.MinimizeCost {
			lg.costs[wi] = make([]float64, len(u))
			for k, c := range w.cands {
				lg.costs[wi][2*k], lg.costs[wi][2*k+1] = c.cost+c.egress, math.Inf(1)
				if c.spot {
					lg.costs[wi][2*k+1] = c.spotCost + c.egress
				}
			}
		}
		if len(w.geos) > 0 {
			t := make([][]float64, len(w.geos))
			for gi := range w.geos {
				t[gi] = make([]float64, len(w.cands))
				for k, c := range w.cands {
					t[gi][k] = p.trafficObjective(w, gi, c, obj, weights)
				}
			}
			lg.traffic[wi] = t
		}
		sp := w.spec.Availability.Spread
		if len(w.geos) == 0 && sp.Regions <= 1 && sp.Providers <= 1 {
			order := make([]int32, 0, len(u))
			for i, v := range u {
				if !math.IsInf(v, 1) {
					order = append(order, int32(i))
				}
			}
			slices.SortStableFunc(order, func(x, y int32) int { return cmp.Compare(u[x], u[y]) })
			lg.byUnit[wi] = order
		}
		if sp.Regions > 1 || sp.Providers > 1 {
			regions, providers := map[string]int32{}, map[string]int32{}
			lg.regionOf[wi] = make([]int32, len(w.cands))
			lg.providerOf[wi] = make([]int32, len(w.cands))
			for k, c := range w.cands {
				cl := p.clusters[c.cluster]
				lg.regionOf[wi][k] = intern(regions, regionKey(cl.spec.Provider, cl.spec.Region))
				lg.providerOf[wi][k] = intern(providers, cl.spec.Provider)
			}
			lg.nRegions[wi], lg.nProviders[wi] = len(regions), len(providers)
		}
	}
	return lg
}

func intern(m map[string]int32, key string) int32 {
	if v, ok := m[key]; ok {
		return v
	}
	m[key] = int32(len(m))
	return m[key]
}

// trafficObjective is the objective coefficient of routing one rps of
// w's geography gi to candidate c, as setObjective weighs it.
func (p *problem) trafficObjective(w *workload, gi int, c candidate, obj string, weights *Weights) float64 {
	var cost float64
	if eg := w.spec.Demand[w.geos[gi]].EgressGBPerMonth; eg > 0 && w.rps[gi] > 0 {
		if f := p.clusters[c.cluster].facts; f != nil {
			cost = eg / w.rps[gi] * f.internetEgress
		}
	}
	latency := 0.0 // without demand, none to weigh (see buildScoped)
	if p.totalDemand > 0 {
		latency = c.serving[gi].ms / p.totalDemand
	}
	return weigh(obj, weights, cost, latency, 0)
}

// priced fills a with the priced unit objective of each slot of workload
// wi (as unit) under prices lambda.
func (lg *large) priced(wi int, lambda []float64, a []float64) {
	for i := range a {
		a[i] = lg.slotPrice(wi, i, lambda)
	}
}

// slotPrice is the priced unit objective of slot i (as unit) of workload
// wi: its objective plus the price of what a replica takes.
func (lg *large) slotPrice(wi, i int, lambda []float64) float64 {
	u := lg.unit[wi][i]
	if math.IsInf(u, 1) {
		return u
	}
	w := lg.p.workloads[wi]
	gpuRow := int32(-1)
	if rows := lg.gpuRow[wi]; rows != nil {
		gpuRow = rows[i/2]
	}
	return lg.rows.price(u, lambda, w.cands[i/2].cluster, w.demand, gpuRow, i%2 == 1)
}

// lagPlain is lagWorkload for a workload with neither users' traffic nor
// spread, whose bound is its required replicas in the cheapest priced
// slot. Slots are visited by their objective alone (byUnit), and the scan
// stops at the first whose objective is no lower than the best priced
// slot so far, since prices only add. It reports false when that slot
// cannot take them all.
func (lg *large) lagPlain(wi int, lambda []float64, out []alloc) (float64, []alloc, bool) {
	w := lg.p.workloads[wi]
	best, bs := math.Inf(1), -1
	for _, i := range lg.byUnit[wi] {
		if lg.unit[wi][i] >= best {
			break
		}
		if v := lg.slotPrice(wi, int(i), lambda); v < best {
			best, bs = v, int(i)
		}
	}
	if bs < 0 {
		return 0, out[:0], true
	}
	ub := w.cands[bs/2].maxReplicas
	if m := w.spec.Replicas.Max; m > 0 {
		ub = min(ub, m)
	}
	if ub < w.required {
		return 0, out, false
	}
	return float64(w.required) * math.Max(0, best), append(out[:0], alloc{bs, float64(w.required)}), true
}

// alloc is a (fractional) number of replicas in one slot.
type alloc struct {
	slot int // 2k on demand, 2k+1 spot
	n    float64
}

// lagWorkload bounds workload wi's subproblem from below at slot prices a
// and returns an allocation attaining the bound. The bound is the largest
// of: the required replicas in the cheapest slots; at least
// minReplicasPerLocation in the cheapest slot of each of the N regions
// (providers) it must spread over, the rest in the cheapest; and, for the
// users' traffic, the LP bound of routing each geography to its cheapest
// slot that may serve it (replicas pro rata, plus the routing's own
// objective), and the whole replicas each geography needs on its own.
// Its working memory sc is reused across calls.
func (lg *large) lagWorkload(wi int, a []float64, out []alloc, sc *lagScratch) (float64, []alloc) {
	w := lg.p.workloads[wi]
	out = out[:0]
	best, bs := math.Inf(1), -1
	for i, v := range a {
		if v < best {
			best, bs = v, i
		}
	}
	if bs < 0 {
		return 0, out
	}
	best = math.Max(0, best)
	req := float64(w.required)
	ub := func(i int) float64 {
		n := float64(w.cands[i/2].maxReplicas)
		if m := w.spec.Replicas.Max; m > 0 {
			n = math.Min(n, float64(m))
		}
		return n
	}
	var value float64
	if ub(bs) >= req {
		value = req * best
		out = append(out, alloc{bs, req})
	} else {
		// The cheapest slot cannot take them all: fill in order.
		order := make([]int, 0, len(a))
		for i, v := range a {
			if !math.IsInf(v, 1) {
				order = append(order, i)
			}
		}
		slices.SortStableFunc(order, func(x, y int) int { return cmp.Compare(a[x], a[y]) })
		need := req
		for _, i := range order {
			if need <= 0 {
				break
			}
			n := math.Min(need, ub(i))
			if n <= 0 {
				continue
			}
			value += n * math.Max(0, a[i])
			out = append(out, alloc{i, n})
			need -= n
		}
	}
	spread := w.spec.Availability.Spread
	mpl := float64(max(1, w.spec.Availability.MinReplicasPerLocation))
	for _, g := range []struct {
		n      int
		of     []int32
		groups int
	}{{spread.Regions, lg.regionOf[wi], lg.nRegions[wi]}, {spread.Providers, lg.providerOf[wi], lg.nProviders[wi]}} {
		if g.n <= 1 || g.groups < g.n {
			continue
		}
		sc.firsts = slices.Grow(sc.firsts[:0], g.groups)[:g.groups]
		sc.at = slices.Grow(sc.at[:0], g.groups)[:g.groups]
		firsts, at := sc.firsts, sc.at
		for i := range firsts {
			firsts[i] = math.Inf(1)
		}
		for i, v := range a {
			gr := g.of[i/2]
			if v < firsts[gr] {
				firsts[gr], at[gr] = v, i
			}
		}
		// The n cheapest groups, by selection (n is small).
		idx := sc.idx[:0]
		for range g.n {
			pick := -1
			for gr, f := range firsts {
				if !slices.Contains(idx, gr) && (pick < 0 || f < firsts[pick]) {
					pick = gr
				}
			}
			idx = append(idx, pick)
		}
		sc.idx = idx
		v := math.Max(0, req-float64(g.n)*mpl) * best
		for _, gr := range idx {
			v += mpl * math.Max(0, firsts[gr])
		}
		if v > value {
			value = v
			out = out[:0]
			for _, gr := range idx {
				out = append(out, alloc{at[gr], mpl})
			}
			if rest := req - float64(g.n)*mpl; rest > 0 {
				out = append(out, alloc{bs, rest})
			}
		}
	}
	if len(w.geos) == 0 {
		return value, out
	}
	per := w.spec.Replicas.PerReplicaRPS
	total := 0.0
	for _, r := range w.rps {
		total += r
	}
	if per <= 0 {
		per = total
	}
	lp, whole := 0.0, 0.0
	lpAlloc := sc.lp[:0]
	defer func() { sc.lp = lpAlloc }()
	wholeAt, wholeN := -1, 0.0
	t := lg.traffic[wi]
	for gi, rps := range w.rps {
		m, mi := math.Inf(1), -1
		cheapest, ci := math.Inf(1), -1
		for i, v := range a {
			k := i / 2
			if !w.cands[k].serving[gi].ok {
				continue
			}
			if u := v/per + t[gi][k]; u < m {
				m, mi = u, i
			}
			if v < cheapest {
				cheapest, ci = v, i
			}
		}
		if mi < 0 {
			continue
		}
		lp += rps * math.Max(0, m)
		lpAlloc = append(lpAlloc, alloc{mi, rps / per})
		if n := math.Ceil(rps/per - 1e-9); n*math.Max(0, cheapest) > whole {
			whole, wholeAt, wholeN = n*math.Max(0, cheapest), ci, n
		}
	}
	if extra := req - total/per; extra > 0 {
		lp += extra * best
		lpAlloc = append(lpAlloc, alloc{bs, extra})
	}
	if lp > value {
		value = lp
		out = append(out[:0], lpAlloc...)
	}
	if whole > value {
		value = whole
		out = append(out[:0], alloc{wholeAt, wholeN})
	}
	return value, out
}

// lagBound evaluates the Lagrangian bound at prices lambda and the
// subgradient (use − capacity per row, into g).
func (lg *large) lagBound(lambda, g []float64) float64 {
	p := lg.p
	// A fixed number of chunks, whatever the machine, keeps the sums in
	// one order and the plan the same everywhere.
	const chunks = 8
	n := len(p.workloads)
	vals := make([]float64, n)
	uses := make([][]float64, chunks)
	next := make(chan int, chunks)
	for c := range chunks {
		next <- c
	}
	close(next)
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), chunks) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var a []float64
			var out []alloc
			sc := &lagScratch{}
			for c := range next {
				use := make([]float64, len(lambda))
				for wi := c * n / chunks; wi < (c+1)*n/chunks; wi++ {
					w := p.workloads[wi]
					a = slices.Grow(a[:0], 2*len(w.cands))[:2*len(w.cands)]
					if lg.byUnit[wi] != nil {
						var ok bool
						if vals[wi], out, ok = lg.lagPlain(wi, lambda, out); ok {
							lg.addUse(w, out, use)
							continue
						}
					}
					lg.priced(wi, lambda, a)
					vals[wi], out = lg.lagWorkload(wi, a, out, sc)
					lg.addUse(w, out, use)
				}
				uses[c] = use
			}
		}()
	}
	wg.Wait()
	value := 0.0
	for _, v := range vals {
		value += v
	}
	for r := range g {
		g[r] = -lg.rows.cap[r]
		for _, use := range uses {
			g[r] += use[r]
		}
		value -= lambda[r] * lg.rows.cap[r]
	}
	return value
}

// lagScratch is lagWorkload's working memory.
type lagScratch struct {
	firsts  []float64
	at, idx []int
	lp      []alloc
}

// addUse adds what an allocation of w's replicas takes of each row.
func (lg *large) addUse(w *workload, out []alloc, use []float64) {
	for _, al := range out {
		lg.rows.add(use, w.cands[al.slot/2].cluster, w.demand, al.n, al.slot%2 == 1)
	}
}

// subgradient raises the Lagrangian bound by a projected subgradient
// method with Polyak steps towards the value of the best known plan (or
// an estimate, raised when the bound passes it), until the deadline, a
// small step or enough iterations. It returns the
// best bound and its prices.
func (lg *large) subgradient(target float64, estimated bool, deadline time.Time, maxIter int) (float64, []float64, int) {
	nr := len(lg.rows.cap)
	lambda := make([]float64, nr)
	g := make([]float64, nr)
	bestVal, bestLambda := math.Inf(-1), make([]float64, nr)
	theta, stall, it := 1.0, 0, 0
	for ; it < maxIter && (it == 0 || !lg.expired(deadline)) && theta > 1e-4; it++ {
		v := lg.lagBound(lambda, g)
		if v > bestVal+1e-9*math.Abs(v) {
			bestVal = v
			copy(bestLambda, lambda)
			stall = 0
		} else if stall++; stall >= 8 {
			theta, stall = theta/2, 0
		}
		if target-bestVal <= 1e-4*math.Abs(target) {
			if !estimated {
				break
			}
			target = bestVal + 0.1*math.Abs(bestVal) + 1
		}
		norm := 0.0
		for r := range g {
			sg := g[r] / lg.rows.cap[r]
			if lambda[r] <= 0 && sg < 0 {
				sg = 0
			}
			g[r] = sg
			norm += sg * sg
		}
		if norm == 0 {
			break // the relaxation's solution fits: the bound is exact
		}
		step := theta * (target - v) / norm
		for r := range lambda {
			lambda[r] = math.Max(0, lambda[r]+step*g[r]/lg.rows.cap[r])
		}
	}
	return bestVal, bestLambda, it
}

// solve plans the instance: a first placement without prices sets the
// target of the subgradient method, the best prices it finds guide a
// second placement, and the better of the two is improved by local search
// until the deadline. It returns the bound, the plan and the subgradient
// iterations.
//
// Without a time limit the work is bounded by counts (subgradient
// iterations, local search passes) alone, and the plan is the same on
// every run.
func (lg *large) solve(start time.Time, limit time.Duration) (bound float64, sol solution, iters int, found bool) {
	if limit <= 0 {
		limit = time.Hour
	}
	p := lg.p
	value := math.Inf(1)
	// attempt places and improves until deadline; a plan over a budget is
	// repaired, and the teams still over budget rise in priority for the
	// next attempt.
	priority := map[string]int{}
	attempt := func(lambda []float64, deadline time.Time, passes int) (fits bool, v float64, within bool) {
		s, use, ok := lg.construct(lambda, priority)
		if !ok {
			return false, 0, false
		}
		v = lg.improve(s, use, deadline, passes)
		if !p.withinBudgets(s) && lg.repair(s, use, deadline) {
			v = lg.improve(s, use, deadline, passes)
		}
		if !p.withinBudgets(s) {
			sp := p.spending(s)
			for t, b := range p.in.Budgets.Teams {
				if sp.team[t] > b+1e-6 {
					priority[t]++
				}
			}
			return true, v, false
		}
		if v < value {
			sol, value = s, v
		}
		return true, v, true
	}
	half := start.Add(limit / 2)
	ok, target, _ := attempt(nil, half, 3)
	for try := 0; ok && sol == nil && try < budgetAttempts && !lg.expired(half); try++ {
		attempt(nil, half, 3)
	}
	if !ok {
		// No plan to aim at: aim a little above the first bound; the
		// subgradient method raises its target when the bound passes it.
		target = 1.1*lg.lagBound(make([]float64, len(lg.rows.cap)), make([]float64, len(lg.rows.cap))) + 1
	}
	// The bound gets at least a fifth of the time, whatever the attempts
	// took.
	until := half
	if least := time.Now().Add(limit / 5); least.After(until) {
		until = least
	}
	bound, lambda, iters := lg.subgradient(target, !ok, until, 400)
	end := start.Add(limit * 9 / 10)
	// The priced plan is usually the better one: over a budget, it is
	// tried again with the teams over budget first.
	fits, _, within := attempt(lambda, end, 50)
	for try := 0; fits && !within && try < budgetAttempts && !lg.expired(end); try++ {
		fits, _, within = attempt(lambda, end, 50)
	}
	// No plan within the budgets yet: a late plan is worth more than none,
	// so a few more attempts go past the time limit.
	for try := 0; ok && sol == nil && try < budgetAttempts && lg.s.ctx.Err() == nil; try++ {
		ok, _, _ = attempt(nil, time.Now().Add(limit/10), 3)
	}
	if sol == nil {
		return bound, nil, iters, false
	}
	return bound, sol, iters, true
}

// budgetAttempts bounds the attempts at a plan within every budget.
const budgetAttempts = 4

// conflicts proves, where it can, that no plan exists when the large
// method found none: a budget below the least its workloads can cost
// whatever the others do (each at its cheapest slots, capacity aside), or
// a GPU model asked for by more replicas than the whole fleet holds.
func (lg *large) conflicts() []conflict {
	p := lg.p
	var out []conflict
	cheapest := map[string]float64{}
	total := 0.0
	sc := &lagScratch{}
	// The least monthly cost of each workload alone: its bound at cost
	// prices, when the objective is cost (the routing's terms are then
	// costs too).
	byCost := lg.obj == schema.MinimizeCost
	for wi, w := range p.workloads {
		if !byCost {
			break
		}
		c, _ := lg.lagWorkload(wi, lg.costs[wi], nil, sc)
		cheapest[w.spec.Team] += c
		total += c
	}
	for _, t := range slices.Sorted(maps.Keys(p.in.Budgets.Teams)) {
		if b := p.in.Budgets.Teams[t]; byCost && cheapest[t] > b+1e-6 {
			out = append(out, newConflict(fmt.Sprintf("budget of team %s (%s USD/month) is below the least team %s can spend: at least %s USD/month, each of its workloads in its cheapest clusters",
				t, money(b), t, money(math.Floor(cheapest[t]*100)/100)), field("budgets", "teams", t)))
		}
	}
	if limit, _ := p.spendingLimit(); byCost && limit > 0 && total > limit+1e-6 {
		out = append(out, newConflict(fmt.Sprintf("the fleet's spending limit (%s USD/month) is below the least the fleet can spend: at least %s USD/month, each workload in its cheapest clusters",
			money(limit), money(math.Floor(total*100)/100)), p.fleetLimitField()))
	}
	need, have := map[string]int{}, map[string]int{}
	users := map[string][]string{}
	for _, w := range p.workloads {
		if g := w.spec.Resources.GPU; g != nil && w.required > 0 {
			need[g.Model] += g.Count * w.required
			users[g.Model] = append(users[g.Model], w.name)
		}
	}
	for _, c := range p.clusters {
		for m, n := range c.spec.Capacity.GPUs {
			have[m] += n
		}
	}
	for _, m := range slices.Sorted(maps.Keys(need)) {
		if need[m] > have[m] {
			var fields []string
			for _, w := range users[m] {
				fields = append(fields, workloadField(w, "resources", "gpu"))
			}
			for _, c := range p.clusters {
				if c.spec.Capacity.GPUs[m] > 0 {
					fields = append(fields, capacityField(c.name, m+" GPUs"))
				}
			}
			out = append(out, newConflict(fmt.Sprintf("GPUs: %s need %d %s GPUs for their required replicas; the whole fleet has %d", workloadList(users[m]), need[m], m, have[m]), fields...))
		}
	}
	return out
}

// expired reports whether the deadline has passed or the planning run was
// cancelled.
func (lg *large) expired(deadline time.Time) bool {
	return time.Now().After(deadline) || lg.s.ctx.Err() != nil
}
