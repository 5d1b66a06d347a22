package render_test

import (
	"context"
	"strings"
	"testing"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/types"
	"k8s.io/client-go/dynamic"
	"sigs.k8s.io/yaml"

	"isobar.dev/isobar/internal/testenv/crds"
	"isobar.dev/isobar/internal/testenv/kubetest"
	"isobar.dev/isobar/render"
)

// installCRDs creates the upstream CRDs of the DNS controllers in the
// cluster and waits until the API server serves them.
func installCRDs(t *testing.T, c *kubetest.Cluster) {
	t.Helper()
	if err := crds.Install(t.Context(), c.Config); err != nil {
		t.Fatal(err)
	}
}

// strictDryRun applies an object in dry-run mode with strict field
// validation, so that a field the definition does not know is refused
// instead of dropped, and returns what the API server would store.
func (a *applier) strictDryRun(ctx context.Context, o *unstructured.Unstructured) (*unstructured.Unstructured, error) {
	gvk := o.GroupVersionKind()
	m, err := a.mapper.RESTMapping(gvk.GroupKind(), gvk.Version)
	if err != nil {
		return nil, err
	}
	b, err := o.MarshalJSON()
	if err != nil {
		return nil, err
	}
	opts := metav1.PatchOptions{FieldManager: "isobar", Force: new(true), DryRun: []string{metav1.DryRunAll}, FieldValidation: "Strict"}
	var ri dynamic.ResourceInterface = a.dyn.Resource(m.Resource)
	if ns := o.GetNamespace(); ns != "" {
		ri = a.dyn.Resource(m.Resource).Namespace(ns)
	}
	return ri.Patch(ctx, o.GetName(), types.ApplyPatchType, b, opts)
}

// TestTrafficServerSideDryRun installs external-dns's DNSEndpoint CRD and
// k8gb's Gslb CRD, as released upstream, into a real kube-apiserver and has
// it validate every object rendered with either backend — DNSEndpoints,
// Gslbs and the annotated Services included — by a strict server-side
// dry-run, then checks the stored form keeps every rendered field. The
// Ingress each Gslb asks k8gb to create is validated too.
func TestTrafficServerSideDryRun(t *testing.T) {
	c := kubetest.StartT(t, kubetest.Options{})
	installCRDs(t, c)
	a := newApplier(t, c)

	in, plan := trafficFixture(t, "")
	res, err := render.Render(in, plan, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	in8, plan8 := trafficFixture(t, k8gbTraffic)
	res8, err := render.Render(in8, plan8, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	endpoints, gslbs, objects := 0, 0, 0
	for _, r := range []*render.Result{res, res8} {
		for _, s := range r.Clusters {
			for _, o := range s.Objects {
				if o.GetKind() == "Namespace" {
					if err := a.apply(t.Context(), o, false); err != nil && !apierrors.IsConflict(err) {
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
				switch o.GetKind() {
				case "Gslb":
					gslbs++
					if !equalJSON(t, o.Object["spec"], got.Object["spec"]) {
						t.Errorf("%s: Gslb %s: the API server stores another spec than rendered", s.Cluster, o.GetName())
					}
					if _, err := a.strictDryRun(t.Context(), gslbIngress(t, o)); err != nil {
						t.Errorf("%s: the Ingress Gslb %s asks k8gb for is refused: %v", s.Cluster, o.GetName(), err)
					}
				case "DNSEndpoint":
					endpoints++
					want, _, _ := unstructured.NestedSlice(o.Object, "spec", "endpoints")
					stored, _, _ := unstructured.NestedSlice(got.Object, "spec", "endpoints")
					if !equalJSON(t, want, stored) {
						t.Errorf("%s: DNSEndpoint %s: the API server stores other endpoints than rendered", s.Cluster, o.GetName())
					}
				}
			}
		}
	}
	if endpoints != 3 || gslbs < 4 || objects < 30 {
		t.Errorf("checked %d DNSEndpoints, %d Gslbs, %d objects in all", endpoints, gslbs, objects)
	}
}

// gslbIngress is the Ingress k8gb creates from a Gslb's spec.ingress.
func gslbIngress(t *testing.T, g *unstructured.Unstructured) *unstructured.Unstructured {
	t.Helper()
	spec, ok, _ := unstructured.NestedMap(g.Object, "spec", "ingress")
	if !ok {
		t.Fatalf("Gslb %s has no spec.ingress", g.GetName())
	}
	return &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "networking.k8s.io/v1",
		"kind":       "Ingress",
		"metadata":   map[string]any{"name": g.GetName(), "namespace": g.GetNamespace()},
		"spec":       spec,
	}}
}

func equalJSON(t *testing.T, a, b any) bool {
	t.Helper()
	ja, err := yaml.Marshal(a)
	if err != nil {
		t.Fatal(err)
	}
	jb, err := yaml.Marshal(b)
	if err != nil {
		t.Fatal(err)
	}
	return strings.TrimSpace(string(ja)) == strings.TrimSpace(string(jb))
}
