package cli

import (
	"context"
	"errors"
	"fmt"
	"time"

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

// defaultVetTimeLimit bounds the evaluation of the intent by isobar vet
// when --time-limit is not given.
const defaultVetTimeLimit = 2 * time.Minute

func newVet() *cobra.Command {
	var out output
	var limit time.Duration
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
when it is not. Evaluation is bounded by --time-limit: an intent whose
comprehensions make more fields than can be evaluated in that time is an
error (exit code 1), not a command that never ends.`,
		Example: `  isobar vet
  isobar vet examples/webshop -o json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := out.validate(); err != nil {
				return err
			}
			if limit < 0 {
				return usageError{fmt.Errorf("invalid --time-limit %s: expected a duration ≥ 0 (0: none)", limit)}
			}
			path := "."
			if len(args) == 1 {
				path = args[0]
			}
			res, ok := vetWithin(cmd.Context(), path, limit)
			if !ok {
				res = vetResult{Path: path, Diagnostics: []schema.Diagnostic{{File: path,
					Message:  fmt.Sprintf("evaluating the intent did not finish within the time limit of %s", limit),
					Expected: "comprehensions that make a plausible number of fields, or a longer --time-limit"}}}
			}
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
	cmd.Flags().DurationVar(&limit, "time-limit", defaultVetTimeLimit, "give up evaluating the intent after this long, with exit code 1 (0: none)")
	return cmd
}

// vetWithin vets the intent at path, waiting at most limit (0: as long as
// it takes); it reports false when the evaluation did not finish in time.
// CUE's evaluation cannot be stopped midway: it goes on in the background
// until the command ends, which follows.
func vetWithin(ctx context.Context, path string, limit time.Duration) (vetResult, bool) {
	if limit == 0 {
		res, _ := vet(ctx, path)
		return res, true
	}
	done := make(chan vetResult, 1)
	go func() {
		res, _ := vet(ctx, path)
		done <- res
	}()
	timer := time.NewTimer(limit)
	defer timer.Stop()
	select {
	case res := <-done:
		return res, true
	case <-timer.C:
		return vetResult{}, false
	case <-ctx.Done():
		return vetResult{}, true
	}
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
