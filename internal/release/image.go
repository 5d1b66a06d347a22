package release

import (
	"archive/tar"
	"bytes"
	"context"
	"encoding/pem"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/google/go-containerregistry/pkg/authn"
	"github.com/google/go-containerregistry/pkg/name"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/empty"
	"github.com/google/go-containerregistry/pkg/v1/mutate"
	"github.com/google/go-containerregistry/pkg/v1/remote"
	"github.com/google/go-containerregistry/pkg/v1/tarball"
	"github.com/google/go-containerregistry/pkg/v1/types"
	"golang.org/x/crypto/x509roots/fallback/bundle"

	isobundle "isobar.dev/isobar/bundle"
)

// The agent image's layout.
const (
	// ImageBinary is where the binary is in the image, its entrypoint.
	ImageBinary = "/usr/local/bin/isobar"
	// ImageCACerts is the root certificates' file, where Go looks first.
	ImageCACerts = "/etc/ssl/certs/ca-certificates.crt"
	// ImageUser is the user (and group) the image runs as: not root, the
	// id distroless images call nonroot.
	ImageUser = 65532
)

// ImagePlatforms are the platforms of the agent image.
var ImagePlatforms = []Platform{{"linux", "amd64"}, {"linux", "arm64"}}

// ImageOptions describe the agent image.
type ImageOptions struct {
	// Version and Revision are the release's; Version is required.
	Version  string
	Revision string
	// Source is the repository's URL (org.opencontainers.image.source).
	Source string
	// Created is the commit time, the image's creation time (so that the
	// digest depends on the commit alone). Required.
	Created time.Time
	// Platforms of the index. Default: ImagePlatforms.
	Platforms []Platform
}

// Annotations are the OCI annotations of the image, its manifests and the
// index; the config's labels are the same.
func (o ImageOptions) Annotations() map[string]string {
	a := map[string]string{
		"org.opencontainers.image.title":    "isobar",
		"org.opencontainers.image.version":  o.Version,
		"org.opencontainers.image.created":  o.Created.UTC().Format(time.RFC3339),
		"org.opencontainers.image.licenses": "Apache-2.0",
	}
	if o.Source != "" {
		a["org.opencontainers.image.source"] = o.Source
	}
	if o.Revision != "" {
		a["org.opencontainers.image.revision"] = o.Revision
	}
	return a
}

// Image builds the agent image from a release folder's linux binaries: per
// platform, one layer holding the binary at ImageBinary, the Mozilla root
// certificates (as pinned in go.mod by golang.org/x/crypto/x509roots) at
// ImageCACerts, /etc/passwd and /etc/group naming user 65532, its home and
// /tmp; no base image. It runs as 65532:65532 with the binary as
// entrypoint. The result, a multi-arch OCI index, is in memory and a
// function of the binaries and the options.
func Image(dir string, o ImageOptions) (v1.ImageIndex, error) {
	if !versionRE.MatchString(o.Version) {
		return nil, fmt.Errorf("image: version %q: want a tag such as v1.2.0", o.Version)
	}
	if o.Created.IsZero() {
		return nil, errors.New("image: no creation time (the commit time)")
	}
	if len(o.Platforms) == 0 {
		o.Platforms = ImagePlatforms
	}
	certs, err := rootCertificates()
	if err != nil {
		return nil, err
	}
	ann := o.Annotations()
	var idx v1.ImageIndex = mutate.IndexMediaType(empty.Index, types.OCIImageIndex)
	for _, p := range o.Platforms {
		if p.OS != "linux" {
			return nil, fmt.Errorf("image: platform %s: the agent image is for linux only", p)
		}
		path := filepath.Join(dir, BinaryName(o.Version, p))
		bin, err := os.ReadFile(path)
		if err != nil {
			return nil, fmt.Errorf("image: the %s binary: %w (make the release first)", p, err)
		}
		img, err := platformImage(p, bin, certs, o.Created, ann)
		if err != nil {
			return nil, fmt.Errorf("image %s: %w", p, err)
		}
		idx = mutate.AppendManifests(idx, mutate.IndexAddendum{
			Add:        img,
			Descriptor: v1.Descriptor{Platform: &v1.Platform{OS: p.OS, Architecture: p.Arch}},
		})
	}
	return mutate.Annotations(idx, ann).(v1.ImageIndex), nil
}

func platformImage(p Platform, bin, certs []byte, created time.Time, ann map[string]string) (v1.Image, error) {
	layerTar, err := rootFS(bin, certs, created)
	if err != nil {
		return nil, err
	}
	layer, err := tarball.LayerFromOpener(func() (io.ReadCloser, error) {
		return io.NopCloser(bytes.NewReader(layerTar)), nil
	}, tarball.WithMediaType(types.OCILayer))
	if err != nil {
		return nil, err
	}
	img := mutate.ConfigMediaType(mutate.MediaType(empty.Image, types.OCIManifestSchema1), types.OCIConfigJSON)
	img, err = mutate.Append(img, mutate.Addendum{
		Layer:     layer,
		MediaType: types.OCILayer,
		History:   v1.History{Created: v1.Time{Time: created}, CreatedBy: "isobar-release", Comment: "isobar binary, root certificates, user 65532"},
	})
	if err != nil {
		return nil, err
	}
	cfg, err := img.ConfigFile()
	if err != nil {
		return nil, err
	}
	cfg = cfg.DeepCopy()
	cfg.OS, cfg.Architecture = p.OS, p.Arch
	cfg.Created = v1.Time{Time: created}
	cfg.Config = v1.Config{
		User:       fmt.Sprintf("%d:%d", ImageUser, ImageUser),
		Entrypoint: []string{ImageBinary},
		Env:        []string{"PATH=/usr/local/bin", "SSL_CERT_FILE=" + ImageCACerts, "HOME=/home/nonroot"},
		WorkingDir: "/home/nonroot",
		Labels:     ann,
	}
	img, err = mutate.ConfigFile(img, cfg)
	if err != nil {
		return nil, err
	}
	return mutate.Annotations(img, ann).(v1.Image), nil
}

// rootFS is the image's one layer: a tar with sorted entries, fixed owners
// and times.
func rootFS(bin, certs []byte, created time.Time) ([]byte, error) {
	type entry struct {
		name  string
		mode  int64
		uid   int
		data  []byte
		isDir bool
	}
	passwd := fmt.Sprintf("root:x:0:0:root:/root:/sbin/nologin\nnonroot:x:%d:%d:nonroot:/home/nonroot:/sbin/nologin\n", ImageUser, ImageUser)
	group := fmt.Sprintf("root:x:0:\nnonroot:x:%d:\n", ImageUser)
	entries := []entry{
		{name: "etc/", mode: 0o755, isDir: true},
		{name: "etc/group", mode: 0o644, data: []byte(group)},
		{name: "etc/passwd", mode: 0o644, data: []byte(passwd)},
		{name: "etc/ssl/", mode: 0o755, isDir: true},
		{name: "etc/ssl/certs/", mode: 0o755, isDir: true},
		{name: "etc/ssl/certs/ca-certificates.crt", mode: 0o644, data: certs},
		{name: "home/", mode: 0o755, isDir: true},
		{name: "home/nonroot/", mode: 0o700, uid: ImageUser, isDir: true},
		{name: "tmp/", mode: 0o1777, isDir: true},
		{name: "usr/", mode: 0o755, isDir: true},
		{name: "usr/local/", mode: 0o755, isDir: true},
		{name: "usr/local/bin/", mode: 0o755, isDir: true},
		{name: "usr/local/bin/isobar", mode: 0o755, data: bin},
	}
	var buf bytes.Buffer
	tw := tar.NewWriter(&buf)
	for _, e := range entries {
		h := &tar.Header{
			Name: e.name, Mode: e.mode, Uid: e.uid, Gid: e.uid, ModTime: created.UTC(),
			Typeflag: tar.TypeReg, Size: int64(len(e.data)), Format: tar.FormatPAX,
		}
		if e.isDir {
			h.Typeflag, h.Size = tar.TypeDir, 0
		}
		h.Format = tar.FormatUSTAR
		if err := tw.WriteHeader(h); err != nil {
			return nil, fmt.Errorf("layer %s: %w", e.name, err)
		}
		if _, err := tw.Write(e.data); err != nil {
			return nil, fmt.Errorf("layer %s: %w", e.name, err)
		}
	}
	if err := tw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// rootCertificates is a PEM bundle of the Mozilla roots without extra
// constraints (those with constraints X.509 cannot carry, such as a
// distrust date, are left out rather than trusted without them).
func rootCertificates() ([]byte, error) {
	var buf bytes.Buffer
	for r := range bundle.Roots() {
		if r.Constraint != nil {
			continue
		}
		if err := pem.Encode(&buf, &pem.Block{Type: "CERTIFICATE", Bytes: r.Certificate}); err != nil {
			return nil, err
		}
	}
	if buf.Len() == 0 {
		return nil, errors.New("image: no root certificates")
	}
	return buf.Bytes(), nil
}

// PushOptions say where and how to push the image.
type PushOptions struct {
	// Insecure allows plain HTTP to a loopback registry (tests, local
	// registries); other hosts are refused.
	Insecure bool
	// Keychain authenticates to the registry. Default:
	// authn.DefaultKeychain (the Docker config).
	Keychain authn.Keychain
}

// PushImage pushes the index to ref (a tag, e.g.
// ghcr.io/isobar-dev/isobar:v1.2.0), signs it and each platform's manifest
// with key as `cosign sign` does (so `cosign verify --key` accepts the
// index digest or a platform's), and returns the index's digest reference.
func PushImage(ctx context.Context, idx v1.ImageIndex, ref string, key *isobundle.PrivateKey, o PushOptions) (name.Digest, error) {
	var nopts []name.Option
	if o.Insecure {
		nopts = append(nopts, name.Insecure)
	}
	tag, err := name.NewTag(ref, append(nopts, name.StrictValidation)...)
	if err != nil {
		return name.Digest{}, fmt.Errorf("image %s: %w", ref, err)
	}
	if o.Insecure && !isLoopbackRegistry(tag.RegistryStr()) {
		return name.Digest{}, fmt.Errorf("image %s: plain HTTP is allowed only for loopback registries", ref)
	}
	kc := o.Keychain
	if kc == nil {
		kc = authn.DefaultKeychain
	}
	if err := remote.WriteIndex(tag, idx, remote.WithContext(ctx), remote.WithAuthFromKeychain(kc)); err != nil {
		return name.Digest{}, fmt.Errorf("image %s: push: %w", ref, err)
	}
	h, err := idx.Digest()
	if err != nil {
		return name.Digest{}, err
	}
	d := tag.Context().Digest(h.String())
	subjects := []name.Digest{d}
	im, err := idx.IndexManifest()
	if err != nil {
		return name.Digest{}, err
	}
	for _, m := range im.Manifests {
		subjects = append(subjects, tag.Context().Digest(m.Digest.String()))
	}
	bopts := []isobundle.Option{isobundle.WithKeychain(kc)}
	if o.Insecure {
		bopts = append(bopts, isobundle.WithInsecure())
	}
	for _, s := range subjects {
		if _, err := isobundle.Sign(ctx, s.String(), key, bopts...); err != nil {
			return name.Digest{}, fmt.Errorf("image %s: %w", s, err)
		}
	}
	return d, nil
}
