package milp

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"strings"
	"testing"
)

// TestRestartAndDominatedKeepOptimum: the restart after root fixing and
// dominated-column fixing on and off (off by default: set restores that).
func TestRestartAndDominatedKeepOptimum(t *testing.T) {
	keepsOptimum(t, []genParams{
		{seed: 3, workloads: 10, clusters: 4}, {seed: 2, workloads: 20, clusters: 6},
		{seed: 1, workloads: 25, clusters: 6}, {seed: 4, workloads: 30, clusters: 8},
		{seed: 15, workloads: 10, clusters: 8}, {seed: 16, workloads: 25, clusters: 4},
		{seed: 7, workloads: 15, clusters: 5}, {seed: 9, workloads: 20, clusters: 8},
	}, func(on bool) { useRestart, useDominated = on, on })
	useRestart, useDominated = false, false
}

// A restart happens when root reduced-cost fixing fixes a large share of
// the integer variables (on these generated instances the root dive's
// incumbent is within a few percent of the root bound), and the restarted
// solve proves the optimum the solve without restarts proves, with the
// same bound.
func TestRestartAfterRootFixing(t *testing.T) {
	for _, p := range []genParams{{seed: 101, workloads: 15, clusters: 5}, {seed: 106, workloads: 10, clusters: 4}, {seed: 108, workloads: 20, clusters: 6},
		{seed: 107, workloads: 15, clusters: 5}, {seed: 121, workloads: 25, clusters: 6},
	} {
		t.Run(p.String(), func(t *testing.T) {
			// With the deep c-MIR aggregation the incumbent of seed 121
			// leaves reduced-cost fixing too little to restart on; these
			// tests exercise the restart, so they keep the shallow cuts.
			shallowCuts = true
			defer func() { shallowCuts = false }()
			m := randomInstance(p)
			var restarts []string
			traceBB = func(format string, args ...any) {
				if strings.HasPrefix(format, "restart") {
					restarts = append(restarts, fmt.Sprintf(format, args...))
				}
			}
			useRestart = true
			res, err := Solve(context.Background(), m, Options{Gap: 1e-9})
			useRestart = false
			traceBB = nil
			if err != nil {
				t.Fatal(err)
			}
			if len(restarts) == 0 || len(restarts) > maxRestarts {
				t.Fatalf("%d restarts, want 1 to %d", len(restarts), maxRestarts)
			}
			plain, err := Solve(context.Background(), m, Options{Gap: 1e-9})
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

// coverInstance builds a seeded covering model in which dominated
// columns occur: unbounded integer counts of machine types covering
// resource demands (≥ rows) within a floor space (a ≤ row) and a pairing
// equality, plus bounded variants of the types that cost at least as much
// and give at most as much, and unrelated bounded types.
func coverInstance(seed uint64) *Model {
	r := rand.New(rand.NewPCG(seed, 0xd0))
	m := &Model{Name: fmt.Sprintf("cover_%d", seed)}
	R := 2 + r.IntN(3)
	types := 3 + r.IntN(4)
	type col struct {
		cap   []float64
		space float64
		pair  float64
	}
	var cols []col
	for t := range types {
		c := col{cap: make([]float64, R), space: float64(1 + r.IntN(4)), pair: float64(r.IntN(2))}
		for i := range c.cap {
			c.cap[i] = float64(r.IntN(6))
		}
		cost := float64(5 + r.IntN(20))
		m.AddVar(fmt.Sprintf("x%d", t), 0, math.Inf(1), cost, true)
		cols = append(cols, c)
		// A dominated variant: costlier, less capacity, more space.
		for v := range r.IntN(3) {
			d := col{cap: make([]float64, R), space: c.space + float64(r.IntN(2)), pair: c.pair}
			for i := range d.cap {
				d.cap[i] = math.Max(0, c.cap[i]-float64(r.IntN(2)))
			}
			m.AddVar(fmt.Sprintf("x%d_%d", t, v), float64(r.IntN(2)), float64(2+r.IntN(4)), cost+float64(r.IntN(3)), true)
			cols = append(cols, d)
		}
	}
	// Unrelated bounded types.
	for t := range 2 + r.IntN(3) {
		c := col{cap: make([]float64, R), space: float64(1 + r.IntN(3)), pair: float64(r.IntN(2))}
		for i := range c.cap {
			c.cap[i] = float64(r.IntN(8))
		}
		m.AddVar(fmt.Sprintf("y%d", t), 0, float64(1+r.IntN(4)), float64(3+r.IntN(25)), true)
		cols = append(cols, c)
	}
	for i := range R {
		var terms []Term
		for j, c := range cols {
			if c.cap[i] != 0 {
				terms = append(terms, Term{Var: Var(j), Coef: c.cap[i]})
			}
		}
		m.AddRow(fmt.Sprintf("demand%d", i), float64(10+r.IntN(30)), math.Inf(1), terms...)
	}
	var space, pair []Term
	for j, c := range cols {
		space = append(space, Term{Var: Var(j), Coef: c.space})
		if c.pair != 0 {
			pair = append(pair, Term{Var: Var(j), Coef: c.pair})
		}
	}
	m.AddRow("space", math.Inf(-1), float64(40+r.IntN(40)), space...)
	if len(pair) > 0 {
		// An even number of the pairing machines.
		e := m.AddVar("pairs", 0, math.Inf(1), 0, true)
		pair = append(pair, Term{Var: e, Coef: -2})
		m.AddRow("pair", 0, 0, pair...)
	}
	return m
}

// Dominated-column fixing keeps the optimum of covering models where it
// fixes variables.
func TestDominatedKeepsOptimum(t *testing.T) {
	fired := 0
	for seed := uint64(1); seed <= 30; seed++ {
		m := coverInstance(seed)
		lower, upper := make([]float64, len(m.Vars)), make([]float64, len(m.Vars))
		for j, v := range m.Vars {
			lower[j], upper[j] = v.Lower, v.Upper
		}
		n := fixDominated(m, mergedRows(m), lower, upper)
		if n > 0 {
			fired++
		}
		useDominated = true
		with, err := Solve(context.Background(), m, Options{Gap: 1e-9})
		useDominated = false
		if err != nil {
			t.Fatal(err)
		}
		without, err := Solve(context.Background(), m, Options{Gap: 1e-9})
		if err != nil {
			t.Fatal(err)
		}
		if with.Status != without.Status || (with.Status == Optimal && math.Abs(with.Objective-without.Objective) > 1e-6*math.Max(1, math.Abs(without.Objective))) {
			t.Fatalf("seed %d (%d fixed): with %s %v, without %s %v", seed, n, with.Status, with.Objective, without.Status, without.Objective)
		}
		if with.Status == Optimal {
			if err := m.Check(with.X, checkTol); err != nil {
				t.Fatalf("seed %d: %v", seed, err)
			}
		}
	}
	if fired < 10 {
		t.Fatalf("dominated columns fixed variables in %d of 30 models, want at least 10", fired)
	}
	t.Logf("dominated columns fixed variables in %d of 30 models", fired)
}
