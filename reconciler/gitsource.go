package reconciler

import (
	"context"
	"fmt"
	"os"

	"isobar.dev/isobar/reconciler/source"
	"isobar.dev/isobar/schema"
)

// GitSource follows the intent at Path in a git repository.
type GitSource struct {
	Git *source.Git
	// Path is the intent's folder in the repository ("" or "." for the root).
	Path string
}

var _ Source = (*GitSource)(nil)

// Fetch returns the followed branch's head (or the pinned tag or commit).
func (s *GitSource) Fetch(ctx context.Context) (Revision, error) {
	r, err := s.Git.Fetch(ctx)
	if err != nil {
		return Revision{}, err
	}
	return Revision{Commit: r.Commit, Time: r.Time, Ref: r.Ref}, nil
}

// Intent reads the intent at rev (from the repository's objects, into a
// temporary folder) and validates it against the schema.
func (s *GitSource) Intent(ctx context.Context, rev Revision) (*schema.Intent, error) {
	dst, err := os.MkdirTemp("", "isobar-intent-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(dst)
	tree, err := s.Git.Read(ctx, source.Revision{Commit: rev.Commit, Time: rev.Time, Ref: rev.Ref}, s.Path, dst)
	if err != nil {
		return nil, err
	}
	inst, err := schema.Load(tree.Dir)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", s.Path, err)
	}
	return inst.Intent, nil
}

// String names the repository and ref, without credentials.
func (s *GitSource) String() string { return s.Git.String() }
