package cli

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/spf13/cobra"

	"isobar.dev/isobar/internal/scaffold"
)

func newInit() *cobra.Command {
	var (
		out    output
		module string
		force  bool
	)
	cmd := &cobra.Command{
		Use:   "init [DIR]",
		Short: "Create an isobar repository",
		Long: `Init scaffolds an isobar repository in DIR (default: the current directory):
a CUE module with the isobar schema vendored under cue.mod/, so that the
upstream "cue vet ./..." works offline; isobar.cue, which binds the package's
sections to the schema; a fleet, an example intent; and a
.pre-commit-config.yaml that runs "cue vet" and "isobar vet".

Files that exist are kept unless --force is given; the vendored schema and
isobar.cue are always brought up to date, so running init again upgrades
them.`,
		Example: `  isobar init shop-intent --module example.com/shop@v0
  cd shop-intent && isobar vet && cue vet ./...`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := out.validate(); err != nil {
				return err
			}
			dir := "."
			if len(args) == 1 {
				dir = args[0]
			}
			if module == "" {
				module = defaultModule(dir)
			}
			changes, err := scaffold.Write(dir, scaffold.Options{Module: module, Force: force})
			if err != nil {
				return err
			}
			if out.json() {
				return writeJSON(cmd.OutOrStdout(), map[string]any{"dir": dir, "module": module, "files": changes})
			}
			for _, c := range changes {
				fmt.Fprintf(cmd.OutOrStdout(), "%-8s %s\n", c.Action, filepath.Join(dir, c.Path))
			}
			fmt.Fprintf(cmd.OutOrStdout(), "\nNext: cd %s && isobar vet\n", dir)
			return nil
		},
	}
	cmd.Flags().StringVar(&module, "module", "", `CUE module path (default "isobar.local/<dir name>@v0")`)
	cmd.Flags().BoolVar(&force, "force", false, "overwrite files that exist")
	out.register(cmd)
	return cmd
}

var nonName = regexp.MustCompile(`[^a-z0-9-]+`)

func defaultModule(dir string) string {
	abs, err := filepath.Abs(dir)
	name := "intent"
	if err == nil {
		if n := strings.Trim(nonName.ReplaceAllString(strings.ToLower(filepath.Base(abs)), "-"), "-"); n != "" {
			name = n
		}
	}
	return "isobar.local/" + name + "@v0"
}
