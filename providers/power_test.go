package providers

import (
	"math"
	"strings"
	"testing"
)

func TestPower(t *testing.T) {
	c := builtinT(t)
	tests := []struct {
		provider string
		pue      float64
	}{
		{"aws", 1.135},
		{"azure", 1.185},
		{"gcp", 1.1},
	}
	for _, tt := range tests {
		t.Run(tt.provider, func(t *testing.T) {
			p, ok := c.Power(tt.provider)
			if !ok {
				t.Fatal("no power model")
			}
			if p.Provider != tt.provider || p.PUE != tt.pue || p.VCPUWatts != 2.12 || p.GiBWatts != 0.392 {
				t.Errorf("Power = %+v, want pue %v, vcpuWatts 2.12, gibWatts 0.392", p, tt.pue)
			}
			if p.GPUWatts["H100"] != 700*0.6 || p.GPUWatts["L4"] != 72*0.6 {
				t.Errorf("GPUWatts = %v, want 60%% of board power", p.GPUWatts)
			}
			if !strings.Contains(sourceIDs(c), p.Source) || p.Source == "" {
				t.Errorf("source %q not among the catalog's sources", p.Source)
			}
			if err := p.Check(); err != nil {
				t.Error(err)
			}
		})
	}
	for _, prov := range c.Providers() {
		p, ok := c.Power(prov)
		if !ok {
			t.Errorf("provider %s has no power model", prov)
			continue
		}
		for _, m := range c.GPUModels() {
			if _, ok := p.GPUWatts[m]; !ok {
				t.Errorf("provider %s: no draw for %s GPUs", prov, m)
			}
		}
	}
	if _, ok := c.Power("oracle"); ok {
		t.Error("Power(oracle) found a model")
	}
	p, _ := c.Power("aws")
	p.GPUWatts["T4"] = -1
	if again, _ := c.Power("aws"); again.GPUWatts["T4"] != 70*0.6 {
		t.Error("catalog modified through a returned Power")
	}
}

func sourceIDs(c *Catalog) string {
	var ids []string
	for _, s := range c.Sources() {
		ids = append(ids, s.ID)
	}
	return strings.Join(ids, " ")
}

func TestPowerKWh(t *testing.T) {
	p := Power{Provider: "x", PUE: 1.5, VCPUWatts: 2, GiBWatts: 0.5, GPUWatts: map[string]float64{"T4": 40}}
	tests := []struct {
		name      string
		vcpus     float64
		gib       float64
		model     string
		gpus      int
		hours     float64
		want      float64
		wantKnown bool
	}{
		{"CPU and memory", 2, 4, "", 0, 1000, (2*2 + 4*0.5) * 1000 / 1000 * 1.5, true},
		{"with GPUs", 1, 0, "T4", 2, 10, (2 + 2*40) * 10 / 1000.0 * 1.5, true},
		{"no hours", 4, 16, "", 0, 0, 0, true},
		{"a model without a draw", 1, 1, "H100", 1, 10, 0, false},
		{"a model named but no GPUs", 1, 0, "H100", 0, 1000, 2 * 1.5, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := p.KWh(tt.vcpus, tt.gib, tt.model, tt.gpus, tt.hours)
			if ok != tt.wantKnown || math.Abs(got-tt.want) > 1e-12 {
				t.Errorf("KWh = %v, %v; want %v, %v", got, ok, tt.want, tt.wantKnown)
			}
		})
	}
}

func TestPowerCheck(t *testing.T) {
	good := func() Power {
		return Power{Provider: "x", PUE: 1.2, VCPUWatts: 2, GiBWatts: 0.4, GPUWatts: map[string]float64{"T4": 42}}
	}
	tests := []struct {
		name   string
		mutate func(*Power)
		field  string // in the error; "" for none
	}{
		{"valid", func(*Power) {}, ""},
		{"PUE of exactly 1", func(p *Power) { p.PUE = 1 }, ""},
		{"PUE below 1", func(p *Power) { p.PUE = 0.99 }, "pue"},
		{"PUE not a number", func(p *Power) { p.PUE = math.NaN() }, "pue"},
		{"infinite vCPU draw", func(p *Power) { p.VCPUWatts = math.Inf(1) }, "vcpuWatts"},
		{"negative memory draw", func(p *Power) { p.GiBWatts = -0.1 }, "gibWatts"},
		{"negative GPU draw", func(p *Power) { p.GPUWatts["T4"] = -1 }, "gpuWatts of T4"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := good()
			tt.mutate(&p)
			err := p.Check()
			switch {
			case tt.field == "" && err != nil:
				t.Errorf("Check() = %v, want nil", err)
			case tt.field != "" && (err == nil || !strings.Contains(err.Error(), tt.field) || !strings.HasPrefix(err.Error(), "power of x: ")):
				t.Errorf("Check() = %v, want an error about %s of x", err, tt.field)
			}
		})
	}
}
