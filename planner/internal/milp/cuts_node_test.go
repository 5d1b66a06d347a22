package milp

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestNodeCutsKeepOptimum: the cuts below the root on and off.
func TestNodeCutsKeepOptimum(t *testing.T) {
	keepsOptimum(t, []genParams{
		{seed: 11, workloads: 8, clusters: 3}, {seed: 12, workloads: 12, clusters: 4},
		{seed: 13, workloads: 15, clusters: 5}, {seed: 14, workloads: 20, clusters: 5},
		{seed: 15, workloads: 10, clusters: 8}, {seed: 16, workloads: 25, clusters: 4},
		{seed: 2, workloads: 20, clusters: 6}, {seed: 105, workloads: 20, clusters: 6},
	}, func(on bool) { noNodeCuts = !on })
}

// TestCoverCutsKeepOptimum: the lifted cover cuts on and off on the
// generated instances (off by default: set restores that).
// Deep aggregation (six rows, up to 50 root rounds) against three rows and
// ten rounds: the optima agree.
func TestDeepAggregationKeepsOptimum(t *testing.T) {
	keepsOptimum(t, []genParams{
		{seed: 11, workloads: 8, clusters: 3}, {seed: 12, workloads: 12, clusters: 4},
		{seed: 13, workloads: 15, clusters: 5}, {seed: 14, workloads: 20, clusters: 5},
		{seed: 15, workloads: 10, clusters: 8}, {seed: 1, workloads: 25, clusters: 6},
	}, func(on bool) { shallowCuts = !on })
}

func TestCoverCutsKeepOptimum(t *testing.T) {
	keepsOptimum(t, []genParams{
		{seed: 11, workloads: 8, clusters: 3}, {seed: 13, workloads: 15, clusters: 5},
		{seed: 15, workloads: 10, clusters: 8}, {seed: 2, workloads: 20, clusters: 6},
	}, func(on bool) { useCover = on })
	useCover = false
}

// TestVUBAggrKeepsOptimum: the c-MIR aggregation through variable upper
// bounds on and off (off by default: set restores that).
func TestVUBAggrKeepsOptimum(t *testing.T) {
	keepsOptimum(t, []genParams{
		{seed: 11, workloads: 8, clusters: 3}, {seed: 13, workloads: 15, clusters: 5},
		{seed: 1, workloads: 10, clusters: 4}, {seed: 4, workloads: 30, clusters: 8},
	}, func(on bool) { useVUBAggr = on })
	useVUBAggr = false
}

// TestCoverCutsOnBinaryKnapsacks solves random multi-knapsacks over 14
// binaries (three ≤ rows, profits to maximise) with the cover cuts on and
// off against enumeration, and checks that the cuts are separated.
func TestCoverCutsOnBinaryKnapsacks(t *testing.T) {
	covers, nodesOn, nodesOff := 0, 0, 0
	defer func() { useCover, traceBB = false, nil }()
	for seed := uint64(1); seed <= 30; seed++ {
		r := rand.New(rand.NewPCG(seed, 5))
		m := &Model{Name: "mknap"}
		const n = 14
		for j := 0; j < n; j++ {
			m.AddVar(varName(j), 0, 1, -float64(10+r.IntN(40)), true)
		}
		for i := 0; i < 3; i++ {
			var terms []Term
			sum := 0.0
			for j := 0; j < n; j++ {
				a := float64(5 + r.IntN(30))
				terms = append(terms, Term{Var(j), a})
				sum += a
			}
			m.AddRow(varName(100+i), math.Inf(-1), math.Round(sum*(0.3+0.3*r.Float64())), terms...)
		}
		want := bruteForce(t, m)
		for _, on := range []bool{true, false} {
			useCover = on
			traceBB = func(format string, args ...any) {
				if strings.HasPrefix(format, "cover cuts:") {
					covers += args[0].(int)
				}
			}
			res, err := Solve(context.Background(), m, Options{Gap: 1e-9})
			traceBB = nil
			if err != nil {
				t.Fatal(err)
			}
			if res.Status != Optimal || math.Abs(res.Objective-want) > 1e-6*math.Max(1, math.Abs(want)) {
				t.Fatalf("seed %d, cover cuts %v: %s %v, enumeration %v", seed, on, res.Status, res.Objective, want)
			}
			if on {
				nodesOn += res.Nodes
			} else {
				nodesOff += res.Nodes
			}
		}
	}
	t.Logf("%d cover cuts; %d nodes in all with them, %d without", covers, nodesOn, nodesOff)
	if covers == 0 {
		t.Fatal("no cover cut separated on binary knapsacks")
	}
}

// TestNodeCutsSeparate checks that the cuts below the root are separated
// on a model whose root cuts do not close the gap, that they keep the
// optimum and that the node count and the iterations are the same run to
// run.
func TestNodeCutsSeparate(t *testing.T) {
	m := randomInstance(genParams{seed: 2, workloads: 20, clusters: 6})
	var added, separated int
	solve := func() *Result {
		t.Helper()
		res, err := Solve(context.Background(), m, Options{Gap: 1e-9})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	traceBB = func(format string, args ...any) {
		if strings.HasPrefix(format, "node cuts:") {
			separated++
			added += args[0].(int)
		}
	}
	first := solve()
	traceBB = nil
	again := solve()
	noNodeCuts = true
	off := solve()
	noNodeCuts = false
	t.Logf("%d node separations added %d rows; %d nodes with, %d without", separated, added, first.Nodes, off.Nodes)
	if added == 0 {
		t.Fatal("no cut added below the root")
	}
	if first.Status != Optimal || off.Status != Optimal || math.Abs(first.Objective-off.Objective) > 1e-6*math.Abs(off.Objective) {
		t.Fatalf("with %s %v, without %s %v", first.Status, first.Objective, off.Status, off.Objective)
	}
	if again.Nodes != first.Nodes || again.Iterations != first.Iterations || again.Objective != first.Objective {
		t.Fatalf("run differs: %d/%d/%v vs %d/%d/%v", again.Nodes, again.Iterations, again.Objective, first.Nodes, first.Iterations, first.Objective)
	}
}

// TestMeasureNodeCuts prints node counts and times with and without the
// cuts below the root and the cover cuts on the generated instances and
// the stored placement model (set ISOBAR_MEASURE_CUTS=1 to run it).
func TestMeasureNodeCuts(t *testing.T) {
	if os.Getenv("ISOBAR_MEASURE_CUTS") == "" {
		t.Skip("set ISOBAR_MEASURE_CUTS=1")
	}
	type inst struct {
		name string
		m    *Model
	}
	var insts []inst
	for _, p := range append(benchInstances, genParams{seed: 4, workloads: 30, clusters: 8}, genParams{seed: 9, workloads: 20, clusters: 8},
		genParams{seed: 1, workloads: 25, clusters: 6}, genParams{seed: 16, workloads: 25, clusters: 4}, genParams{seed: 14, workloads: 20, clusters: 5}) {
		insts = append(insts, inst{p.String(), randomInstance(p)})
	}
	files := []string{"testdata/p20x10_25.mps"}
	if g := os.Getenv("ISOBAR_MEASURE_MPS"); g != "" {
		// Models written by isobar plan --export-mps (or solverbench -keep).
		more, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, more...)
	}
	for _, f := range files {
		m, err := readFreeMPS(f)
		if err != nil {
			t.Fatal(err)
		}
		insts = append(insts, inst{filepath.Base(f), m})
	}
	if os.Getenv("ISOBAR_MEASURE_GEN") == "0" {
		insts = insts[len(insts)-len(files):]
	}
	configs := []struct {
		name string
		set  func()
	}{
		{"off", func() { noNodeCuts, useCover, useVUBAggr = true, false, false }},
		{"cover", func() { noNodeCuts, useCover, useVUBAggr = true, true, false }},
		{"node", func() { noNodeCuts, useCover, useVUBAggr = false, false, false }},
		{"node+vub", func() { noNodeCuts, useCover, useVUBAggr = false, false, true }},
	}
	defer func() { noNodeCuts, useCover, useVUBAggr = false, false, false }()
	limit := 20 * time.Second
	if l, err := time.ParseDuration(os.Getenv("ISOBAR_MEASURE_LIMIT")); err == nil {
		limit = l
	}
	for _, in := range insts {
		line := fmt.Sprintf("%s (%d rows with 2+ binaries, %d continuous variable upper bounds on a binary)", in.name, binaryKnapsackRows(in.m), binaryVUBRows(in.m))
		for _, c := range configs {
			c.set()
			covers, nodeRows, kept := 0, 0, 0
			traceBB = func(format string, args ...any) {
				switch {
				case strings.HasPrefix(format, "cover cuts:"):
					covers += args[0].(int)
				case strings.HasPrefix(format, "node cuts:"):
					nodeRows += args[0].(int)
				case strings.HasPrefix(format, "kept "):
					kept = args[0].(int)
				}
			}
			start := time.Now()
			res, err := Solve(context.Background(), in.m, Options{Gap: 1e-4, TimeLimit: limit})
			traceBB = nil
			if err != nil {
				t.Fatal(err)
			}
			line += fmt.Sprintf(" | %s: %v %.4f bound %.4f nodes %d %v (%d root cuts kept, %d cover cuts, %d node rows)", c.name, res.Status, res.Objective, res.Bound, res.Nodes,
				time.Since(start).Round(time.Millisecond), kept, covers, nodeRows)
		}
		t.Log(line)
	}
}

// TestMeasureDeepAggregation prints the root bound, node count and time
// with the deep and the shallow aggregation on the generated instances and
// on the models $ISOBAR_MEASURE_MPS names (set ISOBAR_MEASURE_AGGR=1 to run
// it; ISOBAR_MEASURE_LIMIT bounds each solve, 20 s unless set).
func TestMeasureDeepAggregation(t *testing.T) {
	if os.Getenv("ISOBAR_MEASURE_AGGR") == "" {
		t.Skip("set ISOBAR_MEASURE_AGGR=1")
	}
	type inst struct {
		name string
		m    *Model
	}
	var insts []inst
	if os.Getenv("ISOBAR_MEASURE_GEN") != "0" {
		for _, p := range append(benchInstances, genParams{seed: 4, workloads: 30, clusters: 8}, genParams{seed: 9, workloads: 20, clusters: 8},
			genParams{seed: 1, workloads: 25, clusters: 6}, genParams{seed: 16, workloads: 25, clusters: 4}, genParams{seed: 14, workloads: 20, clusters: 5}) {
			insts = append(insts, inst{p.String(), randomInstance(p)})
		}
	}
	if g := os.Getenv("ISOBAR_MEASURE_MPS"); g != "" {
		files, err := filepath.Glob(g)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			m, err := readFreeMPS(f)
			if err != nil {
				t.Fatal(err)
			}
			insts = append(insts, inst{filepath.Base(f), m})
		}
	}
	limit := 20 * time.Second
	if l, err := time.ParseDuration(os.Getenv("ISOBAR_MEASURE_LIMIT")); err == nil {
		limit = l
	}
	defer func() { shallowCuts, traceBB = false, nil }()
	for _, in := range insts {
		line := in.name
		for _, shallow := range []bool{true, false} {
			shallowCuts = shallow
			root := math.NaN()
			traceBB = func(format string, args ...any) {
				if strings.HasPrefix(format, "cut round") {
					root = args[2].(float64)
				}
			}
			start := time.Now()
			res, err := Solve(context.Background(), in.m, Options{Gap: 1e-4, TimeLimit: limit})
			traceBB = nil
			if err != nil {
				t.Fatal(err)
			}
			name := map[bool]string{true: "shallow", false: "deep"}[shallow]
			line += fmt.Sprintf(" | %s: root %.4f, %v %.4f bound %.4f, %d nodes, %v", name, root, res.Status, res.Objective, res.Bound, res.Nodes, time.Since(start).Round(time.Millisecond))
		}
		t.Log(line)
	}
}

// binaryKnapsackRows counts the rows of m that hold at least two
// binaries, the rows the lifted cover separator reads.
func binaryKnapsackRows(m *Model) int {
	lower := make([]float64, len(m.Vars))
	upper := make([]float64, len(m.Vars))
	for j, v := range m.Vars {
		lower[j], upper[j] = v.Lower, v.Upper
	}
	n := 0
	for _, r := range m.Rows {
		k := 0
		for _, t := range r.Terms {
			if isBinary(m, int(t.Var), lower, upper) {
				k++
			}
		}
		if k >= 2 {
			n++
		}
	}
	return n
}

// TestNodeCutsProveParity: 2·Σx = 41 over binaries has no integer point,
// and a branch and bound on the LP alone enumerates a tree exponential in
// the number of variables. The row's cover and c-MIR cuts (Σx ≤ 20 and
// Σx ≥ 21) make the LP infeasible; the root's cut loop takes an LP its
// cuts make infeasible for numerical trouble and drops them, but below the
// root such a node closes like any node with an infeasible LP, and the
// search ends in a few nodes.
func TestNodeCutsProveParity(t *testing.T) {
	m := parity(41, 1)
	res, err := Solve(context.Background(), m, Options{NodeLimit: 30000})
	if err != nil {
		t.Fatal(err)
	}
	noNodeCuts = true
	off, err := Solve(context.Background(), m, Options{NodeLimit: 30000})
	noNodeCuts = false
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("with cuts below the root: %s after %d nodes; without: %s after %d nodes", res.Status, res.Nodes, off.Status, off.Nodes)
	if res.Status != Infeasible || res.Nodes > 10 {
		t.Fatalf("with cuts below the root: %s after %d nodes, want Infeasible within 10", res.Status, res.Nodes)
	}
	if off.Status != NoSolution {
		t.Fatalf("without cuts below the root: %s after %d nodes, want no verdict within the node limit", off.Status, off.Nodes)
	}
}

// binaryVUBRows counts the rows x ≤ u·y (or ≥ with the signs turned) of
// a continuous x and a binary y, the variable upper bounds that flow
// cover cuts read.
func binaryVUBRows(m *Model) int {
	n := 0
	for _, r := range m.Rows {
		if len(r.Terms) != 2 {
			continue
		}
		a, b := r.Terms[0], r.Terms[1]
		if m.Vars[a.Var].Integer {
			a, b = b, a
		}
		vb := m.Vars[b.Var]
		if !m.Vars[a.Var].Integer && vb.Integer && vb.Lower == 0 && vb.Upper == 1 && a.Coef*b.Coef < 0 {
			n++
		}
	}
	return n
}
