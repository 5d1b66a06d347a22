package planner_test

import (
	"context"
	"strings"
	"testing"

	"isobar.dev/isobar/planner"
)

// TestContingencyOnlyCluster loses the fleet's only cluster: nothing is
// left to place, which is a verdict (every workload uncovered, for want of
// a cluster), not a time limit that ended before one, with or without a
// time limit.
func TestContingencyOnlyCluster(t *testing.T) {
	in := load(t, map[string]string{"w.cue": `package intent

fleet: eu: {provider: "gcp", region: "europe-west1", capacity: {cpu: 64, memory: "256Gi"}}
workloads: api: {image: "nginx:1.27", resources: {cpu: 1, memory: "1Gi"}, replicas: min: 2}
`})
	cat := catalog(t)
	plan := solve(t, in, planner.Options{})
	for _, opts := range []planner.Options{{}, {TimeLimit: 10e9}} {
		c, err := planner.Contingencies(context.Background(), in, cat, plan, opts)
		if err != nil {
			t.Fatal(err)
		}
		if len(c.Failures) != 1 {
			t.Fatalf("%d failures, want 1", len(c.Failures))
		}
		f := c.Failures[0]
		if f.Status != planner.FailurePartial || f.Solver.Stopped != "" {
			t.Errorf("time limit %v: status %s (%s), want %s", opts.TimeLimit, f.Status, f.Solver.Stopped, planner.FailurePartial)
		}
		if len(f.Uncovered) != 1 || f.Uncovered[0].Workload != "api" || f.Uncovered[0].Replicas != 2 ||
			!strings.Contains(f.Uncovered[0].Reason, "the fleet is empty") {
			t.Errorf("uncovered %+v, want api's 2 replicas for want of a cluster", f.Uncovered)
		}
	}
}
