// Package promtest runs Debian's prometheus on loopback for tests, with
// history backfilled by promtool and live samples scraped from an exporter
// the test serves. Tests are skipped when the binaries are missing, or fail
// when ISOBAR_REQUIRE_PROMETHEUS=1.
package promtest

import (
	"bytes"
	"context"
	"fmt"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"
	"time"
)

// EnvRequire, set to 1, makes tests fail rather than skip without the
// binaries.
const EnvRequire = "ISOBAR_REQUIRE_PROMETHEUS"

// Binaries are where the prometheus and promtool binaries are looked for
// first; then $PATH.
var Binaries = []string{"/usr/bin"}

func find(name string) (string, error) {
	for _, d := range Binaries {
		p := filepath.Join(d, name)
		if st, err := os.Stat(p); err == nil && !st.IsDir() {
			return p, nil
		}
	}
	p, err := exec.LookPath(name)
	if err != nil {
		return "", fmt.Errorf("%s not found (apt-get install prometheus)", name)
	}
	return p, nil
}

// SkipUnlessAvailable skips t without prometheus and promtool, or fails it
// when ISOBAR_REQUIRE_PROMETHEUS=1, and returns their paths.
func SkipUnlessAvailable(t testing.TB) (prometheus, promtool string) {
	t.Helper()
	var err error
	if prometheus, err = find("prometheus"); err == nil {
		promtool, err = find("promtool")
	}
	if err != nil {
		if os.Getenv(EnvRequire) == "1" {
			t.Fatalf("%v (%s=1)", err, EnvRequire)
		}
		t.Skipf("%v (set %s=1 to fail instead)", err, EnvRequire)
	}
	return prometheus, promtool
}

// Server is a running prometheus.
type Server struct {
	// URL is its address, http://127.0.0.1:port.
	URL string
}

// Options configure [Start].
type Options struct {
	// OpenMetrics is history to backfill, in the OpenMetrics text format
	// with timestamps, ending with "# EOF".
	OpenMetrics []byte
	// Scrape is the URL of an exporter to scrape every second, if any. Its
	// job and instance labels are dropped, so that its series continue the
	// backfilled ones of the same labels.
	Scrape string
}

// Start backfills the history, starts prometheus on a free loopback port
// with it, and waits until it is ready; it is stopped when t ends.
func Start(t testing.TB, o Options) *Server {
	t.Helper()
	prometheus, promtool := SkipUnlessAvailable(t)
	dir := t.TempDir()
	data := filepath.Join(dir, "data")
	if len(o.OpenMetrics) > 0 {
		in := filepath.Join(dir, "history.om")
		if err := os.WriteFile(in, o.OpenMetrics, 0o644); err != nil {
			t.Fatal(err)
		}
		ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
		defer cancel()
		began := time.Now()
		out, err := exec.CommandContext(ctx, promtool, "tsdb", "create-blocks-from", "openmetrics", "--quiet",
			// Blocks of the default two hours make weeks of history slow to
			// write and to open.
			"--max-block-duration=2000h", in, data).CombinedOutput()
		if err != nil {
			t.Fatalf("promtool tsdb create-blocks-from openmetrics: %v\n%s", err, tail(out))
		}
		t.Logf("promtool backfilled %d bytes of OpenMetrics in %v", len(o.OpenMetrics), time.Since(began).Round(time.Millisecond))
	}
	cfg := "global:\n  scrape_interval: 1s\n  evaluation_interval: 1s\n"
	if o.Scrape != "" {
		u, err := url.Parse(o.Scrape)
		if err != nil {
			t.Fatal(err)
		}
		cfg += fmt.Sprintf(`scrape_configs:
- job_name: live
  honor_labels: true
  scheme: %s
  metrics_path: %q
  static_configs:
  - targets: [%q]
  metric_relabel_configs:
  - action: labeldrop
    regex: job|instance
`, u.Scheme, u.EscapedPath(), u.Host)
	}
	cfgPath := filepath.Join(dir, "prometheus.yml")
	if err := os.WriteFile(cfgPath, []byte(cfg), 0o644); err != nil {
		t.Fatal(err)
	}
	port := freePort(t)
	addr := "127.0.0.1:" + strconv.Itoa(port)
	var logs bytes.Buffer
	cmd := exec.Command(prometheus,
		"--config.file="+cfgPath,
		"--storage.tsdb.path="+data,
		"--storage.tsdb.retention.time=3650d",
		"--web.listen-address="+addr,
	)
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		<-exited
	})
	s := &Server{URL: "http://" + addr}
	deadline := time.Now().Add(60 * time.Second)
	for {
		select {
		case err := <-exited:
			exited <- err
			t.Fatalf("prometheus exited: %v\n%s", err, tail(logs.Bytes()))
		default:
		}
		resp, err := http.Get(s.URL + "/-/ready")
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return s
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("prometheus not ready after 60s\n%s", tail(logs.Bytes()))
		}
		time.Sleep(100 * time.Millisecond)
	}
}

func freePort(t testing.TB) int {
	t.Helper()
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer l.Close()
	return l.Addr().(*net.TCPAddr).Port
}

func tail(b []byte) []byte {
	if len(b) > 4000 {
		return b[len(b)-4000:]
	}
	return b
}
