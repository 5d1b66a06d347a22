package render_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/render"
)

// TestSpotStandInAnnotations: a service with spot replicas gets its
// on-demand Deployment (at 0 replicas when all of them are spot),
// annotated with the stand-ins its budgets pay for; a tighter budget pays
// for fewer and is named.
func TestSpotStandInAnnotations(t *testing.T) {
	in, plan := example(t, "three-clouds")
	onDemand := func(res *render.Result, cluster string) (replicas int64, ann map[string]string) {
		t.Helper()
		for _, o := range res.Cluster(cluster).Objects {
			if o.GetKind() == "Deployment" && o.GetNamespace() == "web" && o.GetName() == "storefront" {
				n, _, _ := unstructured.NestedInt64(o.Object, "spec", "replicas")
				ann := map[string]string{}
				for k, v := range o.GetAnnotations() {
					if k != render.AnnotationDataClasses {
						ann[k] = v
					}
				}
				return n, ann
			}
		}
		t.Fatalf("%s: no on-demand Deployment web/storefront", cluster)
		return 0, nil
	}
	res, err := render.Render(in, plan, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	n, ann := onDemand(res, "gcp-europe-west4")
	want := map[string]string{render.AnnotationSpotStandIns: "2", render.AnnotationSpotStandInCost: "10.01"}
	if diff := cmp.Diff(want, ann); n != 0 || diff != "" {
		t.Errorf("no budget: %d replicas, annotations (-want +got):\n%s", n, diff)
	}

	// storefront spends $11.64 a month; $30 more, shared by its four spot
	// replicas, pays for one stand-in in each of its clusters.
	in.Budgets.Teams = map[string]float64{"web": 41.64}
	if res, err = render.Render(in, plan, render.Options{}); err != nil {
		t.Fatal(err)
	}
	for cluster, cost := range map[string]string{"gcp-europe-west4": "10.01", "azure-eastus": "11.51"} {
		_, ann := onDemand(res, cluster)
		want := map[string]string{render.AnnotationSpotStandIns: "1", render.AnnotationSpotStandInCost: cost, render.AnnotationSpotStandInLimit: "budgets.teams.web"}
		if diff := cmp.Diff(want, ann); diff != "" {
			t.Errorf("%s with a team budget: annotations (-want +got):\n%s", cluster, diff)
		}
	}
	// Nothing on spot, nothing annotated: accounts runs on demand only.
	for _, o := range res.Cluster("gcp-europe-west4").Objects {
		if o.GetName() == "accounts" && o.GetAnnotations()[render.AnnotationSpotStandIns] != "" {
			t.Errorf("%s/%s is annotated with stand-ins", o.GetKind(), o.GetName())
		}
	}
}
