package planner

import (
	"math"

	moneyfmt "isobar.dev/isobar/internal/money"
)

// money formats USD with thousands separators and no cents when whole.
func money(v float64) string { return moneyfmt.Format(v) }

// round2 rounds to cents (or hundredths).
func round2(v float64) float64 { return math.Round(v*100) / 100 }
