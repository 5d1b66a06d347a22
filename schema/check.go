package schema

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	moneyfmt "isobar.dev/isobar/internal/money"
)

// KnownRegions is what Check needs of the provider catalog: which providers and
// regions exist. The built-in catalog satisfies it through the providers
// package, whose every provider has a power model; the regions an intent
// declares under catalog.regions are added by Check itself.
type KnownRegions interface {
	// Providers lists the known providers, sorted.
	Providers() []string
	// RegionIDs lists a provider's region ids, sorted.
	RegionIDs(provider string) []string
}

// Check verifies what the schema alone cannot: that names refer to things
// that exist (teams, data classes, geographies, datasets, providers, regions,
// jurisdictions), that quantities make sense together, and that the
// organisation's policy holds. It returns every problem at once, or nil.
func Check(in *Instance, cat KnownRegions) Diagnostics {
	c := &checker{in: in, it: in.Intent, cat: cat, juris: NewJurisdictions(in.Intent.Jurisdictions)}
	c.regions()
	c.jurisdictions()
	c.geographies()
	c.clusters()
	c.datasets()
	c.workloads()
	c.budgets()
	c.objective()
	c.policy()
	c.traffic()
	if len(c.ds) == 0 {
		return nil
	}
	return sortDiagnostics(c.ds)
}

type checker struct {
	in    *Instance
	it    *Intent
	cat   KnownRegions
	juris *Jurisdictions
	ds    Diagnostics
}

// report records a problem at the field the path names. Path elements are
// field labels (string) or list indexes (int).
func (c *checker) report(path []any, expected, format string, args ...any) {
	c.ds = append(c.ds, c.in.Diagnostic(path, expected, fmt.Sprintf(format, args...)))
}

// knownRegion reports whether a provider's region exists in the built-in
// catalog or in the intent's catalog section.
func (c *checker) knownRegion(provider, region string) bool {
	if _, ok := c.it.Catalog.Regions[provider][region]; ok {
		return true
	}
	_, ok := slices.BinarySearch(c.cat.RegionIDs(provider), region)
	return ok
}

func (c *checker) knownProvider(provider string) bool {
	if _, ok := c.it.Catalog.Regions[provider]; ok {
		return true
	}
	return slices.Contains(c.cat.Providers(), provider)
}

func (c *checker) providerNames() []string {
	names := slices.Clone(c.cat.Providers())
	for p := range c.it.Catalog.Regions {
		if !slices.Contains(names, p) {
			names = append(names, p)
		}
	}
	slices.Sort(names)
	return names
}

// checkRegion reports an unknown provider or region at path.
func (c *checker) checkRegion(path []any, provider, region string) {
	if !c.knownProvider(provider) {
		c.report(append(path, "provider"), "one of "+strings.Join(c.providerNames(), ", ")+", or a provider declared under catalog.regions",
			"unknown provider %q", provider)
		return
	}
	if c.knownRegion(provider, region) {
		return
	}
	ids := c.cat.RegionIDs(provider)
	msg := fmt.Sprintf("unknown region %q for provider %s", region, provider)
	if best := closest(region, ids); best != "" {
		msg += fmt.Sprintf("; did you mean %s?", best)
	}
	c.report(append(path, "region"), "a region of "+provider+" from `isobar catalog regions`, or one declared under catalog.regions."+provider, "%s", msg)
}

// regions checks regions the intent adds to the catalog.
func (c *checker) regions() {
	for _, p := range slices.Sorted(maps.Keys(c.it.Catalog.Regions)) {
		for _, r := range slices.Sorted(maps.Keys(c.it.Catalog.Regions[p])) {
			f := c.it.Catalog.Regions[p][r]
			path := []any{"catalog", "regions", p, r}
			if _, ok := slices.BinarySearch(c.cat.RegionIDs(p), r); ok {
				continue // overrides facts of a built-in region
			}
			if f.Country == "" || f.Lat == nil || f.Lon == nil {
				c.report(path, "country, lat and lon for a region the built-in catalog lacks", "new region %s:%s has no location", p, r)
			}
			if f.Country != "" && !IsCountry(f.Country) {
				c.report(append(path, "country"), "an ISO 3166-1 alpha-2 country code", "unknown country %q", f.Country)
			}
		}
	}
	c.power()
	for _, p := range slices.Sorted(maps.Keys(c.it.Catalog.Discounts)) {
		if !c.knownProvider(p) {
			c.report([]any{"catalog", "discounts", p}, "one of "+strings.Join(c.providerNames(), ", "), "discount for unknown provider %q", p)
		}
	}
	for i, m := range c.it.Catalog.Latency {
		path := []any{"catalog", "latency", i}
		if !c.knownPlace(m.From) {
			c.report(append(path, "from"), `a user geography or a region written "provider:region"`, "unknown place %q", m.From)
		}
		if !c.knownPlace(m.To) {
			c.report(append(path, "to"), `a region written "provider:region"`, "unknown region %q", m.To)
		}
	}
}

// power checks the power models the intent declares: each of a known
// provider, and one for every provider the built-in catalog lacks, with
// the facts carbon estimates need. A missing model is reported at the
// provider's declaration under catalog.regions.
func (c *checker) power() {
	for _, p := range slices.Sorted(maps.Keys(c.it.Catalog.Power)) {
		if !c.knownProvider(p) {
			c.report([]any{"catalog", "power", p}, "one of "+strings.Join(c.providerNames(), ", ")+", or a provider declared under catalog.regions",
				"power model of unknown provider %q", p)
		}
	}
	for _, p := range slices.Sorted(maps.Keys(c.it.Catalog.Regions)) {
		if slices.Contains(c.cat.Providers(), p) {
			continue
		}
		pw := c.it.Catalog.Power[p]
		var missing []string
		for _, f := range []struct {
			name string
			v    *float64
		}{{"pue", pw.PUE}, {"vcpuWatts", pw.VCPUWatts}, {"gibWatts", pw.GiBWatts}} {
			if f.v == nil {
				missing = append(missing, f.name)
			}
		}
		models := map[string]bool{}
		for _, r := range c.it.Catalog.Regions[p] {
			if r.Prices != nil {
				for m := range r.Prices.GPUHour {
					models[m] = true
				}
			}
		}
		for _, m := range slices.Sorted(maps.Keys(models)) {
			if _, ok := pw.GPUWatts[m]; !ok {
				missing = append(missing, "gpuWatts."+m)
			}
		}
		if len(missing) > 0 {
			c.report([]any{"catalog", "regions", p},
				"catalog.power."+p+" with pue, vcpuWatts and gibWatts, and gpuWatts for each GPU model its regions price",
				"provider %s has no power model for carbon estimates: catalog.power.%s lacks %s", p, p, strings.Join(missing, ", "))
		}
	}
}

func (c *checker) knownPlace(s string) bool {
	if p, r, ok := strings.Cut(s, ":"); ok {
		return c.knownRegion(p, r)
	}
	return c.knownGeography(s)
}

func (c *checker) knownGeography(name string) bool {
	if _, ok := c.it.Geographies[name]; ok {
		return true
	}
	_, ok := BuiltinGeographies()[name]
	return ok
}

// checkJurisdiction reports a jurisdiction name that resolves to nothing.
func (c *checker) checkJurisdiction(path []any, name string) {
	if _, ok := c.juris.Countries(name); ok {
		return
	}
	msg := fmt.Sprintf("unknown jurisdiction %q", name)
	if _, declared := c.it.Jurisdictions[name]; declared {
		msg = fmt.Sprintf("jurisdiction %q includes itself or an unknown jurisdiction", name)
	} else if up := strings.ToUpper(name); up != name {
		if _, ok := c.juris.Countries(up); ok {
			msg += fmt.Sprintf("; did you mean %s?", up)
		}
	}
	c.report(path, expectations["#JurisdictionRef"], "%s", msg)
}

func (c *checker) jurisdictions() {
	for _, name := range slices.Sorted(maps.Keys(c.it.Jurisdictions)) {
		if name == EU || name == EEA || IsCountry(name) {
			c.report([]any{"jurisdictions", name}, "a group name that is not EU, EEA or a country code", "jurisdiction %q redefines a built-in one", name)
			continue
		}
		for i, m := range c.it.Jurisdictions[name].Countries {
			if _, ok := NewJurisdictions(c.it.Jurisdictions).Countries(m); !ok {
				c.checkJurisdiction([]any{"jurisdictions", name, "countries", i}, m)
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(c.it.DataClasses)) {
		for i, j := range c.it.DataClasses[name].Allowed {
			c.checkJurisdiction([]any{"dataClasses", name, "allowed", i}, j)
		}
	}
}

func (c *checker) geographies() {
	for _, name := range slices.Sorted(maps.Keys(c.it.Geographies)) {
		g := c.it.Geographies[name]
		if _, ok := BuiltinGeographies()[name]; ok {
			c.report([]any{"geographies", name}, "a name that is not a built-in geography", "geography %q is built in; choose another name", name)
		}
		if !IsCountry(g.Country) {
			c.report([]any{"geographies", name, "country"}, "an ISO 3166-1 alpha-2 country code", "unknown country %q", g.Country)
		}
	}
}

func (c *checker) clusters() {
	for _, name := range slices.Sorted(maps.Keys(c.it.Fleet)) {
		cl := c.it.Fleet[name]
		path := []any{"fleet", name}
		c.checkRegion(path, cl.Provider, cl.Region)
		c.checkCapacity(append(path, "capacity"), cl.Capacity)
		if cl.Spot.Capacity != nil {
			c.checkCapacity(append(path, "spot", "capacity"), *cl.Spot.Capacity)
			if !cl.Spot.Available {
				c.report(append(path, "spot", "capacity"), "spot.available: true", "spot capacity given for a cluster without spot")
			}
		}
	}
}

func (c *checker) checkCapacity(path []any, cp Capacity) {
	if cp.CPU <= 0 {
		c.report(append(path, "cpu"), "a positive amount of CPU", "CPU is %s", cp.CPU)
	}
	if cp.Memory <= 0 {
		c.report(append(path, "memory"), "a positive amount of memory", "memory is %s", cp.Memory)
	}
}

func (c *checker) datasets() {
	for _, name := range slices.Sorted(maps.Keys(c.it.Datasets)) {
		ds := c.it.Datasets[name]
		c.checkRegion([]any{"datasets", name}, ds.Provider, ds.Region)
		c.checkDataClasses([]any{"datasets", name, "dataClasses"}, ds.DataClasses)
	}
}

func (c *checker) checkDataClasses(path []any, classes []string) {
	for i, dc := range classes {
		if _, ok := c.it.DataClasses[dc]; !ok {
			msg := fmt.Sprintf("unknown data class %q", dc)
			if best := closest(dc, slices.Sorted(maps.Keys(c.it.DataClasses))); best != "" {
				msg += fmt.Sprintf("; did you mean %s?", best)
			}
			c.report(append(path, i), "a data class declared under dataClasses", "%s", msg)
		}
	}
}

func (c *checker) workloads() {
	for _, name := range slices.Sorted(maps.Keys(c.it.Workloads)) {
		w := c.it.Workloads[name]
		path := []any{"workloads", name}
		if w.Team != "" {
			if _, ok := c.it.Teams[w.Team]; !ok {
				c.report(append(path, "team"), "a team declared under teams", "unknown team %q", w.Team)
			}
		}
		c.checkDataClasses(append(path, "dataClasses"), w.DataClasses)
		if w.Resources.CPU <= 0 {
			c.report(append(path, "resources", "cpu"), "a positive amount of CPU", "CPU is %s", w.Resources.CPU)
		}
		if w.Resources.Memory <= 0 {
			c.report(append(path, "resources", "memory"), "a positive amount of memory", "memory is %s", w.Resources.Memory)
		}
		if w.Latency != nil && w.Latency.P95 <= 0 {
			// The schema refuses zero written plainly; this catches what
			// rounds to it ("0.0000001ms").
			c.report(append(path, "latency", "p95"), "a duration > 0, such as \"80ms\"", "p95 is %s", w.Latency.P95)
		}
		if w.Replicas.Max > 0 && w.Replicas.Max < w.Replicas.Min {
			c.report(append(path, "replicas", "max"), fmt.Sprintf("at least replicas.min (%d)", w.Replicas.Min), "replicas.max is %d", w.Replicas.Max)
		}
		if w.Schedule != "" && w.Kind != KindCronJob {
			c.report(append(path, "schedule"), `kind: "cronjob"`, "schedule is set on a workload of kind %q", w.Kind)
		}
		if w.Autoscaling != nil && w.Kind != KindService {
			c.report(append(path, "autoscaling"), `kind: "service"`, "autoscaling is set on a workload of kind %q", w.Kind)
		}
		for _, g := range slices.Sorted(maps.Keys(w.Demand)) {
			if !c.knownGeography(g) {
				msg := fmt.Sprintf("unknown user geography %q", g)
				if best := closest(g, append(slices.Sorted(maps.Keys(BuiltinGeographies())), slices.Sorted(maps.Keys(c.it.Geographies))...)); best != "" {
					msg += fmt.Sprintf("; did you mean %s?", best)
				}
				c.report(append(path, "demand", g), "a built-in geography (`isobar catalog geographies`) or one declared under geographies", "%s", msg)
			}
			if p := w.Demand[g].Profile; p != nil {
				c.checkDemandProfile(append(path, "demand", g, "profile"), p)
			}
		}
		if len(w.Demand) > 0 && w.Kind != KindService {
			c.report(append(path, "demand"), `kind: "service"`, "demand is set on a workload of kind %q", w.Kind)
		}
		for _, ds := range slices.Sorted(maps.Keys(w.Data)) {
			if _, ok := c.it.Datasets[ds]; !ok {
				c.report(append(path, "data", ds), "a dataset declared under datasets", "unknown dataset %q", ds)
			}
		}
		c.checkProbePorts(path, w)
	}
}

// checkProbePorts reports probes that name a port the workload lacks.
func (c *checker) checkProbePorts(path []any, w Workload) {
	probes := []struct {
		name string
		p    *Probe
	}{{"readiness", w.Probes.Readiness}, {"liveness", w.Probes.Liveness}, {"startup", w.Probes.Startup}}
	for _, pr := range probes {
		if pr.p == nil {
			continue
		}
		var port any
		handler := ""
		switch {
		case pr.p.HTTP != nil:
			port, handler = pr.p.HTTP.Port, "http"
		case pr.p.TCP != nil:
			port, handler = pr.p.TCP.Port, "tcp"
		}
		if name, ok := port.(string); ok {
			if _, found := w.Ports[name]; !found {
				c.report(append(path, "probes", pr.name, handler, "port"), "a port declared under ports, or a number", "unknown port %q", name)
			}
		}
	}
}

func (c *checker) budgets() {
	b := c.it.Budgets
	for _, t := range slices.Sorted(maps.Keys(b.Teams)) {
		if _, ok := c.it.Teams[t]; !ok {
			c.report([]any{"budgets", "teams", t}, "a team declared under teams", "budget for unknown team %q", t)
		}
		if b.MonthlyUSD > 0 && b.Teams[t] > b.MonthlyUSD {
			c.report([]any{"budgets", "teams", t}, fmt.Sprintf("at most the global budget, %s USD", money(b.MonthlyUSD)),
				"team budget %s USD exceeds the global budget", money(b.Teams[t]))
		}
	}
	for _, w := range slices.Sorted(maps.Keys(b.Workloads)) {
		wl, ok := c.it.Workloads[w]
		if !ok {
			c.report([]any{"budgets", "workloads", w}, "a workload declared under workloads", "budget for unknown workload %q", w)
			continue
		}
		if tb, ok := b.Teams[wl.Team]; ok && b.Workloads[w] > tb {
			c.report([]any{"budgets", "workloads", w}, fmt.Sprintf("at most team %s's budget, %s USD", wl.Team, money(tb)),
				"workload budget %s USD exceeds its team's budget", money(b.Workloads[w]))
		}
	}
}

func (c *checker) objective() {
	o := c.it.Objective
	if o.Minimize == MinimizeWeighted && o.Weights != nil && o.Weights.Cost+o.Weights.Latency+o.Weights.Carbon == 0 {
		c.report([]any{"objective", "weights"}, "at least one positive weight", "all weights are zero")
	}
	if o.Minimize != MinimizeWeighted && o.Weights != nil {
		c.report([]any{"objective", "weights"}, `minimize: "weighted"`, "weights are set but minimize is %q", o.Minimize)
	}
}

// money formats an amount of USD with thousands separators.
func money(v float64) string { return moneyfmt.Format(v) }
