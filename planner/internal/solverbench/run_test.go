package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// requireHiGHS returns how to run HiGHS, installing it like the benchmark
// does; without node or npm the test skips, unless ISOBAR_REQUIRE_HIGHS=1.
func requireHiGHS(t *testing.T, script string) *highs {
	t.Helper()
	h, err := findHiGHS(t.Context(), script)
	if errors.Is(err, errNoHiGHS) {
		if os.Getenv("ISOBAR_REQUIRE_HIGHS") == "1" {
			t.Fatalf("%v; ISOBAR_REQUIRE_HIGHS=1 requires it", err)
		}
		t.Skipf("skipping: %v (apt-get install nodejs npm); set ISOBAR_REQUIRE_HIGHS=1 to make this a failure", err)
	}
	if err != nil {
		t.Fatal(err)
	}
	return h
}

// TestShortRun runs the benchmark for real on two tiny instances, one
// with a plan and one short of CPU: the built isobar, HiGHS and (when
// installed) CBC agree, the objectives are equal, the time limit holds,
// and the table lands between the markers of a Markdown file.
func TestShortRun(t *testing.T) {
	if testing.Short() {
		t.Skip("builds isobar and runs three solvers")
	}
	root, err := moduleRoot()
	if err != nil {
		t.Fatal(err)
	}
	requireHiGHS(t, filepath.Join(root, "hack", "highs.mjs"))
	_, cbcErr := exec.LookPath("cbc")
	dir := t.TempDir()
	bin := filepath.Join(dir, "isobar")
	if out, err := exec.Command("go", "build", "-o", bin, filepath.Join(root, "cmd", "isobar")).CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	doc := filepath.Join(dir, "planner.md")
	if err := os.WriteFile(doc, []byte("# Planner\n\n"+beginMarker+"\n"+endMarker+"\n\nafter\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var stdout, stderr bytes.Buffer
	code := Main(t.Context(), []string{"-isobar", bin, "-run", "^(cost-5x3|cpu-short-5x3)$", "-limit", "5s", "-docs", doc}, &stdout, &stderr)
	if code != 0 {
		t.Fatalf("exit code %d\nstdout:\n%s\nstderr:\n%s", code, stdout.String(), stderr.String())
	}
	rows := tableRows(stdout.String())
	if len(rows) != 2 {
		t.Fatalf("%d rows in the table, want 2:\n%s", len(rows), stdout.String())
	}
	for _, tc := range []struct {
		name, verdict, objRatio string
	}{
		{"cost-5x3", "optimal", "1"},
		{"cpu-short-5x3", "infeasible", "—"},
	} {
		cells := rows[tc.name]
		if cells == nil {
			t.Errorf("no row for %s:\n%s", tc.name, stdout.String())
			continue
		}
		want := map[int]string{5: tc.verdict, 9: tc.verdict, 15: tc.objRatio, 16: tc.objRatio}
		if cbcErr == nil {
			want[12] = tc.verdict
		}
		for i, w := range want {
			if cells[i] != w {
				t.Errorf("%s: column %d is %q, want %q (row %q)", tc.name, i, cells[i], w, cells)
			}
		}
		for _, i := range []int{3, 4, 6, 7, 8, 13, 14} {
			if cells[i] == "—" || cells[i] == "" {
				t.Errorf("%s: column %d is empty (row %q)", tc.name, i, cells)
			}
		}
	}
	for _, want := range []string{"- time limit not kept (over 6s): 0", "- wrong verdicts", "): 0\n"} {
		if !strings.Contains(stdout.String(), want) {
			t.Errorf("summary lacks %q:\n%s", want, stdout.String())
		}
	}
	b, err := os.ReadFile(doc)
	if err != nil {
		t.Fatal(err)
	}
	if want := "# Planner\n\n" + beginMarker + "\n" + strings.TrimSpace(stdout.String()) + "\n" + endMarker + "\n\nafter\n"; string(b) != want {
		t.Errorf("the Markdown file is\n%s\nwant\n%s", b, want)
	}
}

// TestFlags checks that bad flags are refused with what was expected.
func TestFlags(t *testing.T) {
	bin := filepath.Join(t.TempDir(), "isobar")
	if err := os.WriteFile(bin, []byte("#!/bin/sh\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"-isobar", bin, "-run", "("}, "invalid -run"},
		{[]string{"-isobar", bin, "-limit", "0s"}, "invalid -limit 0s: expected a positive duration"},
		{[]string{"-isobar", bin, "-gap", "1.5"}, "invalid -gap 1.5"},
		{[]string{"-isobar", filepath.Join(t.TempDir(), "none")}, "not found: build it with make build"},
		{[]string{"-isobar", bin, "extra"}, `unexpected argument "extra"`},
		{[]string{"-isobar", bin, "-run", "^nothing$", "-highs-runner", filepath.Join(t.TempDir(), "none.mjs")}, "HiGHS runner"},
	} {
		var stdout, stderr bytes.Buffer
		if code := Main(t.Context(), tc.args, &stdout, &stderr); code != 2 {
			t.Errorf("%q: exit code %d, want 2", tc.args, code)
		}
		if !strings.Contains(stderr.String(), tc.want) {
			t.Errorf("%q: stderr %q lacks %q", tc.args, stderr.String(), tc.want)
		}
	}
}

// tableRows splits the rows of the Markdown table by instance name.
func tableRows(md string) map[string][]string {
	rows := map[string][]string{}
	for _, line := range strings.Split(md, "\n") {
		if !strings.HasPrefix(line, "| ") || strings.HasPrefix(line, "| instance ") {
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for i := range cells {
			cells[i] = strings.TrimSpace(cells[i])
		}
		rows[cells[0]] = cells
	}
	return rows
}
