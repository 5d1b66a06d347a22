package planner_test

import (
	"bytes"
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"testing"

	"isobar.dev/isobar/internal/cli"
	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// TestCatalogLatencyIsPlanLatency checks that `isobar catalog latency`
// shows, for every built-in geography and every catalog region, the RTT
// and source a plan uses.
func TestCatalogLatencyIsPlanLatency(t *testing.T) {
	cat, err := providers.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	in := &schema.Intent{}
	regions := cat.Regions("")
	bases := map[string]int{}
	pairs := 0
	for _, geo := range slices.Sorted(maps.Keys(schema.BuiltinGeographies())) {
		var stdout, stderr bytes.Buffer
		if code := cli.Main(t.Context(), []string{"catalog", "latency", "--from", geo, "-o", "json"}, &stdout, &stderr); code != 0 {
			t.Fatalf("catalog latency --from %s: exit %d: %s", geo, code, stderr.String())
		}
		var rows []struct {
			To     string  `json:"to"`
			RTTMs  float64 `json:"rttMs"`
			Basis  string  `json:"basis"`
			Source string  `json:"source"`
		}
		if err := json.Unmarshal(stdout.Bytes(), &rows); err != nil {
			t.Fatalf("catalog latency --from %s: %v", geo, err)
		}
		if len(rows) != len(regions) {
			t.Fatalf("catalog latency --from %s: %d rows, want one per region (%d)", geo, len(rows), len(regions))
		}
		for _, row := range rows {
			p, id, _ := strings.Cut(row.To, ":")
			r, ok := cat.Region(p, id)
			if !ok {
				t.Fatalf("%s -> %s: not a catalog region", geo, row.To)
			}
			ms, src, err := planner.UserLatency(cat, in, geo, r.Provider, r.ID)
			if err != nil {
				t.Fatalf("%s -> %s: %v", geo, row.To, err)
			}
			if ms != row.RTTMs || src != row.Source {
				t.Errorf("%s -> %s: plan %.3f ms (%s), catalog %.3f ms (%s)", geo, row.To, ms, src, row.RTTMs, row.Source)
			}
			bases[row.Basis]++
			pairs++
		}
	}
	t.Logf("%d (geography, region) pairs agree; by basis: %v", pairs, bases)
	for _, b := range []string{providers.BasisMeasuredVia, providers.BasisSameMetro, providers.BasisDistanceModel} {
		if bases[b] == 0 {
			t.Errorf("no pair with basis %q: the comparison does not cover every rule", b)
		}
	}
}
