package providers

import "isobar.dev/isobar/providers/internal/geo"

// HaversineKM returns the great-circle distance in kilometres between two
// points in decimal degrees, on a sphere of radius 6371.0088 km (the IUGG
// mean Earth radius).
func HaversineKM(lat1, lon1, lat2, lon2 float64) float64 {
	return geo.HaversineKM(lat1, lon1, lat2, lon2)
}

// Point is an end point for RTT: a cloud region (Provider and Region set)
// or a bare geographic location (Provider and Region empty).
type Point struct {
	Provider, Region string
	// Lat and Lon are used by the latency model. For a region the
	// catalog's coordinates take precedence when the region is known.
	Lat, Lon float64
}

// GeoPoint returns a Point for a geographic location, e.g. a user
// population.
func GeoPoint(lat, lon float64) Point { return Point{Lat: lat, Lon: lon} }

// resolve returns p's coordinates and, for a known region, its key.
func (c *Catalog) resolve(p Point) (lat, lon float64, key string) {
	if p.Provider != "" || p.Region != "" {
		if i, ok := c.index[p.Provider+":"+p.Region]; ok {
			r := c.regions[i]
			return r.Lat, r.Lon, r.Key()
		}
	}
	return p.Lat, p.Lon, ""
}

// RTT returns the round-trip time in ms between two points.
//
// If both are known regions and at least one direction between them was
// measured, the result is the mean of the measured directions and
// estimated is false. Otherwise (no measurement, the same region twice, a
// geographic point, or an unknown region, which falls back to the Point's
// Lat and Lon) the result is the latency model A + B·km on the great-circle
// distance, and estimated is true. See LatencyModel for its error: being
// linear with a positive intercept, it overstates short distances and the
// RTT within one region (LatencyModel.Residuals shows the bias by distance).
func (c *Catalog) RTT(from, to Point) (ms float64, estimated bool) {
	lat1, lon1, k1 := c.resolve(from)
	lat2, lon2, k2 := c.resolve(to)
	if k1 != "" && k2 != "" && k1 != k2 {
		var sum float64
		var n int
		if v, ok := c.rtt[[2]string{k1, k2}]; ok {
			sum, n = sum+v, n+1
		}
		if v, ok := c.rtt[[2]string{k2, k1}]; ok {
			sum, n = sum+v, n+1
		}
		if n > 0 {
			return sum / float64(n), false
		}
	}
	return c.EstimateRTT(lat1, lon1, lat2, lon2), true
}

// EstimateRTT returns the latency model's round-trip time in ms between two
// geographic points, e.g. a user location and a region's coordinates. It is
// always an estimate; use RTT to prefer measured values between regions.
func (c *Catalog) EstimateRTT(lat1, lon1, lat2, lon2 float64) float64 {
	return c.meta.LatencyModel.RTT(HaversineKM(lat1, lon1, lat2, lon2))
}
