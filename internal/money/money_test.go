package money

import "testing"

func TestFormat(t *testing.T) {
	for in, want := range map[float64]string{0: "0", 7320: "7,320", 1234.5: "1,234.50", -1000000: "-1,000,000", 999.999: "1,000", 12.345: "12.35"} {
		if got := Format(in); got != want {
			t.Errorf("Format(%v) = %q, want %q", in, got, want)
		}
	}
}

func TestCents(t *testing.T) {
	for v, want := range map[float64]string{0: "0.00", 10: "10.00", 7320: "7,320.00", 1234.5: "1,234.50", -14.456: "-14.46", 999999.999: "1,000,000.00"} {
		if got := Cents(v); got != want {
			t.Errorf("Cents(%v) = %q, want %q", v, got, want)
		}
	}
}
