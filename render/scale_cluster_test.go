package render_test

import (
	"testing"

	"isobar.dev/isobar/internal/testenv/kubetest"
)

// TestWeekServerSideDryRun installs KEDA's ScaledObject CRD, as released
// upstream (internal/testenv/crds), into a real kube-apiserver and has it
// validate every object rendered for a plan with windows of the week —
// ScaledObjects, HorizontalPodAutoscalers and Deployments without replicas
// — by a strict server-side dry-run, then checks that the API server stores
// each ScaledObject's spec as rendered.
func TestWeekServerSideDryRun(t *testing.T) {
	c := kubetest.StartT(t, kubetest.Options{})
	installCRDs(t, c)
	a := newApplier(t, c)
	res := renderWeek(t)
	scaled, objects := 0, 0
	for _, s := range res.Clusters {
		for _, o := range s.Objects {
			if o.GetKind() == "Namespace" {
				if err := a.apply(t.Context(), o, false); err != nil {
					t.Fatalf("%s: Namespace %s: %v", s.Cluster, o.GetName(), err)
				}
			}
		}
		for _, o := range s.Objects {
			objects++
			got, err := a.strictDryRun(t.Context(), o)
			if err != nil {
				t.Errorf("%s: %s %s/%s refused: %v", s.Cluster, o.GetKind(), o.GetNamespace(), o.GetName(), err)
				continue
			}
			if o.GetKind() == "ScaledObject" {
				scaled++
				if !equalJSON(t, o.Object["spec"], got.Object["spec"]) {
					t.Errorf("%s: ScaledObject %s: the API server stores another spec than rendered", s.Cluster, o.GetName())
				}
			}
		}
	}
	if scaled != 3 || objects < 30 {
		t.Errorf("checked %d ScaledObjects, %d objects in all; want 3 and at least 30", scaled, objects)
	}
}
