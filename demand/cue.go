package demand

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"cuelang.org/go/cue/format"

	"isobar.dev/isobar/schema"
)

// Fitted is the profile fitted to one series.
type Fitted struct {
	Key
	TimeZone string
	Result
}

var (
	nameRE  = regexp.MustCompile(`^[a-z0-9]([-a-z0-9]*[a-z0-9])?$`)
	identRE = regexp.MustCompile(`^[a-zA-Z][a-zA-Z0-9]*$`)
	// CUE keywords, quoted as labels to read unambiguously.
	keywords = map[string]bool{"package": true, "import": true, "for": true, "in": true, "if": true, "let": true,
		"true": true, "false": true, "null": true, "div": true, "mod": true, "quo": true, "rem": true, "func": true}
)

// CUE writes the profiles as a file of the CUE package pkg, each under
// workloads: <workload>: demand: <geography>: profile, after a comment
// header. It refuses a profile the schema would refuse.
func CUE(pkg, header string, fits []Fitted) ([]byte, error) {
	if !regexp.MustCompile(`^[a-zA-Z_][a-zA-Z0-9_]*$`).MatchString(pkg) || keywords[pkg] {
		return nil, fmt.Errorf("package name %q: expected a CUE identifier", pkg)
	}
	var b strings.Builder
	for _, line := range strings.Split(strings.TrimRight(header, "\n"), "\n") {
		b.WriteString("// " + strings.TrimSpace(line) + "\n")
	}
	fmt.Fprintf(&b, "package %s\n", pkg)
	for _, f := range fits {
		if !nameRE.MatchString(f.Workload) || len(f.Workload) > 63 {
			return nil, fmt.Errorf("workload %q: not a workload name (lower-case letters, digits and '-', at most 63 characters); relabel the series", f.Workload)
		}
		p := schema.DemandProfile{TimeZone: f.TimeZone, Hourly: f.Profile[:]}
		if err := p.Validate(); err != nil {
			return nil, fmt.Errorf("%s: %w", f.Key, err)
		}
		fmt.Fprintf(&b, "\n// %s from %s: held-out week MAPE %s over %d hours; trend %+.1f%% a week.\n",
			f.Workload, f.Geo, percent(f.MAPE), f.HeldOutHours, 100*f.GrowthPerWeek)
		fmt.Fprintf(&b, "workloads: %s: demand: %s: profile: {\n", label(f.Workload), label(f.Geo))
		fmt.Fprintf(&b, "timeZone: %s\n", strconv.Quote(f.TimeZone))
		b.WriteString("hourly: [\n")
		for d := range 7 {
			fmt.Fprintf(&b, "// %s\n", schema.Weekdays[d])
			for h := range 24 {
				if h > 0 {
					b.WriteString(" ")
				}
				b.WriteString(number(f.Profile[d*24+h]) + ",")
			}
			b.WriteString("\n")
		}
		b.WriteString("]\n}\n")
	}
	out, err := format.Source([]byte(b.String()))
	if err != nil {
		return nil, fmt.Errorf("formatting the profiles: %w", err)
	}
	return out, nil
}

// label writes a CUE label: bare when it is a plain identifier.
func label(s string) string {
	if identRE.MatchString(s) && !keywords[s] {
		return s
	}
	return strconv.Quote(s)
}

// number writes a rate with four significant digits.
func number(v float64) string {
	r, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 4, 64), 64)
	return strconv.FormatFloat(r, 'f', -1, 64)
}

func percent(v float64) string {
	if v != v {
		return "n/a"
	}
	return strconv.FormatFloat(v, 'f', 1, 64) + "%"
}
