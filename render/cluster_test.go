package render_test

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/discovery"
	"k8s.io/client-go/discovery/cached/memory"
	"k8s.io/client-go/dynamic"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/restmapper"

	"isobar.dev/isobar/internal/testenv/kubetest"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

// applier sends server-side apply patches, as the reconciler does.
type applier struct {
	dyn    dynamic.Interface
	mapper *restmapper.DeferredDiscoveryRESTMapper
}

func newApplier(t *testing.T, c *kubetest.Cluster) *applier {
	t.Helper()
	dc, err := discovery.NewDiscoveryClientForConfig(c.Config)
	if err != nil {
		t.Fatal(err)
	}
	dyn, err := dynamic.NewForConfig(c.Config)
	if err != nil {
		t.Fatal(err)
	}
	return &applier{dyn: dyn, mapper: restmapper.NewDeferredDiscoveryRESTMapper(memory.NewMemCacheClient(dc))}
}

// apply applies one object; dryRun asks the API server to validate and
// admit it without storing it.
func (a *applier) apply(ctx context.Context, o *unstructured.Unstructured, dryRun bool) error {
	gvk := o.GroupVersionKind()
	m, err := a.mapper.RESTMapping(gvk.GroupKind(), gvk.Version)
	if err != nil {
		return err
	}
	b, err := o.MarshalJSON()
	if err != nil {
		return err
	}
	opts := metav1.PatchOptions{FieldManager: "isobar", Force: new(true)}
	if dryRun {
		opts.DryRun = []string{metav1.DryRunAll}
	}
	var ri dynamic.ResourceInterface = a.dyn.Resource(m.Resource)
	if ns := o.GetNamespace(); ns != "" {
		ri = a.dyn.Resource(m.Resource).Namespace(ns)
	}
	_, err = ri.Patch(ctx, o.GetName(), types.ApplyPatchType, b, opts)
	return err
}

// TestServerSideDryRun asks a real kube-apiserver to validate and admit
// every object rendered for the examples and for every cloud: a server-side
// apply in dry-run mode, after creating the namespaces for real.
func TestServerSideDryRun(t *testing.T) {
	c := kubetest.StartT(t, kubetest.Options{})
	installCRDs(t, c)
	a := newApplier(t, c)
	results := map[string]*render.Result{"clouds": renderClouds(t)}
	for _, name := range []string{"webshop", "gpu-inference", "batch-analytics", "three-clouds"} {
		in, plan := example(t, name)
		res, err := render.Render(in, plan, render.Options{})
		if err != nil {
			t.Fatal(err)
		}
		results[name] = res
	}
	objects := 0
	for name, res := range results {
		for _, s := range res.Clusters {
			for _, o := range s.Objects {
				if o.GetKind() == "Namespace" {
					if err := a.apply(t.Context(), o, false); err != nil {
						t.Fatalf("%s/%s: Namespace %s: %v", name, s.Cluster, o.GetName(), err)
					}
				}
			}
			for _, o := range s.Objects {
				objects++
				if err := a.apply(t.Context(), o, true); err != nil {
					t.Errorf("%s/%s: %s %s/%s refused: %v", name, s.Cluster, o.GetKind(), o.GetNamespace(), o.GetName(), err)
				}
			}
		}
	}
	if objects < 50 {
		t.Errorf("only %d objects checked", objects)
	}
}

// node is a fake Node labelled and tainted as a cloud labels its nodes.
func node(name, instanceType string, labels map[string]string, taints []corev1.Taint, gpus int) kubetest.Node {
	l := map[string]string{
		"topology.kubernetes.io/region":    "test-region",
		"topology.kubernetes.io/zone":      "test-region-a",
		"node.kubernetes.io/instance-type": instanceType,
	}
	for k, v := range labels {
		l[k] = v
	}
	alloc := corev1.ResourceList{
		corev1.ResourceCPU: resource.MustParse("64"), corev1.ResourceMemory: resource.MustParse("512Gi"), corev1.ResourcePods: resource.MustParse("110"),
	}
	if gpus > 0 {
		alloc["nvidia.com/gpu"] = *resource.NewQuantity(int64(gpus), resource.DecimalSI)
	}
	return kubetest.Node{Name: name, Labels: l, Taints: taints, Allocatable: alloc}
}

func taint(key, value string) corev1.Taint {
	return corev1.Taint{Key: key, Value: value, Effect: corev1.TaintEffectNoSchedule}
}

// cloudNodes are an on-demand, a spot and a spot GPU (A100 80GB) node of
// each cloud, labelled and tainted as EKS managed node groups, GKE node pools
// and AKS node pools do (independently of the renderer's rules).
var cloudNodes = map[string][]kubetest.Node{
	"eks": {
		node("on-demand", "m6i.4xlarge", map[string]string{"eks.amazonaws.com/capacityType": "ON_DEMAND"}, nil, 0),
		node("spot", "m6i.4xlarge", map[string]string{"eks.amazonaws.com/capacityType": "SPOT"}, nil, 0),
		node("gpu-spot", "p4de.24xlarge", map[string]string{
			"eks.amazonaws.com/capacityType": "SPOT", "eks.amazonaws.com/instance-gpu-name": "a100",
			"eks.amazonaws.com/instance-gpu-memory": "81920", "eks.amazonaws.com/instance-gpu-manufacturer": "nvidia",
		}, []corev1.Taint{taint("nvidia.com/gpu", "true")}, 8),
	},
	"gke": {
		node("on-demand", "n2-standard-16", map[string]string{"cloud.google.com/gke-nodepool": "default-pool"}, nil, 0),
		node("spot", "n2-standard-16", map[string]string{"cloud.google.com/gke-nodepool": "spot-pool", "cloud.google.com/gke-spot": "true"},
			[]corev1.Taint{taint("cloud.google.com/gke-spot", "true")}, 0),
		node("gpu-spot", "a2-ultragpu-8g", map[string]string{
			"cloud.google.com/gke-nodepool": "gpu-pool", "cloud.google.com/gke-spot": "true", "cloud.google.com/gke-accelerator": "nvidia-a100-80gb",
		}, []corev1.Taint{taint("cloud.google.com/gke-spot", "true"), taint("nvidia.com/gpu", "present")}, 8),
	},
	"aks": {
		node("on-demand", "Standard_D16s_v5", map[string]string{"kubernetes.azure.com/agentpool": "system", "kubernetes.azure.com/mode": "system"}, nil, 0),
		node("spot", "Standard_D16s_v5", map[string]string{"kubernetes.azure.com/agentpool": "spot", "kubernetes.azure.com/scalesetpriority": "spot"},
			[]corev1.Taint{taint("kubernetes.azure.com/scalesetpriority", "spot")}, 0),
		node("gpu-spot", "Standard_NC48ads_A100_v4", map[string]string{
			"kubernetes.azure.com/agentpool": "gpu", "kubernetes.azure.com/scalesetpriority": "spot", "kubernetes.azure.com/accelerator": "nvidia",
		}, []corev1.Taint{taint("kubernetes.azure.com/scalesetpriority", "spot"), taint("nvidia.com/gpu", "true")}, 2),
	},
}

// TestScheduling applies each cloud's render to a simulated cluster of that
// cloud (API server, controller manager, scheduler and kwok's fake nodes)
// and checks where the pods land: spot replicas on spot nodes only, the
// others never on spot, GPU replicas on nodes of the right model, and
// pods that need a GPU model no node has stay Pending.
func TestScheduling(t *testing.T) {
	kubetest.SkipUnlessAvailable(t)
	in := loadClouds(t)
	// A workload needing an accelerator none of the clusters' nodes has.
	infer := in.Workloads["train"]
	infer.Name, infer.Kind, infer.Namespace = "infer", schema.KindService, "infer"
	infer.Resources.GPU = &schema.GPURequest{Model: "H100", Count: 1}
	infer.Spot = schema.SpotNever
	in.Workloads["infer"] = infer
	plan := cloudsPlan()
	for _, c := range []struct{ name, provider, region string }{{"aks", "azure", "westeurope"}, {"eks", "aws", "eu-west-1"}, {"gke", "gcp", "europe-west4"}} {
		plan.Placements = append(plan.Placements, planPlacement("infer", c.name, c.provider, c.region, 1))
	}
	res, err := render.Render(in, plan, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, cluster := range []string{"eks", "gke", "aks"} {
		t.Run(cluster, func(t *testing.T) {
			c := kubetest.StartT(t, kubetest.Options{Simulate: true, Nodes: cloudNodes[cluster]})
			installCRDs(t, c)
			a := newApplier(t, c)
			set := res.Cluster(cluster)
			for _, o := range set.Objects {
				if err := a.apply(t.Context(), o, false); err != nil {
					t.Fatalf("%s %s/%s: %v", o.GetKind(), o.GetNamespace(), o.GetName(), err)
				}
			}
			cs, err := kubernetes.NewForConfig(c.Config)
			if err != nil {
				t.Fatal(err)
			}
			want := map[string]struct {
				nodes   []string
				running int
			}{
				"web/" + "on-demand": {[]string{"on-demand"}, 2},
				"web/spot":           {[]string{"spot"}, 2},
				"ledger/on-demand":   {[]string{"on-demand"}, 2},
				"train/spot":         {[]string{"gpu-spot"}, 1},
			}
			ctx, cancel := context.WithTimeout(t.Context(), 90*time.Second)
			defer cancel()
			for key, w := range want {
				ns, capacity, _ := strings.Cut(key, "/")
				pods := waitPods(ctx, t, cs, ns, "isobar.dev/capacity="+capacity, w.running)
				for _, p := range pods {
					if !contains(w.nodes, p.Spec.NodeName) {
						t.Errorf("%s pod %s runs on node %q, want one of %v", key, p.Name, p.Spec.NodeName, w.nodes)
					}
				}
			}
			// No node has an H100: the pod stays Pending, unschedulable.
			pending := waitUnschedulable(ctx, t, cs, "infer")
			if !strings.Contains(pending, "nvidia.com/gpu") && !strings.Contains(pending, "node affinity/selector") && !strings.Contains(pending, "didn't match") {
				t.Errorf("infer is unschedulable for an unexpected reason: %s", pending)
			}
		})
	}
}

func contains(list []string, s string) bool {
	for _, e := range list {
		if e == s {
			return true
		}
	}
	return false
}

// waitPods waits until n pods match selector and are Running.
func waitPods(ctx context.Context, t *testing.T, cs kubernetes.Interface, ns, selector string, n int) []corev1.Pod {
	t.Helper()
	var last string
	for {
		pods, err := cs.CoreV1().Pods(ns).List(ctx, metav1.ListOptions{LabelSelector: selector})
		if err == nil {
			var running []corev1.Pod
			for _, p := range pods.Items {
				if p.Status.Phase == corev1.PodRunning || p.Status.Phase == corev1.PodSucceeded {
					running = append(running, p)
				}
			}
			if len(running) >= n {
				return running
			}
			last = fmt.Sprintf("%d of %d pods running: %s", len(running), n, podStates(pods.Items))
		} else if !apierrors.IsNotFound(err) {
			last = err.Error()
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%s %s: %s", ns, selector, last)
		case <-time.After(250 * time.Millisecond):
		}
	}
}

// waitUnschedulable waits until a pod in ns is reported unschedulable and
// returns the scheduler's message.
func waitUnschedulable(ctx context.Context, t *testing.T, cs kubernetes.Interface, ns string) string {
	t.Helper()
	var last string
	for {
		pods, err := cs.CoreV1().Pods(ns).List(ctx, metav1.ListOptions{})
		if err == nil {
			for _, p := range pods.Items {
				if p.Spec.NodeName != "" {
					t.Fatalf("%s pod %s was scheduled on %s; no node has its GPU model", ns, p.Name, p.Spec.NodeName)
				}
				for _, c := range p.Status.Conditions {
					if c.Type == corev1.PodScheduled && c.Status == corev1.ConditionFalse && c.Reason == corev1.PodReasonUnschedulable {
						return c.Message
					}
				}
			}
			last = podStates(pods.Items)
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%s: no pod reported unschedulable: %s", ns, last)
		case <-time.After(250 * time.Millisecond):
		}
	}
}

func podStates(pods []corev1.Pod) string {
	var s []string
	for _, p := range pods {
		s = append(s, fmt.Sprintf("%s %s on %q", p.Name, p.Status.Phase, p.Spec.NodeName))
	}
	return strings.Join(s, ", ")
}
