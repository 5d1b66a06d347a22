package schema

import (
	"encoding/json"
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
)

// CPU is an amount of CPU in millicores.
type CPU int64

// ParseCPU parses Kubernetes CPU notation: cores ("2", "0.5") or millicores
// ("500m").
func ParseCPU(s string) (CPU, error) {
	if m, ok := strings.CutSuffix(s, "m"); ok {
		n, err := strconv.ParseInt(m, 10, 64)
		if err != nil || n < 0 {
			return 0, fmt.Errorf("invalid CPU %q: expected cores (\"2\", \"0.5\") or millicores (\"500m\")", s)
		}
		return CPU(n), nil
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f < 0 || math.IsInf(f, 0) || math.IsNaN(f) {
		return 0, fmt.Errorf("invalid CPU %q: expected cores (\"2\", \"0.5\") or millicores (\"500m\")", s)
	}
	return cpuFromCores(f)
}

func cpuFromCores(f float64) (CPU, error) {
	m := math.Round(f * 1000)
	if m > math.MaxInt64/2 {
		return 0, fmt.Errorf("CPU %v is too large", f)
	}
	return CPU(m), nil
}

// Cores returns the amount in cores.
func (c CPU) Cores() float64 { return float64(c) / 1000 }

// String returns the amount in Kubernetes notation.
func (c CPU) String() string {
	if c%1000 == 0 {
		return strconv.FormatInt(int64(c)/1000, 10)
	}
	return strconv.FormatInt(int64(c), 10) + "m"
}

// MarshalJSON writes the amount in Kubernetes notation.
func (c CPU) MarshalJSON() ([]byte, error) { return json.Marshal(c.String()) }

// UnmarshalJSON reads a number of cores or a Kubernetes CPU string.
func (c *CPU) UnmarshalJSON(b []byte) error {
	var f float64
	if err := json.Unmarshal(b, &f); err == nil {
		v, err := cpuFromCores(f)
		*c = v
		return err
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("invalid CPU %s: expected a number or a string", b)
	}
	v, err := ParseCPU(s)
	*c = v
	return err
}

// Memory is an amount of memory in bytes.
type Memory int64

var memorySuffixes = []struct {
	suffix string
	factor float64
}{
	{"Ki", 1 << 10}, {"Mi", 1 << 20}, {"Gi", 1 << 30}, {"Ti", 1 << 40}, {"Pi", 1 << 50},
	{"k", 1e3}, {"M", 1e6}, {"G", 1e9}, {"T", 1e12}, {"P", 1e15},
}

// ParseMemory parses Kubernetes memory notation ("512Mi", "4Gi", "1G").
func ParseMemory(s string) (Memory, error) {
	for _, u := range memorySuffixes {
		if n, ok := strings.CutSuffix(s, u.suffix); ok {
			f, err := strconv.ParseFloat(n, 64)
			if err != nil || f < 0 || math.IsInf(f, 0) || math.IsNaN(f) || strings.ContainsAny(n, "eE+-") {
				break
			}
			b := math.Round(f * u.factor)
			if b >= math.MaxInt64/2 {
				return 0, fmt.Errorf("memory %q is too large", s)
			}
			return Memory(b), nil
		}
	}
	return 0, fmt.Errorf("invalid memory %q: expected a number with a unit, such as \"512Mi\" or \"4Gi\"", s)
}

// GiB returns the amount in GiB.
func (m Memory) GiB() float64 { return float64(m) / (1 << 30) }

// String returns the amount in the largest binary unit that divides it.
func (m Memory) String() string {
	for i := 4; i >= 0; i-- {
		u := memorySuffixes[i]
		if m != 0 && int64(m)%int64(u.factor) == 0 {
			return strconv.FormatInt(int64(m)/int64(u.factor), 10) + u.suffix
		}
	}
	return strconv.FormatInt(int64(m), 10)
}

// MarshalJSON writes the amount in Kubernetes notation.
func (m Memory) MarshalJSON() ([]byte, error) { return json.Marshal(m.String()) }

// UnmarshalJSON reads a Kubernetes memory string.
func (m *Memory) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("invalid memory %s: expected a string such as \"512Mi\"", b)
	}
	v, err := ParseMemory(s)
	*m = v
	return err
}

// Duration is a length of time written as "80ms", "1.5s", "10m" or "2h".
type Duration time.Duration

// ParseDuration parses a duration: a number followed by ms, s, m or h.
func ParseDuration(s string) (Duration, error) {
	for _, u := range []struct {
		suffix string
		unit   time.Duration
	}{{"ms", time.Millisecond}, {"s", time.Second}, {"m", time.Minute}, {"h", time.Hour}} {
		if n, ok := strings.CutSuffix(s, u.suffix); ok {
			f, err := strconv.ParseFloat(n, 64)
			if err != nil || f < 0 || math.IsInf(f, 0) || math.IsNaN(f) || strings.ContainsAny(n, "eE+-") {
				break
			}
			d := f * float64(u.unit)
			if d >= math.MaxInt64 {
				return 0, fmt.Errorf("duration %q is too long", s)
			}
			return Duration(math.Round(d)), nil
		}
	}
	return 0, fmt.Errorf("invalid duration %q: expected a number followed by ms, s, m or h, such as \"80ms\"", s)
}

// Std returns the duration as a time.Duration.
func (d Duration) Std() time.Duration { return time.Duration(d) }

// String formats the duration in the shortest of the schema's units.
func (d Duration) String() string {
	switch td := time.Duration(d); {
	case td == 0:
		return "0s"
	case td%time.Hour == 0:
		return strconv.FormatInt(int64(td/time.Hour), 10) + "h"
	case td%time.Minute == 0:
		return strconv.FormatInt(int64(td/time.Minute), 10) + "m"
	case td%time.Second == 0:
		return strconv.FormatInt(int64(td/time.Second), 10) + "s"
	default:
		return strconv.FormatFloat(float64(td)/float64(time.Millisecond), 'f', -1, 64) + "ms"
	}
}

// MarshalJSON writes the duration as a string.
func (d Duration) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads a duration string.
func (d *Duration) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return fmt.Errorf("invalid duration %s: expected a string such as \"80ms\"", b)
	}
	v, err := ParseDuration(s)
	*d = v
	return err
}

// UnmarshalJSON reads a literal string or a {secret, key} reference.
func (e *EnvValue) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err == nil {
		*e = EnvValue{Value: s}
		return nil
	}
	var ref SecretRef
	if err := json.Unmarshal(b, &ref); err != nil {
		return fmt.Errorf("invalid environment value %s: expected a string or {secret, key}", b)
	}
	*e = EnvValue{Secret: &ref}
	return nil
}

// MarshalJSON writes the value back in the form it was read.
func (e EnvValue) MarshalJSON() ([]byte, error) {
	if e.Secret != nil {
		return json.Marshal(e.Secret)
	}
	return json.Marshal(e.Value)
}
