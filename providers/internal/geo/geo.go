// Package geo holds the great-circle distance shared by the catalog
// generator and the providers package, so that both compute identical
// distances.
package geo

import "math"

// EarthRadiusKM is the IUGG mean Earth radius in kilometres.
const EarthRadiusKM = 6371.0088

// HaversineKM returns the great-circle distance in kilometres between two
// points given in decimal degrees, on a sphere of radius EarthRadiusKM.
func HaversineKM(lat1, lon1, lat2, lon2 float64) float64 {
	const rad = math.Pi / 180
	φ1, φ2 := lat1*rad, lat2*rad
	dφ := (lat2 - lat1) * rad
	dλ := (lon2 - lon1) * rad
	s1, s2 := math.Sin(dφ/2), math.Sin(dλ/2)
	h := s1*s1 + math.Cos(φ1)*math.Cos(φ2)*s2*s2
	// Guard against rounding pushing h outside [0, 1] for antipodal points.
	h = math.Min(1, math.Max(0, h))
	return 2 * EarthRadiusKM * math.Asin(math.Sqrt(h))
}
