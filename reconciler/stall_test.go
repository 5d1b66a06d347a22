package reconciler_test

import (
	"context"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"

	"github.com/google/go-containerregistry/pkg/registry"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/reconciler"
	"isobar.dev/isobar/reconciler/source"
	"isobar.dev/isobar/schema"
)

// stallSource is a source at one revision whose intent the targets ignore.
type stallSource struct{}

func (stallSource) Fetch(context.Context) (source.Revision, error) {
	return source.Revision{Commit: "0123456789abcdef0123456789abcdef01234567", Time: time.Unix(1_800_000_000, 0)}, nil
}

func (stallSource) Intent(context.Context, source.Revision) (*schema.Intent, error) {
	return &schema.Intent{}, nil
}

func (stallSource) String() string { return "fixed" }

// TestStalledRegistryCluster: the registry never answers the requests for
// one cluster's bundle (it accepts them and stays silent). That cluster
// fails within the deadline with an error saying so, and is retried with
// backoff; the other cluster is not held up: its outcome is known while the
// stalled one still waits, and the cycle ends within the deadline.
func TestStalledRegistryCluster(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name     string
		bundle   []bundle.Option
		clusterT time.Duration
		want     string
	}{
		{"io timeout", []bundle.Option{bundle.WithIOTimeout(time.Second)}, time.Hour, "did not answer within 1s"},
		{"cluster timeout", []bundle.Option{bundle.WithIOTimeout(time.Hour), bundle.WithTimeout(time.Hour)}, time.Second,
			"cluster stalled-1: not done within 1s (the cluster or the registry stalled)"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			release := make(chan struct{})
			reg := registry.New(registry.Logger(log.New(io.Discard, "", 0)))
			srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				if strings.Contains(r.URL.Path, "/manifests/stalled-1-") {
					select { // silent until the test ends
					case <-release:
					case <-r.Context().Done():
					}
					return
				}
				reg.ServeHTTP(w, r)
			}))
			t.Cleanup(srv.Close)
			t.Cleanup(func() { close(release) })
			host := strings.TrimPrefix(srv.URL, "http://")

			pair, err := bundle.GenerateKeyPair([]byte("pw"))
			if err != nil {
				t.Fatal(err)
			}
			r, err := reconciler.New(stallSource{}, reconciler.Options{
				Registry:       host + "/isobar",
				Trust:          bundle.Trust{PublicKey: pair.PublicKey},
				BundleOptions:  append([]bundle.Option{bundle.WithInsecure()}, tc.bundle...),
				ClusterTimeout: tc.clusterT,
				Targets: func(*schema.Intent) ([]reconciler.Target, error) {
					return []reconciler.Target{{Cluster: "stalled-1"}, {Cluster: "fine-1"}}, nil
				},
			})
			if err != nil {
				t.Fatal(err)
			}

			start := time.Now()
			done := make(chan []reconciler.ClusterStatus)
			go func() { done <- r.Cycle(t.Context()) }()

			// The other cluster's outcome is known while the stalled one
			// still waits.
			var other time.Duration
			for other == 0 {
				for _, st := range r.Status() {
					if st.Cluster == "fine-1" && st.Phase == reconciler.PhaseWaiting {
						other = time.Since(start)
					}
				}
				select {
				case <-done:
					t.Fatal("the cycle ended before fine-1 was reported")
				case <-time.After(10 * time.Millisecond):
				}
			}
			var sts []reconciler.ClusterStatus
			select {
			case sts = <-done:
			case <-time.After(10 * time.Second):
				t.Fatal("the cycle did not end within 10s")
			}
			took := time.Since(start)
			t.Logf("fine-1 reported after %s, the cycle ended after %s", other.Round(time.Millisecond), took.Round(time.Millisecond))
			if took > 2500*time.Millisecond {
				t.Errorf("the cycle took %s, want about 1s", took)
			}
			if other > 500*time.Millisecond {
				t.Errorf("fine-1 was reported after %s: held up by the stalled cluster", other)
			}
			for _, st := range sts {
				switch st.Cluster {
				case "stalled-1":
					t.Logf("stalled-1: %s: %s", st.Phase, st.Error)
					if st.Phase != reconciler.PhaseFailed || !strings.Contains(st.Error, tc.want) {
						t.Errorf("stalled-1: %s: %s; want Failed: %q", st.Phase, st.Error, tc.want)
					}
					if st.ConsecutiveFailures != 1 || !st.NextAttempt.After(st.LastAttempt) {
						t.Errorf("stalled-1: %d failures, next attempt %v; want a backoff", st.ConsecutiveFailures, st.NextAttempt)
					}
				case "fine-1":
					if st.Phase != reconciler.PhaseWaiting {
						t.Errorf("fine-1: %s: %s; want Waiting (nothing published)", st.Phase, st.Error)
					}
				}
			}
		})
	}
}
