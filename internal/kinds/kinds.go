package kinds

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"sync"

	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/version"
)

// Kind is one kind in one version of its API group.
type Kind struct {
	Group   string
	Version string
	Kind    string
	// Resource is the kind's resource name in URLs and RBAC rules (plural,
	// lower case: "endpoints", "networkpolicies").
	Resource   string
	Namespaced bool
	// Verbs are the verbs the resource supports, sorted; empty for kinds a
	// CustomResourceDefinition declares (all of them).
	Verbs []string
}

// GroupKind is the kind's group and kind.
func (k Kind) GroupKind() schema.GroupKind { return schema.GroupKind{Group: k.Group, Kind: k.Kind} }

// Info is what a Table knows of a group and kind.
type Info struct {
	Resource   string
	Namespaced bool
	// Versions are the versions served, most preferred first.
	Versions []string
	// Verbs are the verbs the resource supports; empty when unknown (a
	// kind a CustomResourceDefinition declares supports them all).
	Verbs []string
	// Builtin reports a kind of the API server itself.
	Builtin bool
}

// Applicable reports whether objects of the kind can be applied: the
// resource can be read, created and patched.
func (i Info) Applicable() bool {
	if len(i.Verbs) == 0 {
		return true
	}
	for _, v := range []string{"get", "create", "patch"} {
		if !slices.Contains(i.Verbs, v) {
			return false
		}
	}
	return true
}

// Table answers what isobar knows about kinds. It is read-only; With and
// WithCRDs return new tables.
type Table struct {
	kinds map[schema.GroupKind]Info
	// groups are the API groups the API server itself serves: their kinds
	// are all known.
	groups map[string]bool
}

// Builtin is the table of the pinned kube-apiserver's kinds.
var Builtin = sync.OnceValue(func() *Table {
	t := &Table{kinds: map[schema.GroupKind]Info{}, groups: map[string]bool{}}
	for _, k := range builtin {
		t.groups[k.Group] = true
		t.add(k, true)
	}
	return t
})

func (t *Table) add(k Kind, isBuiltin bool) {
	gk := k.GroupKind()
	info, ok := t.kinds[gk]
	if !ok {
		info = Info{Resource: k.Resource, Namespaced: k.Namespaced, Verbs: k.Verbs, Builtin: isBuiltin}
	}
	if k.Version != "" && !slices.Contains(info.Versions, k.Version) {
		info.Versions = append(slices.Clone(info.Versions), k.Version)
		slices.SortFunc(info.Versions, func(a, b string) int { return -version.CompareKubeAwareVersionStrings(a, b) })
	}
	t.kinds[gk] = info
}

func (t *Table) clone() *Table {
	return &Table{kinds: maps.Clone(t.kinds), groups: t.groups}
}

// With returns a table that also knows the given kinds, which must not be
// of a built-in group (those are ignored: the API server defines them).
func (t *Table) With(kinds ...Kind) *Table {
	out := t.clone()
	for _, k := range kinds {
		if t.groups[k.Group] || k.Kind == "" {
			continue
		}
		out.add(k, false)
	}
	return out
}

// WithCRDs returns a table that also knows the kinds the
// CustomResourceDefinitions among objs declare. Malformed definitions add
// nothing; CheckIdentity says what is wrong with them.
func (t *Table) WithCRDs(objs []map[string]any) *Table {
	var declared []Kind
	for _, o := range objs {
		declared = append(declared, crdKinds(o)...)
	}
	if len(declared) == 0 {
		return t
	}
	return t.With(declared...)
}

// Lookup returns what the table knows of a group and kind.
func (t *Table) Lookup(gk schema.GroupKind) (Info, bool) {
	info, ok := t.kinds[gk]
	return info, ok
}

// Namespaced reports whether the kind is namespaced, and whether the table
// knows it at all.
func (t *Table) Namespaced(gk schema.GroupKind) (namespaced, known bool) {
	info, ok := t.kinds[gk]
	return info.Namespaced, ok
}

// Resource is the kind's resource name, when the table knows the kind.
func (t *Table) Resource(gk schema.GroupKind) (string, bool) {
	info, ok := t.kinds[gk]
	return info.Resource, ok
}

// BuiltinGroup reports whether the API server itself serves the group
// ("" is the core group).
func (t *Table) BuiltinGroup(group string) bool { return t.groups[group] }

// KindsOf lists the kinds the table knows in a group, sorted.
func (t *Table) KindsOf(group string) []string {
	var out []string
	for gk := range t.kinds {
		if gk.Group == group {
			out = append(out, gk.Kind)
		}
	}
	slices.Sort(out)
	return out
}

// compareKinds orders kinds by group, kind and version (most preferred
// first).
func compareKinds(a, b Kind) int {
	return cmp.Or(strings.Compare(a.Group, b.Group), strings.Compare(a.Kind, b.Kind),
		-version.CompareKubeAwareVersionStrings(a.Version, b.Version))
}

// crdKinds are the kinds a CustomResourceDefinition declares, one per
// served version; none when it is malformed.
func crdKinds(o map[string]any) []Kind {
	if !isCRD(o) {
		return nil
	}
	spec, _ := o["spec"].(map[string]any)
	names, _ := spec["names"].(map[string]any)
	group, _ := spec["group"].(string)
	kind, _ := names["kind"].(string)
	plural, _ := names["plural"].(string)
	scope, _ := spec["scope"].(string)
	if group == "" || kind == "" || plural == "" || (scope != "Namespaced" && scope != "Cluster") {
		return nil
	}
	var out []Kind
	versions, _ := spec["versions"].([]any)
	for _, v := range versions {
		vm, _ := v.(map[string]any)
		name, _ := vm["name"].(string)
		if served, ok := vm["served"].(bool); name == "" || (ok && !served) {
			continue
		}
		out = append(out, Kind{Group: group, Version: name, Kind: kind, Resource: plural, Namespaced: scope == "Namespaced"})
	}
	if len(out) == 0 {
		out = append(out, Kind{Group: group, Kind: kind, Resource: plural, Namespaced: scope == "Namespaced"})
	}
	return out
}

// isCRD reports whether o is a CustomResourceDefinition.
func isCRD(o map[string]any) bool {
	kind, _ := o["kind"].(string)
	av, _ := o["apiVersion"].(string)
	return kind == "CustomResourceDefinition" && strings.HasPrefix(av, GroupAPIExtensions+"/")
}

// API groups the rules of this package and the policy name.
const (
	GroupAPIExtensions   = "apiextensions.k8s.io"
	GroupRBAC            = "rbac.authorization.k8s.io"
	GroupAdmission       = "admissionregistration.k8s.io"
	GroupAPIRegistration = "apiregistration.k8s.io"
)
