package preview

import (
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/render"
)

// Cluster lists the objects a change creates, changes and deletes in one
// cluster.
type Cluster struct {
	Cluster string   `json:"cluster"`
	Created []Object `json:"created,omitempty"`
	Changed []Object `json:"changed,omitempty"`
	Deleted []Object `json:"deleted,omitempty"`
}

// Object names an object, with its changed fields when it changed.
type Object struct {
	APIVersion string  `json:"apiVersion"`
	Kind       string  `json:"kind"`
	Namespace  string  `json:"namespace,omitempty"`
	Name       string  `json:"name"`
	Fields     []Field `json:"fields,omitempty"`
}

// String is "Kind namespace/name".
func (o Object) String() string {
	if o.Namespace == "" {
		return o.Kind + " " + o.Name
	}
	return o.Kind + " " + o.Namespace + "/" + o.Name
}

// Field is one changed leaf, by its path ("spec.replicas",
// "spec.template.spec.containers[0].image"). Values are JSON; Secret data
// shows as Masked.
type Field struct {
	Path   string `json:"path"`
	Before string `json:"before,omitempty"`
	After  string `json:"after,omitempty"`
}

// Masked stands for a Secret value.
const Masked = "(sensitive value)"

func compareRenders(base, head *render.Result, red *redactor) []Cluster {
	sets := map[string][2]*render.ClusterSet{}
	for i, r := range [2]*render.Result{base, head} {
		if r == nil {
			continue
		}
		for _, s := range r.Clusters {
			pair := sets[s.Cluster]
			pair[i] = s
			sets[s.Cluster] = pair
		}
	}
	out := []Cluster{}
	for _, name := range slices.Sorted(maps.Keys(sets)) {
		pair := sets[name]
		c := Cluster{Cluster: name}
		before, after := index(pair[0]), index(pair[1])
		for _, id := range sortedIDs(before, after) {
			b, a := before[id], after[id]
			switch {
			case b == nil:
				c.Created = append(c.Created, named(a))
			case a == nil:
				c.Deleted = append(c.Deleted, named(b))
			default:
				if fields := diffObjects(b, a, red); len(fields) > 0 {
					o := named(a)
					o.Fields = fields
					c.Changed = append(c.Changed, o)
				}
			}
		}
		if len(c.Created)+len(c.Changed)+len(c.Deleted) > 0 {
			out = append(out, c)
		}
	}
	return out
}

func index(s *render.ClusterSet) map[string]*unstructured.Unstructured {
	m := map[string]*unstructured.Unstructured{}
	if s == nil {
		return m
	}
	for _, o := range s.Objects {
		gvk := o.GroupVersionKind()
		m[gvk.Group+"|"+gvk.Kind+"|"+o.GetNamespace()+"|"+o.GetName()] = o
	}
	return m
}

func sortedIDs(a, b map[string]*unstructured.Unstructured) []string {
	ids := slices.Collect(maps.Keys(a))
	for id := range b {
		if _, ok := a[id]; !ok {
			ids = append(ids, id)
		}
	}
	slices.SortFunc(ids, func(x, y string) int {
		// Cluster-scoped first, then namespace, kind, name, as render sorts.
		xs, ys := strings.Split(x, "|"), strings.Split(y, "|")
		return cmp.Or(cmp.Compare(len(xs[2]), 0)-cmp.Compare(len(ys[2]), 0), strings.Compare(xs[2], ys[2]),
			strings.Compare(xs[1], ys[1]), strings.Compare(xs[0], ys[0]), strings.Compare(xs[3], ys[3]))
	})
	return ids
}

func named(o *unstructured.Unstructured) Object {
	return Object{APIVersion: o.GetAPIVersion(), Kind: o.GetKind(), Namespace: o.GetNamespace(), Name: o.GetName()}
}

// diffObjects lists the leaves that differ, masking the data of Secrets
// (the objects themselves, or Secrets inside them) and every Secret value
// red knows wherever it appears.
func diffObjects(before, after *unstructured.Unstructured, red *redactor) []Field {
	b, a := map[string]string{}, map[string]string{}
	flatten("", before.Object, b)
	flatten("", after.Object, a)
	secretBefore, secretAfter := sensitivePaths(before), sensitivePaths(after)
	var fields []Field
	for _, p := range sortedKeys(b, a) {
		bv, bok := b[p]
		av, aok := a[p]
		if bok && aok && bv == av {
			continue
		}
		f := Field{Path: p, Before: red.mask(bv), After: red.mask(av)}
		if bok && secretBefore(p) {
			f.Before = Masked
		}
		if aok && secretAfter(p) {
			f.After = Masked
		}
		fields = append(fields, f)
	}
	return fields
}

// flatten writes every leaf of v under its path. Empty maps and lists are
// leaves too, so that emptying one shows.
func flatten(path string, v any, out map[string]string) {
	switch t := v.(type) {
	case map[string]any:
		if len(t) == 0 && path != "" {
			out[path] = "{}"
			return
		}
		for k, e := range t {
			flatten(join(path, k), e, out)
		}
	case []any:
		if len(t) == 0 {
			out[path] = "[]"
			return
		}
		for i, e := range t {
			flatten(path+"["+itoa(i)+"]", e, out)
		}
	default:
		b, err := json.Marshal(t)
		if err != nil {
			b = []byte(fmt.Sprint(t))
		}
		out[path] = string(b)
	}
}

func itoa(i int) string { return strconv.Itoa(i) }

func join(path, key string) string {
	if strings.ContainsAny(key, ".[]") {
		key = "[" + strconv.Quote(key) + "]"
		return path + key
	}
	if path == "" {
		return key
	}
	return path + "." + key
}

func sortedKeys(a, b map[string]string) []string {
	keys := slices.Collect(maps.Keys(a))
	for k := range b {
		if _, ok := a[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	return keys
}
