// Package build turns the public data set in shared/data (regions.csv,
// prices.csv, carbon.csv, latency_ms.csv, egress_usd_per_gb.csv,
// internet_egress_usd_per_gb.csv and SOURCES.md) into the canonical
// providers/catalog.json. It is deterministic: the same inputs always give
// the same bytes (no clocks, no map iteration order, sorted rows).
package build

import (
	"bytes"
	"crypto/sha256"
	"encoding/csv"
	"encoding/hex"
	"errors"
	"fmt"
	"maps"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"isobar.dev/isobar/providers/internal/geo"
	"isobar.dev/isobar/providers/internal/wire"
)

// Reference list prices used to split a VM price between vCPUs and memory:
// GCP N2 on-demand, us-central1, USD per vCPU-hour and per GiB-hour. With
// them n2-standard-4 (4 vCPU, 16 GiB) costs 4·0.031611 + 16·0.004237 =
// 0.194236 $/h, which the catalog lists as 0.19424.
const (
	RefVCPUHour = 0.031611
	RefGiBHour  = 0.004237
)

// Generator is recorded in the catalog metadata.
const Generator = "go run ./providers/internal/gen (go generate ./providers)"

// Options configure Build.
type Options struct {
	// DataDir is the directory holding the CSV files and SOURCES.md.
	DataDir string
	// Date overrides the compile date read from SOURCES.md (YYYY-MM-DD).
	Date string
}

// Build reads the data set and returns the encoded catalog.
func Build(opts Options) ([]byte, error) {
	c, err := Catalog(opts)
	if err != nil {
		return nil, err
	}
	return wire.Encode(c)
}

// source is a known upstream source. match is the exact text used in the
// `source` column of prices.csv / carbon.csv (before any "; " suffix), or
// empty for sources only named in SOURCES.md.
type source struct {
	wire.Source
	provider string
	match    string
	// table marks the source of a table of this package (power) rather
	// than of an input file; SOURCES.md does not list it.
	table bool
}

// sources mirrors SOURCES.md. Catalog checks that every commit id listed
// here still appears in SOURCES.md, so the table cannot silently drift from
// the data set.
var sources = []source{
	{Source: wire.Source{ID: "electricitymaps", Repo: "electricitymaps/electricitymaps-contrib", Path: "config/data_centers/data_centers.json", Commit: "b354f28aad434182bf591c51481e7eded62306cf", License: "AGPL-3.0 (facts only, file not copied)", UsedFor: "regions: region list, lat/lon, country", Note: "read at HEAD b354f28a; file last changed in b854b41ad0207b1a7d9baa3d9e38689a5e09c597 (2026-07-20)"}},
	{Source: wire.Source{ID: "tal66", Repo: "tal66/cloud-regions", Path: "web/data/{aws,gcp,azure}Data.js", Commit: "93d997cda2a64498f7cad809c2c59e074c12ed28", License: "MIT", UsedFor: "regions: region list, display names, city, coordinate cross-check"}},
	{Source: wire.Source{ID: "carbon-aware-sdk-aws", Repo: "Green-Software-Foundation/carbon-aware-sdk", Path: "src/CarbonAware.Tools/CarbonAware.Tools.AWSRegionTestDataGenerator/aws-regions.json", Commit: "a1c51dbdeaf12e6235e54343779bc053fc366675", License: "MIT", UsedFor: "regions: AWS display names"}},
	{Source: wire.Source{ID: "carbon-aware-sdk-azure", Repo: "Green-Software-Foundation/carbon-aware-sdk", Path: "src/data/location-sources/azure-regions.json", Commit: "0510fc2f829cdbd7033042f0a34ad2ad7046b760", License: "MIT", UsedFor: "regions: Azure coordinates (same origin as tal66, not an independent check)"}},
	{Source: wire.Source{ID: "docs", Repo: "-", Path: "docs.velt.dev/security/supported-regions; git.drupalcode.org project/cloud MR 2349", License: "-", UsedFor: "regions: labels of gcp europe-north2 (Stockholm) and aws ap-southeast-6 (Auckland)"}},
	{Source: wire.Source{ID: "skyplane-latency", Repo: "skyplane-project/skyplane", Path: "profiles/latency.csv", Commit: "2e3b2c01735054a8053d6a939d69fe43a652d2d0", License: "Apache-2.0", UsedFor: "latency: inter-region RTT (avg_rtt, PREMIUM tier)", Note: "measured 2022 from m5.large / n2-standard-4 / Standard_D2_v3, one measurement per pair"}},
	{Source: wire.Source{ID: "skyplane-cost", Repo: "skyplane-project/skyplane", Path: "skyplane/broadcast/profiles/cost.csv", Commit: "123e799d1825c4bf31c7369b9dae73040caf651b", License: "Apache-2.0", UsedFor: "egress: inter-region USD/GB; internet egress for gcp and azure (cost to other clouds)", Note: "skyplane's 2023 model of list prices, first volume tier; gcp value is the non-Australian destination rate"}},
	{Source: wire.Source{ID: "skyplane-aws-transfer", Repo: "skyplane-project/skyplane", Path: "skyplane/data/aws_transfer_costs.csv", Commit: "4602d9cec2083142831f7f208b413ca2bf091bd8", License: "Apache-2.0", UsedFor: "internet egress: aws (dst = internet)", Note: "first volume tier"}},
	{Source: wire.Source{ID: "skypilot-aws", Repo: "skypilot-org/skypilot-catalog", Path: "catalogs/v7/aws/vms.csv", Commit: "27f67dd4e1bc0d35fa0ec075180ad54b230882c4", License: "not found", UsedFor: "prices: aws (on-demand; spot = lowest zone)"}, provider: "aws", match: "skypilot-catalog@27f67dd4e1bc0d35fa0ec075180ad54b230882c4:catalogs/v7/aws/vms.csv"},
	{Source: wire.Source{ID: "skypilot-azure", Repo: "skypilot-org/skypilot-catalog", Path: "catalogs/v6/azure/vms.csv", Commit: "098741e70562f65d7af1cceb81e33b284f742604", License: "not found", UsedFor: "prices: azure (9 US regions)"}, provider: "azure", match: "skypilot-catalog@098741e70562f65d7af1cceb81e33b284f742604:catalogs/v6/azure/vms.csv"},
	{Source: wire.Source{ID: "skypilot-gcp", Repo: "skypilot-org/skypilot-catalog", Path: "catalogs/v7/gcp/vms.csv", Commit: "6f65ab58724c0a5b17dbb81ee124e7d7dee0d4a5", License: "not found", UsedFor: "prices: gcp (GPU rows accelerator-only)"}, provider: "gcp", match: "skypilot-catalog@6f65ab58724c0a5b17dbb81ee124e7d7dee0d4a5:catalogs/v7/gcp/vms.csv"},
	{Source: wire.Source{ID: "gcp-region-carbon-info", Repo: "GoogleCloudPlatform/region-carbon-info", Path: "data/yearly/2024.csv", Commit: "49f3f26bfd682305e8d9b572fea1f811900421a9", License: "Apache-2.0", UsedFor: "carbon: gcp grid gCO2e/kWh", Note: "annual 2024 location-based grid average, not CFE-adjusted"}, provider: "gcp", match: "GoogleCloudPlatform/region-carbon-info@49f3f26bfd682305e8d9b572fea1f811900421a9:data/yearly/2024.csv"},
	{Source: wire.Source{ID: "ccf-aws", Repo: "cloud-carbon-footprint/cloud-carbon-coefficients", Path: "data/grid-emissions-factors-aws.csv", Commit: "ae12c382a786f986e9409c9d6b9ef12f8555174c", License: "Apache-2.0", UsedFor: "carbon: aws grid gCO2e/kWh", Note: "undated, mixed-vintage grid averages; t/kWh x 1e6"}, provider: "aws", match: "cloud-carbon-footprint/cloud-carbon-coefficients@ae12c382a786f986e9409c9d6b9ef12f8555174c:data/grid-emissions-factors-aws.csv"},
	{Source: wire.Source{ID: "ccf-methodology", Repo: "cloud-carbon-footprint/cloud-carbon-footprint", Path: "microsite/docs/Methodology.md", Commit: "1559c186661db0671984f660adefb99080de5db1", License: "Apache-2.0", UsedFor: "power: PUE per provider (its Power Usage Effectiveness section), watts per vCPU and per GiB of memory (Appendix I)", Note: "the generator's power table, not an input file of shared/data; vCPU watts are AWS's 0.74-3.5 W at 50% utilisation, used for every provider"}, table: true},
	{Source: wire.Source{ID: "ccf-azure", Repo: "cloud-carbon-footprint/cloud-carbon-coefficients", Path: "data/grid-emissions-factors-azure.csv", Commit: "04b3e915c766e15f4f18c4b0ccf78f99111334aa", License: "Apache-2.0", UsedFor: "carbon: azure grid gCO2e/kWh", Note: "undated, mixed-vintage grid averages; t/kWh x 1e6"}, provider: "azure", match: "cloud-carbon-footprint/cloud-carbon-coefficients@04b3e915c766e15f4f18c4b0ccf78f99111334aa:data/grid-emissions-factors-azure.csv"},
}

// power is each provider's power model, after the Cloud Carbon Footprint
// methodology (source ccf-methodology): the average watts of a vCPU (the
// midpoint of AWS's 0.74-3.5 W range, at 50% utilisation, for every
// provider), of a GiB of memory, and of a GPU (60% of its board power in
// NVIDIA's data sheets), and each provider's data-centre PUE. Every GPU
// model the schema names has a draw, so that any GPU price, listed or
// declared in an intent, has one too.
var power = []wire.Power{
	{Provider: "aws", PUE: 1.135, VCPUWatts: 2.12, GiBWatts: 0.392, GPUWatts: gpuWatts, Source: "ccf-methodology"},
	{Provider: "azure", PUE: 1.185, VCPUWatts: 2.12, GiBWatts: 0.392, GPUWatts: gpuWatts, Source: "ccf-methodology"},
	{Provider: "gcp", PUE: 1.1, VCPUWatts: 2.12, GiBWatts: 0.392, GPUWatts: gpuWatts, Source: "ccf-methodology"},
}

// gpuWatts is the average draw of one GPU: 60% of its board power.
var gpuWatts = map[string]float64{
	"T4": 70 * 0.6, "L4": 72 * 0.6, "A10G": 150 * 0.6, "A10": 150 * 0.6, "A100": 400 * 0.6,
	"A100-80GB": 400 * 0.6, "H100": 700 * 0.6, "V100": 300 * 0.6, "P100": 250 * 0.6, "P4": 75 * 0.6,
}

var methods = map[string]string{
	"power":          "Carbon of a replica: (vcpus*vcpuWatts + GiB*gibWatts + gpus*gpuWatts[model]) W * hours / 1000 * pue = kWh, times the region's grid gCO2e/kWh. The power table is one per provider (see power); vcpuWatts, gibWatts and pue follow the Cloud Carbon Footprint methodology, gpuWatts is 60% of board power.",
	"prices":         "Regions without a general-purpose VM row in prices.csv copy the whole price block (VM row, vCPU/GiB split and GPU list) of the same provider's nearest priced region by great-circle distance (ties: lowest provider:region), marked estimated with estimatedFrom. GPU availability in such regions is unknown.",
	"priceSplit":     "vcpuHour and gibHour split the general-purpose VM price P (v vCPUs, m GiB) in the fixed ratio of priceSplit: gibHour = P / (v*vcpuPerGiB + m), vcpuHour = vcpuPerGiB * gibHour, rounded to 1e-9 USD; spot prices are split the same way.",
	"gpuPrice":       "hour = skuHour / count per GPU. AWS and Azure SKUs include their host VM (includesHost true). GCP rows are accelerator-only (includesHost false): add host vCPU and memory at vcpuHour/gibHour.",
	"carbon":         "Regions without a listed factor copy the factor of the nearest region (great-circle) of any provider in the same country, else of the nearest region of any provider with a factor (grid intensity belongs to the grid, not the cloud); marked estimated with estimatedFrom.",
	"internetEgress": "Regions without a listed rate copy the rate of the same provider's nearest region with a rate; marked estimated with estimatedFrom.",
	"egress":         "The egress table holds only listed values. At query time a pair that is not listed costs the source region's internet egress rate (an upper bound for intra-cloud traffic) and is reported estimated; the same region costs 0.",
	"rtt":            "The latency table holds only measured values (one row per direction). At query time a region pair uses the mean of its measured directions; anything else uses latencyModel a + b*km on the great-circle distance and is reported estimated.",
}

var csvHeaders = map[string][]string{
	"regions.csv":                    {"provider", "region", "display_name", "city", "country", "eu", "eea", "continent", "lat", "lon"},
	"prices.csv":                     {"provider", "region", "sku", "vcpus", "memory_gib", "gpu_model", "gpu_count", "ondemand_usd_hour", "spot_usd_hour", "source"},
	"carbon.csv":                     {"provider", "region", "grid_gco2e_per_kwh", "year", "source"},
	"latency_ms.csv":                 {"src", "dst", "rtt_ms"},
	"egress_usd_per_gb.csv":          {"src_provider", "src_region", "dst_provider", "dst_region", "usd_per_gb"},
	"internet_egress_usd_per_gb.csv": {"provider", "region", "usd_per_gb"},
}

// table is a parsed CSV file: rows as maps from column name to value, with
// their 1-based line numbers for error messages.
type table struct {
	file string
	rows []map[string]string
	line []int
}

func (t *table) errorf(i int, format string, args ...any) error {
	return fmt.Errorf("%s:%d: %s", t.file, t.line[i], fmt.Sprintf(format, args...))
}

func (t *table) float(i int, col string) (float64, error) {
	s := t.rows[i][col]
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || math.IsInf(v, 0) {
		return 0, t.errorf(i, "column %s: bad number %q", col, s)
	}
	return v, nil
}

// optFloat parses an optional non-negative number; empty gives nil.
func (t *table) optFloat(i int, col string) (*float64, error) {
	if t.rows[i][col] == "" {
		return nil, nil
	}
	v, err := t.nonNeg(i, col)
	if err != nil {
		return nil, err
	}
	return &v, nil
}

func (t *table) nonNeg(i int, col string) (float64, error) {
	v, err := t.float(i, col)
	if err != nil {
		return 0, err
	}
	if v < 0 {
		return 0, t.errorf(i, "column %s: negative value %v", col, v)
	}
	return v, nil
}

func readCSV(dir, name string) (*table, wire.Input, error) {
	path := filepath.Join(dir, name)
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, wire.Input{}, fmt.Errorf("read %s: %w", name, err)
	}
	sum := sha256.Sum256(raw)
	r := csv.NewReader(bytes.NewReader(raw))
	header := csvHeaders[name]
	r.FieldsPerRecord = len(header)
	recs, err := r.ReadAll()
	if err != nil {
		return nil, wire.Input{}, fmt.Errorf("parse %s: %w", name, err)
	}
	if len(recs) == 0 || !slices.Equal(recs[0], header) {
		return nil, wire.Input{}, fmt.Errorf("parse %s: header is not %s", name, strings.Join(header, ","))
	}
	t := &table{file: name}
	for i, rec := range recs[1:] {
		row := make(map[string]string, len(header))
		for j, col := range header {
			row[col] = rec[j]
		}
		t.rows = append(t.rows, row)
		t.line = append(t.line, i+2) // header is line 1; no multi-line fields in the data set
	}
	return t, wire.Input{File: name, Rows: len(t.rows), SHA256: hex.EncodeToString(sum[:])}, nil
}

var compiledRE = regexp.MustCompile(`(?m)^Compiled (\d{4}-\d{2}-\d{2})\b`)
var dateRE = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

// readSources returns the compile date from SOURCES.md (or override) and
// checks that every commit in the source table is mentioned there.
func readSources(dir, override string) (string, error) {
	raw, err := os.ReadFile(filepath.Join(dir, "SOURCES.md"))
	if err != nil {
		return "", fmt.Errorf("read SOURCES.md: %w", err)
	}
	text := string(raw)
	for _, s := range sources {
		if s.Commit != "" && !s.table && !strings.Contains(text, s.Commit) {
			return "", fmt.Errorf("SOURCES.md does not mention commit %s of source %s; update the source table in providers/internal/build", s.Commit, s.ID)
		}
	}
	date := override
	if date == "" {
		m := compiledRE.FindStringSubmatch(text)
		if m == nil {
			return "", errors.New(`SOURCES.md has no "Compiled YYYY-MM-DD" line; pass -date`)
		}
		date = m[1]
	}
	if !dateRE.MatchString(date) {
		return "", fmt.Errorf("compile date %q is not YYYY-MM-DD", date)
	}
	return date, nil
}

func key(provider, region string) string { return provider + ":" + region }

// round rounds x to the given number of decimal places.
func round(x float64, places int) float64 {
	p := math.Pow10(places)
	return math.Round(x*p) / p
}

// round9 rounds a USD amount to 1e-9.
func round9(x float64) float64 { return round(x, 9) }

// Split divides a VM price between vCPUs and memory in the fixed ratio
// RefVCPUHour:RefGiBHour. It returns USD per vCPU-hour and per GiB-hour,
// rounded to 1e-9; vcpus*vcpuHour + memGiB*gibHour equals price up to that
// rounding.
func Split(price, vcpus, memGiB float64) (vcpuHour, gibHour float64) {
	ratio := RefVCPUHour / RefGiBHour
	g := price / (vcpus*ratio + memGiB)
	return round9(ratio * g), round9(g)
}

// Catalog builds the catalog document from the data set.
func Catalog(opts Options) (*wire.Catalog, error) {
	date, err := readSources(opts.DataDir, opts.Date)
	if err != nil {
		return nil, err
	}
	tables := map[string]*table{}
	var inputs []wire.Input
	for _, name := range slices.Sorted(maps.Keys(csvHeaders)) {
		t, in, err := readCSV(opts.DataDir, name)
		if err != nil {
			return nil, err
		}
		tables[name] = t
		inputs = append(inputs, in)
	}

	regions, index, err := parseRegions(tables["regions.csv"])
	if err != nil {
		return nil, err
	}
	var unmatched []string
	known := func(file, k string) bool {
		if _, ok := index[k]; ok {
			return true
		}
		unmatched = append(unmatched, file+": "+k)
		return false
	}

	if err := parsePrices(tables["prices.csv"], regions, index); err != nil {
		return nil, err
	}
	if err := parseCarbon(tables["carbon.csv"], regions, index, known); err != nil {
		return nil, err
	}
	if err := parseInternetEgress(tables["internet_egress_usd_per_gb.csv"], regions, index, known); err != nil {
		return nil, err
	}
	egress, err := parsePairs(tables["egress_usd_per_gb.csv"], known, func(r map[string]string) (string, string) {
		return key(r["src_provider"], r["src_region"]), key(r["dst_provider"], r["dst_region"])
	}, "usd_per_gb")
	if err != nil {
		return nil, err
	}
	latency, err := parsePairs(tables["latency_ms.csv"], known, func(r map[string]string) (string, string) {
		return r["src"], r["dst"]
	}, "rtt_ms")
	if err != nil {
		return nil, err
	}
	for _, p := range latency {
		if p.Value <= 0 {
			return nil, fmt.Errorf("latency_ms.csv: %s -> %s: non-positive rtt %v", p.From, p.To, p.Value)
		}
	}

	estimate(regions)

	model, err := fitLatency(latency, regions, index)
	if err != nil {
		return nil, err
	}

	var srcs []wire.Source
	for _, s := range sources {
		srcs = append(srcs, s.Source)
	}
	slices.SortFunc(srcs, func(a, b wire.Source) int { return strings.Compare(a.ID, b.ID) })
	slices.Sort(unmatched)
	unmatched = slices.Compact(unmatched)
	if unmatched == nil {
		unmatched = []string{}
	}

	pw, err := powerTable(regions)
	if err != nil {
		return nil, err
	}

	return &wire.Catalog{
		Egress:  egress,
		Latency: latency,
		Power:   pw,
		Meta: wire.Meta{
			Compiled:     date,
			Format:       wire.FormatVersion,
			Generator:    Generator,
			Inputs:       inputs,
			LatencyModel: model,
			Methods:      methods,
			PriceSplit: wire.PriceSplit{
				Basis:       "GCP N2 on-demand list prices in us-central1 (USD per vCPU-hour and per GiB-hour); the same ratio is applied to every provider and to spot prices",
				GiBHourRef:  RefGiBHour,
				VCPUHourRef: RefVCPUHour,
				VCPUPerGiB:  round(RefVCPUHour/RefGiBHour, 6),
			},
			Sources:   srcs,
			Unmatched: unmatched,
		},
		Regions: regions,
	}, nil
}

// powerTable returns the power table, sorted by provider, after checking
// that every provider with a region has a power model with a draw for
// every GPU model its regions price.
func powerTable(regions []wire.Region) ([]wire.Power, error) {
	out := slices.Clone(power)
	slices.SortFunc(out, func(a, b wire.Power) int { return strings.Compare(a.Provider, b.Provider) })
	for _, r := range regions {
		i := slices.IndexFunc(out, func(p wire.Power) bool { return p.Provider == r.Provider })
		if i < 0 {
			return nil, fmt.Errorf("provider %s has regions but no power model; add it to the power table in providers/internal/build", r.Provider)
		}
		if r.Prices == nil {
			continue
		}
		for _, g := range r.Prices.GPUs {
			if _, ok := out[i].GPUWatts[g.Model]; !ok {
				return nil, fmt.Errorf("provider %s prices %s GPUs in %s but its power model has no draw for them; add it to the power table in providers/internal/build",
					r.Provider, g.Model, r.ID)
			}
		}
	}
	return out, nil
}

func parseRegions(t *table) ([]wire.Region, map[string]int, error) {
	var regions []wire.Region
	for i, r := range t.rows {
		lat, err := t.float(i, "lat")
		if err != nil {
			return nil, nil, err
		}
		lon, err := t.float(i, "lon")
		if err != nil {
			return nil, nil, err
		}
		if lat < -90 || lat > 90 || lon < -180 || lon > 180 {
			return nil, nil, t.errorf(i, "coordinates out of range: %v, %v", lat, lon)
		}
		eu, err := boolField(t, i, "eu")
		if err != nil {
			return nil, nil, err
		}
		eea, err := boolField(t, i, "eea")
		if err != nil {
			return nil, nil, err
		}
		if r["provider"] == "" || r["region"] == "" {
			return nil, nil, t.errorf(i, "empty provider or region")
		}
		regions = append(regions, wire.Region{
			Provider: r["provider"], ID: r["region"], DisplayName: r["display_name"], City: r["city"],
			Country: r["country"], EU: eu, EEA: eea, Continent: r["continent"], Lat: lat, Lon: lon,
		})
	}
	slices.SortFunc(regions, func(a, b wire.Region) int {
		return strings.Compare(key(a.Provider, a.ID), key(b.Provider, b.ID))
	})
	index := make(map[string]int, len(regions))
	for i, r := range regions {
		k := key(r.Provider, r.ID)
		if _, dup := index[k]; dup {
			return nil, nil, fmt.Errorf("regions.csv: duplicate region %s", k)
		}
		index[k] = i
	}
	return regions, index, nil
}

func boolField(t *table, i int, col string) (bool, error) {
	switch t.rows[i][col] {
	case "true":
		return true, nil
	case "false":
		return false, nil
	}
	return false, t.errorf(i, "column %s: want true or false, got %q", col, t.rows[i][col])
}

// sourceFor maps a `source` column value to a source id, checking that it
// belongs to provider. The part after "; " is returned as note.
func sourceFor(t *table, i int, provider string) (id, note string, err error) {
	val, note, _ := strings.Cut(t.rows[i]["source"], "; ")
	for _, s := range sources {
		if s.match != "" && s.match == val {
			if s.provider != provider {
				return "", "", t.errorf(i, "source %s is for provider %s, row is %s", s.ID, s.provider, provider)
			}
			return s.ID, note, nil
		}
	}
	return "", "", t.errorf(i, "unknown source %q; add it to the source table in providers/internal/build", val)
}

func parsePrices(t *table, regions []wire.Region, index map[string]int) error {
	type gpuKey struct{ region, model string }
	seen := map[gpuKey]bool{}
	for i, r := range t.rows {
		k := key(r["provider"], r["region"])
		ri, ok := index[k]
		if !ok {
			return t.errorf(i, "region %s is not in regions.csv", k)
		}
		src, _, err := sourceFor(t, i, r["provider"])
		if err != nil {
			return err
		}
		hour, err := t.nonNeg(i, "ondemand_usd_hour")
		if err != nil {
			return err
		}
		spot, err := t.optFloat(i, "spot_usd_hour")
		if err != nil {
			return err
		}
		model := r["gpu_model"]
		if seen[gpuKey{k, model}] {
			return t.errorf(i, "second row for %s model %q", k, model)
		}
		seen[gpuKey{k, model}] = true
		reg := &regions[ri]
		if reg.Prices == nil {
			reg.Prices = &wire.Prices{Source: src, GPUs: []wire.GPU{}}
		} else if reg.Prices.Source != src {
			return t.errorf(i, "mixed sources for %s", k)
		}
		if model == "" { // the general-purpose VM row
			vcpus, err := t.nonNeg(i, "vcpus")
			if err != nil {
				return err
			}
			mem, err := t.nonNeg(i, "memory_gib")
			if err != nil {
				return err
			}
			if vcpus <= 0 || mem <= 0 {
				return t.errorf(i, "general-purpose VM needs vcpus and memory")
			}
			p := reg.Prices
			p.VM = wire.VM{SKU: r["sku"], VCPUs: vcpus, MemoryGiB: mem, Hour: hour, SpotHour: spot}
			p.VCPUHour, p.GiBHour = Split(hour, vcpus, mem)
			if spot != nil {
				v, g := Split(*spot, vcpus, mem)
				p.SpotVCPUHour, p.SpotGiBHour = &v, &g
			}
			continue
		}
		countF, err := t.nonNeg(i, "gpu_count")
		if err != nil {
			return err
		}
		count := int(countF)
		if float64(count) != countF || count < 1 {
			return t.errorf(i, "gpu_count %v is not a positive integer", countF)
		}
		g := wire.GPU{
			Model: model, SKU: r["sku"], Count: count, SKUHour: hour, SKUSpotHour: spot,
			Hour:         round9(hour / float64(count)),
			IncludesHost: r["sku"] != "accelerator-only",
		}
		if spot != nil {
			s := round9(*spot / float64(count))
			g.SpotHour = &s
		}
		if g.IncludesHost {
			if g.VCPUs, err = t.nonNeg(i, "vcpus"); err != nil {
				return err
			}
			if g.MemoryGiB, err = t.nonNeg(i, "memory_gib"); err != nil {
				return err
			}
		}
		reg.Prices.GPUs = append(reg.Prices.GPUs, g)
	}
	for i := range regions {
		p := regions[i].Prices
		if p == nil {
			continue
		}
		if p.VM.SKU == "" {
			return fmt.Errorf("prices.csv: %s has GPU rows but no general-purpose VM row", key(regions[i].Provider, regions[i].ID))
		}
		slices.SortFunc(p.GPUs, func(a, b wire.GPU) int { return strings.Compare(a.Model, b.Model) })
	}
	return nil
}

func parseCarbon(t *table, regions []wire.Region, index map[string]int, known func(string, string) bool) error {
	for i, r := range t.rows {
		k := key(r["provider"], r["region"])
		v, err := t.nonNeg(i, "grid_gco2e_per_kwh")
		if err != nil {
			return err
		}
		src, note, err := sourceFor(t, i, r["provider"])
		if err != nil {
			return err
		}
		if !known(t.file, k) {
			continue
		}
		if y := r["year"]; y != "" {
			note = strings.TrimPrefix(note+"; year="+y, "; ")
		}
		reg := &regions[index[k]]
		if reg.Carbon != nil {
			return t.errorf(i, "duplicate carbon row for %s", k)
		}
		reg.Carbon = &wire.Fact{Value: v, Source: src, Note: note}
	}
	return nil
}

func parseInternetEgress(t *table, regions []wire.Region, index map[string]int, known func(string, string) bool) error {
	for i, r := range t.rows {
		k := key(r["provider"], r["region"])
		v, err := t.nonNeg(i, "usd_per_gb")
		if err != nil {
			return err
		}
		var src string
		switch r["provider"] {
		case "aws":
			src = "skyplane-aws-transfer"
		case "gcp", "azure":
			src = "skyplane-cost"
		default:
			return t.errorf(i, "unknown provider %q", r["provider"])
		}
		if !known(t.file, k) {
			continue
		}
		reg := &regions[index[k]]
		if reg.InternetEgress != nil {
			return t.errorf(i, "duplicate internet egress row for %s", k)
		}
		reg.InternetEgress = &wire.Fact{Value: v, Source: src}
	}
	return nil
}

func parsePairs(t *table, known func(string, string) bool, ends func(map[string]string) (string, string), col string) ([]wire.Pair, error) {
	var out []wire.Pair
	for i, r := range t.rows {
		from, to := ends(r)
		v, err := t.nonNeg(i, col)
		if err != nil {
			return nil, err
		}
		if from == to {
			return nil, t.errorf(i, "pair from a region to itself: %s", from)
		}
		okFrom, okTo := known(t.file, from), known(t.file, to)
		if !okFrom || !okTo {
			continue
		}
		out = append(out, wire.Pair{From: from, To: to, Value: v})
	}
	slices.SortFunc(out, func(a, b wire.Pair) int {
		if c := strings.Compare(a.From, b.From); c != 0 {
			return c
		}
		return strings.Compare(a.To, b.To)
	})
	for i := 1; i < len(out); i++ {
		if out[i].From == out[i-1].From && out[i].To == out[i-1].To {
			return nil, fmt.Errorf("%s: duplicate pair %s -> %s", t.file, out[i].From, out[i].To)
		}
	}
	if out == nil {
		out = []wire.Pair{}
	}
	return out, nil
}

// nearest returns the index of the region closest to regions[target] by
// great-circle distance among those accepted by ok, or -1. Ties go to the
// earlier region in sort order (lowest provider:region).
func nearest(regions []wire.Region, target int, ok func(*wire.Region) bool) int {
	best, bestD := -1, math.Inf(1)
	t := regions[target]
	for i := range regions {
		if i == target || !ok(&regions[i]) {
			continue
		}
		d := geo.HaversineKM(t.Lat, t.Lon, regions[i].Lat, regions[i].Lon)
		if d < bestD {
			best, bestD = i, d
		}
	}
	return best
}

// estimate fills missing prices, carbon and internet egress from listed
// values only (estimates are never chained), as documented in methods.
func estimate(regions []wire.Region) {
	// Decide all sources first so that estimates only copy listed values.
	type fill struct{ prices, carbon, inet int }
	fills := make([]fill, len(regions))
	for i := range regions {
		r := &regions[i]
		f := fill{-1, -1, -1}
		sameProvider := func(has func(*wire.Region) bool) func(*wire.Region) bool {
			return func(o *wire.Region) bool { return o.Provider == r.Provider && has(o) }
		}
		if r.Prices == nil {
			f.prices = nearest(regions, i, sameProvider(func(o *wire.Region) bool { return o.Prices != nil }))
		}
		if r.Carbon == nil {
			f.carbon = nearest(regions, i, func(o *wire.Region) bool { return o.Country == r.Country && o.Carbon != nil })
			if f.carbon < 0 {
				// Carbon intensity belongs to the grid, not the cloud: the
				// nearest region of any provider.
				f.carbon = nearest(regions, i, func(o *wire.Region) bool { return o.Carbon != nil })
			}
		}
		if r.InternetEgress == nil {
			f.inet = nearest(regions, i, sameProvider(func(o *wire.Region) bool { return o.InternetEgress != nil }))
		}
		fills[i] = f
	}
	for i, f := range fills {
		r := &regions[i]
		if f.prices >= 0 {
			src := regions[f.prices]
			p := clonePrices(src.Prices)
			p.Estimated, p.EstimatedFrom = true, key(src.Provider, src.ID)
			r.Prices = p
		}
		if f.carbon >= 0 {
			src := regions[f.carbon]
			c := *src.Carbon
			c.Estimated, c.EstimatedFrom = true, key(src.Provider, src.ID)
			r.Carbon = &c
		}
		if f.inet >= 0 {
			src := regions[f.inet]
			e := *src.InternetEgress
			e.Estimated, e.EstimatedFrom = true, key(src.Provider, src.ID)
			r.InternetEgress = &e
		}
	}
}

func clonePrices(p *wire.Prices) *wire.Prices {
	c := *p
	c.GPUs = slices.Clone(p.GPUs)
	return &c // pointer fields are shared but never mutated after parsing
}

// Fit is an ordinary least-squares fit of y = A + B·x.
type Fit struct {
	A, B                  float64
	RMSE, MAE, MaxAbs, R2 float64
	N                     int
	// Residuals are measured minus fitted values, in input order.
	Residuals []float64
}

// FitLine fits y = a + b·x by least squares and reports the error of the
// fitted line (computed with the coefficients as given by round, if not
// nil). It needs at least two distinct x values.
func FitLine(xs, ys []float64, round func(a, b float64) (float64, float64)) (Fit, error) {
	n := len(xs)
	if n != len(ys) || n < 2 {
		return Fit{}, fmt.Errorf("fit: need at least two points, got %d", n)
	}
	var mx, my float64
	for i := range xs {
		mx += xs[i]
		my += ys[i]
	}
	mx /= float64(n)
	my /= float64(n)
	var sxx, sxy, syy float64
	for i := range xs {
		dx, dy := xs[i]-mx, ys[i]-my
		sxx += dx * dx
		sxy += dx * dy
		syy += dy * dy
	}
	if sxx == 0 {
		return Fit{}, errors.New("fit: all x values are equal")
	}
	b := sxy / sxx
	a := my - b*mx
	if round != nil {
		a, b = round(a, b)
	}
	f := Fit{A: a, B: b, N: n, Residuals: make([]float64, n)}
	var sse float64
	for i := range xs {
		e := ys[i] - (a + b*xs[i])
		f.Residuals[i] = e
		sse += e * e
		f.MAE += math.Abs(e)
		f.MaxAbs = math.Max(f.MaxAbs, math.Abs(e))
	}
	f.RMSE = math.Sqrt(sse / float64(n))
	f.MAE /= float64(n)
	if syy > 0 {
		f.R2 = 1 - sse/syy
	}
	return f, nil
}

// bandEdgesKM are the lower edges of the distance bands in which the
// latency model's residuals are summarised.
var bandEdgesKM = []float64{0, 100, 500, 1000, 3000, 8000}

// fitLatency fits RTT = a + b·km on unordered measured pairs, each pair's
// RTT being the mean of its measured directions.
func fitLatency(latency []wire.Pair, regions []wire.Region, index map[string]int) (wire.LatencyModel, error) {
	type acc struct {
		sum float64
		n   int
	}
	pairs := map[[2]string]*acc{}
	var keys [][2]string
	for _, p := range latency {
		k := [2]string{p.From, p.To}
		if k[1] < k[0] {
			k[0], k[1] = k[1], k[0]
		}
		a := pairs[k]
		if a == nil {
			a = &acc{}
			pairs[k] = a
			keys = append(keys, k)
		}
		a.sum += p.Value
		a.n++
	}
	slices.SortFunc(keys, func(x, y [2]string) int {
		if c := strings.Compare(x[0], y[0]); c != 0 {
			return c
		}
		return strings.Compare(x[1], y[1])
	})
	xs := make([]float64, 0, len(keys))
	ys := make([]float64, 0, len(keys))
	for _, k := range keys {
		r1, r2 := regions[index[k[0]]], regions[index[k[1]]]
		xs = append(xs, geo.HaversineKM(r1.Lat, r1.Lon, r2.Lat, r2.Lon))
		ys = append(ys, pairs[k].sum/float64(pairs[k].n))
	}
	f, err := FitLine(xs, ys, func(a, b float64) (float64, float64) { return round(a, 4), round(b, 9) })
	if err != nil {
		return wire.LatencyModel{}, fmt.Errorf("latency model: %w", err)
	}
	if f.B <= 0 {
		return wire.LatencyModel{}, fmt.Errorf("latency model: slope %v ms/km is not positive", f.B)
	}
	var bands []wire.ResidualBand
	for i, lo := range bandEdgesKM {
		hi := math.Inf(1)
		if i+1 < len(bandEdgesKM) {
			hi = bandEdgesKM[i+1]
		}
		band := wire.ResidualBand{FromKM: lo, ToKM: hi}
		if math.IsInf(hi, 1) {
			band.ToKM = 0
		}
		var sum, abs float64
		for j, x := range xs {
			if x >= lo && x < hi {
				band.N++
				sum += f.Residuals[j]
				abs += math.Abs(f.Residuals[j])
			}
		}
		if band.N > 0 {
			band.MeanError = round(sum/float64(band.N), 4)
			band.MAE = round(abs/float64(band.N), 4)
		}
		bands = append(bands, band)
	}
	return wire.LatencyModel{
		Residuals: bands,
		A:         f.A, B: f.B, N: f.N,
		RMSE: round(f.RMSE, 4), MAE: round(f.MAE, 4), MaxAbsError: round(f.MaxAbs, 4), R2: round(f.R2, 4),
		Method: "ordinary least squares of RTT ms on haversine km (R = 6371.0088 km) over unordered measured region pairs with both ends in regions.csv, each pair's RTT the mean of its measured directions; a in ms, b in ms/km, errors in ms on the fitted pairs",
	}, nil
}
