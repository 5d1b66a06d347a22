package milp

import (
	"context"
	"math"
	"math/rand/v2"
	"testing"
)

// TestMIRCutsValid derives c-MIR cuts from random small knapsack-like rows
// (general integers, binaries and continuous variables, aggregated with a
// second row) at random fractional points and checks each cut against
// every integer-feasible point, found by enumeration: for each integral
// assignment the continuous part is optimised by the LP to the cut's
// worst case. A cut that removes a feasible point is a bug.
func TestMIRCutsValid(t *testing.T) {
	cuts, checked := 0, 0
	for seed := uint64(1); seed <= 300; seed++ {
		r := rand.New(rand.NewPCG(seed, 7))
		m := randomKnapsack(r)
		x := make([]float64, len(m.Vars))
		for j, v := range m.Vars {
			x[j] = v.Lower + r.Float64()*(v.Upper-v.Lower)
		}
		lower := make([]float64, len(m.Vars))
		upper := make([]float64, len(m.Vars))
		for j, v := range m.Vars {
			lower[j], upper[j] = v.Lower, v.Upper
		}
		bs := &mirBase{coef: make([]float64, len(m.Vars))}
		for i := range m.Rows {
			for _, sign := range []float64{1, -1} {
				row := &m.Rows[i]
				if (sign > 0 && math.IsInf(row.Upper, 1)) || (sign < 0 && math.IsInf(row.Lower, -1)) {
					continue
				}
				bs.reset()
				bs.addRow(row, sign, 1)
				if len(m.Rows) > 1 && r.IntN(2) == 0 {
					other := &m.Rows[1-i]
					s := 1.0
					if math.IsInf(other.Upper, 1) {
						s = -1
					}
					bs.addRow(other, s, 0.25+r.Float64())
				}
				c, _, ok := mirCut(m, bs, x, lower, upper)
				if !ok {
					continue
				}
				cuts++
				checked += checkCutByEnumeration(t, m, c)
			}
		}
	}
	t.Logf("%d cuts checked against %d integer points", cuts, checked)
	if cuts < 50 {
		t.Fatalf("only %d cuts derived: the test does not exercise the separator", cuts)
	}
}

// randomKnapsack is two rows over 3–5 integer variables (some binary)
// and up to 2 continuous ones, with random bounds.
func randomKnapsack(r *rand.Rand) *Model {
	m := &Model{Name: "knap"}
	ni := 3 + r.IntN(3)
	nc := r.IntN(3)
	for j := 0; j < ni; j++ {
		up := float64(1 + r.IntN(3))
		lo := 0.0
		if r.IntN(4) == 0 {
			lo = 1
			up++
		}
		m.AddVar(varName(j), lo, up, 0, true)
	}
	for j := 0; j < nc; j++ {
		m.AddVar(varName(ni+j), 0, 1+4*r.Float64(), 0, false)
	}
	for i := 0; i < 2; i++ {
		var terms []Term
		maxAct := 0.0
		for j := range m.Vars {
			if r.IntN(5) == 0 {
				continue
			}
			a := math.Round((0.3+5*r.Float64())*100) / 100
			if r.IntN(4) == 0 {
				a = -a
			}
			terms = append(terms, Term{Var(j), a})
			maxAct += math.Max(a*m.Vars[j].Lower, a*m.Vars[j].Upper)
		}
		b := math.Round(maxAct*(0.3+0.5*r.Float64())*100) / 100
		if r.IntN(3) == 0 {
			// A ≥ row: −Σ ≤ −b written as Σ −a ≥ −b.
			for k := range terms {
				terms[k].Coef = -terms[k].Coef
			}
			m.AddRow(varName(100+i), -b, math.Inf(1), terms...)
		} else {
			m.AddRow(varName(100+i), math.Inf(-1), b, terms...)
		}
	}
	return m
}

func varName(j int) string { return "v" + string(rune('a'+j%26)) + string(rune('a'+j/26)) }

// checkCutByEnumeration checks cut c (Σ ≤ Upper) on every integral point
// of m, maximising the cut's left-hand side over the continuous variables
// with the LP. It returns the number of feasible integer assignments.
func checkCutByEnumeration(t *testing.T, m *Model, c Row) int {
	t.Helper()
	var ints []int
	for j, v := range m.Vars {
		if v.Integer {
			ints = append(ints, j)
		}
	}
	val := make([]float64, len(m.Vars))
	feasible := 0
	var rec func(k int)
	rec = func(k int) {
		if k == len(ints) {
			fixed := &Model{Name: "fix", Rows: m.Rows}
			fixed.Vars = append([]Variable(nil), m.Vars...)
			for _, j := range ints {
				fixed.Vars[j].Lower, fixed.Vars[j].Upper = val[j], val[j]
			}
			for j := range fixed.Vars {
				fixed.Vars[j].Obj = 0
				fixed.Vars[j].Integer = false
			}
			for _, tm := range c.Terms {
				fixed.Vars[tm.Var].Obj -= tm.Coef // maximise the cut's lhs
			}
			res, err := SolveLP(context.Background(), fixed)
			if err != nil {
				t.Fatal(err)
			}
			if res.Status != Optimal {
				return
			}
			feasible++
			if lhs := -res.Objective; lhs > c.Upper+1e-7*math.Max(1, math.Abs(c.Upper)) {
				t.Fatalf("cut %v ≤ %v removes feasible point %v (lhs %v) of rows %v, vars %v", c.Terms, c.Upper, res.X, lhs, m.Rows, m.Vars)
			}
			return
		}
		j := ints[k]
		for v := m.Vars[j].Lower; v <= m.Vars[j].Upper; v++ {
			val[j] = v
			rec(k + 1)
		}
	}
	rec(0)
	return feasible
}

// TestMIRCutsRaiseRootBound solves the root (and one node) of a 20-workload, 10-cluster
// placement model with binding team budgets (testdata/p20x10_25.mps,
// from planner/internal/synth, seed 25) with and without the c-MIR cuts:
// its capacity and routing rows give cuts that close a good part of the
// root gap (LP 2365.99, optimum 2404.77 as CBC and HiGHS find it).
func TestMIRCutsRaiseRootBound(t *testing.T) {
	m, err := readFreeMPS("testdata/p20x10_25.mps")
	if err != nil {
		t.Fatal(err)
	}
	root := func() float64 {
		t.Helper()
		res, err := Solve(context.Background(), m, Options{NodeLimit: 2})
		if err != nil {
			t.Fatal(err)
		}
		return res.Bound
	}
	with := root()
	noMIR = true
	without := root()
	noMIR = false
	t.Logf("root bound %.4f with c-MIR cuts, %.4f without", with, without)
	if with < 2380 || without > 2375 {
		t.Errorf("root bound %.4f with c-MIR cuts, %.4f without; want above 2380 with, below 2375 without", with, without)
	}
	if with > 2404.7714 {
		t.Errorf("root bound %.4f above the optimum 2404.7714", with)
	}
}
