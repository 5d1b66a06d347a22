// Package scaffold writes a new isobar repository: a CUE module with the
// schema vendored, so that the upstream `cue vet` works offline (or, with
// SchemaRegistry, depending on the schema's published CUE module), a fleet,
// an example intent and a pre-commit configuration.
package scaffold

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strings"

	"isobar.dev/isobar/internal/atomicfile"
	"isobar.dev/isobar/schema"
)

//go:embed files
var files embed.FS

// Action says what Write did with one file.
type Action string

// Actions of Write.
const (
	Created Action = "created"
	Updated Action = "updated"
	Kept    Action = "kept"
)

// Change is one file Write considered.
type Change struct {
	Path   string `json:"path"`
	Action Action `json:"action"`
}

// Options are the choices of a new repository.
type Options struct {
	// Module is the CUE module path, such as "example.com/intent@v0".
	Module string
	// Force overwrites files that exist. Without it, existing files are kept,
	// except the vendored schema, which is always brought up to date.
	Force bool
	// Schema says where the schema comes from: SchemaVendor (the default)
	// copies it under cue.mod/pkg; SchemaRegistry declares the published
	// module SchemaModule at SchemaVersion as a dependency in
	// cue.mod/module.cue, for `cue` to fetch through CUE_REGISTRY.
	Schema string
	// SchemaVersion is the version of the schema module to depend on (with
	// SchemaRegistry), e.g. v0.4.0.
	SchemaVersion string
}

// Where the schema comes from.
const (
	SchemaVendor   = "vendor"
	SchemaRegistry = "registry"
)

// SchemaModule is the CUE module the schema is published as.
const SchemaModule = schema.ImportPath + "@v0"

var schemaVersionRE = regexp.MustCompile(`^v0\.\d+\.\d+(-[0-9A-Za-z.-]+)?$`)

var modulePathRE = regexp.MustCompile(`^[a-z0-9][-a-z0-9.]*(/[-a-z0-9._~]+)*@v[0-9]+$`)

// Write scaffolds a repository in dir, creating it if needed. It never
// deletes anything, and without Force it changes no file the user wrote.
func Write(dir string, opts Options) ([]Change, error) {
	if !modulePathRE.MatchString(opts.Module) {
		return nil, fmt.Errorf("invalid module path %q: expected a lower-case path with a major version, such as \"example.com/intent@v0\"", opts.Module)
	}
	switch opts.Schema {
	case "", SchemaVendor:
		opts.Schema = SchemaVendor
	case SchemaRegistry:
		if !schemaVersionRE.MatchString(opts.SchemaVersion) {
			return nil, fmt.Errorf("schema version %q: expected a released version of %s, such as v0.4.0", opts.SchemaVersion, SchemaModule)
		}
	default:
		return nil, fmt.Errorf("schema %q: expected %s or %s", opts.Schema, SchemaVendor, SchemaRegistry)
	}
	if err := checkSchemaSource(dir, opts); err != nil {
		return nil, err
	}
	plan, err := contents(opts)
	if err != nil {
		return nil, err
	}
	var changes []Change
	for _, f := range plan {
		name := filepath.Join(dir, filepath.FromSlash(f.path))
		old, err := os.ReadFile(name)
		exists := err == nil
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			return changes, err
		}
		switch {
		case exists && bytes.Equal(old, f.data):
			changes = append(changes, Change{f.path, Kept})
			continue
		case exists && !opts.Force && !f.managed:
			changes = append(changes, Change{f.path, Kept})
			continue
		}
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return changes, err
		}
		if err := atomicfile.Write(name, f.data); err != nil {
			return changes, err
		}
		action := Created
		if exists {
			action = Updated
		}
		changes = append(changes, Change{f.path, action})
	}
	return changes, nil
}

type file struct {
	path    string
	data    []byte
	managed bool // owned by isobar: refreshed on every init
}

// moduleFile is cue.mod/module.cue of a new repository.
func moduleFile(opts Options) []byte {
	b := fmt.Sprintf("module: %q\nlanguage: version: \"v0.17.0\"\n", opts.Module)
	if opts.Schema == SchemaRegistry {
		b += fmt.Sprintf("deps: %q: v: %q\n", SchemaModule, opts.SchemaVersion)
	}
	return []byte(b)
}

// checkSchemaSource refuses to mix the two sources of the schema: CUE
// finds the package both in cue.mod/pkg and in a dependency ambiguous.
func checkSchemaSource(dir string, opts Options) error {
	modPath := filepath.Join(dir, "cue.mod", "module.cue")
	mod, err := os.ReadFile(modPath)
	if err != nil && !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	declares := bytes.Contains(mod, []byte(`"`+SchemaModule+`"`))
	switch opts.Schema {
	case SchemaRegistry:
		vendored := filepath.Join(dir, filepath.FromSlash(schema.VendorDir))
		if _, err := os.Stat(vendored); err == nil {
			return fmt.Errorf("%s holds a vendored schema: remove it to depend on %s from the registry (CUE refuses a package found in both)", vendored, SchemaModule)
		}
		if len(mod) > 0 && !bytes.Equal(mod, moduleFile(opts)) && !opts.Force {
			return fmt.Errorf("%s exists: add %s to its deps, e.g.\n\tdeps: %q: v: %q\nor pass --force to rewrite it", modPath, SchemaModule, SchemaModule, opts.SchemaVersion)
		}
	case SchemaVendor:
		if declares && !opts.Force {
			return fmt.Errorf("%s depends on %s from a registry: remove that dependency to vendor the schema, or pass --force to rewrite the file", modPath, SchemaModule)
		}
	}
	return nil
}

func contents(opts Options) ([]file, error) {
	out := []file{{path: "cue.mod/module.cue", data: moduleFile(opts)}}
	if opts.Schema == SchemaRegistry {
		return userFiles(out)
	}
	err := fs.WalkDir(schema.Files(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(schema.Files(), p)
		if err != nil {
			return err
		}
		out = append(out, file{path: path.Join(schema.VendorDir, p), data: b, managed: true})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return userFiles(out)
}

// userFiles adds the bindings, the examples and the pre-commit
// configuration.
func userFiles(out []file) ([]file, error) {
	out = append(out, file{path: "isobar.cue", data: Bindings("intent"), managed: true})
	for _, f := range []struct{ src, dst string }{
		{"fleet.cue", "fleet.cue"},
		{"intent.cue", "intent.cue"},
		{"pre-commit-config.yaml", ".pre-commit-config.yaml"},
	} {
		b, err := files.ReadFile("files/" + f.src)
		if err != nil {
			return nil, err
		}
		out = append(out, file{path: f.dst, data: b})
	}
	return out, nil
}

// Bindings returns isobar.cue for a package: it binds each top-level section
// to its schema definition, so that the upstream `cue vet` checks it.
func Bindings(pkg string) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, "package %s\n\nimport %q\n\n", pkg, schema.ImportPath)
	b.WriteString("// Binds each section of this package to the isobar schema, so that the\n")
	b.WriteString("// upstream `cue vet ./...` checks it as `isobar vet` does. Written by\n")
	b.WriteString("// `isobar init`; keep it as it is.\n")
	width := 0
	for _, s := range schema.Sections {
		width = max(width, len(s.Field))
	}
	for _, s := range schema.Sections {
		fmt.Fprintf(&b, "%s:%s schema.%s\n", s.Field, strings.Repeat(" ", width-len(s.Field)), s.Definition)
	}
	for _, s := range schema.OptionalSections {
		fmt.Fprintf(&b, "%s?:%s schema.%s\n", s.Field, strings.Repeat(" ", max(0, width-len(s.Field)-1)), s.Definition)
	}
	return []byte(b.String())
}
