package reconciler_test

import (
	"context"
	"io"
	"log"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-containerregistry/pkg/registry"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/internal/testenv/kubetest"
	"isobar.dev/isobar/reconciler"
	"isobar.dev/isobar/reconciler/apply"
	"isobar.dev/isobar/reconciler/source"
	"isobar.dev/isobar/schema"
)

// newKey makes a cosign key pair, returning the private key and the PEM
// public key.
func newKey(t *testing.T, password string) (*bundle.PrivateKey, []byte) {
	t.Helper()
	kp, err := bundle.GenerateKeyPair([]byte(password))
	if err != nil {
		t.Fatal(err)
	}
	key, err := bundle.LoadPrivateKey(kp.PrivateKey, []byte(password))
	if err != nil {
		t.Fatal(err)
	}
	return key, kp.PublicKey
}

// fixedSource serves one revision of an intent.
type fixedSource struct {
	rev source.Revision
	in  *schema.Intent
}

func (s *fixedSource) Fetch(context.Context) (source.Revision, error) { return s.rev, nil }
func (s *fixedSource) Intent(context.Context, source.Revision) (*schema.Intent, error) {
	return s.in, nil
}
func (s *fixedSource) String() string { return "fixed" }

// forbidden is a bundle's content no render of the intent would make: a
// ClusterRoleBinding granting cluster-admin to a workload's service
// account, beside an ordinary ConfigMap.
var forbidden = map[string][]byte{
	"_cluster/clusterrolebinding-takeover.yaml": []byte(`apiVersion: rbac.authorization.k8s.io/v1
kind: ClusterRoleBinding
metadata:
  name: takeover
roleRef:
  apiGroup: rbac.authorization.k8s.io
  kind: ClusterRole
  name: cluster-admin
subjects:
- kind: ServiceAccount
  name: api
  namespace: web
`),
	"web/configmap-settings.yaml": []byte("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\n  namespace: web\ndata:\n  mode: strict\n"),
	"_cluster/namespace-web.yaml": []byte("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: web\n"),
}

// TestGateRefusesForbiddenBundle builds a bundle directly (as an older or
// foreign publisher could, bypassing vet and render), signs it with the
// trusted key and pushes it to a real registry. The reconciler verifies it,
// then its gate refuses it under the intent's safe default: the status
// says why, and nothing of it reaches the cluster (a real API server).
// Once the intent allows cluster-admin bindings, the same content is
// applied: the gate, not anything else, kept it out.
func TestGateRefusesForbiddenBundle(t *testing.T) {
	c := kubetest.StartT(t, kubetest.Options{})
	srv := httptest.NewServer(registry.New(registry.Logger(log.New(io.Discard, "", 0))))
	t.Cleanup(srv.Close)
	repo := strings.TrimPrefix(srv.URL, "http://") + "/isobar"
	key, pub := newKey(t, "gate-test")
	publish := func(rev string) {
		t.Helper()
		md := bundle.Metadata{Cluster: "eu", Jurisdiction: "IE", PlanDigest: "sha256:" + strings.Repeat("ab", 32),
			Revision: rev, Created: time.Date(2026, 11, 27, 10, 0, 0, 0, time.UTC), AllowedNamespaces: []string{"web"}}
		b, err := bundle.Build(forbidden, md)
		if err != nil {
			t.Fatal(err)
		}
		ref, err := bundle.Push(t.Context(), b, repo+":"+bundle.Tag(md), bundle.WithInsecure())
		if err != nil {
			t.Fatal(err)
		}
		if _, err := bundle.Sign(t.Context(), ref.String(), key, bundle.WithInsecure()); err != nil {
			t.Fatal(err)
		}
	}
	intent := func(allow schema.PolicyAllow) *schema.Intent {
		return &schema.Intent{
			Fleet:  map[string]schema.Cluster{"eu": {Name: "eu", Provider: "aws", Region: "eu-west-1"}},
			Policy: schema.Policy{Allow: allow},
		}
	}
	opts := apply.DefaultOptions()
	opts.HealthTimeout = 30 * time.Second
	now := time.Now()
	src := &fixedSource{rev: source.Revision{Commit: strings.Repeat("1", 40)}, in: intent(schema.PolicyAllow{})}
	r, err := reconciler.New(src, reconciler.Options{
		Registry: repo, Trust: bundle.Trust{PublicKey: pub}, BundleOptions: []bundle.Option{bundle.WithInsecure()},
		Targets: func(*schema.Intent) ([]reconciler.Target, error) {
			return []reconciler.Target{{Cluster: "eu", Config: c.Config}}, nil
		},
		Apply: opts,
		Now:   func() time.Time { return now },
	})
	if err != nil {
		t.Fatal(err)
	}
	cs := kubernetes.NewForConfigOrDie(c.Config)

	publish(src.rev.Commit)
	st := r.Cycle(t.Context())
	if len(st) != 1 || st[0].Phase != reconciler.PhaseRefused ||
		!strings.Contains(st[0].Error, "ClusterRoleBinding takeover: policy: binds cluster-admin") {
		t.Fatalf("status %+v, want Refused: ClusterRoleBinding takeover: policy: binds cluster-admin", st)
	}
	if _, err := cs.RbacV1().ClusterRoleBindings().Get(t.Context(), "takeover", metav1.GetOptions{}); !apierrors.IsNotFound(err) {
		t.Errorf("the refused ClusterRoleBinding reached the cluster (get: %v)", err)
	}
	if _, err := cs.CoreV1().ConfigMaps("web").Get(t.Context(), "settings", metav1.GetOptions{}); !apierrors.IsNotFound(err) {
		t.Errorf("an object of the refused bundle reached the cluster (get: %v)", err)
	}

	// The intent at a new revision allows it; the same content is applied.
	src.rev, src.in = source.Revision{Commit: strings.Repeat("2", 40)}, intent(schema.PolicyAllow{ClusterAdmin: true})
	publish(src.rev.Commit)
	now = now.Add(time.Hour) // past the refused cluster's backoff
	st = r.Cycle(t.Context())
	if len(st) != 1 || st[0].Phase != reconciler.PhaseReady {
		t.Fatalf("status %s: %s, want Ready once allowed", st[0].Phase, st[0].Error)
	}
	crb, err := cs.RbacV1().ClusterRoleBindings().Get(t.Context(), "takeover", metav1.GetOptions{})
	if err != nil || crb.RoleRef.Name != "cluster-admin" {
		t.Errorf("allowed ClusterRoleBinding: %v %v", crb, err)
	}
}
