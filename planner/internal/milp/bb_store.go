package milp

import (
	"container/heap"
	"math"
	"slices"
	"unsafe"
)

// defaultNodeMemory is Options.NodeMemory's default.
const defaultNodeMemory = 64 << 20

// basisDiff is a change of basis: the statuses of the variables that
// differ, by index.
type basisDiff struct {
	idx []int32
	st  []int8
}

// nodeBytes is what a stored node takes, without its basis change.
const nodeBytes = int64(unsafe.Sizeof(node{}))

// bytes is what a stored node takes with its basis change (counted for
// each sibling that shares it).
func (nd *node) bytes() int64 {
	n := nodeBytes
	if nd.basis != nil {
		n += int64(unsafe.Sizeof(basisDiff{})) + int64(len(nd.basis.idx))*5
	}
	return n
}

// nodeStore holds the open nodes of a branch and bound within a memory
// budget. A node stores its bound change and the change of basis from
// its parent's start to its parent's optimum, not copies of either: its
// bounds and starting basis are rebuilt along the path from the root,
// whose basis alone is stored whole. Solved nodes stay stored while open
// nodes below them need them, and count too.
//
// Open nodes go to a heap ordered by bound (best first) while the stored
// nodes fit their memory (Options.NodeMemory); beyond it, new open nodes
// go to a stack that is emptied first, so the search goes depth first and
// stores about one node per level until nodes close and memory frees up.
// When the incumbent improves while memory is full, the heap is purged of
// the nodes it no longer needs.
type nodeStore struct {
	open  nodeHeap
	stack []*node

	start     []int8 // the starting basis of the node being solved
	rootBasis []int8 // the root's optimal basis, the start of its children

	memLimit  int64
	stored    int64 // bytes of the nodes stored
	peakBytes int64
	peakOpen  int
	purgedAt  float64 // the incumbent's objective at the last purge
}

// openCount is the number of open nodes.
func (st *nodeStore) openCount() int { return len(st.open) + len(st.stack) }

// full reports whether the stored nodes fill their memory.
func (st *nodeStore) full() bool { return st.stored > st.memLimit }

// store accounts for a new node.
func (st *nodeStore) store(nd *node) {
	if nd.parent != nil {
		nd.parent.kids++
	}
	st.stored += nd.bytes()
	st.peakBytes = max(st.peakBytes, st.stored)
}

// release forgets a node that is closed, and its ancestors that no open
// node needs any more.
func (st *nodeStore) release(nd *node) {
	for nd != nil && nd.v >= 0 {
		st.stored -= nd.bytes()
		p := nd.parent
		if p == nil {
			return
		}
		p.kids--
		if p.kids > 0 || !p.solved {
			return
		}
		nd = p
	}
}

// push adds a stored node to the open ones.
func (b *bnb) push(nd *node) {
	if b.full() && !math.IsInf(b.incObj, 1) && b.incObj < b.purgedAt {
		b.purge()
	}
	if b.full() {
		b.stack = append(b.stack, nd)
	} else {
		heap.Push(&b.open, nd)
	}
	b.peakOpen = max(b.peakOpen, b.openCount())
}

// pop takes the next open node: the last pushed while memory was full,
// else the one with the best bound.
func (b *bnb) pop() *node {
	if n := len(b.stack); n > 0 {
		nd := b.stack[n-1]
		b.stack[n-1] = nil
		b.stack = b.stack[:n-1]
		return nd
	}
	return heap.Pop(&b.open).(*node)
}

// purge closes the heap's nodes that cannot improve on the incumbent.
func (b *bnb) purge() {
	b.purgedAt = b.incObj
	kept := b.open[:0]
	for _, nd := range b.open {
		if b.prunable(nd.bound) {
			b.release(nd)
			continue
		}
		kept = append(kept, nd)
	}
	clear(b.open[len(kept):])
	b.open = kept
	heap.Init(&b.open)
}

// diffStart returns the change from the starting basis of the node just
// solved to its optimal basis, the start of its children, and makes that
// the current start (for a dive into one of them).
func (b *bnb) diffStart() *basisDiff {
	status := b.sx.status
	if b.rootBasis == nil {
		b.rootBasis = slices.Clone(status)
		b.purgedAt = math.Inf(1)
	}
	d := &basisDiff{}
	for j, s := range status {
		if b.start[j] != s {
			d.idx = append(d.idx, int32(j))
			d.st = append(d.st, s)
		}
	}
	copy(b.start, status)
	return d
}

// startBasis rebuilds a node's starting basis into b.start: the root's,
// changed along the path down to it. It reports false when the node has
// none (the root).
func (b *bnb) startBasis(nd *node) bool {
	if nd.basis == nil {
		return false
	}
	var path []*basisDiff
	for p := nd; p != nil && p.basis != nil; p = p.parent {
		path = append(path, p.basis)
	}
	copy(b.start, b.rootBasis)
	for i := len(path) - 1; i >= 0; i-- {
		d := path[i]
		for k, j := range d.idx {
			b.start[j] = d.st[k]
		}
	}
	return true
}
