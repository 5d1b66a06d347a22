package cli

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/spf13/cobra"

	"isobar.dev/isobar/internal/scaffold"
	"isobar.dev/isobar/internal/version"
)

func newInit() *cobra.Command {
	var (
		out           output
		module        string
		force         bool
		schemaFrom    string
		schemaVersion string
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
them.

With --schema registry the schema is not copied: cue.mod/module.cue depends
on the published CUE module ` + scaffold.SchemaModule + ` (at --schema-version,
by default this release's), which the upstream cue CLI fetches through
CUE_REGISTRY (see docs/install.md). isobar vet needs no registry either way:
it checks against the schema built into it.`,
		Example: `  isobar init shop-intent --module example.com/shop@v0
  cd shop-intent && isobar vet && cue vet ./...

  isobar init shop-intent --schema registry --schema-version v0.4.0
  CUE_REGISTRY=isobar.dev=ghcr.io/isobar-dev/cue cue vet ./...`,
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
			if schemaFrom == scaffold.SchemaRegistry && schemaVersion == "" {
				v := version.Get().Version
				if !releaseRE.MatchString(v) || pseudoRE.MatchString(v) {
					return usageError{fmt.Errorf("this isobar (version %s) is not a release: pass --schema-version, the version of %s to depend on", v, scaffold.SchemaModule)}
				}
				schemaVersion = v
			}
			if schemaFrom != scaffold.SchemaRegistry && schemaVersion != "" {
				return usageError{fmt.Errorf("--schema-version goes with --schema registry")}
			}
			changes, err := scaffold.Write(dir, scaffold.Options{Module: module, Force: force, Schema: schemaFrom, SchemaVersion: schemaVersion})
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
			if schemaFrom == scaffold.SchemaRegistry {
				fmt.Fprintf(cmd.OutOrStdout(), "cue vet fetches %s %s: set CUE_REGISTRY to the registry it is published to (see docs/install.md)\n", scaffold.SchemaModule, schemaVersion)
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&module, "module", "", `CUE module path (default "isobar.local/<dir name>@v0")`)
	cmd.Flags().BoolVar(&force, "force", false, "overwrite files that exist")
	cmd.Flags().StringVar(&schemaFrom, "schema", scaffold.SchemaVendor, "where cue finds the schema: vendor (copied under cue.mod/pkg; works offline) or registry (a dependency on "+scaffold.SchemaModule+", fetched through CUE_REGISTRY)")
	cmd.Flags().StringVar(&schemaVersion, "schema-version", "", "with --schema registry: the version of "+scaffold.SchemaModule+" to depend on (default: this release's)")
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
