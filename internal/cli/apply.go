package cli

import (
	"errors"
	"fmt"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"isobar.dev/isobar/reconciler/apply"
	"isobar.dev/isobar/render"
)

// applyFlags are the apply engine's flags, shared by apply and reconcile.
type applyFlags struct {
	drift             string
	maxPrune          float64
	allowMassDeletion bool
	healthTimeout     time.Duration
}

func (o *applyFlags) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.drift, "drift", string(apply.ModeCorrect), "what to do about objects changed in the cluster: correct, or detect (report only)")
	f.Float64Var(&o.maxPrune, "max-prune", 50, "refuse a cycle that would prune more than this percentage of what isobar applied")
	f.BoolVar(&o.allowMassDeletion, "allow-mass-deletion", false, "lift the mass-deletion guard (pruning more than --max-prune percent, or everything)")
	f.DurationVar(&o.healthTimeout, "health-timeout", 2*time.Minute, "how long to wait for applied objects to become ready")
}

func (o *applyFlags) options() (apply.Options, error) {
	opts := apply.DefaultOptions()
	switch apply.Mode(o.drift) {
	case apply.ModeCorrect, apply.ModeDetect:
		opts.Mode = apply.Mode(o.drift)
	default:
		return opts, usageError{fmt.Errorf("invalid --drift %q: expected correct or detect", o.drift)}
	}
	if o.maxPrune <= 0 || o.maxPrune > 100 {
		return opts, usageError{errors.New("--max-prune is a percentage between 0 and 100")}
	}
	opts.MaxPruneFraction = o.maxPrune / 100
	opts.AllowMassDeletion = o.allowMassDeletion
	if o.healthTimeout <= 0 {
		return opts, usageError{errors.New("--health-timeout must be positive")}
	}
	opts.HealthTimeout = o.healthTimeout
	return opts, nil
}

func newApply() *cobra.Command {
	var (
		out  output
		po   planOptions
		kube kubeOptions
		af   applyFlags
	)
	cmd := &cobra.Command{
		Use:   "apply [PATH]",
		Short: "Plan, render and apply now, to every cluster of the fleet",
		Long: `Apply plans and renders the intent in PATH and applies each cluster's objects
at once through its kube context, as the reconciler would, with the same
engine: staged server-side apply (field manager isobar), the inventory,
pruning of what isobar applied there and no longer renders, the mass-deletion
guard, and a wait for the objects to become ready.

Nothing is signed or verified on this path: it is for development and
break-glass use by someone who holds the clusters' credentials anyway. In
production, publish signed bundles and let the reconciler apply them.`,
		Example: `  isobar apply examples/webshop --kubeconfig fleet.kubeconfig
  isobar apply --cluster aws-eu-central-1`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := out.validate(); err != nil {
				return err
			}
			opts, err := af.options()
			if err != nil {
				return err
			}
			res, src, targets, err := renderForFleet(cmd, pathArg(args), &po, &kube)
			if err != nil {
				return err
			}
			type row struct {
				Cluster string        `json:"cluster"`
				Result  *apply.Result `json:"result,omitempty"`
				Error   string        `json:"error,omitempty"`
			}
			var rows []row
			failed := 0
			for _, t := range targets {
				e, err := apply.New(t.config, opts)
				if err != nil {
					return fmt.Errorf("cluster %s: %w", t.name, err)
				}
				set := res.Cluster(t.name)
				r, err := e.Apply(cmd.Context(), apply.Desired{Objects: set.Objects, Revision: src.Revision, PlanDigest: res.PlanDigest})
				rw := row{Cluster: t.name, Result: r}
				if err != nil {
					rw.Error = err.Error()
					failed++
				}
				rows = append(rows, rw)
			}
			if out.json() {
				if err := writeJSON(cmd.OutOrStdout(), rows); err != nil {
					return err
				}
			} else {
				tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
				fmt.Fprintln(tw, "CLUSTER\tRESULT")
				for _, r := range rows {
					switch {
					case r.Error != "":
						fmt.Fprintf(tw, "%s\tfailed: %s\n", r.Cluster, r.Error)
					default:
						fmt.Fprintf(tw, "%s\t%s\n", r.Cluster, r.Result.Counts)
					}
				}
				tw.Flush()
			}
			if failed > 0 {
				return &exitError{code: exitFailure}
			}
			return nil
		},
	}
	out.register(cmd)
	po.register(cmd, true)
	kube.register(cmd)
	af.register(cmd)
	return cmd
}

func newDiff() *cobra.Command {
	var (
		out  output
		po   planOptions
		kube kubeOptions
	)
	cmd := &cobra.Command{
		Use:   "diff [PATH]",
		Short: "Show what applying would change in the live clusters",
		Long: `Diff plans and renders the intent in PATH and compares each cluster's objects
with the live ones, using server-side dry-runs where the apply engine's
records cannot prove an object unchanged. It lists the objects that are
missing and those whose fields isobar sets differ, changes nothing, and
exits 0 when every cluster is in sync, 2 when something would change, 1 on
error.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := out.validate(); err != nil {
				return err
			}
			res, src, targets, err := renderForFleet(cmd, pathArg(args), &po, &kube)
			if err != nil {
				return err
			}
			type row struct {
				Cluster string             `json:"cluster"`
				Drift   *apply.DriftReport `json:"drift"`
			}
			var rows []row
			changed := false
			for _, t := range targets {
				e, err := apply.New(t.config, apply.DefaultOptions())
				if err != nil {
					return fmt.Errorf("cluster %s: %w", t.name, err)
				}
				set := res.Cluster(t.name)
				d, err := e.Drift(cmd.Context(), apply.Desired{Objects: set.Objects, Revision: src.Revision, PlanDigest: res.PlanDigest})
				if err != nil {
					return fmt.Errorf("cluster %s: %w", t.name, err)
				}
				changed = changed || d.Drifted()
				rows = append(rows, row{Cluster: t.name, Drift: d})
			}
			if out.json() {
				if err := writeJSON(cmd.OutOrStdout(), rows); err != nil {
					return err
				}
			} else {
				for _, r := range rows {
					if !r.Drift.Drifted() {
						fmt.Fprintf(cmd.OutOrStdout(), "%s: in sync (%d objects)\n", r.Cluster, r.Drift.Checked)
						continue
					}
					fmt.Fprintf(cmd.OutOrStdout(), "%s: %d of %d objects would change\n%s\n", r.Cluster, len(r.Drift.Objects), r.Drift.Checked, r.Drift)
				}
			}
			if changed {
				return &exitError{code: exitUsage}
			}
			return nil
		},
	}
	out.register(cmd)
	po.register(cmd, true)
	kube.register(cmd)
	return cmd
}

// renderForFleet plans and renders the intent at path as of its git HEAD
// and resolves the fleet's clusters to kube contexts.
func renderForFleet(cmd *cobra.Command, path string, po *planOptions, kube *kubeOptions) (*render.Result, source, []fleetTarget, error) {
	src, err := readSource(path)
	if err != nil {
		return nil, source{}, nil, err
	}
	res, in, _, err := renderWithPlan(cmd, path, po)
	if err != nil {
		return nil, source{}, nil, err
	}
	targets, err := kube.targets(in)
	if err != nil {
		return nil, source{}, nil, err
	}
	return res, src, targets, nil
}
