package reconciler

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"

	"github.com/fluxcd/cli-utils/pkg/kstatus/status"
	appsv1 "k8s.io/api/apps/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/client-go/kubernetes"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/reconciler/apply"
	"isobar.dev/isobar/reconciler/source"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

// clusterMoves is a cluster's move state. Only the cluster's own cycle
// touches it.
type clusterMoves struct {
	loaded bool
	// applied is the set the cluster was last given (nil: unknown).
	applied *appliedSet
	// rev is the revision of the move under way and diff what it changes
	// in the cluster (against what the cluster ran before it), computed
	// for the bundle of digest diffDigest; since is when the revision was
	// first seen, seen when this cluster first saw the arrivals healthy
	// and the records switched, healthySince when each workload was
	// first seen healthy, switchedAt when the DNS objects were applied.
	rev          string
	diff         MoveDiff
	diffDigest   string
	since, seen  time.Time
	healthySince map[string]time.Time
	switchedAt   time.Time
	// report is the last report; published its JSON without the time.
	report    *MoveReport
	published string
	// recorded: the move record is in the cluster. done: the revision
	// is applied whole (nothing left to hold at it).
	recorded, done bool
	// bundles are verified bundles read for holds, by digest.
	bundles map[string]*bundle.Pulled
	cs      kubernetes.Interface

	// summary is what the status says, set by the cycle.
	summary moveSummary
}

// appliedSet is what a cluster was given: a bundle's objects with held
// groups' objects from earlier bundles.
type appliedSet struct {
	// digest is the bundle's digest ("sha256:…").
	digest  string
	objects []*unstructured.Unstructured
	// held maps each held group to the digest of the bundle its objects
	// come from.
	held map[string]string
}

// moveSummary is a cluster's move state as its status shows it.
type moveSummary struct {
	held      []string // groups held
	waiting   []string
	waitFor   []string
	since     time.Time
	releaseAt time.Time
	timedOut  bool
}

// moveRecord is kept in the cluster (ConfigMap MoveRecordName) while
// something is held, so that a restarted reconciler holds the same
// objects: it names the bundles they come from, which are pulled and
// verified again.
type moveRecord struct {
	Revision string       `json:"revision"`
	Digest   string       `json:"digest"`
	Held     []recordHold `json:"held"`
	Since    time.Time    `json:"since"`
}

type recordHold struct {
	Group  string `json:"group"`
	Digest string `json:"digest"`
}

// MoveRecordName is the ConfigMap (in StatusNamespace) recording what a
// cluster holds during a move.
const (
	MoveRecordName = "isobar-move"
	moveRecordKey  = "move.json"
)

// applyWithMoves applies the cluster's bundle with make-before-break: it
// holds what leaves the cluster, or the DNS objects, until the other
// clusters' reports allow letting them go.
func (r *Reconciler) applyWithMoves(ctx context.Context, c *clusterState, in *schema.Intent, rev source.Revision, pulled *bundle.Pulled) (*apply.Result, error) {
	mo := r.opts.Moves
	m := c.moves
	if m == nil {
		m = &clusterMoves{bundles: map[string]*bundle.Pulled{}}
		c.moves = m
	}
	log := r.opts.Logger.With("cluster", c.target.Cluster, "revision", short(rev.Commit))
	if m.cs == nil {
		cs, err := kubernetes.NewForConfig(c.target.Config)
		if err != nil {
			return nil, fmt.Errorf("cluster %s: %w", c.target.Cluster, err)
		}
		m.cs = cs
	}
	var rec *moveRecord
	if !m.loaded {
		var err error
		if rec, err = r.loadApplied(ctx, c, pulled); err != nil {
			return nil, err
		}
		m.recorded = rec != nil
		m.loaded = true
	}
	digest := pulled.Ref.DigestStr()
	next := pulled.Objects
	if m.rev != rev.Commit || m.diffDigest != digest {
		if m.rev != rev.Commit {
			m.since, m.seen, m.healthySince, m.switchedAt = r.opts.Now(), time.Time{}, map[string]time.Time{}, time.Time{}
			m.report, m.published = nil, ""
			if rec != nil && rec.Revision == rev.Commit && !rec.Since.IsZero() {
				m.since = rec.Since
			}
		}
		var prev []*unstructured.Unstructured
		if m.applied != nil {
			prev = m.applied.objects
		}
		m.rev, m.diff, m.diffDigest, m.done = rev.Commit, diffMoves(prev, next), digest, false
		if m.report == nil {
			// A report of this revision published by an earlier process:
			// its arrivals and clocks stand.
			if old, err := mo.Board.Read(ctx, c.target.Cluster, rev.Commit); err == nil && old != nil {
				m.adopt(old, next)
			}
		}
	}
	d := m.diff
	var minTTL time.Duration
	if in.Traffic != nil {
		minTTL = time.Duration(in.Traffic.TTLSeconds()) * time.Second
	}
	if d.Traffic && d.TTL == 0 {
		d.TTL = minTTL
	}
	fleet := slices.Sorted(maps.Keys(in.Fleet))

	// The held groups and the bundle each comes from.
	base := map[string]string{}
	groups := map[string][]*unstructured.Unstructured{}
	if m.applied != nil && !m.done {
		for _, g := range d.holdGroups() {
			base[g] = m.applied.digest
			if b, ok := m.applied.held[g]; ok {
				base[g] = b
			}
			if objs := groupObjects(g, m.applied.objects, next); len(objs) > 0 {
				groups[g] = objs
			}
		}
	}
	if len(groups) > 0 {
		if err := gate(in, c.target.Cluster, &bundle.Pulled{Metadata: pulled.Metadata, Objects: slices.Concat(slices.Collect(maps.Values(groups))...)}); err != nil {
			// What would be held may not stay here any more (residency,
			// policy): it goes without waiting.
			log.Warn("leaving objects may not stay in the cluster at this revision; not holding them", "error", err)
			groups = nil
		}
	}

	var res *apply.Result
	var err error
	for pass := 0; ; pass++ {
		var g moveGate
		if len(groups) > 0 {
			g = r.readGate(ctx, c.target.Cluster, rev.Commit, fleet)
			if g.Arrived && g.Switched && m.seen.IsZero() {
				m.seen = r.opts.Now()
			}
		}
		held := holdsFor(g, groups, r.opts.Now(), m.seen, minTTL, mo.Drain)
		desired := compose(next, held)
		if len(held) > 0 {
			if err := r.writeRecord(ctx, m, rev.Commit, digest, held, base); err != nil {
				return nil, fmt.Errorf("cluster %s: recording the move: %w", c.target.Cluster, err)
			}
		}
		res, err = c.engine.Apply(ctx, apply.Desired{
			Objects: c.spot.adjust(desired), Revision: rev.Commit, Digest: digest, PlanDigest: pulled.Metadata.PlanDigest,
		})
		if res == nil {
			return nil, err
		}
		heldNames := map[string]bool{}
		for _, h := range held {
			heldNames[h.Group] = true
		}
		if d.Traffic && !heldNames[trafficGroup] && m.switchedAt.IsZero() && applyDone(err) {
			m.switchedAt = r.opts.Now()
		}
		m.applied = &appliedSet{digest: digest, objects: desired, held: map[string]string{}}
		for _, h := range held {
			m.applied.held[h.Group] = base[h.Group]
		}
		rep := r.moveReport(ctx, c, rev.Commit, d, next, heldNames, err, len(groups) > 0)
		if perr := r.publishReport(ctx, m, rep); perr != nil {
			log.Warn("could not publish the move report", "error", perr)
		}
		m.summary = r.summarize(g, held, m, minTTL)
		if len(held) == 0 {
			m.done = applyDone(err)
			if m.recorded && applyDone(err) {
				if derr := r.deleteRecord(ctx, m); derr != nil {
					log.Warn("could not delete the move record", "error", derr)
				} else {
					m.recorded = false
				}
			}
			if len(groups) > 0 {
				log.Info("move: held objects released", "groups", slices.Sorted(maps.Keys(groups)))
			}
			break
		}
		if pass > 0 || !applyDone(err) {
			break
		}
		// The apply may have made this cluster's own arrivals healthy:
		// look again, once.
		g2 := r.readGate(ctx, c.target.Cluster, rev.Commit, fleet)
		seen := m.seen
		if g2.Arrived && g2.Switched && seen.IsZero() {
			seen = r.opts.Now()
		}
		if len(holdsFor(g2, groups, r.opts.Now(), seen, minTTL, mo.Drain)) == len(held) {
			break
		}
	}
	return res, err
}

// adopt takes over the arrivals and clocks of a report an earlier
// process published for the same revision.
func (m *clusterMoves) adopt(old *MoveReport, next []*unstructured.Unstructured) {
	after := workloadReplicas(next)
	arriving := map[string]bool{}
	for _, a := range m.diff.Arriving {
		arriving[a.Workload] = true
	}
	for _, w := range old.Workloads {
		if w.Arriving && !arriving[w.Workload] && after[w.Workload] > 0 {
			m.diff.Arriving = append(m.diff.Arriving, Arrival{Workload: w.Workload, To: after[w.Workload]})
		}
		if w.Healthy && !w.HealthySince.IsZero() {
			m.healthySince[w.Workload] = w.HealthySince
		}
	}
	if old.Traffic != nil && old.Traffic.Applied && m.diff.Traffic {
		m.switchedAt = old.Traffic.AppliedAt
	}
}

// applyDone reports whether an apply got every object applied (health
// aside).
func applyDone(err error) bool {
	var he *apply.HealthError
	return err == nil || errors.As(err, &he)
}

// holdsFor returns the groups still held given the gate: the DNS objects
// until every arrival is healthy; leaving workloads until then, the
// records switched everywhere, and their TTL and the drain passed.
func holdsFor(g moveGate, groups map[string][]*unstructured.Unstructured, now, seen time.Time, minTTL, drain time.Duration) []heldGroup {
	var out []heldGroup
	at := g.releaseAt(seen, minTTL, drain)
	leave := !at.IsZero() && !now.Before(at)
	for _, name := range slices.Sorted(maps.Keys(groups)) {
		if name == trafficGroup && g.Arrived || name != trafficGroup && leave {
			continue
		}
		out = append(out, heldGroup{Group: name, Objects: groups[name]})
	}
	return out
}

// readGate reads every fleet cluster's report of rev.
func (r *Reconciler) readGate(ctx context.Context, self, rev string, fleet []string) moveGate {
	reports := map[string]*MoveReport{}
	var errs []string
	for _, c := range fleet {
		rep, err := r.opts.Moves.Board.Read(ctx, c, rev)
		if err != nil {
			errs = append(errs, err.Error())
			continue
		}
		reports[c] = rep
	}
	g := evaluateGate(fleet, reports)
	if len(errs) > 0 {
		r.opts.Logger.Warn("could not read move reports", "cluster", self, "errors", strings.Join(errs, "; "))
		g.Waiting = append(g.Waiting, errs...)
	}
	return g
}

// moveReport says how far the cluster got at rev. The workloads' health
// is read again while the revision moves something here or a workload
// was not healthy; otherwise the last report stands.
func (r *Reconciler) moveReport(ctx context.Context, c *clusterState, rev string, d MoveDiff, next []*unstructured.Unstructured,
	held map[string]bool, applyErr error, moving bool) *MoveReport {
	m := c.moves
	now := r.opts.Now()
	if last := m.report; last != nil && !moving && applyErr == nil && allHealthy(last) {
		return last
	}
	rep := &MoveReport{APIVersion: moveReportAPIVersion, Kind: moveReportKind, Cluster: c.target.Cluster, Revision: rev, Time: now}
	arriving := map[string]bool{}
	for _, a := range d.Arriving {
		arriving[a.Workload] = true
	}
	var health map[string]WorkloadHealth
	if applyDone(applyErr) {
		health = r.workloadHealth(ctx, m.cs, next)
	}
	for w, n := range workloadReplicas(next) {
		wh, ok := health[w]
		if !ok {
			wh = WorkloadHealth{Workload: w}
		}
		wh.Replicas, wh.Arriving = n, arriving[w]
		if wh.Healthy {
			if _, ok := m.healthySince[w]; !ok {
				m.healthySince[w] = now
			}
			wh.HealthySince = m.healthySince[w]
		} else {
			delete(m.healthySince, w)
		}
		rep.Workloads = append(rep.Workloads, wh)
	}
	slices.SortFunc(rep.Workloads, func(a, b WorkloadHealth) int { return strings.Compare(a.Workload, b.Workload) })
	for _, l := range d.Leaving {
		rep.Leaving = append(rep.Leaving, l.Workload)
		if held[l.Workload] {
			rep.Held = append(rep.Held, l.Workload)
		}
	}
	if d.Traffic {
		rep.Traffic = &TrafficReport{TTLSeconds: int64(d.TTL / time.Second), Applied: !m.switchedAt.IsZero(), AppliedAt: m.switchedAt}
	}
	m.report = rep
	return rep
}

func allHealthy(rep *MoveReport) bool {
	for _, w := range rep.Workloads {
		if !w.Healthy {
			return false
		}
	}
	return len(rep.Held) == 0 && (rep.Traffic == nil || rep.Traffic.Applied)
}

// workloadHealth lists the cluster's Deployments and StatefulSets of the
// workloads of next, in their namespaces only (what a least-privilege
// agent may read): ready replicas, and whether all are Current (kstatus).
func (r *Reconciler) workloadHealth(ctx context.Context, cs kubernetes.Interface, next []*unstructured.Unstructured) map[string]WorkloadHealth {
	want := map[objKey]string{}
	lists := map[[2]string]bool{} // namespace, kind
	for _, o := range next {
		if w := workloadOf(o); w != "" && isWorkloadKind(o) {
			want[keyOf(o)] = w
			lists[[2]string{o.GetNamespace(), o.GetKind()}] = true
		}
	}
	out := map[string]WorkloadHealth{}
	seen := map[objKey]bool{}
	add := func(obj runtime.Object, kind, ns, name string, ready int32) {
		k := objKey{"apps", kind, ns, name}
		w, ok := want[k]
		if !ok {
			return
		}
		seen[k] = true
		wh, ok := out[w]
		if !ok {
			wh = WorkloadHealth{Workload: w, Healthy: true}
		}
		wh.Ready += int64(ready)
		u, err := runtime.DefaultUnstructuredConverter.ToUnstructured(obj)
		if err != nil {
			wh.Healthy = false
		} else if res, err := status.Compute(&unstructured.Unstructured{Object: u}); err != nil || res.Status != status.CurrentStatus {
			wh.Healthy = false
		}
		out[w] = wh
	}
	sel := metav1.ListOptions{LabelSelector: render.LabelWorkload}
	for _, l := range slices.SortedFunc(maps.Keys(lists), func(a, b [2]string) int { return strings.Compare(a[0]+"/"+a[1], b[0]+"/"+b[1]) }) {
		ns, kind := l[0], l[1]
		if kind == "Deployment" {
			deps, err := cs.AppsV1().Deployments(ns).List(ctx, sel)
			if err != nil {
				continue // its workloads read as not healthy
			}
			for i := range deps.Items {
				d := &deps.Items[i]
				d.SetGroupVersionKind(appsv1.SchemeGroupVersion.WithKind("Deployment"))
				add(d, "Deployment", d.Namespace, d.Name, d.Status.ReadyReplicas)
			}
			continue
		}
		sts, err := cs.AppsV1().StatefulSets(ns).List(ctx, sel)
		if err != nil {
			continue
		}
		for i := range sts.Items {
			s := &sts.Items[i]
			s.SetGroupVersionKind(appsv1.SchemeGroupVersion.WithKind("StatefulSet"))
			add(s, "StatefulSet", s.Namespace, s.Name, s.Status.ReadyReplicas)
		}
	}
	for k, w := range want {
		if !seen[k] {
			wh := out[w]
			wh.Workload, wh.Healthy = w, false
			out[w] = wh
		}
	}
	return out
}

// publishReport publishes rep unless the board has it already.
func (r *Reconciler) publishReport(ctx context.Context, m *clusterMoves, rep *MoveReport) error {
	key := *rep
	key.Time = time.Time{}
	b, _ := json.Marshal(key)
	if string(b) == m.published {
		return nil
	}
	if err := r.opts.Moves.Board.Publish(ctx, rep); err != nil {
		return err
	}
	m.published = string(b)
	return nil
}

// summarize says what the cluster holds and waits for.
func (r *Reconciler) summarize(g moveGate, held []heldGroup, m *clusterMoves, minTTL time.Duration) moveSummary {
	if len(held) == 0 {
		return moveSummary{}
	}
	s := moveSummary{since: m.since}
	for _, h := range held {
		s.held = append(s.held, h.Group)
	}
	s.waiting, s.waitFor = g.Waiting, g.WaitingFor
	if at := g.releaseAt(m.seen, minTTL, r.opts.Moves.Drain); !at.IsZero() {
		s.releaseAt = at
		if len(s.waiting) == 0 {
			s.waiting = []string{fmt.Sprintf("the records' TTL and the drain period, until %s", at.UTC().Format(time.RFC3339))}
		}
	}
	s.timedOut = r.opts.Now().Sub(m.since) > r.opts.Moves.Timeout
	return s
}

// moveStatus sets the status of a cluster that holds something after its
// cycle: Phase Moving, what is held and what it waits for, since when, an
// error once the wait is longer than MoveOptions.Timeout, and when to look
// again. Called with Reconciler.mu held.
func (r *Reconciler) moveStatus(c *clusterState, st *ClusterStatus) {
	if c.moves == nil {
		return
	}
	s := c.moves.summary
	r.opts.Metrics.moveHeld(st.Cluster, s)
	if len(s.held) == 0 || st.Phase != PhaseReady {
		return // nothing held, or a failure that says more
	}
	var what []string
	for _, h := range s.held {
		if h == trafficGroup {
			what = append(what, "the previous DNS records")
		} else {
			what = append(what, h)
		}
	}
	st.Phase = PhaseMoving
	st.Message = fmt.Sprintf("revision %s applied but for %s, kept as before since %s (make before break); waiting for %s",
		short(st.DesiredRevision), strings.Join(what, ", "), s.since.UTC().Format(time.RFC3339), strings.Join(s.waiting, "; "))
	if s.timedOut {
		st.Error = fmt.Sprintf("move not done within %s: %s kept in this cluster, which keeps serving; waiting for cluster(s) %s since %s",
			r.opts.Moves.Timeout, strings.Join(what, ", "), strings.Join(s.waitFor, ", "), s.since.UTC().Format(time.RFC3339))
	}
	now := r.opts.Now()
	next := now.Add(r.opts.Moves.Poll)
	if s.releaseAt.After(now) && s.releaseAt.Before(next) {
		next = s.releaseAt
	}
	st.NextAttempt = next
}

// loadApplied finds what the cluster runs when the process starts: from
// the move record when a move was under way, else the bundle the
// inventory names. It returns the record, if any.
func (r *Reconciler) loadApplied(ctx context.Context, c *clusterState, pulled *bundle.Pulled) (*moveRecord, error) {
	m := c.moves
	log := r.opts.Logger.With("cluster", c.target.Cluster)
	rec, err := readRecord(ctx, m.cs)
	if err != nil {
		return nil, fmt.Errorf("cluster %s: reading the move record: %w", c.target.Cluster, err)
	}
	if rec != nil {
		main, err := r.pullDigest(ctx, c, rec.Digest, pulled)
		if err != nil {
			return nil, fmt.Errorf("cluster %s: the bundle a move holds objects of: %w", c.target.Cluster, err)
		}
		var held []heldGroup
		set := &appliedSet{digest: rec.Digest, held: map[string]string{}}
		for _, h := range rec.Held {
			b, err := r.pullDigest(ctx, c, h.Digest, pulled)
			if err != nil {
				return nil, fmt.Errorf("cluster %s: the bundle a move holds %s of: %w", c.target.Cluster, h.Group, err)
			}
			held = append(held, heldGroup{Group: h.Group, Objects: groupObjects(h.Group, b.Objects, main.Objects)})
			set.held[h.Group] = h.Digest
		}
		set.objects = compose(main.Objects, held)
		m.applied = set
		return rec, nil
	}
	dg, err := inventoryDigest(ctx, m.cs, r.opts.Apply)
	if err != nil {
		return nil, fmt.Errorf("cluster %s: reading the inventory: %w", c.target.Cluster, err)
	}
	if dg == "" {
		return nil, nil
	}
	b, err := r.pullDigest(ctx, c, dg, pulled)
	if err != nil {
		// Without the previous bundle nothing can be held: say so.
		log.Warn("the bundle the cluster runs cannot be read; replicas leaving with this revision are not held", "digest", dg, "error", err)
		return nil, nil
	}
	m.applied = &appliedSet{digest: dg, objects: b.Objects}
	return nil, nil
}

// pullDigest returns the cluster's verified bundle of a digest.
func (r *Reconciler) pullDigest(ctx context.Context, c *clusterState, digest string, cur *bundle.Pulled) (*bundle.Pulled, error) {
	if cur != nil && cur.Ref.DigestStr() == digest {
		return cur, nil
	}
	if p, ok := c.moves.bundles[digest]; ok {
		return p, nil
	}
	ref := r.opts.Registry + "@" + digest
	opts := append(r.opts.BundleOptions[:len(r.opts.BundleOptions):len(r.opts.BundleOptions)], bundle.WithCluster(c.target.Cluster))
	var p *bundle.Pulled
	var err error
	if r.opts.InsecureSkipVerify {
		p, err = bundle.PullUnverified(ctx, ref, opts...)
	} else {
		p, err = bundle.Pull(ctx, ref, r.opts.Trust, opts...)
	}
	if err != nil {
		return nil, err
	}
	c.moves.bundles[digest] = p
	return p, nil
}

// inventoryDigest reads the bundle digest the cluster's inventory names.
func inventoryDigest(ctx context.Context, cs kubernetes.Interface, o apply.Options) (string, error) {
	d := apply.DefaultOptions()
	ns, name := o.InventoryNamespace, o.InventoryName
	if ns == "" {
		ns = d.InventoryNamespace
	}
	if name == "" {
		name = d.InventoryName
	}
	s, err := cs.CoreV1().Secrets(ns).Get(ctx, name, metav1.GetOptions{})
	if apierrors.IsNotFound(err) {
		return "", nil
	}
	if err != nil {
		return "", err
	}
	return string(s.Data["digest"]), nil
}

func readRecord(ctx context.Context, cs kubernetes.Interface) (*moveRecord, error) {
	cm, err := cs.CoreV1().ConfigMaps(StatusNamespace).Get(ctx, MoveRecordName, metav1.GetOptions{})
	if apierrors.IsNotFound(err) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var rec moveRecord
	if err := json.Unmarshal([]byte(cm.Data[moveRecordKey]), &rec); err != nil {
		return nil, fmt.Errorf("%s/%s: %w", StatusNamespace, MoveRecordName, err)
	}
	return &rec, nil
}

// writeRecord records what is held before it is applied so.
func (r *Reconciler) writeRecord(ctx context.Context, m *clusterMoves, rev, digest string, held []heldGroup, base map[string]string) error {
	rec := moveRecord{Revision: rev, Digest: digest, Since: m.since.UTC()}
	for _, h := range held {
		rec.Held = append(rec.Held, recordHold{Group: h.Group, Digest: base[h.Group]})
	}
	b, err := json.Marshal(rec)
	if err != nil {
		return err
	}
	if cur, err := readRecord(ctx, m.cs); err == nil && cur != nil {
		if cb, _ := json.Marshal(cur); string(cb) == string(b) {
			m.recorded = true
			return nil
		}
	}
	cm := map[string]any{
		"apiVersion": "v1", "kind": "ConfigMap",
		"metadata": map[string]any{
			"name": MoveRecordName, "namespace": StatusNamespace,
			"labels": map[string]any{"app.kubernetes.io/managed-by": "isobar", "app.kubernetes.io/component": "reconciler"},
		},
		"data": map[string]any{moveRecordKey: string(b)},
	}
	data, err := json.Marshal(cm)
	if err != nil {
		return err
	}
	force := true
	_, err = m.cs.CoreV1().ConfigMaps(StatusNamespace).Patch(ctx, MoveRecordName, "application/apply-patch+yaml", data,
		metav1.PatchOptions{FieldManager: "isobar-move", Force: &force})
	if err == nil {
		m.recorded = true
	}
	return err
}

func (r *Reconciler) deleteRecord(ctx context.Context, m *clusterMoves) error {
	err := m.cs.CoreV1().ConfigMaps(StatusNamespace).Delete(ctx, MoveRecordName, metav1.DeleteOptions{})
	if apierrors.IsNotFound(err) {
		return nil
	}
	return err
}

// moveFollowUp runs again, in the same cycle, the clusters that hold
// something when every cluster is reconciled by this process (a hub):
// the arrivals the cycle made healthy may let the DNS records switch
// now, rather than a poll later. Rounds go on while some cluster lets
// something go, at most three.
func (r *Reconciler) moveFollowUp(ctx context.Context, targets []Target, in *schema.Intent, rev source.Revision) {
	if r.opts.Moves == nil {
		return
	}
	if _, hub := r.opts.Moves.Board.(*memoryBoard); !hub {
		return
	}
	for range 3 {
		var again []*clusterState
		r.mu.Lock()
		for _, t := range targets {
			c := r.clusters[t.Cluster]
			if c != nil && c.moves != nil && len(c.moves.summary.held) > 0 && c.status.Phase == PhaseMoving {
				again = append(again, c)
			}
		}
		r.mu.Unlock()
		if len(again) == 0 || ctx.Err() != nil {
			return
		}
		progress := false
		for _, c := range again {
			before := len(c.moves.summary.held)
			r.reconcileCluster(ctx, c, in, rev)
			if c.moves != nil && len(c.moves.summary.held) < before {
				progress = true
			}
		}
		if !progress {
			return
		}
	}
}
