package reconciler

import (
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"time"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"

	"isobar.dev/isobar/render"
)

// Moves without downtime (make before break). A revision that moves a
// workload's replicas from one cluster to another is applied in phases,
// whichever clusters the reconciler reaches first:
//
//  1. clusters where replicas arrive (new or scaled-up Deployments and
//     StatefulSets) apply the revision at once;
//  2. clusters whose traffic objects (DNSEndpoint, Gslb) change apply
//     everything but those objects, which keep their previous content,
//     until every arrival of the revision, in every cluster, is healthy;
//  3. clusters where replicas leave apply everything but the leaving
//     workloads, which keep their previous objects and replica counts and
//     are not pruned, until the arrivals are healthy, the traffic objects
//     are switched everywhere, and the records' TTL plus the drain period
//     have passed since.
//
// Each cluster tells the others how far it got at a revision with a
// MoveReport, on a Board: in memory for a hub, signed artifacts in the
// registry for agents. A hold that lasts past MoveOptions.Timeout stays:
// the leaving cluster keeps serving, and its status, an Event and a metric
// say which workload waits for which cluster, and since when.

// MoveOptions turn moves without downtime on (Options.Moves).
type MoveOptions struct {
	// Drain is how long a leaving cluster keeps its replicas after the
	// traffic records switched and their TTL passed; default 30s, none
	// when negative.
	Drain time.Duration
	// Timeout is how long arrivals may take before the wait is reported as
	// a failure; the leaving cluster keeps serving all the same. Default
	// 10m.
	Timeout time.Duration
	// Poll is how often a cluster that holds something looks again;
	// default 10s, at most Options.Interval.
	Poll time.Duration
	// Board is where the clusters' reports are shared: nil for a hub
	// (in memory, every cluster in one process), a *RegistryBoard for
	// agents.
	Board Board
}

// Default move settings.
const (
	DefaultDrain       = 30 * time.Second
	DefaultMoveTimeout = 10 * time.Minute
	defaultMovePoll    = 10 * time.Second
)

func (o *MoveOptions) defaults(interval time.Duration) {
	switch {
	case o.Drain < 0:
		o.Drain = 0
	case o.Drain == 0:
		o.Drain = DefaultDrain
	}
	if o.Timeout <= 0 {
		o.Timeout = DefaultMoveTimeout
	}
	if o.Poll <= 0 {
		o.Poll = defaultMovePoll
	}
	o.Poll = min(o.Poll, interval)
	if o.Board == nil {
		o.Board = newMemoryBoard()
	}
}

// trafficGroup names the traffic objects' group of holds.
const trafficGroup = "traffic"

// isTraffic reports whether o is a DNS object of the traffic section.
func isTraffic(o *unstructured.Unstructured) bool {
	gv := o.GetAPIVersion()
	k := o.GetKind()
	return gv == render.DNSEndpointAPIVersion && k == "DNSEndpoint" || gv == render.GslbAPIVersion && k == "Gslb"
}

// isWorkloadKind reports whether o runs replicas.
func isWorkloadKind(o *unstructured.Unstructured) bool {
	gvk := o.GroupVersionKind()
	return gvk.Group == "apps" && (gvk.Kind == "Deployment" || gvk.Kind == "StatefulSet")
}

// workloadOf names the workload an object belongs to, "namespace/name",
// from the labels render puts on it; "" for objects of no workload and
// for traffic objects (which have their own group).
func workloadOf(o *unstructured.Unstructured) string {
	if isTraffic(o) {
		return ""
	}
	w := o.GetLabels()[render.LabelWorkload]
	if w == "" {
		return ""
	}
	return o.GetNamespace() + "/" + w
}

// objKey identifies an object in a set.
type objKey struct {
	group, kind, namespace, name string
}

func keyOf(o *unstructured.Unstructured) objKey {
	gvk := o.GroupVersionKind()
	return objKey{gvk.Group, gvk.Kind, o.GetNamespace(), o.GetName()}
}

// replicasOf returns spec.replicas of a Deployment or StatefulSet. When
// unset, an autoscaler sets them (scaling per window of the week): the
// most the plan gives it, from its isobar.dev/peak-replicas annotation, or
// else 1, as the API server defaults it.
func replicasOf(o *unstructured.Unstructured) int64 {
	n, found, err := unstructured.NestedInt64(o.Object, "spec", "replicas")
	if err == nil && found {
		return n
	}
	if p, err := strconv.ParseInt(o.GetAnnotations()[render.AnnotationPeakReplicas], 10, 64); err == nil && p >= 0 {
		return p
	}
	return 1
}

// workloadReplicas sums the replicas of each workload's Deployments and
// StatefulSets in objs.
func workloadReplicas(objs []*unstructured.Unstructured) map[string]int64 {
	out := map[string]int64{}
	for _, o := range objs {
		if w := workloadOf(o); w != "" && isWorkloadKind(o) {
			out[w] += replicasOf(o)
		}
	}
	return out
}

// Leave is a workload whose replicas leave a cluster.
type Leave struct {
	// Workload is "namespace/name".
	Workload string
	// From and To are its replicas there before and after.
	From, To int64
}

// Arrival is a workload whose replicas arrive in a cluster.
type Arrival struct {
	Workload string
	From, To int64
}

// MoveDiff is what a new revision changes in one cluster, as moves see
// it.
type MoveDiff struct {
	// Arriving are workloads new in the cluster or with more replicas.
	Arriving []Arrival
	// Leaving are workloads gone from the cluster or with fewer replicas.
	Leaving []Leave
	// Traffic reports that the cluster's DNS objects change (added,
	// changed or removed).
	Traffic bool
	// TTL is the longest record TTL among the old and new DNS objects
	// (zero when they name none).
	TTL time.Duration
}

// Moving reports whether the diff needs anything held.
func (d MoveDiff) Moving() bool { return len(d.Leaving) > 0 || d.Traffic }

// diffMoves compares the set a cluster runs (prev) with a new one (next).
// A nil prev (nothing known to run) arrives everything and holds nothing.
func diffMoves(prev, next []*unstructured.Unstructured) MoveDiff {
	var d MoveDiff
	before, after := workloadReplicas(prev), workloadReplicas(next)
	for _, w := range slices.Sorted(maps.Keys(after)) {
		if after[w] > before[w] {
			d.Arriving = append(d.Arriving, Arrival{Workload: w, From: before[w], To: after[w]})
		}
	}
	if prev == nil {
		return d
	}
	for _, w := range slices.Sorted(maps.Keys(before)) {
		if after[w] < before[w] {
			d.Leaving = append(d.Leaving, Leave{Workload: w, From: before[w], To: after[w]})
		}
	}
	old, cur := trafficObjects(prev), trafficObjects(next)
	if len(old) != len(cur) {
		d.Traffic = true
	}
	for k, o := range cur {
		if p, ok := old[k]; !ok || !equalContent(p, o) {
			d.Traffic = true
		}
	}
	if d.Traffic {
		d.TTL = max(recordTTL(old), recordTTL(cur))
	}
	return d
}

func trafficObjects(objs []*unstructured.Unstructured) map[objKey]*unstructured.Unstructured {
	out := map[objKey]*unstructured.Unstructured{}
	for _, o := range objs {
		if isTraffic(o) {
			out[keyOf(o)] = o
		}
	}
	return out
}

// equalContent compares two renderings of an object.
func equalContent(a, b *unstructured.Unstructured) bool {
	return reflect.DeepEqual(a.Object, b.Object)
}

// recordTTL is the longest TTL the DNS objects give their records:
// DNSEndpoint spec.endpoints[].recordTTL, Gslb spec.strategy.dnsTtlSeconds.
func recordTTL(objs map[objKey]*unstructured.Unstructured) time.Duration {
	var ttl int64
	for _, o := range objs {
		if eps, ok, _ := unstructured.NestedSlice(o.Object, "spec", "endpoints"); ok {
			for _, ep := range eps {
				if m, ok := ep.(map[string]any); ok {
					if n, ok, _ := unstructured.NestedInt64(m, "recordTTL"); ok {
						ttl = max(ttl, n)
					}
				}
			}
		}
		if n, ok, _ := unstructured.NestedInt64(o.Object, "spec", "strategy", "dnsTtlSeconds"); ok {
			ttl = max(ttl, n)
		}
	}
	return time.Duration(ttl) * time.Second
}

// holdGroups names the groups of objects a diff holds: each leaving
// workload ("namespace/name") and trafficGroup.
func (d MoveDiff) holdGroups() []string {
	var out []string
	for _, l := range d.Leaving {
		out = append(out, l.Workload)
	}
	if d.Traffic {
		out = append(out, trafficGroup)
	}
	return out
}

// groupObjects returns the objects of base a held group keeps, given the
// new set next: for trafficGroup, base's DNS objects; for a workload, its
// objects (those labelled with it, DNS objects aside) and, when next no
// longer holds the workload's namespace, the namespace and base's other
// objects in it that next lacks, so that pruning the namespace does not
// take the held workload with it.
func groupObjects(group string, base, next []*unstructured.Unstructured) []*unstructured.Unstructured {
	var out []*unstructured.Unstructured
	if group == trafficGroup {
		for _, o := range base {
			if isTraffic(o) {
				out = append(out, o)
			}
		}
		return out
	}
	ns, _, _ := strings.Cut(group, "/")
	inNext := map[objKey]bool{}
	for _, o := range next {
		inNext[keyOf(o)] = true
	}
	nsGone := !inNext[objKey{kind: "Namespace", name: ns}]
	for _, o := range base {
		switch {
		case workloadOf(o) == group:
			out = append(out, o)
		case !nsGone || inNext[keyOf(o)] || isTraffic(o) || workloadOf(o) != "":
		case o.GroupVersionKind().GroupKind() == (schema.GroupKind{Kind: "Namespace"}) && o.GetName() == ns,
			o.GetNamespace() == ns:
			out = append(out, o)
		}
	}
	return out
}

// heldGroup is a group of objects kept from an earlier bundle.
type heldGroup struct {
	// Group is a workload ("namespace/name") or trafficGroup.
	Group string
	// Objects are the kept objects (from the base bundle).
	Objects []*unstructured.Unstructured
}

// compose returns next with each held group's objects replacing next's
// objects of that group (next's objects of a held workload, or its DNS
// objects for trafficGroup, are left out; those of the held group are
// added), in next's order followed by the held objects not in next.
func compose(next []*unstructured.Unstructured, held []heldGroup) []*unstructured.Unstructured {
	if len(held) == 0 {
		return next
	}
	replace := map[objKey]*unstructured.Unstructured{}
	groups := map[string]bool{}
	var extra []*unstructured.Unstructured
	for _, h := range held {
		groups[h.Group] = true
		for _, o := range h.Objects {
			if _, dup := replace[keyOf(o)]; !dup {
				replace[keyOf(o)] = o
				extra = append(extra, o)
			}
		}
	}
	out := make([]*unstructured.Unstructured, 0, len(next)+len(extra))
	used := map[objKey]bool{}
	for _, o := range next {
		k := keyOf(o)
		if h, ok := replace[k]; ok {
			out = append(out, h)
			used[k] = true
			continue
		}
		if groups[workloadOf(o)] || isTraffic(o) && groups[trafficGroup] {
			continue // a held group's new object: not yet
		}
		out = append(out, o)
	}
	for _, o := range extra {
		if !used[keyOf(o)] {
			out = append(out, o)
		}
	}
	return out
}

// MoveReport is what a cluster says about a revision to the clusters
// moving replicas with it: the status artifact's payload.
type MoveReport struct {
	// APIVersion is "isobar.dev/v1alpha1", Kind "MoveReport".
	APIVersion string `json:"apiVersion"`
	Kind       string `json:"kind"`
	Cluster    string `json:"cluster"`
	Revision   string `json:"revision"`
	// Time is when the report was written.
	Time time.Time `json:"time"`
	// Workloads are the workloads the cluster runs at the revision, and
	// their health.
	Workloads []WorkloadHealth `json:"workloads,omitempty"`
	// Leaving are the workloads whose replicas leave the cluster at the
	// revision ("namespace/name"), and Held those of them still held.
	Leaving []string `json:"leaving,omitempty"`
	Held    []string `json:"held,omitempty"`
	// Traffic is set when the cluster's DNS objects change at the
	// revision.
	Traffic *TrafficReport `json:"traffic,omitempty"`
}

// Report kinds.
const (
	moveReportAPIVersion = "isobar.dev/v1alpha1"
	moveReportKind       = "MoveReport"
)

// WorkloadHealth is a workload's state in a cluster.
type WorkloadHealth struct {
	// Workload is "namespace/name".
	Workload string `json:"workload"`
	// Arriving: its replicas arrive in the cluster at the revision (new,
	// or more than before).
	Arriving bool `json:"arriving,omitempty"`
	// Replicas are those the revision asks for; Ready those ready.
	Replicas int64 `json:"replicas"`
	Ready    int64 `json:"ready"`
	// Healthy: every Deployment and StatefulSet of the workload was
	// Current (kstatus) at the revision, since HealthySince.
	Healthy      bool      `json:"healthy"`
	HealthySince time.Time `json:"healthySince,omitzero"`
}

// TrafficReport is the state of a cluster's DNS objects at a revision.
type TrafficReport struct {
	// Applied: the revision's DNS objects are applied, since AppliedAt.
	Applied   bool      `json:"applied"`
	AppliedAt time.Time `json:"appliedAt,omitzero"`
	// TTLSeconds is the longest TTL of the old and new records.
	TTLSeconds int64 `json:"ttlSeconds"`
}

// moveGate is what the reports of a revision allow a cluster.
type moveGate struct {
	// Arrived: every cluster reported the revision, and every workload
	// that arrives or leaves anywhere is healthy wherever it runs (since
	// ArrivedAt).
	Arrived   bool
	ArrivedAt time.Time
	// Switched: every traffic change of the revision is applied, the
	// last at SwitchedAt, with records of TTL at most TTL.
	Switched   bool
	SwitchedAt time.Time
	TTL        time.Duration
	// Waiting says what the gate waits for, by cluster.
	Waiting []string
	// WaitingFor names the clusters waited for.
	WaitingFor []string
}

// evaluateGate reads the reports of a revision, one per fleet cluster
// (nil: not reported yet). The workloads that matter are those arriving
// in some cluster or leaving some cluster: each must be healthy in every
// cluster that runs it.
func evaluateGate(fleet []string, reports map[string]*MoveReport) moveGate {
	g := moveGate{Arrived: true, Switched: true}
	waitFor := map[string]bool{}
	var switching []string // clusters whose records wait: said only once the arrivals are healthy
	moving := map[string]bool{}
	for _, rep := range reports {
		if rep == nil {
			continue
		}
		for _, w := range rep.Workloads {
			if w.Arriving {
				moving[w.Workload] = true
			}
		}
		for _, w := range rep.Leaving {
			moving[w] = true
		}
	}
	for _, c := range slices.Sorted(slices.Values(fleet)) {
		rep := reports[c]
		if rep == nil {
			g.Arrived, g.Switched = false, false
			g.Waiting = append(g.Waiting, fmt.Sprintf("cluster %s to report the revision", c))
			waitFor[c] = true
			continue
		}
		for _, a := range rep.Workloads {
			if !moving[a.Workload] {
				continue
			}
			if !a.Healthy {
				g.Arrived = false
				g.Waiting = append(g.Waiting, fmt.Sprintf("%s in %s (%d/%d ready)", a.Workload, c, a.Ready, a.Replicas))
				waitFor[c] = true
				continue
			}
			if a.HealthySince.After(g.ArrivedAt) {
				g.ArrivedAt = a.HealthySince
			}
		}
		if t := rep.Traffic; t != nil {
			g.TTL = max(g.TTL, time.Duration(t.TTLSeconds)*time.Second)
			if !t.Applied {
				g.Switched = false
				switching = append(switching, c)
				continue
			}
			if t.AppliedAt.After(g.SwitchedAt) {
				g.SwitchedAt = t.AppliedAt
			}
		}
	}
	if !g.Arrived {
		g.Switched = false
	} else {
		for _, c := range switching {
			g.Waiting = append(g.Waiting, fmt.Sprintf("the DNS records in %s to switch", c))
			waitFor[c] = true
		}
	}
	g.WaitingFor = slices.Sorted(maps.Keys(waitFor))
	return g
}

// releaseAt is when leaving replicas may go: the arrivals healthy and the
// records switched (both as reported, and as seen by the leaving cluster,
// at seen), then their TTL (at least minTTL, the intent's) and drain.
// Zero when not yet known.
func (g moveGate) releaseAt(seen time.Time, minTTL, drain time.Duration) time.Time {
	if !g.Arrived || !g.Switched {
		return time.Time{}
	}
	at := seen
	for _, t := range []time.Time{g.ArrivedAt, g.SwitchedAt} {
		if t.After(at) {
			at = t
		}
	}
	return at.Add(max(g.TTL, minTTL) + drain)
}
