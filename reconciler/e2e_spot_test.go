package reconciler_test

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/utils/ptr"

	"isobar.dev/isobar/internal/testenv/e2e"
	"isobar.dev/isobar/internal/testenv/kubetest"
	"isobar.dev/isobar/reconciler"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

// TestSpotReclaim reclaims the spot capacity of gcp-europe-west4, where
// examples/three-clouds runs storefront's two replicas on spot nodes,
// with a budget of team web that pays for one stand-in there: the spot
// node is deleted and its pods with it, the spot pods stay Pending, and
// one on-demand stand-in appears in the storefront Deployment (rendered
// at 0 replicas) on an on-demand node, the status saying that the budget
// pays for no more; a restarted reconciler keeps it; the spot node back
// and the spot pods available again, the stand-in goes, and the cluster
// holds exactly its bundle. The hub sees the reclaim; an agent of the
// cluster takes over and sees the return.
func TestSpotReclaim(t *testing.T) {
	const (
		cluster  = "gcp-europe-west4"
		spotNode = "gcp-spot-a"
		ns       = "web"
	)
	opts := reconciler.Options{
		Spot:    reconciler.SpotOptions{After: 2 * time.Second, Return: 3 * time.Second},
		Metrics: reconciler.NewMetrics(),
	}
	w := startWorld(t, opts)
	keepNodeLeases(t, w)
	// storefront costs $11.64 a month (plan): $30 of headroom, shared by
	// its four spot replicas (two in each cluster), pays for one stand-in
	// of $10.01 in gcp-europe-west4 (and one of $11.51 in azure-eastus).
	shop, err := os.ReadFile(filepath.Join(w.env.WorkTree, "shop.cue"))
	if err != nil {
		t.Fatal(err)
	}
	w.setShop(t, "web: a budget", string(shop)+"\nbudgets: teams: web: 41.64\n")
	rev := w.converge(t)
	cs := w.cs[cluster]
	spotPods := func() []corev1.Pod {
		t.Helper()
		list, err := cs.CoreV1().Pods(ns).List(t.Context(), metav1.ListOptions{LabelSelector: render.LabelWorkload + "=storefront," + render.LabelCapacity + "=spot"})
		if err != nil {
			t.Fatal(err)
		}
		return list.Items
	}
	replicasOf := func(name string) (spec, available int32) {
		t.Helper()
		d, ok := w.deployment(t, cluster, ns, name)
		if !ok {
			t.Fatalf("%s: no Deployment %s/%s", cluster, ns, name)
		}
		return ptr.Deref(d.Spec.Replicas, 1), d.Status.AvailableReplicas
	}
	if spec, avail := replicasOf("storefront-spot"); spec != 2 || avail != 2 {
		t.Fatalf("storefront-spot: %d/%d available, want 2/2", avail, spec)
	}
	if spec, _ := replicasOf("storefront"); spec != 0 {
		t.Fatalf("storefront (on-demand): %d replicas, want the bundle's 0", spec)
	}
	for _, p := range spotPods() {
		if p.Spec.NodeName != spotNode {
			t.Fatalf("spot pod %s runs on %q", p.Name, p.Spec.NodeName)
		}
	}

	// Reclaim: the cloud takes the spot node; its pods go with it.
	reclaimed := time.Now()
	if err := cs.CoreV1().Nodes().Delete(t.Context(), spotNode, metav1.DeleteOptions{}); err != nil {
		t.Fatal(err)
	}
	for _, p := range spotPods() {
		if err := cs.CoreV1().Pods(ns).Delete(t.Context(), p.Name, metav1.DeleteOptions{GracePeriodSeconds: ptr.To[int64](0)}); err != nil {
			t.Fatal(err)
		}
	}
	var st reconciler.ClusterStatus
	var standInsAt time.Time
	for deadline := time.Now().Add(90 * time.Second); ; {
		st = w.cycle(t)[cluster]
		if spec, _ := replicasOf("storefront"); spec == 1 {
			standInsAt = time.Now()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("no stand-ins 90 s after the spot node went: %+v", st)
		}
		time.Sleep(500 * time.Millisecond)
	}
	var availableAt time.Time
	for deadline := time.Now().Add(60 * time.Second); ; {
		if _, avail := replicasOf("storefront"); avail == 1 {
			availableAt = time.Now()
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("the stand-ins did not become available")
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Logf("spot node deleted -> stand-ins applied: %s; -> stand-ins available: %s", standInsAt.Sub(reclaimed).Round(10*time.Millisecond), availableAt.Sub(reclaimed).Round(10*time.Millisecond))
	pending := 0
	for _, p := range spotPods() {
		if p.Spec.NodeName != "" {
			t.Errorf("spot pod %s scheduled on %s with no spot node", p.Name, p.Spec.NodeName)
		}
		pending++
	}
	if pending != 2 {
		t.Errorf("%d spot pods, want 2 Pending", pending)
	}
	list, err := cs.CoreV1().Pods(ns).List(t.Context(), metav1.ListOptions{LabelSelector: render.LabelWorkload + "=storefront," + render.LabelCapacity + "=on-demand"})
	if err != nil {
		t.Fatal(err)
	}
	if len(list.Items) != 1 {
		t.Errorf("%d on-demand pods, want 1 stand-in", len(list.Items))
	}
	for _, p := range list.Items {
		if !strings.HasPrefix(p.Spec.NodeName, "gcp-node-") {
			t.Errorf("stand-in %s runs on %q, not an on-demand node", p.Name, p.Spec.NodeName)
		}
	}

	// Status, Events, metrics.
	if len(st.Spot) != 1 {
		t.Fatalf("status: %+v", st)
	}
	s := st.Spot[0]
	if s.Workload != "web/storefront" || s.StandIns != 1 || s.Missing != 2 || s.Paid != 1 || s.Limit != "budgets.teams.web" ||
		s.ExtraMonthlyUSD != 10.01 || s.Since.Before(reclaimed.Add(-time.Second)) {
		t.Errorf("spot status: %+v", s)
	}
	if st.Phase != reconciler.PhaseReady || !strings.Contains(st.Message,
		"spot capacity reclaimed: web/storefront: 1 on-demand stand-in(s) for 2 missing spot replica(s)") ||
		!strings.Contains(st.Message, "as many as the budget (budgets.teams.web) pays for") {
		t.Errorf("status: %s: %q", st.Phase, st.Message)
	}
	recorded, err := reconciler.ReadStatus(t.Context(), cs)
	if err != nil {
		t.Fatal(err)
	}
	if len(recorded.Spot) != 1 || recorded.Spot[0].StandIns != 1 {
		t.Errorf("status recorded in the cluster: %+v", recorded.Spot)
	}
	requireEvent(t, w, cluster, corev1.EventTypeWarning, reconciler.TransitionSpotReclaimed, "web/storefront: 2 of 2 spot replicas missing")
	requireEvent(t, w, cluster, corev1.EventTypeWarning, reconciler.TransitionSpotReclaimed, "the budget (budgets.teams.web) pays for 1")
	requireMetricLine(t, w.r, fmt.Sprintf(`isobar_spot_stand_in_replicas{cluster=%q,workload="web/storefront"} 1`, cluster))
	requireMetricLine(t, w.r, fmt.Sprintf(`isobar_spot_missing_replicas{cluster=%q,workload="web/storefront"} 2`, cluster))
	requireMetricLine(t, w.r, fmt.Sprintf(`isobar_spot_stand_in_extra_monthly_usd{cluster=%q,workload="web/storefront"} %g`, cluster, s.ExtraMonthlyUSD))

	// A restarted reconciler keeps the stand-ins while spot is gone; it
	// is an agent, which sees its own cluster only: spot reclaim needs no
	// other.
	agent := opts
	agent.Metrics = reconciler.NewMetrics()
	agent.Targets = func(*schema.Intent) ([]reconciler.Target, error) {
		return []reconciler.Target{{Cluster: cluster, Config: w.env.Clusters[cluster].Config}}, nil
	}
	r2 := w.newReconciler(t, agent, nil)
	st2 := cycleWith(t, r2)[cluster]
	if spec, _ := replicasOf("storefront"); spec != 1 {
		t.Fatalf("after a restart: storefront has %d replicas, want 1 (the stand-in kept)", spec)
	}
	if len(st2.Spot) != 1 || st2.Spot[0].StandIns != 1 || !st2.Spot[0].Since.Equal(s.Since.Truncate(time.Second)) {
		t.Errorf("after a restart: spot status %+v, want the stand-ins of %s", st2.Spot, s.Since)
	}

	// Spot returns: the node is back, the spot pods run on it again.
	var node kubetest.Node
	for _, n := range e2e.Nodes("gcp") {
		if n.Name == spotNode {
			node = n
		}
	}
	returned := time.Now()
	if err := w.env.Clusters[cluster].AddNode(t.Context(), node); err != nil {
		t.Fatal(err)
	}
	var spotBackAt, removedAt time.Time
	for deadline := time.Now().Add(90 * time.Second); ; {
		if _, avail := replicasOf("storefront-spot"); avail == 2 && spotBackAt.IsZero() {
			spotBackAt = time.Now()
		}
		st2 = cycleWith(t, r2)[cluster]
		if spec, _ := replicasOf("storefront"); spec == 0 {
			removedAt = time.Now()
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("stand-ins still there 90 s after the spot node returned: %+v", st2)
		}
		time.Sleep(500 * time.Millisecond)
	}
	// Make before break: the spot replicas were available before the
	// stand-ins went.
	if _, avail := replicasOf("storefront-spot"); spotBackAt.IsZero() || avail != 2 {
		t.Errorf("stand-ins removed before the spot replicas were available (%d available)", avail)
	}
	t.Logf("spot node back -> spot pods available: %s; -> stand-ins removed: %s", spotBackAt.Sub(returned).Round(10*time.Millisecond), removedAt.Sub(returned).Round(10*time.Millisecond))
	if st2.Phase != reconciler.PhaseReady || len(st2.Spot) != 0 || strings.Contains(st2.Message, "spot") {
		t.Errorf("after the return: %s %+v %q", st2.Phase, st2.Spot, st2.Message)
	}
	requireEvent(t, w, cluster, corev1.EventTypeNormal, reconciler.TransitionSpotReturned, "web/storefront: spot capacity is back")
	requireMetricLine(t, r2, fmt.Sprintf(`isobar_spot_transitions_total{cluster=%q,transition="SpotReturned",workload="web/storefront"} 1`, cluster))
	d, _ := w.deployment(t, cluster, ns, "storefront")
	if _, ok := d.Annotations[reconciler.AnnotationSpotStandingIn]; ok {
		t.Errorf("storefront still carries %s", reconciler.AnnotationSpotStandingIn)
	}
	w.requireInventoryExact(t, cluster, rev, "")
}
