package bundle

import (
	"fmt"
	"net/http"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

func TestCountDocuments(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want int
	}{
		{"", 0},
		{"a: 1", 1},
		{"a: 1\n", 1},
		{"---\na: 1\n", 1},
		{"---\na: 1\n---\n", 1},
		{"a: 1\n---\nb: 2\n", 2},
		{"a: 1\n--- # comment\nb: 2", 2},
		{"---\n---\n---\na: 1\n", 1},
		{"a: 1\n---\n\n---\nb: 2\n", 3}, // a blank document counts
		{"a: |\n  ---not a separator\n", 1},
		{strings.Repeat("---\nx: 1\n", 1000), 1000},
	} {
		if got := countDocuments([]byte(tc.in)); got != tc.want {
			t.Errorf("countDocuments(%q) = %d, want %d", tc.in, got, tc.want)
		}
	}
}

func configMaps(ns string, n int) string {
	var b strings.Builder
	for i := range n {
		fmt.Fprintf(&b, "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: cm-%d, namespace: %s}\n", i, ns)
	}
	return b.String()
}

// TestObjectLimits: Build refuses to make a bundle over the object limit,
// and Pull refuses one before reading more than the limit: from the signed
// config's count without downloading the content, and, when the config
// understates it, at the first file or YAML document past the limit.
func TestObjectLimits(t *testing.T) {
	a, _ := twoKeys(t)
	trust := Trust{PublicKey: a.pair.PublicKey}

	t.Run("size as Pull counts it", func(t *testing.T) {
		// 1,800 bytes of YAML, but 3,584 bytes of tar (header, padding,
		// end): Build refuses what Pull would.
		cm := configMaps("shop", 1)
		cm += "data: {pad: " + strings.Repeat("x", 1800-len(cm)-14) + "}\n"
		_, err := Build(map[string][]byte{"a.yaml": []byte(cm)}, testMetadata(), WithMaxSize(2048))
		wantKind(t, err, ErrTooLarge)
		if !strings.Contains(err.Error(), "content of 3584 bytes as a tar, more than the limit of 2048") {
			t.Errorf("error %q", err)
		}
		b := mustBuild(t, map[string][]byte{"a.yaml": []byte(cm)}, testMetadata())
		_, err = extract(b.Layer(), 2048, DefaultMaxObjects)
		wantKind(t, err, ErrTooLarge)
	})

	t.Run("build", func(t *testing.T) {
		_, err := Build(map[string][]byte{"a.yaml": []byte(configMaps("shop", 3))}, testMetadata(), WithMaxObjects(2))
		wantKind(t, err, ErrTooLarge)
		if !strings.Contains(err.Error(), "eu-1: content too large: 3 YAML documents, more than the limit of 2 objects") {
			t.Errorf("error %q", err)
		}
		if _, err := Build(map[string][]byte{"a.yaml": []byte(configMaps("shop", 2))}, testMetadata(), WithMaxObjects(2)); err != nil {
			t.Errorf("at the limit: %v", err)
		}
	})

	for _, tc := range []struct {
		name   string
		layer  []tarEntry
		count  int // the config's object count
		want   string
		nLayer int32 // layer downloads expected
	}{
		{"counted in the config", []tarEntry{regular("a.yaml", configMaps("shop", 3))}, 3,
			"content too large: the config counts 3 objects, more than the limit of 2", 0},
		{"more files than the config says", []tarEntry{regular("a.yaml", configMaps("shop", 1)), regular("b.yaml", configMaps("shop", 1)), regular("c.yaml", configMaps("shop", 1))}, 1,
			"layer: content too large: more files than the limit of 2 objects", 1},
		{"more documents than the config says", []tarEntry{regular("a.yaml", configMaps("shop", 3))}, 1,
			`entry "a.yaml": content too large: more YAML documents than the limit of 2 objects`, 1},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tr := newTestRegistry(t)
			b := rawBundle(t, rawLayer(t, tc.layer...), tc.count)
			d := publish(t, tr, "isobar/eu-1", b, a.key)
			m, err := b.image.Manifest()
			if err != nil {
				t.Fatal(err)
			}
			var layerGets atomic.Int32
			tr.setWrap(func(w http.ResponseWriter, r *http.Request, next http.Handler) {
				if r.Method == http.MethodGet && strings.HasSuffix(r.URL.Path, "/blobs/"+m.Layers[0].Digest.String()) {
					layerGets.Add(1)
				}
				next.ServeHTTP(w, r)
			})
			dir, unchanged := outDir(t)
			_, err = Pull(ctxT(t), d, trust, WithInsecure(), WithMaxObjects(2), WithOutputDir(dir))
			wantKind(t, err, ErrTooLarge)
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not say %q", err, tc.want)
			}
			if got := layerGets.Load(); got != tc.nLayer {
				t.Errorf("the content was downloaded %d times, want %d", got, tc.nLayer)
			}
			unchanged()
			// Raised, the limit lets the honest bundle through.
			if tc.count == 3 {
				if _, err := Pull(ctxT(t), d, trust, WithInsecure(), WithMaxObjects(3)); err != nil {
					t.Errorf("with the limit raised: %v", err)
				}
			}
		})
	}
}

// TestLargestDefaultBundle measures Pull on the largest bundle the default
// limits allow (10,000 objects, 64 MiB of YAML) and on a bundle over them,
// whose refusal must come before its content is read. It is a measurement,
// not a unit test: ISOBAR_MEASURE=1 runs it.
//
//	ISOBAR_MEASURE=1 go test ./bundle -run TestLargestDefaultBundle -count=1 -v
func TestLargestDefaultBundle(t *testing.T) {
	if os.Getenv("ISOBAR_MEASURE") != "1" {
		t.Skip("a measurement: set ISOBAR_MEASURE=1")
	}
	a, _ := twoKeys(t)
	trust := Trust{PublicKey: a.pair.PublicKey}
	tr := newTestRegistry(t)

	// 10,000 ConfigMaps of 6,144 bytes each: with a 512-byte tar header
	// per file and the tar's end, 66,561,024 bytes of tar, just within the
	// 64 MiB (67,108,864 bytes). Their data is hex of mixed counters, which
	// compresses less well than most configuration.
	const fileSize = 6144
	files := make(map[string][]byte, DefaultMaxObjects)
	var total int64
	for i := range DefaultMaxObjects {
		var b strings.Builder
		fmt.Fprintf(&b, "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm-%05d\n  namespace: shop\ndata:\n", i)
		for j := 0; b.Len()+43 < fileSize; j++ {
			fmt.Fprintf(&b, "  key-%03d: %016x%016x\n", j, uint64(i)*0x9e3779b97f4a7c15^uint64(j), uint64(j)*0xbf58476d1ce4e5b9^uint64(i))
		}
		b.WriteString("#" + strings.Repeat("-", fileSize-b.Len()-2) + "\n")
		files[fmt.Sprintf("shop/configmap-cm-%05d.yaml", i)] = []byte(b.String())
		total += int64(b.Len())
	}
	start := time.Now()
	b := mustBuild(t, files, testMetadata())
	t.Logf("built %d objects, %.1f MiB of YAML, %.1f MiB compressed, in %s",
		len(b.Objects), float64(total)/(1<<20), float64(len(b.layer))/(1<<20), time.Since(start).Round(time.Millisecond))
	d := publish(t, tr, "isobar/eu-1", b, a.key)
	files, b = nil, nil

	measure(t, "pull of the largest default bundle", func() error {
		p, err := Pull(ctxT(t), d, trust, WithInsecure())
		if err == nil && len(p.Objects) != DefaultMaxObjects {
			err = fmt.Errorf("%d objects", len(p.Objects))
		}
		return err
	})

	// Over the limit: 780,000 objects, as the config says (the content
	// holds them in 78 files of 10,000 documents each).
	var entries []tarEntry
	for f := range 78 {
		var sb strings.Builder
		for i := range 10000 {
			fmt.Fprintf(&sb, "---\napiVersion: v1\nkind: ConfigMap\nmetadata: {name: c%d-%d, namespace: shop}\n", f, i)
		}
		entries = append(entries, regular("f"+strconv.Itoa(f)+".yaml", sb.String()))
	}
	big := rawBundle(t, rawLayer(t, entries...), 780000)
	t.Logf("over the limit: 780,000 objects, %.1f MiB compressed", float64(len(big.layer))/(1<<20))
	d = publish(t, tr, "isobar/big", big, a.key)
	entries, big = nil, nil
	measure(t, "refusal of a 780,000-object bundle", func() error {
		_, err := Pull(ctxT(t), d, trust, WithInsecure())
		if err == nil {
			return fmt.Errorf("accepted")
		}
		t.Logf("refused: %v", err)
		return nil
	})
}

// measure runs f and logs its time, the peak of the Go heap while it ran,
// and the peak resident set of the process since just before it.
func measure(t *testing.T, what string, f func() error) {
	t.Helper()
	runtime.GC()
	debug.FreeOSMemory()
	// Resets the process's peak resident set (VmHWM) on Linux.
	_ = os.WriteFile("/proc/self/clear_refs", []byte("5"), 0)
	var peak atomic.Uint64
	stop := make(chan struct{})
	var wg sync.WaitGroup
	wg.Go(func() {
		var ms runtime.MemStats
		for {
			runtime.ReadMemStats(&ms)
			if ms.HeapAlloc > peak.Load() {
				peak.Store(ms.HeapAlloc)
			}
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
			}
		}
	})
	start := time.Now()
	err := f()
	took := time.Since(start)
	close(stop)
	wg.Wait()
	if err != nil {
		t.Fatalf("%s: %v", what, err)
	}
	hwm := "?"
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "VmHWM:") {
				hwm = strings.TrimSpace(strings.TrimPrefix(l, "VmHWM:"))
			}
		}
	}
	t.Logf("%s: %s, peak Go heap %.0f MiB, peak resident set %s (GOMAXPROCS %d)",
		what, took.Round(time.Millisecond), float64(peak.Load())/(1<<20), hwm, runtime.GOMAXPROCS(0))
}
