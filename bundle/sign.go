package bundle

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/base64"
	"errors"
	"fmt"
	"os"

	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/v1/remote"
	"github.com/sigstore/cosign/v2/pkg/cosign"
	cbundle "github.com/sigstore/cosign/v2/pkg/cosign/bundle"
	cremote "github.com/sigstore/cosign/v2/pkg/cosign/remote"
	"github.com/sigstore/cosign/v2/pkg/oci/mutate"
	ociremote "github.com/sigstore/cosign/v2/pkg/oci/remote"
	"github.com/sigstore/cosign/v2/pkg/oci/static"
	rekorclient "github.com/sigstore/rekor/pkg/client"
	"github.com/sigstore/sigstore/pkg/cryptoutils"
	"github.com/sigstore/sigstore/pkg/signature"
	sigoptions "github.com/sigstore/sigstore/pkg/signature/options"
	"github.com/sigstore/sigstore/pkg/signature/payload"
)

// PasswordEnv is the environment variable cosign reads a private key's
// password from; PasswordFromEnv reads it too.
const PasswordEnv = "COSIGN_PASSWORD"

// KeyPair is a cosign key pair, in the files `cosign generate-key-pair`
// writes.
type KeyPair struct {
	// PrivateKey is cosign.key: a PEM "ENCRYPTED SIGSTORE PRIVATE KEY", an
	// ECDSA P-256 key in PKCS #8 encrypted with the password (scrypt +
	// secretbox).
	PrivateKey []byte
	// PublicKey is cosign.pub: a PEM "PUBLIC KEY" (PKIX).
	PublicKey []byte
}

// GenerateKeyPair makes a new cosign key pair (ECDSA P-256), its private key
// encrypted with password, exactly as `cosign generate-key-pair` does: the
// cosign CLI reads the keys, and keys it generates load here.
func GenerateKeyPair(password []byte) (*KeyPair, error) {
	kb, err := cosign.GenerateKeyPair(func(bool) ([]byte, error) { return password, nil })
	if err != nil {
		return nil, newError("key pair", ErrInvalidInput, err)
	}
	return &KeyPair{PrivateKey: kb.PrivateBytes, PublicKey: kb.PublicBytes}, nil
}

// PasswordFromEnv returns $COSIGN_PASSWORD (empty if unset).
func PasswordFromEnv() []byte { return []byte(os.Getenv(PasswordEnv)) }

// PrivateKey is a decrypted cosign private key, ready to Sign. Load it once
// and sign many bundles: decryption is deliberately slow.
type PrivateKey struct {
	sv signature.SignerVerifier
}

// LoadPrivateKey decrypts a cosign private key (cosign.key PEM, "ENCRYPTED
// SIGSTORE PRIVATE KEY" or "ENCRYPTED COSIGN PRIVATE KEY") with password.
// Errors never contain the password.
func LoadPrivateKey(pemBytes, password []byte) (*PrivateKey, error) {
	return loadPrivateKey("private key", pemBytes, password)
}

// ReadPrivateKeyFile reads and decrypts a cosign.key file; pass
// PasswordFromEnv() to take the password from $COSIGN_PASSWORD. The file
// must be a regular file of at most MaxKeyFileSize bytes that neither group
// nor others may read (as ssh requires; the error says which chmod to run);
// anything else is refused with ErrInvalidInput before it is read.
func ReadPrivateKeyFile(path string, password []byte) (*PrivateKey, error) {
	data, err := readKeyFile(path, true)
	if err != nil {
		return nil, newError(path, ErrInvalidInput, err)
	}
	return loadPrivateKey(path, data, password)
}

func loadPrivateKey(subject string, pemBytes, password []byte) (*PrivateKey, error) {
	sv, err := cosign.LoadPrivateKey(pemBytes, password, nil)
	if err != nil {
		return nil, newError(subject, ErrInvalidInput, fmt.Errorf("loading cosign private key (wrong password?): %w", err))
	}
	return &PrivateKey{sv: sv}, nil
}

// PublicKey returns the key's public half as cosign.pub PEM.
func (k *PrivateKey) PublicKey() ([]byte, error) {
	pub, err := k.sv.PublicKey()
	if err != nil {
		return nil, err
	}
	return cryptoutils.MarshalPublicKeyToPEM(pub)
}

// Sign signs the manifest digest ref ("REPO@sha256:…", as Push returns it;
// tags are refused, since what a tag names can change between resolving and
// signing) with key, and stores the signature the way `cosign sign` does: a
// cosign "simple signing" payload naming the digest, its signature as the
// annotation dev.cosignproject.cosign/signature, in an image tagged
// "sha256-<hex>.sig" in the same repository. `cosign verify --key cosign.pub
// --insecure-ignore-tlog=true REF` accepts it, and so does Flux's
// OCIRepository with spec.verify.provider: cosign. Signing again with the
// same key is a no-op; other keys' signatures are kept beside it (the tag is
// read, extended and rewritten, as cosign does, so two signers of one
// digest at the same instant can lose one signature). It returns the
// signature tag.
//
// Nothing is sent anywhere but the registry unless WithRekorURL is given:
// then the signature is also recorded in that transparency log and its
// inclusion bundle attached (as cosign does by default).
//
// Options: WithInsecure, WithKeychain, WithAuth, WithTransport, WithRetry,
// WithTimeout, WithIOTimeout, WithRekorURL.
func Sign(ctx context.Context, ref string, key *PrivateKey, opts ...Option) (name.Tag, error) {
	o, err := newOptions(opts)
	if err != nil {
		return name.Tag{}, err
	}
	r, err := o.parseRef(ref)
	if err != nil {
		return name.Tag{}, err
	}
	ctx, cancel := o.begin(ctx, r.Context().RegistryStr())
	defer cancel()
	t, err := sign(ctx, ref, r, key, o)
	return t, end(ctx, err)
}

func sign(ctx context.Context, ref string, r name.Reference, key *PrivateKey, o *options) (name.Tag, error) {
	if key == nil || key.sv == nil {
		return name.Tag{}, newError(ref, ErrInvalidInput, errors.New("no private key"))
	}
	d, ok := r.(name.Digest)
	if !ok {
		return name.Tag{}, newError(ref, ErrInvalidInput, errors.New("sign needs a digest reference (REPO@sha256:…), as Push returns"))
	}
	subject := d.String()
	ropts := o.remoteOptions(ctx)
	reg := d.Context().Registry
	// Only sign what is there: a typo'd digest would otherwise get a
	// signature for nothing.
	if _, err := remote.Head(d, ropts...); err != nil {
		return name.Tag{}, registryError(subject, err, o, reg)
	}

	pl, err := payload.Cosign{Image: d}.MarshalJSON()
	if err != nil {
		return name.Tag{}, newError(subject, ErrInvalidInput, err)
	}
	rawSig, err := key.sv.SignMessage(bytes.NewReader(pl), sigoptions.WithContext(ctx))
	if err != nil {
		return name.Tag{}, newError(subject, ErrInvalidInput, fmt.Errorf("signing: %w", err))
	}
	var sopts []static.Option
	if o.rekorURL != "" {
		rb, err := tlogUpload(ctx, o.rekorURL, key, pl, rawSig)
		if err != nil {
			return name.Tag{}, newError(subject, ErrRegistry, fmt.Errorf("transparency log %s: %w", o.rekorURL, err))
		}
		sopts = append(sopts, static.WithBundle(rb))
	}
	sig, err := static.NewSignature(pl, base64.StdEncoding.EncodeToString(rawSig), sopts...)
	if err != nil {
		return name.Tag{}, newError(subject, ErrInvalidInput, err)
	}

	oopts := []ociremote.Option{ociremote.WithRemoteOptions(ropts...)}
	se := ociremote.SignedUnknown(d, oopts...)
	signed, err := mutate.AttachSignatureToEntity(se, sig, mutate.WithDupeDetector(cremote.NewDupeDetector(key.sv)))
	if err != nil {
		return name.Tag{}, registryError(subject, err, o, reg)
	}
	if err := ociremote.WriteSignatures(d.Repository, signed, oopts...); err != nil {
		return name.Tag{}, registryError(subject, err, o, reg)
	}
	tag, err := ociremote.SignatureTag(d, oopts...)
	if err != nil {
		return name.Tag{}, newError(subject, ErrInvalidInput, err)
	}
	return tag, nil
}

// tlogUpload records a signature in Rekor and returns the inclusion bundle
// cosign attaches to the signature.
func tlogUpload(ctx context.Context, rekorURL string, key *PrivateKey, pl, rawSig []byte) (*cbundle.RekorBundle, error) {
	rc, err := rekorclient.GetRekorClient(rekorURL, rekorclient.WithUserAgent(userAgent))
	if err != nil {
		return nil, err
	}
	pubPEM, err := key.PublicKey()
	if err != nil {
		return nil, err
	}
	h := sha256.New()
	h.Write(pl)
	entry, err := cosign.TLogUpload(ctx, rc, rawSig, h, pubPEM)
	if err != nil {
		return nil, err
	}
	rb := cbundle.EntryToBundle(entry)
	if rb == nil {
		return nil, errors.New("the log returned no inclusion proof")
	}
	return rb, nil
}
