package kubetest_test

import (
	"context"
	"fmt"
	"net/netip"
	"strings"
	"testing"
	"time"

	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/client-go/kubernetes"

	"isobar.dev/isobar/internal/testenv/kubetest"
)

// The tests run in parallel: three clusters at once, two plain and one
// simulated, is the load the package is meant to carry.

func TestAPIServer(t *testing.T) {
	t.Parallel()
	c := kubetest.StartT(t, kubetest.Options{})
	cs := clientset(t, c)
	ctx := t.Context()

	want := map[string]string{"colour": "teal"}
	cm := &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Name: "settings", Namespace: "default"}, Data: want}
	if _, err := cs.CoreV1().ConfigMaps("default").Create(ctx, cm, metav1.CreateOptions{}); err != nil {
		t.Fatalf("creating a ConfigMap: %v", err)
	}
	got, err := cs.CoreV1().ConfigMaps("default").Get(ctx, "settings", metav1.GetOptions{})
	if err != nil {
		t.Fatalf("reading the ConfigMap back: %v", err)
	}
	if got.Data["colour"] != "teal" {
		t.Errorf("ConfigMap data = %v, want %v", got.Data, want)
	}

	// The kubeconfig works for another process.
	out, err := c.Kubectl(ctx, "get", "configmap", "settings", "-o", "jsonpath={.data.colour}").CombinedOutput()
	if err != nil || string(out) != "teal" {
		t.Errorf("kubectl get configmap: %q, %v", out, err)
	}

	// Services get addresses from the larger range.
	svc := &corev1.Service{
		ObjectMeta: metav1.ObjectMeta{Name: "web", Namespace: "default"},
		Spec:       corev1.ServiceSpec{Ports: []corev1.ServicePort{{Port: 80}}},
	}
	created, err := cs.CoreV1().Services("default").Create(ctx, svc, metav1.CreateOptions{})
	if err != nil {
		t.Fatalf("creating a Service: %v", err)
	}
	ip, err := netip.ParseAddr(created.Spec.ClusterIP)
	if err != nil || !netip.MustParsePrefix(kubetest.DefaultServiceClusterIPRange).Contains(ip) {
		t.Errorf("Service cluster IP %q, want one in %s", created.Spec.ClusterIP, kubetest.DefaultServiceClusterIPRange)
	}
}

func TestAPIServerRestart(t *testing.T) {
	t.Parallel()
	c := kubetest.StartT(t, kubetest.Options{})
	cs := clientset(t, c)
	ctx := t.Context()

	cm := &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Name: "kept", Namespace: "default"}, Data: map[string]string{"k": "v"}}
	if _, err := cs.CoreV1().ConfigMaps("default").Create(ctx, cm, metav1.CreateOptions{}); err != nil {
		t.Fatalf("creating a ConfigMap: %v", err)
	}
	if err := c.StopAPIServer(); err != nil {
		t.Fatal(err)
	}
	short, cancel := context.WithTimeout(ctx, 2*time.Second)
	_, err := cs.CoreV1().ConfigMaps("default").Get(short, "kept", metav1.GetOptions{})
	cancel()
	if err == nil {
		t.Fatal("the API server answered while stopped")
	}
	if err := c.StartAPIServer(); err != nil {
		t.Fatal(err)
	}
	got, err := cs.CoreV1().ConfigMaps("default").Get(ctx, "kept", metav1.GetOptions{})
	if err != nil {
		t.Fatalf("reading the ConfigMap after the restart: %v", err)
	}
	if got.Data["k"] != "v" {
		t.Errorf("ConfigMap data after the restart = %v, want k=v", got.Data)
	}
	cm2 := &corev1.ConfigMap{ObjectMeta: metav1.ObjectMeta{Name: "after", Namespace: "default"}}
	if _, err := cs.CoreV1().ConfigMaps("default").Create(ctx, cm2, metav1.CreateOptions{}); err != nil {
		t.Fatalf("creating a ConfigMap after the restart: %v", err)
	}
}

func TestSimulation(t *testing.T) {
	t.Parallel()
	gpu := corev1.ResourceName("nvidia.com/gpu")
	c := kubetest.StartT(t, kubetest.Options{
		Simulate: true,
		Nodes: []kubetest.Node{
			{
				Name:   "node-a",
				Labels: map[string]string{"example.com/pool": "a"},
				Allocatable: corev1.ResourceList{
					corev1.ResourceCPU: resource.MustParse("8"),
					gpu:                resource.MustParse("2"),
				},
			},
			{
				Name:   "node-b",
				Labels: map[string]string{"example.com/pool": "b"},
				Taints: []corev1.Taint{{Key: "example.com/spot", Value: "true", Effect: corev1.TaintEffectNoSchedule}},
			},
		},
	})
	cs := clientset(t, c)
	ctx := t.Context()

	a, err := cs.CoreV1().Nodes().Get(ctx, "node-a", metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if q := a.Status.Allocatable[gpu]; q.Value() != 2 {
		t.Errorf("node-a allocatable %s = %s, want 2", gpu, q.String())
	}
	if q := a.Status.Allocatable[corev1.ResourcePods]; q.Value() != 110 {
		t.Errorf("node-a allocatable pods = %s, want the default 110", q.String())
	}

	spot := deployment("on-spot", 2, map[string]string{"example.com/pool": "b"})
	spot.Spec.Template.Spec.Tolerations = []corev1.Toleration{{
		Key: "example.com/spot", Operator: corev1.TolerationOpEqual, Value: "true", Effect: corev1.TaintEffectNoSchedule,
	}}
	nowhere := deployment("nowhere", 1, map[string]string{"example.com/pool": "z"})
	for _, d := range []*appsv1.Deployment{spot, nowhere} {
		if _, err := cs.AppsV1().Deployments("default").Create(ctx, d, metav1.CreateOptions{}); err != nil {
			t.Fatalf("creating Deployment %s: %v", d.Name, err)
		}
	}

	waitAvailable(t, cs, "on-spot", 2)
	pods := podsOf(t, cs, "on-spot")
	if len(pods) != 2 {
		t.Errorf("on-spot has %d pods, want 2", len(pods))
	}
	for _, p := range pods {
		if p.Spec.NodeName != "node-b" || p.Status.Phase != corev1.PodRunning {
			t.Errorf("pod %s on %q in phase %s, want Running on node-b", p.Name, p.Spec.NodeName, p.Status.Phase)
		}
	}

	eventually(t, 60*time.Second, func() string {
		pods := podsOf(t, cs, "nowhere")
		if len(pods) == 0 {
			return "no pod yet"
		}
		for _, p := range pods {
			cond := podCondition(p, corev1.PodScheduled)
			if p.Status.Phase != corev1.PodPending || cond == nil ||
				cond.Status != corev1.ConditionFalse || cond.Reason != corev1.PodReasonUnschedulable {
				return fmt.Sprintf("pod %s: phase %s, PodScheduled %+v", p.Name, p.Status.Phase, cond)
			}
		}
		return ""
	})

	// The simulation survives a control-plane outage: after a restart of
	// the API server, a scale-up still gets scheduled and becomes available.
	if err := c.StopAPIServer(); err != nil {
		t.Fatal(err)
	}
	time.Sleep(time.Second)
	if err := c.StartAPIServer(); err != nil {
		t.Fatal(err)
	}
	scale, err := cs.AppsV1().Deployments("default").GetScale(ctx, "on-spot", metav1.GetOptions{})
	if err != nil {
		t.Fatalf("reading the scale of on-spot after the restart: %v", err)
	}
	scale.Spec.Replicas = 3
	if _, err := cs.AppsV1().Deployments("default").UpdateScale(ctx, "on-spot", scale, metav1.UpdateOptions{}); err != nil {
		t.Fatalf("scaling on-spot to 3: %v", err)
	}
	waitAvailable(t, cs, "on-spot", 3)
}

func clientset(t *testing.T, c *kubetest.Cluster) kubernetes.Interface {
	t.Helper()
	cs, err := kubernetes.NewForConfig(c.Config)
	if err != nil {
		t.Fatal(err)
	}
	return cs
}

func deployment(name string, replicas int32, nodeSelector map[string]string) *appsv1.Deployment {
	labels := map[string]string{"app": name}
	return &appsv1.Deployment{
		ObjectMeta: metav1.ObjectMeta{Name: name, Namespace: "default"},
		Spec: appsv1.DeploymentSpec{
			Replicas: &replicas,
			Selector: &metav1.LabelSelector{MatchLabels: labels},
			Strategy: appsv1.DeploymentStrategy{
				Type:          appsv1.RollingUpdateDeploymentStrategyType,
				RollingUpdate: &appsv1.RollingUpdateDeployment{MaxUnavailable: ptr(intstr.FromInt32(0))},
			},
			Template: corev1.PodTemplateSpec{
				ObjectMeta: metav1.ObjectMeta{Labels: labels},
				Spec: corev1.PodSpec{
					NodeSelector: nodeSelector,
					Containers: []corev1.Container{{
						Name:  "app",
						Image: "registry.invalid/app:1", // kwok runs nothing
						Resources: corev1.ResourceRequirements{Requests: corev1.ResourceList{
							corev1.ResourceCPU:    resource.MustParse("100m"),
							corev1.ResourceMemory: resource.MustParse("64Mi"),
						}},
					}},
				},
			},
		},
	}
}

func waitAvailable(t *testing.T, cs kubernetes.Interface, name string, replicas int32) {
	t.Helper()
	eventually(t, 90*time.Second, func() string {
		d, err := cs.AppsV1().Deployments("default").Get(t.Context(), name, metav1.GetOptions{})
		if err != nil {
			return err.Error()
		}
		if d.Status.AvailableReplicas != replicas || d.Status.ObservedGeneration != d.Generation {
			return fmt.Sprintf("Deployment %s: %d/%d available", name, d.Status.AvailableReplicas, replicas)
		}
		return ""
	})
}

func podsOf(t *testing.T, cs kubernetes.Interface, app string) []corev1.Pod {
	t.Helper()
	list, err := cs.CoreV1().Pods("default").List(t.Context(), metav1.ListOptions{LabelSelector: "app=" + app})
	if err != nil {
		t.Fatalf("listing the pods of %s: %v", app, err)
	}
	return list.Items
}

func podCondition(p corev1.Pod, typ corev1.PodConditionType) *corev1.PodCondition {
	for i := range p.Status.Conditions {
		if p.Status.Conditions[i].Type == typ {
			return &p.Status.Conditions[i]
		}
	}
	return nil
}

// eventually polls cond, which returns what is still wrong ("" once
// satisfied), until it is satisfied or timeout passes.
func eventually(t *testing.T, timeout time.Duration, cond func() string) {
	t.Helper()
	deadline := time.Now().Add(timeout)
	for {
		wrong := cond()
		if wrong == "" {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("after %s: %s", timeout, strings.TrimSpace(wrong))
		}
		time.Sleep(200 * time.Millisecond)
	}
}

func ptr[T any](v T) *T { return &v }
