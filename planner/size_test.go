package planner_test

import (
	"testing"

	"isobar.dev/isobar/planner"
)

// TestInfeasiblePlanReportsModelSize checks that an infeasible plan says how
// large its model is, whether the solver proved it infeasible or the
// planner did before building the model.
func TestInfeasiblePlanReportsModelSize(t *testing.T) {
	for _, tc := range []struct {
		name, intent   string
		wantConstraint bool
	}{
		{"solver", `package intent
workloads: api: {team: "pay", image: "a:1", resources: {cpu: 4, memory: "16Gi"}, replicas: min: 6, dataClasses: ["pii"]}
budgets: teams: pay: 100
`, true},
		{"before the model", `package intent
workloads: api: {team: "pay", image: "a:1", resources: {cpu: 4, memory: "16Gi"}, replicas: min: 2}
workloads: train: {team: "pay", image: "t:1", resources: {cpu: 4, memory: "16Gi", gpu: {model: "H100", count: 1}}, replicas: min: 1}
`, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			in := load(t, map[string]string{"fleet.cue": fleet, "w.cue": tc.intent})
			plan := solve(t, in, planner.Options{})
			if plan.Status != planner.StatusInfeasible {
				t.Fatalf("status %s, want Infeasible", plan.Status)
			}
			if plan.Solver.Variables == 0 || (tc.wantConstraint && plan.Solver.Constraints == 0) {
				t.Errorf("variables %d, constraints %d: an infeasible plan must report its model's size", plan.Solver.Variables, plan.Solver.Constraints)
			}
			t.Logf("variables %d, constraints %d, conflicts %q", plan.Solver.Variables, plan.Solver.Constraints, plan.Explanations.Conflicts)
		})
	}
}
