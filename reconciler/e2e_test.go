package reconciler_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/internal/testenv/e2e"
	"isobar.dev/isobar/internal/testenv/kubetest"
	"isobar.dev/isobar/reconciler"
	"isobar.dev/isobar/reconciler/apply"
	"isobar.dev/isobar/reconciler/source"
	"isobar.dev/isobar/schema"
)

// fleet are the three clusters of examples/three-clouds.
var fleet = []e2e.Cluster{
	{Name: "aws-eu-central-1", Provider: "aws"},
	{Name: "gcp-europe-west4", Provider: "gcp"},
	{Name: "azure-eastus", Provider: "azure"},
}

// world is an environment and a reconciler following it in hub mode.
type world struct {
	env *e2e.Env
	r   *reconciler.Reconciler
	cs  map[string]kubernetes.Interface
}

func startWorld(t *testing.T, opts reconciler.Options) *world {
	t.Helper()
	w := startEnv(t, threeCloudsWithoutTraffic(t))
	env := w.env
	git, err := source.NewGit(source.GitOptions{URL: env.GitURL, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	trust, err := bundle.TrustKeyFile(env.PublicKeyFile)
	if err != nil {
		t.Fatal(err)
	}
	opts.Registry = env.Registry
	opts.Trust = trust
	opts.BundleOptions = []bundle.Option{bundle.WithInsecure()}
	opts.Targets = func(in *schema.Intent) ([]reconciler.Target, error) {
		var ts []reconciler.Target
		for name := range in.Fleet {
			ts = append(ts, reconciler.Target{Cluster: name, Config: env.Clusters[name].Config})
		}
		return ts, nil
	}
	if opts.Apply.HealthTimeout == 0 {
		opts.Apply = apply.DefaultOptions()
		opts.Apply.HealthTimeout = time.Minute
	}
	opts.BackoffBase = time.Millisecond
	w.r, err = reconciler.New(&reconciler.GitSource{Git: git, Path: "."}, opts)
	if err != nil {
		t.Fatal(err)
	}
	return w
}

// threeCloudsWithoutTraffic is a copy of examples/three-clouds without its
// traffic section: the DNS records it adds live in the fleet's first
// cluster whatever runs there, while these tests move whole clusters'
// contents (a cluster left with nothing is the mass deletion guard's
// case). The demo and render's tests cover the records.
func threeCloudsWithoutTraffic(t *testing.T) string {
	t.Helper()
	return copyThreeClouds(t, func(name, content string) (string, bool) { return content, name != "traffic.cue" })
}

// copyThreeClouds copies the files of examples/three-clouds into a
// temporary folder through edit, which returns a file's new content and
// whether to keep it at all.
func copyThreeClouds(t *testing.T, edit func(name, content string) (string, bool)) string {
	t.Helper()
	src := filepath.Join("..", "examples", "three-clouds")
	dst := t.TempDir()
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		content, keep := edit(e.Name(), string(b))
		if !keep {
			continue
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dst
}

// startEnv starts the fleet's clusters, a registry and a git server
// holding the intent folder, and returns them as a world without a
// reconciler; it skips t without the simulated clusters.
func startEnv(t *testing.T, intent string) *world {
	t.Helper()
	kubetest.SkipUnlessAvailable(t)
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	env, err := e2e.Start(ctx, e2e.Options{Clusters: fleet, Intent: intent, Dir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(env.Stop)
	w := &world{env: env, cs: map[string]kubernetes.Interface{}}
	for name, c := range env.Clusters {
		w.cs[name] = kubernetes.NewForConfigOrDie(c.Config)
	}
	return w
}

func (w *world) publish(t *testing.T) {
	t.Helper()
	if _, err := w.env.Publish(t.Context(), "."); err != nil {
		t.Fatal(err)
	}
}

func (w *world) cycle(t *testing.T) map[string]reconciler.ClusterStatus {
	t.Helper()
	out := map[string]reconciler.ClusterStatus{}
	for _, st := range w.r.Cycle(t.Context()) {
		out[st.Cluster] = st
	}
	return out
}

func (w *world) deployment(t *testing.T, cluster, ns, name string) (*appsv1.Deployment, bool) {
	t.Helper()
	d, err := w.cs[cluster].AppsV1().Deployments(ns).Get(t.Context(), name, metav1.GetOptions{})
	if apierrors.IsNotFound(err) {
		return nil, false
	}
	if err != nil {
		t.Fatal(err)
	}
	return d, true
}

func requireReady(t *testing.T, sts map[string]reconciler.ClusterStatus, rev string) {
	t.Helper()
	for _, c := range fleet {
		st := sts[c.Name]
		if st.Phase != reconciler.PhaseReady || st.AppliedRevision != rev || !st.Healthy {
			t.Fatalf("%s: %+v, want Ready at %s", c.Name, st, rev)
		}
	}
}

// TestApplyAndMove applies the intent to three clusters in three clouds,
// then a change that moves a workload: created on the new cluster, pruned
// from the old, the rest untouched.
func TestApplyAndMove(t *testing.T) {
	w := startWorld(t, reconciler.Options{})
	rev, _, err := w.env.Head()
	if err != nil {
		t.Fatal(err)
	}
	// Before publishing, every cluster waits and nothing is applied.
	for name, st := range w.cycle(t) {
		if st.Phase != reconciler.PhaseWaiting || !strings.Contains(st.Message, "waiting for the bundle of revision "+rev[:12]) {
			t.Errorf("%s before publish: %+v", name, st)
		}
	}
	w.publish(t)
	requireReady(t, w.cycle(t), rev)
	d, ok := w.deployment(t, "gcp-europe-west4", "accounts", "accounts")
	if !ok || d.Status.AvailableReplicas != 2 {
		t.Fatalf("accounts on gcp-europe-west4: %v", d)
	}
	if _, ok := w.deployment(t, "aws-eu-central-1", "accounts", "accounts"); ok {
		t.Fatal("accounts already runs on aws-eu-central-1")
	}
	if _, ok := w.deployment(t, "azure-eastus", "accounts", "accounts"); ok {
		t.Fatal("accounts (pii, EU only) runs in the US")
	}

	// A tighter latency objective moves accounts next to its users in Frankfurt.
	shop, err := os.ReadFile(filepath.Join(w.env.WorkTree, "shop.cue"))
	if err != nil {
		t.Fatal(err)
	}
	moved := strings.Replace(string(shop), `latency: p95: "30ms"`, `latency: p95: "10ms"`, 1)
	rev2, err := w.env.Commit("accounts: 10ms to Frankfurt", map[string][]byte{"shop.cue": []byte(moved)})
	if err != nil {
		t.Fatal(err)
	}
	w.publish(t)
	requireReady(t, w.cycle(t), rev2)
	if d, ok := w.deployment(t, "aws-eu-central-1", "accounts", "accounts"); !ok || d.Status.AvailableReplicas != 2 {
		t.Errorf("accounts not available on aws-eu-central-1: %v", d)
	}
	if _, ok := w.deployment(t, "gcp-europe-west4", "accounts", "accounts"); ok {
		t.Error("accounts was not pruned from gcp-europe-west4")
	}
	if _, ok := w.deployment(t, "gcp-europe-west4", "web", "storefront-spot"); !ok {
		t.Error("storefront, which did not move, is gone from gcp-europe-west4")
	}
	// A cycle with nothing new changes nothing.
	for name, st := range w.cycle(t) {
		if st.Phase != reconciler.PhaseReady || st.Counts.Created+st.Counts.Configured+st.Counts.Deleted != 0 {
			t.Errorf("%s: no-op cycle: %+v", name, st)
		}
	}
}
