package reconciler

import (
	"context"
	"fmt"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/labels"
	"k8s.io/client-go/kubernetes"
)

// clusterSpot is a cluster's spot state. Only the cluster's own cycle
// touches it.
type clusterSpot struct {
	cs kubernetes.Interface
	// tracks are by workload ("namespace/workload").
	tracks map[string]*spotTrack
	// transitions are those of the running cycle, for Events and logs.
	transitions []spotTransition
}

type spotTransition struct {
	workload, kind, message string
}

// adjust returns the objects to apply: objs with the stand-ins of the
// cluster's reclaimed spot capacity (objs itself when there are none).
func (s *clusterSpot) adjust(objs []*unstructured.Unstructured) []*unstructured.Unstructured {
	if s == nil {
		return objs
	}
	return withStandIns(objs, s.tracks)
}

// observeSpot looks at the spot capacity of the services of the bundle
// about to be applied and moves their tracks. A cluster that cannot be
// read keeps its tracks as they are.
func (r *Reconciler) observeSpot(ctx context.Context, c *clusterState, objs []*unstructured.Unstructured) error {
	s := c.spot
	if s == nil {
		cs, err := kubernetes.NewForConfig(c.target.Config)
		if err != nil {
			return err
		}
		s = &clusterSpot{cs: cs, tracks: map[string]*spotTrack{}}
		c.spot = s
	}
	s.transitions = nil
	pairs, perr := spotPairs(objs)
	seen := map[string]bool{}
	obs := make([]spotObservation, len(pairs))
	for i, p := range pairs {
		seen[p.workload] = true
		o, err := r.observeDeployments(ctx, s.cs, p, s.tracks[p.workload] == nil)
		if err != nil {
			return err
		}
		if o.missing() > 0 {
			if err := observeSpotPods(ctx, s.cs, p, &o); err != nil {
				return err
			}
		}
		obs[i] = o
	}
	now := r.opts.Now()
	for i, p := range pairs {
		t := s.tracks[p.workload]
		if t == nil {
			t = &spotTrack{pair: p}
			t.adopt(obs[i])
			s.tracks[p.workload] = t
		}
		t.pair = p
		switch t.step(obs[i], now, r.opts.Spot) {
		case TransitionSpotReclaimed:
			s.transitions = append(s.transitions, spotTransition{p.workload, TransitionSpotReclaimed, reclaimedMessage(t)})
		case TransitionSpotReturned:
			s.transitions = append(s.transitions, spotTransition{p.workload, TransitionSpotReturned,
				fmt.Sprintf("%s: spot capacity is back (%d/%d spot replicas available for %s); the on-demand stand-ins are removed",
					p.workload, obs[i].available, obs[i].desired, r.opts.Spot.Return)})
		}
	}
	for w := range s.tracks {
		if !seen[w] {
			// The bundle has no spot replicas of it any more: its
			// on-demand Deployment is applied as the bundle says.
			delete(s.tracks, w)
		}
	}
	return perr
}

// observeDeployments reads a service's spot Deployment and, when adopt,
// what its on-demand Deployment records of stand-ins.
func (r *Reconciler) observeDeployments(ctx context.Context, cs kubernetes.Interface, p spotPair, adopt bool) (spotObservation, error) {
	var o spotObservation
	d, err := cs.AppsV1().Deployments(p.ns).Get(ctx, p.spot, metav1.GetOptions{})
	switch {
	case apierrors.IsNotFound(err):
		return o, nil // not applied yet
	case err != nil:
		return o, fmt.Errorf("reading Deployment %s/%s: %w", p.ns, p.spot, err)
	}
	o.found = true
	o.desired = 1
	if d.Spec.Replicas != nil {
		o.desired = int(*d.Spec.Replicas)
	}
	o.available = int(d.Status.AvailableReplicas)
	if adopt {
		od, err := cs.AppsV1().Deployments(p.ns).Get(ctx, p.onDemand, metav1.GetOptions{})
		if err != nil && !apierrors.IsNotFound(err) {
			return o, fmt.Errorf("reading Deployment %s/%s: %w", p.ns, p.onDemand, err)
		}
		if err == nil {
			o.standing, o.since, o.known = standingIn(od.Annotations)
		}
	}
	return o, nil
}

// observeSpotPods counts the spot pods of p that wait for a node, and
// those the scheduler found none for: no Ready, schedulable node that
// their node selector, affinity and tolerations allow has room for them.
// It reads the pods of p's namespace only, which the health check reads
// anyway.
func observeSpotPods(ctx context.Context, cs kubernetes.Interface, p spotPair, o *spotObservation) error {
	if len(p.selector) == 0 {
		return nil
	}
	pods, err := cs.CoreV1().Pods(p.ns).List(ctx, metav1.ListOptions{LabelSelector: labels.SelectorFromSet(p.selector).String()})
	if err != nil {
		return fmt.Errorf("listing the pods of Deployment %s/%s: %w", p.ns, p.spot, err)
	}
	for _, pod := range pods.Items {
		if pod.Status.Phase != corev1.PodPending || pod.Spec.NodeName != "" || pod.DeletionTimestamp != nil {
			continue
		}
		o.pending++
		for _, c := range pod.Status.Conditions {
			if c.Type == corev1.PodScheduled && c.Status == corev1.ConditionFalse && c.Reason == corev1.PodReasonUnschedulable {
				o.unschedulable++
			}
		}
	}
	return nil
}
