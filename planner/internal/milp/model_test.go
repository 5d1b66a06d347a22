package milp

import (
	"bytes"
	"context"
	"math"
	"strings"
	"testing"
)

func TestValidate(t *testing.T) {
	nan := math.NaN()
	cases := []struct {
		name  string
		build func(m *Model)
		want  string // substring of the error; "" means valid
	}{
		{"valid", func(m *Model) {
			x := m.AddVar("x[a,b].c-d_e", 0, inf, 1, true)
			m.AddRow("r", -inf, 3, Term{x, 2})
		}, ""},
		{"nan objective", func(m *Model) { m.AddVar("x", 0, 1, nan, false) }, "not finite"},
		{"inf objective", func(m *Model) { m.AddVar("x", 0, 1, inf, false) }, "not finite"},
		{"nan bound", func(m *Model) { m.AddVar("x", nan, 1, 0, false) }, "NaN bound"},
		{"inverted bounds", func(m *Model) { m.AddVar("x", 2, 1, 0, false) }, "exceeds"},
		{"lower +inf", func(m *Model) { m.AddVar("x", inf, inf, 0, false) }, "admit no value"},
		{"duplicate variable", func(m *Model) {
			m.AddVar("x", 0, 1, 0, false)
			m.AddVar("x", 0, 1, 0, false)
		}, "already used"},
		{"empty name", func(m *Model) { m.AddVar("", 0, 1, 0, false) }, "not MPS-safe"},
		{"space in name", func(m *Model) { m.AddVar("a b", 0, 1, 0, false) }, "not MPS-safe"},
		{"long name", func(m *Model) { m.AddVar(strings.Repeat("x", 256), 0, 1, 0, false) }, "longer than"},
		{"bad model name", func(m *Model) { m.Name = "my model" }, "model name"},
		{"duplicate row", func(m *Model) {
			m.AddRow("r", 0, 1)
			m.AddRow("r", 0, 1)
		}, "already used"},
		{"row out of range var", func(m *Model) { m.AddRow("r", 0, 1, Term{3, 1}) }, "refers to variable 3"},
		{"row negative var", func(m *Model) { m.AddRow("r", 0, 1, Term{-1, 1}) }, "refers to variable -1"},
		{"row inf coefficient", func(m *Model) {
			x := m.AddVar("x", 0, 1, 0, false)
			m.AddRow("r", 0, 1, Term{x, math.Inf(-1)})
		}, "not finite"},
		{"row nan coefficient", func(m *Model) {
			x := m.AddVar("x", 0, 1, 0, false)
			m.AddRow("r", 0, 1, Term{x, nan})
		}, "not finite"},
		{"row inverted", func(m *Model) { m.AddRow("r", 2, 1) }, "exceeds"},
		{"row nan bound", func(m *Model) { m.AddRow("r", nan, 1) }, "NaN"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			m := &Model{}
			tc.build(m)
			err := m.Validate()
			if tc.want == "" {
				if err != nil {
					t.Fatalf("unexpected error: %v", err)
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("error %v, want it to mention %q", err, tc.want)
			}
			// Every entry point refuses the model without panicking.
			if _, err := Solve(context.Background(), m, Options{}); err == nil {
				t.Error("Solve accepted an invalid model")
			}
			if _, err := SolveLP(context.Background(), m); err == nil {
				t.Error("SolveLP accepted an invalid model")
			}
			if err := m.WriteMPS(&bytes.Buffer{}); err == nil {
				t.Error("WriteMPS accepted an invalid model")
			}
		})
	}
	if _, err := Solve(context.Background(), nil, Options{}); err == nil {
		t.Error("Solve accepted a nil model")
	}
}

func TestCheck(t *testing.T) {
	m := &Model{}
	x := m.AddVar("x", 0, 4, 1, true)
	y := m.AddVar("y", -1, 2, 1, false)
	m.AddRow("ge", 2, inf, Term{x, 1}, Term{y, 1})
	m.AddRow("le", -inf, 3, Term{x, 1}, Term{y, -1})
	m.AddRow("eq", 1, 1, Term{y, 1}, Term{y, 1}) // repeated terms add up: 2y = 1
	cases := []struct {
		name string
		x    []float64
		want []string // substrings, one per expected violation
	}{
		{"feasible", []float64{2, 0.5}, nil},
		{"wrong length", []float64{1}, []string{"1 values, model has 2"}},
		{"below lower bound", []float64{-1, 0.5}, []string{"x = -1 is below", "ge"}},
		{"above upper bound", []float64{5, 0.5}, []string{"x = 5 is above", "le"}},
		{"fractional", []float64{2.5, 0.5}, []string{"fractional"}},
		{"row below", []float64{1, 0.5}, []string{"row ge: activity 1.5 is below"}},
		{"row above", []float64{4, 0.5}, []string{"row le: activity 3.5 is above"}},
		{"equality", []float64{2, 0.6}, []string{"row eq: activity 1.2 is above"}},
		{"nan", []float64{math.NaN(), 0.5}, []string{"x is NaN", "ge has activity NaN", "le has activity NaN"}},
		{"within tolerance", []float64{2 + 1e-9, 0.5 - 1e-9}, nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got := m.Check(tc.x, 1e-7)
			if len(got) != len(tc.want) {
				t.Fatalf("got %d violations %q, want %d", len(got), got, len(tc.want))
			}
			for i, w := range tc.want {
				if !strings.Contains(got[i], w) {
					t.Errorf("violation %q does not mention %q", got[i], w)
				}
			}
		})
	}
	t.Run("bad term", func(t *testing.T) {
		bad := &Model{Vars: m.Vars, Rows: []Row{{Name: "r", Terms: []Term{{Var: 7, Coef: 1}}, Lower: 0, Upper: 1}}}
		if got := bad.Check([]float64{0, 0}, 1e-7); len(got) != 1 || !strings.Contains(got[0], "does not exist") {
			t.Errorf("got %q", got)
		}
	})
}

func TestWriteMPS(t *testing.T) {
	m := &Model{Name: "demo"}
	x := m.AddVar("x[a,b]", 0, inf, 1.5, true)
	y := m.AddVar("y", -2, 3, -1, false)
	z := m.AddVar("z", math.Inf(-1), inf, 0, false)
	f := m.AddVar("f", 4, 4, 0, false)
	n := m.AddVar("n", math.Inf(-1), -1, 2, false)
	m.AddRow("ge", 1, inf, Term{x, 1}, Term{y, 2})
	m.AddRow("le", -inf, 5, Term{x, 1}, Term{z, -1}, Term{x, 2})
	m.AddRow("eq", 2, 2, Term{y, 1}, Term{f, 1})
	m.AddRow("rng", -1, 7, Term{z, 1}, Term{n, 1})
	m.AddRow("free", math.Inf(-1), inf, Term{x, 1})
	m.AddRow("OBJ", 0, inf, Term{y, 1})
	var a, b bytes.Buffer
	if err := m.WriteMPS(&a); err != nil {
		t.Fatal(err)
	}
	if err := m.WriteMPS(&b); err != nil {
		t.Fatal(err)
	}
	if a.String() != b.String() {
		t.Fatal("WriteMPS is not deterministic")
	}
	want := `NAME demo FREE
ROWS
 N OBJ_1
 G ge
 L le
 E eq
 G rng
 G OBJ
COLUMNS
 MARKER 'MARKER' 'INTORG'
 x[a,b] OBJ_1 1.5
 x[a,b] ge 1
 x[a,b] le 3
 MARKER 'MARKER' 'INTEND'
 y OBJ_1 -1
 y ge 2
 y eq 1
 y OBJ 1
 z OBJ_1 0
 z le -1
 z rng 1
 f OBJ_1 0
 f eq 1
 n OBJ_1 2
 n rng 1
RHS
 RHS ge 1
 RHS le 5
 RHS eq 2
 RHS rng -1
RANGES
 RNG rng 8
BOUNDS
 LO BND x[a,b] 0
 PL BND x[a,b]
 LO BND y -2
 UP BND y 3
 FR BND z
 FX BND f 4
 MI BND n
 UP BND n -1
ENDATA
`
	if a.String() != want {
		t.Errorf("MPS output:\n%s\nwant:\n%s", a.String(), want)
	}
}

// TestExternalHandMade solves the hand-made models with the external
// solvers too: this checks WriteMPS (bounds, ranges, markers, free and
// fixed variables) and the solution readers on every status.
func TestExternalHandMade(t *testing.T) {
	for _, solver := range []string{SolverCBC, SolverGLPK} {
		bin := map[string]string{SolverCBC: "cbc", SolverGLPK: "glpsol"}[solver]
		t.Run(solver, func(t *testing.T) {
			needSolver(t, bin)
			for _, tc := range append(lpCases(), milpCases()...) {
				t.Run(tc.name, func(t *testing.T) {
					m := tc.build()
					want := tc.obj
					if math.IsNaN(want) {
						want = bruteForce(t, m)
					}
					res, err := SolveExternal(context.Background(), m, solver, Options{Gap: 1e-9})
					if err != nil {
						t.Fatal(err)
					}
					status := tc.status
					if status == Unbounded && solver == SolverCBC {
						// CBC may report an unbounded LP as infeasible
						// ("dual infeasible"); accept either.
						if res.Status == Infeasible {
							status = Infeasible
						}
					}
					if res.Status != status {
						t.Fatalf("status %s, want %s", res.Status, tc.status)
					}
					if status != Optimal {
						return
					}
					if math.Abs(res.Objective-want) > 1e-6*math.Max(1, math.Abs(want)) {
						t.Errorf("objective %v, want %v", res.Objective, want)
					}
					if v := m.Check(res.X, 1e-6); v != nil {
						t.Errorf("infeasible: %v", v)
					}
				})
			}
		})
	}
}
