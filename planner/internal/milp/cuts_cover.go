package milp

import (
	"math"
	"sort"
)

// Lifted cover cuts on knapsack rows over binaries.
//
// A row in ≤ form, Σ a_j·x_j ≤ β, whose other variables are relaxed to
// their least contribution (a_j·l_j or a_j·u_j) gives a knapsack over its
// binaries; a binary with a negative coefficient is complemented
// (x = 1 − x̄), so that every coefficient is positive. A cover C is a set
// of binaries with Σ_C a_j > b; it is minimal when each of its items is
// needed. The cover inequality Σ_C x_j ≤ |C| − 1 is lifted for the other
// binaries with the superadditive function g of Gu, Nemhauser and
// Savelsbergh (sequence-independent lifting): with a_1 ≥ … ≥ a_r the
// cover's coefficients, μ_h = a_1 + … + a_h, λ = μ_r − b > 0 and
// ρ_h = max(0, a_{h+1} − (a_1 − λ)),
//
//	g(z) = h                                if μ_h − λ + ρ_h ≤ z ≤ μ_{h+1} − λ
//	g(z) = h − (μ_h − λ + ρ_h − z)/ρ_1      if μ_h − λ < z < μ_h − λ + ρ_h
//
// and the cut Σ_C x_j + Σ_{j∉C} g(a_j)·x_j ≤ |C| − 1 holds for every
// point of the knapsack. The cover is chosen greedily by (1 − x*_j)/a_j at
// the LP point x* and made minimal by dropping the items of least LP value
// first. The bounds used are the root's, so the cuts are valid in the
// whole tree.

// useCover enables the lifted cover cuts, at the root and below it. They
// are off: the planner's models have few rows over two or more binaries
// and none of them gave a violated cover on the generated models or the
// benchmark suite's (see docs/planner.md); tests compare both ways.
var useCover bool

// coverItem is one binary of the knapsack.
type coverItem struct {
	j    int
	a    float64 // positive coefficient on x (or on 1 − x)
	comp bool    // the knapsack holds 1 − x_j
	xv   float64 // LP value of the knapsack variable
}

// isBinary reports whether j is an integer variable with bounds [0, 1].
func isBinary(m *Model, j int, lower, upper []float64) bool {
	return m.Vars[j].Integer && lower[j] == 0 && upper[j] == 1
}

// coverCut derives a lifted cover cut from row r in ≤ form (sign +1 uses
// Σ a·x ≤ Upper, −1 uses −Σ a·x ≤ −Lower) at the LP point x with the
// bounds lower/upper. ok is false when the row is no knapsack over
// binaries or no violated cut is found.
func coverCut(m *Model, r *Row, sign float64, x, lower, upper []float64) (Row, float64, bool) {
	b := r.Upper
	if sign < 0 {
		b = -r.Lower
	}
	if math.IsInf(b, 0) {
		return Row{}, 0, false
	}
	var items []coverItem
	for _, t := range r.Terms {
		j := int(t.Var)
		a := sign * t.Coef
		if a == 0 {
			continue
		}
		if !isBinary(m, j, lower, upper) {
			// Relax to its least contribution.
			lo, up := lower[j], upper[j]
			v := math.Min(a*lo, a*up)
			if math.IsInf(v, 0) || math.IsNaN(v) {
				return Row{}, 0, false
			}
			b -= v
			continue
		}
		if a > 0 {
			items = append(items, coverItem{j: j, a: a, xv: x[j]})
		} else {
			// a·x = a + |a|·(1 − x)
			b -= a
			items = append(items, coverItem{j: j, a: -a, comp: true, xv: 1 - x[j]})
		}
	}
	if len(items) < 2 || b <= 0 || math.IsNaN(b) {
		return Row{}, 0, false
	}
	// Items that cannot be 1 in the knapsack keep a zero coefficient.
	tol := 1e-9 * math.Max(1, b)
	cand := items[:0:0]
	for _, it := range items {
		if it.a <= b+tol {
			cand = append(cand, it)
		}
	}
	if len(cand) < 2 {
		return Row{}, 0, false
	}
	// Greedy cover: least (1 − x*)/a first.
	order := make([]int, len(cand))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(p, q int) bool {
		ip, iq := cand[order[p]], cand[order[q]]
		return (1-ip.xv)*iq.a < (1-iq.xv)*ip.a
	})
	inCover := make([]bool, len(cand))
	sum := 0.0
	var cover []int
	for _, k := range order {
		cover = append(cover, k)
		inCover[k] = true
		sum += cand[k].a
		if sum > b+tol {
			break
		}
	}
	if sum <= b+tol {
		return Row{}, 0, false
	}
	// Minimal: drop the items of least LP value while still a cover.
	sort.SliceStable(cover, func(p, q int) bool { return cand[cover[p]].xv < cand[cover[q]].xv })
	kept := cover[:0]
	for idx, k := range cover {
		if sum-cand[k].a > b+tol && len(cover)-idx+len(kept) > 2 {
			sum -= cand[k].a
			inCover[k] = false
			continue
		}
		kept = append(kept, k)
	}
	cover = kept
	lhs := 0.0
	for _, k := range cover {
		lhs += cand[k].xv
	}
	if lhs <= float64(len(cover)-1)+1e-6 {
		return Row{}, 0, false
	}
	g := liftFunc(cand, cover, b)
	// The cut over the knapsack variables, then back to x.
	rhs := float64(len(cover) - 1)
	var terms []Term
	for k, it := range cand {
		c := 1.0
		if !inCover[k] {
			c = g(it.a)
			if c <= 1e-9 {
				continue
			}
		}
		if it.comp {
			// c·(1 − x) = c − c·x
			rhs -= c
			c = -c
		}
		terms = append(terms, Term{Var(it.j), c})
	}
	return finishCut(terms, rhs, x)
}

// liftFunc returns the superadditive lifting function of the minimal
// cover (indices into items) of the knapsack with capacity b, evaluated a
// little to the left of its argument: g is nondecreasing, so rounding can
// only lower a coefficient, never make the cut invalid.
func liftFunc(items []coverItem, cover []int, b float64) func(z float64) float64 {
	a := make([]float64, len(cover))
	for k, c := range cover {
		a[k] = items[c].a
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(a)))
	r := len(a)
	mu := make([]float64, r+1)
	for h := 0; h < r; h++ {
		mu[h+1] = mu[h] + a[h]
	}
	lambda := mu[r] - b
	rho := make([]float64, r)
	for h := 0; h < r; h++ {
		rho[h] = math.Max(0, a[h]-(a[0]-lambda))
	}
	eps := 1e-9 * math.Max(1, b)
	return func(z float64) float64 {
		z -= eps
		if z <= 0 {
			return 0
		}
		for h := 0; h < r; h++ {
			if z <= mu[h+1]-lambda {
				if h >= 1 && rho[1] > 0 && z < mu[h]-lambda+rho[h] {
					return math.Max(0, float64(h)-(mu[h]-lambda+rho[h]-z)/rho[1])
				}
				return float64(h)
			}
		}
		return float64(r - 1)
	}
}

// coverCuts separates lifted cover cuts at the LP point x from every row
// of the LP that is a knapsack over at least two binaries with a
// fractional one. It returns at most maxCuts cuts, the most efficacious
// first.
func (b *bnb) coverCuts(x []float64, maxCuts int) []Row {
	m := b.m
	lower, upper := b.inst.lower, b.inst.upper
	var cuts []scoredCut
	seen := map[string]bool{}
	for i := range b.inst.lp.Rows {
		r := &b.inst.lp.Rows[i]
		frac := false
		for _, t := range r.Terms {
			j := int(t.Var)
			if isBinary(m, j, lower, upper) && x[j] > intTol && x[j] < 1-intTol {
				frac = true
				break
			}
		}
		if !frac {
			continue
		}
		for _, sign := range []float64{1, -1} {
			c, eff, ok := coverCut(m, r, sign, x, lower, upper)
			if !ok {
				continue
			}
			if key := cutKey(c); !seen[key] {
				seen[key] = true
				cuts = append(cuts, scoredCut{c, eff})
			}
		}
	}
	return bestCuts(cuts, maxCuts)
}
