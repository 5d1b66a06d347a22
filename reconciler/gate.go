package reconciler

import (
	"fmt"
	"strings"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

// maxReasons bounds the reasons a refusal lists.
const maxReasons = 10

// gate is the residency and policy gatekeeper: it refuses a bundle, even a
// validly signed one, whose metadata or objects do not fit the cluster as
// the intent describes it, or whose objects break the intent's policy
// (render.CheckPolicy, the check vet and publish run too). It is the last line of defence against a
// mis-rendered, mis-published or mis-tagged bundle: residency is checked
// where the data would land.
func gate(in *schema.Intent, cluster string, p *bundle.Pulled) error {
	var reasons []string
	refuse := func(format string, args ...any) {
		if len(reasons) < maxReasons {
			reasons = append(reasons, fmt.Sprintf(format, args...))
		}
	}
	spec, ok := in.Fleet[cluster]
	if !ok {
		return &refusedError{reasons: []string{fmt.Sprintf("cluster %s is not in the fleet at this revision", cluster)}}
	}
	if p.Metadata.Cluster != cluster {
		refuse("the bundle is for cluster %q", p.Metadata.Cluster)
	}
	country := render.Country(in, nil, spec)
	if country == "" {
		refuse("the country of %s:%s is unknown, so residency cannot be checked", spec.Provider, spec.Region)
	} else if p.Metadata.Jurisdiction != country {
		refuse("the bundle's jurisdiction is %q, but cluster %s (%s:%s) is in %s", p.Metadata.Jurisdiction, cluster, spec.Provider, spec.Region, country)
	}
	jur := schema.NewJurisdictions(in.Jurisdictions)
	for _, o := range p.Objects {
		id := objectName(o)
		labels := o.GetLabels()
		if j, ok := labels[render.LabelJurisdiction]; ok && country != "" && j != country {
			refuse("%s is labelled for jurisdiction %s, but the cluster is in %s", id, j, country)
		}
		for k := range labels {
			dc, ok := strings.CutPrefix(k, render.LabelDataClassPrefix)
			if !ok || country == "" {
				continue
			}
			class, known := in.DataClasses[dc]
			if !known {
				refuse("%s holds data class %s, which the intent does not declare", id, dc)
				continue
			}
			if !allowedIn(jur, class.Allowed, country) {
				refuse("%s holds data class %s, which may live in %s; the cluster is in %s", id, dc, strings.Join(class.Allowed, ", "), country)
			}
		}
	}
	// The same policy check as vet, render and publish: a bundle signed by
	// an older or a foreign publisher brings in nothing the intent's policy
	// at this revision refuses.
	for _, v := range render.CheckPolicy(in.Policy, p.Objects) {
		refuse("%s: %s", objectName(p.Objects[v.Index]), v.Message)
	}
	if len(reasons) > 0 {
		return &refusedError{reasons: reasons}
	}
	return nil
}

// objectName is "Kind namespace/name".
func objectName(o *unstructured.Unstructured) string {
	if ns := o.GetNamespace(); ns != "" {
		return fmt.Sprintf("%s %s/%s", o.GetKind(), ns, o.GetName())
	}
	return fmt.Sprintf("%s %s", o.GetKind(), o.GetName())
}

func allowedIn(jur *schema.Jurisdictions, allowed []string, country string) bool {
	for _, a := range allowed {
		if jur.Contains(a, country) {
			return true
		}
	}
	return false
}
