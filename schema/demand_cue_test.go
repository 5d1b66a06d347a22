package schema_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// TestDemandProfileCueVetAgrees checks that the upstream cue vet, given
// the schema as a repository vendors it, accepts and refuses the same
// profile shapes as the loader.
func TestDemandProfileCueVetAgrees(t *testing.T) {
	out, err := exec.Command("go", "tool", "-n", "cue").Output()
	if err != nil {
		t.Skipf("go tool -n cue: %v", err)
	}
	cue := strings.TrimSpace(string(out))
	window := `{name: "business", days: ["mon", "fri"], from: "08:00", to: "18:00", rps: 900}`
	tests := []struct {
		name   string
		demand string
		valid  bool
	}{
		{"constant", `rps: 300`, true},
		{"windows", `profile: {timeZone: "Europe/Berlin", windows: [` + window + `], rps: 100}`, true},
		{"hourly", `profile: {timeZone: "UTC", hourly: ` + list(168, ones) + `}`, true},
		{"rps and profile", `rps: 3, profile: {timeZone: "UTC", hourly: ` + list(168, ones) + `}`, false},
		{"neither", `egressGBPerMonth: 3`, false},
		{"hourly and windows", `profile: {timeZone: "UTC", rps: 1, hourly: ` + list(168, ones) + `, windows: [` + window + `]}`, false},
		{"short week", `profile: {timeZone: "UTC", hourly: ` + list(100, ones) + `}`, false},
		{"negative rate", `profile: {timeZone: "UTC", windows: [` + window + `], rps: -1}`, false},
		{"malformed time", `profile: {timeZone: "UTC", windows: [{name: "a", days: ["mon"], from: "8am", to: "18:00", rps: 1}], rps: 1}`, false},
		{"unknown day", `profile: {timeZone: "UTC", windows: [{name: "a", days: ["monday"], from: "08:00", to: "18:00", rps: 1}], rps: 1}`, false},
		{"windows without the rest", `profile: {timeZone: "UTC", windows: [` + window + `]}`, false},
	}
	root := t.TempDir()
	writeTree(t, root, "cue.mod/module.cue", "module: \"isobar.dev@v0\"\nlanguage: version: \"v0.17.0\"\n")
	entries, err := os.ReadDir(".")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if filepath.Ext(e.Name()) == ".cue" {
			b, err := os.ReadFile(e.Name())
			if err != nil {
				t.Fatal(err)
			}
			writeTree(t, root, "schema/"+e.Name(), string(b))
		}
	}
	var bind strings.Builder
	bind.WriteString("package intent\n\nimport \"isobar.dev/schema\"\n\n")
	for _, s := range schema.Sections {
		bind.WriteString(s.Field + ": schema." + s.Definition + "\n")
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := filepath.Join(root, strings.ReplaceAll(tt.name, " ", "-"))
			writeTree(t, dir, "isobar.cue", bind.String())
			writeTree(t, dir, "base.cue", base)
			writeTree(t, dir, "demand.cue", "package intent\n\nworkloads: api: demand: london: {"+tt.demand+"}\n")
			cmd := exec.Command(cue, "vet", "-c", ".")
			cmd.Dir = dir
			cueOut, cueErr := cmd.CombinedOutput()
			in, err := schema.Load(dir)
			if err == nil {
				cat := regions{mustBuiltin(t)}
				if ds := schema.Check(in, cat); ds != nil {
					err = ds
				}
			}
			if (cueErr == nil) != tt.valid || (err == nil) != tt.valid {
				t.Errorf("valid = %v; cue vet: %v %s; isobar: %v", tt.valid, cueErr, cueOut, err)
			}
		})
	}
}

func writeTree(t *testing.T, root, name, content string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func mustBuiltin(t *testing.T) *providers.Catalog {
	t.Helper()
	cat, err := providers.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return cat
}
