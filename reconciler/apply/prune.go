package apply

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"sigs.k8s.io/controller-runtime/pkg/client"
)

// ErrMassDeletion is matched (errors.Is) by every *MassDeletionError.
var ErrMassDeletion = errors.New("mass deletion refused")

// MassDeletionError reports that an Apply was refused, before anything
// was applied or deleted, because it would prune more than
// Options.MaxPruneFraction of the inventory, or all of it.
type MassDeletionError struct {
	// Inventory is "namespace/name" of the inventory Secret.
	Inventory string
	// Prune is the number of objects the cycle would prune, of Total in
	// the inventory.
	Prune, Total int
	// MaxFraction is Options.MaxPruneFraction.
	MaxFraction float64
	// Objects lists (at most 10 of) the objects that would be pruned.
	Objects []ObjectRef
}

func (e *MassDeletionError) Error() string {
	names := make([]string, len(e.Objects))
	for i, r := range e.Objects {
		names[i] = r.String()
	}
	more := ""
	if e.Prune > len(e.Objects) {
		more = fmt.Sprintf(", and %d more", e.Prune-len(e.Objects))
	}
	limit := fmt.Sprintf("more than %.0f%% of it", e.MaxFraction*100)
	if e.Prune == e.Total {
		limit = "all of it"
	}
	return fmt.Sprintf("inventory %s: refusing to prune %d of %d objects (%s); nothing was applied or deleted; "+
		"set AllowMassDeletion if this is intended. Would prune: %s%s",
		e.Inventory, e.Prune, e.Total, limit, strings.Join(names, ", "), more)
}

// Is makes errors.Is(err, ErrMassDeletion) hold.
func (e *MassDeletionError) Is(target error) bool { return target == ErrMassDeletion }

// pruneCandidates returns the inventory entries that are not desired, in
// deletion order: the reverse of apply order, so Namespaces and CRDs go
// last.
func pruneCandidates(inv *inventory, desired map[key]*object) []entry {
	var out []entry
	for k, en := range inv.entries {
		if _, ok := desired[k]; !ok {
			out = append(out, en)
		}
	}
	slices.SortFunc(out, func(a, b entry) int { return compareRefs(b.ref(), a.ref()) })
	return out
}

// guard refuses a prune of more than MaxPruneFraction of the inventory, or
// of all of a non-empty one, unless AllowMassDeletion.
func (e *Engine) guard(inv *inventory, cands []entry) error {
	total := len(inv.entries)
	if e.opts.AllowMassDeletion || total == 0 || len(cands) == 0 {
		return nil
	}
	if len(cands) < total && float64(len(cands)) <= e.opts.MaxPruneFraction*float64(total) {
		return nil
	}
	err := &MassDeletionError{
		Inventory: e.opts.InventoryNamespace + "/" + e.opts.InventoryName,
		Prune:     len(cands), Total: total, MaxFraction: e.opts.MaxPruneFraction,
	}
	for _, en := range cands[:min(len(cands), 10)] {
		err.Objects = append(err.Objects, en.ref())
	}
	return err
}

// pruneOutcome is what happened to one candidate.
type pruneOutcome struct {
	entry Entry
	// keep: the object may still exist as isobar's, so it stays in the
	// inventory (its deletion failed).
	keep bool
	err  error
}

// prune deletes the candidates that still carry the owner label with the
// inventory's name, in deletion order: one kind rank after another (webhooks
// first, Namespaces and CRDs last), concurrently within a rank.
func (e *Engine) prune(ctx context.Context, cands []entry) []pruneOutcome {
	out := make([]pruneOutcome, len(cands))
	for start := 0; start < len(cands); {
		end := start + 1
		for end < len(cands) && kindRank(cands[end].Kind) == kindRank(cands[start].Kind) {
			end++
		}
		batch := cands[start:end]
		forEach(ctx, len(batch), e.opts.Concurrency, func(ctx context.Context, i int) error {
			out[start+i] = e.pruneOne(ctx, batch[i])
			return nil
		})
		start = end
	}
	return out
}

func (e *Engine) pruneOne(ctx context.Context, en entry) pruneOutcome {
	ref := en.ref()
	skip := func(reason string) pruneOutcome {
		return pruneOutcome{entry: Entry{Object: ref, Action: ActionSkipped, Reason: reason}}
	}
	failed := func(err error) pruneOutcome {
		return pruneOutcome{entry: Entry{Object: ref, Action: ActionSkipped, Reason: "prune failed"}, keep: true,
			err: fmt.Errorf("%s prune failed: %w", ref, err)}
	}
	gvk, err := e.servedVersion(ref)
	if meta.IsNoMatchError(err) {
		return skip("already gone: its kind is no longer served")
	}
	if err != nil {
		return failed(err)
	}
	for attempt := 1; ; attempt++ {
		live := &metav1.PartialObjectMetadata{}
		live.SetGroupVersionKind(gvk)
		if err := e.client.Get(ctx, client.ObjectKey{Namespace: ref.Namespace, Name: ref.Name}, live); err != nil {
			if apierrors.IsNotFound(err) {
				return skip("already gone")
			}
			return failed(err)
		}
		owner, ok := live.Labels[OwnerLabel]
		switch {
		case !ok:
			return skip("not owned: no " + OwnerLabel + " label")
		case owner != e.opts.InventoryName:
			return skip(fmt.Sprintf("not owned: %s=%s", OwnerLabel, owner))
		case en.Adopted:
			return skip("existed before isobar applied it")
		case live.DeletionTimestamp != nil:
			return pruneOutcome{entry: Entry{Object: ref, Action: ActionDeleted, Reason: "already terminating"}}
		}
		// The preconditions make the delete fail rather than remove an
		// object that changed (lost its label, was re-created) since the
		// check; a conflict means checking again.
		uid, rv := live.UID, live.ResourceVersion
		err := e.client.Delete(ctx, live,
			client.Preconditions{UID: &uid, ResourceVersion: &rv},
			client.PropagationPolicy(metav1.DeletePropagationBackground))
		switch {
		case err == nil:
			e.log.Debug("pruned", "object", ref.String())
			return pruneOutcome{entry: Entry{Object: ref, Action: ActionDeleted}}
		case apierrors.IsNotFound(err):
			return skip("already gone")
		case apierrors.IsConflict(err) && attempt < 3:
			continue
		default:
			return failed(err)
		}
	}
}

// servedVersion returns the kind of ref at its recorded version when
// that is still served, else at the group's preferred version.
func (e *Engine) servedVersion(ref ObjectRef) (schema.GroupVersionKind, error) {
	gk := schema.GroupKind{Group: ref.Group, Kind: ref.Kind}
	if _, err := e.mapper.RESTMapping(gk, ref.Version); err == nil {
		return ref.GroupVersionKind(), nil
	}
	m, err := e.mapper.RESTMapping(gk)
	if err != nil {
		return schema.GroupVersionKind{}, err
	}
	return m.GroupVersionKind, nil
}
