package reconciler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"slices"
	"sync"
	"time"

	"k8s.io/client-go/rest"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/reconciler/apply"
	"isobar.dev/isobar/reconciler/source"
	"isobar.dev/isobar/schema"
)

// Source is where intent comes from. Fetch is called once per cycle;
// Intent at most once per revision.
type Source interface {
	// Fetch returns the desired revision.
	Fetch(ctx context.Context) (source.Revision, error)
	// Intent reads and validates the intent at a revision.
	Intent(ctx context.Context, rev source.Revision) (*schema.Intent, error)
	// String names the source without credentials, for status and logs.
	String() string
}

// Target is a cluster to reconcile and how to reach it.
type Target struct {
	// Cluster is the cluster's name in the fleet.
	Cluster string
	// Config connects to its API server.
	Config *rest.Config
}

// Options configure a Reconciler.
type Options struct {
	// Registry is the repository the bundles are published to
	// (REPO of `isobar publish --registry REPO`).
	Registry string
	// Trust says whose signatures bundles must carry.
	Trust bundle.Trust
	// InsecureSkipVerify applies bundles without checking their signature.
	// Never use it in production: anyone who can push to the registry then
	// decides what runs. It is logged every cycle and shown in the status.
	InsecureSkipVerify bool
	// BundleOptions are passed to the registry calls (e.g. bundle.WithInsecure
	// for a loopback registry in tests).
	BundleOptions []bundle.Option
	// Targets resolves the clusters to reconcile from the intent at the
	// desired revision: one fixed cluster for an agent, every fleet
	// cluster's kube context for a hub.
	Targets func(in *schema.Intent) ([]Target, error)
	// Apply are the apply engines' options (drift mode, the mass-deletion
	// guard, health timeout, …).
	Apply apply.Options
	// Interval is the time between cycles; default 1m.
	Interval time.Duration
	// Concurrency bounds the clusters reconciled at once; default 4.
	Concurrency int
	// BackoffBase and BackoffMax bound the exponential backoff of a failing
	// cluster; defaults 5s and 5m.
	BackoffBase, BackoffMax time.Duration
	// WaitingGrace is how long a cluster may wait for the bundle of a new
	// revision before the wait is recorded in the cluster (status and
	// Event); default 10m. Until then it shows in the reconciler's own
	// status, logs and metrics, and the cluster keeps its recorded status:
	// a commit whose bundles are published within it writes nothing to
	// the clusters it does not change.
	WaitingGrace time.Duration
	// ClusterTimeout bounds one cluster's work in a cycle: fetching and
	// verifying its bundle, applying it and waiting for health. A cluster
	// (or its registry) that stalls past it fails with an error that says
	// so, is retried with backoff, and holds up no other cluster. Default
	// 10m; keep it above the apply engine's waits (Apply.HealthTimeout and
	// the others) and the bundle operations' deadlines.
	ClusterTimeout time.Duration
	// Logger receives structured logs (never secrets); default discards.
	Logger *slog.Logger
	// Metrics, when set, receives the reconciler's metrics.
	Metrics *Metrics
	// Now is the clock; default time.Now (tests replace it).
	Now func() time.Time
	// Moves, when set, moves replicas between clusters without downtime
	// (make before break, see MoveOptions); nil applies each cluster's
	// bundle as it comes.
	Moves *MoveOptions
	// Failover detects lost clusters and fails their failure domain over
	// to the contingency bundles (a hub probes the clusters, agents share
	// heartbeats); off by default.
	Failover FailoverOptions
	// Spot stands on-demand replicas in for reclaimed spot capacity (hub
	// and agent mode); off by default.
	Spot SpotOptions
}

// DefaultClusterTimeout is Options.ClusterTimeout's default.
const DefaultClusterTimeout = 10 * time.Minute

// clusterDeadline bounds one cluster's work in a cycle by
// Options.ClusterTimeout; stalled says why, once the deadline has passed.
func (r *Reconciler) clusterDeadline(ctx context.Context, cluster string) (context.Context, context.CancelFunc, func(error) error) {
	cause := &deadlineError{msg: fmt.Sprintf("cluster %s: not done within %s (the cluster or the registry stalled)", cluster, r.opts.ClusterTimeout)}
	cctx, cancel := context.WithTimeoutCause(ctx, r.opts.ClusterTimeout, cause)
	stalled := func(err error) error {
		if err == nil || ctx.Err() != nil || context.Cause(cctx) != error(cause) || errors.Is(err, cause) {
			return err
		}
		return fmt.Errorf("%w; %w", cause, err)
	}
	return cctx, cancel, stalled
}

// deadlineError is the cause of a cluster's deadline; it matches
// context.DeadlineExceeded.
type deadlineError struct{ msg string }

func (e *deadlineError) Error() string { return e.msg }
func (e *deadlineError) Unwrap() error { return context.DeadlineExceeded }

func (o *Options) defaults() error {
	if o.Registry == "" {
		return errors.New("reconciler: no registry")
	}
	if o.Targets == nil {
		return errors.New("reconciler: no targets")
	}
	if !o.InsecureSkipVerify {
		if err := o.Trust.Validate(); err != nil {
			return fmt.Errorf("reconciler: %w", err)
		}
	}
	if o.Interval <= 0 {
		o.Interval = time.Minute
	}
	if o.Concurrency <= 0 {
		o.Concurrency = 4
	}
	if o.BackoffBase <= 0 {
		o.BackoffBase = 5 * time.Second
	}
	if o.BackoffMax <= 0 {
		o.BackoffMax = 5 * time.Minute
	}
	if o.WaitingGrace <= 0 {
		o.WaitingGrace = 10 * time.Minute
	}
	if o.ClusterTimeout <= 0 {
		o.ClusterTimeout = DefaultClusterTimeout
	}
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	if o.Moves != nil {
		mo := *o.Moves
		mo.defaults(o.Interval)
		o.Moves = &mo
	}
	if err := o.Spot.defaults(); err != nil {
		return err
	}
	return o.Failover.defaults()
}

// Reconciler keeps the clusters converged. Its methods are safe for
// concurrent use; cycles run one at a time.
type Reconciler struct {
	src  Source
	opts Options

	cycleMu sync.Mutex // one cycle at a time
	trigger chan struct{}

	mu       sync.Mutex
	clusters map[string]*clusterState
	intent   *intentCache
	ready    bool
	// fplan is the failover plan of the running cycle (nil: failover off).
	fplan *failoverPlan

	failover failover
	// beatState is the agent's own heartbeat (agent-mode failover).
	beatState agentBeat
}

// New returns a Reconciler following src.
func New(src Source, opts Options) (*Reconciler, error) {
	if src == nil {
		return nil, errors.New("reconciler: no source")
	}
	if err := opts.defaults(); err != nil {
		return nil, err
	}
	return &Reconciler{
		src: src, opts: opts,
		trigger:  make(chan struct{}, 1),
		clusters: map[string]*clusterState{},
		intent:   &intentCache{},
		failover: failover{t: newTracker(opts.Failover), beats: newHeartbeatWatcher(min(opts.Failover.After, 3*opts.Failover.HeartbeatEvery))},
	}, nil
}

// Trigger asks for a cycle now (a git webhook calls it).
func (r *Reconciler) Trigger() {
	select {
	case r.trigger <- struct{}{}:
	default:
	}
}

// Run runs cycles until ctx ends: every Interval, sooner when triggered or
// when a failing cluster's backoff ends.
func (r *Reconciler) Run(ctx context.Context) error {
	if r.opts.Failover.Enabled() && r.opts.Failover.Heartbeats != nil {
		ctx, cancel := context.WithCancel(ctx)
		done := make(chan struct{})
		go func() {
			defer close(done)
			r.heartbeatLoop(ctx)
		}()
		defer func() {
			cancel()
			<-done
		}()
	}
	for {
		r.Cycle(ctx)
		wait := r.opts.Interval
		if next := r.nextRetry(); !next.IsZero() {
			wait = min(wait, max(time.Second, next.Sub(r.opts.Now())))
		}
		t := time.NewTimer(wait)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-r.trigger:
			t.Stop()
		case <-t.C:
		}
	}
}

// Ready reports whether a cycle has read the source at least once.
func (r *Reconciler) Ready() bool {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.ready
}

// Status returns every cluster's status, sorted by cluster.
func (r *Reconciler) Status() []ClusterStatus {
	r.mu.Lock()
	defer r.mu.Unlock()
	out := make([]ClusterStatus, 0, len(r.clusters))
	for _, name := range slices.Sorted(maps.Keys(r.clusters)) {
		out = append(out, r.clusters[name].status)
	}
	return out
}

func (r *Reconciler) nextRetry() time.Time {
	r.mu.Lock()
	defer r.mu.Unlock()
	var next time.Time
	for _, c := range r.clusters {
		if !c.status.NextAttempt.IsZero() && (next.IsZero() || c.status.NextAttempt.Before(next)) {
			next = c.status.NextAttempt
		}
	}
	return next
}

// Cycle runs one cycle over every cluster and returns their statuses.
func (r *Reconciler) Cycle(ctx context.Context) []ClusterStatus {
	r.cycleMu.Lock()
	defer r.cycleMu.Unlock()
	start := r.opts.Now()
	log := r.opts.Logger
	if r.opts.InsecureSkipVerify {
		log.Warn("bundle signatures are NOT verified (--insecure-skip-verify): anyone who can push to the registry decides what runs", "registry", r.opts.Registry)
	}
	rev, err := r.src.Fetch(ctx)
	if err != nil {
		log.Error("source unreachable; clusters keep their last applied state", "source", r.src.String(), "error", err)
		r.opts.Metrics.sourceFailed()
		r.allClusters(func(c *clusterState) {
			c.sourceError(fmt.Sprintf("%v; keeping the last applied state", err), start)
		})
		r.recordAll(ctx)
		return r.Status()
	}
	r.mu.Lock()
	r.ready = true
	r.mu.Unlock()
	in, err := r.intent.get(ctx, r.src, rev)
	if err != nil {
		log.Error("intent at the desired revision is invalid; clusters keep their last applied state", "revision", rev.Commit, "error", err)
		r.allClusters(func(c *clusterState) {
			c.sourceError(fmt.Sprintf("intent at %s: %v; keeping the last applied state", short(rev.Commit), err), start)
		})
		r.recordAll(ctx)
		return r.Status()
	}
	targets, err := r.opts.Targets(in)
	if err != nil {
		log.Error("cannot resolve the clusters", "revision", rev.Commit, "error", err)
		r.allClusters(func(c *clusterState) { c.sourceError(err.Error(), start) })
		r.recordAll(ctx)
		return r.Status()
	}
	run := func(clusters []*clusterState, without string) {
		sem := make(chan struct{}, r.opts.Concurrency)
		var wg sync.WaitGroup
		for _, c := range clusters {
			if !c.due(r.opts.Now()) {
				continue
			}
			c.without = without
			wg.Add(1)
			sem <- struct{}{}
			go func() {
				defer wg.Done()
				defer func() { <-sem }()
				r.reconcileCluster(ctx, c, in, rev)
			}()
		}
		wg.Wait()
	}
	plan := r.failoverStep(ctx, in, rev, targets)
	r.mu.Lock()
	r.fplan = plan
	r.mu.Unlock()
	if plan != nil {
		r.runFailover(ctx, plan, rev, targets, run)
		return r.Status()
	}
	clusters := make([]*clusterState, 0, len(targets))
	for _, t := range targets {
		clusters = append(clusters, r.cluster(t))
	}
	run(clusters, "")
	r.moveFollowUp(ctx, targets, in, rev)
	return r.Status()
}

// cluster returns the state of a target's cluster, making it (and its
// engine) on first sight and again when its connection changed.
func (r *Reconciler) cluster(t Target) *clusterState {
	r.mu.Lock()
	defer r.mu.Unlock()
	c := r.clusters[t.Cluster]
	if c == nil || c.target.Config != t.Config && (c.target.Config == nil || t.Config == nil || c.target.Config.Host != t.Config.Host) {
		c = &clusterState{target: t, status: ClusterStatus{Cluster: t.Cluster, Phase: PhasePending}}
		r.clusters[t.Cluster] = c
	}
	return c
}

// recordAll records every known cluster's status in the cluster, after a
// failure shared by all (source, intent): `isobar status` must show it.
func (r *Reconciler) recordAll(ctx context.Context) {
	r.mu.Lock()
	type pending struct {
		c  *clusterState
		st ClusterStatus
	}
	var all []pending
	for _, c := range r.clusters {
		all = append(all, pending{c, c.status})
	}
	r.mu.Unlock()
	for _, p := range all {
		if err := r.record(ctx, p.c, p.st, nil, false); err != nil {
			r.opts.Logger.Warn("could not record the status in the cluster", "cluster", p.c.target.Cluster, "error", err)
		}
	}
}

func (r *Reconciler) allClusters(f func(c *clusterState)) {
	r.mu.Lock()
	defer r.mu.Unlock()
	for _, c := range r.clusters {
		f(c)
	}
}

func short(commit string) string {
	if len(commit) > 12 {
		return commit[:12]
	}
	return commit
}
