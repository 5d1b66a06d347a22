package schema

import (
	"fmt"

	"cuelang.org/go/cue"
	"maps"
	"path"
	"slices"
	"strings"
)

// policy checks the organisation's guardrails against the intent. Spend
// limits are checked against declared budgets here; against the cost of a
// placement by the planner. The rules on Kubernetes objects (forbidden
// namespaces and kinds, the safe default and its allowances) are checked on
// the objects as they will be applied, after patches: see render.Check.
func (c *checker) policy() {
	p := c.it.Policy
	for i, pr := range p.AllowedProviders {
		if !c.knownProvider(pr) {
			c.report([]any{"policy", "allowedProviders", i}, "one of "+strings.Join(c.providerNames(), ", "), "unknown provider %q", pr)
		}
	}
	for _, name := range slices.Sorted(maps.Keys(c.it.Fleet)) {
		cl := c.it.Fleet[name]
		if p.AllowedProviders != nil && !slices.Contains(p.AllowedProviders, cl.Provider) {
			c.report([]any{"fleet", name, "provider"}, "one of the allowed providers: "+strings.Join(p.AllowedProviders, ", "),
				"policy: provider %s is not allowed", cl.Provider)
		}
		if p.AllowedRegions != nil && !RegionAllowed(p.AllowedRegions, cl.Provider, cl.Region) {
			c.report([]any{"fleet", name, "region"}, "one of the allowed regions: "+strings.Join(p.AllowedRegions, ", "),
				"policy: region %s:%s is not allowed", cl.Provider, cl.Region)
		}
	}
	if p.MaxMonthlyUSD > 0 && c.it.Budgets.MonthlyUSD > p.MaxMonthlyUSD {
		c.report([]any{"budgets", "monthlyUSD"}, fmt.Sprintf("at most policy.maxMonthlyUSD, %s USD", money(p.MaxMonthlyUSD)),
			"policy: budget %s USD exceeds the organisation's maximum spend", money(c.it.Budgets.MonthlyUSD))
	}
	for _, name := range slices.Sorted(maps.Keys(c.it.Workloads)) {
		w := c.it.Workloads[name]
		path := []any{"workloads", name}
		var missing []string
		for _, l := range p.RequiredLabels {
			if _, ok := w.Labels[l]; !ok {
				missing = append(missing, l)
			}
		}
		if len(missing) > 0 {
			c.report(append(path, "labels"), "labels "+strings.Join(p.RequiredLabels, ", "),
				"policy: missing required label %s", strings.Join(missing, ", "))
		}
	}
}

// RegionAllowed matches a provider's region against the policy's
// "provider:region" patterns, in which * matches any characters.
func RegionAllowed(patterns []string, provider, region string) bool {
	for _, p := range patterns {
		if ok, _ := path.Match(p, provider+":"+region); ok {
			return true
		}
	}
	return false
}

// Diagnostic makes a diagnostic at a field of the intent, located at the
// nearest enclosing field the user wrote. Path elements are field labels
// (string) or list indexes (int), from the root: {"workloads", "api",
// "patches", 0, "patch"}.
func (in *Instance) Diagnostic(path []any, expected, message string) Diagnostic {
	return in.diagnosticAt(selectorsOf(path), expected, message)
}

// DiagnosticAt makes a diagnostic at a field of the intent written as a
// CUE path ("budgets.teams.web", `workloads.api.demand."eu-west"`), as
// [Instance.Diagnostic] does. A path that does not parse is kept as it
// is, without a position.
func (in *Instance) DiagnosticAt(field, expected, message string) Diagnostic {
	p := cue.ParsePath(field)
	if p.Err() != nil {
		return Diagnostic{Path: field, Message: message, Expected: expected}
	}
	return in.diagnosticAt(p.Selectors(), expected, message)
}

func (in *Instance) diagnosticAt(sels []cue.Selector, expected, message string) Diagnostic {
	d := Diagnostic{Path: cue.MakePath(sels...).String(), Message: message, Expected: expected}
	for n := len(sels); n >= 0; n-- {
		v := in.user.LookupPath(cue.MakePath(sels[:n]...))
		if p := v.Pos(); v.Exists() && p.IsValid() && in.conv.isUserFile(p.Filename()) {
			in.conv.setPos(&d, p)
			break
		}
	}
	return d
}

// PathString writes a path of field labels and list indexes as CUE does
// ("workloads.api.patches[0].patch").
func PathString(path []any) string { return cue.MakePath(selectorsOf(path)...).String() }

func selectorsOf(path []any) []cue.Selector {
	sels := make([]cue.Selector, 0, len(path))
	for _, p := range path {
		switch p := p.(type) {
		case int:
			sels = append(sels, cue.Index(p))
		case string:
			sels = append(sels, cue.Str(p))
		}
	}
	return sels
}
