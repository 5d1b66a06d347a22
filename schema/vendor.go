package schema

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"

	"cuelang.org/go/mod/modfile"
	"cuelang.org/go/mod/module"
)

// Packages a module vendors (cue.mod/usr, pkg and gen: the schema that
// `isobar init` copies, definitions generated from Go) are read as
// modules: one per first element of their import paths ("isobar.dev",
// "k8s.io"), at version v0.0.0, mounted under modulesDir and declared in
// the module file the loader sees. CUE's loader reads a module through
// [Config.FS] alone; local packages it reads through the host's file
// system, which the loader never lets it touch.
//
// [Config.FS]: https://pkg.go.dev/cuelang.org/go/cue/load#Config
const modulesDir = ".isobar-modules"

// vendoredVersion is the version vendored modules are given.
const vendoredVersion = "v0.0.0"

// localDirs are the folders of cue.mod that hold local packages, in the
// order CUE gives them precedence.
var localDirs = []string{"usr", "pkg", "gen"}

// SchemaModulePath is the CUE module the schema is published as, for
// modules that depend on it through a registry rather than vendor it
// (`isobar init --schema registry`).
const SchemaModulePath = ImportPath + "@v0"

// vendor mounts the module's vendored packages as modules, adds the schema
// where the module does not vendor it, and declares them all in the module
// file. A module that depends on SchemaModulePath gets this schema as that
// module, at the version it names: the intent is checked against the
// schema built in, and nothing is fetched.
func (l *loader) vendor(withSchema bool) error {
	file := path.Join(l.module, "cue.mod", "module.cue")
	declared := map[string]string{}
	modFile, err := l.fsys.ReadFile(file)
	if err == nil {
		if mf, err := modfile.ParseNonStrict(modFile, file); err == nil {
			for p, d := range mf.Deps {
				declared[p] = d.Version
			}
		}
	}
	l.modules = map[string]string{}
	if v, ok := declared[SchemaModulePath]; ok && withSchema {
		withSchema = false
		at := path.Join(modulesDir, "schema-module")
		err := fs.WalkDir(cueFiles, ".", func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			b, err := fs.ReadFile(cueFiles, p)
			if err != nil {
				return err
			}
			l.fsys.add(path.Join(at, p), string(b))
			return nil
		})
		if err != nil {
			return err
		}
		l.fsys.add(path.Join(at, "cue.mod", "module.cue"), moduleFile(SchemaModulePath))
		l.modules[SchemaModulePath] = at
		l.versions = map[string]string{SchemaModulePath: v}
	}
	roots := map[string][]string{} // first element of import paths → folders
	for _, d := range localDirs {
		dir := path.Join(l.module, "cue.mod", d)
		l.fsys.hidden = append(l.fsys.hidden, dir)
		entries, err := l.view.ReadDir(dir)
		if errors.Is(err, fs.ErrNotExist) {
			continue
		}
		if err != nil {
			return err
		}
		for _, e := range entries {
			p := path.Join(dir, e.Name())
			if info, err := l.view.Stat(p); err == nil && info.IsDir() {
				roots[e.Name()] = append(roots[e.Name()], p)
			}
		}
	}
	schemaRoot, schemaPkg, _ := strings.Cut(ImportPath, "/")
	if withSchema {
		if _, err := l.view.Stat(path.Join(l.module, VendorDir)); err != nil {
			err := fs.WalkDir(cueFiles, ".", func(p string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() {
					return err
				}
				b, err := fs.ReadFile(cueFiles, p)
				if err != nil {
					return err
				}
				l.fsys.add(path.Join(modulesDir, schemaRoot, schemaPkg, p), string(b))
				return nil
			})
			if err != nil {
				return err
			}
			if roots[schemaRoot] == nil {
				roots[schemaRoot] = []string{}
			}
		}
	}
	b, err := modFile, err
	if errors.Is(err, fs.ErrNotExist) {
		return nil // a cue.mod without a module file: CUE says imports are unavailable
	}
	if err != nil {
		return err
	}
	var deps strings.Builder
	for _, name := range slices.Sorted(maps.Keys(roots)) {
		mpath := name + "@v0"
		if _, ok := declared[mpath]; module.CheckPath(mpath) != nil || ok {
			continue // not an import path CUE resolves through modules, or the module file's own
		}
		at := path.Join(modulesDir, name)
		if from := roots[name]; len(from) > 0 {
			l.fsys.mount(at, from...)
		}
		l.fsys.add(path.Join(at, "cue.mod", "module.cue"), moduleFile(mpath))
		l.modules[mpath] = at
		fmt.Fprintf(&deps, "\t%q: v: %q\n", mpath, vendoredVersion)
	}
	if deps.Len() == 0 {
		return nil
	}
	l.fsys.add(file, string(b)+"\ndeps: {\n"+deps.String()+"}\n")
	return nil
}

func moduleFile(mpath string) string {
	return fmt.Sprintf("module: %q\nlanguage: version: \"v0.17.0\"\n", mpath)
}

// registry is the module registry of the loader: the vendored modules,
// read through the overlay, and nothing else. Intent is read from its
// repository alone.
type registry struct {
	fsys     *overlay
	modules  map[string]string // module path → mount point
	versions map[string]string // module path → version, if not vendoredVersion
}

func (r registry) version(mpath string) string {
	if v, ok := r.versions[mpath]; ok {
		return v
	}
	return vendoredVersion
}

func (r registry) mount(mv module.Version) (string, error) {
	at, ok := r.modules[mv.Path()]
	if !ok || mv.Version() != r.version(mv.Path()) {
		return "", fmt.Errorf("module %s is not vendored: vendor it under cue.mod/pkg (modules are not fetched)", mv.Path())
	}
	return at, nil
}

func (r registry) ModFile(_ context.Context, mv module.Version) (*modfile.File, error) {
	if _, err := r.mount(mv); err != nil {
		return nil, err
	}
	return modfile.Parse([]byte(moduleFile(mv.Path())), "module.cue")
}

func (r registry) Fetch(_ context.Context, mv module.Version) (module.SourceLoc, error) {
	at, err := r.mount(mv)
	if err != nil {
		return module.SourceLoc{}, err
	}
	return module.SourceLoc{FS: rootedFS{o: r.fsys, root: at}, Dir: "."}, nil
}

func (r registry) ModuleVersions(_ context.Context, mpath string) ([]string, error) {
	if _, ok := r.modules[mpath]; ok {
		return []string{r.version(mpath)}, nil
	}
	return nil, nil
}

// rootedFS is a folder of the overlay as an [fs.FS], with the folder's
// path as its root (module.OSRootFS): CUE's loader places the packages of
// a module from there, in the name space of [Config.FS].
type rootedFS struct {
	o    *overlay
	root string
}

func (r rootedFS) OSRoot() string { return "/" + r.root }

func (r rootedFS) join(op, name string) (string, error) {
	if !fs.ValidPath(name) {
		return "", &fs.PathError{Op: op, Path: name, Err: fs.ErrInvalid}
	}
	return path.Join(r.root, name), nil
}

func (r rootedFS) Open(name string) (fs.File, error) {
	p, err := r.join("open", name)
	if err != nil {
		return nil, err
	}
	return r.o.Open(p)
}

func (r rootedFS) ReadDir(name string) ([]fs.DirEntry, error) {
	p, err := r.join("readdir", name)
	if err != nil {
		return nil, err
	}
	return r.o.ReadDir(p)
}

func (r rootedFS) ReadFile(name string) ([]byte, error) {
	p, err := r.join("readfile", name)
	if err != nil {
		return nil, err
	}
	return r.o.ReadFile(p)
}

func (r rootedFS) Stat(name string) (fs.FileInfo, error) {
	p, err := r.join("stat", name)
	if err != nil {
		return nil, err
	}
	return r.o.Stat(p)
}
