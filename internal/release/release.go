package release

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/internal/atomicfile"
)

// File names of a release besides the binaries.
const (
	ChecksumsName = "checksums.txt"
	SignatureName = "checksums.txt.sig"
	PublicKeyName = "cosign.pub"
)

// Options say what release to make.
type Options struct {
	BuildOptions
	// Created is the commit time: the SBOM's timestamp. Required.
	Created time.Time
	// Key signs checksums.txt. Required.
	Key *bundle.PrivateKey
}

// Release is what Make wrote.
type Release struct {
	Version string `json:"version"`
	// Artefacts are the binaries, then the SBOM: the files checksums.txt
	// lists.
	Artefacts []Artefact `json:"artefacts"`
	// Checksums, Signature and PublicKey are the other files.
	Checksums Artefact `json:"checksums"`
	Signature Artefact `json:"signature"`
	PublicKey Artefact `json:"publicKey"`
}

// Make writes a release into dir (created if needed; a folder that holds
// files other than a release's is refused, so that a typo cannot mix a
// release with other files): the binaries, the SBOM, checksums.txt, its
// signature and the public key.
func Make(ctx context.Context, dir string, o Options) (*Release, error) {
	if err := o.validate(); err != nil {
		return nil, err
	}
	if o.Key == nil {
		return nil, errors.New("release: no signing key")
	}
	if o.Created.IsZero() {
		return nil, errors.New("release: no creation time (the commit time)")
	}
	if err := prepareDir(dir); err != nil {
		return nil, err
	}
	bins, err := Binaries(ctx, dir, o.BuildOptions)
	if err != nil {
		return nil, err
	}
	sbom, err := SBOM(dir, bins, o.Version, o.Created)
	if err != nil {
		return nil, err
	}
	if err := atomicfile.Write(filepath.Join(dir, SBOMName), sbom); err != nil {
		return nil, err
	}
	sb, err := describe(filepath.Join(dir, SBOMName))
	if err != nil {
		return nil, err
	}
	rel := &Release{Version: o.Version, Artefacts: append(bins, sb)}

	sums := Checksums(rel.Artefacts)
	sig, err := bundle.SignBlob(ctx, o.Key, sums)
	if err != nil {
		return nil, err
	}
	pub, err := o.Key.PublicKey()
	if err != nil {
		return nil, fmt.Errorf("release: public key: %w", err)
	}
	for _, f := range []struct {
		name string
		data []byte
		into *Artefact
	}{{ChecksumsName, sums, &rel.Checksums}, {SignatureName, sig, &rel.Signature}, {PublicKeyName, pub, &rel.PublicKey}} {
		path := filepath.Join(dir, f.name)
		if err := atomicfile.Write(path, f.data); err != nil {
			return nil, err
		}
		if *f.into, err = describe(path); err != nil {
			return nil, err
		}
	}
	return rel, nil
}

// Checksums is checksums.txt for the artefacts: "<sha256>  <name>" lines
// sorted by name, as `sha256sum` writes them and `sha256sum -c` reads them.
func Checksums(arts []Artefact) []byte {
	lines := make([]string, 0, len(arts))
	for _, a := range arts {
		lines = append(lines, a.SHA256+"  "+a.Name+"\n")
	}
	slices.SortFunc(lines, func(a, b string) int { return strings.Compare(a[66:], b[66:]) })
	return []byte(strings.Join(lines, ""))
}

// prepareDir makes dir, or checks that it holds only files a release
// writes (a previous release), and removes them.
func prepareDir(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, e := range entries {
		n := e.Name()
		if !e.Type().IsRegular() || !(strings.HasPrefix(n, "isobar_") || n == SBOMName || n == ChecksumsName ||
			n == SignatureName || n == PublicKeyName) {
			return fmt.Errorf("%s: holds %s, which is not a release file: give an empty or new folder", dir, n)
		}
	}
	for _, e := range entries {
		if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
			return err
		}
	}
	return nil
}
