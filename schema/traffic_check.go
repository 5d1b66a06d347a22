package schema

import (
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"time"
)

// maxDNSName is the longest DNS name, in characters, without the final dot.
const maxDNSName = 253

// maxTTL is the largest TTL DNS allows (RFC 2181: 2^31 - 1 seconds).
const maxTTL = math.MaxInt32 * time.Second

// trafficHost is a hostname and the public port that claims it.
type trafficHost struct {
	workload, port string
	explicit       bool
}

// traffic checks the traffic section and the hostnames of public ports:
// references to clusters and ports exist, hostnames are in the zone, no two
// workloads claim one hostname, and the names isobar derives from a
// hostname fit in DNS.
func (c *checker) traffic() {
	t := c.it.Traffic
	if t == nil {
		for _, name := range slices.Sorted(maps.Keys(c.it.Workloads)) {
			w := c.it.Workloads[name]
			for _, p := range slices.Sorted(maps.Keys(w.Ports)) {
				if w.Ports[p].Hostname != "" {
					c.report([]any{"workloads", name, "ports", p, "hostname"}, "a traffic section with the DNS zone (traffic: zone: \"example.com\")",
						"hostname is set but the intent has no traffic section")
				}
			}
		}
		return
	}
	c.trafficSettings(t)
	hosts := map[string]trafficHost{}
	for _, name := range slices.Sorted(maps.Keys(c.it.Workloads)) {
		w := c.it.Workloads[name]
		for _, p := range slices.Sorted(maps.Keys(w.Ports)) {
			port := w.Ports[p]
			path := []any{"workloads", name, "ports", p, "hostname"}
			switch {
			case port.Hostname != "" && !port.Public:
				c.report(path, "public: true on the port, or no hostname", "hostname is set on a port that is not public")
				continue
			case port.Hostname != "" && w.Kind != KindService:
				c.report(path, `kind: "service"`, "hostname is set on a workload of kind %q, which has no load balancer", w.Kind)
				continue
			case !port.Public || w.Kind != KindService:
				continue
			}
			host := t.Hostname(name, port)
			if !InZone(host, t.Zone) {
				c.report(path, fmt.Sprintf("a name in the zone %s, such as %s.%s", t.Zone, name, t.Zone), "hostname %s is not in the zone %s", host, t.Zone)
				continue
			}
			if t.Backend == BackendExternalDNS && host == t.Zone {
				c.report(path, "a name below the zone: the zone apex cannot hold the CNAME records that steer traffic",
					"hostname %s is the zone apex", host)
				continue
			}
			if other, dup := hosts[host]; dup && other.workload == name && t.Backend == BackendK8GB {
				c.report(path, fmt.Sprintf("a hostname of its own for each public port (k8gb's Ingress sends a hostname to one port; port %s has %s)", other.port, host),
					"ports %s and %s share hostname %s", other.port, p, host)
				continue
			}
			if other, dup := hosts[host]; dup && other.workload != name {
				c.report(path, "a hostname no other workload uses", "hostname %s is also the hostname of workload %s (port %s)", host, other.workload, other.port)
				continue
			}
			if _, dup := hosts[host]; !dup {
				hosts[host] = trafficHost{workload: name, port: p, explicit: port.Hostname != ""}
			}
			c.trafficHealthPort(name, w)
		}
	}
	c.trafficNames(t, hosts)
}

// trafficSettings checks the section's own fields.
func (c *checker) trafficSettings(t *Traffic) {
	path := []any{"traffic"}
	if t.TTL.Std() < time.Second || t.TTL.Std()%time.Second != 0 || t.TTL.Std() > maxTTL {
		c.report(append(path, "ttl"), "whole seconds from 1s to 2147483647s", "ttl is %s", t.TTL)
	}
	if iv := t.HealthCheck.Interval.Std(); iv < time.Second || iv%time.Second != 0 {
		c.report(append(path, "healthCheck", "interval"), "whole seconds, at least 1s", "interval is %s", t.HealthCheck.Interval)
	}
	for i, cl := range t.DNSClusters {
		c.checkCluster(append(path, "dnsClusters", i), cl)
	}
	switch t.Backend {
	case BackendExternalDNS:
		if t.K8GB != nil {
			c.report(append(path, "k8gb"), `backend: "k8gb", or no k8gb settings`, "k8gb settings are given but the backend is %s", t.Backend)
		}
	case BackendK8GB:
		if t.ExternalDNS != nil {
			c.report(append(path, "externalDNS"), `backend: "externalDNS", or no externalDNS settings`, "externalDNS settings are given but the backend is %s", t.Backend)
		}
	}
	if t.ExternalDNS != nil {
		for _, cl := range slices.Sorted(maps.Keys(t.ExternalDNS.Route53.HealthCheckIDs)) {
			c.checkCluster(append(path, "externalDNS", "route53", "healthCheckIDs", cl), cl)
		}
	}
	if t.K8GB != nil {
		byTag := map[string][]string{}
		for _, cl := range slices.Sorted(maps.Keys(c.it.Fleet)) {
			byTag[t.GeoTag(cl)] = append(byTag[t.GeoTag(cl)], cl)
		}
		for _, cl := range slices.Sorted(maps.Keys(t.K8GB.GeoTags)) {
			c.checkCluster(append(path, "k8gb", "geoTags", cl), cl)
			tag := t.K8GB.GeoTags[cl]
			if others := slices.DeleteFunc(slices.Clone(byTag[tag]), func(o string) bool { return o == cl }); len(others) > 0 {
				c.report(append(path, "k8gb", "geoTags", cl), "a geo tag no other cluster has: k8gb tells clusters apart by their tags",
					"geo tag %s is also the tag of %s", tag, strings.Join(others, ", "))
			}
		}
	}
}

// checkCluster reports a name that is not a cluster of the fleet.
func (c *checker) checkCluster(path []any, name string) {
	if _, ok := c.it.Fleet[name]; ok {
		return
	}
	msg := fmt.Sprintf("unknown cluster %q", name)
	if best := closest(name, slices.Sorted(maps.Keys(c.it.Fleet))); best != "" {
		msg += fmt.Sprintf("; did you mean %s?", best)
	}
	c.report(path, "a cluster declared under fleet", "%s", msg)
}

// trafficHealthPort reports a health check port name a public workload
// lacks.
func (c *checker) trafficHealthPort(name string, w Workload) {
	port, ok := c.it.Traffic.HealthCheck.Port.(string)
	if !ok {
		return
	}
	if _, found := w.Ports[port]; !found {
		c.report([]any{"traffic", "healthCheck", "port"}, fmt.Sprintf("a port every public workload declares (%s has %s), or a number", name, strings.Join(slices.Sorted(maps.Keys(w.Ports)), ", ")),
			"workload %s has no port named %q", name, port)
	}
}

// trafficNames checks the names isobar derives from hostnames: the
// externalDNS backend publishes each cluster's endpoint as
// "<cluster>.<hostname>" and splits a location's traffic at
// "<location>.split.<hostname>", so those must fit in DNS and no hostname
// may lie below another.
func (c *checker) trafficNames(t *Traffic, hosts map[string]trafficHost) {
	if t.Backend != BackendExternalDNS {
		return
	}
	longest := len("default.split")
	for name := range c.it.Fleet {
		longest = max(longest, len(name))
	}
	names := slices.Sorted(maps.Keys(hosts))
	for _, host := range names {
		h := hosts[host]
		path := []any{"workloads", h.workload, "ports", h.port, "hostname"}
		if n := longest + 1 + len(host); n > maxDNSName {
			c.report(path, fmt.Sprintf("a hostname of at most %d characters, leaving room for the per-cluster names below it", maxDNSName-longest-1),
				"hostname %s is %d characters; the names isobar derives from it would be %d", host, len(host), n)
		}
		for _, other := range names {
			if other != host && strings.HasSuffix(host, "."+other) {
				c.report(path, fmt.Sprintf("a name not below %s, whose subdomains hold the per-cluster records of workload %s", other, hosts[other].workload),
					"hostname %s is below hostname %s", host, other)
			}
		}
	}
}
