package bundle

import (
	"context"
	"errors"
	"fmt"

	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/v1/remote"
)

// Push uploads a built bundle to ref, a tag ("REPO:eu-1-<rev>") or a digest
// reference that must equal the bundle's digest, and returns the digest
// reference "REPO@sha256:…" to sign and to hand to reconcilers. Blobs the
// registry already has are not uploaded again, so pushing unchanged content
// is a no-op returning the same digest. Credentials come from the Docker
// config keychain unless WithKeychain/WithAuth say otherwise; requests that
// fail with a 5xx, 408, 429 or a temporary network error are retried with
// backoff (WithRetry) until ctx ends or the operation's deadline
// (WithTimeout) passes; a registry silent for WithIOTimeout fails the push.
//
// Options: WithInsecure, WithKeychain, WithAuth, WithTransport, WithRetry,
// WithTimeout, WithIOTimeout.
func Push(ctx context.Context, b *Bundle, ref string, opts ...Option) (name.Digest, error) {
	if b == nil || b.image == nil {
		return name.Digest{}, newError(ref, ErrInvalidInput, errors.New("no bundle (use Build)"))
	}
	o, err := newOptions(opts)
	if err != nil {
		return name.Digest{}, err
	}
	r, err := o.parseRef(ref)
	if err != nil {
		return name.Digest{}, err
	}
	if d, ok := r.(name.Digest); ok && d.DigestStr() != b.Digest.String() {
		return name.Digest{}, newError(ref, ErrInvalidInput, fmt.Errorf("the bundle's digest is %s", b.Digest))
	}
	if err := ctx.Err(); err != nil {
		return name.Digest{}, newError(ref, ErrRegistry, err)
	}
	ctx, cancel := o.begin(ctx, r.Context().RegistryStr())
	defer cancel()
	if err := remote.Write(r, b.image, o.remoteOptions(ctx)...); err != nil {
		return name.Digest{}, end(ctx, registryError(ref, err, o, r.Context().Registry))
	}
	return r.Context().Digest(b.Digest.String()), nil
}
