package outdir

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var opts = Options{Writer: "isobar test"}

func files(kv ...string) []File {
	var out []File
	for i := 0; i < len(kv); i += 2 {
		out = append(out, File{Path: kv[i], Data: []byte(kv[i+1])})
	}
	return out
}

// tree lists every path under root: "d/" for folders, "f=content" for
// files, "l->target" for links, with the mode of each.
func tree(t *testing.T, root string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(root, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if p == root {
			return nil
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		fi, err := d.Info()
		if err != nil {
			return err
		}
		switch {
		case d.IsDir():
			out = append(out, rel+"/ "+fi.Mode().Perm().String())
		case fi.Mode()&os.ModeSymlink != 0:
			target, _ := os.Readlink(p)
			out = append(out, rel+" -> "+target)
		default:
			b, _ := os.ReadFile(p)
			if rel == MarkerName || strings.HasSuffix(rel, "/"+MarkerName) {
				b = []byte("(marker)")
			}
			out = append(out, rel+"="+string(b)+" "+fi.Mode().Perm().String())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func wantTree(t *testing.T, root string, want ...string) {
	t.Helper()
	slices.Sort(want)
	if got := tree(t, root); !slices.Equal(got, want) {
		t.Errorf("tree of %s:\n got %q\nwant %q", root, got, want)
	}
}

func TestWriteNewAndRewrite(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "a", "out")
	if err := Write(out, files("eu-1/shop/x.yaml", "x", "eu-1/y.yaml", "y"), Options{Writer: "isobar test", Dirs: []string{"us-1"}}); err != nil {
		t.Fatal(err)
	}
	wantTree(t, parent,
		"a/ -rwxr-xr-x", "a/out/ -rwxr-xr-x", "a/out/.isobar-output=(marker) -rw-r--r--",
		"a/out/eu-1/ -rwxr-xr-x", "a/out/eu-1/shop/ -rwxr-xr-x", "a/out/eu-1/shop/x.yaml=x -rw-r--r--",
		"a/out/eu-1/y.yaml=y -rw-r--r--", "a/out/us-1/ -rwxr-xr-x")

	// A rewrite replaces the whole tree: files no longer written go.
	if err := Write(out, files("eu-1/y.yaml", "y2", "z.yaml", "z"), opts); err != nil {
		t.Fatal(err)
	}
	wantTree(t, parent,
		"a/ -rwxr-xr-x", "a/out/ -rwxr-xr-x", "a/out/.isobar-output=(marker) -rw-r--r--",
		"a/out/eu-1/ -rwxr-xr-x", "a/out/eu-1/y.yaml=y2 -rw-r--r--", "a/out/z.yaml=z -rw-r--r--")

	// An empty folder is taken; an empty tree is a valid output.
	empty := filepath.Join(parent, "empty")
	if err := os.Mkdir(empty, 0o700); err != nil {
		t.Fatal(err)
	}
	if err := Write(empty, nil, opts); err != nil {
		t.Fatal(err)
	}
	wantTree(t, empty, ".isobar-output=(marker) -rw-r--r--")
}

func TestWriteRefusesForeignContent(t *testing.T) {
	for _, tc := range []struct {
		name    string
		prepare func(t *testing.T, dir string)
		want    string
	}{
		{"ssh key", func(t *testing.T, dir string) {
			mustWrite(t, filepath.Join(dir, "id_ed25519"), "PRIVATE", 0o600)
		}, "holds id_ed25519 and was not written by isobar test"},
		{"file added to an output", func(t *testing.T, dir string) {
			mustOutput(t, dir)
			mustWrite(t, filepath.Join(dir, "eu-1", "notes.txt"), "mine", 0o644)
		}, "holds what isobar test did not write: eu-1/notes.txt"},
		{"output file edited", func(t *testing.T, dir string) {
			mustOutput(t, dir)
			mustWrite(t, filepath.Join(dir, "eu-1", "a.yaml"), "edited", 0o644)
		}, "eu-1/a.yaml (changed since it was written)"},
		{"folder added to an output", func(t *testing.T, dir string) {
			mustOutput(t, dir)
			if err := os.Mkdir(filepath.Join(dir, "mine"), 0o755); err != nil {
				t.Fatal(err)
			}
		}, "did not write: mine/"},
		{"link added to an output", func(t *testing.T, dir string) {
			mustOutput(t, dir)
			if err := os.Symlink("/etc/passwd", filepath.Join(dir, "eu-1", "l.yaml")); err != nil {
				t.Fatal(err)
			}
		}, "eu-1/l.yaml (a symbolic link)"},
		{"output file replaced by a link", func(t *testing.T, dir string) {
			mustOutput(t, dir)
			p := filepath.Join(dir, "eu-1", "a.yaml")
			if err := os.Remove(p); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink("/etc/passwd", p); err != nil {
				t.Fatal(err)
			}
		}, "eu-1/a.yaml (a symbolic link)"},
		{"marker is a folder", func(t *testing.T, dir string) {
			if err := os.MkdirAll(filepath.Join(dir, MarkerName), 0o755); err != nil {
				t.Fatal(err)
			}
		}, ".isobar-output is not a file"},
		{"marker lists an escaping path", func(t *testing.T, dir string) {
			mustWrite(t, filepath.Join(dir, MarkerName), `{"writer":"x","files":{"../victim":"sha256:00"}}`, 0o644)
		}, `lists an invalid path "../victim"`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			parent := t.TempDir()
			dir := filepath.Join(parent, "out")
			if err := os.Mkdir(dir, 0o755); err != nil {
				t.Fatal(err)
			}
			tc.prepare(t, dir)
			before := tree(t, parent)
			err := Write(dir, files("new.yaml", "new"), opts)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error with %q", err, tc.want)
			}
			t.Logf("refused: %v", err)
			if after := tree(t, parent); !slices.Equal(before, after) {
				t.Errorf("the folder changed:\nbefore %q\nafter  %q", before, after)
			}
		})
	}
}

func mustWrite(t *testing.T, p, data string, mode os.FileMode) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), mode); err != nil {
		t.Fatal(err)
	}
}

func mustOutput(t *testing.T, dir string) {
	t.Helper()
	if err := Write(dir, files("eu-1/a.yaml", "a"), opts); err != nil {
		t.Fatal(err)
	}
}

func TestWriteRefusesPlaces(t *testing.T) {
	parent := t.TempDir()
	repo := filepath.Join(parent, "repo")
	intent := filepath.Join(repo, "intent")
	src := filepath.Join(repo, "src")
	for _, d := range []string{intent, src} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := os.Symlink(filepath.Join(parent, "elsewhere"), filepath.Join(repo, "link")); err != nil {
		t.Fatal(err)
	}
	mustWrite(t, filepath.Join(repo, "file"), "x", 0o644)
	t.Chdir(repo)
	protect := Options{Writer: "isobar test", Protected: []Protected{{Path: "intent", What: "the intent"}}}
	before := tree(t, parent)
	for _, tc := range []struct{ dir, want string }{
		{".", "is the current folder"},
		{"src/..", "is the current folder"},
		{repo, "is the current folder"},
		{"..", "holds the current folder"},
		{"/", "is the root folder"},
		{"intent", "is the intent (intent)"},
		{"intent/", "is the intent (intent)"},
		{"link", "is a symbolic link"},
		{"file", "exists and is not a folder (a file)"},
		{"/dev/null", "exists and is not a folder (a character device)"},
		{"", "no output folder given"},
	} {
		err := Write(tc.dir, files("a.yaml", "a"), protect)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Write(%q): got %v, want an error with %q", tc.dir, err, tc.want)
			continue
		}
		t.Logf("Write(%q): %v", tc.dir, err)
	}
	// Above a protected folder (from another working folder).
	t.Chdir(src)
	if err := Write(repo, files("a.yaml", "a"), Options{Writer: "x", Protected: []Protected{{Path: intent, What: "the intent"}}}); err == nil ||
		!strings.Contains(err.Error(), "holds the current folder") {
		t.Errorf("Write(repo) from src: %v", err)
	}
	t.Chdir(parent)
	if err := Write(repo, files("a.yaml", "a"), Options{Writer: "x", Protected: []Protected{{Path: intent, What: "the intent"}}}); err == nil ||
		!strings.Contains(err.Error(), "holds the intent") {
		t.Errorf("Write(repo) above the intent: %v", err)
	}
	if after := tree(t, parent); !slices.Equal(before, after) {
		t.Errorf("something changed:\nbefore %q\nafter  %q", before, after)
	}
}

func TestWriteRefusesPaths(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files []File
		dirs  []string
		want  string
	}{
		{"parent", files("../x.yaml", "x"), nil, `holds ".."`},
		{"inner parent", files("a/../../x.yaml", "x"), nil, `holds ".."`},
		{"absolute", files("/etc/x.yaml", "x"), nil, "is absolute"},
		{"not canonical", files("a//x.yaml", "x"), nil, "not canonical"},
		{"dot", files("./x.yaml", "x"), nil, "not canonical"},
		{"NUL", files("a\x00.yaml", "x"), nil, "control character"},
		{"newline", files("a\n.yaml", "x"), nil, "control character"},
		{"backslash", files(`a\..\x.yaml`, "x"), nil, "backslash"},
		{"empty", files("", "x"), nil, "empty path"},
		{"marker", files(MarkerName, "x"), nil, "marker"},
		{"twice", files("a.yaml", "x", "a.yaml", "y"), nil, "given twice"},
		{"file and folder", files("a", "x", "a/b.yaml", "y"), nil, "both a file and a folder"},
		{"bad folder", nil, []string{"../up"}, `holds ".."`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			parent := t.TempDir()
			err := Write(filepath.Join(parent, "out"), tc.files, Options{Writer: "x", Dirs: tc.dirs})
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("got %v, want an error with %q", err, tc.want)
			}
			if got := tree(t, filepath.Dir(parent)); len(got) != 1 {
				t.Errorf("written: %q", got)
			}
		})
	}
}

// TestRemoveWrittenKeepsAdditions covers the race of a file added to the
// old tree between the check and the swap: it is kept, with its folder.
func TestRemoveWrittenKeepsAdditions(t *testing.T) {
	dir := filepath.Join(t.TempDir(), "old")
	mustOutput(t, dir)
	mustWrite(t, filepath.Join(dir, "eu-1", "late.txt"), "late", 0o600)
	err := removeWritten(dir, "isobar test")
	if err == nil || !strings.Contains(err.Error(), "did not write") {
		t.Fatalf("got %v", err)
	}
	wantTree(t, dir, "eu-1/ -rwxr-xr-x", "eu-1/late.txt=late -rw-------")
}

func TestNothingLeftBeside(t *testing.T) {
	parent := t.TempDir()
	out := filepath.Join(parent, "out")
	for range 3 {
		if err := Write(out, files("a.yaml", "a"), opts); err != nil {
			t.Fatal(err)
		}
	}
	_ = Write(out, files("../x", "a"), opts)
	entries, _ := os.ReadDir(parent)
	if len(entries) != 1 || entries[0].Name() != "out" {
		t.Errorf("beside the output: %v", entries)
	}
}
