package cli

import (
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestPipelinesUseRealFlags reads the example CI pipelines and checks
// that every isobar command they run exists and accepts its flags, so
// the examples cannot drift from the CLI.
func TestPipelinesUseRealFlags(t *testing.T) {
	files, err := filepath.Glob("../../examples/ci/*/*")
	if err != nil {
		t.Fatal(err)
	}
	hidden, _ := filepath.Glob("../../examples/ci/*/.*.yml")
	files = append(files, hidden...)
	isobarCmd := regexp.MustCompile(`(?m)(?:^|[;&|(])[ \t]*isobar ([a-z]+)((?: +(?:"[^"]*"|'[^']*'|[^ |;&>\n]+))*)`)
	commands := 0
	for _, f := range files {
		if !strings.HasSuffix(f, ".yaml") && !strings.HasSuffix(f, ".yml") {
			continue
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		var doc any
		if err := yaml.Unmarshal(b, &doc); err != nil {
			t.Errorf("%s: not YAML: %v", f, err)
			continue
		}
		for _, s := range yamlStrings(doc) {
			for _, m := range isobarCmd.FindAllStringSubmatch(s, -1) {
				args := append([]string{m[1]}, strings.Fields(m[2])...)
				if m[1] == "install" && strings.Contains(s, "go install isobar.dev") {
					continue // go install isobar.dev/isobar/cmd/isobar@…
				}
				commands++
				root := newRoot(io.Discard, io.Discard)
				cmd, rest, err := root.Find(args)
				if err != nil || cmd == root {
					t.Errorf("%s: isobar %s: no such command", f, m[1])
					continue
				}
				if err := cmd.ParseFlags(rest); err != nil {
					t.Errorf("%s: isobar %s: %v", f, strings.Join(args, " "), err)
				}
			}
		}
	}
	// The GitLab pipeline runs vet, plan and publish itself; the GitHub one
	// runs them through the action (checked by internal/release's
	// TestActionExamples).
	if commands < 3 {
		t.Errorf("found only %d isobar commands in the pipelines", commands)
	}
}

// yamlStrings collects every string of a YAML document.
func yamlStrings(v any) []string {
	switch t := v.(type) {
	case string:
		return []string{t}
	case []any:
		var out []string
		for _, e := range t {
			out = append(out, yamlStrings(e)...)
		}
		return out
	case map[string]any:
		var out []string
		for _, e := range t {
			out = append(out, yamlStrings(e)...)
		}
		return out
	}
	return nil
}
