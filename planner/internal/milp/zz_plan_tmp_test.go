package milp_test

import (
	"bytes"
	"context"
	"os"
	"testing"
	"time"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/planner/internal/synth"
	"isobar.dev/isobar/providers"
)

func TestZZDumpPlan(t *testing.T) {
	if os.Getenv("DUMP") == "" {
		t.Skip()
	}
	cat, err := providers.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	for _, sz := range [][2]int{{20, 10}, {200, 50}} {
		in := synth.Generate(cat, 42, sz[0], sz[1])
		var buf bytes.Buffer
		_, err := planner.Solve(context.Background(), in, cat, planner.Options{TimeLimit: time.Second, ExportMPS: &buf})
		if err != nil {
			t.Fatal(err)
		}
		os.WriteFile("/tmp/plandump/"+map[int]string{20: "small", 200: "mid"}[sz[0]]+".mps", buf.Bytes(), 0o644)
	}
}
