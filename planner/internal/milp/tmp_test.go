package milp

import (
	"context"
	"os"
	"strconv"
	"testing"
	"time"
)

func TestTmpScale(t *testing.T) {
	w, _ := strconv.Atoi(os.Getenv("DW"))
	if w == 0 {
		t.Skip()
	}
	c, _ := strconv.Atoi(os.Getenv("DC"))
	m := randomInstance(genParams{seed: 1, workloads: w, clusters: c})
	t.Logf("%d vars %d rows", len(m.Vars), len(m.Rows))
	lp, err := SolveLP(context.Background(), m)
	t.Logf("LP %v %s %v iters %d in %v", err, lp.Status, lp.Objective, lp.Iterations, lp.Duration)
	traceBB = func(f string, a ...any) {
		if f[0] != 'n' && f[0] != ' ' {
			t.Logf(f, a...)
		}
	}
	defer func() { traceBB = nil }()
	res, err := Solve(context.Background(), m, Options{TimeLimit: 60 * time.Second})
	t.Logf("MILP %v %s %v bound %v nodes %d iters %d in %v", err, res.Status, res.Objective, res.Bound, res.Nodes, res.Iterations, res.Duration)
	if os.Getenv("CBC") != "" {
		r, err := SolveExternal(context.Background(), m, SolverCBC, Options{TimeLimit: 60 * time.Second})
		t.Logf("CBC %v %s %v in %v", err, r.Status, r.Objective, r.Duration)
	}
}
