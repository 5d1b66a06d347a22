package report_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
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

// examplePage renders the webshop example's plan with a trade-off curve.
func examplePage(t *testing.T) ([]byte, *schema.Intent, *planner.Plan) {
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
	curve := []report.TradeoffPoint{
		{LatencyWeight: 0, CostUSD: plan.Totals.MonthlyCostUSD, LatencyMs: plan.Totals.LatencyMs},
		{LatencyWeight: 1, CostUSD: plan.Totals.MonthlyCostUSD * 1.2, LatencyMs: plan.Totals.LatencyMs * 0.8},
	}
	page, err := report.HTML(report.Input{Title: "webshop", Plan: plan, Intent: inst.Intent, Catalog: cat, Tradeoff: curve})
	if err != nil {
		t.Fatal(err)
	}
	return page, inst.Intent, plan
}

func TestPageIsSelfContained(t *testing.T) {
	page, _, _ := examplePage(t)
	s := string(page)
	for _, forbidden := range []string{"<script", "http://", "https://", "<link rel=\"stylesheet\"", "@import", "url("} {
		if strings.Contains(s, forbidden) {
			t.Errorf("the page contains %q: it must not fetch anything", forbidden)
		}
	}
	for _, want := range []string{`id="map"`, `class="land"`, `id="placements"`, `id="tradeoff"`, `data-cluster="aws-eu-central-1"`} {
		if !strings.Contains(s, want) {
			t.Errorf("the page lacks %s", want)
		}
	}
}

// chromium finds Debian's Chromium; the test skips without it unless
// ISOBAR_REQUIRE_CHROMIUM=1 (CI).
func chromium(t *testing.T) string {
	t.Helper()
	for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
		if p, err := exec.LookPath(name); err == nil {
			return p
		}
	}
	if os.Getenv("ISOBAR_REQUIRE_CHROMIUM") == "1" {
		t.Fatal("chromium not found (apt-get install chromium)")
	}
	t.Skip("chromium not found (apt-get install chromium); set ISOBAR_REQUIRE_CHROMIUM=1 to fail instead")
	return ""
}

// TestPageInChromium loads the page in headless Chromium: no console
// errors, no request beyond the page itself, and the map, tables and curve
// are there with the expected elements. The screenshot is kept in
// $ISOBAR_ARTEFACTS (or the test's temporary folder).
func TestPageInChromium(t *testing.T) {
	bin := chromium(t)
	page, in, plan := examplePage(t)
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write(page)
	}))
	defer srv.Close()

	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(bin),
		chromedp.NoSandbox,
		chromedp.DisableGPU,
		chromedp.Flag("disable-quic", true),
		chromedp.Flag("disable-background-networking", true),
		chromedp.Flag("disable-component-update", true),
		chromedp.Flag("disable-sync", true),
		chromedp.UserDataDir(t.TempDir()),
		chromedp.WindowSize(1200, 1800),
	)
	actx, cancel := chromedp.NewExecAllocator(t.Context(), opts...)
	defer cancel()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	ctx, cancel = context.WithTimeout(ctx, 60*time.Second)
	defer cancel()

	var mu sync.Mutex
	var problems, requests []string
	err := chromedp.Listen(ctx, func(ev any) {
		mu.Lock()
		defer mu.Unlock()
		switch e := ev.(type) {
		case *runtime.EventConsoleAPICalled:
			if e.Type == runtime.ConsoleAPICalledTypeError || e.Type == runtime.ConsoleAPICalledTypeWarning || e.Type == runtime.ConsoleAPICalledTypeAssert {
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
	})
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL), chromedp.WaitVisible(chromedp.CSS("#map"))); err != nil {
		t.Fatalf("chromium: %v", err)
	}
	title := run(ctx, t, chromedp.Title())
	count := func(sel string) int {
		return run(ctx, t, chromedp.Evaluate[int](`document.querySelectorAll("`+sel+`").length`))
	}
	clusters, links := count("#map circle.cluster"), count("#map line.link")
	rows, points := count("#placements tbody tr"), count("#tradeoff circle.pt")
	landLen := run(ctx, t, chromedp.Evaluate[float64](`document.querySelector("#map path.land").getTotalLength()`))
	shot := run(ctx, t, chromedp.FullScreenshot(100))
	if title != "webshop" {
		t.Errorf("title %q", title)
	}
	if clusters != len(in.Fleet) {
		t.Errorf("%d cluster marks on the map, want %d", clusters, len(in.Fleet))
	}
	served := 0
	for _, p := range plan.Placements {
		served += len(p.Serves)
	}
	if links != served || links == 0 {
		t.Errorf("%d traffic lines on the map, want %d", links, served)
	}
	if rows != len(plan.Placements) {
		t.Errorf("%d placement rows, want %d", rows, len(plan.Placements))
	}
	if points != 2 {
		t.Errorf("%d trade-off points, want 2", points)
	}
	if landLen < 10000 {
		t.Errorf("the land outline is %.0f units long: the map has no continents", landLen)
	}
	mu.Lock()
	defer mu.Unlock()
	for _, p := range problems {
		t.Errorf("console: %s", p)
	}
	for _, u := range requests {
		if !strings.HasPrefix(u, srv.URL) {
			t.Errorf("the page fetched %s", u)
		}
	}
	if len(requests) != 1 {
		t.Errorf("the page made %d requests, want 1 (itself): %v", len(requests), requests)
	}
	saveScreenshot(t, "plan-report.png", shot)
}

// run runs one browser action, failing the test on error.
func run[T any](ctx context.Context, t *testing.T, a chromedp.Action[T]) T {
	t.Helper()
	v, err := chromedp.Run(ctx, a)
	if err != nil {
		t.Fatalf("chromium: %v", err)
	}
	return v
}

// saveScreenshot writes a screenshot into $ISOBAR_ARTEFACTS (a temporary
// folder without it) for people to look at.
func saveScreenshot(t *testing.T, name string, shot []byte) {
	t.Helper()
	dir := os.Getenv("ISOBAR_ARTEFACTS")
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, name)
	if err := os.WriteFile(out, shot, 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("screenshot: %s (%d bytes)", out, len(shot))
}
