// Package wire defines the on-disk format of providers/catalog.json and its
// canonical encoding. It is shared by the generator (providers/internal/gen)
// and the providers package so that both agree on the format.
//
// The encoding is canonical: object keys are in alphabetical order (struct
// fields are declared in that order), rows are sorted, every region and every
// pair is on a line of its own, and floats use Go's shortest round-trip
// representation. Encoding the same Catalog twice gives identical bytes.
package wire

import (
	"bytes"
	"encoding/json"
	"fmt"
)

// FormatVersion is the value of Meta.Format written by this package.
// Decode rejects any other version.
const FormatVersion = 2

// Catalog is the whole catalog.json document.
type Catalog struct {
	// Egress holds measured inter-region transfer prices, USD per GB,
	// sorted by (From, To). Only listed values; estimates are computed at
	// query time.
	Egress []Pair `json:"egress"`
	// Latency holds measured inter-region round-trip times in ms, one row
	// per direction, sorted by (From, To).
	Latency []Pair `json:"latency"`
	Meta    Meta   `json:"meta"`
	// Power holds each provider's power model, sorted by Provider.
	Power   []Power  `json:"power"`
	Regions []Region `json:"regions"`
}

// Power is one provider's power model, for carbon estimates: the average
// draw of its servers per vCPU, per GiB of memory and per GPU by model,
// and its data centres' power usage effectiveness.
type Power struct {
	GiBWatts  float64            `json:"gibWatts"`
	GPUWatts  map[string]float64 `json:"gpuWatts"`
	Note      string             `json:"note,omitempty"`
	Provider  string             `json:"provider"`
	PUE       float64            `json:"pue"`
	Source    string             `json:"source"`
	VCPUWatts float64            `json:"vcpuWatts"`
}

// Meta describes where the catalog came from and how derived values were
// computed.
type Meta struct {
	// Compiled is the compile date of the input data set (YYYY-MM-DD).
	Compiled string `json:"compiled"`
	Format   int    `json:"format"`
	// Generator is the command that produced the file.
	Generator string `json:"generator"`
	// Inputs lists the input files with row counts and SHA-256 digests.
	Inputs       []Input      `json:"inputs"`
	LatencyModel LatencyModel `json:"latencyModel"`
	// Methods documents each estimate, keyed by the kind of value.
	Methods    map[string]string `json:"methods"`
	PriceSplit PriceSplit        `json:"priceSplit"`
	Sources    []Source          `json:"sources"`
	// Unmatched lists input rows dropped because their region is not in
	// regions.csv, as "file: provider:region".
	Unmatched []string `json:"unmatched"`
}

// Input is one input file.
type Input struct {
	File   string `json:"file"`
	Rows   int    `json:"rows"`
	SHA256 string `json:"sha256"`
}

// LatencyModel is the least-squares fit RTT(ms) = A + B·km and its error on
// the fitted pairs.
type LatencyModel struct {
	A           float64 `json:"a"`
	B           float64 `json:"b"`
	MAE         float64 `json:"mae"`
	MaxAbsError float64 `json:"maxAbsError"`
	Method      string  `json:"method"`
	N           int     `json:"n"`
	R2          float64 `json:"r2"`
	// Residuals summarises measured minus fitted RTT by distance band.
	Residuals []ResidualBand `json:"residuals"`
	RMSE      float64        `json:"rmse"`
}

// ResidualBand summarises the latency model's residuals (measured minus
// fitted, ms) for pairs with FromKM <= distance < ToKM; ToKM 0 means no
// upper bound.
type ResidualBand struct {
	FromKM    float64 `json:"fromKM"`
	MAE       float64 `json:"mae"`
	MeanError float64 `json:"meanError"`
	N         int     `json:"n"`
	ToKM      float64 `json:"toKM"`
}

// PriceSplit documents how a VM price is divided between vCPUs and memory.
type PriceSplit struct {
	Basis       string  `json:"basis"`
	GiBHourRef  float64 `json:"gibHourRef"`
	VCPUHourRef float64 `json:"vcpuHourRef"`
	// VCPUPerGiB is VCPUHourRef / GiBHourRef: the price of one vCPU-hour
	// in GiB-hours.
	VCPUPerGiB float64 `json:"vcpuPerGiB"`
}

// Source is one public upstream source.
type Source struct {
	Commit  string `json:"commit,omitempty"`
	ID      string `json:"id"`
	License string `json:"license"`
	Note    string `json:"note,omitempty"`
	Path    string `json:"path"`
	Repo    string `json:"repo"`
	UsedFor string `json:"usedFor"`
}

// Region is one cloud region with its facts.
type Region struct {
	Carbon         *Fact   `json:"carbon,omitempty"`
	City           string  `json:"city"`
	Continent      string  `json:"continent"`
	Country        string  `json:"country"`
	DisplayName    string  `json:"displayName"`
	EEA            bool    `json:"eea"`
	EU             bool    `json:"eu"`
	ID             string  `json:"id"`
	InternetEgress *Fact   `json:"internetEgress,omitempty"`
	Lat            float64 `json:"lat"`
	Lon            float64 `json:"lon"`
	Prices         *Prices `json:"prices,omitempty"`
	Provider       string  `json:"provider"`
}

// Fact is a single value with its provenance.
type Fact struct {
	Estimated     bool    `json:"estimated"`
	EstimatedFrom string  `json:"estimatedFrom,omitempty"`
	Note          string  `json:"note,omitempty"`
	Source        string  `json:"source"`
	Value         float64 `json:"value"`
}

// Prices are the compute prices of a region, USD per hour.
type Prices struct {
	Estimated     bool     `json:"estimated"`
	EstimatedFrom string   `json:"estimatedFrom,omitempty"`
	GiBHour       float64  `json:"gibHour"`
	GPUs          []GPU    `json:"gpus"`
	Source        string   `json:"source"`
	SpotGiBHour   *float64 `json:"spotGibHour,omitempty"`
	SpotVCPUHour  *float64 `json:"spotVcpuHour,omitempty"`
	VCPUHour      float64  `json:"vcpuHour"`
	VM            VM       `json:"vm"`
}

// VM is the general-purpose VM row the per-vCPU and per-GiB prices are
// derived from.
type VM struct {
	Hour      float64  `json:"hour"`
	MemoryGiB float64  `json:"memoryGiB"`
	SKU       string   `json:"sku"`
	SpotHour  *float64 `json:"spotHour,omitempty"`
	VCPUs     float64  `json:"vcpus"`
}

// GPU is the cheapest listed SKU per GPU for one GPU model.
type GPU struct {
	Count        int      `json:"count"`
	Hour         float64  `json:"hour"`
	IncludesHost bool     `json:"includesHost"`
	MemoryGiB    float64  `json:"memoryGiB,omitempty"`
	Model        string   `json:"model"`
	SKU          string   `json:"sku"`
	SKUHour      float64  `json:"skuHour"`
	SKUSpotHour  *float64 `json:"skuSpotHour,omitempty"`
	SpotHour     *float64 `json:"spotHour,omitempty"`
	VCPUs        float64  `json:"vcpus,omitempty"`
}

// Pair is a directed region pair with a value. It is encoded as the JSON
// array [from, to, value]; From and To are "provider:region".
type Pair struct {
	From  string
	To    string
	Value float64
}

// MarshalJSON encodes p as [from, to, value].
func (p Pair) MarshalJSON() ([]byte, error) {
	return marshal([]any{p.From, p.To, p.Value})
}

// UnmarshalJSON decodes [from, to, value].
func (p *Pair) UnmarshalJSON(b []byte) error {
	var raw []json.RawMessage
	if err := json.Unmarshal(b, &raw); err != nil {
		return fmt.Errorf("pair: %w", err)
	}
	if len(raw) != 3 {
		return fmt.Errorf("pair: want 3 elements, got %d", len(raw))
	}
	if err := json.Unmarshal(raw[0], &p.From); err != nil {
		return fmt.Errorf("pair from: %w", err)
	}
	if err := json.Unmarshal(raw[1], &p.To); err != nil {
		return fmt.Errorf("pair to: %w", err)
	}
	if err := json.Unmarshal(raw[2], &p.Value); err != nil {
		return fmt.Errorf("pair value: %w", err)
	}
	return nil
}

func marshal(v any) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n")), nil
}

// Encode returns the canonical encoding of c: a JSON object with its
// top-level keys on their own lines, meta indented, and one region or pair
// per line.
func Encode(c *Catalog) ([]byte, error) {
	var buf bytes.Buffer
	buf.WriteString("{\n")
	writeRows := func(key string, n int, row func(int) any, last bool) error {
		fmt.Fprintf(&buf, "%q: [\n", key)
		for i := 0; i < n; i++ {
			b, err := marshal(row(i))
			if err != nil {
				return fmt.Errorf("encode %s[%d]: %w", key, i, err)
			}
			buf.Write(b)
			if i < n-1 {
				buf.WriteByte(',')
			}
			buf.WriteByte('\n')
		}
		buf.WriteString("]")
		if !last {
			buf.WriteByte(',')
		}
		buf.WriteByte('\n')
		return nil
	}
	if err := writeRows("egress", len(c.Egress), func(i int) any { return c.Egress[i] }, false); err != nil {
		return nil, err
	}
	if err := writeRows("latency", len(c.Latency), func(i int) any { return c.Latency[i] }, false); err != nil {
		return nil, err
	}
	var meta bytes.Buffer
	enc := json.NewEncoder(&meta)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(c.Meta); err != nil {
		return nil, fmt.Errorf("encode meta: %w", err)
	}
	buf.WriteString(`"meta": `)
	buf.Write(bytes.TrimSuffix(meta.Bytes(), []byte("\n")))
	buf.WriteString(",\n")
	if err := writeRows("power", len(c.Power), func(i int) any { return c.Power[i] }, false); err != nil {
		return nil, err
	}
	if err := writeRows("regions", len(c.Regions), func(i int) any { return c.Regions[i] }, true); err != nil {
		return nil, err
	}
	buf.WriteString("}\n")
	return buf.Bytes(), nil
}

// Decode parses a catalog document. Unknown fields and other format
// versions are errors.
func Decode(data []byte) (*Catalog, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	var c Catalog
	if err := dec.Decode(&c); err != nil {
		return nil, fmt.Errorf("decode catalog: %w", err)
	}
	if dec.More() {
		return nil, fmt.Errorf("decode catalog: trailing data after document")
	}
	if c.Meta.Format != FormatVersion {
		return nil, fmt.Errorf("decode catalog: format %d, want %d", c.Meta.Format, FormatVersion)
	}
	return &c, nil
}
