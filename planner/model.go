package planner

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"

	"isobar.dev/isobar/planner/internal/milp"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// problem is one planning problem: the intent, what is known of its
// regions, the candidates of each workload, and the MILP built from them.
type problem struct {
	in        *schema.Intent
	cat       *providers.Catalog
	facts     *facts
	clusters  []*cluster
	workloads []*workload
	// infeasible lists conflicts found before solving (a geography no
	// cluster can serve, a workload with no candidate).
	infeasible []conflict
	// totalDemand is the rps of all workloads, which normalises latency.
	totalDemand float64
	// residency caches the countries each data class may live in.
	residency map[string]map[string]bool
	juris     *schema.Jurisdictions
	// details and latency cache exclusion messages and latencies by
	// cluster, which many workloads share.
	details  map[[2]string]string
	latency  map[string][]cachedLatency
	verdicts []verdict // classify's working memory
	// fixed bounds the replicas of workloads by cluster (see fixing).
	fixed map[string]fixing
}

// Row kinds, for explanations.
const (
	rowReplicas  = "replicas"
	rowDemand    = "demand"
	rowServe     = "serve"
	rowLink      = "location"
	rowSpread    = "spread"
	rowCapacity  = "capacity"
	rowBudget    = "budget"
	rowObjective = "objective"
)

// rowInfo says what a model row stands for.
type rowInfo struct {
	kind  string
	label string // in words: "CPU of cluster aws-eu", "budget of team web"
	unit  string // of the row's right-hand side: "core", "USD", …
	group string // the cluster whose capacity the row is part of, if any
	// workload and team name whose row it is (a workload's replicas,
	// demand, spread and budget; a team's budget), if any; what is the
	// resource of a capacity row ("CPU", "<model> GPUs", …), the kind of
	// a spread row ("region", "provider"), the geography of a demand row.
	workload, team, what string
}

// model is the MILP of a problem, with the index of every variable.
type model struct {
	m    *milp.Model
	rows []rowInfo
	// vars[w][k] are the variables of workloads[w].cands[k], for the
	// workloads in the model.
	vars map[int][]candVars
	// cost, latency and carbon are the linear expressions of the three
	// objective terms.
	cost, latency, carbon []milp.Term
	totalDemand           float64
	// budgetRows maps a budget's label to its row, to relax it when
	// looking for conflicts.
	budgetRows []int
	// zs are the spread indicators, each with the location variables
	// whose group it counts.
	zs []zGroup
}

type zGroup struct {
	z       milp.Var
	members []milp.Term
}

type candVars struct {
	x, s, y milp.Var // s and y are -1 when absent
	r       map[int]milp.Var
}

// newProblem gathers what the planner knows of the intent's clusters and
// workloads. A cluster whose region's facts cannot be trusted (see
// facts.region) is an error. stop, when given, is asked between
// workloads: when it says so, newProblem gives up and returns nil.
func newProblem(in *schema.Intent, cat *providers.Catalog, stop ...func() bool) (*problem, error) {
	return newProblemWith(in, cat, newLatencyCache(), stop...)
}

// newProblemWith is newProblem with the latencies of lat, which problems
// of intents that differ only in demand may share (see latencyCache).
func newProblemWith(in *schema.Intent, cat *providers.Catalog, lat *latencyCache, stop ...func() bool) (*problem, error) {
	f := newFacts(cat, in)
	f.latencies = lat
	p := &problem{in: in, cat: cat, facts: f, residency: map[string]map[string]bool{}}
	for _, name := range slices.Sorted(maps.Keys(in.Fleet)) {
		spec := in.Fleet[name]
		c := &cluster{name: name, spec: spec, capacity: clusterCapacity(spec)}
		rf, ok, err := p.facts.region(in, spec.Provider, spec.Region)
		if err != nil {
			return nil, fmt.Errorf("cluster %s: %w", name, err)
		}
		if ok {
			c.facts = rf
		}
		p.clusters = append(p.clusters, c)
	}
	for _, name := range slices.Sorted(maps.Keys(in.Workloads)) {
		if len(stop) > 0 && stop[0]() {
			return nil, nil // out of time: the caller gives up
		}
		spec := in.Workloads[name]
		w := &workload{name: name, spec: &spec, demand: demandOf(spec.Resources)}
		w.geos = slices.Sorted(maps.Keys(spec.Demand))
		total := 0.0
		for _, g := range w.geos {
			w.rps = append(w.rps, spec.Demand[g].RPS)
			total += spec.Demand[g].RPS
		}
		if spec.Latency != nil {
			w.slo = float64(spec.Latency.P95.Std().Microseconds()) / 1000
		}
		w.required = spec.Replicas.Min
		if r := spec.Replicas.PerReplicaRPS; r > 0 && total > 0 {
			w.required = max(w.required, int(math.Ceil(total/r-1e-9)))
		}
		p.classify(w)
		p.precheck(w)
		p.totalDemand += total
		p.workloads = append(p.workloads, w)
	}
	return p, nil
}

// precheck records conflicts visible without solving.
func (p *problem) precheck(w *workload) {
	if len(w.cands) == 0 && w.required > 0 {
		p.infeasible = append(p.infeasible, newConflict(fmt.Sprintf("workload %s has no cluster it may run on (%s)", w.name, summariseExclusions(p, w)), workloadField(w.name)))
		return
	}
	for gi, g := range w.geos {
		served := false
		for _, c := range w.cands {
			if c.serving[gi].ok {
				served = true
				break
			}
		}
		if !served {
			p.infeasible = append(p.infeasible, newConflict(fmt.Sprintf("workload %s: no cluster it may run on is within p95 %s of user geography %s",
				w.name, w.spec.Latency.P95, g), workloadField(w.name, "latency", "p95"), workloadField(w.name, "demand", g)))
		}
	}
}

// scope selects what build puts in a model: the whole problem, or one
// workload on its own (a subproblem of the decomposition), with the
// capacity that is left to it or none.
type scope struct {
	only    int        // a workload index, or -1 for all
	capLeft []capacity // with only: what each cluster has left; nil for no capacity rows
	keep    []bool     // with only: the candidates to consider; nil for all
}

func (p *problem) build(obj string, weights *Weights) *model {
	return p.buildScoped(obj, weights, scope{only: -1})
}

func (p *problem) buildScoped(obj string, weights *Weights, sc scope) *model {
	md := &model{m: &milp.Model{Name: "isobar"}}
	addRow := func(info rowInfo, lower, upper float64, terms ...milp.Term) int {
		md.rows = append(md.rows, info)
		return md.m.AddRow(fmt.Sprintf("r%d_%s", len(md.rows)-1, info.kind), lower, upper, terms...)
	}
	inf := math.Inf(1)
	caps := make([]capTerms, len(p.clusters))
	teamCost := map[string][]milp.Term{}
	md.vars = make(map[int][]candVars)
	md.totalDemand = p.totalDemand
	for wi, w := range p.workloads {
		if sc.only >= 0 && wi != sc.only {
			continue
		}
		spec := w.spec
		mpl := spec.Availability.MinReplicasPerLocation
		spread := spec.Availability.Spread
		needY := mpl > 1 || spread.Regions > 1 || spread.Providers > 1
		var total, wcost []milp.Term
		md.vars[wi] = make([]candVars, len(w.cands))
		for k, c := range w.cands {
			if sc.keep != nil && !sc.keep[k] {
				md.vars[wi][k] = candVars{x: -1, s: -1, y: -1}
				continue
			}
			cl := p.clusters[c.cluster]
			ub := float64(c.maxReplicas)
			if spec.Replicas.Max > 0 {
				ub = math.Min(ub, float64(spec.Replicas.Max))
			}
			v := candVars{s: -1, y: -1}
			if len(w.geos) > 0 {
				v.r = map[int]milp.Var{}
			}
			v.x = md.m.AddVar(fmt.Sprintf("x_%s_%s", w.name, cl.name), 0, ub, 0, true)
			cost := c.cost + c.egress
			md.cost = append(md.cost, milp.Term{Var: v.x, Coef: cost})
			md.carbon = append(md.carbon, milp.Term{Var: v.x, Coef: c.carbon})
			wcost = append(wcost, milp.Term{Var: v.x, Coef: cost})
			reps := []milp.Term{{Var: v.x, Coef: 1}}
			if c.spot {
				v.s = md.m.AddVar(fmt.Sprintf("s_%s_%s", w.name, cl.name), 0, ub, 0, true)
				sc := c.spotCost + c.egress
				md.cost = append(md.cost, milp.Term{Var: v.s, Coef: sc})
				md.carbon = append(md.carbon, milp.Term{Var: v.s, Coef: c.carbon})
				wcost = append(wcost, milp.Term{Var: v.s, Coef: sc})
				reps = append(reps, milp.Term{Var: v.s, Coef: 1})
			}
			caps[c.cluster].add(v.x, w.demand, false)
			if v.s >= 0 {
				caps[c.cluster].add(v.s, w.demand, true)
			}
			total = append(total, reps...)
			if needY {
				v.y = md.m.AddVar(fmt.Sprintf("y_%s_%s", w.name, cl.name), 0, 1, 0, true)
				lo := append(append([]milp.Term{}, reps...), milp.Term{Var: v.y, Coef: -float64(mpl)})
				addRow(rowInfo{kind: rowLink, label: fmt.Sprintf("at least %s of %s wherever it runs (%s)", count(mpl, "replica"), w.name, cl.name), unit: "replica", workload: w.name}, 0, inf, lo...)
				hi := append(append([]milp.Term{}, reps...), milp.Term{Var: v.y, Coef: -ub})
				addRow(rowInfo{kind: rowLink, label: fmt.Sprintf("replicas of %s in %s only where it runs", w.name, cl.name), workload: w.name}, -inf, 0, hi...)
			}
			// Demand routing: the traffic each geography sends here.
			if len(w.geos) > 0 {
				var served []milp.Term
				for gi := range w.geos {
					l := c.serving[gi]
					if !l.ok {
						continue
					}
					rv := md.m.AddVar(fmt.Sprintf("r_%s_%s_%s", w.name, w.geos[gi], cl.name), 0, w.rps[gi], 0, false)
					v.r[gi] = rv
					served = append(served, milp.Term{Var: rv, Coef: 1})
					// Without demand (a window of the week when no one
					// sends any) there is no latency to weigh, and no
					// egress per request.
					if md.totalDemand > 0 {
						md.latency = append(md.latency, milp.Term{Var: rv, Coef: l.ms / md.totalDemand})
					}
					if eg := spec.Demand[w.geos[gi]].EgressGBPerMonth; eg > 0 && w.rps[gi] > 0 && cl.facts != nil {
						usdPerRPS := eg / w.rps[gi] * cl.facts.internetEgress
						md.cost = append(md.cost, milp.Term{Var: rv, Coef: usdPerRPS})
						wcost = append(wcost, milp.Term{Var: rv, Coef: usdPerRPS})
					}
				}
				if len(served) > 0 {
					per := spec.Replicas.PerReplicaRPS
					if per == 0 {
						per = 0
						for _, r := range w.rps {
							per += r
						}
					}
					row := append([]milp.Term{}, served...)
					for _, t := range reps {
						row = append(row, milp.Term{Var: t.Var, Coef: -per})
					}
					addRow(rowInfo{kind: rowServe, label: fmt.Sprintf("traffic %s can serve in %s", w.name, cl.name), unit: "rps", workload: w.name}, -inf, 0, row...)
				}
			}
			p.fix(md, w, cl, v)
			md.vars[wi][k] = v
		}
		addRow(rowInfo{kind: rowReplicas, label: fmt.Sprintf("at least %s of %s", count(spec.Replicas.Min, "replica"), w.name), unit: "replica", workload: w.name},
			float64(spec.Replicas.Min), upperOr(spec.Replicas.Max), total...)
		for gi, g := range w.geos {
			var terms []milp.Term
			for k := range w.cands {
				if rv, ok := md.vars[wi][k].r[gi]; ok {
					terms = append(terms, milp.Term{Var: rv, Coef: 1})
				}
			}
			addRow(rowInfo{kind: rowDemand, label: fmt.Sprintf("demand of %s from %s", w.name, g), unit: "rps", workload: w.name, what: g}, w.rps[gi], w.rps[gi], terms...)
		}
		if needY {
			p.spreadRows(md, w, wi, addRow)
		}
		if b, ok := p.in.Budgets.Workloads[w.name]; ok {
			md.budgetRows = append(md.budgetRows, addRow(rowInfo{kind: rowBudget, label: fmt.Sprintf("budget of workload %s (%s USD/month)", w.name, money(b)), unit: "USD", workload: w.name}, -inf, b, wcost...))
		}
		if spec.Team != "" {
			teamCost[spec.Team] = append(teamCost[spec.Team], wcost...)
		}
	}
	if sc.only >= 0 {
		if sc.capLeft != nil {
			for ci := range caps {
				if len(caps[ci].cpu) > 0 {
					caps[ci].leftRows(&sc.capLeft[ci], addRow)
				}
			}
		}
		md.setObjective(obj, weights)
		return md
	}
	for ci, c := range p.clusters {
		caps[ci].clusterRows(c, addRow)
	}
	for _, team := range slices.Sorted(maps.Keys(teamCost)) {
		if b, ok := p.in.Budgets.Teams[team]; ok {
			md.budgetRows = append(md.budgetRows, addRow(rowInfo{kind: rowBudget, label: fmt.Sprintf("budget of team %s (%s USD/month)", team, money(b)), unit: "USD", team: team}, -inf, b, teamCost[team]...))
		}
	}
	global, fromPolicy := p.spendingLimit()
	label := fmt.Sprintf("global budget (%s USD/month)", money(global))
	if fromPolicy {
		label = fmt.Sprintf("the policy's maximum spend (%s USD/month)", money(global))
	}
	if global > 0 {
		md.budgetRows = append(md.budgetRows, addRow(rowInfo{kind: rowBudget, label: label, unit: "USD"}, -inf, global, md.cost...))
	}
	md.setObjective(obj, weights)
	return md
}

// spreadRows asks for replicas in at least N regions and N providers.
func (p *problem) spreadRows(md *model, w *workload, wi int, addRow func(rowInfo, float64, float64, ...milp.Term) int) {
	spread := w.spec.Availability.Spread
	group := func(kind string, n int, key func(*cluster) string) {
		if n <= 1 {
			return
		}
		members := map[string][]milp.Term{}
		for k, c := range w.cands {
			if md.vars[wi][k].x < 0 {
				continue
			}
			cl := p.clusters[c.cluster]
			members[key(cl)] = append(members[key(cl)], milp.Term{Var: md.vars[wi][k].y, Coef: 1})
		}
		var zs []milp.Term
		for _, g := range slices.Sorted(maps.Keys(members)) {
			z := md.m.AddVar(strings.ReplaceAll(fmt.Sprintf("z_%s_%s_%s", kind, w.name, g), ":", "."), 0, 1, 0, false)
			zs = append(zs, milp.Term{Var: z, Coef: 1})
			md.zs = append(md.zs, zGroup{z: z, members: members[g]})
			row := append([]milp.Term{{Var: z, Coef: 1}}, negate(members[g])...)
			addRow(rowInfo{kind: rowSpread, label: fmt.Sprintf("%s %s used by %s", kind, g, w.name), workload: w.name, what: kind}, -math.Inf(1), 0, row...)
		}
		addRow(rowInfo{kind: rowSpread, label: fmt.Sprintf("spread of %s over at least %d %ss", w.name, n, kind), unit: kind, workload: w.name, what: kind}, float64(n), math.Inf(1), zs...)
	}
	group("region", spread.Regions, func(c *cluster) string { return regionKey(c.spec.Provider, c.spec.Region) })
	group("provider", spread.Providers, func(c *cluster) string { return c.spec.Provider })
}

func negate(ts []milp.Term) []milp.Term {
	out := make([]milp.Term, len(ts))
	for i, t := range ts {
		out[i] = milp.Term{Var: t.Var, Coef: -t.Coef}
	}
	return out
}

func upperOr(max int) float64 {
	if max > 0 {
		return float64(max)
	}
	return math.Inf(1)
}

// setObjective sets the variables' objective coefficients.
func (md *model) setObjective(obj string, w *Weights) {
	for i := range md.m.Vars {
		md.m.Vars[i].Obj = 0
	}
	add := func(ts []milp.Term, f float64) {
		for _, t := range ts {
			md.m.Vars[t.Var].Obj += t.Coef * f
		}
	}
	switch obj {
	case schema.MinimizeCost:
		add(md.cost, 1)
	case schema.MinimizeLatency:
		add(md.latency, 1)
	case schema.MinimizeCarbon:
		add(md.carbon, 1)
	case schema.MinimizeWeighted:
		add(md.cost, w.Cost/math.Max(w.CostScale, 1e-9))
		add(md.latency, w.Latency/math.Max(w.LatencyScale, 1e-9))
		add(md.carbon, w.Carbon/math.Max(w.CarbonScale, 1e-9))
	}
}

// value evaluates a linear expression at x.
func value(ts []milp.Term, x []float64) float64 {
	v := 0.0
	for _, t := range ts {
		v += t.Coef * x[t.Var]
	}
	return v
}

// count says "1 replica", "2 replicas".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
