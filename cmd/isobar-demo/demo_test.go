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

	"isobar.dev/isobar/internal/testenv/dnsserve"
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
	coredns, err := dnsserve.Find(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(t.Context(), 8*time.Minute)
	defer cancel()
	var out bytes.Buffer
	var before, after answers
	err = run(ctx, options{
		isobar: bin, intent: "../../examples/three-clouds", out: &out, coredns: coredns,
		dns: func(b, a answers) { before, after = b, a },
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
	// Users in Germany reach accounts where the plan runs it, before and
	// after the move; the storefront's users stay where they were.
	for _, c := range []struct {
		got       answers
		loc, host string
		want      string
	}{
		{before, "DE", "accounts.shop.example", "gcp-europe-west4 100%"},
		{after, "DE", "accounts.shop.example", "aws-eu-central-1 100%"},
		{before, "DE", "storefront.shop.example", "gcp-europe-west4 100%"},
		{after, "DE", "storefront.shop.example", "gcp-europe-west4 100%"},
		{after, "US", "storefront.shop.example", "azure-eastus 100%"},
	} {
		if got := c.got[c.loc][c.host]; got != c.want {
			t.Errorf("users in %s asking for %s: %q, want %q (before %v, after %v)", c.loc, c.host, got, c.want, before, after)
		}
	}
	for _, want := range []string{
		"[1/10] Start three simulated clouds", "$ isobar plan .", "Plan Optimal",
		"Published 3 bundles", "[4/10] Reconcile (hub mode)", "Ready at",
		"[6/10] Users reach the clusters the plan chose", "holds 2 DNSEndpoints",
		"Plan preview main", "accounts", "aws-eu-central-1 +2, gcp-europe-west4 -2",
		"[9/10] Reconcile: accounts is created in Frankfurt", "[10/10] The records follow the move", "Done in",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("the demo's output lacks %q", want)
		}
	}
}
