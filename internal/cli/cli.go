// Package cli implements the isobar command line: one file per subcommand,
// wired together by Main.
package cli

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"

	"github.com/go-logr/logr"
	"github.com/spf13/cobra"
	ctrllog "sigs.k8s.io/controller-runtime/pkg/log"
)

// Exit codes.
const (
	exitOK      = 0
	exitFailure = 1
	exitUsage   = 2
)

// exitError carries an exit code out of a command that has already said why.
type exitError struct{ code int }

func (e *exitError) Error() string { return fmt.Sprintf("exit %d", e.code) }

// Main runs isobar with args and returns the process exit code. A command
// that ctx's cancellation by a signal ended (see [WithSignals]) exits with
// 128 + the signal's number.
func Main(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	// The Kubernetes client libraries log through controller-runtime's
	// logger; isobar reports what matters itself.
	ctrllog.SetLogger(logr.Discard())
	root := newRoot(stdout, stderr)
	root.SetArgs(args)
	err := root.ExecuteContext(ctx)
	if sig := signalled(ctx); sig != nil {
		fmt.Fprintf(stderr, "isobar: %v\n", sig)
		return sig.code()
	}
	if err == nil {
		return exitOK
	}
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	fmt.Fprintf(stderr, "isobar: %v\n", err)
	if isUsage(err) {
		return exitUsage
	}
	return exitFailure
}

type usageError struct{ error }

func isUsage(err error) bool {
	var u usageError
	return errors.As(err, &u)
}

func newRoot(stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "isobar",
		Short: "Place, render, publish and reconcile Kubernetes workloads across clouds from CUE intent",
		Long: `isobar turns intent written in CUE (where users are, latency targets, cost
ceilings, data residency, GPU needs) into a placement over a fleet of
Kubernetes clusters in several clouds, and keeps the clusters converged.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.AddCommand(newVersion(), newVet(), newInit(), newPlan(), newRender(), newPublish(), newVerify(), newPull(), newKeygen(), newApply(), newDiff(), newReconcile(), newStatus(), newInstall(), newCatalog(), newDemand())
	return root
}

// output is the -o flag of commands whose output is data.
type output struct {
	format string
}

func (o *output) register(cmd *cobra.Command) {
	cmd.Flags().StringVarP(&o.format, "output", "o", "text", "output format: text or json")
	_ = cmd.RegisterFlagCompletionFunc("output", cobra.FixedCompletions([]string{"text", "json"}, cobra.ShellCompDirectiveNoFileComp))
}

func (o *output) validate() error {
	switch o.format {
	case "text", "json":
		return nil
	}
	return usageError{fmt.Errorf("invalid output format %q: expected text or json", o.format)}
}

func (o *output) json() bool { return o.format == "json" }

func writeJSON(w io.Writer, v any) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(v)
}
