package milp

import (
	"context"
	"math"
	"testing"
)

// keepsOptimum solves each instance with a technique on and off (set
// switches it): the optima agree and pass Check, so the technique cut off
// no optimal solution (a cut may cut off some, never all).
func keepsOptimum(t *testing.T, ps []genParams, set func(on bool)) {
	t.Helper()
	for _, p := range ps {
		t.Run(p.String(), func(t *testing.T) {
			m := randomInstance(p)
			set(true)
			with, err := Solve(context.Background(), m, Options{Gap: 1e-9})
			set(false)
			if err != nil {
				t.Fatal(err)
			}
			without, err := Solve(context.Background(), m, Options{Gap: 1e-9})
			set(true)
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

// TestPropagationKeepsOptimum: probing and node propagation on and off.
func TestPropagationKeepsOptimum(t *testing.T) {
	keepsOptimum(t, []genParams{
		{seed: 3, workloads: 10, clusters: 4}, {seed: 2, workloads: 20, clusters: 6},
		{seed: 1, workloads: 25, clusters: 6}, {seed: 4, workloads: 30, clusters: 8},
		{seed: 15, workloads: 10, clusters: 8}, {seed: 16, workloads: 25, clusters: 4},
	}, func(on bool) { noProbe, noNodeProp = !on, !on })
}

// Probing fixes a binary whose one side propagation proves infeasible,
// keeps a bound both sides imply, and finds a model whose binary has no
// feasible side infeasible.
func TestProbe(t *testing.T) {
	// y = 1 would need x ≥ 5 against x ≤ 3: probing fixes y = 0. Each
	// value of z implies w ≤ 4 (z = 0 through row b, z = 1 through row a),
	// which neither row implies alone.
	m := &Model{
		Vars: []Variable{
			{Name: "x", Lower: 0, Upper: 3, Integer: true},
			{Name: "y", Lower: 0, Upper: 1, Integer: true},
			{Name: "z", Lower: 0, Upper: 1, Integer: true},
			{Name: "w", Lower: 0, Upper: 10, Integer: true},
		},
		Rows: []Row{
			{Name: "need", Terms: []Term{{Var: 0, Coef: 1}, {Var: 1, Coef: -5}}, Lower: 0, Upper: math.Inf(1)},
			// w + 6z ≤ 10 and w − 6z ≤ 4: w ≤ 4 whatever z is.
			{Name: "a", Terms: []Term{{Var: 3, Coef: 1}, {Var: 2, Coef: 6}}, Lower: math.Inf(-1), Upper: 10},
			{Name: "b", Terms: []Term{{Var: 3, Coef: 1}, {Var: 2, Coef: -6}}, Lower: math.Inf(-1), Upper: 4},
		},
	}
	rows := mergedRows(m)
	lower := []float64{0, 0, 0, 0}
	upper := []float64{3, 1, 1, 10}
	p := newPropagator(m, rows)
	ok, fixed, tightened := p.probe(lower, upper, 1000)
	if !ok || fixed != 1 || upper[1] != 0 {
		t.Errorf("y: ok %v, fixed %d, bounds [%g, %g], want fixed to 0", ok, fixed, lower[1], upper[1])
	}
	if tightened != 1 || upper[3] != 4 || lower[2] != 0 || upper[2] != 1 {
		t.Errorf("w: tightened %d, bounds [%g, %g], z [%g, %g]; want w ≤ 4, z free", tightened, lower[3], upper[3], lower[2], upper[2])
	}

	// Both sides infeasible: x = 2 needs y = 0 (x ≥ 5y) and y = 1
	// (x ≤ 1 + 5y).
	m2 := &Model{
		Vars: []Variable{{Name: "x", Lower: 2, Upper: 2, Integer: true}, {Name: "y", Lower: 0, Upper: 1, Integer: true}},
		Rows: []Row{
			{Name: "up", Terms: []Term{{Var: 0, Coef: 1}, {Var: 1, Coef: -5}}, Lower: math.Inf(-1), Upper: 1},
			{Name: "down", Terms: []Term{{Var: 0, Coef: 1}, {Var: 1, Coef: -5}}, Lower: 0, Upper: math.Inf(1)},
		},
	}
	p = newPropagator(m2, mergedRows(m2))
	if ok, _, _ := p.probe([]float64{2, 0}, []float64{2, 1}, 1000); ok {
		t.Error("a binary with no feasible value passed probing")
	}
}
