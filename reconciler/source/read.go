package source

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/plumbing/storer"
)

// FS returns the files of the repository at rev as an [fs.FS] over the
// clone's objects (see [TreeFS]): nothing is checked out or copied. Its
// limits are GitOptions.MaxFileSize, MaxTotalSize and MaxFiles. Each
// operation on it takes the repository's lock (the operations of this Git
// are serialized), and fails once ctx is done.
//
// rev must come from [Git.Fetch] on this Git (with the clone in memory,
// from one of the latest fetches); FS does no network I/O.
func (g *Git) FS(ctx context.Context, rev Revision) (fs.FS, error) {
	op := "read " + rev.String()
	l, err := g.acquire(ctx, 3*g.opts.Timeout+time.Second)
	if err != nil {
		return nil, g.fail(op, err)
	}
	defer l.release()
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
	t := newTreeFS(g.st, root, limits{file: g.opts.MaxFileSize, total: g.opts.MaxTotalSize, files: g.opts.MaxFiles})
	t.lock = func() (func(), error) {
		l, err := g.acquire(ctx, 3*g.opts.Timeout+time.Second)
		if err != nil {
			return nil, err
		}
		return l.release, nil
	}
	return t, nil
}

// TreeFS returns a git tree as an [fs.FS]: directories are trees, files
// are blobs read from st when opened. Symbolic links are reported as links
// ([fs.ReadLinkFS]: Lstat and ReadLink) and never followed (Open refuses
// them): whoever reads the tree decides which to follow, as the schema's
// loader does. Submodules are irregular files that cannot be opened. A
// blob larger than DefaultMaxFileSize, more than DefaultMaxTotalSize bytes
// opened in all, or more than DefaultMaxFiles files opened are refused
// with [ErrTooLarge], before the blob is inflated; so are entry names that
// are not a single path component.
func TreeFS(st storer.EncodedObjectStorer, tree *object.Tree) fs.FS {
	return newTreeFS(st, tree, limits{file: DefaultMaxFileSize, total: DefaultMaxTotalSize, files: DefaultMaxFiles})
}

type limits struct {
	file, total int64
	files       int
}

// treeFS is TreeFS's file system.
type treeFS struct {
	st     storer.EncodedObjectStorer
	root   *object.Tree
	limits limits
	// lock, if set, is taken around each use of st.
	lock func() (release func(), err error)

	mu     sync.Mutex
	trees  map[string]*object.Tree // decoded trees by path
	opened map[string]bool         // files opened, each counted once
	bytes  int64                   // their sizes
}

var _ interface {
	fs.ReadDirFS
	fs.ReadLinkFS
	fs.StatFS
} = (*treeFS)(nil)

func newTreeFS(st storer.EncodedObjectStorer, root *object.Tree, l limits) *treeFS {
	return &treeFS{st: st, root: root, limits: l, trees: map[string]*object.Tree{".": root}, opened: map[string]bool{}}
}

// errSubmodule is the error of opening a submodule.
var errSubmodule = errors.New("a git submodule, not a regular file")

// maxLinkSize bounds the target of a symbolic link (Linux's PATH_MAX).
const maxLinkSize = 4096

func (t *treeFS) use() (func(), error) {
	if t.lock == nil {
		return func() {}, nil
	}
	return t.lock()
}

// lookup finds the entry at name under the lock, which the caller
// releases.
func (t *treeFS) lookup(op, name string) (object.TreeEntry, func(), error) {
	release, err := t.use()
	if err != nil {
		return object.TreeEntry{}, nil, err
	}
	e, err := t.entry(op, name)
	if err != nil {
		release()
		return object.TreeEntry{}, nil, err
	}
	return e, release, nil
}

// entry finds the entry at name, "." being the root.
func (t *treeFS) entry(op, name string) (object.TreeEntry, error) {
	if !fs.ValidPath(name) {
		return object.TreeEntry{}, &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	if name == "." {
		return object.TreeEntry{Name: ".", Mode: filemode.Dir, Hash: t.root.Hash}, nil
	}
	dir, base := path.Split(name)
	tree, err := t.tree(op, strings.TrimSuffix(dir, "/"))
	if err != nil {
		return object.TreeEntry{}, err
	}
	for _, e := range tree.Entries {
		if e.Name == base {
			return e, nil
		}
	}
	return object.TreeEntry{}, &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
}

// tree returns the decoded tree at dir ("" or "." for the root).
func (t *treeFS) tree(op, dir string) (*object.Tree, error) {
	if dir == "" {
		dir = "."
	}
	t.mu.Lock()
	tree, ok := t.trees[dir]
	t.mu.Unlock()
	if ok {
		return tree, nil
	}
	e, err := t.entry(op, dir)
	if err != nil {
		return nil, err
	}
	if e.Mode != filemode.Dir {
		return nil, &fs.PathError{Op: op, Path: dir, Err: fs.ErrNotExist}
	}
	if tree, err = object.GetTree(t.st, e.Hash); err != nil {
		return nil, &fs.PathError{Op: op, Path: dir, Err: err}
	}
	t.mu.Lock()
	t.trees[dir] = tree
	t.mu.Unlock()
	return tree, nil
}

func (t *treeFS) info(op, name string, e object.TreeEntry) (fs.FileInfo, error) {
	i := &entryInfo{name: path.Base(name), mode: e.Mode}
	if isBlob(e.Mode) || e.Mode == filemode.Symlink {
		obj, err := t.st.EncodedObject(plumbing.BlobObject, e.Hash)
		if err != nil {
			return nil, &fs.PathError{Op: op, Path: name, Err: err}
		}
		i.size = obj.Size()
	}
	return i, nil
}

func isBlob(m filemode.FileMode) bool {
	return m == filemode.Regular || m == filemode.Executable || m == filemode.Deprecated
}

// Lstat describes the entry at name; a link as a link.
func (t *treeFS) Lstat(name string) (fs.FileInfo, error) {
	e, release, err := t.lookup("lstat", name)
	if err != nil {
		return nil, err
	}
	defer release()
	return t.info("lstat", name, e)
}

// Stat is Lstat: links are not followed.
func (t *treeFS) Stat(name string) (fs.FileInfo, error) { return t.Lstat(name) }

// ReadLink returns a link's target.
func (t *treeFS) ReadLink(name string) (string, error) {
	e, release, err := t.lookup("readlink", name)
	if err != nil {
		return "", err
	}
	defer release()
	if e.Mode != filemode.Symlink {
		return "", &fs.PathError{Op: "readlink", Path: name, Err: fs.ErrInvalid}
	}
	b, err := t.blob(name, e.Hash, maxLinkSize)
	if err != nil {
		return "", err
	}
	return string(b), nil
}

func (t *treeFS) blob(name string, h plumbing.Hash, limit int64) ([]byte, error) {
	blob, err := object.GetBlob(t.st, h)
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	if blob.Size > limit {
		return nil, &fs.PathError{Op: "read", Path: name, Err: fmt.Errorf("%w: %d bytes, more than %d", ErrTooLarge, blob.Size, limit)}
	}
	r, err := blob.Reader()
	if err != nil {
		return nil, &fs.PathError{Op: "read", Path: name, Err: err}
	}
	defer r.Close()
	return io.ReadAll(io.LimitReader(r, limit))
}

// ReadDir lists a tree, sorted by name.
func (t *treeFS) ReadDir(name string) ([]fs.DirEntry, error) {
	release, err := t.use()
	if err != nil {
		return nil, err
	}
	defer release()
	return t.readDir(name)
}

func (t *treeFS) readDir(name string) ([]fs.DirEntry, error) {
	tree, err := t.tree("readdir", name)
	if err != nil {
		return nil, err
	}
	out := make([]fs.DirEntry, 0, len(tree.Entries))
	for _, e := range tree.Entries {
		if err := checkEntryName(e.Name); err != nil {
			return nil, &fs.PathError{Op: "readdir", Path: name, Err: err}
		}
		out = append(out, &dirEntry{t: t, dir: name, e: e})
	}
	sortDirEntries(out)
	return out, nil
}

// Open opens a directory or a file. Links are refused (they are read with
// ReadLink), and so are submodules and what is over the limits.
func (t *treeFS) Open(name string) (fs.File, error) {
	e, release, err := t.lookup("open", name)
	if err != nil {
		return nil, err
	}
	defer release()
	info, err := t.info("open", name, e)
	if err != nil {
		return nil, err
	}
	switch {
	case e.Mode == filemode.Dir:
		entries, err := t.readDir(name)
		if err != nil {
			return nil, err
		}
		return &treeDir{info: info, entries: entries}, nil
	case e.Mode == filemode.Symlink:
		return nil, &fs.PathError{Op: "open", Path: name, Err: errors.New("a symbolic link (read it with ReadLink)")}
	case e.Mode == filemode.Submodule:
		return nil, &fs.PathError{Op: "open", Path: name, Err: errSubmodule}
	case !isBlob(e.Mode):
		return nil, &fs.PathError{Op: "open", Path: name, Err: fmt.Errorf("git mode %s, not a regular file", e.Mode)}
	}
	if err := t.count(name, info.Size()); err != nil {
		return nil, err
	}
	blob, err := object.GetBlob(t.st, e.Hash)
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	r, err := blob.Reader()
	if err != nil {
		return nil, &fs.PathError{Op: "open", Path: name, Err: err}
	}
	return &treeFile{r: io.LimitReader(r, blob.Size), c: r, info: info}, nil
}

// count accounts for a file opened, within the limits. A file opened
// again counts once.
func (t *treeFS) count(name string, size int64) error {
	t.mu.Lock()
	defer t.mu.Unlock()
	switch {
	case size > t.limits.file:
		return &fs.PathError{Op: "open", Path: name, Err: fmt.Errorf("%w: %d bytes, more than %d", ErrTooLarge, size, t.limits.file)}
	case t.opened[name]:
		return nil
	case len(t.opened) >= t.limits.files:
		return &fs.PathError{Op: "open", Path: name, Err: fmt.Errorf("%w: more than %d files opened", ErrTooLarge, t.limits.files)}
	case t.bytes+size > t.limits.total:
		return &fs.PathError{Op: "open", Path: name, Err: fmt.Errorf("%w: the files opened add up to more than %d bytes", ErrTooLarge, t.limits.total)}
	}
	t.opened[name] = true
	t.bytes += size
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

// entryInfo describes a tree entry.
type entryInfo struct {
	name string
	mode filemode.FileMode
	size int64
}

func (i *entryInfo) Name() string { return i.name }
func (i *entryInfo) Size() int64  { return i.size }
func (i *entryInfo) Mode() fs.FileMode {
	switch i.mode {
	case filemode.Dir:
		return fs.ModeDir | 0o755
	case filemode.Regular, filemode.Deprecated:
		return 0o644
	case filemode.Executable:
		return 0o755
	case filemode.Symlink:
		return fs.ModeSymlink | 0o777
	}
	return fs.ModeIrregular
}
func (i *entryInfo) ModTime() time.Time { return time.Time{} }
func (i *entryInfo) IsDir() bool        { return i.mode == filemode.Dir }

// Sys returns the git file mode.
func (i *entryInfo) Sys() any { return i.mode }

// Describe says what an irregular entry is.
func (i *entryInfo) Describe() string {
	if i.mode == filemode.Submodule {
		return "a git submodule"
	}
	return ""
}

// dirEntry is an entry of a tree listing; its size is looked up on Info.
type dirEntry struct {
	t   *treeFS
	dir string
	e   object.TreeEntry
}

func (d *dirEntry) Name() string { return d.e.Name }
func (d *dirEntry) IsDir() bool  { return d.e.Mode == filemode.Dir }
func (d *dirEntry) Type() fs.FileMode {
	return (&entryInfo{mode: d.e.Mode}).Mode().Type()
}
func (d *dirEntry) Info() (fs.FileInfo, error) {
	release, err := d.t.use()
	if err != nil {
		return nil, err
	}
	defer release()
	return d.t.info("stat", path.Join(d.dir, d.e.Name), d.e)
}

func sortDirEntries(entries []fs.DirEntry) {
	slices.SortFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
}

// treeFile is an open blob.
type treeFile struct {
	r    io.Reader
	c    io.Closer
	info fs.FileInfo
}

func (f *treeFile) Read(p []byte) (int, error) { return f.r.Read(p) }
func (f *treeFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *treeFile) Close() error               { return f.c.Close() }

// treeDir is an open tree.
type treeDir struct {
	info    fs.FileInfo
	entries []fs.DirEntry
	off     int
}

func (d *treeDir) Stat() (fs.FileInfo, error) { return d.info, nil }
func (d *treeDir) Close() error               { return nil }
func (d *treeDir) Read([]byte) (int, error) {
	return 0, &fs.PathError{Op: "read", Path: d.info.Name(), Err: errors.New("is a directory")}
}

func (d *treeDir) ReadDir(n int) ([]fs.DirEntry, error) {
	rest := d.entries[d.off:]
	if n <= 0 {
		d.off = len(d.entries)
		return rest, nil
	}
	if len(rest) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(rest))
	d.off += n
	return rest[:n], nil
}
