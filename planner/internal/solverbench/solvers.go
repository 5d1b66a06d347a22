package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// Verdict is what a solver concluded about an instance.
type Verdict string

// Verdicts.
const (
	Optimal    Verdict = "optimal"
	Feasible   Verdict = "feasible" // a plan, with a gap the time left open
	Infeasible Verdict = "infeasible"
	NoVerdict  Verdict = "no verdict"
	Failed     Verdict = "error"   // the run failed: a crash, a kill, output not understood
	Skipped    Verdict = "not run" // no model, or the solver is missing
)

// hasPlan reports whether the verdict comes with a plan.
func (v Verdict) hasPlan() bool { return v == Optimal || v == Feasible }

// Outcome is one solver's run on one instance.
type Outcome struct {
	Verdict Verdict
	// Objective and Gap hold for a plan (Gap: relative, 0 when optimal;
	// NaN when the solver proved no bound).
	Objective, Gap float64
	// Wall is the process's wall-clock time, start to exit; CPU its user
	// and system CPU time, which depends less on what else the machine
	// runs.
	Wall, CPU time.Duration
	// SolveCPU is the CPU time of HiGHS's solve alone (reading the model
	// included; node's start and the WebAssembly compilation left out).
	SolveCPU time.Duration
	// RSSKiB is the process's peak resident memory.
	RSSKiB int64
	// Note says why a run failed or was skipped.
	Note string
}

// process is one finished subprocess.
type process struct {
	stdout, stderr []byte
	exit           int // -1 when killed by a signal
	wall, cpu      time.Duration
	rssKiB         int64
	killed         bool // by the harness, past its hard limit
}

// run runs name with args, killing it after hard (the harness's guard
// against a run that ignores its own limit).
func run(ctx context.Context, hard time.Duration, env []string, name string, args ...string) (*process, error) {
	ctx, cancel := context.WithTimeout(ctx, hard)
	defer cancel()
	cmd := exec.CommandContext(ctx, name, args...)
	if env != nil {
		cmd.Env = append(os.Environ(), env...)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	start := time.Now()
	err := cmd.Run()
	p := &process{stdout: stdout.Bytes(), stderr: stderr.Bytes(), wall: time.Since(start)}
	if cmd.ProcessState == nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		p.rssKiB = ru.Maxrss // KiB on Linux
		p.cpu = time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	}
	p.exit = cmd.ProcessState.ExitCode()
	p.killed = ctx.Err() != nil
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return p, nil
}

// hardLimit is how long the harness lets a run with the time limit given
// go on before it kills it: well past any promise, so that a kill is a
// defect and not a slow machine.
func hardLimit(limit time.Duration) time.Duration { return 3*limit + 30*time.Second }

// builtinPlan is the part of the Plan contract the benchmark reads.
type builtinPlan struct {
	Status string `json:"status"`
	Solver struct {
		Objective float64 `json:"objective"`
		Gap       float64 `json:"gap"`
	} `json:"solver"`
}

// parseBuiltin reads the outcome of `isobar plan -o json` from its
// output and exit code: a plan on exit 0, an Infeasible plan on exit 1,
// and "no verdict" on standard error with exit 1.
func parseBuiltin(stdout, stderr []byte, exit int) Outcome {
	var p builtinPlan
	jsonErr := json.Unmarshal(stdout, &p)
	switch {
	case exit == 0 && jsonErr == nil && (p.Status == "Optimal" || p.Status == "Feasible"):
		v := Optimal
		if p.Status == "Feasible" {
			v = Feasible
		}
		return Outcome{Verdict: v, Objective: p.Solver.Objective, Gap: p.Solver.Gap}
	case exit == 1 && jsonErr == nil && p.Status == "Infeasible":
		return Outcome{Verdict: Infeasible}
	case exit == 1 && bytes.Contains(stderr, []byte("no verdict")):
		return Outcome{Verdict: NoVerdict}
	case exit == 0 && jsonErr == nil:
		return Outcome{Verdict: Failed, Note: fmt.Sprintf("plan status %q not understood", p.Status)}
	}
	return Outcome{Verdict: Failed, Note: fmt.Sprintf("exit code %d: %s", exit, lastLine(stderr))}
}

// runBuiltin plans dir with the built binary and writes the model it
// solved to mps. It reports whether the model was written. Contingency
// plans are off: the suite compares the solve of one model.
func runBuiltin(ctx context.Context, bin, dir, mps string, limit time.Duration, gap float64) (Outcome, bool, error) {
	p, err := run(ctx, hardLimit(limit), nil, bin, "plan", dir, "--time-limit", limit.String(),
		"--gap", strconv.FormatFloat(gap, 'g', -1, 64), "-o", "json", "--export-mps", mps, "--no-contingency")
	if err != nil {
		return Outcome{}, false, err
	}
	out := parseBuiltin(p.stdout, p.stderr, p.exit)
	if p.killed {
		out = Outcome{Verdict: Failed, Note: fmt.Sprintf("killed after %s", hardLimit(limit))}
	}
	out.Wall, out.CPU, out.RSSKiB = p.wall, p.cpu, p.rssKiB
	st, err := os.Stat(mps)
	return out, err == nil && st.Size() > 0, nil
}

// exportModel has the built binary write the model of dir to mps
// without timing it: it plans to a gap of 50%, within two minutes. It
// reports whether the model was written.
func exportModel(ctx context.Context, bin, dir, mps string) (bool, error) {
	const limit = 2 * time.Minute
	if _, err := run(ctx, hardLimit(limit), nil, bin, "plan", dir, "--time-limit", limit.String(),
		"--gap", "0.5", "-o", "json", "--export-mps", mps, "--no-contingency"); err != nil {
		return false, err
	}
	st, err := os.Stat(mps)
	return err == nil && st.Size() > 0, nil
}

// highsResult is the line hack/highs.mjs prints.
type highsResult struct {
	Status      int      `json:"status"`
	HasSolution bool     `json:"hasSolution"`
	Objective   *float64 `json:"objective"`
	Bound       *float64 `json:"bound"`
	CPUSeconds  float64  `json:"cpuSeconds"`
}

// HiGHS model status codes.
const (
	highsOptimal    = 7
	highsInfeasible = 8
	highsTimeLimit  = 13
)

// parseHiGHS reads the outcome from hack/highs.mjs's line.
func parseHiGHS(stdout []byte) Outcome {
	var r highsResult
	line := lastLine(stdout)
	if err := json.Unmarshal([]byte(line), &r); err != nil {
		return Outcome{Verdict: Failed, Note: fmt.Sprintf("output not understood: %q", line)}
	}
	out := highsOutcome(r)
	out.SolveCPU = time.Duration(r.CPUSeconds * float64(time.Second))
	return out
}

func highsOutcome(r highsResult) Outcome {
	switch {
	case r.Status == highsOptimal && r.Objective != nil:
		return Outcome{Verdict: Optimal, Objective: *r.Objective}
	case r.Status == highsInfeasible:
		return Outcome{Verdict: Infeasible}
	case r.HasSolution && r.Objective != nil:
		out := Outcome{Verdict: Feasible, Objective: *r.Objective, Gap: math.NaN()}
		if r.Bound != nil && !math.IsInf(*r.Bound, 0) {
			out.Gap = relGap(*r.Objective, *r.Bound)
		}
		return out
	case r.Status == highsTimeLimit:
		return Outcome{Verdict: NoVerdict}
	}
	return Outcome{Verdict: Failed, Note: fmt.Sprintf("HiGHS model status %d", r.Status)}
}

// runHiGHS solves mps with HiGHS under node.
func runHiGHS(ctx context.Context, h *highs, mps string, limit time.Duration, gap float64) (Outcome, error) {
	p, err := run(ctx, hardLimit(limit), []string{"NODE_PATH=" + h.modules}, h.node, h.script, mps,
		strconv.FormatFloat(limit.Seconds(), 'g', -1, 64), strconv.FormatFloat(gap, 'g', -1, 64))
	if err != nil {
		return Outcome{}, err
	}
	out := parseHiGHS(p.stdout)
	switch {
	case p.killed:
		out = Outcome{Verdict: Failed, Note: fmt.Sprintf("killed after %s", hardLimit(limit))}
	case p.exit != 0:
		out = Outcome{Verdict: Failed, Note: fmt.Sprintf("exit code %d: %s", p.exit, lastLine(p.stderr))}
	}
	out.Wall, out.CPU, out.RSSKiB = p.wall, p.cpu, p.rssKiB
	return out, nil
}

// parseCBC reads the outcome from CBC's standard output.
func parseCBC(stdout []byte) Outcome {
	s := string(stdout)
	objective, hasObjective := math.NaN(), false
	bound := math.NaN()
	for _, line := range strings.Split(s, "\n") {
		line = strings.TrimSpace(line)
		if rest, ok := strings.CutPrefix(line, "Objective value:"); ok {
			if v, err := strconv.ParseFloat(strings.TrimSpace(rest), 64); err == nil && math.Abs(v) < 1e49 {
				objective, hasObjective = v, true
			}
		}
		if rest, ok := strings.CutPrefix(line, "Lower bound:"); ok {
			if v, err := strconv.ParseFloat(strings.TrimSpace(rest), 64); err == nil {
				bound = v
			}
		}
	}
	switch {
	case strings.Contains(s, "Result - Optimal solution found") && hasObjective:
		return Outcome{Verdict: Optimal, Objective: objective}
	case strings.Contains(s, "Problem is infeasible"), strings.Contains(s, "Result - Problem proven infeasible"),
		strings.Contains(s, "Result - Linear relaxation infeasible"), strings.Contains(s, "Result - Integer infeasible"):
		return Outcome{Verdict: Infeasible}
	case strings.Contains(s, "Pre-processing says infeasible or unbounded"):
		// Seen on feasible models when the time limit cuts the
		// preprocessing short: a verdict, but not a proof to trust alone.
		return Outcome{Verdict: Infeasible, Note: "by preprocessing"}
	case strings.Contains(s, "Result - Stopped on time limit") && hasObjective && !strings.Contains(s, "No feasible solution found"):
		out := Outcome{Verdict: Feasible, Objective: objective, Gap: math.NaN()}
		if !math.IsNaN(bound) {
			out.Gap = relGap(objective, bound)
		}
		return out
	case strings.Contains(s, "Result - Stopped on time limit"):
		return Outcome{Verdict: NoVerdict}
	}
	return Outcome{Verdict: Failed, Note: "output not understood: " + lastLine(stdout)}
}

// runCBC solves mps with CBC, by wall-clock time.
func runCBC(ctx context.Context, cbc, mps string, limit time.Duration, gap float64) (Outcome, error) {
	p, err := run(ctx, hardLimit(limit), nil, cbc, mps, "-timeMode", "elapsed",
		"-sec", strconv.FormatFloat(limit.Seconds(), 'g', -1, 64), "-ratioGap", strconv.FormatFloat(gap, 'g', -1, 64), "-solve", "-quit")
	if err != nil {
		return Outcome{}, err
	}
	out := parseCBC(p.stdout)
	if p.killed {
		out = Outcome{Verdict: Failed, Note: fmt.Sprintf("killed after %s", hardLimit(limit))}
	}
	out.Wall, out.CPU, out.RSSKiB = p.wall, p.cpu, p.rssKiB
	return out, nil
}

// relGap is the relative gap between a plan's objective and a proven
// bound, as the planner reports it.
func relGap(value, bound float64) float64 {
	return math.Max(0, value-bound) / math.Max(1, math.Abs(value))
}

// lastLine is the last non-empty line of b, at most 300 bytes of it.
func lastLine(b []byte) string {
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	s := strings.TrimSpace(lines[len(lines)-1])
	if len(s) > 300 {
		s = s[:300] + "…"
	}
	return s
}
