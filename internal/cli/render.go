package cli

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/spf13/cobra"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

func newRender() *cobra.Command {
	var (
		out string
		po  planOptions
	)
	cmd := &cobra.Command{
		Use:   "render [PATH]",
		Short: "Write the Kubernetes objects each cluster must run",
		Long: `Render vets and plans the intent in PATH (default: the current directory), or
takes a stored plan with --plan, and turns the placements into one set of
Kubernetes objects per fleet cluster, adapted to its cloud: spot and GPU node
selectors and tolerations, load balancer annotations, storage classes.

With --out DIR it writes DIR/<cluster>/<namespace>/<kind>-<name>.yaml (cluster-
scoped objects under DIR/<cluster>/_cluster/), replacing a previous render in
DIR as a whole: the new tree is written beside DIR and swapped in. DIR must
be new, empty, or hold exactly what isobar wrote there (listed in its
.isobar-output file); a folder holding anything else is refused and left as
it is, and so are the current folder, the folders above it, and the intent's
folder and repository. Without --out it prints every object as one YAML
stream. The output is deterministic.

Every object is labelled with its workload, team, data classes and the
cluster's country. Nothing on an object names the plan or the commit it
comes from (the bundle and the reconciler record those), so a commit
changes only the objects whose content it changes.`,
		Example: `  isobar render examples/webshop --out rendered
  isobar render --plan plan.json --out rendered`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			path := pathArg(args)
			res, _, _, err := renderWithPlan(cmd, path, &po)
			if err != nil {
				return err
			}
			if out != "" {
				if err := res.WriteDir(out, intentFolders(path)...); err != nil {
					return err
				}
				n := 0
				for _, s := range res.Clusters {
					n += len(s.Objects)
				}
				fmt.Fprintf(cmd.ErrOrStderr(), "rendered %s for %s into %s\n", plural(n, "object"), plural(len(res.Clusters), "cluster"), out)
				return nil
			}
			var buf bytes.Buffer
			for _, s := range res.Clusters {
				files, err := s.Files()
				if err != nil {
					return err
				}
				for _, f := range files {
					fmt.Fprintf(&buf, "---\n# %s/%s\n", s.Cluster, f.Path)
					buf.Write(f.Data)
				}
			}
			_, err = cmd.OutOrStdout().Write(buf.Bytes())
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&out, "out", "", "write DIR/<cluster>/… instead of printing")
	po.register(cmd, true)
	return cmd
}

// renderFailed reports a failed render: problems as diagnostics at the
// intent fields at fault (exit code 1), other errors as they are.
func renderFailed(cmd *cobra.Command, path string, inst *schema.Instance, err error) error {
	var ds schema.Diagnostics
	if !errors.As(problemDiagnostics(inst, err), &ds) {
		return fmt.Errorf("%s: render: %w", path, err)
	}
	for _, d := range ds {
		fmt.Fprintln(cmd.ErrOrStderr(), d.String())
	}
	fmt.Fprintf(cmd.ErrOrStderr(), "%s: %s in the rendered objects\n", path, plural(len(ds), "problem"))
	return &exitError{code: exitFailure}
}

// intentFolders are the folders an output folder must never replace: the
// intent's folder and the root of the git repository holding it.
func intentFolders(path string) []string {
	out := []string{path}
	abs, err := filepath.Abs(path)
	if err != nil {
		return out
	}
	for d := abs; ; d = filepath.Dir(d) {
		if _, err := os.Lstat(filepath.Join(d, ".git")); err == nil {
			return append(out, d)
		}
		if filepath.Dir(d) == d {
			return out
		}
	}
}

func pathArg(args []string) string {
	if len(args) == 1 {
		return args[0]
	}
	return "."
}

// renderWithPlan plans the intent at path and renders the plan, returning
// the intent and plan too.
func renderWithPlan(cmd *cobra.Command, path string, po *planOptions) (*render.Result, *schema.Intent, *planner.Plan, error) {
	inst, plan, err := po.plan(cmd, path)
	if err != nil {
		return nil, nil, nil, err
	}
	if err := feasible(cmd, path, plan, inst); err != nil {
		return nil, nil, nil, err
	}
	res, err := render.Render(inst.Intent, plan, render.Options{})
	if err != nil {
		return nil, nil, nil, renderFailed(cmd, path, inst, err)
	}
	return res, inst.Intent, plan, nil
}
