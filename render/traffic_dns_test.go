package render_test

import (
	"fmt"
	"maps"
	"math"
	"os"
	"slices"
	"strings"
	"testing"

	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/client-go/dynamic"

	"isobar.dev/isobar/internal/testenv/dnsserve"
	"isobar.dev/isobar/internal/testenv/kubetest"
	"isobar.dev/isobar/render"
)

// EnvRequireCoreDNS set to 1 makes the test fail instead of skip when
// CoreDNS is missing.
const EnvRequireCoreDNS = "ISOBAR_REQUIRE_COREDNS"

// coreDNS finds the CoreDNS binary, or skips the test.
func coreDNS(t *testing.T) string {
	t.Helper()
	bin, err := dnsserve.Find("..")
	if err == nil {
		return bin
	}
	if os.Getenv(EnvRequireCoreDNS) == "1" {
		t.Fatal(err)
	}
	t.Skip(err)
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
	// testdata/traffic: 7 geographies over 4 clusters, Frankfurt split;
	// testdata/traffic5: 3 geographies over 5 clusters, Frankfurt and New
	// York split.
	for _, name := range []string{"traffic", "traffic5"} {
		t.Run(name, func(t *testing.T) { dnsAnswers(t, bin, name) })
	}
}

func dnsAnswers(t *testing.T, bin, fixture string) {
	in, plan := loadFixture(t, fixture, "")
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
	clients := map[string]string{}
	for i, loc := range dnsserve.Locations(held) {
		clients[loc] = fmt.Sprintf("127.0.1.%d", i+1)
	}
	server := startCoreDNS(t, dnsserve.Options{CoreDNS: bin, Zone: in.Traffic.Zone, Endpoints: held, Published: published, Clients: clients, Dir: t.TempDir()})

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
			got, err := dnsserve.Query(server, client, h.Hostname, n)
			if err != nil {
				t.Fatal(err)
			}
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

// startCoreDNS starts the server for the rest of the test and returns its
// address.
func startCoreDNS(t *testing.T, o dnsserve.Options) string {
	t.Helper()
	s, err := dnsserve.Start(t.Context(), o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		s.Stop()
		if t.Failed() {
			t.Logf("Corefile:\n%s\nCoreDNS:\n%s", s.Corefile, s.Logs())
		}
	})
	return s.Addr
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
