// Command solverbench measures the built isobar binary's planner against
// HiGHS (the npm package highs, WebAssembly, under node) and CBC (Debian's
// coinor-cbc) on a generated suite of instances from 5 × 3 to 200 × 50
// (workloads × clusters): binding and squeezed team budgets, CPU and GPUs
// short, residency confined to no cluster or to one small one, spread, and
// cost, latency, carbon and weighted objectives (package synth makes
// them, deterministic in the seed).
//
// Each instance is written as CUE into a temporary folder and planned by
// `isobar plan DIR --time-limit L -o json --export-mps m.mps`; HiGHS and
// CBC then solve the model it exported with the same limit and gap, one
// run after another, never side by side. It prints a Markdown table (wall
// time, verdict and peak memory of each, the ratios of time and objective
// to HiGHS's) and a summary, and with -docs writes them into a Markdown
// file between the markers <!-- solverbench:begin --> and
// <!-- solverbench:end -->. A verdict of the built-in planner that
// contradicts a reference (infeasible where one found a plan, or a plan
// where one proved none) is reported on standard error and makes the
// command exit 1.
//
// HiGHS is a benchmark dependency only: it is installed on first use into
// the tools cache ($ISOBAR_CACHE/tools, $XDG_CACHE_HOME/isobar/tools or
// ~/.cache/isobar/tools) with npm, and run by hack/highs.mjs.
//
//	make bench-highs
//	go run ./planner/internal/solverbench -isobar bin/isobar -run 'budgets|cpu-short' -limit 10s
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"time"

	"isobar.dev/isobar/planner/internal/synth"
	"isobar.dev/isobar/providers"
)

func main() {
	// Interrupted or terminated, the solver running is killed with it.
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Main(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

// config is the command's flags, checked once.
type config struct {
	isobar, cbc, script, docs, work, note string
	filter                                *regexp.Regexp
	limit                                 time.Duration
	gap                                   float64
	seed                                  uint64
	keep                                  bool
}

// parseFlags reads and checks the flags.
func parseFlags(args []string, stderr io.Writer) (*config, error) {
	fs := flag.NewFlagSet("solverbench", flag.ContinueOnError)
	fs.SetOutput(stderr)
	c := &config{}
	var run string
	fs.StringVar(&c.isobar, "isobar", "bin/isobar", "the built isobar binary to measure (make build)")
	fs.StringVar(&run, "run", "", "plan only the instances whose name (kind-NxM) matches this regular expression")
	fs.DurationVar(&c.limit, "limit", 10*time.Second, "time limit of every solve (isobar plan --time-limit, HiGHS time_limit, CBC -sec)")
	fs.Float64Var(&c.gap, "gap", 1e-6, "relative optimality gap every solver stops at")
	fs.Uint64Var(&c.seed, "seed", 42, "seed of the instance generator")
	fs.StringVar(&c.cbc, "cbc", "cbc", "the CBC binary (Debian's coinor-cbc); empty: leave CBC out")
	fs.StringVar(&c.script, "highs-runner", "", "the HiGHS runner script (default: hack/highs.mjs of the module)")
	fs.StringVar(&c.docs, "docs", "", "also write the table into this Markdown file, between <!-- solverbench:begin --> and <!-- solverbench:end -->")
	fs.StringVar(&c.note, "note", "", "a sentence about the machine to print with the results (such as its load)")
	fs.StringVar(&c.work, "work", "", "folder for the instances and models (default: a temporary one, removed at the end)")
	fs.BoolVar(&c.keep, "keep", false, "keep the instances and models (with -work, they are always kept)")
	if err := fs.Parse(args); err != nil {
		return nil, err
	}
	if fs.NArg() > 0 {
		return nil, fmt.Errorf("unexpected argument %q: solverbench takes flags only", fs.Arg(0))
	}
	var err error
	if c.filter, err = regexp.Compile(run); err != nil {
		return nil, fmt.Errorf("invalid -run %q: %w", run, err)
	}
	if c.limit <= 0 {
		return nil, fmt.Errorf("invalid -limit %s: expected a positive duration", c.limit)
	}
	if !(c.gap >= 0 && c.gap < 1) {
		return nil, fmt.Errorf("invalid -gap %g: expected a relative gap in [0, 1)", c.gap)
	}
	if c.isobar, err = filepath.Abs(c.isobar); err != nil {
		return nil, err
	}
	if st, err := os.Stat(c.isobar); err != nil || st.IsDir() {
		return nil, fmt.Errorf("isobar binary %s not found: build it with make build, or name it with -isobar", c.isobar)
	}
	if c.script == "" {
		root, err := moduleRoot()
		if err != nil {
			return nil, err
		}
		c.script = filepath.Join(root, "hack", "highs.mjs")
	}
	if c.cbc != "" {
		path, err := exec.LookPath(c.cbc)
		if err != nil {
			fmt.Fprintf(stderr, "cbc not found (%v): CBC is left out; sudo apt-get install coinor-cbc adds it\n", err)
			path = ""
		}
		c.cbc = path
	}
	return c, nil
}

// Main runs the benchmark and returns the exit code: 0, 1 when a verdict
// of the built-in planner contradicts a reference, 2 on a usage error or
// when the benchmark could not run.
func Main(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	c, err := parseFlags(args, stderr)
	if errors.Is(err, flag.ErrHelp) {
		return 0
	}
	if err != nil {
		fmt.Fprintln(stderr, "solverbench:", err)
		return 2
	}
	rows, err := bench(ctx, c, stderr)
	if err != nil {
		fmt.Fprintln(stderr, "solverbench:", err)
		return 2
	}
	rep := report{rows: rows, limit: c.limit, gap: c.gap, seed: c.seed, note: c.note, at: time.Now().UTC(), machine: machine()}
	md := rep.markdown()
	fmt.Fprint(stdout, md)
	if c.docs != "" {
		if err := writeBetweenMarkers(c.docs, md); err != nil {
			fmt.Fprintln(stderr, "solverbench:", err)
			return 2
		}
	}
	bugs := rep.wrongVerdicts()
	for _, b := range bugs {
		fmt.Fprintln(stderr, "WRONG VERDICT:", b)
	}
	if len(bugs) > 0 {
		return 1
	}
	return 0
}

// bench builds and runs every instance the filter selects, one after
// another.
func bench(ctx context.Context, c *config, log io.Writer) ([]row, error) {
	cat, err := providers.Builtin()
	if err != nil {
		return nil, err
	}
	var h *highs
	h, err = findHiGHS(ctx, c.script)
	if errors.Is(err, errNoHiGHS) {
		fmt.Fprintf(log, "%v: HiGHS is left out\n", err)
	} else if err != nil {
		return nil, err
	}
	work := c.work
	if work == "" {
		if work, err = os.MkdirTemp("", "solverbench-"); err != nil {
			return nil, err
		}
		if !c.keep {
			defer os.RemoveAll(work)
		} else {
			fmt.Fprintf(log, "instances and models kept in %s\n", work)
		}
	}
	var rows []row
	for _, x := range suite() {
		if !c.filter.MatchString(x.name) {
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		r, err := benchOne(ctx, c, cat, h, x, filepath.Join(work, x.name))
		if err != nil {
			return nil, err
		}
		fmt.Fprintln(log, r.progress())
		rows = append(rows, r)
	}
	if len(rows) == 0 {
		return nil, fmt.Errorf("no instance matches -run %q", c.filter)
	}
	return rows, nil
}

// benchOne writes the instance into dir and runs the three solvers on it.
func benchOne(ctx context.Context, c *config, cat *providers.Catalog, h *highs, x instance, dir string) (row, error) {
	r := row{inst: x, highs: Outcome{Verdict: Skipped}, cbc: Outcome{Verdict: Skipped}}
	in, ok, err := x.build(ctx, cat, c.seed)
	if err != nil {
		return r, err
	}
	if !ok {
		r.built = Outcome{Verdict: Skipped, Note: "the instance has no " + x.fam.kind + " feature at this size"}
		return r, nil
	}
	b, err := synth.CUE(in)
	if err != nil {
		return r, fmt.Errorf("instance %s: %w", x.name, err)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return r, err
	}
	if err := os.WriteFile(filepath.Join(dir, "intent.cue"), b, 0o644); err != nil {
		return r, err
	}
	mps := filepath.Join(dir, "..", x.name+".mps")
	_ = os.Remove(mps)
	var model bool
	r.built, model, err = runBuiltin(ctx, c.isobar, dir, mps, c.limit, c.gap)
	if err != nil {
		return r, fmt.Errorf("instance %s: %w", x.name, err)
	}
	if !model && !r.built.Verdict.hasPlan() && r.built.Verdict != Infeasible {
		// Without a verdict isobar plan writes no model: a second,
		// untimed run that stops at any plan within a gap of 50% (the
		// same model; the gap is not part of it) gives it to the others.
		model, err = exportModel(ctx, c.isobar, dir, mps)
		if err != nil {
			return r, fmt.Errorf("instance %s: %w", x.name, err)
		}
		r.modelNote = "model from a second isobar run with --gap 0.5"
	}
	if !model {
		why := "no model: isobar plan wrote none"
		switch {
		case r.built.Verdict == Infeasible:
			why = "no model: proven infeasible before one was built"
		case r.built.Verdict.hasPlan():
			why = "no model: planned without one whole model"
		}
		r.highs.Note, r.cbc.Note = why, why
		return r, nil
	}
	if h != nil {
		if r.highs, err = runHiGHS(ctx, h, mps, c.limit, c.gap); err != nil {
			return r, fmt.Errorf("instance %s: %w", x.name, err)
		}
	} else {
		r.highs.Note = "HiGHS not available"
	}
	if c.cbc != "" {
		if r.cbc, err = runCBC(ctx, c.cbc, mps, c.limit, c.gap); err != nil {
			return r, fmt.Errorf("instance %s: %w", x.name, err)
		}
	} else {
		r.cbc.Note = "cbc not installed"
	}
	return r, nil
}

// moduleRoot is the folder holding go.mod, from the working directory up.
func moduleRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("no go.mod above the working directory: name the HiGHS runner with -highs-runner")
		}
		dir = parent
	}
}

// machine describes the computer: CPU model and count, memory, kernel.
func machine() string {
	var parts []string
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		model, n := "", 0
		for _, line := range strings.Split(string(b), "\n") {
			k, v, ok := strings.Cut(line, ":")
			if !ok {
				continue
			}
			switch strings.TrimSpace(k) {
			case "model name":
				model = strings.TrimSpace(v)
			case "processor":
				n++
			}
		}
		if model != "" {
			parts = append(parts, fmt.Sprintf("%d × %s", n, model))
		}
	}
	if b, err := os.ReadFile("/proc/meminfo"); err == nil {
		var kib int64
		if _, err := fmt.Sscanf(string(b), "MemTotal: %d kB", &kib); err == nil {
			parts = append(parts, fmt.Sprintf("%.0f GiB memory", float64(kib)/(1<<20)))
		}
	}
	if b, err := os.ReadFile("/proc/sys/kernel/osrelease"); err == nil {
		parts = append(parts, "Linux "+strings.TrimSpace(string(b)))
	}
	if len(parts) == 0 {
		return "unknown machine"
	}
	return strings.Join(parts, ", ")
}
