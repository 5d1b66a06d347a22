package bundle

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/v1/remote"
)

func TestSignVerify(t *testing.T) {
	tr := newTestRegistry(t)
	a, bKeys := twoKeys(t)
	ctx := ctxT(t)
	b := mustBuild(t, testFiles(t), testMetadata())
	tagRef := tr.repo("isobar/eu-1") + ":" + Tag(b.Metadata)
	d, err := Push(ctx, b, tagRef, WithInsecure())
	if err != nil {
		t.Fatal(err)
	}
	sigTag, err := Sign(ctx, d.String(), a.key, WithInsecure())
	if err != nil {
		t.Fatal(err)
	}
	if want := tr.repo("isobar/eu-1") + ":sha256-" + b.Digest.Hex + ".sig"; sigTag.String() != want {
		t.Fatalf("signature tag %s, want %s", sigTag, want)
	}
	trustA := Trust{PublicKey: a.pair.PublicKey}

	// By tag and by digest, the verified digest is the bundle's.
	for _, ref := range []string{tagRef, d.String()} {
		got, err := Verify(ctx, ref, trustA, WithInsecure())
		if err != nil {
			t.Fatalf("Verify(%s): %v", ref, err)
		}
		if got != d {
			t.Fatalf("Verify(%s) = %s, want %s", ref, got, d)
		}
	}

	// Signing again with the same key is a no-op: still one signature.
	if _, err := Sign(ctx, d.String(), a.key, WithInsecure()); err != nil {
		t.Fatal(err)
	}
	if n := signatureCount(t, sigTag); n != 1 {
		t.Fatalf("%d signatures after signing twice with one key", n)
	}
	// Another key's signature is added beside it; both keys verify.
	if _, err := Sign(ctx, d.String(), bKeys.key, WithInsecure()); err != nil {
		t.Fatal(err)
	}
	if n := signatureCount(t, sigTag); n != 2 {
		t.Fatalf("%d signatures after a second key", n)
	}
	for _, k := range []*testKeys{a, bKeys} {
		if _, err := Verify(ctx, tagRef, Trust{PublicKey: k.pair.PublicKey}, WithInsecure()); err != nil {
			t.Fatal(err)
		}
	}

	// The key file helpers.
	trust, err := TrustKeyFile(filepath.Join(a.dir, "cosign.pub"))
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Verify(ctx, tagRef, trust, WithInsecure()); err != nil {
		t.Fatal(err)
	}
	t.Setenv(PasswordEnv, testPassword)
	k, err := ReadPrivateKeyFile(filepath.Join(a.dir, "cosign.key"), PasswordFromEnv())
	if err != nil {
		t.Fatal(err)
	}
	pub, err := k.PublicKey()
	if err != nil || !bytes.Equal(pub, a.pair.PublicKey) {
		t.Fatalf("PublicKey() = %s, %v", pub, err)
	}
}

func signatureCount(t *testing.T, tag name.Tag) int {
	t.Helper()
	img, err := remote.Image(tag)
	if err != nil {
		t.Fatal(err)
	}
	m, err := img.Manifest()
	if err != nil {
		t.Fatal(err)
	}
	return len(m.Layers)
}

func TestSignRefuses(t *testing.T) {
	tr := newTestRegistry(t)
	a, _ := twoKeys(t)
	ctx := ctxT(t)
	b := mustBuild(t, testFiles(t), testMetadata())
	d, err := Push(ctx, b, tr.repo("isobar/eu-1:x"), WithInsecure())
	if err != nil {
		t.Fatal(err)
	}
	_, err = Sign(ctx, tr.repo("isobar/eu-1:x"), a.key, WithInsecure())
	wantKind(t, err, ErrInvalidInput) // a tag
	_, err = Sign(ctx, d.String(), nil, WithInsecure())
	wantKind(t, err, ErrInvalidInput)
	missing := tr.repo("isobar/eu-1") + "@sha256:" + strings.Repeat("0", 64)
	_, err = Sign(ctx, missing, a.key, WithInsecure(), fastRetry)
	wantKind(t, err, ErrNotFound)
	_, err = Sign(ctx, d.String(), a.key, WithInsecure(), WithRekorURL("not a url"))
	wantKind(t, err, ErrInvalidInput)

	// Verify: a digest or tag that is not there is not "unsigned".
	trust := Trust{PublicKey: a.pair.PublicKey}
	_, err = Verify(ctx, missing, trust, WithInsecure(), fastRetry)
	wantKind(t, err, ErrNotFound)
	_, err = Verify(ctx, tr.repo("isobar/eu-1:no-such-tag"), trust, WithInsecure(), fastRetry)
	wantKind(t, err, ErrNotFound)
}

func TestKeys(t *testing.T) {
	a, _ := twoKeys(t)
	if !bytes.Contains(a.pair.PrivateKey, []byte("ENCRYPTED SIGSTORE PRIVATE KEY")) || !bytes.Contains(a.pair.PublicKey, []byte("PUBLIC KEY")) {
		t.Fatalf("unexpected key PEM types:\n%s\n%s", a.pair.PrivateKey, a.pair.PublicKey)
	}
	_, err := LoadPrivateKey(a.pair.PrivateKey, []byte("wrong password"))
	wantKind(t, err, ErrInvalidInput)
	if strings.Contains(err.Error(), testPassword) {
		t.Fatal("error contains a password")
	}
	_, err = LoadPrivateKey([]byte("not a key"), nil)
	wantKind(t, err, ErrInvalidInput)
	_, err = ReadPrivateKeyFile(filepath.Join(t.TempDir(), "missing.key"), nil)
	wantKind(t, err, ErrInvalidInput)
	_, err = TrustKeyFile(filepath.Join(t.TempDir(), "missing.pub"))
	wantKind(t, err, ErrInvalidInput)
	bad := filepath.Join(t.TempDir(), "bad.pub")
	if err := os.WriteFile(bad, []byte("-----BEGIN PUBLIC KEY-----\nAAAA\n-----END PUBLIC KEY-----\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = TrustKeyFile(bad)
	wantKind(t, err, ErrInvalidInput)
}

// TestTrustValidate covers the keyless options; they are only validated here
// (keyless verification needs Sigstore's public services).
func TestTrustValidate(t *testing.T) {
	a, _ := twoKeys(t)
	tests := []struct {
		name  string
		trust Trust
		ok    bool
	}{
		{"key", Trust{PublicKey: a.pair.PublicKey}, true},
		{"key and rekor", Trust{PublicKey: a.pair.PublicKey, RekorURL: "https://rekor.sigstore.dev"}, true},
		{"keyless exact", Trust{CertIdentity: "https://github.com/example/fleet/.github/workflows/publish.yml@refs/heads/main", CertOIDCIssuer: "https://token.actions.githubusercontent.com"}, true},
		{"keyless regexp", Trust{CertIdentityRegexp: `^https://github\.com/example/`, CertOIDCIssuerRegexp: `^https://token\.actions\.githubusercontent\.com$`}, true},
		{"nothing", Trust{}, false},
		{"key and keyless", Trust{PublicKey: a.pair.PublicKey, CertIdentity: "x", CertOIDCIssuer: "y"}, false},
		{"identity without issuer", Trust{CertIdentity: "x"}, false},
		{"issuer without identity", Trust{CertOIDCIssuer: "y"}, false},
		{"identity twice", Trust{CertIdentity: "x", CertIdentityRegexp: "x", CertOIDCIssuer: "y"}, false},
		{"bad regexp", Trust{CertIdentityRegexp: "(", CertOIDCIssuer: "y"}, false},
		{"bad key", Trust{PublicKey: []byte("nope")}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.trust.Validate()
			if (err == nil) != tt.ok {
				t.Fatalf("Validate() = %v, want ok=%v", err, tt.ok)
			}
		})
	}
	// Verify reports an invalid Trust before any registry access.
	_, err := Verify(ctxT(t), "127.0.0.1:1/isobar/eu-1:x", Trust{CertIdentity: "x"}, WithInsecure())
	wantKind(t, err, ErrInvalidInput)
}
