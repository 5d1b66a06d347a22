package preview

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// threeClouds plans examples/three-clouds with its contingency plans.
func threeClouds(t *testing.T) *planner.Plan {
	t.Helper()
	inst, err := schema.Load("../../examples/three-clouds")
	if err != nil {
		t.Fatal(err)
	}
	cat, err := providers.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	plan, err := planner.Solve(t.Context(), inst.Intent, cat, planner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if plan.Contingency, err = planner.Contingencies(t.Context(), inst.Intent, cat, plan, planner.Options{}); err != nil {
		t.Fatal(err)
	}
	return plan
}

func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	file := filepath.Join("testdata", name)
	if *update {
		if err := os.WriteFile(file, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s (-want +got):\n%s", file, diff)
	}
}

// TestN1Golden pins the N-1 table of examples/three-clouds in markdown,
// text and JSON.
func TestN1Golden(t *testing.T) {
	plan := threeClouds(t)
	rows := N1(plan.Contingency)
	if len(rows) != 3 {
		t.Fatalf("%d rows, want one per cluster of the fleet (3)", len(rows))
	}
	golden(t, "three-clouds.n1.md", []byte(N1Markdown(rows)))
	var text bytes.Buffer
	N1Text(&text, rows)
	golden(t, "three-clouds.n1.txt", text.Bytes())
	b, err := json.MarshalIndent(rows, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	golden(t, "three-clouds.n1.json", append(b, '\n'))
}

// TestN1InPreview: the pull-request comment and the text preview carry the
// head's N-1 table, and a plan without contingency plans has none.
func TestN1InPreview(t *testing.T) {
	head := threeClouds(t)
	base := *head
	base.Contingency = nil
	base.Totals.MonthlyCostUSD++ // a change, so that the summary is written
	r := Compare(Side{Revision: "main", Plan: &base}, Side{Revision: "working tree", Plan: head})
	md := r.Markdown(0)
	if !strings.Contains(md, "#### If a failure domain is lost (N-1)") || !strings.Contains(md, "| azure-eastus |") {
		t.Errorf("markdown lacks the N-1 table:\n%s", md)
	}
	var text bytes.Buffer
	r.Text(&text, false)
	if !strings.Contains(text.String(), "If a failure domain is lost (N-1):") {
		t.Errorf("text lacks the N-1 table:\n%s", text.String())
	}
	r = Compare(Side{Revision: "main", Plan: head}, Side{Revision: "working tree", Plan: &base})
	if len(r.N1) != 0 || strings.Contains(r.Markdown(0), "N-1") {
		t.Errorf("a head without contingency plans has an N-1 table: %+v", r.N1)
	}
}
