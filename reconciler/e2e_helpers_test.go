package reconciler_test

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/go-logr/logr"
	coordinationv1 "k8s.io/api/coordination/v1"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	k8sschema "k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/client-go/metadata"
	"k8s.io/client-go/rest"
	"k8s.io/utils/ptr"
	ctrllog "sigs.k8s.io/controller-runtime/pkg/log"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/reconciler"
	"isobar.dev/isobar/reconciler/apply"
	"isobar.dev/isobar/reconciler/source"
	"isobar.dev/isobar/schema"
)

// Helpers shared by the end-to-end scenarios (e2e_*_test.go). The world
// itself (startWorld, publish, cycle, deployment, requireReady) is in
// e2e_test.go.

func init() {
	// controller-runtime prints a stack trace when its logger is never set.
	ctrllog.SetLogger(logr.Discard())
}

// newReconciler returns another reconciler following the world's
// repository, as a new process would start: no cached bundle, engine or
// inventory. opts are completed as startWorld completes them (zero Apply
// fields take the engine's defaults, HealthTimeout one minute); its
// Targets, when set, are kept (an agent's one cluster), otherwise every
// fleet cluster is a target. wrap, when set, may replace each cluster's
// connection (e.g. to interrupt requests).
func (w *world) newReconciler(t *testing.T, opts reconciler.Options, wrap func(cluster string, cfg *rest.Config) *rest.Config) *reconciler.Reconciler {
	t.Helper()
	git, err := source.NewGit(source.GitOptions{URL: w.env.GitURL, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	trust, err := bundle.TrustKeyFile(w.env.PublicKeyFile)
	if err != nil {
		t.Fatal(err)
	}
	opts.Registry = w.env.Registry
	opts.Trust = trust
	opts.BundleOptions = []bundle.Option{bundle.WithInsecure()}
	var mu sync.Mutex
	configs := map[string]*rest.Config{} // one per cluster, so the reconciler keeps its state
	hub := func(in *schema.Intent) ([]reconciler.Target, error) {
		mu.Lock()
		defer mu.Unlock()
		var ts []reconciler.Target
		for name := range in.Fleet {
			cfg, ok := configs[name]
			if !ok {
				cfg = w.env.Clusters[name].Config
				if wrap != nil {
					cfg = wrap(name, rest.CopyConfig(cfg))
				}
				configs[name] = cfg
			}
			ts = append(ts, reconciler.Target{Cluster: name, Config: cfg})
		}
		return ts, nil
	}
	if opts.Targets == nil {
		opts.Targets = hub
	}
	if opts.Apply.HealthTimeout == 0 {
		opts.Apply.HealthTimeout = time.Minute
	}
	if opts.BackoffBase == 0 {
		opts.BackoffBase = time.Millisecond
	}
	r, err := reconciler.New(&reconciler.GitSource{Git: git, Path: "."}, opts)
	if err != nil {
		t.Fatal(err)
	}
	return r
}

// cycleWith runs one cycle of r and returns the statuses by cluster.
func cycleWith(t *testing.T, r *reconciler.Reconciler) map[string]reconciler.ClusterStatus {
	t.Helper()
	out := map[string]reconciler.ClusterStatus{}
	for _, st := range r.Cycle(t.Context()) {
		out[st.Cluster] = st
	}
	return out
}

// head returns the repository's HEAD commit.
func (w *world) head(t *testing.T) string {
	t.Helper()
	rev, _, err := w.env.Head()
	if err != nil {
		t.Fatal(err)
	}
	return rev
}

// converge publishes HEAD (again: publishing is reproducible, so an
// unchanged commit re-publishes the same digests) and runs a cycle of the
// world's reconciler, which must leave every cluster Ready at HEAD.
func (w *world) converge(t *testing.T) string {
	t.Helper()
	rev := w.head(t)
	w.publish(t)
	requireReady(t, w.cycle(t), rev)
	return rev
}

// publishBundles publishes HEAD like publish and returns each cluster's
// bundle.
func (w *world) publishBundles(t *testing.T) map[string]bundle.Published {
	t.Helper()
	bs, err := w.env.Publish(t.Context(), ".")
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]bundle.Published{}
	for _, b := range bs {
		out[b.Cluster] = b
	}
	return out
}

// fleetWorld is a world for scenarios run as subtests of one test.
type fleetWorld struct {
	*world
	// shop is shop.cue as the repository's first commit has it; the
	// scenarios derive their intent changes from it.
	shop string
	// setup converges the world for settle; it may prune anything.
	setup *reconciler.Reconciler
}

// startScenarios starts a world for scenarios run as subtests and
// converges it on the first commit. Each scenario begins by settling the
// intent it starts from, so that it does not depend on what the scenarios
// before it left.
func startScenarios(t *testing.T) *fleetWorld {
	t.Helper()
	w := startWorld(t, reconciler.Options{})
	keepNodeLeases(t, w)
	shop, err := os.ReadFile(filepath.Join(w.env.WorkTree, "shop.cue"))
	if err != nil {
		t.Fatal(err)
	}
	w.converge(t)
	return &fleetWorld{world: w, shop: string(shop), setup: w.newReconciler(t, reconciler.Options{Apply: apply.Options{AllowMassDeletion: true}}, nil)}
}

// keepNodeLeases renews a Lease for every Node of the world's clusters,
// every 5 s, until t ends.
//
// It works around internal/testenv/kubetest, which starts kwok without node leases
// (no --node-lease-duration-seconds) while kwok's node-heartbeat stage
// updates Node status only every 10 minutes: when the controller
// manager's node-monitor grace period (50 s) runs out, the Nodes turn
// Unknown for a moment and every running Pod is marked NotReady for good
// (kwok's pod-ready stage only readies Pending Pods), so about 50 s into a
// world every Deployment stops being available. Remove it once kubetest
// runs kwok with node leases.
func keepNodeLeases(t *testing.T, w *world) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	var wg sync.WaitGroup
	t.Cleanup(func() { cancel(); wg.Wait() }) // before the world stops
	renew := func() {
		for _, cs := range w.cs {
			nodes, err := cs.CoreV1().Nodes().List(ctx, metav1.ListOptions{})
			if err != nil {
				continue // an API server stopped by the test
			}
			leases := cs.CoordinationV1().Leases(corev1.NamespaceNodeLease)
			for _, n := range nodes.Items {
				now := metav1.NewMicroTime(time.Now())
				l, err := leases.Get(ctx, n.Name, metav1.GetOptions{})
				if err != nil {
					_, _ = leases.Create(ctx, &coordinationv1.Lease{
						ObjectMeta: metav1.ObjectMeta{Name: n.Name},
						Spec:       coordinationv1.LeaseSpec{HolderIdentity: ptr.To(n.Name), LeaseDurationSeconds: ptr.To[int32](40), RenewTime: &now},
					}, metav1.CreateOptions{})
					continue
				}
				l.Spec.RenewTime = &now
				_, _ = leases.Update(ctx, l, metav1.UpdateOptions{})
			}
		}
	}
	renew()
	wg.Go(func() {
		tick := time.NewTicker(5 * time.Second)
		defer tick.Stop()
		for {
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
				renew()
			}
		}
	})
}

// settle makes shop.cue at HEAD content (committing it if needed),
// publishes HEAD and converges every cluster on it with a reconciler that
// may prune anything; then the world's reconciler runs a cycle, which
// finds every cluster Ready at HEAD. It is a scenario's starting point,
// whatever the previous one left, and returns HEAD.
func (w *fleetWorld) settle(t *testing.T, msg, content string) string {
	t.Helper()
	rev := w.setShop(t, msg, content)
	w.publish(t)
	requireReady(t, cycleWith(t, w.setup), rev)
	requireReady(t, w.cycle(t), rev)
	return rev
}

// edit returns s with each pair of (old, new) replaced once, failing when
// an old string is missing: the scenarios' intent changes must not
// silently do nothing.
func edit(t *testing.T, s string, pairs ...string) string {
	t.Helper()
	for i := 0; i+1 < len(pairs); i += 2 {
		if !strings.Contains(s, pairs[i]) {
			t.Fatalf("intent edit: %q not found in\n%s", pairs[i], s)
		}
		s = strings.Replace(s, pairs[i], pairs[i+1], 1)
	}
	return s
}

// setShop commits shop.cue with content (unless HEAD has it already) and
// returns HEAD.
func (w *world) setShop(t *testing.T, msg, content string) string {
	t.Helper()
	cur, err := os.ReadFile(filepath.Join(w.env.WorkTree, "shop.cue"))
	if err != nil {
		t.Fatal(err)
	}
	if string(cur) == content {
		return w.head(t)
	}
	rev, err := w.env.Commit(msg, map[string][]byte{"shop.cue": []byte(content)})
	if err != nil {
		t.Fatal(err)
	}
	return rev
}

// touch commits a change of shop.cue that changes no placement (a
// comment): the next cycle applies a new revision everywhere, which
// changes no object.
func (w *world) touch(t *testing.T, msg string) string {
	t.Helper()
	cur, err := os.ReadFile(filepath.Join(w.env.WorkTree, "shop.cue"))
	if err != nil {
		t.Fatal(err)
	}
	return w.setShop(t, msg, string(cur)+"// "+msg+"\n")
}

// Intent variants, as edits of the original shop.cue.

// withAccountsInFrankfurt tightens accounts' latency objective: it moves
// from gcp-europe-west4 to aws-eu-central-1 (report stays in gcp, so the
// accounts namespace stays there too).
func withAccountsInFrankfurt(t *testing.T, shop string) string {
	return edit(t, shop, `latency: p95: "30ms"`, `latency: p95: "10ms"`)
}

// withoutUSDemand drops the storefront's New York users: everything runs
// in gcp-europe-west4, nothing in azure-eastus.
func withoutUSDemand(t *testing.T, shop string) string {
	return edit(t, shop, "\t\t\t\"new-york\": rps: 300\n", "")
}

// withWorkload adds a workload to the intent.
func withWorkload(shop, cue string) string {
	return shop + "\nworkloads: " + cue + "\n"
}

// newsletter is a workload the planner places in azure-eastus (with the
// original intent).
const newsletter = `newsletter: {
	team:  "web"
	image: "registry.example/shop/newsletter:1.0.0"
	resources: {cpu: "100m", memory: "128Mi"}
	dataClasses: ["public"]
}`

// deploymentWrites maps "cluster namespace/name" of every Deployment
// isobar applied to what a write of it changes: its UID (re-created), its
// generation (spec changed) and the time of isobar's last apply that
// changed its fields.
func (w *world) deploymentWrites(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for name, cs := range w.cs {
		list, err := cs.AppsV1().Deployments("").List(t.Context(), metav1.ListOptions{LabelSelector: apply.OwnerLabel})
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range list.Items {
			applied := "never"
			for _, mf := range d.ManagedFields {
				if mf.Manager == apply.DefaultOptions().FieldManager && mf.Operation == metav1.ManagedFieldsOperationApply && mf.Time != nil {
					applied = mf.Time.UTC().Format(time.RFC3339)
				}
			}
			out[name+" "+d.Namespace+"/"+d.Name] = fmt.Sprintf("uid %s, generation %d, applied %s", d.UID, d.Generation, applied)
		}
	}
	return out
}

// inventory is an inventory Secret as a test reads it.
type inventory struct {
	Phase, Revision string
	// Objects are "Kind namespace/name" (apply.ObjectRef.String), sorted.
	Objects []string
}

// readInventory reads the inventory Secret of a cluster (default name).
func (w *world) readInventory(t *testing.T, cluster string) inventory {
	t.Helper()
	d := apply.DefaultOptions()
	s, err := w.cs[cluster].CoreV1().Secrets(d.InventoryNamespace).Get(t.Context(), d.InventoryName, metav1.GetOptions{})
	if err != nil {
		t.Fatalf("%s: inventory: %v", cluster, err)
	}
	inv := inventory{Phase: string(s.Data["phase"]), Revision: string(s.Data["revision"])}
	entries := s.Data["entries"]
	if gz, ok := s.Data["entries.gz"]; ok {
		zr, err := gzip.NewReader(bytes.NewReader(gz))
		if err != nil {
			t.Fatal(err)
		}
		if entries, err = io.ReadAll(zr); err != nil {
			t.Fatal(err)
		}
	}
	sc := bufio.NewScanner(bytes.NewReader(entries))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if len(bytes.TrimSpace(sc.Bytes())) == 0 {
			continue
		}
		var e struct {
			G  string `json:"g"`
			V  string `json:"v"`
			K  string `json:"k"`
			NS string `json:"ns"`
			N  string `json:"n"`
		}
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			t.Fatalf("%s: inventory entry %q: %v", cluster, sc.Text(), err)
		}
		inv.Objects = append(inv.Objects, apply.ObjectRef{Group: e.G, Version: e.V, Kind: e.K, Namespace: e.NS, Name: e.N}.String())
	}
	slices.Sort(inv.Objects)
	return inv
}

// desiredObjects returns what the cluster's verified bundle of rev holds,
// as "Kind namespace/name", sorted.
func (w *world) desiredObjects(t *testing.T, cluster, rev string) []string {
	t.Helper()
	trust, err := bundle.TrustKeyFile(w.env.PublicKeyFile)
	if err != nil {
		t.Fatal(err)
	}
	ref := w.env.Registry + ":" + bundle.Tag(bundle.Metadata{Cluster: cluster, Revision: rev})
	p, err := bundle.Pull(t.Context(), ref, trust, bundle.WithInsecure(), bundle.WithCluster(cluster))
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, o := range p.Objects {
		out = append(out, apply.RefOf(o).String())
	}
	slices.Sort(out)
	return out
}

// ownedKinds are the kinds isobar renders for the three-clouds intent (and
// ConfigMaps and Secrets, which it could).
var ownedKinds = map[string]k8sschema.GroupVersionResource{
	"Namespace":               {Version: "v1", Resource: "namespaces"},
	"ServiceAccount":          {Version: "v1", Resource: "serviceaccounts"},
	"Service":                 {Version: "v1", Resource: "services"},
	"ConfigMap":               {Version: "v1", Resource: "configmaps"},
	"Secret":                  {Version: "v1", Resource: "secrets"},
	"Deployment":              {Group: "apps", Version: "v1", Resource: "deployments"},
	"PodDisruptionBudget":     {Group: "policy", Version: "v1", Resource: "poddisruptionbudgets"},
	"CronJob":                 {Group: "batch", Version: "v1", Resource: "cronjobs"},
	"HorizontalPodAutoscaler": {Group: "autoscaling", Version: "v2", Resource: "horizontalpodautoscalers"},
	"DNSEndpoint":             {Group: "externaldns.k8s.io", Version: "v1alpha1", Resource: "dnsendpoints"},
}

// ownedObjects lists the live objects carrying isobar's owner label (not
// being deleted), as "Kind namespace/name", sorted.
func (w *world) ownedObjects(t *testing.T, cluster string) []string {
	t.Helper()
	mc, err := metadata.NewForConfig(w.env.Clusters[cluster].Config)
	if err != nil {
		t.Fatal(err)
	}
	sel := apply.OwnerLabel + "=" + apply.DefaultOptions().InventoryName
	var out []string
	for _, kind := range slices.Sorted(maps.Keys(ownedKinds)) {
		list, err := mc.Resource(ownedKinds[kind]).List(t.Context(), metav1.ListOptions{LabelSelector: sel})
		if err != nil {
			t.Fatalf("%s: listing %s: %v", cluster, kind, err)
		}
		for _, m := range list.Items {
			if m.DeletionTimestamp != nil {
				continue
			}
			out = append(out, apply.ObjectRef{Kind: kind, Namespace: m.Namespace, Name: m.Name}.String())
		}
	}
	slices.Sort(out)
	return out
}

// requireInventoryExact checks that the cluster's inventory is Applied
// and lists exactly the objects of its bundle of rev, and that exactly
// those objects carry isobar's owner label in the cluster: nothing
// missing, nothing left over. When changedAt is not empty, the inventory
// must name it as the revision whose cycle last changed the cluster.
func (w *world) requireInventoryExact(t *testing.T, cluster, rev, changedAt string) {
	t.Helper()
	inv := w.readInventory(t, cluster)
	want := w.desiredObjects(t, cluster, rev)
	if inv.Phase != string(apply.PhaseApplied) || (changedAt != "" && inv.Revision != changedAt) {
		t.Errorf("%s: inventory %s at %s, want %s at %s", cluster, inv.Phase, inv.Revision, apply.PhaseApplied, changedAt)
	}
	if !slices.Equal(inv.Objects, want) {
		t.Errorf("%s: inventory lists\n  %s\nthe bundle holds\n  %s", cluster, strings.Join(inv.Objects, "\n  "), strings.Join(want, "\n  "))
	}
	for _, o := range inv.Objects {
		if _, ok := ownedKinds[strings.Fields(o)[0]]; !ok {
			t.Fatalf("%s: the test does not list objects of kind %s; add it to ownedKinds", cluster, o)
		}
	}
	if live := w.ownedObjects(t, cluster); !slices.Equal(live, want) {
		t.Errorf("%s: objects carrying the owner label\n  %s\nthe bundle holds\n  %s", cluster, strings.Join(live, "\n  "), strings.Join(want, "\n  "))
	}
}

// inventoryEvents returns the Events recorded on a cluster's inventory
// Secret.
func (w *world) inventoryEvents(t *testing.T, cluster string) []corev1.Event {
	t.Helper()
	d := apply.DefaultOptions()
	list, err := w.cs[cluster].CoreV1().Events(d.InventoryNamespace).List(t.Context(), metav1.ListOptions{
		FieldSelector: "involvedObject.kind=Secret,involvedObject.name=" + d.InventoryName,
	})
	if err != nil {
		t.Fatal(err)
	}
	return list.Items
}

// requireRecorded checks that the status recorded in the cluster has the
// phase and an error containing msg, and that a Warning Event on the
// inventory Secret, of that phase as reason, says so too.
func requireRecorded(t *testing.T, w *world, cluster, phase, msg string) {
	t.Helper()
	got, err := reconciler.ReadStatus(t.Context(), w.cs[cluster])
	if err != nil {
		t.Fatalf("%s: %v", cluster, err)
	}
	if got.Phase != phase || !strings.Contains(got.Error, msg) {
		t.Errorf("%s: status in the cluster %s: %q; want %s: …%s…", cluster, got.Phase, got.Error, phase, msg)
	}
	for _, ev := range w.inventoryEvents(t, cluster) {
		if ev.Type == corev1.EventTypeWarning && ev.Reason == phase && strings.Contains(ev.Message, msg) {
			return
		}
	}
	t.Errorf("%s: no Warning Event %s: …%s… on the inventory Secret", cluster, phase, msg)
}
