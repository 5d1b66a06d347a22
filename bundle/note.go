package bundle

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"

	"net/http"

	"github.com/google/go-containerregistry/pkg/name"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/partial"
	"github.com/google/go-containerregistry/pkg/v1/remote"
	"github.com/google/go-containerregistry/pkg/v1/remote/transport"
	"github.com/google/go-containerregistry/pkg/v1/static"
	"github.com/google/go-containerregistry/pkg/v1/types"
	ociremote "github.com/sigstore/cosign/v2/pkg/oci/remote"
)

// A note is a small signed JSON document kept in the registry beside the
// bundles, e.g. a reconciler agent's report of how far a move got in its
// cluster: an OCI artifact (manifest mediaType ManifestMediaType,
// artifactType NoteArtifactType, the empty config
// "application/vnd.oci.empty.v1+json", one layer holding the JSON with the
// note's own media type), signed like a bundle (Sign: cosign-compatible,
// `cosign verify --key` accepts it). Notes are read only through
// PullNote, which verifies the signature before it reads the content.
const (
	// NoteArtifactType is a note manifest's artifactType.
	NoteArtifactType = "application/vnd.isobar.note.v1"
	// MaxNoteSize bounds a note's JSON.
	MaxNoteSize = 64 << 10

	emptyConfigMediaType types.MediaType = "application/vnd.oci.empty.v1+json"
)

// PushNote pushes payload, JSON of media type mt (e.g.
// "application/vnd.isobar.move-report.v1+json"), as a note tagged ref
// ("REPO:<tag>"), signs it with key, and returns its digest reference.
// Pushing the same payload again is a no-op but for the tag.
//
// Options: WithInsecure, WithKeychain, WithAuth, WithTransport, WithRetry,
// WithTimeout, WithIOTimeout, WithRekorURL.
func PushNote(ctx context.Context, ref string, mt string, payload []byte, key *PrivateKey, opts ...Option) (name.Digest, error) {
	switch {
	case len(payload) > MaxNoteSize:
		return name.Digest{}, newError(ref, ErrTooLarge, fmt.Errorf("note of %d bytes, more than %d", len(payload), MaxNoteSize))
	case !json.Valid(payload):
		return name.Digest{}, newError(ref, ErrInvalidInput, errors.New("a note is JSON"))
	case mt == "":
		return name.Digest{}, newError(ref, ErrInvalidInput, errors.New("a note needs a media type"))
	case key == nil:
		return name.Digest{}, newError(ref, ErrInvalidInput, errors.New("no private key"))
	}
	o, err := newOptions(opts)
	if err != nil {
		return name.Digest{}, err
	}
	r, err := o.parseRef(ref)
	if err != nil {
		return name.Digest{}, err
	}
	img, digest, err := noteImage(types.MediaType(mt), payload)
	if err != nil {
		return name.Digest{}, newError(ref, ErrInvalidInput, err)
	}
	ctx, cancel := o.begin(ctx, r.Context().RegistryStr())
	defer cancel()
	if err := remote.Write(r, img, o.remoteOptions(ctx)...); err != nil {
		return name.Digest{}, end(ctx, registryError(ref, err, o, r.Context().Registry))
	}
	d := r.Context().Digest(digest.String())
	if _, err := sign(ctx, d.String(), d, key, o); err != nil {
		return name.Digest{}, end(ctx, err)
	}
	return d, nil
}

// PullNote verifies ref's signature (see Verify), then fetches the note by
// the verified digest and returns its JSON, checking that it is a note of
// media type mt, at most MaxNoteSize bytes, matching the digests the
// signed manifest records. ErrNotFound when ref does not exist.
//
// Options: WithInsecure, WithKeychain, WithAuth, WithTransport, WithRetry,
// WithTimeout, WithIOTimeout.
func PullNote(ctx context.Context, ref string, trust Trust, mt string, opts ...Option) ([]byte, name.Digest, error) {
	o, err := newOptions(opts)
	if err != nil {
		return nil, name.Digest{}, err
	}
	r, err := o.parseRef(ref)
	if err != nil {
		return nil, name.Digest{}, err
	}
	ctx, cancel := o.begin(ctx, r.Context().RegistryStr())
	defer cancel()
	d, err := verify(ctx, r, trust, o)
	if err != nil {
		return nil, name.Digest{}, end(ctx, err)
	}
	data, err := fetchNote(ctx, d, types.MediaType(mt), o)
	return data, d, end(ctx, err)
}

// DeleteNote deletes a note by its digest reference, and its signature,
// from the registry: notes rewritten often (heartbeats) would otherwise
// pile up. A registry that does not allow deletes (the distribution
// registry without REGISTRY_STORAGE_DELETE_ENABLED) refuses with an error
// and keeps them; a note already gone is not an error.
//
// Options: WithInsecure, WithKeychain, WithAuth, WithTransport, WithRetry,
// WithTimeout, WithIOTimeout.
func DeleteNote(ctx context.Context, d name.Digest, opts ...Option) error {
	o, err := newOptions(opts)
	if err != nil {
		return err
	}
	ctx, cancel := o.begin(ctx, d.Context().RegistryStr())
	defer cancel()
	ropts := o.remoteOptions(ctx)
	reg := d.Context().Registry
	// Only notes: never a bundle, whose deletion would stop the clusters.
	if _, err := getManifest(d, NoteArtifactType, ropts, o); err != nil {
		if errors.Is(err, ErrNotFound) {
			return nil
		}
		return end(ctx, err)
	}
	sigTag, err := ociremote.SignatureTag(d, ociremote.WithRemoteOptions(ropts...))
	if err != nil {
		return newError(d.String(), ErrInvalidInput, err)
	}
	if desc, err := remote.Head(sigTag, ropts...); err == nil {
		// The tag first, where the registry deletes tags (OCI
		// distribution 1.1); then the manifest, which in registries that
		// delete by digest only takes its tags with it.
		_ = remote.Delete(sigTag, ropts...)
		if err := remote.Delete(sigTag.Context().Digest(desc.Digest.String()), ropts...); err != nil && !isNotFound(err) {
			return end(ctx, registryError(sigTag.String(), err, o, reg))
		}
	} else if !isNotFound(err) {
		return end(ctx, registryError(sigTag.String(), err, o, reg))
	}
	if err := remote.Delete(d, ropts...); err != nil && !isNotFound(err) {
		return end(ctx, registryError(d.String(), err, o, reg))
	}
	return nil
}

// isNotFound says whether a registry answered 404.
func isNotFound(err error) bool {
	var te *transport.Error
	return errors.As(err, &te) && te.StatusCode == http.StatusNotFound
}

func fetchNote(ctx context.Context, d name.Digest, mt types.MediaType, o *options) ([]byte, error) {
	subject := d.String()
	ropts := o.remoteOptions(ctx)
	m, err := getManifest(d, NoteArtifactType, ropts, o)
	if err != nil {
		return nil, err
	}
	switch {
	case len(m.Layers) != 1 || m.Layers[0].MediaType != mt:
		return nil, newError(subject, ErrMediaType, fmt.Errorf("want one layer of %q", mt))
	case m.Layers[0].Size < 0 || m.Layers[0].Size > MaxNoteSize:
		return nil, newError(subject, ErrTooLarge, fmt.Errorf("note of %d bytes", m.Layers[0].Size))
	}
	data, err := fetchBlob(d.Context(), m.Layers[0], ropts, o)
	if err != nil {
		return nil, err
	}
	if !json.Valid(data) {
		return nil, newError(subject, ErrInvalidContent, errors.New("the note is not JSON"))
	}
	return data, nil
}

// noteImage assembles a note's manifest.
func noteImage(mt types.MediaType, payload []byte) (v1.Image, v1.Hash, error) {
	cfg := []byte("{}")
	m := v1.Manifest{
		SchemaVersion: 2,
		MediaType:     ManifestMediaType,
		ArtifactType:  NoteArtifactType,
		Config:        descriptor(emptyConfigMediaType, cfg, nil),
		Layers:        []v1.Descriptor{descriptor(mt, payload, nil)},
	}
	raw, err := json.Marshal(m)
	if err != nil {
		return nil, v1.Hash{}, err
	}
	digest, _, err := v1.SHA256(bytes.NewReader(raw))
	if err != nil {
		return nil, v1.Hash{}, err
	}
	img, err := partial.CompressedToImage(&bundleImage{
		manifest:     raw,
		mediaType:    ManifestMediaType,
		config:       cfg,
		configDigest: m.Config.Digest,
		configLayer:  static.NewLayer(cfg, emptyConfigMediaType),
		layerDigest:  m.Layers[0].Digest,
		layer:        static.NewLayer(payload, mt),
	})
	return img, digest, err
}
