package reconciler

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/schema"
)

// fakeFleet drives a tracker with a fake clock: every step is one cycle
// of probes, 1 s after the previous one.
type fakeFleet struct {
	t       *testing.T
	tr      *tracker
	now     time.Time
	domains map[string][]string
	down    map[string]bool
}

func newFakeFleet(t *testing.T, opts FailoverOptions, domains map[string][]string) *fakeFleet {
	if err := opts.defaults(); err != nil {
		t.Fatal(err)
	}
	return &fakeFleet{t: t, tr: newTracker(opts), now: time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), domains: domains, down: map[string]bool{}}
}

// run probes every cycle for d (1 s apart) and returns the transitions,
// as "kind domain" with the seconds since the start of run.
func (f *fakeFleet) run(d time.Duration) []string {
	var out []string
	start := f.now
	for end := f.now.Add(d); !f.now.After(end); f.now = f.now.Add(time.Second) {
		probes := map[string]probeResult{}
		for _, cs := range f.domains {
			for _, c := range cs {
				if f.down[c] {
					probes[c] = probeResult{reason: "API server not ready: connection refused"}
				} else {
					probes[c] = probeResult{healthy: true}
				}
			}
		}
		for _, tr := range f.tr.observe(f.now, f.domains, probes) {
			out = append(out, tr.kind+" "+tr.domain+" @"+f.now.Sub(start).String())
		}
	}
	return out
}

func (f *fakeFleet) held(domain string) string { return f.tr.domains[domain].held }

var clusterDomains = map[string][]string{"a": {"a"}, "b": {"b"}, "c": {"c"}}

// TestFailoverHysteresis: a cluster is failed over only once it has been
// lost for After without a break, and failed back only once it has been
// healthy for Back without a break and its normal bundle is back.
func TestFailoverHysteresis(t *testing.T) {
	f := newFakeFleet(t, FailoverOptions{After: 10 * time.Second, Back: 20 * time.Second, Cooldown: time.Hour}, clusterDomains)
	if got := f.run(5 * time.Second); len(got) != 0 {
		t.Fatalf("healthy fleet: %v", got)
	}
	// Flapping: down 8 s, up 1 s, down 8 s: never 10 s in a row.
	f.down["a"] = true
	got := f.run(7 * time.Second)
	f.down["a"] = false
	got = append(got, f.run(0)...)
	f.down["a"] = true
	got = append(got, f.run(8*time.Second)...)
	if len(got) != 0 || f.tr.active != "" {
		t.Fatalf("a flapping cluster failed over: %v", got)
	}
	// Down without a break: fails over 10 s after it went down.
	got = f.run(5 * time.Second)
	if want := []string{"FailedOver a @1s"}; !slices.Equal(got, want) {
		t.Fatalf("transitions %v, want %v", got, want)
	}
	if f.tr.active != "a" || f.tr.failingBack {
		t.Fatalf("active %q failing back %v", f.tr.active, f.tr.failingBack)
	}
	// Back, with a blip: failing back only after 20 s healthy in a row.
	f.down["a"] = false
	got = f.run(15 * time.Second)
	f.down["a"] = true
	got = append(got, f.run(0)...)
	f.down["a"] = false
	if len(got) != 0 {
		t.Fatalf("failing back too early: %v", got)
	}
	got = f.run(25 * time.Second)
	if want := []string{"FailingBack a @20s"}; !slices.Equal(got, want) {
		t.Fatalf("transitions %v, want %v", got, want)
	}
	// Lost again while failing back: the survivors keep the load.
	f.down["a"] = true
	if got, want := f.run(0), []string{"FailbackAborted a @0s"}; !slices.Equal(got, want) {
		t.Fatalf("transitions %v, want %v", got, want)
	}
	f.down["a"] = false
	f.run(20 * time.Second)
	if !f.tr.failingBack {
		t.Fatal("not failing back after 20 s healthy")
	}
	if tr := f.tr.failedBack(); tr.kind != TransitionFailedBack || tr.domain != "a" || f.tr.active != "" {
		t.Fatalf("failedBack: %+v, active %q", tr, f.tr.active)
	}
}

// TestFailoverCooldown: a domain fails over at most once per Cooldown; a
// second domain lost while one is failed over is held, and says why.
func TestFailoverCooldown(t *testing.T) {
	f := newFakeFleet(t, FailoverOptions{After: 2 * time.Second, Back: 2 * time.Second, Cooldown: time.Minute}, clusterDomains)
	f.down["a"] = true
	if got := f.run(3 * time.Second); !slices.Equal(got, []string{"FailedOver a @2s"}) {
		t.Fatalf("transitions %v", got)
	}
	f.down["b"] = true
	f.run(5 * time.Second)
	if f.tr.active != "a" || !strings.Contains(f.held("b"), "failure domain a is failed over already") {
		t.Fatalf("active %q, b held: %q", f.tr.active, f.held("b"))
	}
	f.down["b"] = false
	f.down["a"] = false
	f.run(3 * time.Second)
	f.tr.failedBack()
	// a is lost again 15 s after its failover: held by the cooldown,
	// which one FailoverHeld transition says (an Event, not one a cycle),
	// with the end of the cooldown.
	f.down["a"] = true
	got := f.run(10 * time.Second)
	if !slices.Equal(got, []string{"FailoverHeld a @2s"}) || f.tr.active != "" || !strings.Contains(f.held("a"), "at most one failover per 1m0s") {
		t.Fatalf("within the cooldown: transitions %v, active %q, held %q", got, f.tr.active, f.held("a"))
	}
	if d := f.tr.domains["a"]; !d.until.Equal(d.since.Add(time.Minute)) {
		t.Fatalf("held until %v, want the failover at %v plus the cooldown", d.until, d.since)
	}
	// Once the cooldown has passed, it fails over again.
	got = f.run(45 * time.Second)
	if len(got) != 1 || !strings.HasPrefix(got[0], "FailedOver a @") || f.tr.active != "a" {
		t.Fatalf("after the cooldown: transitions %v, active %q", got, f.tr.active)
	}
	since := f.tr.domains["a"].since
	if d := since.Sub(f.now.Add(-46 * time.Second)); d < 0 || d > 47*time.Second {
		t.Fatalf("failover at %v", since)
	}
}

// TestFailoverDomains: a region or provider domain fails over only when
// all its clusters are lost; a domain holding the whole fleet has no
// survivors and is held.
func TestFailoverDomains(t *testing.T) {
	in := &schema.Intent{Fleet: map[string]schema.Cluster{
		"aws-1": {Provider: "aws", Region: "eu-central-1"},
		"aws-2": {Provider: "aws", Region: "eu-central-1"},
		"aws-3": {Provider: "aws", Region: "us-east-1"},
		"gcp-1": {Provider: "gcp", Region: "europe-west4"},
	}}
	targets := []Target{{Cluster: "aws-1"}, {Cluster: "aws-2"}, {Cluster: "aws-3"}, {Cluster: "gcp-1"}}
	for _, c := range []struct {
		kind string
		want map[string][]string
	}{
		{schema.DomainCluster, map[string][]string{"aws-1": {"aws-1"}, "aws-2": {"aws-2"}, "aws-3": {"aws-3"}, "gcp-1": {"gcp-1"}}},
		{"", map[string][]string{"aws-1": {"aws-1"}, "aws-2": {"aws-2"}, "aws-3": {"aws-3"}, "gcp-1": {"gcp-1"}}},
		{schema.DomainRegion, map[string][]string{"aws:eu-central-1": {"aws-1", "aws-2"}, "aws:us-east-1": {"aws-3"}, "gcp:europe-west4": {"gcp-1"}}},
		{schema.DomainProvider, map[string][]string{"aws": {"aws-1", "aws-2", "aws-3"}, "gcp": {"gcp-1"}}},
	} {
		in.Planning.Contingency.Domains = c.kind
		if diff := cmp.Diff(c.want, failoverDomains(in, targets)); diff != "" {
			t.Errorf("%q domains (-want +got):\n%s", c.kind, diff)
		}
	}

	in.Planning.Contingency.Domains = schema.DomainRegion
	f := newFakeFleet(t, FailoverOptions{After: 2 * time.Second}, failoverDomains(in, targets))
	f.down["aws-1"] = true
	if got := f.run(10 * time.Second); len(got) != 0 {
		t.Fatalf("one of the region's two clusters lost: %v", got)
	}
	f.down["aws-2"] = true
	if got := f.run(3 * time.Second); !slices.Equal(got, []string{"FailedOver aws:eu-central-1 @2s"}) {
		t.Fatalf("transitions %v", got)
	}

	whole := newFakeFleet(t, FailoverOptions{After: 2 * time.Second}, map[string][]string{"aws": {"x", "y"}})
	whole.down["x"], whole.down["y"] = true, true
	if got := whole.run(5 * time.Second); !slices.Equal(got, []string{"FailoverHeld aws @2s"}) || !strings.Contains(whole.held("aws"), "no survivor") {
		t.Fatalf("whole fleet lost: %v, held %q", got, whole.held("aws"))
	}
}

// TestRequests: what a bundle's workloads request, and whether Ready
// nodes hold it.
func TestRequests(t *testing.T) {
	deployment := func(kind string, replicas any, cpu, mem string) *unstructured.Unstructured {
		spec := map[string]any{"template": map[string]any{"spec": map[string]any{"containers": []any{
			map[string]any{"name": "a", "image": "x", "resources": map[string]any{"requests": map[string]any{"cpu": cpu, "memory": mem}}},
			map[string]any{"name": "b", "image": "x", "resources": map[string]any{"requests": map[string]any{"cpu": "50m"}}},
		}}}}
		if replicas != nil {
			spec["replicas"] = replicas
		}
		return &unstructured.Unstructured{Object: map[string]any{"apiVersion": "apps/v1", "kind": kind, "metadata": map[string]any{"name": "w", "namespace": "n"}, "spec": spec}}
	}
	got, err := requests([]*unstructured.Unstructured{
		deployment("Deployment", int64(3), "250m", "256Mi"),
		deployment("StatefulSet", nil, "1", "1Gi"),
		deployment("DaemonSet", int64(9), "1", "1Gi"),
		deployment("Deployment", int64(0), "1", "1Gi"),
		{Object: map[string]any{"apiVersion": "v1", "kind": "Service", "metadata": map[string]any{"name": "s"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	want := resources{cpu: 3*300 + 1050, memory: 3*256<<20 + 1<<30, pods: 4}
	if got != want {
		t.Fatalf("requests %+v, want %+v", got, want)
	}
	if _, err := requests([]*unstructured.Unstructured{deployment("Deployment", "three", "1", "1Gi")}); err == nil || !strings.Contains(err.Error(), "Deployment n/w: spec.replicas") {
		t.Fatalf("bad replicas: %v", err)
	}

	node := func(name string, ready corev1.ConditionStatus, cpu string, unschedulable bool) corev1.Node {
		n := corev1.Node{}
		n.Name = name
		n.Spec.Unschedulable = unschedulable
		n.Status.Conditions = []corev1.NodeCondition{{Type: corev1.NodeReady, Status: ready}}
		n.Status.Allocatable = corev1.ResourceList{corev1.ResourceCPU: resource.MustParse(cpu), corev1.ResourceMemory: resource.MustParse("4Gi"), corev1.ResourcePods: resource.MustParse("10")}
		return n
	}
	have := readyCapacity([]corev1.Node{node("a", corev1.ConditionTrue, "1", false), node("b", corev1.ConditionFalse, "8", false), node("c", corev1.ConditionTrue, "8", true)})
	if have != (resources{cpu: 1000, memory: 4 << 30, pods: 10}) {
		t.Fatalf("ready capacity %+v", have)
	}
	if short := have.shortOf(want); short != "cpu 1 of 1950m" {
		t.Errorf("short of: %q", short)
	}
	if short := have.shortOf(resources{cpu: 500, memory: 1 << 30, pods: 3}); short != "" {
		t.Errorf("short of what fits: %q", short)
	}
}
