package planner

import (
	"slices"
	"strings"

	"isobar.dev/isobar/schema"
)

// conflict is one independent conflict of an infeasible intent: the
// sentence that says it, and the fields of the intent that hold its
// constraints (CUE paths such as "budgets.teams.web"), the one the
// sentence is about first, so that a command can point at the lines to
// change.
type conflict struct {
	text   string
	fields []string
}

// maxFields bounds the fields one conflict names.
const maxFields = 8

// newConflict makes a conflict of text at fields, without repeats.
func newConflict(text string, fields ...string) conflict {
	var out []string
	for _, f := range fields {
		if f != "" && !slices.Contains(out, f) && len(out) < maxFields {
			out = append(out, f)
		}
	}
	return conflict{text: text, fields: out}
}

// conflictTexts are the sentences of cs.
func conflictTexts(cs []conflict) []string {
	out := make([]string, len(cs))
	for i, c := range cs {
		out[i] = c.text
	}
	return out
}

// field writes a path of labels as CUE does: identifiers as they are,
// other labels quoted ("workloads.api.demand.\"eu-west\"").
func field(labels ...string) string {
	path := make([]any, len(labels))
	for i, l := range labels {
		path[i] = l
	}
	return schema.PathString(path)
}

// workloadField is a field of workload w's spec.
func workloadField(w string, labels ...string) string {
	return field(append([]string{"workloads", w}, labels...)...)
}

// fleetLimitField is the field of the fleet's spending limit: the global
// budget or the policy's maximum, whichever is lower.
func (p *problem) fleetLimitField() string {
	if _, fromPolicy := p.spendingLimit(); fromPolicy {
		return "policy.maxMonthlyUSD"
	}
	return "budgets.monthlyUSD"
}

// capacityField is the field of cluster c's capacity of a resource as
// the capacity rows ("CPU", "memory", "pods", "A100 GPUs", "spot CPU",
// "spot memory") or the shortfalls ("cores of CPU", "GiB of memory") name
// it.
func capacityField(c, what string) string {
	switch what {
	case "CPU", "cores of CPU":
		return field("fleet", c, "capacity", "cpu")
	case "memory", "GiB of memory":
		return field("fleet", c, "capacity", "memory")
	case "pods":
		return field("fleet", c, "capacity", "pods")
	case "spot CPU":
		return field("fleet", c, "spot", "capacity", "cpu")
	case "spot memory":
		return field("fleet", c, "spot", "capacity", "memory")
	}
	if model, ok := strings.CutSuffix(what, " GPUs"); ok {
		return field("fleet", c, "capacity", "gpus", model)
	}
	return field("fleet", c, "capacity")
}

// groupField is the field of the intent a group of rows stands for.
func (p *problem) groupField(g *rowGroup) string {
	switch g.kind {
	case rowBudget:
		switch {
		case g.team != "":
			return field("budgets", "teams", g.team)
		case g.workload != "":
			return field("budgets", "workloads", g.workload)
		}
		return p.fleetLimitField()
	case rowCapacity:
		return capacityField(g.cluster, g.what)
	case rowReplicas:
		return workloadField(g.workload, "replicas", "min")
	case rowDemand:
		return workloadField(g.workload, "demand", g.what)
	case rowLink:
		return workloadField(g.workload, "availability", "minReplicasPerLocation")
	case rowSpread:
		return workloadField(g.workload, "availability", "spread", g.what+"s")
	}
	if g.workload != "" {
		return workloadField(g.workload)
	}
	return ""
}
