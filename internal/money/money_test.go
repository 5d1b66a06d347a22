package money

import "testing"

func TestFormat(t *testing.T) {
	for in, want := range map[float64]string{0: "0", 7320: "7,320", 1234.5: "1,234.50", -1000000: "-1,000,000", 999.999: "1,000", 12.345: "12.35"} {
		if got := Format(in); got != want {
			t.Errorf("Format(%v) = %q, want %q", in, got, want)
		}
	}
}
