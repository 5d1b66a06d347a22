package demand

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/prometheus/client_golang/api"
	promv1 "github.com/prometheus/client_golang/api/prometheus/v1"
	"github.com/prometheus/common/model"
)

// Query is a range query of request rates by workload and geography.
type Query struct {
	// URL is the Prometheus server's address, with no credentials in it.
	URL string
	// Token, when set, is sent as a bearer token.
	Token string
	// PromQL is the query: one series per (workload, geography).
	PromQL string
	// WorkloadLabel and GeoLabel are the labels that name a series'
	// workload and geography.
	WorkloadLabel, GeoLabel string
	// Start, End and Step bound and sample the range.
	Start, End time.Time
	Step       time.Duration
}

// Key names a series: a workload and a user geography.
type Key struct{ Workload, Geo string }

func (k Key) String() string { return k.Workload + "/" + k.Geo }

// ErrNoData says the query returned no series.
var ErrNoData = errors.New("no data")

// CheckURL refuses a Prometheus address that is not http(s) or that
// carries credentials, which would end up in logs and error messages.
func CheckURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("prometheus address: %w", err)
	}
	switch {
	case u.Scheme != "http" && u.Scheme != "https":
		return nil, fmt.Errorf("prometheus address %q: expected an http:// or https:// URL", u.Redacted())
	case u.Host == "":
		return nil, fmt.Errorf("prometheus address %q: no host", u.Redacted())
	case u.User != nil:
		return nil, fmt.Errorf("prometheus address %q: carries credentials; pass a token through an environment variable instead", u.Redacted())
	case u.RawQuery != "" || u.Fragment != "":
		return nil, fmt.Errorf("prometheus address %q: expected no query or fragment", u.Redacted())
	}
	return u, nil
}

// Fetch runs the query and returns each series' samples by key. Every
// series must carry both labels, and no two the same pair.
func Fetch(ctx context.Context, q Query) (map[Key][]Sample, error) {
	u, err := CheckURL(q.URL)
	if err != nil {
		return nil, err
	}
	var rt http.RoundTripper = api.DefaultRoundTripper
	if q.Token != "" {
		rt = bearer{token: q.Token, next: rt}
	}
	client, err := api.NewClient(api.Config{Address: u.String(), RoundTripper: rt})
	if err != nil {
		return nil, fmt.Errorf("prometheus %s: %w", u.Redacted(), err)
	}
	v, _, err := promv1.NewAPI(client).QueryRange(ctx, q.PromQL, promv1.Range{Start: q.Start, End: q.End, Step: q.Step})
	if err != nil {
		return nil, fmt.Errorf("prometheus %s: query_range: %w", u.Redacted(), err)
	}
	matrix, ok := v.(model.Matrix)
	if !ok {
		return nil, fmt.Errorf("prometheus %s: the query returned a %s, expected a range of series", u.Redacted(), v.Type())
	}
	if len(matrix) == 0 {
		return nil, fmt.Errorf("prometheus %s: %w: the query returned no series from %s to %s", u.Redacted(), ErrNoData,
			q.Start.UTC().Format(time.RFC3339), q.End.UTC().Format(time.RFC3339))
	}
	out := map[Key][]Sample{}
	for _, s := range matrix {
		var k Key
		for _, l := range []struct {
			name string
			to   *string
		}{{q.WorkloadLabel, &k.Workload}, {q.GeoLabel, &k.Geo}} {
			val, ok := s.Metric[model.LabelName(l.name)]
			if !ok || val == "" {
				return nil, fmt.Errorf("series %s has no label %q: group the query by it, e.g. sum by (%s, %s) (...), or name the label with --workload-label and --geo-label",
					s.Metric, l.name, q.WorkloadLabel, q.GeoLabel)
			}
			*l.to = string(val)
		}
		if _, dup := out[k]; dup {
			return nil, fmt.Errorf("two series for workload %q and geography %q (the second is %s): group the query by %s and %s only",
				k.Workload, k.Geo, s.Metric, q.WorkloadLabel, q.GeoLabel)
		}
		samples := make([]Sample, 0, len(s.Values))
		for _, p := range s.Values {
			samples = append(samples, Sample{Time: p.Timestamp.Time().UTC(), RPS: float64(p.Value)})
		}
		out[k] = samples
	}
	return out, nil
}

// Keys returns the keys of series in order.
func Keys[V any](m map[Key]V) []Key {
	keys := make([]Key, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b Key) int {
		return strings.Compare(a.Workload+"\x00"+a.Geo, b.Workload+"\x00"+b.Geo)
	})
	return keys
}

// bearer adds a bearer token to each request.
type bearer struct {
	token string
	next  http.RoundTripper
}

func (b bearer) RoundTrip(r *http.Request) (*http.Response, error) {
	r = r.Clone(r.Context())
	r.Header.Set("Authorization", "Bearer "+b.token)
	return b.next.RoundTrip(r)
}
