package bundle

// Publishing turns a render into signed bundles in a registry: one per
// cluster, tagged <cluster>-<revision>, as `isobar publish` does and as the
// reconciler expects.

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"

	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
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
	// Policy is the intent's policy; every cluster's objects are checked
	// against it (render.CheckPolicy) before anything is pushed. The zero
	// value is the safe default alone.
	Policy schema.Policy
}

// Publish builds, pushes and signs every cluster's bundle of res to repo.
// Nothing is pushed when any cluster's objects break opts.Policy
// (ErrPolicy).
func Publish(ctx context.Context, res *render.Result, src Source, repo string, key *PrivateKey, opts PublishOptions) ([]Published, error) {
	for _, s := range res.Clusters {
		if err := checkPolicy(s, opts.Policy); err != nil {
			return nil, err
		}
	}
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

// PublishCluster builds, pushes and signs one cluster's bundle, unless its
// objects break opts.Policy (ErrPolicy).
func PublishCluster(ctx context.Context, s *render.ClusterSet, planDigest string, src Source, repo string, key *PrivateKey, opts PublishOptions) (Published, error) {
	return publishTagged(ctx, s, planDigest, nil, src, repo, key, opts, Tag)
}

// publishTagged is PublishCluster with the tag made by tag.
func publishTagged(ctx context.Context, s *render.ClusterSet, planDigest string, cost *ContingencyCost, src Source, repo string, key *PrivateKey, opts PublishOptions, tag func(Metadata) string) (Published, error) {
	if err := checkPolicy(s, opts.Policy); err != nil {
		return Published{}, err
	}
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
		Contingency:       cost,
	}, opts.Registry...)
	if err != nil {
		return Published{}, err
	}
	ref, err := Push(ctx, b, repo+":"+tag(b.Metadata), opts.Registry...)
	if err != nil {
		return Published{}, err
	}
	signOpts := append(opts.Registry[:len(opts.Registry):len(opts.Registry)], opts.SignOptions...)
	sig, err := Sign(ctx, ref.String(), key, signOpts...)
	if err != nil {
		return Published{}, err
	}
	return Published{
		Cluster: s.Cluster, Reference: ref.String(), Tag: repo + ":" + tag(b.Metadata), Digest: ref.DigestStr(),
		Objects: len(s.Objects), Signature: sig.String(),
	}, nil
}

// checkPolicy refuses a cluster's objects that break the policy, naming
// each (at most maxViolations).
func checkPolicy(s *render.ClusterSet, p schema.Policy) error {
	const maxViolations = 10
	vs := render.CheckPolicy(p, s.Objects)
	if len(vs) == 0 {
		return nil
	}
	var lines []string
	for _, v := range vs[:min(len(vs), maxViolations)] {
		o := s.Objects[v.Index]
		id := o.GetKind() + " " + o.GetName()
		if ns := o.GetNamespace(); ns != "" {
			id = o.GetKind() + " " + ns + "/" + o.GetName()
		}
		lines = append(lines, id+": "+v.Message)
	}
	if len(vs) > maxViolations {
		lines = append(lines, fmt.Sprintf("and %d more", len(vs)-maxViolations))
	}
	return newError(s.Cluster, ErrPolicy, errors.New(strings.Join(lines, "; ")))
}
