package schema

import (
	"fmt"
	"maps"
	"path"
	"slices"
	"strings"
)

// policy checks the organisation's guardrails against the intent. Spend
// limits are checked against declared budgets here; against the cost of a
// placement by the planner.
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
		if slices.Contains(p.ForbiddenNamespaces, w.Namespace) {
			c.report(append(path, "namespace"), "a namespace other than "+strings.Join(p.ForbiddenNamespaces, ", "),
				"policy: namespace %s is forbidden", w.Namespace)
		}
		for i, obj := range w.Objects {
			kind, _ := obj["kind"].(string)
			if slices.Contains(p.ForbiddenKinds, kind) {
				c.report(append(path, "objects", i, "kind"), "a kind other than "+strings.Join(p.ForbiddenKinds, ", "),
					"policy: kind %s is forbidden", kind)
			}
			meta, _ := obj["metadata"].(map[string]any)
			if ns, _ := meta["namespace"].(string); slices.Contains(p.ForbiddenNamespaces, ns) {
				c.report(append(path, "objects", i, "metadata", "namespace"), "a namespace other than "+strings.Join(p.ForbiddenNamespaces, ", "),
					"policy: namespace %s is forbidden", ns)
			}
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
