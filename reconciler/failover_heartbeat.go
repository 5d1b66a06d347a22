package reconciler

// Failover in agent mode. An agent reaches only its own cluster; the
// registry is the channel the agents share. Each agent publishes a
// signed heartbeat, REPO:<cluster>-heartbeat, rewritten every
// FailoverOptions.HeartbeatEvery with a sequence number that only grows,
// the revision it follows and its own health. Every cycle each agent
// reads its peers' heartbeats (the signature checked with the status
// public key) and judges them by its own clock, never the writer's: a
// peer whose sequence number has not grown for FailoverOptions.After, or
// which says it is unhealthy, is lost, and the tracker of hub mode takes
// it from there.

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"time"

	"github.com/google/go-containerregistry/pkg/name"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/reconciler/source"
	"isobar.dev/isobar/schema"
)

// Heartbeat is an agent's signed report that it is alive, kept in the
// registry beside the bundles.
type Heartbeat struct {
	APIVersion string `json:"apiVersion"`
	Kind       string `json:"kind"`
	Cluster    string `json:"cluster"`
	// Seq grows with every heartbeat of the cluster, across restarts of
	// its agent: a heartbeat whose Seq is not above the last one seen
	// (an older one put back under the tag) does not count.
	Seq uint64 `json:"seq"`
	// Revision is the commit the agent follows; Ready reports that its
	// cluster runs that revision's bundle, applied and healthy.
	Revision string `json:"revision,omitempty"`
	Ready    bool   `json:"ready"`
	// Healthy reports that the cluster's API server answers ready and its
	// Ready nodes have room for its bundle; Reason says why not.
	Healthy bool   `json:"healthy"`
	Reason  string `json:"reason,omitempty"`
	// Without is the failure domain whose contingency bundle the cluster
	// runs ("" for its normal bundle).
	Without string `json:"without,omitempty"`
	// Written is the writer's clock, for people only: readers judge a
	// heartbeat's age by their own clock.
	Written time.Time `json:"written,omitzero"`
}

const (
	heartbeatAPIVersion = "isobar.dev/v1alpha1"
	heartbeatKind       = "Heartbeat"
	// HeartbeatMediaType is the media type of a Heartbeat note.
	HeartbeatMediaType = "application/vnd.isobar.heartbeat.v1+json"
)

// Heartbeats is where agents share their heartbeats.
type Heartbeats interface {
	// Publish replaces the cluster's heartbeat.
	Publish(ctx context.Context, hb *Heartbeat) error
	// Read returns a cluster's heartbeat; nil, nil when it has none. An
	// error matching ErrHeartbeatRefused is a heartbeat that must not be
	// believed (unsigned, wrongly signed, malformed, another cluster's);
	// any other error is the registry's.
	Read(ctx context.Context, cluster string) (*Heartbeat, error)
}

// ErrHeartbeatRefused marks a heartbeat that is there but cannot be
// believed; it counts as absent.
var ErrHeartbeatRefused = errors.New("heartbeat refused")

// HeartbeatTag is the tag of a cluster's heartbeat.
func HeartbeatTag(cluster string) string {
	return bundle.Tag(bundle.Metadata{Cluster: cluster, Revision: "heartbeat"})
}

// RegistryHeartbeats keeps the heartbeats as signed notes
// (bundle.PushNote) tagged REPO:<cluster>-heartbeat, read with
// bundle.PullNote, which verifies their signature first. Each heartbeat
// is a new manifest with its own signature: Publish deletes the one
// before the previous (bundle.DeleteNote; the previous is kept for
// readers that resolved the tag just before), where the registry allows
// deletes.
type RegistryHeartbeats struct {
	// Registry is the bundles' repository.
	Registry string
	// Key signs this agent's heartbeats (the agents' status key).
	Key *bundle.PrivateKey
	// Trust says whose signatures heartbeats must carry.
	Trust bundle.Trust
	// Options are passed to the registry calls.
	Options []bundle.Option

	mu sync.Mutex
	// pushed are the digests of this agent's last heartbeats, oldest
	// first.
	pushed []name.Digest
	// cleanupErr is the last error deleting an old heartbeat.
	cleanupErr error
}

// CleanupErr is the last error deleting an old heartbeat, nil when the
// last deletion succeeded or none was due.
func (h *RegistryHeartbeats) CleanupErr() error {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.cleanupErr
}

// Publish pushes and signs the heartbeat.
func (h *RegistryHeartbeats) Publish(ctx context.Context, hb *Heartbeat) error {
	if h.Key == nil {
		return errors.New("heartbeat: no status key to sign it with")
	}
	data, err := json.Marshal(hb)
	if err != nil {
		return err
	}
	ref := h.Registry + ":" + HeartbeatTag(hb.Cluster)
	d, err := bundle.PushNote(ctx, ref, HeartbeatMediaType, data, h.Key, h.Options...)
	if err != nil {
		return fmt.Errorf("heartbeat of %s: %w", hb.Cluster, err)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	h.pushed = append(h.pushed, d)
	if len(h.pushed) > 2 {
		old := h.pushed[0]
		h.pushed = h.pushed[1:]
		h.cleanupErr = bundle.DeleteNote(ctx, old, h.Options...)
	}
	return nil
}

// Read pulls and verifies a cluster's heartbeat.
func (h *RegistryHeartbeats) Read(ctx context.Context, cluster string) (*Heartbeat, error) {
	ref := h.Registry + ":" + HeartbeatTag(cluster)
	data, _, err := bundle.PullNote(ctx, ref, h.Trust, HeartbeatMediaType, h.Options...)
	switch {
	case errors.Is(err, bundle.ErrNotFound):
		return nil, nil
	case err != nil && isRefusal(err):
		return nil, fmt.Errorf("heartbeat of %s: %w: %w", cluster, ErrHeartbeatRefused, err)
	case err != nil:
		return nil, fmt.Errorf("heartbeat of %s: %w", cluster, err)
	}
	var hb Heartbeat
	if err := json.Unmarshal(data, &hb); err != nil {
		return nil, fmt.Errorf("heartbeat %s: %w: %w", ref, ErrHeartbeatRefused, err)
	}
	if hb.APIVersion != heartbeatAPIVersion || hb.Kind != heartbeatKind || hb.Cluster != cluster {
		return nil, fmt.Errorf("heartbeat %s: %w: says it is %s %s of %q", ref, ErrHeartbeatRefused, hb.APIVersion, hb.Kind, hb.Cluster)
	}
	return &hb, nil
}

var _ Heartbeats = (*RegistryHeartbeats)(nil)

// peerBeat is what a reader knows of a peer's heartbeats.
type peerBeat struct {
	seq uint64
	// advanced is when, by the reader's clock, the peer's sequence number
	// was last seen to grow (or the reader first looked for it).
	advanced time.Time
	last     *Heartbeat
	// refused is why the last heartbeat read was not believed.
	refused string
}

// heartbeatWatcher turns the peers' heartbeats into probe results, by
// the reader's clock. It is a value with no I/O.
type heartbeatWatcher struct {
	// grace is how long a heartbeat may stay the same before the peer
	// counts as unhealthy (from when it last advanced, so that it is lost
	// once it has not advanced for FailoverOptions.After).
	grace time.Duration
	peers map[string]*peerBeat
}

func newHeartbeatWatcher(grace time.Duration) *heartbeatWatcher {
	return &heartbeatWatcher{grace: grace, peers: map[string]*peerBeat{}}
}

// observe records what reading a peer's heartbeat gave at now (hb nil
// when absent; err a refusal or a registry failure) and returns the
// peer's probe result. rev is the reader's revision; returning says the
// peer's domain is failed over, so that it counts as healthy only once
// it runs rev's normal bundle, applied and healthy.
func (w *heartbeatWatcher) observe(now time.Time, cluster string, hb *Heartbeat, err error, rev string, returning bool) probeResult {
	p := w.peers[cluster]
	if p == nil {
		p = &peerBeat{advanced: now}
		w.peers[cluster] = p
	}
	switch {
	case err != nil && !errors.Is(err, ErrHeartbeatRefused):
		// The registry did not answer: no news of the peer, which is
		// neither lost nor back because of it.
		return probeResult{keep: true, reason: fmt.Sprintf("its heartbeat cannot be read: %v", err)}
	case err != nil:
		p.refused = err.Error()
	case hb != nil:
		p.refused = ""
		if p.last == nil || hb.Seq > p.seq {
			p.seq, p.last = hb.Seq, hb
			p.advanced = now
		}
	default:
		p.refused = ""
	}
	age := now.Sub(p.advanced)
	switch {
	case p.last == nil || age > w.grace:
		why := fmt.Sprintf("its heartbeat has not advanced for %s (since %s by this agent's clock)", age.Round(time.Second), p.advanced.UTC().Format(time.RFC3339))
		if p.last == nil {
			why = fmt.Sprintf("no heartbeat since %s (by this agent's clock)", p.advanced.UTC().Format(time.RFC3339))
		}
		if p.refused != "" {
			why += "; the heartbeat there is refused: " + p.refused
		}
		return probeResult{reason: why, since: p.advanced}
	case !p.last.Healthy:
		return probeResult{reason: "its heartbeat says: " + p.last.Reason}
	case returning && (p.last.Revision != rev || !p.last.Ready || p.last.Without != ""):
		return probeResult{reason: fmt.Sprintf("its heartbeat says it is healthy, but not yet running %s's normal bundle, applied and healthy", short(rev))}
	}
	return probeResult{healthy: true}
}

// age is how long ago, by the reader's clock, a peer's heartbeat last
// advanced; false when it was never seen.
func (w *heartbeatWatcher) age(cluster string, now time.Time) (time.Duration, bool) {
	p := w.peers[cluster]
	if p == nil || p.last == nil {
		return 0, false
	}
	return now.Sub(p.advanced), true
}

// forget drops the peers no longer in the fleet.
func (w *heartbeatWatcher) forget(fleet []string) {
	for name := range w.peers {
		if !slices.Contains(fleet, name) {
			delete(w.peers, name)
		}
	}
}

// agentBeat is the agent's own heartbeat state.
type agentBeat struct {
	mu  sync.Mutex
	seq uint64
	// rev is the revision of the last cycle; need what the cluster's
	// bundle requested then (the bundle is the cycle's to change).
	rev  string
	need resources
	// cleanupLogged: a failure to delete old heartbeats was logged.
	cleanupLogged bool
}

// cleanupFailed logs, once, that old heartbeats stay in the registry.
func (b *agentBeat) cleanupFailed(log *slog.Logger, cluster string, err error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	if b.cleanupLogged {
		return
	}
	b.cleanupLogged = true
	log.Warn("old heartbeats cannot be deleted from the registry and pile up there (allow deletes, or prune untagged manifests)", "cluster", cluster, "error", err)
}

// nextSeq returns a sequence number above every earlier one: the wall
// clock in nanoseconds keeps it growing across restarts of the agent,
// the counter within one run.
func (b *agentBeat) nextSeq(now time.Time) uint64 {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.seq = max(b.seq+1, uint64(max(now.UnixNano(), 0)))
	return b.seq
}

// beat publishes the agent's heartbeat: its own probe and status.
func (r *Reconciler) beat(ctx context.Context, t Target) error {
	hbs := r.opts.Failover.Heartbeats
	c := r.cluster(t)
	r.mu.Lock()
	st := c.status
	r.mu.Unlock()
	r.beatState.mu.Lock()
	rev, need := r.beatState.rev, r.beatState.need
	r.beatState.mu.Unlock()
	p := r.probe(ctx, t, need)
	now := r.opts.Now()
	hb := &Heartbeat{
		APIVersion: heartbeatAPIVersion, Kind: heartbeatKind, Cluster: t.Cluster,
		Seq: r.beatState.nextSeq(now), Revision: rev,
		Ready:   rev != "" && st.Phase == PhaseReady && st.Healthy && st.AppliedRevision == rev,
		Healthy: p.healthy, Reason: p.reason, Written: now.UTC(),
	}
	if st.Failover != nil && st.Failover.Role == RoleSurvivor && st.Failover.Contingency {
		hb.Without = st.Failover.Domain
	}
	ctx, cancel := context.WithTimeout(ctx, max(r.opts.Failover.HeartbeatEvery, r.opts.Failover.ProbeTimeout))
	defer cancel()
	err := hbs.Publish(ctx, hb)
	r.opts.Metrics.heartbeatPublished(err == nil)
	if c, ok := hbs.(interface{ CleanupErr() error }); ok && err == nil {
		if cerr := c.CleanupErr(); cerr != nil {
			r.beatState.cleanupFailed(r.opts.Logger, t.Cluster, cerr)
		}
	}
	return err
}

// heartbeatLoop publishes the agent's heartbeat every HeartbeatEvery until
// ctx ends, apart from the cycles: a cycle waiting for health must not
// look like a lost agent.
func (r *Reconciler) heartbeatLoop(ctx context.Context) {
	var failing bool
	tick := time.NewTicker(r.opts.Failover.HeartbeatEvery)
	defer tick.Stop()
	for {
		if t, ok := r.agentTarget(); ok {
			err := r.beat(ctx, t)
			switch {
			case err != nil && ctx.Err() == nil && !failing:
				r.opts.Logger.Warn("could not publish the heartbeat; the other agents will take this cluster for lost if it lasts", "cluster", t.Cluster, "error", err)
				failing = true
			case err == nil && failing:
				r.opts.Logger.Info("heartbeat published again", "cluster", t.Cluster)
				failing = false
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-tick.C:
		}
	}
}

// agentTarget is the agent's own cluster, once a cycle has resolved it;
// false before, and for a reconciler of several clusters (a hub does not
// heartbeat).
func (r *Reconciler) agentTarget() (Target, bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if len(r.clusters) != 1 {
		return Target{}, false
	}
	for _, c := range r.clusters {
		return c.target, true
	}
	return Target{}, false
}

// peerProbes probes the agent's own cluster and reads its peers'
// heartbeats, concurrently; it returns the probe of every fleet cluster
// and the failure domains of the whole fleet.
func (r *Reconciler) peerProbes(ctx context.Context, in *schema.Intent, rev source.Revision, own Target) (map[string]probeResult, map[string][]string) {
	fleet := slices.Sorted(func(yield func(string) bool) {
		for name := range in.Fleet {
			if !yield(name) {
				return
			}
		}
	})
	domains := map[string][]string{}
	kind := in.Planning.Contingency.Domains
	for _, name := range fleet {
		d := domainOf(kind, name, in.Fleet[name])
		domains[d] = append(domains[d], name)
	}
	type read struct {
		hb  *Heartbeat
		err error
	}
	reads := make(map[string]read, len(fleet))
	var ownProbe probeResult
	var mu sync.Mutex
	var wg sync.WaitGroup
	need := requirementOf(r.cluster(own))
	r.beatState.mu.Lock()
	r.beatState.rev, r.beatState.need = rev.Commit, need
	r.beatState.mu.Unlock()
	wg.Go(func() { ownProbe = r.probe(ctx, own, need) })
	for _, name := range fleet {
		if name == own.Cluster {
			continue
		}
		wg.Go(func() {
			rctx, cancel := context.WithTimeout(ctx, 2*r.opts.Failover.ProbeTimeout)
			defer cancel()
			hb, err := r.opts.Failover.Heartbeats.Read(rctx, name)
			mu.Lock()
			reads[name] = read{hb, err}
			mu.Unlock()
		})
	}
	wg.Wait()
	now := r.opts.Now()
	probes := map[string]probeResult{own.Cluster: ownProbe}
	r.failover.mu.Lock()
	returning := map[string]bool{}
	if a := r.failover.t.active; a != "" {
		for _, name := range r.failover.t.domains[a].clusters {
			returning[name] = true
		}
	}
	w := r.failover.beats
	w.forget(fleet)
	for name, rd := range reads {
		probes[name] = w.observe(now, name, rd.hb, rd.err, rev.Commit, returning[name])
	}
	ages := map[string]time.Duration{}
	for name := range reads {
		if a, ok := w.age(name, now); ok {
			ages[name] = a
		}
	}
	r.failover.mu.Unlock()
	for name, rd := range reads {
		if rd.err != nil {
			msg := "could not read a peer's heartbeat"
			if errors.Is(rd.err, ErrHeartbeatRefused) {
				msg = "a peer's heartbeat is refused; it counts as absent"
				r.opts.Metrics.heartbeatRefused(name)
			}
			r.opts.Logger.Warn(msg, "peer", name, "error", rd.err)
		}
	}
	r.opts.Metrics.heartbeatAges(ages)
	return probes, domains
}
