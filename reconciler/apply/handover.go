package apply

import (
	"context"
	"encoding/json"
	"fmt"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"sigs.k8s.io/controller-runtime/pkg/client"
)

// Handing replicas over to an autoscaler.
//
// A workload whose replicas an autoscaler sets (a KEDA ScaledObject or an
// HPA scaling it per window) is rendered without spec.replicas. Applied as
// is over an object whose replicas the engine's field manager set, server-
// side apply would remove the field the manager no longer names, and the
// API server would default it to 1 until the autoscaler's next decision:
// a Deployment at 12 replicas would drop to 1 for up to a minute. The
// engine first hands the field to a manager of its own for the purpose
// (FieldManager + "-replicas"), at the live value: the field then has an
// owner when the main apply lets it go, keeps its value, and passes to the
// autoscaler on its first scale.

// handoverSuffix names the field manager replicas are handed over to.
const handoverSuffix = "-replicas"

// handOverReplicas hands spec.replicas of the live object over to the
// handover manager when o leaves the field out and the engine's manager
// owns it. It is a no-op for objects without replicas, new objects and
// objects whose replicas were handed over already.
func (e *Engine) handOverReplicas(ctx context.Context, o *object) error {
	if !scalable(o) {
		return nil
	}
	if _, set, _ := unstructured.NestedFieldNoCopy(o.obj.Object, "spec", "replicas"); set {
		return nil
	}
	live := &unstructured.Unstructured{}
	live.SetGroupVersionKind(o.obj.GroupVersionKind())
	err := e.client.Get(ctx, client.ObjectKeyFromObject(o.obj), live)
	if apierrors.IsNotFound(err) {
		return nil
	}
	if err != nil {
		return fmt.Errorf("reading its replicas before handing them to the autoscaler: %w", err)
	}
	n, set, err := unstructured.NestedInt64(live.Object, "spec", "replicas")
	if err != nil || !set || !e.ownsReplicas(live) {
		return nil
	}
	u := &unstructured.Unstructured{}
	u.SetGroupVersionKind(o.obj.GroupVersionKind())
	u.SetNamespace(o.obj.GetNamespace())
	u.SetName(o.obj.GetName())
	if err := unstructured.SetNestedField(u.Object, n, "spec", "replicas"); err != nil {
		return err
	}
	if err := e.client.Apply(ctx, client.ApplyConfigurationFromUnstructured(u),
		client.FieldOwner(e.opts.FieldManager+handoverSuffix), client.ForceOwnership); err != nil {
		return fmt.Errorf("handing its replicas to the autoscaler: %w", err)
	}
	e.log.Debug("replicas handed over", "object", o.ref.String(), "replicas", n)
	return nil
}

// scalable reports whether o is a kind whose replicas an autoscaler sets.
func scalable(o *object) bool {
	gvk := o.obj.GroupVersionKind()
	return gvk.Group == "apps" && (gvk.Kind == "Deployment" || gvk.Kind == "StatefulSet" || gvk.Kind == "ReplicaSet")
}

// ownsReplicas reports whether the engine's field manager set spec.replicas
// of live by apply.
func (e *Engine) ownsReplicas(live *unstructured.Unstructured) bool {
	for _, mf := range live.GetManagedFields() {
		if mf.Manager != e.opts.FieldManager || mf.Operation != "Apply" || mf.FieldsV1 == nil {
			continue
		}
		var fields struct {
			Spec map[string]json.RawMessage `json:"f:spec"`
		}
		if json.Unmarshal(mf.FieldsV1.Raw, &fields) == nil {
			if _, ok := fields.Spec["f:replicas"]; ok {
				return true
			}
		}
	}
	return false
}
