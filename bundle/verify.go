package bundle

import (
	"context"
	"crypto"
	"errors"
	"fmt"
	"regexp"

	"github.com/google/go-containerregistry/pkg/name"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/remote"
	"github.com/sigstore/cosign/v2/pkg/cosign"
	ociremote "github.com/sigstore/cosign/v2/pkg/oci/remote"
	"github.com/sigstore/cosign/v2/pkg/oci/static"
	rekorclient "github.com/sigstore/rekor/pkg/client"
	"github.com/sigstore/sigstore/pkg/cryptoutils"
	"github.com/sigstore/sigstore/pkg/signature"
	sigoptions "github.com/sigstore/sigstore/pkg/signature/options"
)

// Trust says whose signature a bundle must carry: either a cosign public key
// (PublicKey), or, keyless, a Fulcio certificate identity and OIDC issuer
// (each exact or as a regular expression).
type Trust struct {
	// PublicKey is a PEM public key (cosign.pub).
	PublicKey []byte

	// CertIdentity (or CertIdentityRegexp) is the identity the keyless
	// signing certificate must be issued to, e.g. a CI workflow URL.
	CertIdentity       string
	CertIdentityRegexp string
	// CertOIDCIssuer (or CertOIDCIssuerRegexp) is the OIDC issuer that
	// vouched for it, e.g. https://token.actions.githubusercontent.com.
	CertOIDCIssuer       string
	CertOIDCIssuerRegexp string

	// RekorURL, when set, makes verification require the signature's entry
	// in that transparency log (an inclusion bundle on the signature, or an
	// online look-up). With a PublicKey and no RekorURL the log is ignored,
	// as with `cosign verify --insecure-ignore-tlog=true`. Keyless
	// verification always checks the log, with Sigstore's public trust root
	// fetched through TUF: it only works where Sigstore is reachable.
	RekorURL string
}

// TrustKeyFile returns a Trust in the PEM public key at path (cosign.pub):
// a regular file of at most MaxKeyFileSize bytes (anything else is refused
// with ErrInvalidInput before it is read).
func TrustKeyFile(path string) (Trust, error) {
	data, err := readKeyFile(path, false)
	if err != nil {
		return Trust{}, newError(path, ErrInvalidInput, err)
	}
	t := Trust{PublicKey: data}
	if err := t.Validate(); err != nil {
		return Trust{}, newError(path, ErrInvalidInput, err)
	}
	return t, nil
}

func (t Trust) keyless() bool {
	return t.CertIdentity != "" || t.CertIdentityRegexp != "" || t.CertOIDCIssuer != "" || t.CertOIDCIssuerRegexp != ""
}

// Validate checks the Trust without any network access: a parseable public
// key, or a complete keyless identity with valid regular expressions, and
// not both.
func (t Trust) Validate() error {
	switch {
	case len(t.PublicKey) > 0 && t.keyless():
		return errors.New("trust: give either a public key or a keyless identity, not both")
	case len(t.PublicKey) > 0:
		if _, err := cryptoutils.UnmarshalPEMToPublicKey(t.PublicKey); err != nil {
			return fmt.Errorf("trust: public key: %w", err)
		}
		return nil
	case !t.keyless():
		return errors.New("trust: no public key and no keyless identity")
	}
	if (t.CertIdentity == "") == (t.CertIdentityRegexp == "") {
		return errors.New("trust: keyless needs exactly one of CertIdentity and CertIdentityRegexp")
	}
	if (t.CertOIDCIssuer == "") == (t.CertOIDCIssuerRegexp == "") {
		return errors.New("trust: keyless needs exactly one of CertOIDCIssuer and CertOIDCIssuerRegexp")
	}
	for _, re := range []string{t.CertIdentityRegexp, t.CertOIDCIssuerRegexp} {
		if re == "" {
			continue
		}
		if _, err := regexp.Compile(re); err != nil {
			return fmt.Errorf("trust: %w", err)
		}
	}
	return nil
}

// checkOpts turns the Trust into cosign's verification options. Only
// keyless trust or a RekorURL reach the network (Sigstore's TUF root).
func (t Trust) checkOpts(ctx context.Context) (*cosign.CheckOpts, error) {
	if err := t.Validate(); err != nil {
		return nil, err
	}
	co := &cosign.CheckOpts{
		ClaimVerifier: cosign.SimpleClaimVerifier,
		IgnoreTlog:    t.RekorURL == "" && !t.keyless(),
	}
	if t.RekorURL != "" {
		rc, err := rekorclient.GetRekorClient(t.RekorURL, rekorclient.WithUserAgent(userAgent))
		if err != nil {
			return nil, fmt.Errorf("trust: Rekor client: %w", err)
		}
		co.RekorClient = rc
	}
	if len(t.PublicKey) > 0 {
		pub, err := cryptoutils.UnmarshalPEMToPublicKey(t.PublicKey)
		if err != nil {
			return nil, fmt.Errorf("trust: public key: %w", err)
		}
		// As cosign: SHA-256, and Ed25519ph for Ed25519 keys.
		v, err := signature.LoadVerifierWithOpts(pub, sigoptions.WithHash(crypto.SHA256), sigoptions.WithED25519ph())
		if err != nil {
			return nil, fmt.Errorf("trust: public key: %w", err)
		}
		co.SigVerifier = v
		if !co.IgnoreTlog {
			if co.RekorPubKeys, err = cosign.GetRekorPubs(ctx); err != nil {
				return nil, fmt.Errorf("trust: Rekor public keys: %w", err)
			}
		}
		return co, nil
	}
	tm, err := cosign.TrustedRoot()
	if err != nil {
		return nil, fmt.Errorf("trust: Sigstore trusted root (keyless needs Sigstore's TUF repository): %w", err)
	}
	co.TrustedMaterial = tm
	co.Identities = []cosign.Identity{{
		Subject:       t.CertIdentity,
		SubjectRegExp: t.CertIdentityRegexp,
		Issuer:        t.CertOIDCIssuer,
		IssuerRegExp:  t.CertOIDCIssuerRegexp,
	}}
	return co, nil
}

// Verify resolves ref (a tag or a digest reference) to its manifest digest
// once, and checks that a cosign signature in the registry is a valid
// signature of exactly that digest by the trusted key or identity. It
// returns the verified digest reference: fetch by it, never by the tag again.
//
// Errors: ErrUnsigned when there is no signature at all, ErrSignature when
// none verifies (another key, a signature copied from another digest, a
// tampered payload), ErrNotFound, ErrUnauthorized, ErrRegistry,
// ErrInvalidInput for an unusable Trust.
//
// The whole check is bounded by WithTimeout, and every request by
// WithIOTimeout (errors then match ErrTimeout).
//
// Options: WithInsecure, WithKeychain, WithAuth, WithTransport, WithRetry,
// WithTimeout, WithIOTimeout.
func Verify(ctx context.Context, ref string, trust Trust, opts ...Option) (name.Digest, error) {
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
	d, err := verify(ctx, r, trust, o)
	return d, end(ctx, err)
}

func verify(ctx context.Context, r name.Reference, trust Trust, o *options) (name.Digest, error) {
	co, err := trust.checkOpts(ctx)
	if err != nil {
		return name.Digest{}, newError(r.String(), ErrInvalidInput, err)
	}
	reg := r.Context().Registry
	oopts := []ociremote.Option{ociremote.WithRemoteOptions(o.remoteOptions(ctx)...)}
	co.RegistryClientOpts = oopts

	// A tag is resolved once, here. A digest must exist (else its missing
	// signature would read as "unsigned").
	d, isDigest := r.(name.Digest)
	if isDigest {
		_, err = remote.Head(d, o.remoteOptions(ctx)...)
	} else {
		d, err = ociremote.ResolveDigest(r, oopts...)
	}
	if err != nil {
		return name.Digest{}, registryError(r.String(), err, o, reg)
	}
	subject := d.String()
	h, err := v1.NewHash(d.DigestStr())
	if err != nil {
		return name.Digest{}, newError(subject, ErrInvalidInput, err)
	}

	// The loop of cosign.VerifyImageSignatures, done here so that registry
	// failures (which cosign folds into "no matching signatures") keep their
	// kind, and a valid signature ends the search.
	st, err := ociremote.SignatureTag(d, oopts...)
	if err != nil {
		return name.Digest{}, newError(subject, ErrInvalidInput, err)
	}
	sigs, err := ociremote.Signatures(st, oopts...)
	if err != nil {
		return name.Digest{}, registryError(subject, err, o, reg)
	}
	list, err := sigs.Get()
	if err != nil {
		if isRegistryError(err) {
			return name.Digest{}, registryError(subject, err, o, reg)
		}
		return name.Digest{}, newError(subject, ErrSignature, scrub(err, o, reg))
	}
	if len(list) == 0 {
		return name.Digest{}, newError(subject, ErrUnsigned, fmt.Errorf("no signatures found at %s", st))
	}
	var errs []error
	for i, sig := range list {
		s, err := static.Copy(sig) // fetches the payload
		if err != nil {
			if isRegistryError(err) {
				return name.Digest{}, registryError(subject, err, o, reg)
			}
			errs = append(errs, fmt.Errorf("signature %d: %w", i+1, err))
			continue
		}
		if _, err := cosign.VerifyImageSignature(ctx, s, h, co); err != nil {
			if isRegistryError(err) && ctx.Err() != nil {
				return name.Digest{}, registryError(subject, err, o, reg)
			}
			errs = append(errs, fmt.Errorf("signature %d: %w", i+1, err))
			continue
		}
		return d, nil
	}
	return name.Digest{}, newError(subject, ErrSignature, scrub(errors.Join(errs...), o, reg))
}
