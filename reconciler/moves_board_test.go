package reconciler

import (
	"encoding/json"
	"errors"
	"io"
	"log"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-containerregistry/pkg/registry"

	"isobar.dev/isobar/bundle"
)

// TestRegistryBoard: agents' reports go through a real registry, signed:
// one agent's report reads back with the status key's trust, not with
// another key's; a report pushed under another cluster's tag is refused;
// a cluster that has not reported reads as nil.
func TestRegistryBoard(t *testing.T) {
	repo, _ := noteRegistry(t)
	key, pub := statusKey(t)
	other, otherPub := statusKey(t)
	opts := []bundle.Option{bundle.WithInsecure()}
	board := &RegistryBoard{Registry: repo, Key: key, Trust: bundle.Trust{PublicKey: pub}, Options: opts}
	ctx := t.Context()

	rep := &MoveReport{APIVersion: moveReportAPIVersion, Kind: moveReportKind, Cluster: "eu-1", Revision: "0123456789abcdef",
		Time: time.Date(2026, 12, 5, 8, 0, 0, 0, time.UTC),
		Workloads: []WorkloadHealth{{Workload: "shop/cart", Arriving: true, Replicas: 2, Ready: 2, Healthy: true,
			HealthySince: time.Date(2026, 12, 5, 7, 59, 0, 0, time.UTC)}},
		Traffic: &TrafficReport{Applied: true, AppliedAt: time.Date(2026, 12, 5, 7, 59, 30, 0, time.UTC), TTLSeconds: 30}}
	if err := board.Publish(ctx, rep); err != nil {
		t.Fatal(err)
	}
	got, err := board.Read(ctx, "eu-1", rep.Revision)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(rep, got); diff != "" {
		t.Errorf("read back (-published +read):\n%s", diff)
	}
	if got, err := board.Read(ctx, "us-1", rep.Revision); got != nil || err != nil {
		t.Errorf("a cluster that has not reported: %+v, %v", got, err)
	}

	// Signed with a key the agents do not trust.
	forger := &RegistryBoard{Registry: repo, Key: other, Trust: bundle.Trust{PublicKey: otherPub}, Options: opts}
	forged := *rep
	forged.Cluster = "us-1"
	if err := forger.Publish(ctx, &forged); err != nil {
		t.Fatal(err)
	}
	if _, err := board.Read(ctx, "us-1", rep.Revision); !errors.Is(err, bundle.ErrSignature) {
		t.Errorf("a report signed by another key: %v, want ErrSignature", err)
	}
	// Validly signed, but under another cluster's tag.
	if _, err := bundle.PushNote(ctx, repo+":"+ReportTag("ap-1", rep.Revision), MoveReportMediaType, mustJSON(t, rep), key, opts...); err != nil {
		t.Fatal(err)
	}
	if _, err := board.Read(ctx, "ap-1", rep.Revision); err == nil || !strings.Contains(err.Error(), "says it is") {
		t.Errorf("eu-1's report under ap-1's tag: %v, want it refused", err)
	}
	if got := ReportTag("eu-1", rep.Revision); got != "eu-1-0123456789abcdef-status" {
		t.Errorf("tag %q", got)
	}
}

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// noteRegistry starts an in-process OCI registry for notes and returns
// its repository and server (closed at the test's end, or earlier to
// take the registry down).
func noteRegistry(t *testing.T) (string, *httptest.Server) {
	t.Helper()
	srv := httptest.NewServer(registry.New(registry.Logger(log.New(io.Discard, "", 0))))
	t.Cleanup(srv.Close)
	return strings.TrimPrefix(srv.URL, "http://") + "/bundles", srv
}

// statusKey makes a status key pair: the private key, loaded, and the
// public key's PEM.
func statusKey(t *testing.T) (*bundle.PrivateKey, []byte) {
	t.Helper()
	kp, err := bundle.GenerateKeyPair([]byte("pw"))
	if err != nil {
		t.Fatal(err)
	}
	k, err := bundle.LoadPrivateKey(kp.PrivateKey, []byte("pw"))
	if err != nil {
		t.Fatal(err)
	}
	return k, kp.PublicKey
}
