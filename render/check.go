package render

import (
	"cmp"
	"fmt"
	"maps"
	"slices"
	"strings"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/internal/kinds"
	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/schema"
)

// Problem is something wrong with the objects rendered from the intent: an
// identity the API server would refuse (after the raw object was read, or
// after a patch), a patch that matches nothing, or a policy violation. It
// names the intent field at fault, so that a person can fix it there.
type Problem struct {
	// Cluster is the cluster being rendered; empty from Check.
	Cluster string
	// Workload is the workload whose objects have the problem; empty for
	// a problem of the cluster's objects as a whole.
	Workload string
	// Path is the intent field at fault, from the root, as field labels
	// (string) and list indexes (int): {"workloads", "api", "patches", 0,
	// "patch", "metadata", "name"}.
	Path []any
	// Objects are the objects concerned, as "Kind namespace/name" (before
	// the patch at fault, when a patch is).
	Objects []string
	// Rule is the policy rule broken (Rule… constants); empty for other
	// problems.
	Rule string
	// Message says what is wrong; it quotes names, never other values.
	Message string
	// Expected says what would be right.
	Expected string
}

// String is "[cluster C: ]path: objects: message (expected …)".
func (p Problem) String() string {
	var b strings.Builder
	if p.Cluster != "" {
		fmt.Fprintf(&b, "cluster %s: ", p.Cluster)
	}
	if len(p.Path) > 0 {
		b.WriteString(schema.PathString(p.Path) + ": ")
	}
	b.WriteString(p.Detail())
	if p.Expected != "" {
		b.WriteString(" (expected " + p.Expected + ")")
	}
	return b.String()
}

// Detail is the message with the objects concerned.
func (p Problem) Detail() string {
	if len(p.Objects) == 0 {
		return p.Message
	}
	return strings.Join(p.Objects, ", ") + ": " + p.Message
}

// Problems are every problem found; Render and Check return them as their
// error.
type Problems []Problem

func (ps Problems) Error() string {
	lines := make([]string, len(ps))
	for i, p := range ps {
		lines[i] = p.String()
	}
	return strings.Join(lines, "\n")
}

// problem records a problem of a workload's objects at path (relative to
// the workload). Problems at the same field with the same message are one
// problem listing every object concerned.
func (r *renderer) problem(w *schema.Workload, path []any, objects []string, rule, expected, message string) {
	full := append([]any{"workloads", w.Name}, path...)
	r.addProblem(Problem{Cluster: r.cluster, Workload: w.Name, Path: full, Objects: objects, Rule: rule, Message: message, Expected: expected})
}

func (r *renderer) addProblem(p Problem) {
	for i := range r.problems {
		q := &r.problems[i]
		if q.Message == p.Message && q.Expected == p.Expected && slices.Equal(q.Path, p.Path) {
			for _, o := range p.Objects {
				if !slices.Contains(q.Objects, o) {
					q.Objects = append(q.Objects, o)
				}
			}
			return
		}
	}
	r.problems = append(r.problems, p)
}

// sortedProblems orders problems by path, then message.
func sortedProblems(ps []Problem) Problems {
	slices.SortStableFunc(ps, func(a, b Problem) int {
		return cmp.Or(strings.Compare(a.Cluster, b.Cluster), strings.Compare(schema.PathString(a.Path), schema.PathString(b.Path)),
			strings.Compare(a.Message, b.Message))
	})
	return Problems(ps)
}

// checkIdentity checks an object's identity after a transformation (reading
// a raw object, a patch). before names the object as the patch found it;
// empty for a raw object.
func (r *renderer) checkIdentity(w *schema.Workload, o *object, before string) {
	ps := r.kinds.CheckIdentity(o.u.Object)
	if len(ps) == 0 {
		return
	}
	o.broken = true
	id := before
	if id == "" {
		id = objectID(o.u.Object)
	}
	for _, p := range ps {
		r.problem(w, o.blame(w, p.Field), []string{id}, "", p.Expected, p.Message)
	}
}

// blame is the intent field, relative to the workload, that made an
// object's field what it is: the last patch that set it; else, on an object
// a patch turned into another kind, that patch's kind; else the raw
// object's field, or the workload field render took it from.
func (o *object) blame(w *schema.Workload, field []any) []any {
	for k := len(o.patches) - 1; k >= 0; k-- {
		j := o.patches[k]
		if at, ok := touches(w.Patches[j].Patch, field); ok {
			return append([]any{"patches", j, "patch"}, at...)
		}
	}
	if o.kindPatch >= 0 {
		return []any{"patches", o.kindPatch, "patch", o.kindField}
	}
	isNamespace := len(field) == 2 && field[0] == "metadata" && field[1] == "namespace"
	switch {
	case o.raw && !(o.nsDefaulted && isNamespace):
		return append([]any{"objects", o.index}, field...)
	case isNamespace:
		return []any{"namespace"}
	}
	// A variable of a container render made came from the workload's env.
	if n := len(field); n >= 3 && field[n-3] == "env" && field[n-1] == "value" {
		if name, ok := envName(o.u.Object, field[:n-1]); ok {
			if _, set := w.Env[name]; set {
				return []any{"env", name}
			}
		}
	}
	return nil
}

// envName is the name of the environment variable at path (…, "env", k).
func envName(o map[string]any, path []any) (string, bool) {
	var node any = o
	for _, f := range path {
		switch n := node.(type) {
		case map[string]any:
			key, _ := f.(string)
			node = n[key]
		case []any:
			i, ok := f.(int)
			if !ok || i < 0 || i >= len(n) {
				return "", false
			}
			node = n[i]
		default:
			return "", false
		}
	}
	m, _ := node.(map[string]any)
	name, ok := m["name"].(string)
	return name, ok
}

// touches reports whether a merge patch sets field (or a field above or
// below it), and the path of what it sets within the patch. A list in a
// merge patch replaces the object's list whole, so a field within it is
// the patch's own.
func touches(patch map[string]any, field []any) ([]any, bool) {
	var node any = patch
	var at []any
	for _, f := range field {
		switch n := node.(type) {
		case map[string]any:
			key, ok := f.(string)
			if !ok {
				return at, len(at) > 0
			}
			v, ok := n[key]
			if !ok {
				return nil, false
			}
			at, node = append(at, key), v
		case []any:
			i, ok := f.(int)
			if !ok || i < 0 || i >= len(n) {
				return at, true
			}
			at, node = append(at, i), n[i]
		default:
			// A value or null replaces everything below it.
			return at, len(at) > 0
		}
	}
	return at, true
}

// objectID names an object "Kind namespace/name", as well as it can.
func objectID(o map[string]any) string {
	kind, _ := o["kind"].(string)
	if kind == "" {
		kind = "object"
	}
	md, _ := o["metadata"].(map[string]any)
	name, _ := md["name"].(string)
	ns, _ := md["namespace"].(string)
	switch {
	case name == "":
		name = "(no name)"
	case len(name) > 80:
		name = name[:77] + "..."
	}
	if ns != "" {
		return kind + " " + ns + "/" + name
	}
	return kind + " " + name
}

// checkPolicy applies the policy to the cluster's objects, blaming each
// violation on the intent field at fault.
func (r *renderer) checkPolicy() {
	for _, v := range CheckPolicy(r.in.Policy, r.objects) {
		u := r.objects[v.Index]
		id := objectID(u.Object)
		t, ok := r.tracked[u]
		if !ok {
			// A Namespace render made for the workloads in it.
			w := r.in.Workloads[r.nsOwner[u.GetName()]]
			w.Name = r.nsOwner[u.GetName()]
			r.problem(&w, []any{"namespace"}, []string{id}, v.Rule, v.Expected, v.Message)
			continue
		}
		r.problem(t.w, t.o.blame(t.w, v.Field), []string{id}, v.Rule, v.Expected, v.Message)
	}
}

// tracked is where a rendered object came from.
type tracked struct {
	w *schema.Workload
	o *object
}

// Check renders every workload of the intent as if placed in one cluster
// (every object it may render: on-demand and spot Deployments, disruption
// budget, autoscaler), applies the patches, and checks every object after
// every step and the policy on the result. It is what `isobar vet` and
// every command that plans run, so that a problem is reported at its
// field before anything is planned or published. It returns Problems, or
// nil.
func Check(in *schema.Intent) error {
	r := &renderer{in: in, neutral: true}
	r.init(intentKinds(in))
	for _, name := range slices.Sorted(maps.Keys(in.Workloads)) {
		w := in.Workloads[name]
		p := planner.Placement{Workload: name, Replicas: 2}
		if w.Kind == schema.KindService || w.Kind == "" {
			if w.Spot != schema.SpotNever && w.Spot != "" {
				p.SpotReplicas = 1
			}
		} else {
			p.Replicas = 1
		}
		if err := r.placement(p); err != nil {
			wl := w
			wl.Name = name
			r.problem(&wl, nil, nil, "", "", err.Error())
		}
	}
	r.checkPolicy()
	if len(r.problems) == 0 {
		return nil
	}
	return sortedProblems(r.problems)
}

// intentKinds are the built-in kinds and those the intent's
// CustomResourceDefinitions declare.
func intentKinds(in *schema.Intent) *kinds.Table {
	var crds []map[string]any
	for _, name := range slices.Sorted(maps.Keys(in.Workloads)) {
		for _, o := range in.Workloads[name].Objects {
			if k, _ := o["kind"].(string); k == "CustomResourceDefinition" {
				crds = append(crds, jsonCopy(o))
			}
		}
	}
	return kinds.Builtin().WithCRDs(crds)
}

// init prepares the renderer for a cluster.
func (r *renderer) init(tab *kinds.Table) {
	r.kinds = tab
	r.origin = map[string]string{}
	r.namespaces = map[string]bool{}
	r.tracked = map[*unstructured.Unstructured]tracked{}
	r.nsOwner = map[string]string{}
}
