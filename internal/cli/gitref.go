package cli

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"
)

// maxRefFile bounds a file read from git history, like schema.MaxFileSize.
const maxRefFile = 8 << 20

// atRef is the intent at PATH as it was at a git revision, written out to
// a temporary folder from the repository's objects (the working tree is
// not touched).
type atRef struct {
	// Dir is the folder to load: PATH's counterpart in the copy.
	Dir string
	// Commit is the resolved commit hash.
	Commit string
	root   string
}

// cleanup removes the copy.
func (a *atRef) cleanup() { _ = os.RemoveAll(a.root) }

// intentAtRef copies the CUE module that holds path (the nearest folder
// upwards with a cue.mod, or path itself), as it was at ref, into a
// temporary folder.
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
	if err != nil || strings.HasPrefix(rel, "..") {
		return nil, fmt.Errorf("%s is outside its repository %s", path, top)
	}
	module := rel
	for d := rel; ; d = filepath.Dir(d) {
		if st, err := os.Stat(filepath.Join(top, d, "cue.mod")); err == nil && st.IsDir() {
			module = d
			break
		}
		if d == "." || d == string(filepath.Separator) {
			break
		}
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
	if module != "." {
		if tree, err = tree.Tree(filepath.ToSlash(module)); err != nil {
			return nil, fmt.Errorf("%s does not exist at %s", module, ref)
		}
	}
	root, err := os.MkdirTemp("", "isobar-base-")
	if err != nil {
		return nil, err
	}
	a := &atRef{root: root, Commit: hash.String()}
	sub, _ := filepath.Rel(module, rel)
	a.Dir = filepath.Join(root, sub)
	if err := copyTree(tree, root); err != nil {
		a.cleanup()
		return nil, fmt.Errorf("read %s at %s: %w", module, ref, err)
	}
	if _, err := os.Stat(a.Dir); err != nil {
		a.cleanup()
		return nil, fmt.Errorf("%s does not exist at %s", path, ref)
	}
	return a, nil
}

// copyTree writes a tree's regular files under dir; links and submodules
// are skipped, and so is anything that is not part of a CUE module.
func copyTree(tree *object.Tree, dir string) error {
	walker := object.NewTreeWalker(tree, true, nil)
	defer walker.Close()
	for {
		name, entry, err := walker.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		if entry.Mode != filemode.Regular && entry.Mode != filemode.Executable {
			continue
		}
		if !strings.HasSuffix(name, ".cue") {
			continue
		}
		file, err := tree.TreeEntryFile(&entry)
		if err != nil {
			// The walker gives paths relative to tree; look the file up by path.
			if file, err = tree.File(name); err != nil {
				return err
			}
		}
		if file.Size > maxRefFile {
			return fmt.Errorf("%s is larger than %d bytes", name, maxRefFile)
		}
		r, err := file.Reader()
		if err != nil {
			return err
		}
		b, err := io.ReadAll(io.LimitReader(r, maxRefFile+1))
		_ = r.Close()
		if err != nil {
			return err
		}
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
	}
}
