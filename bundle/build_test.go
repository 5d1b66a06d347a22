package bundle

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"encoding/json"
	"flag"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	v1 "github.com/google/go-containerregistry/pkg/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

func TestBuildReproducible(t *testing.T) {
	files := testFiles(t)
	b1 := mustBuild(t, files, testMetadata())
	// Same input, built again (with a fresh map, so iteration order differs).
	again := map[string][]byte{}
	for k, v := range files {
		again[k] = slices.Clone(v)
	}
	md := testMetadata()
	md.AllowedNamespaces = []string{"monitoring", "shop", "shop"} // order and duplicates do not matter
	md.Created = created.In(time.FixedZone("CET", 3600))          // nor the time zone
	b2 := mustBuild(t, again, md)
	if b1.Digest != b2.Digest {
		t.Fatalf("same input, different digests: %s and %s", b1.Digest, b2.Digest)
	}
	if !bytes.Equal(b1.RawManifest(), b2.RawManifest()) || !bytes.Equal(b1.Layer(), b2.Layer()) {
		t.Fatal("same digest but different bytes")
	}
	imgDigest, err := b1.Image().Digest()
	if err != nil || imgDigest != b1.Digest {
		t.Fatalf("Image().Digest() = %v, %v; want %s", imgDigest, err, b1.Digest)
	}

	// One byte more in one file: another layer, another manifest.
	changed := map[string][]byte{}
	for k, v := range files {
		changed[k] = slices.Clone(v)
	}
	p := "apps/Deployment-shop-storefront.yaml"
	changed[p] = bytes.Replace(changed[p], []byte("replicas: 3"), []byte("replicas: 4"), 1)
	b3 := mustBuild(t, changed, testMetadata())
	if b3.Digest == b1.Digest {
		t.Fatal("one byte changed, same digest")
	}

	// Metadata is part of the digest too.
	md = testMetadata()
	md.PlanDigest += "0"
	if mustBuild(t, files, md).Digest == b1.Digest {
		t.Fatal("plan digest changed, same digest")
	}
}

// TestBuildGolden pins the digest of testdata/simple, so that a change of
// format shows up in review (go test -run TestBuildGolden -update rewrites it).
func TestBuildGolden(t *testing.T) {
	b := mustBuild(t, testFiles(t), testMetadata())
	golden := filepath.Join("testdata", "simple.digest")
	if *update {
		if err := os.WriteFile(golden, []byte(b.Digest.String()+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatal(err)
	}
	if got := b.Digest.String(); got != strings.TrimSpace(string(want)) {
		t.Errorf("digest of testdata/simple is %s, golden file says %s (format change? run with -update)", got, strings.TrimSpace(string(want)))
	}
}

func TestBuildFormat(t *testing.T) {
	b := mustBuild(t, testFiles(t), testMetadata())

	var m v1.Manifest
	if err := json.Unmarshal(b.RawManifest(), &m); err != nil {
		t.Fatal(err)
	}
	if m.MediaType != ManifestMediaType || m.ArtifactType != ArtifactType || m.Config.MediaType != ConfigMediaType {
		t.Errorf("manifest types: %s %s %s", m.MediaType, m.ArtifactType, m.Config.MediaType)
	}
	if len(m.Layers) != 1 || m.Layers[0].MediaType != ContentMediaType {
		t.Fatalf("layers: %+v", m.Layers)
	}
	wantAnn := map[string]string{
		AnnotationSource:       "https://git.example/isobar/fleet",
		AnnotationRevision:     "3f7a1c2e9b8d4f6a0c5e7b9d1f3a5c7e9b1d3f5a",
		AnnotationCreated:      "2026-03-14T15:09:26Z",
		AnnotationCluster:      "eu-1",
		AnnotationJurisdiction: "EU",
		AnnotationPlanDigest:   testMetadata().PlanDigest,
	}
	for k, v := range wantAnn {
		if m.Annotations[k] != v {
			t.Errorf("annotation %s = %q, want %q", k, m.Annotations[k], v)
		}
	}

	raw, err := b.Image().RawConfigFile()
	if err != nil {
		t.Fatal(err)
	}
	var cfg Config
	if err := json.Unmarshal(raw, &cfg); err != nil {
		t.Fatal(err)
	}
	want := Config{FormatVersion: 1, Cluster: "eu-1", Jurisdiction: "EU", PlanDigest: testMetadata().PlanDigest,
		AllowedNamespaces: []string{"monitoring", "shop"}, ObjectCount: 5}
	if !equalConfig(cfg, want) {
		t.Errorf("config = %+v, want %+v", cfg, want)
	}

	// The tar: sorted regular files, fixed owner, mode and mtime, no PAX.
	zr, err := gzip.NewReader(bytes.NewReader(b.Layer()))
	if err != nil {
		t.Fatal(err)
	}
	if zr.Name != "" || zr.Comment != "" || !zr.ModTime.IsZero() || zr.OS != 255 || zr.Extra != nil {
		t.Errorf("gzip header not empty: %+v", zr.Header)
	}
	tr := tar.NewReader(zr)
	var names []string
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		names = append(names, h.Name)
		if h.Typeflag != tar.TypeReg || h.Mode != 0o644 || h.Uid != 0 || h.Gid != 0 || h.Uname != "" || h.Gname != "" {
			t.Errorf("%s: header %+v", h.Name, h)
		}
		if !h.ModTime.Equal(created) || len(h.PAXRecords) != 0 || h.Format != tar.FormatUSTAR {
			t.Errorf("%s: mtime %v, PAX %v, format %v", h.Name, h.ModTime, h.PAXRecords, h.Format)
		}
	}
	if !slices.IsSorted(names) || len(names) != 4 {
		t.Errorf("entries %q: want 4, sorted", names)
	}
}

func equalConfig(a, b Config) bool {
	return a.FormatVersion == b.FormatVersion && a.Cluster == b.Cluster && a.Jurisdiction == b.Jurisdiction &&
		a.PlanDigest == b.PlanDigest && slices.Equal(a.AllowedNamespaces, b.AllowedNamespaces) && a.ObjectCount == b.ObjectCount
}

func TestBuildLongPath(t *testing.T) {
	long := "apps/" + strings.Repeat("very-long-name-", 15) + "x.yaml"
	files := map[string][]byte{long: []byte("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x, namespace: shop}\n")}
	b := mustBuild(t, files, testMetadata())
	got, err := extract(b.Layer(), DefaultMaxSize, DefaultMaxObjects)
	if err != nil || len(got) != 1 || got[0].Path != long {
		t.Fatalf("extract: %v, %v", got, err)
	}
}

// TestBuildRefuses: Build runs Pull's checks, so nothing Pull refuses is published.
func TestBuildRefuses(t *testing.T) {
	cm := func(ns, name string) string {
		return "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: " + name + "\n  namespace: " + ns + "\n"
	}
	tests := []struct {
		name  string
		files map[string][]byte
		md    func(*Metadata)
		opts  []Option
		want  error
	}{
		{name: "dotdot", files: map[string][]byte{"../x.yaml": []byte(cm("shop", "a"))}, want: ErrUnsafePath},
		{name: "absolute", files: map[string][]byte{"/etc/x.yaml": []byte(cm("shop", "a"))}, want: ErrUnsafePath},
		{name: "not canonical", files: map[string][]byte{"apps//x.yaml": []byte(cm("shop", "a"))}, want: ErrUnsafePath},
		{name: "file and directory", files: map[string][]byte{"a.yaml": []byte(cm("shop", "a")), "a.yaml/b.yaml": []byte(cm("shop", "b"))}, want: ErrUnsafePath},
		{name: "not yaml extension", files: map[string][]byte{"README.md": []byte("# hi\n")}, want: ErrInvalidContent},
		{name: "not yaml", files: map[string][]byte{"x.yaml": []byte("\x00\x01\x02 {[ : :")}, want: ErrInvalidContent},
		{name: "scalar", files: map[string][]byte{"x.yaml": []byte("just a string\n")}, want: ErrInvalidContent},
		{name: "no kind", files: map[string][]byte{"x.yaml": []byte("apiVersion: v1\nmetadata: {name: a, namespace: shop}\n")}, want: ErrInvalidContent},
		{name: "no name", files: map[string][]byte{"x.yaml": []byte("apiVersion: v1\nkind: ConfigMap\nmetadata: {namespace: shop}\n")}, want: ErrInvalidContent},
		{name: "duplicate key", files: map[string][]byte{"x.yaml": []byte(cm("shop", "a") + "kind: Secret\n")}, want: ErrInvalidContent},
		{name: "empty file", files: map[string][]byte{"x.yaml": []byte("# nothing\n")}, want: ErrInvalidContent},
		{name: "duplicate object", files: map[string][]byte{"a.yaml": []byte(cm("shop", "a")), "b.yaml": []byte(cm("shop", "a"))}, want: ErrInvalidContent},
		{name: "namespace not allowed", files: map[string][]byte{"a.yaml": []byte(cm("kube-system", "a"))}, want: ErrNamespace},
		{name: "namespaced without namespace", files: map[string][]byte{"a.yaml": []byte("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a}\n")}, want: ErrNamespace},
		{name: "Namespace object not allowed", files: map[string][]byte{"a.yaml": []byte("apiVersion: v1\nkind: Namespace\nmetadata: {name: kube-system}\n")}, want: ErrNamespace},
		{name: "no cluster", files: testFiles(t), md: func(m *Metadata) { m.Cluster = "" }, want: ErrInvalidInput},
		{name: "bad cluster", files: testFiles(t), md: func(m *Metadata) { m.Cluster = "EU 1" }, want: ErrInvalidInput},
		{name: "no created", files: testFiles(t), md: func(m *Metadata) { m.Created = time.Time{} }, want: ErrInvalidInput},
		{name: "no revision", files: testFiles(t), md: func(m *Metadata) { m.Revision = "" }, want: ErrInvalidInput},
		{name: "bad namespace", files: testFiles(t), md: func(m *Metadata) { m.AllowedNamespaces = []string{"Shop"} }, want: ErrInvalidInput},
		{name: "too large", files: testFiles(t), opts: []Option{WithMaxSize(100)}, want: ErrTooLarge},
		{name: "bad option", files: testFiles(t), opts: []Option{WithMaxSize(-1)}, want: ErrInvalidInput},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			md := testMetadata()
			if tt.md != nil {
				tt.md(&md)
			}
			_, err := Build(tt.files, md, tt.opts...)
			wantKind(t, err, tt.want)
		})
	}
}

func TestBuildClusterScoped(t *testing.T) {
	files := map[string][]byte{
		"crd.yaml":    []byte("apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: {name: things.example.com}\n"),
		"issuer.yaml": []byte("apiVersion: cert-manager.io/v1\nkind: ClusterIssuer\nmetadata: {name: letsencrypt}\n"),
	}
	if _, err := Build(files, testMetadata()); err == nil {
		t.Fatal("ClusterIssuer without namespace accepted without WithClusterScopedKinds")
	}
	b := mustBuild(t, files, testMetadata(), WithClusterScopedKinds(schema.GroupKind{Group: "cert-manager.io", Kind: "ClusterIssuer"}))
	if b.Config.ObjectCount != 2 {
		t.Fatalf("object count %d", b.Config.ObjectCount)
	}
}

func TestTag(t *testing.T) {
	md := testMetadata()
	if got := Tag(md); got != "eu-1-3f7a1c2e9b8d4f6a0c5e7b9d1f3a5c7e9b1d3f5a" {
		t.Errorf("Tag = %q", got)
	}
	md.Revision = "feature/x y"
	if got := Tag(md); got != "eu-1-feature_x_y" {
		t.Errorf("Tag = %q", got)
	}
	md.Revision = strings.Repeat("a", 300)
	if got := Tag(md); len(got) != 128 {
		t.Errorf("len(Tag) = %d", len(got))
	}
}
