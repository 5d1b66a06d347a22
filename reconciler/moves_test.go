package reconciler

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

// renderThreeClouds plans and renders examples/three-clouds (with its
// traffic section) after replacing, in shop.cue, each pair of (old, new).
func renderThreeClouds(t *testing.T, pairs ...string) map[string][]*unstructured.Unstructured {
	t.Helper()
	src := filepath.Join("..", "examples", "three-clouds")
	dst := t.TempDir()
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(src, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		if e.Name() == "shop.cue" {
			for i := 0; i+1 < len(pairs); i += 2 {
				if !strings.Contains(s, pairs[i]) {
					t.Fatalf("%q not in shop.cue", pairs[i])
				}
				s = strings.Replace(s, pairs[i], pairs[i+1], 1)
			}
		}
		if err := os.WriteFile(filepath.Join(dst, e.Name()), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	inst, err := schema.Load(dst)
	if err != nil {
		t.Fatal(err)
	}
	cat, err := providers.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	plan, err := planner.Solve(t.Context(), inst.Intent, cat, planner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	res, err := render.Render(inst.Intent, plan, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := map[string][]*unstructured.Unstructured{}
	for _, s := range res.Clusters {
		out[s.Cluster] = s.Objects
	}
	return out
}

// accountsToFrankfurt moves accounts from gcp-europe-west4 to
// aws-eu-central-1 (a tighter latency objective).
var accountsToFrankfurt = []string{`latency: p95: "30ms"`, `latency: p95: "10ms"`}

func keys(objs []*unstructured.Unstructured) []string {
	var out []string
	for _, o := range objs {
		out = append(out, o.GetKind()+" "+o.GetNamespace()+"/"+o.GetName())
	}
	slices.Sort(out)
	return out
}

// TestDiffMovesRendered diffs real renders of a move: accounts arrives in
// aws-eu-central-1 (which also holds the DNS records, whose targets
// change) and leaves gcp-europe-west4; azure-eastus is not concerned.
func TestDiffMovesRendered(t *testing.T) {
	before := renderThreeClouds(t)
	after := renderThreeClouds(t, accountsToFrankfurt...)

	got := map[string]MoveDiff{}
	for c := range after {
		got[c] = diffMoves(before[c], after[c])
	}
	want := map[string]MoveDiff{
		"aws-eu-central-1": {Arriving: []Arrival{{Workload: "accounts/accounts", From: 0, To: 2}}, Traffic: true, TTL: 30 * time.Second},
		"gcp-europe-west4": {Leaving: []Leave{{Workload: "accounts/accounts", From: 2, To: 0}}},
		"azure-eastus":     {},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("diff (-want +got):\n%s", diff)
	}
	for c, d := range got {
		if d.Moving() != (c != "azure-eastus") {
			t.Errorf("%s: moving %v", c, d.Moving())
		}
	}

	// The leaving cluster holds accounts' objects as they were; the report
	// CronJob stays in the namespace, so the namespace is not held (it is
	// in the new set).
	gcp := groupObjects("accounts/accounts", before["gcp-europe-west4"], after["gcp-europe-west4"])
	if len(gcp) == 0 {
		t.Fatal("nothing held for accounts in gcp-europe-west4")
	}
	for _, o := range gcp {
		if workloadOf(o) != "accounts/accounts" {
			t.Errorf("held %s %s/%s, not of accounts", o.GetKind(), o.GetNamespace(), o.GetName())
		}
	}
	composed := compose(after["gcp-europe-west4"], []heldGroup{{Group: "accounts/accounts", Objects: gcp}})
	if diff := cmp.Diff(keys(before["gcp-europe-west4"]), keys(composed)); diff != "" {
		t.Errorf("gcp-europe-west4 holding accounts runs (-before +held):\n%s", diff)
	}
	if d := diffMoves(composed, after["gcp-europe-west4"]); len(d.Leaving) != 1 || d.Leaving[0].Workload != "accounts/accounts" {
		t.Errorf("the held set still leaves accounts: %+v", d)
	}

	// The DNS cluster holds its previous records, and only them.
	dns := groupObjects(trafficGroup, before["aws-eu-central-1"], after["aws-eu-central-1"])
	if len(dns) == 0 {
		t.Fatal("no DNS objects held in aws-eu-central-1")
	}
	held := compose(after["aws-eu-central-1"], []heldGroup{{Group: trafficGroup, Objects: dns}})
	var heldDNS, newDNS []*unstructured.Unstructured
	for _, o := range held {
		if isTraffic(o) {
			heldDNS = append(heldDNS, o)
		}
	}
	for _, o := range after["aws-eu-central-1"] {
		if isTraffic(o) {
			newDNS = append(newDNS, o)
		}
	}
	if !cmp.Equal(heldDNS, dns) || cmp.Equal(heldDNS, newDNS) {
		t.Errorf("held DNS objects are not the previous ones")
	}
	if d := diffMoves(held, after["aws-eu-central-1"]); !d.Traffic || len(d.Arriving) != 0 {
		t.Errorf("with the previous records held, aws-eu-central-1 still changes them and arrives nothing: %+v", d)
	}

	// Moving back is the mirror image.
	back := diffMoves(after["gcp-europe-west4"], before["gcp-europe-west4"])
	if len(back.Arriving) != 1 || back.Arriving[0].Workload != "accounts/accounts" || len(back.Leaving) != 0 {
		t.Errorf("moving back to gcp-europe-west4: %+v", back)
	}
}

func deployment(ns, workload, name string, replicas int64) *unstructured.Unstructured {
	return obj(map[string]any{"apiVersion": "apps/v1", "kind": "Deployment",
		"metadata": map[string]any{"name": name, "namespace": ns, "labels": map[string]any{render.LabelWorkload: workload}},
		"spec":     map[string]any{"replicas": replicas}})
}

func object(kind, ns, name, workload string) *unstructured.Unstructured {
	md := map[string]any{"name": name}
	if ns != "" {
		md["namespace"] = ns
	}
	if workload != "" {
		md["labels"] = map[string]any{render.LabelWorkload: workload}
	}
	return obj(map[string]any{"apiVersion": "v1", "kind": kind, "metadata": md})
}

func dnsEndpoint(ns, name string, ttl int64, target string) *unstructured.Unstructured {
	return obj(map[string]any{"apiVersion": render.DNSEndpointAPIVersion, "kind": "DNSEndpoint",
		"metadata": map[string]any{"name": name, "namespace": ns, "labels": map[string]any{render.LabelWorkload: "web"}},
		"spec":     map[string]any{"endpoints": []any{map[string]any{"dnsName": name, "recordTTL": ttl, "targets": []any{target}}}}})
}

// TestDiffMoves covers what the rendered examples do not: scaling down
// and up, a workload of two Deployments, the last workload of a
// namespace, StatefulSets, TTLs.
func TestDiffMoves(t *testing.T) {
	tests := []struct {
		name       string
		prev, next []*unstructured.Unstructured
		want       MoveDiff
	}{
		{
			name: "nothing known before: everything arrives, nothing leaves",
			next: []*unstructured.Unstructured{deployment("web", "web", "web", 2)},
			want: MoveDiff{Arriving: []Arrival{{Workload: "web/web", To: 2}}},
		},
		{
			name: "the same set",
			prev: []*unstructured.Unstructured{deployment("web", "web", "web", 2)},
			next: []*unstructured.Unstructured{deployment("web", "web", "web", 2)},
		},
		{
			name: "scaled down and up",
			prev: []*unstructured.Unstructured{deployment("web", "web", "web", 4), deployment("api", "api", "api", 1)},
			next: []*unstructured.Unstructured{deployment("web", "web", "web", 1), deployment("api", "api", "api", 3)},
			want: MoveDiff{Arriving: []Arrival{{Workload: "api/api", From: 1, To: 3}}, Leaving: []Leave{{Workload: "web/web", From: 4, To: 1}}},
		},
		{
			name: "on-demand to spot in the same cluster, as many replicas: no move",
			prev: []*unstructured.Unstructured{deployment("web", "web", "web", 2), deployment("web", "web", "web-spot", 1)},
			next: []*unstructured.Unstructured{deployment("web", "web", "web-spot", 3)},
		},
		{
			name: "a StatefulSet leaves; replicas unset count as one",
			prev: []*unstructured.Unstructured{obj(map[string]any{"apiVersion": "apps/v1", "kind": "StatefulSet",
				"metadata": map[string]any{"name": "db", "namespace": "data", "labels": map[string]any{render.LabelWorkload: "db"}}})},
			want: MoveDiff{Leaving: []Leave{{Workload: "data/db", From: 1, To: 0}}},
		},
		{
			name: "records change: the longest TTL of old and new",
			prev: []*unstructured.Unstructured{dnsEndpoint("web", "www", 60, "a")},
			next: []*unstructured.Unstructured{dnsEndpoint("web", "www", 30, "b")},
			want: MoveDiff{Traffic: true, TTL: time.Minute},
		},
		{
			name: "records removed",
			prev: []*unstructured.Unstructured{dnsEndpoint("web", "www", 30, "a")},
			next: []*unstructured.Unstructured{},
			want: MoveDiff{Traffic: true, TTL: 30 * time.Second},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, diffMoves(tt.prev, tt.next)); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestHoldLastWorkloadOfNamespace: when the leaving workload was the last
// of its namespace, the namespace (and what else of it the new set drops)
// is held too, so that pruning the namespace does not take the workload.
func TestHoldLastWorkloadOfNamespace(t *testing.T) {
	prev := []*unstructured.Unstructured{
		object("Namespace", "", "shop", ""),
		object("ServiceAccount", "shop", "default-reader", ""),
		deployment("shop", "cart", "cart", 2),
		object("Service", "shop", "cart", "cart"),
		object("Namespace", "", "other", ""),
		deployment("other", "api", "api", 1),
	}
	next := []*unstructured.Unstructured{
		object("Namespace", "", "other", ""),
		deployment("other", "api", "api", 1),
	}
	d := diffMoves(prev, next)
	if diff := cmp.Diff([]string{"shop/cart"}, d.holdGroups()); diff != "" {
		t.Fatalf("hold groups (-want +got):\n%s", diff)
	}
	held := groupObjects("shop/cart", prev, next)
	if diff := cmp.Diff(keys(prev[:4]), keys(held)); diff != "" {
		t.Errorf("held (-want +got):\n%s", diff)
	}
	got := compose(next, []heldGroup{{Group: "shop/cart", Objects: held}})
	if diff := cmp.Diff(keys(prev), keys(got)); diff != "" {
		t.Errorf("composed (-want +got):\n%s", diff)
	}
	// Once released, the set is the new one.
	if diff := cmp.Diff(keys(next), keys(compose(next, nil))); diff != "" {
		t.Errorf("released (-want +got):\n%s", diff)
	}
}

// TestHoldKeepsReplicasAndSpec: a workload scaled down (and changed) in a
// cluster keeps its previous Deployment, replicas and spec alike, and
// objects the new set adds to it wait too.
func TestHoldKeepsReplicasAndSpec(t *testing.T) {
	old := deployment("web", "web", "web", 4)
	cur := deployment("web", "web", "web", 1)
	_ = unstructured.SetNestedField(cur.Object, "web:2", "spec", "image")
	pdb := obj(map[string]any{"apiVersion": "policy/v1", "kind": "PodDisruptionBudget",
		"metadata": map[string]any{"name": "web", "namespace": "web", "labels": map[string]any{render.LabelWorkload: "web"}}})
	other := deployment("web", "api", "api", 1)
	prev := []*unstructured.Unstructured{object("Namespace", "", "web", ""), old, other}
	next := []*unstructured.Unstructured{object("Namespace", "", "web", ""), cur, pdb, other}
	got := compose(next, []heldGroup{{Group: "web/web", Objects: groupObjects("web/web", prev, next)}})
	if len(got) != 3 || got[1] != old || got[2] != other {
		t.Errorf("held set %v, want the namespace, the old web Deployment and api", keys(got))
	}
}

func report(cluster string, ws ...WorkloadHealth) *MoveReport {
	return &MoveReport{Cluster: cluster, Revision: "r", Workloads: ws}
}

// TestEvaluateGate: the gate opens for the DNS records once every
// cluster reported and every moving workload is healthy everywhere, and
// for leaving replicas once the records are switched too; it names what
// it waits for.
func TestEvaluateGate(t *testing.T) {
	t0 := time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC)
	fleet := []string{"a", "b", "dns"}
	arrivingSick := report("a", WorkloadHealth{Workload: "shop/cart", Arriving: true, Replicas: 2, Ready: 0})
	arrivingOK := report("a", WorkloadHealth{Workload: "shop/cart", Arriving: true, Replicas: 2, Ready: 2, Healthy: true, HealthySince: t0})
	leaving := &MoveReport{Cluster: "b", Revision: "r", Leaving: []string{"shop/cart"}, Held: []string{"shop/cart"},
		Workloads: []WorkloadHealth{{Workload: "shop/other", Replicas: 1}}} // not moving: its health does not matter
	dnsHeld := &MoveReport{Cluster: "dns", Revision: "r", Traffic: &TrafficReport{TTLSeconds: 30}}
	dnsDone := &MoveReport{Cluster: "dns", Revision: "r", Traffic: &TrafficReport{TTLSeconds: 30, Applied: true, AppliedAt: t0.Add(5 * time.Second)}}

	g := evaluateGate(fleet, map[string]*MoveReport{"a": arrivingSick, "b": leaving})
	if g.Arrived || g.Switched || !slices.Equal(g.WaitingFor, []string{"a", "dns"}) {
		t.Errorf("one arrival sick, one cluster silent: %+v", g)
	}
	if want := "shop/cart in a (0/2 ready)"; !slices.Contains(g.Waiting, want) {
		t.Errorf("waiting %q, want %q among them", g.Waiting, want)
	}
	g = evaluateGate(fleet, map[string]*MoveReport{"a": arrivingSick, "b": leaving, "dns": dnsHeld})
	if g.Arrived || g.Switched || !slices.Equal(g.WaitingFor, []string{"a"}) {
		t.Errorf("one arrival sick, the records held for it: %+v; want to wait for a only", g)
	}
	g = evaluateGate(fleet, map[string]*MoveReport{"a": arrivingOK, "b": leaving, "dns": dnsHeld})
	if !g.Arrived || g.Switched || !g.releaseAt(t0, 0, time.Second).IsZero() || !slices.Equal(g.WaitingFor, []string{"dns"}) ||
		!slices.Equal(g.Waiting, []string{"the DNS records in dns to switch"}) {
		t.Errorf("arrived, records not switched: %+v", g)
	}
	g = evaluateGate(fleet, map[string]*MoveReport{"a": arrivingOK, "b": leaving, "dns": dnsDone})
	if !g.Arrived || !g.Switched || len(g.Waiting) != 0 {
		t.Fatalf("arrived and switched: %+v", g)
	}
	// Released after the later of the switch and its sighting, plus TTL
	// (the records' or the intent's, whichever is longer) and drain.
	if got, want := g.releaseAt(t0, 0, 10*time.Second), t0.Add(45*time.Second); !got.Equal(want) {
		t.Errorf("release at %s, want %s", got, want)
	}
	if got, want := g.releaseAt(t0.Add(time.Minute), 2*time.Minute, 0), t0.Add(3*time.Minute); !got.Equal(want) {
		t.Errorf("release at %s, want %s", got, want)
	}

	// groups held for each gate
	groups := map[string][]*unstructured.Unstructured{"shop/cart": {deployment("shop", "cart", "cart", 2)}, trafficGroup: {dnsEndpoint("shop", "www", 30, "x")}}
	names := func(hs []heldGroup) []string {
		var out []string
		for _, h := range hs {
			out = append(out, h.Group)
		}
		return out
	}
	sick := evaluateGate(fleet, map[string]*MoveReport{"a": arrivingSick, "b": leaving, "dns": dnsHeld})
	if got := names(holdsFor(sick, groups, t0.Add(time.Hour), t0, 0, 0)); !slices.Equal(got, []string{"shop/cart", trafficGroup}) {
		t.Errorf("arrival sick for an hour: held %q, want everything", got)
	}
	arrived := evaluateGate(fleet, map[string]*MoveReport{"a": arrivingOK, "b": leaving, "dns": dnsHeld})
	if got := names(holdsFor(arrived, groups, t0, t0, 0, 0)); !slices.Equal(got, []string{"shop/cart"}) {
		t.Errorf("arrived: held %q, want the leaving workload only", got)
	}
	if got := names(holdsFor(g, groups, t0.Add(44*time.Second), t0, 0, 10*time.Second)); !slices.Equal(got, []string{"shop/cart"}) {
		t.Errorf("switched, draining: held %q", got)
	}
	if got := holdsFor(g, groups, t0.Add(45*time.Second), t0, 0, 10*time.Second); len(got) != 0 {
		t.Errorf("drained: held %q", names(got))
	}
}

// TestMoveStatus: a cluster holding a leaving workload says so (Moving,
// what, since when, waiting for what), looks again at the next poll or
// when the drain ends, and past the move timeout adds an error naming
// the clusters waited for; a failure's phase is left alone.
func TestMoveStatus(t *testing.T) {
	t0 := time.Date(2026, 12, 5, 8, 0, 0, 0, time.UTC)
	now := t0.Add(2 * time.Minute)
	r := &Reconciler{opts: Options{Now: func() time.Time { return now }, Moves: &MoveOptions{Timeout: time.Minute, Poll: 10 * time.Second}}}
	c := &clusterState{moves: &clusterMoves{summary: moveSummary{
		held: []string{"shop/cart", trafficGroup}, since: t0,
		waiting: []string{"shop/cart in eu-2 (0/2 ready)"}, waitFor: []string{"eu-2"},
	}}}
	st := &ClusterStatus{Cluster: "eu-1", Phase: PhaseReady, DesiredRevision: "0123456789abcdef0123"}
	c.moves.summary.timedOut = false
	r.moveStatus(c, st)
	want := "revision 0123456789ab applied but for shop/cart, the previous DNS records, kept as before since 2026-12-05T08:00:00Z (make before break); waiting for shop/cart in eu-2 (0/2 ready)"
	if st.Phase != PhaseMoving || st.Message != want || st.Error != "" || !st.NextAttempt.Equal(now.Add(10*time.Second)) {
		t.Errorf("holding: %+v\nwant message %q", st, want)
	}

	c.moves.summary.timedOut = true
	c.moves.summary.releaseAt = now.Add(3 * time.Second)
	st = &ClusterStatus{Cluster: "eu-1", Phase: PhaseReady, DesiredRevision: "0123456789abcdef0123"}
	r.moveStatus(c, st)
	wantErr := "move not done within 1m0s: shop/cart, the previous DNS records kept in this cluster, which keeps serving; waiting for cluster(s) eu-2 since 2026-12-05T08:00:00Z"
	if st.Phase != PhaseMoving || st.Error != wantErr || !st.NextAttempt.Equal(now.Add(3*time.Second)) {
		t.Errorf("timed out: %+v\nwant error %q", st, wantErr)
	}

	st = &ClusterStatus{Cluster: "eu-1", Phase: PhaseFailed, Error: "boom"}
	r.moveStatus(c, st)
	if st.Phase != PhaseFailed || st.Error != "boom" {
		t.Errorf("a failure became %+v", st)
	}
	c.moves.summary = moveSummary{}
	st = &ClusterStatus{Cluster: "eu-1", Phase: PhaseReady}
	r.moveStatus(c, st)
	if st.Phase != PhaseReady || st.Message != "" {
		t.Errorf("nothing held: %+v", st)
	}
}

// A Deployment scaled per window has no spec.replicas: moves count the
// most the plan gives it, not the API server's default.
func TestReplicasOfAScaledDeployment(t *testing.T) {
	d := &unstructured.Unstructured{Object: map[string]any{"apiVersion": "apps/v1", "kind": "Deployment",
		"metadata": map[string]any{"name": "web", "namespace": "shop"}, "spec": map[string]any{}}}
	if got := replicasOf(d); got != 1 {
		t.Errorf("without replicas or annotation: %d, want 1", got)
	}
	d.SetAnnotations(map[string]string{render.AnnotationPeakReplicas: "7"})
	if got := replicasOf(d); got != 7 {
		t.Errorf("scaled, peak 7: %d", got)
	}
	_ = unstructured.SetNestedField(d.Object, int64(3), "spec", "replicas")
	if got := replicasOf(d); got != 3 {
		t.Errorf("with replicas 3: %d", got)
	}
}
