package main

import (
	"context"
	"fmt"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"

	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	k8sschema "k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/client-go/dynamic"
	"k8s.io/client-go/kubernetes"

	"isobar.dev/isobar/internal/testenv/dnsserve"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

// The demo has no cloud load balancers and no Route 53. It stands in for
// both: each cluster's LoadBalancer Services get an address, as a cloud's
// load balancer controller would give them, and the DNSEndpoints the
// reconciler applied in the DNS cluster are served by a real CoreDNS the
// way Route 53 answers them, one client address on loopback per user
// country (package dnsserve). Real `dig` queries then show where users go.

var dnsEndpoints = k8sschema.GroupVersionResource{Group: "externaldns.k8s.io", Version: "v1alpha1", Resource: "dnsendpoints"}

// answers are the DNS answers seen: location → hostname → the clusters
// answered and their shares, e.g. "aws-eu-central-1 100%".
type answers map[string]map[string]string

// showDNS gives the load balancers addresses, prints the records the
// clusters hold, serves them and asks for each hostname from each user
// location with a real client.
func (d *demo) showDNS(ctx context.Context, label string) (answers, error) {
	addrs := map[string]string{} // cluster → its load balancers' address
	byAddr := map[string]string{}
	for i, c := range clusters {
		addrs[c.Name] = fmt.Sprintf("10.53.0.%d", i+1)
		byAddr[addrs[c.Name]] = c.Name
	}
	published := map[string]string{}
	var eps []unstructured.Unstructured
	for _, c := range clusters {
		cfg := d.env.Clusters[c.Name].Config
		cs, err := kubernetes.NewForConfig(cfg)
		if err != nil {
			return nil, err
		}
		svcs, err := cs.CoreV1().Services("").List(ctx, metav1.ListOptions{LabelSelector: render.LabelManagedBy + "=" + render.ManagedBy})
		if err != nil {
			return nil, fmt.Errorf("%s: %w", c.Name, err)
		}
		for _, s := range svcs.Items {
			if s.Spec.Type != corev1.ServiceTypeLoadBalancer {
				continue
			}
			if len(s.Status.LoadBalancer.Ingress) == 0 {
				s.Status.LoadBalancer.Ingress = []corev1.LoadBalancerIngress{{IP: addrs[c.Name]}}
				if _, err := cs.CoreV1().Services(s.Namespace).UpdateStatus(ctx, &s, metav1.UpdateOptions{}); err != nil {
					return nil, fmt.Errorf("%s: load balancer of Service %s/%s: %w", c.Name, s.Namespace, s.Name, err)
				}
			}
			for _, name := range strings.Split(s.Annotations[render.AnnotationExternalDNSHostname], ",") {
				if name != "" {
					published[name] = s.Status.LoadBalancer.Ingress[0].IP
				}
			}
		}
		dyn, err := dynamic.NewForConfig(cfg)
		if err != nil {
			return nil, err
		}
		list, err := dyn.Resource(dnsEndpoints).List(ctx, metav1.ListOptions{})
		if err != nil {
			return nil, fmt.Errorf("%s: DNSEndpoints: %w", c.Name, err)
		}
		if len(list.Items) > 0 {
			d.note("%s holds %d DNSEndpoints (external-dns would write them to Route 53):", c.Name, len(list.Items))
			for _, r := range dnsserve.Records(list.Items) {
				route := "→ " + r.Target
				if loc := r.Location(); loc != "" {
					route = fmt.Sprintf("geolocation %-3s %s", loc, route)
				} else if w := r.Props["aws/weight"]; w != "" {
					route = fmt.Sprintf("weight %-3s %s", w, route)
				}
				d.note("  %-28s %-22s %s", r.Name, r.ID, route)
			}
		}
		eps = append(eps, list.Items...)
	}
	if len(eps) == 0 {
		return nil, fmt.Errorf("no cluster holds a DNSEndpoint")
	}
	for _, c := range clusters {
		d.note("load balancers of %-18s at %s (the stand-in for the cloud's)", c.Name, addrs[c.Name])
	}

	clients := map[string]string{}
	locations := dnsserve.Locations(eps)
	for i, loc := range locations {
		clients[loc] = fmt.Sprintf("127.0.1.%d", i+1)
	}
	dir := filepath.Join(d.env.Dir, "dns-"+label)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	inst, err := schema.Load(d.env.WorkTree)
	if err != nil {
		return nil, err
	}
	if inst.Intent.Traffic == nil {
		return nil, fmt.Errorf("%s has no traffic section", d.intent)
	}
	srv, err := dnsserve.Start(ctx, dnsserve.Options{CoreDNS: d.coredns, Zone: inst.Intent.Traffic.Zone, Endpoints: eps, Published: published, Clients: clients, Dir: dir})
	if err != nil {
		return nil, err
	}
	defer srv.Stop()
	d.note("CoreDNS answers as Route 53 would on %s; users in each country ask from their own address:", srv.Addr)

	hosts := map[string]bool{}
	for _, r := range dnsserve.Records(eps) {
		if r.Location() != "" {
			hosts[r.Name] = true
		}
	}
	host, port, _ := strings.Cut(srv.Addr, ":")
	dig, _ := exec.LookPath("dig")
	got := answers{}
	for _, loc := range locations {
		got[loc] = map[string]string{}
		for _, name := range slices.Sorted(maps.Keys(hosts)) {
			counts, err := dnsserve.Query(srv.Addr, clients[loc], name, 200)
			if err != nil {
				return nil, err
			}
			var shares []string
			for _, a := range slices.Sorted(maps.Keys(counts)) {
				shares = append(shares, fmt.Sprintf("%s %d%%", byAddr[a], counts[a]*100/200))
			}
			got[loc][name] = strings.Join(shares, ", ")
			if dig != "" {
				args := []string{"@" + host, "-p", port, "-b", clients[loc], name, "A", "+short"}
				d.note("$ dig %s", strings.Join(args, " "))
				out, err := exec.CommandContext(ctx, dig, args...).CombinedOutput()
				if err != nil {
					return nil, fmt.Errorf("dig: %w: %s", err, out)
				}
				d.note("  %s", strings.Join(strings.Fields(string(out)), " "))
			}
			d.note("  users in %-3s → %s: %s (of 200 queries)", loc, name, got[loc][name])
		}
	}
	return got, nil
}
