package schema

import (
	"maps"
	"slices"
	"strings"
)

// Traffic backends.
const (
	BackendExternalDNS = "externalDNS"
	BackendK8GB        = "k8gb"
)

// Routing flavours and geolocation granularities of the externalDNS backend.
const (
	RoutingRoute53       = "route53"
	GeolocationCountry   = "country"
	GeolocationContinent = "continent"
)

// k8gb strategies.
const (
	StrategyRoundRobin = "roundRobin"
	StrategyFailover   = "failover"
	StrategyGeoIP      = "geoip"
)

// Traffic steers users to the clusters the plan chose, by DNS.
type Traffic struct {
	Zone        string             `json:"zone"`
	Backend     string             `json:"backend"`
	TTL         Duration           `json:"ttl"`
	HealthCheck TrafficHealthCheck `json:"healthCheck"`
	DNSClusters []string           `json:"dnsClusters,omitempty"`
	ExternalDNS *ExternalDNS       `json:"externalDNS,omitempty"`
	K8GB        *K8GB              `json:"k8gb,omitempty"`
}

// TrafficHealthCheck says how a cluster's endpoint is checked.
type TrafficHealthCheck struct {
	Path             string   `json:"path"`
	Port             any      `json:"port,omitempty"`
	Interval         Duration `json:"interval"`
	FailureThreshold int      `json:"failureThreshold"`
}

// ExternalDNS are the settings of the externalDNS backend.
type ExternalDNS struct {
	Routing string         `json:"routing"`
	Route53 Route53Routing `json:"route53"`
}

// Route53Routing are the settings of Route 53 routing.
type Route53Routing struct {
	Geolocation    string            `json:"geolocation"`
	HealthCheckIDs map[string]string `json:"healthCheckIDs,omitempty"`
}

// K8GB are the settings of the k8gb backend.
type K8GB struct {
	Strategy         string            `json:"strategy"`
	GeoTags          map[string]string `json:"geoTags,omitempty"`
	IngressClassName string            `json:"ingressClassName,omitempty"`
}

// TTLSeconds is the records' time to live in whole seconds, at least one.
func (t *Traffic) TTLSeconds() int64 {
	return max(1, int64(t.TTL.Std().Seconds()))
}

// Hostname is the name users reach a workload's public port by: the
// port's hostname, or "<workload>.<zone>".
func (t *Traffic) Hostname(workload string, p Port) string {
	if p.Hostname != "" {
		return p.Hostname
	}
	return workload + "." + t.Zone
}

// GeoTag is a cluster's k8gb geo tag: the one declared, or its name.
func (t *Traffic) GeoTag(cluster string) string {
	if t.K8GB != nil {
		if tag, ok := t.K8GB.GeoTags[cluster]; ok {
			return tag
		}
	}
	return cluster
}

// Controllers are the clusters that receive the DNS objects of a hostname
// served by the clusters in serving: dnsClusters when declared; otherwise
// the serving clusters for k8gb, and the fleet's first cluster in name
// order for externalDNS.
func (t *Traffic) Controllers(fleet map[string]Cluster, serving []string) []string {
	switch {
	case len(t.DNSClusters) > 0:
		out := slices.Clone(t.DNSClusters)
		slices.Sort(out)
		return slices.Compact(out)
	case t.Backend == BackendK8GB:
		out := slices.Clone(serving)
		slices.Sort(out)
		return slices.Compact(out)
	case len(fleet) == 0:
		return nil
	default:
		return []string{slices.Sorted(maps.Keys(fleet))[0]}
	}
}

// PublicPorts lists a workload's public ports by name, sorted.
func PublicPorts(w Workload) []string {
	var out []string
	for _, name := range slices.Sorted(maps.Keys(w.Ports)) {
		if w.Ports[name].Public {
			out = append(out, name)
		}
	}
	return out
}

// InZone reports whether name is zone or a name below it.
func InZone(name, zone string) bool {
	return name == zone || strings.HasSuffix(name, "."+zone)
}
