package reconciler

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/reconciler/apply"
	"isobar.dev/isobar/reconciler/source"
	"isobar.dev/isobar/schema"
)

// clusterState is what the reconciler keeps per cluster between cycles.
// Its fields are guarded by Reconciler.mu, except engine and cache, which
// only the cluster's own cycle touches.
type clusterState struct {
	target Target
	status ClusterStatus

	engine *apply.Engine
	// cache is the last verified bundle, by tag.
	cache *pulledBundle
	// waitingSince is when the cluster started waiting for a bundle (zero
	// when it is not waiting); only the cluster's own cycle touches it.
	waitingSince time.Time
	// moves is the cluster's state of moves (Options.Moves).
	moves *clusterMoves
	// without is the failure domain whose contingency bundle the cycle
	// applies ("" for the normal bundle); set before the cluster's cycle.
	without string
	// spot is the cluster's state of reclaimed spot capacity
	// (Options.Spot).
	spot *clusterSpot
}

type pulledBundle struct {
	tag    string
	pulled *bundle.Pulled
	// without is the failure domain of a contingency bundle ("" for the
	// normal bundle); need is what its workloads request.
	without string
	need    resources
}

func (c *clusterState) due(now time.Time) bool {
	return c.status.NextAttempt.IsZero() || !now.Before(c.status.NextAttempt)
}

// sourceError records a failure shared by every cluster (source, intent):
// the cluster keeps its last applied state.
func (c *clusterState) sourceError(msg string, now time.Time) {
	c.status.Phase = PhaseStalled
	c.status.Error = msg
	c.status.LastAttempt = now
}

// reconcileCluster runs one cluster's cycle and records its outcome.
func (r *Reconciler) reconcileCluster(ctx context.Context, c *clusterState, in *schema.Intent, rev source.Revision) {
	start := r.opts.Now()
	log := r.opts.Logger.With("cluster", c.target.Cluster, "revision", short(rev.Commit))
	cctx, cancel, stalled := r.clusterDeadline(ctx, c.target.Cluster)
	res, pulled, err := r.converge(cctx, c, in, rev)
	err = stalled(err)
	cancel()
	took := r.opts.Now().Sub(start)

	r.mu.Lock()
	st := &c.status
	st.DesiredRevision = rev.Commit
	st.LastAttempt = start
	st.InsecureSkipVerify = r.opts.InsecureSkipVerify
	switch {
	case err == nil:
		st.Phase, st.Error, st.Message = PhaseReady, "", ""
		st.AppliedRevision, st.Digest, st.PlanDigest = rev.Commit, pulled.Ref.DigestStr(), pulled.Metadata.PlanDigest
		st.LastApply = r.opts.Now()
		st.ConsecutiveFailures, st.NextAttempt = 0, time.Time{}
		st.Counts = res.Counts
		st.Healthy, st.NotReady = true, nil
		st.Drifted = driftList(res)
		if len(st.Drifted) > 0 {
			st.Message = fmt.Sprintf("%d object(s) drifted and were left as they are (drift detection only)", len(st.Drifted))
		}
	case errors.Is(err, errWaiting):
		if st.Phase != PhaseWaiting {
			c.waitingSince = start
		}
		st.Phase, st.Error = PhaseWaiting, ""
		st.Message = waitingMessage(rev, st.AppliedRevision)
	default:
		st.Phase = PhaseFailed
		if isRefusal(err) {
			st.Phase = PhaseRefused
		}
		st.Error = err.Error()
		st.Message = keepingMessage(st.AppliedRevision)
		st.ConsecutiveFailures++
		st.NextAttempt = start.Add(r.backoff(st.ConsecutiveFailures))
		var he *apply.HealthError
		if errors.As(err, &he) {
			st.Healthy = false
			st.NotReady = nil
			for _, o := range he.NotReady {
				st.NotReady = append(st.NotReady, o.String())
			}
			if res != nil {
				// Applied, but not healthy: the revision is in the cluster.
				st.AppliedRevision, st.Digest, st.PlanDigest = rev.Commit, pulled.Ref.DigestStr(), pulled.Metadata.PlanDigest
				st.LastApply = r.opts.Now()
				st.Counts = res.Counts
				st.Message = fmt.Sprintf("revision %s applied; %d object(s) not ready", short(rev.Commit), len(st.NotReady))
			}
		}
	}
	r.moveStatus(c, st)
	c.failoverStatus(st, r.fplan)
	c.spotStatus(st)
	snapshot := *st
	r.mu.Unlock()

	switch snapshot.Phase {
	case PhaseReady:
		log.Info("cluster converged", "digest", snapshot.Digest, "changes", snapshot.Counts.String(), "took", took)
	case PhaseWaiting:
		log.Info("waiting for the bundle of the desired revision", "message", snapshot.Message)
	default:
		log.Error("cluster cycle failed", "phase", snapshot.Phase, "error", snapshot.Error, "retry_in", r.backoff(snapshot.ConsecutiveFailures))
	}
	r.opts.Metrics.observe(snapshot, res, took)
	r.opts.Metrics.observeSpot(snapshot)
	if snapshot.Phase != PhaseWaiting {
		c.waitingSince = time.Time{}
	}
	if err := r.record(ctx, c, snapshot, res, res != nil && res.Changed()); err != nil {
		log.Warn("could not record the status in the cluster", "error", err)
	}
	r.spotEvents(ctx, c, snapshot)
}

func waitingMessage(rev source.Revision, applied string) string {
	msg := fmt.Sprintf("waiting for the bundle of revision %s to be published", short(rev.Commit))
	if applied != "" {
		return msg + "; keeping revision " + short(applied)
	}
	return msg
}

func keepingMessage(applied string) string {
	if applied == "" {
		return "nothing applied yet"
	}
	return "keeping the last applied revision " + short(applied)
}

func driftList(res *apply.Result) []string {
	if res == nil || res.Drift == nil {
		return nil
	}
	var out []string
	for _, d := range res.Drift.Objects {
		out = append(out, d.String())
	}
	return out
}

func (r *Reconciler) backoff(failures int) time.Duration {
	if failures <= 0 {
		return 0
	}
	d := r.opts.BackoffBase
	for i := 1; i < failures && d < r.opts.BackoffMax; i++ {
		d *= 2
	}
	return min(d, r.opts.BackoffMax)
}

// errWaiting means the bundle of the desired revision does not exist yet.
var errWaiting = errors.New("bundle not published yet")

// converge fetches, verifies, gates and applies the cluster's bundle.
func (r *Reconciler) converge(ctx context.Context, c *clusterState, in *schema.Intent, rev source.Revision) (*apply.Result, *bundle.Pulled, error) {
	name := c.target.Cluster
	prev := c.cache
	pulled, err := r.pull(ctx, c, rev)
	if err != nil {
		return nil, nil, err
	}
	if err := gate(in, name, pulled); err != nil {
		return nil, pulled, err
	}
	if c.engine == nil {
		opts := r.opts.Apply
		opts.Logger = r.opts.Logger.With("cluster", name)
		e, err := apply.New(c.target.Config, opts)
		if err != nil {
			return nil, pulled, fmt.Errorf("cluster %s: %w", name, err)
		}
		c.engine = e
	}
	if r.opts.Spot.Enabled() {
		if err := r.observeSpot(ctx, c, pulled.Objects); err != nil {
			r.opts.Logger.Warn("cannot observe the spot capacity; the stand-ins stay as they are", "cluster", name, "error", err)
		}
	}
	var res *apply.Result
	if unguarded := leavingContingency(prev, c.without); r.opts.Moves != nil && c.without == "" && unguarded == "" {
		// Moves order a revision's changes between clusters; a failover
		// and its failback have their own order (see failover.go).
		res, err = r.applyWithMoves(ctx, c, in, rev, pulled)
	} else {
		res, err = c.engine.Apply(ctx, apply.Desired{
			Objects:    c.spot.adjust(pulled.Objects),
			Revision:   rev.Commit,
			Digest:     pulled.Ref.DigestStr(),
			PlanDigest: pulled.Metadata.PlanDigest,
			// Failback: leaving a contingency bundle prunes what it added.
			UnguardedPruneFrom: unguarded,
		})
	}
	if err != nil {
		return res, pulled, fmt.Errorf("cluster %s: %w", name, err)
	}
	return res, pulled, nil
}

// pull returns the cluster's bundle for the revision, verified. A bundle
// verified before is reused when the tag still names its digest: the
// signature is checked again, the content is not downloaded again.
//
// While a failure domain is failed over (c.without), the cluster's
// contingency bundle for its loss is pulled instead, when one is
// published; otherwise the normal bundle stands.
func (r *Reconciler) pull(ctx context.Context, c *clusterState, rev source.Revision) (*bundle.Pulled, error) {
	if c.without != "" {
		p, err := r.pullContingency(ctx, c, rev, c.without)
		if !errors.Is(err, errWaiting) {
			return p, err
		}
	}
	return r.pullTag(ctx, c, r.opts.Registry+":"+bundle.Tag(bundle.Metadata{Cluster: c.target.Cluster, Revision: rev.Commit}), "")
}

// pullTag pulls the bundle at tag, verified, reusing the cached one when
// the tag still names its digest; without names the failure domain of a
// contingency bundle.
func (r *Reconciler) pullTag(ctx context.Context, c *clusterState, tag, without string) (*bundle.Pulled, error) {
	opts := append(r.opts.BundleOptions[:len(r.opts.BundleOptions):len(r.opts.BundleOptions)], bundle.WithCluster(c.target.Cluster))
	if r.opts.InsecureSkipVerify {
		p, err := bundle.PullUnverified(ctx, tag, opts...)
		return p, notPublished(err)
	}
	if c.cache != nil && c.cache.tag == tag {
		d, err := bundle.Verify(ctx, tag, r.opts.Trust, r.opts.BundleOptions...)
		if err != nil {
			return nil, notPublished(err)
		}
		if d.String() == c.cache.pulled.Ref.String() {
			return c.cache.pulled, nil
		}
	}
	p, err := bundle.Pull(ctx, tag, r.opts.Trust, opts...)
	if err != nil {
		return nil, notPublished(err)
	}
	need, err := requests(p.Objects)
	if err != nil {
		// The apply reports the object; failover probes check no capacity.
		r.opts.Logger.Warn("cannot sum the bundle's requests; the failover probe checks no capacity", "cluster", c.target.Cluster, "error", err)
		need = resources{}
	}
	c.cache = &pulledBundle{tag: tag, pulled: p, without: without, need: need}
	return p, nil
}

// notPublished turns "no such tag" into errWaiting.
func notPublished(err error) error {
	if err != nil && errors.Is(err, bundle.ErrNotFound) {
		return fmt.Errorf("%w: %w", errWaiting, err)
	}
	return err
}

// refusedError is a bundle the gatekeeper or the signature check refused.
type refusedError struct{ reasons []string }

func (e *refusedError) Error() string {
	return "bundle refused: " + strings.Join(e.reasons, "; ")
}
