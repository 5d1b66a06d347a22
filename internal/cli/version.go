package cli

import (
	"fmt"

	"github.com/spf13/cobra"

	"isobar.dev/isobar/internal/version"
)

func newVersion() *cobra.Command {
	var out output
	cmd := &cobra.Command{
		Use:   "version",
		Short: "Print the version of isobar",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := out.validate(); err != nil {
				return err
			}
			info := version.Get()
			if out.json() {
				return writeJSON(cmd.OutOrStdout(), info)
			}
			rev := info.Revision
			if len(rev) > 12 {
				rev = rev[:12]
			}
			if info.Modified {
				rev += "-dirty"
			}
			details := info.GoVersion
			if rev != "" {
				details = rev + ", " + details
			}
			fmt.Fprintf(cmd.OutOrStdout(), "isobar %s (%s), schema %s\n", info.Version, details, info.Schema)
			return nil
		},
	}
	out.register(cmd)
	return cmd
}
