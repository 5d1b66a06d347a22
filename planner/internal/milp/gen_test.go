package milp

import (
	"fmt"
	"math"
	"math/rand/v2"
)

// genParams describes a random placement-style instance.
type genParams struct {
	seed      uint64
	workloads int
	clusters  int
}

func (p genParams) String() string {
	return fmt.Sprintf("w%d_c%d_s%d", p.workloads, p.clusters, p.seed)
}

// randomInstance builds a seeded facility-location / capacitated-assignment
// MILP shaped like isobar's placement models: integer replicas per
// (workload, cluster) with minimum totals and per-cluster spread limits,
// CPU and memory capacity rows, a binary "cluster used" variable per
// cluster with a fixed cost and linking rows, continuous traffic variables
// with a latency cost and demand rows, and a budget ≤ row on one team's
// cost.
func randomInstance(p genParams) *Model {
	r := rand.New(rand.NewPCG(p.seed, 0x150ba7))
	m := &Model{Name: "gen_" + p.String()}
	W, C := p.workloads, p.clusters
	price := make([]float64, C)
	capCPU := make([]float64, C)
	capMem := make([]float64, C)
	used := make([]Var, C)
	for c := range C {
		price[c] = 0.02 + 0.08*r.Float64()
		used[c] = m.AddVar(fmt.Sprintf("used[c%d]", c), 0, 1, math.Round(50+150*r.Float64()), true)
	}
	cpu := make([]float64, W)
	mem := make([]float64, W)
	minTot := make([]int, W)
	totalCPU, totalMem := 0.0, 0.0
	for w := range W {
		cpu[w] = []float64{0.25, 0.5, 1, 2, 4}[r.IntN(5)]
		mem[w] = cpu[w] * []float64{1, 2, 4, 8}[r.IntN(4)]
		minTot[w] = 1 + r.IntN(6)
		totalCPU += cpu[w] * float64(minTot[w])
		totalMem += mem[w] * float64(minTot[w])
	}
	for c := range C {
		capCPU[c] = math.Round((0.4 + 0.6*r.Float64()) * totalCPU * 3 / float64(C))
		capMem[c] = math.Round((0.4 + 0.6*r.Float64()) * totalMem * 3 / float64(C))
	}
	x := make([][]Var, W)
	cpuTerms := make([][]Term, C)
	memTerms := make([][]Term, C)
	teamCost := []Term{}
	teamMin := 0.0
	for w := range W {
		x[w] = make([]Var, C)
		var tot []Term
		allowed := 0
		spread := int(math.Ceil(0.6 * float64(minTot[w])))
		if minTot[w] == 1 {
			spread = 1
		}
		demand := math.Round(float64(minTot[w])*(40+55*r.Float64())*100) / 100
		var served []Term
		for c := range C {
			if r.Float64() < 0.15 && allowed > 0 {
				continue // not a candidate
			}
			allowed++
			up := inf
			if r.Float64() < 0.5 {
				up = float64(spread)
			}
			cost := math.Round(730*price[c]*cpu[w]*(0.9+0.2*r.Float64())*100) / 100
			v := m.AddVar(fmt.Sprintf("x[w%d,c%d]", w, c), 0, up, cost, true)
			x[w][c] = v
			tot = append(tot, Term{v, 1})
			cpuTerms[c] = append(cpuTerms[c], Term{v, cpu[w]})
			memTerms[c] = append(memTerms[c], Term{v, mem[w]})
			// linking: x ≤ spread·used
			m.AddRow(fmt.Sprintf("link[w%d,c%d]", w, c), -inf, 0, Term{v, 1}, Term{used[c], -float64(max(spread, minTot[w]))})
			// traffic served from this cluster, bounded by replicas
			lat := 5 + 80*r.Float64()
			s := m.AddVar(fmt.Sprintf("r[w%d,c%d]", w, c), 0, inf, math.Round(lat*1e3)/1e5, false)
			served = append(served, Term{s, 1})
			m.AddRow(fmt.Sprintf("rps[w%d,c%d]", w, c), -inf, 0, Term{s, 1}, Term{v, -100})
			if w%3 == 0 {
				teamCost = append(teamCost, Term{v, cost})
				if c == 0 {
					teamMin += cost * float64(minTot[w])
				}
			}
		}
		m.AddRow(fmt.Sprintf("min[w%d]", w), float64(minTot[w]), inf, tot...)
		for _, t := range tot {
			m.AddRow(fmt.Sprintf("spread[%s]", m.Vars[t.Var].Name), -inf, float64(spread), t)
		}
		m.AddRow(fmt.Sprintf("demand[w%d]", w), demand, demand, served...)
	}
	for c := range C {
		if len(cpuTerms[c]) == 0 {
			continue
		}
		m.AddRow(fmt.Sprintf("cpu[c%d]", c), -inf, capCPU[c], cpuTerms[c]...)
		m.AddRow(fmt.Sprintf("mem[c%d]", c), -inf, capMem[c], memTerms[c]...)
	}
	if len(teamCost) > 0 {
		m.AddRow("budget[team0]", -inf, math.Round(teamMin*3+1000), teamCost...)
	}
	return m
}

// genericInstance builds a seeded random MILP without special structure:
// 5–44 variables (general integers, binaries and continuous ones, some with
// negative or one-sided bounds), 3–32 rows of every kind (≤, ≥, =,
// ranged) with small integer and some fractional coefficients. Many are
// infeasible, which exercises that path as well.
func genericInstance(seed uint64) *Model {
	r := rand.New(rand.NewPCG(seed, 7))
	m := &Model{Name: "generic"}
	n := 5 + r.IntN(40)
	rows := 3 + r.IntN(30)
	for j := 0; j < n; j++ {
		lo := 0.0
		up := math.Inf(1)
		switch r.IntN(6) {
		case 0:
			lo = -float64(r.IntN(10))
		case 1:
			up = float64(1 + r.IntN(10))
		case 2:
			lo, up = 0, 1
		case 3:
			lo = math.Inf(-1)
			up = float64(r.IntN(20))
		}
		obj := float64(r.IntN(41)-10) * (0.5 + r.Float64())
		m.AddVar(fmt.Sprintf("v%d", j), lo, up, math.Round(obj*100)/100, r.IntN(3) > 0)
	}
	for i := 0; i < rows; i++ {
		var terms []Term
		sum := 0.0
		for j := 0; j < n; j++ {
			if r.Float64() < 0.3 {
				c := float64(r.IntN(19) - 9)
				if r.IntN(4) == 0 {
					c += math.Round(r.Float64()*100) / 100
				}
				terms = append(terms, Term{Var(j), c})
				sum += math.Abs(c)
			}
		}
		rhs := math.Round((r.Float64()*2 - 0.5) * sum)
		switch r.IntN(4) {
		case 0:
			m.AddRow(fmt.Sprintf("r%d", i), math.Inf(-1), rhs, terms...)
		case 1:
			m.AddRow(fmt.Sprintf("r%d", i), rhs, math.Inf(1), terms...)
		case 2:
			m.AddRow(fmt.Sprintf("r%d", i), rhs, rhs, terms...)
		default:
			m.AddRow(fmt.Sprintf("r%d", i), rhs-float64(r.IntN(10)), rhs+float64(r.IntN(10)), terms...)
		}
	}
	// Keep every variable bounded so that no instance is unbounded.
	for j := range m.Vars {
		if math.IsInf(m.Vars[j].Lower, -1) {
			m.Vars[j].Lower = -50
		}
		if math.IsInf(m.Vars[j].Upper, 1) {
			m.Vars[j].Upper = 50
		}
	}
	return m
}
