package scaffold_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"isobar.dev/isobar/internal/scaffold"
)

var update = flag.Bool("update", false, "rewrite the examples' isobar.cue")

// TestExampleBindings keeps each example's isobar.cue identical to what
// `isobar init` writes for its package.
func TestExampleBindings(t *testing.T) {
	dirs, err := filepath.Glob("../../examples/*")
	if err != nil {
		t.Fatal(err)
	}
	pkgRE := regexp.MustCompile(`(?m)^package (\w+)$`)
	for _, dir := range dirs {
		cues, _ := filepath.Glob(filepath.Join(dir, "*.cue"))
		if len(cues) == 0 {
			continue // not an intent package (examples/ci)
		}
		t.Run(filepath.Base(dir), func(t *testing.T) {
			pkg := ""
			for _, f := range cues {
				b, err := os.ReadFile(f)
				if err != nil {
					t.Fatal(err)
				}
				if m := pkgRE.FindSubmatch(b); m != nil && filepath.Base(f) != "isobar.cue" {
					pkg = string(m[1])
				}
			}
			if pkg == "" {
				t.Fatalf("no CUE package in %s", dir)
			}
			want := scaffold.Bindings(pkg)
			name := filepath.Join(dir, "isobar.cue")
			if *update {
				if err := os.WriteFile(name, want, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			got, err := os.ReadFile(name)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("%s differs from `isobar init`'s; run make generate", name)
			}
		})
	}
}

func TestWriteKeepsUserFiles(t *testing.T) {
	dir := t.TempDir()
	if _, err := scaffold.Write(dir, scaffold.Options{Module: "example.com/x@v0"}); err != nil {
		t.Fatal(err)
	}
	mine := []byte("package intent\n\nteams: mine: {}\n")
	if err := os.WriteFile(filepath.Join(dir, "intent.cue"), mine, 0o644); err != nil {
		t.Fatal(err)
	}
	changes, err := scaffold.Write(dir, scaffold.Options{Module: "example.com/x@v0"})
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range changes {
		if c.Action != scaffold.Kept {
			t.Errorf("second init changed %s (%s)", c.Path, c.Action)
		}
	}
	got, _ := os.ReadFile(filepath.Join(dir, "intent.cue"))
	if !bytes.Equal(got, mine) {
		t.Error("init overwrote a user's file without --force")
	}
}
