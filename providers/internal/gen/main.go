// Command gen regenerates providers/catalog.json from the public data set.
//
// Usage (from the repository root):
//
//	go run ./providers/internal/gen -data ../shared/data -out providers/catalog.json
//
// or `go generate ./providers`. The output depends only on the input files
// (the compile date comes from SOURCES.md or -date, never the clock), so
// running it twice gives identical bytes.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"isobar.dev/isobar/providers/internal/build"
)

func main() {
	if err := run(os.Args[1:], os.Stderr); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
}

func run(args []string, stderr io.Writer) error {
	fs := flag.NewFlagSet("gen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	data := fs.String("data", "../shared/data", "directory with the CSV files and SOURCES.md")
	out := fs.String("out", "providers/catalog.json", "output file")
	date := fs.String("date", "", "compile date YYYY-MM-DD (default: the \"Compiled\" date in SOURCES.md)")
	check := fs.Bool("check", false, "do not write; fail if -out differs from the generated catalog")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	b, err := build.Build(build.Options{DataDir: *data, Date: *date})
	if err != nil {
		return fmt.Errorf("build catalog from %s: %w", *data, err)
	}
	if *check {
		old, err := os.ReadFile(*out)
		if err != nil {
			return fmt.Errorf("check: %w", err)
		}
		if !bytes.Equal(old, b) {
			return fmt.Errorf("check: %s is out of date; run go generate ./providers", *out)
		}
		return nil
	}
	return writeFile(*out, b)
}

// writeFile replaces path atomically so an interrupted run never leaves a
// truncated catalog behind.
func writeFile(path string, b []byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".catalog-*.json")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(tmp.Name()) // no-op after a successful rename
	if _, err := tmp.Write(b); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
