package milp

import (
	"math"
	"math/rand/v2"
	"testing"
)

// TestCoverCutsValid derives lifted cover cuts from random knapsack rows
// over 3–7 binaries (some with negative coefficients, so complemented),
// with at times a general integer and a continuous variable relaxed to
// their bounds, at random fractional points, and checks each cut against
// every integer-feasible point of the row, found by enumeration.
func TestCoverCutsValid(t *testing.T) {
	cuts, checked, lifted := 0, 0, 0
	for seed := uint64(1); seed <= 600; seed++ {
		r := rand.New(rand.NewPCG(seed, 11))
		m := randomBinaryKnapsack(r)
		lower := make([]float64, len(m.Vars))
		upper := make([]float64, len(m.Vars))
		x := make([]float64, len(m.Vars))
		for j, v := range m.Vars {
			lower[j], upper[j] = v.Lower, v.Upper
			x[j] = v.Lower + r.Float64()*(v.Upper-v.Lower)
			if r.IntN(3) == 0 {
				x[j] = math.Round(x[j])
			}
		}
		row := &m.Rows[0]
		for _, sign := range []float64{1, -1} {
			c, eff, ok := coverCut(m, row, sign, x, lower, upper)
			if !ok {
				continue
			}
			if eff <= 0 {
				t.Fatalf("cut %v with efficacy %v", c, eff)
			}
			cuts++
			for _, tm := range c.Terms {
				if a := math.Abs(tm.Coef); a != 1 && a > 1e-9 {
					lifted++
					break
				}
			}
			checked += checkCutByEnumeration(t, m, c)
		}
	}
	t.Logf("%d cuts (%d with a lifted coefficient other than 1) checked against %d integer points", cuts, lifted, checked)
	if cuts < 100 || lifted < 20 {
		t.Fatalf("%d cuts, %d lifted: the test does not exercise the separator", cuts, lifted)
	}
}

// randomBinaryKnapsack is one row (≤, or ≥ written negated) over 3–7
// binaries and, at times, a general integer and a continuous variable.
func randomBinaryKnapsack(r *rand.Rand) *Model {
	m := &Model{Name: "bknap"}
	nb := 3 + r.IntN(5)
	for j := 0; j < nb; j++ {
		m.AddVar(varName(j), 0, 1, 0, true)
	}
	if r.IntN(3) == 0 {
		m.AddVar(varName(nb), 0, float64(1+r.IntN(3)), 0, true)
	}
	if r.IntN(3) == 0 {
		m.AddVar(varName(len(m.Vars)), 0, 1+3*r.Float64(), 0, false)
	}
	var terms []Term
	pos := 0.0
	for j := range m.Vars {
		a := math.Round((1+9*r.Float64())*100) / 100
		if r.IntN(5) == 0 {
			a = -a
		} else {
			pos += a
		}
		terms = append(terms, Term{Var(j), a})
	}
	b := math.Round(pos*(0.25+0.5*r.Float64())*100) / 100
	if r.IntN(3) == 0 {
		for k := range terms {
			terms[k].Coef = -terms[k].Coef
		}
		m.AddRow("k", -b, math.Inf(1), terms...)
	} else {
		m.AddRow("k", math.Inf(-1), b, terms...)
	}
	return m
}
