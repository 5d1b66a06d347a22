package main

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"

	"isobar.dev/isobar/internal/testenv/e2e"
	"isobar.dev/isobar/internal/testenv/kubetest"
)

// TestDemo runs `make demo` non-interactively and checks its end state:
// the change moved accounts to Frankfurt (running there, pruned from the
// Netherlands), everything else stayed, and the demo said so step by step.
func TestDemo(t *testing.T) {
	kubetest.SkipUnlessAvailable(t)
	bin := filepath.Join(t.TempDir(), "isobar")
	if out, err := exec.Command("go", "build", "-o", bin, "../../cmd/isobar").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 8*time.Minute)
	defer cancel()
	var out bytes.Buffer
	err := run(ctx, options{
		isobar: bin, intent: "../../examples/three-clouds", out: &out,
		atEnd: func(env *e2e.Env) error {
			get := func(cluster, ns, name string) (int32, error) {
				cs, err := kubernetes.NewForConfig(env.Clusters[cluster].Config)
				if err != nil {
					return 0, err
				}
				d, err := cs.AppsV1().Deployments(ns).Get(ctx, name, metav1.GetOptions{})
				if err != nil {
					return 0, err
				}
				return d.Status.AvailableReplicas, nil
			}
			if n, err := get("aws-eu-central-1", "accounts", "accounts"); err != nil || n != 2 {
				return fmt.Errorf("accounts on aws-eu-central-1: %d available, %w", n, err)
			}
			if _, err := get("gcp-europe-west4", "accounts", "accounts"); !apierrors.IsNotFound(err) {
				return fmt.Errorf("accounts not pruned from gcp-europe-west4: %w", err)
			}
			if n, err := get("azure-eastus", "web", "storefront-spot"); err != nil || n == 0 {
				return fmt.Errorf("storefront on azure-eastus: %d available, %w", n, err)
			}
			return nil
		},
	})
	t.Log(out.String())
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		"[1/8] Start three simulated clouds", "$ isobar plan .", "Plan Optimal",
		"Published 3 bundles", "[4/8] Reconcile (hub mode)", "Ready at",
		"Plan preview main", "accounts", "aws-eu-central-1 +2, gcp-europe-west4 -2",
		"[8/8] Reconcile: accounts is created in Frankfurt", "Done in",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the demo's output lacks %q", want)
		}
	}
}
