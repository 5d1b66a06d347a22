package render_test

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

func patch(kind, name string, p map[string]any) schema.Patch {
	var s schema.Patch
	s.Target.Kind, s.Target.Name, s.Patch = kind, name, p
	return s
}

func md(fields map[string]any) map[string]any { return map[string]any{"metadata": fields} }

// TestPatchedIdentity: a patch may change an object's name, namespace,
// kind or apiVersion; after every patch the object must still be one the
// API server accepts, or the patch is named as at fault, with its field.
// Check (vet) and Render say the same.
func TestPatchedIdentity(t *testing.T) {
	settings := map[string]any{"apiVersion": "v1", "kind": "ConfigMap", "metadata": map[string]any{"name": "settings"}, "data": map[string]any{"k": "v"}}
	tests := []struct {
		name    string
		objects []map[string]any
		patches []schema.Patch
		want    []string // Problem strings without the cluster
	}{{
		name:    "a patch renaming within the rules",
		patches: []schema.Patch{patch("Service", "", md(map[string]any{"name": "ledger-v2"}))},
	}, {
		name:    "a patch removing the name",
		patches: []schema.Patch{patch("Service", "", md(map[string]any{"name": nil}))},
		want:    []string{"workloads.ledger.patches[0].patch.metadata.name: Service ledger/ledger: metadata.name is missing (expected a name)"},
	}, {
		name:    "a name that would leave the output folder",
		patches: []schema.Patch{patch("PersistentVolumeClaim", "", md(map[string]any{"name": "../../../../tmp/x"}))},
		want: []string{`workloads.ledger.patches[0].patch.metadata.name: PersistentVolumeClaim ledger/ledger-data: invalid name "../../../../tmp/x" for a PersistentVolumeClaim` +
			` (expected a DNS-1123 subdomain: at most 253 lower-case letters, digits, "-" and ".", starting and ending with a letter or digit)`},
	}, {
		name:    "a namespace that is not one",
		patches: []schema.Patch{patch("Deployment", "", md(map[string]any{"namespace": "a/../b"}))},
		want: []string{`workloads.ledger.patches[0].patch.metadata.namespace: Deployment ledger/ledger: invalid namespace "a/../b"` +
			` (expected a namespace: a DNS-1123 label: at most 63 lower-case letters, digits and "-", starting and ending with a letter or digit)`},
	}, {
		name:    "a namespace removed from a namespaced kind",
		patches: []schema.Patch{patch("Deployment", "", md(map[string]any{"namespace": nil}))},
		want: []string{`workloads.ledger.patches[0].patch.metadata.namespace: Deployment ledger/ledger: Deployment is namespaced, but metadata.namespace is missing` +
			` (expected a namespace: a DNS-1123 label: at most 63 lower-case letters, digits and "-", starting and ending with a letter or digit)`},
	}, {
		name:    "a kind turned into a list",
		patches: []schema.Patch{patch("ServiceAccount", "", map[string]any{"kind": "List", "items": []any{}})},
		want:    []string{"workloads.ledger.patches[0].patch.kind: ServiceAccount ledger/ledger: List is a list of objects, not an object: declare each item as an object of its own (expected one object, not a list)"},
	}, {
		name:    "an apiVersion that is not one",
		patches: []schema.Patch{patch("PodDisruptionBudget", "", map[string]any{"apiVersion": "policy/v1/../../x"})},
		want: []string{`workloads.ledger.patches[0].patch.apiVersion: PodDisruptionBudget ledger/ledger: invalid apiVersion "policy/v1/../../x": more than one "/"` +
			` (expected an API group and version: "v1" for the core group, "<group>/<version>" otherwise ("apps/v1"))`},
	}, {
		name:    "a namespaced kind made cluster-scoped keeps its namespace",
		patches: []schema.Patch{patch("ServiceAccount", "", map[string]any{"kind": "Namespace"})},
		want:    []string{`workloads.ledger.patches[0].patch.kind: ServiceAccount ledger/ledger: Namespace is cluster-scoped, but metadata.namespace is "ledger" (expected no metadata.namespace)`},
	}, {
		name:    "a rename by one patch, then a bad patch of the new name",
		patches: []schema.Patch{patch("Service", "ledger", md(map[string]any{"name": "api"})), patch("Service", "api", md(map[string]any{"namespace": "-x-"}))},
		want: []string{`workloads.ledger.patches[1].patch.metadata.namespace: Service ledger/api: invalid namespace "-x-"` +
			` (expected a namespace: a DNS-1123 label: at most 63 lower-case letters, digits and "-", starting and ending with a letter or digit)`},
	}, {
		name:    "a ConfigMap patched into a ClusterRoleBinding to cluster-admin",
		objects: []map[string]any{settings},
		patches: []schema.Patch{patch("ConfigMap", "settings", map[string]any{
			"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding", "metadata": map[string]any{"namespace": nil}, "data": nil,
			"roleRef":  map[string]any{"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin"},
			"subjects": []any{map[string]any{"kind": "ServiceAccount", "name": "ledger", "namespace": "ledger"}},
		})},
		want: []string{"workloads.ledger.patches[0].patch.roleRef.name: ClusterRoleBinding settings: policy: binds cluster-admin (expected a narrower role, or policy.allow.clusterAdmin: true)"},
	}, {
		name:    "a Deployment moved into kube-system",
		patches: []schema.Patch{patch("Deployment", "", md(map[string]any{"namespace": "kube-system"}))},
		want: []string{`workloads.ledger.patches[0].patch.metadata.namespace: Deployment kube-system/ledger: policy: namespace kube-system belongs to Kubernetes itself` +
			` (expected a namespace of your own, or "kube-system" in policy.allow.namespaces)`},
	}, {
		name:    "a raw object of a kind the core group does not serve",
		objects: []map[string]any{{"apiVersion": "v1", "kind": "Deploymnet", "metadata": map[string]any{"name": "x"}}},
		want: []string{"workloads.ledger.objects[1].kind: Deploymnet ledger/x: the core API group (v1) does not serve kind Deploymnet (Kubernetes v1.37.2)" +
			" (expected a kind of the core API group (v1): Binding, ComponentStatus, ConfigMap, Endpoints, Event, LimitRange, Namespace, Node, PersistentVolume, PersistentVolumeClaim, Pod, PodTemplate, ReplicationController, ResourceQuota, Secret, Service, ServiceAccount)"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := loadClouds(t)
			w := in.Workloads["ledger"]
			w.Objects = append(w.Objects, tt.objects...)
			w.Patches = append(w.Patches, tt.patches...)
			w.Patches = w.Patches[1:] // the fixture's own patch is covered elsewhere
			in.Workloads["ledger"] = w

			if got := problems(t, render.Check(in)); !cmp.Equal(tt.want, got) {
				t.Errorf("Check (-want +got):\n%s", cmp.Diff(tt.want, got))
			}
			res, err := render.Render(in, cloudsPlan(), render.Options{})
			got := problems(t, err)
			if !cmp.Equal(tt.want, got) {
				t.Errorf("Render (-want +got):\n%s", cmp.Diff(tt.want, got))
			}
			if len(tt.want) == 0 {
				checkRendered(t, in, res)
			}
		})
	}
}

// problems returns the problems of err without their cluster, failing on
// any other error.
func problems(t *testing.T, err error) []string {
	t.Helper()
	if err == nil {
		return nil
	}
	var ps render.Problems
	if !errors.As(err, &ps) {
		t.Fatalf("got %v, want Problems", err)
	}
	var out []string
	for _, p := range ps {
		p.Cluster = ""
		out = append(out, p.String())
	}
	return out
}

// checkRendered asserts what every accepted render holds: each object's
// file stays inside its cluster's folder, and the policy passes.
func checkRendered(t *testing.T, in *schema.Intent, res *render.Result) {
	t.Helper()
	for _, s := range res.Clusters {
		for _, o := range s.Objects {
			if p := render.FilePath(o); !filepath.IsLocal(p) || strings.Contains(p, "..") {
				t.Errorf("%s: file %q is not inside the cluster's folder", s.Cluster, p)
			}
		}
		if vs := render.CheckPolicy(in.Policy, s.Objects); len(vs) > 0 {
			t.Errorf("%s: accepted objects break the policy: %v", s.Cluster, vs)
		}
	}
}

// TestSystemNamespaceAllowed: objects allowed into kube-system render
// there, but render makes no Namespace object for it: Kubernetes owns it,
// and isobar must never label or prune it.
func TestSystemNamespaceAllowed(t *testing.T) {
	in := loadClouds(t)
	w := in.Workloads["ledger"]
	w.Patches = append(w.Patches, patch("Deployment", "", md(map[string]any{"namespace": "kube-system"})))
	in.Workloads["ledger"] = w
	in.Policy.Allow.Namespaces = []string{"kube-system"}
	res, err := render.Render(in, cloudsPlan(), render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	s := res.Cluster("aks")
	found := false
	for _, o := range s.Objects {
		if o.GetKind() == "Namespace" && o.GetName() == "kube-system" {
			t.Error("render made a Namespace object for kube-system")
		}
		found = found || (o.GetKind() == "Deployment" && o.GetNamespace() == "kube-system")
	}
	if !found {
		t.Error("the Deployment is not in kube-system")
	}
	checkRendered(t, in, res)
}

// TestPatchedCollision: a patch that renames an object onto another of the
// same workload is blamed on the patch's name, by Check (vet) and Render.
func TestPatchedCollision(t *testing.T) {
	in := loadClouds(t)
	w := in.Workloads["web"]
	w.Patches = append(w.Patches, patch("Deployment", "web-spot", md(map[string]any{"name": "web"})))
	in.Workloads["web"] = w
	want := []string{"workloads.web.patches[0].patch.metadata.name: Deployment web/web: another object of the workload has the same kind, namespace and name" +
		" (expected a kind, namespace and name no other object of the cluster has)"}
	if diff := cmp.Diff(want, problems(t, render.Check(in))); diff != "" {
		t.Errorf("Check (-want +got):\n%s", diff)
	}
	_, err := render.Render(in, cloudsPlan(), render.Options{})
	if diff := cmp.Diff(want, problems(t, err)); diff != "" {
		t.Errorf("Render (-want +got):\n%s", diff)
	}
}
