package reconciler

import (
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-containerregistry/pkg/crane"
	"github.com/google/go-containerregistry/pkg/name"

	"isobar.dev/isobar/bundle"
)

// agentSim is an agent's view of the fleet a, b, c (each its own failure
// domain), the agent being a: every step is one cycle, 1 s after the
// previous one, reading b's and c's heartbeats as set in beats (or the
// errors in errs) and probing its own cluster (healthy).
type agentSim struct {
	t     *testing.T
	tr    *tracker
	w     *heartbeatWatcher
	now   time.Time
	rev   string
	beats map[string]*Heartbeat
	errs  map[string]error
}

func newAgentSim(t *testing.T, opts FailoverOptions) *agentSim {
	if err := opts.defaults(); err != nil {
		t.Fatal(err)
	}
	return &agentSim{
		t: t, tr: newTracker(opts), w: newHeartbeatWatcher(min(opts.After, 3*opts.HeartbeatEvery)),
		now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), rev: "c0ffee",
		beats: map[string]*Heartbeat{}, errs: map[string]error{},
	}
}

// beat makes the peer publish a new heartbeat (its sequence number one
// up), healthy and ready at the revision unless changed by edit. The
// writer's clock is an hour ahead: readers must not use it.
func (s *agentSim) beat(peer string, edit func(*Heartbeat)) {
	var seq uint64 = 1
	if hb := s.beats[peer]; hb != nil {
		seq = hb.Seq + 1
	}
	hb := &Heartbeat{APIVersion: heartbeatAPIVersion, Kind: heartbeatKind, Cluster: peer, Seq: seq, Revision: s.rev,
		Ready: true, Healthy: true, Written: s.now.Add(time.Hour)}
	if edit != nil {
		edit(hb)
	}
	s.beats[peer] = hb
}

var simDomains = map[string][]string{"a": {"a"}, "b": {"b"}, "c": {"c"}}

// step runs one cycle and returns its transitions as "kind domain".
func (s *agentSim) step() []string {
	returning := map[string]bool{}
	if s.tr.active != "" {
		for _, c := range s.tr.domains[s.tr.active].clusters {
			returning[c] = true
		}
	}
	probes := map[string]probeResult{"a": {healthy: true}}
	for _, peer := range []string{"b", "c"} {
		probes[peer] = s.w.observe(s.now, peer, s.beats[peer], s.errs[peer], s.rev, returning[peer])
	}
	var out []string
	for _, tr := range s.tr.observe(s.now, simDomains, probes) {
		out = append(out, tr.kind+" "+tr.domain)
	}
	return out
}

// run steps for d, calling each (when set) before every cycle, and
// returns the transitions with the time since the start of run.
func (s *agentSim) run(d time.Duration, each func()) []string {
	var out []string
	start := s.now
	for end := s.now.Add(d); !s.now.After(end); s.now = s.now.Add(time.Second) {
		if each != nil {
			each()
		}
		for _, tr := range s.step() {
			out = append(out, fmt.Sprintf("%s @%s", tr, s.now.Sub(start)))
		}
	}
	return out
}

func (s *agentSim) alive(peers ...string) func() {
	return func() {
		for _, p := range peers {
			s.beat(p, nil)
		}
	}
}

// TestHeartbeatStaleness: a peer is lost once its heartbeat has not
// advanced for After by the reader's clock, whatever the writer's clock
// says; a heartbeat put back with an older sequence number does not
// count; a peer that says it is unhealthy is lost After later.
func TestHeartbeatStaleness(t *testing.T) {
	s := newAgentSim(t, FailoverOptions{After: 10 * time.Second, Back: 20 * time.Second, Cooldown: time.Hour, HeartbeatEvery: 2 * time.Second})
	// Heartbeats every 2 s: a peer whose heartbeat stays the same
	// between two reads is not unhealthy.
	n := 0
	got := s.run(30*time.Second, func() {
		if n%2 == 0 {
			s.beat("b", nil)
			s.beat("c", nil)
		}
		n++
	})
	if len(got) != 0 {
		t.Fatalf("peers beating every 2 s: %v", got)
	}
	// b stops at second 0 of the next run; its last heartbeat is
	// replayed with a lower sequence number at second 5 (an old signed
	// heartbeat put back under the tag): it does not count.
	old := *s.beats["b"]
	old.Seq -= 3
	n = 0
	got = s.run(12*time.Second, func() {
		s.beat("c", nil)
		if n == 5 {
			s.beats["b"] = &old
		}
		n++
	})
	// b last advanced 1 s before this run (the last even step of the
	// previous one): lost 10 s after, at 9 s.
	if !slices.Equal(got, []string{"FailedOver b @9s"}) {
		t.Fatalf("b stopped: %v, want FailedOver b @9s (10 s after its last heartbeat, by the reader's clock)", got)
	}
	if h := s.tr.clusters["b"]; h.healthy || !strings.Contains(h.reason, "has not advanced") {
		t.Fatalf("b: %+v", h)
	}

	// A peer that beats but says it is unhealthy is lost After after the
	// reader first saw it say so.
	u := newAgentSim(t, FailoverOptions{After: 10 * time.Second, Back: 20 * time.Second, Cooldown: time.Hour, HeartbeatEvery: time.Second})
	u.run(3*time.Second, u.alive("b", "c"))
	got = u.run(12*time.Second, func() {
		u.beat("b", func(hb *Heartbeat) { hb.Healthy, hb.Reason = false, "API server not ready: connection refused" })
		u.beat("c", nil)
	})
	if !slices.Equal(got, []string{"FailedOver b @10s"}) || !strings.Contains(u.tr.clusters["b"].reason, "connection refused") {
		t.Fatalf("b unhealthy: %v, %+v", got, u.tr.clusters["b"])
	}
}

// TestHeartbeatNoNews: a registry that does not answer is no news: the
// peers are neither lost nor back because of it; a refused heartbeat
// counts as absent, and the reason says it was refused.
func TestHeartbeatNoNews(t *testing.T) {
	s := newAgentSim(t, FailoverOptions{After: 10 * time.Second, Back: 20 * time.Second, Cooldown: time.Hour, HeartbeatEvery: time.Second})
	s.run(3*time.Second, s.alive("b", "c"))
	down := errors.New("heartbeat of b: registry request failed: connection refused")
	s.errs["b"], s.errs["c"] = down, down
	if got := s.run(time.Minute, nil); len(got) != 0 || !s.tr.clusters["b"].healthy {
		t.Fatalf("registry unreachable for a minute: %v, b %+v", got, s.tr.clusters["b"])
	}
	delete(s.errs, "c")
	s.errs["b"] = fmt.Errorf("heartbeat of b: %w: signature verification failed", ErrHeartbeatRefused)
	got := s.run(70*time.Second, s.alive("c"))
	// b's heartbeat last advanced over a minute ago: the first cycle
	// that reads the registry again finds it stale, and lost.
	if !slices.Equal(got, []string{"FailedOver b @0s"}) {
		t.Fatalf("b refused: %v", got)
	}
	if r := s.tr.clusters["b"].reason; !strings.Contains(r, "refused") || !strings.Contains(r, "signature verification failed") {
		t.Fatalf("b's reason %q does not say its heartbeat is refused", r)
	}
}

// TestHeartbeatFailbackOrder: a returning peer counts as back only once
// its heartbeats have advanced for Back while saying that it runs the
// current revision's normal bundle, applied and healthy: beating again
// is not enough, nor being ready at another revision or still on a
// contingency bundle. A peer never seen is lost After after the reader
// started.
func TestHeartbeatFailbackOrder(t *testing.T) {
	s := newAgentSim(t, FailoverOptions{After: 5 * time.Second, Back: 20 * time.Second, Cooldown: time.Hour, HeartbeatEvery: time.Second})
	// c never published: lost 5 s after the reader first looked.
	if got := s.run(6*time.Second, s.alive("b")); !slices.Equal(got, []string{"FailedOver c @5s"}) {
		t.Fatalf("c absent: %v", got)
	}
	// c's agent is back: beating, healthy, but still applying (not
	// ready), then ready at the previous revision, then on the current.
	steps := []struct {
		name string
		edit func(*Heartbeat)
		d    time.Duration
	}{
		{"applying", func(hb *Heartbeat) { hb.Ready = false }, 30 * time.Second},
		{"ready at an older revision", func(hb *Heartbeat) { hb.Revision = "0ld" }, 30 * time.Second},
		{"on a contingency bundle", func(hb *Heartbeat) { hb.Without = "b" }, 30 * time.Second},
	}
	for _, st := range steps {
		if got := s.run(st.d, func() { s.beat("b", nil); s.beat("c", st.edit) }); len(got) != 0 {
			t.Fatalf("c %s: %v", st.name, got)
		}
		if !strings.Contains(s.tr.clusters["c"].reason, "not yet running") {
			t.Fatalf("c %s: reason %q", st.name, s.tr.clusters["c"].reason)
		}
	}
	got := s.run(25*time.Second, s.alive("b", "c"))
	if !slices.Equal(got, []string{"FailingBack c @20s"}) {
		t.Fatalf("c ready at the revision: %v, want FailingBack 20 s later", got)
	}
	// The survivor (a) has no cluster of c to apply: done at once.
	if tr := s.tr.failedBack(); tr.kind != TransitionFailedBack || tr.domain != "c" {
		t.Fatalf("failedBack: %+v", tr)
	}
}

// TestRegistryHeartbeats: heartbeats go through a real registry as signed
// notes; one signed with another key, or put under another cluster's
// tag, is refused (ErrHeartbeatRefused, so that it counts as absent); a
// registry that does not answer is not a refusal; none is nil, nil.
func TestRegistryHeartbeats(t *testing.T) {
	repo, srv := noteRegistry(t)
	key, pub := statusKey(t)
	other, otherPub := statusKey(t)
	opts := []bundle.Option{bundle.WithInsecure()}
	hbs := &RegistryHeartbeats{Registry: repo, Key: key, Trust: bundle.Trust{PublicKey: pub}, Options: opts}
	ctx := t.Context()

	hb := &Heartbeat{APIVersion: heartbeatAPIVersion, Kind: heartbeatKind, Cluster: "eu-1", Seq: 42, Revision: "0123456789abcdef",
		Ready: true, Healthy: true, Written: time.Date(2026, 12, 5, 8, 0, 0, 0, time.UTC)}
	if err := hbs.Publish(ctx, hb); err != nil {
		t.Fatal(err)
	}
	got, err := hbs.Read(ctx, "eu-1")
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(hb, got); diff != "" {
		t.Errorf("read back (-published +read):\n%s", diff)
	}
	if got, err := hbs.Read(ctx, "us-1"); got != nil || err != nil {
		t.Errorf("a cluster with no heartbeat: %+v, %v", got, err)
	}
	if _, err := bundle.Verify(ctx, repo+":eu-1-heartbeat", bundle.Trust{PublicKey: pub}, opts...); err != nil {
		t.Errorf("the heartbeat does not verify as a cosign signature with the status key: %v", err)
	}

	forger := &RegistryHeartbeats{Registry: repo, Key: other, Trust: bundle.Trust{PublicKey: otherPub}, Options: opts}
	forged := *hb
	forged.Cluster = "us-1"
	if err := forger.Publish(ctx, &forged); err != nil {
		t.Fatal(err)
	}
	if _, err := hbs.Read(ctx, "us-1"); !errors.Is(err, ErrHeartbeatRefused) || !errors.Is(err, bundle.ErrSignature) {
		t.Errorf("a heartbeat signed by another key: %v, want ErrHeartbeatRefused and ErrSignature", err)
	}
	data, err := json.Marshal(hb)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bundle.PushNote(ctx, repo+":"+HeartbeatTag("ap-1"), HeartbeatMediaType, data, key, opts...); err != nil {
		t.Fatal(err)
	}
	if _, err := hbs.Read(ctx, "ap-1"); !errors.Is(err, ErrHeartbeatRefused) || !strings.Contains(err.Error(), `of "eu-1"`) {
		t.Errorf("eu-1's heartbeat under ap-1's tag: %v, want it refused", err)
	}

	// Old heartbeats do not pile up: the one before the previous is
	// deleted, with its signature; the previous stays for readers that
	// just resolved the tag.
	digests := []string{}
	for i := range 3 {
		if i > 0 {
			next := *hb
			next.Seq = hb.Seq + uint64(i)
			if err := hbs.Publish(ctx, &next); err != nil {
				t.Fatal(err)
			}
		}
		d, err := crane.Digest(repo+":"+HeartbeatTag("eu-1"), crane.Insecure)
		if err != nil {
			t.Fatal(err)
		}
		digests = append(digests, d)
	}
	if err := hbs.CleanupErr(); err != nil {
		t.Fatalf("deleting the oldest heartbeat: %v", err)
	}
	sigTag := func(d string) string { return repo + ":" + strings.Replace(d, ":", "-", 1) + ".sig" }
	if _, err := crane.Head(repo+"@"+digests[0], crane.Insecure); err == nil {
		t.Errorf("the oldest heartbeat %s is still in the registry", digests[0])
	}
	if _, err := crane.Head(sigTag(digests[0]), crane.Insecure); err == nil {
		t.Errorf("the oldest heartbeat's signature %s is still in the registry", sigTag(digests[0]))
	}
	for _, d := range digests[1:] {
		if _, err := bundle.Verify(ctx, repo+"@"+d, bundle.Trust{PublicKey: pub}, opts...); err != nil {
			t.Errorf("heartbeat %s: %v, want it kept, signed", d, err)
		}
	}
	// A note already gone is no error.
	for range 2 {
		if err := bundle.DeleteNote(ctx, mustDigest(t, repo+"@"+digests[0]), opts...); err != nil {
			t.Errorf("deleting a deleted heartbeat: %v", err)
		}
	}

	srv.Close()
	if _, err := hbs.Read(ctx, "eu-1"); err == nil || errors.Is(err, ErrHeartbeatRefused) {
		t.Errorf("registry down: %v, want an error that is not a refusal", err)
	}
}

// TestFailoverHeldStatus: a held failover is in every cluster's status,
// with why and until when.
func TestFailoverHeldStatus(t *testing.T) {
	r := &Reconciler{opts: Options{Failover: FailoverOptions{After: 2 * time.Second, Back: 2 * time.Second, Cooldown: time.Minute}}}
	if err := r.opts.Failover.defaults(); err != nil {
		t.Fatal(err)
	}
	r.failover.t = newTracker(r.opts.Failover)
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	tr := r.failover.t
	step := func(now time.Time, down bool) {
		probes := map[string]probeResult{"a": {healthy: !down, reason: "API server not ready"}, "b": {healthy: true}}
		tr.observe(now, map[string][]string{"a": {"a"}, "b": {"b"}}, probes)
	}
	for i := range 3 {
		step(t0.Add(time.Duration(i)*time.Second), true)
	}
	if tr.active != "a" {
		t.Fatalf("a not failed over: %q", tr.active)
	}
	for i := range 3 {
		step(t0.Add(time.Duration(3+i)*time.Second), false)
	}
	tr.failedBack()
	for i := range 3 {
		step(t0.Add(time.Duration(10+i)*time.Second), true)
	}
	plan := r.currentPlan()
	c := &clusterState{target: Target{Cluster: "b"}}
	st := ClusterStatus{Cluster: "b", Phase: PhaseReady}
	c.failoverStatus(&st, plan)
	want := []FailoverHeld{{Domain: "a", Until: tr.domains["a"].since.Add(time.Minute)}}
	if len(st.FailoverHeld) != 1 || st.FailoverHeld[0].Domain != want[0].Domain || !st.FailoverHeld[0].Until.Equal(want[0].Until) ||
		!strings.Contains(st.FailoverHeld[0].Reason, "at most one failover per 1m0s") {
		t.Fatalf("status failoverHeld %+v, want a held until %v by the cooldown", st.FailoverHeld, want[0].Until)
	}
	prev := st
	st2 := st
	c.failoverStatus(&st2, &failoverPlan{lost: map[string]string{}})
	if sameState(prev, st2) {
		t.Errorf("a status that no longer holds a failover is the same state as one that does")
	}
}

func mustDigest(t *testing.T, ref string) name.Digest {
	t.Helper()
	d, err := name.NewDigest(ref, name.Insecure)
	if err != nil {
		t.Fatal(err)
	}
	return d
}
