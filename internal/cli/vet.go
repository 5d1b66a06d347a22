package cli

import (
	"context"
	"errors"
	"fmt"

	"github.com/spf13/cobra"

	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

// vetResult is the JSON form of `isobar vet`.
type vetResult struct {
	Path        string              `json:"path"`
	Valid       bool                `json:"valid"`
	Diagnostics []schema.Diagnostic `json:"diagnostics"`
	Summary     *vetSummary         `json:"summary,omitempty"`
}

type vetSummary struct {
	Clusters  int `json:"clusters"`
	Workloads int `json:"workloads"`
	Teams     int `json:"teams"`
}

func newVet() *cobra.Command {
	var out output
	cmd := &cobra.Command{
		Use:   "vet [PATH]",
		Short: "Check intent against the schema, cross-references and organisation policy",
		Long: `Vet loads the CUE package in PATH (default: the current directory), checks it
against the isobar schema, requires every value to be concrete, checks that
names refer to things that exist (teams, data classes, jurisdictions,
geographies, datasets, providers and regions), and evaluates the policy.
It also renders every workload's objects (raw objects, then each patch)
and checks each object's identity after every step and the policy on the
result: forbidden namespaces and kinds, and the safe default (no objects in
system namespaces, no bindings to cluster-admin or to system subjects, no
admission webhooks, CRDs or APIServices, no plaintext Secret data) unless
policy.allow widens it.

Every problem is reported at once, each with its file:line:column, the field
path and what was expected. The exit code is 0 when the intent is valid and 1
when it is not.`,
		Example: `  isobar vet
  isobar vet examples/webshop -o json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := out.validate(); err != nil {
				return err
			}
			path := "."
			if len(args) == 1 {
				path = args[0]
			}
			res, _ := vet(cmd.Context(), path)
			if err := cmd.Context().Err(); err != nil {
				return err
			}
			if out.json() {
				if err := writeJSON(cmd.OutOrStdout(), res); err != nil {
					return err
				}
			} else {
				for _, d := range res.Diagnostics {
					fmt.Fprintln(cmd.ErrOrStderr(), d.String())
				}
				if res.Valid {
					fmt.Fprintf(cmd.OutOrStdout(), "%s: valid (%s, %s, %s)\n", path,
						plural(res.Summary.Clusters, "cluster"), plural(res.Summary.Workloads, "workload"), plural(res.Summary.Teams, "team"))
				} else {
					fmt.Fprintf(cmd.ErrOrStderr(), "%s: %s\n", path, plural(len(res.Diagnostics), "problem"))
				}
			}
			if !res.Valid {
				return &exitError{code: exitFailure}
			}
			return nil
		},
	}
	out.register(cmd)
	return cmd
}

// vet loads the intent in the working tree at path, runs the checks and
// turns every failure into diagnostics; it returns the loaded intent when
// it is valid.
func vet(ctx context.Context, path string) (vetResult, *schema.Instance) {
	in, err := schema.LoadDir(ctx, path)
	return vetted(path, in, err)
}

// vetted completes a load of the intent (from the working tree or a git
// revision) with the cross-reference and policy checks.
func vetted(path string, in *schema.Instance, err error) (vetResult, *schema.Instance) {
	res := vetResult{Path: path, Diagnostics: []schema.Diagnostic{}}
	if err == nil {
		var cat *catalogRegions
		cat, err = builtinRegions()
		if err == nil {
			if ds := schema.Check(in, cat); ds != nil {
				err = ds
			} else if ps := render.Check(in.Intent); ps != nil {
				err = problemDiagnostics(in, ps)
			}
		}
	}
	var ds schema.Diagnostics
	switch {
	case err == nil:
		res.Valid = true
		res.Summary = &vetSummary{Clusters: len(in.Intent.Fleet), Workloads: len(in.Intent.Workloads), Teams: len(in.Intent.Teams)}
	case errors.As(err, &ds):
		res.Diagnostics = ds
	default:
		res.Diagnostics = []schema.Diagnostic{{Message: schema.SafeText(err.Error())}}
	}
	if !res.Valid {
		return res, nil
	}
	return res, in
}

// problemDiagnostics turns render's problems into diagnostics located at
// the intent field at fault; other errors pass through.
func problemDiagnostics(in *schema.Instance, err error) error {
	var ps render.Problems
	if !errors.As(err, &ps) {
		return err
	}
	ds := make(schema.Diagnostics, 0, len(ps))
	for _, p := range ps {
		msg := p.Detail()
		if p.Cluster != "" {
			msg = "in cluster " + p.Cluster + ": " + msg
		}
		ds = append(ds, in.Diagnostic(p.Path, p.Expected, msg))
	}
	return ds
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
