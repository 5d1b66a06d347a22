package source

import (
	"context"
	"errors"
	"io/fs"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/filemode"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/google/go-cmp/cmp"

	"isobar.dev/isobar/schema"
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

func mustFS(t *testing.T, g *Git, rev Revision) fs.FS {
	t.Helper()
	fsys, err := g.FS(t.Context(), rev)
	if err != nil {
		t.Fatal(err)
	}
	return fsys
}

func TestFS(t *testing.T) {
	t.Parallel()
	g, rev := intentRepo(t, GitOptions{})
	fsys := mustFS(t, g, rev)

	// A folder without links is an fs.FS as fstest expects (Open does not
	// follow links, which fstest would).
	other, err := fs.Sub(fsys, "other")
	if err != nil {
		t.Fatal(err)
	}
	if err := fstest.TestFS(other, "x.cue", "deep/y.cue"); err != nil {
		t.Errorf("fstest: %v", err)
	}
	var files []string
	err = fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			files = append(files, p+" "+d.Type().String())
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"README.md ----------", "intent/clusters/prod/link.cue L---------", "intent/clusters/prod/prod.cue ----------",
		"intent/clusters/prod/values.json ----------", "intent/cue.mod/module.cue ----------", "intent/passwd L---------",
		"intent/schema/schema.cue ----------", "other/deep/y.cue ----------", "other/x.cue ----------",
	}
	if diff := cmp.Diff(want, files); diff != "" {
		t.Errorf("files (-want +got):\n%s", diff)
	}
	if b, err := fs.ReadFile(fsys, "other/deep/y.cue"); err != nil || string(b) != "y: 2\n" {
		t.Errorf("content %q, %v", b, err)
	}
	if st, err := fs.Stat(fsys, "other/x.cue"); err != nil || st.Size() != 5 || !st.Mode().IsRegular() {
		t.Errorf("stat: %v, %v", st, err)
	}

	// Links are reported, not followed.
	links := fsys.(fs.ReadLinkFS)
	if target, err := links.ReadLink("intent/passwd"); err != nil || target != "/etc/passwd" {
		t.Errorf("readlink: %q, %v", target, err)
	}
	if _, err := fsys.Open("intent/passwd"); err == nil {
		t.Error("a link was opened")
	}
	if _, err := links.ReadLink("README.md"); !errors.Is(err, fs.ErrInvalid) {
		t.Errorf("readlink of a file: %v", err)
	}
	for _, name := range []string{"../x", "/etc/passwd", "intent/../README.md", "nope", "README.md/x"} {
		if _, err := fsys.Open(name); err == nil {
			t.Errorf("%q opened", name)
		}
	}
}

func TestFSRefused(t *testing.T) {
	t.Parallel()
	g, rev := intentRepo(t, GitOptions{MaxFileSize: 40, MaxTotalSize: 1000})

	if _, err := g.FS(t.Context(), Revision{Commit: strings.Repeat("12", 20)}); !errors.Is(err, ErrNotFound) {
		t.Errorf("unknown revision: %v, want ErrNotFound", err)
	}

	// Too large: prod.cue is over 40 bytes; refused before it is read.
	fsys := mustFS(t, g, rev)
	_, err := fsys.Open("intent/clusters/prod/prod.cue")
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "more than 40") {
		t.Errorf("large file: %v, want ErrTooLarge", err)
	}

	// Too many bytes in all; a file opened again counts once.
	g.opts.MaxFileSize, g.opts.MaxTotalSize = 1000, 30
	fsys = mustFS(t, g, rev)
	for range 3 {
		if _, err := fs.ReadFile(fsys, "intent/schema/schema.cue"); err == nil {
			t.Fatal("schema.cue (55 bytes) read with 30 allowed in all")
		}
	}
	g.opts.MaxTotalSize = 1000
	fsys = mustFS(t, g, rev)
	for range 3 {
		if _, err := fs.ReadFile(fsys, "intent/schema/schema.cue"); err != nil {
			t.Fatalf("read again: %v", err)
		}
	}
	g.opts.MaxFiles = 2
	fsys = mustFS(t, g, rev)
	for _, name := range []string{"other/x.cue", "other/deep/y.cue"} {
		if _, err := fs.ReadFile(fsys, name); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := fs.ReadFile(fsys, "README.md"); !errors.Is(err, ErrTooLarge) {
		t.Errorf("file count: %v, want ErrTooLarge", err)
	}

	// Once the context is done, nothing is read.
	ctx, cancel := context.WithCancel(context.Background())
	fsys, err = g.FS(ctx, rev)
	if err != nil {
		t.Fatal(err)
	}
	g.lock <- struct{}{} // another operation holds the repository
	cancel()
	if _, err := fs.ReadFile(fsys, "other/x.cue"); !errors.Is(err, context.Canceled) {
		t.Errorf("read after cancel: %v", err)
	}
	<-g.lock
}

// commitTree commits the tree of HEAD with entries added at its root (a
// crafted tree, such as git itself would not write) on main.
func (u *upstream) commitTree(msg string, extra ...object.TreeEntry) {
	u.t.Helper()
	head, err := u.repo.Head()
	if err != nil {
		u.t.Fatal(err)
	}
	c, err := u.repo.CommitObject(head.Hash())
	if err != nil {
		u.t.Fatal(err)
	}
	tree, err := c.Tree()
	if err != nil {
		u.t.Fatal(err)
	}
	t := &object.Tree{Entries: append(slices.Clone(tree.Entries), extra...)}
	sort.Sort(object.TreeEntrySorter(t.Entries))
	obj := u.repo.Storer.NewEncodedObject()
	if err := t.Encode(obj); err != nil {
		u.t.Fatal(err)
	}
	th, err := u.repo.Storer.SetEncodedObject(obj)
	if err != nil {
		u.t.Fatal(err)
	}
	sig := object.Signature{Name: "Test", Email: "test@example.com", When: u.when}
	nc := &object.Commit{Author: sig, Committer: sig, Message: msg, TreeHash: th, ParentHashes: []plumbing.Hash{head.Hash()}}
	obj = u.repo.Storer.NewEncodedObject()
	if err := nc.Encode(obj); err != nil {
		u.t.Fatal(err)
	}
	ch, err := u.repo.Storer.SetEncodedObject(obj)
	if err != nil {
		u.t.Fatal(err)
	}
	u.branch("main", ch.String())
}

// blob stores content and returns its hash.
func (u *upstream) blob(content string) plumbing.Hash {
	u.t.Helper()
	obj := u.repo.Storer.NewEncodedObject()
	obj.SetType(plumbing.BlobObject)
	w, err := obj.Writer()
	if err != nil {
		u.t.Fatal(err)
	}
	if _, err := w.Write([]byte(content)); err != nil {
		u.t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		u.t.Fatal(err)
	}
	h, err := u.repo.Storer.SetEncodedObject(obj)
	if err != nil {
		u.t.Fatal(err)
	}
	return h
}

func TestFSCraftedTrees(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct {
		name string
		e    func(u *upstream) object.TreeEntry
		want string
	}{{
		name: ".git entry",
		e: func(u *upstream) object.TreeEntry {
			return object.TreeEntry{Name: ".git", Mode: filemode.Regular, Hash: u.blob("x")}
		},
		want: `invalid entry name ".git"`,
	}, {
		name: "slash in a name",
		e: func(u *upstream) object.TreeEntry {
			return object.TreeEntry{Name: "a/b", Mode: filemode.Regular, Hash: u.blob("x")}
		},
		want: `invalid entry name "a/b"`,
	}} {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := httpServer(t)
			u := newUpstream(t, filepath.Join(srv.Root(), "repo.git"))
			u.write("x.cue", "x: 1\n")
			u.commit("base")
			u.commitTree("crafted", tt.e(u))
			g := mustNewGit(t, GitOptions{URL: srv.HTTPAddress() + "/repo.git"})
			fsys := mustFS(t, g, mustFetch(t, g))
			if _, err := fs.ReadDir(fsys, "."); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("readdir: %v, want %s", err, tt.want)
			}
		})
	}
}

func TestCheckEntryName(t *testing.T) {
	t.Parallel()
	for _, name := range []string{"", ".", "..", "a/b", `a\b`, "a\x00", ".git", ".GIT"} {
		if checkEntryName(name) == nil {
			t.Errorf("%q accepted", name)
		}
	}
	for _, name := range []string{"a.cue", ".gitignore", "..x", "cue.mod", "a\x1bb"} {
		if err := checkEntryName(name); err != nil {
			t.Errorf("%q: %v", name, err)
		}
	}
}

// An intent package read from a revision goes through the schema's
// loader: what a hostile repository commits is refused, named, and never
// read.
func TestFSIntent(t *testing.T) {
	t.Parallel()
	srv := httpServer(t)
	u := newUpstream(t, filepath.Join(srv.Root(), "repo.git"))
	u.write("shop/cue.mod/module.cue", "module: \"example.com/shop@v0\"\nlanguage: version: \"v0.17.0\"\n")
	u.write("shop/fleet.cue", "package intent\n\nfleet: eu: {provider: \"aws\", region: \"eu-west-1\", capacity: {cpu: 4, memory: \"16Gi\"}}\n")
	u.write("shop/inside.json", "{\"mode\": \"strict\"}\n")
	u.write("shop/intent.cue", "@extern(embed)\n\npackage intent\n\nworkloads: api: {\n\timage: \"nginx:1.27\"\n\tresources: {cpu: 1, memory: \"1Gi\"}\n"+
		"\tobjects: [{apiVersion: \"v1\", kind: \"ConfigMap\", metadata: name: \"settings\", data: _settings}]\n}\n_settings: _ @embed(file=settings.json)\n")
	u.symlink("inside.json", "shop/settings.json")
	u.commit("intent")
	g := mustNewGit(t, GitOptions{URL: srv.HTTPAddress() + "/repo.git"})
	rev := mustFetch(t, g)
	in, err := schema.LoadFS(t.Context(), mustFS(t, g, rev), "shop")
	if err != nil {
		t.Fatal(err)
	}
	if got := in.Intent.Workloads["api"].Objects[0]["data"]; !cmp.Equal(got, map[string]any{"mode": "strict"}) {
		t.Errorf("embedded through an inside link: %v", got)
	}

	// The same with a link out of the repository, a submodule named like
	// CUE, a loop and a blob over the limit.
	if err := u.wt.Filesystem.Remove("shop/settings.json"); err != nil {
		t.Fatal(err)
	}
	u.symlink("/proc/self/environ", "shop/settings.json")
	u.symlink("../../../../etc/passwd", "shop/passwd.cue")
	u.symlink("b.cue", "shop/a.cue")
	u.symlink("a.cue", "shop/b.cue")
	u.write("shop/big.cue", "package intent\n\n// "+strings.Repeat("x", DefaultMaxFileSize)+"\n")
	u.commit("hostile")
	u.commitTree("submodule", object.TreeEntry{Name: "sub.cue", Mode: filemode.Submodule, Hash: plumbing.NewHash(rev.Commit)})
	rev = mustFetch(t, g)
	_, err = schema.LoadFS(t.Context(), mustFS(t, g, rev), ".", schema.WithFileNames(func(p string) string { return "main:" + p }))
	var ds schema.Diagnostics
	if !errors.As(err, &ds) || len(ds) != 1 || ds[0].String() != "main:sub.cue: a git submodule, not a regular file" {
		t.Errorf("submodule: got %v", err)
	}
	_, err = schema.LoadFS(t.Context(), mustFS(t, g, rev), "shop", schema.WithFileNames(func(p string) string { return "main:" + p }))
	if !errors.As(err, &ds) {
		t.Fatalf("want diagnostics, got %v", err)
	}
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	want := []string{
		"main:shop/a.cue: a symbolic link in a loop (more than 40 links followed)",
		"main:shop/b.cue: a symbolic link in a loop (more than 40 links followed)",
		"main:shop/big.cue: file is 8388628 bytes (expected at most 8388608 bytes)",
		"main:shop/passwd.cue: a symbolic link to ../../../../etc/passwd, outside the repository",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}
