package bundle

// Publishing turns a render into signed bundles in a registry: one per
// cluster, tagged <cluster>-<revision>, as `isobar publish` does and as the
// reconciler expects.

import (
	"context"
	"time"

	"isobar.dev/isobar/render"
)

// Source is the commit a render was made from.
type Source struct {
	// Repository is the source repository's URL, without credentials.
	Repository string
	// Revision is the commit hash; Time its commit time.
	Revision string
	Time     time.Time
}

// Published is one cluster's published bundle.
type Published struct {
	Cluster string `json:"cluster"`
	// Reference is the digest reference to deploy: REPO@sha256:….
	Reference string `json:"reference"`
	// Tag is the tag it was pushed under: REPO:<cluster>-<revision>.
	Tag       string `json:"tag"`
	Digest    string `json:"digest"`
	Objects   int    `json:"objects"`
	Signature string `json:"signature"`
}

// PublishOptions are passed to Build and the registry calls (Build takes
// the limits, WithMaxSize and WithMaxObjects, from them); SignOptions to
// Sign only.
type PublishOptions struct {
	Registry    []Option
	SignOptions []Option
}

// Publish builds, pushes and signs every cluster's bundle of res to repo.
func Publish(ctx context.Context, res *render.Result, src Source, repo string, key *PrivateKey, opts PublishOptions) ([]Published, error) {
	out := make([]Published, 0, len(res.Clusters))
	for _, s := range res.Clusters {
		b, err := PublishCluster(ctx, s, res.PlanDigest, src, repo, key, opts)
		if err != nil {
			return nil, err
		}
		out = append(out, b)
	}
	return out, nil
}

// PublishCluster builds, pushes and signs one cluster's bundle.
func PublishCluster(ctx context.Context, s *render.ClusterSet, planDigest string, src Source, repo string, key *PrivateKey, opts PublishOptions) (Published, error) {
	files, err := s.Files()
	if err != nil {
		return Published{}, err
	}
	content := make(map[string][]byte, len(files))
	for _, f := range files {
		content[f.Path] = f.Data
	}
	b, err := Build(content, Metadata{
		Cluster:           s.Cluster,
		Jurisdiction:      s.Country,
		PlanDigest:        planDigest,
		Source:            src.Repository,
		Revision:          src.Revision,
		Created:           src.Time,
		AllowedNamespaces: s.Namespaces,
	}, opts.Registry...)
	if err != nil {
		return Published{}, err
	}
	tag := repo + ":" + Tag(b.Metadata)
	ref, err := Push(ctx, b, tag, opts.Registry...)
	if err != nil {
		return Published{}, err
	}
	signOpts := append(opts.Registry[:len(opts.Registry):len(opts.Registry)], opts.SignOptions...)
	sig, err := Sign(ctx, ref.String(), key, signOpts...)
	if err != nil {
		return Published{}, err
	}
	return Published{
		Cluster: s.Cluster, Reference: ref.String(), Tag: tag, Digest: ref.DigestStr(),
		Objects: len(s.Objects), Signature: sig.String(),
	}, nil
}
