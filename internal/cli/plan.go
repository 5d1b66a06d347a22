package cli

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"isobar.dev/isobar/internal/atomicfile"
	"isobar.dev/isobar/internal/preview"
	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

func newPlan() *cobra.Command {
	var (
		format         string
		outFile        string
		exportMPS      string
		po             planOptions
		pv             previewOptions
		tradeoffPoints int
	)
	cmd := &cobra.Command{
		Use:   "plan [PATH]",
		Short: "Compute where each workload runs, what it costs, and why",
		Long: `Plan vets the intent in PATH (default: the current directory), then decides
how many replicas of each workload run in which cluster so that every
constraint holds (residency, latency to users, capacity, budgets,
availability, spot and GPU needs) and the objective is as good as the solver
can prove. It reports the placements, costs, carbon and latency, the solver's
proven lower bound and gap, the clusters each workload may not use and why,
and the constraints that bind.

The JSON and YAML forms are the Plan contract (apiVersion isobar.dev/v1alpha1,
kind Plan): the same inputs give byte-identical output. An infeasible intent
gives a plan with status Infeasible and the conflicting constraints, and exit
code 1.

--time-limit bounds the whole command, a minute by default: every solve, the
search for conflicts, the trade-off curve of -o html and both sides of
--base. When it runs out the plan reports what was proven by then: a plan
with its lower bound and gap, or constraints proven to conflict, and under
"stopped" what the limit cut short. When neither a plan nor a proof was
found, the command fails with "no verdict" and what it tried (exit code 1).
A plan the limit cut short may differ from run to run; --time-limit 0 plans
to the end.

With --base REF it previews a change for review: it plans the intent as it
was at the git revision REF (read from the repository, the working tree is
not touched) and as it is now, keeping the base placement unless the change
passes planning.stability, and reports what moves, what it costs, what gets
faster or slower, which budgets hold, and which Kubernetes objects each
cluster would create, change (field by field, Secret values masked) or
delete. -o markdown writes a pull-request comment that fits GitHub's limit.`,
		Example: `  isobar plan examples/webshop
  isobar plan -o json --out plan.json
  isobar plan --previous plan.json -o yaml
  isobar plan --solver cbc --export-mps model.mps
  isobar plan --base origin/main -o markdown --detailed-exitcode`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := pathArg(args)
			if pv.base != "" {
				switch format {
				case "text", "json", "markdown":
				default:
					return usageError{fmt.Errorf("invalid output format %q with --base: expected text, json or markdown", format)}
				}
				if outFile != "" || exportMPS != "" {
					return usageError{fmt.Errorf("--out and --export-mps do not go with --base")}
				}
				return runPreview(cmd, path, format, &po, &pv)
			}
			switch format {
			case "text", "json", "yaml", "html":
			default:
				return usageError{fmt.Errorf("invalid output format %q: expected text, json, yaml or html (markdown with --base)", format)}
			}
			if pv.detailedExitCode || pv.live {
				return usageError{fmt.Errorf("--detailed-exitcode and --live need --base")}
			}
			var mps bytes.Buffer
			if exportMPS != "" {
				po.exportMPS = &mps
			}
			if format == "html" && tradeoffPoints >= 2 {
				// The trade-off curve plans again: half the time each.
				po.share = 0.5
			}
			inst, plan, err := po.plan(cmd, path)
			if err != nil {
				return err
			}
			if exportMPS != "" {
				if err := atomicfile.Write(exportMPS, mps.Bytes()); err != nil {
					return err
				}
			}
			var out []byte
			switch format {
			case "json":
				out, err = plan.JSON()
			case "yaml":
				out, err = plan.YAML()
			case "html":
				out, err = htmlReport(cmd.Context(), path, inst.Intent, plan, &po, tradeoffPoints)
			default:
				var b bytes.Buffer
				printPlan(&b, plan, inst)
				out = b.Bytes()
			}
			if err != nil {
				return err
			}
			if outFile != "" {
				if err := atomicfile.Write(outFile, out); err != nil {
					return err
				}
			} else if _, err := cmd.OutOrStdout().Write(out); err != nil {
				return err
			}
			if plan.Status == planner.StatusInfeasible {
				if outFile != "" || format != "text" {
					printConflicts(cmd.ErrOrStderr(), path, "infeasible", plan, inst)
				}
				return &exitError{code: exitFailure}
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVarP(&format, "output", "o", "text", "output format: text, json, yaml or html (a self-contained page); with --base text, json or markdown")
	f.StringVar(&pv.base, "base", "", "compare with the intent at this git revision (branch, tag, commit, origin/main): placement, cost, latency, checks and objects per cluster")
	f.IntVar(&tradeoffPoints, "tradeoff-points", 5, "with -o html: plans on the cost-versus-latency curve (0: none)")
	f.BoolVar(&pv.live, "live", false, "with --base: also compare with the live clusters (server-side dry-run through the fleet's kube contexts)")
	f.StringVar(&pv.kube.kubeconfig, "kubeconfig", "", "with --live: the kubeconfig holding the fleet's contexts")
	f.BoolVar(&pv.detailedExitCode, "detailed-exitcode", false, "with --base: exit 0 when nothing changes, 2 when something does, 1 on error")
	f.StringVar(&outFile, "out", "", "write the plan to this file instead of standard output")
	f.StringVar(&exportMPS, "export-mps", "", "write the model in free MPS form to this file")
	po.register(cmd, false)
	po.registerContingency(cmd)
	f.BoolVar(&po.timings, "timings", false, "add wall-clock time to the solver report (the plan is then not reproducible)")
	_ = cmd.RegisterFlagCompletionFunc("output", cobra.FixedCompletions([]string{"text", "json", "yaml", "html", "markdown"}, cobra.ShellCompDirectiveNoFileComp))
	return cmd
}

// printPlan writes the plan for a person; inst, when the plan is of an
// intent read from files, locates the fields of its conflicts.
func printPlan(w io.Writer, p *planner.Plan, inst *schema.Instance) {
	fmt.Fprintf(w, "Plan %s (%s, minimise %s)\n\n", p.Status, p.Metadata.InputsDigest[:19], p.Objective.Minimize)
	if p.Status == planner.StatusInfeasible {
		fmt.Fprintln(w, "The intent cannot be met. These constraints conflict:")
		for i, c := range p.Explanations.Conflicts {
			fmt.Fprintf(w, "  - %s\n", c)
			if at := conflictPlaces(p, i, inst); len(at) > 0 {
				fmt.Fprintf(w, "    at %s\n", strings.Join(at, "; "))
			}
		}
		if p.Solver.Stopped != "" {
			fmt.Fprintf(w, "\nStopped: %s\n", p.Solver.Stopped)
		}
		printExclusions(w, p)
		return
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "WORKLOAD\tCLUSTER\tREGION\tREPLICAS\tSPOT\tUSD/MONTH\tKG CO2E\tSERVES")
	for _, pl := range p.Placements {
		var serves []string
		for _, t := range pl.Serves {
			serves = append(serves, fmt.Sprintf("%s %.0f rps @ %.0f ms", t.Geography, t.RPS, t.RTTMs))
		}
		price := fmt.Sprintf("%.2f", pl.MonthlyCostUSD)
		if pl.PriceEstimate != "" {
			price += "*"
		}
		fmt.Fprintf(tw, "%s\t%s\t%s:%s\t%d\t%d\t%s\t%.1f\t%s\n", pl.Workload, pl.Cluster, pl.Provider, pl.Region,
			pl.Replicas, pl.SpotReplicas, price, pl.CarbonKgPerMonth, strings.Join(serves, ", "))
	}
	tw.Flush()
	fmt.Fprintf(w, "\nTotal: %.2f USD/month, %.1f kg CO2e/month", p.Totals.MonthlyCostUSD, p.Totals.CarbonKgPerMonth)
	if p.Totals.LatencyMs > 0 {
		fmt.Fprintf(w, ", mean RTT %.1f ms", p.Totals.LatencyMs)
	}
	fmt.Fprintln(w)
	defer preview.N1Text(w, preview.N1(p.Contingency))
	for _, t := range p.Totals.Teams {
		if t.BudgetUSD > 0 {
			fmt.Fprintf(w, "  team %s: %.2f of %.2f USD/month\n", t.Team, t.MonthlyCostUSD, t.BudgetUSD)
		} else {
			fmt.Fprintf(w, "  team %s: %.2f USD/month\n", t.Team, t.MonthlyCostUSD)
		}
	}
	if hasEstimate(p) {
		fmt.Fprintln(w, "  * price estimated from another region (see -o json: priceEstimate)")
	}
	printWeek(w, p.Week)
	s := p.Solver
	fmt.Fprintf(w, "\nSolver %s: %s, objective %.6g, lower bound %.6g, gap %.2g%% (%d nodes, %d iterations, %d variables, %d constraints)\n",
		s.Name, s.Status, s.Objective, s.LowerBound, s.Gap*100, s.Nodes, s.Iterations, s.Variables, s.Constraints)
	if s.Stopped != "" {
		fmt.Fprintf(w, "Stopped: %s\n", s.Stopped)
	}
	if s.Stability != "" {
		fmt.Fprintf(w, "Stability: %s\n", s.Stability)
	}
	if len(p.Explanations.Binding) > 0 {
		fmt.Fprintln(w, "\nBinding constraints:")
		for _, b := range p.Explanations.Binding {
			fmt.Fprintf(w, "  - %s: %s\n", b.Constraint, b.Detail)
		}
	}
	printExclusions(w, p)
}

func printExclusions(w io.Writer, p *planner.Plan) {
	header := false
	for _, e := range p.Explanations.Workloads {
		for _, x := range e.Excluded {
			if !header {
				fmt.Fprintln(w, "\nExcluded clusters:")
				header = true
			}
			fmt.Fprintf(w, "  - %s not in %s (%s): %s\n", e.Workload, x.Cluster, x.Reason, x.Detail)
		}
	}
}

func hasEstimate(p *planner.Plan) bool {
	for _, pl := range p.Placements {
		if pl.PriceEstimate != "" {
			return true
		}
	}
	return false
}

// planOptions are the flags of every command that plans.
type planOptions struct {
	solver    string
	previous  string
	planFile  string
	timeLimit time.Duration
	gap       float64
	timings   bool
	exportMPS io.Writer
	// prior is a previous plan in memory (the base of a preview).
	prior *planner.Plan
	// began is when the command started: the time limit counts from it.
	began time.Time
	// share is the part of the time left that the next plan may use (0:
	// all of it), when the command plans more than once.
	share float64
	// contingency computes the contingency plans of the next plan (see
	// contingency.go); noContingency is --no-contingency.
	contingency, noContingency bool
}

// defaultPlanTimeLimit is the time limit of isobar plan when none is
// given: an answer for a person waiting at a terminal.
const defaultPlanTimeLimit = 60 * time.Second

// register adds the planning flags; withPlanFile adds --plan, for commands
// that can take a stored plan instead of planning. isobar plan (without
// --plan) gets a time limit of a minute by default; the other commands
// plan without one unless asked.
func (o *planOptions) register(cmd *cobra.Command, withPlanFile bool) {
	f := cmd.Flags()
	f.StringVar(&o.solver, "solver", planner.SolverBuiltin, "solver: builtin, or cbc / glpk (Debian's coinor-cbc / glpk-utils)")
	f.StringVar(&o.previous, "previous", "", "the plan in force (JSON or YAML): kept unless the improvement passes planning.stability")
	limit, help := time.Duration(0), "bound the whole command's planning (every solve, the search for conflicts, trade-off curves) and report what was proven by then: the plan's gap, the conflicts found, or no verdict (0: none)"
	if !withPlanFile {
		limit, help = defaultPlanTimeLimit, "bound the whole command (every solve, the search for conflicts, trade-off curves) and report what was proven by then: the plan's gap, the conflicts found, or no verdict (0: none)"
	}
	f.DurationVar(&o.timeLimit, "time-limit", limit, help)
	f.Float64Var(&o.gap, "gap", 1e-6, "relative optimality gap to stop at")
	if withPlanFile {
		f.StringVar(&o.planFile, "plan", "", "use this plan (JSON or YAML, from isobar plan) instead of planning")
	}
	_ = cmd.RegisterFlagCompletionFunc("solver", cobra.FixedCompletions([]string{"builtin", "cbc", "glpk"}, cobra.ShellCompDirectiveNoFileComp))
	run := cmd.PreRunE
	cmd.PreRunE = func(cmd *cobra.Command, args []string) error {
		o.began = time.Now()
		if o.timeLimit < 0 {
			return usageError{fmt.Errorf("invalid --time-limit %s: expected a duration ≥ 0 (0: none)", o.timeLimit)}
		}
		if run != nil {
			return run(cmd, args)
		}
		return nil
	}
}

// deadline returns ctx ending when the next plan must end: at its share of
// what is left of the command's time limit (the planner is given the limit
// itself too, which its messages name); without a time limit, ctx as it
// is.
func (o *planOptions) deadline(ctx context.Context) (context.Context, context.CancelFunc) {
	if o.timeLimit <= 0 {
		return context.WithCancel(ctx)
	}
	if o.began.IsZero() {
		o.began = time.Now()
	}
	end := o.began.Add(o.timeLimit)
	if o.share > 0 && o.share < 1 {
		end = time.Now().Add(time.Duration(float64(time.Until(end)) * o.share))
	}
	return context.WithDeadline(ctx, end)
}

// plan vets the intent at path and plans it (or reads the plan given with
// --plan). Problems with the intent are printed with their positions and
// end the command with exit code 1. An infeasible plan is returned as it
// is: the caller decides whether that is an error.
func (o *planOptions) plan(cmd *cobra.Command, path string) (*schema.Instance, *planner.Plan, error) {
	type vetting struct {
		res vetResult
		in  *schema.Instance
	}
	v, ok := within(o, o.commandEnd(), func() vetting {
		res, in := vet(cmd.Context(), path)
		return vetting{res, in}
	})
	if !ok {
		return nil, nil, &planner.NoVerdictError{Limit: o.timeLimit, Tried: []string{"evaluating the intent in " + path + " did not finish"}}
	}
	return o.planVetted(cmd, path, v.res, v.in)
}

// planVetted plans intent that vet or vetted checked.
func (o *planOptions) planVetted(cmd *cobra.Command, path string, res vetResult, in *schema.Instance) (*schema.Instance, *planner.Plan, error) {
	if err := cmd.Context().Err(); err != nil {
		return nil, nil, err
	}
	if !res.Valid {
		for _, d := range res.Diagnostics {
			fmt.Fprintln(cmd.ErrOrStderr(), d.String())
		}
		fmt.Fprintf(cmd.ErrOrStderr(), "%s: %s; fix them before planning\n", path, plural(len(res.Diagnostics), "problem"))
		return nil, nil, &exitError{code: exitFailure}
	}
	if o.planFile != "" {
		plan, err := readPlan(o.planFile)
		return in, plan, err
	}
	cat, err := providers.Builtin()
	if err != nil {
		return nil, nil, err
	}
	opts := planner.Options{Solver: o.solver, TimeLimit: o.timeLimit, Gap: o.gap, Timings: o.timings, ExportMPS: o.exportMPS}
	opts.Previous = o.prior
	if o.previous != "" {
		if opts.Previous, err = readPlan(o.previous); err != nil {
			return nil, nil, err
		}
	}
	if o.wantsContingency(in.Intent) {
		plan, err := o.solveWithContingency(cmd, in.Intent, cat, opts)
		return in, plan, err
	}
	plan, err := o.solve(cmd.Context(), in.Intent, cat, opts)
	if err != nil {
		return nil, nil, err
	}
	return in, plan, nil
}

// solve plans within the next plan's share of the command's time limit
// (see deadline). The planner ends each of its steps at the deadline, but
// a step that cannot stop midway may end late on a busy machine: the
// command stops waiting for it shortly after the deadline and reports no
// verdict, so that its time limit holds whatever the planner does.
func (o *planOptions) solve(ctx context.Context, in *schema.Intent, cat *providers.Catalog, opts planner.Options) (*planner.Plan, error) {
	ctx, cancel := o.deadline(ctx)
	defer cancel()
	end, _ := ctx.Deadline()
	type result struct {
		plan *planner.Plan
		err  error
	}
	r, ok := within(o, end, func() result {
		plan, err := planner.Solve(ctx, in, cat, opts)
		return result{plan, err}
	})
	if !ok {
		return nil, &planner.NoVerdictError{Limit: o.timeLimit, Tried: []string{"the planner was still at a step that cannot stop midway when the time ran out"}}
	}
	return r.plan, r.err
}

// commandEnd is when the command's time limit ends; zero for none.
func (o *planOptions) commandEnd() time.Time {
	if o.timeLimit <= 0 {
		return time.Time{}
	}
	if o.began.IsZero() {
		o.began = time.Now()
	}
	return o.began.Add(o.timeLimit)
}

// within runs f and waits for it until shortly after end (zero: as long
// as it takes); it reports false when it stopped waiting. f then goes on
// in the background until the process ends, which follows: f must write
// nothing the command shows, and what it reads must not change.
func within[T any](o *planOptions, end time.Time, f func() T) (T, bool) {
	if end.IsZero() {
		return f(), true
	}
	done := make(chan T, 1)
	go func() { done <- f() }()
	wait := time.NewTimer(time.Until(end) + max(o.timeLimit/20, 500*time.Millisecond))
	defer wait.Stop()
	select {
	case v := <-done:
		return v, true
	case <-wait.C:
		var zero T
		return zero, false
	}
}

func readPlan(file string) (*planner.Plan, error) {
	b, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	plan, err := planner.Decode(b)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return plan, nil
}

// feasible ends a command that needs a placement when the plan has none.
func feasible(cmd *cobra.Command, path string, plan *planner.Plan, inst *schema.Instance) error {
	if plan.Status != planner.StatusInfeasible {
		return nil
	}
	printConflicts(cmd.ErrOrStderr(), path, "the intent cannot be met", plan, inst)
	return &exitError{code: exitFailure}
}

// printConflicts writes an infeasible plan's conflicts one a line, each at
// the first field it names ("file:line:col: field: what: conflict"), or
// at path when the plan does not say or inst cannot locate it.
func printConflicts(w io.Writer, path, what string, plan *planner.Plan, inst *schema.Instance) {
	for i, c := range plan.Explanations.Conflicts {
		var fields []string
		if i < len(plan.Explanations.ConflictFields) {
			fields = plan.Explanations.ConflictFields[i]
		}
		if len(fields) == 0 {
			fmt.Fprintf(w, "%s: %s: %s\n", schema.SafeText(path), what, schema.SafeText(c))
			continue
		}
		d := schema.Diagnostic{Path: fields[0], Message: what + ": " + c}
		if inst != nil {
			d = inst.DiagnosticAt(fields[0], "", what+": "+c)
		}
		if d.File == "" {
			d.File = path
		}
		fmt.Fprintln(w, d.String())
	}
}

// conflictPlaces locates the fields of conflict i of an infeasible plan:
// "file:line:col field" each, or the field alone where inst (nil for a
// plan read from a file) cannot say.
func conflictPlaces(p *planner.Plan, i int, inst *schema.Instance) []string {
	if i >= len(p.Explanations.ConflictFields) {
		return nil
	}
	var out []string
	for _, f := range p.Explanations.ConflictFields[i] {
		if inst == nil {
			out = append(out, schema.SafeText(f))
			continue
		}
		d := inst.DiagnosticAt(f, "", "")
		if d.File == "" {
			out = append(out, schema.SafeText(d.Path))
			continue
		}
		out = append(out, schema.SafeText(fmt.Sprintf("%s:%d:%d %s", d.File, d.Line, d.Column, d.Path)))
	}
	return out
}
