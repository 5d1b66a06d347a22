package cli

import (
	"bytes"
	"fmt"
	"os"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"isobar.dev/isobar/internal/preview"
	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/reconciler/apply"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

// previewOptions are the flags of `isobar plan --base`.
type previewOptions struct {
	base             string
	detailedExitCode bool
	live             bool
	kube             kubeOptions
}

// planSide plans and renders one revision of the intent.
type planSide struct {
	intent *schema.Intent
	plan   *planner.Plan
	render *render.Result
}

func (s planSide) side(revision string) preview.Side {
	return preview.Side{Revision: revision, Plan: s.plan, Render: s.render, Intent: s.intent}
}

// runPreview plans the intent at the base revision and in the working
// tree, the base being the head's previous plan, and reports the
// difference.
func runPreview(cmd *cobra.Command, path, format string, po *planOptions, pv *previewOptions) error {
	at, err := intentAtRef(path, pv.base)
	if err != nil {
		return err
	}
	baseOpts := *po
	baseOpts.previous, baseOpts.planFile, baseOpts.exportMPS = "", "", nil
	baseOpts.share = 0.5         // the head gets the rest of the time
	baseOpts.contingency = false // the N-1 table is the head's
	baseName := path + " at " + pv.base
	loaded, err := at.load(cmd.Context())
	res, in := vetted(baseName, loaded, err)
	base, err := planAndRender(cmd, baseName, res, in, &baseOpts, "at "+pv.base)
	if err != nil {
		return err
	}
	headOpts := *po
	if headOpts.previous == "" && base.plan.Status != planner.StatusInfeasible {
		headOpts.prior = base.plan
	}
	src, err := readSource(path)
	if err != nil {
		return err
	}
	res, in = vet(cmd.Context(), path)
	head, err := planAndRender(cmd, path, res, in, &headOpts, "in the working tree")
	if err != nil {
		return err
	}
	headName := "working tree"
	if src.Revision != "" && !src.Dirty {
		headName = src.Revision
	}
	report := preview.Compare(base.side(pv.base+" ("+at.Commit[:12]+")"), head.side(headName))
	if pv.live && head.render != nil {
		if err := compareLive(cmd, report, head, &pv.kube); err != nil {
			return err
		}
	}

	var buf bytes.Buffer
	switch format {
	case "json":
		if err := report.JSON(&buf); err != nil {
			return err
		}
	case "markdown":
		buf.WriteString(report.Markdown(preview.CommentLimit))
	default:
		report.Text(&buf, isTerminal(cmd))
	}
	if _, err := cmd.OutOrStdout().Write(buf.Bytes()); err != nil {
		return err
	}
	switch {
	case head.plan.Status == planner.StatusInfeasible:
		if format != "text" {
			fmt.Fprintf(cmd.ErrOrStderr(), "%s: the intent cannot be met with this change\n", path)
		}
		return &exitError{code: exitFailure}
	case pv.detailedExitCode && report.Changed:
		return &exitError{code: exitUsage} // 2: changes
	}
	return nil
}

// planAndRender plans vetted intent and renders a feasible plan.
func planAndRender(cmd *cobra.Command, name string, res vetResult, in *schema.Instance, po *planOptions, where string) (planSide, error) {
	inst, plan, err := po.planVetted(cmd, name, res, in)
	if err != nil {
		return planSide{}, err
	}
	s := planSide{intent: inst.Intent, plan: plan}
	if plan.Status == planner.StatusInfeasible {
		return s, nil
	}
	if s.render, err = render.Render(inst.Intent, plan, render.Options{}); err != nil {
		return planSide{}, renderFailed(cmd, name+" ("+where+")", inst, err)
	}
	return s, nil
}

// isTerminal reports whether the command writes to a terminal, for colour.
func isTerminal(cmd *cobra.Command) bool {
	f, ok := cmd.OutOrStdout().(*os.File)
	return ok && term.IsTerminal(int(f.Fd())) && os.Getenv("NO_COLOR") == ""
}

// compareLive dry-runs the head's objects against each live cluster.
func compareLive(cmd *cobra.Command, report *preview.Report, head planSide, kube *kubeOptions) error {
	targets, err := kube.targets(head.intent)
	if err != nil {
		return err
	}
	for _, t := range targets {
		l := preview.Live{Cluster: t.name}
		e, err := apply.New(t.config, apply.DefaultOptions())
		if err == nil {
			var d *apply.DriftReport
			if d, err = e.Drift(cmd.Context(), apply.Desired{Objects: head.render.Cluster(t.name).Objects}); err == nil {
				l.InSync = d.InSync
				for _, o := range d.Objects {
					ref := preview.Object{APIVersion: o.Object.Version, Kind: o.Object.Kind, Namespace: o.Object.Namespace, Name: o.Object.Name}
					if o.Object.Group != "" {
						ref.APIVersion = o.Object.Group + "/" + o.Object.Version
					}
					if o.State == apply.DriftMissing {
						l.Missing = append(l.Missing, ref.String())
						continue
					}
					for _, f := range o.Fields {
						ref.Fields = append(ref.Fields, preview.Field{Path: f})
					}
					l.Changed = append(l.Changed, ref)
				}
			}
		}
		if err != nil {
			l.Error = err.Error()
		}
		report.AddLive(l)
	}
	return nil
}
