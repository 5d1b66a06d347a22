package cli

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

// shareNormal is the part of a plan's time that the normal plan may use
// when contingency plans follow it; they share the rest.
const shareNormal = 0.85

// registerContingency makes the command compute the contingency plans of
// what it plans (the intent's planning.contingency), and adds
// --no-contingency to skip them.
func (o *planOptions) registerContingency(cmd *cobra.Command) {
	o.contingency = true
	cmd.Flags().BoolVar(&o.noContingency, "no-contingency", false, "skip the contingency plans (the plan without each failure domain, planning.contingency)")
}

// wantsContingency says whether the next plan gets contingency plans.
func (o *planOptions) wantsContingency(in *schema.Intent) bool {
	return o.contingency && !o.noContingency && in.Planning.Contingency.Enabled
}

// solveWithContingency plans, then plans the loss of each failure domain
// (planner.Contingencies) in the same share of the time limit: the
// normal plan gets shareNormal of it, the failure domains the rest.
// Contingency plans the time limit cut short say so in the plan; when
// the planner was still at a step that cannot stop midway as the time ran
// out, the plan goes without them and a warning says so.
func (o *planOptions) solveWithContingency(cmd *cobra.Command, in *schema.Intent, cat *providers.Catalog, opts planner.Options) (*planner.Plan, error) {
	ctx, cancel := o.deadline(cmd.Context())
	defer cancel()
	end, _ := ctx.Deadline()
	saved := o.share
	o.share = shareNormal
	if saved > 0 && saved < 1 {
		o.share = saved * shareNormal
	}
	plan, err := o.solve(cmd.Context(), in, cat, opts)
	o.share = saved
	if err != nil || plan.Status == planner.StatusInfeasible {
		return plan, err
	}
	type result struct {
		c   *planner.Contingency
		err error
	}
	copts := planner.Options{Solver: opts.Solver, TimeLimit: opts.TimeLimit, Gap: opts.Gap}
	r, ok := within(o, end, func() result {
		c, err := planner.Contingencies(ctx, in, cat, plan, copts)
		return result{c, err}
	})
	if !ok {
		fmt.Fprintf(cmd.ErrOrStderr(), "warning: the time limit of %s ran out before the contingency plans were made; the plan has none\n", o.timeLimit)
		return plan, nil
	}
	if r.err != nil {
		return nil, r.err
	}
	plan.Contingency = r.c
	return plan, nil
}

// publishContingency renders the plan without each failure domain and
// publishes the bundles of the clusters whose objects change then (see
// bundle.PublishContingency). Domains whose loss changes nothing, or
// that were not planned, get none.
func publishContingency(cmd *cobra.Command, path string, in *schema.Intent, plan *planner.Plan, normal *render.Result, repo string, key *bundle.PrivateKey, opts bundle.PublishOptions, src bundle.Source) ([]bundle.ContingencyPublished, error) {
	if plan.Contingency == nil {
		return nil, nil
	}
	var out []bundle.ContingencyPublished
	for _, f := range plan.Contingency.Failures {
		switch {
		case f.Status == planner.FailureUnaffected:
			continue
		case f.Status == planner.FailureNotPlanned || f.Solver.Status == planner.StatusInfeasible:
			fmt.Fprintf(cmd.ErrOrStderr(), "warning: no contingency bundles without %s: %s\n", f.Domain, orReason(f.Solver.Stopped, "no placement keeps the rules without it"))
			continue
		}
		fp, err := plan.Failover(f.Domain)
		if err != nil {
			return nil, err
		}
		// The windows of the week are the normal plan's: without the
		// domain, the survivors hold the failover's replicas all week.
		fp.Week = nil
		failover, err := render.Render(in, fp, render.Options{})
		if err != nil {
			return nil, fmt.Errorf("%s: render without %s: %w", path, f.Domain, err)
		}
		ps, err := bundle.PublishContingency(cmd.Context(), bundle.ContingencyFor(f), normal, failover, src, repo, key, opts)
		if err != nil {
			return nil, err
		}
		out = append(out, ps...)
	}
	return out, nil
}

func orReason(s, fallback string) string {
	if s != "" {
		return s
	}
	return fallback
}

// printContingencyBundles lists the contingency bundles published.
func printContingencyBundles(w io.Writer, ps []bundle.ContingencyPublished) {
	if len(ps) == 0 {
		return
	}
	fmt.Fprintf(w, "\nContingency bundles (applied when a failure domain is lost), signed:\n\n")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "WITHOUT\tCLUSTER\tOBJECTS\tREFERENCE")
	for _, p := range ps {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%s\n", p.Without, p.Cluster, p.Objects, p.Reference)
	}
	tw.Flush()
}
