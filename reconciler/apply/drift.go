package apply

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"reflect"
	"slices"
	"strings"

	"github.com/fluxcd/pkg/ssa"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
)

// DriftState says how a live object compares with its desired state.
type DriftState string

const (
	// DriftMissing means the object does not exist.
	DriftMissing DriftState = "missing"
	// DriftChanged means fields the engine sets differ in the live object
	// (changed by someone else, or changed in the desired set since the
	// last apply).
	DriftChanged DriftState = "changed"
)

// ObjectDrift is one object that differs from its desired state.
type ObjectDrift struct {
	Object ObjectRef
	State  DriftState
	// Fields are the paths that differ, e.g. "spec.replicas",
	// "data.color", "metadata.labels.team" (for DriftChanged).
	Fields []string `json:",omitempty"`
}

// String returns e.g. "Deployment shop/web changed: spec.replicas".
func (d ObjectDrift) String() string {
	if len(d.Fields) == 0 {
		return fmt.Sprintf("%s %s", d.Object, d.State)
	}
	return fmt.Sprintf("%s %s: %s", d.Object, d.State, strings.Join(d.Fields, ", "))
}

// DriftReport lists the desired objects whose live state differs.
type DriftReport struct {
	// Objects are the drifted objects, in apply order.
	Objects []ObjectDrift
	// Checked is the number of desired objects compared; InSync of them
	// match.
	Checked, InSync int
	// DryRuns is the number of server-side dry-run applies the check
	// needed (objects the fast path could not prove unchanged).
	DryRuns int
}

// Drifted reports whether any object differs.
func (r *DriftReport) Drifted() bool { return r != nil && len(r.Objects) > 0 }

// String returns one line per drifted object.
func (r *DriftReport) String() string {
	var b strings.Builder
	for _, d := range r.Objects {
		b.WriteString(d.String())
		b.WriteByte('\n')
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// Drift compares the desired objects with the live ones, changing
// nothing (not even the inventory). Objects whose content and live
// resourceVersion are those of the last apply are in sync without a
// request; the others are compared by a server-side dry-run apply (ssa's
// Diff), which reports only fields the engine sets: fields owned by other
// managers are not drift.
func (e *Engine) Drift(ctx context.Context, d Desired) (*DriftReport, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	objs, _, err := e.prepare(d)
	if err != nil {
		return nil, err
	}
	inv, err := e.loadInventory(ctx)
	if err != nil {
		return nil, err
	}
	live := e.listLive(ctx, objs)
	report := &DriftReport{Checked: len(objs)}
	var check []*object
	for _, o := range objs {
		rec, hasRec := inv.entries[o.key]
		lm, isLive := live[o.key]
		if o.unchanged(rec, hasRec, lm, isLive) {
			report.InSync++
			continue
		}
		check = append(check, o)
	}
	drifts, errs := e.diff(ctx, check)
	report.DryRuns = len(check)
	for i := range check {
		if errs[i] != nil {
			continue
		}
		if drifts[i] == nil {
			report.InSync++
			continue
		}
		report.Objects = append(report.Objects, *drifts[i])
	}
	return report, joinErrs(errs)
}

// verify compares, with a server-side dry-run, the objects applied before
// with this content that the fast path could not prove unchanged (someone
// wrote them since, or, in detect mode, they are missing). Those in sync
// are left alone, their live metadata put in observed (see
// Engine.remember). Drifted ones are reported and left alone in detect
// mode, and returned to be applied again in correct mode, as are those
// whose check failed (the apply then reports its own error).
func (e *Engine) verify(ctx context.Context, objs []*object, live map[key]liveMeta, observed map[key]liveMeta, outcome map[key]Entry) (*DriftReport, []*object, []error) {
	drifts, errs := e.diff(ctx, objs)
	report := &DriftReport{Checked: len(objs), DryRuns: len(objs)}
	detect := e.opts.Mode == ModeDetect
	var again []*object
	var out []error
	for i, o := range objs {
		switch {
		case errs[i] != nil && detect:
			out = append(out, errs[i])
			outcome[o.key] = Entry{Object: o.ref, Action: ActionSkipped, Reason: "drift check failed"}
		case errs[i] != nil:
			e.log.Debug("drift check failed; applying", "object", o.ref.String(), "error", errs[i])
			again = append(again, o)
		case drifts[i] == nil:
			report.InSync++
			outcome[o.key] = Entry{Object: o.ref, Action: ActionUnchanged}
			if lm, ok := live[o.key]; ok {
				observed[o.key] = lm
			}
		case detect:
			report.Objects = append(report.Objects, *drifts[i])
			outcome[o.key] = Entry{Object: o.ref, Action: ActionSkipped, Reason: "drift not corrected (detect mode): " + drifts[i].String()}
		default:
			report.Objects = append(report.Objects, *drifts[i])
			again = append(again, o)
		}
	}
	return report, again, out
}

// diff dry-runs objs concurrently; a nil drift means in sync.
func (e *Engine) diff(ctx context.Context, objs []*object) ([]*ObjectDrift, []error) {
	drifts := make([]*ObjectDrift, len(objs))
	started := make([]bool, len(objs))
	errs := forEach(ctx, len(objs), e.opts.Concurrency, func(ctx context.Context, i int) error {
		o := objs[i]
		started[i] = true
		cse, liveObj, merged, err := e.ssa.Diff(ctx, o.obj.DeepCopy(), ssa.DiffOptions{})
		if err != nil && o.ref.Namespace != "" && apierrors.IsNotFound(err) {
			// The dry-run cannot run in a namespace that does not exist
			// (yet): the object is missing with it.
			drifts[i] = &ObjectDrift{Object: o.ref, State: DriftMissing}
			return nil
		}
		if err != nil {
			return fmt.Errorf("%s drift check failed: %w", o.ref, err)
		}
		switch cse.Action {
		case ssa.CreatedAction:
			drifts[i] = &ObjectDrift{Object: o.ref, State: DriftMissing}
		case ssa.ConfiguredAction:
			drifts[i] = &ObjectDrift{Object: o.ref, State: DriftChanged, Fields: changedFields(liveObj, merged)}
		}
		return nil
	})
	for i, err := range errs {
		if err != nil && !started[i] {
			errs[i] = fmt.Errorf("%s drift check failed: %w", objs[i].ref, err)
		}
	}
	return drifts, errs
}

// changedFields lists the paths at which the live object and the dry-run
// result differ: labels, annotations, and everything but metadata and
// status. Maps are descended into; other values compare whole.
func changedFields(live, merged *unstructured.Unstructured) []string {
	if live == nil || merged == nil {
		return nil
	}
	var out []string
	strip := func(u *unstructured.Unstructured) map[string]any {
		m := maps.Clone(u.Object)
		delete(m, "status")
		md := map[string]any{}
		if l := u.GetLabels(); len(l) > 0 {
			md["labels"] = toAny(l)
		}
		if a := u.GetAnnotations(); len(a) > 0 {
			md["annotations"] = toAny(a)
		}
		m["metadata"] = md
		return m
	}
	diffMaps("", strip(live), strip(merged), &out)
	slices.Sort(out)
	return out
}

func toAny(m map[string]string) map[string]any {
	out := make(map[string]any, len(m))
	for k, v := range m {
		out[k] = v
	}
	return out
}

func diffMaps(prefix string, a, b map[string]any, out *[]string) {
	for k := range mapsUnion(a, b) {
		path := k
		if prefix != "" {
			path = prefix + "." + k
		}
		av, aok := a[k]
		bv, bok := b[k]
		am, aIsMap := av.(map[string]any)
		bm, bIsMap := bv.(map[string]any)
		switch {
		case aok && bok && aIsMap && bIsMap:
			diffMaps(path, am, bm, out)
		case !reflect.DeepEqual(av, bv) || aok != bok:
			*out = append(*out, path)
		}
	}
}

func mapsUnion(a, b map[string]any) map[string]bool {
	u := make(map[string]bool, len(a)+len(b))
	for k := range a {
		u[k] = true
	}
	for k := range b {
		u[k] = true
	}
	return u
}

// joinErrs joins the non-nil errors, nil when there are none.
func joinErrs(errs []error) error {
	var out []error
	for _, err := range errs {
		if err != nil {
			out = append(out, err)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return errors.Join(out...)
}
