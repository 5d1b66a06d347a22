package milp

import (
	"context"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestConflictsEffect logs the nodes and time of generated instances with
// Farkas proofs and nogoods on and off (go test -run TestConflictsEffect -v).
func TestConflictsEffect(t *testing.T) {
	if testing.Short() {
		t.Skip("measurement")
	}
	var pool *conflictPool
	onConflictPool = func(c *conflictPool) { pool = c }
	defer func() { onConflictPool = nil }()
	for _, p := range benchInstances {
		m := randomInstance(p)
		for _, mode := range []struct {
			name           string
			farkas, nogood bool
		}{{"off", false, false}, {"farkas", true, false}, {"nogoods", false, true}, {"both", true, true}} {
			useFarkas, useNogoods = mode.farkas, mode.nogood
			pool = nil
			start := time.Now()
			res, err := Solve(context.Background(), m, Options{Gap: 1e-9})
			el := time.Since(start)
			if err != nil {
				t.Fatal(err)
			}
			line := ""
			if pool != nil {
				c := pool
				line = fmtPool(c)
			}
			t.Logf("%s %-8s %s %.4f nodes %d %v %s", p, mode.name, res.Status, res.Objective, res.Nodes, el.Round(time.Millisecond), line)
		}
	}
	useFarkas, useNogoods = true, false
}

// TestConflictsMPS is TestConflictsEffect for the MPS files listed in
// $MILP_CONFLICT_MPS (space-separated), each solved with a node limit of
// $MILP_CONFLICT_NODES (default 5000).
func TestConflictsMPS(t *testing.T) {
	files := strings.Fields(os.Getenv("MILP_CONFLICT_MPS"))
	if len(files) == 0 {
		t.Skip("MILP_CONFLICT_MPS not set")
	}
	limit, _ := strconv.Atoi(os.Getenv("MILP_CONFLICT_NODES"))
	if limit == 0 {
		limit = 5000
	}
	var pool *conflictPool
	onConflictPool = func(c *conflictPool) { pool = c }
	defer func() { onConflictPool = nil; useFarkas, useNogoods = true, false }()
	for _, f := range files {
		m, err := readFreeMPS(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, mode := range []struct {
			name           string
			farkas, nogood bool
		}{{"off", false, false}, {"farkas", true, false}, {"nogoods", false, true}, {"both", true, true}} {
			useFarkas, useNogoods = mode.farkas, mode.nogood
			pool = nil
			start := time.Now()
			res, err := Solve(context.Background(), m, Options{NodeLimit: limit})
			el := time.Since(start)
			if err != nil {
				t.Fatal(err)
			}
			line := ""
			if pool != nil {
				line = fmtPool(pool)
			}
			t.Logf("%s %-8s %s nodes %d %v %s", filepath.Base(f), mode.name, res.Status, res.Nodes, el.Round(time.Millisecond), line)
		}
	}
}
