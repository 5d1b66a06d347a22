package render_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/runtime"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

// cloudsPlan places every workload of testdata/clouds in every cluster:
// web 4 replicas of which 2 on spot, ledger 2 on demand, train 1 on spot.
func cloudsPlan() *planner.Plan {
	p := &planner.Plan{APIVersion: planner.APIVersion, Kind: planner.Kind, Status: planner.StatusOptimal}
	for _, c := range []struct{ name, provider, region string }{
		{"aks", "azure", "westeurope"}, {"eks", "aws", "eu-west-1"}, {"gke", "gcp", "europe-west4"},
	} {
		p.Placements = append(p.Placements,
			planner.Placement{Workload: "ledger", Cluster: c.name, Provider: c.provider, Region: c.region, Replicas: 2},
			planner.Placement{Workload: "train", Cluster: c.name, Provider: c.provider, Region: c.region, Replicas: 1, SpotReplicas: 1},
			planner.Placement{Workload: "web", Cluster: c.name, Provider: c.provider, Region: c.region, Replicas: 4, SpotReplicas: 2},
		)
	}
	return p
}

func loadClouds(t *testing.T) *schema.Intent {
	t.Helper()
	inst, err := schema.Load("testdata/clouds")
	if err != nil {
		t.Fatal(err)
	}
	return inst.Intent
}

func renderClouds(t *testing.T) *render.Result {
	t.Helper()
	res, err := render.Render(loadClouds(t), cloudsPlan(), render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// typed finds an object in a cluster set and converts it to its Go type.
func typed[T any](t *testing.T, s *render.ClusterSet, kind, name string) *T {
	t.Helper()
	for _, o := range s.Objects {
		if o.GetKind() == kind && o.GetName() == name {
			var v T
			if err := runtime.DefaultUnstructuredConverter.FromUnstructured(o.Object, &v); err != nil {
				t.Fatal(err)
			}
			return &v
		}
	}
	t.Fatalf("%s: no %s %s", s.Cluster, kind, name)
	return nil
}

func TestClouds(t *testing.T) {
	res := renderClouds(t)
	golden(t, "clouds-golden", res)
	checkTyped(t, res)
}

// TestCloudScheduling asserts each cloud's spot and GPU rules as the
// clouds document their node labels and taints.
func TestCloudScheduling(t *testing.T) {
	res := renderClouds(t)
	gpuToleration := corev1.Toleration{Key: "nvidia.com/gpu", Operator: corev1.TolerationOpExists, Effect: corev1.TaintEffectNoSchedule}
	tests := []struct {
		cluster                    string
		spotSelector, onDemand     map[string]string
		spotTolerations            []corev1.Toleration
		gpuSelector                map[string]string
		gpuInstanceTypes           []string
		lbAnnotation, storageClass string
	}{{
		cluster:      "eks",
		spotSelector: map[string]string{"eks.amazonaws.com/capacityType": "SPOT"},
		onDemand:     map[string]string{"eks.amazonaws.com/capacityType": "ON_DEMAND"},
		gpuSelector: map[string]string{
			"eks.amazonaws.com/capacityType": "SPOT", "eks.amazonaws.com/instance-gpu-name": "a100", "eks.amazonaws.com/instance-gpu-memory": "81920",
		},
		lbAnnotation: "service.beta.kubernetes.io/aws-load-balancer-scheme",
		storageClass: "gp3",
	}, {
		cluster:      "gke",
		spotSelector: map[string]string{"cloud.google.com/gke-spot": "true"},
		spotTolerations: []corev1.Toleration{{
			Key: "cloud.google.com/gke-spot", Operator: corev1.TolerationOpEqual, Value: "true", Effect: corev1.TaintEffectNoSchedule,
		}},
		gpuSelector:  map[string]string{"cloud.google.com/gke-spot": "true", "cloud.google.com/gke-accelerator": "nvidia-a100-80gb"},
		lbAnnotation: "cloud.google.com/l4-rbs",
		storageClass: "standard-rwo",
	}, {
		cluster:      "aks",
		spotSelector: map[string]string{"kubernetes.azure.com/scalesetpriority": "spot"},
		spotTolerations: []corev1.Toleration{{
			Key: "kubernetes.azure.com/scalesetpriority", Operator: corev1.TolerationOpEqual, Value: "spot", Effect: corev1.TaintEffectNoSchedule,
		}},
		gpuSelector:      map[string]string{"kubernetes.azure.com/scalesetpriority": "spot", "kubernetes.azure.com/accelerator": "nvidia"},
		gpuInstanceTypes: []string{"Standard_NC24ads_A100_v4", "Standard_NC48ads_A100_v4", "Standard_NC96ads_A100_v4", "Standard_ND96amsr_A100_v4"},
		storageClass:     "managed-csi",
	}}
	for _, tt := range tests {
		t.Run(tt.cluster, func(t *testing.T) {
			s := res.Cluster(tt.cluster)
			spot := typed[appsv1.Deployment](t, s, "Deployment", "web-spot")
			if diff := cmp.Diff(tt.spotSelector, spot.Spec.Template.Spec.NodeSelector); diff != "" {
				t.Errorf("spot selector (-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(tt.spotTolerations, spot.Spec.Template.Spec.Tolerations); diff != "" {
				t.Errorf("spot tolerations (-want +got):\n%s", diff)
			}
			if *spot.Spec.Replicas != 2 {
				t.Errorf("web-spot replicas %d, want 2", *spot.Spec.Replicas)
			}
			for _, name := range []string{"web", "ledger"} {
				d := typed[appsv1.Deployment](t, s, "Deployment", name)
				if diff := cmp.Diff(tt.onDemand, d.Spec.Template.Spec.NodeSelector); diff != "" {
					t.Errorf("%s: on-demand selector (-want +got):\n%s", name, diff)
				}
				if len(d.Spec.Template.Spec.Tolerations) != 0 {
					t.Errorf("%s: on-demand replicas tolerate %v", name, d.Spec.Template.Spec.Tolerations)
				}
			}
			job := typed[batchv1.Job](t, s, "Job", "train")
			pod := job.Spec.Template.Spec
			if diff := cmp.Diff(tt.gpuSelector, pod.NodeSelector); diff != "" {
				t.Errorf("GPU selector (-want +got):\n%s", diff)
			}
			if !slices.Contains(pod.Tolerations, gpuToleration) {
				t.Errorf("GPU job does not tolerate the GPU taint: %v", pod.Tolerations)
			}
			if got := pod.Containers[0].Resources.Limits["nvidia.com/gpu"]; got.Value() != 2 {
				t.Errorf("GPU limit %v, want 2", got.String())
			}
			var types []string
			if a := pod.Affinity; a != nil {
				types = a.NodeAffinity.RequiredDuringSchedulingIgnoredDuringExecution.NodeSelectorTerms[0].MatchExpressions[0].Values
			}
			if diff := cmp.Diff(tt.gpuInstanceTypes, types); diff != "" {
				t.Errorf("GPU instance types (-want +got):\n%s", diff)
			}

			svc := typed[corev1.Service](t, s, "Service", "web")
			if svc.Spec.Type != corev1.ServiceTypeLoadBalancer {
				t.Errorf("public service type %s", svc.Spec.Type)
			}
			if _, ok := svc.Annotations[tt.lbAnnotation]; tt.lbAnnotation != "" && !ok {
				t.Errorf("load balancer annotations %v lack %s", svc.Annotations, tt.lbAnnotation)
			}
			internal := typed[corev1.Service](t, s, "Service", "ledger")
			if internal.Spec.Type != corev1.ServiceTypeClusterIP {
				t.Errorf("internal service type %s", internal.Spec.Type)
			}
			pvc := typed[corev1.PersistentVolumeClaim](t, s, "PersistentVolumeClaim", "ledger-data")
			if pvc.Spec.StorageClassName == nil || *pvc.Spec.StorageClassName != tt.storageClass {
				t.Errorf("storage class %v, want %s", pvc.Spec.StorageClassName, tt.storageClass)
			}
			if pvc.Namespace != "ledger" {
				t.Errorf("raw object in namespace %q, want its workload's (ledger)", pvc.Namespace)
			}

			hpa := typed[autoscalingv2.HorizontalPodAutoscaler](t, s, "HorizontalPodAutoscaler", "web")
			if hpa.Spec.ScaleTargetRef.Name != "web" || *hpa.Spec.MinReplicas != 2 || hpa.Spec.MaxReplicas != 8 {
				t.Errorf("autoscaler targets %s %d..%d, want web 2..8 (10 less the 2 spot replicas)",
					hpa.Spec.ScaleTargetRef.Name, *hpa.Spec.MinReplicas, hpa.Spec.MaxReplicas)
			}
			ledger := typed[appsv1.Deployment](t, s, "Deployment", "ledger")
			if g := ledger.Spec.Template.Spec.TerminationGracePeriodSeconds; g == nil || *g != 120 {
				t.Errorf("patch not applied: terminationGracePeriodSeconds %v", g)
			}
			web := typed[appsv1.Deployment](t, s, "Deployment", "web")
			env := web.Spec.Template.Spec.Containers[0].Env
			if len(env) != 2 || env[0].Name != "API_TOKEN" || env[0].ValueFrom == nil || env[0].ValueFrom.SecretKeyRef.Name != "web-secrets" || env[0].Value != "" {
				t.Errorf("secret env var rendered as %+v", env)
			}
		})
	}
}

// TestRenderErrors covers intent and plans render refuses, each with an
// error that names the cluster, the workload and what is wrong.
func TestRenderErrors(t *testing.T) {
	tests := []struct {
		name   string
		change func(in *schema.Intent, p *planner.Plan)
		want   string
	}{{
		name: "GPU model a cloud cannot select",
		change: func(in *schema.Intent, _ *planner.Plan) {
			w := in.Workloads["train"]
			w.Resources.GPU = &schema.GPURequest{Model: "L4", Count: 1}
			in.Workloads["train"] = w
		},
		want: "cluster aks: workload train: AKS has no node label for GPU model L4",
	}, {
		name: "patch that matches nothing",
		change: func(in *schema.Intent, _ *planner.Plan) {
			w := in.Workloads["ledger"]
			w.Patches[0].Target.Kind = "Deploymnet"
			in.Workloads["ledger"] = w
		},
		want: "cluster aks: workloads.ledger.patches[0].target: no rendered object is a Deploymnet (kinds rendered: Deployment, PersistentVolumeClaim, PodDisruptionBudget, Service, ServiceAccount)",
	}, {
		name: "raw object colliding with another workload's",
		change: func(in *schema.Intent, _ *planner.Plan) {
			w := in.Workloads["web"]
			w.Objects = append(w.Objects, map[string]any{
				"apiVersion": "v1", "kind": "PersistentVolumeClaim",
				"metadata": map[string]any{"name": "ledger-data", "namespace": "ledger"},
				"spec":     map[string]any{"accessModes": []any{"ReadWriteOnce"}},
			})
			in.Workloads["web"] = w
		},
		want: "cluster aks: workloads.web.objects[0].metadata.name: PersistentVolumeClaim ledger/ledger-data: workload ledger renders the same object",
	}, {
		name: "more spot replicas than replicas",
		change: func(_ *schema.Intent, p *planner.Plan) {
			p.Placements[0].SpotReplicas = 5
		},
		want: "cluster aks: workload ledger: plan gives 2 replicas of which 5 on spot",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, p := loadClouds(t), cloudsPlan()
			tt.change(in, p)
			_, err := render.Render(in, p, render.Options{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got error %v\nwant one containing %q", err, tt.want)
			}
		})
	}
}

func planPlacement(workload, cluster, provider, region string, replicas int) planner.Placement {
	return planner.Placement{Workload: workload, Cluster: cluster, Provider: provider, Region: region, Replicas: replicas}
}
