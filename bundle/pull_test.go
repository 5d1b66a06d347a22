package bundle

import (
	"archive/tar"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/go-containerregistry/pkg/name"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/remote"
	"github.com/google/go-containerregistry/pkg/v1/types"
)

func TestPull(t *testing.T) {
	tr := newTestRegistry(t)
	a, _ := twoKeys(t)
	ctx := ctxT(t)
	files := testFiles(t)
	b := mustBuild(t, files, testMetadata())
	d := publish(t, tr, "isobar/eu-1", b, a.key)
	tagRef := tr.repo("isobar/eu-1") + ":" + Tag(b.Metadata)

	parent := t.TempDir()
	dir := filepath.Join(parent, "eu-1")
	// A folder holding what isobar did not write is refused, untouched.
	if err := os.MkdirAll(filepath.Join(dir, "stale"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "stale", "old.yaml"), []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Pull(ctx, tagRef, Trust{PublicKey: a.pair.PublicKey}, WithInsecure(), WithCluster("eu-1"), WithOutputDir(dir))
	wantKind(t, err, ErrOutput)
	if !strings.Contains(err.Error(), "holds stale and was not written by isobar pull") {
		t.Errorf("error %q does not say what is in the way", err)
	}
	if got := listTree(t, parent); !slices.Equal(got, []string{"eu-1/", "eu-1/stale/", "eu-1/stale/old.yaml"}) {
		t.Errorf("after a refused pull: %q", got)
	}
	if err := os.RemoveAll(dir); err != nil {
		t.Fatal(err)
	}
	// An earlier pull's output is replaced as a whole.
	if _, err := Pull(ctx, tagRef, Trust{PublicKey: a.pair.PublicKey}, WithInsecure(), WithCluster("eu-1"), WithOutputDir(dir)); err != nil {
		t.Fatal(err)
	}
	p, err := Pull(ctx, tagRef, Trust{PublicKey: a.pair.PublicKey}, WithInsecure(), WithCluster("eu-1"), WithOutputDir(dir))
	if err != nil {
		t.Fatal(err)
	}
	if p.Ref.String() != d {
		t.Errorf("Ref = %s, want %s", p.Ref, d)
	}
	if got, want := fmt.Sprintf("%+v", p.Metadata), fmt.Sprintf("%+v", b.Metadata); got != want {
		t.Errorf("Metadata = %s\nwant %s", got, want)
	}
	if !equalConfig(p.Config, b.Config) || p.Config.ObjectCount != 5 || len(p.Objects) != 5 {
		t.Errorf("config %+v, %d objects", p.Config, len(p.Objects))
	}
	if p.Objects[0].GetKind() != "Deployment" || p.Objects[0].GetNamespace() != "shop" {
		t.Errorf("first object %s %s/%s", p.Objects[0].GetKind(), p.Objects[0].GetNamespace(), p.Objects[0].GetName())
	}
	if len(p.Files) != len(files) {
		t.Fatalf("%d files, want %d", len(p.Files), len(files))
	}
	for _, f := range p.Files {
		if !bytes.Equal(f.Data, files[f.Path]) {
			t.Errorf("%s differs", f.Path)
		}
		disk, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(f.Path)))
		if err != nil || !bytes.Equal(disk, files[f.Path]) {
			t.Errorf("%s on disk: %v", f.Path, err)
		}
	}
	// The old content was replaced as a whole, and nothing else is left.
	want := []string{"eu-1/", "eu-1/.isobar-output", "eu-1/apps/", "eu-1/apps/Deployment-shop-storefront.yaml", "eu-1/apps/ServiceMonitor-monitoring-storefront.yaml",
		"eu-1/apps/shop-storefront-network.yaml", "eu-1/namespaces/", "eu-1/namespaces/Namespace-shop.yaml"}
	if got := listTree(t, parent); !slices.Equal(got, want) {
		t.Errorf("tree %q\nwant %q", got, want)
	}
	// Pulling into a directory that does not exist yet.
	dir2 := filepath.Join(parent, "new", "eu-1")
	if _, err := Pull(ctx, d, Trust{PublicKey: a.pair.PublicKey}, WithInsecure(), WithOutputDir(dir2)); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir2, "apps", "Deployment-shop-storefront.yaml")); err != nil {
		t.Fatal(err)
	}
	// An output path that is a file: ErrOutput, and the file is untouched.
	file := filepath.Join(parent, "a-file")
	if err := os.WriteFile(file, []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = Pull(ctx, d, Trust{PublicKey: a.pair.PublicKey}, WithInsecure(), WithOutputDir(file))
	wantKind(t, err, ErrOutput)
	if data, _ := os.ReadFile(file); string(data) != "mine" {
		t.Fatal("the file was changed")
	}
}

// TestPullRefuses: each bad input, its own case, refused with the right
// kind of error, with nothing written to the output directory.
func TestPullRefuses(t *testing.T) {
	tr := newTestRegistry(t)
	a, other := twoKeys(t)
	trustA := Trust{PublicKey: a.pair.PublicKey}
	cm := func(ns, name string) string {
		return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\n  namespace: " + ns + "\n"
	}
	good := cm("shop", "ok")
	// signedRaw publishes a hand-made layer, signed with the trusted key.
	signedRaw := func(t *testing.T, repo string, objects int, entries ...tarEntry) string {
		t.Helper()
		return publish(t, tr, repo, rawBundle(t, rawLayer(t, entries...), objects), a.key)
	}
	zeros := func(n int) string { return string(make([]byte, n)) }

	type setup func(t *testing.T) (ref string, opts []Option)
	tests := []struct {
		name    string
		setup   setup
		want    error
		timeout time.Duration // of Pull's context, when not the default
	}{
		{"tampered layer", func(t *testing.T) (string, []Option) {
			b := mustBuild(t, testFiles(t), testMetadata())
			ref := publish(t, tr, "bad/tampered", b, a.key)
			evil := rawLayer(t, regular("apps/evil.yaml", cm("shop", "evil")))
			tr.setWrap(func(w http.ResponseWriter, r *http.Request, next http.Handler) {
				if strings.HasSuffix(r.URL.Path, "/blobs/"+layerDigest(t, b).String()) {
					// A compromised registry (or a man in the middle) serves other bytes.
					w.Header().Set("Content-Length", fmt.Sprint(len(evil)))
					w.Header().Set("Docker-Content-Digest", layerDigest(t, b).String())
					if r.Method != http.MethodHead {
						_, _ = w.Write(evil)
					}
					return
				}
				next.ServeHTTP(w, r)
			})
			t.Cleanup(func() { tr.setWrap(nil) })
			return ref, nil
		}, ErrDigestMismatch, 0},
		{"signature from another key", func(t *testing.T) (string, []Option) {
			return publish(t, tr, "bad/otherkey", mustBuild(t, testFiles(t), testMetadata()), other.key), nil
		}, ErrSignature, 0},
		{"unsigned bundle", func(t *testing.T) (string, []Option) {
			return publish(t, tr, "bad/unsigned", mustBuild(t, testFiles(t), testMetadata()), nil), nil
		}, ErrUnsigned, 0},
		{"signature for another digest", func(t *testing.T) (string, []Option) {
			signed := publish(t, tr, "bad/copied", mustBuild(t, testFiles(t), testMetadata()), a.key)
			md := testMetadata()
			md.Revision = "0000000000000000000000000000000000000000"
			unsigned := publish(t, tr, "bad/copied", mustBuild(t, testFiles(t), md), nil)
			copySignature(t, signed, unsigned)
			return unsigned, nil
		}, ErrSignature, 0},
		{"wrong layer media type", func(t *testing.T) (string, []Option) {
			b := rawBundle(t, rawLayer(t, regular("a.yaml", good)), 1)
			raw, _ := json.Marshal(b.Config)
			b2, err := assembleRaw(ManifestMediaType, ConfigMediaType, raw, types.OCILayer, annotations(b.Metadata), b.layer)
			if err != nil {
				t.Fatal(err)
			}
			b2.Metadata = b.Metadata
			return publish(t, tr, "bad/layertype", b2, a.key), nil
		}, ErrMediaType, 0},
		{"wrong config media type", func(t *testing.T) (string, []Option) {
			b := rawBundle(t, rawLayer(t, regular("a.yaml", good)), 1)
			raw, _ := json.Marshal(b.Config)
			b2, err := assembleRaw(ManifestMediaType, types.OCIConfigJSON, raw, ContentMediaType, annotations(b.Metadata), b.layer)
			if err != nil {
				t.Fatal(err)
			}
			b2.Metadata = b.Metadata
			return publish(t, tr, "bad/configtype", b2, a.key), nil
		}, ErrMediaType, 0},
		{"tar entry with ..", func(t *testing.T) (string, []Option) {
			return signedRaw(t, "bad/dotdot", 2, regular("a.yaml", good), regular("../../escape.yaml", cm("shop", "x"))), nil
		}, ErrUnsafePath, 0},
		{"tar entry with absolute path", func(t *testing.T) (string, []Option) {
			return signedRaw(t, "bad/absolute", 2, regular("a.yaml", good), regular("/etc/cron.d/evil.yaml", cm("shop", "x"))), nil
		}, ErrUnsafePath, 0},
		{"tar symlink", func(t *testing.T) (string, []Option) {
			link := tarEntry{hdr: tar.Header{Typeflag: tar.TypeSymlink, Name: "apps/link.yaml", Linkname: "/etc/passwd", Mode: 0o777}}
			return signedRaw(t, "bad/symlink", 1, regular("a.yaml", good), link), nil
		}, ErrUnsafePath, 0},
		{"tar hardlink", func(t *testing.T) (string, []Option) {
			link := tarEntry{hdr: tar.Header{Typeflag: tar.TypeLink, Name: "b.yaml", Linkname: "a.yaml", Mode: 0o644}}
			return signedRaw(t, "bad/hardlink", 1, regular("a.yaml", good), link), nil
		}, ErrUnsafePath, 0},
		{"tar device", func(t *testing.T) (string, []Option) {
			dev := tarEntry{hdr: tar.Header{Typeflag: tar.TypeChar, Name: "null.yaml", Devmajor: 1, Devminor: 3, Mode: 0o666}}
			return signedRaw(t, "bad/device", 1, regular("a.yaml", good), dev), nil
		}, ErrUnsafePath, 0},
		{"tar duplicate path", func(t *testing.T) (string, []Option) {
			return signedRaw(t, "bad/duppath", 1, regular("a.yaml", good), regular("a.yaml", cm("shop", "evil"))), nil
		}, ErrUnsafePath, 0},
		{"gzip bomb, one huge entry", func(t *testing.T) (string, []Option) {
			return signedRaw(t, "bad/bomb1", 1, regular("a.yaml", good), regular("bomb.yaml", zeros(100<<20))), nil
		}, ErrTooLarge, 0},
		{"gzip bomb, many entries", func(t *testing.T) (string, []Option) {
			entries := []tarEntry{regular("a.yaml", good)}
			for i := range 40 {
				entries = append(entries, regular(fmt.Sprintf("bomb-%02d.yaml", i), zeros(2<<20)))
			}
			return signedRaw(t, "bad/bomb2", 1, entries...), nil
		}, ErrTooLarge, 0},
		{"layer over a smaller limit", func(t *testing.T) (string, []Option) {
			return publish(t, tr, "bad/limit", mustBuild(t, testFiles(t), testMetadata()), a.key), []Option{WithMaxSize(512)}
		}, ErrTooLarge, 0},
		{"non-YAML content", func(t *testing.T) (string, []Option) {
			return signedRaw(t, "bad/notyaml", 1, regular("a.yaml", good), regular("b.yaml", "\x7fELF\x02\x01\x01\x00 {{[ : binary")), nil
		}, ErrInvalidContent, 0},
		{"not a YAML file name", func(t *testing.T) (string, []Option) {
			return signedRaw(t, "bad/notyamlname", 1, regular("a.yaml", good), regular("run.sh", "#!/bin/sh\nrm -rf /\n")), nil
		}, ErrInvalidContent, 0},
		{"duplicate objects", func(t *testing.T) (string, []Option) {
			return signedRaw(t, "bad/dupobj", 2, regular("a.yaml", cm("shop", "same")), regular("b.yaml", strings.Replace(cm("shop", "same"), "v1", "v1\n", 1))), nil
		}, ErrInvalidContent, 0},
		{"object outside allowed namespaces", func(t *testing.T) (string, []Option) {
			return signedRaw(t, "bad/namespace", 2, regular("a.yaml", good), regular("b.yaml", cm("kube-system", "sneaky"))), nil
		}, ErrNamespace, 0},
		{"object count does not match config", func(t *testing.T) (string, []Option) {
			return signedRaw(t, "bad/count", 7, regular("a.yaml", good)), nil
		}, ErrInvalidContent, 0},
		{"bundle for another cluster", func(t *testing.T) (string, []Option) {
			return publish(t, tr, "bad/cluster", mustBuild(t, testFiles(t), testMetadata()), a.key), []Option{WithCluster("us-1")}
		}, ErrWrongCluster, 0},
		{"registry hangs", func(t *testing.T) (string, []Option) {
			b := mustBuild(t, testFiles(t), testMetadata())
			ref := publish(t, tr, "bad/hang", b, a.key)
			release := make(chan struct{})
			tr.setWrap(func(w http.ResponseWriter, r *http.Request, next http.Handler) {
				// The signature verifies; the content layer never comes.
				if strings.HasSuffix(r.URL.Path, "/blobs/"+layerDigest(t, b).String()) {
					select {
					case <-r.Context().Done():
					case <-release:
					}
					return
				}
				next.ServeHTTP(w, r)
			})
			t.Cleanup(func() { close(release); tr.setWrap(nil) })
			return ref, nil
		}, ErrRegistry, 2 * time.Second},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ref, opts := tt.setup(t)
			ctx := ctxT(t)
			if tt.timeout > 0 {
				ctx = ctxWithTimeout(t, tt.timeout)
			}
			dir, unchanged := outDir(t)
			opts = append(opts, WithInsecure(), WithOutputDir(dir))
			p, err := Pull(ctx, ref, trustA, opts...)
			if p != nil {
				t.Errorf("Pull returned content with an error")
			}
			wantKind(t, err, tt.want)
			unchanged()
		})
	}
}

func layerDigest(t *testing.T, b *Bundle) v1.Hash {
	t.Helper()
	var m v1.Manifest
	if err := json.Unmarshal(b.RawManifest(), &m); err != nil {
		t.Fatal(err)
	}
	return m.Layers[0].Digest
}

// copySignature copies the signature image of digest ref from to the
// signature tag of digest ref to.
func copySignature(t *testing.T, from, to string) {
	t.Helper()
	f, err := name.NewDigest(from, name.Insecure)
	if err != nil {
		t.Fatal(err)
	}
	d, err := name.NewDigest(to, name.Insecure)
	if err != nil {
		t.Fatal(err)
	}
	sigTag := func(d name.Digest) name.Tag {
		return d.Context().Tag(strings.Replace(d.DigestStr(), ":", "-", 1) + ".sig")
	}
	img, err := remote.Image(sigTag(f))
	if err != nil {
		t.Fatal(err)
	}
	if err := remote.Write(sigTag(d), img); err != nil {
		t.Fatal(err)
	}
}

// TestPullEmpty round-trips the bundle of a cluster that is to run
// nothing: it is valid, and says so with zero objects.
func TestPullEmpty(t *testing.T) {
	tr := newTestRegistry(t)
	a, _ := twoKeys(t)
	md := testMetadata()
	md.AllowedNamespaces = nil
	b := mustBuild(t, map[string][]byte{}, md)
	d := publish(t, tr, "isobar/eu-1", b, a.key)
	dir := filepath.Join(t.TempDir(), "eu-1")
	p, err := Pull(ctxT(t), d, Trust{PublicKey: a.pair.PublicKey}, WithInsecure(), WithCluster("eu-1"), WithOutputDir(dir))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Objects) != 0 || len(p.Files) != 0 || p.Config.ObjectCount != 0 {
		t.Errorf("%d objects, %d files, config %+v", len(p.Objects), len(p.Files), p.Config)
	}
	if got := listTree(t, dir); !slices.Equal(got, []string{".isobar-output"}) || err != nil {
		t.Errorf("output dir: %q, want only the marker", got)
	}
}

// TestPullUnverified pulls an unsigned bundle by tag, and still refuses
// another cluster's bundle.
func TestPullUnverified(t *testing.T) {
	tr := newTestRegistry(t)
	b := mustBuild(t, testFiles(t), testMetadata())
	d := publish(t, tr, "isobar/eu-1", b, nil)
	tag := tr.repo("isobar/eu-1") + ":" + Tag(b.Metadata)
	if _, err := Pull(ctxT(t), tag, Trust{PublicKey: mustKeys(t).pair.PublicKey}, WithInsecure()); !errors.Is(err, ErrUnsigned) {
		t.Fatalf("Pull of an unsigned bundle: %v, want ErrUnsigned", err)
	}
	p, err := PullUnverified(ctxT(t), tag, WithInsecure(), WithCluster("eu-1"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Ref.String() != d || len(p.Objects) != 5 {
		t.Errorf("pulled %s with %d objects, want %s with 5", p.Ref, len(p.Objects), d)
	}
	_, err = PullUnverified(ctxT(t), tag, WithInsecure(), WithCluster("us-1"))
	wantKind(t, err, ErrWrongCluster)
}

func mustKeys(t *testing.T) *testKeys {
	t.Helper()
	a, _ := twoKeys(t)
	return a
}
