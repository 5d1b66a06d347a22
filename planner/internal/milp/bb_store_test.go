package milp

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"strconv"
	"testing"
)

// parity is an integer-infeasible model whose LP relaxation is feasible at
// every node until nearly all variables are fixed: 2·Σx = n with n odd
// and x binary. A branch and bound must enumerate a tree exponential in n
// to prove it, and with distinct costs best-first search keeps most of
// that tree open: the worst case for the memory of open nodes.
func parity(n int, seed uint64) *Model {
	r := rand.New(rand.NewPCG(seed, 1))
	m := &Model{Name: "parity"}
	terms := make([]Term, n)
	for i := range n {
		terms[i] = Term{m.AddVar(fmt.Sprintf("x%d", i), 0, 1, 1+r.Float64(), true), 2}
	}
	m.AddRow("odd", float64(n), float64(n), terms...)
	return m
}

// TestNodeMemoryIsBounded searches a tree that keeps most nodes open, a
// fixed number of nodes at a time, with and without a memory budget: with
// it, the stored nodes never take more than the budget and what one
// depth-first dive adds; without it they take several times more (the
// test can fail). Both runs report no solution: the budget changes the
// order of the search, never its verdict.
func TestNodeMemoryIsBounded(t *testing.T) {
	// The c-MIR cuts below the root close this tree in a few nodes (see
	// TestNodeCutsProveParity): the tree is searched without them.
	noNodeCuts = true
	defer func() { noNodeCuts = false }()
	const budget = 256 << 10
	m := parity(41, 1)
	free, err := Solve(context.Background(), m, Options{NodeLimit: 30000, NodeMemory: 1 << 40})
	if err != nil {
		t.Fatal(err)
	}
	capped, err := Solve(context.Background(), m, Options{NodeLimit: 30000, NodeMemory: budget})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("without a budget: %d open nodes, %d bytes at most; with %d bytes: %d open nodes, %d bytes",
		free.PeakOpenNodes, free.PeakNodeBytes, budget, capped.PeakOpenNodes, capped.PeakNodeBytes)
	if free.PeakNodeBytes < 4*budget {
		t.Fatalf("the search stored only %d bytes of nodes without a budget: not a test of one", free.PeakNodeBytes)
	}
	// A dive stores a node per level (41 levels here) beyond the budget.
	if limit := int64(budget + 64<<10); capped.PeakNodeBytes > limit {
		t.Errorf("stored %d bytes of nodes with a budget of %d", capped.PeakNodeBytes, budget)
	}
	for _, res := range []*Result{free, capped} {
		if res.Status != NoSolution || res.X != nil {
			t.Errorf("status %s for an infeasible model cut short", res.Status)
		}
	}
}

// TestNodesStoreBasisChanges checks that an open node costs far less than
// a copy of the basis (one byte per row and column), on a placement-shaped
// model whose search keeps thousands of nodes open.
func TestNodesStoreBasisChanges(t *testing.T) {
	m := randomInstance(genParams{seed: 2, workloads: 25, clusters: 10})
	// Without the cuts below the root, which keep this tree smaller.
	noNodeCuts = true
	res, err := Solve(context.Background(), m, Options{NodeLimit: 3000, Gap: 1e-9})
	noNodeCuts = false
	if err != nil {
		t.Fatal(err)
	}
	if res.PeakOpenNodes < 500 {
		t.Fatalf("only %d open nodes: not a test of their storage", res.PeakOpenNodes)
	}
	basis := len(m.Vars) + len(m.Rows)
	perNode := float64(res.PeakNodeBytes) / float64(res.PeakOpenNodes)
	t.Logf("%d open nodes, %.0f bytes each; a basis has %d entries", res.PeakOpenNodes, perNode, basis)
	if perNode > float64(basis)/2 {
		t.Errorf("an open node takes %.0f bytes, more than half a basis copy (%d)", perNode, basis)
	}
}

// TestTightNodeMemoryKeepsOptimum solves generated instances with a node
// memory budget so small that the search is mostly depth first: the optima
// agree with the unbounded search.
func TestTightNodeMemoryKeepsOptimum(t *testing.T) {
	for _, p := range []genParams{
		{seed: 21, workloads: 10, clusters: 4}, {seed: 22, workloads: 15, clusters: 5},
		{seed: 23, workloads: 20, clusters: 6}, {seed: 24, workloads: 12, clusters: 8},
	} {
		t.Run(p.String(), func(t *testing.T) {
			m := randomInstance(p)
			want, err := Solve(context.Background(), m, Options{Gap: 1e-9})
			if err != nil {
				t.Fatal(err)
			}
			got, err := Solve(context.Background(), m, Options{Gap: 1e-9, NodeMemory: 2 << 10})
			if err != nil {
				t.Fatal(err)
			}
			if got.Status != want.Status || math.Abs(got.Objective-want.Objective) > 1e-6*math.Max(1, math.Abs(want.Objective)) {
				t.Fatalf("with a tight budget %s %v (%d nodes), without %s %v (%d nodes)",
					got.Status, got.Objective, got.Nodes, want.Status, want.Objective, want.Nodes)
			}
			if got.X != nil {
				if v := m.Check(got.X, 1e-6); v != nil {
					t.Fatalf("solution fails the check: %v", v)
				}
			}
			t.Logf("%s %.6f: %d nodes (%d bytes stored at most) with a tight budget, %d nodes (%d bytes) without",
				got.Status, got.Objective, got.Nodes, got.PeakNodeBytes, want.Nodes, want.PeakNodeBytes)
		})
	}
}

// TestMeasureNodeMemory solves a placement-shaped model for the number of
// nodes in ISOBAR_MEASURE_NODES, for measuring the memory of the search
// from outside, such as with /usr/bin/time -f %M on the test binary. It
// uses only what the package had before nodes stored basis changes, so
// that the same file measures either.
func TestMeasureNodeMemory(t *testing.T) {
	nodes, _ := strconv.Atoi(os.Getenv("ISOBAR_MEASURE_NODES"))
	if nodes <= 0 {
		t.Skip("ISOBAR_MEASURE_NODES not set")
	}
	m := randomInstance(genParams{seed: 1, workloads: 40, clusters: 15})
	res, err := Solve(context.Background(), m, Options{NodeLimit: nodes, Gap: 1e-9})
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%d variables, %d rows: %s after %d nodes, objective %v, bound %v, %v",
		len(m.Vars), len(m.Rows), res.Status, res.Nodes, res.Objective, res.Bound, res.Duration)
}
