package scaffold

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"isobar.dev/isobar/schema"
)

// TestWriteSchemaRegistry: with SchemaRegistry the module file depends on
// the schema module and nothing is vendored; mixing a vendored copy with
// the dependency (either way round) and bad versions or sources are
// refused with what to do.
func TestWriteSchemaRegistry(t *testing.T) {
	dir := t.TempDir()
	reg := Options{Module: "example.com/shop@v0", Schema: SchemaRegistry, SchemaVersion: "v0.3.1"}
	if _, err := Write(dir, reg); err != nil {
		t.Fatal(err)
	}
	mod, err := os.ReadFile(filepath.Join(dir, "cue.mod", "module.cue"))
	if err != nil {
		t.Fatal(err)
	}
	if want := `deps: "isobar.dev/schema@v0": v: "v0.3.1"`; !strings.Contains(string(mod), want) {
		t.Errorf("module.cue lacks %s:\n%s", want, mod)
	}
	if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(schema.VendorDir))); err == nil {
		t.Error("the schema was vendored")
	}
	// Again: nothing changes.
	changes, err := Write(dir, reg)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range changes {
		if c.Action != Kept {
			t.Errorf("second run: %s %s", c.Action, c.Path)
		}
	}
	// Vendoring into it is refused without --force.
	if _, err := Write(dir, Options{Module: reg.Module}); err == nil || !strings.Contains(err.Error(), "depends on isobar.dev/schema@v0 from a registry") {
		t.Errorf("vendor over registry: %v", err)
	}
	// Another version is refused without --force, with the line to add.
	other := reg
	other.SchemaVersion = "v0.4.0"
	if _, err := Write(dir, other); err == nil || !strings.Contains(err.Error(), `"isobar.dev/schema@v0": v: "v0.4.0"`) {
		t.Errorf("other version: %v", err)
	}
	other.Force = true
	if _, err := Write(dir, other); err != nil {
		t.Errorf("other version with force: %v", err)
	}

	vendored := t.TempDir()
	if _, err := Write(vendored, Options{Module: reg.Module}); err != nil {
		t.Fatal(err)
	}
	if _, err := Write(vendored, reg); err == nil || !strings.Contains(err.Error(), "holds a vendored schema") {
		t.Errorf("registry over vendor: %v", err)
	}
	for _, o := range []Options{
		{Module: reg.Module, Schema: "git"},
		{Module: reg.Module, Schema: SchemaRegistry},
		{Module: reg.Module, Schema: SchemaRegistry, SchemaVersion: "v1.0.0"},
		{Module: reg.Module, Schema: SchemaRegistry, SchemaVersion: "latest"},
	} {
		if _, err := Write(t.TempDir(), o); err == nil {
			t.Errorf("%+v accepted", o)
		}
	}
}
