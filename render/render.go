package render

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"maps"
	"slices"
	"strings"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/internal/kinds"
	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// Labels and annotations render puts on every object. They describe the
// object itself; where it comes from (plan digest, source revision) is
// recorded by the bundle and the reconciler, so that a commit changes only
// the objects whose content it changes.
const (
	LabelManagedBy    = "app.kubernetes.io/managed-by"
	LabelName         = "app.kubernetes.io/name"
	LabelWorkload     = "isobar.dev/workload"
	LabelTeam         = "isobar.dev/team"
	LabelCluster      = "isobar.dev/cluster"
	LabelJurisdiction = "isobar.dev/jurisdiction"
	// LabelCapacity is "spot" or "on-demand" on pods and their Deployments.
	LabelCapacity = "isobar.dev/capacity"
	// LabelDataClassPrefix prefixes one label per data class, value "true".
	LabelDataClassPrefix = "dataclass.isobar.dev/"

	// AnnotationDataClasses lists the workload's data classes, sorted and
	// comma-separated.
	AnnotationDataClasses = "isobar.dev/data-classes"

	// ManagedBy is LabelManagedBy's value.
	ManagedBy = "isobar"
)

// Options are the facts about where a render comes from.
type Options struct {
	// Catalog is the provider catalog the plan was made with; it gives each
	// cluster's country. Nil means the built-in catalog.
	Catalog *providers.Catalog
}

// Result is a render of a whole fleet.
type Result struct {
	// PlanDigest is "sha256:<hex>" of the plan's canonical JSON.
	PlanDigest string
	// Clusters holds one set per fleet cluster, sorted by name; a cluster
	// the plan leaves empty has an empty set, so that what ran there
	// before is pruned.
	Clusters []*ClusterSet
	// Traffic is how users reach the public services; nil when the intent
	// has no traffic section.
	Traffic *TrafficReport
}

// ClusterSet is what one cluster must run.
type ClusterSet struct {
	Cluster  string
	Provider string
	Region   string
	// Country is the ISO 3166-1 code of the cluster's region; empty when
	// the catalog does not know it.
	Country string
	// Namespaces lists the namespaces the objects live in, sorted.
	Namespaces []string
	// Objects are sorted: cluster-scoped first, then by namespace, kind
	// and name.
	Objects []*unstructured.Unstructured
}

// Cluster returns the set of the named cluster, or nil.
func (r *Result) Cluster(name string) *ClusterSet {
	i, ok := slices.BinarySearchFunc(r.Clusters, name, func(c *ClusterSet, n string) int { return strings.Compare(c.Cluster, n) })
	if !ok {
		return nil
	}
	return r.Clusters[i]
}

// Render turns a feasible plan of the intent into one object set per
// cluster. It fails when the plan does not belong to the intent (a
// placement on an unknown cluster or of an unknown workload), when a cloud
// has no node label for a GPU model the plan places there, or when objects
// collide; and with Problems when an object's identity is invalid after any
// step (raw object, patch), a patch matches nothing, or the objects of a
// cluster break the policy (CheckPolicy).
func Render(in *schema.Intent, plan *planner.Plan, opts Options) (*Result, error) {
	if plan.Status == planner.StatusInfeasible {
		return nil, fmt.Errorf("the plan is infeasible: nothing to render")
	}
	b, err := plan.JSON()
	if err != nil {
		return nil, err
	}
	sum := sha256.Sum256(b)
	res := &Result{PlanDigest: "sha256:" + hex.EncodeToString(sum[:])}
	cat := opts.Catalog
	if cat == nil {
		if cat, err = providers.Builtin(); err != nil {
			return nil, err
		}
	}

	byCluster := map[string][]planner.Placement{}
	for _, p := range plan.Placements {
		if _, ok := in.Fleet[p.Cluster]; !ok {
			return nil, fmt.Errorf("plan places %s on cluster %q, which is not in the fleet", p.Workload, p.Cluster)
		}
		if _, ok := in.Workloads[p.Workload]; !ok {
			return nil, fmt.Errorf("plan places workload %q, which the intent does not declare", p.Workload)
		}
		byCluster[p.Cluster] = append(byCluster[p.Cluster], p)
	}
	if err := validateWeek(in, plan); err != nil {
		return nil, err
	}
	tp, err := planTraffic(in, plan)
	if err != nil {
		return nil, fmt.Errorf("traffic: %w", err)
	}
	if tp != nil {
		res.Traffic = tp.report
	}
	standIns, err := planner.StandIns(in, plan, cat)
	if err != nil {
		return nil, fmt.Errorf("spot stand-ins: %w", err)
	}
	tab := intentKinds(in)
	for _, name := range slices.Sorted(maps.Keys(in.Fleet)) {
		c := in.Fleet[name]
		r := &renderer{
			in: in, cluster: name, spec: c, country: Country(in, cat, c), week: plan.Week,
			standIns: map[string]planner.StandIn{},
		}
		for _, s := range standIns {
			if s.Cluster == name {
				r.standIns[s.Workload] = s
			}
		}
		r.rules, r.hasRules = providers.RenderingRules(c.Provider)
		r.init(tab)
		for _, p := range byCluster[name] {
			if err := r.placement(p); err != nil {
				return nil, fmt.Errorf("cluster %s: workload %s: %w", name, p.Workload, err)
			}
		}
		if err := r.traffic(tp); err != nil {
			return nil, fmt.Errorf("cluster %s: traffic: %w", name, err)
		}
		set, err := r.finish()
		if err != nil {
			return nil, fmt.Errorf("cluster %s: %w", name, err)
		}
		if len(r.problems) > 0 {
			return nil, sortedProblems(r.problems)
		}
		res.Clusters = append(res.Clusters, set)
	}
	return res, nil
}

// Country is the ISO country of a cluster's region: the intent's catalog
// override first, then cat (the built-in catalog when nil). Empty when
// neither knows the region.
func Country(in *schema.Intent, cat *providers.Catalog, c schema.Cluster) string {
	if o, ok := in.Catalog.Regions[c.Provider][c.Region]; ok && o.Country != "" {
		return o.Country
	}
	if cat == nil {
		var err error
		if cat, err = providers.Builtin(); err != nil {
			return ""
		}
	}
	if r, ok := cat.Region(c.Provider, c.Region); ok {
		return r.Country
	}
	return ""
}

// renderer collects one cluster's objects.
type renderer struct {
	in       *schema.Intent
	cluster  string
	spec     schema.Cluster
	country  string
	rules    providers.Rendering
	hasRules bool
	// neutral renders for Check: no cluster, no cloud's node selection,
	// every workload in one set without collision checks.
	neutral bool
	kinds   *kinds.Table
	// standIns are the spot stand-ins the budgets pay for, by workload.
	standIns map[string]planner.StandIn
	// week is the plan per window of the week, nil without one.
	week *planner.Week

	objects    []*unstructured.Unstructured
	namespaces map[string]bool
	// origin maps an object's identity to the workload that rendered it.
	origin map[string]string
	// tracked maps each object to where it came from; nsOwner each
	// namespace to the first workload in it.
	tracked  map[*unstructured.Unstructured]tracked
	nsOwner  map[string]string
	problems []Problem
}

func (r *renderer) finish() (*ClusterSet, error) {
	set := &ClusterSet{
		Cluster: r.cluster, Provider: r.spec.Provider, Region: r.spec.Region, Country: r.country,
		Namespaces: slices.Sorted(maps.Keys(r.namespaces)),
	}
	if set.Namespaces == nil {
		set.Namespaces = []string{}
	}
	for _, ns := range set.Namespaces {
		if _, ok := r.origin[identity("", "Namespace", "", ns)]; ok {
			continue // the user declared it as a raw object
		}
		if slices.Contains(SystemNamespaces, ns) {
			continue // Kubernetes' own: it exists, and is never isobar's to label or prune
		}
		obj, err := r.namespace(ns)
		if err != nil {
			return nil, err
		}
		r.objects = append(r.objects, obj)
	}
	slices.SortFunc(r.objects, compareObjects)
	r.checkPolicy()
	set.Objects = r.objects
	if set.Objects == nil {
		set.Objects = []*unstructured.Unstructured{}
	}
	return set, nil
}

// compareObjects orders cluster-scoped objects first, then by namespace,
// kind and name.
func compareObjects(a, b *unstructured.Unstructured) int {
	an, bn := a.GetNamespace(), b.GetNamespace()
	if (an == "") != (bn == "") {
		if an == "" {
			return -1
		}
		return 1
	}
	return cmp.Or(
		strings.Compare(an, bn),
		strings.Compare(a.GetKind(), b.GetKind()),
		strings.Compare(a.GroupVersionKind().Group, b.GroupVersionKind().Group),
		strings.Compare(a.GetName(), b.GetName()),
	)
}

// identity names an object uniquely within a cluster.
func identity(group, kind, namespace, name string) string {
	return group + "/" + kind + "/" + namespace + "/" + name
}

// add records an object rendered for a workload. A second object of the
// same identity is a problem, blamed on what named it (Check, which renders
// every workload into one set, counts only collisions within a workload).
func (r *renderer) add(w *schema.Workload, o *object) {
	obj, workload := o.u, w.Name
	gvk := obj.GroupVersionKind()
	id := identity(gvk.Group, gvk.Kind, obj.GetNamespace(), obj.GetName())
	if r.neutral {
		id = workload + "\x00" + id
	}
	if other, dup := r.origin[id]; dup {
		msg := "another object of the workload has the same kind, namespace and name"
		if other != workload {
			msg = "workload " + other + " renders the same object"
		}
		r.problem(w, o.blame(w, []any{"metadata", "name"}), []string{objectID(obj.Object)}, "", "a kind, namespace and name no other object of the cluster has", msg)
		return
	}
	r.origin[id] = workload
	r.tracked[obj] = tracked{w: w, o: o}
	if ns := obj.GetNamespace(); ns != "" {
		r.namespaces[ns] = true
		if r.nsOwner[ns] == "" {
			r.nsOwner[ns] = workload
		}
	}
	if gvk.Group == "" && gvk.Kind == "Namespace" {
		// A Namespace the user declares is one the bundle may hold.
		r.namespaces[obj.GetName()] = true
	}
	r.objects = append(r.objects, obj)
}
