package schema

import (
	"errors"
	"io"
	"io/fs"
	"path"
	"strings"
	"time"
)

// overlay is the file system CUE's loader sees: a view of the repository,
// with
//
//   - files held in memory: the module file of a folder that is in no CUE
//     module, the schema where a module does not vendor it, the module files
//     of vendored modules;
//   - folders hidden: the module's cue.mod/pkg, gen and usr, which CUE would
//     otherwise read as local packages;
//   - folders mounted elsewhere: those same folders, one mount per first
//     element of their import paths, read as modules (see vendor.go).
//
// Its files hide the view's files of the same name; its directories merge
// with the view's.
type overlay struct {
	base   *view
	files  map[string]string
	dirs   map[string]bool // every parent of files, but "."
	hidden []string
	mounts map[string][]string // mount point → the folders it unites, first first
}

var _ interface {
	fs.ReadDirFS
	fs.ReadFileFS
	fs.StatFS
} = (*overlay)(nil)

func newOverlay(base *view) *overlay {
	return &overlay{base: base, files: map[string]string{}, dirs: map[string]bool{}, mounts: map[string][]string{}}
}

// add puts a file at p (a clean, slash-separated path).
func (o *overlay) add(p, content string) {
	o.files[p] = content
	for d := path.Dir(p); d != "."; d = path.Dir(d) {
		o.dirs[d] = true
	}
}

// mount shows the union of the folders from at p, and p's parents as
// folders.
func (o *overlay) mount(p string, from ...string) {
	o.mounts[p] = from
	for d := path.Dir(p); d != "."; d = path.Dir(d) {
		o.dirs[d] = true
	}
}

func under(name, dir string) (string, bool) {
	if name == dir {
		return ".", true
	}
	rest, ok := strings.CutPrefix(name, dir+"/")
	return rest, ok
}

func (o *overlay) isHidden(name string) bool {
	for _, h := range o.hidden {
		if _, ok := under(name, h); ok {
			return true
		}
	}
	return false
}

// sources returns the paths of the repository that name, a path of the
// overlay, may show, first first, and whether it is under a mount.
func (o *overlay) sources(name string) ([]string, bool) {
	for at, from := range o.mounts {
		rest, ok := under(name, at)
		if !ok {
			continue
		}
		out := make([]string, len(from))
		for i, f := range from {
			out[i] = path.Join(f, rest)
		}
		return out, true
	}
	return []string{name}, false
}

// real returns the path of the repository that name shows, and whether it
// is a mounted one. Of the folders a mount unites, the first holding the
// file wins.
func (o *overlay) real(name string) (string, bool) {
	srcs, mounted := o.sources(name)
	for _, p := range srcs {
		if _, err := o.base.Stat(p); err == nil {
			return p, mounted
		}
	}
	return srcs[0], mounted
}

// mountOf returns the folders united at name, if name is a mount point.
func (o *overlay) mountOf(name string) []string {
	return o.mounts[name]
}

// valid refuses names that are not fs.FS paths.
func valid(op, name string) error {
	if !fs.ValidPath(name) {
		return &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	return nil
}

func notExist(op, name string) error {
	return &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
}

// Open opens a file, or a directory whose listing is the overlay's.
func (o *overlay) Open(name string) (fs.File, error) {
	if err := valid("open", name); err != nil {
		return nil, err
	}
	if c, ok := o.files[name]; ok {
		return &memFile{Reader: strings.NewReader(c), info: memInfo{name: path.Base(name), size: int64(len(c))}}, nil
	}
	info, err := o.Stat(name)
	if err != nil {
		return nil, err
	}
	if info.IsDir() {
		return &memFile{Reader: strings.NewReader(""), info: memInfo{name: path.Base(name), dir: true}, o: o, path: name}, nil
	}
	real, _ := o.real(name)
	return o.base.Open(real)
}

func (o *overlay) ReadFile(name string) ([]byte, error) {
	if err := valid("readfile", name); err != nil {
		return nil, err
	}
	if c, ok := o.files[name]; ok {
		return []byte(c), nil
	}
	if o.isHidden(name) {
		return nil, notExist("readfile", name)
	}
	real, _ := o.real(name)
	return o.base.ReadFile(real)
}

func (o *overlay) Stat(name string) (fs.FileInfo, error) {
	if err := valid("stat", name); err != nil {
		return nil, err
	}
	if c, ok := o.files[name]; ok {
		return memInfo{name: path.Base(name), size: int64(len(c))}, nil
	}
	if o.isHidden(name) {
		return nil, notExist("stat", name)
	}
	if o.dirs[name] || o.mountOf(name) != nil {
		return memInfo{name: path.Base(name), dir: true}, nil
	}
	real, _ := o.real(name)
	info, err := o.base.Stat(real)
	if err != nil {
		return nil, err
	}
	return namedInfo{FileInfo: info, name: path.Base(name)}, nil
}

func (o *overlay) ReadDir(name string) ([]fs.DirEntry, error) {
	if err := valid("readdir", name); err != nil {
		return nil, err
	}
	if o.isHidden(name) {
		return nil, notExist("readdir", name)
	}
	// Under a mount, the union of the folders that exist.
	var entries []fs.DirEntry
	srcs, _ := o.sources(name)
	found := false
	for _, p := range srcs {
		es, err := o.base.ReadDir(p)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return nil, err
		}
		found = true
		entries = append(entries, es...)
	}
	if !found && !o.dirs[name] && o.mountOf(name) == nil {
		return nil, notExist("readdir", name)
	}
	seen := map[string]bool{}
	kept := entries[:0]
	for _, e := range entries {
		p := path.Join(name, e.Name())
		if seen[e.Name()] || o.isHidden(p) {
			continue
		}
		seen[e.Name()] = true
		if c, ok := o.files[p]; ok {
			e = fs.FileInfoToDirEntry(memInfo{name: e.Name(), size: int64(len(c))})
		}
		kept = append(kept, e)
	}
	entries = kept
	add := func(p string, info memInfo) {
		if path.Dir(p) == name && !seen[info.name] {
			seen[info.name] = true
			entries = append(entries, fs.FileInfoToDirEntry(info))
		}
	}
	for p, c := range o.files {
		add(p, memInfo{name: path.Base(p), size: int64(len(c))})
	}
	for p := range o.dirs {
		add(p, memInfo{name: path.Base(p), dir: true})
	}
	for p := range o.mounts {
		add(p, memInfo{name: path.Base(p), dir: true})
	}
	sortEntries(entries)
	return entries, nil
}

// memFile is a file or a directory of the overlay.
type memFile struct {
	*strings.Reader
	info memInfo
	// o and path list a directory; entries are those not read yet.
	o       *overlay
	path    string
	entries []fs.DirEntry
	listed  bool
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *memFile) Close() error               { return nil }

// ReadDir lists a directory, as [fs.ReadDirFile] does.
func (f *memFile) ReadDir(n int) ([]fs.DirEntry, error) {
	if f.o == nil {
		return nil, &fs.PathError{Op: "readdir", Path: f.info.name, Err: errors.New("not a directory")}
	}
	if !f.listed {
		entries, err := f.o.ReadDir(f.path)
		if err != nil {
			return nil, err
		}
		f.entries, f.listed = entries, true
	}
	if n <= 0 {
		out := f.entries
		f.entries = nil
		return out, nil
	}
	if len(f.entries) == 0 {
		return nil, io.EOF
	}
	n = min(n, len(f.entries))
	out := f.entries[:n]
	f.entries = f.entries[n:]
	return out, nil
}

// memInfo describes a file or directory of the overlay.
type memInfo struct {
	name string
	size int64
	dir  bool
}

func (i memInfo) Name() string { return i.name }
func (i memInfo) Size() int64  { return i.size }
func (i memInfo) Mode() fs.FileMode {
	if i.dir {
		return fs.ModeDir | 0o555
	}
	return 0o444
}
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return i.dir }
func (i memInfo) Sys() any           { return nil }
