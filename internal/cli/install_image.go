package cli

import (
	"context"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/google/go-containerregistry/pkg/name"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/internal/version"
)

// DefaultImageRepository is where isobar's agent images are published,
// tagged with the release's version.
const DefaultImageRepository = "ghcr.io/isobar-dev/isobar"

// defaultImageRepository is DefaultImageRepository; tests point it at a
// registry of their own.
var defaultImageRepository = DefaultImageRepository

// releaseRE matches the versions released images are tagged with: a
// semantic version, not a development build, not a Go pseudo-version.
var (
	releaseRE = regexp.MustCompile(`^v\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$`)
	pseudoRE  = regexp.MustCompile(`\d{14}-[0-9a-f]{12}$`)
)

// resolveImage returns the image the agent runs, by digest: --image or
// this release's image, a tag resolved now, its signature verified with
// --image-key when given.
func resolveImage(ctx context.Context, o *installOptions) (string, error) {
	ref := o.image
	if ref == "" {
		v := version.Get().Version
		if !releaseRE.MatchString(v) || pseudoRE.MatchString(v) {
			return "", usageError{fmt.Errorf("this isobar (version %s) is not a release, so there is no image of it: pass --image REPO@sha256:… or a tag", v)}
		}
		ref = defaultImageRepository + ":" + v
	}
	opts, err := o.reg.options()
	if err != nil {
		return "", err
	}
	if o.imageKeyFile != "" {
		trust, err := bundle.TrustKeyFile(o.imageKeyFile)
		if err != nil {
			return "", fmt.Errorf("--image-key: %w", err)
		}
		d, err := bundle.Verify(ctx, ref, trust, opts...)
		if err != nil {
			return "", fmt.Errorf("image %s: %w", ref, err)
		}
		return d.String(), nil
	}
	if _, err := name.NewDigest(ref, name.StrictValidation); err == nil {
		return ref, nil // already pinned; nothing to ask the registry
	}
	if strings.Contains(ref, "@") {
		return "", usageError{fmt.Errorf("--image %q: want REPO:TAG or REPO@sha256:<64 hex digits>", ref)}
	}
	d, err := bundle.Resolve(ctx, ref, opts...)
	if err != nil {
		if errors.Is(err, bundle.ErrNotFound) && o.image == "" {
			return "", fmt.Errorf("image %s: %w (no image of this release in %s: pass --image)", ref, err, defaultImageRepository)
		}
		return "", fmt.Errorf("image %s: %w", ref, err)
	}
	return d.String(), nil
}
