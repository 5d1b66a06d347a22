package schema_test

import (
	"testing"

	"isobar.dev/isobar/schema"
)

// TestClusterAutoscaling checks a cluster's choice of what scales its
// replicas per window: absent (KEDA), "hpa", and a misspelling, which is
// refused at its position.
func TestClusterAutoscaling(t *testing.T) {
	dir := writeFiles(t, withBase(map[string]string{"scale.cue": "package intent\n\nfleet: eu: autoscaling: \"hpa\"\n"}))
	in, err := schema.Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	if got := in.Intent.Fleet["eu"].Autoscaling; got != schema.AutoscalingHPA {
		t.Errorf("fleet.eu.autoscaling = %q, want %q", got, schema.AutoscalingHPA)
	}
	if err := vetDir(t, dir); err != nil {
		t.Fatal(err)
	}

	dir = writeFiles(t, withBase(nil))
	if in, err = schema.Load(dir); err != nil {
		t.Fatal(err)
	}
	if got := in.Intent.Fleet["eu"].Autoscaling; got != "" {
		t.Errorf("fleet.eu.autoscaling = %q when absent, want empty (KEDA)", got)
	}

	dir = writeFiles(t, withBase(map[string]string{"bad.cue": "package intent\n\nfleet: eu: autoscaling: \"kedaa\"\n"}))
	wantDiagnostics(t, dir, []string{`bad.cue:3:25: fleet.eu.autoscaling: invalid value "kedaa" (expected "keda" or "hpa")`})
}
