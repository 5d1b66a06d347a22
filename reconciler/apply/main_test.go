package apply_test

import (
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-logr/logr"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/client-go/rest"
	"sigs.k8s.io/controller-runtime/pkg/client"
	ctrllog "sigs.k8s.io/controller-runtime/pkg/log"

	"isobar.dev/isobar/internal/testenv/kubetest"
	"isobar.dev/isobar/reconciler/apply"
)

// One API server (etcd + kube-apiserver, no controllers) serves every test
// and benchmark of the package; each test works in namespaces and an
// inventory of its own. Plain envtest has no namespace controller: a
// deleted Namespace stays Terminating, which the tests take into account.
var (
	cluster *kubetest.Cluster
	// noCluster says why there is no cluster.
	noCluster error
)

func TestMain(m *testing.M) {
	os.Exit(runTests(m))
}

func runTests(m *testing.M) int {
	ctrllog.SetLogger(logr.Discard())
	if err := binariesPresent(); err != nil {
		noCluster = err
		return m.Run()
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	c, err := kubetest.Start(ctx, kubetest.Options{})
	cancel()
	if err != nil {
		fmt.Fprintf(os.Stderr, "reconciler/apply: starting kube-apiserver: %v\n", err)
		return 1
	}
	cluster = c
	code := m.Run()
	if err := c.Stop(); err != nil {
		fmt.Fprintf(os.Stderr, "reconciler/apply: stopping kube-apiserver: %v\n", err)
	}
	return code
}

// binariesPresent checks for what a plain API server needs.
func binariesPresent() error {
	dir, err := kubetest.AssetsDir()
	if err != nil {
		return err
	}
	for _, b := range []string{"etcd", "kube-apiserver"} {
		if _, err := os.Stat(filepath.Join(dir, b)); err != nil {
			return fmt.Errorf("%s missing in %s (build it with hack/build-kube.sh)", b, dir)
		}
	}
	return nil
}

// restConfig returns the shared API server's config, or skips t (fails it
// when ISOBAR_REQUIRE_KUBE=1) without one.
func restConfig(t testing.TB) *rest.Config {
	t.Helper()
	if cluster == nil {
		if os.Getenv(kubetest.EnvRequire) == "1" {
			t.Fatalf("no API server: %v (%s=1)", noCluster, kubetest.EnvRequire)
		}
		t.Skipf("no API server: %v (set %s=1 to fail instead)", noCluster, kubetest.EnvRequire)
	}
	return rest.CopyConfig(cluster.Config)
}

// requests counts the requests an engine sends.
type requests struct {
	mu      sync.Mutex
	byVerb  map[string]int
	dryRuns int
}

func (r *requests) wrap(rt http.RoundTripper) http.RoundTripper {
	return roundTripper(func(req *http.Request) (*http.Response, error) {
		r.mu.Lock()
		if r.byVerb == nil {
			r.byVerb = map[string]int{}
		}
		r.byVerb[req.Method]++
		if req.URL.Query().Get("dryRun") != "" {
			r.dryRuns++
		}
		r.mu.Unlock()
		return rt.RoundTrip(req)
	})
}

func (r *requests) reset() {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.byVerb, r.dryRuns = nil, 0
}

func (r *requests) count(verb string) int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.byVerb[verb]
}

func (r *requests) writes() int {
	return r.count(http.MethodPatch) + r.count(http.MethodPut) + r.count(http.MethodPost) + r.count(http.MethodDelete)
}

func (r *requests) String() string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return fmt.Sprintf("%v, %d dry-runs", r.byVerb, r.dryRuns)
}

type roundTripper func(*http.Request) (*http.Response, error)

func (f roundTripper) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// newEngine returns an engine on the shared API server, logging to t,
// whose requests are counted. The inventory name defaults to a unique one.
func newEngine(t testing.TB, opts apply.Options) (*apply.Engine, *requests) {
	t.Helper()
	cfg := restConfig(t)
	reqs := &requests{}
	cfg.Wrap(reqs.wrap)
	if opts.InventoryName == "" {
		opts.InventoryName = uniqueName(t, "inv")
	}
	if opts.Logger == nil {
		w := t.Output()
		opts.Logger = slog.New(slog.NewTextHandler(w, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	e, err := apply.New(cfg, opts)
	if err != nil {
		t.Fatal(err)
	}
	return e, reqs
}

// kube returns a plain client for the test's own reads and writes.
func kube(t testing.TB) client.Client {
	t.Helper()
	c, err := client.New(restConfig(t), client.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return c
}

var nonName = regexp.MustCompile(`[^a-z0-9]+`)

// uniqueName returns a DNS label made of prefix, the test's name and a
// random suffix.
func uniqueName(t testing.TB, prefix string) string {
	base := strings.Trim(nonName.ReplaceAllString(strings.ToLower(t.Name()), "-"), "-")
	base = strings.TrimPrefix(base, "test")
	base = strings.Trim(base, "-")
	if len(base) > 40 {
		base = base[:40]
	}
	return strings.Trim(fmt.Sprintf("%s-%s-%04x", prefix, base, rand.IntN(1<<16)), "-")
}

// newNamespace creates a namespace for t (not managed by any engine).
func newNamespace(t testing.TB) string {
	t.Helper()
	name := uniqueName(t, "ns")
	ns := &corev1.Namespace{ObjectMeta: metav1.ObjectMeta{Name: name}}
	if err := kube(t).Create(context.Background(), ns); err != nil {
		t.Fatal(err)
	}
	return name
}

func obj(apiVersion, kind, ns, name string, fields map[string]any) *unstructured.Unstructured {
	u := &unstructured.Unstructured{Object: map[string]any{"apiVersion": apiVersion, "kind": kind}}
	for k, v := range fields {
		u.Object[k] = v
	}
	u.SetName(name)
	if ns != "" {
		u.SetNamespace(ns)
	}
	// What render puts on every object.
	u.SetLabels(map[string]string{"app.kubernetes.io/managed-by": "isobar", "isobar.dev/workload": name})
	u.SetAnnotations(map[string]string{"isobar.dev/data-classes": "public"})
	return u
}

func configMap(ns, name string, data map[string]string) *unstructured.Unstructured {
	d := map[string]any{}
	for k, v := range data {
		d[k] = v
	}
	return obj("v1", "ConfigMap", ns, name, map[string]any{"data": d})
}

func namespaceObj(name string) *unstructured.Unstructured {
	return obj("v1", "Namespace", "", name, nil)
}

func deployment(ns, name string, replicas int64) *unstructured.Unstructured {
	labels := map[string]any{"app": name}
	return obj("apps/v1", "Deployment", ns, name, map[string]any{"spec": map[string]any{
		"replicas": replicas,
		"selector": map[string]any{"matchLabels": labels},
		"template": map[string]any{
			"metadata": map[string]any{"labels": labels},
			"spec": map[string]any{"containers": []any{
				map[string]any{"name": "app", "image": "registry.example/app:1"},
			}},
		},
	}})
}

func headlessService(ns, name string) *unstructured.Unstructured {
	return obj("v1", "Service", ns, name, map[string]any{"spec": map[string]any{
		"clusterIP": "None",
		"selector":  map[string]any{"app": name},
		"ports":     []any{map[string]any{"name": "http", "port": int64(80)}},
	}})
}

func job(ns, name, image string) *unstructured.Unstructured {
	return obj("batch/v1", "Job", ns, name, map[string]any{"spec": map[string]any{
		"template": map[string]any{"spec": map[string]any{
			"restartPolicy": "Never",
			"containers":    []any{map[string]any{"name": "run", "image": image}},
		}},
	}})
}

func desired(rev string, objs ...*unstructured.Unstructured) apply.Desired {
	return apply.Desired{Objects: objs, Revision: rev, Digest: "sha256:" + rev, PlanDigest: "sha256:plan-" + rev}
}

// get reads a live object; ok is false when it does not exist.
func get(t testing.TB, apiVersion, kind, ns, name string) (*unstructured.Unstructured, bool) {
	t.Helper()
	u := &unstructured.Unstructured{}
	u.SetAPIVersion(apiVersion)
	u.SetKind(kind)
	err := kube(t).Get(context.Background(), client.ObjectKey{Namespace: ns, Name: name}, u)
	if err != nil {
		if client.IgnoreNotFound(err) == nil {
			return nil, false
		}
		t.Fatal(err)
	}
	return u, true
}

// exists reports whether the object exists and is not being deleted.
func exists(t testing.TB, apiVersion, kind, ns, name string) bool {
	u, ok := get(t, apiVersion, kind, ns, name)
	return ok && u.GetDeletionTimestamp() == nil
}

func mustApply(t testing.TB, e *apply.Engine, d apply.Desired) *apply.Result {
	t.Helper()
	res, err := e.Apply(context.Background(), d)
	if err != nil {
		t.Fatalf("Apply: %v\n%v", err, res)
	}
	return res
}

func wantAction(t testing.TB, res *apply.Result, u *unstructured.Unstructured, want apply.Action) {
	t.Helper()
	if got := res.Action(apply.RefOf(u)); got != want {
		e, _ := res.Entry(apply.RefOf(u))
		t.Errorf("%s: action %q, want %q (%s)", apply.RefOf(u), got, want, e.Reason)
	}
}

// inventorySecret reads an engine's inventory Secret.
func inventorySecret(t testing.TB, e *apply.Engine) *corev1.Secret {
	t.Helper()
	s := &corev1.Secret{}
	o := e.Options()
	if err := kube(t).Get(context.Background(), client.ObjectKey{Namespace: o.InventoryNamespace, Name: o.InventoryName}, s); err != nil {
		t.Fatal(err)
	}
	return s
}

// inventoryNames returns "Kind ns/name" of every inventory entry.
func inventoryNames(t testing.TB, e *apply.Engine) []string {
	t.Helper()
	s := inventorySecret(t, e)
	var out []string
	for line := range strings.SplitSeq(strings.TrimSpace(string(s.Data["entries"])), "\n") {
		if line == "" {
			continue
		}
		var en struct {
			K  string `json:"k"`
			NS string `json:"ns"`
			N  string `json:"n"`
		}
		if err := json.Unmarshal([]byte(line), &en); err != nil {
			t.Fatalf("inventory line %q: %v", line, err)
		}
		out = append(out, apply.ObjectRef{Kind: en.K, Namespace: en.NS, Name: en.N}.String())
	}
	return out
}
