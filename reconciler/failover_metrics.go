package reconciler

import (
	"github.com/prometheus/client_golang/prometheus"
)

// failoverMetrics are the metrics of failover.
type failoverMetrics struct {
	active      *prometheus.GaugeVec
	transitions *prometheus.CounterVec
	healthy     *prometheus.GaugeVec
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
	reg.MustRegister(m.active, m.transitions, m.healthy)
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
