package render_test

import (
	"bytes"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

// weekPlan is cloudsPlan with four windows of the week. In eks web runs
// 1+1 (on demand + spot) at night, 2+2 in office hours, 1+0 in the
// evening and not at all from Tuesday to Sunday; ledger 1, 2, 1, 1. In
// gke web keeps the static plan's 2+2 all week. aks follows eks, and its
// fleet entry says it has no KEDA.
func weekPlan() *planner.Plan {
	p := cloudsPlan()
	win := func(name string, start, hours int, ps ...planner.WindowPlacement) planner.Window {
		return planner.Window{Name: name, StartHour: start, Hours: hours, Placements: ps}
	}
	wp := func(w, c string, n, spot int) planner.WindowPlacement {
		return planner.WindowPlacement{Workload: w, Cluster: c, Replicas: n, SpotReplicas: spot}
	}
	gke := wp("web", "gke", 4, 2)
	p.Week = &planner.Week{Reference: "2026-01-05", Windows: []planner.Window{
		win("Mon 00:00–08:00 UTC", 0, 8, wp("ledger", "eks", 1, 0), wp("web", "eks", 2, 1), wp("web", "aks", 2, 1), gke),
		win("Mon 08:00–18:00 UTC", 8, 10, wp("ledger", "eks", 2, 0), wp("web", "eks", 4, 2), wp("web", "aks", 4, 2), gke),
		win("Mon 18:00–24:00 UTC", 18, 6, wp("ledger", "eks", 1, 0), wp("web", "eks", 1, 0), wp("web", "aks", 1, 0), gke),
		win("Tue 00:00–Mon 00:00 UTC", 24, 144, wp("ledger", "eks", 1, 0), gke),
	}}
	return p
}

// loadWeekClouds is testdata/clouds with aks on HorizontalPodAutoscalers
// and a lead of 90 seconds (two minutes in cron's resolution).
func loadWeekClouds(t *testing.T) *schema.Intent {
	t.Helper()
	in := loadClouds(t)
	aks := in.Fleet["aks"]
	aks.Autoscaling = schema.AutoscalingHPA
	in.Fleet["aks"] = aks
	in.Planning.Windows.Lead = "90s"
	return in
}

func renderWeek(t *testing.T) *render.Result {
	t.Helper()
	res, err := render.Render(loadWeekClouds(t), weekPlan(), render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func find(s *render.ClusterSet, kind, name string) *unstructured.Unstructured {
	for _, o := range s.Objects {
		if o.GetKind() == kind && o.GetName() == name {
			return o
		}
	}
	return nil
}

func cronTrigger(start, end, replicas string) map[string]any {
	return map[string]any{"type": "cron", "metadata": map[string]any{
		"timezone": "UTC", "start": start, "end": end, "desiredReplicas": replicas,
	}}
}

// TestWeekScaledObjects checks the ScaledObjects of a cluster with KEDA:
// one cron trigger per run of windows above the week's lowest count,
// starting the lead early (wrapping from Monday back to Sunday) and ending
// when the next window starts; the bounds; the CPU trigger the workload's
// own autoscaling adds; and Deployments left to the autoscaler.
func TestWeekScaledObjects(t *testing.T) {
	res := renderWeek(t)
	eks := res.Cluster("eks")
	tests := []struct {
		name     string
		min, max int64
		triggers []any
	}{{
		name: "web", min: 0, max: 8, // autoscaling.maxReplicas 10, less the 2 spot replicas of the static plan
		triggers: []any{
			cronTrigger("58 7 * * 1", "0 18 * * 1", "2"),
			cronTrigger("58 17 * * 1", "0 0 * * 2", "1"),
			cronTrigger("58 23 * * 0", "0 8 * * 1", "1"),
			map[string]any{"type": "cpu", "metricType": "Utilization", "metadata": map[string]any{"value": "80"}},
		},
	}, {
		name: "web-spot", min: 0, max: 2,
		triggers: []any{
			cronTrigger("58 7 * * 1", "0 18 * * 1", "2"),
			cronTrigger("58 23 * * 0", "0 8 * * 1", "1"),
		},
	}, {
		name: "ledger", min: 1, max: 2,
		triggers: []any{cronTrigger("58 7 * * 1", "0 18 * * 1", "2")},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			so := find(eks, "ScaledObject", tt.name)
			if so == nil {
				t.Fatalf("eks has no ScaledObject %s", tt.name)
			}
			if so.GetAPIVersion() != "keda.sh/v1alpha1" || so.GetNamespace() == "" {
				t.Errorf("ScaledObject %s: apiVersion %s, namespace %q", tt.name, so.GetAPIVersion(), so.GetNamespace())
			}
			want := map[string]any{
				"scaleTargetRef":  map[string]any{"apiVersion": "apps/v1", "kind": "Deployment", "name": tt.name},
				"minReplicaCount": tt.min,
				"maxReplicaCount": tt.max,
				"triggers":        tt.triggers,
			}
			if diff := cmp.Diff(want, so.Object["spec"]); diff != "" {
				t.Errorf("ScaledObject %s spec (-want +got):\n%s", tt.name, diff)
			}
			d := typed[appsv1.Deployment](t, eks, "Deployment", tt.name)
			if d.Spec.Replicas != nil {
				t.Errorf("Deployment %s sets %d replicas: the ScaledObject's to set", tt.name, *d.Spec.Replicas)
			}
			if got := d.Annotations[render.AnnotationPeakReplicas]; got != map[string]string{"web": "2", "web-spot": "2", "ledger": "2"}[tt.name] {
				t.Errorf("Deployment %s: %s = %q", tt.name, render.AnnotationPeakReplicas, got)
			}
		})
	}
	if hpa := find(eks, "HorizontalPodAutoscaler", "web"); hpa != nil {
		t.Errorf("eks has both a ScaledObject and a HorizontalPodAutoscaler for web")
	}

	// gke keeps the static plan all week: no ScaledObject, the workload's
	// own autoscaler, Deployments with their replicas.
	gke := res.Cluster("gke")
	if so := find(gke, "ScaledObject", "web"); so != nil {
		t.Errorf("gke has a ScaledObject for web, whose count never changes")
	}
	if d := typed[appsv1.Deployment](t, gke, "Deployment", "web"); d.Spec.Replicas == nil || *d.Spec.Replicas != 2 {
		t.Errorf("gke Deployment web replicas %v, want 2", d.Spec.Replicas)
	}
	if hpa := typed[autoscalingv2.HorizontalPodAutoscaler](t, gke, "HorizontalPodAutoscaler", "web"); hpa.Spec.ScaleTargetRef.Name != "web" {
		t.Errorf("gke HorizontalPodAutoscaler web scales %s", hpa.Spec.ScaleTargetRef.Name)
	}
	// Not in any window: ledger runs no replica in gke all week.
	if d := typed[appsv1.Deployment](t, gke, "Deployment", "ledger"); d.Spec.Replicas == nil || *d.Spec.Replicas != 0 {
		t.Errorf("gke Deployment ledger replicas %v, want 0 (no window places it)", d.Spec.Replicas)
	}
}

// TestWeekHPA checks a cluster without KEDA: a HorizontalPodAutoscaler per
// Deployment, from the week's lowest count (at least one) to the static
// plan's (or the workload's autoscaling maximum), on CPU.
func TestWeekHPA(t *testing.T) {
	aks := renderWeek(t).Cluster("aks")
	for _, o := range aks.Objects {
		if o.GetKind() == "ScaledObject" {
			t.Errorf("aks (autoscaling: hpa) has ScaledObject %s", o.GetName())
		}
	}
	tests := []struct {
		name     string
		min, max int32
		cpu      int32
	}{
		{name: "web", min: 1, max: 8, cpu: 80},
		{name: "web-spot", min: 1, max: 2, cpu: render.DefaultTargetCPUPercent},
	}
	for _, tt := range tests {
		h := typed[autoscalingv2.HorizontalPodAutoscaler](t, aks, "HorizontalPodAutoscaler", tt.name)
		got := []any{h.Spec.ScaleTargetRef.Name, *h.Spec.MinReplicas, h.Spec.MaxReplicas, *h.Spec.Metrics[0].Resource.Target.AverageUtilization}
		if diff := cmp.Diff([]any{tt.name, tt.min, tt.max, tt.cpu}, got); diff != "" {
			t.Errorf("HorizontalPodAutoscaler %s: target, min, max, CPU %% (-want +got):\n%s", tt.name, diff)
		}
		if d := typed[appsv1.Deployment](t, aks, "Deployment", tt.name); d.Spec.Replicas != nil {
			t.Errorf("Deployment %s sets %d replicas: the autoscaler's to set", tt.name, *d.Spec.Replicas)
		}
	}
}

// TestWeekOneAutoscalerPerTarget checks, in every cluster, that no
// Deployment is the target of two autoscalers, and that every autoscaler
// targets a rendered Deployment.
func TestWeekOneAutoscalerPerTarget(t *testing.T) {
	for _, s := range renderWeek(t).Clusters {
		targets := map[string]string{}
		for _, o := range s.Objects {
			switch o.GetKind() {
			case "ScaledObject", "HorizontalPodAutoscaler":
			default:
				continue
			}
			name, _, _ := unstructured.NestedString(o.Object, "spec", "scaleTargetRef", "name")
			key := o.GetNamespace() + "/" + name
			if other, dup := targets[key]; dup {
				t.Errorf("%s: Deployment %s is scaled by %s and by %s %s", s.Cluster, key, other, o.GetKind(), o.GetName())
			}
			targets[key] = o.GetKind() + " " + o.GetName()
			if find(s, "Deployment", name) == nil {
				t.Errorf("%s: %s %s scales Deployment %s, which is not rendered", s.Cluster, o.GetKind(), o.GetName(), name)
			}
		}
	}
}

// TestWeekDeterministic renders the same plan twice, once with the
// windows' placements in another order, and compares the files.
func TestWeekDeterministic(t *testing.T) {
	a := renderWeek(t)
	p := weekPlan()
	for i := range p.Week.Windows {
		ps := p.Week.Windows[i].Placements
		for l, r := 0, len(ps)-1; l < r; l, r = l+1, r-1 {
			ps[l], ps[r] = ps[r], ps[l]
		}
	}
	b, err := render.Render(loadWeekClouds(t), p, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, s := range a.Clusters {
		if x, y := concat(t, s), concat(t, b.Clusters[i]); !bytes.Equal(x, y) {
			t.Errorf("%s: two renders of one week differ:\n%s", s.Cluster, cmp.Diff(string(x), string(y)))
		}
	}
}

// TestWeekErrors checks that a week that does not fit the plan or the
// intent is refused with what is wrong and where.
func TestWeekErrors(t *testing.T) {
	tests := []struct {
		name string
		edit func(in *schema.Intent, p *planner.Plan)
		want string
	}{{
		name: "gap between windows",
		edit: func(_ *schema.Intent, p *planner.Plan) { p.Week.Windows[1].StartHour = 9 },
		want: "plan.week.windows[1] (Mon 08:00–18:00 UTC) starts at hour 9 and lasts 10 hours; want a window starting at hour 8",
	}, {
		name: "short week",
		edit: func(_ *schema.Intent, p *planner.Plan) { p.Week.Windows[3].Hours = 100 },
		want: "plan.week.windows cover 124 hours, want 168 (a week)",
	}, {
		name: "window on a cluster the static plan leaves out",
		edit: func(_ *schema.Intent, p *planner.Plan) {
			p.Placements = p.Placements[:len(p.Placements)-1] // web on gke
		},
		want: "plan.week.windows[0].placements[3]: web on gke, where the static plan does not place it",
	}, {
		name: "more spot than replicas",
		edit: func(_ *schema.Intent, p *planner.Plan) { p.Week.Windows[2].Placements[1].SpotReplicas = 3 },
		want: "plan.week.windows[2].placements[1]: web on eks has 1 replicas of which 3 on spot",
	}, {
		name: "lead longer than the week allows",
		edit: func(in *schema.Intent, _ *planner.Plan) { in.Planning.Windows.Lead = "170h" },
		want: "cluster eks: workload ledger: ledger: the run of 2 replicas from Mon 08:00–18:00 UTC lasts 10 hours: with a lead of 10200 minutes it would never end",
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, p := loadWeekClouds(t), weekPlan()
			tt.edit(in, p)
			_, err := render.Render(in, p, render.Options{})
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("got error %v\nwant one containing %q", err, tt.want)
			}
		})
	}
}

// TestWeekGolden pins the render of the week, cluster by cluster, in
// testdata/clouds-week (go test ./render -run TestWeekGolden -update).
func TestWeekGolden(t *testing.T) {
	golden(t, "clouds-week", renderWeek(t))
}
