package reconciler

import (
	"encoding/json"
	"net/http"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"isobar.dev/isobar/reconciler/apply"
)

// Metrics are the reconciler's Prometheus metrics. A nil *Metrics records
// nothing.
type Metrics struct {
	registry    *prometheus.Registry
	duration    *prometheus.HistogramVec
	objects     *prometheus.CounterVec
	drifted     *prometheus.GaugeVec
	failures    *prometheus.CounterVec
	lastSuccess *prometheus.GaugeVec
	ready       *prometheus.GaugeVec
	sourceFails prometheus.Counter
	moves       *moveMetrics
	failover    failoverMetrics
	spot        spotMetrics
}

// NewMetrics registers the metrics in a new registry, with the Go and
// process collectors.
func NewMetrics() *Metrics {
	m := &Metrics{
		registry: prometheus.NewRegistry(),
		duration: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "isobar_reconcile_duration_seconds", Help: "Duration of a cluster's reconcile cycle.",
			Buckets: []float64{.05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 120, 300},
		}, []string{"cluster"}),
		objects: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "isobar_objects_total", Help: "Objects handled by reconcile cycles, by action (created, configured, unchanged, deleted, skipped).",
		}, []string{"cluster", "action"}),
		drifted: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "isobar_objects_drifted", Help: "Objects found drifted and left as they are (drift detection only) at the last cycle.",
		}, []string{"cluster"}),
		failures: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "isobar_reconcile_failures_total", Help: "Failed reconcile cycles, by phase (Failed, Refused).",
		}, []string{"cluster", "phase"}),
		lastSuccess: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "isobar_last_success_timestamp_seconds", Help: "Unix time of the cluster's last successful reconcile.",
		}, []string{"cluster"}),
		ready: prometheus.NewGaugeVec(prometheus.GaugeOpts{
			Name: "isobar_cluster_ready", Help: "1 when the cluster runs the desired revision and it is healthy.",
		}, []string{"cluster"}),
		sourceFails: prometheus.NewCounter(prometheus.CounterOpts{
			Name: "isobar_source_failures_total", Help: "Cycles that could not read the source.",
		}),
	}
	m.moves = newMoveMetrics(m.registry)
	m.failover = newFailoverMetrics(m.registry)
	m.spot = newSpotMetrics(m.registry)
	m.registry.MustRegister(m.duration, m.objects, m.drifted, m.failures, m.lastSuccess, m.ready, m.sourceFails,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}))
	return m
}

// Handler serves the metrics in the Prometheus exposition format.
func (m *Metrics) Handler() http.Handler {
	return promhttp.HandlerFor(m.registry, promhttp.HandlerOpts{})
}

func (m *Metrics) sourceFailed() {
	if m != nil {
		m.sourceFails.Inc()
	}
}

func (m *Metrics) observe(st ClusterStatus, res *apply.Result, took time.Duration) {
	if m == nil {
		return
	}
	m.duration.WithLabelValues(st.Cluster).Observe(took.Seconds())
	if res != nil {
		for action, n := range map[string]int{
			"created": res.Counts.Created, "configured": res.Counts.Configured, "unchanged": res.Counts.Unchanged,
			"deleted": res.Counts.Deleted, "skipped": res.Counts.Skipped,
		} {
			m.objects.WithLabelValues(st.Cluster, action).Add(float64(n))
		}
	}
	m.drifted.WithLabelValues(st.Cluster).Set(float64(len(st.Drifted)))
	switch st.Phase {
	case PhaseReady:
		m.lastSuccess.WithLabelValues(st.Cluster).Set(float64(st.LastApply.Unix()))
		m.ready.WithLabelValues(st.Cluster).Set(1)
	case PhaseWaiting:
	case PhaseMoving:
		m.ready.WithLabelValues(st.Cluster).Set(0)
	default:
		m.failures.WithLabelValues(st.Cluster, st.Phase).Inc()
		m.ready.WithLabelValues(st.Cluster).Set(0)
	}
}

// Handler serves /metrics, /healthz, /readyz, /status (JSON) and, when
// webhook is not nil, /webhook.
func (r *Reconciler) Handler(webhook http.Handler) http.Handler {
	mux := http.NewServeMux()
	if r.opts.Metrics != nil {
		mux.Handle("GET /metrics", r.opts.Metrics.Handler())
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		if !r.Ready() {
			http.Error(w, "the source has not been read yet", http.StatusServiceUnavailable)
			return
		}
		_, _ = w.Write([]byte("ok\n"))
	})
	mux.HandleFunc("GET /status", func(w http.ResponseWriter, _ *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		_ = enc.Encode(r.Status())
	})
	if webhook != nil {
		mux.Handle("/webhook", webhook)
	}
	return mux
}
