package render_test

import (
	"strconv"
	"testing"
	"time"

	"github.com/robfig/cron/v3"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
)

// TestWeekCronAsKEDAReadsIt reads the rendered ScaledObjects' cron
// triggers with the cron parser KEDA's cron scaler uses, decides minute by
// minute over a week which triggers are active as that scaler does (a
// trigger is active when its next end comes before its next start), and
// checks that the replicas KEDA would ask for are, at every minute, the
// most of the window running then and the window starting within the lead
// (two minutes): scaled up ahead of a window, down when it is over.
func TestWeekCronAsKEDAReadsIt(t *testing.T) {
	eks := renderWeek(t).Cluster("eks")
	p := weekPlan()
	const lead = 2 * time.Minute
	monday := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
	parser := cron.NewParser(cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow)
	for _, tt := range []struct{ name, workload string }{{"web", "web"}, {"web-spot", "web"}, {"ledger", "ledger"}} {
		so := find(eks, "ScaledObject", tt.name)
		if so == nil {
			t.Fatalf("no ScaledObject %s", tt.name)
		}
		lo, _, _ := unstructured.NestedInt64(so.Object, "spec", "minReplicaCount")
		hi, _, _ := unstructured.NestedInt64(so.Object, "spec", "maxReplicaCount")
		triggers, _, _ := unstructured.NestedSlice(so.Object, "spec", "triggers")
		type schedule struct {
			start, end cron.Schedule
			replicas   int64
		}
		var crons []schedule
		for _, tr := range triggers {
			m := tr.(map[string]any)
			if m["type"] != "cron" {
				continue
			}
			md := m["metadata"].(map[string]any)
			if md["timezone"] != "UTC" {
				t.Fatalf("%s: trigger in time zone %v", tt.name, md["timezone"])
			}
			start, err := parser.Parse(md["start"].(string))
			if err != nil {
				t.Fatal(err)
			}
			end, err := parser.Parse(md["end"].(string))
			if err != nil {
				t.Fatal(err)
			}
			n, err := strconv.ParseInt(md["desiredReplicas"].(string), 10, 64)
			if err != nil || n <= 0 {
				t.Fatalf("%s: desiredReplicas %v", tt.name, md["desiredReplicas"])
			}
			crons = append(crons, schedule{start, end, n})
		}
		// level is the plan's count of this Deployment at a time of the week.
		level := func(at time.Time) int64 {
			h := int(at.Sub(monday).Hours()) % (7 * 24)
			for _, w := range p.Week.Windows {
				if h < w.StartHour || h >= w.StartHour+w.Hours {
					continue
				}
				for _, wp := range w.Placements {
					if wp.Workload == tt.workload && wp.Cluster == "eks" {
						if tt.name == "web-spot" {
							return int64(wp.SpotReplicas)
						}
						return int64(wp.Replicas - wp.SpotReplicas)
					}
				}
			}
			return 0
		}
		wrong := 0
		for m := range 7 * 24 * 60 {
			now := monday.Add(time.Duration(m) * time.Minute)
			desired := int64(0)
			for _, c := range crons {
				if !c.start.Next(now).Before(c.end.Next(now)) { // KEDA's cron scaler: active
					desired = max(desired, c.replicas)
				}
			}
			desired = min(max(desired, lo), hi)
			want := max(level(now), level(now.Add(lead)))
			if desired != want && wrong < 5 {
				wrong++
				t.Errorf("%s at %s: KEDA asks for %d replicas, the plan for %d", tt.name, now.Format("Mon 15:04"), desired, want)
			}
		}
	}
}
