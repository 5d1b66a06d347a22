package milp

import (
	"context"
	"fmt"
	"math"
	"testing"
	"time"
)

// byteReader hands out bytes, then zeros.
type byteReader struct {
	b []byte
	i int
}

func (r *byteReader) next() int {
	if r.i >= len(r.b) {
		return 0
	}
	r.i++
	return int(r.b[r.i-1])
}

// modelFromBytes decodes a small model (≤ 5 variables, ≤ 5 rows) from
// fuzz input. Byte 255 in a coefficient slot injects a NaN, so invalid
// models are produced too.
func modelFromBytes(data []byte) *Model {
	r := &byteReader{b: data}
	m := &Model{Name: "fuzz"}
	nv := 1 + r.next()%5
	nr := r.next() % 6
	for j := 0; j < nv; j++ {
		lo := float64(r.next()%7 - 3)
		w := r.next()
		up := lo + float64(w%5)
		switch w % 16 {
		case 15:
			up = math.Inf(1)
		case 14:
			lo = math.Inf(-1)
		}
		o := r.next()
		obj := float64(o%11 - 5)
		if o&128 != 0 {
			obj /= 2
		}
		m.AddVar(fmt.Sprintf("x%d", j), lo, up, obj, r.next()%3 != 0)
	}
	for i := 0; i < nr; i++ {
		var terms []Term
		for j := 0; j < nv; j++ {
			c := r.next()
			switch {
			case c == 255:
				terms = append(terms, Term{Var(j), math.NaN()})
			case c%3 != 0:
				terms = append(terms, Term{Var(j), float64(c%9 - 4)})
			}
		}
		rhs := float64(r.next()%21 - 10)
		lo, up := rhs, rhs
		switch r.next() % 4 {
		case 0:
			lo = math.Inf(-1)
		case 1:
			up = math.Inf(1)
		case 2:
			up = rhs + float64(r.next()%6)
		}
		m.AddRow(fmt.Sprintf("r%d", i), lo, up, terms...)
	}
	return m
}

// enumerate returns the optimum of a pure-integer model with small finite
// domains by complete enumeration (ok false if the model is not such).
func enumerate(m *Model) (best float64, feasible, ok bool) {
	size := 1.0
	for _, v := range m.Vars {
		if !v.Integer || math.IsInf(v.Lower, 0) || math.IsInf(v.Upper, 0) {
			return 0, false, false
		}
		size *= math.Floor(v.Upper) - math.Ceil(v.Lower) + 1
	}
	if size > 5000 {
		return 0, false, false
	}
	x := make([]float64, len(m.Vars))
	best = math.Inf(1)
	var rec func(j int)
	rec = func(j int) {
		if j == len(m.Vars) {
			if m.Check(x, 1e-9) == nil {
				feasible = true
				best = math.Min(best, m.Objective(x))
			}
			return
		}
		for v := math.Ceil(m.Vars[j].Lower); v <= m.Vars[j].Upper; v++ {
			x[j] = v
			rec(j + 1)
		}
	}
	rec(0)
	return best, feasible, true
}

func FuzzSolve(f *testing.F) {
	f.Add([]byte{})
	f.Add([]byte{3, 2, 0, 4, 5, 1, 1, 4, 7, 1, 2, 3, 9, 0, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2, 3})
	f.Add([]byte{4, 4, 6, 15, 2, 1, 3, 14, 9, 0, 1, 4, 200, 1, 0, 4, 30, 2, 1, 5, 7, 8, 9, 40, 3, 1, 2, 2, 5, 7, 5, 1, 0, 2, 3, 4, 6})
	f.Add([]byte{2, 3, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255, 255})
	f.Add([]byte("a seed made of text, for variety in the decoded model"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m := modelFromBytes(data)
		valid := m.Validate() == nil
		ctx := context.Background()
		res, err := Solve(ctx, m, Options{Gap: 1e-9, NodeLimit: 2000, TimeLimit: 5 * time.Second})
		if err != nil {
			if valid {
				t.Fatalf("Solve failed on a valid model: %v", err)
			}
			return
		}
		if !valid {
			t.Fatal("Solve accepted an invalid model")
		}
		if res.X != nil {
			if v := m.Check(res.X, 1e-6); v != nil {
				t.Fatalf("status %s but X infeasible: %v", res.Status, v)
			}
			if math.Abs(m.Objective(res.X)-res.Objective) > 1e-6*math.Max(1, math.Abs(res.Objective)) {
				t.Fatalf("objective %v, X gives %v", res.Objective, m.Objective(res.X))
			}
			if res.Bound > res.Objective+1e-6*math.Max(1, math.Abs(res.Objective)) {
				t.Fatalf("bound %v above objective %v", res.Bound, res.Objective)
			}
		}
		lp, err := SolveLP(ctx, m)
		if err != nil {
			t.Fatalf("SolveLP failed: %v", err)
		}
		if lp.X != nil {
			if v := (&Model{Vars: relax(m.Vars), Rows: m.Rows}).Check(lp.X, 1e-6); v != nil {
				t.Fatalf("LP solution infeasible: %v", v)
			}
			if len(lp.RootDuals) != len(m.Rows) {
				t.Fatalf("%d duals for %d rows", len(lp.RootDuals), len(m.Rows))
			}
		}
		if lp.Status == Infeasible && (res.Status == Optimal || res.Status == Feasible) {
			t.Fatalf("LP infeasible but MILP %s", res.Status)
		}
		if lp.Status == Optimal && res.Status == Optimal && lp.Objective > res.Objective+1e-6*math.Max(1, math.Abs(res.Objective)) {
			t.Fatalf("LP bound %v above MILP optimum %v", lp.Objective, res.Objective)
		}
		if best, feasible, ok := enumerate(m); ok {
			switch {
			case !feasible && res.Status != Infeasible:
				t.Fatalf("enumeration finds no solution, Solve says %s %v", res.Status, res.X)
			case feasible && res.Status != Optimal:
				t.Fatalf("enumeration finds %v, Solve says %s", best, res.Status)
			case feasible && math.Abs(best-res.Objective) > 1e-6*math.Max(1, math.Abs(best)):
				t.Fatalf("enumeration finds %v, Solve %v (x=%v)", best, res.Objective, res.X)
			}
		}
	})
}

// relax drops integrality.
func relax(vs []Variable) []Variable {
	out := make([]Variable, len(vs))
	for j, v := range vs {
		v.Integer = false
		out[j] = v
	}
	return out
}
