package milp

// propagator runs bound propagation from a few variables whose bounds
// changed: only the rows that hold them are visited, then the rows of the
// variables those tighten, until nothing moves or a work limit is spent.
// It serves probing at the root and the nodes of the branch and bound.
type propagator struct {
	m       *Model
	rows    []Row
	colRows [][]int32 // the rows that hold each variable
	nnz     int

	queue   []int32
	inQueue []bool
	// trail records bounds before they moved, for undo.
	trail []boundChange
	// work counts term visits of the current run.
	work int
	// pool, when set, holds the rows from index pool.base on (conflict
	// constraints); it is told which of them tighten a bound.
	pool *conflictPool
}

// boundChange is a variable's bounds before a change.
type boundChange struct {
	j      Var
	lo, up float64
}

func newPropagator(m *Model, rows []Row) *propagator {
	p := &propagator{m: m, rows: rows, colRows: make([][]int32, len(m.Vars)), inQueue: make([]bool, len(rows))}
	for i, r := range rows {
		for _, t := range r.Terms {
			p.colRows[t.Var] = append(p.colRows[t.Var], int32(i))
		}
		p.nnz += len(r.Terms)
	}
	return p
}

// enqueue adds the rows of variable j to the queue.
func (p *propagator) enqueue(j Var) {
	for _, i := range p.colRows[j] {
		if !p.inQueue[i] {
			p.inQueue[i] = true
			p.queue = append(p.queue, i)
		}
	}
}

// set changes the bounds of j, on the trail.
func (p *propagator) set(j Var, lo, up float64, lower, upper []float64) {
	p.trail = append(p.trail, boundChange{j: j, lo: lower[j], up: upper[j]})
	lower[j], upper[j] = lo, up
}

// undo restores the bounds recorded on the trail after mark.
func (p *propagator) undo(mark int, lower, upper []float64) {
	for k := len(p.trail) - 1; k >= mark; k-- {
		c := p.trail[k]
		lower[c.j], upper[c.j] = c.lo, c.up
	}
	p.trail = p.trail[:mark]
}

// run propagates from the variables seeds over lower and upper (changed
// in place, each change on the trail) until no row tightens a bound or
// more than limit term visits are spent. It reports false when it proves
// the bounds infeasible.
func (p *propagator) run(seeds []Var, lower, upper []float64, limit int) bool {
	p.work = 0
	for _, j := range seeds {
		p.enqueue(j)
	}
	changed := func(j Var, lo, up float64) {
		p.trail = append(p.trail, boundChange{j: j, lo: lo, up: up})
		p.enqueue(j)
	}
	ok := true
	for q := 0; q < len(p.queue); q++ {
		i := p.queue[q]
		p.inQueue[i] = false
		if !ok || p.work > limit {
			continue
		}
		r := &p.rows[i]
		p.work += 2 * len(r.Terms)
		if p.pool != nil && int(i) >= p.pool.base {
			ok, _ = p.pool.propagate(p.m, int(i), r, lower, upper, changed)
		} else {
			ok, _ = tightenRow(p.m, r, lower, upper, changed)
		}
	}
	p.queue = p.queue[:0]
	return ok
}

// probe tries each binary variable at 0 and at 1 and propagates
// (probing): a side that propagation proves infeasible fixes the variable
// to the other, and a bound both sides imply holds for the model. lower
// and upper are changed in place; work bounds the term visits in all. It
// reports false when both sides of some variable are infeasible, and how
// many variables it fixed and bounds it tightened.
func (p *propagator) probe(lower, upper []float64, work int) (ok bool, fixed, tightened int) {
	n := len(p.m.Vars)
	// The bounds the 0 side implied, for the variables stamped with the
	// probe's number.
	lo0, up0, stamp := make([]float64, n), make([]float64, n), make([]int, n)
	for j := range p.m.Vars {
		if work <= 0 {
			break
		}
		v := Var(j)
		if !p.m.Vars[j].Integer || lower[j] != 0 || upper[j] != 1 || len(p.colRows[j]) == 0 {
			continue
		}
		var feasible [2]bool
		var implied []boundChange // both sides
		for s := 0; s < 2; s++ {
			mark := len(p.trail)
			p.set(v, float64(s), float64(s), lower, upper)
			feasible[s] = p.run([]Var{v}, lower, upper, work)
			work -= p.work
			if feasible[s] {
				for _, c := range p.trail[mark+1:] {
					k := c.j
					switch {
					case s == 0:
						lo0[k], up0[k], stamp[k] = lower[k], upper[k], j+1
					case stamp[k] == j+1:
						implied = append(implied, boundChange{j: k, lo: min(lo0[k], lower[k]), up: max(up0[k], upper[k])})
						stamp[k] = 0
					}
				}
			}
			p.undo(mark, lower, upper)
		}
		switch {
		case !feasible[0] && !feasible[1]:
			return false, fixed, tightened
		case !feasible[0] || !feasible[1]:
			val := 0.0
			if !feasible[0] {
				val = 1
			}
			p.set(v, val, val, lower, upper)
			fixed++
			if !p.run([]Var{v}, lower, upper, max(work, p.nnz)) {
				return false, fixed, tightened
			}
			work -= p.work
		default:
			// A bound implied on both sides holds: the weaker of the two.
			for _, c := range implied {
				k := c.j
				if tightens(c.lo, lower[k], 1) || tightens(c.up, upper[k], -1) {
					p.set(k, max(c.lo, lower[k]), min(c.up, upper[k]), lower, upper)
					tightened++
				}
			}
		}
	}
	p.trail = p.trail[:0]
	return true, fixed, tightened
}
