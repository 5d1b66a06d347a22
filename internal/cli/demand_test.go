package cli

import (
	"bytes"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"isobar.dev/isobar/internal/testenv/promtest"
	"isobar.dev/isobar/schema"
)

// runCLI runs isobar with args and returns its exit code and output.
func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = Main(t.Context(), args, &out, &errb)
	return code, out.String(), errb.String()
}

// webshopWithout copies examples/webshop into a new folder, removing the
// constant demand of the storefront's geographies named.
func webshopWithout(t *testing.T, geos ...string) string {
	t.Helper()
	dir := t.TempDir()
	files, err := filepath.Glob(filepath.Join("..", "..", "examples", "webshop", "*.cue"))
	if err != nil || len(files) == 0 {
		t.Fatalf("examples/webshop: %v", err)
	}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		if filepath.Base(f) == "shop.cue" {
			for _, g := range geos {
				re := regexp.MustCompile(`(?m)^(\s*)("?` + regexp.QuoteMeta(g) + `"?): rps: +800\n|^(\s*)("?` + regexp.QuoteMeta(g) + `"?): rps: +700\n`)
				if !re.Match(b) {
					t.Fatalf("no storefront demand for %s in %s", g, f)
				}
				b = re.ReplaceAll(b, nil)
			}
		}
		if err := os.WriteFile(filepath.Join(dir, filepath.Base(f)), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// TestDemandImport backfills five weeks of synthetic traffic into a real
// Prometheus, which also scrapes the traffic live, and imports profiles
// from it through the command line.
func TestDemandImport(t *testing.T) {
	promtest.SkipUnlessAvailable(t)
	now := time.Now().UTC()
	start := now.Add(-5 * 7 * 24 * time.Hour).Truncate(time.Hour)
	london, _ := time.LoadLocation("Europe/London")
	newYork, _ := time.LoadLocation("America/New_York")
	tr := promtest.Traffic{
		Geos: []promtest.Geo{
			{Workload: "storefront", Name: "london", Location: london, Base: 800},
			{Workload: "storefront", Name: "new-york", Location: newYork, Base: 700},
		},
		Start: start, TrendPerWeek: 0.02, Noise: 0.1,
	}
	history := now.Truncate(2 * time.Minute)
	exporter := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "text/plain; version=0.0.4")
		_, _ = w.Write(tr.Exposition(time.Now()))
	}))
	defer exporter.Close()
	began := time.Now()
	prom := promtest.Start(t, promtest.Options{OpenMetrics: tr.OpenMetrics(history, 2*time.Minute), Scrape: exporter.URL + "/metrics"})
	t.Logf("prometheus with 5 weeks of history ready in %v", time.Since(began))
	waitForScrape(t, prom.URL)

	end := time.Now().UTC().Format(time.RFC3339)
	t.Run("fit", func(t *testing.T) { testDemandFit(t, prom.URL, end, tr) })
	t.Run("errors", func(t *testing.T) { testDemandImportErrors(t, prom.URL, end) })
	t.Run("token", func(t *testing.T) { testDemandToken(t, prom.URL, end) })
}

// testDemandToken puts prometheus behind a proxy that wants a bearer
// token: the import sends the token from the environment and says it
// nowhere.
func testDemandToken(t *testing.T, promURL, end string) {
	const token = "s3cr3t-t0ken"
	target, err := url.Parse(promURL)
	if err != nil {
		t.Fatal(err)
	}
	proxy := httputil.NewSingleHostReverseProxy(target)
	var refused atomic.Int32
	guard := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "Bearer "+token || strings.Contains(r.URL.String(), token) {
			refused.Add(1)
			http.Error(w, "unauthorized", http.StatusUnauthorized)
			return
		}
		proxy.ServeHTTP(w, r)
	}))
	defer guard.Close()
	dir := webshopWithout(t, "london", "new-york")
	out := filepath.Join(dir, "demand.cue")
	args := []string{"demand", "import", "--prometheus", guard.URL, "--range", "2w", "--end", end, "-o", out}

	code, stdout, stderr := runCLI(t, args...)
	if code == 0 || refused.Load() == 0 {
		t.Fatalf("without a token: exit %d, %d requests refused\n%s%s", code, refused.Load(), stdout, stderr)
	}
	refused.Store(0)
	t.Setenv("ISOBAR_TEST_PROM_TOKEN", token+"\n")
	code, stdout, stderr = runCLI(t, append(args, "--prometheus-token-env", "ISOBAR_TEST_PROM_TOKEN")...)
	if code != 0 || refused.Load() != 0 {
		t.Fatalf("with the token: exit %d, %d requests refused\n%s%s", code, refused.Load(), stdout, stderr)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{stdout, stderr, string(b)} {
		if strings.Contains(s, token) {
			t.Errorf("the token appears in the output: %s", s)
		}
	}
}

func testDemandFit(t *testing.T, promURL, end string, tr promtest.Traffic) {
	dir := webshopWithout(t, "london", "new-york")
	out := filepath.Join(dir, "demand.cue")
	began := time.Now()
	code, stdout, stderr := runCLI(t, "demand", "import", "--prometheus", promURL,
		"--range", "4w", "--end", end, "--step", "1h",
		"--time-zone", "london=Europe/London", "--time-zone", "new-york=America/New_York",
		"--timeout", "30s", "-o", out)
	if code != 0 {
		t.Fatalf("demand import: exit %d\n%s%s", code, stdout, stderr)
	}
	t.Logf("import in %v:\n%s", time.Since(began), stdout)
	mapes := regexp.MustCompile(`(?m)^storefront\s+(\S+)\s.*\s([0-9.]+)% \(([0-9]+) h\)$`).FindAllStringSubmatch(stdout, -1)
	if len(mapes) != 2 {
		t.Fatalf("want a line per geography with its MAPE, got:\n%s", stdout)
	}
	for _, m := range mapes {
		mape, _ := strconv.ParseFloat(m[2], 64)
		hours, _ := strconv.Atoi(m[3])
		if mape > 10 || hours < 160 {
			t.Errorf("%s: held-out MAPE %.1f%% over %d hours, want <= 10%% over the week", m[1], mape, hours)
		}
	}

	// The profiles vet inside the intent, and the planner's rps is their peak.
	if code, vout, verr := runCLI(t, "vet", dir); code != 0 {
		t.Fatalf("isobar vet of the intent with the imported profiles: exit %d\n%s%s", code, vout, verr)
	}
	in, err := schema.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range tr.Geos {
		d := in.Intent.Workloads["storefront"].Demand[g.Name]
		if d.Profile == nil || d.Profile.TimeZone != g.Location.String() {
			t.Fatalf("%s: profile %+v", g.Name, d.Profile)
		}
		// The weekday peak at 13:00 local, grown by 2% a week for about
		// five and a half weeks, noise aside.
		want := g.Base * (1 + 0.02*5.5)
		if d.RPS != d.Profile.Peak() || d.RPS < 0.9*want || d.RPS > 1.15*want {
			t.Errorf("%s: rps %.1f, profile peak %.1f, want about %.0f", g.Name, d.RPS, d.Profile.Peak(), want)
		}
		local := d.Profile.LocalHourly()
		if peakHour := indexOfMax(local[:24*5]) % 24; peakHour < 11 || peakHour > 15 {
			t.Errorf("%s: weekday peak at %02d:00 local, want about 13:00", g.Name, peakHour)
		}
	}
}

func indexOfMax(v []float64) int {
	best := 0
	for i, x := range v {
		if x > v[best] {
			best = i
		}
	}
	return best
}

// waitForScrape waits until prometheus has scraped the exporter.
func waitForScrape(t *testing.T, base string) {
	t.Helper()
	deadline := time.Now().Add(30 * time.Second)
	for time.Now().Before(deadline) {
		resp, err := http.Get(base + "/api/v1/query?query=" + url.QueryEscape(`up{job="live"}`))
		if err == nil {
			var r struct {
				Data struct {
					Result []struct {
						Value []any `json:"value"`
					} `json:"result"`
				} `json:"data"`
			}
			_ = json.NewDecoder(resp.Body).Decode(&r)
			resp.Body.Close()
			if len(r.Data.Result) == 1 && len(r.Data.Result[0].Value) == 2 && r.Data.Result[0].Value[1] == "1" {
				return
			}
		}
		time.Sleep(200 * time.Millisecond)
	}
	t.Fatal("prometheus did not scrape the exporter within 30s")
}

func testDemandImportErrors(t *testing.T, promURL, end string) {
	dir := webshopWithout(t)
	out := filepath.Join(dir, "demand.cue")
	t.Setenv("ISOBAR_TEST_PROM_TOKEN", "")
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"unreachable", []string{"--prometheus", "http://127.0.0.1:1"}, 1, "connection refused"},
		{"empty result", []string{"--query", `sum by (workload, geo) (rate(nothing_total[5m]))`}, 1, "no data: the query returned no series from"},
		{"label missing", []string{"--geo-label", "region"}, 1, `has no label "region"`},
		{"range too short", []string{"--range", "1w"}, 2, "shorter than two weeks"},
		{"credentials in the URL", []string{"--prometheus", "http://user:secret@127.0.0.1:1"}, 2, "carries credentials"},
		{"token variable unset", []string{"--prometheus-token-env", "ISOBAR_TEST_PROM_TOKEN"}, 2, "the variable is not set"},
		{"unknown time zone", []string{"--time-zone", "london=Europe/Londn"}, 2, `unknown time zone "Europe/Londn"`},
		{"step over an hour", []string{"--step", "2h"}, 2, "at most 1h"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args := []string{"demand", "import", "--prometheus", promURL, "--range", "2w", "--end", end, "--timeout", "20s", "-o", out}
			args = append(args, tt.args...)
			code, stdout, stderr := runCLI(t, args...)
			if code != tt.code || !strings.Contains(stderr, tt.want) {
				t.Errorf("exit %d, want %d; stderr:\n%s\nwant it to say %q (stdout: %s)", code, tt.code, stderr, tt.want, stdout)
			}
			if strings.Contains(stderr, "secret") {
				t.Errorf("a credential reached the output: %s", stderr)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("%s written despite the error", out)
			}
		})
	}
}

// A profile plans as its peak: the webshop with the storefront's London
// demand as windows peaking at 800 rps plans as with rps: 800.
func TestDemandProfilePlansAsItsPeak(t *testing.T) {
	constant := webshopWithout(t)
	profiled := webshopWithout(t, "london")
	profile := `package webshop

workloads: storefront: demand: london: profile: {
	timeZone: "Europe/London"
	windows: [
		{name: "business", days: ["mon", "tue", "wed", "thu", "fri"], from: "08:00", to: "18:00", rps: 800},
		{name: "weekend", days: ["sat", "sun"], from: "10:00", to: "20:00", rps: 500},
	]
	rps: 150
}
`
	if err := os.WriteFile(filepath.Join(profiled, "demand.cue"), []byte(profile), 0o644); err != nil {
		t.Fatal(err)
	}
	placements := func(dir string) string {
		t.Helper()
		code, stdout, stderr := runCLI(t, "plan", dir, "-o", "json")
		if code != 0 {
			t.Fatalf("plan %s: exit %d\n%s", dir, code, stderr)
		}
		var plan map[string]any
		if err := json.Unmarshal([]byte(stdout), &plan); err != nil {
			t.Fatal(err)
		}
		b, err := json.Marshal(plan["placements"])
		if err != nil || plan["placements"] == nil {
			t.Fatalf("no placements in the plan: %v", err)
		}
		return string(b)
	}
	want, got := placements(constant), placements(profiled)
	if got != want {
		t.Errorf("placements differ:\nrps: 800  %s\nprofile   %s", want, got)
	}
}
