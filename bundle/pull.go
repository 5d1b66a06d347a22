package bundle

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net"
	"slices"
	"strings"
	"time"

	"github.com/google/go-containerregistry/pkg/name"
	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/remote"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/internal/outdir"
)

// Pulled is a verified, checked bundle.
type Pulled struct {
	// Ref is the verified digest reference the content was fetched by.
	Ref name.Digest
	// Metadata is read from the signed manifest's annotations and config.
	Metadata Metadata
	// Config is the config blob.
	Config Config
	// Files are the content's files, sorted by path.
	Files []File
	// Objects are the files' Kubernetes objects, in file and document order.
	Objects []*unstructured.Unstructured
}

// Pull verifies ref's signature (see Verify), then fetches the bundle by the
// verified digest and checks it, in memory, before returning anything:
//
//   - the manifest is an OCI image manifest with isobar's artifactType, config
//     media type and exactly one content layer of ContentMediaType (else
//     ErrMediaType);
//   - the config and layer blobs match the digests and sizes the signed
//     manifest records (else ErrDigestMismatch), the layer is at most the size
//     limit compressed and decompressed (else ErrTooLarge: WithMaxSize,
//     default 64 MiB, stops decompression bombs without reading past it);
//   - the bundle holds at most the object limit (else ErrTooLarge:
//     WithMaxObjects, default 10,000): the signed config's object count is
//     checked before the content is downloaded, and reading the content
//     stops at the first file or YAML document past the limit;
//   - every tar entry is a regular file (or directory) with a canonical
//     relative path: no absolute path, no "..", no symlink, hardlink, device
//     or FIFO, no duplicate path (else ErrUnsafePath);
//   - every file is YAML of Kubernetes objects with apiVersion, kind and
//     metadata.name, no object appears twice (group, kind, namespace, name),
//     and the config agrees with the annotations and the object count (else
//     ErrInvalidContent);
//   - every namespaced object is in one of the config's allowed namespaces
//     (else ErrNamespace), and, with WithCluster, the bundle is for that
//     cluster (else ErrWrongCluster).
//
// With WithOutputDir the files are then written under that directory, which
// receives nothing unless every check passed (see WithOutputDir).
//
// The whole of it, verification included, is bounded by WithTimeout, and
// every request by WithIOTimeout.
//
// Options: WithInsecure, WithKeychain, WithAuth, WithTransport, WithRetry,
// WithTimeout, WithIOTimeout, WithMaxSize, WithMaxObjects, WithOutputDir,
// WithCluster, WithClusterScopedKinds.
func Pull(ctx context.Context, ref string, trust Trust, opts ...Option) (*Pulled, error) {
	o, err := newOptions(opts)
	if err != nil {
		return nil, err
	}
	r, err := o.parseRef(ref)
	if err != nil {
		return nil, err
	}
	ctx, cancel := o.begin(ctx, r.Context().RegistryStr())
	defer cancel()
	d, err := verify(ctx, r, trust, o)
	if err != nil {
		return nil, end(ctx, err)
	}
	p, err := fetchAndWrite(ctx, d, o)
	return p, end(ctx, err)
}

// fetch gets and checks the bundle at a (verified) digest.
// getManifest reads the manifest d names: its bytes must hash to d, and
// it must be an OCI image manifest of artifactType.
func getManifest(d name.Digest, artifactType string, ropts []remote.Option, o *options) (*v1.Manifest, error) {
	subject := d.String()
	desc, err := remote.Get(d, ropts...)
	if err != nil {
		return nil, registryError(subject, err, o, d.Context().Registry)
	}
	sum := sha256.Sum256(desc.Manifest)
	if got := "sha256:" + hex.EncodeToString(sum[:]); got != d.DigestStr() {
		return nil, newError(subject, ErrDigestMismatch, fmt.Errorf("manifest digest is %s", got))
	}
	if desc.MediaType != ManifestMediaType {
		return nil, newError(subject, ErrMediaType, fmt.Errorf("manifest media type %q, want %q", desc.MediaType, ManifestMediaType))
	}
	var m v1.Manifest
	if err := json.Unmarshal(desc.Manifest, &m); err != nil {
		return nil, newError(subject, ErrMediaType, fmt.Errorf("not an image manifest: %w", err))
	}
	switch {
	case m.MediaType != ManifestMediaType:
		return nil, newError(subject, ErrMediaType, fmt.Errorf("manifest mediaType %q, want %q", m.MediaType, ManifestMediaType))
	case m.ArtifactType != artifactType:
		return nil, newError(subject, ErrMediaType, fmt.Errorf("artifactType %q, want %q", m.ArtifactType, artifactType))
	}
	return &m, nil
}

func fetch(ctx context.Context, d name.Digest, o *options) (*Pulled, error) {
	subject := d.String()
	ropts := o.remoteOptions(ctx)
	m, err := getManifest(d, ArtifactType, ropts, o)
	if err != nil {
		return nil, err
	}
	switch {
	case m.Config.MediaType != ConfigMediaType:
		return nil, newError(subject, ErrMediaType, fmt.Errorf("config media type %q, want %q", m.Config.MediaType, ConfigMediaType))
	case len(m.Layers) != 1:
		return nil, newError(subject, ErrMediaType, fmt.Errorf("%d layers, want one of %q", len(m.Layers), ContentMediaType))
	case m.Layers[0].MediaType != ContentMediaType:
		return nil, newError(subject, ErrMediaType, fmt.Errorf("layer media type %q, want %q", m.Layers[0].MediaType, ContentMediaType))
	case m.Config.Size > maxConfigSize:
		return nil, newError(subject, ErrTooLarge, fmt.Errorf("config of %d bytes", m.Config.Size))
	case m.Layers[0].Size > o.maxSize:
		return nil, newError(subject, ErrTooLarge, fmt.Errorf("layer of %d bytes compressed, more than the limit of %d", m.Layers[0].Size, o.maxSize))
	case m.Config.Size < 0 || m.Layers[0].Size < 0:
		return nil, newError(subject, ErrInvalidContent, errors.New("negative blob size"))
	}

	rawCfg, err := fetchBlob(d.Context(), m.Config, ropts, o)
	if err != nil {
		return nil, err
	}
	cfg, md, err := readMetadata(rawCfg, m.Annotations)
	if err != nil {
		return nil, newError(subject, ErrInvalidContent, err)
	}
	if o.cluster != "" && cfg.Cluster != o.cluster {
		return nil, newError(subject, ErrWrongCluster, fmt.Errorf("bundle is for %q, not %q", cfg.Cluster, o.cluster))
	}
	switch {
	case cfg.ObjectCount < 0:
		return nil, newError(subject, ErrInvalidContent, fmt.Errorf("config counts %d objects", cfg.ObjectCount))
	case cfg.ObjectCount > o.maxObjects:
		return nil, newError(subject, ErrTooLarge, fmt.Errorf("the config counts %d objects, more than the limit of %d", cfg.ObjectCount, o.maxObjects))
	}

	layer, err := fetchBlob(d.Context(), m.Layers[0], ropts, o)
	if err != nil {
		return nil, err
	}
	files, err := extract(layer, o.maxSize, o.maxObjects)
	if err != nil {
		var be *Error
		if errors.As(err, &be) {
			be.Subject = subject + ": " + be.Subject
			return nil, be
		}
		return nil, newError(subject, ErrInvalidContent, err)
	}
	objs, err := validateContent(files, newPolicy(cfg.AllowedNamespaces, o.clusterScoped))
	if err != nil {
		var be *Error
		if errors.As(err, &be) {
			be.Subject = subject + ": " + be.Subject
		}
		return nil, err
	}
	if len(objs) > o.maxObjects {
		return nil, newError(subject, ErrTooLarge, fmt.Errorf("%d objects, more than the limit of %d", len(objs), o.maxObjects))
	}
	if len(objs) != cfg.ObjectCount {
		return nil, newError(subject, ErrInvalidContent, fmt.Errorf("config says %d objects, the content has %d", cfg.ObjectCount, len(objs)))
	}
	return &Pulled{Ref: d, Metadata: md, Config: cfg, Files: files, Objects: objs}, nil
}

// readMetadata parses the config and checks it against the manifest's
// annotations (both are covered by the signature; they must agree).
func readMetadata(rawCfg []byte, ann map[string]string) (Config, Metadata, error) {
	var cfg Config
	dec := json.NewDecoder(bytes.NewReader(rawCfg))
	if err := dec.Decode(&cfg); err != nil {
		return cfg, Metadata{}, fmt.Errorf("config: %w", err)
	}
	if cfg.FormatVersion != FormatVersion {
		return cfg, Metadata{}, fmt.Errorf("config: format version %d, this isobar reads %d", cfg.FormatVersion, FormatVersion)
	}
	created, err := time.Parse(time.RFC3339, ann[AnnotationCreated])
	if err != nil {
		return cfg, Metadata{}, fmt.Errorf("annotation %s: %w", AnnotationCreated, err)
	}
	md := Metadata{
		Cluster:           ann[AnnotationCluster],
		Jurisdiction:      ann[AnnotationJurisdiction],
		PlanDigest:        ann[AnnotationPlanDigest],
		Source:            ann[AnnotationSource],
		Revision:          ann[AnnotationRevision],
		Created:           created.UTC(),
		AllowedNamespaces: cfg.AllowedNamespaces,
	}
	if md.AllowedNamespaces == nil {
		md.AllowedNamespaces = []string{}
	}
	if md.Contingency, err = readContingency(ann); err != nil {
		return cfg, md, err
	}
	switch {
	case cfg.Cluster == "":
		return cfg, md, errors.New("config names no cluster")
	case md.Cluster != cfg.Cluster:
		return cfg, md, fmt.Errorf("annotation %s is %q, the config says %q", AnnotationCluster, md.Cluster, cfg.Cluster)
	case md.Jurisdiction != cfg.Jurisdiction:
		return cfg, md, fmt.Errorf("annotation %s is %q, the config says %q", AnnotationJurisdiction, md.Jurisdiction, cfg.Jurisdiction)
	case md.PlanDigest != cfg.PlanDigest:
		return cfg, md, fmt.Errorf("annotation %s is %q, the config says %q", AnnotationPlanDigest, md.PlanDigest, cfg.PlanDigest)
	}
	return cfg, md, nil
}

// fetchBlob downloads a blob the manifest describes and checks its size and
// digest itself (go-containerregistry checks too, but its error is not one
// callers can branch on).
func fetchBlob(repo name.Repository, desc v1.Descriptor, ropts []remote.Option, o *options) ([]byte, error) {
	ref := repo.Digest(desc.Digest.String())
	subject := ref.String()
	if desc.Digest.Algorithm != "sha256" {
		return nil, newError(subject, ErrDigestMismatch, fmt.Errorf("unsupported digest algorithm %q", desc.Digest.Algorithm))
	}
	l, err := remote.Layer(ref, ropts...)
	if err != nil {
		return nil, registryError(subject, err, o, repo.Registry)
	}
	rc, err := l.Compressed()
	if err != nil {
		return nil, registryError(subject, err, o, repo.Registry)
	}
	data, rerr := io.ReadAll(io.LimitReader(rc, desc.Size+1))
	_ = rc.Close()
	sum := sha256.Sum256(data)
	got := hex.EncodeToString(sum[:])
	// A transfer that broke off is a registry error; a complete transfer
	// of other bytes (go-containerregistry's own check fails at its end,
	// with an error of no exported type) is a digest mismatch.
	var netErr net.Error
	broken := rerr != nil && (isRegistryError(rerr) || errors.Is(rerr, io.ErrUnexpectedEOF) || errors.As(rerr, &netErr))
	switch {
	case int64(len(data)) > desc.Size:
		return nil, newError(subject, ErrDigestMismatch, fmt.Errorf("blob is larger than the %d bytes the signed manifest records", desc.Size))
	case int64(len(data)) == desc.Size && got == desc.Digest.Hex:
		return data, nil
	case broken:
		return nil, registryError(subject, rerr, o, repo.Registry)
	case int64(len(data)) == desc.Size:
		return nil, newError(subject, ErrDigestMismatch, fmt.Errorf("content has digest sha256:%s", got))
	}
	return nil, newError(subject, ErrDigestMismatch, fmt.Errorf("blob has %d bytes (sha256:%s), the signed manifest records %d", len(data), got, desc.Size))
}

// errTooLarge is returned by capReader past its limit.
var errTooLarge = errors.New("decompressed content exceeds the size limit")

// capReader reads at most n bytes from r and fails, rather than
// truncating, if r has more.
type capReader struct {
	r io.Reader
	n int64
}

func (c *capReader) Read(p []byte) (int, error) {
	if c.n <= 0 {
		var one [1]byte
		if k, err := c.r.Read(one[:]); k > 0 {
			return 0, errTooLarge
		} else if err != nil {
			return 0, err
		}
		return 0, nil
	}
	if int64(len(p)) > c.n {
		p = p[:c.n]
	}
	k, err := c.r.Read(p)
	c.n -= int64(k)
	return k, err
}

// extract reads a tar+gzip layer into memory, refusing anything unsafe (see
// Pull) and stopping at the first file or YAML document past maxObjects.
// Errors are *Error whose Subject is the entry (or "layer").
func extract(layer []byte, maxSize int64, maxObjects int) ([]File, error) {
	zr, err := gzip.NewReader(bytes.NewReader(layer))
	if err != nil {
		return nil, newError("layer", ErrInvalidContent, fmt.Errorf("not gzip: %w", err))
	}
	defer func() { _ = zr.Close() }()
	tr := tar.NewReader(&capReader{r: zr, n: maxSize})
	var files []File
	paths := map[string]bool{}
	dirs := map[string]bool{}
	docs := 0
	for {
		hdr, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			if errors.Is(err, errTooLarge) {
				return nil, newError("layer", ErrTooLarge, fmt.Errorf("more than %d bytes decompressed", maxSize))
			}
			return nil, newError("layer", ErrInvalidContent, fmt.Errorf("not a tar+gzip archive: %w", err))
		}
		name := hdr.Name
		p, perr := cleanPath(strings.TrimSuffix(name, "/"))
		switch hdr.Typeflag {
		case tar.TypeReg:
		case tar.TypeDir:
			if name == "./" || name == "." {
				continue
			}
			if perr != nil {
				return nil, newError(fmt.Sprintf("entry %q", name), ErrUnsafePath, perr)
			}
			dirs[p] = true
			continue
		case tar.TypeSymlink:
			return nil, newError(fmt.Sprintf("entry %q", name), ErrUnsafePath, fmt.Errorf("symlink to %q", hdr.Linkname))
		case tar.TypeLink:
			return nil, newError(fmt.Sprintf("entry %q", name), ErrUnsafePath, fmt.Errorf("hardlink to %q", hdr.Linkname))
		case tar.TypeChar, tar.TypeBlock:
			return nil, newError(fmt.Sprintf("entry %q", name), ErrUnsafePath, errors.New("device file"))
		case tar.TypeFifo:
			return nil, newError(fmt.Sprintf("entry %q", name), ErrUnsafePath, errors.New("FIFO"))
		default:
			return nil, newError(fmt.Sprintf("entry %q", name), ErrUnsafePath, fmt.Errorf("unsupported tar entry type %q", hdr.Typeflag))
		}
		if perr != nil {
			return nil, newError(fmt.Sprintf("entry %q", name), ErrUnsafePath, perr)
		}
		if strings.HasSuffix(name, "/") {
			return nil, newError(fmt.Sprintf("entry %q", name), ErrUnsafePath, errors.New("regular file named like a directory"))
		}
		if paths[p] {
			return nil, newError(fmt.Sprintf("entry %q", name), ErrUnsafePath, errors.New("duplicate path"))
		}
		if hdr.Size < 0 || hdr.Size > maxSize {
			return nil, newError(fmt.Sprintf("entry %q", name), ErrTooLarge, fmt.Errorf("%d bytes, more than the limit of %d", hdr.Size, maxSize))
		}
		if len(files) >= maxObjects {
			return nil, newError("layer", ErrTooLarge, fmt.Errorf("more files than the limit of %d objects", maxObjects))
		}
		data := make([]byte, 0, hdr.Size)
		buf := bytes.NewBuffer(data)
		if _, err := io.Copy(buf, tr); err != nil {
			if errors.Is(err, errTooLarge) {
				return nil, newError("layer", ErrTooLarge, fmt.Errorf("more than %d bytes decompressed", maxSize))
			}
			return nil, newError(fmt.Sprintf("entry %q", name), ErrInvalidContent, err)
		}
		if docs += countDocuments(buf.Bytes()); docs > maxObjects {
			return nil, newError(fmt.Sprintf("entry %q", name), ErrTooLarge, fmt.Errorf("more YAML documents than the limit of %d objects", maxObjects))
		}
		paths[p] = true
		files = append(files, File{Path: p, Data: buf.Bytes()})
	}
	for d := range dirs {
		if paths[d] {
			return nil, newError(fmt.Sprintf("entry %q", d), ErrUnsafePath, errors.New("both a file and a directory"))
		}
	}
	if err := checkTree(paths); err != nil {
		return nil, newError("layer", ErrUnsafePath, err)
	}
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	return files, nil
}

// PullUnverified fetches and checks a bundle as Pull does, except for its
// signature: the tag is resolved to a digest and nothing says who made it.
// It exists only for a reconciler's --insecure-skip-verify, which must
// announce itself loudly and record that it was used; every other check of
// Pull still holds.
func PullUnverified(ctx context.Context, ref string, opts ...Option) (*Pulled, error) {
	o, err := newOptions(opts)
	if err != nil {
		return nil, err
	}
	r, err := o.parseRef(ref)
	if err != nil {
		return nil, err
	}
	ctx, cancel := o.begin(ctx, r.Context().RegistryStr())
	defer cancel()
	d, isDigest := r.(name.Digest)
	if !isDigest {
		desc, err := remote.Head(r, o.remoteOptions(ctx)...)
		if err != nil {
			return nil, end(ctx, registryError(r.String(), err, o, r.Context().Registry))
		}
		d = r.Context().Digest(desc.Digest.String())
	}
	p, err := fetchAndWrite(ctx, d, o)
	return p, end(ctx, err)
}

// fetchAndWrite fetches and checks the bundle at d, then writes its files
// when an output directory was asked for.
func fetchAndWrite(ctx context.Context, d name.Digest, o *options) (*Pulled, error) {
	p, err := fetch(ctx, d, o)
	if err != nil {
		return nil, err
	}
	if o.outputDir != "" {
		files := make([]outdir.File, len(p.Files))
		for i, f := range p.Files {
			files[i] = outdir.File{Path: f.Path, Data: f.Data}
		}
		if err := outdir.Write(o.outputDir, files, outdir.Options{Writer: "isobar pull"}); err != nil {
			var oe *outdir.Error
			if errors.As(err, &oe) {
				err = oe.Err
			}
			return nil, newError(o.outputDir, ErrOutput, err)
		}
	}
	return p, nil
}
