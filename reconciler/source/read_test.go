package source

import (
	"context"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/cuecontext"
	"cuelang.org/go/cue/load"
)

// intentRepo serves a repository holding a CUE module under intent/ and
// returns a fetched Git and its revision.
func intentRepo(t *testing.T, opts GitOptions) (*Git, Revision) {
	t.Helper()
	srv := httpServer(t)
	u := newUpstream(t, filepath.Join(srv.Root(), "repo.git"))
	u.write("README.md", "# intent\n")
	u.write("intent/cue.mod/module.cue", "module: \"example.com/intent@v0\"\nlanguage: version: \"v0.12.0\"\n")
	u.write("intent/schema/schema.cue", "package schema\n\n#Cluster: {name: string, replicas: int & >=1}\n")
	u.write("intent/clusters/prod/prod.cue", "package prod\n\nimport \"example.com/intent/schema\"\n\ncluster: schema.#Cluster & {name: \"prod\", replicas: 3}\n")
	u.write("intent/clusters/prod/values.json", "{\"x\": 1}\n")
	u.symlink("../../schema/schema.cue", "intent/clusters/prod/link.cue")
	u.symlink("/etc/passwd", "intent/passwd")
	u.write("other/x.cue", "x: 1\n")
	u.write("other/deep/y.cue", "y: 2\n")
	u.commit("intent")
	opts.URL = srv.HTTPAddress() + "/repo.git"
	g := mustNewGit(t, opts)
	return g, mustFetch(t, g)
}

// files lists the regular files under dir, slash-separated, and fails on
// anything else but directories.
func files(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		if !d.Type().IsRegular() {
			t.Errorf("%s is not a regular file (%s)", p, d.Type())
		}
		rel, _ := filepath.Rel(dir, p)
		out = append(out, filepath.ToSlash(rel))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	slices.Sort(out)
	return out
}

func TestReadCUEModule(t *testing.T) {
	t.Parallel()
	g, rev := intentRepo(t, GitOptions{})
	dst := filepath.Join(t.TempDir(), "out")
	tree, err := g.Read(context.Background(), rev, "intent/clusters/prod", dst)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"clusters/prod/prod.cue", "clusters/prod/values.json", "cue.mod/module.cue", "schema/schema.cue"}
	if got := files(t, dst); !slices.Equal(got, want) {
		t.Errorf("files = %q, want %q", got, want)
	}
	if tree.Dir != filepath.Join(dst, "clusters", "prod") || tree.ModuleRoot != "intent" || tree.Files != 4 {
		t.Errorf("tree = %+v", tree)
	}
	if want := []string{"intent/clusters/prod/link.cue", "intent/passwd"}; !slices.Equal(tree.Skipped, want) {
		t.Errorf("skipped = %q, want %q", tree.Skipped, want)
	}

	// cue resolves the module import from Tree.Dir.
	insts := load.Instances([]string{"."}, &load.Config{Dir: tree.Dir})
	if len(insts) != 1 || insts[0].Err != nil {
		t.Fatalf("cue load: %v", insts[0].Err)
	}
	v := cuecontext.New().BuildInstance(insts[0])
	if err := v.Validate(); err != nil {
		t.Fatal(err)
	}
	if n, err := v.LookupPath(cue.ParsePath("cluster.replicas")).Int64(); err != nil || n != 3 {
		t.Errorf("cluster.replicas = %d, %v", n, err)
	}

	// The module root itself, with "" and ".".
	for _, dir := range []string{"intent", "intent/", "./intent/schema/.."} {
		dst := filepath.Join(t.TempDir(), "out")
		tree, err := g.Read(context.Background(), rev, dir, dst)
		if err != nil {
			t.Fatal(err)
		}
		if tree.Dir != dst || len(files(t, dst)) != 4 {
			t.Errorf("%q: tree %+v, files %q", dir, tree, files(t, dst))
		}
	}
}

func TestReadPlainDir(t *testing.T) {
	t.Parallel()
	g, rev := intentRepo(t, GitOptions{})
	dst := t.TempDir() // exists, empty
	tree, err := g.Read(context.Background(), rev, "other", dst)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"deep/y.cue", "x.cue"}; !slices.Equal(files(t, dst), want) {
		t.Errorf("files = %q, want %q", files(t, dst), want)
	}
	if tree.Dir != dst || tree.ModuleRoot != "" || tree.Bytes != int64(len("x: 1\n")+len("y: 2\n")) {
		t.Errorf("tree = %+v", tree)
	}
	if b, err := os.ReadFile(filepath.Join(dst, "deep", "y.cue")); err != nil || string(b) != "y: 2\n" {
		t.Errorf("content %q, %v", b, err)
	}

	// The repository root ("" and ".") is not a CUE module here: all of it.
	for _, dir := range []string{"", "."} {
		dst := filepath.Join(t.TempDir(), "out")
		tree, err := g.Read(context.Background(), rev, dir, dst)
		if err != nil {
			t.Fatal(err)
		}
		if tree.Files != 7 || len(tree.Skipped) != 2 {
			t.Errorf("%q: %+v", dir, tree)
		}
	}
}

func TestReadRefused(t *testing.T) {
	t.Parallel()
	g, rev := intentRepo(t, GitOptions{MaxFileSize: 40, MaxTotalSize: 1000})
	ctx := context.Background()

	for _, dir := range []string{"..", "../x", "/etc", "intent/../../x", `intent\clusters`} {
		if _, err := g.Read(ctx, rev, dir, filepath.Join(t.TempDir(), "out")); err == nil {
			t.Errorf("dir %q accepted", dir)
		}
	}
	for _, dir := range []string{"nope", "README.md", "intent/passwd"} {
		if _, err := g.Read(ctx, rev, dir, filepath.Join(t.TempDir(), "out")); !errors.Is(err, ErrNotFound) {
			t.Errorf("dir %q: %v, want ErrNotFound", dir, err)
		}
	}
	if _, err := g.Read(ctx, Revision{Commit: strings.Repeat("12", 20)}, "", filepath.Join(t.TempDir(), "out")); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown revision: %v, want ErrNotFound", err)
	}

	// A non-empty destination.
	full := t.TempDir()
	if err := os.WriteFile(filepath.Join(full, "x"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := g.Read(ctx, rev, "other", full); err == nil {
		t.Error("non-empty destination accepted")
	}

	// Too large: prod.cue is over 40 bytes. Nothing is left behind.
	dst := filepath.Join(t.TempDir(), "out")
	_, err := g.Read(ctx, rev, "intent/clusters/prod", dst)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("large file: %v, want ErrTooLarge", err)
	}
	if _, serr := os.Stat(dst); !errors.Is(serr, os.ErrNotExist) {
		t.Errorf("destination left after failure: %v", serr)
	}
	if !strings.HasPrefix(err.Error(), "git "+g.display+" (branch main): read main@"+rev.Commit+" failed: too large") {
		t.Errorf("error: %v", err)
	}

	// Too many bytes in all.
	g.opts.MaxFileSize, g.opts.MaxTotalSize = 1000, 60
	if _, err := g.Read(ctx, rev, "intent", filepath.Join(t.TempDir(), "out")); !errors.Is(err, ErrTooLarge) {
		t.Errorf("total size: %v, want ErrTooLarge", err)
	}
	g.opts.MaxTotalSize, g.opts.MaxFiles = 1000, 3
	if _, err := g.Read(ctx, rev, "intent", filepath.Join(t.TempDir(), "out")); !errors.Is(err, ErrTooLarge) {
		t.Errorf("file count: %v, want ErrTooLarge", err)
	}
}

func TestCheckEntryName(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"", ".", "..", "a/b", `a\b`, "a\x00", ".git", ".GIT"} {
		if checkEntryName(name) == nil {
			t.Errorf("%q accepted", name)
		}
	}
	for _, name := range []string{"a.cue", ".gitignore", "..x", "cue.mod"} {
		if err := checkEntryName(name); err != nil {
			t.Errorf("%q: %v", name, err)
		}
	}
}
