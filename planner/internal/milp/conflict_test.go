package milp

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestConflictsEffect logs the nodes and time of the benchmarks' generated
// instances with Farkas proofs and nogoods on and off (go test -run
// TestConflictsEffect -v); every mode finds the same optimum.
func TestConflictsEffect(t *testing.T) {
	if testing.Short() {
		t.Skip("measurement")
	}
	var pool *conflictPool
	onConflictPool = func(c *conflictPool) { pool = c }
	defer func() { onConflictPool = nil }()
	for _, p := range benchInstances {
		m := randomInstance(p)
		var first *Result
		for _, mode := range conflictModes {
			useFarkas, useNogoods = mode.farkas, mode.nogood
			pool = nil
			start := time.Now()
			res, err := Solve(context.Background(), m, Options{Gap: 1e-9})
			el := time.Since(start)
			if err != nil {
				t.Fatal(err)
			}
			if first == nil {
				first = res
			}
			if res.Status != Optimal || math.Abs(res.Objective-first.Objective) > 1e-6*math.Max(1, math.Abs(first.Objective)) {
				t.Errorf("%s %s: %s %v, with neither %s %v", p, mode.name, res.Status, res.Objective, first.Status, first.Objective)
			}
			line := ""
			if pool != nil {
				line = fmtPool(pool)
			}
			t.Logf("%s %-8s %s %.4f nodes %d %v %s", p, mode.name, res.Status, res.Objective, res.Nodes, el.Round(time.Millisecond), line)
		}
	}
	useFarkas, useNogoods = true, false
}

// TestConflictsMPS is TestConflictsEffect for the MPS files listed in
// $MILP_CONFLICT_MPS (space-separated), each solved with a node limit of
// $MILP_CONFLICT_NODES (default 5000).
func TestConflictsMPS(t *testing.T) {
	files := strings.Fields(os.Getenv("MILP_CONFLICT_MPS"))
	if len(files) == 0 {
		t.Skip("MILP_CONFLICT_MPS not set")
	}
	limit, _ := strconv.Atoi(os.Getenv("MILP_CONFLICT_NODES"))
	if limit == 0 {
		limit = 5000
	}
	var pool *conflictPool
	onConflictPool = func(c *conflictPool) { pool = c }
	defer func() { onConflictPool = nil; useFarkas, useNogoods = true, false }()
	for _, f := range files {
		m, err := readFreeMPS(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, mode := range conflictModes {
			useFarkas, useNogoods = mode.farkas, mode.nogood
			pool = nil
			start := time.Now()
			res, err := Solve(context.Background(), m, Options{NodeLimit: limit})
			el := time.Since(start)
			if err != nil {
				t.Fatal(err)
			}
			line := ""
			if pool != nil {
				line = fmtPool(pool)
			}
			t.Logf("%s %-8s %s nodes %d %v %s", filepath.Base(f), mode.name, res.Status, res.Nodes, el.Round(time.Millisecond), line)
		}
	}
}

// squeezedInstance is randomInstance with the CPU and memory capacities
// scaled by f: tight capacities make many node LPs infeasible.
func squeezedInstance(p genParams, f float64) *Model {
	m := randomInstance(p)
	for i := range m.Rows {
		if n := m.Rows[i].Name; strings.HasPrefix(n, "cpu[") || strings.HasPrefix(n, "mem[") {
			m.Rows[i].Upper = math.Floor(m.Rows[i].Upper * f)
		}
	}
	return m
}

// solveBoth solves m with Farkas constraints and nogoods on and off and
// returns both results and the pool counters of the run with them on.
func solveBoth(t *testing.T, m *Model, opts Options) (with, without *Result, pool conflictPool) {
	t.Helper()
	var c *conflictPool
	onConflictPool = func(p *conflictPool) { c = p }
	defer func() { onConflictPool = nil; useFarkas, useNogoods = true, false }()
	var err error
	useFarkas, useNogoods = true, true
	if with, err = Solve(context.Background(), m, opts); err != nil {
		t.Fatal(err)
	}
	if c != nil {
		pool = *c
	}
	useFarkas, useNogoods = false, false
	if without, err = Solve(context.Background(), m, opts); err != nil {
		t.Fatal(err)
	}
	return with, without, pool
}

// Farkas constraints and nogoods keep the optimum of tight placement
// models, feasible and infeasible, and are built on them.
func TestConflictsKeepOptimum(t *testing.T) {
	// The deep c-MIR aggregation proves these models without a node LP
	// that needs a Farkas constraint; the shallow one leaves some.
	shallowCuts = true
	defer func() { shallowCuts = false }()
	farkas, nogoods := 0, 0
	for _, c := range []struct {
		p genParams
		f float64
	}{
		{genParams{seed: 3, workloads: 10, clusters: 4}, 0.8}, {genParams{seed: 1, workloads: 15, clusters: 6}, 0.8},
		{genParams{seed: 15, workloads: 10, clusters: 8}, 0.8}, {genParams{seed: 3, workloads: 10, clusters: 4}, 0.65},
		{genParams{seed: 15, workloads: 10, clusters: 8}, 0.65}, {genParams{seed: 1, workloads: 15, clusters: 6}, 0.55},
		{genParams{seed: 2, workloads: 20, clusters: 6}, 0.55},
	} {
		{
			p, f := c.p, c.f
			t.Run(fmt.Sprintf("%s_f%g", p, f), func(t *testing.T) {
				m := squeezedInstance(p, f)
				with, without, pool := solveBoth(t, m, Options{Gap: 1e-9})
				farkas += pool.farkas
				nogoods += pool.nogoods + pool.unitFixed
				if with.Status != without.Status || (with.Status == Optimal &&
					math.Abs(with.Objective-without.Objective) > 1e-6*math.Max(1, math.Abs(with.Objective))) {
					t.Fatalf("with %s %v (%d nodes), without %s %v (%d nodes)", with.Status, with.Objective, with.Nodes,
						without.Status, without.Objective, without.Nodes)
				}
				if with.Status != Optimal && with.Status != Infeasible {
					t.Fatalf("status %s", with.Status)
				}
				if with.Status == Optimal {
					if err := m.Check(with.X, checkTol); err != nil {
						t.Fatal(err)
					}
				}
				t.Logf("%s %.6f: %d nodes with, %d without; %s", with.Status, with.Objective, with.Nodes, without.Nodes, fmtPool(&pool))
			})
		}
	}
	if farkas == 0 || nogoods == 0 {
		t.Errorf("%d Farkas constraints and %d nogoods built: the models do not exercise them", farkas, nogoods)
	}
}

// Random generic models keep their verdict with Farkas constraints and
// nogoods: infeasible ones stay infeasible, feasible ones feasible with
// the same optimum.
func TestConflictsKeepFeasibility(t *testing.T) {
	infeasible, farkas := 0, 0
	for seed := uint64(1); seed <= 60; seed++ {
		m := genericInstance(seed)
		with, without, pool := solveBoth(t, m, Options{Gap: 1e-9, NodeLimit: 20000})
		farkas += pool.farkas
		if with.Status != without.Status {
			t.Fatalf("seed %d: with %s %v, without %s %v", seed, with.Status, with.Objective, without.Status, without.Objective)
		}
		switch with.Status {
		case Infeasible:
			infeasible++
		case Optimal:
			if math.Abs(with.Objective-without.Objective) > 1e-6*math.Max(1, math.Abs(with.Objective)) {
				t.Fatalf("seed %d: optimum %v with, %v without", seed, with.Objective, without.Objective)
			}
			if err := m.Check(with.X, checkTol); err != nil {
				t.Fatalf("seed %d: %v", seed, err)
			}
		}
	}
	t.Logf("%d infeasible of 60, %d Farkas constraints", infeasible, farkas)
	if infeasible == 0 {
		t.Error("no infeasible model among the generated ones")
	}
}

// The Farkas constraint of an infeasible node LP holds for every integer
// point of the model and is violated by the node's bounds.
func TestFarkasRow(t *testing.T) {
	inf := math.Inf(1)
	m := &Model{
		Vars: []Variable{
			{Name: "x", Lower: 0, Upper: 3, Integer: true, Obj: 1},
			{Name: "y", Lower: 0, Upper: 3, Integer: true, Obj: 2},
			{Name: "z", Lower: 0, Upper: 3, Integer: true, Obj: 1},
			{Name: "w", Lower: 0, Upper: 4, Obj: 1},
		},
		Rows: []Row{
			{Name: "cover", Terms: []Term{{0, 1}, {1, 1}, {2, 1}}, Lower: 5, Upper: inf},
			{Name: "pair", Terms: []Term{{0, 2}, {2, 3}, {3, -1}}, Lower: -inf, Upper: 9},
			{Name: "link", Terms: []Term{{1, 1}, {3, -1}}, Lower: -inf, Upper: 1},
		},
	}
	inst, err := prepareBounds(context.Background(), m, true, nil, nil)
	if err != nil || inst.infeasible {
		t.Fatal(err, inst.infeasible)
	}
	b := &bnb{m: m, inst: inst, sx: inst.sx, incObj: inf, floor: math.Inf(-1)}
	b.init()
	if b.sx.solve(0) != lpOptimal {
		t.Fatal("root LP not optimal")
	}
	// The node x ≤ 0, z ≤ 1: cover needs y ≥ 4 > 3.
	b.setVarBounds(0, 0, 0)
	b.setVarBounds(2, 0, 1)
	if st := b.sx.solve(0); st != lpInfeasible {
		t.Fatalf("node LP status %d, want infeasible", st)
	}
	r, ok := b.farkasRow()
	if !ok {
		t.Fatal("no Farkas constraint")
	}
	t.Logf("%v ≤ %g", r.Terms, r.Upper)
	act := func(x []float64) float64 {
		s := 0.0
		for _, tm := range r.Terms {
			s += tm.Coef * x[tm.Var]
		}
		return s
	}
	// Violated by the node's box: its least activity exceeds the bound.
	low := make([]float64, 4)
	for _, tm := range r.Terms {
		if tm.Coef > 0 {
			low[tm.Var] = b.curLo[tm.Var]
		} else {
			low[tm.Var] = b.curUp[tm.Var]
		}
	}
	if v := act(low); v <= r.Upper+1e-6 {
		t.Errorf("least activity %g over the node's box does not exceed %g", v, r.Upper)
	}
	// Valid for every integer point of the model (w at its bounds and at
	// the values the rows pin it to).
	points := 0
	for x := 0.0; x <= 3; x++ {
		for y := 0.0; y <= 3; y++ {
			for z := 0.0; z <= 3; z++ {
				for _, w := range []float64{0, 4, y - 1, 2*x + 3*z - 9} {
					p := []float64{x, y, z, w}
					if w < 0 || w > 4 || m.Check(p, 1e-9) != nil {
						continue
					}
					points++
					if v := act(p); v > r.Upper+1e-9 {
						t.Errorf("feasible point %v violates the Farkas constraint: %g > %g", p, v, r.Upper)
					}
				}
			}
		}
	}
	if points == 0 {
		t.Fatal("no feasible point enumerated")
	}
}

// Nogoods over general integer decisions: enforced when all but one hold,
// infeasible when all hold.
func TestPropagateNogood(t *testing.T) {
	ls := []literal{{j: 0, up: true, val: 2}, {j: 1, val: 3}}
	lower, upper := []float64{0, 0}, []float64{2, 5}
	ok, n := propagateNogood(ls, lower, upper, nil)
	if !ok || n != 1 || upper[1] != 2 {
		t.Errorf("x0 ≤ 2 holds: ok %v, %d tightened, x1 ≤ %g; want x1 ≤ 2", ok, n, upper[1])
	}
	lower, upper = []float64{0, 3}, []float64{2, 5}
	if ok, _ := propagateNogood(ls, lower, upper, nil); ok {
		t.Error("both decisions hold, nogood not reported infeasible")
	}
	lower, upper = []float64{0, 0}, []float64{3, 5}
	if ok, n := propagateNogood(ls, lower, upper, nil); !ok || n != 0 {
		t.Errorf("two undecided: ok %v, %d tightened", ok, n)
	}
}

// With Farkas constraints and nogoods the search is the same run to run.
func TestConflictsDeterministic(t *testing.T) {
	m := squeezedInstance(genParams{seed: 15, workloads: 10, clusters: 8}, 0.65)
	defer func() { useFarkas, useNogoods = true, false }()
	for _, nogoods := range []bool{false, true} {
		useFarkas, useNogoods = true, nogoods
		var runs [2]*Result
		for k := range runs {
			res, err := Solve(context.Background(), m, Options{Gap: 1e-9})
			if err != nil {
				t.Fatal(err)
			}
			runs[k] = res
		}
		a, b := runs[0], runs[1]
		if a.Nodes != b.Nodes || a.Iterations != b.Iterations || a.Objective != b.Objective || !slices.Equal(a.X, b.X) {
			t.Errorf("nogoods %v: %d nodes %d pivots %v, then %d nodes %d pivots %v", nogoods,
				a.Nodes, a.Iterations, a.Objective, b.Nodes, b.Iterations, b.Objective)
		}
	}
}

// conflictModes are the settings of Farkas constraints and nogoods the
// measurements compare.
var conflictModes = []struct {
	name           string
	farkas, nogood bool
}{{"off", false, false}, {"farkas", true, false}, {"nogoods", false, true}, {"both", true, true}}
