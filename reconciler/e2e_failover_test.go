package reconciler_test

import (
	"bufio"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	k8sschema "k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/client-go/dynamic"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/internal/testenv/e2e"
	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/reconciler"
	"isobar.dev/isobar/reconciler/apply"
	"isobar.dev/isobar/render"
)

// TestFailover stops the API server of a cluster of examples/three-clouds
// (with its traffic section: the DNS records live in aws-eu-central-1)
// whose loss moves replicas to the others. Within failover-after plus 30 s
// the hub fails its domain over: the survivors run their signed
// contingency bundles, exactly (inventories and live objects), the DNS
// cluster's records no longer send anyone to the lost cluster, and the
// status, Events and metrics say so. Once the API server is back and has
// been healthy for failback-after, the lost cluster gets its normal bundle
// again and the survivors go back to theirs: every inventory is exactly
// its normal bundle, nothing absorbed is left behind.
func TestFailover(t *testing.T) {
	w := startEnv(t, threeClouds(t))
	keepNodeLeases(t, w)
	rev := w.head(t)
	plan, normal, contingency := w.publishWithContingency(t)

	dns := dnsClusters(normal)
	lost, failure := lostCluster(t, plan, normal, contingency)
	survivors := slices.DeleteFunc(slices.Clone(w.names()), func(c string) bool { return c == lost })
	t.Logf("losing %s; contingency bundles for %v; DNS in %v", lost, sortedKeys(contingency[lost].clusters), dns)
	if !slices.ContainsFunc(dns, func(c string) bool { return contingency[lost].clusters[c] }) {
		t.Fatalf("the DNS cluster has no contingency bundle without %s", lost)
	}

	metrics := reconciler.NewMetrics()
	opts := reconciler.Options{
		Metrics:  metrics,
		Failover: reconciler.FailoverOptions{After: 5 * time.Second, Back: 5 * time.Second, Cooldown: time.Minute, ProbeTimeout: 2 * time.Second},
	}
	r := w.newReconciler(t, opts, nil)
	requireReady(t, cycleWith(t, r), rev)
	for _, c := range dns {
		if got := dnsTargets(t, w, c); !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, lost+".") }) {
			t.Fatalf("%s: before the failure, no DNS record sends users to %s: %v", c, lost, got)
		}
	}

	down := w.env.Clusters[lost]
	if err := down.StopAPIServer(); err != nil {
		t.Fatal(err)
	}
	stopped := time.Now()
	restarted := false
	t.Cleanup(func() {
		if !restarted {
			_ = down.StartAPIServer()
		}
	})
	var sts map[string]reconciler.ClusterStatus
	for {
		sts = cycleWith(t, r)
		if sts[lost].Phase == reconciler.PhaseFailedOver {
			break
		}
		if time.Since(stopped) > opts.Failover.After+30*time.Second {
			t.Fatalf("not failed over %s after the API server stopped: %+v", time.Since(stopped), sts[lost])
		}
		time.Sleep(time.Second)
	}
	took := time.Since(stopped)
	t.Logf("failed over %s after the API server stopped (failover-after %s)", took.Round(100*time.Millisecond), opts.Failover.After)
	if f := sts[lost].Failover; f == nil || f.Domain != lost || f.Role != reconciler.RoleLost || !strings.Contains(f.Reason, "API server not ready") {
		t.Errorf("%s: failover status %+v", lost, f)
	}
	for _, c := range survivors {
		st := sts[c]
		has := contingency[lost].clusters[c]
		if st.Phase != reconciler.PhaseReady || st.Failover == nil || st.Failover.Domain != lost || st.Failover.Role != reconciler.RoleSurvivor || st.Failover.Contingency != has {
			t.Errorf("%s: %s %+v (%s), want Ready, survivor of %s, contingency bundle %v", c, st.Phase, st.Failover, st.Error, lost, has)
		}
		want := normal.PlanDigest
		if has {
			want = contingency[lost].planDigest
		}
		if st.PlanDigest != want {
			t.Errorf("%s: runs plan %s, want %s", c, st.PlanDigest, want)
		}
		tag := bundle.Tag(bundle.Metadata{Cluster: c, Revision: rev})
		if has {
			tag = bundle.ContingencyTag(bundle.Metadata{Cluster: c, Revision: rev}, lost)
		}
		w.requireInventoryExactTag(t, c, tag)
	}
	// The replicas the contingency plan adds run in the survivors.
	for _, m := range failure.Moves {
		for _, to := range m.To {
			got, ok := w.replicas(t, to.Cluster, m.Workload)
			if !ok {
				// Not a Deployment: a CronJob, there to run.
				if cronJobRef(t, w, to.Cluster, m.Workload) == "" {
					t.Errorf("%s: %s has neither a Deployment nor a CronJob", to.Cluster, m.Workload)
				}
				continue
			}
			want := placed(failure.Placements, to.Cluster, m.Workload)
			if got != want || want == 0 {
				t.Errorf("%s: %s runs %d replicas, the contingency plan %d", to.Cluster, m.Workload, got, want)
			}
		}
	}
	for _, c := range dns {
		if got := dnsTargets(t, w, c); slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, lost+".") }) {
			t.Errorf("%s: DNS records still send users to %s: %v", c, lost, got)
		}
	}
	requireEvent(t, w, survivors[0], corev1.EventTypeWarning, reconciler.TransitionFailedOver, lost)
	requireMetricLine(t, r, `isobar_failover_active{domain="`+lost+`"} 1`)
	requireMetricLine(t, r, `isobar_failover_transitions_total{domain="`+lost+`",transition="FailedOver"} 1`)
	requireMetricLine(t, r, `isobar_cluster_probe_healthy{cluster="`+lost+`"} 0`)
	// A cycle more changes nothing: the failover holds.
	if sts := cycleWith(t, r); sts[lost].Phase != reconciler.PhaseFailedOver || sts[survivors[0]].Failover == nil {
		t.Fatalf("the failover did not hold: %+v", sts)
	}

	if err := down.StartAPIServer(); err != nil {
		t.Fatal(err)
	}
	restarted = true
	back := time.Now()
	for {
		sts = cycleWith(t, r)
		if sts[lost].Phase == reconciler.PhaseReady && sts[lost].Failover == nil {
			break
		}
		if time.Since(back) > opts.Failover.Back+90*time.Second {
			t.Fatalf("not failed back %s after the API server came back: %+v", time.Since(back), sts[lost])
		}
		time.Sleep(time.Second)
	}
	t.Logf("failed back %s after the API server came back (failback-after %s)", time.Since(back).Round(100*time.Millisecond), opts.Failover.Back)
	if time.Since(back) < opts.Failover.Back {
		t.Errorf("failed back after %s, before failback-after %s", time.Since(back), opts.Failover.Back)
	}
	requireReady(t, sts, rev)
	for _, c := range w.names() {
		if sts[c].Failover != nil || sts[c].PlanDigest != normal.PlanDigest {
			t.Errorf("%s after failback: failover %+v, plan %s, want none and %s", c, sts[c].Failover, sts[c].PlanDigest, normal.PlanDigest)
		}
		w.requireInventoryExact(t, c, rev, "")
	}
	for _, c := range dns {
		if got := dnsTargets(t, w, c); !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, lost+".") }) {
			t.Errorf("%s: after failback, no DNS record sends users to %s: %v", c, lost, got)
		}
	}
	requireEvent(t, w, survivors[0], corev1.EventTypeNormal, reconciler.TransitionFailedBack, lost)
	requireMetricLine(t, r, `isobar_failover_active{domain="`+lost+`"} 0`)
	requireMetricLine(t, r, `isobar_failover_transitions_total{domain="`+lost+`",transition="FailedBack"} 1`)
}

// lostCluster picks the cluster to lose: not a DNS cluster, and its loss
// moves replicas onto survivors with contingency bundles.
func lostCluster(t *testing.T, plan *planner.Plan, normal *render.Result, contingency map[string]contingencyBundles) (string, planner.Failure) {
	t.Helper()
	dns := dnsClusters(normal)
	for _, f := range plan.Contingency.Failures {
		if len(f.Clusters) == 1 && !slices.Contains(dns, f.Clusters[0]) && len(f.Moves) > 0 && len(contingency[f.Domain].clusters) > 0 {
			return f.Clusters[0], f
		}
	}
	t.Fatalf("no failure of three-clouds moves replicas off a cluster other than the DNS clusters %v", dns)
	return "", planner.Failure{}
}

// threeClouds is a copy of examples/three-clouds, traffic included.
func threeClouds(t *testing.T) string {
	t.Helper()
	return copyThreeClouds(t, func(_, content string) (string, bool) { return content, true })
}

// publishWithContingency publishes HEAD as `isobar publish` does, with
// the contingency bundles, and returns the plan, its render and the
// contingency bundles by domain and cluster.
func (w *world) publishWithContingency(t *testing.T) (*planner.Plan, *render.Result, map[string]contingencyBundles) {
	t.Helper()
	ctx := t.Context()
	in, plan, normal, err := w.env.PlanWithContingency(ctx, ".")
	if err != nil {
		t.Fatal(err)
	}
	rev, when, err := w.env.Head()
	if err != nil {
		t.Fatal(err)
	}
	key, err := bundle.ReadPrivateKeyFile(w.env.KeyFile, []byte(e2e.Password))
	if err != nil {
		t.Fatal(err)
	}
	src := bundle.Source{Repository: w.env.GitURL, Revision: rev, Time: when}
	opts := bundle.PublishOptions{Registry: []bundle.Option{bundle.WithInsecure()}, Policy: in.Policy}
	if _, err := bundle.Publish(ctx, normal, src, w.env.Registry, key, opts); err != nil {
		t.Fatal(err)
	}
	out := map[string]contingencyBundles{}
	for _, f := range plan.Contingency.Failures {
		if f.Status == planner.FailureUnaffected || f.Status == planner.FailureNotPlanned {
			continue
		}
		fp, err := plan.Failover(f.Domain)
		if err != nil {
			t.Fatal(err)
		}
		failover, err := render.Render(in, fp, render.Options{})
		if err != nil {
			t.Fatal(err)
		}
		ps, err := bundle.PublishContingency(ctx, bundle.ContingencyFor(f), normal, failover, src, w.env.Registry, key, opts)
		if err != nil {
			t.Fatal(err)
		}
		out[f.Domain] = contingencyBundles{planDigest: failover.PlanDigest, clusters: map[string]bool{}}
		for _, p := range ps {
			out[f.Domain].clusters[p.Cluster] = true
		}
	}
	return plan, normal, out
}

// contingencyBundles are the clusters with a contingency bundle for the
// loss of a domain, and the digest of the plan they were rendered from.
type contingencyBundles struct {
	planDigest string
	clusters   map[string]bool
}

func (w *world) names() []string {
	var out []string
	for name := range w.env.Clusters {
		out = append(out, name)
	}
	slices.Sort(out)
	return out
}

func sortedKeys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// dnsClusters are the clusters holding the traffic records.
func dnsClusters(res *render.Result) []string {
	var out []string
	if res.Traffic == nil {
		return nil
	}
	for _, h := range res.Traffic.Hosts {
		for _, c := range h.DNSClusters {
			if !slices.Contains(out, c) {
				out = append(out, c)
			}
		}
	}
	slices.Sort(out)
	return out
}

// dnsTargets lists the targets of every DNSEndpoint in a cluster.
func dnsTargets(t *testing.T, w *world, cluster string) []string {
	t.Helper()
	dc, err := dynamic.NewForConfig(w.env.Clusters[cluster].Config)
	if err != nil {
		t.Fatal(err)
	}
	list, err := dc.Resource(k8sschema.GroupVersionResource{Group: "externaldns.k8s.io", Version: "v1alpha1", Resource: "dnsendpoints"}).List(t.Context(), metav1.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, o := range list.Items {
		eps, _, _ := unstructured.NestedSlice(o.Object, "spec", "endpoints")
		for _, ep := range eps {
			ts, _, _ := unstructured.NestedStringSlice(ep.(map[string]any), "targets")
			out = append(out, ts...)
		}
	}
	if len(out) == 0 {
		t.Fatalf("%s: no DNS record", cluster)
	}
	return out
}

// replicas sums the replicas of a workload's Deployments (on-demand and
// spot) in a cluster; false when it has none.
func (w *world) replicas(t *testing.T, cluster, workload string) (int, bool) {
	t.Helper()
	list, err := w.cs[cluster].AppsV1().Deployments("").List(t.Context(), metav1.ListOptions{LabelSelector: apply.OwnerLabel})
	if err != nil {
		t.Fatal(err)
	}
	n, found := 0, false
	for _, d := range list.Items {
		if (d.Name == workload || d.Name == workload+render.SpotSuffix) && d.Spec.Replicas != nil {
			n += int(*d.Spec.Replicas)
			found = true
		}
	}
	return n, found
}

// cronJobRef is "CronJob namespace/name" of the workload's CronJob in the
// cluster ("" when there is none).
func cronJobRef(t *testing.T, w *world, cluster, workload string) string {
	t.Helper()
	list, err := w.cs[cluster].BatchV1().CronJobs("").List(t.Context(), metav1.ListOptions{LabelSelector: apply.OwnerLabel})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range list.Items {
		if c.Name == workload {
			return apply.ObjectRef{Kind: "CronJob", Namespace: c.Namespace, Name: c.Name}.String()
		}
	}
	return ""
}

func placed(ps []planner.Placement, cluster, workload string) int {
	n := 0
	for _, p := range ps {
		if p.Cluster == cluster && p.Workload == workload {
			n += p.Replicas
		}
	}
	return n
}

// requireInventoryExactTag is requireInventoryExact for the bundle at a
// tag of the world's registry.
func (w *world) requireInventoryExactTag(t *testing.T, cluster, tag string) {
	t.Helper()
	trust, err := bundle.TrustKeyFile(w.env.PublicKeyFile)
	if err != nil {
		t.Fatal(err)
	}
	p, err := bundle.Pull(t.Context(), w.env.Registry+":"+tag, trust, bundle.WithInsecure(), bundle.WithCluster(cluster))
	if err != nil {
		t.Fatal(err)
	}
	var want []string
	for _, o := range p.Objects {
		want = append(want, apply.RefOf(o).String())
	}
	slices.Sort(want)
	if inv := w.readInventory(t, cluster); inv.Phase != string(apply.PhaseApplied) || !slices.Equal(inv.Objects, want) {
		t.Errorf("%s: inventory %s lists\n  %s\n%s holds\n  %s", cluster, inv.Phase, strings.Join(inv.Objects, "\n  "), tag, strings.Join(want, "\n  "))
	}
	if live := w.ownedObjects(t, cluster); !slices.Equal(live, want) {
		t.Errorf("%s: objects carrying the owner label\n  %s\n%s holds\n  %s", cluster, strings.Join(live, "\n  "), tag, strings.Join(want, "\n  "))
	}
}

// requireEvent checks that an Event of the type and reason, naming what,
// is on the cluster's inventory Secret.
func requireEvent(t *testing.T, w *world, cluster, typ, reason, what string) {
	t.Helper()
	for _, ev := range w.inventoryEvents(t, cluster) {
		if ev.Type == typ && ev.Reason == reason && strings.Contains(ev.Message, what) {
			return
		}
	}
	t.Errorf("%s: no %s Event %s naming %s on the inventory Secret", cluster, typ, reason, what)
}

// requireMetric checks that the reconciler's /metrics holds a line.
func requireMetricLine(t *testing.T, r *reconciler.Reconciler, line string) {
	t.Helper()
	srv := httptest.NewServer(r.Handler(nil))
	defer srv.Close()
	resp, err := http.Get(srv.URL + "/metrics")
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	sc := bufio.NewScanner(resp.Body)
	for sc.Scan() {
		if sc.Text() == line {
			return
		}
	}
	t.Errorf("/metrics has no line %q", line)
}
