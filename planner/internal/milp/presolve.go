package milp

import "math"

// strengthenRows returns the model's rows with repeated terms merged and
// the coefficients of binary variables tightened in one-sided rows
// (Savelsbergh's coefficient strengthening). For a row Σ a_j·x_j ≤ b with
// maximal activity M and a binary x_k:
//
//   - if a_k > 0 and M − a_k < b (the row is slack whenever x_k = 0), with
//     d = b − (M − a_k): a_k ← a_k − d and b ← b − d;
//   - if a_k < 0 and M + a_k < b (the row is slack whenever x_k = 1), with
//     d = b − (M + a_k): a_k ← a_k + d.
//
// Both keep every integer-feasible point feasible and cut off fractional
// ones, e.g. a big-M link x ≤ 100·y with x ≤ 6 becomes x ≤ 6·y. ≥ rows are
// handled by negation; ranged rows and equalities are left alone. lower
// and upper are the variable bounds (integer bounds already rounded).
// rows (from mergedRows) are changed in place; n counts the changed
// coefficients.
func strengthenRows(m *Model, rows []Row, lower, upper []float64) (n int) {
	for i, r := range rows {
		terms := r.Terms
		lo, up := r.Lower, r.Upper
		var sign float64
		switch {
		case math.IsInf(lo, -1) && !math.IsInf(up, 1):
			sign = 1
		case math.IsInf(up, 1) && !math.IsInf(lo, -1):
			sign = -1
		default:
			continue
		}
		b := sign * up
		if sign < 0 {
			b = -lo
		}
		maxAct := 0.0
		for _, t := range terms {
			a := sign * t.Coef
			if a > 0 {
				maxAct += a * upper[t.Var]
			} else {
				maxAct += a * lower[t.Var]
			}
		}
		if math.IsInf(maxAct, 0) || math.IsNaN(maxAct) || maxAct <= b {
			continue
		}
		for p := range terms {
			t := &terms[p]
			j := t.Var
			v := m.Vars[j]
			if !v.Integer || lower[j] != 0 || upper[j] != 1 {
				continue
			}
			a := sign * t.Coef
			eps := 1e-9 * math.Max(1, math.Abs(b))
			switch {
			case a > 0 && maxAct-a < b-eps:
				d := b - (maxAct - a)
				if d < 1e-7*math.Max(1, math.Abs(a)) {
					continue
				}
				a -= d
				b -= d
				maxAct -= d
			case a < 0 && maxAct+a < b-eps:
				d := b - (maxAct + a)
				if d < 1e-7*math.Max(1, math.Abs(a)) {
					continue
				}
				a += d
			default:
				continue
			}
			t.Coef = sign * a
			n++
		}
		if sign > 0 {
			rows[i].Upper = b
		} else {
			rows[i].Lower = -b
		}
	}
	return n
}

// mergedRows returns a copy of the model's rows with repeated variables
// summed and zero coefficients dropped.
func mergedRows(m *Model) []Row {
	rows := make([]Row, len(m.Rows))
	slot := make([]int, len(m.Vars))
	for j := range slot {
		slot[j] = -1
	}
	for i, r := range m.Rows {
		terms := make([]Term, 0, len(r.Terms))
		for _, t := range r.Terms {
			if k := slot[t.Var]; k >= 0 {
				terms[k].Coef += t.Coef
				continue
			}
			slot[t.Var] = len(terms)
			terms = append(terms, t)
		}
		k := 0
		for _, t := range terms {
			slot[t.Var] = -1
			if t.Coef != 0 {
				terms[k] = t
				k++
			}
		}
		rows[i] = Row{Name: r.Name, Terms: terms[:k], Lower: r.Lower, Upper: r.Upper}
	}
	return rows
}

// propagate tightens variable bounds implied by the rows (activity-based
// bound propagation, a few passes). Integer bounds are rounded. lower and
// upper are updated in place; it reports false if some bound pair became
// empty (the model is infeasible).
func propagate(m *Model, rows []Row, lower, upper []float64) bool {
	for pass := 0; pass < 8; pass++ {
		changed := false
		for i := range rows {
			ok, n := tightenRow(m, &rows[i], lower, upper, nil)
			if !ok {
				return false
			}
			changed = changed || n > 0
		}
		if !changed {
			break
		}
	}
	return true
}

// tightenRow tightens the bounds of a row's variables from the activity of
// the others (integer bounds rounded), calling changed for each variable
// whose bound moved (if not nil) with its bounds before. It reports false when some variable's
// bounds became empty, and how many bounds moved.
func tightenRow(m *Model, r *Row, lower, upper []float64, changed func(j Var, lo, up float64)) (bool, int) {
	if len(r.Terms) == 0 {
		return true, 0
	}
	hasL, hasU := !math.IsInf(r.Lower, -1), !math.IsInf(r.Upper, 1)
	if !hasL && !hasU {
		return true, 0
	}
	// Finite parts of the minimal and maximal activity and the number of
	// infinite contributions.
	var minF, maxF float64
	var minInf, maxInf int
	for _, t := range r.Terms {
		lo, up := lower[t.Var], upper[t.Var]
		if t.Coef < 0 {
			lo, up = up, lo
		}
		if c := t.Coef * lo; math.IsInf(c, 0) {
			minInf++
		} else {
			minF += c
		}
		if c := t.Coef * up; math.IsInf(c, 0) {
			maxInf++
		} else {
			maxF += c
		}
	}
	if minInf > 1 && maxInf > 1 {
		return true, 0
	}
	n := 0
	for _, t := range r.Terms {
		j, a := t.Var, t.Coef
		lo, up := lower[j], upper[j]
		if a < 0 {
			lo, up = up, lo
		}
		// Residual activity of the other terms.
		resMin, okMin := residual(minF, minInf, a*lo)
		resMax, okMax := residual(maxF, maxInf, a*up)
		newLo, newUp := math.Inf(-1), math.Inf(1)
		if hasU && okMin {
			if a > 0 {
				newUp = (r.Upper - resMin) / a
			} else {
				newLo = (r.Upper - resMin) / a
			}
		}
		if hasL && okMax {
			if a > 0 {
				newLo = math.Max(newLo, (r.Lower-resMax)/a)
			} else {
				newUp = math.Min(newUp, (r.Lower-resMax)/a)
			}
		}
		if m.Vars[j].Integer {
			newLo = math.Ceil(newLo - 1e-6)
			newUp = math.Floor(newUp + 1e-6)
		}
		moved, oldLo, oldUp := false, lower[j], upper[j]
		if tightens(newLo, lower[j], 1) {
			lower[j] = newLo
			moved = true
		}
		if tightens(newUp, upper[j], -1) {
			upper[j] = newUp
			moved = true
		}
		if moved {
			n++
			if changed != nil {
				changed(j, oldLo, oldUp)
			}
		}
		if lower[j] > upper[j]+1e-6*math.Max(1, math.Abs(upper[j])) {
			return false, n
		}
		if lower[j] > upper[j] {
			lower[j] = upper[j]
		}
	}
	return true, n
}

// residual is the activity bound of the other terms of a row given the
// finite part f, the number of infinite contributions k and this term's
// contribution c.
func residual(f float64, k int, c float64) (float64, bool) {
	switch {
	case math.IsInf(c, 0) && k == 1:
		return f, true
	case k == 0:
		return f - c, true
	}
	return 0, false
}

// tightens reports whether the new bound v improves the old one
// significantly (dir 1 for a lower bound, −1 for an upper bound).
func tightens(v, old float64, dir float64) bool {
	if math.IsInf(v, 0) || math.IsNaN(v) {
		return false
	}
	if math.IsInf(old, 0) {
		return true
	}
	return dir*(v-old) > 1e-6*math.Max(1, math.Abs(old))
}

// useDominated enables dominated-column fixing. It is off: it fixed no
// variable of the generated placement instances or of the planner's
// benchmark suite, whose integer variables all have upper bounds (see
// docs/planner.md); tests compare both ways.
var useDominated bool

// fixDominated fixes integer variables at their lower bound by dominated
// columns and returns how many it fixed. upper is changed in place.
//
// Column j dominates column k, both in the row form Lower_i ≤ Σ a_i·x ≤
// Upper_i, when c_j ≤ c_k and in every row i
//
//   - a_ij ≤ a_ik if only Upper_i is finite,
//   - a_ij ≥ a_ik if only Lower_i is finite,
//   - a_ij = a_ik if both are (equalities and ranged rows).
//
// Claim: if j dominates k, x_k is integer with a finite lower bound l_k and
// x_j has no upper bound (and is continuous, or integer like x_k), then
// some optimal solution has x_k = l_k, so fixing x_k = l_k keeps an
// optimum. Proof: take any optimal x with x_k > l_k and let
// δ = x_k − l_k > 0 (an integer). Set x'_k = l_k and x'_j = x_j + δ, the
// other values unchanged. x'_j ≥ x_j ≥ l_j and has no upper bound to
// violate; x'_j is integral when x_j and δ are. Each row's activity moves
// by δ·(a_ij − a_ik): by at most 0 in a row with only an upper bound, by at
// least 0 in one with only a lower bound, by exactly 0 in one with both, so
// every row stays satisfied. The objective moves by δ·(c_j − c_k) ≤ 0, so
// x' is optimal too. ∎
//
// Fixings are applied one after another, each checked against the bounds
// as they stand: a fixed variable has a finite upper bound and never
// serves as a dominating column afterwards, so each step keeps an optimum
// of the model left by the steps before it (no two columns fix each
// other). lower and upper are bounds every feasible solution satisfies;
// rows are the merged rows. The search is bounded by a work limit.
func fixDominated(m *Model, rows []Row, lower, upper []float64) int {
	n := len(m.Vars)
	type entry struct {
		i int
		a float64
	}
	cols := make([][]entry, n)
	nnz := 0
	for i, r := range rows {
		for _, t := range r.Terms {
			cols[t.Var] = append(cols[t.Var], entry{i, t.Coef})
			nnz++
		}
	}
	// rowSide is 1 for a row with only an upper bound, −1 for only a
	// lower bound, 2 for both, 0 for none.
	rowSide := make([]int8, len(rows))
	for i, r := range rows {
		hasL, hasU := !math.IsInf(r.Lower, -1), !math.IsInf(r.Upper, 1)
		switch {
		case hasL && hasU:
			rowSide[i] = 2
		case hasU:
			rowSide[i] = 1
		case hasL:
			rowSide[i] = -1
		}
	}
	okPair := func(side int8, aj, ak float64) bool {
		switch side {
		case 1:
			return aj <= ak
		case -1:
			return aj >= ak
		case 2:
			return aj == ak
		}
		return true
	}
	work, limit := 0, 20*nnz+100_000
	// dominates reports whether column j dominates column k (columns are
	// sorted by row).
	dominates := func(j, k int) bool {
		if m.Vars[j].Obj > m.Vars[k].Obj {
			return false
		}
		cj, ck := cols[j], cols[k]
		p, q := 0, 0
		for p < len(cj) || q < len(ck) {
			work++
			switch {
			case q == len(ck) || (p < len(cj) && cj[p].i < ck[q].i):
				if !okPair(rowSide[cj[p].i], cj[p].a, 0) {
					return false
				}
				p++
			case p == len(cj) || ck[q].i < cj[p].i:
				if !okPair(rowSide[ck[q].i], 0, ck[q].a) {
					return false
				}
				q++
			default:
				if !okPair(rowSide[cj[p].i], cj[p].a, ck[q].a) {
					return false
				}
				p++
				q++
			}
		}
		return true
	}
	// Dominating candidates: variables without an upper bound.
	var free []int
	for j := range n {
		if math.IsInf(upper[j], 1) {
			free = append(free, j)
		}
	}
	if len(free) == 0 {
		return 0
	}
	fixed := 0
	for k := range n {
		if work > limit {
			break
		}
		if !m.Vars[k].Integer || math.IsInf(lower[k], -1) || lower[k] >= upper[k] {
			continue
		}
		// A row in which a dominating column must appear (an equality,
		// or a one-sided row where 0 would be worse than a_ik) restricts
		// the candidates to its terms; take the shortest.
		cands := free
		var short *Row
		for _, e := range cols[k] {
			if !okPair(rowSide[e.i], 0, e.a) && (short == nil || len(rows[e.i].Terms) < len(short.Terms)) {
				short = &rows[e.i]
			}
		}
		if short != nil {
			cands = cands[:0:0]
			for _, t := range short.Terms {
				if math.IsInf(upper[t.Var], 1) {
					cands = append(cands, int(t.Var))
				}
			}
		}
		for _, j := range cands {
			work++
			if j == k {
				continue
			}
			if dominates(j, k) {
				upper[k] = lower[k]
				fixed++
				break
			}
		}
	}
	return fixed
}
