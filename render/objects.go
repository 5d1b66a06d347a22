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
	runtimeschema "k8s.io/apimachinery/pkg/runtime/schema"
	utiljson "k8s.io/apimachinery/pkg/util/json"

	"isobar.dev/isobar/schema"
)

// object is a rendered object on its way into a cluster set, with where it
// came from, so that a problem with it can be traced to the intent field at
// fault.
type object struct {
	u *unstructured.Unstructured
	// raw marks the user's own objects (objects[index]), which keep the
	// namespace they name.
	raw   bool
	index int
	// nsDefaulted marks a raw object that got its workload's namespace.
	nsDefaulted bool
	// patches are the indexes of the patches applied to it, in order.
	patches []int
	// kindPatch is the last patch that changed its kind (-1: none), and
	// kindField the field of that patch that did ("kind" or "apiVersion").
	kindPatch int
	kindField string
	// broken marks an object with an invalid identity: no further patch
	// applies to it and it is not added to the cluster set.
	broken bool
}

// toObject converts a typed object, dropping the empty fields typed
// objects always carry (creationTimestamp, status).
func toObject(typed any) (*object, error) {
	m, err := runtime.DefaultUnstructuredConverter.ToUnstructured(typed)
	if err != nil {
		return nil, fmt.Errorf("convert %T: %w", typed, err)
	}
	prune(m)
	return &object{u: &unstructured.Unstructured{Object: m}, kindPatch: -1}, nil
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

// rawObjects copies the workload's raw objects, defaulting the namespace
// of those not known to be cluster-scoped and, for claims that name no
// storage class, the cloud's class. Each copy is checked as it is made.
func (r *renderer) rawObjects(w *schema.Workload) []*object {
	out := make([]*object, 0, len(w.Objects))
	for i, raw := range w.Objects {
		o := &object{u: &unstructured.Unstructured{Object: jsonCopy(raw)}, raw: true, index: i, kindPatch: -1}
		m := o.u.Object
		if md, ok := m["metadata"].(map[string]any); ok {
			if ns, set := md["namespace"]; (!set || ns == nil || ns == "") && !r.clusterScoped(m) {
				md["namespace"] = w.Namespace
				o.nsDefaulted = true
			}
		}
		if g, k := groupKind(m); r.rules.StorageClass != "" && g == "" && k == "PersistentVolumeClaim" {
			if spec, ok := m["spec"].(map[string]any); ok {
				if _, set := spec["storageClassName"]; !set {
					spec["storageClassName"] = r.rules.StorageClass
				}
			}
		}
		r.checkIdentity(w, o, "")
		out = append(out, o)
	}
	return out
}

// clusterScoped reports whether an object is of a kind known to be
// cluster-scoped (built in, or declared by a CustomResourceDefinition of
// the intent).
func (r *renderer) clusterScoped(m map[string]any) bool {
	g, k := groupKind(m)
	namespaced, known := r.kinds.Namespaced(runtimeschema.GroupKind{Group: g, Kind: k})
	return known && !namespaced
}

// applyPatches applies the workload's JSON merge patches to the objects of
// the target kind (and name, when given), checking each result. A patch
// that matches nothing is a problem: it is a typo until proven otherwise.
func (r *renderer) applyPatches(w *schema.Workload, objs []*object) {
	for i, p := range w.Patches {
		patch, err := json.Marshal(p.Patch)
		if err != nil {
			r.problem(w, []any{"patches", i, "patch"}, nil, "", "a JSON object", "the patch cannot be written as JSON: "+err.Error())
			continue
		}
		matched := 0
		for _, o := range objs {
			if o.broken || o.u.GetKind() != p.Target.Kind || (p.Target.Name != "" && o.u.GetName() != p.Target.Name) {
				continue
			}
			matched++
			before := objectID(o.u.Object)
			doc, err := json.Marshal(o.u.Object)
			if err == nil {
				doc, err = jsonpatch.MergePatch(doc, patch)
			}
			var m map[string]any
			if err == nil {
				err = utiljson.Unmarshal(doc, &m)
			}
			if err != nil || m == nil {
				// The errors of these libraries never quote the document.
				r.problem(w, []any{"patches", i, "patch"}, []string{before}, "", "a JSON merge patch that leaves an object", fmt.Sprintf("cannot apply the patch: %v", err))
				o.broken = true
				continue
			}
			g0, k0 := groupKind(o.u.Object)
			o.u = &unstructured.Unstructured{Object: m}
			o.patches = append(o.patches, i)
			if g, k := groupKind(m); g != g0 || k != k0 {
				o.kindPatch, o.kindField = i, "kind"
				if k == k0 {
					o.kindField = "apiVersion"
				}
			}
			r.checkIdentity(w, o, before)
		}
		if matched == 0 {
			target := p.Target.Kind
			if p.Target.Name != "" {
				target += " " + p.Target.Name
			}
			r.problem(w, []any{"patches", i, "target"}, nil, "", "a kind (and name) the workload renders",
				fmt.Sprintf("no rendered object is a %s (kinds rendered: %s)", target, kindNames(objs)))
		}
	}
}

// jsonCopy deep-copies a decoded CUE value into the types of decoded JSON
// (int64 and float64 numbers), which unstructured objects hold.
func jsonCopy(v map[string]any) map[string]any {
	b, err := json.Marshal(v)
	if err != nil {
		return map[string]any{}
	}
	var m map[string]any
	if err := utiljson.Unmarshal(b, &m); err != nil || m == nil {
		return map[string]any{}
	}
	return m
}

func kindNames(objs []*object) string {
	set := map[string]bool{}
	for _, o := range objs {
		if k := o.u.GetKind(); k != "" {
			set[k] = true
		}
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
