// Command demo is `make demo`: isobar's whole story on one machine, with
// real components and no cloud account. It starts three simulated clusters
// standing for clusters in AWS (Frankfurt), Google Cloud (the Netherlands)
// and Azure (Virginia), an OCI registry and a git server holding
// examples/three-clouds; generates a cosign key pair; plans and publishes
// signed bundles with the isobar CLI; runs the reconciler in hub mode over
// the three clusters until they converge; then commits a change of intent,
// shows its pull-request preview, publishes it, and watches the reconciler
// move a workload from one cluster to another.
//
// Every step prints what it runs and how long it took. Ctrl-C, or an error
// at any step, stops everything it started.
package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"
	"time"

	"isobar.dev/isobar/internal/testenv/dnsserve"
	"isobar.dev/isobar/internal/testenv/e2e"
	"isobar.dev/isobar/reconciler"
)

func main() {
	var o options
	flag.StringVar(&o.isobar, "isobar", "bin/isobar", "the isobar binary")
	flag.StringVar(&o.intent, "intent", "examples/three-clouds", "the example to run")
	flag.StringVar(&o.coredns, "coredns", "", "the CoreDNS binary that serves the DNS records (default: $ISOBAR_COREDNS, or the one hack/build-cosign.sh --coredns built)")
	flag.BoolVar(&o.keep, "keep", false, "keep everything running at the end until Ctrl-C")
	flag.Parse()
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	o.out = os.Stdout
	if err := run(ctx, o); err != nil {
		if errors.Is(err, context.Canceled) {
			fmt.Fprintln(os.Stderr, "\ndemo: interrupted; everything it started is stopped")
			os.Exit(130)
		}
		fmt.Fprintf(os.Stderr, "\ndemo: %v\n(everything it started is stopped)\n", err)
		os.Exit(1)
	}
}

type options struct {
	isobar, intent, coredns string
	keep                    bool
	out                     io.Writer
	// atEnd, when set, inspects the converged environment before it stops
	// (the demo's test).
	atEnd func(env *e2e.Env) error
	// dns, when set, receives the DNS answers seen before and after the
	// move (the demo's test).
	dns func(before, after answers)
}

// The three clusters of examples/three-clouds.
var clusters = []e2e.Cluster{
	{Name: "aws-eu-central-1", Provider: "aws"},
	{Name: "gcp-europe-west4", Provider: "gcp"},
	{Name: "azure-eastus", Provider: "azure"},
}

// demo holds what the steps share.
type demo struct {
	options
	env   *e2e.Env
	step  int
	total int
	start time.Time
}

func run(ctx context.Context, o options) error {
	isobar, err := filepath.Abs(o.isobar)
	if err != nil {
		return err
	}
	if _, err := os.Stat(isobar); err != nil {
		return fmt.Errorf("%s: build it first (make build)", o.isobar)
	}
	o.isobar = isobar
	if o.coredns == "" {
		if o.coredns, err = dnsserve.Find("."); err != nil {
			return err
		}
	}
	d := &demo{options: o, total: 10, start: time.Now()}

	if err := d.do("Start three simulated clouds, a registry and a git server", func() error {
		d.env, err = e2e.Start(ctx, e2e.Options{Clusters: clusters, Intent: o.intent, Progress: func(f string, a ...any) {
			fmt.Fprintf(d.out, "      %s\n", fmt.Sprintf(f, a...))
		}})
		return err
	}); err != nil {
		return err
	}
	defer d.env.Stop()
	d.note("kubeconfig: %s (contexts %s)", d.env.Kubeconfig, names())
	d.note("git: %s    registry: %s", d.env.GitURL, d.env.Registry)

	if err := d.do("Plan: where each workload runs, what it costs, and why", func() error {
		return d.isobar(ctx, "plan", ".")
	}); err != nil {
		return err
	}
	if err := d.do("Publish one signed bundle per cluster", func() error {
		return d.isobar(ctx, "publish", ".", "--registry", d.env.Registry, "--insecure", "--key", d.env.KeyFile)
	}); err != nil {
		return err
	}

	rec, logFile, err := d.startReconciler(ctx)
	if err != nil {
		return err
	}
	defer rec.stop()
	rev1, _, err := d.env.Head()
	if err != nil {
		return err
	}
	if err := d.do("Reconcile (hub mode): wait until every cluster runs the revision", func() error {
		return d.waitReady(ctx, rec, rev1)
	}); err != nil {
		return fmt.Errorf("%w (reconciler log: %s)", err, logFile)
	}
	if err := d.do("What runs where", func() error {
		if err := d.isobar(ctx, "status", ".", "--kubeconfig", d.env.Kubeconfig); err != nil {
			return err
		}
		return d.pods(ctx)
	}); err != nil {
		return err
	}
	var before, after answers
	if err := d.do("Users reach the clusters the plan chose: the DNS records, and dig from each country", func() error {
		before, err = d.showDNS(ctx, "before")
		return err
	}); err != nil {
		return err
	}

	// The change: accounts must answer Frankfurt within 10 ms, which only
	// the Frankfurt cluster can.
	shop := filepath.Join(d.env.WorkTree, "shop.cue")
	if err := d.do("Change the intent: accounts must answer Frankfurt within 10 ms; preview it as a pull request would", func() error {
		b, err := os.ReadFile(shop)
		if err != nil {
			return err
		}
		changed := strings.Replace(string(b), `latency: p95: "30ms"`, `latency: p95: "10ms"`, 1)
		if changed == string(b) {
			return errors.New("examples/three-clouds/shop.cue changed: the demo's edit no longer applies")
		}
		if err := os.WriteFile(shop, []byte(changed), 0o644); err != nil {
			return err
		}
		d.note("$ git diff")
		d.note("  -    latency: p95: \"30ms\"")
		d.note("  +    latency: p95: \"10ms\"")
		return d.isobar(ctx, "plan", ".", "--base", "main", "-o", "text")
	}); err != nil {
		return err
	}
	var rev2 string
	if err := d.do("Merge and publish the change", func() error {
		b, err := os.ReadFile(shop)
		if err != nil {
			return err
		}
		if rev2, err = d.env.Commit("accounts: 10 ms to Frankfurt", map[string][]byte{"shop.cue": b}); err != nil {
			return err
		}
		return d.isobar(ctx, "publish", ".", "--registry", d.env.Registry, "--insecure", "--key", d.env.KeyFile)
	}); err != nil {
		return err
	}
	if err := d.do("Reconcile: accounts is created in Frankfurt and pruned from the Netherlands", func() error {
		if err := d.waitReady(ctx, rec, rev2); err != nil {
			return err
		}
		if err := d.isobar(ctx, "status", ".", "--kubeconfig", d.env.Kubeconfig); err != nil {
			return err
		}
		return d.pods(ctx)
	}); err != nil {
		return fmt.Errorf("%w (reconciler log: %s)", err, logFile)
	}
	if err := d.do("The records follow the move: dig from each country again", func() error {
		after, err = d.showDNS(ctx, "after")
		return err
	}); err != nil {
		return err
	}
	if o.dns != nil {
		o.dns(before, after)
	}
	if o.atEnd != nil {
		if err := o.atEnd(d.env); err != nil {
			return err
		}
	}
	fmt.Fprintf(d.out, "\nDone in %s. Everything ran on this machine: real API servers, scheduler and controllers,\n"+
		"a real OCI registry, a real git server, real cosign signatures.\n", time.Since(d.start).Round(time.Second))
	if o.keep {
		fmt.Fprintf(d.out, "Everything keeps running (kubeconfig %s); Ctrl-C stops it.\n", d.env.Kubeconfig)
		<-ctx.Done()
	}
	return nil
}

func names() string {
	var s []string
	for _, c := range clusters {
		s = append(s, c.Name)
	}
	return strings.Join(s, ", ")
}

// do runs one numbered step and says how long it took.
func (d *demo) do(title string, f func() error) error {
	d.step++
	fmt.Fprintf(d.out, "\n\x1b[1m[%d/%d] %s\x1b[0m\n", d.step, d.total, title)
	t := time.Now()
	if err := f(); err != nil {
		return fmt.Errorf("step %d (%s): %w", d.step, title, err)
	}
	fmt.Fprintf(d.out, "      ✓ %s\n", time.Since(t).Round(100*time.Millisecond))
	return nil
}

func (d *demo) note(format string, args ...any) {
	fmt.Fprintf(d.out, "      %s\n", fmt.Sprintf(format, args...))
}

// isobar runs the CLI in the work tree, showing the command and its output.
func (d *demo) isobar(ctx context.Context, args ...string) error {
	fmt.Fprintf(d.out, "      $ isobar %s\n", strings.Join(args, " "))
	cmd := exec.CommandContext(ctx, d.options.isobar, args...)
	cmd.Dir = d.env.WorkTree
	cmd.Env = append(os.Environ(), "COSIGN_PASSWORD="+e2e.Password, "NO_COLOR=1")
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	err := cmd.Run()
	for _, line := range strings.Split(strings.TrimRight(buf.String(), "\n"), "\n") {
		fmt.Fprintf(d.out, "        %s\n", line)
	}
	if err != nil {
		return fmt.Errorf("isobar %s: %w", args[0], err)
	}
	return nil
}

// reconcilerProcess is the reconciler running in the background.
type reconcilerProcess struct {
	cmd  *exec.Cmd
	done chan struct{}
	// status is the URL of its /status.
	status string
}

func (p *reconcilerProcess) stop() {
	if p.cmd.Process != nil {
		_ = p.cmd.Process.Signal(os.Interrupt)
		select {
		case <-p.done:
		case <-time.After(10 * time.Second):
			_ = p.cmd.Process.Kill()
			<-p.done
		}
	}
}

func (d *demo) startReconciler(ctx context.Context) (*reconcilerProcess, string, error) {
	logFile := filepath.Join(d.env.Dir, "reconciler.log")
	f, err := os.Create(logFile)
	if err != nil {
		return nil, "", err
	}
	// A free loopback port for its /status.
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		f.Close()
		return nil, "", err
	}
	addr := ln.Addr().String()
	ln.Close()
	args := []string{
		"reconcile", "--git", d.env.GitURL, "--path", ".", "--registry", d.env.Registry, "--insecure",
		"--key", d.env.PublicKeyFile, "--kubeconfig", d.env.Kubeconfig, "--interval", "3s", "--health-timeout", "60s", "--drain", "5s",
		"--metrics-address", addr,
	}
	fmt.Fprintf(d.out, "\n      $ isobar %s &   (log: %s)\n", strings.Join(args, " "), logFile)
	cmd := exec.CommandContext(ctx, d.options.isobar, args...)
	cmd.Stdout, cmd.Stderr = f, f
	if err := cmd.Start(); err != nil {
		f.Close()
		return nil, "", err
	}
	p := &reconcilerProcess{cmd: cmd, done: make(chan struct{}), status: "http://" + addr + "/status"}
	go func() {
		_ = cmd.Wait()
		f.Close()
		close(p.done)
	}()
	return p, logFile, nil
}

// waitReady waits until the reconciler's own status (its /status) says
// every cluster is Ready at rev. The status recorded in each cluster is
// written only when something changed there, so a cluster the commit does
// not change keeps the revision that last changed it.
func (d *demo) waitReady(ctx context.Context, rec *reconcilerProcess, rev string) error {
	deadline := time.Now().Add(3 * time.Minute)
	last := map[string]string{}
	for {
		sts, err := reconcilerStatus(ctx, rec.status)
		ready := 0
		for _, c := range clusters {
			state := "no status yet"
			if st, ok := sts[c.Name]; ok && err == nil {
				state = st.Phase + " at " + short(st.AppliedRevision)
				if st.Phase == reconciler.PhaseReady && st.AppliedRevision == rev {
					ready++
				}
				if st.Error != "" {
					state += ": " + st.Error
				}
			}
			if last[c.Name] != state {
				d.note("%-18s %s", c.Name, state)
				last[c.Name] = state
			}
		}
		if ready == len(clusters) {
			return nil
		}
		if time.Now().After(deadline) {
			return fmt.Errorf("clusters did not converge on %s within 3 minutes", short(rev))
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(time.Second):
		}
	}
}

// reconcilerStatus reads the statuses a reconciler serves at url, by
// cluster.
func reconcilerStatus(ctx context.Context, url string) (map[string]reconciler.ClusterStatus, error) {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, url, nil)
	if err != nil {
		return nil, err
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return nil, err
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s", url, resp.Status)
	}
	var list []reconciler.ClusterStatus
	if err := json.NewDecoder(resp.Body).Decode(&list); err != nil {
		return nil, fmt.Errorf("%s: %w", url, err)
	}
	out := map[string]reconciler.ClusterStatus{}
	for _, st := range list {
		out[st.Cluster] = st
	}
	return out, nil
}

func (d *demo) pods(ctx context.Context) error {
	for _, c := range clusters {
		d.note("$ kubectl --context %s get pods -A -l app.kubernetes.io/managed-by=isobar -o wide", c.Name)
		cmd := d.env.Clusters[c.Name].Kubectl(ctx, "get", "pods", "-A", "-l", "app.kubernetes.io/managed-by=isobar", "-o", "wide")
		out, err := cmd.CombinedOutput()
		if err != nil {
			return fmt.Errorf("kubectl: %w: %s", err, out)
		}
		for _, line := range strings.Split(strings.TrimRight(string(out), "\n"), "\n") {
			fmt.Fprintf(d.out, "        %s\n", line)
		}
	}
	return nil
}

func short(rev string) string {
	if len(rev) > 12 {
		return rev[:12]
	}
	if rev == "" {
		return "-"
	}
	return rev
}
