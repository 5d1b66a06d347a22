package bundle

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-containerregistry/pkg/crane"
)

// Debian's docker-registry (the CNCF distribution registry, packaged), run as
// a separate process on a loopback port. Tests using it skip when the binary
// is absent, unless ISOBAR_REQUIRE_REGISTRY=1 (apt-get install docker-registry).

const dockerRegistryBin = "/usr/bin/docker-registry"

// syncBuffer is a bytes.Buffer safe for a process's output and the test.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// dockerRegistry is a running registry process.
type dockerRegistry struct {
	host    string // 127.0.0.1:port
	storage string // filesystem storage root
	pid     int
}

// startDockerRegistry starts the registry with filesystem storage in a
// temporary directory; it is killed when the test ends.
func startDockerRegistry(t *testing.T) dockerRegistry {
	t.Helper()
	bin := os.Getenv("ISOBAR_DOCKER_REGISTRY")
	if bin == "" {
		bin = dockerRegistryBin
	}
	if _, err := os.Stat(bin); err != nil {
		msg := fmt.Sprintf("%s not found (apt-get install -y docker-registry, or set ISOBAR_DOCKER_REGISTRY)", bin)
		if os.Getenv("ISOBAR_REQUIRE_REGISTRY") == "1" {
			t.Fatalf("%s; ISOBAR_REQUIRE_REGISTRY=1 requires it", msg)
		}
		t.Skipf("skipping: %s; set ISOBAR_REQUIRE_REGISTRY=1 to make this a failure", msg)
	}
	dir := t.TempDir()
	storage := filepath.Join(dir, "storage")
	// A free loopback port: listen, note it, close (a race with other
	// processes is possible but unlikely; startup then fails loudly).
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	host := l.Addr().String()
	_ = l.Close()
	cfg := fmt.Sprintf(`version: 0.1
log:
  level: warn
  accesslog:
    disabled: true
storage:
  filesystem:
    rootdirectory: %s
  delete:
    enabled: true
http:
  addr: %s
`, storage, host)
	cfgPath := filepath.Join(dir, "config.yml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(bin, "serve", cfgPath)
	var out syncBuffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan struct{})
	go func() { _ = cmd.Wait(); close(done) }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-done
		if t.Failed() {
			t.Logf("docker-registry output:\n%s", indent(out.String()))
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	for {
		resp, err := http.Get("http://" + host + "/v2/")
		if err == nil {
			_ = resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				break
			}
		}
		select {
		case <-done:
			t.Fatalf("docker-registry exited:\n%s", out.String())
		default:
		}
		if time.Now().After(deadline) {
			t.Fatalf("docker-registry not ready on %s after 30s:\n%s", host, out.String())
		}
		time.Sleep(100 * time.Millisecond)
	}
	return dockerRegistry{host: host, storage: storage, pid: cmd.Process.Pid}
}

// TestDockerRegistryEndToEnd runs the whole cycle against a real registry
// process: build, push (twice), sign, list with a plain client, verify with
// isobar (and the cosign CLI when present), pull, then tamper with the
// layer on the registry's disk and see the pull refused.
func TestDockerRegistryEndToEnd(t *testing.T) {
	reg := startDockerRegistry(t)
	a, _ := twoKeys(t)
	ctx := ctxT(t)
	repo := reg.host + "/isobar/eu-1"
	b := mustBuild(t, testFiles(t), testMetadata())
	tag := repo + ":" + Tag(b.Metadata)

	d, err := Push(ctx, b, tag, WithInsecure())
	if err != nil {
		t.Fatalf("Push: %v", err)
	}
	again, err := Push(ctx, mustBuild(t, testFiles(t), testMetadata()), tag, WithInsecure())
	if err != nil || again != d {
		t.Fatalf("second Push: %s, %v (first %s)", again, err, d)
	}
	// Unsigned so far.
	_, err = Verify(ctx, tag, Trust{PublicKey: a.pair.PublicKey}, WithInsecure())
	wantKind(t, err, ErrUnsigned)

	if _, err := Sign(ctx, d.String(), a.key, WithInsecure()); err != nil {
		t.Fatalf("Sign: %v", err)
	}
	tags, err := crane.ListTags(repo, crane.Insecure)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{Tag(b.Metadata), "sha256-" + b.Digest.Hex + ".sig"}
	slices.Sort(want)
	slices.Sort(tags)
	if !slices.Equal(tags, want) {
		t.Errorf("tags %q, want %q", tags, want)
	}
	manifest, err := crane.Manifest(d.String(), crane.Insecure)
	if err != nil || !bytes.Equal(manifest, b.RawManifest()) {
		t.Fatalf("the registry serves another manifest (%v):\n%s", err, manifest)
	}

	if got, err := Verify(ctx, tag, Trust{PublicKey: a.pair.PublicKey}, WithInsecure()); err != nil || got != d {
		t.Fatalf("Verify: %s, %v", got, err)
	}
	if _, ok := findCosign(t); ok {
		if _, err := runCosign(t, a.dir, "verify", "--key", "cosign.pub", "--insecure-ignore-tlog=true", "--allow-insecure-registry", tag); err != nil {
			t.Fatalf("cosign verify against docker-registry: %v", err)
		}
	} else {
		t.Log("cosign CLI not built; skipping its verification here (TestCosign* cover it)")
	}

	dir := filepath.Join(t.TempDir(), "eu-1")
	p, err := Pull(ctx, tag, Trust{PublicKey: a.pair.PublicKey}, WithInsecure(), WithCluster("eu-1"), WithOutputDir(dir))
	if err != nil {
		t.Fatalf("Pull: %v", err)
	}
	if len(p.Objects) != 5 || p.Ref != d {
		t.Fatalf("pulled %d objects from %s", len(p.Objects), p.Ref)
	}
	for _, f := range b.Files {
		disk, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
		if err != nil || !bytes.Equal(disk, f.Data) {
			t.Fatalf("%s on disk: %v", f.Path, err)
		}
	}

	// Tamper with the layer where the registry keeps it: same size, other bytes.
	ld := layerDigest(t, b)
	blob := filepath.Join(reg.storage, "docker", "registry", "v2", "blobs", "sha256", ld.Hex[:2], ld.Hex, "data")
	data, err := os.ReadFile(blob)
	if err != nil {
		t.Fatalf("layer blob not where distribution keeps it: %v", err)
	}
	evil := rawLayer(t, regular("apps/evil.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: evil, namespace: shop}\n"))
	if len(evil) > len(data) {
		t.Fatal("replacement larger than the original")
	}
	tampered := append(evil, make([]byte, len(data)-len(evil))...)
	if err := os.WriteFile(blob, tampered, 0o644); err != nil {
		t.Fatal(err)
	}
	out, unchanged := outDir(t)
	_, err = Pull(ctx, tag, Trust{PublicKey: a.pair.PublicKey}, WithInsecure(), WithOutputDir(out))
	wantKind(t, err, ErrDigestMismatch)
	unchanged()
}

// TestDockerRegistryHang: a registry process that stops answering (SIGSTOP)
// is given up on when the context ends, and nothing is written.
func TestDockerRegistryHang(t *testing.T) {
	reg := startDockerRegistry(t)
	a, _ := twoKeys(t)
	b := mustBuild(t, testFiles(t), testMetadata())
	ref := reg.host + "/isobar/eu-1:" + Tag(b.Metadata)
	d, err := Push(ctxT(t), b, ref, WithInsecure())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Sign(ctxT(t), d.String(), a.key, WithInsecure()); err != nil {
		t.Fatal(err)
	}
	// Freeze the process we started: connections are accepted by the
	// kernel, but nothing answers.
	if err := syscall.Kill(reg.pid, syscall.SIGSTOP); err != nil {
		t.Fatalf("SIGSTOP %d: %v", reg.pid, err)
	}
	t.Cleanup(func() { _ = syscall.Kill(reg.pid, syscall.SIGCONT) })

	c, cancel := context.WithTimeout(context.Background(), 2*time.Second)
	defer cancel()
	out, unchanged := outDir(t)
	start := time.Now()
	_, err = Pull(c, ref, Trust{PublicKey: a.pair.PublicKey}, WithInsecure(), WithOutputDir(out))
	wantKind(t, err, ErrRegistry)
	if !strings.Contains(err.Error(), "context deadline exceeded") {
		t.Errorf("error does not name the deadline: %v", err)
	}
	if el := time.Since(start); el > 15*time.Second {
		t.Errorf("took %v", el)
	}
	unchanged()
}
