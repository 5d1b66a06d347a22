package cli

import (
	"maps"
	"testing"

	"github.com/google/go-cmp/cmp"
	rbacv1 "k8s.io/api/rbac/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
)

// kobj makes an object; fields are merged over its identity.
func kobj(apiVersion, kind, ns, name string, fields map[string]any) *unstructured.Unstructured {
	o := &unstructured.Unstructured{Object: maps.Clone(fields)}
	if o.Object == nil {
		o.Object = map[string]any{}
	}
	o.SetAPIVersion(apiVersion)
	o.SetKind(kind)
	o.SetName(name)
	o.SetNamespace(ns)
	return o
}

// TestLeastPrivilegeResources: the RBAC of install --least-privilege names
// resources as the API server does (from the kinds table, not a guess at
// English plurals), and as a CRD of the render declares them; only a kind
// defined elsewhere gets Kubernetes' conventional plural, and is reported.
func TestLeastPrivilegeResources(t *testing.T) {
	objs := []*unstructured.Unstructured{
		kobj("v1", "Endpoints", "web", "api", nil),
		kobj("networking.k8s.io/v1", "NetworkPolicy", "web", "deny", nil),
		kobj("networking.k8s.io/v1", "IngressClass", "", "public", nil),
		kobj("policy/v1", "PodDisruptionBudget", "web", "api", nil),
		kobj("apiextensions.k8s.io/v1", "CustomResourceDefinition", "", "octopi.example.com", map[string]any{"spec": map[string]any{
			"group": "example.com", "scope": "Namespaced", "names": map[string]any{"kind": "Octopus", "plural": "octopi"},
			"versions": []any{map[string]any{"name": "v1", "served": true}},
		}}),
		kobj("example.com/v1", "Octopus", "web", "paul", nil),
		kobj("monitoring.coreos.com/v1", "ServiceMonitor", "web", "api", nil),
	}
	access, guessed := accessOf(objs)
	want := []rbacv1.PolicyRule{
		{APIGroups: []string{""}, Resources: []string{"endpoints"}, Verbs: manage},
		{APIGroups: []string{"example.com"}, Resources: []string{"octopi"}, Verbs: manage},
		{APIGroups: []string{"monitoring.coreos.com"}, Resources: []string{"servicemonitors"}, Verbs: manage},
		{APIGroups: []string{"networking.k8s.io"}, Resources: []string{"networkpolicies"}, Verbs: manage},
		{APIGroups: []string{"policy"}, Resources: []string{"poddisruptionbudgets"}, Verbs: manage},
	}
	if diff := cmp.Diff(want, rulesFor(access.namespaced["web"])); diff != "" {
		t.Errorf("namespaced rules (-want +got):\n%s", diff)
	}
	wantCluster := []rbacv1.PolicyRule{
		{APIGroups: []string{"apiextensions.k8s.io"}, Resources: []string{"customresourcedefinitions"}, Verbs: manage},
		{APIGroups: []string{"networking.k8s.io"}, Resources: []string{"ingressclasses"}, Verbs: manage},
	}
	if diff := cmp.Diff(wantCluster, rulesFor(access.cluster)); diff != "" {
		t.Errorf("cluster rules (-want +got):\n%s", diff)
	}
	wantGuessed := []string{`ServiceMonitor.monitoring.coreos.com is neither built in nor declared by a CustomResourceDefinition of the render: its resource is taken to be "servicemonitors"`}
	if diff := cmp.Diff(wantGuessed, guessed); diff != "" {
		t.Errorf("guessed (-want +got):\n%s", diff)
	}
}
