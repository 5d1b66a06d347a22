package bundle

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"

	v1 "github.com/google/go-containerregistry/pkg/v1"
	"github.com/google/go-containerregistry/pkg/v1/partial"
	"github.com/google/go-containerregistry/pkg/v1/static"
	"github.com/google/go-containerregistry/pkg/v1/types"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
)

// Media types and annotation keys of the bundle format (see the package
// documentation).
const (
	// ArtifactType is the manifest's artifactType.
	ArtifactType = "application/vnd.isobar.bundle.v1"
	// ConfigMediaType is the config blob's media type; the blob is Config as JSON.
	ConfigMediaType types.MediaType = "application/vnd.isobar.bundle.config.v1+json"
	// ContentMediaType is the one content layer's media type: a gzip-compressed
	// tar of the YAML files. Flux's OCIRepository selects it with
	// spec.layerSelector.mediaType.
	ContentMediaType types.MediaType = "application/vnd.isobar.bundle.content.v1.tar+gzip"
	// ManifestMediaType is the manifest's own media type.
	ManifestMediaType = types.OCIManifestSchema1

	// FormatVersion is Config.FormatVersion for this format.
	FormatVersion = 1

	AnnotationSource       = "org.opencontainers.image.source"   // Metadata.Source
	AnnotationRevision     = "org.opencontainers.image.revision" // Metadata.Revision
	AnnotationCreated      = "org.opencontainers.image.created"  // Metadata.Created, RFC 3339, UTC
	AnnotationTitle        = "org.opencontainers.image.title"    // on the layer: the file name tools like oras save it as
	AnnotationCluster      = "dev.isobar.cluster"                // Metadata.Cluster
	AnnotationJurisdiction = "dev.isobar.jurisdiction"           // Metadata.Jurisdiction
	AnnotationPlanDigest   = "dev.isobar.plan-digest"            // Metadata.PlanDigest

	// A contingency bundle's (Metadata.Contingency): the failure domain it
	// is for, what the fleet costs more per month under it (decimal USD),
	// and the workloads it leaves down ("web=2,api=1": replicas by
	// workload, sorted).
	AnnotationContingencyWithout   = "dev.isobar.contingency.without"
	AnnotationContingencyExtraCost = "dev.isobar.contingency.extra-monthly-cost-usd"
	AnnotationContingencyDown      = "dev.isobar.contingency.down"

	// layerTitle is the layer's AnnotationTitle.
	layerTitle = "bundle.tar.gz"
	// gzipLevel is the fixed compression level (zlib's default, 6); changing
	// it changes digests. Level 9 saves ~13 % on rendered YAML at 5× the time.
	gzipLevel = 6
	// fileMode is every file's mode in the tar.
	fileMode = 0o644
)

// Metadata says what a bundle is for and where it comes from. Build takes
// it; Pull returns it, read back from the signed manifest and config.
type Metadata struct {
	// Cluster is the target cluster's name (required; a DNS-1123 label or
	// subdomain).
	Cluster string
	// Jurisdiction is where the cluster's data may live, e.g. "EU" or "DE".
	Jurisdiction string
	// PlanDigest identifies the plan the bundle was rendered from (required).
	PlanDigest string
	// Source is the source repository URL.
	Source string
	// Revision is the source revision, a commit SHA (required).
	Revision string
	// Created is the commit time, not the build time, so that rebuilding the
	// same commit gives the same digest (required; stored with second
	// precision, in UTC).
	Created time.Time
	// AllowedNamespaces are the namespaces the bundle's objects may be in
	// (sorted and de-duplicated by Build).
	AllowedNamespaces []string
	// Contingency, for a contingency bundle, says what running it costs
	// (nil for a normal bundle).
	Contingency *ContingencyCost
}

// ContingencyCost is what running a contingency plan costs, carried in
// its bundles' signed annotations.
type ContingencyCost struct {
	// Without is the failure domain whose loss the plan is for.
	Without string `json:"without"`
	// ExtraMonthlyCostUSD is the fleet's monthly cost under the plan less
	// the normal plan's (negative when it costs less).
	ExtraMonthlyCostUSD float64 `json:"extraMonthlyCostUSD"`
	// Down are the workloads the plan cannot place again and the replicas
	// they lose, sorted by workload.
	Down []WorkloadDown `json:"down,omitempty"`
}

// WorkloadDown is a workload's replicas left down by a contingency plan.
type WorkloadDown struct {
	Workload string `json:"workload"`
	Replicas int    `json:"replicas"`
}

// String is "web: 2 replicas".
func (w WorkloadDown) String() string {
	unit := "replicas"
	if w.Replicas == 1 {
		unit = "replica"
	}
	return fmt.Sprintf("%s: %d %s", w.Workload, w.Replicas, unit)
}

// Config is the bundle's config blob (media type ConfigMediaType), as JSON.
type Config struct {
	FormatVersion     int      `json:"formatVersion"`
	Cluster           string   `json:"cluster"`
	Jurisdiction      string   `json:"jurisdiction,omitempty"`
	PlanDigest        string   `json:"planDigest"`
	AllowedNamespaces []string `json:"allowedNamespaces"`
	ObjectCount       int      `json:"objectCount"`
}

// Bundle is a built bundle: an OCI image manifest with its config and one
// content layer, ready to Push.
type Bundle struct {
	// Digest is the manifest's digest: the bundle's identity, what Sign signs.
	Digest v1.Hash
	// Metadata is the (normalised) metadata the bundle was built with.
	Metadata Metadata
	// Config is the config blob's content.
	Config Config
	// Files are the content's files, sorted by path.
	Files []File
	// Objects are the files' Kubernetes objects, in file and document order.
	Objects []*unstructured.Unstructured

	image    v1.Image
	manifest []byte
	layer    []byte
}

// Image returns the bundle as a go-containerregistry image (to write it
// elsewhere, e.g. with remote.Write or layout.Write).
func (b *Bundle) Image() v1.Image { return b.image }

// RawManifest returns the manifest's JSON, whose sha256 is Digest.
func (b *Bundle) RawManifest() []byte { return slices.Clone(b.manifest) }

// Layer returns the compressed content layer (tar+gzip).
func (b *Bundle) Layer() []byte { return slices.Clone(b.layer) }

var clusterRE = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$`)

// Build makes a bundle from files (slash-separated relative path → content)
// and metadata. Every file must be YAML of Kubernetes objects (see Pull for
// the checks, which Build runs too, so that nothing is published that Pull
// would refuse). The result is reproducible: the same files and metadata give
// the same Digest, byte for byte, whenever and wherever it is built with the
// same Go toolchain.
//
// Options: WithMaxSize, WithMaxObjects, WithClusterScopedKinds.
func Build(files map[string][]byte, md Metadata, opts ...Option) (*Bundle, error) {
	o, err := newOptions(opts)
	if err != nil {
		return nil, err
	}
	md, err = normalizeMetadata(md)
	if err != nil {
		return nil, err
	}
	paths := make(map[string]bool, len(files))
	list := make([]File, 0, len(files))
	var total int64
	for p, data := range files {
		q, err := cleanPath(p)
		if err != nil {
			return nil, newError(p, ErrUnsafePath, err)
		}
		if q != p {
			return nil, newError(p, ErrUnsafePath, fmt.Errorf("path is not canonical (want %q)", q))
		}
		paths[p] = true
		total += int64(len(data))
		list = append(list, File{Path: p, Data: data})
	}
	// No files is a valid bundle: a cluster that is to run nothing, whose
	// reconciler prunes what isobar applied there before.
	if err := checkTree(paths); err != nil {
		return nil, newError(md.Cluster, ErrUnsafePath, err)
	}
	if total > o.maxSize {
		return nil, newError(md.Cluster, ErrTooLarge, fmt.Errorf("%d bytes of files, more than the limit of %d", total, o.maxSize))
	}
	docs := 0
	for _, f := range list {
		docs += countDocuments(f.Data)
	}
	if docs > o.maxObjects {
		return nil, newError(md.Cluster, ErrTooLarge, fmt.Errorf("%d YAML documents, more than the limit of %d objects", docs, o.maxObjects))
	}
	slices.SortFunc(list, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	objs, err := validateContent(list, newPolicy(md.AllowedNamespaces, o.clusterScoped))
	if err != nil {
		return nil, err
	}
	layer, tarSize, err := writeLayer(list, md.Created)
	if err != nil {
		return nil, newError(md.Cluster, ErrInvalidInput, err)
	}
	if tarSize > o.maxSize {
		// Pull bounds the decompressed tar stream, headers included.
		return nil, newError(md.Cluster, ErrTooLarge, fmt.Errorf("content of %d bytes as a tar, more than the limit of %d", tarSize, o.maxSize))
	}
	if int64(len(layer)) > o.maxSize {
		return nil, newError(md.Cluster, ErrTooLarge, fmt.Errorf("compressed content of %d bytes, more than the limit of %d", len(layer), o.maxSize))
	}
	cfg := Config{
		FormatVersion:     FormatVersion,
		Cluster:           md.Cluster,
		Jurisdiction:      md.Jurisdiction,
		PlanDigest:        md.PlanDigest,
		AllowedNamespaces: md.AllowedNamespaces,
		ObjectCount:       len(objs),
	}
	b, err := assemble(cfg, annotations(md), layer)
	if err != nil {
		return nil, newError(md.Cluster, ErrInvalidInput, err)
	}
	b.Metadata = md
	b.Files = make([]File, len(list))
	for i, f := range list {
		b.Files[i] = File{Path: f.Path, Data: slices.Clone(f.Data)}
	}
	b.Objects = objs
	return b, nil
}

// normalizeMetadata checks the required fields and normalises the rest.
func normalizeMetadata(md Metadata) (Metadata, error) {
	switch {
	case md.Cluster == "":
		return md, newError("metadata", ErrInvalidInput, errors.New("no cluster name"))
	case len(md.Cluster) > 253 || !clusterRE.MatchString(md.Cluster):
		return md, newError("metadata", ErrInvalidInput, fmt.Errorf("cluster name %q is not a DNS-1123 name", md.Cluster))
	case md.PlanDigest == "":
		return md, newError(md.Cluster, ErrInvalidInput, errors.New("no plan digest"))
	case md.Revision == "":
		return md, newError(md.Cluster, ErrInvalidInput, errors.New("no source revision"))
	case md.Created.IsZero():
		return md, newError(md.Cluster, ErrInvalidInput, errors.New("no created time (use the commit time)"))
	case md.Created.Unix() < 0:
		return md, newError(md.Cluster, ErrInvalidInput, fmt.Errorf("created time %s is before 1970", md.Created))
	}
	md.Created = md.Created.UTC().Truncate(time.Second)
	ns := slices.Clone(md.AllowedNamespaces)
	slices.Sort(ns)
	ns = slices.Compact(ns)
	for _, n := range ns {
		if n == "" || len(n) > 63 || !clusterRE.MatchString(n) || strings.Contains(n, ".") {
			return md, newError(md.Cluster, ErrInvalidInput, fmt.Errorf("allowed namespace %q is not a DNS-1123 label", n))
		}
	}
	if ns == nil {
		ns = []string{}
	}
	md.AllowedNamespaces = ns
	if c := md.Contingency; c != nil {
		if c.Without == "" {
			return md, newError(md.Cluster, ErrInvalidInput, errors.New("contingency cost names no failure domain"))
		}
		if math.IsNaN(c.ExtraMonthlyCostUSD) || math.IsInf(c.ExtraMonthlyCostUSD, 0) {
			return md, newError(md.Cluster, ErrInvalidInput, fmt.Errorf("contingency without %s: extra monthly cost %v is not a number", c.Without, c.ExtraMonthlyCostUSD))
		}
		cc := *c
		cc.Down = slices.Clone(c.Down)
		slices.SortFunc(cc.Down, func(a, b WorkloadDown) int { return strings.Compare(a.Workload, b.Workload) })
		for _, d := range cc.Down {
			if d.Workload == "" || strings.ContainsAny(d.Workload, ",=") || d.Replicas < 0 {
				return md, newError(md.Cluster, ErrInvalidInput, fmt.Errorf("contingency without %s: workload down %q (%d replicas) cannot be recorded", c.Without, d.Workload, d.Replicas))
			}
		}
		md.Contingency = &cc
	}
	return md, nil
}

// annotations are the manifest's annotations for md; empty values are left out.
func annotations(md Metadata) map[string]string {
	a := map[string]string{
		AnnotationCluster:    md.Cluster,
		AnnotationPlanDigest: md.PlanDigest,
		AnnotationRevision:   md.Revision,
		AnnotationCreated:    md.Created.UTC().Format(time.RFC3339),
	}
	if md.Jurisdiction != "" {
		a[AnnotationJurisdiction] = md.Jurisdiction
	}
	if md.Source != "" {
		a[AnnotationSource] = md.Source
	}
	if c := md.Contingency; c != nil {
		a[AnnotationContingencyWithout] = c.Without
		a[AnnotationContingencyExtraCost] = strconv.FormatFloat(c.ExtraMonthlyCostUSD, 'f', 2, 64)
		if len(c.Down) > 0 {
			parts := make([]string, len(c.Down))
			for i, d := range c.Down {
				parts[i] = d.Workload + "=" + strconv.Itoa(d.Replicas)
			}
			a[AnnotationContingencyDown] = strings.Join(parts, ",")
		}
	}
	return a
}

// readContingency reads a contingency bundle's cost from its annotations
// (nil, nil for a normal bundle).
func readContingency(ann map[string]string) (*ContingencyCost, error) {
	without, ok := ann[AnnotationContingencyWithout]
	if !ok {
		for _, k := range []string{AnnotationContingencyExtraCost, AnnotationContingencyDown} {
			if _, ok := ann[k]; ok {
				return nil, fmt.Errorf("annotation %s without %s", k, AnnotationContingencyWithout)
			}
		}
		return nil, nil
	}
	if without == "" {
		return nil, fmt.Errorf("annotation %s is empty", AnnotationContingencyWithout)
	}
	c := &ContingencyCost{Without: without}
	v, err := strconv.ParseFloat(ann[AnnotationContingencyExtraCost], 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return nil, fmt.Errorf("annotation %s is %q, want a number of USD", AnnotationContingencyExtraCost, ann[AnnotationContingencyExtraCost])
	}
	c.ExtraMonthlyCostUSD = v
	if down := ann[AnnotationContingencyDown]; down != "" {
		for _, part := range strings.Split(down, ",") {
			w, n, ok := strings.Cut(part, "=")
			r, err := strconv.Atoi(n)
			if !ok || w == "" || err != nil || r < 0 {
				return nil, fmt.Errorf("annotation %s: %q is not workload=replicas", AnnotationContingencyDown, part)
			}
			c.Down = append(c.Down, WorkloadDown{Workload: w, Replicas: r})
		}
	}
	return c, nil
}

// writeLayer writes the files, sorted by path, as a reproducible tar+gzip:
// only regular-file entries (directories are implied), USTAR headers (GNU
// long names past 100 bytes), no PAX records, uid/gid 0 with no user or
// group names, mode 0644, every mtime the created time; gzip at a fixed
// level with an empty header (no name, comment or extra, mtime 0, OS 255 =
// unknown).
//
// It returns the layer and the size of the tar stream it compresses.
func writeLayer(files []File, created time.Time) ([]byte, int64, error) {
	var buf bytes.Buffer
	zw, err := gzip.NewWriterLevel(&buf, gzipLevel)
	if err != nil {
		return nil, 0, err
	}
	zw.Header = gzip.Header{OS: 255}
	counted := &countingWriter{w: zw}
	tw := tar.NewWriter(counted)
	mtime := created.UTC().Truncate(time.Second)
	for _, f := range files {
		hdr := &tar.Header{
			Typeflag: tar.TypeReg,
			Name:     f.Path,
			Size:     int64(len(f.Data)),
			Mode:     fileMode,
			ModTime:  mtime,
			Format:   tar.FormatUSTAR,
		}
		if len(f.Path) > 100 {
			hdr.Format = tar.FormatGNU
		}
		if err := tw.WriteHeader(hdr); err != nil {
			return nil, 0, fmt.Errorf("%s: %w", f.Path, err)
		}
		if _, err := tw.Write(f.Data); err != nil {
			return nil, 0, fmt.Errorf("%s: %w", f.Path, err)
		}
	}
	if err := tw.Close(); err != nil {
		return nil, 0, err
	}
	if err := zw.Close(); err != nil {
		return nil, 0, err
	}
	return buf.Bytes(), counted.n, nil
}

// countingWriter counts the bytes written through it.
type countingWriter struct {
	w io.Writer
	n int64
}

func (c *countingWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	c.n += int64(n)
	return n, err
}

// assemble makes the bundle's manifest and image from a config, manifest
// annotations and a layer, without checking any of them (tests use it to
// make malformed bundles).
func assemble(cfg Config, ann map[string]string, layer []byte) (*Bundle, error) {
	rawCfg, err := json.Marshal(cfg)
	if err != nil {
		return nil, err
	}
	return assembleRaw(ManifestMediaType, ConfigMediaType, rawCfg, ContentMediaType, ann, layer)
}

// assembleRaw is assemble with every media type and the raw config given.
func assembleRaw(manifestMT, configMT types.MediaType, rawCfg []byte, layerMT types.MediaType, ann map[string]string, layer []byte) (*Bundle, error) {
	m := v1.Manifest{
		SchemaVersion: 2,
		MediaType:     manifestMT,
		ArtifactType:  ArtifactType,
		Config:        descriptor(configMT, rawCfg, nil),
		Layers:        []v1.Descriptor{descriptor(layerMT, layer, map[string]string{AnnotationTitle: layerTitle})},
		Annotations:   ann,
	}
	rawManifest, err := json.Marshal(m)
	if err != nil {
		return nil, err
	}
	digest, _, err := v1.SHA256(bytes.NewReader(rawManifest))
	if err != nil {
		return nil, err
	}
	core := &bundleImage{
		manifest:     rawManifest,
		mediaType:    manifestMT,
		config:       rawCfg,
		configDigest: m.Config.Digest,
		configLayer:  static.NewLayer(rawCfg, configMT),
		layerDigest:  m.Layers[0].Digest,
		layer:        static.NewLayer(layer, layerMT),
	}
	img, err := partial.CompressedToImage(core)
	if err != nil {
		return nil, err
	}
	var cfg Config
	_ = json.Unmarshal(rawCfg, &cfg) // best effort: malformed configs are for tests
	return &Bundle{Digest: digest, Config: cfg, image: img, manifest: rawManifest, layer: layer}, nil
}

func descriptor(mt types.MediaType, data []byte, ann map[string]string) v1.Descriptor {
	sum := sha256.Sum256(data)
	return v1.Descriptor{
		MediaType:   mt,
		Size:        int64(len(data)),
		Digest:      v1.Hash{Algorithm: "sha256", Hex: hex.EncodeToString(sum[:])},
		Annotations: ann,
	}
}

// bundleImage is a minimal partial.CompressedImageCore whose manifest and
// config bytes are exactly the ones computed above (go-containerregistry's
// mutate package can set neither a raw config nor artifactType).
type bundleImage struct {
	manifest     []byte
	mediaType    types.MediaType
	config       []byte
	configDigest v1.Hash
	configLayer  v1.Layer
	layerDigest  v1.Hash
	layer        v1.Layer
}

func (i *bundleImage) RawConfigFile() ([]byte, error)      { return i.config, nil }
func (i *bundleImage) MediaType() (types.MediaType, error) { return i.mediaType, nil }
func (i *bundleImage) RawManifest() ([]byte, error)        { return i.manifest, nil }

func (i *bundleImage) LayerByDigest(h v1.Hash) (partial.CompressedLayer, error) {
	switch h {
	case i.layerDigest:
		return i.layer, nil
	case i.configDigest:
		return i.configLayer, nil
	}
	return nil, fmt.Errorf("bundle has no blob %s", h)
}

var tagUnsafe = regexp.MustCompile(`[^A-Za-z0-9_.-]+`)

// Tag returns the conventional tag for a bundle, "<cluster>-<revision>",
// with characters a tag cannot hold replaced by "_" and cut to the 128
// characters a tag may have.
func Tag(md Metadata) string {
	t := tagUnsafe.ReplaceAllString(md.Cluster+"-"+md.Revision, "_")
	t = strings.TrimLeft(t, ".-")
	if len(t) > 128 {
		t = t[:128]
	}
	if t == "" {
		t = "bundle"
	}
	return t
}
