package reconciler

import (
	"strings"

	"github.com/prometheus/client_golang/prometheus"
)

// moveMetrics say what moves hold, where, and for whom.
type moveMetrics struct {
	held     *prometheus.GaugeVec
	timedOut *prometheus.GaugeVec
}

func newMoveMetrics(reg *prometheus.Registry) *moveMetrics {
	mm := &moveMetrics{
		held: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "isobar_move_held_since_timestamp_seconds",
			Help: "Unix time since which a cluster keeps a leaving workload (or its previous DNS records, held \"traffic\") during a move, waiting for the clusters named by waiting_for.",
		}, []string{"cluster", "held", "waiting_for"}),
		timedOut: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "isobar_move_timed_out",
			Help: "1 when a cluster holds leaving workloads longer than the move timeout (it keeps serving them).",
		}, []string{"cluster"}),
	}
	reg.MustRegister(mm.held, mm.timedOut)
	return mm
}

// moveHeld records what a cluster holds (nothing: the series go).
func (m *Metrics) moveHeld(cluster string, s moveSummary) {
	if m == nil || m.moves == nil {
		return
	}
	m.moves.held.DeletePartialMatch(prometheus.Labels{"cluster": cluster})
	waitFor := strings.Join(s.waitFor, ",")
	for _, h := range s.held {
		m.moves.held.WithLabelValues(cluster, h, waitFor).Set(float64(s.since.Unix()))
	}
	v := 0.0
	if s.timedOut && len(s.held) > 0 {
		v = 1
	}
	m.moves.timedOut.WithLabelValues(cluster).Set(v)
}
