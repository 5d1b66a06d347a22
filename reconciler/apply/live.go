package apply

import (
	"cmp"
	"context"
	"maps"
	"slices"
	"strings"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/types"
	"sigs.k8s.io/controller-runtime/pkg/client"
)

// liveMeta is what a metadata-only list says about a live object.
type liveMeta struct {
	rv          string
	generation  int64
	uid         types.UID
	labels      map[string]string
	annotations map[string]string
}

// listKey is one metadata list: a kind in a namespace, or in all
// namespaces (allNamespaces), or cluster-scoped (namespace "").
type listKey struct {
	gvk           schema.GroupVersionKind
	namespace     string
	allNamespaces bool
}

// spreadNamespaces is the number of namespaces of one kind above which the
// kind is listed in all namespaces at once (falling back to one list per
// namespace when that is forbidden).
const spreadNamespaces = 8

// listPageSize bounds each page of a metadata list.
const listPageSize = 500

// listLive lists, metadata only and filtered by the owner label, the live
// objects of every kind and namespace of objs: one request per kind and
// namespace (or per kind), whatever the number of objects. Objects absent
// from the result are missing, or carry no owner label, or their kind
// could not be listed (not served yet: its CRD is in objs); all of them
// need applying. List errors are logged, not returned: the objects
// concerned are then applied, which is always safe.
func (e *Engine) listLive(ctx context.Context, objs []*object) map[key]liveMeta {
	byGK := map[schema.GroupKind]map[string]bool{}
	version := map[schema.GroupKind]string{}
	for _, o := range objs {
		gk := schema.GroupKind{Group: o.ref.Group, Kind: o.ref.Kind}
		if byGK[gk] == nil {
			byGK[gk] = map[string]bool{}
			version[gk] = o.ref.Version
		}
		byGK[gk][o.ref.Namespace] = true
	}
	var lists []listKey
	for _, gk := range slices.SortedFunc(maps.Keys(byGK), func(a, b schema.GroupKind) int {
		return cmp.Or(strings.Compare(a.Group, b.Group), strings.Compare(a.Kind, b.Kind))
	}) {
		gvk := gk.WithVersion(version[gk])
		nss := byGK[gk]
		if len(nss) > spreadNamespaces {
			lists = append(lists, listKey{gvk: gvk, allNamespaces: true})
			continue
		}
		for _, ns := range slices.Sorted(maps.Keys(nss)) {
			lists = append(lists, listKey{gvk: gvk, namespace: ns})
		}
	}

	results := make([]map[key]liveMeta, len(lists))
	errs := forEach(ctx, len(lists), e.opts.Concurrency, func(ctx context.Context, i int) error {
		lk := lists[i]
		got, err := e.listMeta(ctx, lk)
		if err != nil && lk.allNamespaces && apierrors.IsForbidden(err) {
			// No cluster-wide list permission: one list per namespace.
			got = map[key]liveMeta{}
			err = nil
			for ns := range byGK[lk.gvk.GroupKind()] {
				part, perr := e.listMeta(ctx, listKey{gvk: lk.gvk, namespace: ns})
				if perr != nil {
					err = perr
					break
				}
				maps.Copy(got, part)
			}
		}
		results[i] = got
		return err
	})
	live := make(map[key]liveMeta, len(objs))
	for i, lk := range lists {
		if err := errs[i]; err != nil {
			if !meta.IsNoMatchError(err) {
				e.log.Warn("listing live objects failed; applying them instead", "kind", lk.gvk.Kind, "namespace", lk.namespace, "error", err)
			}
			continue
		}
		maps.Copy(live, results[i])
	}
	return live
}

func (e *Engine) listMeta(ctx context.Context, lk listKey) (map[key]liveMeta, error) {
	opts := []client.ListOption{client.MatchingLabels{OwnerLabel: e.opts.InventoryName}, client.Limit(listPageSize)}
	if !lk.allNamespaces && lk.namespace != "" {
		opts = append(opts, client.InNamespace(lk.namespace))
	}
	out := map[key]liveMeta{}
	cont := ""
	for {
		list := &metav1.PartialObjectMetadataList{}
		list.SetGroupVersionKind(lk.gvk.GroupVersion().WithKind(lk.gvk.Kind + "List"))
		if err := e.client.List(ctx, list, append(opts, client.Continue(cont))...); err != nil {
			return nil, err
		}
		for i := range list.Items {
			m := &list.Items[i]
			k := key{group: lk.gvk.Group, kind: lk.gvk.Kind, namespace: m.Namespace, name: m.Name}
			out[k] = liveMeta{rv: m.ResourceVersion, generation: m.Generation, uid: m.UID, labels: m.Labels, annotations: m.Annotations}
		}
		if cont = list.Continue; cont == "" {
			return out, nil
		}
	}
}

// generationKinds are the kinds whose metadata.generation changes on every
// change but those of status and metadata. Their status changes often
// (each Pod becoming ready bumps a Deployment's resourceVersion), so for
// them the fast path accepts an unchanged generation with the owner's
// labels and annotations in place as proof of no drift.
var generationKinds = map[schema.GroupKind]bool{
	{Group: "apps", Kind: "Deployment"}:            true,
	{Group: "apps", Kind: "StatefulSet"}:           true,
	{Group: "apps", Kind: "DaemonSet"}:             true,
	{Group: "apps", Kind: "ReplicaSet"}:            true,
	{Group: "batch", Kind: "Job"}:                  true,
	{Group: "batch", Kind: "CronJob"}:              true,
	{Group: "policy", Kind: "PodDisruptionBudget"}: true,
	// Their controllers (the HPA's, the ingress controller) write status.
	{Group: "autoscaling", Kind: "HorizontalPodAutoscaler"}: true,
	{Group: "networking.k8s.io", Kind: "Ingress"}:           true,
	// Established and NamesAccepted are written right after creation.
	{Group: "apiextensions.k8s.io", Kind: "CustomResourceDefinition"}: true,
}

// unchanged reports whether o provably needs no apply: it was applied
// with the same content and the live object has not changed since.
func (o *object) unchanged(rec entry, hasRec bool, lm liveMeta, isLive bool) bool {
	if !hasRec || !isLive || rec.Hash != o.hash || rec.ResourceVersion == "" {
		return false
	}
	if lm.rv == rec.ResourceVersion {
		return true
	}
	if !generationKinds[schema.GroupKind{Group: o.ref.Group, Kind: o.ref.Kind}] ||
		rec.Generation == 0 || lm.generation != rec.Generation || !o.plainMetadata() {
		return false
	}
	return subset(o.obj.GetLabels(), lm.labels) && subset(o.obj.GetAnnotations(), lm.annotations)
}

// plainMetadata reports whether the object sets no metadata but its name,
// namespace, labels and annotations (which a metadata list shows).
func (o *object) plainMetadata() bool {
	md, _ := o.obj.Object["metadata"].(map[string]any)
	for k := range md {
		switch k {
		case "name", "namespace", "labels", "annotations":
		default:
			return false
		}
	}
	return true
}

func subset(want, have map[string]string) bool {
	for k, v := range want {
		if hv, ok := have[k]; !ok || hv != v {
			return false
		}
	}
	return true
}
