package milp

import (
	"errors"
	"fmt"
	"math"
	"slices"
)

// Var identifies a variable: it is its index into [Model.Vars].
type Var int

// Model is a mixed-integer linear program: minimise Σ Obj·x subject to the
// rows and the variable bounds, with the integrality restrictions.
type Model struct {
	Name string     // problem name; MPS-safe like variable names, may be empty
	Vars []Variable // the columns, indexed by Var
	Rows []Row      // the constraints
}

// Variable is one column of the model.
type Variable struct {
	// Name is unique within the model, non-empty, at most 255 characters
	// of [A-Za-z0-9_.\-\[\],] so that it can be written to MPS.
	Name string
	// Lower and Upper are the bounds. Upper may be +Inf and Lower -Inf;
	// Lower > Upper is a validation error.
	Lower, Upper float64
	// Integer restricts the variable to integral values.
	Integer bool
	// Obj is the objective coefficient; the model is always minimised.
	Obj float64
}

// Term is one coefficient of a row.
type Term struct {
	Var  Var
	Coef float64
}

// Row is the constraint Lower ≤ Σ Terms ≤ Upper. Either side may be
// infinite (a row with both sides infinite constrains nothing); Lower ==
// Upper makes an equality. Repeated variables within one row are summed.
type Row struct {
	Name         string // unique among rows; same alphabet as variable names
	Terms        []Term
	Lower, Upper float64
}

// AddVar appends a variable and returns its index.
func (m *Model) AddVar(name string, lower, upper, obj float64, integer bool) Var {
	m.Vars = append(m.Vars, Variable{Name: name, Lower: lower, Upper: upper, Obj: obj, Integer: integer})
	return Var(len(m.Vars) - 1)
}

// AddRow appends the row lower ≤ Σ terms ≤ upper and returns its index.
// The terms slice is copied.
func (m *Model) AddRow(name string, lower, upper float64, terms ...Term) int {
	m.Rows = append(m.Rows, Row{Name: name, Lower: lower, Upper: upper, Terms: slices.Clone(terms)})
	return len(m.Rows) - 1
}

// maxNameLen is the longest name WriteMPS (and GLPK) accept.
const maxNameLen = 255

// validName reports whether s may be used as an MPS name.
func validName(s string) bool {
	if s == "" || len(s) > maxNameLen {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9':
		case c == '_' || c == '.' || c == '-' || c == '[' || c == ']' || c == ',':
		default:
			return false
		}
	}
	return true
}

// Validate checks the model for values the solvers cannot accept: NaN
// anywhere, infinite coefficients, inverted bounds, invalid or duplicate
// names and terms that refer to no variable. It reports the first few
// problems, joined.
func (m *Model) Validate() error {
	if m == nil {
		return errors.New("milp: nil model")
	}
	var errs []error
	add := func(format string, args ...any) {
		if len(errs) < 10 {
			errs = append(errs, fmt.Errorf("milp: "+format, args...))
		}
	}
	if m.Name != "" && !validName(m.Name) {
		add("model name %q is not MPS-safe", m.Name)
	}
	vnames := make(map[string]int, len(m.Vars))
	for j, v := range m.Vars {
		if !validName(v.Name) {
			add("variable %d: name %q is empty, longer than %d or not MPS-safe", j, v.Name, maxNameLen)
		} else if k, dup := vnames[v.Name]; dup {
			add("variable %d: name %q already used by variable %d", j, v.Name, k)
		} else {
			vnames[v.Name] = j
		}
		switch {
		case math.IsNaN(v.Lower) || math.IsNaN(v.Upper):
			add("variable %q: NaN bound", v.Name)
		case math.IsInf(v.Lower, 1) || math.IsInf(v.Upper, -1):
			add("variable %q: bounds [%g, %g] admit no value", v.Name, v.Lower, v.Upper)
		case v.Lower > v.Upper:
			add("variable %q: lower bound %g exceeds upper bound %g", v.Name, v.Lower, v.Upper)
		}
		if math.IsNaN(v.Obj) || math.IsInf(v.Obj, 0) {
			add("variable %q: objective coefficient %g is not finite", v.Name, v.Obj)
		}
	}
	rnames := make(map[string]int, len(m.Rows))
	for i, r := range m.Rows {
		if !validName(r.Name) {
			add("row %d: name %q is empty, longer than %d or not MPS-safe", i, r.Name, maxNameLen)
		} else if k, dup := rnames[r.Name]; dup {
			add("row %d: name %q already used by row %d", i, r.Name, k)
		} else {
			rnames[r.Name] = i
		}
		switch {
		case math.IsNaN(r.Lower) || math.IsNaN(r.Upper):
			add("row %q: NaN bound", r.Name)
		case math.IsInf(r.Lower, 1) || math.IsInf(r.Upper, -1):
			add("row %q: bounds [%g, %g] admit no value", r.Name, r.Lower, r.Upper)
		case r.Lower > r.Upper:
			add("row %q: lower bound %g exceeds upper bound %g", r.Name, r.Lower, r.Upper)
		}
		for _, t := range r.Terms {
			if t.Var < 0 || int(t.Var) >= len(m.Vars) {
				add("row %q: term refers to variable %d, model has %d", r.Name, t.Var, len(m.Vars))
			}
			if math.IsNaN(t.Coef) || math.IsInf(t.Coef, 0) {
				add("row %q: coefficient %g is not finite", r.Name, t.Coef)
			}
		}
	}
	return errors.Join(errs...)
}

// Check is an independent feasibility check of x against the model: the
// length of x, every variable bound, integrality and every row, each to the
// absolute tolerance tol (scaled by max(1, |bound|) for rows). It returns
// one sentence per violation (at most 50, then a count), or nil when x is
// feasible. It does not need a valid model, but terms that refer to no
// variable are reported as violations.
func (m *Model) Check(x []float64, tol float64) []string {
	var out []string
	more := 0
	add := func(format string, args ...any) {
		if len(out) < 50 {
			out = append(out, fmt.Sprintf(format, args...))
		} else {
			more++
		}
	}
	if len(x) != len(m.Vars) {
		return []string{fmt.Sprintf("solution has %d values, model has %d variables", len(x), len(m.Vars))}
	}
	for j, v := range m.Vars {
		xj := x[j]
		switch {
		case math.IsNaN(xj) || math.IsInf(xj, 0):
			add("variable %s is %g", v.Name, xj)
			continue
		case xj < v.Lower-tol:
			add("variable %s = %g is below its lower bound %g", v.Name, xj, v.Lower)
		case xj > v.Upper+tol:
			add("variable %s = %g is above its upper bound %g", v.Name, xj, v.Upper)
		}
		if v.Integer && math.Abs(xj-math.Round(xj)) > tol {
			add("integer variable %s = %g is fractional", v.Name, xj)
		}
	}
	for _, r := range m.Rows {
		act := 0.0
		bad := false
		for _, t := range r.Terms {
			if t.Var < 0 || int(t.Var) >= len(x) {
				add("row %s refers to variable %d, which does not exist", r.Name, t.Var)
				bad = true
				continue
			}
			act += t.Coef * x[t.Var]
		}
		if bad {
			continue
		}
		switch {
		case math.IsNaN(act):
			add("row %s has activity NaN", r.Name)
		case act < r.Lower-tol*math.Max(1, math.Abs(r.Lower)):
			add("row %s: activity %g is below its lower bound %g", r.Name, act, r.Lower)
		case act > r.Upper+tol*math.Max(1, math.Abs(r.Upper)):
			add("row %s: activity %g is above its upper bound %g", r.Name, act, r.Upper)
		}
	}
	if more > 0 {
		out = append(out, fmt.Sprintf("and %d more violations", more))
	}
	return out
}

// Objective returns Σ Obj·x, the objective at x.
func (m *Model) Objective(x []float64) float64 {
	s := 0.0
	for j, v := range m.Vars {
		s += v.Obj * x[j]
	}
	return s
}
