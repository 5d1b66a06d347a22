package milp

import (
	"context"
	"math"
	"testing"
)

var inf = math.Inf(1)

// lpCase is a hand-made model with a known outcome.
type lpCase struct {
	name   string
	build  func() *Model
	status Status
	obj    float64
	duals  []float64 // expected root duals (LP cases), nil to skip
}

func lpCases() []lpCase {
	return []lpCase{
		{
			name: "two-var max as min",
			// max 3x+2y st x+y<=4, x+3y<=6, x<=3 → x=3,y=1, obj -11
			build: func() *Model {
				m := &Model{Name: "t1"}
				x := m.AddVar("x", 0, inf, -3, false)
				y := m.AddVar("y", 0, inf, -2, false)
				m.AddRow("c1", -inf, 4, Term{x, 1}, Term{y, 1})
				m.AddRow("c2", -inf, 6, Term{x, 1}, Term{y, 3})
				m.AddRow("c3", -inf, 3, Term{x, 1})
				return m
			},
			status: Optimal, obj: -11, duals: []float64{-2, 0, -1},
		},
		{
			name: "covering with >= rows",
			// min 2x+3y st x+y>=2, x+2y>=3 → x=1,y=1 obj 5
			build: func() *Model {
				m := &Model{}
				x := m.AddVar("x", 0, inf, 2, false)
				y := m.AddVar("y", 0, inf, 3, false)
				m.AddRow("a", 2, inf, Term{x, 1}, Term{y, 1})
				m.AddRow("b", 3, inf, Term{x, 1}, Term{y, 2})
				return m
			},
			status: Optimal, obj: 5, duals: []float64{1, 1},
		},
		{
			name: "equality rows",
			// min x+2y+3z st x+y+z=6, x-y=1, z>=1  → z=1, x+y=5, x-y=1 → x=3,y=2 obj 3+4+3=10
			build: func() *Model {
				m := &Model{}
				x := m.AddVar("x", 0, inf, 1, false)
				y := m.AddVar("y", 0, inf, 2, false)
				z := m.AddVar("z", 1, inf, 3, false)
				m.AddRow("sum", 6, 6, Term{x, 1}, Term{y, 1}, Term{z, 1})
				m.AddRow("diff", 1, 1, Term{x, 1}, Term{y, -1})
				return m
			},
			status: Optimal, obj: 10, duals: []float64{1.5, -0.5},
		},
		{
			name: "ranged row",
			// min -x st 2 <= x+y <= 5, y >= 1 → x=4, obj -4
			build: func() *Model {
				m := &Model{}
				x := m.AddVar("x", 0, inf, -1, false)
				y := m.AddVar("y", 1, inf, 0, false)
				m.AddRow("rng", 2, 5, Term{x, 1}, Term{y, 1})
				return m
			},
			status: Optimal, obj: -4, duals: []float64{-1},
		},
		{
			name: "ranged row at lower",
			// min x + y st 2 <= x+y <= 5 → obj 2
			build: func() *Model {
				m := &Model{}
				x := m.AddVar("x", 0, inf, 1, false)
				y := m.AddVar("y", 0, inf, 1, false)
				m.AddRow("rng", 2, 5, Term{x, 1}, Term{y, 1})
				return m
			},
			status: Optimal, obj: 2, duals: []float64{1},
		},
		{
			name: "free variable",
			// min |shift| style: min t st t >= x-3, t >= 3-x, x free, x >= ... → x=3,t=0 ; add x+0 = ... obj t + 0
			build: func() *Model {
				m := &Model{}
				x := m.AddVar("x", math.Inf(-1), inf, 0, false)
				t := m.AddVar("t", math.Inf(-1), inf, 1, false)
				m.AddRow("p", -3, inf, Term{t, 1}, Term{x, -1})
				m.AddRow("n", 3, inf, Term{t, 1}, Term{x, 1})
				return m
			},
			status: Optimal, obj: 0,
		},
		{
			name: "negative lower bound",
			// min x st x >= -5 (bound), x + y >= -2, y <= 1 → x = -3
			build: func() *Model {
				m := &Model{}
				x := m.AddVar("x", -5, inf, 1, false)
				y := m.AddVar("y", math.Inf(-1), 1, 0, false)
				m.AddRow("r", -2, inf, Term{x, 1}, Term{y, 1})
				return m
			},
			status: Optimal, obj: -3, duals: []float64{1},
		},
		{
			name: "infeasible",
			build: func() *Model {
				m := &Model{}
				x := m.AddVar("x", 0, inf, 1, false)
				y := m.AddVar("y", 0, inf, 1, false)
				m.AddRow("a", 5, inf, Term{x, 1}, Term{y, 1})
				m.AddRow("b", -inf, 3, Term{x, 1}, Term{y, 1})
				return m
			},
			status: Infeasible,
		},
		{
			name: "infeasible bounds via row",
			build: func() *Model {
				m := &Model{}
				x := m.AddVar("x", 0, 2, 1, false)
				m.AddRow("a", 3, inf, Term{x, 1})
				return m
			},
			status: Infeasible,
		},
		{
			name: "unbounded",
			build: func() *Model {
				m := &Model{}
				x := m.AddVar("x", 0, inf, -1, false)
				y := m.AddVar("y", 0, inf, 0, false)
				m.AddRow("a", 1, inf, Term{x, 1}, Term{y, -1})
				return m
			},
			status: Unbounded,
		},
		{
			name: "degenerate",
			// classic degenerate vertex: many constraints through the origin
			build: func() *Model {
				m := &Model{}
				x := m.AddVar("x", 0, inf, -0.75, false)
				y := m.AddVar("y", 0, inf, 150, false)
				z := m.AddVar("z", 0, inf, -0.02, false)
				w := m.AddVar("w", 0, inf, 6, false)
				// Beale's cycling example
				m.AddRow("r1", -inf, 0, Term{x, 0.25}, Term{y, -60}, Term{z, -0.04}, Term{w, 9})
				m.AddRow("r2", -inf, 0, Term{x, 0.5}, Term{y, -90}, Term{z, -0.02}, Term{w, 3})
				m.AddRow("r3", -inf, 1, Term{z, 1})
				return m
			},
			status: Optimal, obj: -0.05,
		},
		{
			name:   "empty model",
			build:  func() *Model { return &Model{} },
			status: Optimal, obj: 0,
		},
		{
			name: "no rows",
			build: func() *Model {
				m := &Model{}
				m.AddVar("x", 1, 4, 2, false)
				m.AddVar("y", -2, 3, -1, false)
				return m
			},
			status: Optimal, obj: -1,
		},
		{
			name: "free row ignored",
			build: func() *Model {
				m := &Model{}
				x := m.AddVar("x", 1, 4, 2, false)
				m.AddRow("free", math.Inf(-1), inf, Term{x, 1})
				return m
			},
			status: Optimal, obj: 2, duals: []float64{0},
		},
	}
}

func TestSolveLP(t *testing.T) {
	for _, tc := range lpCases() {
		t.Run(tc.name, func(t *testing.T) {
			m := tc.build()
			res, err := SolveLP(context.Background(), m)
			if err != nil {
				t.Fatal(err)
			}
			if res.Status != tc.status {
				t.Fatalf("status %s, want %s", res.Status, tc.status)
			}
			if tc.status != Optimal {
				return
			}
			if math.Abs(res.Objective-tc.obj) > 1e-7*math.Max(1, math.Abs(tc.obj)) {
				t.Errorf("objective %v, want %v (x=%v)", res.Objective, tc.obj, res.X)
			}
			if v := m.Check(res.X, 1e-7); v != nil {
				t.Errorf("solution infeasible: %v", v)
			}
			if tc.duals != nil {
				for i, want := range tc.duals {
					if math.Abs(res.RootDuals[i]-want) > 1e-7 {
						t.Errorf("dual %d = %v, want %v (all %v)", i, res.RootDuals[i], want, res.RootDuals)
					}
				}
			}
		})
	}
}
