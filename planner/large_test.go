package planner

import (
	"context"
	"fmt"
	"testing"
	"time"

	"isobar.dev/isobar/planner/internal/synth"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// TestLagrangianBoundIsValid checks the large-instance method against the
// branch and bound on small instances, with and without team budgets
// that bind: the bound it reports never exceeds the objective of the
// branch and bound's plan, and its plan never beats the branch and
// bound's proven bound. Where the branch and bound proves optimality (most
// of them), that is the optimum on both sides.
func TestLagrangianBoundIsValid(t *testing.T) {
	cat, err := providers.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, size := range []struct {
		n, m int
		seed uint64
	}{{12, 6, 1}, {20, 10, 2}, {30, 12, 3}, {40, 16, 4}, {50, 20, 5}, {50, 20, 6}} {
		t.Run(fmt.Sprintf("%dx%d-seed%d", size.n, size.m, size.seed), func(t *testing.T) {
			in := synth.Generate(cat, size.seed, size.n, size.m)
			check := func(t *testing.T, in *schema.Intent) *Plan {
				plan, err := Solve(context.Background(), in, cat, Options{TimeLimit: 2 * time.Second})
				if err != nil {
					t.Fatal(err)
				}
				if plan.Status == StatusInfeasible {
					t.Fatalf("infeasible: %v", plan.Explanations.Conflicts)
				}
				p, err := newProblem(in, cat)
				if err != nil {
					t.Fatal(err)
				}
				s := &solver{p: p, ctx: context.Background()}
				bound, sol, _, found := s.newLarge(schema.MinimizeCost, nil).solve(time.Now(), 0)
				if v := plan.Solver.Objective; bound > v+1e-6*v {
					t.Errorf("bound %.6f above a plan's objective %.6f", bound, v)
				}
				if bound <= 0 {
					t.Errorf("bound %.6f proves nothing", bound)
				}
				if found {
					v, lb := s.p.objectiveOf(sol, schema.MinimizeCost, nil), plan.Solver.LowerBound
					if v < lb-1e-6*lb {
						t.Errorf("plan %.6f below a proven bound %.6f", v, lb)
					}
					if !s.p.withinBudgets(sol) {
						t.Errorf("plan over a budget")
					}
				}
				return plan
			}
			plan := check(t, in)
			spent := map[string]float64{}
			for _, tt := range plan.Totals.Teams {
				spent[tt.Team] = tt.MonthlyCostUSD
			}
			synth.SetBudgets(in, spent, 1, 1.03)
			t.Run("budgets", func(t *testing.T) { check(t, in) })
		})
	}
}
