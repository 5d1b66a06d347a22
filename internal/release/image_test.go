package release

import (
	"archive/tar"
	"encoding/json"
	"errors"
	"io"
	"log"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/google/go-containerregistry/pkg/registry"

	"isobar.dev/isobar/bundle"
)

// TestAgentImage builds the agent image from linux binaries, twice (one
// digest), pushes it to a registry on loopback and signs it; the upstream
// cosign CLI verifies the index and a platform's manifest with the public
// key, bundle.Verify resolves the tag to the pushed digest, crane exports
// the linux/amd64 filesystem, whose entrypoint runs and reports the
// version, and the config and manifests carry the user and annotations.
func TestAgentImage(t *testing.T) {
	key, pub := testKey(t)
	dir := t.TempDir()
	bo := BuildOptions{ModuleDir: moduleDir(t), Version: "v0.9.0-test.1", Revision: "89abcdef0123456789abcdef0123456789abcdef", Platforms: ImagePlatforms}
	if _, err := Binaries(t.Context(), dir, bo); err != nil {
		t.Fatal(err)
	}
	iopts := ImageOptions{
		Version: bo.Version, Revision: bo.Revision, Source: "https://github.com/isobar-dev/isobar",
		Created: time.Date(2026, 11, 2, 10, 30, 0, 0, time.UTC),
	}
	idx, err := Image(dir, iopts)
	if err != nil {
		t.Fatal(err)
	}
	again, err := Image(dir, iopts)
	if err != nil {
		t.Fatal(err)
	}
	d1, _ := idx.Digest()
	d2, _ := again.Digest()
	if d1 != d2 {
		t.Fatalf("two builds of the image differ: %s, %s", d1, d2)
	}

	srv := httptest.NewServer(registry.New(registry.Logger(log.New(io.Discard, "", 0))))
	t.Cleanup(srv.Close)
	host := strings.TrimPrefix(srv.URL, "http://")
	tag := host + "/isobar-dev/isobar:" + bo.Version
	d, err := PushImage(t.Context(), idx, tag, key, PushOptions{Insecure: true})
	if err != nil {
		t.Fatal(err)
	}
	if d.DigestStr() != d1.String() {
		t.Fatalf("pushed %s, built %s", d, d1)
	}
	t.Logf("image %s", d)

	trust, err := bundle.TrustKeyFile(pub)
	if err != nil {
		t.Fatal(err)
	}
	got, err := bundle.Verify(t.Context(), tag, trust, bundle.WithInsecure())
	if err != nil || got != d {
		t.Fatalf("bundle.Verify(%s) = %s, %v; want %s", tag, got, err, d)
	}
	_, other := testKey(t)
	otherTrust, _ := bundle.TrustKeyFile(other)
	if _, err := bundle.Verify(t.Context(), tag, otherTrust, bundle.WithInsecure()); !errors.Is(err, bundle.ErrSignature) {
		t.Errorf("verify with another key: %v; want ErrSignature", err)
	}

	crane := craneCLI(t)
	manifest, err := run(t, "", crane, "manifest", "--insecure", d.String())
	if err != nil {
		t.Fatal(err)
	}
	var im struct {
		MediaType   string
		Manifests   []struct{ Digest string }
		Annotations map[string]string
	}
	if err := json.Unmarshal([]byte(manifest), &im); err != nil {
		t.Fatal(err)
	}
	if im.MediaType != "application/vnd.oci.image.index.v1+json" || len(im.Manifests) != 2 {
		t.Errorf("index: %s", manifest)
	}
	for k, v := range iopts.Annotations() {
		if im.Annotations[k] != v {
			t.Errorf("index annotation %s = %q; want %q", k, im.Annotations[k], v)
		}
	}
	if im.Annotations["org.opencontainers.image.revision"] != bo.Revision || im.Annotations["org.opencontainers.image.created"] != "2026-11-02T10:30:00Z" {
		t.Errorf("index annotations: %v", im.Annotations)
	}

	cosign := cosignCLI(t)
	platformRef := d.Context().Digest(im.Manifests[0].Digest).String()
	for _, ref := range []string{d.String(), platformRef} {
		if _, err := run(t, "", cosign, "verify", "--key", pub, "--insecure-ignore-tlog=true", "--allow-http-registry", ref); err != nil {
			t.Errorf("cosign verify %s: %v", ref, err)
		}
	}

	cfgJSON, err := run(t, "", crane, "config", "--insecure", "--platform", "linux/amd64", d.String())
	if err != nil {
		t.Fatal(err)
	}
	var cfg struct {
		Architecture string
		Config       struct {
			User       string
			Entrypoint []string
			Labels     map[string]string
		}
	}
	if err := json.Unmarshal([]byte(cfgJSON), &cfg); err != nil {
		t.Fatal(err)
	}
	if cfg.Architecture != "amd64" || cfg.Config.User != "65532:65532" || strings.Join(cfg.Config.Entrypoint, " ") != ImageBinary ||
		cfg.Config.Labels["org.opencontainers.image.version"] != bo.Version {
		t.Errorf("config: %s", cfgJSON)
	}

	fsTar := filepath.Join(t.TempDir(), "fs.tar")
	if _, err := run(t, "", crane, "export", "--insecure", "--platform", "linux/amd64", d.String(), fsTar); err != nil {
		t.Fatal(err)
	}
	root := t.TempDir()
	owners := extract(t, fsTar, root)
	if owners["home/nonroot"] != ImageUser || owners["usr/local/bin/isobar"] != 0 {
		t.Errorf("owners: %v", owners)
	}
	passwd, err := os.ReadFile(filepath.Join(root, "etc", "passwd"))
	if err != nil || !strings.Contains(string(passwd), "nonroot:x:65532:65532:") {
		t.Errorf("/etc/passwd: %q, %v", passwd, err)
	}
	certs, err := os.ReadFile(filepath.Join(root, ImageCACerts))
	if err != nil || strings.Count(string(certs), "BEGIN CERTIFICATE") < 100 {
		t.Errorf("%s: %d certificates, %v", ImageCACerts, strings.Count(string(certs), "BEGIN CERTIFICATE"), err)
	}
	if runtime.GOOS != "linux" || runtime.GOARCH != "amd64" {
		t.Skipf("cannot run the linux/amd64 entrypoint on %s/%s", runtime.GOOS, runtime.GOARCH)
	}
	out, err := exec.Command(filepath.Join(root, ImageBinary), "version", "-o", "json").Output()
	if err != nil {
		t.Fatalf("the exported entrypoint: %v", err)
	}
	var info struct{ Version, Revision string }
	if err := json.Unmarshal(out, &info); err != nil || info.Version != bo.Version || info.Revision != bo.Revision {
		t.Errorf("the exported entrypoint's version: %s (%v)", out, err)
	}
}

// extract unpacks a flattened filesystem tar (regular files and folders
// only) and returns the owner of each entry.
func extract(t *testing.T, path, root string) map[string]int {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	owners := map[string]int{}
	tr := tar.NewReader(f)
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		// Folders are named with or without a trailing slash.
		owners[strings.TrimSuffix(h.Name, "/")] = h.Uid
		target := filepath.Join(root, filepath.FromSlash(h.Name))
		if !strings.HasPrefix(target, root+string(filepath.Separator)) {
			t.Fatalf("entry %q leaves the folder", h.Name)
		}
		switch h.Typeflag {
		case tar.TypeDir:
			if err := os.MkdirAll(target, 0o755); err != nil {
				t.Fatal(err)
			}
		case tar.TypeReg:
			if err := os.MkdirAll(filepath.Dir(target), 0o755); err != nil {
				t.Fatal(err)
			}
			b, err := io.ReadAll(tr)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(target, b, os.FileMode(h.Mode)&0o755); err != nil {
				t.Fatal(err)
			}
		default:
			t.Errorf("unexpected entry %q of type %c", h.Name, h.Typeflag)
		}
	}
	return owners
}
