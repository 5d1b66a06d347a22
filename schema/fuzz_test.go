package schema_test

import (
	"errors"
	"os"
	"path/filepath"
	"testing"

	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// FuzzLoad feeds arbitrary CUE to the loader and the checks: whatever the
// input, they return a valid instance or diagnostics, and never panic.
func FuzzLoad(f *testing.F) {
	for _, seed := range []string{
		base,
		"package intent\n\nworkloads: api: replicas: min: \"two\"\n",
		"package intent\n\nworkloads: api: probes: readiness: {http: port: 80, tcp: port: 80}\n",
		"package intent\n\nfleet: x: {provider: \"aws\", region: \"eu-west-9\", capacity: {cpu: 1, memory: \"1Gi\"}}\n",
		"package intent\n\ndataClasses: p: allowed: [\"EU\"]\njurisdictions: A: countries: [\"A\"]\n",
		"package intent\n\nimport \"example.com/nowhere\"\n",
		"package intent\n\nfleet: {\n",
		"package intent\n\n// caf\xe9\n",
	} {
		f.Add(seed)
	}
	cat, err := providers.Builtin()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src string) {
		dir := t.TempDir()
		if err := os.WriteFile(filepath.Join(dir, "base.cue"), []byte(base), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, "fuzz.cue"), []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
		in, err := schema.Load(dir)
		if err != nil {
			var ds schema.Diagnostics
			if errors.As(err, &ds) && len(ds) == 0 {
				t.Fatal("empty diagnostics returned as an error")
			}
			return
		}
		if in.Intent == nil {
			t.Fatal("valid instance without intent")
		}
		_ = schema.Check(in, regions{cat})
	})
}
