package render_test

import (
	"testing"

	appsv1 "k8s.io/api/apps/v1"
	autoscalingv2 "k8s.io/api/autoscaling/v2"
	batchv1 "k8s.io/api/batch/v1"
	corev1 "k8s.io/api/core/v1"
	policyv1 "k8s.io/api/policy/v1"
	"k8s.io/apimachinery/pkg/runtime"
	kjson "k8s.io/apimachinery/pkg/runtime/serializer/json"

	"isobar.dev/isobar/render"
)

// typedScheme knows every kind render writes itself.
func typedScheme(t *testing.T) *runtime.Scheme {
	t.Helper()
	s := runtime.NewScheme()
	for _, add := range []func(*runtime.Scheme) error{
		corev1.AddToScheme, appsv1.AddToScheme, batchv1.AddToScheme, policyv1.AddToScheme, autoscalingv2.AddToScheme,
	} {
		if err := add(s); err != nil {
			t.Fatal(err)
		}
	}
	return s
}

// checkTyped decodes every object of a known kind strictly into its Go
// type: an unknown or misspelt field, a wrong type or a duplicate key
// fails. (The integration tests also ask a real API server.)
func checkTyped(t *testing.T, res *render.Result) {
	t.Helper()
	s := typedScheme(t)
	strict := kjson.NewSerializerWithOptions(kjson.DefaultMetaFactory, s, s, kjson.SerializerOptions{Yaml: true, Strict: true})
	for _, set := range res.Clusters {
		files, err := set.Files()
		if err != nil {
			t.Fatal(err)
		}
		for i, f := range files {
			obj, got, err := strict.Decode(f.Data, nil, nil)
			if runtime.IsNotRegisteredError(err) {
				continue // a raw object of a kind outside the built-in set
			}
			if err != nil {
				t.Errorf("%s/%s: %v", set.Cluster, files[i].Path, err)
				continue
			}
			if got.Kind == "" || obj == nil {
				t.Errorf("%s/%s: decoded to nothing", set.Cluster, f.Path)
			}
		}
	}
}
