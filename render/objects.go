package render

import (
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strings"

	jsonpatch "gopkg.in/evanphx/json-patch.v4"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"

	"isobar.dev/isobar/schema"
)

// object is a rendered object on its way into a cluster set.
type object struct {
	u *unstructured.Unstructured
	// raw marks the user's own objects, which keep the namespace they name.
	raw bool
}

// toObject converts a typed object, dropping the empty fields typed
// objects always carry (creationTimestamp, status).
func toObject(typed any) (*object, error) {
	m, err := runtime.DefaultUnstructuredConverter.ToUnstructured(typed)
	if err != nil {
		return nil, fmt.Errorf("convert %T: %w", typed, err)
	}
	prune(m)
	return &object{u: &unstructured.Unstructured{Object: m}}, nil
}

// prune removes the null and empty values typed objects serialise, so that
// the output holds only what was meant.
func prune(m map[string]any) {
	for k, v := range m {
		switch t := v.(type) {
		case nil:
			delete(m, k)
		case map[string]any:
			prune(t)
			if len(t) == 0 && k != "emptyDir" {
				delete(m, k)
			}
		case []any:
			for _, e := range t {
				if em, ok := e.(map[string]any); ok {
					prune(em)
				}
			}
		}
	}
}

// clusterScoped lists the built-in kinds that live outside namespaces; a
// raw object of any other kind without a namespace goes into the
// workload's.
var clusterScoped = map[string]bool{
	"Namespace": true, "Node": true, "PersistentVolume": true, "ClusterRole": true, "ClusterRoleBinding": true,
	"CustomResourceDefinition": true, "StorageClass": true, "PriorityClass": true, "IngressClass": true,
	"RuntimeClass": true, "APIService": true, "CSIDriver": true, "VolumeAttachment": true,
	"ValidatingWebhookConfiguration": true, "MutatingWebhookConfiguration": true,
	"ValidatingAdmissionPolicy": true, "ValidatingAdmissionPolicyBinding": true,
}

// rawObjects copies the workload's raw objects, defaulting their namespace
// and, for claims that name no storage class, the cloud's class.
func (r *renderer) rawObjects(w *schema.Workload) ([]*object, error) {
	out := make([]*object, 0, len(w.Objects))
	for i, raw := range w.Objects {
		b, err := json.Marshal(raw)
		if err != nil {
			return nil, fmt.Errorf("objects[%d]: %w", i, err)
		}
		u := &unstructured.Unstructured{}
		if err := u.UnmarshalJSON(b); err != nil {
			return nil, fmt.Errorf("objects[%d]: %w", i, err)
		}
		if u.GetName() == "" {
			return nil, fmt.Errorf("objects[%d] (%s): metadata.name is missing", i, u.GetKind())
		}
		if u.GetNamespace() == "" && !clusterScoped[u.GetKind()] {
			u.SetNamespace(w.Namespace)
		}
		if r.rules.StorageClass != "" && u.GetKind() == "PersistentVolumeClaim" && u.GroupVersionKind().Group == "" {
			if _, set, _ := unstructured.NestedFieldNoCopy(u.Object, "spec", "storageClassName"); !set {
				if err := unstructured.SetNestedField(u.Object, r.rules.StorageClass, "spec", "storageClassName"); err != nil {
					return nil, fmt.Errorf("objects[%d]: %w", i, err)
				}
			}
		}
		out = append(out, &object{u: u, raw: true})
	}
	return out, nil
}

// applyPatches applies the workload's JSON merge patches to the objects of
// the target kind (and name, when given). A patch that matches nothing is
// an error: it is a typo until proven otherwise.
func applyPatches(w *schema.Workload, objs []*object) error {
	for i, p := range w.Patches {
		patch, err := json.Marshal(p.Patch)
		if err != nil {
			return fmt.Errorf("patches[%d]: %w", i, err)
		}
		matched := 0
		for _, o := range objs {
			if o.u.GetKind() != p.Target.Kind || (p.Target.Name != "" && o.u.GetName() != p.Target.Name) {
				continue
			}
			doc, err := o.u.MarshalJSON()
			if err != nil {
				return fmt.Errorf("patches[%d]: %w", i, err)
			}
			out, err := jsonpatch.MergePatch(doc, patch)
			if err != nil {
				return fmt.Errorf("patches[%d] on %s %s: %w", i, p.Target.Kind, o.u.GetName(), err)
			}
			u := &unstructured.Unstructured{}
			if err := u.UnmarshalJSON(out); err != nil {
				return fmt.Errorf("patches[%d] on %s %s: the result is not an object: %w", i, p.Target.Kind, o.u.GetName(), err)
			}
			o.u = u
			matched++
		}
		if matched == 0 {
			target := p.Target.Kind
			if p.Target.Name != "" {
				target += " " + p.Target.Name
			}
			return fmt.Errorf("patches[%d]: no rendered object is a %s (kinds rendered: %s)", i, target, kinds(objs))
		}
	}
	return nil
}

func kinds(objs []*object) string {
	set := map[string]bool{}
	for _, o := range objs {
		set[o.u.GetKind()] = true
	}
	return strings.Join(slices.Sorted(maps.Keys(set)), ", ")
}

// stamp adds the compliance metadata: who the object belongs to, which
// data classes it handles and which country it is in. Pod templates get the labels too, so that the
// pods themselves say what data they hold.
func (r *renderer) stamp(w *schema.Workload, o *object) {
	labels := r.complianceLabels(w)
	if !o.raw {
		maps.Copy(labels, w.Labels)
	}
	labels[LabelName] = w.Name
	merged := o.u.GetLabels()
	if merged == nil {
		merged = map[string]string{}
	}
	if o.raw {
		// The user's own labels win on the user's own objects, except ours.
		for k, v := range labels {
			if _, set := merged[k]; !set || strings.HasPrefix(k, "isobar.dev/") || strings.HasPrefix(k, LabelDataClassPrefix) || k == LabelManagedBy {
				merged[k] = v
			}
		}
	} else {
		maps.Copy(merged, labels)
	}
	o.u.SetLabels(merged)

	ann := o.u.GetAnnotations()
	if ann == nil {
		ann = map[string]string{}
	}
	if !o.raw {
		for k, v := range w.Annotations {
			if _, set := ann[k]; !set {
				ann[k] = v
			}
		}
	}
	maps.Copy(ann, r.complianceAnnotations(w))
	if len(ann) > 0 {
		o.u.SetAnnotations(ann)
	}

	for _, path := range podTemplatePaths[o.u.GetKind()] {
		tl, _, _ := unstructured.NestedStringMap(o.u.Object, append(path, "metadata", "labels")...)
		if tl == nil {
			continue
		}
		maps.Copy(tl, r.complianceLabels(w))
		_ = unstructured.SetNestedStringMap(o.u.Object, tl, append(path, "metadata", "labels")...)
	}
}

// podTemplatePaths are where rendered kinds keep their pod template.
var podTemplatePaths = map[string][][]string{
	"Deployment": {{"spec", "template"}},
	"Job":        {{"spec", "template"}},
	"CronJob":    {{"spec", "jobTemplate", "spec", "template"}},
}

func (r *renderer) complianceLabels(w *schema.Workload) map[string]string {
	l := map[string]string{
		LabelManagedBy: ManagedBy,
		LabelWorkload:  w.Name,
		LabelCluster:   r.cluster,
	}
	if w.Team != "" {
		l[LabelTeam] = w.Team
	}
	if r.country != "" {
		l[LabelJurisdiction] = r.country
	}
	for _, dc := range w.DataClasses {
		l[LabelDataClassPrefix+dc] = "true"
	}
	return l
}

func (r *renderer) complianceAnnotations(w *schema.Workload) map[string]string {
	a := map[string]string{}
	if len(w.DataClasses) > 0 {
		dcs := slices.Clone(w.DataClasses)
		slices.Sort(dcs)
		a[AnnotationDataClasses] = strings.Join(dcs, ",")
	}
	return a
}

// namespace renders a namespace the cluster's workloads live in, with the
// Pod Security Standards enforced at "baseline" and warned at "restricted".
func (r *renderer) namespace(name string) (*unstructured.Unstructured, error) {
	labels := map[string]string{
		LabelManagedBy:                       ManagedBy,
		LabelCluster:                         r.cluster,
		"pod-security.kubernetes.io/enforce": "baseline",
		"pod-security.kubernetes.io/warn":    "restricted",
	}
	if r.country != "" {
		labels[LabelJurisdiction] = r.country
	}
	ns := &corev1.Namespace{
		TypeMeta:   metav1.TypeMeta{APIVersion: "v1", Kind: "Namespace"},
		ObjectMeta: metav1.ObjectMeta{Name: name, Labels: labels},
	}
	o, err := toObject(ns)
	if err != nil {
		return nil, err
	}
	return o.u, nil
}
