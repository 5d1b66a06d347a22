package preview

import (
	"fmt"
	"strings"
)

// CommentMarker starts every markdown preview, so that a pipeline can find
// its earlier comment on a pull request and update it instead of adding
// one per push.
const CommentMarker = "<!-- isobar-plan-preview -->"

// Markdown renders the report as a pull-request comment of at most limit
// characters (CommentLimit when limit <= 0): a summary first, details in
// collapsible sections. When the details do not fit, the field-level
// diffs go first, then whole clusters' object lists, and a note says what
// was cut.
func (r *Report) Markdown(limit int) string {
	if limit <= 0 {
		limit = CommentLimit
	}
	head := r.markdownSummary()
	clusters := make([]string, len(r.Clusters))
	brief := make([]string, len(r.Clusters))
	for i, c := range r.Clusters {
		clusters[i] = markdownCluster(c, true)
		brief[i] = markdownCluster(c, false)
	}
	const footer = "\n\n…\n"
	note := func(cut int, what string) string {
		return fmt.Sprintf("\n> [!NOTE]\n> %d %s cut to stay within GitHub's %d-character comment limit; run `isobar plan --base %s` for the full preview.\n", cut, what, CommentLimit, r.Base)
	}
	build := func(parts []string, tail string) string {
		var b strings.Builder
		b.WriteString(head)
		for _, p := range parts {
			b.WriteString(p)
		}
		b.WriteString(tail)
		return b.String()
	}
	if s := build(clusters, ""); len(s) <= limit {
		return s
	}
	// Field diffs out, cluster by cluster from the last.
	parts := append([]string(nil), clusters...)
	for i := len(parts) - 1; i >= 0; i-- {
		parts[i] = brief[i]
		if s := build(parts, note(len(parts)-i, "clusters' field-level diffs")); len(s) <= limit {
			return s
		}
	}
	// Whole clusters out.
	for n := len(parts) - 1; n >= 0; n-- {
		if s := build(parts[:n], note(len(parts)-n, "clusters' object lists (and all field-level diffs)")); len(s) <= limit {
			return s
		}
	}
	s := head + note(len(parts), "clusters' object lists")
	if len(s) > limit {
		s = s[:max(0, limit-len(footer))] + footer
	}
	return s
}

func (r *Report) markdownSummary() string {
	var b strings.Builder
	b.WriteString(CommentMarker + "\n")
	fmt.Fprintf(&b, "### isobar plan: `%s` → `%s`\n\n", short(r.Base), short(r.Head))
	if !r.Changed {
		b.WriteString("**No change**: the placement, costs, latency and objects stay as they are.\n")
		return b.String()
	}
	failed := 0
	for _, v := range r.Verdicts {
		if !v.Passed {
			failed++
		}
	}
	verdict := "✅ all checks pass"
	if failed > 0 {
		verdict = fmt.Sprintf("❌ %d check(s) fail", failed)
	}
	if n := len(r.Exceptions); n > 0 {
		verdict += fmt.Sprintf(" · ⚠️ %d object(s) admitted only by policy.allow", n)
	}
	fmt.Fprintf(&b, "| | before | after | delta |\n|---|---:|---:|---:|\n")
	fmt.Fprintf(&b, "| status | %s | %s | |\n", r.Status.Before, r.Status.After)
	fmt.Fprintf(&b, "| monthly cost (USD) | %s | %s | %s%s |\n", usd(r.Cost.Before), usd(r.Cost.After), delta(r.Cost.Before, r.Cost.After, "USD"), relative(r.Cost.Before, r.Cost.After))
	fmt.Fprintf(&b, "| carbon (kg CO2e/month) | %.1f | %.1f | %s |\n", r.Carbon.Before, r.Carbon.After, delta(r.Carbon.Before, r.Carbon.After, ""))
	fmt.Fprintf(&b, "| mean RTT (ms) | %.1f | %.1f | %s |\n", r.LatencyMs.Before, r.LatencyMs.After, delta(r.LatencyMs.Before, r.LatencyMs.After, ""))
	created, changed, deleted := 0, 0, 0
	for _, c := range r.Clusters {
		created, changed, deleted = created+len(c.Created), changed+len(c.Changed), deleted+len(c.Deleted)
	}
	fmt.Fprintf(&b, "\n%s · objects: **%d** to create, **%d** to change, **%d** to delete in %d cluster(s)\n\n", verdict, created, changed, deleted, len(r.Clusters))

	b.WriteString("#### Workloads\n\n| workload | team | placement | USD/month | delta |\n|---|---|---|---:|---:|\n")
	for _, w := range r.Workloads {
		fmt.Fprintf(&b, "| %s | %s | %s | %s → %s | %s |\n", w.Workload, w.Team, placementText(w, style{}), usd(w.Cost.Before), usd(w.Cost.After), delta(w.Cost.Before, w.Cost.After, "USD"))
	}
	if len(r.Teams) > 0 {
		b.WriteString("\n#### Teams\n\n| team | USD/month | budget |\n|---|---:|---:|\n")
		for _, t := range r.Teams {
			budget := ""
			if t.Budget > 0 {
				budget = usd(t.Budget)
			}
			fmt.Fprintf(&b, "| %s | %s → %s | %s |\n", t.Team, usd(t.Cost.Before), usd(t.Cost.After), budget)
		}
	}
	if lat := changedLatency(r.Latency); len(lat) > 0 {
		b.WriteString("\n#### Latency\n\n| workload | users in | RTT before | RTT after |\n|---|---|---:|---:|\n")
		for _, l := range lat {
			fmt.Fprintf(&b, "| %s | %s | %.0f ms | %.0f ms%s |\n", l.Workload, l.Geography, l.RTTMs.Before, l.RTTMs.After, estimated(l.Estimated))
		}
	}
	b.WriteString(N1Markdown(r.N1))
	b.WriteString(WeekMarkdown(r.Week))
	r.markdownTraffic(&b)
	b.WriteString("\n#### Checks\n\n")
	for _, v := range r.Verdicts {
		mark := "✅"
		if !v.Passed {
			mark = "❌"
		}
		fmt.Fprintf(&b, "- %s %s: %s\n", mark, v.Check, escape(v.Detail))
	}
	for _, e := range r.Exceptions {
		fmt.Fprintf(&b, "- ⚠️ %s\n", escape(e.String()))
	}
	if len(r.Live) > 0 {
		b.WriteString("\n#### Live clusters (server-side dry-run)\n\n| cluster | to create | to change | in sync |\n|---|---:|---:|---:|\n")
		for _, l := range r.Live {
			if l.Error != "" {
				fmt.Fprintf(&b, "| %s | | | not compared: %s |\n", l.Cluster, escape(l.Error))
				continue
			}
			fmt.Fprintf(&b, "| %s | %d | %d | %d |\n", l.Cluster, len(l.Missing), len(l.Changed), l.InSync)
		}
	}
	if len(r.Clusters) > 0 {
		b.WriteString("\n#### Objects per cluster\n")
	}
	return b.String()
}

// markdownCluster is one cluster's collapsible section, with or without
// the field-level diffs.
func markdownCluster(c Cluster, fields bool) string {
	var b strings.Builder
	fmt.Fprintf(&b, "\n<details><summary><b>%s</b>: %d to create, %d to change, %d to delete</summary>\n\n", c.Cluster, len(c.Created), len(c.Changed), len(c.Deleted))
	if fields && len(c.Changed) > 0 {
		b.WriteString("```diff\n")
		for _, o := range c.Created {
			fmt.Fprintf(&b, "+ %s\n", o)
		}
		for _, o := range c.Changed {
			fmt.Fprintf(&b, "~ %s\n", o)
			for _, f := range o.Fields {
				if f.Before != "" {
					fmt.Fprintf(&b, "-     %s: %s\n", f.Path, f.Before)
				}
				if f.After != "" {
					fmt.Fprintf(&b, "+     %s: %s\n", f.Path, f.After)
				}
			}
		}
		for _, o := range c.Deleted {
			fmt.Fprintf(&b, "- %s\n", o)
		}
		b.WriteString("```\n")
	} else {
		for _, o := range c.Created {
			fmt.Fprintf(&b, "- ➕ `%s`\n", o)
		}
		for _, o := range c.Changed {
			fmt.Fprintf(&b, "- ✏️ `%s` (%d fields)\n", o, len(o.Fields))
		}
		for _, o := range c.Deleted {
			fmt.Fprintf(&b, "- ➖ `%s`\n", o)
		}
	}
	b.WriteString("\n</details>\n")
	return b.String()
}

func short(rev string) string {
	if len(rev) == 40 {
		return rev[:12]
	}
	return rev
}

func escape(s string) string { return strings.ReplaceAll(s, "|", `\|`) }
