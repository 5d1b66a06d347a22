// Command landgen turns Natural Earth's 1:110m land polygons, as the
// world-atlas npm package ships them in TopoJSON (land-110m.json), into the
// SVG path the report's world map draws, in an equirectangular projection
// onto a 1000×500 box, rounded to 0.1 units.
//
// Reproduce land.path:
//
//	npm pack world-atlas@2.0.2 && tar xzf world-atlas-2.0.2.tgz package/land-110m.json
//	go run ./internal/report/internal/landgen package/land-110m.json > internal/report/land.path
//
// Natural Earth is in the public domain; world-atlas is ISC-licensed.
package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

type topology struct {
	Transform struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][2]float64 `json:"arcs"`
	Objects struct {
		Land struct {
			Geometries []struct {
				Type string          `json:"type"`
				Arcs json.RawMessage `json:"arcs"`
			} `json:"geometries"`
		} `json:"land"`
	} `json:"objects"`
}

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: landgen land-110m.json")
		os.Exit(2)
	}
	if err := run(os.Args[1]); err != nil {
		fmt.Fprintln(os.Stderr, "landgen:", err)
		os.Exit(1)
	}
}

func run(file string) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	var t topology
	if err := json.Unmarshal(b, &t); err != nil {
		return err
	}
	// Decode the delta-encoded, quantised arcs into degrees.
	arcs := make([][][2]float64, len(t.Arcs))
	for i, arc := range t.Arcs {
		var x, y float64
		for _, p := range arc {
			x, y = x+p[0], y+p[1]
			arcs[i] = append(arcs[i], [2]float64{
				x*t.Transform.Scale[0] + t.Transform.Translate[0],
				y*t.Transform.Scale[1] + t.Transform.Translate[1],
			})
		}
	}
	var out strings.Builder
	for _, g := range t.Objects.Land.Geometries {
		var polys [][][]int
		switch g.Type {
		case "MultiPolygon":
			if err := json.Unmarshal(g.Arcs, &polys); err != nil {
				return err
			}
		case "Polygon":
			var poly [][]int
			if err := json.Unmarshal(g.Arcs, &poly); err != nil {
				return err
			}
			polys = [][][]int{poly}
		default:
			return fmt.Errorf("unexpected geometry %s", g.Type)
		}
		for _, poly := range polys {
			for _, ring := range poly {
				var pts [][2]float64
				for _, idx := range ring {
					a := arcs[idx]
					if idx < 0 {
						a = reversed(arcs[^idx])
					}
					if len(pts) > 0 {
						a = a[1:] // arcs share their end points
					}
					pts = append(pts, a...)
				}
				writeRing(&out, pts)
			}
		}
	}
	fmt.Println(out.String())
	return nil
}

func reversed(a [][2]float64) [][2]float64 {
	r := make([][2]float64, len(a))
	for i, p := range a {
		r[len(a)-1-i] = p
	}
	return r
}

// writeRing appends one closed ring, dropping points that round onto the
// previous one.
func writeRing(out *strings.Builder, pts [][2]float64) {
	last := ""
	n := 0
	for _, p := range pts {
		x := (p[0] + 180) / 360 * 1000
		y := (90 - p[1]) / 180 * 500
		s := fmt.Sprintf("%.1f %.1f", x, y)
		if s == last {
			continue
		}
		if n == 0 {
			out.WriteString("M" + s)
		} else {
			out.WriteString("L" + s)
		}
		last = s
		n++
	}
	if n > 0 {
		out.WriteString("Z")
	}
}
