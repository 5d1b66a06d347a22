package release

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"regexp"
	"slices"
	"time"

	"cuelang.org/go/mod/modconfig"
	"cuelang.org/go/mod/modregistry"
	"cuelang.org/go/mod/module"
	"cuelang.org/go/mod/modzip"

	"isobar.dev/isobar/schema"
)

// SchemaModule is the CUE module path the schema is published as; a
// module imports its root package as "isobar.dev/schema".
const SchemaModule = schema.ImportPath + "@v0"

var schemaVersionRE = regexp.MustCompile(`^v0\.\d+\.\d+(-[0-9A-Za-z.-]+)?$`)

// SchemaModuleFile is the cue.mod/module.cue of the published schema.
func SchemaModuleFile() []byte {
	return []byte(fmt.Sprintf("module: %q\nlanguage: version: \"v0.17.0\"\nsource: kind: \"self\"\n", SchemaModule))
}

// SchemaZip is the schema's module archive for version, as `cue mod
// publish` makes it: cue.mod/module.cue and the schema's CUE files at the
// root (package schema). Entries are sorted and carry no times, so one
// version of the schema has one archive.
func SchemaZip(version string) ([]byte, error) {
	if !schemaVersionRE.MatchString(version) {
		return nil, fmt.Errorf("schema module version %q: want a semantic version of major version 0, such as v0.4.0", version)
	}
	mv, err := module.NewVersion(SchemaModule, version)
	if err != nil {
		return nil, fmt.Errorf("schema module version %q: %w", version, err)
	}
	files := []memFile{{path: "cue.mod/module.cue", data: SchemaModuleFile()}}
	err = fs.WalkDir(schema.Files(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(schema.Files(), p)
		if err != nil {
			return err
		}
		files = append(files, memFile{path: p, data: b})
		return nil
	})
	if err != nil {
		return nil, err
	}
	slices.SortFunc(files, func(a, b memFile) int { return bytes.Compare([]byte(a.path), []byte(b.path)) })
	var buf bytes.Buffer
	if err := modzip.Create[memFile](&buf, mv, files, memFileIO{}); err != nil {
		return nil, fmt.Errorf("schema module %s: %w", mv, err)
	}
	return buf.Bytes(), nil
}

// PublishSchema publishes the schema as module SchemaModule at version to
// the registry that cueRegistry (CUE_REGISTRY's syntax, e.g.
// "isobar.dev=ghcr.io/isobar-dev/cue" or "localhost:5000/cue+insecure")
// names for it, the way `cue mod publish` does: the module archive, its
// module file and the commit as metadata, tagged with the version. Registry
// credentials are cue's (`cue login`) or Docker's.
func PublishSchema(ctx context.Context, cueRegistry, version, revision string, created time.Time) error {
	z, err := SchemaZip(version)
	if err != nil {
		return err
	}
	mv, _ := module.NewVersion(SchemaModule, version)
	res, err := modconfig.NewResolver(&modconfig.Config{CUERegistry: cueRegistry, Env: os.Environ(), ClientType: "isobar-release"})
	if err != nil {
		return fmt.Errorf("registry %q: %w", cueRegistry, err)
	}
	var meta *modregistry.Metadata
	if revision != "" && !created.IsZero() {
		meta = &modregistry.Metadata{VCSType: "git", VCSCommit: revision, VCSCommitTime: created.UTC()}
	}
	client := modregistry.NewClientWithResolver(res)
	if err := client.PutModuleWithMetadata(ctx, mv, bytes.NewReader(z), int64(len(z)), meta); err != nil {
		return fmt.Errorf("schema module %s: publish: %w", mv, err)
	}
	return nil
}

// memFile is a file of a module archive, in memory.
type memFile struct {
	path string
	data []byte
}

type memFileIO struct{}

func (memFileIO) Path(f memFile) string { return f.path }

func (memFileIO) Lstat(f memFile) (os.FileInfo, error) { return memInfo{f}, nil }

func (memFileIO) Open(f memFile) (io.ReadCloser, error) {
	return io.NopCloser(bytes.NewReader(f.data)), nil
}

// memInfo is a memFile's os.FileInfo: a regular file, mode 0644, no time.
type memInfo struct{ f memFile }

func (i memInfo) Name() string       { return i.f.path }
func (i memInfo) Size() int64        { return int64(len(i.f.data)) }
func (i memInfo) Mode() fs.FileMode  { return 0o644 }
func (i memInfo) ModTime() time.Time { return time.Time{} }
func (i memInfo) IsDir() bool        { return false }
func (i memInfo) Sys() any           { return nil }
