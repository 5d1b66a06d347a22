package milp

import (
	"bufio"
	"bytes"
	"context"
	"errors"
	"fmt"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// External solver names accepted by SolveExternal.
const (
	SolverCBC  = "cbc"
	SolverGLPK = "glpk"
)

// externalMargin is the least time an external solver is asked to stop
// before the context's deadline, to start, stop and write its solution.
const externalMargin = 300 * time.Millisecond

// ErrSolverNotFound is returned (wrapped) by SolveExternal when the
// solver's binary is not installed.
var ErrSolverNotFound = errors.New("external solver not found")

// SolveExternal solves m with an external solver: solver "cbc" runs COIN-OR
// CBC (`cbc`, Debian package coinor-cbc) and "glpk" runs GLPK (`glpsol`,
// Debian package glpk-utils). The model is written as free MPS to a
// temporary directory, the solver is run with Options.TimeLimit and
// Options.Gap, and its solution file is read back: Status, Objective
// (recomputed from X), X (integers rounded) and, when optimal, Bound =
// Objective; otherwise Bound is CBC's proven lower bound as it prints it,
// or −Inf (glpsol does not report one).
// Options.NodeLimit and Options.Incumbent are ignored.
//
// A deadline on the context is a time limit like Options.TimeLimit (the
// earlier one counts): the solver is asked to stop a little before it, so
// that it still writes its best solution, and killed at it. A solve the
// deadline ends is not an error: its status is NoSolution, or Feasible
// when the solver wrote a solution. Cancelling the context kills the
// solver and returns the context's error.
func SolveExternal(ctx context.Context, m *Model, solver string, opts Options) (*Result, error) {
	start := time.Now()
	if ctx == nil {
		ctx = context.Background()
	}
	if m == nil {
		return nil, errNilModel
	}
	var bin, pkg string
	switch solver {
	case SolverCBC:
		bin, pkg = "cbc", "coinor-cbc"
	case SolverGLPK:
		bin, pkg = "glpsol", "glpk-utils"
	default:
		return nil, fmt.Errorf("milp: unknown external solver %q (want %q or %q)", solver, SolverCBC, SolverGLPK)
	}
	path, err := exec.LookPath(bin)
	if err != nil {
		return nil, fmt.Errorf("milp: %w: %s is not installed or not on PATH (Debian package %s)", ErrSolverNotFound, bin, pkg)
	}
	if err := m.Validate(); err != nil {
		return nil, err
	}
	for _, v := range m.Vars {
		if v.Integer && math.Ceil(v.Lower-1e-9) > math.Floor(v.Upper+1e-9) {
			// Neither solver accepts such bounds; the answer is known.
			res := &Result{Status: Infeasible}
			finish(m, res)
			res.Duration = time.Since(start)
			return res, nil
		}
	}
	dir, err := os.MkdirTemp("", "isobar-milp-")
	if err != nil {
		return nil, fmt.Errorf("milp: %w", err)
	}
	defer os.RemoveAll(dir)
	mps := filepath.Join(dir, "model.mps")
	sol := filepath.Join(dir, "solution.txt")
	f, err := os.Create(mps)
	if err != nil {
		return nil, fmt.Errorf("milp: %w", err)
	}
	if err := m.WriteMPS(f); err != nil {
		f.Close()
		return nil, err
	}
	if err := f.Close(); err != nil {
		return nil, fmt.Errorf("milp: %w", err)
	}
	gap := opts.Gap
	if gap <= 0 {
		gap = defaultGap
	}
	limit := opts.TimeLimit
	if d, ok := ctx.Deadline(); ok {
		// The solver checks its clock between steps and then writes its
		// solution: ask it to stop early enough for both.
		left := time.Until(d)
		left -= max(externalMargin, left/5)
		if limit <= 0 || left < limit {
			limit = max(left, time.Millisecond)
		}
	}
	var args []string
	switch solver {
	case SolverCBC:
		args = []string{mps}
		if limit > 0 {
			// Wall-clock time: CPU time runs slower on a busy machine.
			args = append(args, "-timeMode", "elapsed", "-sec", fmtNum(limit.Seconds()))
		}
		args = append(args, "-ratioGap", fmtNum(gap), "-solve", "-solution", sol)
	case SolverGLPK:
		args = []string{"--freemps", mps, "-w", sol, "--mipgap", fmtNum(gap)}
		if limit > 0 {
			// Whole seconds only: rounded down, the context's deadline
			// kills it if it overruns.
			args = append(args, "--tmlim", strconv.Itoa(max(1, int(limit.Seconds()))))
		}
	}
	cmd := exec.CommandContext(ctx, path, args...)
	cmd.Dir = dir
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	runErr := cmd.Run()
	if err := ctx.Err(); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return nil, fmt.Errorf("milp: %s: %w", bin, err)
	}
	data, err := os.ReadFile(sol)
	if err != nil && ctx.Err() != nil {
		// Killed at the deadline before it wrote a solution.
		res := &Result{Status: NoSolution}
		finish(m, res)
		res.Duration = time.Since(start)
		return res, nil
	}
	if err != nil {
		if runErr == nil {
			runErr = err
		}
		return nil, fmt.Errorf("milp: %s wrote no solution: %w: %s", bin, runErr, tail(out.String(), 800))
	}
	var res *Result
	if solver == SolverCBC {
		res, err = parseCBC(m, data)
		if err == nil && res.Status == Feasible {
			cbcBound(res, out.String())
		}
		if err == nil && res.Status == Infeasible && limit > 0 && time.Since(start) >= limit &&
			strings.Contains(out.String(), "Pre-processing says infeasible") {
			// Preprocessing cut short by the time limit reports the
			// model infeasible without a proof (CBC 2.10): no verdict.
			res = &Result{Status: NoSolution}
			finish(m, res)
		}
	} else {
		res, err = parseGLPK(m, data, out.String())
	}
	if err != nil && ctx.Err() != nil {
		// Killed at the deadline while it wrote its solution.
		res = &Result{Status: NoSolution}
		finish(m, res)
		err = nil
	}
	if err != nil {
		return nil, fmt.Errorf("milp: reading %s solution: %w (output: %s)", bin, err, tail(out.String(), 800))
	}
	res.Duration = time.Since(start)
	return res, nil
}

// tail returns the last n bytes of s.
func tail(s string, n int) string {
	s = strings.TrimSpace(s)
	if len(s) > n {
		s = "…" + s[len(s)-n:]
	}
	return s
}

// finish fills Objective, Bound and Gap from X and the status.
func finish(m *Model, res *Result) {
	switch res.Status {
	case Optimal, Feasible:
		res.X = clampX(m, res.X, true)
		res.Objective = m.Objective(res.X)
		res.Bound = math.Inf(-1)
		res.Gap = math.Inf(1)
		if res.Status == Optimal {
			res.Bound = res.Objective
			res.Gap = 0
		}
	case Infeasible:
		res.X = nil
		res.Objective, res.Bound = math.Inf(1), math.Inf(1)
	case Unbounded:
		res.X = nil
		res.Objective, res.Bound = math.Inf(-1), math.Inf(-1)
	default:
		res.X = nil
		res.Objective, res.Bound, res.Gap = math.Inf(1), math.Inf(-1), math.Inf(1)
	}
}

// cbcBound reads the proven lower bound CBC prints when a limit stops it
// ("Lower bound: 20698.222") into a feasible result.
func cbcBound(res *Result, output string) {
	for _, line := range strings.Split(output, "\n") {
		rest, ok := strings.CutPrefix(strings.TrimSpace(line), "Lower bound:")
		if !ok {
			continue
		}
		if b, err := strconv.ParseFloat(strings.TrimSpace(rest), 64); err == nil && b <= res.Objective {
			res.Bound = b
			res.Gap = (res.Objective - b) / math.Max(1, math.Abs(res.Objective))
		}
	}
}

// parseCBC reads a CBC solution file: a status line such as
// "Optimal - objective value 12.5", then one line per nonzero column:
// "index name value reduced-cost" (possibly prefixed by "**" when the
// value is infeasible). Columns not listed are zero.
func parseCBC(m *Model, data []byte) (*Result, error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	if !sc.Scan() {
		return nil, errors.New("empty solution file")
	}
	head := strings.ToLower(strings.TrimSpace(sc.Text()))
	res := &Result{}
	switch {
	case strings.HasPrefix(head, "optimal"):
		res.Status = Optimal
	case strings.Contains(head, "infeasible"):
		res.Status = Infeasible
	case strings.Contains(head, "unbounded"):
		res.Status = Unbounded
	case strings.HasPrefix(head, "stopped"):
		if strings.Contains(head, "no integer solution") || strings.Contains(head, "objective value 1e+50") {
			res.Status = NoSolution
		} else {
			res.Status = Feasible
		}
	default:
		return nil, fmt.Errorf("unrecognised status line %q", head)
	}
	if res.Status == Optimal || res.Status == Feasible {
		res.X = make([]float64, len(m.Vars))
		for sc.Scan() {
			fs := strings.Fields(sc.Text())
			if len(fs) > 0 && fs[0] == "**" {
				fs = fs[1:]
			}
			if len(fs) < 3 {
				continue
			}
			j, err := strconv.Atoi(fs[0])
			if err != nil || j < 0 || j >= len(m.Vars) {
				return nil, fmt.Errorf("bad column line %q", sc.Text())
			}
			if fs[1] != m.Vars[j].Name {
				return nil, fmt.Errorf("column %d is %q in the solution, %q in the model", j, fs[1], m.Vars[j].Name)
			}
			v, err := strconv.ParseFloat(fs[2], 64)
			if err != nil {
				return nil, fmt.Errorf("bad value in %q", sc.Text())
			}
			res.X[j] = v
		}
		if err := sc.Err(); err != nil {
			return nil, err
		}
	}
	finish(m, res)
	return res, nil
}

// parseGLPK reads a GLPK solution written by `glpsol -w` (GLPK ≥ 4.57):
// comment lines "c …", a solution line "s mip ROWS COLS STAT OBJ" or
// "s bas ROWS COLS PSTAT DSTAT OBJ", row lines "i …", column lines
// "j INDEX VALUE" (mip) or "j INDEX STAT VALUE DUAL" (bas), and "e o f".
//
// With its presolver on, glpsol writes an "undefined" status for
// infeasible and unbounded problems; the terminal output says which, so it
// is consulted then.
func parseGLPK(m *Model, data []byte, log string) (*Result, error) {
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	res := &Result{}
	kind := ""
	for sc.Scan() {
		fs := strings.Fields(sc.Text())
		if len(fs) == 0 {
			continue
		}
		switch fs[0] {
		case "s":
			if len(fs) < 6 {
				return nil, fmt.Errorf("bad solution line %q", sc.Text())
			}
			kind = fs[1]
			switch kind {
			case "mip":
				switch fs[4] {
				case "o":
					res.Status = Optimal
				case "f":
					res.Status = Feasible
				case "n":
					res.Status = Infeasible
				default:
					res.Status = NoSolution
				}
			case "bas", "ipt":
				if len(fs) < 7 {
					return nil, fmt.Errorf("bad solution line %q", sc.Text())
				}
				switch {
				case fs[4] == "f" && fs[5] == "f":
					res.Status = Optimal
				case fs[4] == "n" || fs[4] == "i":
					res.Status = Infeasible
				case fs[4] == "f" && fs[5] == "n":
					res.Status = Unbounded
				case fs[4] == "f":
					res.Status = Feasible
				default:
					res.Status = NoSolution
				}
			default:
				return nil, fmt.Errorf("unknown solution kind %q", kind)
			}
			if res.Status == Optimal || res.Status == Feasible {
				res.X = make([]float64, len(m.Vars))
			}
		case "j":
			if res.X == nil {
				continue
			}
			idx := 2 // mip: j index value
			if kind != "mip" {
				idx = 3 // bas: j index status value dual
			}
			if len(fs) <= idx {
				return nil, fmt.Errorf("bad column line %q", sc.Text())
			}
			j, err := strconv.Atoi(fs[1])
			if err != nil || j < 1 || j > len(m.Vars) {
				return nil, fmt.Errorf("bad column line %q", sc.Text())
			}
			v, err := strconv.ParseFloat(fs[idx], 64)
			if err != nil {
				return nil, fmt.Errorf("bad value in %q", sc.Text())
			}
			res.X[j-1] = v
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	if kind == "" {
		return nil, errors.New("no solution line")
	}
	if res.Status == NoSolution {
		switch up := strings.ToUpper(log); {
		case strings.Contains(up, "UNBOUNDED PRIMAL SOLUTION"), strings.Contains(up, "NO DUAL FEASIBLE SOLUTION"):
			res.Status = Unbounded
		case strings.Contains(up, "NO PRIMAL FEASIBLE SOLUTION"), strings.Contains(up, "NO INTEGER FEASIBLE SOLUTION"):
			res.Status = Infeasible
		}
	}
	finish(m, res)
	return res, nil
}
