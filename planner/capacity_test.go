package planner

import (
	"context"
	"fmt"
	"math"
	"math/rand/v2"
	"testing"

	"github.com/google/go-cmp/cmp"

	"isobar.dev/isobar/planner/internal/milp"
	"isobar.dev/isobar/schema"
)

var inf = math.Inf(1)

// spec is a cluster of cpu cores and mem GiB, with pods and a spot
// capacity of spotCPU cores and spotMem GiB where they are not 0.
func spec(cpu, mem float64, pods int, spotCPU, spotMem float64, gpus map[string]int) schema.Cluster {
	c := schema.Cluster{Capacity: schema.Capacity{CPU: schema.CPU(cpu * 1000), Memory: schema.Memory(mem * (1 << 30)), Pods: pods, GPUs: gpus}}
	if spotCPU > 0 {
		c.Spot = schema.SpotCapacity{Available: true, Capacity: &schema.Capacity{CPU: schema.CPU(spotCPU * 1000), Memory: schema.Memory(spotMem * (1 << 30))}}
	}
	return c
}

func TestClusterCapacity(t *testing.T) {
	tests := []struct {
		name string
		spec schema.Cluster
		want capacity
	}{
		{"CPU and memory only", spec(32, 128, 0, 0, 0, nil),
			capacity{cpu: 32, mem: 128, pods: inf, spotCPU: inf, spotMem: inf, gpus: map[string]float64{}}},
		{"pods, spot and GPUs", spec(16, 64, 110, 8, 32, map[string]int{"T4": 4, "L4": 0}),
			capacity{cpu: 16, mem: 64, pods: 110, spotCPU: 8, spotMem: 32, gpus: map[string]float64{"T4": 4, "L4": 0}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, clusterCapacity(tt.spec), cmp.AllowUnexported(capacity{})); diff != "" {
				t.Errorf("clusterCapacity (-want +got):\n%s", diff)
			}
		})
	}
}

func TestCapacityFits(t *testing.T) {
	small := demand{cpu: 0.5, mem: 1}
	gpu := demand{cpu: 4, mem: 16, gpuModel: "T4", gpus: 2}
	tests := []struct {
		name string
		have capacity
		d    demand
		spot bool
		want int
	}{
		{"bound by CPU", capacity{cpu: 2, mem: 100, pods: inf, spotCPU: inf, spotMem: inf}, small, false, 4},
		{"bound by memory", capacity{cpu: 100, mem: 3.5, pods: inf, spotCPU: inf, spotMem: inf}, small, false, 3},
		{"bound by pods", capacity{cpu: 100, mem: 100, pods: 2, spotCPU: inf, spotMem: inf}, small, false, 2},
		{"spot bound by spot CPU", capacity{cpu: 100, mem: 100, pods: inf, spotCPU: 1, spotMem: 100}, small, true, 2},
		{"spot bound by spot memory", capacity{cpu: 100, mem: 100, pods: inf, spotCPU: 100, spotMem: 1}, small, true, 1},
		{"on demand ignores spot capacity", capacity{cpu: 100, mem: 100, pods: inf, spotCPU: 1, spotMem: 1}, small, false, 100},
		{"spot without a spot capacity", capacity{cpu: 3, mem: 100, pods: inf, spotCPU: inf, spotMem: inf}, small, true, 6},
		{"bound by GPUs", capacity{cpu: 100, mem: 1000, pods: inf, spotCPU: inf, spotMem: inf, gpus: map[string]float64{"T4": 5}}, gpu, false, 2},
		{"a GPU model the cluster lacks", capacity{cpu: 100, mem: 1000, pods: inf, spotCPU: inf, spotMem: inf, gpus: map[string]float64{"L4": 8}}, gpu, false, 0},
		{"rounding within 1e-9 counts", capacity{cpu: 0.3, mem: 100, pods: inf, spotCPU: inf, spotMem: inf}, demand{cpu: 0.1, mem: 1}, false, 3},
		{"a resource not asked for bounds nothing", capacity{cpu: 1, mem: 0, pods: inf, spotCPU: inf, spotMem: inf}, demand{cpu: 0.25}, false, 4},
		{"nothing left", capacity{cpu: -1, mem: 10, pods: inf, spotCPU: inf, spotMem: inf}, small, false, 0},
		{"at most maxFit", capacity{cpu: 1e12, mem: 1e12, pods: inf, spotCPU: inf, spotMem: inf}, demand{cpu: 0.001, mem: 0.001}, false, maxFit},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.have.fits(tt.d, tt.spot); got != tt.want {
				t.Errorf("fits = %d, want %d", got, tt.want)
			}
			// room is fits of what is left after used.
			used := capacity{}
			used.add(tt.d, 1, tt.spot)
			have := tt.have.clone()
			have.add(tt.d, 1, tt.spot)
			if got := have.room(&used, tt.d, tt.spot); got != tt.want && tt.want != maxFit {
				t.Errorf("room after one used = %d, want %d", got, tt.want)
			}
		})
	}
}

func TestCapacityTake(t *testing.T) {
	d := demand{cpu: 2, mem: 4, gpuModel: "T4", gpus: 1}
	// take n replicas (spot or not) from have, leaving want
	tests := []struct {
		name       string
		n          int
		spot       bool
		have, want capacity
	}{
		{"on demand", 2, false, capacity{cpu: 10, mem: 40, pods: 5, spotCPU: inf, spotMem: inf, gpus: map[string]float64{"T4": 4}},
			capacity{cpu: 6, mem: 32, pods: 3, spotCPU: 6, spotMem: 32, gpus: map[string]float64{"T4": 2}}},
		{"spot takes spot capacity too", 2, true, capacity{cpu: 10, mem: 40, pods: inf, spotCPU: 6, spotMem: 12, gpus: map[string]float64{"T4": 4}},
			capacity{cpu: 6, mem: 32, pods: inf, spotCPU: 2, spotMem: 4, gpus: map[string]float64{"T4": 2}}},
		{"spot capacity never above what is left", 3, false, capacity{cpu: 10, mem: 40, pods: inf, spotCPU: 9, spotMem: 40, gpus: map[string]float64{"T4": 4}},
			capacity{cpu: 4, mem: 28, pods: inf, spotCPU: 4, spotMem: 28, gpus: map[string]float64{"T4": 1}}},
		{"none", 0, false, capacity{cpu: 10, mem: 40, pods: inf, spotCPU: 20, spotMem: 80, gpus: map[string]float64{"T4": 4}},
			capacity{cpu: 10, mem: 40, pods: inf, spotCPU: 10, spotMem: 40, gpus: map[string]float64{"T4": 4}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := tt.have.clone()
			got.take(d, tt.n, tt.spot)
			if diff := cmp.Diff(tt.want, got, cmp.AllowUnexported(capacity{})); diff != "" {
				t.Errorf("take (-want +got):\n%s", diff)
			}
			if tt.have.gpus["T4"] != 4 {
				t.Error("take changed the capacity it was cloned from")
			}
		})
	}
}

func TestCapacityAddHolds(t *testing.T) {
	have := capacity{cpu: 8, mem: 16, pods: 4, spotCPU: 2, spotMem: inf, gpus: map[string]float64{"T4": 2}}
	type use struct {
		d    demand
		n    float64
		spot bool
	}
	small, t4 := demand{cpu: 1, mem: 1}, demand{cpu: 1, mem: 1, gpuModel: "T4", gpus: 1}
	tests := []struct {
		name  string
		uses  []use
		holds bool
	}{
		{"empty", nil, true},
		{"full", []use{{demand{cpu: 2, mem: 4}, 4, false}}, true},
		{"given back", []use{{demand{cpu: 2, mem: 4}, 5, false}, {demand{cpu: 2, mem: 4}, -1, false}}, true},
		{"too much CPU", []use{{demand{cpu: 9}, 1, false}}, false},
		{"too many pods", []use{{small, 5, false}}, false},
		{"too much spot", []use{{small, 3, true}}, false},
		{"spot within", []use{{small, 2, true}, {small, 2, false}}, true},
		{"too many GPUs", []use{{t4, 3, false}}, false},
		{"GPUs of a model the cluster lacks are not looked at", []use{{demand{cpu: 1, mem: 1, gpuModel: "L4", gpus: 1}, 1, false}}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var used capacity
			for _, u := range tt.uses {
				used.add(u.d, u.n, u.spot)
			}
			if got := have.holds(&used); got != tt.holds {
				t.Errorf("holds(%+v) = %v, want %v", used, got, tt.holds)
			}
		})
	}
}

// TestCapacityRows checks the relaxation's rows: alike clusters share
// them, and a replica's price at any row prices is the price of what add
// says it uses.
func TestCapacityRows(t *testing.T) {
	clusters := []*cluster{
		{name: "a", capacity: clusterCapacity(spec(8, 32, 10, 4, 8, map[string]int{"T4": 2}))},
		{name: "b", capacity: clusterCapacity(spec(16, 64, 0, 0, 0, map[string]int{"T4": 4, "L4": 1}))},
		{name: "c", capacity: clusterCapacity(spec(4, 16, 20, 2, 4, nil))},
	}
	cr := newCapacityRows(clusters, []int{0, 1, 0}, []int{0, 1, 2})
	// a: cpu, mem, pods, spot-cpu, spot-mem, gpu-T4; b: cpu, mem, gpu-L4,
	// gpu-T4; c shares a's CPU class and gets no GPU rows.
	wantCap := []float64{8 + 4, 32 + 16, 10 + 20, 4 + 2, 8 + 4, 2, 16, 64, 1, 4}
	if diff := cmp.Diff(wantCap, cr.cap); diff != "" {
		t.Errorf("row capacities (-want +got):\n%s", diff)
	}
	if cr.at[2].cpu != cr.at[0].cpu || cr.at[1].pods != -1 || cr.at[1].spotCPU != -1 {
		t.Errorf("rows %+v", cr.at)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	lambda := make([]float64, len(cr.cap))
	for i := range lambda {
		lambda[i] = rng.Float64()
	}
	for ci := range clusters {
		for _, d := range []demand{{cpu: 1.5, mem: 3}, {cpu: 2, mem: 8, gpuModel: "T4", gpus: 2}, {cpu: 1, mem: 1, gpuModel: "L4", gpus: 1}} {
			for _, spot := range []bool{false, true} {
				t.Run(fmt.Sprintf("%s/%+v/spot=%v", clusters[ci].name, d, spot), func(t *testing.T) {
					use := make([]float64, len(cr.cap))
					cr.add(use, ci, d, 1, spot)
					want := 7.0
					for r := range use {
						want += lambda[r] * use[r]
					}
					if got := cr.price(7, lambda, ci, d, cr.gpuRow(ci, d), spot); math.Abs(got-want) > 1e-12 {
						t.Errorf("price = %v, want %v", got, want)
					}
				})
			}
		}
	}
}

// TestCapacityModelRows checks the model's capacity rows against fits: the
// most replicas the rows allow, found by the solver, is what fits says.
func TestCapacityModelRows(t *testing.T) {
	tests := []struct {
		name string
		spec schema.Cluster
		d    demand
		spot bool
	}{
		{"CPU", spec(8, 64, 0, 0, 0, nil), demand{cpu: 1.5, mem: 2}, false},
		{"memory", spec(64, 10, 0, 0, 0, nil), demand{cpu: 0.5, mem: 3}, false},
		{"pods", spec(64, 64, 5, 0, 0, nil), demand{cpu: 0.5, mem: 1}, false},
		{"GPUs", spec(64, 256, 0, 0, 0, map[string]int{"T4": 5}), demand{cpu: 1, mem: 4, gpuModel: "T4", gpus: 2}, false},
		{"spot capacity", spec(64, 256, 0, 3, 256, nil), demand{cpu: 1, mem: 4}, true},
		{"spot without its own capacity", spec(7, 256, 0, 0, 0, nil), demand{cpu: 1, mem: 4}, true},
	}
	for _, tt := range tests {
		for _, left := range []bool{false, true} {
			t.Run(fmt.Sprintf("%s/left=%v", tt.name, left), func(t *testing.T) {
				c := &cluster{name: "c", spec: tt.spec, capacity: clusterCapacity(tt.spec)}
				m := &milp.Model{Name: "t"}
				x := m.AddVar("x", 0, 1e6, -1, true)
				var terms capTerms
				terms.add(x, tt.d, tt.spot)
				var rows []rowInfo
				add := func(info rowInfo, lower, upper float64, ts ...milp.Term) int {
					rows = append(rows, info)
					return m.AddRow(fmt.Sprintf("r%d", len(rows)), lower, upper, ts...)
				}
				l := c.capacity.clone()
				if left {
					terms.leftRows(&l, add)
				} else {
					terms.clusterRows(c, add)
				}
				res, err := milp.Solve(context.Background(), m, milp.Options{})
				if err != nil {
					t.Fatal(err)
				}
				if got, want := int(math.Round(-res.Objective)), l.fits(tt.d, tt.spot); got != want {
					t.Errorf("the rows allow %d replicas, fits says %d (rows %+v)", got, want, rows)
				}
			})
		}
	}
}
