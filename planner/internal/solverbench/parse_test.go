package main

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
)

var equateNaN = cmp.Options{cmpopts.EquateNaNs(), cmpopts.EquateApprox(0, 1e-12)}

func TestParseBuiltin(t *testing.T) {
	for _, tc := range []struct {
		name           string
		stdout, stderr string
		exit           int
		want           Outcome
	}{
		{name: "optimal", stdout: `{"status":"Optimal","solver":{"objective":290.4305,"gap":0}}`,
			want: Outcome{Verdict: Optimal, Objective: 290.4305}},
		{name: "cut short", stdout: `{"status":"Feasible","solver":{"objective":1200.5,"gap":0.0123}}`,
			want: Outcome{Verdict: Feasible, Objective: 1200.5, Gap: 0.0123}},
		{name: "infeasible", stdout: `{"status":"Infeasible","solver":{"status":"Infeasible"}}`, exit: 1,
			stderr: "dir: infeasible: capacity of CPU\n", want: Outcome{Verdict: Infeasible}},
		{name: "no verdict", stderr: "isobar: no verdict: within the time limit of 10s no plan was found and none was proven impossible\n", exit: 1,
			want: Outcome{Verdict: NoVerdict}},
		{name: "invalid intent", stderr: "dir/intent.cue:3:1: bad\ndir: 1 problem; fix them before planning\n", exit: 1,
			want: Outcome{Verdict: Failed, Note: "exit code 1: dir: 1 problem; fix them before planning"}},
		{name: "plan status unknown", stdout: `{"status":"Maybe"}`,
			want: Outcome{Verdict: Failed, Note: `plan status "Maybe" not understood`}},
		{name: "infeasible with exit 0 is not trusted", stdout: `{"status":"Infeasible"}`,
			want: Outcome{Verdict: Failed, Note: `plan status "Infeasible" not understood`}},
		{name: "crash", stderr: "panic: boom\n", exit: 2, want: Outcome{Verdict: Failed, Note: "exit code 2: panic: boom"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := parseBuiltin([]byte(tc.stdout), []byte(tc.stderr), tc.exit)
			if diff := cmp.Diff(tc.want, got, equateNaN); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestParseHiGHS(t *testing.T) {
	for _, tc := range []struct {
		name, line string
		want       Outcome
	}{
		{name: "optimal", line: `{"status":7,"hasSolution":true,"objective":3.5,"bound":3.5,"seconds":0.2,"cpuSeconds":0.25,"rssKiB":84000}`,
			want: Outcome{Verdict: Optimal, Objective: 3.5, SolveCPU: 250 * time.Millisecond}},
		{name: "infeasible", line: `{"status":8,"hasSolution":false,"objective":null,"bound":null}`,
			want: Outcome{Verdict: Infeasible}},
		{name: "time limit with a plan", line: `{"status":13,"hasSolution":true,"objective":200,"bound":150}`,
			want: Outcome{Verdict: Feasible, Objective: 200, Gap: 0.25}},
		{name: "time limit with a plan and no bound", line: `{"status":13,"hasSolution":true,"objective":200,"bound":null}`,
			want: Outcome{Verdict: Feasible, Objective: 200, Gap: math.NaN()}},
		{name: "time limit without a plan", line: `{"status":13,"hasSolution":false,"objective":null,"bound":-1e30}`,
			want: Outcome{Verdict: NoVerdict}},
		{name: "unbounded or infeasible", line: `{"status":9,"hasSolution":false}`,
			want: Outcome{Verdict: Failed, Note: "HiGHS model status 9"}},
		{name: "not JSON", line: "Aborted()", want: Outcome{Verdict: Failed, Note: `output not understood: "Aborted()"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := parseHiGHS([]byte("some log line\n" + tc.line + "\n"))
			if diff := cmp.Diff(tc.want, got, equateNaN); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestParseCBC reads outputs of Debian's CBC 2.10 kept in testdata, and
// the lines of the outcomes not kept there.
func TestParseCBC(t *testing.T) {
	read := func(name string) string {
		b, err := os.ReadFile(filepath.Join("testdata", name))
		if err != nil {
			t.Fatal(err)
		}
		return string(b)
	}
	for _, tc := range []struct {
		name, out string
		want      Outcome
	}{
		{name: "optimal", out: read("cbc-optimal.txt"), want: Outcome{Verdict: Optimal, Objective: 3.5}},
		{name: "infeasible", out: read("cbc-infeasible.txt"), want: Outcome{Verdict: Infeasible}},
		{name: "preprocessing cut short", out: read("cbc-preprocessing.txt"), want: Outcome{Verdict: Infeasible, Note: "by preprocessing"}},
		{name: "stopped with a plan", out: "Result - Stopped on time limit\n\nObjective value:                100.5\nLower bound:                    90.45\nGap:                            0.10\n",
			want: Outcome{Verdict: Feasible, Objective: 100.5, Gap: (100.5 - 90.45) / 100.5}},
		{name: "stopped without a plan", out: "Result - Stopped on time limit\n\nNo feasible solution found\nObjective value:                1e+50\n",
			want: Outcome{Verdict: NoVerdict}},
		{name: "proven infeasible", out: "Result - Problem proven infeasible\n", want: Outcome{Verdict: Infeasible}},
		{name: "garbage", out: "Segmentation fault\n", want: Outcome{Verdict: Failed, Note: "output not understood: Segmentation fault"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := parseCBC([]byte(tc.out))
			if diff := cmp.Diff(tc.want, got, equateNaN); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func TestWrongVerdict(t *testing.T) {
	x := instance{name: "cost-5x3", fam: &families[0], size: size{5, 3}}
	plan := Outcome{Verdict: Optimal, Objective: 10}
	for _, tc := range []struct {
		name              string
		built, highs, cbc Outcome
		want              string // a part of the message; "" when none
		disagree          bool
	}{
		{name: "all agree", built: plan, highs: plan, cbc: plan},
		{name: "all infeasible", built: Outcome{Verdict: Infeasible}, highs: Outcome{Verdict: Infeasible}, cbc: Outcome{Verdict: Infeasible}},
		{name: "isobar infeasible, HiGHS has a plan", built: Outcome{Verdict: Infeasible}, highs: plan, cbc: Outcome{Verdict: NoVerdict},
			want: "isobar says infeasible, HiGHS found a plan"},
		{name: "isobar infeasible, CBC has a plan cut short", built: Outcome{Verdict: Infeasible}, highs: Outcome{Verdict: NoVerdict},
			cbc: Outcome{Verdict: Feasible, Objective: 12}, want: "CBC found a plan of objective 12"},
		{name: "isobar plan, both infeasible", built: plan, highs: Outcome{Verdict: Infeasible}, cbc: Outcome{Verdict: Infeasible},
			want: "HiGHS says the model is infeasible"},
		{name: "isobar plan, CBC alone infeasible", built: plan, highs: plan, cbc: Outcome{Verdict: Infeasible, Note: "by preprocessing"},
			disagree: true},
		{name: "isobar without a verdict", built: Outcome{Verdict: NoVerdict}, highs: plan, cbc: Outcome{Verdict: Infeasible}, disagree: true},
		{name: "isobar optimal, HiGHS better", built: plan, highs: Outcome{Verdict: Feasible, Objective: 9.9}, cbc: plan,
			want: "isobar proves no plan better than 10 (optimal), HiGHS found one of objective 9.9"},
		{name: "isobar within 10%, CBC better but above the bound", built: Outcome{Verdict: Feasible, Objective: 10, Gap: 0.1},
			highs: plan, cbc: Outcome{Verdict: Optimal, Objective: 9.05}},
		{name: "isobar within 10%, CBC below the bound", built: Outcome{Verdict: Feasible, Objective: 10, Gap: 0.1},
			highs: plan, cbc: Outcome{Verdict: Optimal, Objective: 8.9}, want: "better than 9 (feasible), CBC found one of objective 8.9"},
		{name: "isobar optimal, HiGHS equal to rounding", built: Outcome{Verdict: Optimal, Objective: 290.430500},
			highs: Outcome{Verdict: Optimal, Objective: 290.430499635}, cbc: Outcome{Verdict: Skipped}},
		{name: "nothing to compare", built: Outcome{Verdict: Infeasible}, highs: Outcome{Verdict: Skipped}, cbc: Outcome{Verdict: Skipped}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := row{inst: x, built: tc.built, highs: tc.highs, cbc: tc.cbc}
			got := r.wrongVerdict()
			if tc.want == "" && got != "" || !strings.Contains(got, tc.want) {
				t.Errorf("wrongVerdict() = %q, want %q", got, tc.want)
			}
			if r.referencesDisagree() != tc.disagree {
				t.Errorf("referencesDisagree() = %v, want %v", !tc.disagree, tc.disagree)
			}
		})
	}
}

func TestWithinLimit(t *testing.T) {
	for _, tc := range []struct {
		wall, limit time.Duration
		want        bool
	}{
		{10 * time.Second, 10 * time.Second, true},
		{11 * time.Second, 10 * time.Second, true},
		{11*time.Second + time.Millisecond, 10 * time.Second, false},
		{2900 * time.Millisecond, 2 * time.Second, true}, // a second over, more than 10%
		{3100 * time.Millisecond, 2 * time.Second, false},
		{65 * time.Second, time.Minute, true}, // 10% over, more than a second
		{67 * time.Second, time.Minute, false},
	} {
		if got := withinLimit(tc.wall, tc.limit); got != tc.want {
			t.Errorf("withinLimit(%s, %s) = %v, want %v", tc.wall, tc.limit, got, tc.want)
		}
	}
}

// TestSummary checks the summary's arithmetic on made-up rows: medians,
// the largest ratios of the small instances, runs without a verdict, the
// time limit and the ranking of the worst.
func TestSummary(t *testing.T) {
	mk := func(kind string, n, m int, built, highs Outcome) row {
		f := &family{kind: kind}
		return row{inst: instance{name: kind, fam: f, size: size{n, m}}, built: built, highs: highs, cbc: Outcome{Verdict: Skipped}}
	}
	s, opt := time.Second, Optimal
	rep := report{limit: 10 * s, rows: []row{
		mk("a", 5, 3, Outcome{Verdict: Feasible, Objective: 110, Gap: 0.2, Wall: 2 * s, CPU: 1 * s, RSSKiB: 100 << 10}, Outcome{Verdict: opt, Objective: 100, Wall: 4 * s, CPU: 2 * s}),
		mk("b", 50, 20, Outcome{Verdict: opt, Objective: 100, Wall: 6 * s, CPU: 3 * s, RSSKiB: 200 << 10}, Outcome{Verdict: opt, Objective: 100, Wall: 2 * s, CPU: 1 * s}),
		mk("c", 200, 50, Outcome{Verdict: NoVerdict, Wall: 12 * s, CPU: 12 * s, RSSKiB: 900 << 10}, Outcome{Verdict: Feasible, Objective: 5, Wall: 1 * s, CPU: 1 * s}),
		mk("d", 20, 10, Outcome{Verdict: Infeasible, Wall: 1 * s, CPU: 1 * s}, Outcome{Verdict: Skipped}),
	}}
	got := rep.summarise()
	if got.measured != 3 || got.medianTime != 3 || got.medianCPU != 3 {
		t.Errorf("measured %d, median ratios %g wall %g CPU; want 3, 3 and 3", got.measured, got.medianTime, got.medianCPU)
	}
	if got.maxSmall != 3 || got.maxSmallName != "b" || got.maxRSSSmall != 200<<10 || got.maxRSSSmallName != "b" {
		t.Errorf("small instances: ratio %g (%s), RSS %d (%s); want 3 (b), %d (b)", got.maxSmall, got.maxSmallName, got.maxRSSSmall, got.maxRSSSmallName, 200<<10)
	}
	if diff := cmp.Diff([]string{"c"}, got.noVerdict); diff != "" {
		t.Errorf("no verdict (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]string{"c (12.0 s)"}, got.overLimit); diff != "" {
		t.Errorf("over the limit (-want +got):\n%s", diff)
	}
	if got.worstCost != 1.1 || got.worstCostName != "a" {
		t.Errorf("worst objective ratio %g (%s), want 1.1 (a)", got.worstCost, got.worstCostName)
	}
	var worst []string
	for _, r := range got.worst {
		worst = append(worst, r.inst.name)
	}
	if diff := cmp.Diff([]string{"c", "b", "a"}, worst); diff != "" {
		t.Errorf("worst by CPU ratio (-want +got):\n%s", diff)
	}
	md := rep.markdown()
	for _, want := range []string{"| a | 5 × 3 | a | 2.00 s | 1.00 s | feasible (gap 20%) | 100 MiB |", "| 0.5 | 0.5 | 1.1 | 1.1 |\n", "time limit not kept (over 11s): 1 (c (12.0 s))"} {
		if !strings.Contains(md, want) {
			t.Errorf("markdown lacks %q:\n%s", want, md)
		}
	}
}

func TestReplaceBetween(t *testing.T) {
	doc := "# Title\n\nintro\n\n" + beginMarker + "\nold table\n" + endMarker + "\n\nafter\n"
	got, err := replaceBetween(doc, "new table\n")
	if err != nil {
		t.Fatal(err)
	}
	want := "# Title\n\nintro\n\n" + beginMarker + "\nnew table\n" + endMarker + "\n\nafter\n"
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	for name, bad := range map[string]string{
		"no markers": "# Title\n",
		"no end":     beginMarker + "\n",
		"twice":      beginMarker + "\n" + endMarker + "\n" + beginMarker + "\n" + endMarker + "\n",
		"reversed":   endMarker + "\n" + beginMarker + "\n",
	} {
		if _, err := replaceBetween(bad, "x"); err == nil {
			t.Errorf("%s: no error", name)
		}
	}
}

// TestSuite checks the suite's promise: at least 40 instances, from 5 × 3
// to 200 × 50, names unique, and every family the benchmark is meant to
// try.
func TestSuite(t *testing.T) {
	all := suite()
	if len(all) < 40 {
		t.Errorf("%d instances, want at least 40", len(all))
	}
	seen := map[string]bool{}
	kinds := map[string]bool{}
	small, large := all[0].size, all[0].size
	for _, x := range all {
		if seen[x.name] {
			t.Errorf("instance %s twice", x.name)
		}
		seen[x.name] = true
		kinds[x.fam.kind] = true
		if x.size.n*x.size.m < small.n*small.m {
			small = x.size
		}
		if x.size.n*x.size.m > large.n*large.m {
			large = x.size
		}
	}
	if small != (size{5, 3}) || large != (size{200, 50}) {
		t.Errorf("sizes from %s to %s, want 5x3 to 200x50", small, large)
	}
	for _, k := range []string{"cost", "budgets", "squeezed", "cpu-short", "gpu-short", "residency-none", "spread", "latency", "carbon"} {
		if !kinds[k] {
			t.Errorf("no instance of kind %s", k)
		}
	}
}
