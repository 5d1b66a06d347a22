package milp

import (
	"context"
	"os"
	"strconv"
	"testing"
	"time"
)

func TestDebugInstance(t *testing.T) {
	w, _ := strconv.Atoi(os.Getenv("DW"))
	c, _ := strconv.Atoi(os.Getenv("DC"))
	if w == 0 {
		t.Skip()
	}
	m := randomInstance(genParams{seed: 1, workloads: w, clusters: c})
	t.Logf("vars %d rows %d", len(m.Vars), len(m.Rows))
	start := time.Now()
	lp, err := SolveLP(context.Background(), m)
	t.Logf("LP: %v %v obj=%v iters=%d %v", err, lp.Status, lp.Objective, lp.Iterations, time.Since(start))
	start = time.Now()
	res, err := Solve(context.Background(), m, Options{TimeLimit: 20 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("MILP: %v obj=%v bound=%v nodes=%d iters=%d %v", res.Status, res.Objective, res.Bound, res.Nodes, res.Iterations, time.Since(start))
}

func TestDebugExternal(t *testing.T) {
	w, _ := strconv.Atoi(os.Getenv("DW"))
	c, _ := strconv.Atoi(os.Getenv("DC"))
	if w == 0 {
		t.Skip()
	}
	m := randomInstance(genParams{seed: 1, workloads: w, clusters: c})
	f, _ := os.Create("/tmp/dbg.mps")
	m.WriteMPS(f)
	f.Close()
	for _, s := range []string{"cbc", "glpk"} {
		start := time.Now()
		res, err := SolveExternal(context.Background(), m, s, Options{TimeLimit: 20 * time.Second})
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %v obj=%v %v", s, res.Status, res.Objective, time.Since(start))
	}
}
