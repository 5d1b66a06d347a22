package schema_test

import (
	"errors"
	"maps"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// base is a valid intent that the bad-input cases add mistakes to.
const base = `package intent

fleet: eu: {
	provider: "aws"
	region:   "eu-west-1"
	capacity: {cpu: 16, memory: "64Gi"}
}
teams: web: {}
dataClasses: pii: allowed: ["EU"]
workloads: api: {
	team:  "web"
	image: "ghcr.io/acme/api:1.0"
	resources: {cpu: "500m", memory: "512Mi"}
}
`

// regions adapts the built-in catalog for Check.
type regions struct{ cat *providers.Catalog }

func (r regions) Providers() []string { return r.cat.Providers() }
func (r regions) RegionIDs(p string) []string {
	var ids []string
	for _, reg := range r.cat.Regions(p) {
		ids = append(ids, reg.ID)
	}
	return ids
}

func vetDir(t *testing.T, dir string) error {
	t.Helper()
	in, err := schema.Load(dir)
	if err != nil {
		return err
	}
	cat, err := providers.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	if ds := schema.Check(in, regions{cat}); ds != nil {
		return ds
	}
	return nil
}

// diagnostics loads dir and returns its diagnostics as text.
func diagnostics(t *testing.T, dir string) []string {
	t.Helper()
	_, err := schema.Load(dir)
	return lines(t, err)
}

// lines returns diagnostics as text; any other error fails the test.
func lines(t *testing.T, err error) []string {
	t.Helper()
	var ds schema.Diagnostics
	if !errors.As(err, &ds) {
		t.Fatalf("want diagnostics, got %v", err)
	}
	var out []string
	for _, d := range ds {
		out = append(out, d.String())
	}
	return out
}

// withBase returns files with base.cue added.
func withBase(files map[string]string) map[string]string {
	out := map[string]string{"base.cue": base}
	maps.Copy(out, files)
	return out
}

// writeFiles writes name → content into a new directory and makes it the
// working directory, so that diagnostics name files as a user would see them.
func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	return dir
}

func TestLoadValid(t *testing.T) {
	dir := writeFiles(t, map[string]string{"base.cue": base})
	in, err := schema.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	w := in.Intent.Workloads["api"]
	if w.Kind != schema.KindService || w.Namespace != "web" || w.Resources.CPU != 500 || w.Resources.Memory != 512<<20 {
		t.Errorf("defaults and quantities not applied: %+v", w)
	}
	if c := in.Intent.Fleet["eu"]; c.Context != "eu" || c.Capacity.Memory.GiB() != 64 {
		t.Errorf("cluster defaults not applied: %+v", c)
	}
	if err := vetDir(t, dir); err != nil {
		t.Fatal(err)
	}
}

func TestBadInput(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{{
		name:  "syntax error",
		files: map[string]string{"bad.cue": "package intent\n\nfleet: {\n\teu: provider: \"aws\"\n"},
		want:  []string{`bad.cue:4:22: expected '}', found 'EOF'`},
	}, {
		name:  "unknown field",
		files: map[string]string{"bad.cue": "package intent\n\nworkloads: api: replica: min: 2\n"},
		want:  []string{`bad.cue:3:17: workloads.api.replica: unknown field replica; did you mean replicas? (expected one of name, kind, team, namespace, image, command, args, schedule, ports, resources, env, probes, replicas, hoursPerMonth, demand, latency, availability, dataClasses, spot, data, autoscaling, labels, annotations, objects, patches)`},
	}, {
		name:  "unknown top-level field",
		files: map[string]string{"bad.cue": "package intent\n\nworkload: api: {}\n"},
		want:  []string{`bad.cue:3:1: workload: unknown field workload; did you mean workloads? (expected one of fleet, workloads, teams, geographies, dataClasses, jurisdictions, datasets, budgets, objective, planning, catalog, policy, traffic; keep helpers in hidden fields (_name) or definitions (#Name))`},
	}, {
		name:  "wrong type",
		files: map[string]string{"bad.cue": "package intent\n\nworkloads: api: replicas: min: \"two\"\n"},
		want:  []string{`bad.cue:3:32: workloads.api.replicas.min: invalid value "two" (expected an integer)`},
	}, {
		name:  "value outside an enumeration",
		files: map[string]string{"bad.cue": "package intent\n\nworkloads: api: kind: \"deployment\"\n"},
		want:  []string{`bad.cue:3:23: workloads.api.kind: invalid value "deployment" (expected one of "service", "job", "cronjob")`},
	}, {
		name: "conflicting values",
		files: map[string]string{
			"a.cue": "package intent\n\nworkloads: api: replicas: min: 3\n",
			"b.cue": "package intent\n\nworkloads: api: replicas: min: 4\n",
		},
		want: []string{`a.cue:3:32: workloads.api.replicas.min: conflicting values 4 and 3 (see also b.cue:3:32)`},
	}, {
		name:  "missing required field",
		files: map[string]string{"bad.cue": "package intent\n\nworkloads: web: resources: {cpu: 1, memory: \"1Gi\"}\n"},
		want:  []string{`bad.cue:3:12: workloads.web.image: missing required field (expected a container image with a tag or a digest, such as "ghcr.io/acme/api:1.4.2")`},
	}, {
		name:  "non-concrete value",
		files: map[string]string{"bad.cue": "package intent\n\nworkloads: api: replicas: min: int & >2\n"},
		want:  []string{`bad.cue:3:27: workloads.api.replicas.min: no concrete value (expected uint & >2 & <=2147483647)`},
	}, {
		name:  "unknown provider",
		files: map[string]string{"bad.cue": "package intent\n\nfleet: x: {provider: \"oracle\", region: \"eu-frankfurt-1\", capacity: {cpu: 1, memory: \"1Gi\"}}\n"},
		want:  []string{`bad.cue:3:12: fleet.x.provider: unknown provider "oracle" (expected one of aws, azure, gcp, or a provider declared under catalog.regions)`},
	}, {
		name:  "unknown region",
		files: map[string]string{"bad.cue": "package intent\n\nfleet: x: {provider: \"aws\", region: \"eu-west-9\", capacity: {cpu: 1, memory: \"1Gi\"}}\n"},
		want:  []string{"bad.cue:3:29: fleet.x.region: unknown region \"eu-west-9\" for provider aws; did you mean eu-west-1? (expected a region of aws from `isobar catalog regions`, or one declared under catalog.regions.aws)"},
	}, {
		name:  "undefined data class",
		files: map[string]string{"bad.cue": "package intent\n\nworkloads: api: dataClasses: [\"pij\"]\n"},
		want:  []string{`bad.cue:3:31: workloads.api.dataClasses[0]: unknown data class "pij"; did you mean pii? (expected a data class declared under dataClasses)`},
	}, {
		name:  "undefined jurisdiction",
		files: map[string]string{"bad.cue": "package intent\n\ndataClasses: payment: allowed: [\"EUR\", \"eu\"]\n"},
		want: []string{
			`bad.cue:3:33: dataClasses.payment.allowed[0]: unknown jurisdiction "EUR" (expected "EU", "EEA", an ISO 3166-1 alpha-2 country code, or a group declared under jurisdictions)`,
			`bad.cue:3:40: dataClasses.payment.allowed[1]: unknown jurisdiction "eu"; did you mean EU? (expected "EU", "EEA", an ISO 3166-1 alpha-2 country code, or a group declared under jurisdictions)`,
		},
	}, {
		name:  "negative budget",
		files: map[string]string{"bad.cue": "package intent\n\nbudgets: monthlyUSD: -100\n"},
		want:  []string{`bad.cue:3:22: budgets.monthlyUSD: invalid value -100 (expected a value > 0)`},
	}, {
		name:  "zero budget",
		files: map[string]string{"bad.cue": "package intent\n\nbudgets: teams: web: 0\n"},
		want:  []string{`bad.cue:3:22: budgets.teams.web: invalid value 0 (expected a value > 0)`},
	}, {
		name:  "malformed duration",
		files: map[string]string{"bad.cue": "package intent\n\nworkloads: api: latency: p95: \"80 ms\"\n"},
		want:  []string{`bad.cue:3:31: workloads.api.latency.p95: invalid value "80 ms" (expected a duration: a number followed by ms, s, m or h, such as "80ms" or "1.5s")`},
	}, {
		name:  "zero latency objective",
		files: map[string]string{"bad.cue": "package intent\n\nworkloads: api: latency: p95: \"0ms\"\n"},
		want:  []string{`bad.cue:3:31: workloads.api.latency.p95: invalid value "0ms" (expected a duration > 0, such as "80ms")`},
	}, {
		name:  "zero latency objective in another unit",
		files: map[string]string{"bad.cue": "package intent\n\nworkloads: api: latency: p95: \"0.00s\"\n"},
		want:  []string{`bad.cue:3:31: workloads.api.latency.p95: invalid value "0.00s" (expected a duration > 0, such as "80ms")`},
	}, {
		name:  "negative latency objective",
		files: map[string]string{"bad.cue": "package intent\n\nworkloads: api: latency: p95: \"-20ms\"\n"},
		want:  []string{`bad.cue:3:31: workloads.api.latency.p95: invalid value "-20ms" (expected a duration > 0, such as "80ms")`},
	}, {
		name:  "latency objective that rounds to zero",
		files: map[string]string{"bad.cue": "package intent\n\nworkloads: api: latency: p95: \"0.0000001ms\"\n"},
		want:  []string{`bad.cue:3:26: workloads.api.latency.p95: p95 is 0s (expected a duration > 0, such as "80ms")`},
	}, {
		name:  "malformed quantity",
		files: map[string]string{"bad.cue": "package intent\n\nfleet: us: {provider: \"aws\", region: \"us-east-1\", capacity: {cpu: 8, memory: \"64GB\"}}\n"},
		want:  []string{`bad.cue:3:78: fleet.us.capacity.memory: invalid value "64GB" (expected memory as a number with a unit, such as "512Mi", "4Gi" or "1G")`},
	}, {
		name:  "zero CPU",
		files: map[string]string{"bad.cue": "package intent\n\nworkloads: zero: {image: \"nginx:1\", resources: {cpu: \"0m\", memory: \"1Gi\"}}\n"},
		want:  []string{`bad.cue:3:49: workloads.zero.resources.cpu: CPU is 0 (expected a positive amount of CPU)`},
	}, {
		name:  "import of a missing package",
		files: map[string]string{"bad.cue": "package intent\n\nimport \"example.com/nowhere\"\n\nx: nowhere.y\n"},
		want:  []string{`bad.cue:3:8: import failed: cannot find package "example.com/nowhere": cannot find module providing package example.com/nowhere`},
	}, {
		name:  "file that is not UTF-8",
		files: map[string]string{"bad.cue": "package intent\n\n// caf\xe9\n"},
		want:  []string{`bad.cue:3:7: file is not valid UTF-8 (expected CUE source encoded as UTF-8)`},
	}, {
		name:  "probe with two handlers",
		files: map[string]string{"bad.cue": "package intent\n\nworkloads: api: probes: readiness: {http: port: 80, tcp: port: 80}\n"},
		want:  []string{`bad.cue:3:36: workloads.api.probes.readiness: sets http and tcp (expected exactly one of http, tcp, exec)`},
	}, {
		// Amounts the schema's patterns accept but Go cannot hold are
		// reported at their fields, every one of them.
		name: "amounts out of range",
		files: map[string]string{"bad.cue": "package intent\n\nfleet: big: {provider: \"gcp\", region: \"europe-west1\",\n" +
			"\tcapacity: {cpu: 1e300, memory: \"16000000000Gi\"}}\n" +
			"workloads: web: {image: \"nginx:1\", resources: {cpu: \"99999999999999999999m\", memory: \"1Gi\"}}\n"},
		want: []string{
			`bad.cue:4:18: fleet.big.capacity.cpu: CPU 1e+300 is too large`,
			`bad.cue:4:33: fleet.big.capacity.memory: memory "16000000000Gi" is too large`,
			`bad.cue:5:53: workloads.web.resources.cpu: invalid CPU "99999999999999999999m": expected cores ("2", "0.5") or millicores ("500m")`,
		},
	}, {
		// Numbers so large (or small) that the planner's arithmetic would
		// overflow are bounds of the schema, said at their fields; a
		// default is named as CUE would write the user's number.
		name: "absurd numbers",
		files: map[string]string{"bad.cue": "package intent\n\n" +
			"workloads: api: {demand: frankfurt: rps: 1e308, replicas: {min: 9223372036854775807, perReplicaRPS: 1e-300}}\n" +
			"objective: {minimize: \"weighted\", weights: cost: 1e308}\n" +
			"budgets: monthlyUSD: 1e308\n"},
		want: []string{
			`bad.cue:3:42: workloads.api.demand.frankfurt.rps: invalid value 1E+308 (expected a value <= 1E+9)`,
			`bad.cue:3:65: workloads.api.replicas.min: invalid value 9223372036854775807 (expected 1 or a value <= 2147483647)`,
			`bad.cue:3:101: workloads.api.replicas.perReplicaRPS: invalid value 1E-300 (expected a value >= 0.001)`,
			`bad.cue:4:50: objective.weights.cost: invalid value 1E+308 (expected 0 or a value <= 1E+6)`,
			`bad.cue:5:22: budgets.monthlyUSD: invalid value 1E+308 (expected a value <= 1E+12)`,
		},
	}, {
		// Two unknown fields side by side: neither is offered in place of
		// the other.
		name:  "two unknown fields",
		files: map[string]string{"bad.cue": "package intent\n\nworkloads: api: patches: [{kind: \"Deployment\", name: \"api\", patch: {}}]\n"},
		want: []string{
			`bad.cue:3:28: workloads.api.patches[0].kind: unknown field kind (expected one of target, patch)`,
			`bad.cue:3:48: workloads.api.patches[0].name: unknown field name (expected one of target, patch)`,
		},
	}, {
		// The namespace defaults to the workload's name: a bad name is one
		// mistake, not also a namespace without a value.
		name:  "bad name said once",
		files: map[string]string{"bad.cue": "package intent\n\nworkloads: \"a/b\": {image: \"nginx:1\", resources: {cpu: 1, memory: \"1Gi\"}}\n"},
		want: []string{
			`bad.cue:3:12: workloads."a/b".name: invalid value "a/b" (expected a name of lower-case letters, digits and "-" that starts and ends with a letter or digit, at most 63 characters)`,
		},
	}, {
		// A missing struct is said by its fields, on one line.
		name:  "missing struct",
		files: map[string]string{"bad.cue": "package intent\n\nobjective: minimize: \"weighted\"\n"},
		want:  []string{`bad.cue:3:1: objective.weights: missing required field (expected a struct of cost, latency, carbon)`},
	}, {
		name: "several problems at once",
		files: map[string]string{"bad.cue": "package intent\n\nworkloads: api: spot: true\n" +
			"workloads: web: resources: {cpu: 1, memory: \"1Gi\"}\n"},
		want: []string{
			`bad.cue:3:23: workloads.api.spot: invalid value true (expected one of "never", "allowed", "preferred")`,
			`bad.cue:4:12: workloads.web.image: missing required field (expected a container image with a tag or a digest, such as "ghcr.io/acme/api:1.4.2")`,
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantDiagnostics(t, writeFiles(t, withBase(tt.files)), tt.want)
		})
	}
}

func TestNoCUEFiles(t *testing.T) {
	dir := t.TempDir()
	_, err := schema.Load(dir)
	if err == nil || !strings.Contains(err.Error(), "no CUE files") {
		t.Fatalf("want a no-CUE-files error, got %v", err)
	}
}

func TestLargeInput(t *testing.T) {
	t.Run("over the size limit", func(t *testing.T) {
		big := "package intent\n\n// " + strings.Repeat("x", schema.MaxFileSize) + "\n"
		dir := writeFiles(t, map[string]string{"base.cue": base, "big.cue": big})
		_, err := schema.Load(dir)
		var ds schema.Diagnostics
		if !errors.As(err, &ds) || len(ds) != 1 || ds[0].File != "big.cue" || !strings.Contains(ds[0].Message, "bytes") {
			t.Fatalf("want one size diagnostic for big.cue, got %v", err)
		}
	})
	t.Run("many workloads", func(t *testing.T) {
		var b strings.Builder
		b.WriteString("package intent\n\n")
		for i := range 2000 {
			b.WriteString("workloads: \"w" + strconv.Itoa(i) + "\": {team: \"web\", image: \"ghcr.io/acme/w:1\", resources: {cpu: 1, memory: \"1Gi\"}}\n")
		}
		b.WriteString("workloads: w2000: {image: \"ghcr.io/acme/w:1\", resources: {cpu: \"lots\", memory: \"1Gi\"}}\n")
		dir := writeFiles(t, map[string]string{"base.cue": base, "many.cue": b.String()})
		_, err := schema.Load(dir)
		var ds schema.Diagnostics
		if !errors.As(err, &ds) || len(ds) != 1 || ds[0].Path != "workloads.w2000.resources.cpu" {
			t.Fatalf("want one diagnostic at workloads.w2000.resources.cpu, got %v", err)
		}
	})
}
