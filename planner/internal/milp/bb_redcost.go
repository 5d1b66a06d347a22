package milp

import "math"

// Reduced-cost fixing.
//
// At the optimal root LP (with its cuts) of objective z, a nonbasic
// variable x_j at its lower bound l_j with reduced cost d_j > 0 raises the
// LP objective by at least d_j per unit it moves up, in every subproblem:
// the root LP with x_j ≥ l_j + t is bounded below by z + d_j·t. A solution
// better than the incumbent (objective U) therefore has
// x_j ≤ l_j + (U − z)/d_j, rounded down for an integer variable; likewise
// x_j ≥ u_j − (U − z)/|d_j| for one at its upper bound with d_j < 0. The
// bounds are tightened at the root, for the whole tree, each time the
// incumbent improves; no improving solution is lost, so optimality proofs
// stand.

// rootReducedCosts keeps what reduced-cost fixing needs of the root LP.
type rootReducedCosts struct {
	obj   float64   // root LP objective
	d     []float64 // reduced costs in original units, 0 for basic variables
	fixAt float64   // the incumbent objective of the last fixing
	fixed int       // integer bounds tightened so far
}

// saveRootReducedCosts records the reduced costs of the optimal root LP.
func (b *bnb) saveRootReducedCosts() {
	sx := b.sx
	sx.computeDuals()
	rc := &rootReducedCosts{obj: sx.objective(), d: make([]float64, sx.n), fixAt: math.Inf(1)}
	for _, j := range b.ints {
		switch sx.status[j] {
		case stLower:
			if d := sx.d[j] / sx.colScale[j]; d > 1e-7 {
				rc.d[j] = d
			}
		case stUpper:
			if d := sx.d[j] / sx.colScale[j]; d < -1e-7 {
				rc.d[j] = d
			}
		}
	}
	b.rc = rc
}

// fixByReducedCost tightens the root bounds of integer variables by their
// root reduced costs against the incumbent, and applies the new bounds to
// the subproblem loaded in the LP where they are consistent with it. It
// returns the number of bounds tightened.
func (b *bnb) fixByReducedCost() int {
	rc := b.rc
	if rc == nil || math.IsInf(b.incObj, 1) || b.incObj >= rc.fixAt {
		return 0
	}
	rc.fixAt = b.incObj
	slack := b.incObj - rc.obj
	if slack < 0 {
		return 0
	}
	n := 0
	for _, j := range b.ints {
		d := rc.d[j]
		if d == 0 {
			continue
		}
		lo, up := b.inst.lower[j], b.inst.upper[j]
		steps := math.Floor(slack/math.Abs(d) + 1e-6)
		if d > 0 {
			if nu := lo + steps; nu < up {
				b.inst.upper[j] = nu
				n++
				b.applyRootBound(j)
			}
		} else {
			if nl := up - steps; nl > lo {
				b.inst.lower[j] = nl
				n++
				b.applyRootBound(j)
			}
		}
	}
	rc.fixed += n
	if traceBB != nil && n > 0 {
		traceBB("reduced-cost fixing: %d bounds at incumbent %.6f (root LP %.6f)", n, b.incObj, rc.obj)
	}
	return n
}

// applyRootBound brings the root bounds of j, just tightened, into the
// bounds of the loaded subproblem.
func (b *bnb) applyRootBound(j int) {
	lo := math.Max(b.curLo[j], b.inst.lower[j])
	up := math.Min(b.curUp[j], b.inst.upper[j])
	if lo > up {
		// The loaded subproblem cannot improve the incumbent; it is
		// closed by its bound. Its LP keeps the looser bounds.
		return
	}
	if lo == b.curLo[j] && up == b.curUp[j] {
		return
	}
	if !b.isChanged[j] {
		b.curLo[j], b.curUp[j] = lo, up
		cs := b.sx.colScale[j]
		b.sx.setBounds(j, lo/cs, up/cs)
		return
	}
	b.setVarBounds(j, lo, up)
}
