package milp

import "math"

// luFactor is a sparse LU factorisation of a basis matrix B (m×m; rows are
// constraint rows, columns are basis positions) followed by a product-form
// eta file of basis updates.
//
// The factorisation eliminates rows: at step k the pivot a[p_k][q_k] is
// chosen by the Markowitz criterion among entries passing a threshold
// test against the largest entry of their row, and every other row i with
// an entry in column q_k is updated row_i -= l_ik·row_{p_k}. The
// multipliers form the L etas; the pivot rows, as they were when chosen,
// form U (a row- and column-permuted upper triangle).
type luFactor struct {
	m int

	// L etas, one per elimination step that had multipliers.
	lPiv   []int // pivot row p_k
	lStart []int // len(lPiv)+1 offsets into lIdx/lVal
	lIdx   []int // row i
	lVal   []float64

	// U, in pivot order.
	pRow   []int // p_k
	pCol   []int // q_k (a basis position)
	pVal   []float64
	uStart []int // m+1 offsets into uIdx/uVal
	uIdx   []int // basis position of an off-diagonal entry
	uVal   []float64
	// U column-wise, for FTRAN: for step k (column q_k), the rows p_j of
	// the steps j < k with an entry in that column.
	ucStart []int
	ucRow   []int
	ucVal   []float64

	// Product-form etas from basis updates since the factorisation.
	ePos   []int     // basis position r replaced
	ePiv   []float64 // α_r
	eStart []int
	eIdx   []int // positions i ≠ r
	eVal   []float64

	luNNZ int // nonzeros of L and U

	// work space for factor, reused between factorisations
	work  []float64
	state *factorState
	mark  []bool
	seen  []int
}

const (
	luThreshold = 0.01  // threshold pivoting parameter u
	luAbsTiny   = 1e-11 // entries below this never become pivots
	luSearch    = 4     // Markowitz candidate columns/rows to examine
)

// factorState is the active submatrix during factorisation.
type factorState struct {
	rows     [][]entry // row i: (position, value)
	cols     [][]int   // position j: rows with an entry
	rowCount []int
	colCount []int
	// count buckets as doubly linked lists; index -1 ends a list
	rowHead, colHead []int
	rowNext, rowPrev []int
	colNext, colPrev []int
	rowDone, colDone []bool
}

func (s *factorState) rowLink(i int) {
	c := s.rowCount[i]
	s.rowPrev[i] = -1
	s.rowNext[i] = s.rowHead[c]
	if s.rowHead[c] >= 0 {
		s.rowPrev[s.rowHead[c]] = i
	}
	s.rowHead[c] = i
}

func (s *factorState) rowUnlink(i int) {
	c := s.rowCount[i]
	if s.rowPrev[i] >= 0 {
		s.rowNext[s.rowPrev[i]] = s.rowNext[i]
	} else {
		s.rowHead[c] = s.rowNext[i]
	}
	if s.rowNext[i] >= 0 {
		s.rowPrev[s.rowNext[i]] = s.rowPrev[i]
	}
}

func (s *factorState) colLink(j int) {
	c := s.colCount[j]
	s.colPrev[j] = -1
	s.colNext[j] = s.colHead[c]
	if s.colHead[c] >= 0 {
		s.colPrev[s.colHead[c]] = j
	}
	s.colHead[c] = j
}

func (s *factorState) colUnlink(j int) {
	c := s.colCount[j]
	if s.colPrev[j] >= 0 {
		s.colNext[s.colPrev[j]] = s.colNext[j]
	} else {
		s.colHead[c] = s.colNext[j]
	}
	if s.colNext[j] >= 0 {
		s.colPrev[s.colNext[j]] = s.colPrev[j]
	}
}

// rowValue returns the value of entry (i, j) of the active matrix.
func (s *factorState) rowValue(i, j int) float64 {
	for _, e := range s.rows[i] {
		if e.idx == j {
			return e.val
		}
	}
	return 0
}

func rowMax(r []entry) float64 {
	mx := 0.0
	for _, e := range r {
		if a := math.Abs(e.val); a > mx {
			mx = a
		}
	}
	return mx
}

// factor computes the LU factorisation of the basis whose column at
// position j is col(j) (row indices and values). On success it returns
// nil, nil. If the basis is (numerically) singular it returns the positions
// that could not be pivoted and, of equal number, rows that received no
// pivot; the factorisation is then unusable and the caller should replace
// those basis columns by the logicals of those rows and factor again.
func (f *luFactor) factor(m int, col func(j int) []entry) (badPos, badRows []int) {
	f.m = m
	f.lPiv, f.lStart, f.lIdx, f.lVal = f.lPiv[:0], append(f.lStart[:0], 0), f.lIdx[:0], f.lVal[:0]
	f.pRow, f.pCol, f.pVal = f.pRow[:0], f.pCol[:0], f.pVal[:0]
	f.uStart, f.uIdx, f.uVal = append(f.uStart[:0], 0), f.uIdx[:0], f.uVal[:0]
	f.resetEtas()
	if cap(f.work) < m {
		f.work = make([]float64, m)
	}
	f.work = f.work[:m]

	s := f.state
	if s == nil || len(s.rowCount) != m {
		s = &factorState{
			rows: make([][]entry, m), cols: make([][]int, m),
			rowCount: make([]int, m), colCount: make([]int, m),
			rowHead: make([]int, m+1), colHead: make([]int, m+1),
			rowNext: make([]int, m), rowPrev: make([]int, m),
			colNext: make([]int, m), colPrev: make([]int, m),
			rowDone: make([]bool, m), colDone: make([]bool, m),
		}
		f.state = s
		f.mark = make([]bool, m)
		f.seen = make([]int, m)
	}
	for i := 0; i < m; i++ {
		s.rows[i] = s.rows[i][:0]
		s.cols[i] = s.cols[i][:0]
		s.rowDone[i], s.colDone[i] = false, false
		f.seen[i] = 0
	}
	for c := range s.rowHead {
		s.rowHead[c], s.colHead[c] = -1, -1
	}
	for j := 0; j < m; j++ {
		for _, e := range col(j) {
			if e.val == 0 {
				continue
			}
			s.rows[e.idx] = append(s.rows[e.idx], entry{j, e.val})
			s.cols[j] = append(s.cols[j], e.idx)
		}
	}
	for i := 0; i < m; i++ {
		s.rowCount[i] = len(s.rows[i])
		if s.rowCount[i] > m {
			// Repeated entries cannot happen for valid input; guard anyway.
			s.rowCount[i] = m
		}
		s.rowLink(i)
	}
	for j := 0; j < m; j++ {
		s.colCount[j] = len(s.cols[j])
		s.colLink(j)
	}

	w := f.work
	for i := range w {
		w[i] = 0
	}
	mark := f.mark // positions in the pivot row
	seen := f.seen // stamp of the last row update that met position j
	stamp := 0
	for step := 0; step < m; step++ {
		p, q := f.choosePivot(s, m)
		if p < 0 {
			break
		}
		// Take row p out of the active matrix.
		prow := s.rows[p]
		var piv float64
		s.rowUnlink(p)
		s.rowDone[p] = true
		for _, e := range prow {
			j := e.idx
			if j == q {
				piv = e.val
				continue
			}
			w[j] = e.val
			mark[j] = true
			// remove p from column j
			s.colUnlink(j)
			cj := s.cols[j]
			for k, i := range cj {
				if i == p {
					cj[k] = cj[len(cj)-1]
					cj = cj[:len(cj)-1]
					break
				}
			}
			s.cols[j] = cj
			s.colCount[j] = len(cj)
			s.colLink(j)
		}
		s.colUnlink(q)
		s.colDone[q] = true
		// U row.
		f.pRow = append(f.pRow, p)
		f.pCol = append(f.pCol, q)
		f.pVal = append(f.pVal, piv)
		for _, e := range prow {
			if e.idx != q {
				f.uIdx = append(f.uIdx, e.idx)
				f.uVal = append(f.uVal, e.val)
			}
		}
		f.uStart = append(f.uStart, len(f.uIdx))
		// Eliminate column q from the other rows.
		nl := 0
		for _, i := range s.cols[q] {
			if i == p {
				continue
			}
			ri := s.rows[i]
			var aiq float64
			for k, e := range ri {
				if e.idx == q {
					aiq = e.val
					ri[k] = ri[len(ri)-1]
					ri = ri[:len(ri)-1]
					break
				}
			}
			l := aiq / piv
			stamp++
			f.lIdx = append(f.lIdx, i)
			f.lVal = append(f.lVal, l)
			nl++
			for k := range ri {
				j := ri[k].idx
				if mark[j] {
					ri[k].val -= l * w[j]
					seen[j] = stamp
				}
			}
			for _, e := range prow {
				j := e.idx
				if j == q || seen[j] == stamp {
					continue
				}
				ri = append(ri, entry{j, -l * w[j]})
				s.colUnlink(j)
				s.cols[j] = append(s.cols[j], i)
				s.colCount[j]++
				s.colLink(j)
			}
			s.rows[i] = ri
			s.rowUnlink(i)
			s.rowCount[i] = len(ri)
			s.rowLink(i)
		}
		if nl > 0 {
			f.lPiv = append(f.lPiv, p)
			f.lStart = append(f.lStart, len(f.lIdx))
		}
		for _, e := range prow {
			w[e.idx] = 0
			mark[e.idx] = false
		}
		s.cols[q] = s.cols[q][:0]
		s.rows[p] = s.rows[p][:0]
	}
	if len(f.pRow) < m {
		for j := 0; j < m; j++ {
			if !s.colDone[j] {
				badPos = append(badPos, j)
			}
		}
		for i := 0; i < m; i++ {
			if !s.rowDone[i] {
				badRows = append(badRows, i)
			}
		}
		return badPos, badRows
	}
	f.luNNZ = len(f.lIdx) + len(f.uIdx) + m
	f.buildUCols()
	return nil, nil
}

// buildUCols stores U column-wise.
func (f *luFactor) buildUCols() {
	m := f.m
	step := f.seen // reuse: position → step
	for k, q := range f.pCol {
		step[q] = k
	}
	if cap(f.ucStart) < m+1 {
		f.ucStart = make([]int, m+1)
	}
	f.ucStart = f.ucStart[:m+1]
	for k := range f.ucStart {
		f.ucStart[k] = 0
	}
	for _, q := range f.uIdx {
		f.ucStart[step[q]+1]++
	}
	for k := 0; k < m; k++ {
		f.ucStart[k+1] += f.ucStart[k]
	}
	nnz := len(f.uIdx)
	if cap(f.ucRow) < nnz {
		f.ucRow = make([]int, nnz)
		f.ucVal = make([]float64, nnz)
	}
	f.ucRow, f.ucVal = f.ucRow[:nnz], f.ucVal[:nnz]
	fill := make([]int, m)
	copy(fill, f.ucStart[:m])
	for k := 0; k < m; k++ {
		p := f.pRow[k]
		for t := f.uStart[k]; t < f.uStart[k+1]; t++ {
			c := step[f.uIdx[t]]
			f.ucRow[fill[c]] = p
			f.ucVal[fill[c]] = f.uVal[t]
			fill[c]++
		}
	}
}

// choosePivot searches the active matrix for a pivot by the Markowitz
// criterion with threshold pivoting; it returns -1, -1 when no acceptable
// pivot remains (the basis is singular).
func (f *luFactor) choosePivot(s *factorState, m int) (int, int) {
	bestP, bestQ := -1, -1
	bestCost := math.MaxInt
	bestAbs := 0.0
	searched := 0
	consider := func(i, j int, v float64, cost int) {
		a := math.Abs(v)
		if cost < bestCost || (cost == bestCost && a > bestAbs) {
			bestP, bestQ, bestCost, bestAbs = i, j, cost, a
		}
	}
	for c := 1; c <= m; c++ {
		// Columns with c entries.
		for j := s.colHead[c]; j >= 0; j = s.colNext[j] {
			for _, i := range s.cols[j] {
				v := s.rowValue(i, j)
				a := math.Abs(v)
				if a < luAbsTiny {
					continue
				}
				if c > 1 && a < luThreshold*rowMax(s.rows[i]) {
					continue
				}
				consider(i, j, v, (s.rowCount[i]-1)*(c-1))
			}
			searched++
			if bestP >= 0 && (searched >= luSearch || bestCost == 0) {
				return bestP, bestQ
			}
		}
		// Rows with c entries.
		for i := s.rowHead[c]; i >= 0; i = s.rowNext[i] {
			mx := rowMax(s.rows[i])
			for _, e := range s.rows[i] {
				a := math.Abs(e.val)
				if a < luAbsTiny || a < luThreshold*mx {
					continue
				}
				consider(i, e.idx, e.val, (c-1)*(s.colCount[e.idx]-1))
			}
			searched++
			if bestP >= 0 && (searched >= luSearch || bestCost == 0) {
				return bestP, bestQ
			}
		}
		if bestP >= 0 && bestCost <= c*c {
			return bestP, bestQ
		}
	}
	return bestP, bestQ
}

func (f *luFactor) resetEtas() {
	f.ePos, f.ePiv, f.eIdx, f.eVal = f.ePos[:0], f.ePiv[:0], f.eIdx[:0], f.eVal[:0]
	f.eStart = append(f.eStart[:0], 0)
}

// truncateEtas drops the updates after the first k, restoring the
// factorisation of an earlier basis.
func (f *luFactor) truncateEtas(k int) {
	if k >= len(f.ePos) {
		return
	}
	f.ePos, f.ePiv = f.ePos[:k], f.ePiv[:k]
	f.eStart = f.eStart[:k+1]
	f.eIdx, f.eVal = f.eIdx[:f.eStart[k]], f.eVal[:f.eStart[k]]
}

// numEtas is the number of updates since the last factorisation.
func (f *luFactor) numEtas() int { return len(f.ePos) }

// etaNNZ is the number of nonzeros in the eta file.
func (f *luFactor) etaNNZ() int { return len(f.eIdx) }

// update records the replacement of the basis column at position r by a
// column whose FTRAN'd image is alpha (dense, indexed by position).
func (f *luFactor) update(r int, alpha []float64) {
	f.ePos = append(f.ePos, r)
	f.ePiv = append(f.ePiv, alpha[r])
	for i, a := range alpha {
		if i != r && math.Abs(a) > 1e-13 {
			f.eIdx = append(f.eIdx, i)
			f.eVal = append(f.eVal, a)
		}
	}
	f.eStart = append(f.eStart, len(f.eIdx))
}

// ftran solves B·x = b. b is indexed by row and is overwritten (used as
// work space); x is indexed by basis position.
func (f *luFactor) ftran(b, x []float64) {
	for k, p := range f.lPiv {
		bp := b[p]
		if bp == 0 {
			continue
		}
		for t := f.lStart[k]; t < f.lStart[k+1]; t++ {
			b[f.lIdx[t]] -= f.lVal[t] * bp
		}
	}
	for k := f.m - 1; k >= 0; k-- {
		xq := b[f.pRow[k]]
		if xq == 0 {
			x[f.pCol[k]] = 0
			continue
		}
		xq /= f.pVal[k]
		x[f.pCol[k]] = xq
		for t := f.ucStart[k]; t < f.ucStart[k+1]; t++ {
			b[f.ucRow[t]] -= f.ucVal[t] * xq
		}
	}
	for e, r := range f.ePos {
		xr := x[r]
		if xr == 0 {
			continue
		}
		xr /= f.ePiv[e]
		x[r] = xr
		for t := f.eStart[e]; t < f.eStart[e+1]; t++ {
			x[f.eIdx[t]] -= f.eVal[t] * xr
		}
	}
}

// btran solves Bᵀ·y = c. c is indexed by basis position and is overwritten;
// y is indexed by row.
func (f *luFactor) btran(c, y []float64) {
	for e := len(f.ePos) - 1; e >= 0; e-- {
		r := f.ePos[e]
		s := c[r]
		for t := f.eStart[e]; t < f.eStart[e+1]; t++ {
			s -= f.eVal[t] * c[f.eIdx[t]]
		}
		c[r] = s / f.ePiv[e]
	}
	for k := 0; k < f.m; k++ {
		z := c[f.pCol[k]] / f.pVal[k]
		y[f.pRow[k]] = z
		if z == 0 {
			continue
		}
		for t := f.uStart[k]; t < f.uStart[k+1]; t++ {
			c[f.uIdx[t]] -= f.uVal[t] * z
		}
	}
	for k := len(f.lPiv) - 1; k >= 0; k-- {
		s := 0.0
		for t := f.lStart[k]; t < f.lStart[k+1]; t++ {
			s += f.lVal[t] * y[f.lIdx[t]]
		}
		y[f.lPiv[k]] -= s
	}
}
