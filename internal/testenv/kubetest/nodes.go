package kubetest

import (
	"context"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"
)

// kwokAnnotation marks the Nodes kwok manages (its value is "fake").
const kwokAnnotation = "kwok.x-k8s.io/node"

// Node describes a fake Node. kwok plays its kubelet when the cluster
// simulates: it marks the Node Ready, keeps its lease and runs the Pods bound
// to it (they never run anything).
type Node struct {
	// Name is the Node's name; it is also its kubernetes.io/hostname label.
	Name string
	// Labels are added to the ones a kubelet sets: kubernetes.io/hostname,
	// kubernetes.io/os=linux and kubernetes.io/arch=amd64 (which they may override).
	Labels map[string]string
	// Annotations are added to kwok.x-k8s.io/node=fake, which makes kwok manage the Node.
	Annotations map[string]string
	// Taints are the Node's taints.
	Taints []corev1.Taint
	// Allocatable is what the Node offers Pods, also used as its capacity:
	// cpu, memory, pods and any extended resource such as nvidia.com/gpu.
	// cpu, memory and pods default to DefaultAllocatable's when absent.
	Allocatable corev1.ResourceList
}

// DefaultAllocatable returns what a Node offers for the resources its
// Allocatable leaves out: 32 CPUs, 256 GiB of memory, 110 Pods.
func DefaultAllocatable() corev1.ResourceList {
	return corev1.ResourceList{
		corev1.ResourceCPU:    resource.MustParse("32"),
		corev1.ResourceMemory: resource.MustParse("256Gi"),
		corev1.ResourcePods:   resource.MustParse("110"),
	}
}

// object returns the Node as the API object to create, status included
// (the API server keeps a new Node's status).
func (n Node) object() *corev1.Node {
	labels := map[string]string{
		corev1.LabelHostname:   n.Name,
		corev1.LabelOSStable:   "linux",
		corev1.LabelArchStable: "amd64",
	}
	maps.Copy(labels, n.Labels)
	annotations := map[string]string{kwokAnnotation: "fake"}
	maps.Copy(annotations, n.Annotations)
	alloc := DefaultAllocatable()
	for name, q := range n.Allocatable {
		alloc[name] = q.DeepCopy()
	}
	return &corev1.Node{
		ObjectMeta: metav1.ObjectMeta{Name: n.Name, Labels: labels, Annotations: annotations},
		Spec:       corev1.NodeSpec{Taints: slices.Clone(n.Taints)},
		Status: corev1.NodeStatus{
			Allocatable: alloc,
			Capacity:    alloc.DeepCopy(),
		},
	}
}

func createNode(ctx context.Context, cs kubernetes.Interface, n Node) error {
	if n.Name == "" {
		return fmt.Errorf("creating a node: no name")
	}
	if _, err := cs.CoreV1().Nodes().Create(ctx, n.object(), metav1.CreateOptions{}); err != nil {
		return fmt.Errorf("creating node %s: %w", n.Name, err)
	}
	return nil
}

// AddNode creates a fake Node; with the simulation, kwok makes it Ready
// shortly after (AddNode does not wait).
func (c *Cluster) AddNode(ctx context.Context, n Node) error {
	cs, err := kubernetes.NewForConfig(c.Config)
	if err != nil {
		return fmt.Errorf("creating a client: %w", err)
	}
	return createNode(ctx, cs, n)
}

// waitNodesReady waits until every named Node is Ready and free of the
// node-lifecycle taints (not-ready, unreachable) that would keep Pods away.
func waitNodesReady(ctx context.Context, cs kubernetes.Interface, names []string) error {
	var pending []string
	for {
		pending = pending[:0]
		for _, name := range names {
			node, err := cs.CoreV1().Nodes().Get(ctx, name, metav1.GetOptions{})
			if err != nil || !nodeReady(node) {
				pending = append(pending, name)
			}
		}
		if len(pending) == 0 {
			return nil
		}
		select {
		case <-ctx.Done():
			return fmt.Errorf("nodes not Ready: %s: %w", strings.Join(pending, ", "), ctx.Err())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

func nodeReady(node *corev1.Node) bool {
	ready := false
	for _, cond := range node.Status.Conditions {
		if cond.Type == corev1.NodeReady {
			ready = cond.Status == corev1.ConditionTrue
		}
	}
	for _, taint := range node.Spec.Taints {
		if taint.Key == corev1.TaintNodeNotReady || taint.Key == corev1.TaintNodeUnreachable {
			return false
		}
	}
	return ready
}
