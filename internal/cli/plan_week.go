package cli

import (
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"

	"isobar.dev/isobar/planner"
)

// printWeek writes a short summary of the plan per window of the week:
// what it costs against the static plan, the worst gap, and the windows
// that change the most.
func printWeek(w io.Writer, wk *planner.Week) {
	if wk == nil || len(wk.Windows) == 0 {
		return
	}
	fmt.Fprintf(w, "\nWeek of %d windows (reference %s): %.2f USD/month against %.2f sized for every peak, saving %.2f USD (%.2f%%)\n",
		len(wk.Windows), wk.Reference, wk.MonthlyCostUSD, wk.StaticMonthlyCostUSD, wk.SavingUSD, wk.SavingPercent)
	worst, cheap, dear := 0, 0, 0
	type moved struct{ i, up, down int }
	var moves []moved
	for i, win := range wk.Windows {
		if win.Gap > wk.Windows[worst].Gap {
			worst = i
		}
		if win.MonthlyRateUSD < wk.Windows[cheap].MonthlyRateUSD {
			cheap = i
		}
		if win.MonthlyRateUSD > wk.Windows[dear].MonthlyRateUSD {
			dear = i
		}
		m := moved{i: i}
		for _, c := range win.Changes {
			if c.To > c.From {
				m.up += c.To - c.From
			} else {
				m.down += c.From - c.To
			}
		}
		if m.up+m.down > 0 {
			moves = append(moves, m)
		}
	}
	fmt.Fprintf(w, "  rates from %.2f (%s) to %.2f USD/month (%s); worst gap %.2g%% (%s)\n",
		wk.Windows[cheap].MonthlyRateUSD, wk.Windows[cheap].Name, wk.Windows[dear].MonthlyRateUSD, wk.Windows[dear].Name,
		wk.Windows[worst].Gap*100, wk.Windows[worst].Name)
	slices.SortStableFunc(moves, func(a, b moved) int { return cmp.Compare(b.up+b.down, a.up+a.down) })
	if len(moves) > 3 {
		moves = moves[:3]
	}
	var parts []string
	for _, m := range moves {
		parts = append(parts, fmt.Sprintf("%s +%d −%d replicas", wk.Windows[m.i].Name, m.up, m.down))
	}
	if len(parts) > 0 {
		fmt.Fprintf(w, "  biggest changes: %s\n", strings.Join(parts, "; "))
	}
	if wk.Stopped != "" {
		fmt.Fprintf(w, "  stopped: %s\n", wk.Stopped)
	}
}
