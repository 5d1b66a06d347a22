package schema_test

import (
	"encoding/json"
	"testing"
	"time"

	"isobar.dev/isobar/schema"
)

func TestParseQuantities(t *testing.T) {
	cpu := []struct {
		in   string
		want schema.CPU
		ok   bool
	}{
		{"500m", 500, true}, {"2", 2000, true}, {"0.25", 250, true}, {"1.5", 1500, true},
		{"", 0, false}, {"m", 0, false}, {"-1", 0, false}, {"1e3", 1_000_000, true}, {"two", 0, false},
	}
	for _, tt := range cpu {
		got, err := schema.ParseCPU(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseCPU(%q) = %v, %v; want %v, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
	mem := []struct {
		in   string
		want schema.Memory
		ok   bool
	}{
		{"512Mi", 512 << 20, true}, {"4Gi", 4 << 30, true}, {"1G", 1e9, true}, {"1.5Gi", 3 << 29, true},
		{"64GB", 0, false}, {"1e3Mi", 0, false}, {"Gi", 0, false}, {"-1Gi", 0, false}, {"1024", 0, false},
	}
	for _, tt := range mem {
		got, err := schema.ParseMemory(tt.in)
		if (err == nil) != tt.ok || got != tt.want {
			t.Errorf("ParseMemory(%q) = %v, %v; want %v, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
	dur := []struct {
		in   string
		want time.Duration
		ok   bool
	}{
		{"80ms", 80 * time.Millisecond, true}, {"1.5s", 1500 * time.Millisecond, true}, {"10m", 10 * time.Minute, true},
		{"2h", 2 * time.Hour, true}, {"80 ms", 0, false}, {"fast", 0, false}, {"-1s", 0, false}, {"1d", 0, false},
	}
	for _, tt := range dur {
		got, err := schema.ParseDuration(tt.in)
		if (err == nil) != tt.ok || got.Std() != tt.want {
			t.Errorf("ParseDuration(%q) = %v, %v; want %v, ok=%v", tt.in, got, err, tt.want, tt.ok)
		}
	}
}

func TestQuantityJSONRoundTrip(t *testing.T) {
	type q struct {
		CPU    schema.CPU      `json:"cpu"`
		Memory schema.Memory   `json:"memory"`
		P95    schema.Duration `json:"p95"`
		Env    schema.EnvValue `json:"env"`
	}
	in := `{"cpu":"1500m","memory":"1536Mi","p95":"80ms","env":{"secret":"db","key":"password"}}`
	var v q
	if err := json.Unmarshal([]byte(in), &v); err != nil {
		t.Fatal(err)
	}
	out, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	if string(out) != in {
		t.Errorf("round trip: got %s, want %s", out, in)
	}
	if err := json.Unmarshal([]byte(`{"cpu":2}`), &v); err != nil || v.CPU != 2000 || v.CPU.String() != "2" {
		t.Errorf("cpu as a number of cores: %v, %v", v.CPU, err)
	}
}
