package render

// Scaling ahead of demand: when the plan has windows of the week
// (planner.Week), each Deployment of a service follows its replicas per
// window. In a cluster with KEDA (schema.AutoscalingKEDA, the default) a
// ScaledObject holds one cron trigger per run of windows at the same count;
// elsewhere (schema.AutoscalingHPA) a HorizontalPodAutoscaler keeps the
// Deployment between the week's lowest and highest counts on CPU.

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	autoscalingv2 "k8s.io/api/autoscaling/v2"
	corev1 "k8s.io/api/core/v1"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/schema"
)

const (
	// AnnotationPeakReplicas is on a Deployment whose replicas an autoscaler
	// sets per window: the most the plan gives it in any window (its
	// spec.replicas is left to the autoscaler).
	AnnotationPeakReplicas = "isobar.dev/peak-replicas"

	// KEDAAPIVersion is the API version of the ScaledObjects rendered.
	KEDAAPIVersion = "keda.sh/v1alpha1"

	// DefaultTargetCPUPercent is the CPU utilisation the
	// HorizontalPodAutoscaler of a cluster without KEDA aims at when the
	// workload declares no autoscaling of its own.
	DefaultTargetCPUPercent = 70

	hoursPerWeek   = 7 * 24
	minutesPerWeek = hoursPerWeek * 60
	defaultLead    = 10 * time.Minute
)

// scaleTarget is one Deployment of a service and its replicas per window.
type scaleTarget struct {
	name   string
	spot   bool
	static int   // the static plan's replicas
	levels []int // replicas per window of the week
}

func (t scaleTarget) lowest() int  { return slices.Min(t.levels) }
func (t scaleTarget) highest() int { return slices.Max(t.levels) }
func (t scaleTarget) peak() int    { return max(t.static, t.highest()) }

// validateWeek checks that a plan's windows cover the week, Monday 00:00
// UTC first, without gap or overlap, and that every window's placement is
// of a workload the static plan places in that cluster.
func validateWeek(in *schema.Intent, plan *planner.Plan) error {
	wk := plan.Week
	if wk == nil {
		return nil
	}
	if len(wk.Windows) == 0 {
		return fmt.Errorf("plan.week has no windows")
	}
	static := map[[2]string]bool{}
	for _, p := range plan.Placements {
		static[[2]string{p.Workload, p.Cluster}] = true
	}
	hour := 0
	for i, win := range wk.Windows {
		if win.StartHour != hour || win.Hours <= 0 {
			return fmt.Errorf("plan.week.windows[%d] (%s) starts at hour %d and lasts %d hours; want a window starting at hour %d and lasting at least one", i, win.Name, win.StartHour, win.Hours, hour)
		}
		hour += win.Hours
		seen := map[[2]string]bool{}
		for j, p := range win.Placements {
			k := [2]string{p.Workload, p.Cluster}
			switch {
			case p.Replicas < 0 || p.SpotReplicas < 0 || p.SpotReplicas > p.Replicas:
				return fmt.Errorf("plan.week.windows[%d].placements[%d]: %s on %s has %d replicas of which %d on spot", i, j, p.Workload, p.Cluster, p.Replicas, p.SpotReplicas)
			case seen[k]:
				return fmt.Errorf("plan.week.windows[%d].placements[%d]: %s on %s is placed twice in the window", i, j, p.Workload, p.Cluster)
			case !static[k] && p.Replicas > 0:
				if _, ok := in.Fleet[p.Cluster]; !ok {
					return fmt.Errorf("plan.week.windows[%d].placements[%d]: cluster %q is not in the fleet", i, j, p.Cluster)
				}
				return fmt.Errorf("plan.week.windows[%d].placements[%d]: %s on %s, where the static plan does not place it", i, j, p.Workload, p.Cluster)
			}
			seen[k] = true
		}
	}
	if hour != hoursPerWeek {
		return fmt.Errorf("plan.week.windows cover %d hours, want %d (a week)", hour, hoursPerWeek)
	}
	return nil
}

// lead is how long before its window a run's replicas are scaled, in
// whole minutes (cron's resolution), rounded up.
func lead(in *schema.Intent) (int, error) {
	d := defaultLead
	if s := in.Planning.Windows.Lead; s != "" {
		v, err := schema.ParseDuration(s)
		if err != nil {
			return 0, fmt.Errorf("planning.windows.lead: %w", err)
		}
		d = v.Std()
	}
	if d < 0 {
		return 0, fmt.Errorf("planning.windows.lead is %s (expected a duration >= 0)", d)
	}
	return int(math.Ceil(d.Minutes())), nil
}

// scaleTargets are the Deployments of a service placement with their
// replicas per window: on-demand first, then spot, each only if some window
// or the static plan gives it replicas. Nil when the plan has no windows or
// the workload is not a service.
func (r *renderer) scaleTargets(w *schema.Workload, p planner.Placement) []scaleTarget {
	if r.week == nil || w.Kind == schema.KindJob || w.Kind == schema.KindCronJob {
		return nil
	}
	od := scaleTarget{name: w.Name, static: p.Replicas - p.SpotReplicas}
	spot := scaleTarget{name: w.Name + SpotSuffix, spot: true, static: p.SpotReplicas}
	for _, win := range r.week.Windows {
		n, s := 0, 0
		for _, wp := range win.Placements {
			if wp.Workload == p.Workload && wp.Cluster == r.cluster {
				n, s = wp.Replicas-wp.SpotReplicas, wp.SpotReplicas
			}
		}
		od.levels = append(od.levels, n)
		spot.levels = append(spot.levels, s)
	}
	var out []scaleTarget
	for _, t := range []scaleTarget{od, spot} {
		// The on-demand Deployment stays, at 0, beside spot replicas:
		// spot stand-ins run in it.
		if t.peak() > 0 || (!t.spot && spot.peak() > 0) {
			out = append(out, t)
		}
	}
	return out
}

// scaledService renders a service's Deployments and what scales them per
// window. Per Deployment there is at most one autoscaler: a ScaledObject
// (cron triggers, and a CPU trigger on the first Deployment when the
// workload declares autoscaling) or a HorizontalPodAutoscaler.
func (r *renderer) scaledService(w *schema.Workload, p planner.Placement, targets []scaleTarget) (typed []any, custom []*object, err error) {
	leadMin, err := lead(r.in)
	if err != nil {
		return nil, nil, err
	}
	keda := r.spec.Autoscaling != schema.AutoscalingHPA
	hasSpot, cpuSet := false, false
	for _, t := range targets {
		hasSpot = hasSpot || t.spot
	}
	for _, t := range targets {
		tmpl, err := r.podTemplate(w, t.spot)
		if err != nil {
			return nil, nil, err
		}
		lo, hi := t.lowest(), t.highest()
		// A CPU autoscaler, if the workload asks for one, scales the first
		// Deployment that runs replicas.
		cpu := w.Autoscaling != nil && !cpuSet && t.peak() > 0
		cpuSet = cpuSet || cpu
		if lo == hi {
			// The same count all week: nothing to scale per window.
			d := r.deployment(w, t.name, lo, tmpl)
			if !t.spot && hasSpot {
				// Spot stand-ins raise a fixed count only; a Deployment
				// its autoscaler scales gets none.
				d.Annotations = r.standInAnnotations(w.Name)
			}
			typed = append(typed, d)
			if cpu && lo > 0 {
				typed = append(typed, r.autoscaler(w, t.name, lo, p.Replicas))
			}
			continue
		}
		d := r.deployment(w, t.name, 0, tmpl)
		d.Spec.Replicas = nil // the autoscaler's to set
		d.Annotations = map[string]string{AnnotationPeakReplicas: strconv.Itoa(t.peak())}
		typed = append(typed, d)
		most := t.peak()
		if cpu {
			most = max(most, w.Autoscaling.MaxReplicas-(p.Replicas-t.static))
		}
		if !keda {
			typed = append(typed, r.windowAutoscaler(w, t, most, cpu))
			continue
		}
		runs, err := weekRuns(r.week.Windows, t.levels, leadMin)
		if err != nil {
			return nil, nil, fmt.Errorf("%s: %w", t.name, err)
		}
		custom = append(custom, r.scaledObject(w, t, runs, most, cpu))
	}
	return typed, custom, nil
}

// run is a stretch of consecutive windows at the same replica count.
type run struct {
	// StartMinute and EndMinute count minutes from Monday 00:00 UTC; the
	// start is the first window's less the lead (wrapping over the
	// week), the end the next change of count.
	StartMinute, EndMinute int
	Replicas               int
}

// weekRuns cuts the week into runs of the same count (the week wraps: a run
// may span Sunday to Monday) and returns those above the week's lowest, the
// ones that need a trigger, in the order they start.
func weekRuns(windows []planner.Window, levels []int, leadMin int) ([]run, error) {
	n := len(levels)
	lo := slices.Min(levels)
	// Start at a change of count, so that no run is split at Monday 00:00.
	first := 0
	for i := range n {
		if levels[i] != levels[(i+n-1)%n] {
			first = i
			break
		}
	}
	var out []run
	for k := 0; k < n; {
		i := (first + k) % n
		j := k
		hours := 0
		for j < n && levels[(first+j)%n] == levels[i] {
			hours += windows[(first+j)%n].Hours
			j++
		}
		if levels[i] > lo {
			if hours*60+leadMin >= minutesPerWeek {
				return nil, fmt.Errorf("the run of %d replicas from %s lasts %d hours: with a lead of %d minutes it would never end", levels[i], windows[i].Name, hours, leadMin)
			}
			start := windows[i].StartHour * 60
			out = append(out, run{
				StartMinute: ((start-leadMin)%minutesPerWeek + minutesPerWeek) % minutesPerWeek,
				EndMinute:   (start + hours*60) % minutesPerWeek,
				Replicas:    levels[i],
			})
		}
		k = j
	}
	slices.SortFunc(out, func(a, b run) int { return a.StartMinute - b.StartMinute })
	return out, nil
}

// cron is a weekly cron schedule (minute hour * * day-of-week, Sunday 0)
// for a minute of the week counted from Monday 00:00.
func cron(minute int) string {
	day, m := minute/(24*60), minute%(24*60)
	return fmt.Sprintf("%d %d * * %d", m%60, m/60, (day+1)%7)
}

// scaledObject is the KEDA ScaledObject of one Deployment: between the
// week's lowest count and most, with a cron trigger per run above the
// lowest. KEDA scales to the highest trigger active, so a run starts its
// lead early and ends when the next window starts: scaling up happens
// ahead of a window, scaling down only once the window is over.
func (r *renderer) scaledObject(w *schema.Workload, t scaleTarget, runs []run, most int, cpu bool) *object {
	triggers := make([]any, 0, len(runs)+1)
	for _, rn := range runs {
		triggers = append(triggers, map[string]any{
			"type": "cron",
			"metadata": map[string]any{
				"timezone":        "UTC",
				"start":           cron(rn.StartMinute),
				"end":             cron(rn.EndMinute),
				"desiredReplicas": strconv.Itoa(rn.Replicas),
			},
		})
	}
	if cpu {
		triggers = append(triggers, map[string]any{
			"type":       "cpu",
			"metricType": "Utilization",
			"metadata":   map[string]any{"value": strconv.Itoa(w.Autoscaling.TargetCPUPercent)},
		})
	}
	// KEDA labels the HorizontalPodAutoscaler it makes with the
	// ScaledObject's name and names it keda-hpa-<name>: both must be label
	// values (63 characters at most), which a long workload's spot
	// Deployment's name is not.
	name := shorten(t.name, maxLabelValue)
	spec := map[string]any{
		"scaleTargetRef":  map[string]any{"apiVersion": "apps/v1", "kind": "Deployment", "name": t.name},
		"minReplicaCount": int64(t.lowest()),
		"maxReplicaCount": int64(most),
		"triggers":        triggers,
	}
	if hpa := "keda-hpa-" + name; len(hpa) > maxLabelValue {
		spec["advanced"] = map[string]any{"horizontalPodAutoscalerConfig": map[string]any{"name": shorten(hpa, maxLabelValue)}}
	}
	return &object{kindPatch: -1, u: &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": KEDAAPIVersion,
		"kind":       "ScaledObject",
		"metadata":   map[string]any{"name": name, "namespace": w.Namespace},
		"spec":       spec,
	}}}
}

const maxLabelValue = 63

// shorten cuts a name longer than n to n characters, the last nine a dash
// and a hash of the whole name, so that two long names stay apart.
func shorten(name string, n int) string {
	if len(name) <= n {
		return name
	}
	sum := sha256.Sum256([]byte(name))
	return strings.TrimRight(name[:n-9], "-") + "-" + hex.EncodeToString(sum[:4])
}

// windowAutoscaler is the HorizontalPodAutoscaler of a Deployment in a
// cluster without KEDA: on CPU, between the week's lowest count (at least
// one: a HorizontalPodAutoscaler does not scale to zero) and most.
func (r *renderer) windowAutoscaler(w *schema.Workload, t scaleTarget, most int, cpu bool) *autoscalingv2.HorizontalPodAutoscaler {
	lo := int32(max(1, t.lowest()))
	pct := int32(DefaultTargetCPUPercent)
	if cpu {
		pct = int32(w.Autoscaling.TargetCPUPercent)
	}
	return &autoscalingv2.HorizontalPodAutoscaler{
		TypeMeta:   metav1.TypeMeta{APIVersion: "autoscaling/v2", Kind: "HorizontalPodAutoscaler"},
		ObjectMeta: r.meta(w, t.name),
		Spec: autoscalingv2.HorizontalPodAutoscalerSpec{
			ScaleTargetRef: autoscalingv2.CrossVersionObjectReference{APIVersion: "apps/v1", Kind: "Deployment", Name: t.name},
			MinReplicas:    &lo,
			MaxReplicas:    int32(max(int(lo), most)),
			Metrics: []autoscalingv2.MetricSpec{{
				Type: autoscalingv2.ResourceMetricSourceType,
				Resource: &autoscalingv2.ResourceMetricSource{
					Name:   corev1.ResourceCPU,
					Target: autoscalingv2.MetricTarget{Type: autoscalingv2.UtilizationMetricType, AverageUtilization: &pct},
				},
			}},
		},
	}
}
