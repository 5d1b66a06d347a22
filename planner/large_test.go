package planner

import (
	"context"
	"fmt"
	"math"
	"os"
	"os/exec"
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

// TestObjectiveStartIsValid checks the start the large-instance method
// gives the branch and bound of a latency or carbon objective against CBC
// on the same intents (CBC's runs do not use it): the bound it proves never
// exceeds CBC's optimum, its plan keeps every budget and never beats CBC's
// proven bound, and it is no worse than the cost plan it may replace.
func TestObjectiveStartIsValid(t *testing.T) {
	if _, err := exec.LookPath("cbc"); err != nil {
		if os.Getenv("ISOBAR_REQUIRE_SOLVERS") != "" {
			t.Fatal("cbc is not installed (Debian package coinor-cbc)")
		}
		t.Skip("cbc is not installed (Debian package coinor-cbc)")
	}
	cat, err := providers.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, obj := range []string{schema.MinimizeCarbon, schema.MinimizeLatency} {
		for _, size := range []struct {
			n, m int
			seed uint64
		}{{12, 6, 11}, {20, 10, 12}, {16, 8, 13}} {
			t.Run(fmt.Sprintf("%s-%dx%d-seed%d", obj, size.n, size.m, size.seed), func(t *testing.T) {
				in := synth.Generate(cat, size.seed, size.n, size.m)
				in.Objective.Minimize = obj
				ref, err := Solve(context.Background(), in, cat, Options{Solver: SolverCBC, TimeLimit: time.Minute})
				if err != nil {
					t.Fatal(err)
				}
				if ref.Status != StatusOptimal {
					t.Fatalf("cbc: %s", ref.Status)
				}
				p, err := newProblem(in, cat)
				if err != nil {
					t.Fatal(err)
				}
				ctx := context.Background()
				s := &solver{p: p, ctx: ctx, opts: Options{Solver: SolverBuiltin, Gap: 1e-6}, clock: newClock(ctx, time.Now(), 0)}
				md := p.build(schema.MinimizeCost, nil)
				costPlan, err := s.run(md.m, nil)
				if err != nil || costPlan.X == nil {
					t.Fatalf("cost plan: %v", err)
				}
				md.setObjective(obj, nil)
				x, bound, err := s.objectiveStart(md, obj, nil, costPlan.X)
				if err != nil {
					t.Fatal(err)
				}
				opt := ref.Solver.Objective
				if bound != nil && *bound > opt+1e-6*math.Max(1, opt) {
					t.Errorf("bound %.6f above the optimum %.6f", *bound, opt)
				}
				if err := md.m.Check(x, 1e-6); err != nil {
					t.Fatalf("start breaks the model: %v", err)
				}
				v, c := md.m.Objective(x), md.m.Objective(costPlan.X)
				if v > c+1e-9*math.Max(1, c) {
					t.Errorf("start %.6f worse than the cost plan's %.6f", v, c)
				}
				if v < opt-1e-6*math.Max(1, opt) {
					t.Errorf("start %.6f below the optimum %.6f", v, opt)
				}
			})
		}
	}
}
