package schema

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
)

// dirFS is a folder of the working tree as an [fs.FS], through an
// [os.Root]: no name, symbolic link or ".." resolves outside the folder.
// Files are opened without blocking (a FIFO put in place of a file after
// it was checked does not wait for a writer); links are reported as links
// ([fs.ReadLinkFS]) so that the view above decides which to follow.
type dirFS struct {
	root *os.Root
}

var _ interface {
	fs.ReadDirFS
	fs.ReadLinkFS
	fs.StatFS
} = dirFS{}

// openDir opens dir as a dirFS; Close releases it.
func openDir(dir string) (dirFS, error) {
	r, err := os.OpenRoot(dir)
	if err != nil {
		return dirFS{}, err
	}
	return dirFS{root: r}, nil
}

func (d dirFS) Close() error { return d.root.Close() }

func (d dirFS) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	f, err := d.root.OpenFile(filepath.FromSlash(name), os.O_RDONLY|syscall.O_NONBLOCK, 0)
	if err != nil {
		return nil, err
	}
	return f, nil
}

func (d dirFS) ReadDir(name string) ([]fs.DirEntry, error) {
	f, err := d.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	dir, ok := f.(fs.ReadDirFile)
	if !ok {
		return nil, &fs.PathError{Op: "readdir", Path: name, Err: errors.New("not a directory")}
	}
	entries, err := dir.ReadDir(-1)
	sortEntries(entries)
	return entries, err
}

func (d dirFS) Stat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "stat", Path: name, Err: fs.ErrInvalid}
	}
	return d.root.Stat(filepath.FromSlash(name))
}

func (d dirFS) Lstat(name string) (fs.FileInfo, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "lstat", Path: name, Err: fs.ErrInvalid}
	}
	return d.root.Lstat(filepath.FromSlash(name))
}

func (d dirFS) ReadLink(name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", &fs.PathError{Op: "readlink", Path: name, Err: fs.ErrInvalid}
	}
	return d.root.Readlink(filepath.FromSlash(name))
}
