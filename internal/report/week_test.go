package report_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	cdplog "github.com/chromedp/cdproto/log"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"

	"isobar.dev/isobar/internal/report"
	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// withWeek gives the webshop plan three windows: a quiet night (Monday
// 00:00–09:00), the static plan at the peak (09:00–18:00), and the rest of
// the week between the two. storefront and accounts declare perReplicaRPS,
// payments does not.
func withWeek(plan *planner.Plan) {
	static := map[[2]string]planner.WindowPlacement{}
	for _, p := range plan.Placements {
		static[[2]string{p.Workload, p.Cluster}] = planner.WindowPlacement{Workload: p.Workload, Cluster: p.Cluster, Replicas: p.Replicas, SpotReplicas: p.SpotReplicas}
	}
	// scaled is the static placement with every count divided by div
	// (at least one replica, spot first to go).
	scaled := func(div int) []planner.WindowPlacement {
		var out []planner.WindowPlacement
		for _, p := range plan.Placements {
			n := max(1, p.Replicas/div)
			out = append(out, planner.WindowPlacement{Workload: p.Workload, Cluster: p.Cluster, Replicas: n, SpotReplicas: max(0, p.SpotReplicas-(p.Replicas-n))})
		}
		return out
	}
	demand := func(f float64) []planner.WindowDemand {
		return []planner.WindowDemand{
			{Workload: "accounts", Geography: "frankfurt", RPS: 150 * f}, {Workload: "accounts", Geography: "london", RPS: 200 * f}, {Workload: "accounts", Geography: "new-york", RPS: 120 * f},
			{Workload: "payments", Geography: "frankfurt", RPS: 30 * f}, {Workload: "payments", Geography: "london", RPS: 40 * f},
			{Workload: "storefront", Geography: "frankfurt", RPS: 600 * f}, {Workload: "storefront", Geography: "london", RPS: 800 * f},
			{Workload: "storefront", Geography: "new-york", RPS: 700 * f}, {Workload: "storefront", Geography: "singapore", RPS: 300 * f},
		}
	}
	peak := make([]planner.WindowPlacement, 0, len(static))
	for _, p := range plan.Placements {
		peak = append(peak, static[[2]string{p.Workload, p.Cluster}])
	}
	windows := []planner.Window{
		{Name: "Mon 00:00–09:00 UTC", StartHour: 0, Hours: 9, Demand: demand(0.25), Placements: scaled(4), MonthlyRateUSD: plan.Totals.MonthlyCostUSD / 3},
		{Name: "Mon 09:00–18:00 UTC", StartHour: 9, Hours: 9, Demand: demand(1), Placements: peak, MonthlyRateUSD: plan.Totals.MonthlyCostUSD},
		{Name: "Mon 18:00–Mon 00:00 UTC", StartHour: 18, Hours: 150, Demand: demand(0.5), Placements: scaled(2), MonthlyRateUSD: plan.Totals.MonthlyCostUSD / 2},
	}
	for i := range windows {
		prev := windows[(i+len(windows)-1)%len(windows)]
		for j, p := range windows[i].Placements {
			if from := prev.Placements[j].Replicas; from != p.Replicas {
				windows[i].Changes = append(windows[i].Changes, planner.WindowChange{Workload: p.Workload, Cluster: p.Cluster, From: from, To: p.Replicas})
			}
		}
	}
	weekCost := (windows[0].MonthlyRateUSD*9 + windows[1].MonthlyRateUSD*9 + windows[2].MonthlyRateUSD*150) / 168
	plan.Week = &planner.Week{
		Reference: "2026-01-05", Windows: windows,
		MonthlyCostUSD: weekCost, StaticMonthlyCostUSD: plan.Totals.MonthlyCostUSD,
		SavingUSD: plan.Totals.MonthlyCostUSD - weekCost, SavingPercent: 100 * (plan.Totals.MonthlyCostUSD - weekCost) / plan.Totals.MonthlyCostUSD,
	}
}

func weekPage(t *testing.T) ([]byte, *planner.Plan) {
	t.Helper()
	inst, err := schema.Load(filepath.Join("..", "..", "examples", "webshop"))
	if err != nil {
		t.Fatal(err)
	}
	cat, err := providers.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	plan, err := planner.Solve(t.Context(), inst.Intent, cat, planner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	withWeek(plan)
	az := inst.Intent.Fleet["azure-eastus"]
	az.Autoscaling = schema.AutoscalingHPA
	inst.Intent.Fleet["azure-eastus"] = az
	page, err := report.HTML(report.Input{Title: "webshop week", Plan: plan, Intent: inst.Intent, Catalog: cat})
	if err != nil {
		t.Fatal(err)
	}
	return page, plan
}

// TestWeekSection checks the page of a plan with windows: self-contained,
// a chart per workload, replicas on an axis of their own only for the
// workload without perReplicaRPS, the cluster without KEDA named, and the
// changes table.
func TestWeekSection(t *testing.T) {
	page, plan := weekPage(t)
	s := string(page)
	for _, forbidden := range []string{"<script", "http://", "https://", "url("} {
		if strings.Contains(s, forbidden) {
			t.Errorf("the page contains %q: it must not fetch anything", forbidden)
		}
	}
	for _, w := range []string{"accounts", "payments", "storefront"} {
		i := strings.Index(s, `data-workload="`+w+`"`)
		if i < 0 {
			t.Errorf("no chart for %s", w)
			continue
		}
		chart := s[i : i+strings.Index(s[i:], "</svg>")]
		if got, want := strings.Contains(chart, ">replicas</text>"), w == "payments"; got != want {
			t.Errorf("%s: replicas axis %v, want %v (perReplicaRPS declared: %v)", w, got, want, !want)
		}
		for _, el := range []string{`class="demand"`, `class="capacity"`, `class="static"`} {
			if !strings.Contains(chart, el) {
				t.Errorf("%s: chart lacks %s", w, el)
			}
		}
	}
	if i := strings.Index(s, `data-workload="nightly-report"`); i < 0 {
		t.Errorf("no chart for the batch job")
	} else if chart := s[i : i+strings.Index(s[i:], "</svg>")]; strings.Contains(chart, ">requests/s</text>") || !strings.Contains(chart, ">replicas</text>") {
		t.Errorf("the batch job's chart, without demand, should have a replicas axis only")
	}
	if !strings.Contains(s, `id="without-keda">Without KEDA (<code>autoscaling: "hpa"</code>), azure-eastus scale on CPU`) {
		t.Errorf("the page does not say that azure-eastus scales without KEDA")
	}
	if !strings.Contains(s, `id="week-changes"`) || !strings.Contains(s, plan.Week.Windows[1].Name) {
		t.Errorf("the page lacks the changes table or the peak window")
	}
}

// TestWeekChartsInChromium loads the page of a plan with windows in
// headless Chromium: no console errors, nothing fetched, a chart per
// workload with its lines drawn, the capacity at the peak window reaching
// the static plan's line, and a row per window that changes the placement.
func TestWeekChartsInChromium(t *testing.T) {
	bin := chromium(t)
	page, plan := weekPage(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(page)
	}))
	defer srv.Close()
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin), chromedp.NoSandbox, chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true), chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true), chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()), chromedp.WindowSize(1200, 1800),
	)
	actx, cancel := chromedp.NewExecAllocator(t.Context(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	defer cancel()
	var mu sync.Mutex
	var problems, requests []string
	if err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning {
				problems = append(problems, string(e.Type)+" from the console API")
			}
		case *runtime.EventExceptionThrown:
			problems = append(problems, "exception: "+e.ExceptionDetails.Text)
		case *cdplog.EventEntryAdded:
			if e.Entry.Level == cdplog.EntryLevelError || e.Entry.Level == cdplog.EntryLevelWarning {
				problems = append(problems, string(e.Entry.Level)+": "+e.Entry.Text)
			}
		case *network.EventRequestWillBeSent:
			requests = append(requests, e.Request.URL)
		}
	}); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL), chromedp.WaitVisible(chromedp.CSS("svg.week"))); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	count := func(sel string) int {
		return run(ctx, t, chromedp.Evaluate[int](`document.querySelectorAll("`+sel+`").length`))
	}
	workloads := map[string]bool{}
	for _, p := range plan.Placements {
		workloads[p.Workload] = true
	}
	if n := count("svg.week"); n != len(workloads) {
		t.Errorf("%d week charts, want %d", n, len(workloads))
	}
	if n := count("svg.week rect.band"); n != len(workloads)*len(plan.Week.Windows) {
		t.Errorf("%d window bands, want %d", n, len(workloads)*len(plan.Week.Windows))
	}
	changed := 0
	for _, w := range plan.Week.Windows {
		if len(w.Changes) > 0 {
			changed++
		}
	}
	if n := count("#week-changes tbody tr"); n != changed || n == 0 {
		t.Errorf("%d rows of changes, want %d", n, changed)
	}
	// Drawn: every line has a length on screen.
	short := run(ctx, t, chromedp.Evaluate[int](`[...document.querySelectorAll("svg.week polyline")].filter(p => !(p.getTotalLength() > 100)).length`))
	if short != 0 {
		t.Errorf("%d lines of the week charts are not drawn", short)
	}
	// storefront's capacity at the peak is the static plan's: the top of
	// its capacity line is on the dashed line.
	gap := run(ctx, t, chromedp.Evaluate[float64](`(() => {
		const svg = document.querySelector('svg.week[data-workload="storefront"]');
		const top = svg.querySelector('polyline.capacity').getBBox().y;
		return Math.abs(top - svg.querySelector('line.static').y1.baseVal.value);
	})()`))
	if gap > 0.5 {
		t.Errorf("storefront's capacity at the peak is %.1f units off the static plan's line", gap)
	}
	shot := run(ctx, t, chromedp.FullScreenshot(100))
	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("console: %s", p)
	}
	if len(requests) != 1 {
		t.Errorf("the page made %d requests, want 1 (itself): %v", len(requests), requests)
	}
	saveScreenshot(t, "plan-week.png", shot)
}
