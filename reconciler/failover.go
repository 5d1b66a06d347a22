package reconciler

// Failover: the hub probes every cluster each cycle; a failure domain
// whose clusters have all been lost (API server unreachable, or Ready
// nodes short of what the cluster's bundle requests) for longer than
// FailoverOptions.After is failed over: each survivor applies its
// contingency bundle for the loss of the domain,
// REPO:<cluster>-<commit>-without-<domain>, or its normal bundle when it
// has none (publication is sparse). Once the domain's clusters have been
// healthy for FailoverOptions.Back, they are failed back: their normal
// bundles are applied first and must be healthy, then the survivors go
// back to theirs, pruning what they absorbed.

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"sync"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/reconciler/apply"
	"isobar.dev/isobar/reconciler/source"
	"isobar.dev/isobar/schema"
)

// FailoverOptions configure the detection of lost clusters and the
// failover of their failure domain onto the contingency bundles. The zero
// value disables both. A hub probes every cluster; an agent, which
// reaches only its own, needs Heartbeats to learn of the others.
type FailoverOptions struct {
	// After is how long a cluster must be lost without a break before its
	// failure domain fails over (once every cluster of the domain is
	// lost). Zero disables failover.
	After time.Duration
	// Back is how long a lost cluster must be healthy without a break
	// before its domain fails back; default 5m.
	Back time.Duration
	// Cooldown is the shortest time between two failovers of one domain;
	// default 10m. A domain lost again within it stays where it is (its
	// survivors on their normal bundles) and the status says until when.
	Cooldown time.Duration
	// ProbeTimeout bounds one cluster's probe (its /readyz and a list of
	// its Nodes); default 5s.
	ProbeTimeout time.Duration
	// Heartbeats, when set, is agent mode's view of the other clusters:
	// the agent (whose one target is its own cluster) publishes its
	// heartbeat there and judges its peers by theirs (see
	// failover_heartbeat.go). Nil: hub mode, every cluster probed.
	Heartbeats Heartbeats
	// HeartbeatEvery is the time between an agent's heartbeats; default
	// a quarter of After, at least 1s and at most 30s. A peer's heartbeat
	// may stay the same for three of these (at most After) before the
	// peer counts as unhealthy.
	HeartbeatEvery time.Duration
}

// Defaults of FailoverOptions.
const (
	DefaultFailoverAfter    = 2 * time.Minute
	DefaultFailbackAfter    = 5 * time.Minute
	DefaultFailoverCooldown = 10 * time.Minute
	DefaultProbeTimeout     = 5 * time.Second
)

// Enabled reports whether failover is on.
func (o FailoverOptions) Enabled() bool { return o.After > 0 }

func (o *FailoverOptions) defaults() error {
	if o.After < 0 || o.Back < 0 || o.Cooldown < 0 || o.ProbeTimeout < 0 {
		return errors.New("reconciler: failover durations must not be negative")
	}
	if o.Back == 0 {
		o.Back = DefaultFailbackAfter
	}
	if o.Cooldown == 0 {
		o.Cooldown = DefaultFailoverCooldown
	}
	if o.ProbeTimeout == 0 {
		o.ProbeTimeout = DefaultProbeTimeout
	}
	if o.HeartbeatEvery < 0 {
		return errors.New("reconciler: the heartbeat interval must not be negative")
	}
	if o.HeartbeatEvery == 0 {
		o.HeartbeatEvery = min(max(o.After/4, time.Second), 30*time.Second)
	}
	return nil
}

// Roles of a cluster in a failover (FailoverStatus.Role).
const (
	// RoleLost: the cluster belongs to the failed domain; its load runs on
	// the survivors and the reconciler leaves it alone until it fails back.
	RoleLost = "lost"
	// RoleSurvivor: the cluster runs its contingency bundle for the loss
	// of the domain, or its normal bundle when it has none.
	RoleSurvivor = "survivor"
)

// FailoverStatus is a cluster's part in a failover.
type FailoverStatus struct {
	// Domain is the failure domain lost: a cluster's name,
	// provider:region or a provider (planning.contingency.domains).
	Domain string `json:"domain"`
	// Role is "lost" or "survivor".
	Role string `json:"role"`
	// Since is when the domain failed over.
	Since time.Time `json:"since,omitzero"`
	// FailingBack reports that the lost clusters are healthy again and
	// their normal bundles are being applied; the survivors go back to
	// theirs once those are healthy.
	FailingBack bool `json:"failingBack,omitempty"`
	// Contingency reports that the survivor runs its contingency bundle
	// (false: it has none for this domain and runs its normal bundle).
	Contingency bool `json:"contingency,omitempty"`
	// Reason says why the cluster is lost.
	Reason string `json:"reason,omitempty"`
	// ExtraMonthlyCostUSD is what the fleet costs more per month while
	// the contingency plan runs, and Down the workloads it cannot place
	// again ("web: 2 replicas"), as the survivor's signed contingency
	// bundle says (none when it runs its normal bundle).
	ExtraMonthlyCostUSD float64  `json:"extraMonthlyCostUSD,omitempty"`
	Down                []string `json:"down,omitempty"`
}

// FailoverHeld is a failure domain found lost but not failed over.
type FailoverHeld struct {
	Domain string `json:"domain"`
	// Reason says why (the cooldown, another domain failed over, no
	// survivor).
	Reason string `json:"reason"`
	// Until is when the cooldown ends, when that is the reason.
	Until time.Time `json:"until,omitzero"`
}

// Transitions of a failure domain (metric label, Event reason).
const (
	TransitionFailedOver    = "FailedOver"
	TransitionFailingBack   = "FailingBack"
	TransitionFailbackAbort = "FailbackAborted"
	TransitionFailedBack    = "FailedBack"
	// TransitionHeld: a domain is lost but not failed over (cooldown,
	// another domain failed over, no survivor); once per episode.
	TransitionHeld = "FailoverHeld"
)

// probeResult is what a probe found.
type probeResult struct {
	healthy bool
	// reason says why the cluster is not healthy.
	reason string
	// since, when set, is when the cluster turned unhealthy (a peer's
	// heartbeat that stopped advancing), rather than now.
	since time.Time
	// keep: nothing is known of the cluster this cycle (its heartbeat
	// could not be read); its health stays as it was.
	keep bool
}

// clusterHealth is a cluster's health as the tracker follows it.
type clusterHealth struct {
	healthy bool
	reason  string
	// since is when the cluster's health last changed (or was first seen).
	since time.Time
}

// domainState is a failure domain's failover state.
type domainState struct {
	clusters []string
	// since is when the domain last failed over (zero: never).
	since time.Time
	// held says why a lost domain is not failed over; until is when its
	// cooldown ends, when that is why.
	held  string
	until time.Time
}

// transition is a change of a failure domain's state.
type transition struct {
	domain, kind, message string
}

// tracker follows the clusters' health and the failover state. It is a
// value with no I/O: the reconciler feeds it probe results and the clock.
type tracker struct {
	opts     FailoverOptions
	clusters map[string]*clusterHealth
	domains  map[string]*domainState
	// active is the domain failed over ("" when none); failingBack says
	// its clusters are back and their normal bundles are being applied.
	active      string
	failingBack bool
}

func newTracker(opts FailoverOptions) *tracker {
	return &tracker{opts: opts, clusters: map[string]*clusterHealth{}, domains: map[string]*domainState{}}
}

// lost reports whether a cluster has been unhealthy for longer than After.
func (t *tracker) lost(name string, now time.Time) bool {
	h := t.clusters[name]
	return h != nil && !h.healthy && now.Sub(h.since) >= t.opts.After
}

// back reports whether a cluster has been healthy for Back.
func (t *tracker) back(name string, now time.Time) bool {
	h := t.clusters[name]
	return h != nil && h.healthy && now.Sub(h.since) >= t.opts.Back
}

// observe records the probes of a cycle and moves the failover state:
// domains maps each failure domain to its clusters (every probed cluster
// in exactly one). It returns the transitions, in order.
func (t *tracker) observe(now time.Time, domains map[string][]string, probes map[string]probeResult) []transition {
	for name, p := range probes {
		h := t.clusters[name]
		since := now
		if !p.since.IsZero() && p.since.Before(now) {
			since = p.since
		}
		switch {
		case p.keep && h != nil:
		case p.keep:
			t.clusters[name] = &clusterHealth{healthy: true, reason: p.reason, since: now}
		case h == nil:
			t.clusters[name] = &clusterHealth{healthy: p.healthy, reason: p.reason, since: since}
		case h.healthy != p.healthy:
			h.healthy, h.reason, h.since = p.healthy, p.reason, since
		default:
			h.reason = p.reason
		}
	}
	for name := range t.clusters {
		if _, ok := probes[name]; !ok {
			delete(t.clusters, name) // no longer in the fleet
		}
	}
	for name, cs := range domains {
		d := t.domains[name]
		if d == nil {
			d = &domainState{}
			t.domains[name] = d
		}
		d.clusters = slices.Sorted(slices.Values(cs))
	}
	wasHeld := map[string]bool{}
	for name, d := range t.domains {
		wasHeld[name] = d.held != ""
		d.held, d.until = "", time.Time{}
	}
	for name := range t.domains {
		if _, ok := domains[name]; !ok && name != t.active {
			delete(t.domains, name)
		}
	}
	var out []transition
	if t.active != "" {
		d := t.domains[t.active]
		if _, ok := domains[t.active]; !ok {
			// The domain left the fleet: nothing to fail back to.
			out = append(out, transition{t.active, TransitionFailedBack, fmt.Sprintf("failure domain %s is no longer in the fleet; the survivors go back to their normal bundles", t.active)})
			t.active, t.failingBack = "", false
		} else {
			allBack := true
			for _, c := range d.clusters {
				allBack = allBack && t.back(c, now)
			}
			switch {
			case allBack && !t.failingBack:
				t.failingBack = true
				out = append(out, transition{t.active, TransitionFailingBack, fmt.Sprintf("failure domain %s has been healthy for %s: applying its normal bundles, then the survivors go back to theirs", t.active, t.opts.Back)})
			case !allBack && t.failingBack && t.anyUnhealthy(d.clusters):
				t.failingBack = false
				out = append(out, transition{t.active, TransitionFailbackAbort, fmt.Sprintf("failure domain %s is unhealthy again during its failback; the survivors keep its load", t.active)})
			}
		}
	}
	// Lost domains, in the order they were lost.
	var lost []string
	for name, d := range t.domains {
		if name == t.active || len(d.clusters) == 0 {
			continue
		}
		all := true
		for _, c := range d.clusters {
			all = all && t.lost(c, now)
		}
		if all {
			lost = append(lost, name)
		}
	}
	slices.SortFunc(lost, func(a, b string) int {
		if c := t.lostSince(a).Compare(t.lostSince(b)); c != 0 {
			return c
		}
		return strings.Compare(a, b)
	})
	for _, name := range lost {
		d := t.domains[name]
		switch {
		case len(d.clusters) == len(probes):
			d.held = "every cluster of the fleet is in it: there is no survivor to fail over to"
		case t.active != "":
			d.held = fmt.Sprintf("failure domain %s is failed over already; a second failure has no contingency bundles (they cover one domain at a time)", t.active)
		case !d.since.IsZero() && now.Sub(d.since) < t.opts.Cooldown:
			d.until = d.since.Add(t.opts.Cooldown)
			d.held = fmt.Sprintf("it failed over at %s; at most one failover per %s (held until %s)", d.since.UTC().Format(time.RFC3339), t.opts.Cooldown, d.until.UTC().Format(time.RFC3339))
		default:
			t.active, t.failingBack, d.since = name, false, now
			var why []string
			for _, c := range d.clusters {
				why = append(why, c+": "+t.clusters[c].reason)
			}
			out = append(out, transition{name, TransitionFailedOver, fmt.Sprintf("failure domain %s lost for over %s (%s): the survivors take its load", name, t.opts.After, strings.Join(why, "; "))})
		}
		if d.held != "" && !wasHeld[name] {
			out = append(out, transition{name, TransitionHeld, fmt.Sprintf("failure domain %s is lost but not failed over: %s", name, d.held)})
		}
	}
	return out
}

func (t *tracker) anyUnhealthy(clusters []string) bool {
	for _, c := range clusters {
		if h := t.clusters[c]; h == nil || !h.healthy {
			return true
		}
	}
	return false
}

// lostSince is when the last of a domain's clusters turned unhealthy.
func (t *tracker) lostSince(domain string) time.Time {
	var last time.Time
	for _, c := range t.domains[domain].clusters {
		if h := t.clusters[c]; h != nil && h.since.After(last) {
			last = h.since
		}
	}
	return last
}

// failedBack ends the active domain's failback: its clusters run their
// normal bundles, healthy.
func (t *tracker) failedBack() transition {
	tr := transition{t.active, TransitionFailedBack, fmt.Sprintf("failure domain %s runs its normal bundles again, healthy: the survivors go back to theirs", t.active)}
	t.active, t.failingBack = "", false
	return tr
}

// domainOf names a cluster's failure domain of the given kind.
func domainOf(kind, name string, c schema.Cluster) string {
	switch kind {
	case schema.DomainRegion:
		return c.Provider + ":" + c.Region
	case schema.DomainProvider:
		return c.Provider
	default:
		return name
	}
}

// failoverDomains groups the targets by failure domain of the intent's
// kind (planning.contingency.domains, cluster by default).
func failoverDomains(in *schema.Intent, targets []Target) map[string][]string {
	kind := in.Planning.Contingency.Domains
	out := map[string][]string{}
	for _, t := range targets {
		d := domainOf(kind, t.Cluster, in.Fleet[t.Cluster])
		out[d] = append(out[d], t.Cluster)
	}
	return out
}

// failover is the reconciler's failover state.
type failover struct {
	mu sync.Mutex
	t  *tracker
	// clients are the probes' clients by cluster, made again when the
	// cluster's connection changes.
	clients map[string]probeClient
	// beats follows the peers' heartbeats (agent mode).
	beats *heartbeatWatcher
}

type probeClient struct {
	config *rest.Config
	cs     kubernetes.Interface
}

// probeClient returns the client probing a target, each request bounded by
// the probe timeout.
func (r *Reconciler) probeClient(t Target) (kubernetes.Interface, error) {
	r.failover.mu.Lock()
	defer r.failover.mu.Unlock()
	if c, ok := r.failover.clients[t.Cluster]; ok && c.config == t.Config {
		return c.cs, nil
	}
	cfg := rest.CopyConfig(t.Config)
	cfg.Timeout = r.opts.Failover.ProbeTimeout
	cs, err := kubernetes.NewForConfig(cfg)
	if err != nil {
		return nil, err
	}
	if r.failover.clients == nil {
		r.failover.clients = map[string]probeClient{}
	}
	r.failover.clients[t.Cluster] = probeClient{config: t.Config, cs: cs}
	return cs, nil
}

// failoverPlan is what a cycle does about failover: which clusters are
// left alone, which fail back first, and which domain's contingency
// bundles the others apply.
type failoverPlan struct {
	active      string
	since       time.Time
	failingBack bool
	lost        map[string]string // lost cluster → reason
	// held are the domains lost but not failed over.
	held []FailoverHeld
}

// failoverStep probes the targets, moves the failover state and returns
// what this cycle does; nil when failover is off.
func (r *Reconciler) failoverStep(ctx context.Context, in *schema.Intent, rev source.Revision, targets []Target) *failoverPlan {
	if !r.opts.Failover.Enabled() {
		return nil
	}
	var probes map[string]probeResult
	var domains map[string][]string
	if r.opts.Failover.Heartbeats != nil && len(targets) == 1 {
		probes, domains = r.peerProbes(ctx, in, rev, targets[0])
	} else {
		probes, domains = r.probeAll(ctx, targets), failoverDomains(in, targets)
	}
	now := r.opts.Now()
	r.failover.mu.Lock()
	trs := r.failover.t.observe(now, domains, probes)
	plan := r.currentPlan()
	r.failover.mu.Unlock()
	for _, h := range plan.held {
		r.opts.Logger.Warn("failure domain lost, not failed over", "domain", h.Domain, "reason", h.Reason)
	}
	for name, p := range probes {
		if !p.keep {
			r.opts.Metrics.probed(name, p.healthy)
		}
	}
	r.transitions(ctx, trs, targets)
	return plan
}

// probeAll probes the targets concurrently (hub mode).
func (r *Reconciler) probeAll(ctx context.Context, targets []Target) map[string]probeResult {
	probes := make(map[string]probeResult, len(targets))
	var mu sync.Mutex
	var wg sync.WaitGroup
	for _, t := range targets {
		c := r.cluster(t)
		need := requirementOf(c)
		wg.Go(func() {
			p := r.probe(ctx, t, need)
			mu.Lock()
			probes[t.Cluster] = p
			mu.Unlock()
		})
	}
	wg.Wait()
	return probes
}

// currentPlan reads the tracker's state; r.failover.mu is held.
func (r *Reconciler) currentPlan() *failoverPlan {
	t := r.failover.t
	plan := &failoverPlan{active: t.active, failingBack: t.failingBack, lost: map[string]string{}}
	for _, name := range slices.Sorted(maps.Keys(t.domains)) {
		if d := t.domains[name]; d.held != "" {
			plan.held = append(plan.held, FailoverHeld{Domain: name, Reason: d.held, Until: d.until})
		}
	}
	if t.active != "" {
		d := t.domains[t.active]
		plan.since = d.since
		for _, c := range d.clusters {
			reason := "healthy again, failing back"
			if h := t.clusters[c]; h != nil && !h.healthy {
				reason = h.reason
			} else if h != nil && !t.failingBack {
				reason = fmt.Sprintf("healthy since %s; fails back after %s", h.since.UTC().Format(time.RFC3339), t.opts.Back)
			}
			plan.lost[c] = reason
		}
	}
	return plan
}

// transitions logs, counts and records as Events the domains'
// transitions, on every reachable target's inventory Secret.
func (r *Reconciler) transitions(ctx context.Context, trs []transition, targets []Target) {
	for _, tr := range trs {
		r.opts.Logger.Warn("failover", "domain", tr.domain, "transition", tr.kind, "message", tr.message)
		r.opts.Metrics.failoverTransition(tr.domain, tr.kind)
		for _, t := range targets {
			typ := corev1.EventTypeWarning
			if tr.kind == TransitionFailedBack {
				typ = corev1.EventTypeNormal
			}
			if err := r.failoverEvent(ctx, t, typ, tr.kind, tr.message); err != nil {
				r.opts.Logger.Debug("could not record the failover Event", "cluster", t.Cluster, "error", err)
			}
		}
	}
}

// runFailover runs a cycle's cluster work under a failover plan: first the
// clusters of a domain failing back, with their normal bundles; once every
// one of them is Ready and healthy at rev, the domain has failed back and
// the survivors apply their normal bundles in the same cycle; until then
// they keep their contingency bundles. The lost clusters of an active
// failover are left alone. run reconciles the given clusters.
func (r *Reconciler) runFailover(ctx context.Context, plan *failoverPlan, rev source.Revision, targets []Target, run func([]*clusterState, string)) {
	var lost, others []*clusterState
	for _, t := range targets {
		c := r.cluster(t)
		if _, ok := plan.lost[t.Cluster]; ok {
			lost = append(lost, c)
		} else {
			others = append(others, c)
		}
	}
	if plan.active == "" {
		run(others, "")
		r.opts.Metrics.failoverActive(r.failoverDomainNames(), "")
		r.opts.Metrics.failoverCost(r.failoverDomainNames(), "", 0)
		return
	}
	if plan.failingBack {
		r.mu.Lock()
		for _, c := range lost {
			c.status.NextAttempt = time.Time{} // the backoff of its outage ends now
		}
		r.mu.Unlock()
		run(lost, "")
		done := true
		r.mu.Lock()
		for _, c := range lost {
			st := c.status
			done = done && st.Phase == PhaseReady && st.Healthy && st.AppliedRevision == rev.Commit
		}
		r.mu.Unlock()
		if done {
			r.failover.mu.Lock()
			tr := r.failover.t.failedBack()
			r.failover.mu.Unlock()
			r.mu.Lock()
			r.fplan = &failoverPlan{lost: map[string]string{}}
			for _, c := range lost {
				c.status.Failover = nil
			}
			r.mu.Unlock()
			r.transitions(ctx, []transition{tr}, targets)
			run(others, "")
			r.opts.Metrics.failoverActive(r.failoverDomainNames(), "")
			r.opts.Metrics.failoverCost(r.failoverDomainNames(), "", 0)
			return
		}
	} else {
		r.markLost(lost, plan)
	}
	before := r.runningContingency(others)
	run(others, plan.active)
	r.contingencyEvents(ctx, others, before)
	r.opts.Metrics.failoverActive(r.failoverDomainNames(), plan.active)
	r.opts.Metrics.failoverCost(r.failoverDomainNames(), plan.active, r.extraCost())
}

// runningContingency is the digest of the contingency bundle each
// cluster runs.
func (r *Reconciler) runningContingency(cs []*clusterState) map[string]string {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := map[string]string{}
	for _, c := range cs {
		if f := c.status.Failover; f != nil && f.Contingency {
			out[c.target.Cluster] = c.status.Digest
		}
	}
	return out
}

// contingencyEvents records a Warning Event, ContingencyApplied, on each
// cluster that runs a contingency bundle it did not run before the
// cycle: its status message says since when, what it costs and what
// stays down.
func (r *Reconciler) contingencyEvents(ctx context.Context, cs []*clusterState, before map[string]string) {
	after := r.runningContingency(cs)
	for _, c := range cs {
		d, ok := after[c.target.Cluster]
		if !ok || before[c.target.Cluster] == d {
			continue
		}
		r.mu.Lock()
		msg := c.status.Message
		r.mu.Unlock()
		r.opts.Logger.Warn("running a contingency bundle", "cluster", c.target.Cluster, "message", msg)
		if err := r.failoverEvent(ctx, c.target, corev1.EventTypeWarning, "ContingencyApplied", msg); err != nil {
			r.opts.Logger.Debug("could not record the failover Event", "cluster", c.target.Cluster, "error", err)
		}
	}
}

// extraCost is the fleet's extra monthly cost under the running
// contingency plan, as the survivors' contingency bundles say (0 when
// none runs one).
func (r *Reconciler) extraCost() float64 {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, name := range slices.Sorted(maps.Keys(r.clusters)) {
		if usd, ok := r.clusters[name].status.extraCost(); ok {
			return usd
		}
	}
	return 0
}

func (r *Reconciler) failoverDomainNames() []string {
	r.failover.mu.Lock()
	defer r.failover.mu.Unlock()
	return slices.Sorted(maps.Keys(r.failover.t.domains))
}

// markLost sets the status of the clusters of the domain failed over.
func (r *Reconciler) markLost(lost []*clusterState, plan *failoverPlan) {
	now := r.opts.Now()
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, c := range lost {
		st := &c.status
		st.Phase = PhaseFailedOver
		st.LastAttempt = now
		// Not retried while failed over: no backoff wakes the loop up.
		st.NextAttempt = time.Time{}
		st.Message = fmt.Sprintf("failure domain %s failed over at %s: the survivors run its load; the reconciler leaves the cluster alone until it fails back", plan.active, plan.since.UTC().Format(time.RFC3339))
		st.Failover = &FailoverStatus{Domain: plan.active, Role: RoleLost, Since: plan.since, Reason: plan.lost[c.target.Cluster]}
		st.FailoverHeld = plan.held
	}
}

// failoverStatus completes a reconciled cluster's status with its part in
// the failover (nil when none); r.mu is held.
func (c *clusterState) failoverStatus(st *ClusterStatus, plan *failoverPlan) {
	st.Failover, st.FailoverHeld = nil, nil
	if plan == nil {
		return
	}
	st.FailoverHeld = plan.held
	if plan.active == "" {
		return
	}
	if _, lost := plan.lost[c.target.Cluster]; lost {
		st.Failover = &FailoverStatus{Domain: plan.active, Role: RoleLost, Since: plan.since, FailingBack: true, Reason: plan.lost[c.target.Cluster]}
		return
	}
	st.Failover = &FailoverStatus{Domain: plan.active, Role: RoleSurvivor, Since: plan.since, FailingBack: plan.failingBack,
		Contingency: c.cache != nil && c.cache.without == plan.active}
	if st.Failover.Contingency {
		if cost := c.cache.pulled.Metadata.Contingency; cost != nil {
			st.Failover.ExtraMonthlyCostUSD = cost.ExtraMonthlyCostUSD
			for _, d := range cost.Down {
				st.Failover.Down = append(st.Failover.Down, d.String())
			}
		}
	}
	if st.Phase == PhaseReady {
		what := "its normal bundle (it has no contingency bundle for this domain)"
		if st.Failover.Contingency {
			what = "its contingency bundle" + costNote(c.cache.pulled.Metadata.Contingency)
		}
		st.Message = fmt.Sprintf("failure domain %s failed over since %s: running %s", plan.active, plan.since.UTC().Format(time.RFC3339), what)
	}
}

// costNote is ", +X USD/month for the fleet, down: …" for a contingency
// bundle's cost ("" when it says none).
func costNote(c *bundle.ContingencyCost) string {
	if c == nil {
		return ""
	}
	s := fmt.Sprintf(" (%+.2f USD/month for the fleet", c.ExtraMonthlyCostUSD)
	if len(c.Down) == 0 {
		return s + ", nothing down)"
	}
	down := make([]string, len(c.Down))
	for i, d := range c.Down {
		down[i] = d.String()
	}
	return s + ", down: " + strings.Join(down, ", ") + ")"
}

// extraCost is the extra monthly cost of the failover a cluster takes
// part in, as its contingency bundle says; false when it has none.
func (st *ClusterStatus) extraCost() (float64, bool) {
	if st.Failover == nil || !st.Failover.Contingency {
		return 0, false
	}
	return st.Failover.ExtraMonthlyCostUSD, true
}

func sameHeld(a, b FailoverHeld) bool {
	return a.Domain == b.Domain && a.Reason == b.Reason && a.Until.Equal(b.Until)
}

// contingencyTag is the reference of the cluster's contingency bundle for
// the loss of domain.
func (r *Reconciler) contingencyTag(cluster, domain string, rev source.Revision) string {
	return r.opts.Registry + ":" + bundle.ContingencyTag(bundle.Metadata{Cluster: cluster, Revision: rev.Commit}, domain)
}

// pullContingency pulls, verified, the cluster's contingency bundle for
// the loss of domain; errWaiting when none is published (the normal
// bundle stands). A contingency bundle must name the revision its tag
// names: a signed bundle of another commit put under the tag is refused.
func (r *Reconciler) pullContingency(ctx context.Context, c *clusterState, rev source.Revision, domain string) (*bundle.Pulled, error) {
	p, err := r.pullTag(ctx, c, r.contingencyTag(c.target.Cluster, domain, rev), domain)
	if err != nil {
		return nil, err
	}
	if p.Metadata.Revision != rev.Commit {
		return nil, &refusedError{reasons: []string{fmt.Sprintf("the contingency bundle without %s is of revision %s, not %s", domain, short(p.Metadata.Revision), short(rev.Commit))}}
	}
	if c := p.Metadata.Contingency; c != nil && c.Without != domain {
		return nil, &refusedError{reasons: []string{fmt.Sprintf("the bundle tagged as the contingency bundle without %s says it is for the loss of %s", domain, c.Without)}}
	}
	return p, nil
}

// probe tells whether a cluster is healthy: its API server answers
// /readyz within the probe timeout, and its Ready, schedulable Nodes can
// hold what its bundle requests (need; nothing checked when zero).
func (r *Reconciler) probe(ctx context.Context, t Target, need resources) probeResult {
	if t.Config == nil {
		return probeResult{healthy: true}
	}
	cs, err := r.probeClient(t)
	if err != nil {
		return probeResult{reason: err.Error()}
	}
	ctx, cancel := context.WithTimeout(ctx, r.opts.Failover.ProbeTimeout)
	defer cancel()
	body, err := cs.Discovery().RESTClient().Get().AbsPath("/readyz").DoRaw(ctx)
	if err != nil {
		return probeResult{reason: fmt.Sprintf("API server not ready: %s", probeError(err, body))}
	}
	if need.zero() {
		return probeResult{healthy: true}
	}
	// ResourceVersion "0": served from the API server's cache.
	nodes, err := cs.CoreV1().Nodes().List(ctx, metav1.ListOptions{ResourceVersion: "0"})
	if err != nil {
		return probeResult{reason: fmt.Sprintf("cannot list nodes: %v", err)}
	}
	have := readyCapacity(nodes.Items)
	if short := have.shortOf(need); short != "" {
		return probeResult{reason: "ready nodes short of what the bundle requests: " + short}
	}
	return probeResult{healthy: true}
}

func probeError(err error, body []byte) string {
	if len(body) > 0 && len(body) < 200 && apierrors.ReasonForError(err) != "" {
		return fmt.Sprintf("%v: %s", err, strings.TrimSpace(string(body)))
	}
	return err.Error()
}

// failoverEvent records an Event on a cluster's inventory Secret.
func (r *Reconciler) failoverEvent(ctx context.Context, t Target, typ, reason, msg string) error {
	if t.Config == nil {
		return nil
	}
	cs, err := r.probeClient(t)
	if err != nil {
		return err
	}
	d := apply.DefaultOptions()
	ns, name := r.opts.Apply.InventoryNamespace, r.opts.Apply.InventoryName
	if ns == "" {
		ns = d.InventoryNamespace
	}
	if name == "" {
		name = d.InventoryName
	}
	if len(msg) > 1000 {
		msg = msg[:1000] + "…"
	}
	now := metav1.NewTime(r.opts.Now())
	ev := &corev1.Event{
		ObjectMeta:     metav1.ObjectMeta{GenerateName: name + ".", Namespace: ns},
		InvolvedObject: corev1.ObjectReference{APIVersion: "v1", Kind: "Secret", Namespace: ns, Name: name},
		Type:           typ, Reason: reason, Message: msg,
		Source:         corev1.EventSource{Component: "isobar-reconciler"},
		FirstTimestamp: now, LastTimestamp: now, Count: 1,
		ReportingController: "isobar.dev/reconciler", ReportingInstance: "isobar",
	}
	ctx, cancel := context.WithTimeout(ctx, r.opts.Failover.ProbeTimeout)
	defer cancel()
	_, err = cs.CoreV1().Events(ns).Create(ctx, ev, metav1.CreateOptions{})
	return err
}

func sameFailover(a, b *FailoverStatus) bool {
	if a == nil || b == nil {
		return a == b
	}
	return a.Domain == b.Domain && a.Role == b.Role && a.Since.Equal(b.Since) && a.FailingBack == b.FailingBack && a.Contingency == b.Contingency &&
		a.ExtraMonthlyCostUSD == b.ExtraMonthlyCostUSD && slices.Equal(a.Down, b.Down)
}

// leavingContingency is the digest of the contingency bundle a cluster
// leaves when it goes back to its normal bundle (without ""), else "".
func leavingContingency(prev *pulledBundle, without string) string {
	if without != "" || prev == nil || prev.without == "" {
		return ""
	}
	return prev.pulled.Ref.DigestStr()
}
