package reconciler

import (
	"context"
	"fmt"
	"maps"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	corev1 "k8s.io/api/core/v1"
)

// SpotStatus is a service whose spot capacity in the cluster is reclaimed,
// and the on-demand replicas standing in for it.
type SpotStatus struct {
	// Workload is "namespace/workload".
	Workload string `json:"workload"`
	// Missing is how many spot replicas are not available; Pending how
	// many spot pods wait for a node.
	Missing int `json:"missing"`
	Pending int `json:"pending,omitempty"`
	// StandIns is how many on-demand replicas stand in; Paid how many the
	// budgets pay for, and Limit the budget that holds them below the
	// spot replicas, when one does.
	StandIns int    `json:"standIns"`
	Paid     int    `json:"paid"`
	Limit    string `json:"limit,omitempty"`
	// Since is when the stand-ins were applied.
	Since time.Time `json:"since"`
	// ExtraMonthlyUSD is what the stand-ins cost a month more than the
	// spot replicas they replace.
	ExtraMonthlyUSD float64 `json:"extraMonthlyUSD"`
	// ReturningSince is since when the spot replicas are available again;
	// the stand-ins go once that lasted SpotOptions.Return.
	ReturningSince time.Time `json:"returningSince,omitzero"`
}

// spotStatus writes the cluster's reclaimed spot capacity into st.
func (c *clusterState) spotStatus(st *ClusterStatus) {
	st.Spot = nil
	if c.spot == nil {
		return
	}
	var msgs []string
	for _, w := range slices.Sorted(maps.Keys(c.spot.tracks)) {
		t := c.spot.tracks[w]
		if !t.active {
			continue
		}
		s := SpotStatus{
			Workload: w, Missing: t.obs.missing(), Pending: t.obs.pending,
			StandIns: t.standIns, Paid: t.pair.paid, Since: t.since,
			ExtraMonthlyUSD: math.Round(float64(t.standIns)*t.pair.costEach*100) / 100,
			ReturningSince:  t.backSince,
		}
		if t.pair.paid < max(s.Missing, t.standIns) {
			s.Limit = t.pair.limit
		}
		st.Spot = append(st.Spot, s)
		msgs = append(msgs, spotMessage(s))
	}
	if len(msgs) == 0 {
		return
	}
	msg := "spot capacity reclaimed: " + strings.Join(msgs, "; ")
	if st.Message == "" {
		st.Message = msg
	} else {
		st.Message += "; " + msg
	}
}

func spotMessage(s SpotStatus) string {
	msg := fmt.Sprintf("%s: %d on-demand stand-in(s) for %d missing spot replica(s) since %s (+$%.2f/month)",
		s.Workload, s.StandIns, s.Missing, s.Since.UTC().Format(time.RFC3339), s.ExtraMonthlyUSD)
	if s.Paid < s.Missing {
		budget := "the budget"
		if s.Limit != "" {
			budget += " (" + s.Limit + ")"
		}
		msg += fmt.Sprintf(", as many as %s pays for", budget)
	}
	if !s.ReturningSince.IsZero() {
		msg += ", spot back since " + s.ReturningSince.UTC().Format(time.RFC3339)
	}
	return msg
}

// reclaimedMessage is the SpotReclaimed Event's message.
func reclaimedMessage(t *spotTrack) string {
	o := t.obs
	msg := fmt.Sprintf("%s: %d of %d spot replicas missing, %d pod(s) with no node that has room; %d on-demand stand-in(s) applied (+$%.2f/month)",
		t.pair.workload, o.missing(), o.desired, o.unschedulable, t.standIns, float64(t.standIns)*t.pair.costEach)
	if t.standIns < o.missing() {
		budget := "the budget"
		if t.pair.limit != "" {
			budget += " (" + t.pair.limit + ")"
		}
		msg += fmt.Sprintf("; %s pays for %d", budget, t.pair.paid)
	}
	return msg
}

func sameSpot(a, b []SpotStatus) bool {
	return slices.EqualFunc(a, b, func(x, y SpotStatus) bool {
		return x.Workload == y.Workload && x.StandIns == y.StandIns && x.Paid == y.Paid && x.Limit == y.Limit &&
			x.Since.Equal(y.Since) && x.ReturningSince.IsZero() == y.ReturningSince.IsZero()
	})
}

// spotEvents logs the cycle's spot transitions and records each as an
// Event on the cluster's inventory Secret: Warning SpotReclaimed, Normal
// SpotReturned.
func (r *Reconciler) spotEvents(ctx context.Context, c *clusterState, st ClusterStatus) {
	if c.spot == nil {
		return
	}
	log := r.opts.Logger.With("cluster", c.target.Cluster)
	for _, tr := range c.spot.transitions {
		typ := corev1.EventTypeNormal
		if tr.kind == TransitionSpotReclaimed {
			typ = corev1.EventTypeWarning
			log.Warn("spot capacity reclaimed; on-demand replicas stand in", "workload", tr.workload, "message", tr.message)
		} else {
			log.Info("spot capacity back; stand-ins removed", "workload", tr.workload, "message", tr.message)
		}
		r.opts.Metrics.spotTransition(c.target.Cluster, tr.workload, tr.kind)
		ctx, cancel := context.WithTimeout(ctx, 10*time.Second)
		err := r.emit(ctx, c.spot.cs, st, typ, tr.kind, tr.message)
		cancel()
		if err != nil {
			log.Warn("could not record the spot Event in the cluster", "error", err)
		}
	}
	c.spot.transitions = nil
}

// spotMetrics are the metrics of reclaimed spot capacity.
type spotMetrics struct {
	standIns    *prometheus.GaugeVec
	missing     *prometheus.GaugeVec
	since       *prometheus.GaugeVec
	cost        *prometheus.GaugeVec
	transitions *prometheus.CounterVec
}

func newSpotMetrics(reg *prometheus.Registry) spotMetrics {
	labels := []string{"cluster", "workload"}
	m := spotMetrics{
		standIns: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "isobar_spot_stand_in_replicas", Help: "On-demand replicas standing in for reclaimed spot replicas.",
		}, labels),
		missing: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "isobar_spot_missing_replicas", Help: "Spot replicas not available while their spot capacity is reclaimed.",
		}, labels),
		since: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "isobar_spot_reclaimed_since_timestamp_seconds", Help: "Unix time the stand-ins for reclaimed spot capacity were applied.",
		}, labels),
		cost: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "isobar_spot_stand_in_extra_monthly_usd", Help: "What the stand-ins cost a month more than the spot replicas they replace, in USD.",
		}, labels),
		transitions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "isobar_spot_transitions_total", Help: "Spot reclaim transitions, by transition (SpotReclaimed, SpotReturned).",
		}, []string{"cluster", "workload", "transition"}),
	}
	reg.MustRegister(m.standIns, m.missing, m.since, m.cost, m.transitions)
	return m
}

// observeSpot sets the cluster's spot gauges from its status.
func (m *Metrics) observeSpot(st ClusterStatus) {
	if m == nil {
		return
	}
	s := m.spot
	for _, g := range []*prometheus.GaugeVec{s.standIns, s.missing, s.since, s.cost} {
		g.DeletePartialMatch(prometheus.Labels{"cluster": st.Cluster})
	}
	for _, w := range st.Spot {
		s.standIns.WithLabelValues(st.Cluster, w.Workload).Set(float64(w.StandIns))
		s.missing.WithLabelValues(st.Cluster, w.Workload).Set(float64(w.Missing))
		s.since.WithLabelValues(st.Cluster, w.Workload).Set(float64(w.Since.Unix()))
		s.cost.WithLabelValues(st.Cluster, w.Workload).Set(w.ExtraMonthlyUSD)
	}
}

func (m *Metrics) spotTransition(cluster, workload, kind string) {
	if m != nil {
		m.spot.transitions.WithLabelValues(cluster, workload, kind).Inc()
	}
}
