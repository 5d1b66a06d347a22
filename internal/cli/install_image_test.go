package cli

import (
	"bytes"
	"io"
	"log"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/registry"
	"github.com/google/go-containerregistry/pkg/v1/random"
	"github.com/google/go-containerregistry/pkg/v1/remote"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/internal/version"
)

// TestInstallImageByDigest: install puts the agent image in the Deployment
// by digest: a tag (the release's by default, or --image) is resolved
// against the registry, and with --image-key its cosign signature must
// verify with that key; a digest is kept as given; a development build
// without --image, a malformed reference and a wrong key are refused.
func TestInstallImageByDigest(t *testing.T) {
	srv := httptest.NewServer(registry.New(registry.Logger(log.New(io.Discard, "", 0))))
	t.Cleanup(srv.Close)
	host := strings.TrimPrefix(srv.URL, "http://")
	dir := t.TempDir()

	kp, err := bundle.GenerateKeyPair([]byte("pw"))
	if err != nil {
		t.Fatal(err)
	}
	key, err := bundle.LoadPrivateKey(kp.PrivateKey, []byte("pw"))
	if err != nil {
		t.Fatal(err)
	}
	other, err := bundle.GenerateKeyPair([]byte("pw"))
	if err != nil {
		t.Fatal(err)
	}
	pub, otherPub := filepath.Join(dir, "release.pub"), filepath.Join(dir, "other.pub")
	for p, b := range map[string][]byte{pub: kp.PublicKey, otherPub: other.PublicKey} {
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}

	// push makes an image at a tag, signed with key when sign is set, and
	// returns its digest reference.
	push := func(tag string, sign bool) string {
		t.Helper()
		img, err := random.Image(512, 1)
		if err != nil {
			t.Fatal(err)
		}
		ref, err := name.NewTag(tag, name.Insecure)
		if err != nil {
			t.Fatal(err)
		}
		if err := remote.Write(ref, img); err != nil {
			t.Fatal(err)
		}
		h, _ := img.Digest()
		d := ref.Context().Digest(h.String()).String()
		if sign {
			if _, err := bundle.Sign(t.Context(), d, key, bundle.WithInsecure()); err != nil {
				t.Fatal(err)
			}
		}
		return d
	}
	release := push(host+"/isobar-dev/isobar:v1.2.3", true)
	unsigned := push(host+"/isobar-dev/isobar:unsigned", false)
	moved := push(host+"/isobar-dev/isobar:v1.2.3", true) // the tag moves: the newest is used

	oldRepo, oldVersion := defaultImageRepository, version.Version
	t.Cleanup(func() { defaultImageRepository, version.Version = oldRepo, oldVersion })
	defaultImageRepository = host + "/isobar-dev/isobar"

	base := []string{"install", "--cluster", "eu-1", "--git", "https://git.example/fleet", "--registry", "registry.example/bundles", "--key", pub}
	digest := "registry.invalid/isobar@sha256:" + strings.Repeat("ab", 32)
	for _, tc := range []struct {
		name    string
		version string
		args    []string
		code    int
		want    string // in the Deployment (code 0) or on stderr
	}{
		{"release tag resolved", "v1.2.3", []string{"--insecure"}, 0, "image: " + moved},
		{"release tag verified", "v1.2.3", []string{"--insecure", "--image-key", pub}, 0, "image: " + moved},
		{"image tag resolved", "devel", []string{"--insecure", "--image", host + "/isobar-dev/isobar:unsigned"}, 0, "image: " + unsigned},
		{"digest kept, no registry asked", "devel", []string{"--image", digest}, 0, "image: " + digest},
		{"digest verified", "devel", []string{"--insecure", "--image", release, "--image-key", pub}, 0, "image: " + release},
		{"another key", "v1.2.3", []string{"--insecure", "--image-key", otherPub}, 1, "signature"},
		{"unsigned", "devel", []string{"--insecure", "--image", host + "/isobar-dev/isobar:unsigned", "--image-key", pub}, 1, "no signatures"},
		{"development build", "devel", nil, 2, "not a release, so there is no image of it: pass --image"},
		{"pseudo-version", "v0.0.0-20261101120000-0123456789ab", nil, 2, "not a release"},
		{"release missing", "v9.9.9", []string{"--insecure"}, 1, "no image of this release"},
		{"malformed", "devel", []string{"--image", "isobar@sha256:12"}, 2, "want REPO:TAG or REPO@sha256"},
		{"plain HTTP elsewhere", "devel", []string{"--insecure", "--image", "registry.example/isobar:v1"}, 1, "plain HTTP is allowed only for loopback"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			version.Version = tc.version
			var stdout, stderr bytes.Buffer
			code := Main(t.Context(), append(append([]string{}, base...), tc.args...), &stdout, &stderr)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\nstderr: %s", code, tc.code, stderr.String())
			}
			got := stderr.String()
			if code == 0 {
				got = stdout.String()
			}
			if !strings.Contains(got, tc.want) {
				t.Errorf("want %q in:\n%s", tc.want, got)
			}
			if code == 0 && strings.Contains(stdout.String(), ":v1.2.3\n") {
				t.Errorf("the Deployment names a tag:\n%s", stdout.String())
			}
		})
	}
}
