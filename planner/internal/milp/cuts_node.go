package milp

import (
	"fmt"
	"math"
	"slices"
)

// Cuts below the root.
//
// At the nodes of the tree down to nodeCutDepth, while the rows added
// below the root stay within their budget, the node's LP point is
// separated by cuts valid in the whole tree: the root cuts purged for not
// being binding (kept in a pool and added back when violated), and new
// c-MIR cuts (and lifted cover cuts, when enabled) derived from the LP's
// rows with the root bounds (never the node's), so that every cut holds for every integer
// point of the root, or, once reduced-cost fixing has tightened the root
// bounds, for every one better than the incumbent.
//
// Rows are only appended. The stored bases of the nodes (the root's and
// the changes along the paths, see nodeStore) index the variables and the
// rows' logicals; a new row enters every stored basis with its logical
// basic, which keeps each of them a basis of the larger LP with the same
// primal values, so a node loaded later starts as before with the new row
// slack.

// noNodeCuts disables the cuts below the root (tests and measurements
// compare both ways).
var noNodeCuts bool

// nodeCutDepth is the deepest node separated; nodeCutRounds the rounds of
// one node.
var (
	nodeCutDepth  = 6
	nodeCutRounds = 2
)

// nodeCuts is the state of the cuts below the root.
type nodeCuts struct {
	pool  []Row // root cuts purged, not in the LP
	used  []bool
	added int // rows added below the root
	max   int // their budget
	nodes int // nodes separated
}

// wantNodeCuts reports whether the node just solved is separated.
func (b *bnb) wantNodeCuts(nd *node) bool {
	if noNodeCuts || noCuts || nd.depth > nodeCutDepth {
		return false
	}
	if b.nc == nil {
		b.nc = &nodeCuts{max: max(20, min(500, len(b.m.Rows)/4))}
	}
	return b.nc.added < b.nc.max
}

// separateNode adds violated globally valid cuts to the LP at the node
// just solved (optimal) and solves it again, for up to nodeCutRounds
// rounds. It returns the status of the last LP solve.
func (b *bnb) separateNode() lpStatus {
	nc := b.nc
	nc.nodes++
	for round := 0; round < nodeCutRounds && nc.added < nc.max; round++ {
		sx := b.sx
		obj := sx.objective()
		x := sx.primalX()
		if len(b.fractional(x)) == 0 || b.canPrune(obj) || b.limit() {
			return lpOptimal
		}
		room := min(nc.max-nc.added, 10)
		var cuts []scoredCut
		for k, r := range nc.pool {
			if nc.used[k] {
				continue
			}
			act, norm := activity(r.Terms, x)
			viol, rhs := act-r.Upper, r.Upper
			if math.IsInf(rhs, 1) {
				viol, rhs = r.Lower-act, r.Lower
			}
			if viol > 0 && efficacious(viol, rhs, norm) {
				cuts = append(cuts, scoredCut{r, viol / norm})
				nc.used[k] = true
			}
		}
		rows := bestCuts(cuts, room)
		if !noMIR {
			rows = append(rows, b.mirCuts(x, room)...)
		}
		if useCover {
			cov := b.coverCuts(x, room)
			rows = append(rows, cov...)
			if traceBB != nil && len(cov) > 0 {
				traceBB("cover cuts: %d", len(cov))
			}
		}
		if len(rows) == 0 {
			return lpOptimal
		}
		rows = rows[:min(len(rows), nc.max-nc.added)]
		b.appendCuts(rows)
		st := b.sx.solve(0)
		if traceBB != nil {
			traceBB("node cuts: %d rows, LP %.6f -> %.6f (status %d)", len(rows), obj, b.sx.objective(), st)
		}
		if st != lpOptimal {
			return st
		}
		if b.sx.objective()-obj < 1e-6*math.Max(1, math.Abs(obj)) {
			return lpOptimal
		}
	}
	return lpOptimal
}

// appendCuts appends rows to the LP below the root: the simplex is rebuilt
// with the current basis and the new logicals basic, the loaded node's
// bounds are applied again, and the stored bases grow by the new basic
// logicals.
func (b *bnb) appendCuts(rows []Row) {
	lp := b.inst.lp
	if lp == b.m {
		lp = &Model{Name: b.m.Name, Vars: b.m.Vars, Rows: slices.Clone(b.m.Rows)}
		b.inst.lp = lp
	}
	for i := range rows {
		rows[i].Name = fmt.Sprintf("node%d", b.nc.added+i)
	}
	lp.Rows = append(lp.Rows, rows...)
	b.nc.added += len(rows)
	b.rebuild(nil)
	sx := b.sx
	for j := range b.curLo {
		cs := sx.colScale[j]
		sx.setBounds(j, b.curLo[j]/cs, b.curUp[j]/cs)
	}
	for range rows {
		b.start = append(b.start, stBasic)
		if b.rootBasis != nil {
			b.rootBasis = append(b.rootBasis, stBasic)
		}
	}
}

// poolPurged keeps the root cuts the cut loop purged, for the nodes.
func (b *bnb) poolPurged(rows []Row) {
	if noNodeCuts || len(rows) == 0 {
		return
	}
	if b.nc == nil {
		b.nc = &nodeCuts{max: max(20, min(500, len(b.m.Rows)/4))}
	}
	b.nc.pool = append(b.nc.pool, rows...)
	b.nc.used = append(b.nc.used, make([]bool, len(rows))...)
}
