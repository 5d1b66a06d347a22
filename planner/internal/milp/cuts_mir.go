package milp

import (
	"math"
	"slices"
	"sort"
)

// Complemented mixed-integer rounding (c-MIR) cuts, after Marchand and
// Wolsey, on single rows and on short aggregations of rows.
//
// A base inequality Σ a_j·x_j ≤ β is a row in ≤ form (a ≥ row negated; an
// equality either way) or a nonnegative combination of such rows. Each
// variable is moved to a bound: x_j = l_j + x̄_j or x_j = u_j − x̄_j with
// x̄_j ≥ 0 (integer variables to the bound nearer their LP value,
// continuous ones likewise). Dividing by δ > 0 gives
// Σ ã_j·x̄_j + Σ c̃_j·z̄_j ≤ β̃ with integer x̄ and continuous z̄, and the
// MIR inequality with f = β̃ − ⌊β̃⌋
//
//	Σ (⌊ã_j⌋ + max(0, frac(ã_j) − f)/(1 − f))·x̄_j + Σ_{c̃_j<0} c̃_j/(1 − f)·z̄_j ≤ ⌊β̃⌋
//
// is valid for every point with integral x̄ (continuous terms with positive
// coefficients are dropped, which only relaxes the base). The divisor δ is
// tried among the coefficients of integer variables strictly between their
// bounds, then halved up to three times; the most efficacious cut is kept.
// On knapsack rows (budgets, cluster capacity) these are the lifted cover
// and knapsack cover cuts' general-integer counterpart; aggregating a row
// with the rows of the continuous variables it holds (routing, demand)
// gives the flow-cover-like cuts of single-node flow sets.
//
// Bounds are the root's, so the cuts are valid in the whole tree.

const (
	mirMinFrac    = 0.05 // skip bases whose scaled rhs is this close to integral
	mirMaxDivisor = 8
)

// Rows in one aggregation, and rounds of the root cut loop (which ends
// sooner when two rounds in a row move the bound by less than 1e-4
// relatively). A demand met by routing over many clusters is reached from
// a cluster's replicas only through a chain of serve and demand rows: six
// rows and up to 50 rounds let the c-MIR cuts read it. shallowCuts restores three rows and ten rounds
// (tests and measurements compare both ways).
var shallowCuts bool

func mirMaxAggr() int {
	if shallowCuts {
		return 3
	}
	return 6
}

func rootCutRounds() int {
	if shallowCuts {
		return 10
	}
	return 50
}

// mirBase is an inequality Σ coef·x ≤ rhs over the structural variables,
// dense over the touched variables.
type mirBase struct {
	coef    []float64
	touched []int
	rhs     float64
}

func (bs *mirBase) add(j int, c float64) {
	if bs.coef[j] == 0 {
		bs.touched = append(bs.touched, j)
	}
	bs.coef[j] += c
	if bs.coef[j] == 0 {
		bs.coef[j] = 1e-300 // keep it listed
	}
}

func (bs *mirBase) reset() {
	for _, j := range bs.touched {
		bs.coef[j] = 0
	}
	bs.touched = bs.touched[:0]
	bs.rhs = 0
}

// addRow adds λ·(row in ≤ form): sign +1 uses Σ a·x ≤ Upper, −1 uses
// −Σ a·x ≤ −Lower.
func (bs *mirBase) addRow(r *Row, sign, lambda float64) {
	for _, t := range r.Terms {
		bs.add(int(t.Var), lambda*sign*t.Coef)
	}
	if sign > 0 {
		bs.rhs += lambda * r.Upper
	} else {
		bs.rhs -= lambda * r.Lower
	}
}

// mirCut derives the most efficacious c-MIR cut from the base at the LP
// point x with the bounds lower/upper; ok is false when none is violated.
func mirCut(m *Model, bs *mirBase, x, lower, upper []float64) (Row, float64, bool) {
	type item struct {
		j      int
		a      float64 // coefficient on x̄
		comp   bool    // x = u − x̄
		xbar   float64 // LP value of x̄
		intVar bool
	}
	items := make([]item, 0, len(bs.touched))
	beta := bs.rhs
	maxAbs := 0.0
	for _, j := range bs.touched {
		a := bs.coef[j]
		if math.Abs(a) < 1e-9 {
			// Relax a tiny coefficient away safely: bound its term.
			if a > 0 {
				if math.IsInf(lower[j], -1) {
					return Row{}, 0, false
				}
				beta -= a * lower[j]
			} else if a < 0 {
				if math.IsInf(upper[j], 1) {
					return Row{}, 0, false
				}
				beta -= a * upper[j]
			}
			continue
		}
		lo, up := lower[j], upper[j]
		it := item{j: j, intVar: m.Vars[j].Integer}
		useUp := false
		switch {
		case math.IsInf(lo, -1) && math.IsInf(up, 1):
			return Row{}, 0, false
		case math.IsInf(lo, -1):
			useUp = true
		case math.IsInf(up, 1):
		default:
			useUp = up-x[j] < x[j]-lo
		}
		if useUp {
			it.comp, it.a, it.xbar = true, -a, math.Max(0, up-x[j])
			beta -= a * up
		} else {
			it.a, it.xbar = a, math.Max(0, x[j]-lo)
			beta -= a * lo
		}
		maxAbs = math.Max(maxAbs, math.Abs(a))
		items = append(items, it)
	}
	if len(items) == 0 || math.IsInf(beta, 0) || math.IsNaN(beta) {
		return Row{}, 0, false
	}
	// Candidate divisors: coefficients of integer variables strictly
	// inside their bounds.
	var deltas []float64
	for _, it := range items {
		if it.intVar && it.xbar > 1e-6 && math.Abs(it.a) > 1e-6*maxAbs {
			d := math.Abs(it.a)
			if !containsNear(deltas, d) {
				deltas = append(deltas, d)
			}
		}
	}
	if len(deltas) == 0 {
		return Row{}, 0, false
	}
	sort.Float64s(deltas)
	// evaluate returns the violation/‖·‖ of the MIR for divisor δ in x̄
	// space.
	evaluate := func(delta float64) float64 {
		bt := beta / delta
		f := bt - math.Floor(bt)
		if f < mirMinFrac || f > 1-mirMinFrac {
			return math.Inf(-1)
		}
		act, norm := 0.0, 0.0
		for _, it := range items {
			g := mirCoef(it.a/delta, f, it.intVar)
			act += g * it.xbar
			norm += g * g
		}
		if norm == 0 {
			return math.Inf(-1)
		}
		return (act - math.Floor(bt)) / math.Sqrt(norm)
	}
	bestD, bestE := 0.0, 1e-6
	for _, d := range deltas {
		if e := evaluate(d); e > bestE {
			bestD, bestE = d, e
		}
	}
	if bestD == 0 {
		return Row{}, 0, false
	}
	for k, d := 0, bestD; k < 3; k++ {
		d /= 2
		if e := evaluate(d); e > bestE {
			bestD, bestE = d, e
		}
	}
	// Back to x space, multiplied by δ.
	delta := bestD
	bt := beta / delta
	f := bt - math.Floor(bt)
	rhs := math.Floor(bt) * delta
	var terms []Term
	minAbs, maxC := math.Inf(1), 0.0
	for _, it := range items {
		g := mirCoef(it.a/delta, f, it.intVar) * delta
		if g == 0 {
			continue
		}
		j := it.j
		if it.comp {
			// g·(u − x): −g·x ≤ rhs − g·u
			rhs -= g * upper[j]
			g = -g
		} else {
			rhs += g * lower[j]
		}
		terms = append(terms, Term{Var(j), g})
		minAbs = math.Min(minAbs, math.Abs(g))
		maxC = math.Max(maxC, math.Abs(g))
	}
	if len(terms) == 0 || maxC/minAbs > cutMaxRange || math.IsInf(rhs, 0) || math.IsNaN(rhs) {
		return Row{}, 0, false
	}
	return finishCut(terms, rhs, x)
}

// finishCut makes the cut Σ terms ≤ rhs a row if x violates it by enough,
// with its efficacy. A little slack on the right-hand side guards against
// rounding in the arithmetic that derived it.
func finishCut(terms []Term, rhs float64, x []float64) (Row, float64, bool) {
	act, norm := activity(terms, x)
	if !efficacious(act-rhs, rhs, norm) {
		return Row{}, 0, false
	}
	eff := (act - rhs) / norm
	rhs += 1e-9 * math.Max(1, math.Abs(rhs))
	return Row{Terms: terms, Lower: math.Inf(-1), Upper: rhs}, eff, true
}

// mirCoef is the MIR function: for an integer variable
// ⌊a⌋ + max(0, frac(a) − f)/(1 − f); for a continuous one min(a, 0)/(1 − f).
func mirCoef(a, f float64, integer bool) float64 {
	if !integer {
		if a < 0 {
			return a / (1 - f)
		}
		return 0
	}
	fl := math.Floor(a)
	fa := a - fl
	if fa > 1-1e-9 { // a is integral up to rounding
		return fl + 1
	}
	if fa < 1e-9 {
		return fl
	}
	return fl + math.Max(0, fa-f)/(1-f)
}

func containsNear(s []float64, v float64) bool {
	for _, w := range s {
		if math.Abs(w-v) <= 1e-9*math.Max(1, v) {
			return true
		}
	}
	return false
}

// mirCuts separates c-MIR cuts at the LP point x of the root from every
// row holding an integer variable, aggregating up to mirMaxAggr() rows to
// eliminate continuous variables strictly inside their bounds. It returns
// at most maxCuts cuts, the most efficacious first.
func (b *bnb) mirCuts(x []float64, maxCuts int) []Row {
	lp := b.inst.lp
	m := b.m
	n := len(m.Vars)
	lower, upper := b.inst.lower, b.inst.upper
	rows := lp.Rows
	// Column lists for aggregation and each row's slack at x.
	cols := make([][]int32, n)
	slack := make([]float64, len(rows))
	for i, r := range rows {
		act := 0.0
		for _, t := range r.Terms {
			cols[t.Var] = append(cols[t.Var], int32(i))
			act += t.Coef * x[t.Var]
		}
		slack[i] = math.Min(r.Upper-act, act-r.Lower)
	}
	bs := &mirBase{coef: make([]float64, n)}
	var cuts []scoredCut
	seen := map[string]bool{}
	hasFracInt := func(r *Row) bool {
		for _, t := range r.Terms {
			if m.Vars[t.Var].Integer {
				if v := x[t.Var]; math.Abs(v-math.Round(v)) > intTol {
					return true
				}
			}
		}
		return false
	}
	for i := range rows {
		r := &rows[i]
		if !hasFracInt(r) {
			continue
		}
		for _, sign := range []float64{1, -1} {
			if (sign > 0 && math.IsInf(r.Upper, 1)) || (sign < 0 && math.IsInf(r.Lower, -1)) {
				continue
			}
			bs.reset()
			bs.addRow(r, sign, 1)
			used := []int{i}
			for {
				if c, eff, ok := mirCut(m, bs, x, lower, upper); ok {
					key := cutKey(c)
					if !seen[key] {
						seen[key] = true
						cuts = append(cuts, scoredCut{c, eff})
					}
					break
				}
				if len(used) >= mirMaxAggr() {
					break
				}
				// Eliminate the continuous variable farthest from its
				// bounds with a tight row that holds it.
				bestJ, bestDist := -1, 1e-6
				for _, j := range bs.touched {
					if m.Vars[j].Integer || math.Abs(bs.coef[j]) < 1e-9 {
						continue
					}
					d := math.Min(x[j]-lower[j], upper[j]-x[j])
					if d > bestDist {
						bestJ, bestDist = j, d
					}
				}
				if bestJ < 0 {
					break
				}
				next, nsign, lambda := -1, 0.0, 0.0
				// Pass 0: a variable upper bound on a binary (with
				// useVUBAggr); pass 1: a tight row.
				for pass := 0; pass < 2 && next < 0; pass++ {
					if pass == 0 && !useVUBAggr {
						continue
					}
					for _, k := range cols[bestJ] {
						k := int(k)
						if slices.Contains(used, k) {
							continue
						}
						tight := slack[k] <= 1e-6*math.Max(1, math.Max(math.Abs(rows[k].Lower), math.Abs(rows[k].Upper)))
						if pass == 0 && !isVUB(m, &rows[k], bestJ, lower, upper) || pass == 1 && !tight {
							continue
						}
						var e float64
						for _, t := range rows[k].Terms {
							if int(t.Var) == bestJ {
								e += t.Coef
							}
						}
						if e == 0 {
							continue
						}
						c := bs.coef[bestJ]
						// λ·sign·e = −c with λ > 0.
						s := -math.Copysign(1, c*e)
						if (s > 0 && math.IsInf(rows[k].Upper, 1)) || (s < 0 && math.IsInf(rows[k].Lower, -1)) {
							continue
						}
						next, nsign, lambda = k, s, math.Abs(c/e)
						break
					}
				}
				if next < 0 {
					break
				}
				bs.addRow(&rows[next], nsign, lambda)
				bs.coef[bestJ] = 1e-300 // eliminated exactly
				used = append(used, next)
			}
		}
	}
	return bestCuts(cuts, maxCuts)
}

// cutKey identifies a cut's terms and rhs, to drop repeats.
func cutKey(r Row) string {
	buf := make([]byte, 0, 16*len(r.Terms)+8)
	for _, t := range r.Terms {
		buf = appendFloatKey(buf, float64(t.Var))
		buf = appendFloatKey(buf, t.Coef)
	}
	return string(appendFloatKey(buf, r.Upper))
}

func appendFloatKey(buf []byte, v float64) []byte {
	u := math.Float64bits(float32ToKey(v))
	for k := 0; k < 8; k++ {
		buf = append(buf, byte(u>>(8*k)))
	}
	return buf
}

// float32ToKey rounds v to 7 significant digits so that near-identical
// cuts share a key.
func float32ToKey(v float64) float64 { return float64(float32(v)) }

// useVUBAggr makes the c-MIR aggregation eliminate a continuous variable
// with its variable upper bound on a binary (x ≤ u·y), tight or not, before
// trying the tight rows: the substitution behind flow cover cuts. Off: see
// docs/planner.md.
var useVUBAggr bool

// isVUB reports whether row r holds only the continuous variable j and a
// binary.
func isVUB(m *Model, r *Row, j int, lower, upper []float64) bool {
	if len(r.Terms) != 2 {
		return false
	}
	o := r.Terms[0].Var
	if int(o) == j {
		o = r.Terms[1].Var
	}
	return int(o) != j && isBinary(m, int(o), lower, upper)
}
