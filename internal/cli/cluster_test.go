package cli_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
	"sigs.k8s.io/yaml"

	"isobar.dev/isobar/internal/cli"
	"isobar.dev/isobar/internal/testenv/e2e"
	"isobar.dev/isobar/internal/testenv/kubetest"
	"isobar.dev/isobar/reconciler/apply"
)

// isobar runs the CLI in-process and returns its exit code and output.
func isobar(t *testing.T, dir string, args ...string) (int, string) {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Chdir(dir); err != nil {
		t.Fatal(err)
	}
	defer func() { _ = os.Chdir(wd) }()
	var out bytes.Buffer
	code := cli.Main(t.Context(), args, &out, &out)
	return code, out.String()
}

// TestClusterCommands runs apply, diff and install against simulated
// clusters: diff sees everything missing (exit 2), apply converges, diff is
// then in sync (exit 0); and the least-privilege RBAC that install prints
// lets the reconciler's service account manage exactly what the intent
// renders for its cluster, and nothing else.
func TestClusterCommands(t *testing.T) {
	kubetest.SkipUnlessAvailable(t)
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Minute)
	defer cancel()
	env, err := e2e.Start(ctx, e2e.Options{
		Clusters: []e2e.Cluster{
			{Name: "aws-eu-central-1", Provider: "aws"}, {Name: "gcp-europe-west4", Provider: "gcp"}, {Name: "azure-eastus", Provider: "azure"},
		},
		Intent: filepath.Join("..", "..", "examples", "three-clouds"), Dir: t.TempDir(),
	})
	if err != nil {
		t.Fatal(err)
	}
	defer env.Stop()
	kc := "--kubeconfig=" + env.Kubeconfig

	code, out := isobar(t, env.WorkTree, "diff", ".", kc)
	if code != 2 || !strings.Contains(out, "gcp-europe-west4: 13 of 13 objects would change") {
		t.Fatalf("diff before apply: exit %d\n%s", code, out)
	}
	code, out = isobar(t, env.WorkTree, "apply", ".", kc)
	if code != 0 || !strings.Contains(out, "gcp-europe-west4  13 created") {
		t.Fatalf("apply: exit %d\n%s", code, out)
	}
	gcp := kubernetes.NewForConfigOrDie(env.Clusters["gcp-europe-west4"].Config)
	if d, err := gcp.AppsV1().Deployments("accounts").Get(ctx, "accounts", metav1.GetOptions{}); err != nil || d.Status.AvailableReplicas != 2 {
		t.Fatalf("accounts after apply: %v %v", d, err)
	}
	code, out = isobar(t, env.WorkTree, "diff", ".", kc, "-o", "json")
	if code != 0 || strings.Contains(out, `"State"`) {
		t.Fatalf("diff after apply: exit %d\n%s", code, out)
	}

	// plan --base --live: the change compared with the live clusters.
	shop := filepath.Join(env.WorkTree, "shop.cue")
	orig, err := os.ReadFile(shop)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(shop, []byte(strings.Replace(string(orig), `p95: "30ms"`, `p95: "10ms"`, 1)), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out = isobar(t, env.WorkTree, "plan", ".", "--base", "main", "--live", kc)
	// aws-eu-central-1 holds the DNS records (and so the namespace) of
	// every hostname: the move changes accounts's record there.
	if code != 0 || !strings.Contains(out, "Live aws-eu-central-1: 4 to create, 1 to change") ||
		!strings.Contains(out, "+ Deployment accounts/accounts") || !strings.Contains(out, "~ DNSEndpoint accounts/accounts.shop.example") {
		t.Errorf("plan --base --live: exit %d\n%s", code, out)
	}
	if err := os.WriteFile(shop, orig, 0o644); err != nil {
		t.Fatal(err)
	}

	// install --least-privilege, applied with kubectl.
	code, manifests := isobar(t, env.WorkTree, "install", ".", "--cluster", "gcp-europe-west4", "--git", env.GitURL,
		"--registry", env.Registry, "--key", env.PublicKeyFile, "--least-privilege",
		"--status-secret", "isobar-status", "--failover-after", "2m",
		"--image", "ghcr.io/isobar-dev/isobar@sha256:"+strings.Repeat("0", 64))
	if code != 0 {
		t.Fatalf("install: exit %d\n%s", code, manifests)
	}
	kubectl := env.Clusters["gcp-europe-west4"].Kubectl(ctx, "apply", "--server-side", "--field-manager=install", "-f", "-")
	kubectl.Stdin = strings.NewReader(manifests)
	if b, err := kubectl.CombinedOutput(); err != nil {
		t.Fatalf("kubectl apply of the install manifests: %v\n%s", err, b)
	}
	// The status key reaches the agent from its Secret, through its
	// environment only.
	agent, err := gcp.AppsV1().Deployments("isobar-system").Get(ctx, "isobar-reconciler", metav1.GetOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if env := agent.Spec.Template.Spec.Containers[0].Env; len(env) != 2 || env[0].ValueFrom == nil || env[0].ValueFrom.SecretKeyRef == nil ||
		env[0].ValueFrom.SecretKeyRef.Name != "isobar-status" || !slices.Contains(agent.Spec.Template.Spec.Containers[0].Args, "--status-key-env") {
		t.Errorf("the agent's status key: env %+v, args %v", env, agent.Spec.Template.Spec.Containers[0].Args)
	}
	sa := rest.CopyConfig(env.Clusters["gcp-europe-west4"].Config)
	sa.Impersonate = rest.ImpersonationConfig{UserName: "system:serviceaccount:isobar-system:isobar-reconciler"}
	asSA := kubernetes.NewForConfigOrDie(sa)

	// What the intent renders: allowed. What it does not: forbidden.
	if err := gcp.AppsV1().Deployments("accounts").Delete(ctx, "accounts", metav1.DeleteOptions{}); err != nil {
		t.Fatal(err)
	}
	e, err := apply.New(sa, apply.DefaultOptions())
	if err != nil {
		t.Fatal(err)
	}
	code, rendered := isobar(t, env.WorkTree, "render", ".")
	if code != 0 {
		t.Fatal(rendered)
	}
	objs := objectsOf(t, rendered, "gcp-europe-west4")
	res, err := e.Apply(ctx, apply.Desired{Objects: objs, Revision: "rbac-test"})
	if err != nil {
		t.Fatalf("the reconciler's service account could not apply its cluster's objects: %v", err)
	}
	if res.Counts.Created != 1 {
		t.Errorf("service account apply: %s, want the deleted Deployment re-created", res.Counts)
	}
	if _, err := asSA.CoreV1().Secrets("web").List(ctx, metav1.ListOptions{}); !apierrors.IsForbidden(err) {
		t.Errorf("the service account may list Secrets in web, which the intent does not render: %v", err)
	}
	if _, err := asSA.RbacV1().ClusterRoles().List(ctx, metav1.ListOptions{}); !apierrors.IsForbidden(err) {
		t.Errorf("the service account may list ClusterRoles: %v", err)
	}
	if _, err := asSA.AppsV1().Deployments("kube-system").List(ctx, metav1.ListOptions{}); !apierrors.IsForbidden(err) {
		t.Errorf("the service account may list Deployments in kube-system: %v", err)
	}
}

// objectsOf picks one cluster's objects out of `isobar render`'s stream.
func objectsOf(t *testing.T, stream, cluster string) []*unstructured.Unstructured {
	t.Helper()
	var objs []*unstructured.Unstructured
	for _, doc := range strings.Split(stream, "---\n") {
		if !strings.HasPrefix(doc, "# "+cluster+"/") {
			continue
		}
		var m map[string]any
		if err := yaml.Unmarshal([]byte(doc), &m); err != nil {
			t.Fatal(err)
		}
		objs = append(objs, &unstructured.Unstructured{Object: m})
	}
	if len(objs) == 0 {
		t.Fatalf("no objects of %s in the render", cluster)
	}
	return objs
}
