package milp

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"strconv"
)

// entry is one nonzero of a sparse vector.
type entry struct {
	idx int
	val float64
}

// columns returns the model's coefficient matrix column-wise: for every
// variable the rows it appears in, in increasing row order, with repeated
// terms of a row summed and zero coefficients dropped. The model must be
// valid.
func (m *Model) columns() [][]entry {
	counts := make([]int, len(m.Vars))
	for _, r := range m.Rows {
		for _, t := range r.Terms {
			counts[t.Var]++
		}
	}
	cols := make([][]entry, len(m.Vars))
	for j := range cols {
		cols[j] = make([]entry, 0, counts[j])
	}
	for i, r := range m.Rows {
		for _, t := range r.Terms {
			c := cols[t.Var]
			if n := len(c); n > 0 && c[n-1].idx == i {
				c[n-1].val += t.Coef
				continue
			}
			cols[t.Var] = append(c, entry{i, t.Coef})
		}
	}
	for j, c := range cols {
		k := 0
		for _, e := range c {
			if e.val != 0 {
				c[k] = e
				k++
			}
		}
		cols[j] = c[:k]
	}
	return cols
}

// fmtNum formats a float exactly (shortest round-trip representation).
func fmtNum(v float64) string {
	if v == 0 {
		v = 0 // no negative zero
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// WriteMPS writes the model in free MPS format, as read by `cbc` and by
// `glpsol --freemps`. The output is deterministic. Rows with both bounds
// infinite are omitted (they constrain nothing); ranged rows are written as
// G rows with a RANGES entry; integer columns are enclosed in MARKER lines;
// every column gets explicit bounds (so no reader applies the old
// "integer means binary" default), integer columns' bounds rounded inwards. The objective row is called OBJ (or
// OBJ_1, OBJ_2, … if a row already has that name). The model must pass
// [Model.Validate].
func (m *Model) WriteMPS(w io.Writer) error {
	if err := m.Validate(); err != nil {
		return err
	}
	bw := bufio.NewWriter(w)
	obj := "OBJ"
	for k := 1; ; k++ {
		taken := false
		for _, r := range m.Rows {
			if r.Name == obj {
				taken = true
				break
			}
		}
		if !taken {
			break
		}
		obj = "OBJ_" + strconv.Itoa(k)
	}
	name := m.Name
	if name == "" {
		name = "milp"
	}
	// The FREE keyword makes CBC's reader use free format unconditionally
	// (its format detection misreads some short names); GLPK ignores it.
	fmt.Fprintf(bw, "NAME %s FREE\nROWS\n N %s\n", name, obj)
	written := make([]bool, len(m.Rows))
	for i, r := range m.Rows {
		lo, up := r.Lower, r.Upper
		var t string
		switch {
		case math.IsInf(lo, -1) && math.IsInf(up, 1):
			continue
		case lo == up:
			t = "E"
		case math.IsInf(lo, -1):
			t = "L"
		default:
			t = "G"
		}
		written[i] = true
		fmt.Fprintf(bw, " %s %s\n", t, r.Name)
	}
	fmt.Fprint(bw, "COLUMNS\n")
	cols := m.columns()
	inInt := false
	for j, v := range m.Vars {
		if v.Integer != inInt {
			if v.Integer {
				fmt.Fprint(bw, " MARKER 'MARKER' 'INTORG'\n")
			} else {
				fmt.Fprint(bw, " MARKER 'MARKER' 'INTEND'\n")
			}
			inInt = v.Integer
		}
		// Always write the objective entry so that every column is
		// declared, in order, even when it appears in no row.
		fmt.Fprintf(bw, " %s %s %s\n", v.Name, obj, fmtNum(v.Obj))
		for _, e := range cols[j] {
			if written[e.idx] {
				fmt.Fprintf(bw, " %s %s %s\n", v.Name, m.Rows[e.idx].Name, fmtNum(e.val))
			}
		}
	}
	if inInt {
		fmt.Fprint(bw, " MARKER 'MARKER' 'INTEND'\n")
	}
	fmt.Fprint(bw, "RHS\n")
	for i, r := range m.Rows {
		if !written[i] {
			continue
		}
		rhs := r.Lower
		if math.IsInf(rhs, -1) {
			rhs = r.Upper
		}
		if rhs != 0 {
			fmt.Fprintf(bw, " RHS %s %s\n", r.Name, fmtNum(rhs))
		}
	}
	ranges := false
	for i, r := range m.Rows {
		if !written[i] || r.Lower == r.Upper || math.IsInf(r.Lower, -1) || math.IsInf(r.Upper, 1) {
			continue
		}
		if !ranges {
			fmt.Fprint(bw, "RANGES\n")
			ranges = true
		}
		// A G row with rhs L and range R means L ≤ activity ≤ L+|R|.
		fmt.Fprintf(bw, " RNG %s %s\n", r.Name, fmtNum(r.Upper-r.Lower))
	}
	fmt.Fprint(bw, "BOUNDS\n")
	for _, v := range m.Vars {
		lo, up := v.Lower, v.Upper
		if v.Integer {
			// GLPK rejects fractional bounds on integer columns.
			if l, u := math.Ceil(lo-1e-9), math.Floor(up+1e-9); l <= u {
				lo, up = l, u
			}
		}
		switch {
		case lo == up:
			fmt.Fprintf(bw, " FX BND %s %s\n", v.Name, fmtNum(lo))
		case math.IsInf(lo, -1) && math.IsInf(up, 1):
			fmt.Fprintf(bw, " FR BND %s\n", v.Name)
		default:
			if math.IsInf(lo, -1) {
				fmt.Fprintf(bw, " MI BND %s\n", v.Name)
			} else {
				fmt.Fprintf(bw, " LO BND %s %s\n", v.Name, fmtNum(lo))
			}
			if math.IsInf(up, 1) {
				fmt.Fprintf(bw, " PL BND %s\n", v.Name)
			} else {
				fmt.Fprintf(bw, " UP BND %s %s\n", v.Name, fmtNum(up))
			}
		}
	}
	fmt.Fprint(bw, "ENDATA\n")
	return bw.Flush()
}
