package providers

import (
	"math"
)

// Latency bases: how a round-trip time is known.
const (
	// BasisMeasured is a measured RTT between two regions (the mean of
	// the measured directions).
	BasisMeasured = "measured"
	// BasisMeasuredVia is a measured RTT from a region in the users'
	// metro area (Latency.Via) to the target, plus the distance model's
	// slope for the kilometres from the users to that region.
	BasisMeasuredVia = "measured via"
	// BasisSameMetro is the target region itself in the users' metro
	// area: SameMetroMS plus the slope for the last kilometres.
	BasisSameMetro = "same metro"
	// BasisDistanceModel is the latency model on the great-circle distance.
	BasisDistanceModel = "distance model"
)

// ProxyRadiusKM is how close a catalog region must be to a user location to
// stand for it: the users' RTT to a target region is then that region's
// measured RTT to the target.
const ProxyRadiusKM = 150

// SameMetroMS is the RTT assumed between users and a region in their own
// metro area; co-located regions in the measured data are 2–4 ms apart.
const SameMetroMS = 3

// Latency is a round-trip time and how it is known.
type Latency struct {
	// MS is the round-trip time in milliseconds, rounded to 1 µs.
	MS float64
	// Basis is one of BasisMeasured, BasisMeasuredVia, BasisSameMetro or
	// BasisDistanceModel.
	Basis string
	// Via is the "provider:region" whose position or measurements the
	// figure is built on (BasisMeasuredVia, BasisSameMetro), else empty.
	Via string
	// ViaKM is the great-circle distance from the users to Via.
	ViaKM float64
}

// Estimated reports whether the figure is not a measurement between the
// two end points themselves.
func (l Latency) Estimated() bool { return l.Basis != BasisMeasured }

// Source describes the basis in words: "measured", "estimated: measured
// from aws:eu-central-1", "estimated: same metro as gcp:europe-west3" or
// "estimated: distance model".
func (l Latency) Source() string {
	switch l.Basis {
	case BasisMeasured:
		return "measured"
	case BasisMeasuredVia:
		return "estimated: measured from " + l.Via
	case BasisSameMetro:
		return "estimated: same metro as " + l.Via
	}
	return "estimated: " + BasisDistanceModel
}

// UserRTT returns the round-trip time from users at a geographic location
// to a point, usually a region. It is the figure both the planner and
// `isobar catalog latency` use:
//
//   - If a catalog region lies within ProxyRadiusKM of the users (the
//     nearest one; ties go to the lowest "provider:region"), it stands for
//     them: if it is the target itself the result is SameMetroMS, else its
//     measured RTT to the target (when one was measured), each plus the
//     latency model's slope B times the distance from the users to it.
//   - Otherwise the latency model estimates the RTT from the great-circle
//     distance between the users and the target.
//
// For a known region the catalog's coordinates are used, as in RTT.
func (c *Catalog) UserRTT(lat, lon float64, to Point) Latency {
	tlat, tlon, tkey := c.resolve(to)
	m := c.meta.LatencyModel
	near, nearKM := -1, math.Inf(1)
	for i, r := range c.regions {
		if d := HaversineKM(lat, lon, r.Lat, r.Lon); d < nearKM {
			near, nearKM = i, d
		}
	}
	if near >= 0 && nearKM <= ProxyRadiusKM {
		via := c.regions[near]
		access := m.B * nearKM
		if via.Key() == tkey {
			return Latency{MS: round3(SameMetroMS + access), Basis: BasisSameMetro, Via: tkey, ViaKM: round3(nearKM)}
		}
		if ms, est := c.RTT(via.Point(), to); !est {
			return Latency{MS: round3(ms + access), Basis: BasisMeasuredVia, Via: via.Key(), ViaKM: round3(nearKM)}
		}
	}
	return Latency{MS: round3(m.RTT(HaversineKM(lat, lon, tlat, tlon))), Basis: BasisDistanceModel}
}

// RegionRTT is RTT as a Latency: BasisMeasured or BasisDistanceModel,
// rounded to 1 µs.
func (c *Catalog) RegionRTT(from, to Point) Latency {
	ms, est := c.RTT(from, to)
	if est {
		return Latency{MS: round3(ms), Basis: BasisDistanceModel}
	}
	return Latency{MS: round3(ms), Basis: BasisMeasured}
}

func round3(v float64) float64 { return math.Round(v*1000) / 1000 }
