package preview

// The N-1 table: for each failure domain of a plan, what the loss of that
// domain does — which replicas move where, what the fleet costs, which
// users wait longer, and what stays down.

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"isobar.dev/isobar/planner"
)

// Failure is one row of the N-1 table.
type Failure struct {
	// Domain is the failure domain (a cluster, provider:region or a
	// provider); Clusters the clusters lost with it.
	Domain   string   `json:"domain"`
	Clusters []string `json:"clusters"`
	// Status is Unaffected, Covered, Partial or NotPlanned (see
	// planner.Failure).
	Status string `json:"status"`
	// Moves lists, per workload that ran there, the replicas lost and
	// those added on the survivors.
	Moves []planner.Move `json:"moves,omitempty"`
	// Cost is the fleet's monthly cost, normally and under failure.
	Cost Change[float64] `json:"monthlyCostUSD"`
	// Latency lists the RTTs that change under failure.
	Latency []planner.LatencyChange `json:"latency,omitempty"`
	// Down lists the workloads whose lost replicas stay down, and why.
	Down []planner.Uncovered `json:"down,omitempty"`
	// Stopped says what the time limit cut short.
	Stopped string `json:"stopped,omitempty"`
}

// N1 is the N-1 table of a plan's contingency plans; nil when it has
// none.
func N1(c *planner.Contingency) []Failure {
	if c == nil {
		return nil
	}
	out := make([]Failure, 0, len(c.Failures))
	for _, f := range c.Failures {
		out = append(out, Failure{
			Domain: f.Domain, Clusters: f.Clusters, Status: f.Status, Moves: f.Moves,
			Cost:    Change[float64]{f.NormalMonthlyCostUSD, f.MonthlyCostUSD},
			Latency: f.Latency, Down: f.Uncovered, Stopped: f.Solver.Stopped,
		})
	}
	return out
}

// movesText says "web 2×aws-eu → 1×gcp-nl, 1×azure-us".
func movesText(m planner.Move) string {
	list := func(rs []planner.ClusterReplicas) string {
		parts := make([]string, len(rs))
		for i, r := range rs {
			parts[i] = fmt.Sprintf("%d×%s", r.Replicas, r.Cluster)
		}
		return strings.Join(parts, ", ")
	}
	to := list(m.To)
	if to == "" {
		to = "survivors already enough"
	}
	return fmt.Sprintf("%s %s → %s", m.Workload, list(m.From), to)
}

// failureCells are a row's moves, latency and what stays down, in words.
func failureCells(f Failure) (moves, latency, down string) {
	var ms, ls, ds []string
	for _, m := range f.Moves {
		ms = append(ms, movesText(m))
	}
	for _, l := range f.Latency {
		ls = append(ls, fmt.Sprintf("%s from %s %.0f → %.0f ms", l.Workload, l.Geography, l.NormalMs, l.FailureMs))
	}
	for _, d := range f.Down {
		ds = append(ds, fmt.Sprintf("%s (%s): %s", d.Workload, replicas(d.Replicas), d.Reason))
	}
	if f.Stopped != "" {
		ds = append(ds, "not planned: "+f.Stopped)
	}
	return strings.Join(ms, "; "), strings.Join(ls, "; "), strings.Join(ds, "; ")
}

// N1Text writes the N-1 table for a terminal: a line per domain, with
// its moves, latency changes and what stays down beneath it.
func N1Text(w io.Writer, rows []Failure) {
	if len(rows) == 0 {
		return
	}
	fmt.Fprintln(w, "\nIf a failure domain is lost (N-1):")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "  WITHOUT\tSTATUS\tUSD/MONTH\tDELTA")
	for _, f := range rows {
		fmt.Fprintf(tw, "  %s\t%s\t%s → %s\t%s\n", f.Domain, f.Status, usd(f.Cost.Before), usd(f.Cost.After), delta(f.Cost.Before, f.Cost.After, "USD"))
	}
	tw.Flush()
	for _, f := range rows {
		if len(f.Moves)+len(f.Latency)+len(f.Down) == 0 && f.Stopped == "" {
			continue
		}
		fmt.Fprintf(w, "  without %s:\n", f.Domain)
		for _, m := range f.Moves {
			fmt.Fprintf(w, "    moves    %s\n", movesText(m))
		}
		for _, l := range f.Latency {
			fmt.Fprintf(w, "    latency  %s from %s: %.0f → %.0f ms\n", l.Workload, l.Geography, l.NormalMs, l.FailureMs)
		}
		for _, d := range f.Down {
			fmt.Fprintf(w, "    down     %s (%s): %s\n", d.Workload, replicas(d.Replicas), d.Reason)
		}
		if f.Stopped != "" {
			fmt.Fprintf(w, "    stopped  %s\n", f.Stopped)
		}
	}
}

// N1Markdown is the N-1 table as a markdown section.
func N1Markdown(rows []Failure) string {
	if len(rows) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteString("\n#### If a failure domain is lost (N-1)\n\n| without | status | moves | USD/month | latency | stays down |\n|---|---|---|---:|---|---|\n")
	for _, f := range rows {
		moves, latency, down := failureCells(f)
		fmt.Fprintf(&b, "| %s | %s | %s | %s → %s (%s) | %s | %s |\n", escape(f.Domain), f.Status, escape(moves),
			usd(f.Cost.Before), usd(f.Cost.After), delta(f.Cost.Before, f.Cost.After, "USD"), escape(latency), escape(down))
	}
	return b.String()
}

// replicas says "1 replica", "2 replicas".
func replicas(n int) string {
	if n == 1 {
		return "1 replica"
	}
	return fmt.Sprintf("%d replicas", n)
}
