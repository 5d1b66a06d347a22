package milp

import (
	"bufio"
	"context"
	"fmt"
	"math"
	"os"
	"strconv"
	"strings"
	"testing"
	"time"
)

// readFreeMPS parses the free MPS subset written by WriteMPS (N/L/G/E
// rows, integer markers, RHS, RANGES on G/L/E rows, LO/UP/FX/FR/MI/PL
// bounds). It is only meant for test data.
func readFreeMPS(path string) (*Model, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	m := &Model{}
	rowIdx := map[string]int{}
	rowType := map[string]string{}
	colIdx := map[string]int{}
	objName := ""
	section := ""
	integer := false
	explicitLo := map[int]bool{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		fs := strings.Fields(line)
		if len(fs) == 0 || strings.HasPrefix(fs[0], "*") {
			continue
		}
		if line[0] != ' ' && line[0] != '\t' {
			section = fs[0]
			if section == "NAME" && len(fs) > 1 {
				m.Name = fs[1]
			}
			continue
		}
		num := func(s string) (float64, error) { return strconv.ParseFloat(s, 64) }
		switch section {
		case "ROWS":
			t, name := fs[0], fs[1]
			if t == "N" {
				if objName == "" {
					objName = name
				}
				continue
			}
			lo, up := math.Inf(-1), math.Inf(1)
			switch t {
			case "E":
				lo, up = 0, 0
			case "L":
				up = 0
			case "G":
				lo = 0
			default:
				return nil, fmt.Errorf("row type %q", t)
			}
			rowIdx[name] = len(m.Rows)
			rowType[name] = t
			m.Rows = append(m.Rows, Row{Name: name, Lower: lo, Upper: up})
		case "COLUMNS":
			if len(fs) >= 3 && fs[1] == "'MARKER'" {
				integer = fs[2] == "'INTORG'"
				continue
			}
			j, ok := colIdx[fs[0]]
			if !ok {
				j = len(m.Vars)
				colIdx[fs[0]] = j
				m.Vars = append(m.Vars, Variable{Name: fs[0], Upper: math.Inf(1), Integer: integer})
			}
			for k := 1; k+1 < len(fs); k += 2 {
				v, err := num(fs[k+1])
				if err != nil {
					return nil, err
				}
				if fs[k] == objName {
					m.Vars[j].Obj += v
					continue
				}
				i, ok := rowIdx[fs[k]]
				if !ok {
					return nil, fmt.Errorf("unknown row %q", fs[k])
				}
				m.Rows[i].Terms = append(m.Rows[i].Terms, Term{Var(j), v})
			}
		case "RHS":
			for k := 1; k+1 < len(fs); k += 2 {
				v, err := num(fs[k+1])
				if err != nil {
					return nil, err
				}
				i, ok := rowIdx[fs[k]]
				if !ok {
					continue // objective constant
				}
				r := &m.Rows[i]
				switch rowType[fs[k]] {
				case "E":
					r.Lower, r.Upper = v, v
				case "L":
					r.Upper = v
				case "G":
					r.Lower = v
				}
			}
		case "RANGES":
			for k := 1; k+1 < len(fs); k += 2 {
				v, err := num(fs[k+1])
				if err != nil {
					return nil, err
				}
				i := rowIdx[fs[k]]
				r := &m.Rows[i]
				switch t := rowType[fs[k]]; {
				case t == "G":
					r.Upper = r.Lower + math.Abs(v)
				case t == "L":
					r.Lower = r.Upper - math.Abs(v)
				case v > 0:
					r.Upper = r.Lower + v
				default:
					r.Lower = r.Upper + v
				}
			}
		case "BOUNDS":
			t, name := fs[0], fs[2]
			j, ok := colIdx[name]
			if !ok {
				return nil, fmt.Errorf("unknown column %q", name)
			}
			v := 0.0
			if len(fs) > 3 {
				if v, err = num(fs[3]); err != nil {
					return nil, err
				}
			}
			c := &m.Vars[j]
			switch t {
			case "LO":
				c.Lower = v
				explicitLo[j] = true
			case "UP":
				c.Upper = v
			case "FX":
				c.Lower, c.Upper = v, v
			case "FR":
				c.Lower, c.Upper = math.Inf(-1), math.Inf(1)
			case "MI":
				c.Lower = math.Inf(-1)
			case "PL":
				c.Upper = math.Inf(1)
			default:
				return nil, fmt.Errorf("bound type %q", t)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, err
	}
	return m, m.Validate()
}

// TestRoutingModels solves two degenerate routing subproblems (one
// workload, ~200 candidate clusters, mostly zero-cost routing variables)
// on which the dual simplex used to cycle on the root relaxation until the
// iteration limit ("numerical difficulties"). lp is the LP relaxation
// optimum (CBC and GLPK agree); best is CBC's best objective: the proven
// optimum for w0010, the incumbent CBC holds after 120 s (without closing
// the gap) for w0862. Solve runs under a short time limit: it must find
// best, and must match it exactly if it proves optimality.
func TestRoutingModels(t *testing.T) {
	cases := []struct {
		file     string
		lp, best float64
	}{
		{"w0010.mps", 51.94168224, 69.25557632},
		{"w0862.mps", 188.2882358, 197.25434226},
	}
	for _, c := range cases {
		t.Run(c.file, func(t *testing.T) {
			m, err := readFreeMPS("testdata/" + c.file)
			if err != nil {
				t.Fatal(err)
			}
			ctx := context.Background()
			start := time.Now()
			lp, err := SolveLP(ctx, m)
			if err != nil {
				t.Fatalf("SolveLP: %v", err)
			}
			t.Logf("SolveLP: %v obj %.8f, %d iterations, %v", lp.Status, lp.Objective, lp.Iterations, time.Since(start))
			if lp.Status != Optimal {
				t.Fatalf("SolveLP status %v", lp.Status)
			}
			if d := math.Abs(lp.Objective - c.lp); d > 1e-6*math.Max(1, math.Abs(c.lp)) {
				t.Errorf("LP objective %.8f, CBC/GLPK %.8f", lp.Objective, c.lp)
			}
			relaxed := *m
			relaxed.Vars = append([]Variable(nil), m.Vars...)
			for j := range relaxed.Vars {
				relaxed.Vars[j].Integer = false
			}
			if v := relaxed.Check(lp.X, 1e-6); len(v) > 0 {
				t.Errorf("LP solution violates: %v", v[:min(len(v), 5)])
			}
			start = time.Now()
			res, err := Solve(ctx, m, Options{TimeLimit: 3 * time.Second})
			if err != nil {
				t.Fatalf("Solve: %v", err)
			}
			t.Logf("Solve: %v obj %.8f bound %.8f, %d nodes, %d iterations, %v", res.Status, res.Objective, res.Bound, res.Nodes, res.Iterations, time.Since(start))
			if res.Status != Optimal && res.Status != Feasible {
				t.Fatalf("Solve status %v", res.Status)
			}
			tol := 1e-6 * math.Max(1, math.Abs(c.best))
			if d := math.Abs(res.Objective - c.best); d > tol {
				t.Errorf("objective %.8f, CBC %.8f", res.Objective, c.best)
			}
			if res.Bound < c.lp-tol || res.Bound > res.Objective+tol {
				t.Errorf("bound %.8f outside [LP %.8f, objective %.8f]", res.Bound, c.lp, res.Objective)
			}
			if v := m.Check(res.X, 1e-6); len(v) > 0 {
				t.Errorf("solution violates: %v", v[:min(len(v), 5)])
			}
		})
	}
}
