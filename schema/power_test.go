package schema_test

import (
	"errors"
	"testing"

	"github.com/google/go-cmp/cmp"

	"isobar.dev/isobar/schema"
)

// onprem declares a provider the built-in catalog lacks, with one region
// and a cluster in it; the cases add its power model, or not.
const onprem = `package intent

catalog: regions: onprem: dc1: {country: "DE", lat: 50.1, lon: 8.7, prices: {vcpuHour: 0.02, gibHour: 0.003, gpuHour: T4: 0.3}}
fleet: rack: {provider: "onprem", region: "dc1", capacity: {cpu: 8, memory: "32Gi"}}
`

func TestPowerModels(t *testing.T) {
	lacks := func(what string) []string {
		return []string{`site.cue:3:19: catalog.regions.onprem: provider onprem has no power model for carbon estimates: catalog.power.onprem lacks ` + what +
			` (expected catalog.power.onprem with pue, vcpuWatts and gibWatts, and gpuWatts for each GPU model its regions price)`}
	}
	tests := []struct {
		name  string
		power string // appended to the site's file
		want  []string
	}{{
		name:  "declared provider with its power model",
		power: "catalog: power: onprem: {pue: 1.4, vcpuWatts: 3, gibWatts: 0.4, gpuWatts: T4: 70}\n",
	}, {
		name:  "built-in provider overridden in part",
		power: "catalog: power: onprem: {pue: 1.4, vcpuWatts: 3, gibWatts: 0.4, gpuWatts: T4: 70}\ncatalog: power: aws: pue: 1.2\n",
	}, {
		name: "declared provider without a power model",
		want: lacks("pue, vcpuWatts, gibWatts, gpuWatts.T4"),
	}, {
		name:  "declared provider with a PUE only",
		power: "catalog: power: onprem: pue: 1.4\n",
		want:  lacks("vcpuWatts, gibWatts, gpuWatts.T4"),
	}, {
		name:  "a priced GPU without a draw",
		power: "catalog: power: onprem: {pue: 1.4, vcpuWatts: 3, gibWatts: 0.4, gpuWatts: L4: 40}\n",
		want:  lacks("gpuWatts.T4"),
	}, {
		name:  "PUE below 1",
		power: "catalog: power: onprem: {pue: 0.8, vcpuWatts: 3, gibWatts: 0.4, gpuWatts: T4: 70}\n",
		want:  []string{`site.cue:5:31: catalog.power.onprem.pue: invalid value 0.8 (expected a value >= 1)`},
	}, {
		name:  "power model of an unknown provider",
		power: "catalog: power: onprem: {pue: 1.4, vcpuWatts: 3, gibWatts: 0.4, gpuWatts: T4: 70}\ncatalog: power: oracle: pue: 1.2\n",
		want: []string{`site.cue:6:17: catalog.power.oracle: power model of unknown provider "oracle" ` +
			`(expected one of aws, azure, gcp, onprem, or a provider declared under catalog.regions)`},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := writeFiles(t, map[string]string{"base.cue": base, "site.cue": onprem + tt.power})
			err := vetDir(t, dir)
			var got []string
			var ds schema.Diagnostics
			switch {
			case err == nil:
			case errors.As(err, &ds):
				for _, d := range ds {
					got = append(got, d.String())
				}
			default:
				t.Fatalf("want diagnostics, got %v", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("diagnostics (-want +got):\n%s", diff)
			}
		})
	}
}
