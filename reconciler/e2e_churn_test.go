package reconciler_test

import (
	"fmt"
	"maps"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"k8s.io/client-go/rest"

	"isobar.dev/isobar/reconciler"
	"isobar.dev/isobar/reconciler/apply"
	"isobar.dev/isobar/render"
)

// TestCommitWritesOnlyWhatChanged measures what one commit costs the
// fleet's API servers: three simulated clusters of 1,000 objects each
// (testdata/fleet1000), revision 1 applied, then a commit that changes the
// image of one workload, which runs in one cluster. Every request the
// reconciler sends is counted per cluster, by verb, dry-runs apart. The
// cluster running the workload gets real writes for the objects whose
// rendered content changed and for its bookkeeping (the inventory Secret,
// the status ConfigMap, one Event); the two other clusters get none. A
// cycle with nothing new, and one that waits for the commit's bundles,
// write nothing anywhere; a wait longer than WaitingGrace is recorded
// (status and Event) in every cluster, once.
func TestCommitWritesOnlyWhatChanged(t *testing.T) {
	w := startEnv(t, filepath.Join("testdata", "fleet1000"))
	env, ctx := w.env, t.Context()
	keepNodeLeases(t, w)

	counters := map[string]*requestCounter{}
	for _, c := range fleet {
		counters[c.Name] = &requestCounter{}
	}
	// The reconciler's clock, moved past WaitingGrace at the end.
	var ahead atomic.Int64
	now := func() time.Time { return time.Now().Add(time.Duration(ahead.Load())) }
	r := w.newReconciler(t, reconciler.Options{Now: now}, func(cluster string, cfg *rest.Config) *rest.Config {
		cfg.Wrap(counters[cluster].wrap)
		return cfg
	})
	reset := func() {
		for _, c := range counters {
			c.reset()
		}
	}

	_, before, err := env.Plan(ctx, ".")
	if err != nil {
		t.Fatal(err)
	}
	rev1 := w.converge1000(t, r)
	t.Logf("revision 1 applied: %s", summary(counters))

	reset()
	requireReady(t, cycleWith(t, r), rev1)
	t.Logf("a cycle with nothing new: %s", summary(counters))
	for _, c := range fleet {
		if got := counters[c.Name].realWrites(); len(got) > 0 {
			t.Errorf("%s: a cycle with nothing new wrote %d time(s): %s", c.Name, len(got), strings.Join(got, "; "))
		}
	}

	// The commit: frankfurt's image, frankfurt runs in aws-eu-central-1.
	const changed = "aws-eu-central-1"
	rev2 := w.frankfurtImage(t, "1.0.0", "1.0.1")
	_, after, err := env.Plan(ctx, ".")
	if err != nil {
		t.Fatal(err)
	}
	// A cycle between the commit and its publication waits, and records
	// the wait only in the reconciler (Options.WaitingGrace).
	reset()
	for name, st := range cycleWith(t, r) {
		if st.Phase != reconciler.PhaseWaiting || st.AppliedRevision != rev1 {
			t.Errorf("%s before the publication: %s at %s, want %s at %s", name, st.Phase, st.AppliedRevision, reconciler.PhaseWaiting, rev1)
		}
	}
	t.Logf("revision 2 not published yet: %s", summary(counters))
	for _, c := range fleet {
		if got := counters[c.Name].realWrites(); len(got) > 0 {
			t.Errorf("%s: waiting for the bundle wrote %d time(s): %s", c.Name, len(got), strings.Join(got, "; "))
		}
	}
	w.publish(t)
	// What the commit changes, object by object, in each cluster.
	differs := map[string][]string{}
	for _, c := range fleet {
		differs[c.Name] = changedObjects(before.Cluster(c.Name), after.Cluster(c.Name))
	}
	t.Logf("objects the commit changes: %v", differs)
	if want := []string{"patch deployments frankfurt/frankfurt"}; !slices.Equal(differs[changed], want) {
		t.Errorf("%s: the commit changes %v, want %v", changed, differs[changed], want)
	}

	reset()
	sts := cycleWith(t, r)
	requireReady(t, sts, rev2)
	t.Logf("revision 2 applied: %s", summary(counters))
	for _, c := range fleet {
		got := counters[c.Name].realWrites()
		want := slices.Clone(differs[c.Name])
		if c.Name == changed {
			want = append(want,
				"update secrets isobar-system/isobar-inventory",
				"patch configmaps isobar-system/isobar-status",
				"create events isobar-system/")
		}
		slices.Sort(got)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: real writes for revision 2:\n  %s\nwant\n  %s", c.Name, strings.Join(got, "\n  "), strings.Join(want, "\n  "))
		}
		if c.Name == changed {
			if st := sts[c.Name]; st.Counts.Configured != 1 || st.Counts.Unchanged != 999 {
				t.Errorf("%s: %s, want 1 configured and 999 unchanged", c.Name, st.Counts)
			}
			continue
		}
		if st := sts[c.Name]; st.Counts.Unchanged != 1000 {
			t.Errorf("%s: %s, want 1000 unchanged", c.Name, st.Counts)
		}
	}

	// Provenance: the inventory and the status recorded in each cluster
	// name the revision whose cycle last changed it.
	for _, c := range fleet {
		want := rev1
		if c.Name == changed {
			want = rev2
		}
		if inv := w.readInventory(t, c.Name); inv.Phase != string(apply.PhaseApplied) || inv.Revision != want {
			t.Errorf("%s: inventory %s at %s, want %s at %s", c.Name, inv.Phase, inv.Revision, apply.PhaseApplied, want)
		}
		got, err := reconciler.ReadStatus(t.Context(), w.cs[c.Name])
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		if got.Phase != reconciler.PhaseReady || got.AppliedRevision != want || got.PlanDigest == "" {
			t.Errorf("%s: status in the cluster %s at %s (plan %q), want %s at %s", c.Name, got.Phase, got.AppliedRevision, got.PlanDigest, reconciler.PhaseReady, want)
		}
	}
	if got, err := reconciler.ReadStatus(t.Context(), w.cs[changed]); err == nil && got.PlanDigest != after.PlanDigest {
		t.Errorf("%s: status in the cluster has plan digest %s, want %s", changed, got.PlanDigest, after.PlanDigest)
	}

	// A commit whose bundles are not published within WaitingGrace: the
	// wait is recorded in every cluster, once.
	rev3 := w.frankfurtImage(t, "1.0.1", "1.0.2")
	reset()
	cycleWith(t, r)
	ahead.Store(int64(11 * time.Minute))
	cycleWith(t, r)
	cycleWith(t, r)
	t.Logf("revision 3 not published for 11 minutes (three cycles): %s", summary(counters))
	for _, c := range fleet {
		got := counters[c.Name].realWrites()
		want := []string{"create events isobar-system/", "patch configmaps isobar-system/isobar-status"}
		slices.Sort(got)
		if !slices.Equal(got, want) {
			t.Errorf("%s: writes while waiting past the grace: %v, want %v", c.Name, got, want)
		}
		st, err := reconciler.ReadStatus(t.Context(), w.cs[c.Name])
		if err != nil || st.Phase != reconciler.PhaseWaiting || !strings.Contains(st.Message, rev3[:12]) {
			t.Errorf("%s: status in the cluster %+v, %v; want Waiting for %s", c.Name, st, err, rev3[:12])
		}
	}
}

// frankfurtImage commits testdata/fleet1000 with frankfurt's image tag
// changed from one version to another, and returns the commit.
func (w *world) frankfurtImage(t *testing.T, from, to string) string {
	t.Helper()
	fleetCue, err := os.ReadFile(filepath.Join(w.env.WorkTree, "fleet.cue"))
	if err != nil {
		t.Fatal(err)
	}
	rev, err := w.env.Commit("frankfurt: app "+to, map[string][]byte{
		"fleet.cue": []byte(edit(t, string(fleetCue), `frankfurt: "registry.example/app:`+from+`"`, `frankfurt: "registry.example/app:`+to+`"`)),
	})
	if err != nil {
		t.Fatal(err)
	}
	return rev
}

// converge1000 publishes HEAD and runs r until every cluster is Ready at
// it with its 1,000 objects.
func (w *world) converge1000(t *testing.T, r *reconciler.Reconciler) string {
	t.Helper()
	rev := w.head(t)
	w.publish(t)
	sts := cycleWith(t, r)
	requireReady(t, sts, rev)
	for _, c := range fleet {
		if st := sts[c.Name]; st.Counts.Created != 1000 {
			t.Fatalf("%s: %s, want 1000 created", c.Name, st.Counts)
		}
	}
	return rev
}

// changedObjects names, as the engine's request would ("patch
// deployments ns/name"), the objects of after that differ from before.
// Both sets hold the same objects here.
func changedObjects(before, after *render.ClusterSet) []string {
	old := map[string]map[string]any{}
	for _, o := range before.Objects {
		old[o.GetKind()+"/"+o.GetNamespace()+"/"+o.GetName()] = o.Object
	}
	var out []string
	for _, o := range after.Objects {
		if prev, ok := old[o.GetKind()+"/"+o.GetNamespace()+"/"+o.GetName()]; !ok || !reflect.DeepEqual(prev, o.Object) {
			out = append(out, fmt.Sprintf("patch %ss %s/%s", strings.ToLower(o.GetKind()), o.GetNamespace(), o.GetName()))
		}
	}
	slices.Sort(out)
	return out
}

// request is one API request, as a counting transport saw it.
type request struct {
	// verb is get, list, watch, discovery (reads) or create, update,
	// patch, delete (writes).
	verb                      string
	dryRun                    bool
	resource, namespace, name string
}

func (r request) write() bool {
	switch r.verb {
	case "create", "update", "patch", "delete":
		return true
	}
	return false
}

func (r request) String() string {
	return r.verb + " " + r.resource + " " + r.namespace + "/" + r.name
}

// parseRequest classifies an API request by its method and path
// (/api/v1/…, /apis/GROUP/VERSION/…).
func parseRequest(req *http.Request) request {
	q := req.URL.Query()
	out := request{dryRun: q.Get("dryRun") != ""}
	segs := strings.Split(strings.Trim(req.URL.Path, "/"), "/")
	switch {
	case len(segs) >= 2 && segs[0] == "api":
		segs = segs[2:]
	case len(segs) >= 3 && segs[0] == "apis":
		segs = segs[3:]
	default:
		segs = nil
	}
	if len(segs) >= 3 && segs[0] == "namespaces" {
		out.namespace, segs = segs[1], segs[2:]
	}
	if len(segs) > 0 {
		out.resource = segs[0]
	}
	if len(segs) > 1 {
		out.name = segs[1]
	}
	switch req.Method {
	case http.MethodGet:
		switch {
		case out.resource == "":
			out.verb = "discovery"
		case q.Get("watch") == "true" || q.Get("watch") == "1":
			out.verb = "watch"
		case out.name == "":
			out.verb = "list"
		default:
			out.verb = "get"
		}
	case http.MethodPost:
		out.verb = "create"
	case http.MethodPut:
		out.verb = "update"
	case http.MethodPatch:
		out.verb = "patch"
	case http.MethodDelete:
		out.verb = "delete"
	default:
		out.verb = strings.ToLower(req.Method)
	}
	return out
}

// requestCounter records the requests sent through the transports it
// wraps.
type requestCounter struct {
	mu   sync.Mutex
	reqs []request
}

func (c *requestCounter) wrap(rt http.RoundTripper) http.RoundTripper {
	return roundTripperFunc(func(req *http.Request) (*http.Response, error) {
		r := parseRequest(req)
		c.mu.Lock()
		c.reqs = append(c.reqs, r)
		c.mu.Unlock()
		return rt.RoundTrip(req)
	})
}

func (c *requestCounter) reset() {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.reqs = nil
}

// realWrites lists the writes that were not dry-runs.
func (c *requestCounter) realWrites() []string {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []string
	for _, r := range c.reqs {
		if r.write() && !r.dryRun {
			out = append(out, r.String())
		}
	}
	return out
}

// String tallies the requests: reads by verb, dry-run writes, real writes
// by verb.
func (c *requestCounter) String() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	reads, dry, real := map[string]int{}, 0, map[string]int{}
	nReads, nReal := 0, 0
	for _, r := range c.reqs {
		switch {
		case !r.write():
			reads[r.verb]++
			nReads++
		case r.dryRun:
			dry++
		default:
			real[r.verb]++
			nReal++
		}
	}
	tally := func(m map[string]int) string {
		var parts []string
		for _, k := range slices.Sorted(maps.Keys(m)) {
			parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
		}
		return strings.Join(parts, ", ")
	}
	return fmt.Sprintf("%d reads (%s), %d dry-run writes, %d real writes (%s)", nReads, tally(reads), dry, nReal, tally(real))
}

func summary(counters map[string]*requestCounter) string {
	var parts []string
	for _, c := range fleet {
		parts = append(parts, c.Name+": "+counters[c.Name].String())
	}
	return "\n  " + strings.Join(parts, "\n  ")
}
