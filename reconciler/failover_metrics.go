package reconciler

import (
	"time"

	"github.com/prometheus/client_golang/prometheus"
)

// failoverMetrics are the metrics of failover.
type failoverMetrics struct {
	active      *prometheus.GaugeVec
	transitions *prometheus.CounterVec
	healthy     *prometheus.GaugeVec
	extraCost   *prometheus.GaugeVec
	beats       *prometheus.CounterVec
	refused     *prometheus.CounterVec
	beatAge     *prometheus.GaugeVec
}

func newFailoverMetrics(reg *prometheus.Registry) failoverMetrics {
	m := failoverMetrics{
		active: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "isobar_failover_active", Help: "1 while the failure domain is failed over (its survivors run its load).",
		}, []string{"domain"}),
		transitions: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "isobar_failover_transitions_total", Help: "Failover transitions of failure domains (FailedOver, FailingBack, FailbackAborted, FailedBack).",
		}, []string{"domain", "transition"}),
		healthy: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "isobar_cluster_probe_healthy", Help: "1 when the cluster's last probe found its API server ready and enough ready node capacity for its bundle.",
		}, []string{"cluster"}),
	}
	m.extraCost = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "isobar_failover_extra_cost_usd_monthly", Help: "What the fleet costs more per month while the failure domain is failed over, as the survivors' signed contingency bundles say (0 when none is).",
	}, []string{"domain"})
	m.beats = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "isobar_heartbeats_published_total", Help: "Heartbeats this agent published (result ok or failed).",
	}, []string{"result"})
	m.refused = prometheus.NewCounterVec(prometheus.CounterOpts{
		Name: "isobar_heartbeats_refused_total", Help: "Peers' heartbeats read but refused (unsigned, wrongly signed, malformed); they count as absent.",
	}, []string{"cluster"})
	m.beatAge = prometheus.NewGaugeVec(prometheus.GaugeOpts{
		Name: "isobar_peer_heartbeat_age_seconds", Help: "How long ago, by this agent's clock, the peer's heartbeat last advanced.",
	}, []string{"cluster"})
	reg.MustRegister(m.active, m.transitions, m.healthy, m.extraCost, m.beats, m.refused, m.beatAge)
	return m
}

func (m *Metrics) probed(cluster string, healthy bool) {
	if m == nil {
		return
	}
	v := 0.0
	if healthy {
		v = 1
	}
	m.failover.healthy.WithLabelValues(cluster).Set(v)
}

func (m *Metrics) failoverTransition(domain, kind string) {
	if m != nil {
		m.failover.transitions.WithLabelValues(domain, kind).Inc()
	}
}

// failoverActive sets isobar_failover_active of every domain: 1 for
// active, 0 for the others.
func (m *Metrics) failoverActive(domains []string, active string) {
	if m == nil {
		return
	}
	for _, d := range domains {
		v := 0.0
		if d == active {
			v = 1
		}
		m.failover.active.WithLabelValues(d).Set(v)
	}
}

// failoverCost sets isobar_failover_extra_cost_usd_monthly of every
// domain: the extra cost for active (when known), 0 for the others.
func (m *Metrics) failoverCost(domains []string, active string, usd float64) {
	if m == nil {
		return
	}
	for _, d := range domains {
		v := 0.0
		if d == active {
			v = usd
		}
		m.failover.extraCost.WithLabelValues(d).Set(v)
	}
}

func (m *Metrics) heartbeatPublished(ok bool) {
	if m == nil {
		return
	}
	result := "ok"
	if !ok {
		result = "failed"
	}
	m.failover.beats.WithLabelValues(result).Inc()
}

func (m *Metrics) heartbeatRefused(cluster string) {
	if m != nil {
		m.failover.refused.WithLabelValues(cluster).Inc()
	}
}

func (m *Metrics) heartbeatAges(ages map[string]time.Duration) {
	if m == nil {
		return
	}
	for c, a := range ages {
		m.failover.beatAge.WithLabelValues(c).Set(a.Seconds())
	}
}
