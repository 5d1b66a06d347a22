package render_test

import (
	"bytes"
	"context"
	"fmt"
	"maps"
	"math"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/miekg/dns"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/client-go/dynamic"

	"isobar.dev/isobar/internal/testenv/kubetest"
	"isobar.dev/isobar/render"
)

// EnvCoreDNS names the CoreDNS binary the DNS answer test runs; without
// it, the test looks where hack/build-cosign.sh --coredns builds it.
const EnvCoreDNS = "ISOBAR_COREDNS"

// EnvRequireCoreDNS set to 1 makes the test fail instead of skip when
// CoreDNS is missing.
const EnvRequireCoreDNS = "ISOBAR_REQUIRE_COREDNS"

// coreDNS finds the CoreDNS binary, or skips the test.
func coreDNS(t *testing.T) string {
	t.Helper()
	if p := os.Getenv(EnvCoreDNS); p != "" {
		return p
	}
	out, err := exec.Command("bash", filepath.Join("..", "hack", "build-cosign.sh"), "--coredns", "--check").Output()
	if p := strings.TrimSpace(string(out)); err == nil && p != "" {
		return p
	}
	msg := "CoreDNS is not built: run hack/build-cosign.sh --coredns, or set " + EnvCoreDNS
	if os.Getenv(EnvRequireCoreDNS) == "1" {
		t.Fatal(msg)
	}
	t.Skip(msg)
	return ""
}

// TestTrafficDNSAnswers serves what the DNS cluster holds from a real DNS
// server and checks that users get the plan's shares. The rendered
// DNSEndpoints are stored in a real API server standing for the DNS
// cluster and read back from it; their Route 53 routing is served by
// CoreDNS, one view per location (a client address on loopback stands for
// the users of each location, as Route 53 locates a resolver), the
// weighted records by CoreDNS's weighted load balancing, and each cluster's
// own name by the address its load balancer would have. Many queries from
// each geography's address then split over the clusters as the plan routes
// that geography's requests, within 2 points; from any other address, as
// the plan routes all the workload's users.
func TestTrafficDNSAnswers(t *testing.T) {
	bin := coreDNS(t)
	in, plan := trafficFixture(t, "")
	res, err := render.Render(in, plan, render.Options{})
	if err != nil {
		t.Fatal(err)
	}

	c := kubetest.StartT(t, kubetest.Options{})
	installCRDs(t, c)
	a := newApplier(t, c)
	dnsCluster := res.Traffic.Hosts[0].DNSClusters[0]
	for _, o := range res.Cluster(dnsCluster).Objects {
		if o.GetKind() == "Namespace" || o.GetKind() == "DNSEndpoint" {
			if err := a.apply(t.Context(), o, false); err != nil {
				t.Fatalf("%s %s: %v", o.GetKind(), o.GetName(), err)
			}
		}
	}
	held := storedEndpoints(t, c)

	// The address of each cluster's load balancer, under the name its
	// Service asks its external-dns to publish.
	addrs := map[string]string{}
	for i, cl := range slices.Sorted(maps.Keys(in.Fleet)) {
		addrs[cl] = fmt.Sprintf("10.53.0.%d", i+1)
	}
	published := map[string]string{} // name → address
	for _, s := range res.Clusters {
		for _, o := range s.Objects {
			if o.GetKind() != "Service" {
				continue
			}
			for _, name := range strings.Split(o.GetAnnotations()[render.AnnotationExternalDNSHostname], ",") {
				if name != "" {
					published[name] = addrs[s.Cluster]
				}
			}
		}
	}

	// One client address per location with records, 127.0.1.n.
	locations := route53Locations(held)
	clients := map[string]string{}
	for i, loc := range locations {
		clients[loc] = fmt.Sprintf("127.0.1.%d", i+1)
	}
	server := startCoreDNS(t, bin, in.Traffic.Zone, held, published, locations, clients)

	byAddr := map[string]string{}
	for cl, ad := range addrs {
		byAddr[ad] = cl
	}
	for _, h := range res.Traffic.Hosts {
		for _, g := range h.Geographies {
			if len(g.Planned) == 0 {
				continue
			}
			client := clients[g.Location]
			if g.Geography == render.Elsewhere {
				client = "127.0.2.1" // in no location with records: Route 53's default
			}
			if client == "" {
				t.Errorf("%s %s: no records for location %s", h.Hostname, g.Geography, g.Location)
				continue
			}
			n := 200
			if len(g.Answered) > 1 {
				n = 10000 // 2 points is over 4 standard deviations of a 67/33 split
			}
			got := query(t, server, client, h.Hostname, n)
			measured := map[string]float64{}
			for ad, k := range got {
				measured[byAddr[ad]] = float64(k) * 100 / float64(n)
			}
			for _, cl := range unionNames(percents(g.Planned), measured) {
				planned := percents(g.Planned)[cl]
				t.Logf("%s from %s (%s, client %s): %s planned %.1f%%, answered %.1f%% of %d queries",
					h.Hostname, g.Geography, g.Location, client, cl, planned, measured[cl], n)
				if math.Abs(planned-measured[cl]) > 2 {
					t.Errorf("%s from %s: %s gets %.1f%% of the answers, the plan %.1f%%", h.Hostname, g.Geography, cl, measured[cl], planned)
				}
			}
		}
	}
}

// storedEndpoints lists the DNSEndpoints the API server holds.
func storedEndpoints(t *testing.T, c *kubetest.Cluster) []unstructured.Unstructured {
	t.Helper()
	dyn, err := dynamic.NewForConfig(c.Config)
	if err != nil {
		t.Fatal(err)
	}
	list, err := dyn.Resource(schema.GroupVersionResource{Group: "externaldns.k8s.io", Version: "v1alpha1", Resource: "dnsendpoints"}).
		List(t.Context(), metav1.ListOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if len(list.Items) == 0 {
		t.Fatal("the API server holds no DNSEndpoint")
	}
	return list.Items
}

// r53record is one record of a DNSEndpoint.
type r53record struct {
	name, target, id string
	props            map[string]string
}

func records(eps []unstructured.Unstructured) []r53record {
	var out []r53record
	for _, ep := range eps {
		list, _, _ := unstructured.NestedSlice(ep.Object, "spec", "endpoints")
		for _, e := range list {
			m := e.(map[string]any)
			r := r53record{name: m["dnsName"].(string), target: m["targets"].([]any)[0].(string), id: m["setIdentifier"].(string), props: map[string]string{}}
			ps, _ := m["providerSpecific"].([]any)
			for _, p := range ps {
				pm := p.(map[string]any)
				r.props[pm["name"].(string)] = pm["value"].(string)
			}
			out = append(out, r)
		}
	}
	return out
}

// location is a geolocation record's location as the report writes it.
func (r r53record) location() string {
	loc := r.props["aws/geolocation-continent-code"]
	if c := r.props["aws/geolocation-country-code"]; c != "" {
		loc = c
	}
	if s := r.props["aws/geolocation-subdivision-code"]; s != "" {
		loc += "-" + s
	}
	return loc
}

func route53Locations(eps []unstructured.Unstructured) []string {
	set := map[string]bool{}
	for _, r := range records(eps) {
		if loc := r.location(); loc != "" && loc != "*" {
			set[loc] = true
		}
	}
	return slices.Sorted(maps.Keys(set))
}

// answering picks, for each hostname, the geolocation record Route 53
// answers users in a location with: the location's own, else its
// country's (for a US state), else the default location's.
func answering(recs []r53record, loc string) []r53record {
	byName := map[string]map[string]r53record{}
	for _, r := range recs {
		if l := r.location(); l != "" {
			if byName[r.name] == nil {
				byName[r.name] = map[string]r53record{}
			}
			byName[r.name][l] = r
		}
	}
	country, _, _ := strings.Cut(loc, "-")
	var out []r53record
	for _, name := range slices.Sorted(maps.Keys(byName)) {
		for _, l := range []string{loc, country, "*"} {
			if r, ok := byName[name][l]; ok {
				out = append(out, r)
				break
			}
		}
	}
	return out
}

// startCoreDNS serves the zone as Route 53 would answer each location: a
// server block per location, chosen by the client's address (CoreDNS's
// view), holding that location's geolocation record at each hostname, the
// weighted records it leads to as address records weighted by CoreDNS's
// loadbalance plugin, and the clusters' own names; Route 53's default
// location is the last block. It returns the server's address.
func startCoreDNS(t *testing.T, bin, zone string, eps []unstructured.Unstructured, published map[string]string, locations []string, clients map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	recs := records(eps)
	port := freeUDPPort(t)
	var corefile bytes.Buffer
	for i, loc := range append(slices.Clone(locations), "*") {
		var zf, wf bytes.Buffer
		fmt.Fprintf(&zf, "$ORIGIN %s.\n@ 3600 IN SOA ns.%s. admin.%s. 1 7200 3600 1209600 30\n@ 3600 IN NS ns.%s.\nns 3600 IN A 127.0.0.1\n", zone, zone, zone, zone)
		seen := map[string]bool{}
		line := func(b *bytes.Buffer, format string, args ...any) {
			if l := fmt.Sprintf(format, args...); !seen[l] {
				seen[l] = true
				b.WriteString(l)
			}
		}
		for _, r := range answering(recs, loc) {
			line(&zf, "%s. 30 IN CNAME %s.\n", r.name, r.target)
			weighted := 0
			for _, w := range recs {
				if w.name != r.target || w.props["aws/weight"] == "" {
					continue
				}
				weighted++
				ad := published[w.target]
				if ad == "" {
					t.Fatalf("%s leads to %s, which no cluster publishes", w.name, w.target)
				}
				line(&zf, "%s. 30 IN A %s\n", w.name, ad)
				line(&wf, "%s.\n", w.name)
				line(&wf, "%s %s\n", ad, w.props["aws/weight"])
			}
			if weighted == 0 {
				ad := published[r.target]
				if ad == "" {
					t.Fatalf("%s leads to %s, which no cluster publishes", r.name, r.target)
				}
				line(&zf, "%s. 30 IN A %s\n", r.target, ad)
			}
		}
		zfile, wfile := filepath.Join(dir, fmt.Sprintf("view%d.zone", i)), filepath.Join(dir, fmt.Sprintf("view%d.weights", i))
		if err := os.WriteFile(zfile, zf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(wfile, wf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&corefile, "%s:%d {\n\tbind 127.0.0.1\n", zone, port)
		if loc != "*" {
			fmt.Fprintf(&corefile, "\tview loc%d {\n\t\texpr client_ip() == '%s'\n\t}\n", i, clients[loc])
		}
		fmt.Fprintf(&corefile, "\tfile %s\n\tloadbalance weighted %s {\n\t\treload 0s\n\t}\n}\n", zfile, wfile)
	}
	cf := filepath.Join(dir, "Corefile")
	if err := os.WriteFile(cf, corefile.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var logs bytes.Buffer
	cmd := exec.Command(bin, "-conf", cf, "-quiet")
	cmd.Dir = dir
	cmd.Stdout, cmd.Stderr = &logs, &logs
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		_ = cmd.Process.Kill()
		_ = cmd.Wait()
		if t.Failed() {
			t.Logf("Corefile:\n%s\nCoreDNS:\n%s", corefile.String(), logs.String())
		}
	})
	addr := net.JoinHostPort("127.0.0.1", strconv.Itoa(port))
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	defer cancel()
	for {
		m := new(dns.Msg)
		m.SetQuestion(dns.Fqdn("ns."+zone), dns.TypeA)
		if r, err := dns.Exchange(m, addr); err == nil && r.Rcode == dns.RcodeSuccess {
			return addr
		}
		select {
		case <-ctx.Done():
			t.Fatalf("CoreDNS did not answer on %s: %s", addr, logs.String())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// query asks n times for a name's address from the client address and
// counts the first address of each answer, as a stub resolver uses it.
func query(t *testing.T, server, client, name string, n int) map[string]int {
	t.Helper()
	cl := &dns.Client{Net: "udp", Timeout: 2 * time.Second, Dialer: &net.Dialer{LocalAddr: &net.UDPAddr{IP: net.ParseIP(client)}}}
	conn, err := cl.Dial(server)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	got := map[string]int{}
	for range n {
		m := new(dns.Msg)
		m.SetQuestion(dns.Fqdn(name), dns.TypeA)
		r, _, err := cl.ExchangeWithConn(m, conn)
		if err != nil {
			t.Fatalf("query %s from %s: %v", name, client, err)
		}
		first := ""
		for _, rr := range r.Answer {
			if a, ok := rr.(*dns.A); ok {
				first = a.A.String()
				break
			}
		}
		if first == "" {
			t.Fatalf("query %s from %s: no address in %v", name, client, r)
		}
		got[first]++
	}
	return got
}

func freeUDPPort(t *testing.T) int {
	t.Helper()
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer pc.Close()
	return pc.LocalAddr().(*net.UDPAddr).Port
}

func unionNames(a, b map[string]float64) []string {
	set := map[string]bool{}
	for k := range a {
		set[k] = true
	}
	for k := range b {
		set[k] = true
	}
	return slices.Sorted(maps.Keys(set))
}
