package render

import (
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	robfig "github.com/robfig/cron/v3"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/schema"
)

// TestCronEveryMinute checks that the schedule written for each minute of
// the week fires, as KEDA's cron parser reads it, at that minute and at no
// other of the week.
func TestCronEveryMinute(t *testing.T) {
	parser := robfig.NewParser(robfig.Minute | robfig.Hour | robfig.Dom | robfig.Month | robfig.Dow)
	monday := time.Date(2026, 1, 5, 0, 0, 0, 0, time.UTC)
	for m := range minutesPerWeek {
		s, err := parser.Parse(cron(m))
		if err != nil {
			t.Fatalf("minute %d: %q: %v", m, cron(m), err)
		}
		want := monday.Add(time.Duration(m) * time.Minute)
		if got := s.Next(monday.Add(-time.Second)); !got.Equal(want) && !got.Equal(want.Add(-7*24*time.Hour)) {
			t.Fatalf("minute %d: %q next fires at %s, want %s", m, cron(m), got, want)
		}
		if got := s.Next(want); !got.Equal(want.Add(7 * 24 * time.Hour)) {
			t.Fatalf("minute %d: %q fires again at %s within the week", m, cron(m), got)
		}
	}
}

// TestWeekRunsProperty draws random weeks (windows of random lengths,
// counts, leads) and checks, minute by minute, that the runs' triggers —
// active from start to end, wrapping over the week, the highest winning,
// the week's lowest otherwise — ask for the most count of any window
// running now or starting within the lead.
func TestWeekRunsProperty(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for trial := range 500 {
		var windows []planner.Window
		var levels []int
		for h := 0; h < hoursPerWeek; {
			n := min(hoursPerWeek-h, 1+rng.IntN(30))
			windows = append(windows, planner.Window{Name: "w", StartHour: h, Hours: n})
			levels = append(levels, rng.IntN(4))
			h += n
		}
		leadMin := rng.IntN(180)
		runs, err := weekRuns(windows, levels, leadMin)
		if err != nil {
			t.Fatalf("trial %d: %v", trial, err)
		}
		hourly := make([]int, hoursPerWeek)
		for i, w := range windows {
			for h := w.StartHour; h < w.StartHour+w.Hours; h++ {
				hourly[h] = levels[i]
			}
		}
		lo := levels[0]
		for _, l := range levels {
			lo = min(lo, l)
		}
		at := func(m int) int { return hourly[(m%minutesPerWeek)/60] }
		for m := range minutesPerWeek {
			got := lo
			for _, r := range runs {
				active := r.StartMinute <= m && m < r.EndMinute
				if r.StartMinute > r.EndMinute {
					active = m >= r.StartMinute || m < r.EndMinute
				}
				if active {
					got = max(got, r.Replicas)
				}
			}
			want := at(m)
			for d := 0; d <= leadMin; d += 60 - (m+d)%60 {
				want = max(want, at(m+d)) // every hour begun within the lead
			}
			want = max(want, at(m+leadMin))
			if got != want {
				t.Fatalf("trial %d (lead %d min, levels %v): minute %d asks for %d, want %d", trial, leadMin, levels, m, got, want)
			}
		}
	}
}

// TestScaledObjectLongName checks that the ScaledObject of a long
// workload's spot Deployment, and the HorizontalPodAutoscaler KEDA makes
// for it, have names KEDA accepts (label values, 63 characters at most),
// distinct from another long name's, while it still targets the
// Deployment.
func TestScaledObjectLongName(t *testing.T) {
	runs := []run{{StartMinute: 470, EndMinute: 1080, Replicas: 2}}
	names := map[string]bool{}
	for _, w := range []string{strings.Repeat("a", 63), strings.Repeat("a", 62) + "b", "short"} {
		for _, target := range []string{w, w + SpotSuffix} {
			so := (&renderer{}).scaledObject(&schema.Workload{Name: w, Namespace: "ns"}, scaleTarget{name: target, levels: []int{0, 2}}, runs, 2, false).u
			name := so.GetName()
			hpa, found, _ := unstructured.NestedString(so.Object, "spec", "advanced", "horizontalPodAutoscalerConfig", "name")
			if !found {
				hpa = "keda-hpa-" + name
			}
			ref, _, _ := unstructured.NestedString(so.Object, "spec", "scaleTargetRef", "name")
			if len(name) > 63 || len(hpa) > 63 || ref != target || names[name] {
				t.Errorf("%s: ScaledObject %q (%d), its HorizontalPodAutoscaler %q (%d), target %q", target, name, len(name), hpa, len(hpa), ref)
			}
			if len(target) <= 54 && (name != target || found) {
				t.Errorf("%s: a short name is renamed to %q (HorizontalPodAutoscaler set: %v)", target, name, found)
			}
			names[name] = true
		}
	}
}
