package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
)

// highsVersion is the npm package highs the benchmark measures against;
// a benchmark dependency only.
const highsVersion = "1.15.3"

// highs is how to run HiGHS: node, the runner script, and the
// node_modules folder holding the package.
type highs struct {
	node, script, modules string
}

// errNoHiGHS means HiGHS cannot be run here: node or npm is missing, or
// the package could not be installed.
var errNoHiGHS = errors.New("HiGHS is not available")

// toolsDir is the cache folder of the benchmark's tools, shared with
// hack/test.sh: $ISOBAR_CACHE/tools, else $XDG_CACHE_HOME/isobar/tools,
// else ~/.cache/isobar/tools.
func toolsDir() (string, error) {
	if c := os.Getenv("ISOBAR_CACHE"); c != "" {
		return filepath.Join(c, "tools"), nil
	}
	if c := os.Getenv("XDG_CACHE_HOME"); c != "" {
		return filepath.Join(c, "isobar", "tools"), nil
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return "", fmt.Errorf("cache folder: %w", err)
	}
	return filepath.Join(home, ".cache", "isobar", "tools"), nil
}

// findHiGHS returns how to run HiGHS with the runner script given,
// installing the pinned npm package into the tools cache when it is not
// there yet (npm install --prefix, once per machine).
func findHiGHS(ctx context.Context, script string) (*highs, error) {
	node, err := exec.LookPath("node")
	if err != nil {
		return nil, fmt.Errorf("%w: node is not installed (Debian package nodejs)", errNoHiGHS)
	}
	if _, err := os.Stat(script); err != nil {
		return nil, fmt.Errorf("HiGHS runner: %w", err)
	}
	tools, err := toolsDir()
	if err != nil {
		return nil, err
	}
	dir := filepath.Join(tools, "highs-"+highsVersion)
	h := &highs{node: node, script: script, modules: filepath.Join(dir, "node_modules")}
	if installed(h.modules) {
		return h, nil
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		return nil, fmt.Errorf("%w: highs %s is not in %s and npm is not installed to fetch it (Debian package npm)", errNoHiGHS, highsVersion, dir)
	}
	if err := os.MkdirAll(tools, 0o755); err != nil {
		return nil, fmt.Errorf("tools cache: %w", err)
	}
	// Installed beside and renamed into place, so that a run cut short
	// leaves no half-installed package.
	tmp, err := os.MkdirTemp(tools, ".highs-")
	if err != nil {
		return nil, fmt.Errorf("tools cache: %w", err)
	}
	defer os.RemoveAll(tmp)
	fmt.Fprintf(os.Stderr, "installing the npm package highs@%s into %s (once per machine)\n", highsVersion, dir)
	cmd := exec.CommandContext(ctx, npm, "install", "--prefix", tmp, "--no-audit", "--no-fund", "--ignore-scripts", "highs@"+highsVersion)
	if out, err := cmd.CombinedOutput(); err != nil {
		return nil, fmt.Errorf("%w: npm install highs@%s: %v: %s", errNoHiGHS, highsVersion, err, lastLine(out))
	}
	if !installed(filepath.Join(tmp, "node_modules")) {
		return nil, fmt.Errorf("%w: npm install highs@%s installed another version", errNoHiGHS, highsVersion)
	}
	if err := os.Rename(tmp, dir); err != nil && !installed(h.modules) {
		return nil, fmt.Errorf("tools cache: %w", err)
	}
	return h, nil
}

// installed reports whether modules holds highs at the pinned version.
func installed(modules string) bool {
	b, err := os.ReadFile(filepath.Join(modules, "highs", "package.json"))
	if err != nil {
		return false
	}
	var pkg struct {
		Version string `json:"version"`
	}
	return json.Unmarshal(b, &pkg) == nil && pkg.Version == highsVersion
}
