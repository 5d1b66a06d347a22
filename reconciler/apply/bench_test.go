package apply_test

import (
	"context"
	"fmt"
	"log/slog"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
	"time"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"sigs.k8s.io/controller-runtime/pkg/client"
	"sigs.k8s.io/yaml"

	"isobar.dev/isobar/internal/testenv/kubetest"
	"isobar.dev/isobar/reconciler/apply"
)

// benchSet returns 1,000 objects in ns: 400 ConfigMaps, 300 Deployments
// and 300 headless Services.
func benchSet(ns string) []*unstructured.Unstructured {
	var out []*unstructured.Unstructured
	for i := range 400 {
		out = append(out, configMap(ns, fmt.Sprintf("cm-%03d", i), map[string]string{"index": fmt.Sprint(i), "color": "blue"}))
	}
	for i := range 300 {
		out = append(out, deployment(ns, fmt.Sprintf("app-%03d", i), 2))
		out = append(out, headlessService(ns, fmt.Sprintf("app-%03d", i)))
	}
	return out
}

// benchOptions: no health wait (plain envtest runs no controllers, so
// Deployments never become available).
func benchOptions(inventory string) apply.Options {
	return apply.Options{InventoryName: inventory, SkipHealthCheck: true, Logger: slog.New(slog.DiscardHandler)}
}

// BenchmarkApply measures the engine on 1,000 objects against one API
// server, beside a plain controller-runtime client sending the same
// server-side apply patches 16 at a time and `kubectl apply
// --server-side`. Each sub-benchmark reports s/apply (seconds per apply
// of the set) and, for the engine, patches/op.
//
//	first/*     every object created (a new namespace per iteration)
//	noop/*      the set applied again, unchanged
//	changed10/* 10 ConfigMaps changed
func BenchmarkApply(b *testing.B) {
	restConfig(b)
	ctx := context.Background()

	b.Run("first/isobar", func(b *testing.B) {
		var total time.Duration
		var patches int
		for range b.N {
			b.StopTimer()
			ns := newNamespace(b)
			e, reqs := newEngine(b, benchOptions(ns))
			set := benchSet(ns)
			b.StartTimer()
			start := time.Now()
			res, err := e.Apply(ctx, desired("r1", set...))
			total += time.Since(start)
			if err != nil || res.Counts.Created != len(set) {
				b.Fatalf("%v: %v", err, res.Counts)
			}
			patches += reqs.count(http.MethodPatch)
		}
		report(b, total, patches)
	})
	b.Run("first/plain-client", func(b *testing.B) {
		c := kube(b)
		var total time.Duration
		for range b.N {
			b.StopTimer()
			ns := newNamespace(b)
			set := ownerLabelled(benchSet(ns), ns)
			b.StartTimer()
			start := time.Now()
			plainApply(b, c, set)
			total += time.Since(start)
		}
		report(b, total, -1)
	})
	b.Run("first/kubectl", func(b *testing.B) {
		kubectl := kubectlPath(b)
		var total time.Duration
		for range b.N {
			b.StopTimer()
			ns := newNamespace(b)
			file := writeManifest(b, ownerLabelled(benchSet(ns), ns))
			b.StartTimer()
			start := time.Now()
			runKubectl(b, kubectl, file)
			total += time.Since(start)
		}
		report(b, total, -1)
	})

	b.Run("noop/isobar", func(b *testing.B) {
		ns := newNamespace(b)
		e, reqs := newEngine(b, benchOptions(ns))
		d := desired("r1", benchSet(ns)...)
		if _, err := e.Apply(ctx, d); err != nil {
			b.Fatal(err)
		}
		reqs.reset()
		b.ResetTimer()
		var total time.Duration
		for range b.N {
			start := time.Now()
			res, err := e.Apply(ctx, d)
			total += time.Since(start)
			if err != nil || res.Counts.Unchanged != len(d.Objects) {
				b.Fatalf("%v: %v", err, res.Counts)
			}
		}
		if reqs.writes() != 0 || reqs.dryRuns != 0 {
			b.Fatalf("no-op cycles wrote: %v", reqs)
		}
		report(b, total, 0)
	})
	b.Run("noop/isobar-new-process", func(b *testing.B) {
		ns := newNamespace(b)
		e, _ := newEngine(b, benchOptions(ns))
		d := desired("r1", benchSet(ns)...)
		if _, err := e.Apply(ctx, d); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		var total time.Duration
		var patches int
		for range b.N {
			b.StopTimer()
			e, reqs := newEngine(b, benchOptions(ns))
			b.StartTimer()
			start := time.Now()
			res, err := e.Apply(ctx, d)
			total += time.Since(start)
			if err != nil || res.Counts.Unchanged != len(d.Objects) {
				b.Fatalf("%v: %v", err, res.Counts)
			}
			patches += reqs.count(http.MethodPatch)
		}
		report(b, total, patches)
	})
	b.Run("noop/plain-client", func(b *testing.B) {
		c := kube(b)
		ns := newNamespace(b)
		set := ownerLabelled(benchSet(ns), ns)
		plainApply(b, c, set)
		b.ResetTimer()
		var total time.Duration
		for range b.N {
			start := time.Now()
			plainApply(b, c, set)
			total += time.Since(start)
		}
		report(b, total, -1)
	})
	b.Run("noop/kubectl", func(b *testing.B) {
		kubectl := kubectlPath(b)
		ns := newNamespace(b)
		file := writeManifest(b, ownerLabelled(benchSet(ns), ns))
		runKubectl(b, kubectl, file)
		b.ResetTimer()
		var total time.Duration
		for range b.N {
			start := time.Now()
			runKubectl(b, kubectl, file)
			total += time.Since(start)
		}
		report(b, total, -1)
	})

	b.Run("changed10/isobar", func(b *testing.B) {
		ns := newNamespace(b)
		e, reqs := newEngine(b, benchOptions(ns))
		set := benchSet(ns)
		if _, err := e.Apply(ctx, desired("r0", set...)); err != nil {
			b.Fatal(err)
		}
		b.ResetTimer()
		var total time.Duration
		var patches int
		for i := range b.N {
			b.StopTimer()
			changed := make([]*unstructured.Unstructured, len(set))
			copy(changed, set)
			for j := range 10 {
				changed[j*40] = configMap(ns, fmt.Sprintf("cm-%03d", j*40), map[string]string{"index": fmt.Sprint(j * 40), "color": fmt.Sprint("c", i)})
			}
			reqs.reset()
			b.StartTimer()
			start := time.Now()
			res, err := e.Apply(ctx, desired(fmt.Sprint("r", i+1), changed...))
			total += time.Since(start)
			if err != nil || res.Counts.Configured != 10 {
				b.Fatalf("%v: %v", err, res.Counts)
			}
			patches += reqs.count(http.MethodPatch)
		}
		report(b, total, patches)
	})
}

func report(b *testing.B, total time.Duration, patches int) {
	b.ReportMetric(total.Seconds()/float64(b.N), "s/apply")
	if patches >= 0 {
		b.ReportMetric(float64(patches)/float64(b.N), "patches/op")
	}
}

// ownerLabelled returns copies of objs with the label the engine stamps,
// so that every peer sends the same patches.
func ownerLabelled(objs []*unstructured.Unstructured, inventory string) []*unstructured.Unstructured {
	out := make([]*unstructured.Unstructured, len(objs))
	for i, u := range objs {
		c := u.DeepCopy()
		l := c.GetLabels()
		l[apply.OwnerLabel] = inventory
		c.SetLabels(l)
		out[i] = c
	}
	return out
}

// plainApply sends one server-side apply patch per object, 16 at a time.
func plainApply(b *testing.B, c client.Client, objs []*unstructured.Unstructured) {
	sem := make(chan struct{}, 16)
	errs := make(chan error, len(objs))
	for _, u := range objs {
		sem <- struct{}{}
		go func() {
			defer func() { <-sem }()
			errs <- c.Apply(context.Background(), client.ApplyConfigurationFromUnstructured(u.DeepCopy()),
				client.FieldOwner("plain-bench"), client.ForceOwnership)
		}()
	}
	for range objs {
		if err := <-errs; err != nil {
			b.Fatal(err)
		}
	}
}

// kubectlPath finds kubectl in the cluster binaries' folder or on PATH.
func kubectlPath(b *testing.B) string {
	if dir, err := kubetest.AssetsDir(); err == nil {
		if p := filepath.Join(dir, "kubectl"); fileExists(p) {
			return p
		}
	}
	if p, err := exec.LookPath("kubectl"); err == nil {
		return p
	}
	b.Skip("kubectl not found")
	return ""
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

func writeManifest(b *testing.B, objs []*unstructured.Unstructured) string {
	f, err := os.Create(filepath.Join(b.TempDir(), "set.yaml"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	for _, u := range objs {
		y, err := yaml.Marshal(u.Object)
		if err != nil {
			b.Fatal(err)
		}
		fmt.Fprintf(f, "---\n%s", y)
	}
	return f.Name()
}

func runKubectl(b *testing.B, kubectl, file string) {
	cmd := exec.Command(kubectl, "--kubeconfig="+cluster.Kubeconfig(), "apply", "--server-side",
		"--field-manager=kubectl-bench", "--force-conflicts", "-f", file)
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("kubectl: %v\n%s", err, out)
	}
}
