package apply

import (
	"context"
	"errors"
	"fmt"
	"time"

	ssaerrors "github.com/fluxcd/pkg/ssa/errors"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/util/wait"
	"sigs.k8s.io/controller-runtime/pkg/client"
)

// Apply makes the cluster run d: it applies what is missing or differs,
// prunes what an earlier cycle applied and d no longer holds, waits for
// the applied objects to become ready, and records the set in the
// inventory. See the package documentation for the steps and their order.
//
// The Result is nil only when d is invalid or the inventory cannot be
// read; otherwise it tells what was done, also alongside an error. The
// error joins one error per failed object, each naming the object first;
// a refused prune is a *MassDeletionError (nothing done), a health check
// that ran out a *HealthError.
func (e *Engine) Apply(ctx context.Context, d Desired) (*Result, error) {
	e.mu.Lock()
	defer e.mu.Unlock()
	start := time.Now()
	res := &Result{Revision: d.Revision, Digest: d.Digest, PlanDigest: d.PlanDigest}
	defer func() { res.Duration = time.Since(start) }()

	objs, byKey, err := e.prepare(d)
	if err != nil {
		return nil, err
	}
	inv, err := e.loadInventory(ctx)
	if err != nil {
		return nil, err
	}
	res.Phase = inv.phase
	cands := pruneCandidates(inv, byKey)
	unguarded := d.UnguardedPruneFrom != "" && inv.digest == d.UnguardedPruneFrom
	if unguarded && len(cands) > 0 {
		e.log.Info("pruning what the previous bundle added, without the mass-deletion guard", "prune", len(cands), "inventory", len(inv.entries), "from", d.UnguardedPruneFrom)
	}
	if err := e.guard(inv, cands); err != nil && !unguarded {
		e.log.Warn("mass deletion refused", "prune", len(cands), "inventory", len(inv.entries))
		return res, err
	}

	live := e.listLive(ctx, objs)
	// The working record: the previous one, plus the new desired objects.
	// Its provenance is written only with the entries: a cycle that
	// changes nothing in the cluster writes no record.
	cur := inv.clone()
	cur.revision, cur.digest, cur.planDigest = d.Revision, d.Digest, d.PlanDigest

	var toVerify []*object
	apply := make(map[key]bool, len(objs))
	outcome := make(map[key]Entry, len(objs))
	for _, o := range objs {
		rec, hasRec := inv.entries[o.key]
		lm, isLive := live[o.key]
		o.reapply = hasRec && rec.Hash == o.hash
		switch {
		case o.unchanged(rec, hasRec, lm, isLive):
			outcome[o.key] = Entry{Object: o.ref, Action: ActionUnchanged}
		case o.reapply && (isLive || e.opts.Mode == ModeDetect):
			// Applied before with this content, and written since by
			// someone else: a dry-run tells drift from a write that left
			// isobar's fields alone, which needs no apply.
			toVerify = append(toVerify, o)
		default:
			apply[o.key] = true
		}
	}
	var errs []error
	observed := map[key]liveMeta{}
	if len(toVerify) > 0 {
		drift, again, verrs := e.verify(ctx, toVerify, live, observed, outcome)
		if e.opts.Mode == ModeDetect {
			res.Drift = drift
		}
		errs = append(errs, verrs...)
		for _, o := range again {
			apply[o.key] = true
		}
	}
	var toApply []*object
	for _, o := range objs {
		if apply[o.key] {
			toApply = append(toApply, o)
		}
	}
	// Which of the objects to apply exist without the owner label (to
	// tell created from configured, and adopted Namespaces).
	existing := e.listExisting(ctx, toApply, live)

	var added int
	for _, o := range toApply {
		if _, ok := cur.entries[o.key]; !ok {
			en := entryFor(o.ref)
			en.Adopted = o.ref.Group == "" && o.ref.Kind == "Namespace" && existing[o.key]
			cur.entries[o.key] = en
			added++
		}
	}
	saved := inv
	save := func() error {
		if err := e.saveInventory(ctx, cur); err != nil {
			return err
		}
		saved = cur.clone()
		res.Phase = cur.phase
		return nil
	}
	if added > 0 {
		// Crash safety: the record names every object the cycle may
		// create before it creates any.
		cur.phase = PhasePending
		if err := save(); err != nil {
			return res, err
		}
		if h := e.hooks.afterPending; h != nil {
			if err := h(ctx); err != nil {
				return res, err
			}
		}
	}

	errs = append(errs, e.applyStaged(ctx, toApply, live, existing, cur, outcome)...)
	for _, o := range objs {
		if en, ok := outcome[o.key]; ok {
			res.add(en)
		}
	}
	if h := e.hooks.afterApply; h != nil {
		if err := h(ctx); err != nil {
			return res, err
		}
	}

	applyFailed := len(errs) > 0
	if applyFailed {
		for _, c := range cands {
			res.add(Entry{Object: c.ref(), Action: ActionSkipped, Reason: "prune postponed: apply failed"})
		}
	} else if len(cands) > 0 {
		for i, out := range e.prune(ctx, cands) {
			res.add(out.entry)
			if !out.keep {
				delete(cur.entries, cands[i].ref().key())
			}
			if out.err != nil {
				errs = append(errs, out.err)
			}
		}
	}

	if !applyFailed && !e.opts.SkipHealthCheck {
		if err := e.checkHealth(ctx, objs, cur, res); err != nil {
			errs = append(errs, err)
		}
	}

	cur.phase = PhaseApplied
	if len(cur.entries) != len(byKey) {
		cur.phase = PhasePending
	} else {
		for k := range cur.entries {
			if _, ok := byKey[k]; !ok {
				cur.phase = PhasePending
				break
			}
		}
	}
	if !cur.sameContent(saved) {
		cur.observe(observed)
		if err := save(); err != nil {
			errs = append(errs, err)
		}
	} else {
		e.remember(saved, observed)
	}
	e.log.Info("apply cycle", "revision", d.Revision, "objects", len(objs), "applied", len(toApply),
		"counts", res.Counts.String(), "phase", res.Phase, "errors", len(errs), "duration", time.Since(start))
	return res, errors.Join(errs...)
}

// checkHealth waits for the objects applied by this cycle and those not
// yet seen ready, and records who is ready.
func (e *Engine) checkHealth(ctx context.Context, objs []*object, cur *inventory, res *Result) error {
	var refs []ObjectRef
	for _, o := range objs {
		if en, ok := cur.entries[o.key]; ok && en.Hash != "" && !en.Ready {
			refs = append(refs, o.ref)
		}
	}
	notReady, err := e.waitReady(ctx, refs, e.opts.HealthTimeout)
	if err != nil && notReady == nil {
		return err // ctx ended
	}
	bad := make(map[key]bool, len(notReady))
	for _, s := range notReady {
		bad[s.Object.key()] = true
	}
	for _, r := range refs {
		en := cur.entries[r.key()]
		en.Ready = !bad[r.key()]
		cur.entries[r.key()] = en
	}
	res.NotReady = notReady
	return err
}

// applyStaged applies objs: the first stage (CRDs, Namespaces, ClusterRoles,
// classes), waiting for what changed in it to become Current, then the
// rest. Within a stage, objects of one kind rank are applied concurrently,
// ranks in ssa.ReconcileOrder. It records each outcome in outcome and cur.
func (e *Engine) applyStaged(ctx context.Context, objs []*object, live map[key]liveMeta, existing map[key]bool,
	cur *inventory, outcome map[key]Entry) []error {
	var errs []error
	for stage := range 2 {
		var batch []*object
		for _, o := range objs {
			if o.stage == stage {
				batch = append(batch, o)
			}
		}
		var changed []ObjectRef
		for start := 0; start < len(batch); {
			end := start + 1
			for end < len(batch) && batch[end].rank == batch[start].rank {
				end++
			}
			wave := batch[start:end]
			entries := make([]Entry, len(wave))
			recs := make([]entry, len(wave))
			started := make([]bool, len(wave))
			werrs := forEach(ctx, len(wave), e.opts.Concurrency, func(ctx context.Context, i int) error {
				o := wave[i]
				started[i] = true
				lm, isLive := live[o.key]
				var err error
				entries[i], recs[i], err = e.applyOne(ctx, o, lm, isLive, existing[o.key])
				return err
			})
			for i, o := range wave {
				if err := werrs[i]; err != nil {
					if !started[i] {
						err = fmt.Errorf("%s apply failed: %w", o.ref, err)
					}
					errs = append(errs, err)
					outcome[o.key] = Entry{Object: o.ref, Action: ActionSkipped, Reason: "apply failed"}
					continue
				}
				outcome[o.key] = entries[i]
				rec := recs[i]
				if old, ok := cur.entries[o.key]; ok {
					rec.Adopted = old.Adopted
					// An apply that changed nothing leaves the readiness known.
					rec.Ready = entries[i].Action == ActionUnchanged && old.Ready && old.Hash == rec.Hash
				}
				cur.entries[o.key] = rec
				if entries[i].Action != ActionUnchanged {
					changed = append(changed, o.ref)
				}
				e.log.Debug("applied", "object", o.ref.String(), "action", string(entries[i].Action))
			}
			start = end
		}
		if stage == 0 && len(changed) > 0 {
			if _, err := e.waitReady(ctx, changed, e.opts.StageTimeout); err != nil {
				errs = append(errs, fmt.Errorf("first stage (CRDs, Namespaces, ClusterRoles) not ready: %w", err))
			}
		}
	}
	return errs
}

// applyOne server-side applies o, re-creating it when an immutable field
// changed and o allows it. It returns the outcome and the inventory entry.
func (e *Engine) applyOne(ctx context.Context, o *object, lm liveMeta, isLive, exists bool) (Entry, entry, error) {
	if err := e.checkScope(o); err != nil {
		return Entry{}, entry{}, fmt.Errorf("%s apply failed: %w", o.ref, err)
	}
	if isLive || exists {
		if err := e.handOverReplicas(ctx, o); err != nil {
			return Entry{}, entry{}, fmt.Errorf("%s apply failed: %w", o.ref, err)
		}
	}
	u := o.obj.DeepCopy()
	err := e.client.Apply(ctx, client.ApplyConfigurationFromUnstructured(u),
		client.FieldOwner(e.opts.FieldManager), client.ForceOwnership)
	out := Entry{Object: o.ref}
	switch {
	case err == nil && isLive && u.GetResourceVersion() == lm.rv:
		out.Action = ActionUnchanged
	case err == nil && (isLive || exists):
		out.Action = ActionConfigured
		switch {
		case o.reapply:
			out.Reason = "drift corrected"
		case !isLive:
			out.Reason = "adopted"
		}
	case err == nil:
		out.Action = ActionCreated
		if o.reapply {
			out.Reason = "drift corrected: was missing"
		}
	case o.force && ssaerrors.IsImmutableError(err):
		if u, err = e.recreate(ctx, o, err); err != nil {
			return Entry{}, entry{}, err
		}
		out.Action, out.Reason = ActionCreated, "re-created: immutable field changed"
	case ssaerrors.IsImmutableError(err) && !apierrors.IsConflict(err):
		return Entry{}, entry{}, fmt.Errorf("%s apply failed: %w (if an immutable field changed, annotate the object %s: \"true\" to allow its re-creation)",
			o.ref, err, ForceAnnotation)
	default:
		return Entry{}, entry{}, fmt.Errorf("%s apply failed: %w", o.ref, err)
	}
	rec := entryFor(o.ref)
	rec.Hash, rec.ResourceVersion, rec.Generation = o.hash, u.GetResourceVersion(), u.GetGeneration()
	return out, rec, nil
}

// checkScope rejects a namespace on a cluster-scoped object and a missing
// one on a namespaced object (the API server would not store the object
// under the identity the inventory records).
func (e *Engine) checkScope(o *object) error {
	m, err := e.mapper.RESTMapping(schema.GroupKind{Group: o.ref.Group, Kind: o.ref.Kind}, o.ref.Version)
	if err != nil {
		return err
	}
	namespaced := m.Scope.Name() == meta.RESTScopeNameNamespace
	switch {
	case namespaced && o.ref.Namespace == "":
		return errors.New("namespaced kind without metadata.namespace")
	case !namespaced && o.ref.Namespace != "":
		return fmt.Errorf("cluster-scoped kind with metadata.namespace %q", o.ref.Namespace)
	}
	return nil
}

// recreate deletes the live object and applies o again, after the API
// server confirmed (by a dry-run create) that it would accept o as a new
// object: a rejected apply is never turned into a deletion.
func (e *Engine) recreate(ctx context.Context, o *object, applyErr error) (*unstructured.Unstructured, error) {
	probe := o.obj.DeepCopy()
	err := e.client.Create(ctx, probe, client.DryRunAll, client.FieldOwner(e.opts.FieldManager))
	if err != nil && !apierrors.IsAlreadyExists(err) {
		return nil, fmt.Errorf("%s apply failed: %w; not re-creating it, the new object would be rejected too: %w", o.ref, applyErr, err)
	}
	if err == nil {
		e.log.Info("object vanished before re-creation", "object", o.ref.String())
	} else {
		cur := &metav1.PartialObjectMetadata{}
		cur.SetGroupVersionKind(o.ref.GroupVersionKind())
		nn := client.ObjectKey{Namespace: o.ref.Namespace, Name: o.ref.Name}
		if err := e.client.Get(ctx, nn, cur); err != nil && !apierrors.IsNotFound(err) {
			return nil, fmt.Errorf("%s re-create failed: %w", o.ref, err)
		}
		if uid := cur.UID; uid != "" {
			e.log.Info("re-creating object: immutable field changed", "object", o.ref.String())
			err := e.client.Delete(ctx, cur, client.Preconditions{UID: &uid},
				client.PropagationPolicy(metav1.DeletePropagationBackground))
			if err != nil && !apierrors.IsNotFound(err) {
				return nil, fmt.Errorf("%s re-create failed: deleting it: %w", o.ref, err)
			}
			err = wait.PollUntilContextTimeout(ctx, 100*time.Millisecond, e.opts.ForceTimeout, true, func(ctx context.Context) (bool, error) {
				got := &metav1.PartialObjectMetadata{}
				got.SetGroupVersionKind(o.ref.GroupVersionKind())
				err := e.client.Get(ctx, nn, got)
				return apierrors.IsNotFound(err) || (err == nil && got.UID != uid), nil
			})
			if err != nil {
				return nil, fmt.Errorf("%s re-create failed: waiting for the deletion: %w", o.ref, err)
			}
		}
	}
	u := o.obj.DeepCopy()
	if err := e.client.Apply(ctx, client.ApplyConfigurationFromUnstructured(u),
		client.FieldOwner(e.opts.FieldManager), client.ForceOwnership); err != nil {
		return nil, fmt.Errorf("%s re-create failed: %w", o.ref, err)
	}
	return u, nil
}

// listExisting reports which of objs, absent from the owner-labelled
// lists, exist nonetheless: one unfiltered metadata list per kind and
// namespace that has such objects (none on a steady-state cycle).
func (e *Engine) listExisting(ctx context.Context, objs []*object, live map[key]liveMeta) map[key]bool {
	type group struct {
		gvk schema.GroupVersionKind
		ns  string
	}
	want := map[group][]*object{}
	var order []group
	for _, o := range objs {
		if _, ok := live[o.key]; ok {
			continue
		}
		g := group{schema.GroupVersionKind{Group: o.ref.Group, Version: o.ref.Version, Kind: o.ref.Kind}, o.ref.Namespace}
		if want[g] == nil {
			order = append(order, g)
		}
		want[g] = append(want[g], o)
	}
	found := make([]map[string]bool, len(order))
	forEach(ctx, len(order), e.opts.Concurrency, func(ctx context.Context, i int) error {
		g := order[i]
		names := map[string]bool{}
		opts := []client.ListOption{client.Limit(listPageSize)}
		if g.ns != "" {
			opts = append(opts, client.InNamespace(g.ns))
		}
		for cont := ""; ; {
			list := &metav1.PartialObjectMetadataList{}
			list.SetGroupVersionKind(g.gvk.GroupVersion().WithKind(g.gvk.Kind + "List"))
			if err := e.client.List(ctx, list, append(opts, client.Continue(cont))...); err != nil {
				return err // unknown kind (its CRD comes with the set) or no access: treat as absent
			}
			for _, m := range list.Items {
				names[m.Name] = true
			}
			if cont = list.Continue; cont == "" {
				break
			}
		}
		found[i] = names
		return nil
	})
	out := map[key]bool{}
	for i, g := range order {
		for _, o := range want[g] {
			if found[i][o.ref.Name] {
				out[o.key] = true
			}
		}
	}
	return out
}
