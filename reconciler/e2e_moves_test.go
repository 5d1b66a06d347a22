package reconciler_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	k8sschema "k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/watch"
	"k8s.io/client-go/dynamic"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/reconciler"
	"isobar.dev/isobar/reconciler/apply"
	"isobar.dev/isobar/reconciler/source"
	"isobar.dev/isobar/schema"
)

// Moves without downtime, end to end: examples/three-clouds with its
// traffic section (the DNS records live in aws-eu-central-1), records of
// a 1 s TTL and a 2 s drain. accounts moves from gcp-europe-west4 to
// aws-eu-central-1 (hub mode), then back with gcp-europe-west4's nodes
// cordoned, so that its pods never run (agent mode).

const (
	moveTTL   = time.Second
	moveDrain = 2 * time.Second
)

// threeCloudsWithTraffic is examples/three-clouds with a TTL of moveTTL.
func threeCloudsWithTraffic(t *testing.T) string {
	t.Helper()
	return copyThreeClouds(t, func(name, content string) (string, bool) {
		if name == "traffic.cue" {
			content = edit(t, content, `ttl:     "30s"`, fmt.Sprintf(`ttl:     "%ds"`, int(moveTTL.Seconds())))
		}
		return content, true
	})
}

// moveTimes records, from watches, when accounts became available in a
// cluster, when the DNS records of accounts changed, and when accounts'
// Deployment was deleted in a cluster.
type moveTimes struct {
	mu        sync.Mutex
	available map[string]time.Time
	dns       time.Time
	deleted   map[string]time.Time
}

func (m *moveTimes) get() (available, deleted map[string]time.Time, dns time.Time) {
	m.mu.Lock()
	defer m.mu.Unlock()
	a, d := map[string]time.Time{}, map[string]time.Time{}
	for k, v := range m.available {
		a[k] = v
	}
	for k, v := range m.deleted {
		d[k] = v
	}
	return a, d, m.dns
}

var dnsEndpoints = k8sschema.GroupVersionResource{Group: "externaldns.k8s.io", Version: "v1alpha1", Resource: "dnsendpoints"}

// watchMove starts the watches; they end with the test.
func (w *world) watchMove(t *testing.T, dnsCluster string) *moveTimes {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	t.Cleanup(func() { cancel(); wg.Wait() })
	m := &moveTimes{available: map[string]time.Time{}, deleted: map[string]time.Time{}}
	for _, c := range fleet {
		wi, err := w.cs[c.Name].AppsV1().Deployments("accounts").Watch(ctx, metav1.ListOptions{FieldSelector: "metadata.name=accounts"})
		if err != nil {
			t.Fatal(err)
		}
		wg.Go(func() {
			defer wi.Stop()
			for ev := range wi.ResultChan() {
				d, ok := ev.Object.(*appsv1.Deployment)
				if !ok {
					continue
				}
				now := time.Now()
				m.mu.Lock()
				switch {
				case ev.Type == watch.Deleted || d.DeletionTimestamp != nil:
					if _, seen := m.deleted[c.Name]; !seen {
						m.deleted[c.Name] = now
					}
				case d.Status.AvailableReplicas >= 2 && d.Status.ObservedGeneration >= d.Generation:
					if _, seen := m.available[c.Name]; !seen {
						m.available[c.Name] = now
					}
				default:
					delete(m.available, c.Name) // not available (again)
				}
				m.mu.Unlock()
			}
		})
	}
	dc, err := dynamic.NewForConfig(w.env.Clusters[dnsCluster].Config)
	if err != nil {
		t.Fatal(err)
	}
	list, err := dc.Resource(dnsEndpoints).Namespace("accounts").List(ctx, metav1.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	gens := map[string]int64{}
	for _, o := range list.Items {
		gens[o.GetName()] = o.GetGeneration()
	}
	if len(gens) == 0 {
		t.Fatalf("%s holds no DNSEndpoint of accounts", dnsCluster)
	}
	wi, err := dc.Resource(dnsEndpoints).Namespace("accounts").Watch(ctx, metav1.ListOptions{ResourceVersion: list.GetResourceVersion()})
	if err != nil {
		t.Fatal(err)
	}
	wg.Go(func() {
		defer wi.Stop()
		for ev := range wi.ResultChan() {
			o, ok := ev.Object.(*unstructured.Unstructured)
			if !ok || o.GetGeneration() == gens[o.GetName()] && ev.Type != watch.Deleted && ev.Type != watch.Added {
				continue
			}
			m.mu.Lock()
			if m.dns.IsZero() {
				m.dns = time.Now()
			}
			m.mu.Unlock()
		}
	})
	return m
}

// untilSettled runs cycles of the reconcilers (one after the other) until
// every cluster is Ready at rev, calling each with the statuses of a
// round; it fails after limit.
func untilSettled(t *testing.T, rs []*reconciler.Reconciler, rev string, limit time.Duration, each func(map[string]reconciler.ClusterStatus)) map[string]reconciler.ClusterStatus {
	t.Helper()
	deadline := time.Now().Add(limit)
	sts := map[string]reconciler.ClusterStatus{}
	for {
		for _, r := range rs {
			for _, st := range r.Cycle(t.Context()) {
				sts[st.Cluster] = st
			}
		}
		if each != nil {
			each(sts)
		}
		ready := true
		for _, c := range fleet {
			st := sts[c.Name]
			ready = ready && st.Phase == reconciler.PhaseReady && st.AppliedRevision == rev
		}
		if ready {
			return sts
		}
		if time.Now().After(deadline) {
			t.Fatalf("not settled at %s within %s: %+v", rev[:12], limit, sts)
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// TestMovesWithoutDowntime: see the scenarios.
func TestMovesWithoutDowntime(t *testing.T) {
	w := startEnv(t, threeCloudsWithTraffic(t))
	keepNodeLeases(t, w)
	shop, err := os.ReadFile(filepath.Join(w.env.WorkTree, "shop.cue"))
	if err != nil {
		t.Fatal(err)
	}
	moves := &reconciler.MoveOptions{Drain: moveDrain, Poll: 200 * time.Millisecond}
	hub := w.newReconciler(t, reconciler.Options{Moves: moves, Apply: apply.Options{HealthTimeout: 30 * time.Second}}, nil)
	rev := w.head(t)
	w.publish(t)
	start := time.Now()
	untilSettled(t, []*reconciler.Reconciler{hub}, rev, time.Minute, nil)
	t.Logf("first apply with moves on: %s", time.Since(start).Round(100*time.Millisecond))
	if _, ok := w.deployment(t, "gcp-europe-west4", "accounts", "accounts"); !ok {
		t.Fatal("accounts does not run in gcp-europe-west4")
	}
	t.Run("hub", func(t *testing.T) { testMoveHub(t, w, hub, string(shop)) })
	t.Run("agents, arrival never ready", func(t *testing.T) { testMoveAgentsNeverReady(t, w, string(shop)) })
}

// testMoveHub: accounts moves to aws-eu-central-1. From watch times: the
// new Deployment is available before the DNS records change, and the old
// one is deleted after the records changed, by at least their TTL and the
// drain. Meanwhile gcp-europe-west4 says it is Moving and why; at the
// end every cluster is Ready, the old cluster's inventory exact and its
// move record gone.
func testMoveHub(t *testing.T, w *world, hub *reconciler.Reconciler, shop string) {
	times := w.watchMove(t, "aws-eu-central-1")
	rev, err := w.env.Commit("accounts: 10ms to Frankfurt", map[string][]byte{"shop.cue": []byte(withAccountsInFrankfurt(t, shop))})
	if err != nil {
		t.Fatal(err)
	}
	w.publish(t)
	start := time.Now()
	var moving string
	untilSettled(t, []*reconciler.Reconciler{hub}, rev, 2*time.Minute, func(sts map[string]reconciler.ClusterStatus) {
		if st := sts["gcp-europe-west4"]; st.Phase == reconciler.PhaseMoving && moving == "" {
			moving = st.Message
			if _, ok := w.deployment(t, "gcp-europe-west4", "accounts", "accounts"); !ok {
				t.Errorf("gcp-europe-west4 is Moving (%s) but accounts is gone", st.Message)
			}
		}
	})
	took := time.Since(start)
	if !strings.Contains(moving, "accounts/accounts") || !strings.Contains(moving, "make before break") {
		t.Errorf("gcp-europe-west4 never said it holds accounts (first Moving message %q)", moving)
	}
	// The watches see the last events shortly after.
	var available, deleted map[string]time.Time
	var dns time.Time
	for range 50 {
		if available, deleted, dns = times.get(); !deleted["gcp-europe-west4"].IsZero() && !dns.IsZero() {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	arrived, left := available["aws-eu-central-1"], deleted["gcp-europe-west4"]
	t.Logf("move took %s: arrived +%s, DNS switched +%s, left +%s", took.Round(100*time.Millisecond),
		arrived.Sub(start).Round(10*time.Millisecond), dns.Sub(start).Round(10*time.Millisecond), left.Sub(start).Round(10*time.Millisecond))
	switch {
	case arrived.IsZero() || dns.IsZero() || left.IsZero():
		t.Fatalf("watches saw: available %v, DNS %v, deleted %v", available, dns, deleted)
	case !arrived.Before(dns):
		t.Errorf("the DNS records changed (%s) before accounts was available in aws-eu-central-1 (%s)", dns, arrived)
	case left.Sub(dns) < moveTTL+moveDrain:
		t.Errorf("accounts left gcp-europe-west4 %s after the DNS records changed, less than TTL %s + drain %s", left.Sub(dns), moveTTL, moveDrain)
	}
	w.requireInventoryExact(t, "gcp-europe-west4", rev, "")
	if _, err := w.cs["gcp-europe-west4"].CoreV1().ConfigMaps(reconciler.StatusNamespace).Get(t.Context(), reconciler.MoveRecordName, metav1.GetOptions{}); !apierrors.IsNotFound(err) {
		t.Errorf("gcp-europe-west4: move record after the move: %v", err)
	}
}

// newAgent returns a reconciler for one cluster (agent mode) sharing move
// reports through the registry, signed with key.
func (w *world) newAgent(t *testing.T, cluster string, key *bundle.PrivateKey, pub []byte, metrics *reconciler.Metrics) *reconciler.Reconciler {
	t.Helper()
	git, err := source.NewGit(source.GitOptions{URL: w.env.GitURL, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	trust, err := bundle.TrustKeyFile(w.env.PublicKeyFile)
	if err != nil {
		t.Fatal(err)
	}
	cfg := w.env.Clusters[cluster].Config
	r, err := reconciler.New(&reconciler.GitSource{Git: git, Path: "."}, reconciler.Options{
		Registry: w.env.Registry, Trust: trust, BundleOptions: []bundle.Option{bundle.WithInsecure()},
		Targets: func(*schema.Intent) ([]reconciler.Target, error) {
			return []reconciler.Target{{Cluster: cluster, Config: cfg}}, nil
		},
		Apply:       apply.Options{HealthTimeout: 3 * time.Second},
		BackoffBase: time.Millisecond, BackoffMax: 200 * time.Millisecond,
		Metrics: metrics,
		Moves: &reconciler.MoveOptions{
			Drain: moveDrain, Timeout: 3 * time.Second, Poll: 200 * time.Millisecond,
			Board: &reconciler.RegistryBoard{Registry: w.env.Registry, Key: key, Trust: bundle.Trust{PublicKey: pub}, Options: []bundle.Option{bundle.WithInsecure()}},
		},
	})
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// cordon marks every node of a cluster unschedulable (or schedulable
// again).
func (w *world) cordon(t *testing.T, cluster string, on bool) {
	t.Helper()
	nodes, err := w.cs[cluster].CoreV1().Nodes().List(t.Context(), metav1.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range nodes.Items {
		n.Spec.Unschedulable = on
		if _, err := w.cs[cluster].CoreV1().Nodes().Update(t.Context(), &n, metav1.UpdateOptions{}); err != nil {
			t.Fatal(err)
		}
	}
}

// testMoveAgentsNeverReady: three agents (new processes: they find what
// their cluster runs from its inventory) move accounts back to
// gcp-europe-west4, whose nodes are cordoned: its pods never run. aws-eu-
// central-1, which accounts leaves and which holds the DNS records, keeps
// both, Moving, and past the move timeout says so (status, Warning
// Event, metric) while accounts stays available there. Once the nodes
// take pods again, the move completes in order.
func testMoveAgentsNeverReady(t *testing.T, w *world, shop string) {
	kp, err := bundle.GenerateKeyPair([]byte("status"))
	if err != nil {
		t.Fatal(err)
	}
	key, err := bundle.LoadPrivateKey(kp.PrivateKey, []byte("status"))
	if err != nil {
		t.Fatal(err)
	}
	metrics := reconciler.NewMetrics()
	var agents []*reconciler.Reconciler
	for _, c := range fleet {
		var m *reconciler.Metrics
		if c.Name == "aws-eu-central-1" {
			m = metrics
		}
		agents = append(agents, w.newAgent(t, c.Name, key, kp.PublicKey, m))
	}
	times := w.watchMove(t, "aws-eu-central-1")
	w.cordon(t, "gcp-europe-west4", true)
	rev, err := w.env.Commit("accounts: back to 30ms", map[string][]byte{"shop.cue": []byte(shop)})
	if err != nil {
		t.Fatal(err)
	}
	w.publish(t)
	start := time.Now()
	const leaving = "aws-eu-central-1"
	var st reconciler.ClusterStatus
	for time.Since(start) < time.Minute {
		for _, a := range agents {
			for _, s := range a.Cycle(t.Context()) {
				if s.Cluster == leaving {
					st = s
				}
			}
		}
		if st.Error != "" {
			break
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Logf("%s after %s: %s: %s; %s", leaving, time.Since(start).Round(100*time.Millisecond), st.Phase, st.Message, st.Error)
	if st.Phase != reconciler.PhaseMoving || !strings.Contains(st.Error, "move not done within 3s") ||
		!strings.Contains(st.Error, "waiting for cluster(s) gcp-europe-west4") || !strings.Contains(st.Message, "accounts/accounts in gcp-europe-west4 (0/2 ready)") {
		t.Fatalf("%s: %s, message %q, error %q; want Moving, waiting for accounts in gcp-europe-west4, timed out", leaving, st.Phase, st.Message, st.Error)
	}
	if d, ok := w.deployment(t, leaving, "accounts", "accounts"); !ok || d.Status.AvailableReplicas != 2 || d.DeletionTimestamp != nil {
		t.Errorf("%s: accounts is not kept serving: %v", leaving, d)
	}
	if _, _, dns := times.get(); !dns.IsZero() {
		t.Errorf("the DNS records changed while accounts was not ready in gcp-europe-west4")
	}
	got, err := reconciler.ReadStatus(t.Context(), w.cs[leaving])
	if err != nil || got.Phase != reconciler.PhaseMoving || got.Error != st.Error {
		t.Errorf("%s: status in the cluster %+v (%v)", leaving, got, err)
	}
	var event bool
	for _, ev := range w.inventoryEvents(t, leaving) {
		event = event || ev.Type == corev1.EventTypeWarning && ev.Reason == "MoveTimedOut" && strings.Contains(ev.Message, "gcp-europe-west4")
	}
	if !event {
		t.Errorf("%s: no Warning Event MoveTimedOut naming gcp-europe-west4", leaving)
	}
	requireMetric(t, metrics, `isobar_move_timed_out{cluster="aws-eu-central-1"}`, "1")
	requireMetric(t, metrics, `isobar_move_held_since_timestamp_seconds{cluster="aws-eu-central-1",held="accounts/accounts",waiting_for="gcp-europe-west4"}`, "")

	// The nodes take pods again: the move completes, in order.
	w.cordon(t, "gcp-europe-west4", false)
	resumed := time.Now()
	untilSettled(t, agents, rev, 2*time.Minute, nil)
	t.Logf("move completed %s after the nodes were uncordoned", time.Since(resumed).Round(100*time.Millisecond))
	var available, deleted map[string]time.Time
	var dns time.Time
	for range 50 {
		if available, deleted, dns = times.get(); !deleted[leaving].IsZero() && !dns.IsZero() {
			break
		}
		time.Sleep(100 * time.Millisecond)
	}
	arrived, left := available["gcp-europe-west4"], deleted[leaving]
	switch {
	case arrived.IsZero() || dns.IsZero() || left.IsZero():
		t.Fatalf("watches saw: available %v, DNS %v, deleted %v", available, dns, deleted)
	case !arrived.Before(dns):
		t.Errorf("the DNS records changed (%s) before accounts was available in gcp-europe-west4 (%s)", dns, arrived)
	case left.Sub(dns) < moveTTL+moveDrain:
		t.Errorf("accounts left %s %s after the DNS records changed", leaving, left.Sub(dns))
	}
	requireMetric(t, metrics, `isobar_move_timed_out{cluster="aws-eu-central-1"}`, "0")
	w.requireInventoryExact(t, leaving, rev, "")
	ref := w.env.Registry + ":" + reconciler.ReportTag("gcp-europe-west4", rev)
	if _, err := bundle.Verify(t.Context(), ref, bundle.Trust{PublicKey: kp.PublicKey}, bundle.WithInsecure()); err != nil {
		t.Errorf("the report %s does not verify with the status key: %v", ref, err)
	}
}

// requireMetric checks a gauge's series in the metrics' exposition:
// value "" for any value but 0.
func requireMetric(t *testing.T, m *reconciler.Metrics, series, value string) {
	t.Helper()
	rec := httptest.NewRecorder()
	m.Handler().ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/metrics", nil))
	for _, line := range strings.Split(rec.Body.String(), "\n") {
		got, ok := strings.CutPrefix(line, series+" ")
		if !ok {
			continue
		}
		if value == "" && got == "0" || value != "" && got != value {
			t.Errorf("%s = %s, want %q", series, got, value)
		}
		return
	}
	t.Errorf("no %s in\n%s", series, rec.Body.String())
}
