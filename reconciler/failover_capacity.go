package reconciler

import (
	"fmt"
	"strings"

	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"
)

// resources are CPU (millicores), memory (bytes) and pods.
type resources struct {
	cpu, memory, pods int64
}

func (r resources) zero() bool { return r.cpu == 0 && r.memory == 0 && r.pods == 0 }

// shortOf says what r lacks to hold need ("" when nothing).
func (r resources) shortOf(need resources) string {
	var out []string
	if r.cpu < need.cpu {
		out = append(out, fmt.Sprintf("cpu %s of %s", resource.NewMilliQuantity(r.cpu, resource.DecimalSI), resource.NewMilliQuantity(need.cpu, resource.DecimalSI)))
	}
	if r.memory < need.memory {
		out = append(out, fmt.Sprintf("memory %s of %s", resource.NewQuantity(r.memory, resource.BinarySI), resource.NewQuantity(need.memory, resource.BinarySI)))
	}
	if r.pods < need.pods {
		out = append(out, fmt.Sprintf("pods %d of %d", r.pods, need.pods))
	}
	return strings.Join(out, ", ")
}

// readyCapacity sums the allocatable resources of the Nodes that are Ready
// and schedulable.
func readyCapacity(nodes []corev1.Node) resources {
	var have resources
	for _, n := range nodes {
		if n.Spec.Unschedulable || n.DeletionTimestamp != nil || !nodeReady(n) {
			continue
		}
		a := n.Status.Allocatable
		have.cpu += a.Cpu().MilliValue()
		have.memory += a.Memory().Value()
		have.pods += a.Pods().Value()
	}
	return have
}

func nodeReady(n corev1.Node) bool {
	for _, c := range n.Status.Conditions {
		if c.Type == corev1.NodeReady {
			return c.Status == corev1.ConditionTrue
		}
	}
	return false
}

// requirementOf is what the cluster's last verified bundle requests (zero
// before the first).
func requirementOf(c *clusterState) resources {
	if c.cache == nil {
		return resources{}
	}
	return c.cache.need
}

// requests sums what a bundle's workloads request: replicas times their
// pod template's requests (Deployments, StatefulSets, ReplicaSets; a
// workload with no replicas field counts as replicasOf says). DaemonSets, Jobs and
// CronJobs are left out: they run per node or now and then.
func requests(objs []*unstructured.Unstructured) (resources, error) {
	var total resources
	for _, o := range objs {
		switch o.GetKind() {
		case "Deployment", "StatefulSet", "ReplicaSet":
		default:
			continue
		}
		g := o.GroupVersionKind().Group
		if g != "apps" {
			continue
		}
		var replicas int64
		top, _ := o.Object["spec"].(map[string]any)
		switch v := top["replicas"].(type) {
		case nil:
			// An autoscaler's (per window): the planned peak.
			replicas = replicasOf(o)
		case int64:
			replicas = v
		case int:
			replicas = int64(v)
		case float64:
			replicas = int64(v)
		default:
			return total, fmt.Errorf("%s: spec.replicas: %v is not a number", objectName(o), v)
		}
		if replicas <= 0 {
			continue
		}
		tmpl, _, err := unstructured.NestedMap(o.Object, "spec", "template", "spec")
		if err != nil {
			return total, fmt.Errorf("%s: spec.template.spec: %w", objectName(o), err)
		}
		var spec corev1.PodSpec
		if err := fromUnstructured(tmpl, &spec); err != nil {
			return total, fmt.Errorf("%s: spec.template.spec: %w", objectName(o), err)
		}
		pod := podRequests(spec)
		total.cpu += replicas * pod.cpu
		total.memory += replicas * pod.memory
		total.pods += replicas
	}
	return total, nil
}

// podRequests is a pod's effective requests: its containers' sum, or its
// largest init container's when that is more.
func podRequests(spec corev1.PodSpec) resources {
	var sum, initMax resources
	for _, c := range spec.Containers {
		sum.cpu += c.Resources.Requests.Cpu().MilliValue()
		sum.memory += c.Resources.Requests.Memory().Value()
	}
	for _, c := range spec.InitContainers {
		initMax.cpu = max(initMax.cpu, c.Resources.Requests.Cpu().MilliValue())
		initMax.memory = max(initMax.memory, c.Resources.Requests.Memory().Value())
	}
	return resources{cpu: max(sum.cpu, initMax.cpu), memory: max(sum.memory, initMax.memory)}
}

func fromUnstructured(m map[string]any, into any) error {
	return runtime.DefaultUnstructuredConverter.FromUnstructured(m, into)
}
