package cli

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"cuelang.org/go/cue/parser"
	"github.com/spf13/cobra"

	"isobar.dev/isobar/demand"
	"isobar.dev/isobar/internal/atomicfile"
)

func newDemand() *cobra.Command {
	cmd := &cobra.Command{
		Use:   "demand",
		Short: "Fit weekly demand profiles from observed traffic",
	}
	cmd.AddCommand(newDemandImport())
	return cmd
}

type demandImportOptions struct {
	prometheus    string
	query         string
	workloadLabel string
	geoLabel      string
	rangeText     string
	start, end    string
	step          time.Duration
	timeZones     []string
	tokenEnv      string
	timeout       time.Duration
	output        string
	pkg           string
}

func newDemandImport() *cobra.Command {
	var o demandImportOptions
	cmd := &cobra.Command{
		Use:   "import --prometheus URL -o FILE",
		Short: "Fit a weekly profile per workload and geography to Prometheus data and write it as CUE",
		Long: `Import reads request rates from Prometheus with a range query, one series
per workload and user geography, and fits each a weekly profile: the mean
level of each hour of the week with a trend that scales the week
(docs/demand.md says why this model). The last week of the range is held out: a fit on the weeks before
it forecasts it, and the mean absolute percentage error (MAPE) is
reported per series. The profiles, fitted on the whole range and moved
by the trend to the week after it, are written as a CUE file of the
intent's package for review:

  workloads: <workload>: demand: <geo>: profile: {timeZone: ..., hourly: [...]}

A geography that has rps in the intent keeps it until you remove it: a
demand has either rps or a profile. The range must hold at least two
weeks; four or more give steadier profiles.`,
		Example: `  isobar demand import --prometheus https://prom.example.com \
    --query 'sum by (workload, geo) (rate(http_requests_total[5m]))' \
    --range 4w --time-zone london=Europe/London --time-zone Europe/Berlin \
    --prometheus-token-env PROM_TOKEN -o intent/demand.cue`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runDemandImport(cmd, &o)
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.prometheus, "prometheus", "", "the Prometheus server's URL (http or https, no credentials in it)")
	f.StringVar(&o.query, "query", "sum by (workload, geo) (rate(http_requests_total[5m]))", "PromQL giving one request-rate series per workload and geography")
	f.StringVar(&o.workloadLabel, "workload-label", "workload", "the label naming a series' workload")
	f.StringVar(&o.geoLabel, "geo-label", "geo", "the label naming a series' user geography")
	f.StringVar(&o.rangeText, "range", "4w", "how far back from --end to read (w, d, h, m, s units; at least 2w)")
	f.StringVar(&o.start, "start", "", "the start of the range (RFC 3339); replaces --range")
	f.StringVar(&o.end, "end", "", "the end of the range (RFC 3339); by default the start of the current hour")
	f.DurationVar(&o.step, "step", time.Hour, "the resolution of the query, at most 1h")
	f.StringArrayVar(&o.timeZones, "time-zone", nil, "the IANA time zone profiles are written in: ZONE for every geography, GEO=ZONE for one (repeatable; default UTC)")
	f.StringVar(&o.tokenEnv, "prometheus-token-env", "", "the environment variable holding a bearer token for Prometheus")
	f.DurationVar(&o.timeout, "timeout", time.Minute, "the longest the query may take")
	f.StringVarP(&o.output, "output", "o", "", "the CUE file to write (- for standard output)")
	f.StringVar(&o.pkg, "package", "", "the CUE package of the file; by default that of the .cue files in its folder")
	_ = cmd.MarkFlagRequired("prometheus")
	_ = cmd.MarkFlagRequired("output")
	return cmd
}

func runDemandImport(cmd *cobra.Command, o *demandImportOptions) error {
	q, err := o.queryOf()
	if err != nil {
		return err
	}
	zones, err := parseTimeZones(o.timeZones)
	if err != nil {
		return err
	}
	pkg := o.pkg
	if pkg == "" {
		if o.output == "-" {
			return usageError{errors.New("--package is required when writing to standard output")}
		}
		if pkg, err = packageOf(filepath.Dir(o.output)); err != nil {
			return err
		}
	}
	if o.timeout <= 0 {
		return usageError{fmt.Errorf("--timeout %s: want a positive duration, e.g. 1m", o.timeout)}
	}
	ctx, cancel := context.WithTimeout(cmd.Context(), o.timeout)
	defer cancel()
	series, err := demand.Fetch(ctx, q)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return fmt.Errorf("%w (--timeout %s)", err, o.timeout)
		}
		return err
	}
	var fits []demand.Fitted
	var problems []string
	for _, k := range demand.Keys(series) {
		zone := zones.of(k.Geo)
		loc, err := time.LoadLocation(zone)
		if err != nil {
			return usageError{fmt.Errorf("--time-zone %s: unknown time zone", zone)}
		}
		res, err := demand.FitHeldOut(series[k], q.End, loc)
		if err != nil {
			problems = append(problems, fmt.Sprintf("%s: %v", k, err))
			continue
		}
		fits = append(fits, demand.Fitted{Key: k, TimeZone: zone, Result: res})
	}
	if len(problems) > 0 {
		return fmt.Errorf("cannot fit %s", strings.Join(problems, "; "))
	}
	header := fmt.Sprintf("Demand profiles fitted by `isobar demand import` from Prometheus:\n%s\nfrom %s to %s, step %s. Review before merging; a geography\nhas either rps or a profile.",
		q.PromQL, q.Start.UTC().Format(time.RFC3339), q.End.UTC().Format(time.RFC3339), q.Step)
	src, err := demand.CUE(pkg, header, fits)
	if err != nil {
		return err
	}
	report := cmd.OutOrStdout()
	if o.output == "-" {
		if _, err := cmd.OutOrStdout().Write(src); err != nil {
			return err
		}
		report = cmd.ErrOrStderr()
	} else if err := atomicfile.Write(o.output, src); err != nil {
		return err
	}
	tw := tabwriter.NewWriter(report, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "WORKLOAD\tGEOGRAPHY\tTIME ZONE\tPEAK RPS\tMEAN RPS\tTREND/WEEK\tHELD-OUT MAPE")
	for _, f := range fits {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%.4g\t%.4g\t%+.1f%%\t%.1f%% (%d h)\n", f.Workload, f.Geo, f.TimeZone,
			f.Profile.Peak(), f.Profile.Mean(), 100*f.GrowthPerWeek, f.MAPE, f.HeldOutHours)
	}
	if err := tw.Flush(); err != nil {
		return err
	}
	if o.output != "-" {
		fmt.Fprintf(report, "wrote %d profiles to %s\n", len(fits), o.output)
	}
	return nil
}

// queryOf checks the flags of the query and reads the token.
func (o *demandImportOptions) queryOf() (demand.Query, error) {
	q := demand.Query{URL: o.prometheus, PromQL: o.query, WorkloadLabel: o.workloadLabel, GeoLabel: o.geoLabel, Step: o.step}
	if _, err := demand.CheckURL(o.prometheus); err != nil {
		return q, usageError{fmt.Errorf("--prometheus: %w", err)}
	}
	if strings.TrimSpace(o.query) == "" {
		return q, usageError{errors.New("--query is empty")}
	}
	for flag, l := range map[string]string{"--workload-label": o.workloadLabel, "--geo-label": o.geoLabel} {
		if !labelRE.MatchString(l) {
			return q, usageError{fmt.Errorf("%s %q: not a Prometheus label name", flag, l)}
		}
	}
	if o.step <= 0 || o.step > time.Hour {
		return q, usageError{fmt.Errorf("--step %s: want a positive duration of at most 1h", o.step)}
	}
	q.End = time.Now().UTC().Truncate(time.Hour)
	if o.end != "" {
		t, err := time.Parse(time.RFC3339, o.end)
		if err != nil {
			return q, usageError{fmt.Errorf("--end %q: want an RFC 3339 time, such as 2026-11-30T00:00:00Z", o.end)}
		}
		q.End = t.UTC()
	}
	if o.start != "" {
		t, err := time.Parse(time.RFC3339, o.start)
		if err != nil {
			return q, usageError{fmt.Errorf("--start %q: want an RFC 3339 time, such as 2026-11-02T00:00:00Z", o.start)}
		}
		q.Start = t.UTC()
	} else {
		d, err := parseLongDuration(o.rangeText)
		if err != nil {
			return q, usageError{fmt.Errorf("--range %q: %w", o.rangeText, err)}
		}
		q.Start = q.End.Add(-d)
	}
	if q.End.Sub(q.Start) < 2*demand.Week {
		return q, usageError{fmt.Errorf("the range from %s to %s is shorter than two weeks: one week to fit and one held out to measure the error",
			q.Start.Format(time.RFC3339), q.End.Format(time.RFC3339))}
	}
	if o.tokenEnv != "" {
		tok, ok := os.LookupEnv(o.tokenEnv)
		if !ok || tok == "" {
			return q, usageError{fmt.Errorf("--prometheus-token-env %s: the variable is not set", o.tokenEnv)}
		}
		q.Token = strings.TrimSpace(tok)
	}
	return q, nil
}

var (
	labelRE        = regexp.MustCompile(`^[a-zA-Z_][a-zA-Z0-9_]*$`)
	longDurationRE = regexp.MustCompile(`^([0-9]+)(w|d)$`)
)

// parseLongDuration reads a duration in weeks ("4w") or days ("28d"), or
// as Go writes durations ("672h").
func parseLongDuration(s string) (time.Duration, error) {
	if m := longDurationRE.FindStringSubmatch(s); m != nil {
		n, err := strconv.Atoi(m[1])
		if err != nil || n > 520 {
			return 0, errors.New("want at most 520w")
		}
		unit := 24 * time.Hour
		if m[2] == "w" {
			unit *= 7
		}
		return time.Duration(n) * unit, nil
	}
	d, err := time.ParseDuration(s)
	if err != nil || d <= 0 {
		return 0, errors.New("want a positive duration such as 4w, 28d or 672h")
	}
	return d, nil
}

// timeZones are the --time-zone flags: a default and overrides by geography.
type timeZones struct {
	all   string
	byGeo map[string]string
}

func (z timeZones) of(geo string) string {
	if tz, ok := z.byGeo[geo]; ok {
		return tz
	}
	return z.all
}

func parseTimeZones(flags []string) (timeZones, error) {
	z := timeZones{all: "UTC", byGeo: map[string]string{}}
	for _, f := range flags {
		geo, zone, per := strings.Cut(f, "=")
		if !per {
			zone = geo
		}
		if zone == "" || zone == "Local" {
			return z, usageError{fmt.Errorf("--time-zone %q: want an IANA time zone such as Europe/Berlin", f)}
		}
		if _, err := time.LoadLocation(zone); err != nil {
			return z, usageError{fmt.Errorf("--time-zone %q: unknown time zone %q", f, zone)}
		}
		if per {
			z.byGeo[geo] = zone
		} else {
			z.all = zone
		}
	}
	return z, nil
}

// packageOf reads the package clause of the .cue files in dir.
func packageOf(dir string) (string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", fmt.Errorf("%s: %w (or give --package)", dir, err)
	}
	for _, e := range entries {
		if e.IsDir() || filepath.Ext(e.Name()) != ".cue" {
			continue
		}
		p := filepath.Join(dir, e.Name())
		f, err := parser.ParseFile(p, nil, parser.PackageClauseOnly)
		if err != nil {
			continue
		}
		if name := f.PackageName(); name != "" {
			return name, nil
		}
	}
	return "", usageError{fmt.Errorf("no CUE package in %s: give --package", dir)}
}
