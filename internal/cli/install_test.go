package cli

import (
	"bytes"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	rbacv1 "k8s.io/api/rbac/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"sigs.k8s.io/yaml"

	"isobar.dev/isobar/bundle"
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

// TestInstallStatusKey: with --status-secret the agent signs its move
// reports and heartbeats with the status key, taken from the Secret into
// its environment (never printed, never mounted as a group-readable
// file), the status public key goes into isobar-trust, and
// --failover-after turns on failover between agents; the flags that need
// the Secret are refused without it.
func TestInstallStatusKey(t *testing.T) {
	dir := t.TempDir()
	kp, err := bundle.GenerateKeyPair([]byte("pw"))
	if err != nil {
		t.Fatal(err)
	}
	pub, statusPub := filepath.Join(dir, "cosign.pub"), filepath.Join(dir, "status.pub")
	for _, p := range []string{pub, statusPub} {
		if err := os.WriteFile(p, kp.PublicKey, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	base := []string{"install", "--cluster", "eu-1", "--git", "https://git.example/fleet", "--registry", "registry.example/bundles",
		"--key", pub, "--image", "registry.invalid/isobar@sha256:" + strings.Repeat("ab", 32)}
	run := func(args ...string) (int, string, string) {
		var stdout, stderr bytes.Buffer
		code := Main(t.Context(), append(slices.Clone(base), args...), &stdout, &stderr)
		return code, stdout.String(), stderr.String()
	}

	code, out, errOut := run("--status-secret", "isobar-status", "--status-pub", statusPub, "--failover-after", "90s")
	if code != 0 {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var dep appsv1.Deployment
	var trust corev1.ConfigMap
	for _, doc := range strings.Split("\n"+out, "\n---\n") {
		if strings.TrimSpace(doc) == "" {
			continue
		}
		var tm metav1.TypeMeta
		if err := yaml.Unmarshal([]byte(doc), &tm); err != nil {
			t.Fatalf("%v:\n%s", err, doc)
		}
		switch tm.Kind {
		case "Deployment":
			err = yaml.Unmarshal([]byte(doc), &dep)
		case "ConfigMap":
			err = yaml.Unmarshal([]byte(doc), &trust)
		case "Secret":
			t.Errorf("install prints a Secret:\n%s", doc)
		}
		if err != nil {
			t.Fatal(err)
		}
	}
	c := dep.Spec.Template.Spec.Containers[0]
	for _, want := range [][]string{{"--status-key-env", "ISOBAR_STATUS_KEY"}, {"--status-pub", "/etc/isobar/trust/status.pub"}, {"--failover-after", "1m30s"}} {
		i := slices.Index(c.Args, want[0])
		if i < 0 || i+1 >= len(c.Args) || c.Args[i+1] != want[1] {
			t.Errorf("args %v: want %s %s", c.Args, want[0], want[1])
		}
	}
	optional := true
	wantEnv := []corev1.EnvVar{
		{Name: "ISOBAR_STATUS_KEY", ValueFrom: &corev1.EnvVarSource{SecretKeyRef: &corev1.SecretKeySelector{LocalObjectReference: corev1.LocalObjectReference{Name: "isobar-status"}, Key: "cosign.key"}}},
		{Name: "COSIGN_PASSWORD", ValueFrom: &corev1.EnvVarSource{SecretKeyRef: &corev1.SecretKeySelector{LocalObjectReference: corev1.LocalObjectReference{Name: "isobar-status"}, Key: "cosign.password", Optional: &optional}}},
	}
	if diff := cmp.Diff(wantEnv, c.Env); diff != "" {
		t.Errorf("env (-want +got):\n%s", diff)
	}
	for _, v := range dep.Spec.Template.Spec.Volumes {
		if v.Secret != nil && v.Secret.SecretName == "isobar-status" {
			t.Errorf("the status key is mounted as a file: %+v", v)
		}
	}
	if trust.Data["status.pub"] != string(kp.PublicKey) || trust.Data["cosign.pub"] != string(kp.PublicKey) {
		t.Errorf("isobar-trust: %v", trust.Data)
	}
	if strings.Contains(out, "PRIVATE KEY") {
		t.Errorf("install printed a private key")
	}

	// Without the Secret: no status key, no failover.
	code, out, _ = run()
	if code != 0 || strings.Contains(out, "status-key") || strings.Contains(out, "failover") || strings.Contains(out, "status.pub") {
		t.Errorf("without --status-secret: exit %d\n%s", code, out)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"--failover-after", "2m"}, "--failover-after needs --status-secret"},
		{[]string{"--status-pub", statusPub}, "--status-pub needs --status-secret"},
		{[]string{"--status-secret", "Not_A_Name"}, `--status-secret "Not_A_Name" is not the name of a Secret`},
		{[]string{"--status-secret", "s", "--failover-after", "-1m"}, "--failover-after -1m0s: want a positive duration"},
	} {
		if code, _, errOut := run(tc.args...); code != 2 || !strings.Contains(errOut, tc.want) {
			t.Errorf("%v: exit %d, want 2 and %q in: %s", tc.args, code, tc.want, errOut)
		}
	}
}
