package reconciler

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

// webshop renders the webshop example's golden plan.
func webshop(t *testing.T) (*schema.Intent, *render.Result) {
	t.Helper()
	inst, err := schema.Load(filepath.Join("..", "examples", "webshop"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join("..", "planner", "testdata", "webshop.plan.json"))
	if err != nil {
		t.Fatal(err)
	}
	plan, err := planner.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	res, err := render.Render(inst.Intent, plan, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	return inst.Intent, res
}

// pulled makes the bundle a cluster's render would publish.
func pulled(s *render.ClusterSet, cluster, jurisdiction string) *bundle.Pulled {
	return &bundle.Pulled{
		Metadata: bundle.Metadata{Cluster: cluster, Jurisdiction: jurisdiction, AllowedNamespaces: s.Namespaces},
		Objects:  s.Objects,
	}
}

// Objects no render of the webshop makes.
var (
	takeover = obj(map[string]any{"apiVersion": "rbac.authorization.k8s.io/v1", "kind": "ClusterRoleBinding", "metadata": map[string]any{"name": "takeover"},
		"roleRef":  map[string]any{"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": "cluster-admin"},
		"subjects": []any{map[string]any{"kind": "ServiceAccount", "name": "payments", "namespace": "checkout"}}})
	plaintext = obj(map[string]any{"apiVersion": "v1", "kind": "Secret", "metadata": map[string]any{"name": "db", "namespace": "checkout"},
		"stringData": map[string]any{"password": "hunter2"}})
	inKubeSystem = obj(map[string]any{"apiVersion": "apps/v1", "kind": "Deployment", "metadata": map[string]any{"name": "miner", "namespace": "kube-system"}})
)

func obj(m map[string]any) *unstructured.Unstructured { return &unstructured.Unstructured{Object: m} }

// with adds objects to a bundle.
func with(p *bundle.Pulled, objs ...*unstructured.Unstructured) *bundle.Pulled {
	p.Objects = append(append([]*unstructured.Unstructured(nil), p.Objects...), objs...)
	return p
}

func TestGate(t *testing.T) {
	_, res := webshop(t)
	eu := res.Cluster("aws-eu-central-1") // runs accounts and payments (pii) in DE
	us := res.Cluster("azure-eastus")
	tests := []struct {
		name    string
		cluster string
		bundle  *bundle.Pulled
		change  func(in *schema.Intent)
		want    []string // empty: accepted
	}{{
		name: "the cluster's own bundle", cluster: "aws-eu-central-1", bundle: pulled(eu, "aws-eu-central-1", "DE"),
	}, {
		name: "a US cluster's own bundle", cluster: "azure-eastus", bundle: pulled(us, "azure-eastus", "US"),
	}, {
		name: "an EU bundle on a US cluster", cluster: "azure-eastus", bundle: pulled(eu, "azure-eastus", "US"),
		want: []string{
			"ConfigMap checkout/payments-limits is labelled for jurisdiction DE, but the cluster is in US",
			"ConfigMap checkout/payments-limits holds data class payment, which may live in EU; the cluster is in US",
			"holds data class pii, which may live in EU; the cluster is in US",
		},
	}, {
		name: "metadata naming another jurisdiction", cluster: "aws-eu-central-1", bundle: pulled(eu, "aws-eu-central-1", "US"),
		want: []string{`the bundle's jurisdiction is "US", but cluster aws-eu-central-1 (aws:eu-central-1) is in DE`},
	}, {
		name: "another cluster's bundle", cluster: "gcp-europe-west4", bundle: pulled(eu, "aws-eu-central-1", "NL"),
		want: []string{`the bundle is for cluster "aws-eu-central-1"`},
	}, {
		name: "a cluster the fleet no longer has", cluster: "onprem", bundle: pulled(eu, "onprem", "DE"),
		want: []string{"cluster onprem is not in the fleet at this revision"},
	}, {
		name: "a residency rule tightened since the bundle was made", cluster: "azure-eastus", bundle: pulled(us, "azure-eastus", "US"),
		change: func(in *schema.Intent) {
			dc := in.DataClasses["catalogue"]
			dc.Allowed = []string{"EU"}
			in.DataClasses["catalogue"] = dc
		},
		want: []string{"holds data class catalogue, which may live in EU; the cluster is in US"},
	}, {
		name: "a namespace the policy forbids", cluster: "aws-eu-central-1", bundle: pulled(eu, "aws-eu-central-1", "DE"),
		change: func(in *schema.Intent) { in.Policy.ForbiddenNamespaces = []string{"checkout"} },
		want:   []string{"ConfigMap checkout/payments-limits: policy: namespace checkout is forbidden", "Namespace checkout: policy: namespace checkout is forbidden"},
	}, {
		name: "objects the safe default refuses, slipped into a signed bundle", cluster: "aws-eu-central-1",
		bundle: with(pulled(eu, "aws-eu-central-1", "DE"), takeover, plaintext, inKubeSystem),
		want: []string{
			"ClusterRoleBinding takeover: policy: binds cluster-admin",
			"Secret checkout/db: policy: plaintext Secret values in stringData (keys password)",
			"Deployment kube-system/miner: policy: namespace kube-system belongs to Kubernetes itself",
		},
	}, {
		name: "the same objects, allowed by the intent's policy", cluster: "aws-eu-central-1",
		bundle: with(pulled(eu, "aws-eu-central-1", "DE"), takeover, plaintext, inKubeSystem),
		change: func(in *schema.Intent) {
			in.Policy.Allow = schema.PolicyAllow{ClusterAdmin: true, SecretData: true, Namespaces: []string{"kube-system"}}
			in.Policy.ForbiddenKinds, in.Policy.ForbiddenNamespaces = nil, nil
		},
	}, {
		name: "the organisation's prohibitions stand over allowances", cluster: "aws-eu-central-1",
		bundle: with(pulled(eu, "aws-eu-central-1", "DE"), takeover, inKubeSystem),
		change: func(in *schema.Intent) {
			in.Policy.Allow = schema.PolicyAllow{ClusterAdmin: true, Namespaces: []string{"kube-system"}}
		},
		want: []string{"ClusterRoleBinding takeover: policy: kind ClusterRoleBinding is forbidden", "Deployment kube-system/miner: policy: namespace kube-system is forbidden"},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in, _ := webshop(t)
			if tt.change != nil {
				tt.change(in)
			}
			err := gate(in, tt.cluster, tt.bundle)
			if len(tt.want) == 0 {
				if err != nil {
					t.Fatalf("refused: %v", err)
				}
				return
			}
			if err == nil || !isRefusal(err) {
				t.Fatalf("got %v, want a refusal", err)
			}
			for _, w := range tt.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("refusal lacks %q:\n%v", w, err)
				}
			}
		})
	}
}
