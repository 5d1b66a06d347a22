package cli

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"
	"strings"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"

	gitsource "isobar.dev/isobar/reconciler/source"
	"isobar.dev/isobar/schema"
)

// atRef is the intent at PATH as it was at a git revision, read straight
// from the repository's objects: the working tree is not touched and
// nothing is copied.
type atRef struct {
	// FS is the repository at the revision.
	FS fs.FS
	// Dir is PATH's counterpart in FS.
	Dir string
	// Commit is the resolved commit hash.
	Commit string
	// ref is the revision as the user wrote it.
	ref string
}

// load vets the intent at the revision. Diagnostics name files as git
// does, "REF:path/in/repository".
func (a *atRef) load(ctx context.Context) (*schema.Instance, error) {
	return schema.LoadFS(ctx, a.FS, a.Dir, schema.WithFileNames(func(p string) string { return a.ref + ":" + p }))
}

// intentAtRef finds the git repository that holds path and the tree of
// ref in it.
func intentAtRef(path, ref string) (*atRef, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, err
	}
	repo, err := git.PlainOpenWithOptions(abs, &git.PlainOpenOptions{DetectDotGit: true, EnableDotGitCommonDir: true})
	if err != nil {
		if errors.Is(err, git.ErrRepositoryNotExists) {
			return nil, fmt.Errorf("%s: not in a git repository, so there is no %s to compare with", path, ref)
		}
		return nil, fmt.Errorf("%s: open git repository: %w", path, err)
	}
	wt, err := repo.Worktree()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	top, err := filepath.EvalSymlinks(wt.Filesystem.Root())
	if err != nil {
		return nil, err
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	rel, err := filepath.Rel(top, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return nil, fmt.Errorf("%s is outside its repository %s", path, top)
	}
	hash, err := repo.ResolveRevision(plumbing.Revision(ref))
	if err != nil {
		return nil, fmt.Errorf("git revision %q: %w", ref, err)
	}
	commit, err := repo.CommitObject(*hash)
	if err != nil {
		return nil, fmt.Errorf("git revision %q: %w", ref, err)
	}
	tree, err := commit.Tree()
	if err != nil {
		return nil, fmt.Errorf("git revision %q: %w", ref, err)
	}
	a := &atRef{FS: gitsource.TreeFS(repo.Storer, tree), Dir: filepath.ToSlash(rel), Commit: hash.String(), ref: ref}
	if st, err := fs.Stat(a.FS, a.Dir); err != nil || !st.IsDir() {
		return nil, fmt.Errorf("%s does not exist at %s", path, ref)
	}
	return a, nil
}
