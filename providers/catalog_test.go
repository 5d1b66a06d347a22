package providers

import (
	"encoding/csv"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"isobar.dev/isobar/providers/internal/wire"
)

func builtinT(t *testing.T) *Catalog {
	t.Helper()
	c, err := Builtin()
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// readCSV reads a file of the data set as maps keyed by column name.
func readCSV(t *testing.T, name string) []map[string]string {
	t.Helper()
	requireData(t)
	f, err := os.Open(filepath.Join(dataDir, name))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	recs, err := csv.NewReader(f).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	var out []map[string]string
	for _, rec := range recs[1:] {
		m := map[string]string{}
		for i, col := range recs[0] {
			m[col] = rec[i]
		}
		out = append(out, m)
	}
	return out
}

func num(t *testing.T, s string) float64 {
	t.Helper()
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		t.Fatal(err)
	}
	return v
}

func near(a, b, tol float64) bool { return math.Abs(a-b) <= tol }

func TestBuiltinCached(t *testing.T) {
	a, b := builtinT(t), builtinT(t)
	if a != b {
		t.Error("Builtin parsed twice")
	}
}

func TestEveryRegionPresent(t *testing.T) {
	c := builtinT(t)
	rows := readCSV(t, "regions.csv")
	if got := len(c.Regions("")); got != len(rows) {
		t.Errorf("catalog has %d regions, regions.csv %d", got, len(rows))
	}
	for _, row := range rows {
		t.Run(row["provider"]+":"+row["region"], func(t *testing.T) {
			r, ok := c.Region(row["provider"], row["region"])
			if !ok {
				t.Fatal("missing")
			}
			if r.DisplayName != row["display_name"] || r.City != row["city"] || r.Country != row["country"] || r.Continent != row["continent"] {
				t.Errorf("names: got %q %q %q %q, want %v", r.DisplayName, r.City, r.Country, r.Continent, row)
			}
			if strconv.FormatBool(r.EU) != row["eu"] || strconv.FormatBool(r.EEA) != row["eea"] {
				t.Errorf("eu/eea: got %v/%v, want %s/%s", r.EU, r.EEA, row["eu"], row["eea"])
			}
			if r.Lat != num(t, row["lat"]) || r.Lon != num(t, row["lon"]) {
				t.Errorf("coordinates: got %v,%v", r.Lat, r.Lon)
			}
			if r.Prices == nil || r.Carbon == nil || r.InternetEgressUSDPerGB == nil {
				t.Errorf("missing facts: prices %v carbon %v egress %v", r.Prices != nil, r.Carbon != nil, r.InternetEgressUSDPerGB != nil)
			}
		})
	}
}

func TestRegionFacts(t *testing.T) {
	c := builtinT(t)
	tests := []struct {
		provider, id, country, continent string
		eu, eea                          bool
	}{
		{"aws", "eu-west-1", "IE", "eu", true, true},
		{"aws", "us-east-1", "US", "na", false, false},
		{"gcp", "europe-west6", "CH", "eu", false, false},
		{"azure", "norwayeast", "NO", "eu", false, true},
		{"azure", "westeurope", "NL", "eu", true, true},
	}
	for _, tt := range tests {
		t.Run(tt.provider+":"+tt.id, func(t *testing.T) {
			r, ok := c.Region(tt.provider, tt.id)
			if !ok {
				t.Fatal("missing")
			}
			if r.Country != tt.country || r.Continent != tt.continent || r.EU != tt.eu || r.EEA != tt.eea {
				t.Errorf("got %s %s eu=%v eea=%v", r.Country, r.Continent, r.EU, r.EEA)
			}
		})
	}
	if _, ok := c.Region("aws", "cn-north-1"); ok {
		t.Error("aws cn-north-1 should not be in the catalog")
	}
}

func TestKnownPrices(t *testing.T) {
	c := builtinT(t)
	tests := []struct {
		provider, id, model string // model "" = general-purpose VM
		sku                 string
		hour                float64 // listed SKU price
		perGPU              float64
		host                bool
	}{
		{"aws", "us-east-1", "", "m6i.xlarge", 0.192, 0, false},
		{"gcp", "us-central1", "", "n2-standard-4", 0.19424, 0, false},
		{"azure", "eastus", "", "Standard_D4s_v5", 0.192, 0, false},
		{"aws", "us-east-1", "A100", "p4d.24xlarge", 32.7726, 4.096575, true},
		{"aws", "us-east-1", "T4", "g4dn.xlarge", 0.526, 0.526, true},
		{"gcp", "us-central1", "T4", "accelerator-only", 0.35, 0.35, false},
		{"gcp", "us-central1", "H100", "accelerator-only", 4.57009, 4.57009, false},
		{"azure", "westus", "H100", "Standard_ND96isr_H100_v5", 127.816, 127.816 / 12, true},
	}
	for _, tt := range tests {
		t.Run(tt.provider+":"+tt.id+":"+tt.sku, func(t *testing.T) {
			r, _ := c.Region(tt.provider, tt.id)
			p := r.Prices
			if p == nil || p.Estimated {
				t.Fatalf("want listed prices, got %+v", p)
			}
			if tt.model == "" {
				if p.VM.SKU != tt.sku || p.VM.Hour != tt.hour {
					t.Errorf("VM %s %v, want %s %v", p.VM.SKU, p.VM.Hour, tt.sku, tt.hour)
				}
				if sum := p.VM.VCPUs*p.VCPUHour + p.VM.MemoryGiB*p.GiBHour; !near(sum, tt.hour, 1e-8) {
					t.Errorf("split sums to %v, want %v", sum, tt.hour)
				}
				if ratio := p.VCPUHour / p.GiBHour; !near(ratio, 0.031611/0.004237, 1e-4) {
					t.Errorf("vCPU:GiB ratio %v", ratio)
				}
				return
			}
			g, ok := p.GPU(tt.model)
			if !ok {
				t.Fatalf("no %s", tt.model)
			}
			if g.SKU != tt.sku || g.SKUHour != tt.hour || !near(g.Hour, tt.perGPU, 1e-9) || g.IncludesHost != tt.host {
				t.Errorf("got %+v", g)
			}
			if p.GPUHour[tt.model] != g.Hour {
				t.Errorf("GPUHour[%s] = %v, want %v", tt.model, p.GPUHour[tt.model], g.Hour)
			}
		})
	}

	// GCP us-central1 reproduces the reference N2 list prices.
	r, _ := c.Region("gcp", "us-central1")
	if !near(r.Prices.VCPUHour, 0.031611, 1e-6) || !near(r.Prices.GiBHour, 0.004237, 1e-6) {
		t.Errorf("gcp us-central1 split %v/%v, want about 0.031611/0.004237", r.Prices.VCPUHour, r.Prices.GiBHour)
	}
}

// TestPricesMatchCSV checks every row of prices.csv against the catalog.
func TestPricesMatchCSV(t *testing.T) {
	c := builtinT(t)
	listed := map[string]bool{}
	for _, row := range readCSV(t, "prices.csv") {
		k := row["provider"] + ":" + row["region"]
		listed[k] = true
		r, ok := c.Region(row["provider"], row["region"])
		if !ok || r.Prices == nil || r.Prices.Estimated {
			t.Errorf("%s: want listed prices", k)
			continue
		}
		p := r.Prices
		hour := num(t, row["ondemand_usd_hour"])
		var spot *float64
		if row["spot_usd_hour"] != "" {
			v := num(t, row["spot_usd_hour"])
			spot = &v
		}
		if row["gpu_model"] == "" {
			if p.VM.SKU != row["sku"] || p.VM.Hour != hour || !eqPtr(p.VM.SpotHour, spot) {
				t.Errorf("%s VM: got %+v", k, p.VM)
			}
			if spot != nil {
				if p.SpotVCPUHour == nil || !near(4**p.SpotVCPUHour+16**p.SpotGiBHour, *spot, 1e-8) {
					t.Errorf("%s spot split does not sum back", k)
				}
			}
			continue
		}
		g, ok := p.GPU(row["gpu_model"])
		count := num(t, row["gpu_count"])
		if !ok || g.SKU != row["sku"] || g.SKUHour != hour || float64(g.Count) != count || !eqPtr(g.SKUSpotHour, spot) {
			t.Errorf("%s %s: got %+v", k, row["gpu_model"], g)
			continue
		}
		if !near(g.Hour, hour/count, 1e-9) {
			t.Errorf("%s %s per GPU %v, want %v", k, g.Model, g.Hour, hour/count)
		}
		if g.IncludesHost != (row["provider"] != "gcp") {
			t.Errorf("%s %s IncludesHost %v", k, g.Model, g.IncludesHost)
		}
	}
	for _, r := range c.Regions("") {
		if !listed[r.Key()] && (r.Prices == nil || !r.Prices.Estimated) {
			t.Errorf("%s: has no price row but prices are not marked estimated", r.Key())
		}
	}
}

func eqPtr(a, b *float64) bool {
	if a == nil || b == nil {
		return a == nil && b == nil
	}
	return *a == *b
}

// TestEstimates checks every estimated value against the documented rule:
// copied unchanged from a listed value of the nearest eligible region.
func TestEstimates(t *testing.T) {
	c := builtinT(t)
	all := c.Regions("")
	type rule struct {
		name string
		get  func(Region) (estimated bool, from string, value any)
		// eligible reports whether o may be the source for r, in order of
		// preference (the first tier with a candidate wins).
		tiers []func(r, o Region) bool
	}
	listed := func(get func(Region) (bool, string, any)) func(Region) bool {
		return func(o Region) bool {
			est, _, v := get(o)
			return !est && v != nil
		}
	}
	priceGet := func(r Region) (bool, string, any) {
		if r.Prices == nil {
			return false, "", nil
		}
		return r.Prices.Estimated, r.Prices.EstimatedFrom, r.Prices.VM.SKU + "@" + strconv.FormatFloat(r.Prices.VM.Hour, 'g', -1, 64)
	}
	factGet := func(f func(Region) *Fact) func(Region) (bool, string, any) {
		return func(r Region) (bool, string, any) {
			if x := f(r); x != nil {
				return x.Estimated, x.EstimatedFrom, x.Value
			}
			return false, "", nil
		}
	}
	carbonGet := factGet(func(r Region) *Fact { return r.Carbon })
	inetGet := factGet(func(r Region) *Fact { return r.InternetEgressUSDPerGB })
	sameProvider := func(r, o Region) bool { return r.Provider == o.Provider }
	rules := []rule{
		{"prices", priceGet, []func(r, o Region) bool{sameProvider}},
		{"carbon", carbonGet, []func(r, o Region) bool{func(r, o Region) bool { return r.Country == o.Country }, func(r, o Region) bool { return true }}},
		{"internetEgress", inetGet, []func(r, o Region) bool{sameProvider}},
	}
	for _, ru := range rules {
		t.Run(ru.name, func(t *testing.T) {
			isListed := listed(ru.get)
			n := 0
			for _, r := range all {
				est, from, v := ru.get(r)
				if !est {
					if from != "" {
						t.Errorf("%s: not estimated but EstimatedFrom %q", r.Key(), from)
					}
					continue
				}
				n++
				p, id, _ := strings.Cut(from, ":")
				src, ok := c.Region(p, id)
				if !ok || !isListed(src) {
					t.Errorf("%s: estimated from %q, which is not a listed value", r.Key(), from)
					continue
				}
				if _, _, sv := ru.get(src); sv != v {
					t.Errorf("%s: value %v differs from source %s value %v", r.Key(), v, from, sv)
				}
				// No eligible listed region is strictly closer.
				want := ""
				for _, tier := range ru.tiers {
					best := math.Inf(1)
					for _, o := range all {
						if o.Key() == r.Key() || !tier(r, o) || !isListed(o) {
							continue
						}
						if d := HaversineKM(r.Lat, r.Lon, o.Lat, o.Lon); d < best {
							best, want = d, o.Key()
						}
					}
					if want != "" {
						break
					}
				}
				if from != want {
					t.Errorf("%s: estimated from %s, nearest eligible is %s", r.Key(), from, want)
				}
			}
			if n == 0 {
				t.Error("no estimated values")
			}
		})
	}

	t.Run("examples", func(t *testing.T) {
		r, _ := c.Region("azure", "westeurope")
		if !r.Prices.Estimated || !strings.HasPrefix(r.Prices.EstimatedFrom, "azure:") {
			t.Errorf("azure westeurope prices: %+v", r.Prices)
		}
		if r.Carbon.Estimated || r.InternetEgressUSDPerGB.Estimated {
			t.Error("azure westeurope carbon and internet egress are listed")
		}
		r, _ = c.Region("gcp", "europe-north2")
		if !r.Prices.Estimated || r.Prices.EstimatedFrom != "gcp:europe-north1" || r.Carbon.Estimated {
			t.Errorf("gcp europe-north2: prices %+v carbon %+v", r.Prices, r.Carbon)
		}
	})
}

func TestRegionsSortedAndCopied(t *testing.T) {
	c := builtinT(t)
	if got, want := c.Providers(), []string{"aws", "azure", "gcp"}; !slices.Equal(got, want) {
		t.Errorf("Providers() = %v, want %v", got, want)
	}
	if got, want := c.GPUModels(), []string{"A100", "A100-80GB", "A10G", "H100", "L4", "T4"}; !slices.Equal(got, want) {
		t.Errorf("GPUModels() = %v, want %v", got, want)
	}
	all := c.Regions("")
	if !slices.IsSortedFunc(all, func(a, b Region) int { return strings.Compare(a.Key(), b.Key()) }) {
		t.Error("Regions(\"\") not sorted")
	}
	total := 0
	for _, p := range c.Providers() {
		rs := c.Regions(p)
		total += len(rs)
		for _, r := range rs {
			if r.Provider != p {
				t.Errorf("Regions(%q) returned %s", p, r.Key())
			}
		}
	}
	if total != len(all) {
		t.Errorf("per-provider regions %d, all %d", total, len(all))
	}
	if got := c.Regions("nope"); got == nil || len(got) != 0 {
		t.Errorf("Regions(unknown) = %v, want empty", got)
	}
	for _, r := range all {
		if r.Prices != nil && !slices.IsSortedFunc(r.Prices.GPUs, func(a, b GPUPrice) int { return strings.Compare(a.Model, b.Model) }) {
			t.Errorf("%s GPUs not sorted", r.Key())
		}
	}

	// Modifying a result must not change the catalog.
	r, _ := c.Region("aws", "us-east-1")
	r.Prices.VCPUHour = -1
	r.Prices.GPUHour["T4"] = -1
	r.Prices.GPUs[0].Hour = -1
	*r.Prices.VM.SpotHour = -1
	r.Carbon.Value = -1
	md := c.Metadata()
	md.Sources[0].ID = "x"
	md.Methods["prices"] = "x"
	again, _ := c.Region("aws", "us-east-1")
	if again.Prices.VCPUHour < 0 || again.Prices.GPUHour["T4"] < 0 || again.Prices.GPUs[0].Hour < 0 || *again.Prices.VM.SpotHour < 0 || again.Carbon.Value < 0 {
		t.Error("catalog modified through a returned Region")
	}
	if c.Sources()[0].ID == "x" || c.Metadata().Methods["prices"] == "x" {
		t.Error("catalog modified through returned Metadata")
	}
}

func TestMetadata(t *testing.T) {
	c := builtinT(t)
	m := c.Metadata()
	if m.Compiled != "2026-11-27" {
		t.Errorf("Compiled = %q", m.Compiled)
	}
	ids := map[string]bool{}
	for _, s := range c.Sources() {
		ids[s.ID] = true
		if s.ID != "docs" && len(s.Commit) != 40 {
			t.Errorf("source %s: commit %q", s.ID, s.Commit)
		}
	}
	for _, r := range c.Regions("") {
		for _, src := range []string{r.Prices.Source, r.Carbon.Source, r.InternetEgressUSDPerGB.Source} {
			if !ids[src] {
				t.Errorf("%s: unknown source %q", r.Key(), src)
			}
		}
	}
	for _, k := range []string{"prices", "carbon", "internetEgress", "egress", "rtt", "priceSplit", "gpuPrice", "power"} {
		if m.Methods[k] == "" {
			t.Errorf("method %q undocumented", k)
		}
	}
	if m.PriceSplit.VCPUHourRef != 0.031611 || m.PriceSplit.GiBHourRef != 0.004237 {
		t.Errorf("price split %+v", m.PriceSplit)
	}
}

func TestEgress(t *testing.T) {
	c := builtinT(t)
	westeurope, _ := c.Region("azure", "westeurope")
	tests := []struct {
		name           string
		fp, fr, tp, tr string
		want           float64
		estimated      bool
	}{
		{"same region", "aws", "us-east-1", "aws", "us-east-1", 0, false},
		{"listed intra-cloud", "aws", "af-south-1", "aws", "ap-east-1", 0.147, false},
		{"listed inter-cloud", "aws", "us-east-1", "gcp", "us-central1", 0.09, false},
		{"unlisted pair uses internet egress", "azure", "westeurope", "aws", "ap-southeast-7", westeurope.InternetEgressUSDPerGB.Value, true},
		{"unknown source region", "aws", "nope-1", "aws", "us-east-1", maxInet(c, "aws"), true},
		{"unknown provider", "ibm", "x", "aws", "us-east-1", maxInet(c, ""), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, est := c.Egress(tt.fp, tt.fr, tt.tp, tt.tr)
			if got != tt.want || est != tt.estimated {
				t.Errorf("Egress = %v, %v; want %v, %v", got, est, tt.want, tt.estimated)
			}
		})
	}
	t.Run("matches CSV", func(t *testing.T) {
		for _, row := range readCSV(t, "egress_usd_per_gb.csv") {
			got, est := c.Egress(row["src_provider"], row["src_region"], row["dst_provider"], row["dst_region"])
			if est || got != num(t, row["usd_per_gb"]) {
				t.Fatalf("%v: got %v, %v", row, got, est)
			}
		}
	})
}

func maxInet(c *Catalog, provider string) float64 {
	m := 0.0
	for _, r := range c.Regions(provider) {
		m = math.Max(m, r.InternetEgressUSDPerGB.Value)
	}
	return m
}

func TestHaversineKM(t *testing.T) {
	R := 6371.0088
	tests := []struct {
		name                   string
		lat1, lon1, lat2, lon2 float64
		want, tol              float64
	}{
		{"same point", 53.35, -6.26, 53.35, -6.26, 0, 1e-9},
		{"quarter meridian", 0, 0, 90, 0, math.Pi / 2 * R, 1e-6},
		{"antipodes", 0, 0, 0, 180, math.Pi * R, 1e-6},
		{"across the antimeridian", 0, 179.5, 0, -179.5, math.Pi / 180 * R, 1e-6},
		{"London-Paris", 51.5074, -0.1278, 48.8566, 2.3522, 343.6, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := HaversineKM(tt.lat1, tt.lon1, tt.lat2, tt.lon2)
			if !near(got, tt.want, tt.tol) {
				t.Errorf("got %v, want %v", got, tt.want)
			}
			if back := HaversineKM(tt.lat2, tt.lon2, tt.lat1, tt.lon1); !near(back, got, 1e-9) {
				t.Errorf("not symmetric: %v vs %v", got, back)
			}
		})
	}
}

func TestLatencyModel(t *testing.T) {
	c := builtinT(t)
	m := c.LatencyModel()
	if m.B <= 0 || m.A < 0 || m.R2 <= 0 || m.R2 > 1 || m.RMSE <= 0 || m.MAE <= 0 || m.MAE > m.RMSE || m.N < 100 {
		t.Fatalf("implausible model %+v", m)
	}
	// Slower than light in fibre (~0.01 ms RTT per km), but not absurdly.
	if m.B < 0.01 || m.B > 0.05 {
		t.Errorf("b = %v ms/km", m.B)
	}
	t.Logf("RTT = %.4f + %.9f*km; n=%d RMSE=%.2f MAE=%.2f R2=%.4f", m.A, m.B, m.N, m.RMSE, m.MAE, m.R2)

	// Refit independently from the catalog's measured pairs.
	type acc struct{ sum, n float64 }
	pairs := map[[2]string]*acc{}
	for k, v := range c.rtt {
		if k[1] < k[0] {
			k[0], k[1] = k[1], k[0]
		}
		if pairs[k] == nil {
			pairs[k] = &acc{}
		}
		pairs[k].sum += v
		pairs[k].n++
	}
	var xs, ys []float64
	for k, a := range pairs {
		r1, r2 := c.regions[c.index[k[0]]], c.regions[c.index[k[1]]]
		xs = append(xs, HaversineKM(r1.Lat, r1.Lon, r2.Lat, r2.Lon))
		ys = append(ys, a.sum/a.n)
	}
	n := float64(len(xs))
	var mx, my, sxx, sxy float64
	for i := range xs {
		mx += xs[i] / n
		my += ys[i] / n
	}
	for i := range xs {
		sxx += (xs[i] - mx) * (xs[i] - mx)
		sxy += (xs[i] - mx) * (ys[i] - my)
	}
	b := sxy / sxx
	a := my - b*mx
	if len(xs) != m.N || !near(a, m.A, 1e-3) || !near(b, m.B, 1e-8) {
		t.Errorf("refit a=%v b=%v n=%d; metadata a=%v b=%v n=%d", a, b, len(xs), m.A, m.B, m.N)
	}
	if len(m.Residuals) == 0 {
		t.Error("no residual bands")
	}
	bandN := 0
	for _, band := range m.Residuals {
		bandN += band.N
	}
	if bandN != m.N {
		t.Errorf("residual bands cover %d pairs, want %d", bandN, m.N)
	}
}

func TestRTT(t *testing.T) {
	c := builtinT(t)
	m := c.LatencyModel()
	reg := func(p, id string) Point {
		r, ok := c.Region(p, id)
		if !ok {
			t.Fatalf("no region %s:%s", p, id)
		}
		return r.Point()
	}
	ab := c.rtt[[2]string{"gcp:europe-west2", "azure:uksouth"}]
	ba := c.rtt[[2]string{"azure:uksouth", "gcp:europe-west2"}]
	dublin := GeoPoint(53.35, -6.26)
	ie, _ := c.Region("aws", "eu-west-1")
	tests := []struct {
		name      string
		from, to  Point
		want      float64
		estimated bool
	}{
		{"measured, mean of both directions", reg("gcp", "europe-west2"), reg("azure", "uksouth"), (ab + ba) / 2, false},
		{"measured, symmetric", reg("azure", "uksouth"), reg("gcp", "europe-west2"), (ab + ba) / 2, false},
		{"region named without coordinates", Point{Provider: "gcp", Region: "europe-west2"}, Point{Provider: "azure", Region: "uksouth"}, (ab + ba) / 2, false},
		{"unmeasured pair uses model", reg("aws", "ap-southeast-7"), reg("azure", "westeurope"), 0, true},
		{"same region is the model at 0 km", reg("aws", "us-east-1"), reg("aws", "us-east-1"), m.A, true},
		{"user to region", dublin, ie.Point(), m.RTT(HaversineKM(53.35, -6.26, ie.Lat, ie.Lon)), true},
		{"unknown region uses its coordinates", Point{Provider: "aws", Region: "nope", Lat: 53.35, Lon: -6.26}, ie.Point(), m.RTT(HaversineKM(53.35, -6.26, ie.Lat, ie.Lon)), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, est := c.RTT(tt.from, tt.to)
			if est != tt.estimated {
				t.Errorf("estimated = %v, want %v", est, tt.estimated)
			}
			want := tt.want
			if want == 0 {
				lat1, lon1, _ := c.resolve(tt.from)
				lat2, lon2, _ := c.resolve(tt.to)
				want = c.EstimateRTT(lat1, lon1, lat2, lon2)
			}
			if !near(got, want, 1e-9) {
				t.Errorf("RTT = %v, want %v", got, want)
			}
		})
	}
	if ab == 0 || ba == 0 {
		t.Fatal("test pair not measured")
	}

	t.Run("matches CSV", func(t *testing.T) {
		meas := map[[2]string]float64{}
		for _, row := range readCSV(t, "latency_ms.csv") {
			meas[[2]string{row["src"], row["dst"]}] = num(t, row["rtt_ms"])
		}
		for k, v := range meas {
			want := v
			if back, ok := meas[[2]string{k[1], k[0]}]; ok {
				want = (v + back) / 2
			}
			p1, r1, _ := strings.Cut(k[0], ":")
			p2, r2, _ := strings.Cut(k[1], ":")
			got, est := c.RTT(Point{Provider: p1, Region: r1}, Point{Provider: p2, Region: r2})
			if est || !near(got, want, 1e-9) {
				t.Fatalf("%v: got %v, %v; want %v", k, got, est, want)
			}
		}
	})
}

func TestParseErrors(t *testing.T) {
	valid := func() *wire.Catalog {
		return &wire.Catalog{
			Meta: wire.Meta{Format: wire.FormatVersion},
			Regions: []wire.Region{
				{Provider: "aws", ID: "a"},
				{Provider: "aws", ID: "b"},
			},
			Egress:  []wire.Pair{{From: "aws:a", To: "aws:b", Value: 0.02}},
			Latency: []wire.Pair{{From: "aws:a", To: "aws:b", Value: 10}},
			Power:   []wire.Power{{Provider: "aws", PUE: 1.1, VCPUWatts: 2, GiBWatts: 0.4, GPUWatts: map[string]float64{"T4": 42}}},
		}
	}
	gpuPrice := func(c *wire.Catalog, model string) {
		c.Regions[0].Prices = &wire.Prices{GPUs: []wire.GPU{{Model: model, Count: 1, Hour: 1}}}
	}
	tests := []struct {
		name   string
		mutate func(*wire.Catalog)
		ok     bool
	}{
		{"valid", func(*wire.Catalog) {}, true},
		{"wrong format", func(c *wire.Catalog) { c.Meta.Format = 99 }, false},
		{"no regions", func(c *wire.Catalog) { c.Regions = nil }, false},
		{"unsorted regions", func(c *wire.Catalog) { c.Regions[0], c.Regions[1] = c.Regions[1], c.Regions[0] }, false},
		{"duplicate region", func(c *wire.Catalog) { c.Regions[1] = c.Regions[0] }, false},
		{"pair with unknown region", func(c *wire.Catalog) { c.Egress[0].To = "aws:zz" }, false},
		{"negative pair value", func(c *wire.Catalog) { c.Latency[0].Value = -1 }, false},
		{"duplicate pair", func(c *wire.Catalog) { c.Latency = append(c.Latency, c.Latency[0]) }, false},
		{"estimated from unknown region", func(c *wire.Catalog) {
			c.Regions[0].Carbon = &wire.Fact{Value: 1, Estimated: true, EstimatedFrom: "aws:zz"}
		}, false},
		{"GPU priced with a draw", func(c *wire.Catalog) { gpuPrice(c, "T4") }, true},
		{"provider without power", func(c *wire.Catalog) { c.Power = nil }, false},
		{"power of a provider without regions", func(c *wire.Catalog) {
			c.Power = append(c.Power, wire.Power{Provider: "gcp", PUE: 1.1})
		}, false},
		{"duplicate power", func(c *wire.Catalog) { c.Power = append(c.Power, c.Power[0]) }, false},
		{"PUE below 1", func(c *wire.Catalog) { c.Power[0].PUE = 0.9 }, false},
		{"negative watts", func(c *wire.Catalog) { c.Power[0].GiBWatts = -1 }, false},
		{"negative GPU watts", func(c *wire.Catalog) { c.Power[0].GPUWatts["T4"] = -1 }, false},
		{"GPU priced without a draw", func(c *wire.Catalog) { gpuPrice(c, "H100") }, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := valid()
			tt.mutate(w)
			b, err := wire.Encode(w)
			if err != nil {
				t.Fatal(err)
			}
			_, err = parse(b)
			if (err == nil) != tt.ok {
				t.Errorf("parse error = %v, want ok=%v", err, tt.ok)
			}
		})
	}
	for _, bad := range []string{"", "{", `{"meta":{"format":2},"regions":[],"extra":1}`, `{"meta":{"format":2}} {}`} {
		if _, err := parse([]byte(bad)); err == nil {
			t.Errorf("parse(%q) succeeded", bad)
		}
	}
}
