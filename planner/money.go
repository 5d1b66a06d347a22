package planner

import (
	"fmt"
	"math"
	"strings"
)

// money formats USD with thousands separators and no cents when whole.
func money(v float64) string {
	s := fmt.Sprintf("%.2f", math.Round(v*100)/100)
	s = strings.TrimSuffix(s, ".00")
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

// round2 rounds to cents (or hundredths).
func round2(v float64) float64 { return math.Round(v*100) / 100 }
