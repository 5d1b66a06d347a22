package apply_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"net/http"
	"slices"
	"strings"
	"testing"
	"time"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"sigs.k8s.io/controller-runtime/pkg/client"

	"isobar.dev/isobar/reconciler/apply"
)

func widgetCRD(group string) *unstructured.Unstructured {
	return obj("apiextensions.k8s.io/v1", "CustomResourceDefinition", "", "widgets."+group, map[string]any{"spec": map[string]any{
		"group": group,
		"names": map[string]any{"kind": "Widget", "listKind": "WidgetList", "plural": "widgets", "singular": "widget"},
		"scope": "Namespaced",
		"versions": []any{map[string]any{
			"name": "v1", "served": true, "storage": true,
			"schema": map[string]any{"openAPIV3Schema": map[string]any{
				"type": "object",
				"properties": map[string]any{"spec": map[string]any{
					"type":       "object",
					"properties": map[string]any{"size": map[string]any{"type": "integer"}},
				}},
			}},
		}},
	}})
}

// TestFirstApplyStagedThenNoop: a Namespace, a CRD and a custom resource
// of it, and a ConfigMap in the Namespace, given in the worst order, are
// created in one Apply; applying again sends no write and no dry-run, also
// from a new engine (a restarted process) reading the inventory.
func TestFirstApplyStagedThenNoop(t *testing.T) {
	ns := uniqueName(t, "ns")
	group := fmt.Sprintf("t%04x.test.isobar.dev", rand.IntN(1<<16))
	widget := obj(group+"/v1", "Widget", ns, "w1", map[string]any{"spec": map[string]any{"size": int64(3)}})
	cm := configMap(ns, "settings", map[string]string{"color": "blue"})
	d := desired("r1", widget, cm, widgetCRD(group), namespaceObj(ns))

	e, reqs := newEngine(t, apply.Options{HealthTimeout: 30 * time.Second, HealthInterval: 200 * time.Millisecond})
	res := mustApply(t, e, d)
	t.Logf("first apply in %v:\n%v", res.Duration, res)
	for _, u := range d.Objects {
		wantAction(t, res, u, apply.ActionCreated)
	}
	if res.Counts != (apply.Counts{Created: 4}) || res.Phase != apply.PhaseApplied || len(res.NotReady) != 0 {
		t.Errorf("counts %v, phase %s, not ready %v", res.Counts, res.Phase, res.NotReady)
	}
	// The entries come in apply order: Namespace and CRD, then the rest.
	if got := strings.Join(slices.Collect(func(yield func(string) bool) {
		for _, en := range res.Entries {
			if !yield(en.Object.Kind) {
				return
			}
		}
	}), ","); got != "CustomResourceDefinition,Namespace,ConfigMap,Widget" {
		t.Errorf("apply order %s", got)
	}
	live, ok := get(t, "v1", "ConfigMap", ns, "settings")
	if !ok {
		t.Fatal("ConfigMap not created")
	}
	if got := live.GetLabels()[apply.OwnerLabel]; got != e.Options().InventoryName {
		t.Errorf("owner label %q, want %q", got, e.Options().InventoryName)
	}
	if live.GetLabels()["isobar.dev/workload"] != "settings" || live.GetAnnotations()["isobar.dev/data-classes"] != "public" {
		t.Errorf("render's labels or annotations lost: %v %v", live.GetLabels(), live.GetAnnotations())
	}
	if !exists(t, group+"/v1", "Widget", ns, "w1") {
		t.Error("Widget not created")
	}
	// The desired objects are not modified.
	if _, ok := cm.GetLabels()[apply.OwnerLabel]; ok {
		t.Error("Apply modified a desired object")
	}

	// The inventory.
	s := inventorySecret(t, e)
	if s.Type != apply.InventorySecretType || string(s.Data["format"]) != "isobar.dev/inventory/v1" ||
		string(s.Data["phase"]) != "Applied" || string(s.Data["revision"]) != "r1" ||
		string(s.Data["digest"]) != "sha256:r1" || string(s.Data["planDigest"]) != "sha256:plan-r1" {
		t.Errorf("inventory Secret: type %s, data %q", s.Type, s.Data)
	}
	lines := strings.Split(strings.TrimSpace(string(s.Data["entries"])), "\n")
	if len(lines) != 4 {
		t.Fatalf("inventory has %d entries, want 4:\n%s", len(lines), s.Data["entries"])
	}
	var en map[string]any
	if err := json.Unmarshal([]byte(lines[2]), &en); err != nil {
		t.Fatal(err)
	}
	if en["k"] != "ConfigMap" || en["v"] != "v1" || en["ns"] != ns || en["n"] != "settings" ||
		en["h"] == "" || en["rv"] != live.GetResourceVersion() || en["ready"] != true {
		t.Errorf("inventory entry %s", lines[2])
	}

	// Re-apply: nothing written, no dry-run.
	reqs.reset()
	res = mustApply(t, e, d)
	if res.Counts != (apply.Counts{Unchanged: 4}) || res.Changed() {
		t.Errorf("re-apply: %v\n%v", res.Counts, res)
	}
	if reqs.writes() != 0 || reqs.dryRuns != 0 {
		t.Errorf("re-apply sent writes or dry-runs: %v", reqs)
	}
	t.Logf("no-op re-apply in %v: %v", res.Duration, reqs)

	// A new engine (new process) on the same inventory: the same.
	e2, reqs2 := newEngine(t, apply.Options{InventoryName: e.Options().InventoryName})
	res = mustApply(t, e2, d)
	if res.Counts != (apply.Counts{Unchanged: 4}) || reqs2.writes() != 0 || reqs2.dryRuns != 0 {
		t.Errorf("re-apply by a new engine: %v; %v", res.Counts, reqs2)
	}
}

// TestChangedObjectIsConfigured: only the changed object is patched.
func TestChangedObjectIsConfigured(t *testing.T) {
	ns := newNamespace(t)
	a := configMap(ns, "a", map[string]string{"k": "1"})
	b := configMap(ns, "b", map[string]string{"k": "1"})
	e, reqs := newEngine(t, apply.Options{})
	mustApply(t, e, desired("r1", a, b))

	b2 := configMap(ns, "b", map[string]string{"k": "2"})
	reqs.reset()
	res := mustApply(t, e, desired("r2", a, b2))
	wantAction(t, res, a, apply.ActionUnchanged)
	wantAction(t, res, b, apply.ActionConfigured)
	if got := reqs.count(http.MethodPatch); got != 1 {
		t.Errorf("%d PATCH requests, want 1 (%v)", got, reqs)
	}
	if reqs.dryRuns != 0 {
		t.Errorf("dry-runs sent: %v", reqs)
	}
	live, _ := get(t, "v1", "ConfigMap", ns, "b")
	if v, _, _ := unstructured.NestedString(live.Object, "data", "k"); v != "2" {
		t.Errorf("b.data.k = %q", v)
	}
	if string(inventorySecret(t, e).Data["revision"]) != "r2" {
		t.Error("inventory revision not updated")
	}
}

// TestNewRevisionOfTheSameSetWritesNothing: a new revision whose set for
// the cluster is the same (a commit that changes other clusters) sends no
// write and no dry-run, from a running engine or a new one; the inventory
// keeps naming the revision whose cycle last changed the cluster.
func TestNewRevisionOfTheSameSetWritesNothing(t *testing.T) {
	ns := newNamespace(t)
	set := []*unstructured.Unstructured{
		configMap(ns, "settings", map[string]string{"k": "1"}), deployment(ns, "web", 1), headlessService(ns, "web"),
	}
	e, reqs := newEngine(t, apply.Options{SkipHealthCheck: true})
	mustApply(t, e, desired("r1", set...))

	reqs.reset()
	res := mustApply(t, e, desired("r2", set...))
	if res.Counts != (apply.Counts{Unchanged: 3}) || res.Revision != "r2" {
		t.Errorf("r2: %v at %s", res.Counts, res.Revision)
	}
	if reqs.writes() != 0 || reqs.dryRuns != 0 {
		t.Errorf("r2 of the same set sent writes or dry-runs: %v", reqs)
	}
	e2, reqs2 := newEngine(t, apply.Options{InventoryName: e.Options().InventoryName, SkipHealthCheck: true})
	if res := mustApply(t, e2, desired("r3", set...)); res.Counts != (apply.Counts{Unchanged: 3}) || reqs2.writes() != 0 || reqs2.dryRuns != 0 {
		t.Errorf("r3 of the same set by a new engine: %v; %v", res.Counts, reqs2)
	}
	s := inventorySecret(t, e)
	if got := fmt.Sprintf("%s %s %s", s.Data["revision"], s.Data["digest"], s.Data["planDigest"]); got != "r1 sha256:r1 sha256:plan-r1" {
		t.Errorf("inventory provenance %q, want that of r1, which last changed the cluster", got)
	}

	changed := configMap(ns, "settings", map[string]string{"k": "2"})
	mustApply(t, e, desired("r4", changed, set[1], set[2]))
	s = inventorySecret(t, e)
	if got := fmt.Sprintf("%s %s %s", s.Data["revision"], s.Data["digest"], s.Data["planDigest"]); got != "r4 sha256:r4 sha256:plan-r4" {
		t.Errorf("inventory provenance %q after r4 changed an object", got)
	}
}

// TestWrittenElsewhereNotRewritten: someone else writes objects the
// engine applied without touching the engine's fields (an annotation of
// their own, a label). The next cycle tells that from drift with one
// server-side dry-run each and writes nothing, neither the objects nor
// the inventory; the engine remembers their new resourceVersions, so its
// next cycle sends nothing, and they reach the inventory with its next
// change. A new engine checks them again, writing nothing either. A
// change of the engine's fields is still corrected.
func TestWrittenElsewhereNotRewritten(t *testing.T) {
	ns := newNamespace(t)
	cm := configMap(ns, "settings", map[string]string{"color": "blue"})
	svc := headlessService(ns, "web")
	e, reqs := newEngine(t, apply.Options{SkipHealthCheck: true})
	d := desired("r1", cm, svc)
	mustApply(t, e, d)

	editLive(t, "v1", "ConfigMap", ns, "settings", func(u *unstructured.Unstructured) {
		a := u.GetAnnotations()
		a["someone.example/note"] = "hello"
		u.SetAnnotations(a)
	})
	editLive(t, "v1", "Service", ns, "web", func(u *unstructured.Unstructured) {
		l := u.GetLabels()
		l["someone.example/team"] = "ops"
		u.SetLabels(l)
	})
	reqs.reset()
	res := mustApply(t, e, d)
	wantAction(t, res, cm, apply.ActionUnchanged)
	wantAction(t, res, svc, apply.ActionUnchanged)
	if reqs.dryRuns != 2 || reqs.writes() != 2 {
		t.Errorf("requests %v; want 2 dry-runs and no write", reqs)
	}
	if live, _ := get(t, "v1", "ConfigMap", ns, "settings"); live.GetAnnotations()["someone.example/note"] != "hello" {
		t.Errorf("the other writer's annotation is gone: %v", live.GetAnnotations())
	}
	reqs.reset()
	if res := mustApply(t, e, d); res.Counts != (apply.Counts{Unchanged: 2}) || reqs.writes() != 0 || reqs.dryRuns != 0 {
		t.Errorf("the cycle after: %v; %v", res.Counts, reqs)
	}
	e2, reqs2 := newEngine(t, apply.Options{InventoryName: e.Options().InventoryName, SkipHealthCheck: true})
	if res := mustApply(t, e2, d); res.Counts != (apply.Counts{Unchanged: 2}) || reqs2.dryRuns != 2 || reqs2.writes() != 2 {
		t.Errorf("a new engine: %v; %v, want 2 dry-runs and no write", res.Counts, reqs2)
	}
	// The next change writes the inventory with the resourceVersions seen:
	// a new engine skips the two objects without a dry-run.
	other := configMap(ns, "other", nil)
	mustApply(t, e, desired("r2", cm, svc, other))
	e3, reqs3 := newEngine(t, apply.Options{InventoryName: e.Options().InventoryName, SkipHealthCheck: true})
	if res := mustApply(t, e3, desired("r2", cm, svc, other)); res.Counts != (apply.Counts{Unchanged: 3}) || reqs3.dryRuns != 0 || reqs3.writes() != 0 {
		t.Errorf("a new engine after the next change: %v; %v, want neither dry-run nor write", res.Counts, reqs3)
	}

	editLive(t, "v1", "ConfigMap", ns, "settings", func(u *unstructured.Unstructured) {
		_ = unstructured.SetNestedField(u.Object, "red", "data", "color")
	})
	reqs.reset()
	res = mustApply(t, e, d)
	if en, _ := res.Entry(apply.RefOf(cm)); en.Action != apply.ActionConfigured || en.Reason != "drift corrected" {
		t.Errorf("drifted ConfigMap: %v", en)
	}
	if reqs.dryRuns != 1 || reqs.count(http.MethodPatch) != 2 {
		t.Errorf("requests %v; want a dry-run, then the apply", reqs)
	}
	if live, _ := get(t, "v1", "ConfigMap", ns, "settings"); live.Object["data"].(map[string]any)["color"] != "blue" {
		t.Errorf("drift not corrected: %v", live.Object["data"])
	}
}

// TestPrune: an object removed from the desired set is deleted, and
// dropped from the inventory.
func TestPrune(t *testing.T) {
	ns := newNamespace(t)
	a := configMap(ns, "a", nil)
	b := configMap(ns, "b", nil)
	c := deployment(ns, "c", 1)
	e, _ := newEngine(t, apply.Options{SkipHealthCheck: true})
	mustApply(t, e, desired("r1", a, b, c))

	res := mustApply(t, e, desired("r2", a, b))
	wantAction(t, res, c, apply.ActionDeleted)
	if res.Counts != (apply.Counts{Unchanged: 2, Deleted: 1}) {
		t.Errorf("counts %v", res.Counts)
	}
	if exists(t, "apps/v1", "Deployment", ns, "c") {
		t.Error("Deployment c not pruned")
	}
	if got := inventoryNames(t, e); !slices.Equal(got, []string{"ConfigMap " + ns + "/a", "ConfigMap " + ns + "/b"}) {
		t.Errorf("inventory %v", got)
	}
}

// TestPruneLeavesForeignObjects: prune never deletes an object without
// isobar's owner label for this inventory: one whose label someone
// removed, one re-created by someone else under the same name, one taken
// over by another inventory; nor anything isobar never applied.
func TestPruneLeavesForeignObjects(t *testing.T) {
	ns := newNamespace(t)
	k := kube(t)
	ctx := context.Background()
	var objs []*unstructured.Unstructured
	for _, n := range []string{"a", "b", "c", "d", "e", "f"} {
		objs = append(objs, configMap(ns, n, map[string]string{"k": n}))
	}
	// Someone else's object with a name like isobar's.
	foreign := configMap(ns, "g", nil)
	if err := k.Create(ctx, foreign); err != nil {
		t.Fatal(err)
	}
	e, _ := newEngine(t, apply.Options{})
	mustApply(t, e, desired("r1", objs...))

	// c: the owner label removed by hand.
	c, _ := get(t, "v1", "ConfigMap", ns, "c")
	labels := c.GetLabels()
	delete(labels, apply.OwnerLabel)
	c.SetLabels(labels)
	if err := k.Update(ctx, c); err != nil {
		t.Fatal(err)
	}
	// d: deleted and re-created by someone else, same name and render labels.
	d, _ := get(t, "v1", "ConfigMap", ns, "d")
	if err := k.Delete(ctx, d); err != nil {
		t.Fatal(err)
	}
	if err := k.Create(ctx, configMap(ns, "d", map[string]string{"mine": "yes"})); err != nil {
		t.Fatal(err)
	}
	// e: taken over by another inventory.
	eo, _ := get(t, "v1", "ConfigMap", ns, "e")
	labels = eo.GetLabels()
	labels[apply.OwnerLabel] = "someone-else"
	eo.SetLabels(labels)
	if err := k.Update(ctx, eo); err != nil {
		t.Fatal(err)
	}

	res := mustApply(t, e, desired("r2", objs[0], objs[1], objs[5]))
	t.Logf("\n%v", res)
	for _, n := range []string{"c", "d", "e"} {
		en, _ := res.Entry(apply.RefOf(configMap(ns, n, nil)))
		if en.Action != apply.ActionSkipped || !strings.Contains(en.Reason, "not owned") {
			t.Errorf("%s: %v", n, en)
		}
		if !exists(t, "v1", "ConfigMap", ns, n) {
			t.Errorf("ConfigMap %s deleted", n)
		}
	}
	if !exists(t, "v1", "ConfigMap", ns, "g") {
		t.Error("the foreign ConfigMap g was deleted")
	}
	// Spared objects are no longer isobar's: dropped from the inventory.
	if got := inventoryNames(t, e); len(got) != 3 {
		t.Errorf("inventory %v", got)
	}
}

// TestMassDeletionGuard: a cycle pruning more than half the inventory, or
// all of it, is refused before anything changes; AllowMassDeletion lets
// it through.
func TestMassDeletionGuard(t *testing.T) {
	ns := newNamespace(t)
	var objs []*unstructured.Unstructured
	for _, n := range []string{"a", "b", "c", "d"} {
		objs = append(objs, configMap(ns, n, map[string]string{"k": "1"}))
	}
	e, reqs := newEngine(t, apply.Options{})
	mustApply(t, e, desired("r1", objs...))
	before := inventorySecret(t, e).ResourceVersion

	a2 := configMap(ns, "a", map[string]string{"k": "2"})
	for _, d := range []apply.Desired{desired("r2", a2), desired("r2")} {
		reqs.reset()
		res, err := e.Apply(context.Background(), d)
		var mde *apply.MassDeletionError
		if !errors.Is(err, apply.ErrMassDeletion) || !errors.As(err, &mde) {
			t.Fatalf("%d objects: err %v, want a mass deletion refusal", len(d.Objects), err)
		}
		t.Log(err)
		if mde.Total != 4 || mde.Prune != 4-len(d.Objects) || len(mde.Objects) != mde.Prune {
			t.Errorf("%+v", mde)
		}
		if res == nil || len(res.Entries) != 0 || reqs.writes() != 0 {
			t.Errorf("refused cycle did something: %v; %v", res, reqs)
		}
	}
	for _, n := range []string{"a", "b", "c", "d"} {
		if !exists(t, "v1", "ConfigMap", ns, n) {
			t.Errorf("ConfigMap %s deleted", n)
		}
	}
	live, _ := get(t, "v1", "ConfigMap", ns, "a")
	if v, _, _ := unstructured.NestedString(live.Object, "data", "k"); v != "1" {
		t.Errorf("refused cycle applied a: data.k = %q", v)
	}
	if got := inventorySecret(t, e).ResourceVersion; got != before {
		t.Error("refused cycle wrote the inventory")
	}

	e2, _ := newEngine(t, apply.Options{InventoryName: e.Options().InventoryName, AllowMassDeletion: true})
	res := mustApply(t, e2, desired("r2", a2))
	if res.Counts != (apply.Counts{Configured: 1, Deleted: 3}) {
		t.Errorf("with AllowMassDeletion: %v\n%v", res.Counts, res)
	}
}

// TestDriftCorrected: fields changed through the API are reported by
// Drift and put back by Apply.
func TestDriftCorrected(t *testing.T) {
	ns := newNamespace(t)
	cm := configMap(ns, "cfg", map[string]string{"color": "blue"})
	dep := deployment(ns, "web", 2)
	other := configMap(ns, "untouched", nil)
	e, reqs := newEngine(t, apply.Options{SkipHealthCheck: true})
	d := desired("r1", cm, dep, other, configMap(ns, "gone", nil))
	mustApply(t, e, d)

	report, err := e.Drift(context.Background(), d)
	if err != nil || report.Drifted() || report.DryRuns != 0 || report.InSync != 4 {
		t.Fatalf("drift right after apply: %+v, %v", report, err)
	}

	editLive(t, "v1", "ConfigMap", ns, "cfg", func(u *unstructured.Unstructured) {
		_ = unstructured.SetNestedField(u.Object, "red", "data", "color")
	})
	editLive(t, "apps/v1", "Deployment", ns, "web", func(u *unstructured.Unstructured) {
		_ = unstructured.SetNestedField(u.Object, int64(5), "spec", "replicas")
	})
	gone, _ := get(t, "v1", "ConfigMap", ns, "gone")
	if err := kube(t).Delete(context.Background(), gone); err != nil {
		t.Fatal(err)
	}

	reqs.reset()
	report, err = e.Drift(context.Background(), d)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("drift:\n%v", report)
	want := "ConfigMap " + ns + "/cfg changed: data.color\nConfigMap " + ns + "/gone missing\nDeployment " + ns + "/web changed: spec.replicas"
	if got := report.String(); got != want {
		t.Errorf("drift report:\n%s\nwant:\n%s", got, want)
	}
	if report.DryRuns != 3 || reqs.dryRuns != 3 || reqs.writes()-reqs.dryRuns != 0 {
		t.Errorf("Drift: %d dry-runs reported, requests %v (want one dry-run per edited object, no write)", report.DryRuns, reqs)
	}

	res := mustApply(t, e, d)
	wantAction(t, res, cm, apply.ActionConfigured)
	wantAction(t, res, dep, apply.ActionConfigured)
	wantAction(t, res, gone, apply.ActionCreated)
	wantAction(t, res, other, apply.ActionUnchanged)
	if en, _ := res.Entry(apply.RefOf(cm)); en.Reason != "drift corrected" {
		t.Errorf("reason %q", en.Reason)
	}
	live, _ := get(t, "v1", "ConfigMap", ns, "cfg")
	if v, _, _ := unstructured.NestedString(live.Object, "data", "color"); v != "blue" {
		t.Errorf("data.color = %q after apply", v)
	}
	live, _ = get(t, "apps/v1", "Deployment", ns, "web")
	if v, _, _ := unstructured.NestedInt64(live.Object, "spec", "replicas"); v != 2 {
		t.Errorf("spec.replicas = %d after apply", v)
	}
	report, err = e.Drift(context.Background(), d)
	if err != nil || report.Drifted() || report.DryRuns != 0 {
		t.Errorf("drift after correction: %+v, %v", report, err)
	}
}

// TestDriftDetectOnly: in detect mode Apply reports drift and leaves it,
// but still applies changes of the desired set.
func TestDriftDetectOnly(t *testing.T) {
	ns := newNamespace(t)
	a := configMap(ns, "a", map[string]string{"color": "blue"})
	b := configMap(ns, "b", map[string]string{"k": "1"})
	e, _ := newEngine(t, apply.Options{Mode: apply.ModeDetect})
	mustApply(t, e, desired("r1", a, b))

	editLive(t, "v1", "ConfigMap", ns, "a", func(u *unstructured.Unstructured) {
		_ = unstructured.SetNestedField(u.Object, "red", "data", "color")
	})
	b2 := configMap(ns, "b", map[string]string{"k": "2"})
	c := configMap(ns, "c", nil)
	res := mustApply(t, e, desired("r2", a, b2, c))
	t.Logf("\n%v\ndrift:\n%v", res, res.Drift)
	wantAction(t, res, a, apply.ActionSkipped)
	wantAction(t, res, b, apply.ActionConfigured)
	wantAction(t, res, c, apply.ActionCreated)
	if !res.Drift.Drifted() || res.Drift.String() != "ConfigMap "+ns+"/a changed: data.color" {
		t.Errorf("Result.Drift: %v", res.Drift)
	}
	live, _ := get(t, "v1", "ConfigMap", ns, "a")
	if v, _, _ := unstructured.NestedString(live.Object, "data", "color"); v != "red" {
		t.Errorf("detect mode corrected drift: data.color = %q", v)
	}
	report, err := e.Drift(context.Background(), desired("r2", a, b2, c))
	if err != nil || report.String() != "ConfigMap "+ns+"/a changed: data.color" {
		t.Errorf("Drift: %v, %v", report, err)
	}
	// The same set, corrected by a ModeCorrect engine.
	e2, _ := newEngine(t, apply.Options{InventoryName: e.Options().InventoryName})
	res = mustApply(t, e2, desired("r2", a, b2, c))
	wantAction(t, res, a, apply.ActionConfigured)
}

// editLive changes a live object as a person with kubectl edit would.
func editLive(t *testing.T, apiVersion, kind, ns, name string, edit func(*unstructured.Unstructured)) {
	t.Helper()
	u, ok := get(t, apiVersion, kind, ns, name)
	if !ok {
		t.Fatalf("%s %s/%s not found", kind, ns, name)
	}
	edit(u)
	if err := kube(t).Update(context.Background(), u, client.FieldOwner("kubectl-edit")); err != nil {
		t.Fatal(err)
	}
}

func baseSet(ns string, n int) []*unstructured.Unstructured {
	var out []*unstructured.Unstructured
	for i := range n {
		out = append(out, configMap(ns, fmt.Sprintf("base-%d", i), map[string]string{"i": fmt.Sprint(i)}))
	}
	return out
}

// TestCrashAfterApply: a process dies after applying a new set and before
// pruning; the pending record still lists the objects of both sets, so a
// new process converges: it prunes the objects of the old set and the
// ones the crashed cycle created but are no longer desired.
func TestCrashAfterApply(t *testing.T) {
	ns := newNamespace(t)
	base := baseSet(ns, 6)
	b, c, d := configMap(ns, "b", nil), configMap(ns, "c", nil), configMap(ns, "d", nil)
	e1, _ := newEngine(t, apply.Options{})
	inv := e1.Options().InventoryName
	mustApply(t, e1, desired("r1", append(base, b, c)...))

	e2, _ := newEngine(t, apply.Options{InventoryName: inv})
	apply.CrashAfterApply(e2)
	_, err := e2.Apply(context.Background(), desired("r2", append(base, d)...))
	if !errors.Is(err, apply.ErrCrash) {
		t.Fatalf("err %v, want the simulated crash", err)
	}
	if !exists(t, "v1", "ConfigMap", ns, "d") || !exists(t, "v1", "ConfigMap", ns, "b") {
		t.Fatal("the crashed cycle should have created d and not pruned b")
	}
	s := inventorySecret(t, e2)
	if string(s.Data["phase"]) != "Pending" || len(inventoryNames(t, e2)) != 9 {
		t.Errorf("after the crash: phase %s, inventory %v", s.Data["phase"], inventoryNames(t, e2))
	}

	// A new process, and the set moved on again: d is gone from it too.
	e3, _ := newEngine(t, apply.Options{InventoryName: inv})
	res := mustApply(t, e3, desired("r3", base...))
	t.Logf("\n%v", res)
	for _, u := range []*unstructured.Unstructured{b, c, d} {
		wantAction(t, res, u, apply.ActionDeleted)
		if exists(t, "v1", "ConfigMap", ns, u.GetName()) {
			t.Errorf("%s not pruned", u.GetName())
		}
	}
	if res.Phase != apply.PhaseApplied || len(inventoryNames(t, e3)) != 6 {
		t.Errorf("phase %s, inventory %v", res.Phase, inventoryNames(t, e3))
	}
}

// TestCrashAfterPending: a process dies right after the pending write;
// the next process applies the new set and prunes the old objects.
func TestCrashAfterPending(t *testing.T) {
	ns := newNamespace(t)
	base := baseSet(ns, 4)
	b, d := configMap(ns, "b", nil), configMap(ns, "d", nil)
	e1, _ := newEngine(t, apply.Options{})
	inv := e1.Options().InventoryName
	mustApply(t, e1, desired("r1", append(base, b)...))

	apply.CrashAfterPending(e1)
	if _, err := e1.Apply(context.Background(), desired("r2", append(base, d)...)); !errors.Is(err, apply.ErrCrash) {
		t.Fatalf("err %v, want the simulated crash", err)
	}
	if exists(t, "v1", "ConfigMap", ns, "d") {
		t.Fatal("d created before the crash point")
	}
	if got := inventoryNames(t, e1); len(got) != 6 || string(inventorySecret(t, e1).Data["phase"]) != "Pending" {
		t.Errorf("pending record %v", got)
	}

	e2, _ := newEngine(t, apply.Options{InventoryName: inv})
	res := mustApply(t, e2, desired("r2", append(base, d)...))
	wantAction(t, res, d, apply.ActionCreated)
	wantAction(t, res, b, apply.ActionDeleted)
	if res.Phase != apply.PhaseApplied || len(inventoryNames(t, e2)) != 5 {
		t.Errorf("phase %s, inventory %v", res.Phase, inventoryNames(t, e2))
	}
}

// TestHealth: ConfigMaps are Current at once; a Deployment never becomes
// available without controllers, and the error names it with kstatus'
// reason.
func TestHealth(t *testing.T) {
	ns := newNamespace(t)
	cm := configMap(ns, "cfg", nil)
	e, _ := newEngine(t, apply.Options{HealthTimeout: 3 * time.Second, HealthInterval: 250 * time.Millisecond})
	res := mustApply(t, e, desired("r1", cm))
	if len(res.NotReady) != 0 {
		t.Fatalf("not ready: %v", res.NotReady)
	}

	dep := deployment(ns, "web", 2)
	start := time.Now()
	res, err := e.Apply(context.Background(), desired("r2", cm, dep))
	t.Logf("after %v: %v", time.Since(start), err)
	var he *apply.HealthError
	if !errors.As(err, &he) {
		t.Fatalf("err %v, want a *HealthError", err)
	}
	want := "Deployment " + ns + "/web: InProgress: Replicas: 0/2"
	if !strings.HasPrefix(err.Error(), want) || len(res.NotReady) != 1 || res.NotReady[0].String() != want {
		t.Errorf("error %q, not ready %v; want %q", err, res.NotReady, want)
	}
	wantAction(t, res, dep, apply.ActionCreated)
	// Not ready is remembered: the next cycle checks again (and only the
	// Deployment), though nothing changed.
	res, err = e.Apply(context.Background(), desired("r2", cm, dep))
	if !errors.As(err, &he) || len(he.NotReady) != 1 || res.Changed() {
		t.Errorf("second cycle: %v, %v", err, res.Counts)
	}
}

// TestForceRecreate: a Job's template is immutable; a changed one fails
// to apply unless the Job is annotated isobar.dev/force: "true", and then
// the Job is re-created.
func TestForceRecreate(t *testing.T) {
	ns := newNamespace(t)
	e, _ := newEngine(t, apply.Options{SkipHealthCheck: true})
	mustApply(t, e, desired("r1", job(ns, "migrate", "busybox:1")))
	before, _ := get(t, "batch/v1", "Job", ns, "migrate")

	res, err := e.Apply(context.Background(), desired("r2", job(ns, "migrate", "busybox:2")))
	t.Log(err)
	if err == nil || !strings.HasPrefix(err.Error(), "Job "+ns+"/migrate apply failed: ") || !strings.Contains(err.Error(), apply.ForceAnnotation) {
		t.Fatalf("err %v, want an apply failure naming the Job and the annotation", err)
	}
	if res.Counts.Skipped != 1 {
		t.Errorf("counts %v", res.Counts)
	}
	live, _ := get(t, "batch/v1", "Job", ns, "migrate")
	if live.GetUID() != before.GetUID() {
		t.Fatal("the Job was re-created without the annotation")
	}

	forced := job(ns, "migrate", "busybox:2")
	forced.SetAnnotations(map[string]string{apply.ForceAnnotation: "true"})
	res = mustApply(t, e, desired("r3", forced))
	en, _ := res.Entry(apply.RefOf(forced))
	if en.Action != apply.ActionCreated || !strings.Contains(en.Reason, "re-created") {
		t.Errorf("entry %v", en)
	}
	live, _ = get(t, "batch/v1", "Job", ns, "migrate")
	containers, _, _ := unstructured.NestedSlice(live.Object, "spec", "template", "spec", "containers")
	if live.GetUID() == before.GetUID() || len(containers) != 1 || containers[0].(map[string]any)["image"] != "busybox:2" {
		t.Errorf("Job not re-created with the new image: uid %s (was %s), containers %v", live.GetUID(), before.GetUID(), containers)
	}
	// The re-created Job is recorded: the next cycle is a no-op.
	res = mustApply(t, e, desired("r3", forced))
	if res.Counts != (apply.Counts{Unchanged: 1}) {
		t.Errorf("after re-creation: %v", res.Counts)
	}
}

// TestNamespacePrunedOnlyIfCreated: a Namespace isobar created is pruned,
// one that existed before isobar applied it is not.
func TestNamespacePrunedOnlyIfCreated(t *testing.T) {
	work := newNamespace(t)
	pre := newNamespace(t) // someone else's
	own := uniqueName(t, "own")
	base := baseSet(work, 4)
	e, _ := newEngine(t, apply.Options{})
	res := mustApply(t, e, desired("r1", append(base, namespaceObj(pre), namespaceObj(own))...))
	wantAction(t, res, namespaceObj(pre), apply.ActionConfigured)
	wantAction(t, res, namespaceObj(own), apply.ActionCreated)

	res = mustApply(t, e, desired("r2", base...))
	t.Logf("\n%v", res)
	wantAction(t, res, namespaceObj(own), apply.ActionDeleted)
	if en, _ := res.Entry(apply.RefOf(namespaceObj(pre))); en.Action != apply.ActionSkipped || !strings.Contains(en.Reason, "existed before") {
		t.Errorf("pre-existing namespace: %v", en)
	}
	if !exists(t, "v1", "Namespace", "", pre) {
		t.Error("the pre-existing namespace was deleted")
	}
	if exists(t, "v1", "Namespace", "", own) {
		t.Error("the namespace isobar created was not deleted")
	}
}

// TestInvalidDesiredSet: a set with a duplicate or an object without a
// name is refused before any request.
func TestInvalidDesiredSet(t *testing.T) {
	ns := newNamespace(t)
	e, reqs := newEngine(t, apply.Options{})
	noName := configMap(ns, "x", nil)
	noName.SetName("")
	for name, d := range map[string]apply.Desired{
		"duplicate": desired("r1", configMap(ns, "a", nil), configMap(ns, "a", map[string]string{"k": "v"})),
		"no name":   desired("r1", noName),
		"no kind":   desired("r1", &unstructured.Unstructured{Object: map[string]any{"apiVersion": "v1", "metadata": map[string]any{"name": "n"}}}),
	} {
		res, err := e.Apply(context.Background(), d)
		if err == nil || res != nil {
			t.Errorf("%s: accepted (%v)", name, res)
		}
		t.Logf("%s: %v", name, err)
	}
	if n := reqs.writes() + reqs.count(http.MethodGet); n != 0 {
		t.Errorf("invalid sets sent requests: %v", reqs)
	}
	// A namespaced kind without a namespace fails at apply, named.
	res, err := e.Apply(context.Background(), desired("r1", configMap("", "nowhere", nil), configMap(ns, "ok", nil)))
	if err == nil || !strings.HasPrefix(err.Error(), "ConfigMap nowhere apply failed: namespaced kind without") {
		t.Errorf("err %v", err)
	}
	if res.Action(apply.RefOf(configMap(ns, "ok", nil))) != apply.ActionCreated {
		t.Errorf("the valid object was not applied: %v", res)
	}
}

// TestNewForClient: an engine made from a controller-runtime client.
func TestNewForClient(t *testing.T) {
	ns := newNamespace(t)
	e, err := apply.NewForClient(kube(t), apply.Options{InventoryName: uniqueName(t, "inv")})
	if err != nil {
		t.Fatal(err)
	}
	d := desired("r1", configMap(ns, "a", nil), headlessService(ns, "svc"))
	if res := mustApply(t, e, d); res.Counts != (apply.Counts{Created: 2}) {
		t.Errorf("first: %v", res.Counts)
	}
	if res := mustApply(t, e, d); res.Counts != (apply.Counts{Unchanged: 2}) {
		t.Errorf("second: %v", res.Counts)
	}
	if _, err := apply.NewForClient(kube(t), apply.Options{InventoryName: "Not A Label!"}); err == nil {
		t.Error("invalid inventory name accepted")
	}
}

// TestInventoryConflict: when the inventory changes between an engine's
// read and write (another reconciler), the write fails with an
// *InventoryConflictError rather than overwrite it.
func TestInventoryConflict(t *testing.T) {
	ns := newNamespace(t)
	e, _ := newEngine(t, apply.Options{})
	mustApply(t, e, desired("r1", configMap(ns, "a", nil)))
	apply.SetHooks(e, nil, func(ctx context.Context) error {
		s := inventorySecret(t, e)
		s.Annotations = map[string]string{"touched": "yes"}
		return kube(t).Update(ctx, s)
	})
	_, err := e.Apply(context.Background(), desired("r2", configMap(ns, "a", map[string]string{"k": "2"})))
	var ice *apply.InventoryConflictError
	if !errors.As(err, &ice) {
		t.Fatalf("err %v, want an *InventoryConflictError", err)
	}
	t.Log(err)
	// The next cycle starts from the record on the server and converges.
	apply.SetHooks(e, nil, nil)
	a2 := configMap(ns, "a", map[string]string{"k": "2"})
	res := mustApply(t, e, desired("r2", a2))
	wantAction(t, res, a2, apply.ActionUnchanged) // applied by the conflicted cycle
	if string(inventorySecret(t, e).Data["revision"]) != "r2" {
		t.Error("inventory not updated by the next cycle")
	}
}

// TestReplicasHandedOverToAutoscaler: a Deployment whose replicas the
// engine set, applied again without spec.replicas (an autoscaler's to set
// from now on), keeps its live count instead of dropping to the API
// server's default of 1; the field goes to the handover manager, which an
// autoscaler's scale then takes it from.
func TestReplicasHandedOverToAutoscaler(t *testing.T) {
	ns := newNamespace(t)
	e, _ := newEngine(t, apply.Options{SkipHealthCheck: true})
	mustApply(t, e, desired("r1", deployment(ns, "web", 5)))

	scaled := deployment(ns, "web", 0)
	unstructured.RemoveNestedField(scaled.Object, "spec", "replicas")
	scaled.SetAnnotations(map[string]string{"isobar.dev/peak-replicas": "5"})
	res := mustApply(t, e, desired("r2", scaled))
	wantAction(t, res, scaled, apply.ActionConfigured)
	live, _ := get(t, "apps/v1", "Deployment", ns, "web")
	if n, _, _ := unstructured.NestedInt64(live.Object, "spec", "replicas"); n != 5 {
		t.Fatalf("replicas after the handover: %d, want 5", n)
	}
	managers := map[string]bool{}
	for _, mf := range live.GetManagedFields() {
		if strings.Contains(string(mf.FieldsV1.Raw), `"f:replicas"`) {
			managers[mf.Manager] = true
		}
	}
	if !managers["isobar-replicas"] || managers["isobar"] {
		t.Errorf("replicas owned by %v, want the handover manager only", managers)
	}

	// An autoscaler scales through the scale subresource; the next apply
	// of the same set leaves its count alone.
	editLive(t, "apps/v1", "Deployment", ns, "web", func(u *unstructured.Unstructured) {
		_ = unstructured.SetNestedField(u.Object, int64(9), "spec", "replicas")
	})
	scaled.SetAnnotations(map[string]string{"isobar.dev/peak-replicas": "9"})
	mustApply(t, e, desired("r3", scaled))
	live, _ = get(t, "apps/v1", "Deployment", ns, "web")
	if n, _, _ := unstructured.NestedInt64(live.Object, "spec", "replicas"); n != 9 {
		t.Errorf("replicas after the autoscaler scaled and a new apply: %d, want 9", n)
	}
}
