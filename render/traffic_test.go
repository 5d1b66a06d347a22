package render_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

// k8gbTraffic replaces the fixture's traffic section for the k8gb backend.
const k8gbTraffic = `package shop

traffic: {
	zone:    "shop.example.com"
	backend: "k8gb"
	ttl:     "30s"
	healthCheck: {path: "/livez", interval: "5s"}
	k8gb: {
		geoTags: {"aws-eu-central-1": "eu-central", "gcp-europe-west4": "eu-west"}
		ingressClassName: "nginx"
	}
}
`

// trafficFixture loads testdata/traffic with its traffic section replaced
// by section (when not empty), and its stored plan: `isobar plan
// render/testdata/traffic -o json --out render/testdata/traffic/plan.json`
// made it, and the traffic section does not change a plan.
func trafficFixture(t *testing.T, section string) (*schema.Intent, *planner.Plan) {
	t.Helper()
	return loadFixture(t, "traffic", section)
}

// loadFixture loads the intent and plan of testdata/name, with section
// in place of its traffic.cue when given.
func loadFixture(t *testing.T, name, section string) (*schema.Intent, *planner.Plan) {
	t.Helper()
	dir := t.TempDir()
	for _, f := range []string{"isobar.cue", "shop.cue", "traffic.cue"} {
		b, err := os.ReadFile(filepath.Join("testdata", name, f))
		if err != nil {
			t.Fatal(err)
		}
		if f == "traffic.cue" && section != "" {
			b = []byte(section)
		}
		if err := os.WriteFile(filepath.Join(dir, f), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	inst, err := schema.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join("testdata", name, "plan.json"))
	if err != nil {
		t.Fatal(err)
	}
	plan, err := planner.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return inst.Intent, plan
}

// renderTraffic renders the fixture with a traffic section (the stored one
// when empty), compares it with the goldens in testdata/<dir> when dir is
// set, and checks the objects' types and metadata.
func renderTraffic(t *testing.T, section, dir string) (*schema.Intent, *render.Result) {
	t.Helper()
	in, plan := trafficFixture(t, section)
	res, err := render.Render(in, plan, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if dir != "" {
		golden(t, dir, res)
		report, err := json.MarshalIndent(res.Traffic, "", "  ")
		if err != nil {
			t.Fatal(err)
		}
		goldenFile(t, filepath.Join("testdata", dir, "traffic.json"), append(report, '\n'))
	}
	checkTyped(t, res)
	checkTrafficMetadata(t, res)
	return in, res
}

func TestTrafficExternalDNS(t *testing.T) {
	_, res := renderTraffic(t, "", "traffic-externaldns")

	www := res.Traffic.Host("www.shop.example.com")
	if www == nil {
		t.Fatal("no routing for www.shop.example.com")
	}
	// Frankfurt's 300 rps are split 200/100 by the plan; Route 53 weights
	// 67/33 answer it within half a point.
	fra := geo(t, www, "frankfurt")
	if diff := cmp.Diff([]render.Share{{Cluster: "aws-eu-central-1", Percent: 67, Weight: 67}, {Cluster: "gcp-europe-west4", Percent: 33, Weight: 33}}, fra.Answered); diff != "" {
		t.Errorf("frankfurt answered (-want +got):\n%s", diff)
	}
	if *fra.ErrorPoints > 0.5 {
		t.Errorf("frankfurt error %.1f points, want at most 0.5", *fra.ErrorPoints)
	}
	// US states are told apart: Los Angeles goes to Oregon, New York to
	// Virginia, users in other states get the US-wide split.
	if la := geo(t, www, "los-angeles"); la.Location != "US-CA" || *la.ErrorPoints != 0 {
		t.Errorf("los-angeles: location %s, error %v; want US-CA and none", la.Location, *la.ErrorPoints)
	}
	if u := res.Traffic.Unrouted(); len(u) != 0 {
		t.Errorf("unrouted: %v", u)
	}

	// Following the records from the hostname gives, for each location,
	// the answered shares; every record set is unambiguous.
	for _, h := range res.Traffic.Hosts {
		ep := object(t, res, h.DNSClusters[0], "DNSEndpoint", h.Hostname)
		resolved := resolveRoute53(t, ep, h.Hostname)
		for _, g := range h.Geographies {
			if diff := cmp.Diff(percents(g.Answered), resolved[g.Location]); diff != "" {
				t.Errorf("%s %s: records answer (-report +records):\n%s", h.Hostname, g.Geography, diff)
			}
		}
		if h.Hostname == "www.shop.example.com" {
			if diff := cmp.Diff(map[string]float64{"aws-us-west-2": 32, "azure-eastus": 68}, resolved["US"]); diff != "" {
				t.Errorf("US-wide records (-want +got):\n%s", diff)
			}
		}
		// Each serving cluster publishes its own endpoint's name.
		for _, c := range h.Serving {
			svc := object(t, res, c, "Service", h.Workload)
			if names := svc.GetAnnotations()[render.AnnotationExternalDNSHostname]; !slices.Contains(strings.Split(names, ","), render.ClusterHostname(c, h.Hostname)) {
				t.Errorf("%s: Service %s publishes %q", c, h.Workload, names)
			}
		}
	}
	// The DNS cluster is the fleet's first by name: only it holds records.
	for _, s := range res.Clusters {
		n := countKind(s, "DNSEndpoint")
		if want := map[bool]int{true: 3, false: 0}[s.Cluster == "aws-eu-central-1"]; n != want {
			t.Errorf("%s holds %d DNSEndpoints, want %d", s.Cluster, n, want)
		}
	}
}

// TestTrafficContinents: by continent, European users are answered alike
// although the plan sends Frankfurt's users to two clusters and London's
// and Paris's to one; the report says by how much that misses the plan.
func TestTrafficContinents(t *testing.T) {
	in, plan := trafficFixture(t, "")
	in.Traffic.ExternalDNS.Route53.Geolocation = schema.GeolocationContinent
	res, err := render.Render(in, plan, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	www := res.Traffic.Host("www.shop.example.com")
	// Europe: 200 rps to Frankfurt's cluster, 260 to the Netherlands.
	want := []render.Share{{Cluster: "aws-eu-central-1", Percent: 43, Weight: 43}, {Cluster: "gcp-europe-west4", Percent: 57, Weight: 57}}
	for _, name := range []string{"frankfurt", "london", "paris"} {
		g := geo(t, www, name)
		if diff := cmp.Diff(want, g.Answered); g.Location != "EU" || diff != "" {
			t.Errorf("%s: location %s, answered (-want +got):\n%s", name, g.Location, diff)
		}
	}
	if e := *geo(t, www, "london").ErrorPoints; e != 43 {
		t.Errorf("london error %v points, want 43", e)
	}
	if !slices.ContainsFunc(www.Notes, func(n string) bool { return strings.Contains(n, "frankfurt, london, paris share location EU") }) {
		t.Errorf("no note on the European geographies: %v", www.Notes)
	}
	ep := object(t, res, "aws-eu-central-1", "DNSEndpoint", "www.shop.example.com")
	resolved := resolveRoute53(t, ep, "www.shop.example.com")
	if diff := cmp.Diff(percents(want), resolved["EU"]); diff != "" {
		t.Errorf("EU records (-want +got):\n%s", diff)
	}
}

func TestTrafficK8GB(t *testing.T) {
	_, res := renderTraffic(t, k8gbTraffic, "traffic-k8gb")

	www := res.Traffic.Host("www.shop.example.com")
	// One Gslb in every cluster that serves the hostname, alike, with the
	// plan's split over all users as weights per geo tag.
	var first map[string]any
	for _, c := range www.Serving {
		g := object(t, res, c, "Gslb", "www.shop.example.com")
		spec, _, _ := unstructured.NestedMap(g.Object, "spec")
		if first == nil {
			first = spec
		} else if diff := cmp.Diff(first, spec); diff != "" {
			t.Errorf("%s: Gslb differs from the others:\n%s", c, diff)
		}
	}
	checkGslbSpec(t, first)
	weights, _, _ := unstructured.NestedMap(first, "strategy", "weight")
	sum := int64(0)
	for tag, w := range weights {
		sum += w.(int64)
		if tag == "aws-eu-central-1" || tag == "gcp-europe-west4" {
			t.Errorf("weight under cluster name %s, not its geo tag", tag)
		}
	}
	if sum != render.WeightTotal {
		t.Errorf("weights %v add up to %d", weights, sum)
	}
	if !slices.ContainsFunc(www.Notes, func(n string) bool { return strings.Contains(n, "per Gslb, not per geography") }) {
		t.Errorf("no note on per-geography weights: %v", www.Notes)
	}
	// The readiness probe comes from the health check where none is set.
	d := object(t, res, "azure-eastus", "Deployment", "storefront")
	containers, _, _ := unstructured.NestedSlice(d.Object, "spec", "template", "spec", "containers")
	rp, _, _ := unstructured.NestedMap(containers[0].(map[string]any), "readinessProbe")
	if diff := cmp.Diff(map[string]any{"httpGet": map[string]any{"path": "/livez", "port": "http"}, "periodSeconds": int64(5), "failureThreshold": int64(3)}, rp); diff != "" {
		t.Errorf("readiness probe (-want +got):\n%s", diff)
	}
	api := object(t, res, "azure-eastus", "Deployment", "api")
	containers, _, _ = unstructured.NestedSlice(api.Object, "spec", "template", "spec", "containers")
	if path, _, _ := unstructured.NestedString(containers[0].(map[string]any), "readinessProbe", "httpGet", "path"); path != "/ready" {
		t.Errorf("the workload's own readiness probe was replaced: path %q", path)
	}
}

func TestTrafficK8GBStrategies(t *testing.T) {
	for _, tt := range []struct {
		strategy string
		check    func(t *testing.T, spec map[string]any, h *render.HostRoute)
	}{{
		strategy: "failover",
		check: func(t *testing.T, spec map[string]any, h *render.HostRoute) {
			if p, _, _ := unstructured.NestedString(spec, "strategy", "primaryGeoTag"); p != "azure-eastus" {
				t.Errorf("primary geo tag %q, want azure-eastus (the most routed)", p)
			}
			if _, set, _ := unstructured.NestedMap(spec, "strategy", "weight"); set {
				t.Error("weights with the failover strategy")
			}
			if g := geo(t, h, "frankfurt"); *g.ErrorPoints != 100 {
				t.Errorf("frankfurt error %v points, want 100 (all users go to Virginia)", *g.ErrorPoints)
			}
		},
	}, {
		strategy: "geoip",
		check: func(t *testing.T, spec map[string]any, h *render.HostRoute) {
			if g := geo(t, h, "frankfurt"); g.Answered != nil || g.ErrorPoints != nil {
				t.Errorf("geoip answer computed: %+v", g)
			}
			if !slices.ContainsFunc(h.Notes, func(n string) bool { return strings.Contains(n, "geoip") }) {
				t.Errorf("no note on geoip: %v", h.Notes)
			}
		},
	}} {
		t.Run(tt.strategy, func(t *testing.T) {
			in, plan := trafficFixture(t, strings.Replace(k8gbTraffic, `ingressClassName: "nginx"`, `strategy: "`+tt.strategy+`"`, 1))
			res, err := render.Render(in, plan, render.Options{})
			if err != nil {
				t.Fatal(err)
			}
			g := object(t, res, "azure-eastus", "Gslb", "www.shop.example.com")
			spec, _, _ := unstructured.NestedMap(g.Object, "spec")
			if s, _, _ := unstructured.NestedString(spec, "strategy", "type"); s != tt.strategy {
				t.Errorf("strategy %q", s)
			}
			tt.check(t, spec, res.Traffic.Host("www.shop.example.com"))
		})
	}
}

// TestTrafficUnreachable: a k8gb controller list that leaves out a serving
// cluster leaves the users the plan routes there with nowhere to go, and
// the report says so.
func TestTrafficUnreachable(t *testing.T) {
	in, plan := trafficFixture(t, strings.Replace(k8gbTraffic, `ttl:     "30s"`, `dnsClusters: ["azure-eastus", "aws-us-west-2"]`, 1))
	res, err := render.Render(in, plan, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	www := res.Traffic.Host("www.shop.example.com")
	if diff := cmp.Diff([]string{"aws-us-west-2", "azure-eastus"}, www.Reachable); diff != "" {
		t.Errorf("reachable (-want +got):\n%s", diff)
	}
	if len(res.Traffic.Unrouted()) != 0 {
		t.Errorf("the remaining clusters take every geography: %v", res.Traffic.Unrouted())
	}
	if g := geo(t, www, "frankfurt"); *g.ErrorPoints < 60 {
		t.Errorf("frankfurt sent across the Atlantic with an error of only %v points", *g.ErrorPoints)
	}
	in.Traffic.DNSClusters = []string{"accounts-only"}
	res, err = render.Render(in, plan, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if u := res.Traffic.Unrouted(); !slices.Contains(u, "www.shop.example.com: frankfurt") {
		t.Errorf("unrouted %v, want frankfurt among them", u)
	}
}

func geo(t *testing.T, h *render.HostRoute, name string) render.GeoRoute {
	t.Helper()
	for _, g := range h.Geographies {
		if g.Geography == name {
			return g
		}
	}
	t.Fatalf("%s: no geography %s", h.Hostname, name)
	return render.GeoRoute{}
}

func object(t *testing.T, res *render.Result, cluster, kind, name string) *unstructured.Unstructured {
	t.Helper()
	for _, o := range res.Cluster(cluster).Objects {
		if o.GetKind() == kind && o.GetName() == name {
			return o
		}
	}
	t.Fatalf("%s: no %s %s", cluster, kind, name)
	return nil
}

func countKind(s *render.ClusterSet, kind string) int {
	n := 0
	for _, o := range s.Objects {
		if o.GetKind() == kind {
			n++
		}
	}
	return n
}

func percents(ss []render.Share) map[string]float64 {
	out := map[string]float64{}
	for _, s := range ss {
		out[s.Cluster] = s.Percent
	}
	return out
}

// resolveRoute53 follows a DNSEndpoint's records as Route 53 would: for
// each location record at the hostname, the weighted CNAMEs it leads to,
// down to the clusters' own names. It fails on ambiguous record sets.
func resolveRoute53(t *testing.T, ep *unstructured.Unstructured, host string) map[string]map[string]float64 {
	t.Helper()
	eps, _, _ := unstructured.NestedSlice(ep.Object, "spec", "endpoints")
	type rec struct {
		target string
		props  map[string]string
	}
	byName := map[string][]rec{}
	seen := map[string]bool{}
	for _, e := range eps {
		m := e.(map[string]any)
		name, id := m["dnsName"].(string), m["setIdentifier"].(string)
		if seen[name+"/"+id] {
			t.Errorf("record set %s has set identifier %s twice", name, id)
		}
		seen[name+"/"+id] = true
		if m["recordType"] != "CNAME" || len(m["targets"].([]any)) != 1 {
			t.Errorf("record %s/%s: %v", name, id, m)
		}
		props := map[string]string{}
		for _, p := range m["providerSpecific"].([]any) {
			pm := p.(map[string]any)
			props[pm["name"].(string)] = pm["value"].(string)
		}
		byName[name] = append(byName[name], rec{m["targets"].([]any)[0].(string), props})
	}
	var follow func(name string, share float64, into map[string]float64)
	follow = func(name string, share float64, into map[string]float64) {
		recs, ok := byName[name]
		if !ok {
			cluster, found := strings.CutSuffix(name, "."+host)
			if !found || strings.Contains(cluster, ".") {
				t.Errorf("%s leads nowhere", name)
			}
			into[cluster] += share
			return
		}
		total := 0
		for _, r := range recs {
			w, err := strconv.Atoi(r.props["aws/weight"])
			if err != nil {
				t.Fatalf("%s: weighted record without a weight: %v", name, r.props)
			}
			total += w
		}
		for _, r := range recs {
			w, _ := strconv.Atoi(r.props["aws/weight"])
			follow(r.target, share*float64(w)/float64(total), into)
		}
	}
	out := map[string]map[string]float64{}
	for _, r := range byName[host] {
		loc := r.props["aws/geolocation-country-code"]
		if loc == "" {
			loc = r.props["aws/geolocation-continent-code"]
		}
		if state := r.props["aws/geolocation-subdivision-code"]; state != "" {
			loc += "-" + state
		}
		into := map[string]float64{}
		follow(r.target, 100, into)
		for c, v := range into {
			into[c] = math.Round(v*10) / 10
		}
		out[loc] = into
	}
	return out
}

// checkTrafficMetadata asserts the DNS objects carry the labels every
// rendered object carries, and no data class: DNS holds none.
func checkTrafficMetadata(t *testing.T, res *render.Result) {
	t.Helper()
	for _, s := range res.Clusters {
		for _, o := range s.Objects {
			if o.GetKind() != "DNSEndpoint" && o.GetKind() != "Gslb" {
				continue
			}
			id := fmt.Sprintf("%s: %s %s/%s", s.Cluster, o.GetKind(), o.GetNamespace(), o.GetName())
			l := o.GetLabels()
			if l[render.LabelManagedBy] != render.ManagedBy || l[render.LabelCluster] != s.Cluster || l[render.LabelJurisdiction] != s.Country || l[render.LabelWorkload] == "" {
				t.Errorf("%s: labels %v", id, l)
			}
			for k := range l {
				if strings.HasPrefix(k, render.LabelDataClassPrefix) {
					t.Errorf("%s: data class label %s", id, k)
				}
			}
			if _, ok := o.GetAnnotations()["isobar.dev/plan-digest"]; ok {
				t.Errorf("%s: carries the plan digest, which changes on every commit: %v", id, o.GetAnnotations())
			}
		}
	}
}

// gslbSpec holds the fields of k8gb's GslbSpec (k8gb.absa.oss/v1beta1)
// that isobar renders. k8gb's CRD is not available from the module proxy,
// so a rendered spec is decoded strictly into this copy of its shape, and
// its ingress is checked by a real API server (TestTrafficServerSideDryRun).
type gslbSpec struct {
	Ingress  json.RawMessage `json:"ingress"`
	Strategy struct {
		Type                       string         `json:"type"`
		DNSTTLSeconds              int            `json:"dnsTtlSeconds"`
		SplitBrainThresholdSeconds int            `json:"splitBrainThresholdSeconds"`
		Weight                     map[string]int `json:"weight"`
		PrimaryGeoTag              string         `json:"primaryGeoTag"`
	} `json:"strategy"`
}

func checkGslbSpec(t *testing.T, spec map[string]any) {
	t.Helper()
	b, err := json.Marshal(spec)
	if err != nil {
		t.Fatal(err)
	}
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	var gs gslbSpec
	if err := dec.Decode(&gs); err != nil {
		t.Fatalf("Gslb spec: %v", err)
	}
	if !slices.Contains([]string{"roundRobin", "failover", "geoip"}, gs.Strategy.Type) || gs.Strategy.DNSTTLSeconds != 30 {
		t.Errorf("Gslb strategy %+v", gs.Strategy)
	}
}
