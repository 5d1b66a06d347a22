package bundle

import (
	"bytes"
	"context"
	"encoding/base64"
	"errors"
	"fmt"

	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/v1/remote"
	sigoptions "github.com/sigstore/sigstore/pkg/signature/options"
)

// SignBlob signs data (a file's bytes, e.g. a release's checksums.txt) with
// key as `cosign sign-blob --key cosign.key` does: an ECDSA signature over
// the SHA-256 of data, returned base64-encoded, the content of the .sig file
// that `cosign verify-blob --key cosign.pub --signature FILE.sig
// --insecure-ignore-tlog=true FILE` checks. Nothing is sent anywhere.
func SignBlob(ctx context.Context, key *PrivateKey, data []byte) ([]byte, error) {
	if key == nil || key.sv == nil {
		return nil, newError("blob", ErrInvalidInput, errors.New("no private key"))
	}
	raw, err := key.sv.SignMessage(bytes.NewReader(data), sigoptions.WithContext(ctx))
	if err != nil {
		return nil, newError("blob", ErrInvalidInput, fmt.Errorf("signing: %w", err))
	}
	return []byte(base64.StdEncoding.EncodeToString(raw)), nil
}

// Resolve returns the digest a reference names now: a tag is resolved once,
// with a HEAD request, and a digest reference is checked to exist. Use the
// result, never the tag again. It verifies nothing: Verify resolves and
// checks a signature.
//
// Options: WithInsecure, WithKeychain, WithAuth, WithTransport, WithRetry,
// WithTimeout, WithIOTimeout.
func Resolve(ctx context.Context, ref string, opts ...Option) (name.Digest, error) {
	o, err := newOptions(opts)
	if err != nil {
		return name.Digest{}, err
	}
	r, err := o.parseRef(ref)
	if err != nil {
		return name.Digest{}, err
	}
	ctx, cancel := o.begin(ctx, r.Context().RegistryStr())
	defer cancel()
	desc, err := remote.Head(r, o.remoteOptions(ctx)...)
	if err != nil {
		return name.Digest{}, end(ctx, registryError(ref, err, o, r.Context().Registry))
	}
	return r.Context().Digest(desc.Digest.String()), nil
}
