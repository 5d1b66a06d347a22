package planner_test

import (
	"context"
	"math"
	"strings"
	"testing"

	"isobar.dev/isobar/planner"
)

// site is a provider the built-in catalog lacks, one region with a grid
// of 100 gCO2e/kWh, a cluster in it and a workload that can only run
// there; power adds the provider's power model, or not.
const site = `package intent

catalog: regions: onprem: dc1: {
	country: "DE"
	lat:     50.1
	lon:     8.7
	carbon:  100
	prices: {vcpuHour: 0.02, gibHour: 0.003, gpuHour: T4: 0.3}
}
fleet: rack: {provider: "onprem", region: "dc1", capacity: {cpu: 8, memory: "32Gi", gpus: T4: 2}}
workloads: api: {
	image: "nginx:1.27"
	resources: {cpu: 2, memory: "4Gi"}
	hoursPerMonth: 730
}
`

// TestPowerOfDeclaredProvider plans on a provider the intent declares:
// its carbon follows the power model it declares, and without one (or
// without a draw for a GPU it prices) planning fails, naming what is
// missing, rather than guessing a PUE.
func TestPowerOfDeclaredProvider(t *testing.T) {
	tests := []struct {
		name    string
		power   string
		carbon  float64 // kg CO2e per month of the placement
		wantErr string
	}{
		{"declared", "catalog: power: onprem: {pue: 1.5, vcpuWatts: 3, gibWatts: 0.5, gpuWatts: T4: 70}\n",
			(2*3 + 4*0.5) * 730 / 1000.0 * 1.5 * 100 / 1000, ""},
		{"another PUE", "catalog: power: onprem: {pue: 1.1, vcpuWatts: 3, gibWatts: 0.5, gpuWatts: T4: 70}\n",
			(2*3 + 4*0.5) * 730 / 1000.0 * 1.1 * 100 / 1000, ""},
		{"none", "", 0, "cluster rack: provider onprem has no power model for carbon estimates: catalog.power.onprem lacks pue, vcpuWatts, gibWatts"},
		{"no PUE", "catalog: power: onprem: {vcpuWatts: 3, gibWatts: 0.5, gpuWatts: T4: 70}\n", 0,
			"cluster rack: provider onprem has no power model for carbon estimates: catalog.power.onprem lacks pue"},
		{"no draw for a priced GPU", "catalog: power: onprem: {pue: 1.5, vcpuWatts: 3, gibWatts: 0.5}\n", 0,
			`cluster rack: region onprem:dc1 prices T4 GPUs, which the power model of provider onprem has no draw for; declare catalog.power.onprem.gpuWatts."T4"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := load(t, map[string]string{"site.cue": site + tt.power})
			plan, err := planner.Solve(context.Background(), in, catalog(t), planner.Options{})
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("Solve error = %v, want %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if len(plan.Placements) != 1 {
				t.Fatalf("placements %+v, want one in rack", plan.Placements)
			}
			if got := plan.Placements[0].CarbonKgPerMonth; math.Abs(got-tt.carbon) > 1e-3 {
				t.Errorf("carbon %v kg/month, want %v", got, tt.carbon)
			}
		})
	}
}

// TestPowerOverride lays the intent's PUE over a built-in provider's: the
// carbon of the same placement scales with it.
func TestPowerOverride(t *testing.T) {
	const intent = `package intent

fleet: eu: {provider: "aws", region: "eu-west-1", capacity: {cpu: 8, memory: "32Gi"}}
workloads: api: {image: "nginx:1.27", resources: {cpu: 2, memory: "4Gi"}}
`
	carbon := func(extra string) float64 {
		plan := solve(t, load(t, map[string]string{"i.cue": intent + extra}), planner.Options{})
		if len(plan.Placements) != 1 {
			t.Fatalf("placements %+v", plan.Placements)
		}
		return plan.Placements[0].CarbonKgPerMonth
	}
	builtin, doubled := carbon(""), carbon("catalog: power: aws: pue: 2.27\n")
	pw, _ := catalog(t).Power("aws")
	if want := builtin * 2.27 / pw.PUE; math.Abs(doubled-want) > 1e-3*want || builtin <= 0 {
		t.Errorf("carbon with pue 2.27 = %v, want %v (built-in %v at pue %v)", doubled, want, builtin, pw.PUE)
	}
	if strings.Contains(pw.Source, "intent") {
		t.Error("the catalog's power model changed")
	}
}
