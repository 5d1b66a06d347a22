package planner

import (
	"math"
)

// choice is what a solution does with one candidate of a workload.
type choice struct {
	x, s int       // on-demand and spot replicas
	r    []float64 // rps routed here, per geography of the workload
}

// solution is a placement independent of any model: choices per workload
// and candidate, as workloads[i].cands[k].
type solution [][]choice

func (p *problem) emptySolution() solution {
	sol := make(solution, len(p.workloads))
	for wi, w := range p.workloads {
		sol[wi] = make([]choice, len(w.cands))
	}
	return sol
}

// extract reads the choices of the workloads in md out of a model solution.
func (md *model) extract(p *problem, x []float64, into solution) {
	for wi, vars := range md.vars {
		for k, v := range vars {
			if v.x < 0 {
				into[wi][k] = choice{}
				continue
			}
			ch := choice{x: roundInt(x[v.x])}
			if v.s >= 0 {
				ch.s = roundInt(x[v.s])
			}
			if len(v.r) > 0 {
				ch.r = make([]float64, len(p.workloads[wi].geos))
				for gi, rv := range v.r {
					ch.r[gi] = x[rv]
				}
			}
			into[wi][k] = ch
		}
	}
}

// vector writes a solution as a vector of md's variables, deriving the
// location and spread indicators, for use as an incumbent.
func (md *model) vector(sol solution) []float64 {
	x := make([]float64, len(md.m.Vars))
	for wi, vars := range md.vars {
		for k, v := range vars {
			if v.x < 0 {
				continue
			}
			ch := sol[wi][k]
			x[v.x] = float64(ch.x)
			if v.s >= 0 {
				x[v.s] = float64(ch.s)
			}
			if v.y >= 0 && ch.x+ch.s > 0 {
				x[v.y] = 1
			}
			for gi, rv := range v.r {
				if gi < len(ch.r) {
					x[rv] = ch.r[gi]
				}
			}
		}
	}
	for _, g := range md.zs {
		sum := 0.0
		for _, t := range g.members {
			sum += x[t.Var]
		}
		x[g.z] = math.Min(1, sum)
	}
	return x
}
