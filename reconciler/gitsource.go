package reconciler

import (
	"context"
	"fmt"
	"path"

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
func (s *GitSource) Fetch(ctx context.Context) (source.Revision, error) {
	return s.Git.Fetch(ctx)
}

// Intent reads the intent at rev straight from the repository's objects
// (through the schema's loader, which the repository cannot escape) and
// validates it against the schema.
func (s *GitSource) Intent(ctx context.Context, rev source.Revision) (*schema.Intent, error) {
	fsys, err := s.Git.FS(ctx, rev)
	if err != nil {
		return nil, err
	}
	dir := s.Path
	if dir == "" {
		dir = "."
	}
	inst, err := schema.LoadFS(ctx, fsys, path.Clean(dir))
	if err != nil {
		return nil, fmt.Errorf("%s at %s: %w", schema.SafeText(dir), rev, err)
	}
	return inst.Intent, nil
}

// String names the repository and ref, without credentials.
func (s *GitSource) String() string { return s.Git.String() }
