package reconciler_test

import (
	"context"
	"os/exec"
	"path/filepath"
	"syscall"
	"testing"
	"time"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/internal/testenv/e2e"
	"isobar.dev/isobar/internal/testenv/kubetest"
	"isobar.dev/isobar/reconciler"
	"isobar.dev/isobar/reconciler/source"
	"isobar.dev/isobar/schema"
)

// BenchmarkReconcileFleet runs the reconciler over three simulated clusters
// holding 1,000 objects each (reconciler/testdata/fleet1000), from git and
// signed bundles to converged clusters:
//
//   - first-s, noop-s: the `isobar reconcile --once` process (hub mode: git
//     clone, intent, three bundles verified and pulled, applied, health),
//     first on empty clusters, then again with nothing to do, each a fresh
//     process; maxrss-MiB is the larger peak resident set of the two;
//   - cycle-noop-s: a no-op cycle of a long-running reconciler (what every
//     interval costs once converged).
func BenchmarkReconcileFleet(b *testing.B) {
	kubetest.SkipUnlessAvailable(b)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Minute)
	defer cancel()
	env, err := e2e.Start(ctx, e2e.Options{Clusters: fleet, Intent: filepath.Join("testdata", "fleet1000"), Dir: b.TempDir()})
	if err != nil {
		b.Fatal(err)
	}
	defer env.Stop()
	bin := filepath.Join(b.TempDir(), "isobar")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/isobar").CombinedOutput(); err != nil {
		b.Fatalf("go build: %v\n%s", err, out)
	}
	if _, err := env.Publish(ctx, "."); err != nil {
		b.Fatal(err)
	}
	reconcileOnce := func() (time.Duration, int64) {
		cmd := exec.CommandContext(ctx, bin, "reconcile", "--once", "--git", env.GitURL, "--registry", env.Registry, "--insecure",
			"--key", env.PublicKeyFile, "--kubeconfig", env.Kubeconfig, "--health-timeout", "2m", "-o", "json")
		start := time.Now()
		out, err := cmd.CombinedOutput()
		took := time.Since(start)
		if err != nil {
			b.Fatalf("isobar reconcile --once: %v\n%s", err, out)
		}
		ru, _ := cmd.ProcessState.SysUsage().(*syscall.Rusage)
		if ru == nil {
			return took, 0
		}
		return took, ru.Maxrss // KiB on Linux
	}
	b.ResetTimer()
	for range b.N {
		first, rss1 := reconcileOnce()
		noop, rss2 := reconcileOnce()
		b.ReportMetric(first.Seconds(), "first-s")
		b.ReportMetric(noop.Seconds(), "noop-s")
		b.ReportMetric(float64(max(rss1, rss2))/1024, "maxrss-MiB")
	}
	b.StopTimer()

	git, err := source.NewGit(source.GitOptions{URL: env.GitURL})
	if err != nil {
		b.Fatal(err)
	}
	trust, err := bundle.TrustKeyFile(env.PublicKeyFile)
	if err != nil {
		b.Fatal(err)
	}
	r, err := reconciler.New(&reconciler.GitSource{Git: git, Path: "."}, reconciler.Options{
		Registry: env.Registry, Trust: trust, BundleOptions: []bundle.Option{bundle.WithInsecure()},
		Targets: func(in *schema.Intent) ([]reconciler.Target, error) {
			var ts []reconciler.Target
			for name := range in.Fleet {
				ts = append(ts, reconciler.Target{Cluster: name, Config: env.Clusters[name].Config})
			}
			return ts, nil
		},
	})
	if err != nil {
		b.Fatal(err)
	}
	r.Cycle(ctx) // warm: fetch git, pull bundles, read inventories
	start := time.Now()
	for _, st := range r.Cycle(ctx) {
		if st.Phase != reconciler.PhaseReady || st.Counts.Unchanged != 1000 {
			b.Fatalf("%s: %s, %s", st.Cluster, st.Phase, st.Counts)
		}
	}
	b.ReportMetric(time.Since(start).Seconds(), "cycle-noop-s")
}
