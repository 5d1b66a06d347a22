package reconciler_test

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	corev1 "k8s.io/api/core/v1"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/reconciler"
	"isobar.dev/isobar/reconciler/apply"
	"isobar.dev/isobar/reconciler/source"
	"isobar.dev/isobar/schema"
)

// TestFailoverAgents is TestFailover in agent mode: three agents, one per
// cluster, each reaching only its own cluster and sharing signed
// heartbeats through the registry. The agent of one cluster and that
// cluster's API server stop; within failover-after plus 30 s the
// surviving agents run their contingency bundles (exactly: inventories
// and live objects) and their status, Events and metrics say what the
// failover costs and what stays down. The API server and a new agent
// come back: the returning agent applies its normal bundle and reports it
// healthy, and only after that has lasted failback-after do the survivors
// go back to theirs; every inventory is then exactly its normal bundle.
func TestFailoverAgents(t *testing.T) {
	w := startEnv(t, threeClouds(t))
	keepNodeLeases(t, w)
	rev := w.head(t)
	plan, normal, contingency := w.publishWithContingency(t)
	dns := dnsClusters(normal)
	lost, failure := lostCluster(t, plan, normal, contingency)
	survivors := slices.DeleteFunc(slices.Clone(w.names()), func(c string) bool { return c == lost })
	t.Logf("losing %s; contingency bundles for %v; DNS in %v", lost, sortedKeys(contingency[lost].clusters), dns)
	cost := bundle.ContingencyFor(failure).Cost

	kp, err := bundle.GenerateKeyPair([]byte("status"))
	if err != nil {
		t.Fatal(err)
	}
	key, err := bundle.LoadPrivateKey(kp.PrivateKey, []byte("status"))
	if err != nil {
		t.Fatal(err)
	}
	fo := reconciler.FailoverOptions{After: 5 * time.Second, Back: 5 * time.Second, Cooldown: time.Minute, ProbeTimeout: 2 * time.Second}
	agents := map[string]*runningAgent{}
	metrics := map[string]*reconciler.Metrics{}
	for _, c := range w.names() {
		metrics[c] = reconciler.NewMetrics()
		agents[c] = w.startFailoverAgent(t, c, fo, key, kp.PublicKey, metrics[c])
	}
	until(t, "every agent Ready at "+rev, 2*time.Minute, func() bool {
		for _, a := range agents {
			if st := a.status(); st.Phase != reconciler.PhaseReady || st.AppliedRevision != rev || !st.Healthy {
				return false
			}
		}
		return true
	})
	// Every heartbeat is in the registry, signed with the status key.
	for _, c := range w.names() {
		ref := w.env.Registry + ":" + reconciler.HeartbeatTag(c)
		if _, err := bundle.Verify(t.Context(), ref, bundle.Trust{PublicKey: kp.PublicKey}, bundle.WithInsecure()); err != nil {
			t.Fatalf("heartbeat %s: %v", ref, err)
		}
	}

	// The lost cluster's agent and API server stop.
	agents[lost].stop()
	down := w.env.Clusters[lost]
	if err := down.StopAPIServer(); err != nil {
		t.Fatal(err)
	}
	stopped := time.Now()
	restarted := false
	t.Cleanup(func() {
		if !restarted {
			_ = down.StartAPIServer()
		}
	})
	absorbed := func() bool {
		for _, c := range survivors {
			st := agents[c].status()
			has := contingency[lost].clusters[c]
			if st.Phase != reconciler.PhaseReady || st.Failover == nil || st.Failover.Domain != lost || st.Failover.Contingency != has {
				return false
			}
		}
		return true
	}
	until(t, "the survivors running "+lost+"'s load", fo.After+30*time.Second, absorbed)
	took := time.Since(stopped)
	t.Logf("survivors ran %s's load %s after its agent and API server stopped (failover-after %s)", lost, took.Round(100*time.Millisecond), fo.After)
	if took < fo.After {
		t.Errorf("failed over after %s, before failover-after %s", took, fo.After)
	}
	for _, c := range survivors {
		st := agents[c].status()
		f := st.Failover
		if f.Role != reconciler.RoleSurvivor {
			t.Errorf("%s: failover %+v, want survivor", c, f)
		}
		tag := bundle.Tag(bundle.Metadata{Cluster: c, Revision: rev})
		if contingency[lost].clusters[c] {
			tag = bundle.ContingencyTag(bundle.Metadata{Cluster: c, Revision: rev}, lost)
			var down []string
			for _, d := range cost.Down {
				down = append(down, d.String())
			}
			if f.ExtraMonthlyCostUSD != cost.ExtraMonthlyCostUSD || !slices.Equal(f.Down, down) || st.PlanDigest != contingency[lost].planDigest {
				t.Errorf("%s: failover %+v on plan %s, want +%.2f USD/month, down %v, plan %s", c, f, st.PlanDigest, cost.ExtraMonthlyCostUSD, down, contingency[lost].planDigest)
			}
			wantMsg := fmt.Sprintf("%+.2f USD/month for the fleet", cost.ExtraMonthlyCostUSD)
			if !strings.Contains(st.Message, "failed over since") || !strings.Contains(st.Message, wantMsg) {
				t.Errorf("%s: message %q, want the failover's time and %q", c, st.Message, wantMsg)
			}
			requireEvent(t, w, c, corev1.EventTypeWarning, "ContingencyApplied", wantMsg)
			requireMetric(t, metrics[c], `isobar_failover_extra_cost_usd_monthly{domain="`+lost+`"}`, fmt.Sprint(cost.ExtraMonthlyCostUSD))
		}
		t.Logf("%s: %s", c, st.Message)
		w.requireInventoryExactTag(t, c, tag)
		requireEvent(t, w, c, corev1.EventTypeWarning, reconciler.TransitionFailedOver, "heartbeat has not advanced")
		requireMetric(t, metrics[c], `isobar_failover_active{domain="`+lost+`"}`, "1")
	}
	for _, m := range failure.Moves {
		for _, to := range m.To {
			if got, ok := w.replicas(t, to.Cluster, m.Workload); ok && got != placed(failure.Placements, to.Cluster, m.Workload) {
				t.Errorf("%s: %s runs %d replicas, the contingency plan %d", to.Cluster, m.Workload, got, placed(failure.Placements, to.Cluster, m.Workload))
			}
		}
	}
	for _, c := range dns {
		if got := dnsTargets(t, w, c); slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, lost+".") }) {
			t.Errorf("%s: DNS records still send users to %s: %v", c, lost, got)
		}
	}

	// The API server and a new agent come back.
	if err := down.StartAPIServer(); err != nil {
		t.Fatal(err)
	}
	restarted = true
	back := time.Now()
	agents[lost] = w.startFailoverAgent(t, lost, fo, key, kp.PublicKey, metrics[lost])
	var lostReady time.Time
	var survivorsBack map[string]time.Time
	until(t, "failback", fo.Back+90*time.Second, func() bool {
		if st := agents[lost].status(); lostReady.IsZero() && st.Phase == reconciler.PhaseReady && st.Healthy && st.AppliedRevision == rev {
			lostReady = time.Now()
		}
		survivorsBack = map[string]time.Time{}
		for _, c := range survivors {
			if st := agents[c].status(); st.Failover == nil && st.Phase == reconciler.PhaseReady && st.PlanDigest == normal.PlanDigest {
				survivorsBack[c] = time.Now()
			}
		}
		return len(survivorsBack) == len(survivors)
	})
	t.Logf("the returning agent was Ready %s after the API server came back; the survivors went back to their normal bundles %s after that (failback-after %s)",
		lostReady.Sub(back).Round(100*time.Millisecond), time.Since(lostReady).Round(100*time.Millisecond), fo.Back)
	if lostReady.IsZero() {
		t.Fatalf("the survivors failed back before the returning agent was Ready")
	}
	if d := time.Since(lostReady); d < fo.Back {
		t.Errorf("the survivors failed back %s after the returning cluster was Ready, before failback-after %s", d, fo.Back)
	}
	for _, c := range w.names() {
		w.requireInventoryExact(t, c, rev, "")
	}
	for _, c := range dns {
		if got := dnsTargets(t, w, c); !slices.ContainsFunc(got, func(s string) bool { return strings.HasPrefix(s, lost+".") }) {
			t.Errorf("%s: after failback, no DNS record sends users to %s: %v", c, lost, got)
		}
	}
	for _, c := range survivors {
		requireEvent(t, w, c, corev1.EventTypeNormal, reconciler.TransitionFailedBack, lost)
		requireMetric(t, metrics[c], `isobar_failover_extra_cost_usd_monthly{domain="`+lost+`"}`, "0")
	}
}

// runningAgent is an agent reconciler running in the background.
type runningAgent struct {
	r      *reconciler.Reconciler
	cancel context.CancelFunc
	done   chan struct{}
	once   sync.Once
}

func (a *runningAgent) stop() {
	a.once.Do(func() {
		a.cancel()
		<-a.done
	})
}

// status is the agent's cluster's status.
func (a *runningAgent) status() reconciler.ClusterStatus {
	sts := a.r.Status()
	if len(sts) == 0 {
		return reconciler.ClusterStatus{}
	}
	return sts[0]
}

// startFailoverAgent runs, until t ends or stop, an agent of one cluster
// failing over through heartbeats signed with key, as a new process
// would start: nothing cached.
func (w *world) startFailoverAgent(t *testing.T, cluster string, fo reconciler.FailoverOptions, key *bundle.PrivateKey, pub []byte, metrics *reconciler.Metrics) *runningAgent {
	t.Helper()
	git, err := source.NewGit(source.GitOptions{URL: w.env.GitURL, Timeout: 10 * time.Second})
	if err != nil {
		t.Fatal(err)
	}
	trust, err := bundle.TrustKeyFile(w.env.PublicKeyFile)
	if err != nil {
		t.Fatal(err)
	}
	fo.Heartbeats = &reconciler.RegistryHeartbeats{Registry: w.env.Registry, Key: key, Trust: bundle.Trust{PublicKey: pub}, Options: []bundle.Option{bundle.WithInsecure()}}
	cfg := w.env.Clusters[cluster].Config
	r, err := reconciler.New(&reconciler.GitSource{Git: git, Path: "."}, reconciler.Options{
		Registry: w.env.Registry, Trust: trust, BundleOptions: []bundle.Option{bundle.WithInsecure()},
		Targets: func(*schema.Intent) ([]reconciler.Target, error) {
			return []reconciler.Target{{Cluster: cluster, Config: cfg}}, nil
		},
		Apply:       apply.Options{HealthTimeout: time.Minute},
		Interval:    time.Second,
		BackoffBase: time.Millisecond, BackoffMax: time.Second,
		Metrics:  metrics,
		Failover: fo,
	})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	a := &runningAgent{r: r, cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(a.done)
		_ = r.Run(ctx)
	}()
	t.Cleanup(a.stop)
	return a
}

// until polls cond every 200 ms until it holds, failing the test after
// within.
func until(t *testing.T, what string, within time.Duration, cond func() bool) {
	t.Helper()
	start := time.Now()
	for !cond() {
		if time.Since(start) > within {
			t.Fatalf("not %s within %s", what, within)
		}
		time.Sleep(200 * time.Millisecond)
	}
}
