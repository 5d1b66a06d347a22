package schema_test

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"isobar.dev/isobar/schema"
)

// Load reports every mistake at once, each at its file, line and column.
func ExampleLoad() {
	dir, _ := os.MkdirTemp("", "intent")
	defer os.RemoveAll(dir)
	_ = os.WriteFile(filepath.Join(dir, "intent.cue"), []byte(`package intent

workloads: api: {
	image: "ghcr.io/acme/api:1.0"
	resources: {cpu: "500m", memory: "512MB"}
	latency: p95: "80 ms"
}
`), 0o644)
	_, err := schema.Load(dir)
	var ds schema.Diagnostics
	if errors.As(err, &ds) {
		for _, d := range ds {
			fmt.Printf("%s:%d:%d %s: %s\n", filepath.Base(d.File), d.Line, d.Column, d.Path, d.Message)
		}
	}
	// Output:
	// intent.cue:5:35 workloads.api.resources.memory: invalid value "512MB"
	// intent.cue:6:16 workloads.api.latency.p95: invalid value "80 ms"
}

func ExampleJurisdictions_Contains() {
	j := schema.NewJurisdictions(map[string]schema.Jurisdiction{
		"DACH": {Countries: []string{"DE", "AT", "CH"}},
	})
	fmt.Println(j.Contains("EU", "IE"), j.Contains("EU", "CH"), j.Contains("EEA", "NO"), j.Contains("DACH", "CH"))
	// Output: true false true true
}
