package schema

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
)

// MaxTotalSize bounds all the bytes the loader reads for one package: its
// files, the packages it imports and the files it embeds.
const MaxTotalSize = 64 << 20

// maxLinks bounds the symbolic links followed to resolve one name (Linux
// follows 40).
const maxLinks = 40

// view is the loader's only way to the files of a repository: an [fs.FS]
// over the repository's root that
//
//   - resolves symbolic links itself, one component at a time, and refuses
//     those that lead outside the root (absolute targets, ".." past the
//     root), dangle or loop;
//   - opens regular files and directories only: FIFOs, sockets, devices
//     and anything else are refused from their mode, before any open;
//   - counts the bytes actually read, per file (MaxFileSize) and in all
//     (MaxTotalSize), whatever sizes the files claim;
//   - fails every operation once its context is done.
//
// Each refusal is recorded as a diagnostic naming the file at fault, so
// that the loader reports it in place of whatever CUE made of the failed
// read. A view serves one load: it holds that load's context.
type view struct {
	ctx   context.Context
	fsys  fs.FS
	links fs.ReadLinkFS // fsys's symbolic links; nil when it has none
	name  func(string) string

	mu      sync.Mutex
	refused Diagnostics
	total   int64
}

var _ interface {
	fs.ReadDirFS
	fs.ReadFileFS
	fs.StatFS
} = (*view)(nil)

func newView(ctx context.Context, fsys fs.FS, name func(string) string) *view {
	v := &view{ctx: ctx, fsys: fsys, name: name}
	v.links, _ = fsys.(fs.ReadLinkFS)
	return v
}

// refusal is the error of a refused operation. It says what the file is
// and what was expected, never what it holds.
type refusal struct {
	file, msg string
}

func (r *refusal) Error() string { return r.file + ": " + r.msg }

// Is makes refusals permission errors: the file exists, and is not read.
func (r *refusal) Is(target error) bool { return target == fs.ErrPermission }

// refuse records that the file at fsys path p is not read, and why.
func (v *view) refuse(p, msg, expected string) error {
	d := Diagnostic{File: v.name(p), Message: msg, Expected: expected}
	v.mu.Lock()
	if !slices.Contains(v.refused, d) {
		v.refused = append(v.refused, d)
	}
	v.mu.Unlock()
	return &refusal{file: d.File, msg: msg}
}

// dangling is the error of a symbolic link that leads nowhere: not found,
// for those that look for a file that may not exist (Stat), and a refusal
// once read.
type dangling struct {
	link, file, msg string // the link's path, its name in diagnostics
}

func (d *dangling) Error() string        { return d.file + ": " + d.msg }
func (d *dangling) Is(target error) bool { return target == fs.ErrNotExist }

// reading records a dangling link met while reading.
func (v *view) reading(err error) error {
	var d *dangling
	if errors.As(err, &d) {
		return v.refuse(d.link, d.msg, "")
	}
	return err
}

// failed turns an error of the file system, other than a missing file or
// the end of the load, into a refusal that says why the file was not read.
func (v *view) failed(name string, err error) error {
	if errors.Is(err, fs.ErrNotExist) || v.ctx.Err() != nil {
		return err
	}
	reason := err.Error()
	if pe := (*fs.PathError)(nil); errors.As(err, &pe) {
		reason = pe.Err.Error()
	}
	return v.refuse(name, SafeText(reason), "")
}

// refusals returns the diagnostics of everything refused so far.
func (v *view) refusals() Diagnostics {
	v.mu.Lock()
	defer v.mu.Unlock()
	return slices.Clone(v.refused)
}

// part is a path component still to resolve, with the link whose target
// brought it in, if any.
type part struct {
	name         string
	link, target string
}

func split(p string, link, target string) []part {
	var out []part
	for c := range strings.SplitSeq(p, "/") {
		out = append(out, part{name: c, link: link, target: target})
	}
	return out
}

// resolve follows the symbolic links of name, component by component, and
// returns the path it leads to (no links left on it) and what is there. A
// link to an absolute path, one whose ".." climbs above the root, one that
// leads nowhere and a chain of more than maxLinks are refused, naming the
// link.
func (v *view) resolve(op, name string) (string, fs.FileInfo, error) {
	if err := v.ctx.Err(); err != nil {
		return "", nil, err
	}
	if !fs.ValidPath(name) {
		return "", nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	if v.links == nil {
		info, err := fs.Stat(v.fsys, name)
		return name, info, err
	}
	var done []string // resolved components, each a directory but the last
	var rest []part
	if name != "." {
		rest = split(name, "", "")
	}
	var info fs.FileInfo
	followed := 0
	for len(rest) > 0 {
		c := rest[0]
		rest = rest[1:]
		switch c.name {
		case "", ".":
			continue
		case "..":
			if len(done) == 0 {
				return "", nil, v.refuse(c.link, "a symbolic link to "+SafeText(c.target)+", outside the repository", "")
			}
			done = done[:len(done)-1]
			info = nil
			continue
		}
		p := path.Join(path.Join(done...), c.name)
		fi, err := v.links.Lstat(p)
		if err != nil {
			if c.link != "" && errors.Is(err, fs.ErrNotExist) {
				return "", nil, &dangling{link: c.link, file: v.name(c.link), msg: "a symbolic link to " + SafeText(c.target) + ", which does not exist"}
			}
			return "", nil, err
		}
		if fi.Mode()&fs.ModeSymlink != 0 {
			followed++
			if followed > maxLinks {
				return "", nil, v.refuse(p, fmt.Sprintf("a symbolic link in a loop (more than %d links followed)", maxLinks), "")
			}
			target, err := v.links.ReadLink(p)
			if err != nil {
				return "", nil, err
			}
			if target == "" || path.IsAbs(target) {
				return "", nil, v.refuse(p, "a symbolic link to "+SafeText(target)+", outside the repository", "")
			}
			rest = append(split(target, p, target), rest...)
			continue
		}
		if len(rest) > 0 && !fi.IsDir() {
			return "", nil, &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
		}
		done = append(done, c.name)
		info = fi
	}
	real := path.Join(done...)
	if real == "" {
		real = "."
	}
	if info == nil {
		var err error
		if info, err = fs.Stat(v.fsys, real); err != nil {
			return "", nil, err
		}
	}
	return real, info, nil
}

// kind says what a file that is not a regular file or a directory is. A
// file system may say it itself, with a Describe method on the file's
// description (a git tree's submodules).
func kind(info fs.FileInfo) string {
	if d, ok := info.(interface{ Describe() string }); ok && d.Describe() != "" {
		return d.Describe()
	}
	switch m := info.Mode(); {
	case m&fs.ModeNamedPipe != 0:
		return "a FIFO"
	case m&fs.ModeSocket != 0:
		return "a socket"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	}
	return "an irregular file"
}

// through says what name is, given what real, the path its links lead
// to, is.
func (v *view) through(name, real, is string) string {
	if real == name {
		return is
	}
	return "a symbolic link to " + v.name(real) + ", which is " + is
}

func sizeExpected(limit int64) string { return fmt.Sprintf("at most %d bytes", limit) }

// Open opens a directory or a regular file; any other kind of file is
// refused before it is opened.
func (v *view) Open(name string) (fs.File, error) {
	real, info, err := v.resolve("open", name)
	if err != nil {
		return nil, v.reading(err)
	}
	m := info.Mode()
	switch {
	case m.IsDir():
		f, err := v.fsys.Open(real)
		if err != nil {
			return nil, v.failed(name, err)
		}
		return f, nil
	case !m.IsRegular():
		return nil, v.refuse(name, v.through(name, real, kind(info)+", not a regular file"), "")
	case info.Size() > MaxFileSize:
		msg := fmt.Sprintf("file is %d bytes", info.Size())
		if real != name {
			msg = v.through(name, real, fmt.Sprintf("%d bytes", info.Size()))
		}
		return nil, v.refuse(name, msg, sizeExpected(MaxFileSize))
	}
	f, err := v.fsys.Open(real)
	if err != nil {
		return nil, v.failed(name, err)
	}
	// What was opened may not be what was checked: check again.
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		f.Close()
		if err != nil {
			return nil, err
		}
		return nil, v.refuse(name, v.through(name, real, kind(st)+", not a regular file"), "")
	}
	return &limitedFile{File: f, v: v, name: name}, nil
}

// ReadFile reads a regular file through Open's checks and limits.
func (v *view) ReadFile(name string) ([]byte, error) {
	f, err := v.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if _, ok := f.(*limitedFile); !ok {
		return nil, v.refuse(name, "a directory, not a regular file", "")
	}
	return io.ReadAll(f)
}

// ReadDir lists a directory. Its entries are as they are: links show as
// links, and are checked when they are opened.
func (v *view) ReadDir(name string) ([]fs.DirEntry, error) {
	real, info, err := v.resolve("readdir", name)
	if err != nil {
		return nil, v.reading(err)
	}
	if !info.IsDir() {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: errors.New("not a directory")}
	}
	return fs.ReadDir(v.fsys, real)
}

// Stat describes what name leads to, without opening it.
func (v *view) Stat(name string) (fs.FileInfo, error) {
	_, info, err := v.resolve("stat", name)
	if err != nil {
		return nil, err
	}
	return namedInfo{FileInfo: info, name: path.Base(name)}, nil
}

// namedInfo is a file's description under the name it was asked by.
type namedInfo struct {
	fs.FileInfo
	name string
}

func (i namedInfo) Name() string { return i.name }

// limitedFile reads a regular file within the view's limits and context.
type limitedFile struct {
	fs.File
	v    *view
	name string
	n    int64
	err  error
}

func (f *limitedFile) Read(p []byte) (int, error) {
	if f.err != nil {
		return 0, f.err
	}
	if err := f.v.ctx.Err(); err != nil {
		return 0, err
	}
	// Read one byte past the limit at most, to know it was passed.
	if left := MaxFileSize - f.n + 1; int64(len(p)) > left {
		p = p[:left]
	}
	n, err := f.File.Read(p)
	f.n += int64(n)
	if f.n > MaxFileSize {
		f.err = f.v.refuse(f.name, fmt.Sprintf("file is more than %d bytes", MaxFileSize), sizeExpected(MaxFileSize))
		return 0, f.err
	}
	f.v.mu.Lock()
	f.v.total += int64(n)
	over := f.v.total > MaxTotalSize
	f.v.mu.Unlock()
	if over {
		f.err = f.v.refuse(f.name, fmt.Sprintf("the files read add up to more than %d bytes", MaxTotalSize), sizeExpected(MaxTotalSize)+" in all")
		return 0, f.err
	}
	return n, err
}

func sortEntries(entries []fs.DirEntry) {
	slices.SortFunc(entries, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
}
