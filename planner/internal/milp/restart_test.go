package milp

import (
	"context"
	"fmt"
	"math"
	"strings"
	"testing"
)

// TestRestartAndDominatedKeepOptimum solves generated instances with the
// restart after root fixing and dominated-column fixing on and off: the
// optima agree, so neither cut off every optimal solution.
func TestRestartAndDominatedKeepOptimum(t *testing.T) {
	for _, p := range []genParams{
		{seed: 3, workloads: 10, clusters: 4}, {seed: 2, workloads: 20, clusters: 6},
		{seed: 1, workloads: 25, clusters: 6}, {seed: 4, workloads: 30, clusters: 8},
		{seed: 15, workloads: 10, clusters: 8}, {seed: 16, workloads: 25, clusters: 4},
		{seed: 7, workloads: 15, clusters: 5}, {seed: 9, workloads: 20, clusters: 8},
	} {
		t.Run(p.String(), func(t *testing.T) {
			m := randomInstance(p)
			with, err := Solve(context.Background(), m, Options{Gap: 1e-9})
			if err != nil {
				t.Fatal(err)
			}
			noRestart, noDominated = true, true
			without, err := Solve(context.Background(), m, Options{Gap: 1e-9})
			noRestart, noDominated = false, false
			if err != nil {
				t.Fatal(err)
			}
			if with.Status != Optimal || with.Status != without.Status || math.Abs(with.Objective-without.Objective) > 1e-6*math.Max(1, math.Abs(with.Objective)) {
				t.Fatalf("with %s %v (%d nodes), without %s %v (%d nodes)", with.Status, with.Objective, with.Nodes,
					without.Status, without.Objective, without.Nodes)
			}
			if err := m.Check(with.X, checkTol); err != nil {
				t.Fatal(err)
			}
			t.Logf("%s %.6f: %d nodes with, %d without", with.Status, with.Objective, with.Nodes, without.Nodes)
		})
	}
}

// A restart happens when root reduced-cost fixing fixes a large share of
// the integer variables (on these generated instances the root dive's
// incumbent is within a few percent of the root bound), and the restarted
// solve proves the optimum the solve without restarts proves, with the
// same bound.
func TestRestartAfterRootFixing(t *testing.T) {
	for _, p := range []genParams{{seed: 101, workloads: 15, clusters: 5}, {seed: 106, workloads: 10, clusters: 4}, {seed: 108, workloads: 20, clusters: 6}} {
		t.Run(p.String(), func(t *testing.T) {
			m := randomInstance(p)
			var restarts []string
			traceBB = func(format string, args ...any) {
				if strings.HasPrefix(format, "restart") {
					restarts = append(restarts, fmt.Sprintf(format, args...))
				}
			}
			res, err := Solve(context.Background(), m, Options{Gap: 1e-9})
			traceBB = nil
			if err != nil {
				t.Fatal(err)
			}
			if len(restarts) == 0 || len(restarts) > maxRestarts {
				t.Fatalf("%d restarts, want 1 to %d", len(restarts), maxRestarts)
			}
			noRestart = true
			plain, err := Solve(context.Background(), m, Options{Gap: 1e-9})
			noRestart = false
			if err != nil {
				t.Fatal(err)
			}
			tol := 1e-6 * math.Max(1, math.Abs(plain.Objective))
			if res.Status != Optimal || plain.Status != Optimal || math.Abs(res.Objective-plain.Objective) > tol ||
				res.Bound > res.Objective+tol || res.Bound < plain.Objective-1e-9*math.Abs(plain.Objective)-tol {
				t.Fatalf("with restarts %s %v bound %v, without %s %v", res.Status, res.Objective, res.Bound, plain.Status, plain.Objective)
			}
			if err := m.Check(res.X, checkTol); err != nil {
				t.Fatal(err)
			}
			if len(res.RootDuals) != len(m.Rows) {
				t.Fatalf("%d root duals for %d rows", len(res.RootDuals), len(m.Rows))
			}
			t.Logf("%v; %d nodes with restarts, %d without", restarts, res.Nodes, plain.Nodes)
		})
	}
}

// Dominated-column fixing fixes a column that an unbounded, cheaper, no
// worse column dominates, and none that is not dominated.
func TestFixDominated(t *testing.T) {
	inf := math.Inf(1)
	m := &Model{
		Vars: []Variable{
			{Name: "j", Lower: 0, Upper: inf, Obj: 1, Integer: true},
			{Name: "k", Lower: 0, Upper: 5, Obj: 2, Integer: true},       // dominated by j
			{Name: "cheap", Lower: 0, Upper: 5, Obj: 0.5, Integer: true}, // cheaper than j
			{Name: "big", Lower: 0, Upper: 5, Obj: 3, Integer: true},     // uses less capacity than j
		},
		Rows: []Row{
			// demand: j + k + cheap + big ≥ 4
			{Name: "demand", Terms: []Term{{Var: 0, Coef: 1}, {Var: 1, Coef: 1}, {Var: 2, Coef: 1}, {Var: 3, Coef: 1}}, Lower: 4, Upper: inf},
			// capacity: 2j + 2k + 2cheap + big ≤ 100
			{Name: "cap", Terms: []Term{{Var: 0, Coef: 2}, {Var: 1, Coef: 2}, {Var: 2, Coef: 2}, {Var: 3, Coef: 1}}, Lower: math.Inf(-1), Upper: 100},
		},
	}
	lower := []float64{0, 0, 0, 0}
	upper := []float64{inf, 5, 5, 5}
	if n := fixDominated(m, mergedRows(m), lower, upper); n != 1 || upper[1] != 0 || upper[2] != 5 || upper[3] != 5 {
		t.Fatalf("fixed %d, upper bounds %v; want only k fixed at 0", n, upper)
	}
	// Identical unbounded columns: one may be fixed, never both.
	m2 := &Model{
		Vars: []Variable{{Name: "a", Lower: 0, Upper: inf, Obj: 1, Integer: true}, {Name: "b", Lower: 0, Upper: inf, Obj: 1, Integer: true}},
		Rows: []Row{{Name: "d", Terms: []Term{{Var: 0, Coef: 1}, {Var: 1, Coef: 1}}, Lower: 3, Upper: 3}},
	}
	lo2, up2 := []float64{0, 0}, []float64{inf, inf}
	fixDominated(m2, mergedRows(m2), lo2, up2)
	if !math.IsInf(up2[0], 1) && !math.IsInf(up2[1], 1) {
		t.Fatalf("both identical columns fixed: %v", up2)
	}
	res, err := Solve(context.Background(), m2, Options{})
	if err != nil || res.Status != Optimal || res.Objective != 3 {
		t.Fatalf("solve: %v %+v", err, res)
	}
	// An equality with different coefficients blocks dominance.
	m3 := &Model{
		Vars: []Variable{{Name: "a", Lower: 0, Upper: inf, Obj: 1, Integer: true}, {Name: "b", Lower: 0, Upper: 4, Obj: 5, Integer: true}},
		Rows: []Row{{Name: "d", Terms: []Term{{Var: 0, Coef: 2}, {Var: 1, Coef: 1}}, Lower: 3, Upper: 3}},
	}
	lo3, up3 := []float64{0, 0}, []float64{inf, 4}
	if n := fixDominated(m3, mergedRows(m3), lo3, up3); n != 0 {
		t.Fatalf("fixed %d in an equality with different coefficients", n)
	}
	res, err = Solve(context.Background(), m3, Options{})
	if err != nil || res.Status != Optimal || res.Objective != 6 {
		t.Fatalf("solve m3: %v %+v", err, res)
	}
}
