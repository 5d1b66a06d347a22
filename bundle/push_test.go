package bundle

import (
	"context"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/google/go-containerregistry/pkg/authn"
	"github.com/google/go-containerregistry/pkg/crane"
	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/v1/remote"
)

func TestPushIdempotent(t *testing.T) {
	tr := newTestRegistry(t)
	ctx := ctxT(t)
	b := mustBuild(t, testFiles(t), testMetadata())
	ref := tr.repo("isobar/eu-1") + ":" + Tag(b.Metadata)

	var writes atomic.Int32
	tr.setWrap(func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		if r.Method == http.MethodPost || r.Method == http.MethodPatch || (r.Method == http.MethodPut && strings.Contains(r.URL.Path, "/blobs/")) {
			writes.Add(1)
		}
		next.ServeHTTP(w, r)
	})

	d1, err := Push(ctx, b, ref, WithInsecure())
	if err != nil {
		t.Fatal(err)
	}
	if want := tr.repo("isobar/eu-1") + "@" + b.Digest.String(); d1.String() != want {
		t.Fatalf("Push returned %s, want %s", d1, want)
	}
	first := writes.Load()
	if first == 0 {
		t.Fatal("first push uploaded no blob")
	}
	// Same content again, built anew: same digest, no blob uploaded.
	d2, err := Push(ctx, mustBuild(t, testFiles(t), testMetadata()), ref, WithInsecure())
	if err != nil {
		t.Fatal(err)
	}
	if d2 != d1 {
		t.Fatalf("second push: %s, first: %s", d2, d1)
	}
	if n := writes.Load() - first; n != 0 {
		t.Fatalf("pushing unchanged content uploaded %d blobs", n)
	}
	// Pushing by digest works too, and a wrong digest is refused.
	if _, err := Push(ctx, b, d1.String(), WithInsecure()); err != nil {
		t.Fatal(err)
	}
	other := mustBuild(t, map[string][]byte{"x.yaml": []byte("apiVersion: v1\nkind: Namespace\nmetadata: {name: shop}\n")}, testMetadata())
	_, err = Push(ctx, other, d1.String(), WithInsecure())
	wantKind(t, err, ErrInvalidInput)
}

// TestRegistryClientSeesBundle: go-containerregistry as a plain client (as
// crane would) lists the tags and pulls the layer.
func TestRegistryClientSeesBundle(t *testing.T) {
	tr := newTestRegistry(t)
	a, _ := twoKeys(t)
	b := mustBuild(t, testFiles(t), testMetadata())
	d := publish(t, tr, "isobar/eu-1", b, a.key)

	tags, err := crane.ListTags(tr.repo("isobar/eu-1"), crane.Insecure)
	if err != nil {
		t.Fatal(err)
	}
	sigTag := strings.Replace(b.Digest.String(), ":", "-", 1) + ".sig"
	if !slices.Contains(tags, Tag(b.Metadata)) || !slices.Contains(tags, sigTag) {
		t.Fatalf("tags %q, want %q and %q", tags, Tag(b.Metadata), sigTag)
	}
	ref, err := name.ParseReference(d, name.Insecure)
	if err != nil {
		t.Fatal(err)
	}
	desc, err := remote.Get(ref)
	if err != nil {
		t.Fatal(err)
	}
	if desc.MediaType != ManifestMediaType || desc.ArtifactType != ArtifactType {
		t.Fatalf("descriptor %s %s", desc.MediaType, desc.ArtifactType)
	}
	img, err := desc.Image()
	if err != nil {
		t.Fatal(err)
	}
	layers, err := img.Layers()
	if err != nil || len(layers) != 1 {
		t.Fatalf("layers: %v %v", layers, err)
	}
	rc, err := layers[0].Compressed()
	if err != nil {
		t.Fatal(err)
	}
	defer func() { _ = rc.Close() }()
	files, err := readTarGz(rc)
	if err != nil {
		t.Fatal(err)
	}
	if len(files) != len(b.Files) || files["apps/Deployment-shop-storefront.yaml"] == "" {
		t.Fatalf("layer files: %v", mapKeys(files))
	}
}

func TestInsecureOnlyLoopback(t *testing.T) {
	ctx := ctxT(t)
	b := mustBuild(t, testFiles(t), testMetadata())
	for _, ref := range []string{"registry.example/isobar/eu-1:x", "10.0.0.5:5000/isobar/eu-1:x", "192.168.1.2/isobar:x"} {
		_, err := Push(ctx, b, ref, WithInsecure())
		wantKind(t, err, ErrInsecure)
		if !strings.Contains(err.Error(), "loopback") {
			t.Errorf("error does not say why: %v", err)
		}
	}
	for _, host := range []string{"127.0.0.1", "127.1.2.3", "localhost", "[::1]", "::1"} {
		if !isLoopback(strings.Trim(host, "[]")) {
			t.Errorf("%s is loopback", host)
		}
	}

	// Without WithInsecure, plain HTTP is refused even on loopback
	// (go-containerregistry alone would use it), and nothing reaches the server.
	tr := newTestRegistry(t)
	var hits atomic.Int32
	tr.setWrap(func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		hits.Add(1)
		next.ServeHTTP(w, r)
	})
	_, err := Push(ctx, b, tr.repo("isobar/eu-1:x"), WithRetry(remote.Backoff{Steps: 1}))
	wantKind(t, err, ErrInsecure)
	if hits.Load() != 0 {
		t.Errorf("%d plain-HTTP requests reached the registry", hits.Load())
	}
}

// TestRetryOn500: a registry that fails a few times, then works.
func TestRetryOn500(t *testing.T) {
	tr := newTestRegistry(t)
	var failed atomic.Int32
	tr.setWrap(func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		// The first manifest upload and the first two blob checks fail.
		isManifestPut := r.Method == http.MethodPut && strings.Contains(r.URL.Path, "/manifests/")
		isBlobHead := r.Method == http.MethodHead && strings.Contains(r.URL.Path, "/blobs/")
		if (isManifestPut && failed.Load() < 1) || (isBlobHead && failed.Load() < 3) {
			failed.Add(1)
			http.Error(w, "flaky", http.StatusInternalServerError)
			return
		}
		next.ServeHTTP(w, r)
	})
	b := mustBuild(t, testFiles(t), testMetadata())
	d, err := Push(ctxWithTimeout(t, 30*time.Second), b, tr.repo("isobar/eu-1:x"), WithInsecure(), fastRetry)
	if err != nil {
		t.Fatalf("Push with retries: %v", err)
	}
	if failed.Load() < 2 {
		t.Fatalf("only %d failures injected", failed.Load())
	}
	if d.DigestStr() != b.Digest.String() {
		t.Fatal("wrong digest")
	}

	// Pull through the same kind of flakiness: blob downloads fail twice.
	a, _ := twoKeys(t)
	if _, err := Sign(ctxT(t), d.String(), a.key, WithInsecure()); err != nil {
		t.Fatal(err)
	}
	var getFails atomic.Int32
	tr.setWrap(func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		if r.Method == http.MethodGet && strings.Contains(r.URL.Path, "/blobs/") && getFails.Load() < 2 {
			getFails.Add(1)
			http.Error(w, "flaky", http.StatusBadGateway)
			return
		}
		next.ServeHTTP(w, r)
	})
	dir := filepath.Join(t.TempDir(), "out")
	if _, err := Pull(ctxWithTimeout(t, 30*time.Second), d.String(), Trust{PublicKey: a.pair.PublicKey}, WithInsecure(), WithOutputDir(dir), fastRetry); err != nil {
		t.Fatalf("Pull with retries: %v", err)
	}
	if getFails.Load() != 2 {
		t.Fatalf("%d failures injected", getFails.Load())
	}
	if _, err := os.Stat(filepath.Join(dir, "apps", "Deployment-shop-storefront.yaml")); err != nil {
		t.Fatal(err)
	}

	// Always failing: the error says so after the retries.
	tr.setWrap(func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		http.Error(w, "down", http.StatusServiceUnavailable)
	})
	_, err = Push(ctxWithTimeout(t, 30*time.Second), b, tr.repo("isobar/eu-1:y"), WithInsecure(), fastRetry)
	wantKind(t, err, ErrRegistry)
	if !strings.HasPrefix(err.Error(), tr.repo("isobar/eu-1:y")+": ") {
		t.Errorf("error does not start with the reference: %v", err)
	}
}

func ctxWithTimeout(t testing.TB, d time.Duration) context.Context {
	t.Helper()
	c, cancel := context.WithTimeout(context.Background(), d)
	t.Cleanup(cancel)
	return c
}

// TestHangingRegistry: the context's deadline ends the wait.
func TestHangingRegistry(t *testing.T) {
	tr := newTestRegistry(t)
	release := make(chan struct{})
	t.Cleanup(func() { close(release) })
	tr.setWrap(func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		select {
		case <-r.Context().Done():
		case <-release:
		}
	})
	b := mustBuild(t, testFiles(t), testMetadata())
	start := time.Now()
	_, err := Push(ctxWithTimeout(t, 500*time.Millisecond), b, tr.repo("isobar/eu-1:x"), WithInsecure())
	wantKind(t, err, ErrRegistry)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("error %v is not context.DeadlineExceeded", err)
	}
	if el := time.Since(start); el > 10*time.Second {
		t.Errorf("took %v to give up", el)
	}
}

// TestAuthFailure: credentials from the Docker config are sent, refused,
// and appear nowhere in the error.
func TestAuthFailure(t *testing.T) {
	tr := newTestRegistry(t)
	const user, secret = "isobar-ci", "s3cr3t-Pa55w0rd-do-not-leak"
	basic := base64.StdEncoding.EncodeToString([]byte(user + ":" + secret))
	dockerDir := t.TempDir()
	cfg := `{"auths":{"` + tr.host + `":{"auth":"` + basic + `"}}}`
	if err := os.WriteFile(filepath.Join(dockerDir, "config.json"), []byte(cfg), 0o600); err != nil {
		t.Fatal(err)
	}
	t.Setenv("DOCKER_CONFIG", dockerDir)

	var sawCreds atomic.Bool
	tr.setWrap(func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		if u, p, ok := r.BasicAuth(); ok && u == user && p == secret {
			sawCreds.Store(true)
		}
		w.Header().Set("WWW-Authenticate", `Basic realm="isobar-test"`)
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusUnauthorized)
		// A registry that echoes what it got back: must not leak.
		_, _ = w.Write([]byte(`{"errors":[{"code":"UNAUTHORIZED","message":"bad credentials","detail":"` + r.Header.Get("Authorization") + `"}]}`))
	})
	b := mustBuild(t, testFiles(t), testMetadata())
	ref := tr.repo("isobar/eu-1:x")
	_, err := Push(ctxT(t), b, ref, WithInsecure(), fastRetry)
	wantKind(t, err, ErrUnauthorized)
	if !sawCreds.Load() {
		t.Error("the Docker config's credentials were not sent")
	}
	for _, s := range []string{secret, basic} {
		if strings.Contains(err.Error(), s) {
			t.Fatalf("error leaks a credential: %v", err)
		}
	}
	if !strings.HasPrefix(err.Error(), ref+": registry authentication failed") {
		t.Errorf("error = %v", err)
	}

	a, _ := twoKeys(t)
	dir, unchanged := outDir(t)
	_, err = Pull(ctxT(t), ref, Trust{PublicKey: a.pair.PublicKey}, WithInsecure(), WithOutputDir(dir), fastRetry)
	wantKind(t, err, ErrUnauthorized)
	if strings.Contains(err.Error(), secret) || strings.Contains(err.Error(), basic) {
		t.Fatalf("error leaks a credential: %v", err)
	}
	unchanged()
}

func TestScrub(t *testing.T) {
	o, err := newOptions([]Option{WithAuth(&authn.Basic{Username: "robot", Password: "hunter2-hunter2"})})
	if err != nil {
		t.Fatal(err)
	}
	reg, _ := name.NewRegistry("registry.example")
	cause := fmt.Errorf("GET https://robot:hunter2-hunter2@registry.example/v2/: echo Authorization: Bearer eyJhbGciOiJFUzI1NiJ9.payload.sig and %s and %s",
		"hunter2-hunter2", base64.StdEncoding.EncodeToString([]byte("robot:hunter2-hunter2")))
	err = registryError("registry.example/isobar/eu-1:x", cause, o, reg)
	for _, leak := range []string{"hunter2", "eyJhbGciOiJFUzI1NiJ9", base64.StdEncoding.EncodeToString([]byte("robot:hunter2-hunter2"))} {
		if strings.Contains(err.Error(), leak) {
			t.Errorf("%q leaks in %v", leak, err)
		}
	}
	if !errors.Is(err, ErrRegistry) || !errors.Is(err, cause) {
		t.Errorf("chain lost: %v", err)
	}
	t.Log(err)
}
