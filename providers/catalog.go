package providers

import (
	_ "embed"
	"errors"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"sync"

	"isobar.dev/isobar/providers/internal/wire"
)

//go:embed catalog.json
var catalogJSON []byte

// Fact is one value with its provenance.
type Fact struct {
	Value float64
	// Source is the ID of a Source in Catalog.Sources.
	Source string
	// Note is source detail, e.g. "year=2024" or "upstream=EEA".
	Note string
	// Estimated reports that the value was not listed for this region but
	// copied from the region named by EstimatedFrom ("provider:region").
	Estimated     bool
	EstimatedFrom string
}

// VMPrice is the general-purpose VM list price a region's per-vCPU and
// per-GiB prices are derived from (aws m6i.xlarge, gcp n2-standard-4,
// azure Standard_D4s_v5; 4 vCPU, 16 GiB).
type VMPrice struct {
	SKU       string
	VCPUs     float64
	MemoryGiB float64
	// Hour is the on-demand price in USD per hour.
	Hour float64
	// SpotHour is the spot price in USD per hour, nil if not listed. For
	// AWS it is the lowest spot price among the region's zones.
	SpotHour *float64
}

// GPUPrice is the cheapest listed SKU per GPU of one GPU model in a region.
type GPUPrice struct {
	// Model is the GPU model as the catalog names it: T4, L4, A10G, A100
	// (40 GB), A100-80GB, H100.
	Model string
	// SKU is the instance type, or "accelerator-only" for GCP.
	SKU string
	// Count is the number of GPUs in the SKU.
	Count int
	// Hour is the on-demand USD per GPU-hour: SKUHour / Count.
	Hour float64
	// SpotHour is the spot USD per GPU-hour, nil if not listed.
	SpotHour *float64
	// SKUHour and SKUSpotHour are the listed prices of the whole SKU.
	SKUHour     float64
	SKUSpotHour *float64
	// IncludesHost reports that Hour includes the SKU's host VM (AWS,
	// Azure). GCP prices are accelerator-only (IncludesHost false): add a
	// host VM, e.g. at Prices.VCPUHour and Prices.GiBHour.
	IncludesHost bool
	// VCPUs and MemoryGiB describe the host of the whole SKU (0 for GCP).
	VCPUs     float64
	MemoryGiB float64
}

// Prices are a region's compute prices in USD.
type Prices struct {
	// VCPUHour and GiBHour split VM.Hour between vCPUs and memory in a fixed
	// ratio (see the package documentation and Metadata.PriceSplit), so that
	// VM.VCPUs*VCPUHour + VM.MemoryGiB*GiBHour == VM.Hour up to 1e-8.
	VCPUHour float64
	GiBHour  float64
	// SpotVCPUHour and SpotGiBHour split VM.SpotHour the same way; nil if
	// no spot price is listed.
	SpotVCPUHour *float64
	SpotGiBHour  *float64
	// GPUHour maps a GPU model to its on-demand USD per GPU-hour
	// (GPUs[i].Hour). See GPUs for whether a host VM is included.
	GPUHour map[string]float64
	// GPUs lists the GPU offers, sorted by Model.
	GPUs []GPUPrice
	// VM is the general-purpose VM row the split was derived from.
	VM VMPrice
	// Source is the ID of a Source in Catalog.Sources.
	Source string
	// Estimated reports that the region has no listed prices and all of
	// these were copied from the same provider's nearest priced region,
	// EstimatedFrom ("provider:region"). GPU availability is then unknown.
	Estimated     bool
	EstimatedFrom string
}

// GPU returns the offer for a GPU model.
func (p *Prices) GPU(model string) (GPUPrice, bool) {
	if p == nil {
		return GPUPrice{}, false
	}
	i, ok := slices.BinarySearchFunc(p.GPUs, model, func(g GPUPrice, m string) int { return strings.Compare(g.Model, m) })
	if !ok {
		return GPUPrice{}, false
	}
	return p.GPUs[i], true
}

// Region is a cloud region and its facts.
type Region struct {
	Provider    string // "aws", "azure" or "gcp"
	ID          string // as the cloud spells it, e.g. "eu-west-1"
	DisplayName string
	// City is the most specific place the provider publishes; empty when
	// it only publishes a country or direction. Some are states.
	City string
	// Country is an ISO 3166-1 alpha-2 code.
	Country string
	// Continent is af, as, eu, na, sa, oc or me (Middle East).
	Continent string
	// EU and EEA report membership of the region's country.
	EU, EEA bool
	// Lat and Lon are approximate city/campus coordinates in degrees.
	Lat, Lon float64
	// Prices is nil if the region is unpriced (no listed or estimated
	// price; does not happen in the built-in catalog).
	Prices *Prices
	// Carbon is the grid carbon intensity in gCO2e/kWh; nil if unknown.
	Carbon *Fact
	// InternetEgressUSDPerGB is the first-tier internet egress price; nil
	// if unknown.
	InternetEgressUSDPerGB *Fact
}

// Key returns "provider:id", the form used by EstimatedFrom.
func (r Region) Key() string { return r.Provider + ":" + r.ID }

// Point returns the region as an RTT end point.
func (r Region) Point() Point {
	return Point{Provider: r.Provider, Region: r.ID, Lat: r.Lat, Lon: r.Lon}
}

// Source is a public upstream source of catalog values.
type Source struct {
	ID      string // referenced by Fact.Source and Prices.Source
	Repo    string
	Path    string
	Commit  string // empty for web pages
	License string
	UsedFor string
	Note    string
}

// LatencyModel is the fitted model RTT(ms) = A + B·km and its error on the
// measured pairs it was fitted to.
type LatencyModel struct {
	A, B float64 // ms, ms per great-circle km
	// RMSE, MAE and MaxAbsError are in ms; R2 is the coefficient of
	// determination; N is the number of region pairs fitted.
	RMSE, MAE, MaxAbsError, R2 float64
	N                          int
	Method                     string
	// Residuals summarises the error by distance band.
	Residuals []ResidualBand
}

// ResidualBand is the mean (signed) and mean absolute residual, measured
// minus model in ms, for pairs with FromKM <= distance < ToKM (ToKM 0: no
// upper bound).
type ResidualBand struct {
	FromKM, ToKM   float64
	N              int
	MeanError, MAE float64
}

// RTT returns the model's round-trip time for a great-circle distance.
func (m LatencyModel) RTT(km float64) float64 { return math.Max(0, m.A+m.B*km) }

// PriceSplit documents the fixed vCPU:memory price ratio.
type PriceSplit struct {
	Basis                   string
	VCPUHourRef, GiBHourRef float64
	VCPUPerGiB              float64 // VCPUHourRef / GiBHourRef
}

// Input is one input file of the generator.
type Input struct {
	File   string
	Rows   int
	SHA256 string
}

// Metadata describes the catalog's provenance and derivations.
type Metadata struct {
	// Compiled is the compile date of the input data set (YYYY-MM-DD).
	Compiled     string
	Generator    string
	Inputs       []Input
	Sources      []Source
	LatencyModel LatencyModel
	PriceSplit   PriceSplit
	// Methods documents each estimate, keyed by kind ("prices", "carbon",
	// "internetEgress", "egress", "rtt", "priceSplit", "gpuPrice").
	Methods map[string]string
	// Unmatched lists input rows dropped because their region is not in
	// the region list, as "file: provider:region".
	Unmatched []string
}

// Catalog is an immutable set of regions and facts. Its methods are safe for
// concurrent use and return copies, so callers may modify results freely.
type Catalog struct {
	meta      Metadata
	regions   []Region // sorted by Key
	index     map[string]int
	providers []string
	gpuModels []string
	egress    map[[2]string]float64
	rtt       map[[2]string]float64 // directed, measured
	power     map[string]Power
	// maxInternetEgress is the highest internet egress per provider ("" for
	// all providers), the fallback for unknown source regions.
	maxInternetEgress map[string]float64
}

var builtin = sync.OnceValues(func() (*Catalog, error) {
	c, err := parse(catalogJSON)
	if err != nil {
		return nil, fmt.Errorf("providers: built-in catalog: %w", err)
	}
	return c, nil
})

// Builtin returns the catalog embedded in the binary. It is parsed once; all
// callers share the same immutable value.
func Builtin() (*Catalog, error) { return builtin() }

func parse(data []byte) (*Catalog, error) {
	w, err := wire.Decode(data)
	if err != nil {
		return nil, err
	}
	c := &Catalog{
		index:             make(map[string]int, len(w.Regions)),
		egress:            make(map[[2]string]float64, len(w.Egress)),
		rtt:               make(map[[2]string]float64, len(w.Latency)),
		maxInternetEgress: map[string]float64{},
	}
	c.meta = convertMeta(w.Meta)
	provs := map[string]bool{}
	gpus := map[string]bool{}
	for i, wr := range w.Regions {
		r := convertRegion(wr)
		k := r.Key()
		if r.Provider == "" || r.ID == "" {
			return nil, fmt.Errorf("region %d: empty provider or id", i)
		}
		if i > 0 && k <= c.regions[i-1].Key() {
			return nil, fmt.Errorf("region %s: regions not sorted or duplicated", k)
		}
		c.index[k] = i
		c.regions = append(c.regions, r)
		provs[r.Provider] = true
		if r.Prices != nil && !r.Prices.Estimated {
			for _, g := range r.Prices.GPUs {
				gpus[g.Model] = true
			}
		}
		if f := r.InternetEgressUSDPerGB; f != nil {
			c.maxInternetEgress[r.Provider] = math.Max(c.maxInternetEgress[r.Provider], f.Value)
			c.maxInternetEgress[""] = math.Max(c.maxInternetEgress[""], f.Value)
		}
	}
	if len(c.regions) == 0 {
		return nil, errors.New("no regions")
	}
	for _, r := range c.regions {
		for _, from := range []string{estFrom(r.Prices), factFrom(r.Carbon), factFrom(r.InternetEgressUSDPerGB)} {
			if _, ok := c.index[from]; from != "" && !ok {
				return nil, fmt.Errorf("region %s: estimated from unknown region %s", r.Key(), from)
			}
		}
	}
	if err := c.loadPairs("egress", w.Egress, c.egress); err != nil {
		return nil, err
	}
	if err := c.loadPairs("latency", w.Latency, c.rtt); err != nil {
		return nil, err
	}
	c.providers = slices.Sorted(maps.Keys(provs))
	c.gpuModels = slices.Sorted(maps.Keys(gpus))
	if err := c.loadPower(w.Power); err != nil {
		return nil, err
	}
	return c, nil
}

func estFrom(p *Prices) string {
	if p == nil {
		return ""
	}
	return p.EstimatedFrom
}

func factFrom(f *Fact) string {
	if f == nil {
		return ""
	}
	return f.EstimatedFrom
}

func (c *Catalog) loadPairs(name string, pairs []wire.Pair, into map[[2]string]float64) error {
	for _, p := range pairs {
		for _, k := range []string{p.From, p.To} {
			if _, ok := c.index[k]; !ok {
				return fmt.Errorf("%s %s -> %s: unknown region %s", name, p.From, p.To, k)
			}
		}
		if p.From == p.To || p.Value < 0 || math.IsNaN(p.Value) || math.IsInf(p.Value, 0) {
			return fmt.Errorf("%s %s -> %s: invalid pair value %v", name, p.From, p.To, p.Value)
		}
		k := [2]string{p.From, p.To}
		if _, dup := into[k]; dup {
			return fmt.Errorf("%s %s -> %s: duplicate pair", name, p.From, p.To)
		}
		into[k] = p.Value
	}
	return nil
}

func convertFact(f *wire.Fact) *Fact {
	if f == nil {
		return nil
	}
	return &Fact{Value: f.Value, Source: f.Source, Note: f.Note, Estimated: f.Estimated, EstimatedFrom: f.EstimatedFrom}
}

func convertRegion(w wire.Region) Region {
	r := Region{
		Provider: w.Provider, ID: w.ID, DisplayName: w.DisplayName, City: w.City, Country: w.Country,
		Continent: w.Continent, EU: w.EU, EEA: w.EEA, Lat: w.Lat, Lon: w.Lon,
		Carbon: convertFact(w.Carbon), InternetEgressUSDPerGB: convertFact(w.InternetEgress),
	}
	if p := w.Prices; p != nil {
		r.Prices = &Prices{
			VCPUHour: p.VCPUHour, GiBHour: p.GiBHour, SpotVCPUHour: p.SpotVCPUHour, SpotGiBHour: p.SpotGiBHour,
			VM:     VMPrice{SKU: p.VM.SKU, VCPUs: p.VM.VCPUs, MemoryGiB: p.VM.MemoryGiB, Hour: p.VM.Hour, SpotHour: p.VM.SpotHour},
			Source: p.Source, Estimated: p.Estimated, EstimatedFrom: p.EstimatedFrom,
			GPUHour: make(map[string]float64, len(p.GPUs)),
		}
		for _, g := range p.GPUs {
			r.Prices.GPUs = append(r.Prices.GPUs, GPUPrice{
				Model: g.Model, SKU: g.SKU, Count: g.Count, Hour: g.Hour, SpotHour: g.SpotHour,
				SKUHour: g.SKUHour, SKUSpotHour: g.SKUSpotHour, IncludesHost: g.IncludesHost,
				VCPUs: g.VCPUs, MemoryGiB: g.MemoryGiB,
			})
			r.Prices.GPUHour[g.Model] = g.Hour
		}
		slices.SortFunc(r.Prices.GPUs, func(a, b GPUPrice) int { return strings.Compare(a.Model, b.Model) })
	}
	return r
}

func convertMeta(w wire.Meta) Metadata {
	m := Metadata{
		Compiled: w.Compiled, Generator: w.Generator,
		Methods:   maps.Clone(w.Methods),
		Unmatched: slices.Clone(w.Unmatched),
		PriceSplit: PriceSplit{
			Basis: w.PriceSplit.Basis, VCPUHourRef: w.PriceSplit.VCPUHourRef,
			GiBHourRef: w.PriceSplit.GiBHourRef, VCPUPerGiB: w.PriceSplit.VCPUPerGiB,
		},
	}
	lm := w.LatencyModel
	m.LatencyModel = LatencyModel{A: lm.A, B: lm.B, RMSE: lm.RMSE, MAE: lm.MAE, MaxAbsError: lm.MaxAbsError, R2: lm.R2, N: lm.N, Method: lm.Method}
	for _, b := range lm.Residuals {
		m.LatencyModel.Residuals = append(m.LatencyModel.Residuals, ResidualBand{FromKM: b.FromKM, ToKM: b.ToKM, N: b.N, MeanError: b.MeanError, MAE: b.MAE})
	}
	for _, in := range w.Inputs {
		m.Inputs = append(m.Inputs, Input{File: in.File, Rows: in.Rows, SHA256: in.SHA256})
	}
	for _, s := range w.Sources {
		m.Sources = append(m.Sources, Source{ID: s.ID, Repo: s.Repo, Path: s.Path, Commit: s.Commit, License: s.License, UsedFor: s.UsedFor, Note: s.Note})
	}
	slices.SortFunc(m.Sources, func(a, b Source) int { return strings.Compare(a.ID, b.ID) })
	return m
}

func cloneFloat(p *float64) *float64 {
	if p == nil {
		return nil
	}
	v := *p
	return &v
}

func cloneFact(f *Fact) *Fact {
	if f == nil {
		return nil
	}
	c := *f
	return &c
}

// clone returns a deep copy so callers cannot modify the shared catalog.
func (r Region) clone() Region {
	r.Carbon = cloneFact(r.Carbon)
	r.InternetEgressUSDPerGB = cloneFact(r.InternetEgressUSDPerGB)
	if r.Prices != nil {
		p := *r.Prices
		p.SpotVCPUHour, p.SpotGiBHour = cloneFloat(p.SpotVCPUHour), cloneFloat(p.SpotGiBHour)
		p.VM.SpotHour = cloneFloat(p.VM.SpotHour)
		p.GPUHour = maps.Clone(p.GPUHour)
		p.GPUs = slices.Clone(p.GPUs)
		for i := range p.GPUs {
			p.GPUs[i].SpotHour = cloneFloat(p.GPUs[i].SpotHour)
			p.GPUs[i].SKUSpotHour = cloneFloat(p.GPUs[i].SKUSpotHour)
		}
		r.Prices = &p
	}
	return r
}

// Providers returns the provider names, sorted.
func (c *Catalog) Providers() []string { return slices.Clone(c.providers) }

// Regions returns the regions of provider sorted by ID, or all regions
// sorted by provider and ID if provider is "". An unknown provider gives
// an empty slice.
func (c *Catalog) Regions(provider string) []Region {
	out := []Region{}
	for _, r := range c.regions {
		if provider == "" || r.Provider == provider {
			out = append(out, r.clone())
		}
	}
	return out
}

// Region returns one region.
func (c *Catalog) Region(provider, id string) (Region, bool) {
	i, ok := c.index[provider+":"+id]
	if !ok {
		return Region{}, false
	}
	return c.regions[i].clone(), true
}

// GPUModels returns the GPU models with a listed price in at least one
// region, sorted.
func (c *Catalog) GPUModels() []string { return slices.Clone(c.gpuModels) }

// Sources returns the upstream sources, sorted by ID.
func (c *Catalog) Sources() []Source { return slices.Clone(c.meta.Sources) }

// Metadata returns the catalog's provenance and model parameters.
func (c *Catalog) Metadata() Metadata {
	m := c.meta
	m.Inputs = slices.Clone(m.Inputs)
	m.Sources = slices.Clone(m.Sources)
	m.Methods = maps.Clone(m.Methods)
	m.Unmatched = slices.Clone(m.Unmatched)
	m.LatencyModel.Residuals = slices.Clone(m.LatencyModel.Residuals)
	return m
}

// LatencyModel returns the fitted RTT model.
func (c *Catalog) LatencyModel() LatencyModel {
	m := c.meta.LatencyModel
	m.Residuals = slices.Clone(m.Residuals)
	return m
}

// Egress returns the price in USD per GB of sending data from one region to
// another.
//
//   - The same region costs 0 (not estimated).
//   - A listed pair returns the listed price (not estimated).
//   - Any other pair returns the source region's internet egress price
//     (itself listed or estimated), reported as estimated. For traffic that
//     stays inside one cloud this is an upper bound.
//   - If the source region is unknown, the highest internet egress price of
//     its provider (of any provider if the provider is unknown too) is
//     returned as a conservative estimate.
func (c *Catalog) Egress(fromProvider, fromRegion, toProvider, toRegion string) (usdPerGB float64, estimated bool) {
	from, to := fromProvider+":"+fromRegion, toProvider+":"+toRegion
	if from == to {
		return 0, false
	}
	if v, ok := c.egress[[2]string{from, to}]; ok {
		return v, false
	}
	if i, ok := c.index[from]; ok {
		if f := c.regions[i].InternetEgressUSDPerGB; f != nil {
			return f.Value, true
		}
	}
	if v, ok := c.maxInternetEgress[fromProvider]; ok {
		return v, true
	}
	return c.maxInternetEgress[""], true
}
