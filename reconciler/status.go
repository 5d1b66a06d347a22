package reconciler

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"sync"
	"time"

	corev1 "k8s.io/api/core/v1"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/client-go/kubernetes"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/reconciler/apply"
	"isobar.dev/isobar/reconciler/source"
	"isobar.dev/isobar/schema"
)

// Phases of a cluster.
const (
	// PhasePending: not reconciled yet.
	PhasePending = "Pending"
	// PhaseReady: the desired revision is applied and healthy.
	PhaseReady = "Ready"
	// PhaseWaiting: the desired revision's bundle is not published yet; the
	// last applied state stays.
	PhaseWaiting = "Waiting"
	// PhaseRefused: the bundle failed verification or the gatekeeper;
	// nothing of it was applied.
	PhaseRefused = "Refused"
	// PhaseFailed: applying, pruning or the health check failed.
	PhaseFailed = "Failed"
	// PhaseStalled: the source or the intent at the desired revision could
	// not be read; the last applied state stays.
	PhaseStalled = "Stalled"
	// PhaseMoving: the desired revision is applied but for what a move
	// holds (leaving workloads, DNS records) until the clusters where
	// replicas arrive are healthy (Options.Moves); the message says what
	// it waits for.
	PhaseMoving = "Moving"
	// PhaseFailedOver: the cluster is lost and its failure domain failed
	// over: the survivors run its load (see ClusterStatus.Failover).
	PhaseFailedOver = "FailedOver"
)

// Where the status is kept in each cluster.
const (
	StatusNamespace = "isobar-system"
	StatusConfigMap = "isobar-status"
	// StatusKey is the ConfigMap key holding the status as JSON.
	StatusKey = "status.json"
)

// ClusterStatus is what `isobar status` shows for a cluster.
//
// The reconciler keeps it in memory (Status, /status, metrics), current
// after every cycle, and records it in the cluster (ConfigMap
// StatusNamespace/StatusConfigMap) only when what it says about the
// cluster changes: objects created, changed or deleted, or another phase,
// health, drift, message or error. A cycle that changes nothing in the
// cluster writes nothing there, not even when it applies a new revision
// whose objects for the cluster are the same (a commit that changes other
// clusters only): the recorded copy then keeps the revision, digests and
// times of the last cycle that changed something, which are also those the
// cluster's inventory names.
type ClusterStatus struct {
	Cluster string `json:"cluster"`
	Phase   string `json:"phase"`
	// DesiredRevision is the source's revision at the last cycle;
	// AppliedRevision the one the cluster runs (its bundle applied, or
	// found to change nothing).
	DesiredRevision string `json:"desiredRevision,omitempty"`
	AppliedRevision string `json:"appliedRevision,omitempty"`
	// Digest is the applied bundle's manifest digest; PlanDigest the
	// digest of the plan it was rendered from.
	Digest     string `json:"digest,omitempty"`
	PlanDigest string `json:"planDigest,omitempty"`
	// LastApply is when the applied revision was last applied (or found
	// unchanged); LastAttempt when the last cycle ran.
	LastApply   time.Time `json:"lastApply,omitzero"`
	LastAttempt time.Time `json:"lastAttempt,omitzero"`
	// Healthy reports that every applied object was Current at the end of
	// the last apply; NotReady names those that were not, and why.
	Healthy  bool     `json:"healthy"`
	NotReady []string `json:"notReady,omitempty"`
	// Drifted lists objects that differ from the desired state and were
	// left so (drift detection only).
	Drifted []string     `json:"drifted,omitempty"`
	Counts  apply.Counts `json:"counts"`
	// Message says what the reconciler is doing about the state; Error is
	// the last error.
	Message string `json:"message,omitempty"`
	Error   string `json:"error,omitempty"`
	// InsecureSkipVerify records that signatures are not being checked.
	InsecureSkipVerify  bool      `json:"insecureSkipVerify,omitempty"`
	ConsecutiveFailures int       `json:"consecutiveFailures,omitempty"`
	NextAttempt         time.Time `json:"nextAttempt,omitzero"`
	// Failover is the cluster's part in the failover of a lost failure
	// domain, when one is failed over.
	Failover *FailoverStatus `json:"failover,omitempty"`
	// Spot lists the services whose spot capacity is reclaimed and the
	// on-demand replicas standing in for it.
	Spot []SpotStatus `json:"spot,omitempty"`
	// FailoverHeld lists the failure domains lost but not failed over,
	// and why (the cooldown, another domain failed over).
	FailoverHeld []FailoverHeld `json:"failoverHeld,omitempty"`
}

// isRefusal reports whether err is a bundle that must not be applied:
// unsigned, wrongly signed, tampered, unsafe, or refused by the gatekeeper.
func isRefusal(err error) bool {
	var refused *refusedError
	if errors.As(err, &refused) {
		return true
	}
	for _, kind := range []error{
		bundle.ErrUnsigned, bundle.ErrSignature, bundle.ErrDigestMismatch, bundle.ErrMediaType,
		bundle.ErrUnsafePath, bundle.ErrInvalidContent, bundle.ErrNamespace, bundle.ErrWrongCluster, bundle.ErrTooLarge,
	} {
		if errors.Is(err, kind) {
			return true
		}
	}
	return false
}

// record keeps the status recorded in the cluster in step with st (see
// ClusterStatus): it writes only when the cycle changed objects there
// (changed) or when st says something else about the cluster than the
// copy the cluster holds (sameState; one GET tells), and records an Event
// on the inventory Secret with each write. A wait for a bundle is
// recorded only once it lasted Options.WaitingGrace: a commit published
// within it writes nothing to the clusters it does not change.
func (r *Reconciler) record(ctx context.Context, c *clusterState, st ClusterStatus, res *apply.Result, changed bool) error {
	if c.target.Config == nil {
		return nil
	}
	if st.Phase == PhaseWaiting && !c.waitingSince.IsZero() && r.opts.Now().Sub(c.waitingSince) < r.opts.WaitingGrace {
		return nil
	}
	cs, err := kubernetes.NewForConfig(c.target.Config)
	if err != nil {
		return err
	}
	ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
	defer cancel()
	if !changed {
		// What the cluster holds (written by this process or an earlier
		// one); a missing or unreadable copy is written again.
		if got, err := ReadStatus(ctx, cs); err == nil && sameState(*got, st) {
			return nil
		}
	}
	b, err := json.MarshalIndent(st, "", "  ")
	if err != nil {
		return err
	}
	cm := &corev1.ConfigMap{
		TypeMeta: metav1.TypeMeta{APIVersion: "v1", Kind: "ConfigMap"},
		ObjectMeta: metav1.ObjectMeta{
			Name: StatusConfigMap, Namespace: StatusNamespace,
			Labels: map[string]string{"app.kubernetes.io/managed-by": "isobar", "app.kubernetes.io/component": "reconciler"},
		},
		Data: map[string]string{StatusKey: string(b)},
	}
	data, err := json.Marshal(cm)
	if err != nil {
		return err
	}
	force := true
	_, err = cs.CoreV1().ConfigMaps(StatusNamespace).Patch(ctx, StatusConfigMap, "application/apply-patch+yaml", data,
		metav1.PatchOptions{FieldManager: "isobar-status", Force: &force})
	if apierrors.IsNotFound(err) {
		// The namespace is made by the first successful apply; before that
		// there is nowhere to write.
		return nil
	}
	if err != nil {
		return err
	}
	return r.event(ctx, cs, st, res)
}

// sameState reports whether two statuses say the same about the cluster:
// phase, health, drift, message and error. What changes with every cycle
// or commit without changing the cluster (the desired and applied
// revisions, digests, times, the counts of a cycle that changed nothing,
// the failure count of a failure that stays the same) is left out.
func sameState(a, b ClusterStatus) bool {
	return a.Cluster == b.Cluster && a.Phase == b.Phase && a.Healthy == b.Healthy &&
		slices.Equal(a.NotReady, b.NotReady) && slices.Equal(a.Drifted, b.Drifted) &&
		a.Message == b.Message && a.Error == b.Error && a.InsecureSkipVerify == b.InsecureSkipVerify &&
		sameFailover(a.Failover, b.Failover) && sameSpot(a.Spot, b.Spot) && slices.EqualFunc(a.FailoverHeld, b.FailoverHeld, sameHeld)
}

// Annotations of the reconciler's Events: the applied revision, bundle
// digest and plan digest.
const (
	eventAnnotationRevision   = "isobar.dev/revision"
	eventAnnotationDigest     = "isobar.dev/bundle-digest"
	eventAnnotationPlanDigest = "isobar.dev/plan-digest"
)

// event records a Kubernetes Event on the inventory Secret.
func (r *Reconciler) event(ctx context.Context, cs kubernetes.Interface, st ClusterStatus, res *apply.Result) error {
	typ, reason, msg := corev1.EventTypeNormal, "Reconciled", ""
	switch st.Phase {
	case PhaseReady:
		counts := "no object changed"
		if res != nil {
			counts = res.Counts.String()
		}
		msg = fmt.Sprintf("applied revision %s (%s, plan %s): %s", short(st.AppliedRevision), st.Digest, st.PlanDigest, counts)
	case PhaseWaiting:
		reason, msg = "Waiting", st.Message
	case PhaseMoving:
		reason, msg = "Moving", st.Message
		if st.Error != "" {
			typ, reason, msg = corev1.EventTypeWarning, "MoveTimedOut", st.Error+"; "+st.Message
		}
	default:
		typ, reason, msg = corev1.EventTypeWarning, st.Phase, st.Error
	}
	return r.emit(ctx, cs, st, typ, reason, msg)
}

// emit records an Event on the inventory Secret, annotated with what the
// cluster runs.
func (r *Reconciler) emit(ctx context.Context, cs kubernetes.Interface, st ClusterStatus, typ, reason, msg string) error {
	opts := r.opts.Apply
	defaults := apply.DefaultOptions()
	ns, name := opts.InventoryNamespace, opts.InventoryName
	if ns == "" {
		ns = defaults.InventoryNamespace
	}
	if name == "" {
		name = defaults.InventoryName
	}
	if len(msg) > 1000 {
		msg = msg[:1000] + "…"
	}
	now := metav1.NewTime(r.opts.Now())
	// The provenance of what the cluster runs, as Flux puts it on its
	// Events' metadata.
	ann := map[string]string{}
	for k, v := range map[string]string{
		eventAnnotationRevision: st.AppliedRevision, eventAnnotationDigest: st.Digest, eventAnnotationPlanDigest: st.PlanDigest,
	} {
		if v != "" {
			ann[k] = v
		}
	}
	ev := &corev1.Event{
		ObjectMeta: metav1.ObjectMeta{GenerateName: name + ".", Namespace: ns, Annotations: ann},
		InvolvedObject: corev1.ObjectReference{
			APIVersion: "v1", Kind: "Secret", Namespace: ns, Name: name,
		},
		Type: typ, Reason: reason, Message: msg,
		Source:         corev1.EventSource{Component: "isobar-reconciler"},
		FirstTimestamp: now, LastTimestamp: now, Count: 1,
		ReportingController: "isobar.dev/reconciler", ReportingInstance: "isobar",
	}
	_, err := cs.CoreV1().Events(ns).Create(ctx, ev, metav1.CreateOptions{})
	if apierrors.IsNotFound(err) {
		return nil
	}
	return err
}

// ReadStatus reads the status the reconciler recorded in a cluster.
func ReadStatus(ctx context.Context, cs kubernetes.Interface) (*ClusterStatus, error) {
	cm, err := cs.CoreV1().ConfigMaps(StatusNamespace).Get(ctx, StatusConfigMap, metav1.GetOptions{})
	if err != nil {
		return nil, err
	}
	var st ClusterStatus
	if err := json.Unmarshal([]byte(cm.Data[StatusKey]), &st); err != nil {
		return nil, fmt.Errorf("%s/%s: %w", StatusNamespace, StatusConfigMap, err)
	}
	return &st, nil
}

// intentCache keeps the intent of the last revision read.
type intentCache struct {
	mu     sync.Mutex
	commit string
	intent *schema.Intent
}

func (c *intentCache) get(ctx context.Context, src Source, rev source.Revision) (*schema.Intent, error) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.intent != nil && c.commit == rev.Commit {
		return c.intent, nil
	}
	in, err := src.Intent(ctx, rev)
	if err != nil {
		return nil, err
	}
	c.commit, c.intent = rev.Commit, in
	return in, nil
}
