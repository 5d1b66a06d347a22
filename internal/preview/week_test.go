package preview

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

// hourlyWeek is a week of 168 hourly windows in which web on eks
// alternates between 2 and 4 replicas, so that every window changes the
// placement.
func hourlyWeek() *planner.Week {
	wk := &planner.Week{MonthlyCostUSD: 750, StaticMonthlyCostUSD: 1000, SavingUSD: 250, SavingPercent: 25}
	for h := range 168 {
		n, prev := 2+2*(h%2), 2+2*((h+1)%2)
		wk.Windows = append(wk.Windows, planner.Window{
			Name: fmt.Sprintf("hour %d", h), StartHour: h, Hours: 1, MonthlyRateUSD: float64(500 + 500*(h%2)),
			Placements: []planner.WindowPlacement{{Workload: "web", Cluster: "eks", Replicas: n}},
			Changes:    []planner.WindowChange{{Workload: "web", Cluster: "eks", From: prev, To: n}},
		})
	}
	return wk
}

// TestWeekMarkdown checks the comment's section on the week: the saving,
// a row per window that changes the placement (its changes sorted), and
// no more than markdownChangeRows rows, the rest counted.
func TestWeekMarkdown(t *testing.T) {
	wk := &planner.Week{
		MonthlyCostUSD: 612.5, StaticMonthlyCostUSD: 1000, SavingUSD: 387.5, SavingPercent: 38.75,
		Windows: []planner.Window{
			{Name: "Mon 00:00–09:00 UTC", StartHour: 0, Hours: 9, MonthlyRateUSD: 400},
			{Name: "Mon 09:00–18:00 UTC", StartHour: 9, Hours: 9, MonthlyRateUSD: 1000, Changes: []planner.WindowChange{
				{Workload: "web", Cluster: "gke", From: 0, To: 2}, {Workload: "api", Cluster: "eks", From: 1, To: 3}, {Workload: "web", Cluster: "eks", From: 2, To: 4},
			}},
			{Name: "Mon 18:00–Mon 00:00 UTC", StartHour: 18, Hours: 150, MonthlyRateUSD: 600, Changes: []planner.WindowChange{
				{Workload: "web", Cluster: "gke", From: 2, To: 0},
			}},
		},
	}
	got := WeekMarkdown(WeekOf(nil, &planner.Plan{Week: wk}))
	want := `
#### Scaling per window of the week

Planned per window (3 windows): 612.50 USD/month instead of 1,000.00 for the static plan (saves 387.50, 38.8%).

| from | changes | USD/month rate |
|---|---|---:|
| Mon 09:00–18:00 UTC | api eks 1→3, web eks 2→4, web gke 0→2 | 1,000.00 |
| Mon 18:00–Mon 00:00 UTC | web gke 2→0 | 600.00 |
`
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("week section (-want +got):\n%s", diff)
	}

	hourly := WeekMarkdown(WeekOf(nil, &planner.Plan{Week: hourlyWeek()}))
	if rows := strings.Count(hourly, "\n| hour "); rows != markdownChangeRows {
		t.Errorf("%d rows of windows, want %d", rows, markdownChangeRows)
	}
	if !strings.Contains(hourly, "| … | 144 more windows change the placement | |\n") {
		t.Errorf("the windows left out are not counted:\n%s", hourly)
	}
	if WeekMarkdown(WeekOf(nil, &planner.Plan{})) != "" {
		t.Errorf("a plan without windows has a week section")
	}
}

// TestWeekInComment checks that the pull-request comment and the text
// preview carry the head's week, and that a comment with a week of 168
// windows and many changed objects stays within the limit.
func TestWeekInComment(t *testing.T) {
	r := bigReport(30, 200)
	r.Week = WeekOf(nil, &planner.Plan{Week: hourlyWeek()})
	md := r.Markdown(0)
	if len(md) > CommentLimit {
		t.Errorf("%d characters, more than %d", len(md), CommentLimit)
	}
	if !strings.Contains(md, "Planned per window (168 windows): 750.00 USD/month instead of 1,000.00 for the static plan (saves 250.00, 25.0%).") {
		t.Errorf("the comment lacks the saving")
	}
	head := &planner.Plan{Status: planner.StatusOptimal, Week: hourlyWeek()}
	in := &schema.Intent{Fleet: map[string]schema.Cluster{"eks": {Autoscaling: schema.AutoscalingHPA}, "gke": {Autoscaling: schema.AutoscalingHPA}}}
	c := Compare(Side{Revision: "main", Plan: &planner.Plan{Status: planner.StatusOptimal}, Render: &render.Result{}},
		Side{Revision: "working tree", Plan: head, Render: &render.Result{}, Intent: in})
	if c.Week == nil || c.Week.Windows != 168 || len(c.Week.Changes) != 168 {
		t.Fatalf("Compare: week %+v", c.Week)
	}
	// gke runs nothing in the windows: only eks is named.
	if diff := cmp.Diff([]string{"eks"}, c.Week.WithoutKEDA); diff != "" {
		t.Errorf("clusters without KEDA (-want +got):\n%s", diff)
	}
	if !strings.Contains(c.Markdown(0), "> Without KEDA (`autoscaling: \"hpa\"`), eks scale on CPU within the week's bounds, not ahead of each window.") {
		t.Errorf("the comment does not say which clusters scale without KEDA")
	}
	var text bytes.Buffer
	c.Text(&text, false)
	if !strings.Contains(text.String(), "Per window of the week (168 windows): 750.00 USD/month") || !strings.Contains(text.String(), "  hour 7: web eks 2→4\n") {
		t.Errorf("the text preview lacks the week:\n%s", text.String())
	}
}
