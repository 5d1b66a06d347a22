package render

import (
	"maps"
	"slices"
	"strconv"
	"strings"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/schema"
)

// API versions and annotations of the DNS backends.
const (
	DNSEndpointAPIVersion = "externaldns.k8s.io/v1alpha1"
	GslbAPIVersion        = "k8gb.absa.oss/v1beta1"

	// AnnotationExternalDNSHostname asks external-dns (service source) to
	// publish a Service's load balancer address under these names.
	AnnotationExternalDNSHostname = "external-dns.alpha.kubernetes.io/hostname"
	// AnnotationExternalDNSTTL is the TTL of those records, in seconds.
	AnnotationExternalDNSTTL = "external-dns.alpha.kubernetes.io/ttl"
)

// Route 53 properties of external-dns's aws provider.
const (
	awsWeight        = "aws/weight"
	awsCountry       = "aws/geolocation-country-code"
	awsContinent     = "aws/geolocation-continent-code"
	awsSubdivision   = "aws/geolocation-subdivision-code"
	awsHealthCheckID = "aws/health-check-id"
)

// ClusterHostname is the name under which a cluster's own endpoint for a
// hostname is published (externalDNS backend): "<cluster>.<hostname>".
func ClusterHostname(cluster, hostname string) string { return cluster + "." + hostname }

// SplitHostname is the name of the weighted records that split one
// location's users over several clusters: "<location>.split.<hostname>",
// the location in lower case and "default" for Route 53's default.
func SplitHostname(location, hostname string) string {
	return locationLabel(location) + ".split." + hostname
}

func locationLabel(location string) string {
	if location == Elsewhere {
		return "default"
	}
	return strings.ToLower(location)
}

// traffic adds this cluster's part of the routing: the DNS objects of the
// hostnames it holds records for, the name of its own endpoint on the
// Services external-dns publishes, and readiness probes from the health
// check where a public workload has none.
func (r *renderer) traffic(tp *trafficPlan) error {
	if tp == nil {
		return nil
	}
	for _, rt := range tp.routes {
		if slices.Contains(rt.Serving, r.cluster) {
			if err := r.readiness(tp.t, rt); err != nil {
				return err
			}
			if tp.t.Backend == schema.BackendExternalDNS {
				r.publishEndpoint(tp.t, rt)
			}
		}
		if !slices.Contains(rt.DNSClusters, r.cluster) {
			continue
		}
		var obj *unstructured.Unstructured
		switch tp.t.Backend {
		case schema.BackendK8GB:
			if slices.Contains(rt.Reachable, r.cluster) {
				obj = r.gslb(tp.t, rt)
			}
		default:
			if len(rt.Reachable) > 0 {
				obj = r.dnsEndpoint(tp.t, rt)
			}
		}
		if obj == nil {
			continue
		}
		r.stampTraffic(rt.w, obj)
		r.add(rt.w, &object{u: obj, kindPatch: -1})
	}
	return nil
}

// find returns the rendered object of a kind, namespace and name, or nil.
func (r *renderer) find(kind, namespace, name string) *unstructured.Unstructured {
	for _, o := range r.objects {
		if o.GetKind() == kind && o.GetNamespace() == namespace && o.GetName() == name {
			return o
		}
	}
	return nil
}

// publishEndpoint names this cluster's endpoint on the workload's load
// balancer Service, for the cluster's external-dns to publish.
func (r *renderer) publishEndpoint(t *schema.Traffic, rt *route) {
	svc := r.find("Service", rt.w.Namespace, rt.w.Name)
	if svc == nil {
		return
	}
	ann := svc.GetAnnotations()
	if ann == nil {
		ann = map[string]string{}
	}
	names := strings.FieldsFunc(ann[AnnotationExternalDNSHostname], func(r rune) bool { return r == ',' })
	names = append(names, ClusterHostname(r.cluster, rt.Hostname))
	slices.Sort(names)
	ann[AnnotationExternalDNSHostname] = strings.Join(slices.Compact(names), ",")
	ann[AnnotationExternalDNSTTL] = strconv.FormatInt(t.TTLSeconds(), 10)
	svc.SetAnnotations(ann)
}

// readiness gives the workload's Deployments a readiness probe made from
// the health check when they have none, so that the load balancer and the
// DNS controller judge the cluster's endpoint as the health check says.
func (r *renderer) readiness(t *schema.Traffic, rt *route) error {
	if rt.w.Probes.Readiness != nil {
		return nil
	}
	var port any = rt.port
	if t.HealthCheck.Port != nil {
		port = t.HealthCheck.Port
	}
	p, err := portOf(port)
	if err != nil {
		return err
	}
	probe := map[string]any{
		"httpGet":          map[string]any{"path": t.HealthCheck.Path, "port": p.String()},
		"periodSeconds":    int64(max(1, t.HealthCheck.Interval.Std().Seconds())),
		"failureThreshold": int64(t.HealthCheck.FailureThreshold),
	}
	if p.IntVal != 0 {
		probe["httpGet"].(map[string]any)["port"] = int64(p.IntVal)
	}
	for _, name := range []string{rt.w.Name, rt.w.Name + SpotSuffix} {
		d := r.find("Deployment", rt.w.Namespace, name)
		if d == nil {
			continue
		}
		containers, _, _ := unstructured.NestedSlice(d.Object, "spec", "template", "spec", "containers")
		for i, c := range containers {
			cm, ok := c.(map[string]any)
			if !ok || cm["readinessProbe"] != nil {
				continue
			}
			cm["readinessProbe"] = deepCopyMap(probe)
			containers[i] = cm
		}
		if err := unstructured.SetNestedSlice(d.Object, containers, "spec", "template", "spec", "containers"); err != nil {
			return err
		}
	}
	return nil
}

// dnsEndpoint renders a hostname's steering records for external-dns with
// Route 53 routing: a geolocation record per location, pointing at the
// one cluster that serves it or at weighted records that split it.
func (r *renderer) dnsEndpoint(t *schema.Traffic, rt *route) *unstructured.Unstructured {
	ttl := t.TTLSeconds()
	var ids map[string]string
	if t.ExternalDNS != nil {
		ids = t.ExternalDNS.Route53.HealthCheckIDs
	}
	var endpoints []any
	for _, g := range rt.groups {
		if len(g.answered) == 0 {
			continue
		}
		geo := []any{property(awsCountry, g.location)}
		switch country, state, isState := strings.Cut(g.location, "-"); {
		case g.location == Elsewhere:
			geo = []any{property(awsCountry, "*")}
		case g.continent:
			geo = []any{property(awsContinent, g.location)}
		case isState:
			geo = []any{property(awsCountry, country), property(awsSubdivision, state)}
		}
		target := SplitHostname(g.location, rt.Hostname)
		if len(g.answered) == 1 {
			target = ClusterHostname(g.answered[0].Cluster, rt.Hostname)
			if id := ids[g.answered[0].Cluster]; id != "" {
				geo = append(geo, property(awsHealthCheckID, id))
			}
		}
		endpoints = append(endpoints, endpoint(rt.Hostname, target, "geo-"+locationLabel(g.location), ttl, geo))
		if len(g.answered) == 1 {
			continue
		}
		for _, s := range g.answered {
			props := []any{property(awsWeight, strconv.Itoa(s.Weight))}
			if id := ids[s.Cluster]; id != "" {
				props = append(props, property(awsHealthCheckID, id))
			}
			endpoints = append(endpoints, endpoint(target, ClusterHostname(s.Cluster, rt.Hostname), s.Cluster, ttl, props))
		}
	}
	return &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": DNSEndpointAPIVersion,
		"kind":       "DNSEndpoint",
		"metadata":   map[string]any{"name": rt.Hostname, "namespace": rt.w.Namespace},
		"spec":       map[string]any{"endpoints": endpoints},
	}}
}

func endpoint(name, target, setIdentifier string, ttl int64, props []any) map[string]any {
	return map[string]any{
		"dnsName":          name,
		"recordType":       "CNAME",
		"recordTTL":        ttl,
		"targets":          []any{target},
		"setIdentifier":    setIdentifier,
		"providerSpecific": props,
	}
}

func property(name, value string) map[string]any {
	return map[string]any{"name": name, "value": value}
}

// gslb renders a hostname's k8gb Gslb: an Ingress for the hostname to the
// workload's Service, and the strategy with the plan's weights.
func (r *renderer) gslb(t *schema.Traffic, rt *route) *unstructured.Unstructured {
	k := t.K8GB
	if k == nil {
		k = &schema.K8GB{Strategy: schema.StrategyRoundRobin}
	}
	ingress := map[string]any{
		"rules": []any{map[string]any{
			"host": rt.Hostname,
			"http": map[string]any{"paths": []any{map[string]any{
				"path":     "/",
				"pathType": "Prefix",
				"backend": map[string]any{"service": map[string]any{
					"name": rt.w.Name,
					"port": map[string]any{"name": rt.port},
				}},
			}}},
		}},
	}
	if k.IngressClassName != "" {
		ingress["ingressClassName"] = k.IngressClassName
	}
	strategy := map[string]any{"type": k.Strategy, "dnsTtlSeconds": t.TTLSeconds()}
	switch k.Strategy {
	case schema.StrategyRoundRobin:
		if len(rt.weights) > 0 {
			weights := map[string]any{}
			for _, s := range rt.weights {
				weights[t.GeoTag(s.Cluster)] = int64(s.Weight)
			}
			strategy["weight"] = weights
		}
	case schema.StrategyFailover:
		if len(rt.weights) > 0 {
			strategy["primaryGeoTag"] = t.GeoTag(rt.weights[0].Cluster)
		}
	}
	return &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": GslbAPIVersion,
		"kind":       "Gslb",
		"metadata":   map[string]any{"name": rt.Hostname, "namespace": rt.w.Namespace},
		"spec":       map[string]any{"ingress": ingress, "strategy": strategy},
	}}
}

// stampTraffic labels a DNS object like every object rendered for the
// workload, except for data classes: DNS records hold no data of the
// workload, and may live in a cluster whose jurisdiction its data classes
// exclude.
func (r *renderer) stampTraffic(w *schema.Workload, o *unstructured.Unstructured) {
	labels := r.complianceLabels(w)
	for k := range labels {
		if strings.HasPrefix(k, LabelDataClassPrefix) {
			delete(labels, k)
		}
	}
	merged := maps.Clone(w.Labels)
	if merged == nil {
		merged = map[string]string{}
	}
	maps.Copy(merged, labels)
	merged[LabelName] = w.Name
	o.SetLabels(merged)
	ann := r.complianceAnnotations(w)
	delete(ann, AnnotationDataClasses)
	if len(ann) > 0 {
		o.SetAnnotations(ann)
	}
}

func deepCopyMap(m map[string]any) map[string]any {
	return (&unstructured.Unstructured{Object: m}).DeepCopy().Object
}
