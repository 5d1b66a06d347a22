package cli

import (
	"fmt"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"
	"k8s.io/client-go/kubernetes"

	"isobar.dev/isobar/reconciler"
)

func newStatus() *cobra.Command {
	var (
		out  output
		kube kubeOptions
	)
	cmd := &cobra.Command{
		Use:   "status [PATH]",
		Short: "Show what each cluster runs, as its reconciler recorded it",
		Long: `Status reads, from every cluster of the fleet in PATH (through its kube
context), the status its reconciler records there whenever something changes
in the cluster: the desired and applied revisions, the bundle digest, when it
was last applied, whether the objects are healthy (and which are not, and
why), drift, and the last error. A commit that changes nothing in a cluster
is not recorded there: its status keeps the revision that last changed it.
A cluster that cannot be reached, or whose reconciler has not recorded
anything yet, says so. Exit code 1 when any cluster is not Ready.`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := out.validate(); err != nil {
				return err
			}
			path := pathArg(args)
			res, inst := vet(cmd.Context(), path)
			if err := cmd.Context().Err(); err != nil {
				return err
			}
			if !res.Valid {
				for _, d := range res.Diagnostics {
					fmt.Fprintln(cmd.ErrOrStderr(), d.String())
				}
				return &exitError{code: exitFailure}
			}
			targets, err := kube.targets(inst.Intent)
			if err != nil {
				return err
			}
			var all []reconciler.ClusterStatus
			for _, t := range targets {
				st := reconciler.ClusterStatus{Cluster: t.name, Phase: "Unknown"}
				cs, err := kubernetes.NewForConfig(t.config)
				if err == nil {
					var got *reconciler.ClusterStatus
					if got, err = reconciler.ReadStatus(cmd.Context(), cs); err == nil {
						st = *got
						st.Cluster = t.name
					}
				}
				if err != nil {
					st.Error = err.Error()
				}
				all = append(all, st)
			}
			notReady := 0
			for _, st := range all {
				if st.Phase != reconciler.PhaseReady {
					notReady++
				}
			}
			if out.json() {
				if err := writeJSON(cmd.OutOrStdout(), all); err != nil {
					return err
				}
			} else {
				printStatus(cmd, all)
			}
			if notReady > 0 {
				return &exitError{code: exitFailure}
			}
			return nil
		},
	}
	out.register(cmd)
	kube.register(cmd)
	return cmd
}

func printStatus(cmd *cobra.Command, all []reconciler.ClusterStatus) {
	w := cmd.OutOrStdout()
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "CLUSTER\tPHASE\tREVISION\tDIGEST\tLAST APPLY\tHEALTHY\tOBJECTS")
	for _, st := range all {
		last := "-"
		if !st.LastApply.IsZero() {
			last = st.LastApply.UTC().Format(time.RFC3339)
		}
		digest := st.Digest
		if len(digest) > 19 {
			digest = digest[:19]
		}
		objects := st.Counts.Created + st.Counts.Configured + st.Counts.Unchanged
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%v\t%d\n", st.Cluster, st.Phase, orDash(shortRev(st.AppliedRevision)), orDash(digest), last, st.Healthy, objects)
	}
	tw.Flush()
	for _, st := range all {
		var notes []string
		if st.InsecureSkipVerify {
			notes = append(notes, "SIGNATURES NOT VERIFIED (--insecure-skip-verify)")
		}
		if st.Message != "" {
			notes = append(notes, st.Message)
		}
		if st.Error != "" {
			notes = append(notes, "error: "+st.Error)
		}
		for _, n := range st.NotReady {
			notes = append(notes, "not ready: "+n)
		}
		for _, d := range st.Drifted {
			notes = append(notes, "drifted: "+d)
		}
		for _, h := range st.FailoverHeld {
			notes = append(notes, fmt.Sprintf("failover of %s held: %s", h.Domain, h.Reason))
		}
		if len(notes) > 0 {
			fmt.Fprintf(w, "\n%s:\n  %s\n", st.Cluster, strings.Join(notes, "\n  "))
		}
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

func shortRev(r string) string {
	if len(r) > 12 {
		return r[:12]
	}
	return r
}
