package kinds

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

func TestBuiltinLookups(t *testing.T) {
	tests := []struct {
		group, kind, resource string
		namespaced            bool
	}{
		{"", "Endpoints", "endpoints", true},
		{"", "Namespace", "namespaces", false},
		{"networking.k8s.io", "NetworkPolicy", "networkpolicies", true},
		{"networking.k8s.io", "IngressClass", "ingressclasses", false},
		{"flowcontrol.apiserver.k8s.io", "FlowSchema", "flowschemas", false},
		{"certificates.k8s.io", "CertificateSigningRequest", "certificatesigningrequests", false},
		{"rbac.authorization.k8s.io", "ClusterRoleBinding", "clusterrolebindings", false},
		{"policy", "PodDisruptionBudget", "poddisruptionbudgets", true},
		{"autoscaling", "HorizontalPodAutoscaler", "horizontalpodautoscalers", true},
	}
	for _, tt := range tests {
		gk := schema.GroupKind{Group: tt.group, Kind: tt.kind}
		res, ok := Builtin().Resource(gk)
		if !ok || res != tt.resource {
			t.Errorf("%v: resource %q %v, want %q", gk, res, ok, tt.resource)
		}
		if ns, known := Builtin().Namespaced(gk); !known || ns != tt.namespaced {
			t.Errorf("%v: namespaced %v (known %v), want %v", gk, ns, known, tt.namespaced)
		}
	}
	info, _ := Builtin().Lookup(schema.GroupKind{Group: "autoscaling", Kind: "HorizontalPodAutoscaler"})
	if diff := cmp.Diff([]string{"v2", "v1"}, info.Versions); diff != "" {
		t.Errorf("HorizontalPodAutoscaler versions, most preferred first (-want +got):\n%s", diff)
	}
	if _, ok := Builtin().Lookup(schema.GroupKind{Group: "monitoring.coreos.com", Kind: "ServiceMonitor"}); ok {
		t.Error("a custom kind is in the built-in table")
	}
}

func crd(group, kind, plural, scope string) map[string]any {
	return map[string]any{
		"apiVersion": "apiextensions.k8s.io/v1", "kind": "CustomResourceDefinition",
		"metadata": map[string]any{"name": plural + "." + group},
		"spec": map[string]any{"group": group, "scope": scope,
			"names":    map[string]any{"kind": kind, "plural": plural},
			"versions": []any{map[string]any{"name": "v1", "served": true}, map[string]any{"name": "v1beta1", "served": false}}},
	}
}

func TestWithCRDs(t *testing.T) {
	tab := Builtin().WithCRDs([]map[string]any{
		crd("cert-manager.io", "ClusterIssuer", "clusterissuers", "Cluster"),
		crd("example.com", "Octopus", "octopi", "Namespaced"),
		crd("apps", "Deployment", "deploys", "Cluster"), // may not redefine a built-in group
	})
	if res, _ := tab.Resource(schema.GroupKind{Group: "example.com", Kind: "Octopus"}); res != "octopi" {
		t.Errorf("CRD plural: %q", res)
	}
	if ns, known := tab.Namespaced(schema.GroupKind{Group: "cert-manager.io", Kind: "ClusterIssuer"}); !known || ns {
		t.Errorf("ClusterIssuer namespaced %v known %v", ns, known)
	}
	info, _ := tab.Lookup(schema.GroupKind{Group: "example.com", Kind: "Octopus"})
	if diff := cmp.Diff([]string{"v1"}, info.Versions); diff != "" || info.Builtin {
		t.Errorf("served versions (-want +got):\n%s builtin %v", diff, info.Builtin)
	}
	if ns, _ := tab.Namespaced(schema.GroupKind{Group: "apps", Kind: "Deployment"}); !ns {
		t.Error("a CRD redefined apps Deployment")
	}
	if _, ok := Builtin().Lookup(schema.GroupKind{Group: "example.com", Kind: "Octopus"}); ok {
		t.Error("WithCRDs changed the built-in table")
	}
}

func obj(apiVersion, kind, ns, name string) map[string]any {
	md := map[string]any{"name": name}
	if ns != "" {
		md["namespace"] = ns
	}
	return map[string]any{"apiVersion": apiVersion, "kind": kind, "metadata": md}
}

func TestCheckIdentity(t *testing.T) {
	with := func(o map[string]any, f func(m map[string]any)) map[string]any { f(o); return o }
	tests := []struct {
		name string
		obj  map[string]any
		want []string // "field: message" of each problem; none: valid
	}{
		{name: "ConfigMap", obj: obj("v1", "ConfigMap", "shop", "settings")},
		{name: "custom resource of a group defined elsewhere", obj: obj("monitoring.coreos.com/v1", "ServiceMonitor", "", "web")},
		{name: "RBAC name with a colon", obj: obj("rbac.authorization.k8s.io/v1", "ClusterRole", "", "acme:reader")},
		{name: "CRD named after its plural and group", obj: crd("example.com", "Octopus", "octopi", "Namespaced")},
		{name: "no apiVersion", obj: with(obj("v1", "ConfigMap", "shop", "a"), func(m map[string]any) { delete(m, "apiVersion") }),
			want: []string{"apiVersion: apiVersion is missing"}},
		{name: "apiVersion a number", obj: with(obj("v1", "ConfigMap", "shop", "a"), func(m map[string]any) { m["apiVersion"] = int64(1) }),
			want: []string{"apiVersion: apiVersion is a number, not a string"}},
		{name: "two slashes", obj: obj("apps/v1/x", "Deployment", "shop", "a"),
			want: []string{`apiVersion: invalid apiVersion "apps/v1/x": more than one "/"`}},
		{name: "core written as a group", obj: obj("core/v1", "ConfigMap", "shop", "a"),
			want: []string{`apiVersion: invalid apiVersion "core/v1": the core group is written without a group, "v1"`}},
		{name: "group without a dot", obj: obj("widgets/v1", "Widget", "shop", "a"),
			want: []string{`apiVersion: invalid apiVersion "widgets/v1": "widgets" is neither an API group of Kubernetes v1.37.2 nor a custom resource group (those contain a dot)`}},
		{name: "unserved version", obj: obj("apps/v1beta1", "Deployment", "shop", "a"),
			want: []string{`apiVersion: Deployment is not served as apps/v1beta1`}},
		{name: "unknown built-in kind", obj: obj("v1", "Deploymnet", "shop", "a"),
			want: []string{"kind: the core API group (v1) does not serve kind Deploymnet (Kubernetes v1.37.2)"}},
		{name: "kind that cannot be applied", obj: obj("authentication.k8s.io/v1", "TokenReview", "", "a"),
			want: []string{"kind: TokenReview cannot be applied: its API supports only create"}},
		{name: "lower-case kind", obj: obj("v1", "configMap", "shop", "a"),
			want: []string{`kind: invalid kind "configMap"`}},
		{name: "a List", obj: with(obj("v1", "List", "shop", "a"), func(m map[string]any) { m["items"] = []any{} }),
			want: []string{"kind: List is a list of objects, not an object: declare each item as an object of its own"}},
		{name: "no metadata", obj: map[string]any{"apiVersion": "v1", "kind": "ConfigMap"},
			want: []string{"metadata: metadata is missing"}},
		{name: "no name", obj: obj("v1", "ConfigMap", "shop", ""),
			want: []string{"metadata.name: metadata.name is empty"}},
		{name: "name escaping a folder", obj: obj("v1", "ConfigMap", "shop", "../../etc"),
			want: []string{`metadata.name: invalid name "../../etc" for a ConfigMap`}},
		{name: "Service name starting with a digit", obj: obj("v1", "Service", "shop", "1api"),
			want: []string{`metadata.name: invalid name "1api" for a Service`}},
		{name: "Namespace name with a dot", obj: obj("v1", "Namespace", "", "a.b"),
			want: []string{`metadata.name: invalid name "a.b" for a Namespace`}},
		{name: "RBAC name with a slash", obj: obj("rbac.authorization.k8s.io/v1", "Role", "shop", "a/b"),
			want: []string{`metadata.name: invalid name "a/b" for a Role`}},
		{name: "CronJob name too long", obj: obj("batch/v1", "CronJob", "shop", strings.Repeat("a", 53)),
			want: []string{`metadata.name: invalid name "` + strings.Repeat("a", 53) + `" for a CronJob`}},
		{name: "namespaced kind without namespace", obj: obj("apps/v1", "Deployment", "", "a"),
			want: []string{"metadata.namespace: Deployment is namespaced, but metadata.namespace is missing"}},
		{name: "cluster-scoped kind with a namespace", obj: obj("rbac.authorization.k8s.io/v1", "ClusterRoleBinding", "shop", "a"),
			want: []string{`metadata.namespace: ClusterRoleBinding is cluster-scoped, but metadata.namespace is "shop"`}},
		{name: "invalid namespace", obj: obj("v1", "ConfigMap", "../etc", "a"),
			want: []string{`metadata.namespace: invalid namespace "../etc"`}},
		{name: "server fields", obj: with(obj("v1", "ConfigMap", "shop", "a"), func(m map[string]any) {
			md := m["metadata"].(map[string]any)
			md["resourceVersion"], md["uid"], md["generateName"] = "1", "x", "a-"
		}), want: []string{"metadata.generateName: metadata.generateName is set: objects are applied by name",
			"metadata.uid: metadata.uid is set by the API server; remove it",
			"metadata.resourceVersion: metadata.resourceVersion is set by the API server; remove it"}},
		{name: "labels", obj: with(obj("v1", "ConfigMap", "shop", "a"), func(m map[string]any) {
			m["metadata"].(map[string]any)["labels"] = map[string]any{"bad key!": "x", "ok": "bad value!", "n": int64(1)}
		}), want: []string{`metadata.labels["bad key!"]: invalid label key "bad key!"`, "metadata.labels.n: the value is a number, not a string",
			"metadata.labels.ok: invalid label value"}},
		{name: "CRD of a built-in group", obj: with(crd("apps", "Deployment", "deployments", "Namespaced"), func(m map[string]any) {}),
			want: []string{`spec.group: "apps" is an API group of Kubernetes itself`}},
		{name: "CRD misnamed", obj: with(crd("example.com", "Octopus", "octopi", "Sometimes"), func(m map[string]any) {
			m["metadata"].(map[string]any)["name"] = "octopus.example.com"
		}), want: []string{`spec.scope: invalid scope "Sometimes"`, `metadata.name: a CustomResourceDefinition is named after its plural and group, not "octopus.example.com"`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range Builtin().CheckIdentity(tt.obj) {
				got = append(got, FieldString(p.Field)+": "+p.Message)
				if p.Expected == "" {
					t.Errorf("%s: no expectation", p)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}
