package build

import (
	"errors"
	"io/fs"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const dataDir = "../../../../shared/data"

func TestFitLine(t *testing.T) {
	tests := []struct {
		name    string
		xs, ys  []float64
		a, b    float64
		rmse    float64
		r2      float64
		wantErr bool
	}{
		{name: "exact line", xs: []float64{0, 1, 2, 3}, ys: []float64{2, 5, 8, 11}, a: 2, b: 3, rmse: 0, r2: 1},
		{name: "symmetric noise", xs: []float64{0, 0, 2, 2}, ys: []float64{-1, 1, 1, 3}, a: 0, b: 1, rmse: 1, r2: 0.5},
		{name: "one point", xs: []float64{1}, ys: []float64{1}, wantErr: true},
		{name: "equal x", xs: []float64{1, 1}, ys: []float64{1, 2}, wantErr: true},
		{name: "length mismatch", xs: []float64{1, 2}, ys: []float64{1}, wantErr: true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, err := FitLine(tt.xs, tt.ys, nil)
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if err != nil {
				return
			}
			for _, c := range []struct {
				name      string
				got, want float64
			}{{"a", f.A, tt.a}, {"b", f.B, tt.b}, {"rmse", f.RMSE, tt.rmse}, {"r2", f.R2, tt.r2}} {
				if math.Abs(c.got-c.want) > 1e-12 {
					t.Errorf("%s = %v, want %v", c.name, c.got, c.want)
				}
			}
		})
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		price, vcpus, mem float64
	}{
		{0.192, 4, 16},
		{0.19424, 4, 16},
		{1, 2, 8},
		{0.02112, 4, 16},
	}
	for _, tt := range tests {
		v, g := Split(tt.price, tt.vcpus, tt.mem)
		if sum := tt.vcpus*v + tt.mem*g; math.Abs(sum-tt.price) > 1e-8 {
			t.Errorf("Split(%v): %v*%v + %v*%v = %v", tt.price, tt.vcpus, v, tt.mem, g, sum)
		}
		if r := v / g; math.Abs(r-RefVCPUHour/RefGiBHour) > 1e-3 {
			t.Errorf("Split(%v): ratio %v", tt.price, r)
		}
	}
	// The reference VM reproduces the reference prices.
	v, g := Split(4*RefVCPUHour+16*RefGiBHour, 4, 16)
	if math.Abs(v-RefVCPUHour) > 1e-9 || math.Abs(g-RefGiBHour) > 1e-9 {
		t.Errorf("reference split %v, %v", v, g)
	}
}

// copyData copies the data set into a temporary directory, applying edit to
// the named file.
func copyData(t *testing.T, file string, edit func(string) string) string {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dataDir, "regions.csv")); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("data set %s not present", dataDir)
	}
	dir := t.TempDir()
	entries, err := os.ReadDir(dataDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		b, err := os.ReadFile(filepath.Join(dataDir, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		s := string(b)
		if e.Name() == file {
			s = edit(s)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestBuildErrors(t *testing.T) {
	tests := []struct {
		name, file string
		edit       func(string) string
		wantErr    string
	}{
		{"unchanged", "regions.csv", func(s string) string { return s }, ""},
		{"bad header", "prices.csv", func(s string) string { return strings.Replace(s, "ondemand_usd_hour", "price", 1) }, "header"},
		{"bad number", "latency_ms.csv", func(s string) string { return strings.Replace(s, "248.780", "fast", 1) }, "bad number"},
		{"unknown price source", "prices.csv", func(s string) string {
			return strings.Replace(s, "27f67dd4e1bc0d35fa0ec075180ad54b230882c4:catalogs", "0000000000000000000000000000000000000000:catalogs", 1)
		}, "unknown source"},
		{"commit missing from SOURCES.md", "SOURCES.md", func(s string) string {
			return strings.ReplaceAll(s, "2e3b2c01735054a8053d6a939d69fe43a652d2d0", "gone")
		}, "does not mention commit"},
		{"no compile date", "SOURCES.md", func(s string) string { return strings.Replace(s, "Compiled 2026-11-27", "Compiled recently", 1) }, "Compiled"},
		{"bad eu flag", "regions.csv", func(s string) string { return strings.Replace(s, "IE,true", "IE,yes", 1) }, "want true or false"},
		{"price for unknown region", "prices.csv", func(s string) string { return strings.Replace(s, "aws,af-south-1,m6i", "aws,af-south-9,m6i", 1) }, "not in regions.csv"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := copyData(t, tt.file, tt.edit)
			_, err := Build(Options{DataDir: dir})
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("err = %v, want it to mention %q", err, tt.wantErr)
			}
		})
	}
	if _, err := Build(Options{DataDir: t.TempDir()}); err == nil {
		t.Error("empty data directory accepted")
	}
}
