package schema

import (
	"errors"
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

// real returns the path of the repository that name, a path of the
// overlay, shows, and whether it is a mounted one. Of the folders a mount
// unites, the first holding the file wins.
func (o *overlay) real(name string) (string, bool) {
	for at, from := range o.mounts {
		rest, ok := under(name, at)
		if !ok {
			continue
		}
		for _, f := range from {
			p := path.Join(f, rest)
			if _, err := o.base.Stat(p); err == nil {
				return p, true
			}
		}
		return path.Join(from[0], rest), true
	}
	return name, false
}

// mountOf returns the folders united at name, if name is a mount point.
func (o *overlay) mountOf(name string) []string {
	return o.mounts[name]
}

func notExist(op, name string) error {
	return &fs.PathError{Op: op, Path: name, Err: fs.ErrNotExist}
}

func (o *overlay) Open(name string) (fs.File, error) {
	if c, ok := o.files[name]; ok {
		return &memFile{Reader: strings.NewReader(c), info: memInfo{name: path.Base(name), size: int64(len(c))}}, nil
	}
	if o.isHidden(name) {
		return nil, notExist("open", name)
	}
	if real, mounted := o.real(name); mounted {
		info, err := o.base.Stat(real)
		if err == nil && info.IsDir() || o.mountOf(name) != nil {
			return &memFile{Reader: strings.NewReader(""), info: memInfo{name: path.Base(name), dir: true}}, nil
		}
		return o.base.Open(real)
	}
	if o.dirs[name] {
		if f, err := o.base.Open(name); err == nil {
			return f, nil
		}
		return &memFile{Reader: strings.NewReader(""), info: memInfo{name: path.Base(name), dir: true}}, nil
	}
	return o.base.Open(name)
}

func (o *overlay) ReadFile(name string) ([]byte, error) {
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
	if o.isHidden(name) {
		return nil, notExist("readdir", name)
	}
	var entries []fs.DirEntry
	var err error
	if from := o.mountOf(name); from != nil {
		for _, f := range from {
			es, ferr := o.base.ReadDir(f)
			if ferr != nil && !errors.Is(ferr, fs.ErrNotExist) {
				return nil, ferr
			}
			entries = append(entries, es...)
		}
	} else {
		real, _ := o.real(name)
		entries, err = o.base.ReadDir(real)
	}
	if err != nil && (!o.dirs[name] || !errors.Is(err, fs.ErrNotExist)) {
		return nil, err
	}
	seen := map[string]bool{}
	kept := entries[:0]
	for _, e := range entries {
		if !seen[e.Name()] && !o.isHidden(path.Join(name, e.Name())) {
			seen[e.Name()] = true
			kept = append(kept, e)
		}
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

// memFile is a file of the overlay.
type memFile struct {
	*strings.Reader
	info memInfo
}

func (f *memFile) Stat() (fs.FileInfo, error) { return f.info, nil }
func (f *memFile) Close() error               { return nil }

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
