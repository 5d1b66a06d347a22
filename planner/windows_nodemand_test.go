package planner_test

import (
	"testing"

	"isobar.dev/isobar/planner"
)

// TestWindowWithoutDemand plans a week with hours when no one sends a
// request, under every objective: such a window has no latency (nor
// egress per request) to weigh, and its model stays finite.
func TestWindowWithoutDemand(t *testing.T) {
	for _, obj := range []string{`"cost"`, `"latency"`, `"carbon"`, `"weighted", weights: {cost: 1, latency: 1, carbon: 1}`} {
		t.Run(obj[1:5], func(t *testing.T) {
			in := load(t, map[string]string{"w.cue": `package intent

fleet: {
	eu: {provider: "gcp", region: "europe-west1", capacity: {cpu: 16, memory: "64Gi"}}
	us: {provider: "aws", region: "us-east-1", capacity: {cpu: 16, memory: "64Gi"}}
}
workloads: api: {
	image: "nginx:1.27"
	resources: {cpu: 1, memory: "1Gi"}
	replicas: perReplicaRPS: 50
	demand: frankfurt: {
		egressGBPerMonth: 100
		profile: {timeZone: "UTC", rps: 0, windows: [{name: "business", days: ["mon", "tue", "wed", "thu", "fri"], from: "08:00", to: "18:00", rps: 200}]}
	}
}
objective: {minimize: ` + obj + "}\n"})
			plan := solve(t, in, planner.Options{})
			if plan.Status != planner.StatusOptimal {
				t.Fatalf("status %s", plan.Status)
			}
			mustVerify(t, in, catalog(t), plan)
			if plan.Week == nil || len(plan.Week.Windows) < 2 {
				t.Fatalf("want a week of windows, got %+v", plan.Week)
			}
			quiet := false
			for _, w := range plan.Week.Windows {
				if w.Demand[0].RPS == 0 {
					quiet = true
				}
			}
			if !quiet {
				t.Errorf("no window without demand in %d windows", len(plan.Week.Windows))
			}
		})
	}
}
