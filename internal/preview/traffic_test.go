package preview

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/render"
)

func ptr(v float64) *float64 { return &v }

// trafficSide is a feasible side whose render routes one hostname.
func trafficSide(rev string, tr *render.TrafficReport) Side {
	return Side{Revision: rev, Plan: &planner.Plan{Status: planner.StatusOptimal}, Render: &render.Result{PlanDigest: "sha256:" + rev, Traffic: tr}}
}

func TestCompareTraffic(t *testing.T) {
	host := func(geos ...render.GeoRoute) *render.TrafficReport {
		return &render.TrafficReport{Zone: "example.com", Backend: "k8gb", Hosts: []render.HostRoute{{
			Hostname: "web.example.com", Workload: "web", Serving: []string{"fra", "ams"}, Reachable: []string{"fra", "ams"},
			Geographies: geos, Notes: []string{"geoip strategy: …"},
		}}}
	}
	fra100 := []render.Share{{Cluster: "fra", Percent: 100}}
	base := host(render.GeoRoute{Geography: "frankfurt", RPS: 300, Planned: fra100, Answered: fra100, ErrorPoints: ptr(0)})
	head := host(render.GeoRoute{Geography: "frankfurt", RPS: 300, Planned: []render.Share{{Cluster: "fra", Percent: 66.7}, {Cluster: "ams", Percent: 33.3}}})

	r := Compare(trafficSide("main", base), trafficSide("head", head))
	if !r.Changed || len(r.Traffic) != 1 {
		t.Fatalf("changed %v, routes %+v", r.Changed, r.Traffic)
	}
	var text strings.Builder
	r.Text(&text, false)
	for _, want := range []string{
		"web.example.com from frankfurt: fra 100% → the backend's choice per query (plan: fra 66.7%, ams 33.3%)",
		"note: web.example.com: geoip strategy",
		"✓ traffic routes: every geography with demand reaches a cluster running its workload (k8gb, 1 hostname)",
	} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, text.String())
		}
	}

	// A head that sends Frankfurt's users nowhere fails the check.
	nowhere := host(render.GeoRoute{Geography: "frankfurt", RPS: 300, Planned: fra100, Answered: []render.Share{}, ErrorPoints: ptr(100)})
	nowhere.Hosts[0].Reachable = []string{}
	r = Compare(trafficSide("main", base), trafficSide("head", nowhere))
	var failed []string
	for _, v := range r.Verdicts {
		if !v.Passed {
			failed = append(failed, v.Check+": "+v.Detail)
		}
	}
	want := []string{"traffic routes: no cluster running the workload answers web.example.com from frankfurt; DNS answers differ from the plan by up to 100 points (web.example.com from frankfurt)"}
	if diff := cmp.Diff(want, failed); diff != "" {
		t.Errorf("failed checks (-want +got):\n%s", diff)
	}
	if md := r.Markdown(0); !strings.Contains(md, "| web.example.com | frankfurt | fra 100% | ❌ (none) | fra 100% | 100 |") {
		t.Errorf("markdown lacks the unrouted route:\n%s", md)
	}

	// Without a traffic section on either side, no route and no check.
	r = Compare(trafficSide("main", nil), trafficSide("head", nil))
	if len(r.Traffic) != 0 || len(r.Verdicts) != 1 {
		t.Errorf("routes %v, verdicts %v", r.Traffic, r.Verdicts)
	}
}
