//go:build linux

package schema_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"isobar.dev/isobar/schema"
)

// treeNames are the paths FuzzLoadTree puts things at.
var treeNames = []string{"a.cue", "b.cue", "c.txt", "sub", "sub/d.cue", "sub/e.json", "x\x1b[1m.cue", "data", "data/f.txt"}

// FuzzLoadTree loads generated repositories of regular files, oversized
// files, FIFOs, folders, @embed attributes and links (inside, outside,
// dangling, in loops, to devices and to the process environment), and
// asserts that the loader
//
//   - opens nothing outside the repository (inotify watches the folder
//     around it, which holds the links' outside targets);
//   - ends within a bound;
//   - returns either an instance or diagnostics, each naming a file of the
//     repository.
//
// Each pair of bytes is one step: what to make, and where.
func FuzzLoadTree(f *testing.F) {
	for _, seed := range []string{
		"\x00\x00\x02\x01",             // a file, a FIFO
		"\x04\x00\x05\x01\x0b\x04",     // links outside, absolute and relative; environ
		"\x03\x00\x06\x01\x07\x04",     // inside, dangling, a loop
		"\x08\x03\x00\x04\x0a\x05",     // a folder, a file in it, an embed
		"\x01\x00\x09\x01\x0a\x02",     // oversized, a link to an outside FIFO, an embed
		"\x08\x07\x02\x08\x0c\x08",     // a folder, a FIFO in it, a glob over it
		"\x03\x03\x08\x07\x04\x08",     // links to folders
		"\x0b\x06\x00\x06\x0a\x06\x05", // escape sequences in names
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, steps []byte) {
		if len(steps) > 32 {
			steps = steps[:32]
		}
		around := t.TempDir()
		root := filepath.Join(around, "repo")
		must(t, os.MkdirAll(filepath.Join(root, "cue.mod"), 0o755))
		must(t, os.WriteFile(filepath.Join(root, "cue.mod", "module.cue"), []byte(module), 0o644))
		must(t, os.WriteFile(filepath.Join(root, "base.cue"), []byte(base), 0o644))
		must(t, os.WriteFile(filepath.Join(around, "outside.cue"), []byte("package intent\n\nteams: outside: {}\n"), 0o644))
		must(t, syscall.Mkfifo(filepath.Join(around, "outside.fifo"), 0o644))
		made := map[string]bool{"base.cue": true, "cue.mod": true, "cue.mod/module.cue": true}
		for i := 0; i+1 < len(steps); i += 2 {
			name := treeNames[int(steps[i+1])%len(treeNames)]
			if made[name] {
				continue
			}
			if dir := filepath.Dir(name); dir != "." && !made[dir] {
				if os.MkdirAll(filepath.Join(root, dir), 0o755) != nil {
					continue // dir is a link or a file
				}
				made[dir] = true
			}
			if make1(root, name, steps[i], i) == nil {
				made[name] = true
			}
		}

		t.Chdir(root) // diagnostics name files relative to the working directory
		watch := watchOpens(t, around)
		ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
		defer cancel()
		start := time.Now()
		in, err := schema.LoadDir(ctx, root)
		if took := time.Since(start); took > 15*time.Second {
			t.Fatalf("the load took %s", took)
		}
		if opened := watch(); len(opened) > 0 {
			t.Fatalf("opened outside the repository: %q", opened)
		}
		if err == nil {
			if in.Intent == nil {
				t.Fatal("an instance without intent")
			}
			return
		}
		var ds schema.Diagnostics
		if !errors.As(err, &ds) {
			t.Fatalf("an error that names no file: %v", err)
		}
		for _, d := range ds {
			if !named(made, d.File) {
				t.Errorf("diagnostic without a file of the repository: %s", d)
			}
			if strings.ContainsRune(d.String(), 0x1b) {
				t.Errorf("escape character printed: %q", d.String())
			}
		}
	})
}

// named reports whether file, as a diagnostic names it, is one of the
// repository's files.
func named(made map[string]bool, file string) bool {
	for name := range made {
		if file != "" && file == schema.SafeText(name) {
			return true
		}
	}
	return false
}

// make1 makes one thing at name in root. It fails where name's folder is
// not one (a link, a FIFO).
func make1(root, name string, what byte, i int) error {
	p := filepath.Join(root, name)
	depth := strings.Count(name, "/")
	up := strings.Repeat("../", depth+1)
	other := treeNames[(i+int(what))%len(treeNames)]
	rel, err := filepath.Rel(filepath.Dir(p), filepath.Join(root, other))
	if err != nil {
		return err
	}
	switch what % 13 {
	case 0:
		return os.WriteFile(p, []byte("package intent\n\nteams: t"+strconv.Itoa(i)+": {}\n"), 0o644)
	case 1:
		f, err := os.Create(p)
		if err != nil {
			return err
		}
		defer f.Close()
		return f.Truncate(schema.MaxFileSize + 1 + int64(i))
	case 2:
		return syscall.Mkfifo(p, 0o644)
	case 3:
		return os.Symlink(rel, p)
	case 4:
		return os.Symlink(filepath.Join(filepath.Dir(root), "outside.cue"), p)
	case 5:
		return os.Symlink(up+"outside.cue", p)
	case 6:
		return os.Symlink("nowhere-"+strconv.Itoa(i), p)
	case 7:
		return os.Symlink(filepath.Base(p), p)
	case 8:
		return os.MkdirAll(p, 0o755)
	case 9:
		return os.Symlink(up+"outside.fifo", p)
	case 10:
		return os.WriteFile(p, []byte(embedding("file="+other)), 0o644)
	case 11:
		return os.Symlink([]string{"/proc/self/environ", "/dev/zero", "/etc/passwd"}[i%3], p)
	default:
		return os.WriteFile(p, []byte(embedding("glob="+filepath.Dir(other)+"/*.*")), 0o644)
	}
}

// watchOpens watches dir (not below it) for files opened, and returns a
// function that stops and lists them, but dir's subfolder "repo".
func watchOpens(t *testing.T, dir string) func() []string {
	t.Helper()
	fd, err := syscall.InotifyInit1(syscall.IN_CLOEXEC | syscall.IN_NONBLOCK)
	must(t, err)
	if _, err := syscall.InotifyAddWatch(fd, dir, syscall.IN_OPEN); err != nil {
		syscall.Close(fd)
		t.Fatal(err)
	}
	return func() []string {
		defer syscall.Close(fd)
		var opened []string
		buf := make([]byte, 64<<10)
		for {
			n, err := syscall.Read(fd, buf)
			if n <= 0 || err != nil {
				return opened
			}
			for off := 0; off+syscall.SizeofInotifyEvent <= n; {
				ev := (*syscall.InotifyEvent)(unsafe.Pointer(&buf[off]))
				name := strings.TrimRight(string(buf[off+syscall.SizeofInotifyEvent:off+syscall.SizeofInotifyEvent+int(ev.Len)]), "\x00")
				if name != "" && name != "repo" {
					opened = append(opened, name)
				}
				off += syscall.SizeofInotifyEvent + int(ev.Len)
			}
		}
	}
}
