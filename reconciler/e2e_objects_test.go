package reconciler_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/utils/ptr"

	"isobar.dev/isobar/reconciler"
	"isobar.dev/isobar/reconciler/apply"
)

// TestClusterObjects is about what the reconciler does to the objects of
// the clusters, and what it leaves alone: its status recorded in each
// cluster, drift corrected or only reported, objects it does not own, the
// mass-deletion guard, and a workload that never gets ready. One world;
// each scenario first settles the intent it needs (see settle).
func TestClusterObjects(t *testing.T) {
	w := startScenarios(t)
	t.Run("StatusRecordedInCluster", func(t *testing.T) { testStatusRecordedInCluster(t, w) })
	t.Run("DriftCorrected", func(t *testing.T) { testDriftCorrected(t, w) })
	t.Run("DriftOnlyDetected", func(t *testing.T) { testDriftOnlyDetected(t, w) })
	t.Run("ForeignObjectsUntouched", func(t *testing.T) { testForeignObjectsUntouched(t, w) })
	t.Run("WorkloadNeverReady", func(t *testing.T) { testWorkloadNeverReady(t, w) })
	t.Run("MassDeletionGuard", func(t *testing.T) { testMassDeletionGuard(t, w) })
}

// testStatusRecordedInCluster: the status each cluster holds (what
// `isobar status` reads) follows what changes there. A commit that changes
// no object (a comment) is applied everywhere, in the reconciler's own
// status, but writes nothing to the clusters: not their status, not an
// Event. A commit that rolls the storefront out (gcp-europe-west4 and
// azure-eastus; with the original intent aws-eu-central-1 runs nothing)
// is recorded there: Ready, healthy, at the revision, with the published
// bundle's digest and the plan digest, and an Event on the inventory
// Secret saying what was applied, annotated with the revision, bundle
// digest and plan digest; aws-eu-central-1's status is left as it was.
func testStatusRecordedInCluster(t *testing.T, w *fleetWorld) {
	w.settle(t, "the original intent", w.shop)
	recorded := map[string]*corev1.ConfigMap{}
	events := map[string]int{}
	snapshot := func() {
		for _, c := range fleet {
			cm, err := w.cs[c.Name].CoreV1().ConfigMaps(reconciler.StatusNamespace).Get(t.Context(), reconciler.StatusConfigMap, metav1.GetOptions{})
			if err != nil {
				t.Fatalf("%s: %v", c.Name, err)
			}
			recorded[c.Name], events[c.Name] = cm, len(w.inventoryEvents(t, c.Name))
		}
	}
	unchanged := func(when string, clusters ...string) {
		t.Helper()
		for _, c := range clusters {
			cm, err := w.cs[c].CoreV1().ConfigMaps(reconciler.StatusNamespace).Get(t.Context(), reconciler.StatusConfigMap, metav1.GetOptions{})
			if err != nil {
				t.Fatalf("%s: %v", c, err)
			}
			if cm.ResourceVersion != recorded[c].ResourceVersion {
				t.Errorf("%s: %s, the status in the cluster was written:\n%s\nwas\n%s", c, when, cm.Data[reconciler.StatusKey], recorded[c].Data[reconciler.StatusKey])
			}
			if n := len(w.inventoryEvents(t, c)); n != events[c] {
				t.Errorf("%s: %s, %d new Event(s): %q", c, when, n-events[c], eventMessages(w.inventoryEvents(t, c)))
			}
		}
	}

	snapshot()
	touched := w.touch(t, "status")
	w.publish(t)
	requireReady(t, w.cycle(t), touched)
	unchanged("after a commit that changes no object", "aws-eu-central-1", "gcp-europe-west4", "azure-eastus")
	if got, err := reconciler.ReadStatus(t.Context(), w.cs["gcp-europe-west4"]); err != nil || got.AppliedRevision == touched {
		t.Errorf("gcp-europe-west4: status in the cluster at %s, %v; want that of the last revision that changed it", got.AppliedRevision, err)
	}

	snapshot()
	rev := w.setShop(t, "storefront 1.4.3", edit(t, w.shop, "storefront:1.4.2", "storefront:1.4.3"))
	bundles := w.publishBundles(t)
	sts := w.cycle(t)
	requireReady(t, sts, rev)
	unchanged("after a commit that changes other clusters only", "aws-eu-central-1")
	for _, c := range []string{"gcp-europe-west4", "azure-eastus"} {
		got, err := reconciler.ReadStatus(t.Context(), w.cs[c])
		if err != nil {
			t.Fatalf("%s: %v", c, err)
		}
		if got.Cluster != c || got.Phase != reconciler.PhaseReady || !got.Healthy || got.AppliedRevision != rev || got.DesiredRevision != rev {
			t.Errorf("%s: status in the cluster %+v, want Ready and healthy at %s", c, got, rev)
		}
		if got.Digest != bundles[c].Digest || got.Digest != sts[c].Digest || got.PlanDigest == "" || got.PlanDigest != sts[c].PlanDigest || got.LastApply.IsZero() {
			t.Errorf("%s: status in the cluster has digest %s (plan %q, last apply %v), the published bundle %s", c, got.Digest, got.PlanDigest, got.LastApply, bundles[c].Digest)
		}
		want := fmt.Sprintf("applied revision %s (%s, plan %s): ", rev[:12], bundles[c].Digest, got.PlanDigest)
		var found bool
		for _, ev := range w.inventoryEvents(t, c) {
			if ev.Type == corev1.EventTypeNormal && ev.Reason == "Reconciled" && strings.HasPrefix(ev.Message, want) && ev.Source.Component == "isobar-reconciler" &&
				ev.Annotations["isobar.dev/revision"] == rev && ev.Annotations["isobar.dev/bundle-digest"] == bundles[c].Digest && ev.Annotations["isobar.dev/plan-digest"] == got.PlanDigest {
				found = true
			}
		}
		if !found {
			t.Errorf("%s (%d objects): no Event %q… annotated with its provenance on the inventory Secret; events: %q", c, bundles[c].Objects, want, eventMessages(w.inventoryEvents(t, c)))
		}
		if inv := w.readInventory(t, c); inv.Revision != rev {
			t.Errorf("%s: inventory at %s, want %s", c, inv.Revision, rev)
		}
	}
	if inv := w.readInventory(t, "aws-eu-central-1"); inv.Revision == rev || inv.Revision == touched {
		t.Errorf("aws-eu-central-1: inventory at %s, a revision that changed nothing there", inv.Revision)
	}
}

// driftIn makes, with the Kubernetes API, the drift of the drift
// scenarios in gcp-europe-west4: the storefront scaled to 5 replicas, its
// team label changed, its Service deleted. It returns the deleted
// Service's UID.
func driftIn(t *testing.T, w *fleetWorld) types.UID {
	t.Helper()
	ctx, cs := t.Context(), w.cs["gcp-europe-west4"]
	sc, err := cs.AppsV1().Deployments("web").GetScale(ctx, "storefront-spot", metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	sc.Spec.Replicas = 5
	if _, err := cs.AppsV1().Deployments("web").UpdateScale(ctx, "storefront-spot", sc, metav1.UpdateOptions{}); err != nil {
		t.Fatal(err)
	}
	if _, err := cs.AppsV1().Deployments("web").Patch(ctx, "storefront-spot", types.MergePatchType,
		[]byte(`{"metadata":{"labels":{"isobar.dev/team":"someone-else"}}}`), metav1.PatchOptions{}); err != nil {
		t.Fatal(err)
	}
	svc, err := cs.CoreV1().Services("web").Get(ctx, "storefront", metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if err := cs.CoreV1().Services("web").Delete(ctx, "storefront", metav1.DeleteOptions{}); err != nil {
		t.Fatal(err)
	}
	return svc.UID
}

// testDriftCorrected: after a converged cycle, someone scales the
// storefront to 5, changes a label isobar set on it and deletes its
// Service. The next cycle (drift correction is the default) restores the
// replicas and the label and re-creates the Service; the cluster is Ready.
func testDriftCorrected(t *testing.T, w *fleetWorld) {
	rev := w.settle(t, "the original intent", w.shop)
	deleted := driftIn(t, w)

	st := w.cycle(t)["gcp-europe-west4"]
	if st.Phase != reconciler.PhaseReady || !st.Healthy || st.AppliedRevision != rev || len(st.Drifted) != 0 {
		t.Errorf("gcp-europe-west4: %+v, want Ready at %s, no drift left", st, rev)
	}
	if st.Counts.Created != 1 || st.Counts.Configured != 1 {
		t.Errorf("gcp-europe-west4: %s, want the Service created and the Deployment configured", st.Counts)
	}
	d, ok := w.deployment(t, "gcp-europe-west4", "web", "storefront-spot")
	if !ok || ptr.Deref(d.Spec.Replicas, 0) != 2 || d.Labels["isobar.dev/team"] != "web" {
		t.Errorf("storefront not restored: %v", d)
	}
	svc, err := w.cs["gcp-europe-west4"].CoreV1().Services("web").Get(t.Context(), "storefront", metav1.GetOptions{})
	if err != nil || svc.UID == deleted || svc.Labels[apply.OwnerLabel] == "" {
		t.Errorf("Service web/storefront not re-created: %v, %v", svc, err)
	}
}

// testDriftOnlyDetected: the same drift, with a reconciler in detect mode
// (Options.Apply.Mode = apply.ModeDetect): the status, Ready, lists the
// drifted objects and what differs, cycle after cycle, and the live
// objects stay as they were changed. A reconciler in correct mode then
// restores them.
func testDriftOnlyDetected(t *testing.T, w *fleetWorld) {
	rev := w.settle(t, "the original intent", w.shop)
	driftIn(t, w)
	detect := w.newReconciler(t, reconciler.Options{Apply: apply.Options{Mode: apply.ModeDetect}}, nil)
	want := []string{
		"Deployment web/storefront-spot changed: metadata.labels.isobar.dev/team, spec.replicas",
		"Service web/storefront missing",
	}
	for i := range 2 {
		sts := cycleWith(t, detect)
		requireReady(t, sts, rev)
		st := sts["gcp-europe-west4"]
		got := slices.Sorted(slices.Values(st.Drifted))
		if !slices.Equal(got, want) || !strings.Contains(st.Message, "2 object(s) drifted and were left as they are") {
			t.Errorf("cycle %d: gcp-europe-west4 drift %q (%s), want %q", i+1, got, st.Message, want)
		}
		for _, c := range []string{"aws-eu-central-1", "azure-eastus"} {
			if len(sts[c].Drifted) != 0 {
				t.Errorf("cycle %d: %s drifted: %v", i+1, c, sts[c].Drifted)
			}
		}
	}
	d, _ := w.deployment(t, "gcp-europe-west4", "web", "storefront-spot")
	if d == nil || ptr.Deref(d.Spec.Replicas, 0) != 5 || d.Labels["isobar.dev/team"] != "someone-else" {
		t.Errorf("detect mode changed the storefront: %v", d)
	}
	if _, err := w.cs["gcp-europe-west4"].CoreV1().Services("web").Get(t.Context(), "storefront", metav1.GetOptions{}); !apierrors.IsNotFound(err) {
		t.Errorf("detect mode re-created Service web/storefront: %v", err)
	}

	requireReady(t, w.cycle(t), rev)
	if d, _ := w.deployment(t, "gcp-europe-west4", "web", "storefront-spot"); d == nil || ptr.Deref(d.Spec.Replicas, 0) != 2 {
		t.Errorf("correct mode did not restore the storefront: %v", d)
	}
}

// testForeignObjectsUntouched: in namespace accounts of gcp-europe-west4,
// which isobar manages, live objects isobar does not own: a ConfigMap
// nobody labelled, a Deployment labelled app.kubernetes.io/managed-by:
// isobar but without the reconciler's owner label, and isobar's own
// accounts Service, released (its owner label removed by hand). accounts
// then moves to Frankfurt: isobar prunes its accounts objects from
// gcp-europe-west4 (the namespace stays: report runs there), and leaves
// the three alone, unchanged; the released Service leaves the inventory.
func testForeignObjectsUntouched(t *testing.T, w *fleetWorld) {
	w.settle(t, "accounts in the Netherlands", w.shop)
	ctx, cs := t.Context(), w.cs["gcp-europe-west4"]
	if _, ok := w.deployment(t, "gcp-europe-west4", "accounts", "accounts"); !ok {
		t.Fatal("precondition: accounts runs in gcp-europe-west4")
	}
	cm, err := cs.CoreV1().ConfigMaps("accounts").Create(ctx, &corev1.ConfigMap{
		ObjectMeta: metav1.ObjectMeta{Name: "notes"},
		Data:       map[string]string{"owner": "the accounts team, by hand"},
	}, metav1.CreateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	labels := map[string]string{"app.kubernetes.io/managed-by": "isobar", "app.kubernetes.io/name": "audit"}
	audit, err := cs.AppsV1().Deployments("accounts").Create(ctx, &appsv1.Deployment{
		ObjectMeta: metav1.ObjectMeta{Name: "audit", Labels: labels},
		Spec: appsv1.DeploymentSpec{
			Replicas: ptr.To[int32](1),
			Selector: &metav1.LabelSelector{MatchLabels: labels},
			Template: corev1.PodTemplateSpec{
				ObjectMeta: metav1.ObjectMeta{Labels: labels},
				Spec: corev1.PodSpec{
					SecurityContext: &corev1.PodSecurityContext{RunAsNonRoot: ptr.To(true), SeccompProfile: &corev1.SeccompProfile{Type: corev1.SeccompProfileTypeRuntimeDefault}},
					Containers: []corev1.Container{{
						Name: "main", Image: "registry.example/audit:1.0.0",
						SecurityContext: &corev1.SecurityContext{AllowPrivilegeEscalation: ptr.To(false), Capabilities: &corev1.Capabilities{Drop: []corev1.Capability{"ALL"}}},
					}},
				},
			},
		},
	}, metav1.CreateOptions{})
	if err != nil {
		t.Fatal(err)
	}
	released, err := cs.CoreV1().Services("accounts").Patch(ctx, "accounts", types.JSONPatchType,
		[]byte(`[{"op":"remove","path":"/metadata/labels/reconciler.isobar.dev~1owner"}]`), metav1.PatchOptions{})
	if err != nil {
		t.Fatal(err)
	}

	rev := w.setShop(t, "accounts: 10ms to Frankfurt", withAccountsInFrankfurt(t, w.shop))
	w.publish(t)
	requireReady(t, w.cycle(t), rev)
	if _, ok := w.deployment(t, "gcp-europe-west4", "accounts", "accounts"); ok {
		t.Error("isobar's accounts Deployment was not pruned from gcp-europe-west4")
	}
	if _, ok := w.deployment(t, "aws-eu-central-1", "accounts", "accounts"); !ok {
		t.Error("accounts does not run in aws-eu-central-1")
	}
	if got, err := cs.CoreV1().ConfigMaps("accounts").Get(ctx, "notes", metav1.GetOptions{}); err != nil || got.ResourceVersion != cm.ResourceVersion {
		t.Errorf("ConfigMap accounts/notes (no labels): %v, %v; want it unchanged", got, err)
	}
	if got, ok := w.deployment(t, "gcp-europe-west4", "accounts", "audit"); !ok || got.UID != audit.UID || got.DeletionTimestamp != nil ||
		got.Generation != audit.Generation || got.Labels[apply.OwnerLabel] != "" {
		t.Errorf("Deployment accounts/audit (managed-by isobar, no owner label): %v; want it unchanged", got)
	}
	if got, err := cs.CoreV1().Services("accounts").Get(ctx, "accounts", metav1.GetOptions{}); err != nil || got.UID != released.UID ||
		got.DeletionTimestamp != nil || got.Labels[apply.OwnerLabel] != "" {
		t.Errorf("Service accounts/accounts (owner label removed): %v, %v; want it unchanged", got, err)
	}
	if inv := w.readInventory(t, "gcp-europe-west4"); slices.Contains(inv.Objects, "Service accounts/accounts") {
		t.Errorf("the released Service is still in the inventory: %v", inv.Objects)
	}
}

// ledger is a workload no node can run: one replica needs 40 CPUs, the
// nodes have 32 (the cluster 64, so the planner places it: in
// azure-eastus, the cheapest).
const ledger = `ledger: {
	team:  "accounts"
	image: "registry.example/shop/ledger:1.0.0"
	resources: {cpu: "40", memory: "1Gi"}
	dataClasses: ["public"]
}`

// testWorkloadNeverReady: a commit adds a workload whose pods can never be
// scheduled. With a 5 s health timeout, its cluster's status (in memory
// and in the cluster) is Failed and not healthy, naming the Deployment and
// kstatus' reason; the revision is applied there nonetheless (and the
// status must not say otherwise), the other workloads there are
// available, and the other clusters are Ready. Removing the workload
// converges again.
func testWorkloadNeverReady(t *testing.T, w *fleetWorld) {
	w.settle(t, "the original intent", w.shop)
	rev := w.setShop(t, "ledger", withWorkload(w.shop, ledger))
	w.publish(t)
	r := w.newReconciler(t, reconciler.Options{Apply: apply.Options{HealthTimeout: 5 * time.Second}}, nil)
	start := time.Now()
	sts := cycleWith(t, r)
	took := time.Since(start)

	const cluster = "azure-eastus"
	if _, ok := w.deployment(t, cluster, "accounts", "ledger"); !ok {
		t.Fatalf("ledger does not run in %s; where did the planner put it? %+v", cluster, sts)
	}
	st := sts[cluster]
	wantNotReady := "Deployment accounts/ledger: InProgress: "
	if st.Phase != reconciler.PhaseFailed || st.Healthy || len(st.NotReady) != 1 || !strings.HasPrefix(st.NotReady[0], wantNotReady) {
		t.Errorf("%s: %s, healthy %v, not ready %q; want Failed, only %q…", cluster, st.Phase, st.Healthy, st.NotReady, wantNotReady)
	}
	if !strings.Contains(st.Error, wantNotReady) || !strings.Contains(st.Error, "not ready after 5s") {
		t.Errorf("%s: error %q does not name the Deployment and the timeout", cluster, st.Error)
	}
	if st.AppliedRevision != rev {
		t.Errorf("%s: applied %s, want %s (applied, not healthy)", cluster, st.AppliedRevision, rev)
	}
	// The revision is in the cluster: the message must not say otherwise.
	if strings.Contains(st.Message, "nothing applied") || strings.Contains(st.Message, "keeping the last applied revision") {
		t.Errorf("%s: message %q, but revision %s is applied (not healthy)", cluster, st.Message, rev[:12])
	}
	requireRecorded(t, w.world, cluster, reconciler.PhaseFailed, wantNotReady)
	if got, err := reconciler.ReadStatus(t.Context(), w.cs[cluster]); err != nil || got.Healthy || !slices.Equal(got.NotReady, st.NotReady) {
		t.Errorf("%s: status in the cluster %+v (%v); want not healthy, %q not ready", cluster, got, err, st.NotReady)
	}
	t.Logf("%s: %s (cycle took %s)", cluster, st.NotReady, took.Round(time.Second))
	for _, c := range fleet {
		if c.Name != cluster && (sts[c.Name].Phase != reconciler.PhaseReady || !sts[c.Name].Healthy) {
			t.Errorf("%s: %+v, want Ready", c.Name, sts[c.Name])
		}
	}
	if d, _ := w.deployment(t, cluster, "web", "storefront-spot"); d == nil || d.Status.AvailableReplicas != 2 {
		t.Errorf("storefront in %s is not available beside the ledger: %v", cluster, d)
	}
	pods, err := w.cs[cluster].CoreV1().Pods("accounts").List(t.Context(), metav1.ListOptions{LabelSelector: "isobar.dev/workload=ledger"})
	if err != nil || len(pods.Items) == 0 {
		t.Fatalf("ledger pods: %v, %v", pods, err)
	}
	for _, p := range pods.Items {
		if p.Spec.NodeName != "" {
			t.Errorf("ledger pod %s was scheduled on %s", p.Name, p.Spec.NodeName)
		}
	}

	w.setShop(t, "ledger removed", w.shop)
	w.converge(t)
	if _, ok := w.deployment(t, cluster, "accounts", "ledger"); ok {
		t.Error("ledger was not pruned")
	}
}

// testMassDeletionGuard: accounts runs in Frankfurt (aws-eu-central-1),
// the storefront in Virginia (azure-eastus) and the Netherlands. A commit
// drops the storefront's American users and brings accounts back to the
// Netherlands: everything would go to gcp-europe-west4, pruning all of
// aws-eu-central-1's and azure-eastus's objects. Both refuse ("refusing to
// prune"), applying and deleting nothing, while gcp-europe-west4 applies
// the commit. A reconciler with Options.Apply.AllowMassDeletion then
// prunes them.
func testMassDeletionGuard(t *testing.T, w *fleetWorld) {
	old := w.settle(t, "accounts in Frankfurt", withAccountsInFrankfurt(t, w.shop))
	before := w.deploymentWrites(t)
	rev := w.setShop(t, "Europe only", withoutUSDemand(t, w.shop))
	w.publish(t)

	sts := w.cycle(t)
	// azure's storefront runs on spot: its on-demand Deployment stays, at
	// 0, for stand-ins, one object more.
	for c, n := range map[string]int{"aws-eu-central-1": 5, "azure-eastus": 6} {
		st := sts[c]
		if st.Phase != reconciler.PhaseFailed || st.AppliedRevision != old ||
			!strings.Contains(st.Error, fmt.Sprintf("refusing to prune %d of %d objects (all of it); nothing was applied or deleted", n, n)) {
			t.Errorf("%s: %s, applied %s: %s; want Failed refusing the mass deletion, %s kept", c, st.Phase, st.AppliedRevision, st.Error, old)
		}
	}
	if st := sts["gcp-europe-west4"]; st.Phase != reconciler.PhaseReady || st.AppliedRevision != rev {
		t.Errorf("gcp-europe-west4: %+v, want Ready at %s", st, rev)
	}
	requireRecorded(t, w.world, "aws-eu-central-1", reconciler.PhaseFailed, "refusing to prune 5 of 5 objects")
	after := w.deploymentWrites(t)
	for _, d := range []string{"aws-eu-central-1 accounts/accounts", "azure-eastus web/storefront-spot"} {
		if before[d] == "" || after[d] != before[d] {
			t.Errorf("%s: %q, was %q: want it kept as %s applied it", d, after[d], before[d], old[:12])
		}
	}

	allow := w.newReconciler(t, reconciler.Options{Apply: apply.Options{AllowMassDeletion: true}}, nil)
	requireReady(t, cycleWith(t, allow), rev)
	for _, c := range []string{"aws-eu-central-1", "azure-eastus"} {
		w.requireInventoryExact(t, c, rev, rev)
		if objs := w.ownedObjects(t, c); len(objs) != 0 {
			t.Errorf("%s: left after the allowed mass deletion: %v", c, objs)
		}
	}
}

func eventMessages(evs []corev1.Event) []string {
	var out []string
	for _, ev := range evs {
		out = append(out, ev.Type+" "+ev.Reason+": "+ev.Message)
	}
	return out
}
