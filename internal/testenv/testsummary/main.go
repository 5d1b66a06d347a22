// Command testsummary reads `go test -json` on its standard input and prints
// what a person running the suite needs: a line per package as `go test`
// prints it, the output of every failed test, and at the end every skipped
// test with the reason it gave (which names the command that enables it),
// then one closing line "N passed, N failed, N skipped". It exits non-zero
// when a test or a package failed, or when the input holds no test at all.
//
//	go test -json ./... | go run ./internal/testenv/testsummary
package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// event is one line of `go test -json` (test2json).
type event struct {
	Action  string
	Package string
	Test    string
	Output  string
	Elapsed float64
}

type testKey struct{ pkg, test string }

// summary accumulates the events of a run.
type summary struct {
	out                   io.Writer
	output                map[testKey][]string
	skipped               []skip
	passed, failed, skipN int
	failedPkgs            []string
	buildFailed           bool
}

type skip struct {
	key    testKey
	reason string
}

func main() {
	os.Exit(run(os.Stdin, os.Stdout))
}

// run summarises the events read from in onto out and returns the exit code.
func run(in io.Reader, out io.Writer) int {
	s := &summary{out: out, output: map[testKey][]string{}}
	sc := bufio.NewScanner(in)
	sc.Buffer(make([]byte, 1<<20), 64<<20)
	for sc.Scan() {
		line := sc.Text()
		var e event
		if err := json.Unmarshal([]byte(line), &e); err != nil || e.Action == "" {
			// Not an event: build errors and the like, printed as they are.
			fmt.Fprintln(out, line)
			if strings.HasPrefix(line, "FAIL") || strings.Contains(line, "build failed") || strings.Contains(line, "setup failed") {
				s.buildFailed = true
			}
			continue
		}
		s.add(e)
	}
	if err := sc.Err(); err != nil {
		fmt.Fprintln(out, "testsummary:", err)
		return 2
	}
	return s.finish()
}

func (s *summary) add(e event) {
	k := testKey{e.Package, e.Test}
	switch e.Action {
	case "output":
		s.output[k] = append(s.output[k], e.Output)
	case "pass":
		if e.Test == "" {
			fmt.Fprintf(s.out, "ok  \t%s\t%.3fs\n", e.Package, e.Elapsed)
		} else if !strings.Contains(e.Test, "/") {
			s.passed++
		}
		delete(s.output, k)
	case "skip":
		if e.Test == "" {
			fmt.Fprintf(s.out, "?   \t%s\t[no test files]\n", e.Package)
		} else {
			if !strings.Contains(e.Test, "/") {
				s.skipN++
			}
			s.skipped = append(s.skipped, skip{k, skipReason(s.output[k])})
		}
		delete(s.output, k)
	case "fail":
		if e.Test == "" {
			// The package's own output holds panics and timeouts; its
			// closing line is printed below.
			for _, l := range s.output[k] {
				if !strings.HasPrefix(l, "FAIL\t"+e.Package) && l != "FAIL\n" {
					fmt.Fprint(s.out, l)
				}
			}
			fmt.Fprintf(s.out, "FAIL\t%s\t%.3fs\n", e.Package, e.Elapsed)
			s.failedPkgs = append(s.failedPkgs, e.Package)
		} else {
			if !strings.Contains(e.Test, "/") {
				s.failed++
			}
			for _, l := range s.output[k] {
				fmt.Fprint(s.out, l)
			}
		}
		delete(s.output, k)
	}
}

// skipReason is the message a test gave t.Skip: the lines after its
// "--- SKIP" line, or the last lines it printed.
func skipReason(lines []string) string {
	var reason []string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || strings.HasPrefix(t, "=== ") || strings.HasPrefix(t, "--- SKIP") {
			continue
		}
		// "file_test.go:12: message" → "message"
		if i := strings.Index(t, ".go:"); i > 0 {
			if j := strings.Index(t[i+4:], ": "); j >= 0 {
				t = t[i+4+j+2:]
			}
		}
		reason = append(reason, t)
	}
	if len(reason) == 0 {
		return "(no reason given)"
	}
	return strings.Join(reason, " ")
}

func (s *summary) finish() int {
	if len(s.skipped) > 0 {
		// Skips with one reason are listed together: one line says what
		// enables them all.
		byReason := map[string][]string{}
		for _, sk := range s.skipped {
			byReason[sk.reason] = append(byReason[sk.reason], strings.TrimPrefix(sk.key.pkg, "isobar.dev/isobar/")+"."+sk.key.test)
		}
		reasons := make([]string, 0, len(byReason))
		for r := range byReason {
			reasons = append(reasons, r)
		}
		slices.Sort(reasons)
		fmt.Fprintf(s.out, "\n%d tests skipped:\n", len(s.skipped))
		for _, r := range reasons {
			tests := byReason[r]
			slices.Sort(tests)
			fmt.Fprintf(s.out, "- %s\n  %s\n", r, strings.Join(tests, ", "))
		}
	}
	if len(s.failedPkgs) > 0 {
		fmt.Fprintf(s.out, "\nfailed packages: %s\n", strings.Join(s.failedPkgs, ", "))
	}
	fmt.Fprintf(s.out, "\n%d passed, %d failed, %d skipped\n", s.passed, s.failed, s.skipN)
	switch {
	case s.failed > 0 || len(s.failedPkgs) > 0 || s.buildFailed:
		return 1
	case s.passed == 0:
		fmt.Fprintln(s.out, "no test ran")
		return 1
	}
	return 0
}
