package reconciler

// Spot reclaim: a service with spot replicas in a cluster has two
// Deployments, <name> on on-demand nodes and <name>-spot on spot nodes.
// When the spot capacity is reclaimed (the -spot Deployment short of
// available replicas, and pods of it the scheduler found no node for: no
// Ready, schedulable node that its node selector and tolerations allow has
// room) for longer than SpotOptions.After, the reconciler
// applies the on-demand Deployment with extra replicas, the stand-ins: as
// many as spot replicas are missing, at most what the bundle says the
// budgets pay for. Once the spot pods are all available again (on spot
// nodes, as their node selector says) for SpotOptions.Return, the
// stand-ins go. Only the replicas
// of an object of the verified bundle change, and the live Deployment
// records the stand-ins (annotations), so that a restarted reconciler
// takes them over instead of dropping them.

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/render"
)

// SpotOptions configure the on-demand stand-ins for reclaimed spot
// capacity. The zero value disables them.
type SpotOptions struct {
	// After is how long a service's spot replicas must be missing, with
	// no spot node that has room for them, before on-demand stand-ins are
	// applied. Zero disables stand-ins.
	After time.Duration
	// Return is how long the spot replicas must be available again before
	// the stand-ins are removed; default 2m.
	Return time.Duration
}

// Defaults of SpotOptions.
const (
	DefaultSpotStandInAfter = time.Minute
	DefaultSpotReturnAfter  = 2 * time.Minute
)

// Enabled reports whether stand-ins are on.
func (o SpotOptions) Enabled() bool { return o.After > 0 }

func (o *SpotOptions) defaults() error {
	if o.After < 0 || o.Return < 0 {
		return errors.New("reconciler: spot stand-in durations must not be negative")
	}
	if o.Return == 0 {
		o.Return = DefaultSpotReturnAfter
	}
	return nil
}

// Annotations the reconciler adds to an on-demand Deployment while it
// stands in for reclaimed spot replicas: how many replicas stand in, and
// since when (RFC 3339). They are how a restarted reconciler finds the
// stand-ins it must keep.
const (
	AnnotationSpotStandingIn      = "isobar.dev/spot-standing-in"
	AnnotationSpotStandingInSince = "isobar.dev/spot-standing-in-since"
)

// Spot transitions (Event reasons, metric label).
const (
	TransitionSpotReclaimed = "SpotReclaimed"
	TransitionSpotReturned  = "SpotReturned"
)

// spotPair is a service's two Deployments in a bundle.
type spotPair struct {
	// workload is "namespace/workload"; ns, onDemand and spot name the
	// Deployments.
	workload, ns, onDemand, spot string
	// paid is how many stand-ins the budgets pay for, costEach what one
	// costs a month (USD), limit the budget that holds paid down.
	paid     int
	costEach float64
	limit    string
	// selector selects the spot Deployment's pods.
	selector map[string]string
}

// spotPairs finds the services with spot replicas among a bundle's
// objects: on-demand Deployments annotated with the stand-ins their
// budgets pay for, next to their -spot Deployment.
func spotPairs(objs []*unstructured.Unstructured) ([]spotPair, error) {
	deployments := map[[2]string]*unstructured.Unstructured{}
	for _, o := range objs {
		if o.GetKind() == "Deployment" && o.GroupVersionKind().Group == "apps" {
			deployments[[2]string{o.GetNamespace(), o.GetName()}] = o
		}
	}
	var out []spotPair
	var errs []error
	for _, k := range slices.SortedFunc(maps.Keys(deployments), func(a, b [2]string) int {
		return strings.Compare(a[0]+"/"+a[1], b[0]+"/"+b[1])
	}) {
		o := deployments[k]
		paidText, ok := o.GetAnnotations()[render.AnnotationSpotStandIns]
		if !ok {
			continue
		}
		spot := deployments[[2]string{k[0], k[1] + render.SpotSuffix}]
		if spot == nil {
			continue
		}
		p := spotPair{workload: workloadOf(o), ns: k[0], onDemand: k[1], spot: k[1] + render.SpotSuffix, limit: o.GetAnnotations()[render.AnnotationSpotStandInLimit]}
		if p.workload == "" {
			p.workload = k[0] + "/" + k[1]
		}
		var err error
		if p.paid, err = strconv.Atoi(paidText); err != nil || p.paid < 0 {
			errs = append(errs, fmt.Errorf("%s: annotation %s: %q is not a count", objectName(o), render.AnnotationSpotStandIns, paidText))
			continue
		}
		if cost, ok := o.GetAnnotations()[render.AnnotationSpotStandInCost]; ok {
			if p.costEach, err = strconv.ParseFloat(cost, 64); err != nil || p.costEach < 0 {
				errs = append(errs, fmt.Errorf("%s: annotation %s: %q is not an amount", objectName(o), render.AnnotationSpotStandInCost, cost))
				continue
			}
		}
		if p.selector, _, err = unstructured.NestedStringMap(spot.Object, "spec", "selector", "matchLabels"); err != nil {
			errs = append(errs, fmt.Errorf("%s: spec.selector.matchLabels: %w", objectName(spot), err))
			continue
		}
		out = append(out, p)
	}
	return out, errors.Join(errs...)
}

// spotObservation is what a cycle found of a service's spot capacity.
type spotObservation struct {
	// found: the spot Deployment exists in the cluster; desired and
	// available are its replicas, pending its pods not scheduled, and
	// unschedulable those of them the scheduler found no node for.
	found              bool
	desired, available int
	pending            int
	unschedulable      int
	// standing and since are what the live on-demand Deployment records
	// of stand-ins applied (known: it records some).
	known    bool
	standing int
	since    time.Time
}

func (o spotObservation) missing() int { return max(0, o.desired-o.available) }

// reclaimed: spot replicas missing and the scheduler finds no node for
// them.
func (o spotObservation) reclaimed() bool { return o.found && o.missing() > 0 && o.unschedulable > 0 }

// returned: every spot replica available (their node selector puts them
// on spot nodes).
func (o spotObservation) returned() bool { return o.found && o.missing() == 0 }

// spotTrack is a service's spot state, fed observations and the clock.
type spotTrack struct {
	pair spotPair
	obs  spotObservation
	// shortSince is since when the spot capacity has been seen reclaimed
	// without a break (zero: it is not).
	shortSince time.Time
	// active: stand-ins are (or would be, budget permitting) applied,
	// since then; standIns is how many.
	active   bool
	since    time.Time
	standIns int
	// backSince is since when the spot replicas have been available
	// again without a break, while active.
	backSince time.Time
}

// step feeds the track a cycle's observation and returns the transition
// it makes ("" for none).
func (t *spotTrack) step(obs spotObservation, now time.Time, o SpotOptions) string {
	t.obs = obs
	missing := obs.missing()
	if !t.active {
		t.backSince = time.Time{}
		if !obs.reclaimed() {
			t.shortSince = time.Time{}
			return ""
		}
		if t.shortSince.IsZero() {
			t.shortSince = now
		}
		if now.Sub(t.shortSince) < o.After {
			return ""
		}
		t.active, t.since, t.standIns = true, now, min(t.pair.paid, missing)
		return TransitionSpotReclaimed
	}
	// Stand-ins follow the replicas missing up, never down: they go only
	// once every spot replica is back (make before break). A bundle that
	// pays for fewer lowers them.
	t.standIns = min(t.pair.paid, max(t.standIns, missing))
	if !obs.returned() {
		t.backSince = time.Time{}
		return ""
	}
	if t.backSince.IsZero() {
		t.backSince = now
	}
	if now.Sub(t.backSince) < o.Return {
		return ""
	}
	t.active, t.standIns, t.since, t.shortSince, t.backSince = false, 0, time.Time{}, time.Time{}, time.Time{}
	return TransitionSpotReturned
}

// adopt takes over the stand-ins an earlier process applied, as the live
// on-demand Deployment records them.
func (t *spotTrack) adopt(obs spotObservation) {
	if obs.known && !t.active {
		t.active, t.since, t.standIns = true, obs.since, min(t.pair.paid, obs.standing)
	}
}

// withStandIns returns objs with the stand-ins of active tracks added to
// their on-demand Deployments (copies; objs is not modified).
func withStandIns(objs []*unstructured.Unstructured, tracks map[string]*spotTrack) []*unstructured.Unstructured {
	active := map[[2]string]*spotTrack{}
	for _, t := range tracks {
		if t.active {
			active[[2]string{t.pair.ns, t.pair.onDemand}] = t
		}
	}
	if len(active) == 0 {
		return objs
	}
	out := slices.Clone(objs)
	for i, o := range out {
		if o.GetKind() != "Deployment" || o.GroupVersionKind().Group != "apps" {
			continue
		}
		t := active[[2]string{o.GetNamespace(), o.GetName()}]
		if t == nil {
			continue
		}
		c := o.DeepCopy()
		_ = unstructured.SetNestedField(c.Object, replicasOf(o)+int64(t.standIns), "spec", "replicas")
		ann := c.GetAnnotations()
		if ann == nil {
			ann = map[string]string{}
		}
		ann[AnnotationSpotStandingIn] = strconv.Itoa(t.standIns)
		ann[AnnotationSpotStandingInSince] = t.since.UTC().Format(time.RFC3339)
		c.SetAnnotations(ann)
		out[i] = c
	}
	return out
}

// standingIn reads what a live on-demand Deployment records of stand-ins.
func standingIn(ann map[string]string) (n int, since time.Time, ok bool) {
	v, found := ann[AnnotationSpotStandingIn]
	if !found {
		return 0, time.Time{}, false
	}
	n, err := strconv.Atoi(v)
	if err != nil || n < 0 {
		return 0, time.Time{}, false
	}
	since, err = time.Parse(time.RFC3339, ann[AnnotationSpotStandingInSince])
	if err != nil {
		return 0, time.Time{}, false
	}
	return n, since, true
}
