package reconciler

import (
	"context"
	"fmt"
	"maps"
	"slices"

	"github.com/go-logr/logr"
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
	var nodes []corev1.Node
	listed := false
	for i, p := range pairs {
		seen[p.workload] = true
		t := s.tracks[p.workload]
		o, err := r.observeDeployments(ctx, s.cs, p, t == nil)
		if err != nil {
			return err
		}
		if o.missing() > 0 || (t != nil && t.active) || o.known {
			if !listed {
				list, err := s.cs.CoreV1().Nodes().List(ctx, metav1.ListOptions{ResourceVersion: "0"})
				if err != nil {
					return fmt.Errorf("listing nodes: %w", err)
				}
				nodes, listed = list.Items, true
			}
			if err := observeSpotNodes(ctx, s.cs, p, nodes, &o); err != nil {
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

// observeSpotNodes counts the nodes a spot pod of p may run on and, when
// spot replicas are missing, whether one of them has room for one more
// and how many of p's spot pods are pending.
func observeSpotNodes(ctx context.Context, cs kubernetes.Interface, p spotPair, nodes []corev1.Node, o *spotObservation) error {
	var candidates []corev1.Node
	for _, n := range nodes {
		if schedulableFor(n, p.pod) {
			candidates = append(candidates, n)
		}
	}
	o.spotNodes = len(candidates)
	if o.missing() == 0 {
		return nil
	}
	if len(p.selector) > 0 {
		pods, err := cs.CoreV1().Pods(p.ns).List(ctx, metav1.ListOptions{LabelSelector: labels.SelectorFromSet(p.selector).String()})
		if err != nil {
			return fmt.Errorf("listing the pods of Deployment %s/%s: %w", p.ns, p.spot, err)
		}
		for _, pod := range pods.Items {
			if pod.Status.Phase == corev1.PodPending && pod.Spec.NodeName == "" {
				o.pending++
			}
		}
	}
	need := podRequests(p.pod)
	need.pods = 1
	for _, n := range candidates {
		pods, err := cs.CoreV1().Pods("").List(ctx, metav1.ListOptions{FieldSelector: "spec.nodeName=" + n.Name, ResourceVersion: "0"})
		if err != nil {
			return fmt.Errorf("listing the pods of node %s: %w", n.Name, err)
		}
		free := readyCapacity([]corev1.Node{n})
		for _, pod := range pods.Items {
			if pod.Status.Phase == corev1.PodSucceeded || pod.Status.Phase == corev1.PodFailed {
				continue
			}
			used := podRequests(pod.Spec)
			free.cpu -= used.cpu
			free.memory -= used.memory
			free.pods--
		}
		if free.shortOf(need) == "" {
			o.room = true
			return nil
		}
	}
	return nil
}

// schedulableFor reports whether a pod of spec may be scheduled on n: n is
// Ready and schedulable, carries the pod's node selector and its taints
// that keep pods away are tolerated.
func schedulableFor(n corev1.Node, spec corev1.PodSpec) bool {
	if n.Spec.Unschedulable || n.DeletionTimestamp != nil || !nodeReady(n) {
		return false
	}
	for _, k := range slices.Sorted(maps.Keys(spec.NodeSelector)) {
		if v, ok := n.Labels[k]; !ok || v != spec.NodeSelector[k] {
			return false
		}
	}
	for _, taint := range n.Spec.Taints {
		if taint.Effect != corev1.TaintEffectNoSchedule && taint.Effect != corev1.TaintEffectNoExecute {
			continue
		}
		tolerated := false
		for _, tol := range spec.Tolerations {
			if tol.ToleratesTaint(logr.Discard(), &taint, false) {
				tolerated = true
				break
			}
		}
		if !tolerated {
			return false
		}
	}
	return true
}
