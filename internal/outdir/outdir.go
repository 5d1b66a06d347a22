// Package outdir owns isobar's output folders: the folders that
// `isobar render --out` and `isobar pull --out` fill with files.
//
// Write replaces a folder with a new tree of files so that the folder holds
// either its old content or the new one, never a mix, and so that nothing a
// person put there is ever lost:
//
//   - every folder it fills gets a marker file, MarkerName, listing each
//     file (with its SHA-256) and folder it wrote;
//   - an existing folder is replaced only when it is empty, or when all it
//     holds is what its marker lists, unchanged; a folder holding anything
//     else (a file isobar did not write, or one edited since) is refused,
//     naming what is in the way;
//   - it refuses the current folder and any folder above it, the root, a
//     symbolic link, and any folder given in Options.Protected or above one
//     (the intent, its repository);
//   - the new tree is written beside the folder, in a fresh temporary folder,
//     through an os.Root (no path can leave it), then swapped in with one
//     rename (an atomic exchange where the system has one); the old tree is
//     then deleted file by file from its marker, never as a whole;
//   - file and folder names are checked before anything is written: relative,
//     canonical, no "..", no NUL or control characters, no backslash, no
//     name claimed twice or both as a file and a folder.
package outdir

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
)

// MarkerName is the file, at the top of an output folder, that lists what
// isobar wrote there.
const MarkerName = ".isobar-output"

// maxMarkerSize bounds the marker file read back; a marker of 10,000 files
// is about 1 MiB.
const maxMarkerSize = 64 << 20

// File is one file to write: a slash-separated path relative to the output
// folder, and its content.
type File struct {
	Path string
	Data []byte
}

// Protected is a folder an output folder must be neither equal to nor
// above.
type Protected struct {
	// Path is the folder.
	Path string
	// What names it in errors, e.g. "the intent".
	What string
}

// Options configure Write.
type Options struct {
	// Writer names what writes, e.g. "isobar pull"; it is recorded in the
	// marker and named in errors. Required.
	Writer string
	// Dirs are folders to create even when no file lands in them
	// (slash-separated, relative).
	Dirs []string
	// Protected are folders the output folder must not be or hold.
	Protected []Protected
}

// marker is the content of MarkerName.
type marker struct {
	Writer string `json:"writer"`
	// Files maps each file written to "sha256:<hex>" of its content.
	Files map[string]string `json:"files"`
	// Dirs lists every folder written, implied ones included.
	Dirs []string `json:"dirs"`
}

// Error is the error Write returns: the output folder as given, and why.
type Error struct {
	Dir string
	Err error
}

func (e *Error) Error() string { return e.Dir + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// Write replaces the folder dir with files (see the package documentation).
// On error (an *Error), dir and its surroundings are as they were, except
// in the one case the error says so: the new content is in place but the
// old content was kept aside because something was added to it during the
// swap.
func Write(dir string, files []File, opts Options) error {
	if opts.Writer == "" {
		return errors.New("outdir: no writer named")
	}
	if strings.TrimSpace(dir) == "" {
		return &Error{Dir: dir, Err: errors.New("no output folder given")}
	}
	if err := write(dir, files, opts); err != nil {
		return &Error{Dir: dir, Err: err}
	}
	return nil
}

func write(dir string, files []File, opts Options) (err error) {
	m, err := plan(files, opts)
	if err != nil {
		return err
	}
	abs, err := place(dir, opts)
	if err != nil {
		return err
	}
	exists, err := replaceable(abs, opts.Writer)
	if err != nil {
		return err
	}

	parent, base := filepath.Dir(abs), filepath.Base(abs)
	created, err := mkdirParents(parent)
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			removeCreated(created)
		}
	}()
	tmp, err := os.MkdirTemp(parent, "."+base+".isobar-new-")
	if err != nil {
		return err
	}
	swapped := false
	defer func() {
		if !swapped {
			_ = os.RemoveAll(tmp) // ours: made fresh above
		}
	}()
	if err := fill(tmp, files, m); err != nil {
		return err
	}
	if !exists {
		if err := os.Rename(tmp, abs); err != nil {
			return err
		}
		swapped = true
		return nil
	}
	old, err := swap(tmp, abs, parent, base)
	if err != nil {
		return err
	}
	swapped = true
	if err := removeWritten(old, opts.Writer); err != nil {
		return fmt.Errorf("the new content is in place, but the previous content was kept in %s: %w", old, err)
	}
	return nil
}

// plan checks every path and builds the marker.
func plan(files []File, opts Options) (*marker, error) {
	m := &marker{Writer: opts.Writer, Files: make(map[string]string, len(files))}
	dirs := map[string]bool{}
	addParents := func(p string) {
		for d := path.Dir(p); d != "."; d = path.Dir(d) {
			dirs[d] = true
		}
	}
	for _, d := range opts.Dirs {
		if err := CheckPath(d); err != nil {
			return nil, err
		}
		dirs[d] = true
		addParents(d)
	}
	for _, f := range files {
		if err := CheckPath(f.Path); err != nil {
			return nil, err
		}
		if _, dup := m.Files[f.Path]; dup {
			return nil, fmt.Errorf("file %q is given twice", f.Path)
		}
		sum := sha256.Sum256(f.Data)
		m.Files[f.Path] = "sha256:" + hex.EncodeToString(sum[:])
		addParents(f.Path)
	}
	for d := range dirs {
		if _, clash := m.Files[d]; clash {
			return nil, fmt.Errorf("%q would be both a file and a folder", d)
		}
	}
	m.Dirs = make([]string, 0, len(dirs))
	for d := range dirs {
		m.Dirs = append(m.Dirs, d)
	}
	slices.Sort(m.Dirs)
	return m, nil
}

// CheckPath checks that p is a safe name within an output folder: not
// empty, relative, slash-separated and canonical (no ".", ".." or empty
// elements), without NUL, control characters or backslashes, local on every
// system (filepath.IsLocal), and not the marker.
func CheckPath(p string) error {
	switch {
	case p == "" || p == ".":
		return fmt.Errorf("empty path %q", p)
	case strings.HasPrefix(p, "/"):
		return fmt.Errorf("path %q is absolute", p)
	case strings.ContainsFunc(p, func(r rune) bool { return r < 0x20 || r == 0x7f || r == '\\' }):
		return fmt.Errorf("path %q holds a control character or a backslash", p)
	case slices.Contains(strings.Split(p, "/"), ".."):
		return fmt.Errorf("path %q holds \"..\"", p)
	case path.Clean(p) != p:
		return fmt.Errorf("path %q is not canonical (%q)", p, path.Clean(p))
	case !filepath.IsLocal(filepath.FromSlash(p)):
		return fmt.Errorf("path %q is not local", p)
	case strings.Split(p, "/")[0] == MarkerName:
		return fmt.Errorf("path %q is isobar's marker", p)
	}
	return nil
}

// place makes dir absolute and refuses places an output folder must never
// be. It returns the absolute, cleaned path (symbolic links above it are
// resolved for the comparisons, not in the result).
func place(dir string, opts Options) (string, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return "", err
	}
	if fi, err := os.Lstat(abs); err == nil && fi.Mode()&fs.ModeSymlink != 0 {
		return "", errors.New("is a symbolic link: give the folder itself")
	}
	real, err := resolve(abs)
	if err != nil {
		return "", err
	}
	if filepath.Dir(real) == real {
		return "", errors.New("is the root folder: choose a new or empty folder for the output")
	}
	if wd, err := os.Getwd(); err == nil {
		if wd, err = resolve(wd); err == nil {
			switch {
			case real == wd:
				return "", errors.New("is the current folder: choose a new or empty folder for the output")
			case within(wd, real):
				return "", errors.New("holds the current folder: choose a new or empty folder for the output")
			}
		}
	}
	for _, p := range opts.Protected {
		pa, err := filepath.Abs(p.Path)
		if err != nil {
			continue
		}
		if pa, err = resolve(pa); err != nil {
			continue
		}
		switch {
		case real == pa:
			return "", fmt.Errorf("is %s (%s): choose a new or empty folder for the output", p.What, p.Path)
		case within(pa, real):
			return "", fmt.Errorf("holds %s (%s): choose a new or empty folder for the output", p.What, p.Path)
		}
	}
	return abs, nil
}

// resolve evaluates the symbolic links of the longest existing prefix of
// the absolute path p and appends the rest.
func resolve(p string) (string, error) {
	rest := ""
	for {
		r, err := filepath.EvalSymlinks(p)
		if err == nil {
			return filepath.Join(r, rest), nil
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
		parent := filepath.Dir(p)
		if parent == p {
			return filepath.Join(p, rest), nil
		}
		rest = filepath.Join(filepath.Base(p), rest)
		p = parent
	}
}

// within reports whether p lies strictly inside dir (both clean and
// absolute).
func within(p, dir string) bool {
	rel, err := filepath.Rel(dir, p)
	return err == nil && rel != "." && filepath.IsLocal(rel)
}

// replaceable checks an existing folder: it may be replaced when empty, or
// when it holds exactly what its marker lists, unchanged. It reports
// whether the folder exists.
func replaceable(abs, writer string) (bool, error) {
	fi, err := os.Lstat(abs)
	if errors.Is(err, fs.ErrNotExist) {
		return false, nil
	}
	if err != nil {
		return false, err
	}
	if !fi.IsDir() {
		return false, fmt.Errorf("exists and is not a folder (%s): choose a new or empty folder for the output", Describe(fi.Mode()))
	}
	entries, err := os.ReadDir(abs)
	if err != nil {
		return false, err
	}
	if len(entries) == 0 {
		return true, nil
	}
	root, err := os.OpenRoot(abs)
	if err != nil {
		return false, err
	}
	defer root.Close()
	m, err := readMarker(root)
	if err != nil {
		names := make([]string, 0, 3)
		for _, e := range entries[:min(3, len(entries))] {
			names = append(names, e.Name())
		}
		more := ""
		if len(entries) > 3 {
			more = fmt.Sprintf(" and %d more", len(entries)-3)
		}
		return false, fmt.Errorf("holds %s%s and was not written by %s (%v): choose a new or empty folder, or move them away",
			strings.Join(names, ", "), more, writer, err)
	}
	if foreign := unlisted(root, m, 5); len(foreign) > 0 {
		return false, fmt.Errorf("holds what %s did not write: %s; move it away, or choose a new or empty folder",
			m.Writer, strings.Join(foreign, "; "))
	}
	return true, nil
}

// Describe names the type of a file mode in words ("a folder", "a named
// pipe", …), for errors about files that are not what they should be.
func Describe(m fs.FileMode) string {
	switch {
	case m.IsDir():
		return "a folder"
	case m&fs.ModeSymlink != 0:
		return "a symbolic link"
	case m.IsRegular():
		return "a file"
	case m&fs.ModeNamedPipe != 0:
		return "a named pipe"
	case m&fs.ModeCharDevice != 0:
		return "a character device"
	case m&fs.ModeDevice != 0:
		return "a device"
	case m&fs.ModeSocket != 0:
		return "a socket"
	}
	return "a special file"
}

// readMarker reads and checks the marker at the top of root.
func readMarker(root *os.Root) (*marker, error) {
	fi, err := root.Lstat(MarkerName)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("no %s marker", MarkerName)
	}
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a file", MarkerName)
	}
	f, err := root.Open(MarkerName)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data, err := io.ReadAll(io.LimitReader(f, maxMarkerSize+1))
	if err != nil {
		return nil, err
	}
	if len(data) > maxMarkerSize {
		return nil, fmt.Errorf("%s is larger than %d bytes", MarkerName, maxMarkerSize)
	}
	var m marker
	if err := json.Unmarshal(data, &m); err != nil {
		return nil, fmt.Errorf("%s is unreadable: %w", MarkerName, err)
	}
	for p := range m.Files {
		if CheckPath(p) != nil {
			return nil, fmt.Errorf("%s lists an invalid path %q", MarkerName, p)
		}
	}
	for _, d := range m.Dirs {
		if CheckPath(d) != nil {
			return nil, fmt.Errorf("%s lists an invalid path %q", MarkerName, d)
		}
	}
	if m.Writer == "" {
		m.Writer = "isobar"
	}
	return &m, nil
}

// unlisted walks root (never following links) and returns up to max
// descriptions of entries the marker does not list as they are.
func unlisted(root *os.Root, m *marker, max int) []string {
	dirs := make(map[string]bool, len(m.Dirs))
	for _, d := range m.Dirs {
		dirs[d] = true
	}
	var out []string
	add := func(s string) bool {
		out = append(out, s)
		return len(out) < max
	}
	err := fs.WalkDir(root.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if !add(fmt.Sprintf("%s (%v)", p, err)) {
				return fs.SkipAll
			}
			return nil
		}
		if p == "." || p == MarkerName {
			return nil
		}
		t := d.Type()
		switch {
		case t.IsDir():
			if !dirs[p] {
				if !add(p + "/") {
					return fs.SkipAll
				}
				return fs.SkipDir
			}
		case t.IsRegular():
			want, ok := m.Files[p]
			if !ok {
				if !add(p) {
					return fs.SkipAll
				}
				return nil
			}
			if got, err := hashFile(root, p); err != nil || got != want {
				if !add(p + " (changed since it was written)") {
					return fs.SkipAll
				}
			}
		default:
			if !add(p + " (" + Describe(t) + ")") {
				return fs.SkipAll
			}
		}
		return nil
	})
	if err != nil && len(out) < max {
		out = append(out, err.Error())
	}
	return out
}

func hashFile(root *os.Root, p string) (string, error) {
	f, err := root.Open(filepath.FromSlash(p))
	if err != nil {
		return "", err
	}
	defer f.Close()
	if fi, err := f.Stat(); err != nil || !fi.Mode().IsRegular() {
		return "", errors.New("not a regular file")
	}
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", err
	}
	return "sha256:" + hex.EncodeToString(h.Sum(nil)), nil
}

// mkdirParents creates the missing folders of p and returns them, deepest
// first, for removeCreated.
func mkdirParents(p string) ([]string, error) {
	var missing []string
	for q := p; ; q = filepath.Dir(q) {
		if _, err := os.Lstat(q); err == nil {
			break
		}
		missing = append(missing, q)
		if filepath.Dir(q) == q {
			break
		}
	}
	if err := os.MkdirAll(p, 0o755); err != nil {
		return nil, err
	}
	return missing, nil
}

// removeCreated removes folders mkdirParents made, deepest first, if they
// are still empty.
func removeCreated(dirs []string) {
	for _, d := range dirs {
		_ = os.Remove(d)
	}
}

// fill writes the marker's folders, the files and the marker into tmp,
// through an os.Root, and opens tmp up to 0755.
func fill(tmp string, files []File, m *marker) error {
	root, err := os.OpenRoot(tmp)
	if err != nil {
		return err
	}
	defer root.Close()
	for _, d := range m.Dirs { // sorted: parents first
		if err := root.Mkdir(filepath.FromSlash(d), 0o755); err != nil {
			return err
		}
	}
	for _, f := range files {
		if err := writeFile(root, f.Path, f.Data); err != nil {
			return err
		}
	}
	data, err := json.Marshal(m)
	if err != nil {
		return err
	}
	if err := writeFile(root, MarkerName, append(data, '\n')); err != nil {
		return err
	}
	return os.Chmod(tmp, 0o755)
}

func writeFile(root *os.Root, p string, data []byte) error {
	f, err := root.OpenFile(filepath.FromSlash(p), os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		_ = f.Close()
		return err
	}
	return f.Close()
}

// swap puts the tree at tmp in place of abs and returns where the old tree
// now is.
func swap(tmp, abs, parent, base string) (string, error) {
	if err := exchange(tmp, abs); err == nil {
		return tmp, nil
	} else if !errors.Is(err, errNoExchange) {
		return "", err
	}
	old, err := os.MkdirTemp(parent, "."+base+".isobar-old-")
	if err != nil {
		return "", err
	}
	if err := os.Remove(old); err != nil {
		return "", err
	}
	if err := os.Rename(abs, old); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, abs); err != nil {
		_ = os.Rename(old, abs)
		return "", err
	}
	return old, nil
}

// errNoExchange means the system cannot exchange two paths atomically.
var errNoExchange = errors.New("atomic exchange not supported")

// removeWritten deletes from old what its marker lists, unchanged, then
// old itself. Anything else (added while the folder was being swapped) is
// kept, and so is old.
func removeWritten(old, writer string) error {
	root, err := os.OpenRoot(old)
	if err != nil {
		return err
	}
	m, err := readMarker(root)
	if err != nil {
		// Replaceable only because it was empty: remove it if it still is.
		_ = root.Close()
		if rerr := os.Remove(old); rerr != nil {
			return fmt.Errorf("it was empty, but no longer is: %w", rerr)
		}
		return nil
	}
	for p, want := range m.Files {
		if got, err := hashFile(root, p); err == nil && got == want {
			_ = root.Remove(filepath.FromSlash(p))
		}
	}
	dirs := slices.Clone(m.Dirs)
	slices.SortFunc(dirs, func(a, b string) int { return strings.Count(b, "/") - strings.Count(a, "/") })
	for _, d := range dirs {
		_ = root.Remove(filepath.FromSlash(d)) // only if empty
	}
	_ = root.Remove(MarkerName)
	_ = root.Close()
	if err := os.Remove(old); err != nil {
		if entries, rerr := os.ReadDir(old); rerr == nil && len(entries) == 0 {
			return err
		}
		return fmt.Errorf("files were added to it while it was replaced, and %s did not write them", writer)
	}
	return nil
}
