package schema_test

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"isobar.dev/isobar/schema"
)

// trafficBase is a valid intent with two public services and a traffic
// section that the bad-input cases add mistakes to.
const trafficBase = `package intent

fleet: {
	eu: {provider: "aws", region: "eu-west-1", capacity: {cpu: 16, memory: "64Gi"}}
	us: {provider: "aws", region: "us-east-1", capacity: {cpu: 16, memory: "64Gi"}}
}
workloads: {
	shop: {
		image: "ghcr.io/acme/shop:1.0"
		resources: {cpu: "500m", memory: "512Mi"}
		ports: {
			http: {port: 8080, public: true}
			admin: port: 9000
		}
	}
	api: {
		image: "ghcr.io/acme/api:1.0"
		resources: {cpu: "500m", memory: "512Mi"}
		ports: http: {port: 8080, public: true}
	}
}
`

func TestTrafficValid(t *testing.T) {
	dir := writeFiles(t, map[string]string{"base.cue": trafficBase, "traffic.cue": `package intent

traffic: {
	zone:    "example.com"
	backend: "externalDNS"
	externalDNS: route53: healthCheckIDs: eu: "0d4b1c2e-1111-2222-3333-444455556666"
}
workloads: api: ports: http: hostname: "api.eu.example.com"
`})
	in, err := schema.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if err := vetDir(t, dir); err != nil {
		t.Fatal(err)
	}
	tr := in.Intent.Traffic
	if tr == nil {
		t.Fatal("no traffic section decoded")
	}
	got := map[string]any{
		"ttl":         tr.TTLSeconds(),
		"path":        tr.HealthCheck.Path,
		"interval":    tr.HealthCheck.Interval.String(),
		"routing":     tr.ExternalDNS.Routing,
		"geolocation": tr.ExternalDNS.Route53.Geolocation,
		"shop":        tr.Hostname("shop", in.Intent.Workloads["shop"].Ports["http"]),
		"api":         tr.Hostname("api", in.Intent.Workloads["api"].Ports["http"]),
		"controllers": tr.Controllers(in.Intent.Fleet, []string{"us"}),
	}
	want := map[string]any{
		"ttl": int64(60), "path": "/healthz", "interval": "10s", "routing": "route53", "geolocation": "country",
		"shop": "shop.example.com", "api": "api.eu.example.com", "controllers": []string{"eu"},
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("defaults (-want +got):\n%s", diff)
	}
	k8gb := &schema.Traffic{Backend: schema.BackendK8GB, K8GB: &schema.K8GB{GeoTags: map[string]string{"eu": "europe"}}}
	if c := k8gb.Controllers(in.Intent.Fleet, []string{"us", "eu"}); !cmp.Equal(c, []string{"eu", "us"}) {
		t.Errorf("k8gb controllers: %v, want the serving clusters", c)
	}
	if k8gb.GeoTag("eu") != "europe" || k8gb.GeoTag("us") != "us" {
		t.Errorf("geo tags: %s, %s", k8gb.GeoTag("eu"), k8gb.GeoTag("us"))
	}
}

func TestTrafficBadInput(t *testing.T) {
	tests := []struct {
		name string
		file string
		want []string
	}{{
		name: "missing zone and unknown backend",
		file: "traffic: backend: \"route53\"\n",
		want: []string{
			`bad.cue:3:1: traffic.zone: missing required field (expected a lower-case DNS name of two or more labels, such as "shop.example.com")`,
			`bad.cue:3:19: traffic.backend: invalid value "route53" (expected "externalDNS" or "k8gb")`,
		},
	}, {
		name: "zone with upper case and a trailing dot",
		file: "traffic: {zone: \"Example.com.\", backend: \"k8gb\"}\n",
		want: []string{`bad.cue:3:17: traffic.zone: invalid value "Example.com." (expected a lower-case DNS name of two or more labels, such as "shop.example.com")`},
	}, {
		name: "hostname without a traffic section",
		file: "workloads: api: ports: http: hostname: \"api.example.com\"\n",
		want: []string{`bad.cue:3:30: workloads.api.ports.http.hostname: hostname is set but the intent has no traffic section (expected a traffic section with the DNS zone (traffic: zone: "example.com"))`},
	}, {
		name: "hostname outside the zone, on a private port, shared, at the apex",
		file: "traffic: {zone: \"example.com\", backend: \"externalDNS\"}\n" +
			"workloads: shop: ports: http: hostname: \"shop.example.org\"\n" +
			"workloads: shop: ports: admin: hostname: \"admin.example.com\"\n" +
			"workloads: api: ports: http: hostname: \"example.com\"\n",
		want: []string{
			`bad.cue:4:31: workloads.shop.ports.http.hostname: hostname shop.example.org is not in the zone example.com (expected a name in the zone example.com, such as shop.example.com)`,
			`bad.cue:5:32: workloads.shop.ports.admin.hostname: hostname is set on a port that is not public (expected public: true on the port, or no hostname)`,
			`bad.cue:6:30: workloads.api.ports.http.hostname: hostname example.com is the zone apex (expected a name below the zone: the zone apex cannot hold the CNAME records that steer traffic)`,
		},
	}, {
		name: "two workloads, one hostname",
		file: "traffic: {zone: \"example.com\", backend: \"k8gb\"}\n" +
			"workloads: shop: ports: http: hostname: \"api.example.com\"\n",
		want: []string{`bad.cue:4:31: workloads.shop.ports.http.hostname: hostname api.example.com is also the hostname of workload api (port http) (expected a hostname no other workload uses)`},
	}, {
		name: "hostname below another",
		file: "traffic: {zone: \"example.com\", backend: \"externalDNS\"}\n" +
			"workloads: shop: ports: http: hostname: \"eu.api.example.com\"\n",
		want: []string{`bad.cue:4:31: workloads.shop.ports.http.hostname: hostname eu.api.example.com is below hostname api.example.com (expected a name not below api.example.com, whose subdomains hold the per-cluster records of workload api)`},
	}, {
		name: "unknown clusters and the other backend's settings",
		file: "traffic: {zone: \"example.com\", backend: \"k8gb\", dnsClusters: [\"ue\"]}\n" +
			"traffic: k8gb: geoTags: asia: \"ap\"\n" +
			"traffic: externalDNS: route53: healthCheckIDs: eu: \"abc\"\n",
		want: []string{
			`bad.cue:3:63: traffic.dnsClusters[0]: unknown cluster "ue"; did you mean us? (expected a cluster declared under fleet)`,
			`bad.cue:4:25: traffic.k8gb.geoTags.asia: unknown cluster "asia" (expected a cluster declared under fleet)`,
			`bad.cue:5:10: traffic.externalDNS: externalDNS settings are given but the backend is k8gb (expected backend: "externalDNS", or no externalDNS settings)`,
		},
	}, {
		name: "ttl and interval below a second, health port missing",
		file: "traffic: {zone: \"example.com\", backend: \"k8gb\", ttl: \"500ms\"}\n" +
			"traffic: healthCheck: {interval: \"1.5s\", port: \"admin\"}\n",
		want: []string{
			`bad.cue:3:49: traffic.ttl: ttl is 500ms (expected whole seconds from 1s to 2147483647s)`,
			`bad.cue:4:24: traffic.healthCheck.interval: interval is 1500ms (expected whole seconds, at least 1s)`,
			`bad.cue:4:42: traffic.healthCheck.port: workload api has no port named "admin" (expected a port every public workload declares (api has http), or a number)`,
		},
	}, {
		name: "strategy and geolocation outside their enumerations",
		file: "traffic: {zone: \"example.com\", backend: \"externalDNS\", externalDNS: route53: geolocation: \"city\"}\n",
		want: []string{`bad.cue:3:91: traffic.externalDNS.route53.geolocation: invalid value "city" (expected "country" or "continent")`},
	}, {
		name: "k8gb: a geo tag twice, two ports on one hostname",
		file: "traffic: {zone: \"example.com\", backend: \"k8gb\", k8gb: geoTags: us: \"eu\"}\n" +
			"workloads: api: ports: grpc: {port: 9090, public: true}\n",
		want: []string{
			`bad.cue:3:64: traffic.k8gb.geoTags.us: geo tag eu is also the tag of eu (expected a geo tag no other cluster has: k8gb tells clusters apart by their tags)`,
			`base.cue:19:10: workloads.api.ports.http.hostname: ports grpc and http share hostname api.example.com (expected a hostname of its own for each public port (k8gb's Ingress sends a hostname to one port; port grpc has api.example.com))`,
		},
	}, {
		name: "hostname too long for the per-cluster names",
		file: "traffic: {zone: \"example.com\", backend: \"externalDNS\"}\n" +
			"workloads: shop: ports: http: hostname: \"" + longName + ".example.com\"\n",
		want: []string{`bad.cue:4:31: workloads.shop.ports.http.hostname: hostname ` + longName + `.example.com is 247 characters; the names isobar derives from it would be 261 (expected a hostname of at most 239 characters, leaving room for the per-cluster names below it)`},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantDiagnostics(t, writeFiles(t, map[string]string{"base.cue": trafficBase, "bad.cue": "package intent\n\n" + tt.file}), tt.want)
		})
	}
}

// longName is four labels of 58 characters: 235 characters.
const longName = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa.aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"

func TestEveryCountryHasAContinent(t *testing.T) {
	n := 0
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			code := string([]rune{a, b})
			switch {
			case schema.IsCountry(code) && schema.Continent(code) == "":
				t.Errorf("country %s has no continent", code)
			case !schema.IsCountry(code) && schema.Continent(code) != "":
				t.Errorf("%s is no country but has continent %s", code, schema.Continent(code))
			case schema.IsCountry(code):
				n++
			}
		}
	}
	if n != 249 {
		t.Errorf("%d countries, want the 249 of ISO 3166-1", n)
	}
	for country, want := range map[string]string{"DE": "EU", "US": "NA", "BR": "SA", "JP": "AS", "AU": "OC", "NG": "AF", "AQ": "AN"} {
		if got := schema.Continent(country); got != want {
			t.Errorf("Continent(%s) = %s, want %s", country, got, want)
		}
	}
}

// wantDiagnostics vets dir and compares the diagnostics with want.
func wantDiagnostics(t *testing.T, dir string, want []string) {
	t.Helper()
	if diff := cmp.Diff(want, lines(t, vetDir(t, dir))); diff != "" {
		t.Errorf("diagnostics (-want +got):\n%s", diff)
	}
}
