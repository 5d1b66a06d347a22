package schema

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"unicode/utf8"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/build"
	"cuelang.org/go/cue/cuecontext"
	cueerrors "cuelang.org/go/cue/errors"
	"cuelang.org/go/cue/load"
	"cuelang.org/go/cue/parser"
)

// MaxFileSize is the largest CUE file the loader reads. Intent is written by
// people; anything larger is a mistake (a data dump, a binary) and is refused
// before evaluation rather than left to exhaust memory.
const MaxFileSize = 8 << 20

// Instance is an intent package that passed validation.
type Instance struct {
	// Dir is the directory the package was loaded from.
	Dir string
	// Value is the package unified with #Intent, defaults resolved.
	Value cue.Value
	// Intent is Value decoded.
	Intent *Intent

	user cue.Value
	conv *converter
}

// Load evaluates the CUE package in dir, checks it against the schema and
// decodes it. Every problem found is returned at once as Diagnostics, each
// located in the user's files where CUE can tell.
func Load(dir string) (*Instance, error) {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return nil, err
	}
	if err := precheck(abs); err != nil {
		return nil, err
	}
	cfg, err := loadConfig(abs)
	if err != nil {
		return nil, err
	}
	insts := load.Instances([]string{"."}, cfg)
	if len(insts) != 1 {
		return nil, fmt.Errorf("%s: expected one CUE package, found %d", dir, len(insts))
	}
	conv := &converter{dir: workingDir(), schemaDirs: schemaDirs(cfg)}
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
	return &Instance{Dir: abs, Value: v, Intent: &in, user: user, conv: conv}, nil
}

// precheck refuses what CUE should never see: a directory without CUE files,
// files that are too large or not UTF-8.
func precheck(dir string) error {
	st, err := os.Stat(dir)
	if err != nil {
		return err
	}
	if !st.IsDir() {
		return fmt.Errorf("%s is not a directory", dir)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	var ds Diagnostics
	n := 0
	for _, e := range entries {
		if e.IsDir() || filepath.Ext(e.Name()) != ".cue" {
			continue
		}
		n++
		name := filepath.Join(dir, e.Name())
		info, err := e.Info()
		if err != nil {
			return err
		}
		if info.Size() > MaxFileSize {
			ds = append(ds, Diagnostic{File: relativeTo(workingDir(), name), Message: fmt.Sprintf("file is %d bytes", info.Size()),
				Expected: fmt.Sprintf("at most %d bytes of CUE", MaxFileSize)})
			continue
		}
		b, err := os.ReadFile(name)
		if err != nil {
			return err
		}
		if !utf8.Valid(b) {
			line, col := invalidUTF8At(b)
			ds = append(ds, Diagnostic{File: relativeTo(workingDir(), name), Line: line, Column: col,
				Message: "file is not valid UTF-8", Expected: "CUE source encoded as UTF-8"})
		}
	}
	if n == 0 {
		return fmt.Errorf("%s: no CUE files: expected an intent package (run `isobar init` to create one)", dir)
	}
	if len(ds) > 0 {
		return ds
	}
	return nil
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

// loadConfig finds the module that holds dir. The schema is supplied from the
// binary, as an overlay, when the module does not vendor it, and a module is
// supplied when dir is in none, so that a plain folder of CUE files loads.
func loadConfig(dir string) (*load.Config, error) {
	cfg := &load.Config{Dir: dir, Overlay: map[string]load.Source{}}
	root := findModuleRoot(dir)
	if root == "" {
		root = dir
		cfg.ModuleRoot = dir
		cfg.Overlay[filepath.Join(dir, "cue.mod", "module.cue")] = load.FromString(
			"module: \"isobar.local@v0\"\nlanguage: version: \"v0.17.0\"\n")
	}
	if isSchemaModule(root) {
		return cfg, nil
	}
	vendored := filepath.Join(root, filepath.FromSlash(VendorDir))
	if _, err := os.Stat(vendored); err == nil {
		return cfg, nil
	}
	err := fs.WalkDir(cueFiles, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(cueFiles, p)
		if err != nil {
			return err
		}
		cfg.Overlay[filepath.Join(vendored, p)] = load.FromBytes(b)
		return nil
	})
	return cfg, err
}

func findModuleRoot(dir string) string {
	for d := dir; ; {
		if st, err := os.Stat(filepath.Join(d, "cue.mod")); err == nil && st.IsDir() {
			return d
		}
		parent := filepath.Dir(d)
		if parent == d {
			return ""
		}
		d = parent
	}
}

// isSchemaModule reports whether root is the isobar repository itself, where
// "isobar.dev/schema" is a package of the main module.
func isSchemaModule(root string) bool {
	b, err := os.ReadFile(filepath.Join(root, "cue.mod", "module.cue"))
	if err != nil {
		return false
	}
	return bytes.Contains(b, []byte(`"`+ModulePath+`"`))
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

// schemaDirs returns where the schema's own files are on disk: the vendored
// copy of a user's module, or schema/ of the isobar repository itself.
func schemaDirs(cfg *load.Config) []string {
	root := findModuleRoot(cfg.Dir)
	if root == "" {
		return nil
	}
	if isSchemaModule(root) {
		return []string{filepath.Join(root, "schema")}
	}
	return []string{filepath.Join(root, filepath.FromSlash(VendorDir))}
}
