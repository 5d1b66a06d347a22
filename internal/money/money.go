// Package money formats amounts of US dollars for people.
package money

import (
	"fmt"
	"math"
	"strings"
)

// Format writes an amount with thousands separators and cents, leaving the
// cents out when the amount is whole: 7320 → "7,320", 1234.5 → "1,234.50".
func Format(v float64) string {
	return group(strings.TrimSuffix(fmt.Sprintf("%.2f", math.Round(v*100)/100), ".00"))
}

// Cents writes an amount with thousands separators and always its cents,
// for columns of figures: 7320 → "7,320.00".
func Cents(v float64) string {
	return group(fmt.Sprintf("%.2f", math.Round(v*100)/100))
}

// group adds thousands separators to a formatted number.
func group(s string) string {
	intPart, frac, _ := strings.Cut(s, ".")
	neg := strings.HasPrefix(intPart, "-")
	intPart = strings.TrimPrefix(intPart, "-")
	var b strings.Builder
	if neg {
		b.WriteByte('-')
	}
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if frac != "" {
		b.WriteString("." + frac)
	}
	return b.String()
}
