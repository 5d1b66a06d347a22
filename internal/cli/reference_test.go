package cli

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/spf13/cobra"
	"github.com/spf13/cobra/doc"
)

var update = flag.Bool("update", false, "rewrite docs/cli")

// TestCLIReference keeps docs/cli/ equal to the commands' own help:
// go test ./internal/cli -run TestCLIReference -update rewrites it (make
// generate does, and make verify fails on a difference).
func TestCLIReference(t *testing.T) {
	const dir = "../../docs/cli"
	root := newRoot(io.Discard, io.Discard)
	root.DisableAutoGenTag = true
	want := map[string][]byte{}
	var walk func(c *cobra.Command)
	walk = func(c *cobra.Command) {
		if !c.IsAvailableCommand() && c != root {
			return
		}
		c.DisableAutoGenTag = true
		var buf bytes.Buffer
		if err := doc.GenMarkdownCustom(c, &buf, func(s string) string { return s }); err != nil {
			t.Fatal(err)
		}
		name := strings.ReplaceAll(c.CommandPath(), " ", "_") + ".md"
		want[name] = buf.Bytes()
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
	if *update {
		if err := os.RemoveAll(dir); err != nil {
			t.Fatal(err)
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		for name, b := range want {
			if err := os.WriteFile(filepath.Join(dir, name), b, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		return
	}
	entries, _ := os.ReadDir(dir)
	have := map[string]bool{}
	for _, e := range entries {
		have[e.Name()] = true
		if _, ok := want[e.Name()]; !ok {
			t.Errorf("docs/cli/%s documents no command (run go test ./internal/cli -run TestCLIReference -update)", e.Name())
		}
	}
	for name, b := range want {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || !bytes.Equal(got, b) {
			t.Errorf("docs/cli/%s is out of date (run go test ./internal/cli -run TestCLIReference -update)", name)
		}
	}
}
