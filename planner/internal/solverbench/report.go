package main

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"slices"
	"sort"
	"strings"
	"time"
)

// row is one instance's results.
type row struct {
	inst              instance
	built, highs, cbc Outcome
	// modelNote says where the model the references solved came from,
	// when not from the timed run.
	modelNote string
}

// small reports whether the instance is at most 50 × 20, the size a
// person plans at a terminal.
func (r row) small() bool { return r.inst.size.n <= 50 && r.inst.size.m <= 20 }

// timeRatio is the built-in planner's wall time over HiGHS's, NaN when
// HiGHS did not run.
func (r row) timeRatio() float64 {
	if !r.comparable() || r.highs.Wall <= 0 {
		return math.NaN()
	}
	return r.built.Wall.Seconds() / r.highs.Wall.Seconds()
}

// cpuRatio is the built-in planner's CPU time over HiGHS's, NaN when
// HiGHS did not run.
func (r row) cpuRatio() float64 {
	if !r.comparable() || r.highs.CPU <= 0 {
		return math.NaN()
	}
	return r.built.CPU.Seconds() / r.highs.CPU.Seconds()
}

// solveRatio is the built-in planner's CPU time over that of HiGHS's
// solve alone (node's start, the WebAssembly and the warm-up left out):
// the strictest of the ratios, since isobar's own time includes reading
// the CUE. NaN when HiGHS did not report it.
func (r row) solveRatio() float64 {
	if !r.comparable() || r.highs.SolveCPU <= 0 {
		return math.NaN()
	}
	return r.built.CPU.Seconds() / r.highs.SolveCPU.Seconds()
}

// comparable reports whether both the built-in planner and HiGHS ran to
// an end on the instance.
func (r row) comparable() bool {
	ran := func(v Verdict) bool { return v != Skipped && v != Failed }
	return ran(r.built.Verdict) && ran(r.highs.Verdict)
}

// costRatio is the built-in planner's objective over HiGHS's, NaN unless
// both have a plan (and HiGHS's objective is not 0).
func (r row) costRatio() float64 {
	if !r.built.Verdict.hasPlan() || !r.highs.Verdict.hasPlan() || r.highs.Objective == 0 {
		return math.NaN()
	}
	return r.built.Objective / r.highs.Objective
}

// bestRatio is the built-in planner's objective over the best plan a
// reference found (HiGHS or CBC), NaN unless it and one of them have a
// plan.
func (r row) bestRatio() float64 {
	if !r.built.Verdict.hasPlan() {
		return math.NaN()
	}
	best := math.NaN()
	for _, o := range []Outcome{r.highs, r.cbc} {
		if o.Verdict.hasPlan() && !(o.Objective >= best) {
			best = o.Objective
		}
	}
	if math.IsNaN(best) || best == 0 {
		return math.NaN()
	}
	return r.built.Objective / best
}

// withinLimit reports whether the built-in run kept its time limit: the
// limit and 10% or a second more, whichever is larger.
func withinLimit(wall, limit time.Duration) bool {
	return wall <= limit+max(limit/10, time.Second)
}

// wrongVerdict says how the built-in verdict contradicts the
// references', or "" when it does not: infeasible where a reference found
// a plan (the plan is the proof), a proven bound (optimal: the plan's
// objective) above a plan a reference found, or a plan where a reference
// proved there is none and no reference found one.
func (r row) wrongVerdict() string {
	refs := []struct {
		name string
		o    Outcome
	}{{"HiGHS", r.highs}, {"CBC", r.cbc}}
	for _, ref := range refs {
		if r.built.Verdict == Infeasible && ref.o.Verdict.hasPlan() {
			return fmt.Sprintf("%s: isobar says infeasible, %s found a plan of objective %.6g", r.inst.name, ref.name, ref.o.Objective)
		}
		if r.built.Verdict.hasPlan() && ref.o.Verdict.hasPlan() {
			// The plan's proven lower bound, from its gap as the planner
			// defines it; the rounding of reported numbers aside.
			bound := r.built.Objective - r.built.Gap*math.Max(1, math.Abs(r.built.Objective))
			if tol := 1e-5 * math.Max(1, math.Abs(bound)); ref.o.Objective < bound-tol {
				return fmt.Sprintf("%s: isobar proves no plan better than %.6g (%s), %s found one of objective %.6g",
					r.inst.name, bound, r.built.Verdict, ref.name, ref.o.Objective)
			}
		}
	}
	if !r.built.Verdict.hasPlan() || r.highs.Verdict.hasPlan() || r.cbc.Verdict.hasPlan() {
		return ""
	}
	for _, ref := range refs {
		if ref.o.Verdict == Infeasible {
			return fmt.Sprintf("%s: isobar gives a plan of objective %.6g, %s says the model is infeasible", r.inst.name, r.built.Objective, ref.name)
		}
	}
	return ""
}

// referencesDisagree reports whether one reference found a plan and the
// other called the model infeasible.
func (r row) referencesDisagree() bool {
	return r.highs.Verdict.hasPlan() && r.cbc.Verdict == Infeasible || r.cbc.Verdict.hasPlan() && r.highs.Verdict == Infeasible
}

// progress is the line printed as each instance ends.
func (r row) progress() string {
	s := fmt.Sprintf("%-22s isobar %s %s (CPU %s)", r.inst.name, verdictText(r.built), seconds(r.built.Wall, r.built.Verdict), seconds(r.built.CPU, r.built.Verdict))
	s += fmt.Sprintf(" | HiGHS %s %s (CPU %s)", verdictText(r.highs), seconds(r.highs.Wall, r.highs.Verdict), seconds(r.highs.CPU, r.highs.Verdict))
	s += fmt.Sprintf(" | CBC %s %s (CPU %s)", verdictText(r.cbc), seconds(r.cbc.Wall, r.cbc.Verdict), seconds(r.cbc.CPU, r.cbc.Verdict))
	if w := r.wrongVerdict(); w != "" {
		s += " | WRONG VERDICT"
	}
	return s
}

// report is the benchmark's results and how they were made.
type report struct {
	rows    []row
	limit   time.Duration
	gap     float64
	seed    uint64
	note    string
	at      time.Time
	machine string
}

// wrongVerdicts lists the rows whose built-in verdict contradicts a
// reference.
func (rep report) wrongVerdicts() []string {
	var out []string
	for _, r := range rep.rows {
		if w := r.wrongVerdict(); w != "" {
			out = append(out, w)
		}
	}
	return out
}

// summary is what the table adds up to.
type summary struct {
	instances, measured   int // all; those HiGHS ran on
	medianTime, medianCPU float64
	medianSolve           float64
	maxSmall, maxSmallCPU float64
	maxSmallName          string
	maxSmallCPUName       string
	noVerdict             []string
	maxRSSSmall           int64
	maxRSSSmallName       string
	overLimit             []string
	wrong                 []string
	medianCost, worstCost float64
	worstCostName         string
	worstBest             float64
	worstBestName         string
	highsStartup          float64 // median CPU seconds of node, WebAssembly and warm-up
	worst                 []row   // by CPU ratio, worst first
	refsDisagree          []string
}

func (rep report) summarise() summary {
	nan := math.NaN()
	s := summary{instances: len(rep.rows), worstCost: nan, worstBest: nan, medianCost: nan, medianTime: nan, medianCPU: nan, maxSmall: nan, maxSmallCPU: nan}
	var times, cpus, solves, costs, startup []float64
	var ranked []row
	for _, r := range rep.rows {
		if r.built.Verdict == Skipped {
			continue
		}
		if r.comparable() {
			s.measured++
			t, c := r.timeRatio(), r.cpuRatio()
			times, cpus = append(times, t), append(cpus, c)
			ranked = append(ranked, r)
			if r.small() && !(t <= s.maxSmall) {
				s.maxSmall, s.maxSmallName = t, r.inst.name
			}
			if r.small() && !(c <= s.maxSmallCPU) {
				s.maxSmallCPU, s.maxSmallCPUName = c, r.inst.name
			}
			if r.highs.SolveCPU > 0 {
				solves = append(solves, r.solveRatio())
				startup = append(startup, (r.highs.CPU - r.highs.SolveCPU).Seconds())
			}
		}
		if c := r.costRatio(); !math.IsNaN(c) {
			costs = append(costs, c)
			if !(c <= s.worstCost) {
				s.worstCost, s.worstCostName = c, r.inst.name
			}
		}
		if c := r.bestRatio(); !(c <= s.worstBest) && !math.IsNaN(c) {
			s.worstBest, s.worstBestName = c, r.inst.name
		}
		if r.built.Verdict == NoVerdict || r.built.Verdict == Failed {
			s.noVerdict = append(s.noVerdict, r.inst.name)
		}
		if r.small() && r.built.RSSKiB > s.maxRSSSmall {
			s.maxRSSSmall, s.maxRSSSmallName = r.built.RSSKiB, r.inst.name
		}
		if !withinLimit(r.built.Wall, rep.limit) {
			s.overLimit = append(s.overLimit, fmt.Sprintf("%s (%.1f s)", r.inst.name, r.built.Wall.Seconds()))
		}
		if w := r.wrongVerdict(); w != "" {
			s.wrong = append(s.wrong, w)
		}
		if r.referencesDisagree() {
			s.refsDisagree = append(s.refsDisagree, r.inst.name)
		}
	}
	s.medianTime, s.medianCPU, s.medianCost, s.highsStartup = median(times), median(cpus), median(costs), median(startup)
	s.medianSolve = median(solves)
	sort.SliceStable(ranked, func(i, j int) bool { return ranked[i].cpuRatio() > ranked[j].cpuRatio() })
	s.worst = ranked[:min(5, len(ranked))]
	return s
}

// median of xs, NaN when empty.
func median(xs []float64) float64 {
	if len(xs) == 0 {
		return math.NaN()
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// markdown is the table and the summary.
func (rep report) markdown() string {
	var b bytes.Buffer
	s := rep.summarise()
	fmt.Fprintf(&b, "Measured %s on %s", rep.at.Format("2006-01-02 15:04 MST"), rep.machine)
	if rep.note != "" {
		fmt.Fprintf(&b, "; %s", strings.TrimSuffix(rep.note, "."))
	}
	fmt.Fprintf(&b, ". Every solve: time limit %s, relative gap %g; instances of seed %d; one process at a time. ", rep.limit, rep.gap, rep.seed)
	b.WriteString("Times are those of the whole process, wall-clock and CPU (user and system): isobar reads the CUE, plans and writes the plan; " +
		"HiGHS's includes starting node, compiling the WebAssembly and a warm-up solve; CBC's is the solve. Memory is the peak resident set. " +
		"Ratios are isobar's over HiGHS's: wall time, CPU time, and objective (cost in USD/month, or the latency, carbon or weighted objective the instance minimises; 1 is as good); " +
		"the last column is isobar's objective over the best plan HiGHS or CBC found.\n\n")

	fmt.Fprintf(&b, "Summary over %d instances (%d that isobar and HiGHS both ran to an end):\n\n", s.instances, s.measured)
	fmt.Fprintf(&b, "- median time ratio: %s wall, %s CPU\n", ratio(s.medianTime), ratio(s.medianCPU))
	fmt.Fprintf(&b, "- largest time ratio on instances up to 50 × 20: %s wall (%s), %s CPU (%s)\n", ratio(s.maxSmall), orNone(s.maxSmallName), ratio(s.maxSmallCPU), orNone(s.maxSmallCPUName))
	fmt.Fprintf(&b, "- HiGHS's fixed cost (node, WebAssembly, warm-up), median: %s s CPU per run, in its times above; "+
		"against HiGHS's solve alone, the median CPU ratio is %s\n", ratio(s.highsStartup), ratio(s.medianSolve))
	fmt.Fprintf(&b, "- median objective ratio: %s; largest: %s (%s); largest against the best plan of HiGHS and CBC: %s (%s)\n",
		ratio(s.medianCost), ratio(s.worstCost), orNone(s.worstCostName), ratio(s.worstBest), orNone(s.worstBestName))
	fmt.Fprintf(&b, "- isobar without a verdict within %s: %d%s\n", rep.limit, len(s.noVerdict), list(s.noVerdict))
	fmt.Fprintf(&b, "- isobar's largest peak memory up to 50 × 20: %s (%s)\n", mib(s.maxRSSSmall), orNone(s.maxRSSSmallName))
	fmt.Fprintf(&b, "- time limit not kept (over %s): %d%s\n", rep.limit+max(rep.limit/10, time.Second), len(s.overLimit), list(s.overLimit))
	fmt.Fprintf(&b, "- wrong verdicts (isobar infeasible where a reference found a plan, a bound isobar proved above a plan a reference found, or a plan where a reference proved none and neither found one): %d\n", len(s.wrong))
	for _, w := range s.wrong {
		fmt.Fprintf(&b, "  - **WRONG VERDICT** %s\n", w)
	}
	if len(s.refsDisagree) > 0 {
		fmt.Fprintf(&b, "- HiGHS and CBC disagree on feasibility: %d%s\n", len(s.refsDisagree), list(s.refsDisagree))
	}
	if len(s.worst) > 0 {
		var names []string
		for _, r := range s.worst {
			names = append(names, fmt.Sprintf("%s (%s CPU, %s wall, %s against the solve alone)", r.inst.name, ratio(r.cpuRatio()), ratio(r.timeRatio()), ratio(r.solveRatio())))
		}
		fmt.Fprintf(&b, "- largest time ratios: %s\n", strings.Join(names, ", "))
	}
	b.WriteString("\n| instance | size | kind | isobar wall | isobar CPU | isobar verdict | isobar RSS | HiGHS wall | HiGHS CPU | HiGHS verdict | CBC wall | CBC CPU | CBC verdict | wall ratio | CPU ratio | objective ratio | against the best |\n")
	b.WriteString("|---|---|---|--:|--:|---|--:|--:|--:|---|--:|--:|---|--:|--:|--:|--:|\n")
	for _, r := range rep.rows {
		verdict := verdictText(r.built)
		if w := r.wrongVerdict(); w != "" {
			verdict = "**WRONG** " + verdict
		}
		if r.built.Verdict != Skipped && !withinLimit(r.built.Wall, rep.limit) {
			verdict += " (over the limit)"
		}
		fmt.Fprintf(&b, "| %s | %d × %d | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n",
			r.inst.name, r.inst.size.n, r.inst.size.m, r.inst.fam.kind,
			seconds(r.built.Wall, r.built.Verdict), seconds(r.built.CPU, r.built.Verdict), verdict, mib(r.built.RSSKiB),
			seconds(r.highs.Wall, r.highs.Verdict), seconds(r.highs.CPU, r.highs.Verdict), verdictText(r.highs)+footnote(r.modelNote),
			seconds(r.cbc.Wall, r.cbc.Verdict), seconds(r.cbc.CPU, r.cbc.Verdict), verdictText(r.cbc),
			ratio(r.timeRatio()), ratio(r.cpuRatio()), ratio(r.costRatio()), ratio(r.bestRatio()))
	}
	return b.String()
}

// verdictText is a verdict with its gap, or the note of a run that
// failed or was skipped.
func verdictText(o Outcome) string {
	switch o.Verdict {
	case Infeasible:
		if o.Note != "" {
			return fmt.Sprintf("infeasible (%s)", o.Note)
		}
	case Feasible:
		if math.IsNaN(o.Gap) {
			return "feasible (no bound)"
		}
		return fmt.Sprintf("feasible (gap %.3g%%)", o.Gap*100)
	case Failed, Skipped:
		if o.Note != "" {
			return fmt.Sprintf("%s (%s)", o.Verdict, strings.ReplaceAll(o.Note, "|", "/"))
		}
	}
	return string(o.Verdict)
}

// footnote is a note in brackets, or "" for none.
func footnote(note string) string {
	if note == "" {
		return ""
	}
	return " [" + note + "]"
}

func seconds(d time.Duration, v Verdict) string {
	if v == Skipped {
		return "—"
	}
	return fmt.Sprintf("%.2f s", d.Seconds())
}

func mib(kib int64) string {
	if kib <= 0 {
		return "—"
	}
	return fmt.Sprintf("%.0f MiB", float64(kib)/1024)
}

func ratio(x float64) string {
	if math.IsNaN(x) {
		return "—"
	}
	return fmt.Sprintf("%.3g", x)
}

func orNone(s string) string {
	if s == "" {
		return "none"
	}
	return s
}

func list(names []string) string {
	if len(names) == 0 {
		return ""
	}
	return " (" + strings.Join(names, ", ") + ")"
}

// Markers around the benchmark's section of a Markdown file.
const (
	beginMarker = "<!-- solverbench:begin -->"
	endMarker   = "<!-- solverbench:end -->"
)

// writeBetweenMarkers replaces what lies between the markers in file by
// text, leaving the rest of the file as it was.
func writeBetweenMarkers(file, text string) error {
	b, err := os.ReadFile(file)
	if err != nil {
		return err
	}
	out, err := replaceBetween(string(b), text)
	if err != nil {
		return fmt.Errorf("%s: %w", file, err)
	}
	st, err := os.Stat(file)
	if err != nil {
		return err
	}
	return os.WriteFile(file, []byte(out), st.Mode().Perm())
}

// replaceBetween replaces the text between the markers, which must each
// occur once, in that order, on lines of their own.
func replaceBetween(doc, text string) (string, error) {
	if strings.Count(doc, beginMarker) != 1 || strings.Count(doc, endMarker) != 1 {
		return "", fmt.Errorf("expected %s and %s once each, on lines of their own", beginMarker, endMarker)
	}
	i := strings.Index(doc, beginMarker) + len(beginMarker)
	j := strings.Index(doc, endMarker)
	if j < i {
		return "", fmt.Errorf("%s comes before %s", endMarker, beginMarker)
	}
	return doc[:i] + "\n" + strings.TrimSpace(text) + "\n" + doc[j:], nil
}
