package planner

import (
	"fmt"
	"maps"
	"math"
	"slices"

	"isobar.dev/isobar/planner/internal/milp"
	"isobar.dev/isobar/schema"
)

// This file is the only one that knows which resources of a cluster the
// planner tracks and what a replica takes of them. Everything else asks it:
// the model's capacity rows, the decomposition's placement in what is left,
// the Lagrangian relaxation's prices and the large method's placement.

// capacity is a vector over the resources the planner tracks for one
// cluster: CPU cores, memory GiB, pods, spot CPU cores and spot memory GiB
// (the share of the CPU and memory that spot replicas may use), and GPUs
// by model. It holds what a cluster has, what is left of it or what
// replicas use of it. +Inf is no limit: the pods of a cluster that sets
// none, the spot capacity of a cluster that declares none apart (spot
// replicas are then bounded by the cluster's CPU and memory alone); a GPU
// model the cluster lacks is 0.
//
// Adding a resource (say, ephemeral storage) touches this file only, once
// the schema carries its amounts: a field here, in demand, rowsOf and
// capTerms, and a line in each function below, from demandOf to
// capTerms.leftRows. The model's rows, the decomposition, the relaxation
// and the large method's placement then all respect it.
type capacity struct {
	cpu, mem, pods   float64
	spotCPU, spotMem float64
	gpus             map[string]float64
}

// demand is what one replica asks of a cluster: its CPU cores, memory GiB
// and GPUs of one model. It also takes one pod, and a spot replica takes
// its CPU and memory of the spot capacity too.
type demand struct {
	cpu, mem float64
	gpuModel string  // "" without GPUs
	gpus     float64 // GPUs of gpuModel
}

// demandOf is what one replica with resources res asks.
func demandOf(res schema.Resources) demand {
	d := demand{cpu: res.CPU.Cores(), mem: res.Memory.GiB()}
	if g := res.GPU; g != nil {
		d.gpuModel, d.gpus = g.Model, float64(g.Count)
	}
	return d
}

// clusterCapacity is what a cluster has.
func clusterCapacity(spec schema.Cluster) capacity {
	cp := spec.Capacity
	c := capacity{cpu: cp.CPU.Cores(), mem: cp.Memory.GiB(), pods: math.Inf(1),
		spotCPU: math.Inf(1), spotMem: math.Inf(1), gpus: make(map[string]float64, len(cp.GPUs))}
	if cp.Pods > 0 {
		c.pods = float64(cp.Pods)
	}
	if sc := spec.Spot.Capacity; sc != nil {
		c.spotCPU, c.spotMem = sc.CPU.Cores(), sc.Memory.GiB()
	}
	for m, n := range cp.GPUs {
		c.gpus[m] = float64(n)
	}
	return c
}

// clone returns a copy of c that shares nothing with it.
func (c capacity) clone() capacity {
	c.gpus = maps.Clone(c.gpus)
	return c
}

// maxFit bounds how many replicas fit anywhere, so that counts stay ints.
const maxFit = 1e9

// fits is how many replicas asking d fit in c, spot ones or not: the
// fewest of each resource's amount over the replica's, a resource the
// replica does not ask for bounding nothing. Amounts within 1e-9 of a
// whole replica count as one.
func (c *capacity) fits(d demand, spot bool) int {
	return c.room(&capacity{}, d, spot)
}

// room is how many more replicas asking d fit in c when used is taken.
func (c *capacity) room(used *capacity, d demand, spot bool) int {
	n := math.Inf(1)
	n = bound(n, c.cpu-used.cpu, d.cpu)
	n = bound(n, c.mem-used.mem, d.mem)
	n = bound(n, c.pods-used.pods, 1)
	if spot {
		n = bound(n, c.spotCPU-used.spotCPU, d.cpu)
		n = bound(n, c.spotMem-used.spotMem, d.mem)
	}
	if d.gpuModel != "" {
		n = bound(n, c.gpus[d.gpuModel]-used.gpus[d.gpuModel], d.gpus)
	}
	return int(math.Max(0, math.Min(n, maxFit)))
}

// bound lowers n to the whole replicas asking per that left holds.
func bound(n, left, per float64) float64 {
	if per <= 0 {
		return n
	}
	return math.Min(n, math.Floor(left/per+1e-9))
}

// add adds what n replicas asking d use (n < 0 gives them back).
func (c *capacity) add(d demand, n float64, spot bool) {
	c.cpu += n * d.cpu
	c.mem += n * d.mem
	c.pods += n
	if spot {
		c.spotCPU += n * d.cpu
		c.spotMem += n * d.mem
	}
	if d.gpuModel != "" {
		if c.gpus == nil {
			c.gpus = map[string]float64{}
		}
		c.gpus[d.gpuModel] += n * d.gpus
	}
}

// take subtracts what n replicas asking d use from what is left. Spot
// capacity is part of the cluster's: never more than what is left of it.
func (c *capacity) take(d demand, n int, spot bool) {
	c.add(d, -float64(n), spot)
	c.spotCPU, c.spotMem = math.Min(c.spotCPU, c.cpu), math.Min(c.spotMem, c.mem)
}

// holds reports whether used is within c, up to 1e-6 of each resource.
// GPUs of a model c lacks are not looked at.
func (c *capacity) holds(used *capacity) bool {
	const tol = 1e-6
	if used.cpu > c.cpu+tol || used.mem > c.mem+tol || used.pods > c.pods+tol ||
		used.spotCPU > c.spotCPU+tol || used.spotMem > c.spotMem+tol {
		return false
	}
	for m, have := range c.gpus {
		if used.gpus[m] > have+tol {
			return false
		}
	}
	return true
}

// plus adds what o has to c (for what several clusters have together).
func (c *capacity) plus(o *capacity) {
	c.cpu += o.cpu
	c.mem += o.mem
	c.pods += o.pods
	c.spotCPU += o.spotCPU
	c.spotMem += o.spotMem
	for m, n := range o.gpus {
		if c.gpus == nil {
			c.gpus = map[string]float64{}
		}
		c.gpus[m] += n
	}
}

// shortfall is a resource that replicas ask more of than clusters have.
type shortfall struct {
	what       string // "cores of CPU", "GiB of memory", "pods", "<model> GPUs"
	need, have float64
}

// shortfalls lists, in the order of holds, the resources that used asks
// more of than c has beyond 1e-6 of each (spot capacity aside: replicas
// may always run on demand).
func (c *capacity) shortfalls(used *capacity) []shortfall {
	var out []shortfall
	check := func(what string, need, have float64) {
		if need > have+1e-6*math.Max(1, have) {
			out = append(out, shortfall{what, need, have})
		}
	}
	check("cores of CPU", used.cpu, c.cpu)
	check("GiB of memory", used.mem, c.mem)
	check("pods", used.pods, c.pods)
	for _, m := range slices.Sorted(maps.Keys(used.gpus)) {
		check(m+" GPUs", used.gpus[m], c.gpus[m])
	}
	return out
}

// spotLeft is the spot CPU and memory left, as the bounds of a
// subproblem's rows: all that is left of the cluster where it declares no
// spot capacity apart.
func (c *capacity) spotLeft() (cpu, mem float64) {
	cpu, mem = c.spotCPU, c.spotMem
	if math.IsInf(cpu, 1) {
		cpu, mem = c.cpu, c.mem
	}
	return cpu, mem
}

// fullCapacity is what each cluster has before anything is placed, a copy
// the caller may take from.
func (p *problem) fullCapacity() []capacity {
	out := make([]capacity, len(p.clusters))
	for i, c := range p.clusters {
		out[i] = c.capacity.clone()
	}
	return out
}

// fit is how many replicas of w fit in a cluster's capacity on their own,
// in exact quantities (the capacity in the cluster's spec, nothing taken).
func fit(w *schema.Workload, cp schema.Capacity) int {
	n := math.MaxInt32
	if w.Resources.CPU > 0 {
		n = min(n, int(cp.CPU/w.Resources.CPU))
	}
	if w.Resources.Memory > 0 {
		n = min(n, int(cp.Memory/w.Resources.Memory))
	}
	if g := w.Resources.GPU; g != nil {
		n = min(n, cp.GPUs[g.Model]/g.Count)
	}
	if cp.Pods > 0 {
		n = min(n, cp.Pods)
	}
	return n
}

// capacityRows numbers the capacity rows of a fleet, for the Lagrangian
// relaxation: the rows of each cluster's resources that it limits, alike
// clusters (by class) adding to one row.
type capacityRows struct {
	cap []float64 // each row's capacity
	at  []rowsOf  // by cluster
}

// rowsOf are the rows of one cluster's resources, -1 where it sets no
// limit.
type rowsOf struct {
	cpu, mem, pods, spotCPU, spotMem int
	gpus                             map[string]int
}

// newCapacityRows lays the clusters' capacity out in rows: CPU, memory,
// pods and spot capacity shared by the clusters of one cpuClass, GPUs of a
// model by those of one gpuClass, each row created where its first cluster
// comes (the order the relaxation sums them in).
func newCapacityRows(clusters []*cluster, cpuClass, gpuClass []int) *capacityRows {
	cr := &capacityRows{at: make([]rowsOf, len(clusters))}
	index := map[string]int{}
	row := func(name string, class int, c float64) int {
		key := fmt.Sprintf("%s/%d", name, class)
		if r, ok := index[key]; ok {
			cr.cap[r] += c
			return r
		}
		cr.cap = append(cr.cap, c)
		index[key] = len(cr.cap) - 1
		return len(cr.cap) - 1
	}
	for ci, c := range clusters {
		cp, k := &c.capacity, cpuClass[ci]
		r := rowsOf{cpu: row("cpu", k, cp.cpu), mem: row("mem", k, cp.mem), pods: -1, spotCPU: -1, spotMem: -1,
			gpus: make(map[string]int, len(cp.gpus))}
		if !math.IsInf(cp.pods, 1) {
			r.pods = row("pods", k, cp.pods)
		}
		if !math.IsInf(cp.spotCPU, 1) {
			r.spotCPU, r.spotMem = row("spot-cpu", k, cp.spotCPU), row("spot-mem", k, cp.spotMem)
		}
		for _, m := range slices.Sorted(maps.Keys(cp.gpus)) {
			r.gpus[m] = row("gpu-"+m, gpuClass[ci], cp.gpus[m])
		}
		cr.at[ci] = r
	}
	return cr
}

// gpuRow is the row of d's GPUs in cluster ci, -1 for none.
func (cr *capacityRows) gpuRow(ci int, d demand) int32 {
	if r, ok := cr.at[ci].gpus[d.gpuModel]; ok && d.gpuModel != "" {
		return int32(r)
	}
	return -1
}

// price is u plus the price at row prices lambda of what one replica
// asking d takes of cluster ci, whose GPU row for it is gpuRow (see
// gpuRow).
func (cr *capacityRows) price(u float64, lambda []float64, ci int, d demand, gpuRow int32, spot bool) float64 {
	r := &cr.at[ci]
	v := u + lambda[r.cpu]*d.cpu + lambda[r.mem]*d.mem
	if r.pods >= 0 {
		v += lambda[r.pods]
	}
	if gpuRow >= 0 {
		v += lambda[gpuRow] * d.gpus
	}
	if spot && r.spotCPU >= 0 {
		v += lambda[r.spotCPU]*d.cpu + lambda[r.spotMem]*d.mem
	}
	return v
}

// add adds to use, by row, what n replicas asking d take of cluster ci.
func (cr *capacityRows) add(use []float64, ci int, d demand, n float64, spot bool) {
	r := &cr.at[ci]
	use[r.cpu] += n * d.cpu
	use[r.mem] += n * d.mem
	if r.pods >= 0 {
		use[r.pods] += n
	}
	if d.gpuModel != "" {
		if row, ok := r.gpus[d.gpuModel]; ok {
			use[row] += n * d.gpus
		}
	}
	if spot && r.spotCPU >= 0 {
		use[r.spotCPU] += n * d.cpu
		use[r.spotMem] += n * d.mem
	}
}

// capTerms are the terms of one cluster's capacity rows in a model: what
// the replica variables take of each resource.
type capTerms struct {
	cpu, mem, pods, spotCPU, spotMem []milp.Term
	gpus                             map[string][]milp.Term
}

// add adds replica variable v, spot or not, whose replicas ask d.
func (t *capTerms) add(v milp.Var, d demand, spot bool) {
	if spot {
		t.spotCPU = append(t.spotCPU, milp.Term{Var: v, Coef: d.cpu})
		t.spotMem = append(t.spotMem, milp.Term{Var: v, Coef: d.mem})
	}
	t.cpu = append(t.cpu, milp.Term{Var: v, Coef: d.cpu})
	t.mem = append(t.mem, milp.Term{Var: v, Coef: d.mem})
	t.pods = append(t.pods, milp.Term{Var: v, Coef: 1})
	if d.gpuModel != "" {
		if t.gpus == nil {
			t.gpus = map[string][]milp.Term{}
		}
		t.gpus[d.gpuModel] = append(t.gpus[d.gpuModel], milp.Term{Var: v, Coef: d.gpus})
	}
}

// rowAdder adds a row to a model and returns its index.
type rowAdder func(info rowInfo, lower, upper float64, terms ...milp.Term) int

// clusterRows adds cluster c's capacity rows to the whole model: CPU and
// memory, GPUs of each model its replicas take, then pods and spot
// capacity where the cluster limits them.
func (t *capTerms) clusterRows(c *cluster, addRow rowAdder) {
	cp, inf := c.spec.Capacity, math.Inf(-1)
	row := func(what, amount, unit string, upper float64, terms []milp.Term) {
		addRow(rowInfo{kind: rowCapacity, group: c.name, what: what, unit: unit,
			label: fmt.Sprintf("%s of cluster %s (%s)", what, c.name, amount)}, inf, upper, terms...)
	}
	row("CPU", amount(c.capacity.cpu)+" cores", "core", c.capacity.cpu, t.cpu)
	row("memory", cp.Memory.String(), "GiB", c.capacity.mem, t.mem)
	for _, model := range slices.Sorted(maps.Keys(t.gpus)) {
		row(model+" GPUs", fmt.Sprint(cp.GPUs[model]), "GPU", c.capacity.gpus[model], t.gpus[model])
	}
	if cp.Pods > 0 {
		row("pods", fmt.Sprint(cp.Pods), "pod", c.capacity.pods, t.pods)
	}
	if sc := c.spec.Spot.Capacity; sc != nil {
		row("spot CPU", amount(c.capacity.spotCPU)+" cores", "core", c.capacity.spotCPU, t.spotCPU)
		row("spot memory", sc.Memory.String(), "GiB", c.capacity.spotMem, t.spotMem)
	}
}

// leftRows bounds a subproblem's use of a cluster by what is left of it,
// l: CPU, memory and pods, GPUs of each model its replicas take, and spot
// capacity where spot replicas may run.
func (t *capTerms) leftRows(l *capacity, addRow rowAdder) {
	inf := math.Inf(-1)
	row := func(label, unit string, upper float64, terms []milp.Term) {
		addRow(rowInfo{kind: rowCapacity, label: label, unit: unit}, inf, upper, terms...)
	}
	row("CPU left", "core", l.cpu, t.cpu)
	row("memory left", "GiB", l.mem, t.mem)
	row("pods left", "pod", l.pods, t.pods)
	for _, model := range slices.Sorted(maps.Keys(t.gpus)) {
		row(model+" GPUs left", "GPU", l.gpus[model], t.gpus[model])
	}
	if len(t.spotCPU) > 0 {
		cpu, mem := l.spotLeft()
		row("spot CPU left", "core", cpu, t.spotCPU)
		row("spot memory left", "GiB", mem, t.spotMem)
	}
}
