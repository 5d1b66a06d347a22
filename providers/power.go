package providers

import (
	"fmt"
	"maps"
	"math"
	"slices"

	"isobar.dev/isobar/providers/internal/wire"
)

// Power is a provider's power model, for carbon estimates: what its
// servers draw on average per vCPU, per GiB of memory and per GPU, and how
// much more its data centres draw for every watt their servers draw.
type Power struct {
	Provider string
	// PUE is the data centres' power usage effectiveness: the energy the
	// facility draws per unit of energy its servers draw (at least 1).
	PUE float64
	// VCPUWatts and GiBWatts are the average draw of one vCPU and of one
	// GiB of memory, in watts.
	VCPUWatts, GiBWatts float64
	// GPUWatts is the average draw of one GPU, in watts, by model.
	GPUWatts map[string]float64
	// Source is the ID of a Source in Catalog.Sources.
	Source string
	Note   string
}

// KWh is the energy, PUE included, that a share of a server draws in
// hours: vcpus vCPUs, gib GiB of memory and gpus GPUs of gpuModel. It
// reports false when the model's draw is unknown.
func (p Power) KWh(vcpus, gib float64, gpuModel string, gpus int, hours float64) (float64, bool) {
	watts := vcpus*p.VCPUWatts + gib*p.GiBWatts
	if gpus > 0 {
		w, ok := p.GPUWatts[gpuModel]
		if !ok {
			return 0, false
		}
		watts += w * float64(gpus)
	}
	return watts * hours / 1000 * p.PUE, true
}

// Check reports the first implausible value of p: a PUE below 1, a
// negative draw, or a value that is not a finite number.
func (p Power) Check() error {
	bad := func(v, min float64) bool { return math.IsNaN(v) || math.IsInf(v, 0) || v < min }
	switch {
	case bad(p.PUE, 1):
		return fmt.Errorf("power of %s: pue %v is not a number of at least 1", p.Provider, p.PUE)
	case bad(p.VCPUWatts, 0):
		return fmt.Errorf("power of %s: vcpuWatts %v is not a number of at least 0", p.Provider, p.VCPUWatts)
	case bad(p.GiBWatts, 0):
		return fmt.Errorf("power of %s: gibWatts %v is not a number of at least 0", p.Provider, p.GiBWatts)
	}
	for _, m := range slices.Sorted(maps.Keys(p.GPUWatts)) {
		if bad(p.GPUWatts[m], 0) {
			return fmt.Errorf("power of %s: gpuWatts of %s %v is not a number of at least 0", p.Provider, m, p.GPUWatts[m])
		}
	}
	return nil
}

// Power returns a provider's power model; every provider with a region
// has one.
func (c *Catalog) Power(provider string) (Power, bool) {
	p, ok := c.power[provider]
	if !ok {
		return Power{}, false
	}
	p.GPUWatts = maps.Clone(p.GPUWatts)
	return p, true
}

// loadPower keeps each provider's power model, checking that every
// provider has one with a draw for each GPU model its regions price.
func (c *Catalog) loadPower(rows []wire.Power) error {
	c.power = make(map[string]Power, len(rows))
	for _, r := range rows {
		p := Power{Provider: r.Provider, PUE: r.PUE, VCPUWatts: r.VCPUWatts, GiBWatts: r.GiBWatts,
			GPUWatts: maps.Clone(r.GPUWatts), Source: r.Source, Note: r.Note}
		if _, dup := c.power[p.Provider]; dup {
			return fmt.Errorf("power of %s: duplicate", p.Provider)
		}
		if !slices.Contains(c.providers, p.Provider) {
			return fmt.Errorf("power of %s: provider has no region", p.Provider)
		}
		if err := p.Check(); err != nil {
			return err
		}
		c.power[p.Provider] = p
	}
	for _, r := range c.regions {
		p, ok := c.power[r.Provider]
		if !ok {
			return fmt.Errorf("provider %s: no power model", r.Provider)
		}
		if r.Prices == nil {
			continue
		}
		for _, g := range r.Prices.GPUs {
			if _, ok := p.GPUWatts[g.Model]; !ok {
				return fmt.Errorf("region %s: prices %s GPUs, which the power model of %s has no draw for", r.Key(), g.Model, r.Provider)
			}
		}
	}
	return nil
}
