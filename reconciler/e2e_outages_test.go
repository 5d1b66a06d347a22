package reconciler_test

import (
	"bytes"
	"context"
	"io"
	"maps"
	"net/http"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"k8s.io/client-go/rest"

	"isobar.dev/isobar/reconciler"
)

// TestOutages breaks what the reconciler depends on: a cluster's control
// plane, the reconciler's own process, the git server. One world; each
// scenario first settles the intent it needs, and the git server, which
// cannot come back, goes last.
func TestOutages(t *testing.T) {
	w := startScenarios(t)
	t.Run("ControlPlaneOutage", func(t *testing.T) { testControlPlaneOutage(t, w) })
	t.Run("RestartMidApply", func(t *testing.T) { testRestartMidApply(t, w) })
	t.Run("ControlPlaneDownMidApply", func(t *testing.T) { testControlPlaneDownMidApply(t, w) })
	t.Run("GitUnreachable", func(t *testing.T) { testGitUnreachable(t, w) })
}

// testControlPlaneOutage: gcp-europe-west4's kube-apiserver is stopped
// (etcd and the rest keep running) before a cycle that applies a new
// revision. That cluster fails with an error saying it cannot be reached
// and a backoff, while the two others apply the revision in the same
// cycle. Once the API server is back, the next cycle converges it.
func testControlPlaneOutage(t *testing.T, w *fleetWorld) {
	old := w.settle(t, "the original intent", w.shop)
	rev := w.setShop(t, "storefront 1.4.3", edit(t, w.shop, "storefront:1.4.2", "storefront:1.4.3"))
	w.publish(t)
	gcp := w.env.Clusters["gcp-europe-west4"]
	if err := gcp.StopAPIServer(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := gcp.StartAPIServer(); err != nil {
			t.Error(err)
		}
	})

	start := time.Now()
	sts := w.cycle(t)
	t.Logf("cycle with gcp-europe-west4's API server down: %s", time.Since(start).Round(100*time.Millisecond))
	st := sts["gcp-europe-west4"]
	t.Logf("gcp-europe-west4: %s: %s", st.Phase, st.Error)
	if st.Phase != reconciler.PhaseFailed || !strings.Contains(st.Error, "cluster gcp-europe-west4") || !strings.Contains(st.Error, "connection refused") {
		t.Errorf("gcp-europe-west4: %s: %s; want Failed: cannot connect", st.Phase, st.Error)
	}
	if st.AppliedRevision != old || st.Message != "keeping the last applied revision "+old[:12] {
		t.Errorf("gcp-europe-west4: applied %s, message %q; want %s kept", st.AppliedRevision, st.Message, old)
	}
	if st.ConsecutiveFailures != 1 || !st.NextAttempt.After(st.LastAttempt) {
		t.Errorf("gcp-europe-west4: %d failures, next attempt %v after %v; want a backoff", st.ConsecutiveFailures, st.NextAttempt, st.LastAttempt)
	}
	for _, c := range []string{"aws-eu-central-1", "azure-eastus"} {
		if sts[c].Phase != reconciler.PhaseReady || sts[c].AppliedRevision != rev {
			t.Errorf("%s, beside the cluster that is down: %+v, want Ready at %s", c, sts[c], rev)
		}
	}
	if d, _ := w.deployment(t, "azure-eastus", "web", "storefront-spot"); d == nil || d.Spec.Template.Spec.Containers[0].Image != "registry.example/shop/storefront:1.4.3" {
		t.Errorf("storefront in azure-eastus is not 1.4.3: %v", d)
	}

	if err := gcp.StartAPIServer(); err != nil {
		t.Fatal(err)
	}
	sts = w.cycle(t)
	requireReady(t, sts, rev)
	if st := sts["gcp-europe-west4"]; st.ConsecutiveFailures != 0 || !st.NextAttempt.IsZero() {
		t.Errorf("gcp-europe-west4 after recovery: %d failures, next attempt %v", st.ConsecutiveFailures, st.NextAttempt)
	}
	if d, _ := w.deployment(t, "gcp-europe-west4", "web", "storefront-spot"); d == nil || d.Spec.Template.Spec.Containers[0].Image != "registry.example/shop/storefront:1.4.3" {
		t.Errorf("storefront in gcp-europe-west4 is not 1.4.3: %v", d)
	}
	if got, err := reconciler.ReadStatus(t.Context(), w.cs["gcp-europe-west4"]); err != nil || got.Phase != reconciler.PhaseReady || got.AppliedRevision != rev {
		t.Errorf("status in gcp-europe-west4 after recovery: %+v, %v", got, err)
	}
}

// renamed is the original intent with accounts renamed customers: in
// gcp-europe-west4 four objects are added and four are to be pruned.
func renamed(t *testing.T, shop string) string {
	return edit(t, shop, "\taccounts: {\n\t\tteam:  \"accounts\"", "\tcustomers: {\n\t\tteam:  \"accounts\"")
}

// afterFirstApply wraps the connection to cluster so that do runs once,
// right after the first object of a resource (e.g. "deployments") was
// server-side applied there (its response read).
func afterFirstApply(cluster, resource string, do func()) func(name string, cfg *rest.Config) *rest.Config {
	var done atomic.Bool
	return func(name string, cfg *rest.Config) *rest.Config {
		if name != cluster {
			return cfg
		}
		cfg.Wrap(func(rt http.RoundTripper) http.RoundTripper {
			return roundTripperFunc(func(r *http.Request) (*http.Response, error) {
				resp, err := rt.RoundTrip(r)
				if err != nil || r.Method != http.MethodPatch || !strings.Contains(r.URL.Path, "/"+resource+"/") ||
					!strings.HasPrefix(r.Header.Get("Content-Type"), "application/apply-patch") || !done.CompareAndSwap(false, true) {
					return resp, err
				}
				body, err := io.ReadAll(resp.Body)
				_ = resp.Body.Close()
				resp.Body = io.NopCloser(bytes.NewReader(body))
				do()
				return resp, err
			})
		})
		return cfg
	}
}

// testControlPlaneDownMidApply: azure-eastus's kube-apiserver stops in the
// middle of an apply, while the reconciler keeps running. The commit adds
// a newsletter there and rolls the storefront out; the API server stops
// right after the newsletter's ServiceAccount is applied: the pending
// inventory is written, some objects are applied, the Deployments are not. That
// cluster fails, the others apply the commit; once the API server is
// back, the same reconciler converges it, and its inventory lists exactly
// the desired objects.
func testControlPlaneDownMidApply(t *testing.T, w *fleetWorld) {
	const cluster = "azure-eastus"
	w.settle(t, "the original intent", w.shop)
	rev := w.setShop(t, "newsletter, storefront 1.4.4", withWorkload(edit(t, w.shop, "storefront:1.4.2", "storefront:1.4.4"), newsletter))
	w.publish(t)
	api := w.env.Clusters[cluster]
	var stopped atomic.Bool
	var down time.Time
	r := w.newReconciler(t, reconciler.Options{}, afterFirstApply(cluster, "serviceaccounts", func() {
		down = time.Now()
		if err := api.StopAPIServer(); err != nil {
			t.Error(err)
		}
		stopped.Store(true)
	}))
	t.Cleanup(func() {
		if err := api.StartAPIServer(); err != nil {
			t.Error(err)
		}
	})

	sts := cycleWith(t, r)
	if !stopped.Load() {
		t.Fatalf("no ServiceAccount was applied in %s, so the API server was not stopped: %+v", cluster, sts)
	}
	st := sts[cluster]
	t.Logf("%s: %s: %s", cluster, st.Phase, st.Error)
	if st.Phase != reconciler.PhaseFailed || !strings.Contains(st.Error, "Deployment web/newsletter apply failed") || !strings.Contains(st.Error, "connection refused") {
		t.Errorf("%s: %s: %s; want Failed: cannot connect", cluster, st.Phase, st.Error)
	}
	for _, c := range []string{"aws-eu-central-1", "gcp-europe-west4"} {
		if sts[c].Phase != reconciler.PhaseReady || sts[c].AppliedRevision != rev {
			t.Errorf("%s, beside the cluster that went down: %+v, want Ready at %s", c, sts[c], rev)
		}
	}

	if err := api.StartAPIServer(); err != nil {
		t.Fatal(err)
	}
	t.Logf("%s's API server was down for %s", cluster, time.Since(down).Round(100*time.Millisecond))
	requireReady(t, cycleWith(t, r), rev)
	w.requireInventoryExact(t, cluster, rev, rev)
	if d, ok := w.deployment(t, cluster, "web", "newsletter"); !ok || d.Status.AvailableReplicas != 1 {
		t.Errorf("newsletter is not available in %s: %v", cluster, d)
	}
}

type roundTripperFunc func(*http.Request) (*http.Response, error)

func (f roundTripperFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// testRestartMidApply: a commit renames accounts to customers: in
// gcp-europe-west4 four objects are added and four are to be pruned. The
// reconciler process "dies" in the middle of that apply: its cycle's
// context ends right after the first Deployment was applied there, so
// nothing more reaches any cluster. The inventory it leaves in
// gcp-europe-west4 is Pending and lists the old and the new objects. A new
// reconciler (a new process: nothing in memory) converges every cluster
// on the commit; each inventory then lists exactly the objects of the
// cluster's bundle, which are exactly the objects carrying the owner
// label: accounts' were pruned, nothing is missing, nothing is left over.
func testRestartMidApply(t *testing.T, w *fleetWorld) {
	const cluster = "gcp-europe-west4"
	old := w.settle(t, "the original intent", w.shop)
	rev := w.setShop(t, "accounts renamed customers", renamed(t, w.shop))
	w.publish(t)

	ctx, crash := context.WithCancel(t.Context())
	defer crash()
	var crashed atomic.Bool
	dying := w.newReconciler(t, reconciler.Options{}, afterFirstApply(cluster, "deployments", func() {
		crashed.Store(true)
		crash()
	}))
	sts := dying.Cycle(ctx)
	if !crashed.Load() {
		t.Fatalf("no Deployment was applied in %s, so no crash: %+v", cluster, sts)
	}

	inv := w.readInventory(t, cluster)
	t.Logf("%s: inventory after the crash: %s at %s, %d objects", cluster, inv.Phase, inv.Revision[:12], len(inv.Objects))
	union := slices.Compact(slices.Sorted(slices.Values(append(w.desiredObjects(t, cluster, old), w.desiredObjects(t, cluster, rev)...))))
	if inv.Phase != "Pending" || !slices.Equal(inv.Objects, union) {
		t.Errorf("%s: inventory after the crash: %s\n  %s\nwant Pending with the old and the new objects\n  %s", cluster, inv.Phase,
			strings.Join(inv.Objects, "\n  "), strings.Join(union, "\n  "))
	}
	if _, ok := w.deployment(t, cluster, "accounts", "accounts"); !ok {
		t.Error("accounts was pruned before the crash, although the apply had not finished")
	}

	fresh := w.newReconciler(t, reconciler.Options{}, nil)
	requireReady(t, cycleWith(t, fresh), rev)
	for _, c := range fleet {
		changedAt := "" // the rename changes only gcp-europe-west4
		if c.Name == cluster {
			changedAt = rev
		}
		w.requireInventoryExact(t, c.Name, rev, changedAt)
	}
	if _, ok := w.deployment(t, cluster, "accounts", "accounts"); ok {
		t.Error("accounts was not pruned after the restart")
	}
	if d, ok := w.deployment(t, cluster, "accounts", "customers"); !ok || d.Status.AvailableReplicas != 2 {
		t.Errorf("customers is not available: %v", d)
	}
}

// testGitUnreachable: the git server stops. A cycle applies nothing: every
// cluster's status is Stalled, in memory and as recorded in the cluster,
// saying the source cannot be read and that the last applied state is
// kept; the objects stay as they are, and the reconciler stays ready (it
// has read the source before). A reconciler started while git is down is
// not ready. (Whatever the world's reconciler last applied is the state
// kept: the scenario needs no convergence first.)
func testGitUnreachable(t *testing.T, w *fleetWorld) {
	last := map[string]string{}
	for _, st := range w.r.Status() {
		last[st.Cluster] = st.AppliedRevision
	}
	before := w.deploymentWrites(t)
	owned := map[string][]string{}
	for _, c := range fleet {
		if last[c.Name] == "" {
			t.Fatalf("precondition: the world's reconciler has applied something to %s", c.Name)
		}
		owned[c.Name] = w.ownedObjects(t, c.Name)
	}

	w.env.StopGit()
	sts := w.cycle(t)
	t.Logf("%s: %s", fleet[0].Name, sts[fleet[0].Name].Error)
	for _, c := range fleet {
		st := sts[c.Name]
		if st.Phase != reconciler.PhaseStalled || !strings.HasPrefix(st.Error, "git "+w.env.GitURL) || !strings.HasSuffix(st.Error, "; keeping the last applied state") {
			t.Errorf("%s: %s: %s; want Stalled: git %s …; keeping the last applied state", c.Name, st.Phase, st.Error, w.env.GitURL)
		}
		if st.AppliedRevision != last[c.Name] {
			t.Errorf("%s: applied %s, want %s", c.Name, st.AppliedRevision, last[c.Name])
		}
		if got := w.ownedObjects(t, c.Name); !slices.Equal(got, owned[c.Name]) {
			t.Errorf("%s: objects changed while git is down: %v, were %v", c.Name, got, owned[c.Name])
		}
	}
	if after := w.deploymentWrites(t); !maps.Equal(after, before) {
		t.Errorf("Deployments changed while git is down:\nbefore %v\nafter  %v", before, after)
	}
	if !w.r.Ready() {
		t.Error("the reconciler is not ready any more")
	}
	// `isobar status` reads the status recorded in each cluster: it must
	// not say Ready while the reconciler cannot follow the source.
	for _, c := range fleet {
		got, err := reconciler.ReadStatus(t.Context(), w.cs[c.Name])
		if err != nil {
			t.Fatal(err)
		}
		if got.Phase != reconciler.PhaseStalled || !strings.HasPrefix(got.Error, "git "+w.env.GitURL) {
			t.Errorf("%s: status in the cluster while git is down: %s: %q; want Stalled: git …", c.Name, got.Phase, got.Error)
		}
	}

	fresh := w.newReconciler(t, reconciler.Options{}, nil)
	cycleWith(t, fresh)
	if fresh.Ready() {
		t.Error("a reconciler that never read the source is ready")
	}
}
