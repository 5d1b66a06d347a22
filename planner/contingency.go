package planner

// Contingency plans: for each failure domain (a cluster, a region or a
// provider), the placement after that domain is lost. Only what ran in the
// failed domain is placed again; every other placement stays where it is,
// fixed as bounds of the model, so each solve is small. Budgets are
// relaxed by the intent's emergency margin; capacity, residency, GPU,
// latency and spread rules hold as in the normal plan. A workload that
// cannot be placed again is named with the reason, and the others are
// still placed.

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"time"

	"isobar.dev/isobar/planner/internal/milp"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// Failure statuses.
const (
	// FailureUnaffected: nothing ran in the domain.
	FailureUnaffected = "Unaffected"
	// FailureCovered: everything that ran there is placed again.
	FailureCovered = "Covered"
	// FailurePartial: some workloads cannot be placed again (Uncovered).
	FailurePartial = "Partial"
	// FailureNotPlanned: the time limit ended before a verdict.
	FailureNotPlanned = "NotPlanned"
)

// Contingency is the plan for the loss of each failure domain.
type Contingency struct {
	// Domains is what fails together: cluster, region or provider.
	Domains string `json:"domains"`
	// EmergencyMargin is how far budgets may be exceeded under failure
	// (0.2: by 20%).
	EmergencyMargin float64 `json:"emergencyMargin"`
	// Failures holds one entry per domain, sorted by domain.
	Failures []Failure `json:"failures"`
}

// Failure is the plan for the loss of one failure domain.
type Failure struct {
	// Domain names the domain: a cluster's name, provider:region, or a
	// provider.
	Domain string `json:"domain"`
	// Clusters are the clusters lost with it.
	Clusters []string `json:"clusters"`
	// Status is Unaffected, Covered, Partial or NotPlanned.
	Status string `json:"status"`
	// Moves says, per workload that ran in the domain, the replicas lost
	// and where replicas are added on the survivors.
	Moves []Move `json:"moves,omitempty"`
	// Uncovered names the workloads that cannot be placed again, and why:
	// their lost replicas stay down.
	Uncovered []Uncovered `json:"uncovered,omitempty"`
	// MonthlyCostUSD is the fleet's cost under failure; NormalMonthlyCostUSD
	// the normal plan's.
	MonthlyCostUSD       float64 `json:"monthlyCostUSD"`
	NormalMonthlyCostUSD float64 `json:"normalMonthlyCostUSD"`
	// Latency lists, per workload and user geography, the demand-weighted
	// RTT where it changes under failure.
	Latency []LatencyChange `json:"latency,omitempty"`
	// Placements and Totals are the whole placement under failure, in the
	// form of a plan's (Plan.Failover makes a plan of them).
	Placements []Placement `json:"placements"`
	Totals     Totals      `json:"totals"`
	// Solver says how good the placement is: Optimal or Feasible, its
	// gap, and what the time limit cut short.
	Solver FailureSolver `json:"solver"`
}

// Move is what one workload loses in a failure and where it goes.
type Move struct {
	Workload string `json:"workload"`
	// From lists the replicas lost, by failed cluster.
	From []ClusterReplicas `json:"from"`
	// To lists the replicas added, by surviving cluster; empty when the
	// survivors already run enough.
	To []ClusterReplicas `json:"to,omitempty"`
}

// ClusterReplicas is a number of replicas in one cluster.
type ClusterReplicas struct {
	Cluster  string `json:"cluster"`
	Replicas int    `json:"replicas"`
}

// Uncovered is a workload that cannot be placed again after a failure.
type Uncovered struct {
	Workload string `json:"workload"`
	// Replicas is how many replicas stay down.
	Replicas int    `json:"replicas"`
	Reason   string `json:"reason"`
}

// LatencyChange is a geography's RTT to a workload, normally and under
// failure.
type LatencyChange struct {
	Workload  string  `json:"workload"`
	Geography string  `json:"geography"`
	NormalMs  float64 `json:"normalMs"`
	FailureMs float64 `json:"failureMs"`
}

// FailureSolver is the solver's verdict on a contingency plan.
type FailureSolver struct {
	Status string  `json:"status"`
	Gap    float64 `json:"gap"`
	// Stopped says what the time limit cut short.
	Stopped string `json:"stopped,omitempty"`
}

// fixing bounds one workload's replicas by cluster in a contingency
// plan: exactly the base replicas (exact), or at least them (the
// workload's lost replicas are placed again). Clusters absent from base
// get none when exact.
type fixing struct {
	exact bool
	base  map[string][2]int // on-demand, spot by cluster
}

// fix applies p's fixing of w in cluster cl to the variables v.
func (p *problem) fix(md *model, w *workload, cl *cluster, v candVars) {
	f, ok := p.fixed[w.name]
	if !ok {
		return
	}
	n := f.base[cl.name]
	set := func(id milp.Var, lo int) {
		if id < 0 {
			return
		}
		vr := &md.m.Vars[id]
		vr.Lower = float64(lo)
		if f.exact {
			vr.Upper = float64(lo)
		} else {
			vr.Upper = math.Max(vr.Upper, vr.Lower)
		}
	}
	set(v.x, n[0])
	set(v.s, n[1])
}

// Contingencies plans, for each failure domain of the intent's
// planning.contingency (each cluster unless it says otherwise), the
// placement after that domain is lost, starting from plan, the normal
// plan of in. Only what ran in the lost domain moves; budgets are relaxed
// by the emergency margin. opts are Solve's (Previous and ExportMPS are
// ignored); the domains share the time left before ctx's deadline, and a
// domain the time limit cut short says so in its Solver.Stopped. It
// returns nil for an infeasible plan.
func Contingencies(ctx context.Context, in *schema.Intent, cat *providers.Catalog, plan *Plan, opts Options) (*Contingency, error) {
	if plan == nil || plan.Status == StatusInfeasible {
		return nil, nil
	}
	cfg := in.Planning.Contingency
	if cfg.Domains == "" {
		cfg.Domains = schema.DomainCluster
	}
	if cfg.EmergencyMargin < 0 || math.IsNaN(cfg.EmergencyMargin) {
		return nil, fmt.Errorf("planning.contingency.emergencyMargin %g: expected a number ≥ 0", cfg.EmergencyMargin)
	}
	domains, err := failureDomains(in, cfg.Domains)
	if err != nil {
		return nil, err
	}
	opts.Previous, opts.ExportMPS, opts.Timings = nil, nil, false
	out := &Contingency{Domains: cfg.Domains, EmergencyMargin: cfg.EmergencyMargin, Failures: []Failure{}}
	for i, d := range domains {
		dctx, cancel := domainContext(ctx, len(domains)-i)
		f, err := contingency(dctx, in, cat, plan, d, cfg.EmergencyMargin, opts)
		cancel()
		if err != nil {
			return nil, err
		}
		out.Failures = append(out.Failures, f)
	}
	return out, nil
}

// domainContext is ctx ending at an equal share, among the n domains
// left, of the time before ctx's deadline.
func domainContext(ctx context.Context, n int) (context.Context, context.CancelFunc) {
	end, ok := ctx.Deadline()
	if !ok {
		return context.WithCancel(ctx)
	}
	return context.WithDeadline(ctx, time.Now().Add(time.Until(end)/time.Duration(n)))
}

// domain is one failure domain and its clusters.
type domain struct {
	name     string
	clusters []string
}

// failureDomains groups the fleet's clusters by kind: cluster, region
// (provider:region) or provider.
func failureDomains(in *schema.Intent, kind string) ([]domain, error) {
	var key func(string, schema.Cluster) string
	switch kind {
	case schema.DomainCluster:
		key = func(name string, _ schema.Cluster) string { return name }
	case schema.DomainRegion:
		key = func(_ string, c schema.Cluster) string { return regionKey(c.Provider, c.Region) }
	case schema.DomainProvider:
		key = func(_ string, c schema.Cluster) string { return c.Provider }
	default:
		return nil, fmt.Errorf("planning.contingency.domains %q: expected cluster, region or provider", kind)
	}
	groups := map[string][]string{}
	for _, name := range slices.Sorted(maps.Keys(in.Fleet)) {
		k := key(name, in.Fleet[name])
		groups[k] = append(groups[k], name)
	}
	var out []domain
	for _, k := range slices.Sorted(maps.Keys(groups)) {
		out = append(out, domain{name: k, clusters: groups[k]})
	}
	return out, nil
}

// contingency plans the loss of one domain.
func contingency(ctx context.Context, in *schema.Intent, cat *providers.Catalog, plan *Plan, d domain, margin float64, opts Options) (Failure, error) {
	f := Failure{Domain: d.name, Clusters: d.clusters, NormalMonthlyCostUSD: plan.Totals.MonthlyCostUSD}
	lost := map[string]bool{}
	for _, c := range d.clusters {
		lost[c] = true
	}
	base := map[string]map[string][2]int{} // workload → cluster → on-demand, spot
	from := map[string][]ClusterReplicas{}
	for _, pl := range plan.Placements {
		if base[pl.Workload] == nil {
			base[pl.Workload] = map[string][2]int{}
		}
		if lost[pl.Cluster] {
			from[pl.Workload] = append(from[pl.Workload], ClusterReplicas{Cluster: pl.Cluster, Replicas: pl.Replicas})
			continue
		}
		base[pl.Workload][pl.Cluster] = [2]int{pl.Replicas - pl.SpotReplicas, pl.SpotReplicas}
	}
	if len(from) == 0 {
		f.Status = FailureUnaffected
		f.MonthlyCostUSD = plan.Totals.MonthlyCostUSD
		f.Placements, f.Totals = plan.Placements, plan.Totals
		f.Solver = FailureSolver{Status: plan.Solver.Status, Gap: plan.Solver.Gap}
		return f, nil
	}
	affected := slices.Sorted(maps.Keys(from))
	cs := &contingencySolve{ctx: ctx, in: in, cat: cat, lost: lost, base: base, margin: margin, opts: opts, moved: map[string]bool{}}
	for a := range from {
		cs.moved[a] = true
	}
	uncovered := map[string]string{}
	res, err := cs.solve(uncovered)
	if err != nil {
		return notPlanned(f, err)
	}
	if res.Status == StatusInfeasible {
		// Each workload on its own first: those that cannot be placed
		// again even alone are uncovered for a reason of their own.
		for _, a := range affected {
			others := map[string]string{}
			for _, b := range affected {
				if b != a {
					others[b] = ""
				}
			}
			alone, err := cs.solve(others)
			if err != nil {
				return notPlanned(f, err)
			}
			if alone.Status == StatusInfeasible {
				uncovered[a] = strings.Join(alone.Explanations.Conflicts, "; ") + survivorsOf(alone, a)
			}
		}
		if res, err = cs.solve(uncovered); err != nil {
			return notPlanned(f, err)
		}
		// Together they may still not fit: add them one at a time, in
		// order, keeping those that fit with the ones before.
		if res.Status == StatusInfeasible {
			rest := map[string]string{}
			for _, a := range affected {
				if _, ok := uncovered[a]; !ok {
					rest[a] = ""
				}
			}
			for _, a := range affected {
				if _, ok := uncovered[a]; ok {
					continue
				}
				delete(rest, a)
				trial := maps.Clone(uncovered)
				maps.Copy(trial, rest)
				r, err := cs.solve(trial)
				if err != nil {
					return notPlanned(f, err)
				}
				if r.Status == StatusInfeasible {
					uncovered[a] = "not with the workloads placed before it: " + strings.Join(r.Explanations.Conflicts, "; ")
				}
			}
			if res, err = cs.solve(uncovered); err != nil {
				return notPlanned(f, err)
			}
			if res.Status == StatusInfeasible {
				// Even with every moved workload left down: the fixed
				// placements themselves break a rule of the survivors.
				for _, a := range affected {
					if _, ok := uncovered[a]; !ok {
						uncovered[a] = strings.Join(res.Explanations.Conflicts, "; ")
					}
				}
				f.Status = FailurePartial
				f.Solver = FailureSolver{Status: StatusInfeasible}
				f.Placements = []Placement{}
				f.Totals = Totals{Workloads: []WorkloadTotal{}, Clusters: []ClusterTotal{}}
				f.Uncovered = uncoveredList(affected, from, uncovered)
				return f, nil
			}
		}
	}
	f.Status = FailureCovered
	if len(uncovered) > 0 {
		f.Status = FailurePartial
	}
	f.Uncovered = uncoveredList(affected, from, uncovered)
	f.Placements, f.Totals = res.Placements, res.Totals
	cs.keepServing(&f, plan, uncovered)
	f.MonthlyCostUSD = res.Totals.MonthlyCostUSD
	f.Solver = FailureSolver{Status: res.Solver.Status, Gap: res.Solver.Gap, Stopped: res.Solver.Stopped}
	for _, a := range affected {
		if _, ok := uncovered[a]; ok {
			continue
		}
		f.Moves = append(f.Moves, Move{Workload: a, From: from[a], To: added(res.Placements, a, base[a])})
	}
	f.Latency = latencyChanges(plan.Totals.Workloads, res.Totals.Workloads)
	return f, nil
}

// notPlanned records a domain whose plan the time limit cut short.
func notPlanned(f Failure, err error) (Failure, error) {
	var nv *NoVerdictError
	if !errors.As(err, &nv) {
		return f, fmt.Errorf("contingency plan without %s: %w", f.Domain, err)
	}
	f.Status = FailureNotPlanned
	f.Solver = FailureSolver{Status: FailureNotPlanned, Stopped: "the time limit ended before a plan without " + f.Domain + " was found"}
	f.Placements = []Placement{}
	f.Totals = Totals{Workloads: []WorkloadTotal{}, Clusters: []ClusterTotal{}}
	return f, nil
}

// contingencySolve plans the loss of one domain with some of the moved
// workloads left down.
type contingencySolve struct {
	ctx    context.Context
	in     *schema.Intent
	cat    *providers.Catalog
	lost   map[string]bool
	base   map[string]map[string][2]int
	moved  map[string]bool
	margin float64
	opts   Options
}

// solve plans without the lost clusters, with the workloads in down left
// as they run on the survivors.
func (cs *contingencySolve) solve(down map[string]string) (*Plan, error) {
	in := failureIntent(cs.in, cs.lost, cs.margin, down)
	opts := cs.opts
	opts.fixed = make(map[string]fixing, len(in.Workloads))
	for name := range in.Workloads {
		_, isDown := down[name]
		opts.fixed[name] = fixing{exact: isDown || !cs.moved[name], base: cs.base[name]}
	}
	return Solve(cs.ctx, in, cs.cat, opts)
}

// failureIntent is in without the lost clusters, its budgets relaxed by
// margin, and the workloads in down reduced to what keeps running of
// them: no demand, latency, minimum or spread to meet (their placement
// is fixed to what survives).
func failureIntent(in *schema.Intent, lost map[string]bool, margin float64, down map[string]string) *schema.Intent {
	out := *in
	out.Fleet = make(map[string]schema.Cluster, len(in.Fleet))
	for name, c := range in.Fleet {
		if !lost[name] {
			out.Fleet[name] = c
		}
	}
	relax := func(v float64) float64 { return v * (1 + margin) }
	out.Budgets.MonthlyUSD = relax(in.Budgets.MonthlyUSD)
	out.Budgets.Teams = make(map[string]float64, len(in.Budgets.Teams))
	for k, v := range in.Budgets.Teams {
		out.Budgets.Teams[k] = relax(v)
	}
	out.Budgets.Workloads = make(map[string]float64, len(in.Budgets.Workloads))
	for k, v := range in.Budgets.Workloads {
		out.Budgets.Workloads[k] = relax(v)
	}
	if len(down) > 0 {
		out.Workloads = maps.Clone(in.Workloads)
		for name := range down {
			w := out.Workloads[name]
			w.Demand, w.Latency = nil, nil
			w.Replicas = schema.Replicas{Max: w.Replicas.Max}
			w.Availability = schema.Availability{}
			out.Workloads[name] = w
		}
	}
	return &out
}

// keepServing gives the surviving placements of the workloads left down
// the traffic they served in the normal plan: their users keep what
// still runs.
func (cs *contingencySolve) keepServing(f *Failure, plan *Plan, down map[string]string) {
	if len(down) == 0 {
		return
	}
	serves := map[[2]string][]Traffic{}
	for _, pl := range plan.Placements {
		if _, ok := down[pl.Workload]; ok && !cs.lost[pl.Cluster] {
			serves[[2]string{pl.Workload, pl.Cluster}] = pl.Serves
		}
	}
	f.Placements = slices.Clone(f.Placements)
	for i, pl := range f.Placements {
		if s, ok := serves[[2]string{pl.Workload, pl.Cluster}]; ok {
			f.Placements[i].Serves = s
		}
	}
}

// survivorsOf says which surviving clusters workload may run on, from
// the explanations of a plan without the lost ones.
func survivorsOf(plan *Plan, workload string) string {
	for _, e := range plan.Explanations.Workloads {
		if e.Workload != workload {
			continue
		}
		if len(e.Candidates) == 0 {
			return ""
		}
		return " (of the surviving clusters it may run only on " + strings.Join(e.Candidates, ", ") + ")"
	}
	return ""
}

// uncoveredList lists the workloads left down, in order.
func uncoveredList(affected []string, from map[string][]ClusterReplicas, down map[string]string) []Uncovered {
	var out []Uncovered
	for _, a := range affected {
		reason, ok := down[a]
		if !ok {
			continue
		}
		n := 0
		for _, r := range from[a] {
			n += r.Replicas
		}
		out = append(out, Uncovered{Workload: a, Replicas: n, Reason: reason})
	}
	return out
}

// added lists the replicas of workload placed beyond base, by cluster.
func added(placements []Placement, workload string, base map[string][2]int) []ClusterReplicas {
	var out []ClusterReplicas
	for _, pl := range placements {
		if pl.Workload != workload {
			continue
		}
		b := base[pl.Cluster]
		if n := pl.Replicas - b[0] - b[1]; n > 0 {
			out = append(out, ClusterReplicas{Cluster: pl.Cluster, Replicas: n})
		}
	}
	return out
}

// latencyChanges lists the workload and geography RTTs that differ
// between the normal totals and those under failure (by 0.1 ms or more).
func latencyChanges(normal, failure []WorkloadTotal) []LatencyChange {
	was := map[[2]string]float64{}
	for _, w := range normal {
		for _, g := range w.Latency {
			was[[2]string{w.Workload, g.Geography}] = g.RTTMs
		}
	}
	var out []LatencyChange
	for _, w := range failure {
		for _, g := range w.Latency {
			before, ok := was[[2]string{w.Workload, g.Geography}]
			if ok && math.Abs(before-g.RTTMs) >= 0.1 {
				out = append(out, LatencyChange{Workload: w.Workload, Geography: g.Geography, NormalMs: before, FailureMs: g.RTTMs})
			}
		}
	}
	return out
}

// Failover is the plan in force when domain has failed: p with the
// placements and totals of its contingency plan for domain, and without
// contingency plans. It is what the bundles for that failure are rendered
// from.
func (p *Plan) Failover(domain string) (*Plan, error) {
	if p.Contingency == nil {
		return nil, fmt.Errorf("plan %s has no contingency plans", p.Metadata.InputsDigest)
	}
	for _, f := range p.Contingency.Failures {
		if f.Domain != domain {
			continue
		}
		if f.Status == FailureNotPlanned {
			return nil, fmt.Errorf("contingency plan without %s: %s", domain, f.Solver.Stopped)
		}
		out := *p
		out.Contingency = nil
		out.Placements, out.Totals = f.Placements, f.Totals
		out.Solver.Status, out.Solver.Gap, out.Solver.Stopped = f.Solver.Status, f.Solver.Gap, f.Solver.Stopped
		out.Solver.Stability = ""
		if f.Solver.Status == StatusInfeasible {
			out.Status = StatusInfeasible
		} else if f.Solver.Status != StatusOptimal {
			out.Status = StatusFeasible
		}
		return &out, nil
	}
	return nil, fmt.Errorf("plan %s has no contingency plan without %q", p.Metadata.InputsDigest, domain)
}
