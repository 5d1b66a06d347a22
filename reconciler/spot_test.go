package reconciler

import (
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"

	"isobar.dev/isobar/render"
)

var spotOpts = SpotOptions{After: time.Minute, Return: 2 * time.Minute}

// reclaimedObs: of 3 spot replicas, gone are missing, no spot node left.
func reclaimedObs(gone int) spotObservation {
	return spotObservation{found: true, desired: 3, available: 3 - gone, pending: gone, unschedulable: gone}
}

// backObs: spot nodes back, available of 3 spot replicas available, the
// others scheduled.
func backObs(available int) spotObservation {
	return spotObservation{found: true, desired: 3, available: available}
}

// TestSpotHysteresis drives a track with a fake clock, one cycle every
// 10 s: stand-ins come only after After of reclaim without a break, and
// go only after Return of every spot replica available.
func TestSpotHysteresis(t *testing.T) {
	start := time.Date(2026, 12, 5, 8, 0, 0, 0, time.UTC)
	type cycle struct {
		at   time.Duration // since start
		obs  spotObservation
		want int    // stand-ins after the cycle
		tr   string // transition
	}
	for _, tc := range []struct {
		name   string
		paid   int
		cycles []cycle
	}{
		{name: "short blip: no stand-in", paid: 3, cycles: []cycle{
			{0, reclaimedObs(2), 0, ""},
			{30 * time.Second, reclaimedObs(2), 0, ""},
			{40 * time.Second, backObs(3), 0, ""}, // back before After
			{50 * time.Second, reclaimedObs(2), 0, ""},
			{100 * time.Second, reclaimedObs(2), 0, ""}, // the count started again at 50 s
			{110 * time.Second, reclaimedObs(2), 2, TransitionSpotReclaimed},
		}},
		{name: "reclaim, grow, return", paid: 3, cycles: []cycle{
			{0, reclaimedObs(1), 0, ""},
			{time.Minute, reclaimedObs(1), 1, TransitionSpotReclaimed},
			{70 * time.Second, reclaimedObs(3), 3, ""}, // more reclaimed: more stand-ins
			// Spot nodes back, pods scheduling: stand-ins stay until
			// every spot replica is available.
			{80 * time.Second, backObs(1), 3, ""},
			{90 * time.Second, backObs(2), 3, ""},
			{100 * time.Second, backObs(3), 3, ""},
			{150 * time.Second, backObs(3), 3, ""},
			{160 * time.Second, backObs(2), 3, ""}, // one lost again: the count starts again
			{170 * time.Second, backObs(3), 3, ""},
			{280 * time.Second, backObs(3), 3, ""},
			{290 * time.Second, backObs(3), 0, TransitionSpotReturned},
			{300 * time.Second, backObs(3), 0, ""},
		}},
		{name: "pods pending with a node to go to (rollout): not reclaimed", paid: 3, cycles: []cycle{
			{0, spotObservation{found: true, desired: 3, available: 1, pending: 2}, 0, ""},
			{5 * time.Minute, spotObservation{found: true, desired: 3, available: 1, pending: 2}, 0, ""},
		}},
		{name: "budget pays for fewer", paid: 1, cycles: []cycle{
			{0, reclaimedObs(3), 0, ""},
			{time.Minute, reclaimedObs(3), 1, TransitionSpotReclaimed},
			{2 * time.Minute, reclaimedObs(3), 1, ""},
		}},
		{name: "budget pays for none", paid: 0, cycles: []cycle{
			{0, reclaimedObs(3), 0, ""},
			{time.Minute, reclaimedObs(3), 0, TransitionSpotReclaimed},
		}},
		{name: "spot Deployment not applied yet", paid: 3, cycles: []cycle{
			{0, spotObservation{}, 0, ""},
			{5 * time.Minute, spotObservation{}, 0, ""},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tr := &spotTrack{pair: spotPair{workload: "web/storefront", paid: tc.paid}}
			for _, c := range tc.cycles {
				got := tr.step(c.obs, start.Add(c.at), spotOpts)
				if got != c.tr || tr.standIns != c.want {
					t.Fatalf("at %s: transition %q, %d stand-ins; want %q, %d", c.at, got, tr.standIns, c.tr, c.want)
				}
			}
		})
	}
}

// TestSpotAdopt: a restarted reconciler finds the stand-ins the live
// on-demand Deployment records and keeps them while spot is still gone,
// without waiting for After again.
func TestSpotAdopt(t *testing.T) {
	now := time.Date(2026, 12, 5, 8, 0, 0, 0, time.UTC)
	since := now.Add(-10 * time.Minute)
	n, s, ok := standingIn(map[string]string{AnnotationSpotStandingIn: "2", AnnotationSpotStandingInSince: since.Format(time.RFC3339)})
	if !ok || n != 2 || !s.Equal(since) {
		t.Fatalf("standingIn: %d %s %v", n, s, ok)
	}
	for _, bad := range []map[string]string{
		nil,
		{AnnotationSpotStandingIn: "two", AnnotationSpotStandingInSince: since.Format(time.RFC3339)},
		{AnnotationSpotStandingIn: "2"},
	} {
		if _, _, ok := standingIn(bad); ok {
			t.Errorf("standingIn(%v) accepted", bad)
		}
	}
	obs := reclaimedObs(2)
	obs.known, obs.standing, obs.since = true, 2, since
	tr := &spotTrack{pair: spotPair{workload: "web/storefront", paid: 3}}
	tr.adopt(obs)
	if got := tr.step(obs, now, spotOpts); got != "" || !tr.active || tr.standIns != 2 || !tr.since.Equal(since) {
		t.Fatalf("adopted: transition %q, %+v", got, tr)
	}
	// Spot back: the return hold starts from the restart.
	if tr.step(backObs(3), now.Add(time.Second), spotOpts); tr.standIns != 2 {
		t.Fatal("stand-ins dropped as soon as spot returned")
	}
	if tr.step(backObs(3), now.Add(time.Second+spotOpts.Return), spotOpts); tr.standIns != 0 {
		t.Fatal("stand-ins kept after the return hold")
	}
}

func spotDeployment(t *testing.T, ns, name string, replicas int64, ann map[string]string, spec corev1.PodSpec) *unstructured.Unstructured {
	t.Helper()
	tmpl, err := runtime.DefaultUnstructuredConverter.ToUnstructured(&spec)
	if err != nil {
		t.Fatal(err)
	}
	o := &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "apps/v1", "kind": "Deployment",
		"metadata": map[string]any{"name": name, "namespace": ns, "labels": map[string]any{render.LabelWorkload: "storefront"}},
		"spec": map[string]any{
			"replicas": replicas,
			"selector": map[string]any{"matchLabels": map[string]any{render.LabelWorkload: "storefront", render.LabelCapacity: "spot"}},
			"template": map[string]any{"spec": tmpl},
		},
	}}
	if ann != nil {
		o.SetAnnotations(ann)
	}
	return o
}

// TestSpotPairsAndStandIns reads the pair from a bundle's objects and
// adds the stand-ins to copies of the on-demand Deployment only.
func TestSpotPairsAndStandIns(t *testing.T) {
	spotPod := corev1.PodSpec{
		NodeSelector: map[string]string{"cloud.google.com/gke-spot": "true"},
		Tolerations:  []corev1.Toleration{{Key: "cloud.google.com/gke-spot", Operator: corev1.TolerationOpEqual, Value: "true", Effect: corev1.TaintEffectNoSchedule}},
		Containers: []corev1.Container{{Name: "main", Resources: corev1.ResourceRequirements{Requests: corev1.ResourceList{
			corev1.ResourceCPU: resource.MustParse("500m"), corev1.ResourceMemory: resource.MustParse("512Mi"),
		}}}},
	}
	onDemand := spotDeployment(t, "web", "storefront", 1, map[string]string{
		render.AnnotationSpotStandIns: "1", render.AnnotationSpotStandInCost: "10.01", render.AnnotationSpotStandInLimit: "budgets.teams.web",
	}, corev1.PodSpec{})
	spot := spotDeployment(t, "web", "storefront-spot", 2, nil, spotPod)
	other := spotDeployment(t, "web", "other", 4, nil, corev1.PodSpec{})
	objs := []*unstructured.Unstructured{onDemand, other, spot}
	pairs, err := spotPairs(objs)
	if err != nil || len(pairs) != 1 {
		t.Fatalf("spotPairs: %v, %v", pairs, err)
	}
	p := pairs[0]
	if p.workload != "web/storefront" || p.spot != "storefront-spot" || p.paid != 1 || p.costEach != 10.01 || p.limit != "budgets.teams.web" ||
		p.selector[render.LabelCapacity] != "spot" {
		t.Fatalf("pair: %+v", p)
	}

	since := time.Date(2026, 12, 5, 8, 0, 0, 0, time.UTC)
	tracks := map[string]*spotTrack{p.workload: {pair: p, active: true, since: since, standIns: 1}}
	got := withStandIns(objs, tracks)
	if replicasOf(got[0]) != 2 || got[0].GetAnnotations()[AnnotationSpotStandingIn] != "1" ||
		got[0].GetAnnotations()[AnnotationSpotStandingInSince] != "2026-12-05T08:00:00Z" {
		t.Errorf("on-demand Deployment with stand-ins: replicas %d, annotations %v", replicasOf(got[0]), got[0].GetAnnotations())
	}
	if replicasOf(onDemand) != 1 || onDemand.GetAnnotations()[AnnotationSpotStandingIn] != "" {
		t.Error("the bundle's object was modified")
	}
	if got[1] != other || got[2] != spot {
		t.Error("other objects were changed")
	}
	tracks[p.workload].active = false
	if got := withStandIns(objs, tracks); got[0] != onDemand {
		t.Error("stand-ins applied with no reclaim")
	}

	bad := spotDeployment(t, "web", "storefront", 1, map[string]string{render.AnnotationSpotStandIns: "many"}, corev1.PodSpec{})
	if _, err := spotPairs([]*unstructured.Unstructured{bad, spot}); err == nil || !strings.Contains(err.Error(), "Deployment web/storefront") {
		t.Errorf("bad annotation: %v", err)
	}
}

// TestSpotStatus: what the status says of stand-ins, and when it is
// recorded again.
func TestSpotStatus(t *testing.T) {
	since := time.Date(2026, 12, 5, 8, 0, 0, 0, time.UTC)
	c := &clusterState{spot: &clusterSpot{tracks: map[string]*spotTrack{
		"web/storefront": {pair: spotPair{workload: "web/storefront", paid: 1, costEach: 10.01, limit: "budgets.teams.web"},
			obs: reclaimedObs(3), active: true, since: since, standIns: 1},
		"web/quiet": {pair: spotPair{workload: "web/quiet", paid: 2}},
	}}}
	st := ClusterStatus{Cluster: "gcp", Phase: PhaseReady}
	c.spotStatus(&st)
	want := []SpotStatus{{Workload: "web/storefront", Missing: 3, Pending: 3, StandIns: 1, Paid: 1, Limit: "budgets.teams.web", Since: since, ExtraMonthlyUSD: 10.01}}
	if diff := cmp.Diff(want, st.Spot); diff != "" {
		t.Errorf("status (-want +got):\n%s", diff)
	}
	for _, part := range []string{"web/storefront: 1 on-demand stand-in(s) for 3 missing spot replica(s) since 2026-12-05T08:00:00Z (+$10.01/month)", "budgets.teams.web"} {
		if !strings.Contains(st.Message, part) {
			t.Errorf("message %q lacks %q", st.Message, part)
		}
	}
	before := st
	c.spot.tracks["web/storefront"].standIns = 0
	c.spotStatus(&st)
	if sameState(before, st) {
		t.Error("a change of stand-ins is not recorded")
	}
	c.spot.tracks["web/storefront"].active = false
	st.Message = ""
	c.spotStatus(&st)
	if st.Spot != nil || st.Message != "" {
		t.Errorf("after return: %+v", st)
	}
}
