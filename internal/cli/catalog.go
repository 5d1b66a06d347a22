package cli

import (
	"fmt"
	"io"
	"maps"
	"slices"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// catalogRegions presents the built-in catalog as the schema's KnownRegions.
type catalogRegions struct {
	providers []string
	regions   map[string][]string
}

var _ schema.KnownRegions = (*catalogRegions)(nil)

func builtinRegions() (*catalogRegions, error) {
	cat, err := providers.Builtin()
	if err != nil {
		return nil, err
	}
	r := &catalogRegions{providers: cat.Providers(), regions: map[string][]string{}}
	for _, p := range r.providers {
		for _, reg := range cat.Regions(p) {
			r.regions[p] = append(r.regions[p], reg.ID)
		}
		slices.Sort(r.regions[p])
	}
	return r, nil
}

func (r *catalogRegions) Providers() []string                { return r.providers }
func (r *catalogRegions) RegionIDs(provider string) []string { return r.regions[provider] }

func newCatalog() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "catalog",
		Short: "Inspect the built-in provider catalog",
		Long: `Catalog shows what isobar knows of cloud regions: where they are, what
compute costs there, the round-trip times between them and from user
geographies, and the sources of it all. Values copied from another region
or computed by a model are marked as estimates.`,
	}
	cmd.AddCommand(newCatalogRegions(), newCatalogPrices(), newCatalogLatency(), newCatalogGeographies(), newCatalogSources())
	return cmd
}

// catalogCommand makes a catalog subcommand; perProvider adds --provider.
func catalogCommand(use, short string, perProvider bool, run func(cmd *cobra.Command, cat *providers.Catalog, out *output, provider string) error) *cobra.Command {
	var (
		out      output
		provider string
	)
	cmd := &cobra.Command{
		Use:   use,
		Short: short,
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if err := out.validate(); err != nil {
				return err
			}
			cat, err := providers.Builtin()
			if err != nil {
				return err
			}
			if provider != "" && !slices.Contains(cat.Providers(), provider) {
				return usageError{fmt.Errorf("unknown provider %q: expected one of %s", provider, strings.Join(cat.Providers(), ", "))}
			}
			return run(cmd, cat, &out, provider)
		},
	}
	out.register(cmd)
	if perProvider {
		cmd.Flags().StringVar(&provider, "provider", "", "only this provider's regions")
	}
	return cmd
}

type regionRow struct {
	Provider    string   `json:"provider"`
	Region      string   `json:"region"`
	Name        string   `json:"name"`
	City        string   `json:"city,omitempty"`
	Country     string   `json:"country"`
	EU          bool     `json:"eu"`
	EEA         bool     `json:"eea"`
	Lat         float64  `json:"lat"`
	Lon         float64  `json:"lon"`
	Carbon      *float64 `json:"carbonGCO2ePerKWh,omitempty"`
	CarbonEstim string   `json:"carbonEstimatedFrom,omitempty"`
}

func newCatalogRegions() *cobra.Command {
	return catalogCommand("regions", "List regions with their country, EU/EEA membership, location and grid carbon", true,
		func(cmd *cobra.Command, cat *providers.Catalog, out *output, provider string) error {
			rows := []regionRow{}
			for _, r := range cat.Regions(provider) {
				row := regionRow{Provider: r.Provider, Region: r.ID, Name: r.DisplayName, City: r.City, Country: r.Country, EU: r.EU, EEA: r.EEA, Lat: r.Lat, Lon: r.Lon}
				if r.Carbon != nil {
					v := r.Carbon.Value
					row.Carbon = &v
					if r.Carbon.Estimated {
						row.CarbonEstim = r.Carbon.EstimatedFrom
					}
				}
				rows = append(rows, row)
			}
			if out.json() {
				return writeJSON(cmd.OutOrStdout(), rows)
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "PROVIDER\tREGION\tNAME\tCOUNTRY\tEU\tGCO2E/KWH")
			for _, r := range rows {
				carbon := "-"
				if r.Carbon != nil {
					carbon = fmt.Sprintf("%.0f", *r.Carbon)
					if r.CarbonEstim != "" {
						carbon += "*"
					}
				}
				fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\t%s\n", r.Provider, r.Region, r.Name, r.Country, yesNo(r.EU), carbon)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			fmt.Fprintln(cmd.OutOrStdout(), "* estimated from a nearby region (-o json shows which)")
			return nil
		})
}

type priceRow struct {
	Provider      string             `json:"provider"`
	Region        string             `json:"region"`
	VCPUHour      float64            `json:"vcpuHourUSD"`
	GiBHour       float64            `json:"gibHourUSD"`
	SpotVCPUHour  *float64           `json:"spotVCPUHourUSD,omitempty"`
	SpotGiBHour   *float64           `json:"spotGiBHourUSD,omitempty"`
	GPUHour       map[string]float64 `json:"gpuHourUSD,omitempty"`
	EstimatedFrom string             `json:"estimatedFrom,omitempty"`
}

func newCatalogPrices() *cobra.Command {
	return catalogCommand("prices", "List compute prices per region: vCPU-hour, GiB-hour, spot and GPU-hour", true,
		func(cmd *cobra.Command, cat *providers.Catalog, out *output, provider string) error {
			rows := []priceRow{}
			for _, r := range cat.Regions(provider) {
				p := r.Prices
				if p == nil {
					continue
				}
				row := priceRow{Provider: r.Provider, Region: r.ID, VCPUHour: p.VCPUHour, GiBHour: p.GiBHour,
					SpotVCPUHour: p.SpotVCPUHour, SpotGiBHour: p.SpotGiBHour, GPUHour: p.GPUHour}
				if p.Estimated {
					row.EstimatedFrom = p.EstimatedFrom
				}
				rows = append(rows, row)
			}
			if out.json() {
				return writeJSON(cmd.OutOrStdout(), rows)
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "PROVIDER\tREGION\tVCPU-H\tGIB-H\tSPOT VCPU-H\tGPU-H\tESTIMATED FROM")
			for _, r := range rows {
				spot := "-"
				if r.SpotVCPUHour != nil {
					spot = fmt.Sprintf("%.5f", *r.SpotVCPUHour)
				}
				var gpus []string
				for _, m := range slices.Sorted(maps.Keys(r.GPUHour)) {
					gpus = append(gpus, fmt.Sprintf("%s %.3f", m, r.GPUHour[m]))
				}
				fmt.Fprintf(tw, "%s\t%s\t%.5f\t%.5f\t%s\t%s\t%s\n", r.Provider, r.Region, r.VCPUHour, r.GiBHour, spot, strings.Join(gpus, ", "), r.EstimatedFrom)
			}
			return tw.Flush()
		})
}

type latencyRow struct {
	From  string  `json:"from"`
	To    string  `json:"to"`
	RTTMs float64 `json:"rttMs"`
	// Estimated is false only for a measurement between the two ends.
	Estimated bool `json:"estimated"`
	// Basis is how the figure is known: measured, measured via, same
	// metro or distance model; Via names the region it was taken from.
	Basis  string `json:"basis"`
	Via    string `json:"via,omitempty"`
	Source string `json:"source"`
}

func newCatalogLatency() *cobra.Command {
	var from string
	cmd := catalogCommand("latency", "Show round-trip times from a region or user geography to every region", true,
		func(cmd *cobra.Command, cat *providers.Catalog, out *output, provider string) error {
			rtt, err := latencyFrom(cat, from)
			if err != nil {
				return err
			}
			rows := []latencyRow{}
			for _, r := range cat.Regions(provider) {
				l := rtt(r.Point())
				rows = append(rows, latencyRow{From: from, To: r.Key(), RTTMs: l.MS, Estimated: l.Estimated(), Basis: l.Basis, Via: l.Via, Source: l.Source()})
			}
			slices.SortStableFunc(rows, func(a, b latencyRow) int {
				if a.RTTMs != b.RTTMs {
					if a.RTTMs < b.RTTMs {
						return -1
					}
					return 1
				}
				return strings.Compare(a.To, b.To)
			})
			if out.json() {
				return writeJSON(cmd.OutOrStdout(), rows)
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "TO\tRTT MS\tSOURCE")
			for _, r := range rows {
				fmt.Fprintf(tw, "%s\t%.1f\t%s\n", r.To, r.RTTMs, r.Source)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			m := cat.LatencyModel()
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "distance model: RTT = %.1f ms + %.4f ms/km; RMSE %.1f ms, R² %.2f over %d measured pairs\n", m.A, m.B, m.RMSE, m.R2, m.N)
			if !strings.Contains(from, ":") {
				fmt.Fprintf(w, "users within %d km of a region are placed there: its measured RTT (or %d ms to itself) plus %.4f ms/km; plans use the same figures\n",
					providers.ProxyRadiusKM, providers.SameMetroMS, m.B)
			}
			return nil
		})
	cmd.Flags().StringVar(&from, "from", "aws:us-east-1", "origin: provider:region or a built-in user geography")
	return cmd
}

// latencyFrom returns the RTT from an origin, a provider:region or a
// built-in geography, to any point: between regions Catalog.RegionRTT, from
// users Catalog.UserRTT, the figure plans use.
func latencyFrom(cat *providers.Catalog, from string) (func(providers.Point) providers.Latency, error) {
	if p, r, ok := strings.Cut(from, ":"); ok {
		reg, found := cat.Region(p, r)
		if !found {
			return nil, usageError{fmt.Errorf("unknown region %q: expected provider:region from `isobar catalog regions`", from)}
		}
		return func(to providers.Point) providers.Latency { return cat.RegionRTT(reg.Point(), to) }, nil
	}
	g, ok := schema.BuiltinGeographies()[from]
	if !ok {
		return nil, usageError{fmt.Errorf("unknown place %q: expected provider:region or a built-in geography (`isobar catalog geographies`)", from)}
	}
	return func(to providers.Point) providers.Latency { return cat.UserRTT(g.Lat, g.Lon, to) }, nil
}

func newCatalogGeographies() *cobra.Command {
	return catalogCommand("geographies", "List the built-in user geographies", false,
		func(cmd *cobra.Command, _ *providers.Catalog, out *output, _ string) error {
			geos := schema.BuiltinGeographies()
			names := slices.Sorted(maps.Keys(geos))
			if out.json() {
				rows := make([]schema.Geography, 0, len(names))
				for _, n := range names {
					rows = append(rows, geos[n])
				}
				return writeJSON(cmd.OutOrStdout(), rows)
			}
			tw := tabwriter.NewWriter(cmd.OutOrStdout(), 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "NAME\tCOUNTRY\tLAT\tLON")
			for _, n := range names {
				g := geos[n]
				fmt.Fprintf(tw, "%s\t%s\t%.4f\t%.4f\n", n, g.Country, g.Lat, g.Lon)
			}
			return tw.Flush()
		})
}

func newCatalogSources() *cobra.Command {
	return catalogCommand("sources", "List the public sources of the catalog and its compile date", false,
		func(cmd *cobra.Command, cat *providers.Catalog, out *output, _ string) error {
			meta := cat.Metadata()
			if out.json() {
				return writeJSON(cmd.OutOrStdout(), meta)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "Catalog compiled %s from public data (not for billing: check the providers' price lists).\n\n", meta.Compiled)
			printSources(w, meta.Sources)
			return nil
		})
}

func printSources(w io.Writer, sources []providers.Source) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tREPOSITORY\tPATH\tCOMMIT\tUSED FOR")
	for _, s := range sources {
		commit := s.Commit
		if len(commit) > 12 {
			commit = commit[:12]
		}
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\t%s\n", s.ID, s.Repo, s.Path, commit, s.UsedFor)
	}
	tw.Flush()
}

func yesNo(b bool) string {
	if b {
		return "yes"
	}
	return "no"
}
