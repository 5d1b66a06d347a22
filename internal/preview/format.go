package preview

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strings"
	"text/tabwriter"

	"isobar.dev/isobar/internal/money"
)

// CommentLimit is the most characters a GitHub pull-request comment holds.
const CommentLimit = 65536

func usd(v float64) string { return money.Cents(v) }

func percent(f float64) string { return fmt.Sprintf("%.2g%%", f*100) }

// delta is "+12.50" / "-3.00" / "±0".
func delta(before, after float64, unit string) string {
	d := after - before
	switch {
	case math.Abs(d) < 0.005:
		return "±0"
	case d > 0:
		return "+" + usdOr(d, unit)
	default:
		return "-" + usdOr(-d, unit)
	}
}

func usdOr(v float64, unit string) string {
	if unit == "USD" {
		return usd(v)
	}
	return fmt.Sprintf("%.1f", v)
}

func relative(before, after float64) string {
	if before == 0 {
		return ""
	}
	return fmt.Sprintf(", %+.1f%%", (after-before)/before*100)
}

// JSON writes the report as indented JSON.
func (r *Report) JSON(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(r)
}

// style colours text on terminals.
type style struct{ color bool }

func (s style) paint(code, text string) string {
	if !s.color {
		return text
	}
	return "\x1b[" + code + "m" + text + "\x1b[0m"
}
func (s style) add(t string) string  { return s.paint("32", t) }
func (s style) del(t string) string  { return s.paint("31", t) }
func (s style) chg(t string) string  { return s.paint("33", t) }
func (s style) bold(t string) string { return s.paint("1", t) }

// Text writes the report for a terminal; color adds ANSI colours.
func (r *Report) Text(w io.Writer, color bool) {
	st := style{color}
	fmt.Fprintf(w, "%s %s → %s\n\n", st.bold("Plan preview"), r.Base, r.Head)
	if !r.Changed {
		fmt.Fprintln(w, "No change: the placement, costs, latency and objects stay as they are.")
		return
	}
	fmt.Fprintf(w, "Status        %s\n", arrow(r.Status.Before, r.Status.After))
	fmt.Fprintf(w, "Monthly cost  %s → %s USD (%s%s)\n", usd(r.Cost.Before), usd(r.Cost.After), delta(r.Cost.Before, r.Cost.After, "USD"), relative(r.Cost.Before, r.Cost.After))
	fmt.Fprintf(w, "Carbon        %.1f → %.1f kg CO2e/month\n", r.Carbon.Before, r.Carbon.After)
	if r.LatencyMs.Before > 0 || r.LatencyMs.After > 0 {
		fmt.Fprintf(w, "Mean RTT      %.1f → %.1f ms\n", r.LatencyMs.Before, r.LatencyMs.After)
	}
	fmt.Fprintln(w)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "WORKLOAD\tPLACEMENT\tUSD/MONTH\tDELTA")
	for _, wl := range r.Workloads {
		place := placementText(wl, st)
		fmt.Fprintf(tw, "%s\t%s\t%s → %s\t%s\n", wl.Workload, place, usd(wl.Cost.Before), usd(wl.Cost.After), delta(wl.Cost.Before, wl.Cost.After, "USD"))
	}
	tw.Flush()
	if lat := changedLatency(r.Latency); len(lat) > 0 {
		fmt.Fprintln(w, "\nLatency (round trip to users):")
		for _, l := range lat {
			fmt.Fprintf(w, "  %s from %s: %.0f → %.0f ms%s\n", l.Workload, l.Geography, l.RTTMs.Before, l.RTTMs.After, estimated(l.Estimated))
		}
	}
	N1Text(w, r.N1)
	WeekText(w, r.Week)
	r.textTraffic(w)
	fmt.Fprintln(w, "\nChecks:")
	for _, v := range r.Verdicts {
		mark := st.add("✓")
		if !v.Passed {
			mark = st.del("✗")
		}
		fmt.Fprintf(w, "  %s %s: %s\n", mark, v.Check, v.Detail)
	}
	for _, e := range r.Exceptions {
		fmt.Fprintf(w, "  %s %s\n", st.chg("⚠"), e)
	}
	for _, l := range r.Live {
		switch {
		case l.Error != "":
			fmt.Fprintf(w, "\nLive %s: not compared: %s\n", l.Cluster, l.Error)
		case len(l.Missing)+len(l.Changed) == 0:
			fmt.Fprintf(w, "\nLive %s: in sync (%d objects)\n", l.Cluster, l.InSync)
		default:
			fmt.Fprintf(w, "\nLive %s: %d to create, %d to change (server-side dry-run)\n", l.Cluster, len(l.Missing), len(l.Changed))
			for _, m := range l.Missing {
				fmt.Fprintf(w, "  %s %s\n", st.add("+"), m)
			}
			for _, o := range l.Changed {
				fmt.Fprintf(w, "  %s %s\n", st.chg("~"), o)
				for _, f := range o.Fields {
					fmt.Fprintf(w, "      %s\n", f.Path)
				}
			}
		}
	}
	for _, c := range r.Clusters {
		fmt.Fprintf(w, "\nCluster %s: %d to create, %d to change, %d to delete\n", c.Cluster, len(c.Created), len(c.Changed), len(c.Deleted))
		for _, o := range c.Created {
			fmt.Fprintf(w, "  %s %s\n", st.add("+"), o)
		}
		for _, o := range c.Changed {
			fmt.Fprintf(w, "  %s %s\n", st.chg("~"), o)
			for _, f := range o.Fields {
				fmt.Fprintf(w, "      %s: %s\n", f.Path, arrow(orNone(f.Before), orNone(f.After)))
			}
		}
		for _, o := range c.Deleted {
			fmt.Fprintf(w, "  %s %s\n", st.del("-"), o)
		}
	}
}

func arrow(before, after string) string {
	if before == after {
		return after
	}
	return before + " → " + after
}

func orNone(s string) string {
	if s == "" {
		return "(none)"
	}
	return s
}

func estimated(e bool) string {
	if e {
		return " (estimated)"
	}
	return ""
}

func changedLatency(ls []Latency) []Latency {
	var out []Latency
	for _, l := range ls {
		if math.Abs(l.RTTMs.Before-l.RTTMs.After) >= 0.5 {
			out = append(out, l)
		}
	}
	return out
}

// placementText is "aws-eu 3→2, gcp-eu +2" for moved workloads, or the
// placement as it stays.
func placementText(wl Workload, st style) string {
	var parts []string
	for _, p := range wl.Placements {
		switch {
		case p.Replicas.Before == 0:
			parts = append(parts, st.add(fmt.Sprintf("%s +%d", p.Cluster, p.Replicas.After)))
		case p.Replicas.After == 0:
			parts = append(parts, st.del(fmt.Sprintf("%s -%d", p.Cluster, p.Replicas.Before)))
		case !p.Replicas.Same():
			parts = append(parts, st.chg(fmt.Sprintf("%s %d→%d", p.Cluster, p.Replicas.Before, p.Replicas.After)))
		default:
			parts = append(parts, fmt.Sprintf("%s %d", p.Cluster, p.Replicas.After))
		}
	}
	if len(parts) == 0 {
		return "-"
	}
	return strings.Join(parts, ", ")
}
