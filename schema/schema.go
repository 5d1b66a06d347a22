// Package schema is isobar's intent language: the CUE definitions that teams
// write intent against, the Go types that intent decodes into, and the loader
// that evaluates a repository's CUE, checks it against the schema and reports
// every mistake with its file, line, column and field path.
//
// The CUE files of this package are the source of truth. They are embedded in
// the isobar binary, vendored into user repositories by `isobar init` so that
// the upstream `cue vet` works offline, and importable from CUE as
// "isobar.dev/schema".
//
// The loader is the boundary between a repository and isobar: it reads
// intent through an [io/fs.FS] of the repository (a folder of the working
// tree through [os.Root], or a git revision), and through a view of it that
// nothing resolves outside of: symbolic links leaving the repository,
// FIFOs, sockets, devices and oversized files are refused and named, never
// read. The package does no other I/O.
package schema

import (
	"embed"
	"io/fs"
)

// ImportPath is the CUE import path of the schema package.
const ImportPath = "isobar.dev/schema"

// ModulePath is the CUE module path of the isobar repository.
const ModulePath = "isobar.dev@v0"

// VendorDir is where `isobar init` vendors the schema inside a CUE module,
// relative to the module root.
const VendorDir = "cue.mod/pkg/" + ImportPath

//go:embed *.cue
var cueFiles embed.FS

// Files returns the schema's CUE source files.
func Files() fs.FS { return cueFiles }

// Sections lists the top-level fields of an intent package, in the order
// isobar.cue binds them, with the schema definition each is bound to.
var Sections = []struct{ Field, Definition string }{
	{"fleet", "#Fleet"},
	{"workloads", "#Workloads"},
	{"teams", "#Teams"},
	{"geographies", "#UserGeographies"},
	{"dataClasses", "#DataClasses"},
	{"jurisdictions", "#Jurisdictions"},
	{"datasets", "#Datasets"},
	{"budgets", "#Budgets"},
	{"objective", "#Objective"},
	{"planning", "#Planning"},
	{"catalog", "#Catalog"},
	{"policy", "#Policy"},
}

// OptionalSections lists the top-level fields of an intent package that may
// be left out, with the definition each is bound to; isobar.cue binds them
// as optional fields.
var OptionalSections = []struct{ Field, Definition string }{
	{"traffic", "#Traffic"},
}
