package bundle

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/go-containerregistry/pkg/registry"
	"github.com/google/go-containerregistry/pkg/v1/remote"
)

// created is the fixtures' commit time.
var created = time.Date(2026, 3, 14, 15, 9, 26, 0, time.UTC)

func testMetadata() Metadata {
	return Metadata{
		Cluster:           "eu-1",
		Jurisdiction:      "EU",
		PlanDigest:        "sha256:5f2b0c9a7e3d4b1c8a6f0e2d9c7b5a3f1e0d8c6b4a2f0e9d7c5b3a1f0e2d4c6b",
		Source:            "https://git.example/isobar/fleet",
		Revision:          "3f7a1c2e9b8d4f6a0c5e7b9d1f3a5c7e9b1d3f5a",
		Created:           created,
		AllowedNamespaces: []string{"shop", "monitoring"},
	}
}

// testFiles reads testdata/simple: a Namespace, a Deployment, a Service and a
// ConfigMap, in one-object-per-file and multi-document files.
func testFiles(t testing.TB) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	root := filepath.Join("testdata", "simple")
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(root, p)
		if err != nil {
			return err
		}
		files[filepath.ToSlash(rel)] = data
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatal("testdata/simple is empty")
	}
	return files
}

// testRegistry is go-containerregistry's in-process registry behind an
// optional middleware.
type testRegistry struct {
	srv  *httptest.Server
	host string // 127.0.0.1:port

	mu   sync.Mutex
	wrap func(w http.ResponseWriter, r *http.Request, next http.Handler) // nil: pass through
}

func newTestRegistry(t testing.TB) *testRegistry {
	t.Helper()
	tr := &testRegistry{}
	reg := registry.New(registry.Logger(log.New(io.Discard, "", 0)))
	tr.srv = httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tr.mu.Lock()
		wrap := tr.wrap
		tr.mu.Unlock()
		if wrap != nil {
			wrap(w, r, reg)
			return
		}
		reg.ServeHTTP(w, r)
	}))
	t.Cleanup(tr.srv.Close)
	tr.host = strings.TrimPrefix(tr.srv.URL, "http://")
	return tr
}

func (tr *testRegistry) setWrap(f func(w http.ResponseWriter, r *http.Request, next http.Handler)) {
	tr.mu.Lock()
	tr.wrap = f
	tr.mu.Unlock()
}

func (tr *testRegistry) repo(name string) string { return tr.host + "/" + name }

// fastRetry keeps retry tests quick.
var fastRetry = WithRetry(remote.Backoff{Duration: 10 * time.Millisecond, Factor: 2, Jitter: 0.1, Steps: 5})

// keys is a key pair generated once per test binary (key derivation is slow).
type testKeys struct {
	pair *KeyPair
	key  *PrivateKey
	dir  string // holds cosign.key and cosign.pub
}

const testPassword = "correct horse battery staple"

var (
	keysOnce   sync.Once
	keysA      *testKeys
	keysB      *testKeys
	keysErr    error
	keysTmpDir string
)

func makeKeys(dir string) (*testKeys, error) {
	pair, err := GenerateKeyPair([]byte(testPassword))
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "cosign.key"), pair.PrivateKey, 0o600); err != nil {
		return nil, err
	}
	if err := os.WriteFile(filepath.Join(dir, "cosign.pub"), pair.PublicKey, 0o644); err != nil {
		return nil, err
	}
	key, err := LoadPrivateKey(pair.PrivateKey, []byte(testPassword))
	if err != nil {
		return nil, err
	}
	return &testKeys{pair: pair, key: key, dir: dir}, nil
}

// twoKeys returns the trusted key pair A and an untrusted one B.
func twoKeys(t testing.TB) (a, b *testKeys) {
	t.Helper()
	keysOnce.Do(func() {
		keysTmpDir, keysErr = os.MkdirTemp("", "isobar-bundle-keys-")
		if keysErr != nil {
			return
		}
		if keysA, keysErr = makeKeys(filepath.Join(keysTmpDir, "a")); keysErr != nil {
			return
		}
		keysB, keysErr = makeKeys(filepath.Join(keysTmpDir, "b"))
	})
	if keysErr != nil {
		t.Fatal(keysErr)
	}
	return keysA, keysB
}

func TestMain(m *testing.M) {
	code := m.Run()
	if keysTmpDir != "" {
		_ = os.RemoveAll(keysTmpDir)
	}
	os.Exit(code)
}

func ctxT(t testing.TB) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	t.Cleanup(cancel)
	return ctx
}

// publish builds, pushes and signs (with key, unless nil) a bundle.
func publish(t testing.TB, tr *testRegistry, repo string, b *Bundle, key *PrivateKey) string {
	t.Helper()
	ctx := ctxT(t)
	d, err := Push(ctx, b, tr.repo(repo)+":"+Tag(b.Metadata), WithInsecure())
	if err != nil {
		t.Fatalf("Push: %v", err)
	}
	if key != nil {
		if _, err := Sign(ctx, d.String(), key, WithInsecure()); err != nil {
			t.Fatalf("Sign: %v", err)
		}
	}
	return d.String()
}

func mustBuild(t testing.TB, files map[string][]byte, md Metadata, opts ...Option) *Bundle {
	t.Helper()
	b, err := Build(files, md, opts...)
	if err != nil {
		t.Fatalf("Build: %v", err)
	}
	return b
}

// tarEntry is one entry of a hand-made (possibly malicious) tar.
type tarEntry struct {
	hdr  tar.Header
	data []byte
}

func regular(name, data string) tarEntry {
	return tarEntry{hdr: tar.Header{Typeflag: tar.TypeReg, Name: name, Mode: 0o644, Size: int64(len(data))}, data: []byte(data)}
}

// rawLayer writes entries as tar+gzip exactly as given.
func rawLayer(t testing.TB, entries ...tarEntry) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	tw := tar.NewWriter(zw)
	for _, e := range entries {
		h := e.hdr
		if err := tw.WriteHeader(&h); err != nil {
			t.Fatalf("tar header %q: %v", h.Name, err)
		}
		if len(e.data) > 0 {
			if _, err := tw.Write(e.data); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// rawBundle assembles a bundle around a hand-made layer, bypassing Build's
// checks; objectCount goes into the config.
func rawBundle(t testing.TB, layer []byte, objectCount int) *Bundle {
	t.Helper()
	md, err := normalizeMetadata(testMetadata())
	if err != nil {
		t.Fatal(err)
	}
	cfg := Config{
		FormatVersion: FormatVersion, Cluster: md.Cluster, Jurisdiction: md.Jurisdiction,
		PlanDigest: md.PlanDigest, AllowedNamespaces: md.AllowedNamespaces, ObjectCount: objectCount,
	}
	b, err := assemble(cfg, annotations(md), layer)
	if err != nil {
		t.Fatal(err)
	}
	b.Metadata = md
	return b
}

// outDir returns a directory for Pull's output, seeded with a file that a
// failed Pull must leave alone, and a check that nothing else was written.
func outDir(t testing.TB) (dir string, unchanged func()) {
	t.Helper()
	parent := t.TempDir()
	dir = filepath.Join(parent, "out")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "keep.txt"), []byte("previous content\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	return dir, func() {
		t.Helper()
		if got := listTree(t, parent); !slices.Equal(got, []string{"out/", "out/keep.txt"}) {
			t.Errorf("output parent after a failed Pull holds %q, want only out/keep.txt", got)
		}
		if data, err := os.ReadFile(filepath.Join(dir, "keep.txt")); err != nil || string(data) != "previous content\n" {
			t.Errorf("out/keep.txt changed: %q, %v", data, err)
		}
	}
}

// listTree lists every file and directory (with a trailing /) under root.
func listTree(t testing.TB, root string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == root {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			rel += "/"
		}
		out = append(out, rel)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

// wantKind fails unless err is of kind want.
func wantKind(t testing.TB, err, want error) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want %v", want)
	}
	if !errors.Is(err, want) {
		t.Fatalf("got %v\nwant an error of kind %q", err, want)
	}
	var be *Error
	if !errors.As(err, &be) {
		t.Fatalf("error %v is not a *bundle.Error", err)
	}
	t.Logf("error (as expected): %v", err)
}

// repoRoot is the repository's root: the folder holding go.mod.
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			t.Fatal("no go.mod above the working directory")
		}
		dir = parent
	}
}

// readTarGz reads a tar+gzip stream as a plain client would: path → content.
func readTarGz(r io.Reader) (map[string]string, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, err
	}
	tr := tar.NewReader(zr)
	out := map[string]string{}
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			return nil, err
		}
		out[h.Name] = string(data)
	}
}

func mapKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
