package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"
)

// Tree describes what [Git.Read] wrote.
type Tree struct {
	// Dir is the path of the requested directory inside dst: where to run
	// cue (cue export ./... in Dir, or load Dir). It is dst itself unless
	// the directory is inside a CUE module.
	Dir string
	// ModuleRoot is the repository path of the CUE module root that was
	// copied ("." for the repository root), or "" when the directory is
	// not inside a CUE module.
	ModuleRoot string
	// Files and Bytes count the files written and their total size.
	Files int
	Bytes int64
	// Skipped lists the repository paths left out: symbolic links and
	// submodules (only regular files are written).
	Skipped []string
}

// maxTreeDepth bounds directory nesting.
const maxTreeDepth = 64

// Read writes the files of the repository directory dir (slash-separated,
// relative to the repository root; "" or "." for the root) at revision rev
// into dst, which is created (it may exist if empty).
//
// If dir is inside a CUE module (a cue.mod directory in dir or one of its
// parents, the nearest winning), the whole subtree of the module root is
// written instead, keeping its layout, so that module imports resolve; the
// returned Tree.Dir is then the path of dir inside dst. Only regular files
// are written (symbolic links and submodules are left out and listed in
// Tree.Skipped); every path is checked to stay inside dst; sizes are
// bounded by GitOptions.MaxFileSize, MaxTotalSize and MaxFiles
// ([ErrTooLarge]). On error, what was written is removed.
//
// rev must come from [Git.Fetch] on this Git (with the clone in memory,
// from one of the latest fetches); Read does no network I/O.
func (g *Git) Read(ctx context.Context, rev Revision, dir, dst string) (*Tree, error) {
	op := "read " + rev.String()
	l, err := g.acquire(ctx, 3*g.opts.Timeout+time.Second)
	if err != nil {
		return nil, g.fail(op, err)
	}
	defer l.release()

	if dst == "" {
		return nil, g.fail(op, errors.New("no destination directory"))
	}
	clean, err := cleanRepoPath(dir)
	if err != nil {
		return nil, g.fail(op, err)
	}
	if g.st == nil || !plumbing.IsHash(rev.Commit) {
		return nil, g.fail(op, fmt.Errorf("%w: revision %q was not fetched", ErrNotFound, rev.Commit))
	}
	commit, err := object.GetCommit(g.st, plumbing.NewHash(rev.Commit))
	if err != nil {
		return nil, g.fail(op, fmt.Errorf("%w: revision %s was not fetched: %w", ErrNotFound, rev.Commit, err))
	}
	root, err := commit.Tree()
	if err != nil {
		return nil, g.fail(op, err)
	}

	// The directory, and the nearest CUE module root above it.
	if clean != "." {
		e, err := root.FindEntry(clean)
		if err != nil || e.Mode != filemode.Dir {
			return nil, g.fail(op, fmt.Errorf("%w: directory %q", ErrNotFound, clean))
		}
	}
	copyRoot, module := clean, ""
	for p := clean; ; p = path.Dir(p) {
		if isDir(root, path.Join(p, "cue.mod")) {
			copyRoot, module = p, p
			break
		}
		if p == "." {
			break
		}
	}
	sub := root
	if copyRoot != "." {
		if sub, err = root.Tree(copyRoot); err != nil {
			return nil, g.fail(op, err)
		}
	}

	created, err := makeDst(dst)
	if err != nil {
		return nil, g.fail(op, err)
	}
	w := &treeWriter{ctx: ctx, g: g, out: &Tree{ModuleRoot: module}}
	if w.root, err = os.OpenRoot(dst); err == nil {
		err = w.write(sub, copyRoot, ".", 0)
		if cerr := w.root.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		cleanDst(dst, created)
		return nil, g.fail(op, err)
	}
	rel, _ := filepath.Rel(filepath.FromSlash(copyRoot), filepath.FromSlash(clean)) // both clean and relative, clean under copyRoot
	w.out.Dir = filepath.Join(dst, rel)
	return w.out, nil
}

// cleanRepoPath cleans a repository-relative directory and refuses what
// would leave the repository.
func cleanRepoPath(dir string) (string, error) {
	if strings.Contains(dir, "\\") || strings.ContainsRune(dir, 0) {
		return "", fmt.Errorf("invalid directory %q", dir)
	}
	if dir == "" {
		return ".", nil
	}
	if path.IsAbs(dir) {
		return "", fmt.Errorf("directory %q must be relative to the repository root", dir)
	}
	c := path.Clean(dir)
	if c == ".." || strings.HasPrefix(c, "../") {
		return "", fmt.Errorf("directory %q leaves the repository", dir)
	}
	return c, nil
}

func isDir(t *object.Tree, p string) bool {
	e, err := t.FindEntry(p)
	return err == nil && e.Mode == filemode.Dir
}

// makeDst creates dst, or accepts an existing empty directory.
func makeDst(dst string) (created bool, err error) {
	entries, err := os.ReadDir(dst)
	switch {
	case errors.Is(err, os.ErrNotExist):
		if err := os.MkdirAll(dst, 0o755); err != nil {
			return false, err
		}
		return true, nil
	case err != nil:
		return false, err
	case len(entries) > 0:
		return false, fmt.Errorf("destination %s is not empty", dst)
	}
	return false, nil
}

// cleanDst removes what a failed Read wrote.
func cleanDst(dst string, created bool) {
	if created {
		os.RemoveAll(dst)
		return
	}
	entries, _ := os.ReadDir(dst)
	for _, e := range entries {
		os.RemoveAll(filepath.Join(dst, e.Name()))
	}
}

type treeWriter struct {
	ctx  context.Context
	g    *Git
	root *os.Root
	out  *Tree
}

// write writes tree t (repository path repoPath) to rel inside the root.
func (w *treeWriter) write(t *object.Tree, repoPath, rel string, depth int) error {
	if depth > maxTreeDepth {
		return fmt.Errorf("%w: %s: directories nested deeper than %d", ErrTooLarge, repoPath, maxTreeDepth)
	}
	for _, e := range t.Entries {
		if err := w.ctx.Err(); err != nil {
			return err
		}
		if err := checkEntryName(e.Name); err != nil {
			return fmt.Errorf("%s: %w", repoPath, err)
		}
		rp := path.Join(repoPath, e.Name)
		dp := path.Join(rel, e.Name)
		if !filepath.IsLocal(filepath.FromSlash(dp)) {
			return fmt.Errorf("%s: path leaves the destination", rp)
		}
		switch e.Mode {
		case filemode.Dir:
			child, err := t.Tree(e.Name)
			if err != nil {
				return fmt.Errorf("%s: %w", rp, err)
			}
			if err := w.root.Mkdir(filepath.FromSlash(dp), 0o755); err != nil {
				return err
			}
			if err := w.write(child, rp, dp, depth+1); err != nil {
				return err
			}
		case filemode.Regular, filemode.Executable, filemode.Deprecated:
			if err := w.file(e.Hash, rp, dp); err != nil {
				return err
			}
		default: // symbolic links, submodules
			w.out.Skipped = append(w.out.Skipped, rp)
		}
	}
	return nil
}

func (w *treeWriter) file(h plumbing.Hash, repoPath, rel string) error {
	opts := w.g.opts
	if w.out.Files >= opts.MaxFiles {
		return fmt.Errorf("%w: more than %d files", ErrTooLarge, opts.MaxFiles)
	}
	blob, err := object.GetBlob(w.g.st, h)
	if err != nil {
		return fmt.Errorf("%s: %w", repoPath, err)
	}
	if blob.Size > opts.MaxFileSize {
		return fmt.Errorf("%w: %s is %d bytes, more than %d", ErrTooLarge, repoPath, blob.Size, opts.MaxFileSize)
	}
	if w.out.Bytes+blob.Size > opts.MaxTotalSize {
		return fmt.Errorf("%w: the files add up to more than %d bytes", ErrTooLarge, opts.MaxTotalSize)
	}
	r, err := blob.Reader()
	if err != nil {
		return fmt.Errorf("%s: %w", repoPath, err)
	}
	defer func() { _ = r.Close() }()
	f, err := w.root.OpenFile(filepath.FromSlash(rel), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	n, err := io.Copy(f, io.LimitReader(r, blob.Size))
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("%s: %w", repoPath, err)
	}
	w.out.Files++
	w.out.Bytes += n
	return nil
}

// checkEntryName refuses tree entry names that are not a single, ordinary
// path component. Git itself never writes such trees; a crafted repository
// could.
func checkEntryName(name string) error {
	switch {
	case name == "" || name == "." || name == "..":
		return fmt.Errorf("invalid entry name %q", name)
	case strings.ContainsAny(name, "/\\\x00"):
		return fmt.Errorf("invalid entry name %q", name)
	case strings.EqualFold(name, ".git"):
		return fmt.Errorf("invalid entry name %q", name)
	}
	return nil
}
