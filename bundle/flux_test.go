package bundle

import (
	"bytes"
	"crypto"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/v1/remote"
	"github.com/sigstore/cosign/v2/pkg/cosign"
	ociremote "github.com/sigstore/cosign/v2/pkg/oci/remote"
	"github.com/sigstore/sigstore/pkg/cryptoutils"
	"github.com/sigstore/sigstore/pkg/signature"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
)

// TestFluxLayerSelection makes, with go-containerregistry as the client, the
// selection Flux's source-controller makes for an OCIRepository with
// spec.layerSelector {mediaType: ContentMediaType, operation: extract|copy},
// and its key-based cosign verification (public key, offline, tlog ignored).
func TestFluxLayerSelection(t *testing.T) {
	tr := newTestRegistry(t)
	a, _ := twoKeys(t)
	b := mustBuild(t, testFiles(t), testMetadata())
	publish(t, tr, "isobar/eu-1", b, a.key)
	ref, err := name.ParseReference(tr.repo("isobar/eu-1")+":"+Tag(b.Metadata), name.Insecure)
	if err != nil {
		t.Fatal(err)
	}

	// spec.verify.provider: cosign with a secretRef holding cosign.pub:
	// source-controller's CheckOpts for a public key.
	pub, err := cryptoutils.UnmarshalPEMToPublicKey(a.pair.PublicKey)
	if err != nil {
		t.Fatal(err)
	}
	verifier, err := signature.LoadVerifier(pub, crypto.SHA256)
	if err != nil {
		t.Fatal(err)
	}
	co := &cosign.CheckOpts{
		Offline:            true,
		IgnoreTlog:         true,
		SigVerifier:        verifier,
		RegistryClientOpts: []ociremote.Option{ociremote.WithRemoteOptions(remote.WithContext(ctxT(t)))},
	}
	if sigs, _, err := cosign.VerifyImageSignatures(ctxT(t), ref, co); err != nil || len(sigs) != 1 {
		t.Fatalf("Flux-style cosign verification: %d signatures, %v", len(sigs), err)
	}

	// spec.layerSelector.mediaType: the first layer of that media type.
	img, err := remote.Image(ref)
	if err != nil {
		t.Fatal(err)
	}
	m, err := img.Manifest()
	if err != nil {
		t.Fatal(err)
	}
	idx := -1
	for i, l := range m.Layers {
		if string(l.MediaType) == "application/vnd.isobar.bundle.content.v1.tar+gzip" {
			idx = i
			break
		}
	}
	if idx < 0 {
		t.Fatalf("no layer of the content media type in %+v", m.Layers)
	}
	layer, err := img.LayerByDigest(m.Layers[idx].Digest)
	if err != nil {
		t.Fatal(err)
	}

	// operation: copy — the blob as it is.
	rc, err := layer.Compressed()
	if err != nil {
		t.Fatal(err)
	}
	blob, err := io.ReadAll(rc)
	_ = rc.Close()
	if err != nil || !bytes.Equal(blob, b.Layer()) {
		t.Fatalf("copy: %d bytes, %v", len(blob), err)
	}

	// operation: extract — tar+gzip, unpacked: the YAML files.
	files, err := readTarGz(bytes.NewReader(blob))
	if err != nil {
		t.Fatalf("extract: the layer is not tar+gzip: %v", err)
	}
	if len(files) != len(b.Files) {
		t.Fatalf("extracted %q", mapKeys(files))
	}
	objects := 0
	for _, f := range b.Files {
		got, ok := files[f.Path]
		if !ok || got != string(f.Data) {
			t.Fatalf("%s: extracted content differs", f.Path)
		}
		objs, err := parseObjects(f.Path, []byte(got))
		if err != nil {
			t.Fatal(err)
		}
		objects += len(objs)
	}
	if objects != 5 {
		t.Fatalf("%d objects in the extracted YAML", objects)
	}
}

// TestFluxDocSnippet keeps the Flux snippet (testdata/flux, also in the
// package documentation) in line with the format's media type.
func TestFluxDocSnippet(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("testdata", "flux", "isobar-eu-1.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	objs, err := parseObjects("isobar-eu-1.yaml", data)
	if err != nil || len(objs) != 2 {
		t.Fatalf("snippet: %d objects, %v", len(objs), err)
	}
	repo := objs[0]
	if repo.GetKind() != "OCIRepository" || !strings.HasPrefix(repo.GetAPIVersion(), "source.toolkit.fluxcd.io/") {
		t.Fatalf("first object is %s %s", repo.GetAPIVersion(), repo.GetKind())
	}
	str := func(fields ...string) string {
		s, _, _ := unstructured.NestedString(repo.Object, fields...)
		return s
	}
	if got := str("spec", "layerSelector", "mediaType"); got != string(ContentMediaType) {
		t.Errorf("layerSelector.mediaType %q, want %q", got, ContentMediaType)
	}
	if got := str("spec", "layerSelector", "operation"); got != "extract" {
		t.Errorf("layerSelector.operation %q", got)
	}
	if str("spec", "verify", "provider") != "cosign" || str("spec", "verify", "secretRef", "name") == "" {
		t.Errorf("verify: %v", repo.Object["spec"])
	}
	if !strings.HasPrefix(str("spec", "url"), "oci://") {
		t.Errorf("url %q", str("spec", "url"))
	}
	if tag := str("spec", "ref", "tag"); tag != Tag(testMetadata()) {
		t.Errorf("ref.tag %q, want the conventional %q", tag, Tag(testMetadata()))
	}
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"mediaType: " + string(ContentMediaType), "operation: extract", "provider: cosign"} {
		if !bytes.Contains(doc, []byte(want)) {
			t.Errorf("doc.go lacks %q", want)
		}
	}
}
