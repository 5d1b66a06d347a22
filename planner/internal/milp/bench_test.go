package milp

import (
	"context"
	"testing"
	"time"
)

// benchInstances are the generated instances of the benchmarks.
var benchInstances = []genParams{
	{seed: 1, workloads: 10, clusters: 4},
	{seed: 1, workloads: 20, clusters: 6},
	{seed: 105, workloads: 20, clusters: 6},
	{seed: 2, workloads: 25, clusters: 6},
}

func BenchmarkSolve(b *testing.B) {
	for _, p := range benchInstances {
		m := randomInstance(p)
		b.Run(p.String(), func(b *testing.B) {
			nodes := 0
			for b.Loop() {
				res, err := Solve(context.Background(), m, Options{Gap: 1e-9})
				if err != nil || res.Status != Optimal {
					b.Fatal(err, res.Status)
				}
				nodes = res.Nodes
			}
			b.ReportMetric(float64(nodes), "nodes")
		})
	}
}

// BenchmarkSolveLP measures the simplex alone on larger relaxations
// (w100_c20: 3,414 columns × 5,332 rows).
func BenchmarkSolveLP(b *testing.B) {
	for _, p := range []genParams{{seed: 1, workloads: 40, clusters: 12}, {seed: 1, workloads: 100, clusters: 20}} {
		m := randomInstance(p)
		b.Run(p.String(), func(b *testing.B) {
			iters := 0
			for b.Loop() {
				res, err := SolveLP(context.Background(), m)
				if err != nil || res.Status != Optimal {
					b.Fatal(err, res.Status)
				}
				iters = res.Iterations
			}
			b.ReportMetric(float64(iters), "pivots")
		})
	}
}

// BenchmarkVsExternal runs the same instances through CBC and GLPK, for a
// side-by-side reading with BenchmarkSolve (includes writing the MPS file
// and starting the process).
func BenchmarkVsExternal(b *testing.B) {
	for _, solver := range []string{SolverCBC, SolverGLPK} {
		b.Run(solver, func(b *testing.B) {
			needSolver(b, map[string]string{SolverCBC: "cbc", SolverGLPK: "glpsol"}[solver])
			for _, p := range benchInstances {
				m := randomInstance(p)
				b.Run(p.String(), func(b *testing.B) {
					for b.Loop() {
						res, err := SolveExternal(context.Background(), m, solver, Options{Gap: 1e-9, TimeLimit: time.Minute})
						if err != nil || res.Status != Optimal {
							b.Fatal(err, res.Status)
						}
					}
				})
			}
		})
	}
}
