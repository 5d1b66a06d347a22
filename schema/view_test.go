//go:build linux

package schema_test

import (
	"context"
	"errors"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"testing/fstest"
	"time"

	"github.com/google/go-cmp/cmp"

	"isobar.dev/isobar/schema"
)

// module makes dir a CUE module, as @embed needs.
const module = "module: \"example.com/shop@v0\"\nlanguage: version: \"v0.17.0\"\n"

// embedding is an intent file that embeds file into a ConfigMap.
func embedding(file string) string {
	return "@extern(embed)\n\npackage intent\n\nworkloads: api: objects: [{apiVersion: \"v1\", kind: \"ConfigMap\", metadata: name: \"settings\", data: _data}]\n" +
		"_data: _ @embed(" + file + ", type=text)\n"
}

func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// TestRefused has one case per class of file the loader does not read.
// Each names the file, says what it is and what was expected, and never
// shows what the file holds.
func TestRefused(t *testing.T) {
	const secret = "s3cr3t-of-the-environment"
	t.Setenv("ISOBAR_TEST_SECRET", secret)
	outside := t.TempDir()
	must(t, os.WriteFile(filepath.Join(outside, "outside.cue"), []byte("package intent\n\nbudgets: monthlyUSD: 1\n// "+secret+"\n"), 0o644))
	tests := []struct {
		name  string
		files map[string]string
		setup func(t *testing.T, dir string)
		want  []string
	}{{
		name:  "embedded link to the process environment",
		files: map[string]string{"cue.mod/module.cue": module, "intent.cue": embedding("file=env.txt")},
		setup: func(t *testing.T, dir string) {
			must(t, os.Symlink("/proc/self/environ", filepath.Join(dir, "env.txt")))
		},
		want: []string{"env.txt: a symbolic link to /proc/self/environ, outside the repository"},
	}, {
		name:  "embedded file through a folder linked outside",
		files: map[string]string{"cue.mod/module.cue": module, "intent.cue": embedding("file=etc/outside.cue")},
		setup: func(t *testing.T, dir string) { must(t, os.Symlink(outside, filepath.Join(dir, "etc"))) },
		want:  []string{"etc: a symbolic link to " + outside + ", outside the repository"},
	}, {
		name:  "embedded glob over a FIFO",
		files: map[string]string{"cue.mod/module.cue": module, "intent.cue": embedding("glob=data/*.txt"), "data/a.txt": "a"},
		setup: func(t *testing.T, dir string) { must(t, syscall.Mkfifo(filepath.Join(dir, "data", "b.txt"), 0o644)) },
		want:  []string{"data/b.txt: a FIFO, not a regular file"},
	}, {
		name: "CUE file linked outside, relative",
		setup: func(t *testing.T, dir string) {
			must(t, os.Symlink("../"+filepath.Base(outside)+"/outside.cue", filepath.Join(dir, "x.cue")))
		},
		want: []string{"x.cue: a symbolic link to ../" + filepath.Base(outside) + "/outside.cue, outside the repository"},
	}, {
		name: "CUE file linked outside, absolute",
		setup: func(t *testing.T, dir string) {
			must(t, os.Symlink(filepath.Join(outside, "outside.cue"), filepath.Join(dir, "x.cue")))
		},
		want: []string{"x.cue: a symbolic link to " + filepath.Join(outside, "outside.cue") + ", outside the repository"},
	}, {
		name:  "CUE file linked to /dev/zero",
		setup: func(t *testing.T, dir string) { must(t, os.Symlink("/dev/zero", filepath.Join(dir, "zero.cue"))) },
		want:  []string{"zero.cue: a symbolic link to /dev/zero, outside the repository"},
	}, {
		name:  "FIFO",
		setup: func(t *testing.T, dir string) { must(t, syscall.Mkfifo(filepath.Join(dir, "x.cue"), 0o644)) },
		want:  []string{"x.cue: a FIFO, not a regular file"},
	}, {
		name: "link to a FIFO inside",
		setup: func(t *testing.T, dir string) {
			must(t, syscall.Mkfifo(filepath.Join(dir, "fifo"), 0o644))
			must(t, os.Symlink("fifo", filepath.Join(dir, "x.cue")))
		},
		want: []string{"x.cue: a symbolic link to fifo, which is a FIFO, not a regular file"},
	}, {
		name: "socket",
		setup: func(t *testing.T, dir string) {
			l, err := net.Listen("unix", filepath.Join(dir, "s.cue"))
			must(t, err)
			t.Cleanup(func() { l.Close() })
		},
		want: []string{"s.cue: a socket, not a regular file"},
	}, {
		name:  "dangling link",
		setup: func(t *testing.T, dir string) { must(t, os.Symlink("nowhere.cue", filepath.Join(dir, "d.cue"))) },
		want:  []string{"d.cue: a symbolic link to nowhere.cue, which does not exist"},
	}, {
		name: "links in a loop",
		setup: func(t *testing.T, dir string) {
			must(t, os.Symlink("b.cue", filepath.Join(dir, "a.cue")))
			must(t, os.Symlink("a.cue", filepath.Join(dir, "b.cue")))
		},
		want: []string{"a.cue: a symbolic link in a loop (more than 40 links followed)", "b.cue: a symbolic link in a loop (more than 40 links followed)"},
	}, {
		name: "link whose .. climbs past the root through a link inside",
		setup: func(t *testing.T, dir string) {
			must(t, os.Symlink("up/../../x.cue", filepath.Join(dir, "x.cue")))
			must(t, os.Symlink(".", filepath.Join(dir, "up")))
		},
		want: []string{"x.cue: a symbolic link to up/../../x.cue, outside the repository"},
	}, {
		name: "too large",
		setup: func(t *testing.T, dir string) {
			must(t, os.Truncate(create(t, filepath.Join(dir, "big.cue")), schema.MaxFileSize+1))
		},
		want: []string{"big.cue: file is 8388609 bytes (expected at most 8388608 bytes)"},
	}, {
		name: "too large through a link",
		setup: func(t *testing.T, dir string) {
			must(t, os.MkdirAll(filepath.Join(dir, "data"), 0o755))
			must(t, os.Truncate(create(t, filepath.Join(dir, "data", "big")), schema.MaxFileSize+1))
			must(t, os.Symlink("data/big", filepath.Join(dir, "big.cue")))
		},
		want: []string{"big.cue: a symbolic link to data/big, which is 8388609 bytes (expected at most 8388608 bytes)"},
	}, {
		name:  "too large in a parent folder of the package",
		files: map[string]string{"cue.mod/module.cue": module, "sub/x.cue": "package intent\n"},
		setup: func(t *testing.T, dir string) {
			must(t, os.WriteFile(filepath.Join(dir, "big.cue"), []byte("package intent\n\n// "+strings.Repeat("x", schema.MaxFileSize)+"\n"), 0o644))
		},
		want: []string{"big.cue: file is 8388628 bytes (expected at most 8388608 bytes)"},
	}, {
		name:  "escape sequences in names",
		files: map[string]string{"bad\x1b[2J.cue": "package intent\n\nfleet: {\n"},
		setup: func(t *testing.T, dir string) {
			must(t, os.Symlink("\x1b]0;owned\a", filepath.Join(dir, "t\x1b[31m.cue")))
		},
		want: []string{`t\x1b[31m.cue: a symbolic link to \x1b]0;owned\a, which does not exist`},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, withBase(tt.files))
			tt.setup(t, dir)
			done := make(chan []string, 1)
			go func() { done <- diagnostics(t, dir) }()
			var got []string
			select {
			case got = <-done:
			case <-time.After(20 * time.Second):
				t.Fatal("the load did not end within 20s")
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
			if text := strings.Join(got, "\n"); strings.Contains(text, secret) || strings.ContainsRune(text, 0x1b) {
				t.Errorf("diagnostics show a file's content or an escape character:\n%s", text)
			}
		})
	}
}

func create(t *testing.T, name string) string {
	t.Helper()
	f, err := os.Create(name)
	must(t, err)
	must(t, f.Close())
	return name
}

// An embedded file inside the repository, reached through a link that
// stays inside, is read.
func TestEmbedInside(t *testing.T) {
	dir := writeFiles(t, map[string]string{"base.cue": base, "cue.mod/module.cue": module,
		"intent.cue": embedding("file=settings.txt"), "conf/settings.txt": "strict"})
	must(t, os.Symlink("conf/settings.txt", filepath.Join(dir, "settings.txt")))
	in, err := schema.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := in.Intent.Workloads["api"].Objects[0]["data"]; got != "strict" {
		t.Errorf("embedded %v, want strict", got)
	}
}

// lying is a file system whose files claim to be empty, as /proc's do:
// the limits hold on the bytes read.
type lying struct{ fstest.MapFS }

func (l lying) Open(name string) (fs.File, error) {
	f, err := l.MapFS.Open(name)
	if err != nil {
		return nil, err
	}
	return lyingFile{f}, nil
}

func (l lying) Stat(name string) (fs.FileInfo, error) {
	info, err := l.MapFS.Stat(name)
	if err != nil || info.IsDir() {
		return info, err
	}
	return emptyInfo{info}, nil
}

func (l lying) Lstat(name string) (fs.FileInfo, error) { return l.Stat(name) }

type lyingFile struct{ fs.File }

func (f lyingFile) Stat() (fs.FileInfo, error) {
	info, err := f.File.Stat()
	if err != nil || info.IsDir() {
		return info, err
	}
	return emptyInfo{info}, nil
}

func (f lyingFile) ReadDir(n int) ([]fs.DirEntry, error) { return f.File.(fs.ReadDirFile).ReadDir(n) }

type emptyInfo struct{ fs.FileInfo }

func (emptyInfo) Size() int64 { return 0 }

func TestLimitsOnBytesRead(t *testing.T) {
	big := "package intent\n\n// " + strings.Repeat("x", schema.MaxFileSize) + "\n"
	fsys := lying{fstest.MapFS{"shop/base.cue": {Data: []byte(base)}, "shop/big.cue": {Data: []byte(big)}}}
	_, err := schema.LoadFS(t.Context(), fsys, "shop")
	var ds schema.Diagnostics
	if !errors.As(err, &ds) || len(ds) != 1 || ds[0].String() != "shop/big.cue: file is more than 8388608 bytes (expected at most 8388608 bytes)" {
		t.Errorf("got %v", err)
	}

	// In all: ten files of 7 MiB each.
	files := fstest.MapFS{"shop/base.cue": {Data: []byte(base)}}
	chunk := "package intent\n\n// " + strings.Repeat("x", 7<<20) + "\n"
	for _, c := range "abcdefghij" {
		files["shop/"+string(c)+".cue"] = &fstest.MapFile{Data: []byte(chunk)}
	}
	_, err = schema.LoadFS(t.Context(), lying{files}, "shop")
	if !errors.As(err, &ds) || len(ds) == 0 || !strings.HasSuffix(ds[0].String(), ": the files read add up to more than 67108864 bytes (expected at most 67108864 bytes in all)") {
		t.Errorf("got %v", err)
	}
}

// A load ends when its context does, even in the middle of an evaluation.
func TestLoadCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	dir := writeFiles(t, map[string]string{"base.cue": base})
	if _, err := schema.LoadDir(ctx, dir); !errors.Is(err, context.Canceled) {
		t.Errorf("cancelled before: %v", err)
	}

	dir = writeFiles(t, map[string]string{"base.cue": base, "slow.cue": slowCUE})
	ctx, cancel = context.WithTimeout(t.Context(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := schema.LoadDir(ctx, dir)
	if took := time.Since(start); !errors.Is(err, context.DeadlineExceeded) || took > 2*time.Second {
		t.Errorf("cancelled during evaluation: %v after %s", err, took)
	}
}

// slowCUE takes CUE many seconds to evaluate, far beyond the test's timeout
// on any machine.
const slowCUE = `package intent

import "list"

_n: [for i in list.Range(0, 800, 1) {[for j in list.Range(0, 800, 1) {i * j}]}]
_s: list.Sum([for r in _n {list.Sum(r)}])
`

// Hidden fields are located in the file that declares them, not at the
// top of whichever file CUE read first.
func TestCycleLocation(t *testing.T) {
	dir := writeFiles(t, map[string]string{"base.cue": base, "acycle.cue": "package intent\n\n_x: y: _x\n"})
	if got, want := diagnostics(t, dir), []string{"acycle.cue:3:5: _x.y: structural cycle"}; !cmp.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestSafeText(t *testing.T) {
	for in, want := range map[string]string{
		"plain.cue":          "plain.cue",
		"café/ü.cue":         "café/ü.cue",
		"a\x1b[31mb":         `a\x1b[31mb`,
		"tab\there\n":        `tab\there\n`,
		"bidi\u202etxt.cue":  `bidi\u202etxt.cue`,
		"bad\xffbyte":        `bad\xffbyte`,
		"c1\u009bcontrol":    `c1\u009bcontrol`,
		"with space and 100": "with space and 100",
	} {
		if got := schema.SafeText(in); got != want {
			t.Errorf("SafeText(%q) = %q, want %q", in, got, want)
		}
	}
}
