package schema

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/build"
	"cuelang.org/go/cue/cuecontext"
	cueerrors "cuelang.org/go/cue/errors"
	"cuelang.org/go/cue/load"
	"cuelang.org/go/cue/parser"
)

// MaxFileSize is the largest file the loader reads. Intent is written by
// people; anything larger is a mistake (a data dump, a binary) and is refused
// rather than left to exhaust memory. The limit applies to the bytes read,
// whatever size the file claims.
const MaxFileSize = 8 << 20

// Instance is an intent package that passed validation.
type Instance struct {
	// Dir is the directory the package was loaded from, named as
	// diagnostics name files.
	Dir string
	// Value is the package unified with #Intent, defaults resolved.
	Value cue.Value
	// Intent is Value decoded.
	Intent *Intent

	user cue.Value
	conv *converter
}

// Option configures [LoadFS] and [LoadDir].
type Option func(*options) error

type options struct {
	name func(string) string
}

// WithFileNames sets how diagnostics and errors name a file of the
// repository, given its slash-separated path from the root of the
// repository's fs.FS. By default they use that path. Whatever the
// function returns is escaped with [SafeText].
func WithFileNames(name func(path string) string) Option {
	return func(o *options) error {
		if name == nil {
			return errors.New("WithFileNames: no function")
		}
		o.name = name
		return nil
	}
}

// Load is [LoadDir] without a deadline.
func Load(dir string) (*Instance, error) {
	return LoadDir(context.Background(), dir)
}

// LoadDir loads the CUE package in the folder dir of the working tree with
// [LoadFS], through a view of its repository: the top of the git working
// tree that holds dir, or else dir's CUE module, or else dir itself. Nothing
// outside that folder is read. Diagnostics name files relative to the
// working directory.
func LoadDir(ctx context.Context, dir string, opts ...Option) (*Instance, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	st, err := os.Stat(abs)
	if err != nil {
		return nil, err
	}
	if !st.IsDir() {
		return nil, fmt.Errorf("%s is not a directory", SafeText(dir))
	}
	root := repositoryRoot(abs)
	d, err := openDir(root)
	if err != nil {
		return nil, err
	}
	defer d.Close()
	rel, err := filepath.Rel(root, abs)
	if err != nil {
		return nil, err
	}
	wd := workingDir()
	names := WithFileNames(func(p string) string {
		return relativeTo(wd, filepath.Join(root, filepath.FromSlash(p)))
	})
	return LoadFS(ctx, d, filepath.ToSlash(rel), append([]Option{names}, opts...)...)
}

// repositoryRoot is the folder a package in dir is loaded through: the top
// of the git working tree that holds dir, else the root of its CUE module,
// else dir.
func repositoryRoot(dir string) string {
	module := ""
	for d := dir; ; {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return d
		}
		if module == "" {
			if st, err := os.Stat(filepath.Join(d, "cue.mod")); err == nil && st.IsDir() {
				module = d
			}
		}
		parent := filepath.Dir(d)
		if parent == d {
			break
		}
		d = parent
	}
	if module != "" {
		return module
	}
	return dir
}

// LoadFS evaluates the CUE package in dir (slash-separated, "." for the
// root) of the repository fsys, checks it against the schema and decodes
// it. Every problem found is returned at once as Diagnostics, each located
// in the user's files where CUE can tell.
//
// The root of fsys is the boundary: the package, its module (the nearest
// folder with a cue.mod at or above dir), the packages it imports and the
// files it embeds are all read through a view of fsys that resolves
// symbolic links itself and refuses those leading outside the root (fsys
// should implement [fs.ReadLinkFS] if it holds links), refuses FIFOs,
// sockets, devices and other files that are not regular before opening
// them, and bounds the bytes read (MaxFileSize a file, MaxTotalSize in
// all). A refused file is reported by name with what it is and what was
// expected, never with its content. Module dependencies are not fetched:
// a module vendors what it imports under cue.mod. The schema is supplied
// when the module does not vendor it, and a module when dir is in none.
//
// Once ctx is done, reads fail and LoadFS returns ctx's error without
// waiting for an evaluation under way, which ends in the background.
func LoadFS(ctx context.Context, fsys fs.FS, dir string, opts ...Option) (*Instance, error) {
	o := options{name: func(p string) string { return p }}
	for _, opt := range opts {
		if err := opt(&o); err != nil {
			return nil, fmt.Errorf("schema: %w", err)
		}
	}
	if dir == "" {
		dir = "."
	}
	if !fs.ValidPath(dir) {
		return nil, fmt.Errorf("%s: invalid directory (expected a slash-separated path inside the repository)", SafeText(dir))
	}
	names := &fileNames{name: o.name, paths: map[string]string{}}
	v := newView(ctx, fsys, names.display)
	l := &loader{ctx: ctx, view: v, fsys: newOverlay(v), names: names, dir: dir}
	return l.load()
}

// fileNames turns paths in the repository into the names diagnostics
// give files, and remembers which path each name stands for.
type fileNames struct {
	name  func(string) string
	mu    sync.Mutex
	paths map[string]string // name → path
}

func (n *fileNames) display(p string) string {
	s := SafeText(n.name(p))
	n.mu.Lock()
	n.paths[s] = p
	n.mu.Unlock()
	return s
}

// path returns the repository path a name stands for.
func (n *fileNames) path(name string) (string, bool) {
	n.mu.Lock()
	defer n.mu.Unlock()
	p, ok := n.paths[name]
	return p, ok
}

// loader is one load of a package.
type loader struct {
	ctx   context.Context
	view  *view
	fsys  *overlay
	names *fileNames
	dir   string

	module    string            // the module root
	schemaDir string            // the schema package's folder, in the isobar module itself
	modules   map[string]string // vendored modules: path → mount point
	versions  map[string]string // their versions when not vendoredVersion: the schema module's
}

func (l *loader) load() (*Instance, error) {
	shown := l.names.display(l.dir)
	info, err := l.fsys.Stat(l.dir)
	switch {
	case err != nil && errors.Is(err, fs.ErrPermission) && len(l.view.refusals()) > 0:
		return nil, l.fail(err)
	case errors.Is(err, fs.ErrNotExist):
		return nil, fmt.Errorf("%s: no such directory", shown)
	case err != nil:
		return nil, fmt.Errorf("%s: %w", shown, err)
	case !info.IsDir():
		return nil, fmt.Errorf("%s is not a directory", shown)
	}
	if err := l.prepareModule(); err != nil {
		return nil, l.fail(err)
	}
	if err := l.precheck(shown); err != nil {
		return nil, l.fail(err)
	}
	type result struct {
		in  *Instance
		err error
	}
	done := make(chan result, 1)
	go func() {
		in, err := l.evaluate()
		done <- result{in, l.fail(err)}
	}()
	select {
	case r := <-done:
		if r.err != nil {
			return nil, r.err
		}
		r.in.Dir = shown
		return r.in, nil
	case <-l.ctx.Done():
		return nil, fmt.Errorf("%s: %w", shown, l.ctx.Err())
	}
}

// fail returns the refusals of the view, if any, in place of err: what CUE
// made of a refused file (not found, no module, a read error) is of no use.
func (l *loader) fail(err error) error {
	if ds := l.view.refusals(); len(ds) > 0 {
		return sortDiagnostics(ds)
	}
	return err
}

// prepareModule finds the module root, adds a module file when dir is in
// no module, and vendors (see vendor).
func (l *loader) prepareModule() error {
	for d := l.dir; ; d = path.Dir(d) {
		if info, err := l.fsys.Stat(path.Join(d, "cue.mod")); err == nil && info.IsDir() {
			l.module = d
			break
		}
		if d == "." {
			break
		}
	}
	if l.module == "" {
		l.module = l.dir
		l.fsys.add(path.Join(l.dir, "cue.mod", "module.cue"), "module: \"isobar.local@v0\"\nlanguage: version: \"v0.17.0\"\n")
	}
	schemaModule := false
	if b, err := l.fsys.ReadFile(path.Join(l.module, "cue.mod", "module.cue")); err == nil && strings.Contains(string(b), `"`+ModulePath+`"`) {
		l.schemaDir = path.Join(l.module, "schema")
		schemaModule = true
	}
	return l.vendor(!schemaModule)
}

// precheck refuses what CUE should never see: a directory without CUE
// files, files that cannot be read (see view) or are not UTF-8.
func (l *loader) precheck(shown string) error {
	entries, err := l.fsys.ReadDir(l.dir)
	if err != nil {
		return fmt.Errorf("%s: %w", shown, err)
	}
	var ds Diagnostics
	n := 0
	for _, e := range entries {
		if e.IsDir() || path.Ext(e.Name()) != ".cue" {
			continue
		}
		n++
		p := path.Join(l.dir, e.Name())
		b, err := l.fsys.ReadFile(p)
		if errors.Is(err, fs.ErrPermission) && len(l.view.refusals()) > 0 {
			continue // reported with the others
		}
		if err != nil {
			return fmt.Errorf("%s: %w", l.names.display(p), err)
		}
		if !utf8.Valid(b) {
			line, col := invalidUTF8At(b)
			ds = append(ds, Diagnostic{File: l.names.display(p), Line: line, Column: col,
				Message: "file is not valid UTF-8", Expected: "CUE source encoded as UTF-8"})
			continue
		}
		ds = append(ds, longLists(l.names.display(p), b)...)
	}
	ds = append(ds, l.view.refusals()...)
	if len(ds) > 0 {
		return sortDiagnostics(ds)
	}
	if n == 0 {
		return fmt.Errorf("%s: no CUE files: expected an intent package (run `isobar init` to create one)", shown)
	}
	return nil
}

// MaxListLen is the most entries a list written in intent may have. No
// intent needs more; CUE's evaluation of a list takes time that grows
// faster than its length, so a longer one is refused before evaluation
// rather than left to hold up the load.
const MaxListLen = 10000

// longLists reports the lists in a file's source with more than MaxListLen
// entries. A file that does not parse is left to the evaluation to report.
func longLists(name string, src []byte) Diagnostics {
	f, err := parser.ParseFile(name, src)
	if err != nil {
		return nil
	}
	var ds Diagnostics
	ast.Walk(f, func(n ast.Node) bool {
		if l, ok := n.(*ast.ListLit); ok && len(l.Elts) > MaxListLen {
			pos := l.Lbrack.Position()
			ds = append(ds, Diagnostic{File: name, Line: pos.Line, Column: pos.Column,
				Message:  fmt.Sprintf("list of %d entries", len(l.Elts)),
				Expected: fmt.Sprintf("at most %d entries", MaxListLen)})
			return false
		}
		return true
	}, nil)
	return ds
}

func invalidUTF8At(b []byte) (line, col int) {
	line, col = 1, 1
	for len(b) > 0 {
		r, size := utf8.DecodeRune(b)
		if r == utf8.RuneError && size <= 1 {
			return line, col
		}
		if r == '\n' {
			line, col = line+1, 1
		} else {
			col += size
		}
		b = b[size:]
	}
	return line, col
}

// evaluate loads, builds, validates and decodes the package.
func (l *loader) evaluate() (*Instance, error) {
	cfg := &load.Config{
		FS:         l.fsys,
		Dir:        "/" + l.dir,
		ModuleRoot: "/" + l.module,
		FromFSPath: func(p string) string {
			real, _ := l.fsys.real(strings.TrimPrefix(p, "/"))
			return l.names.display(real)
		},
		Registry: registry{fsys: l.fsys, modules: l.modules, versions: l.versions},
	}
	insts := load.Instances([]string{"."}, cfg)
	if len(insts) != 1 {
		return nil, fmt.Errorf("%s: expected one CUE package, found %d", l.names.display(l.dir), len(insts))
	}
	conv := &converter{files: l.names, schemaDir: l.schemaDir, pkg: insts[0].ID()}
	if insts[0].Err != nil {
		return nil, conv.convertLoad(insts[0].Err)
	}
	ctx := cuecontext.New()
	schemaValue, err := buildSchema(ctx)
	if err != nil {
		return nil, err
	}
	conv.expect = expectationIndex(schemaValue)
	user := ctx.BuildInstance(insts[0])
	conv.user, conv.merged = user, user
	if err := user.Err(); err != nil {
		return nil, conv.convert(err)
	}
	v := schemaValue.LookupPath(cue.ParsePath("#Intent")).Unify(user)
	conv.merged = v
	var errs []error
	validate(v, validateDepth, &errs)
	if len(errs) > 0 {
		var all cueerrors.Error
		for _, e := range errs {
			all = cueerrors.Append(all, cueerrors.Promote(e, ""))
		}
		return nil, conv.convert(all)
	}
	var in Intent
	if err := v.Decode(&in); err != nil {
		return nil, conv.convert(err)
	}
	deriveDemand(&in)
	return &Instance{Value: v, Intent: &in, user: user, conv: conv}, nil
}

// validateDepth is how deep validate looks for errors below the first field
// with one. CUE reports a value's missing and non-concrete fields only once it
// has no other error, so each level is validated on its own as well: a
// mistyped field in one workload does not hide a missing field in another.
const validateDepth = 4

func validate(v cue.Value, depth int, errs *[]error) {
	err := v.Validate(cue.Concrete(true), cue.All())
	if err == nil {
		return
	}
	*errs = append(*errs, err)
	if depth == 0 {
		return
	}
	it, ferr := v.Fields()
	if ferr != nil {
		return
	}
	for it.Next() {
		validate(it.Value(), depth-1, errs)
	}
}

// buildSchema builds the embedded schema package.
func buildSchema(ctx *cue.Context) (cue.Value, error) {
	inst := build.NewContext().NewInstance(ImportPath, nil)
	entries, err := fs.ReadDir(cueFiles, ".")
	if err != nil {
		return cue.Value{}, err
	}
	names := make([]string, 0, len(entries))
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	for _, name := range names {
		b, err := fs.ReadFile(cueFiles, name)
		if err != nil {
			return cue.Value{}, err
		}
		f, err := parser.ParseFile("isobar.dev/schema/"+name, b, parser.ParseComments)
		if err != nil {
			return cue.Value{}, fmt.Errorf("embedded schema: %w", err)
		}
		if err := inst.AddSyntax(f); err != nil {
			return cue.Value{}, fmt.Errorf("embedded schema: %w", err)
		}
	}
	v := ctx.BuildInstance(inst)
	if err := v.Err(); err != nil {
		return cue.Value{}, fmt.Errorf("embedded schema: %w", err)
	}
	return v, nil
}

// workingDir is the directory file names in diagnostics are relative to.
func workingDir() string {
	wd, err := os.Getwd()
	if err != nil {
		return ""
	}
	return wd
}

func relativeTo(dir, name string) string {
	if dir == "" {
		return name
	}
	if name == dir {
		return "."
	}
	if rest, ok := strings.CutPrefix(name, dir+string(filepath.Separator)); ok {
		return rest
	}
	return name
}
