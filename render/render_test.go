package render_test

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

var update = flag.Bool("update", false, "rewrite the golden renders in testdata")

// example loads an example and its golden plan (planner/testdata).
func example(t *testing.T, name string) (*schema.Intent, *planner.Plan) {
	t.Helper()
	inst, err := schema.Load(filepath.Join("..", "examples", name))
	if err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join("..", "planner", "testdata", name+".plan.json"))
	if err != nil {
		t.Fatal(err)
	}
	plan, err := planner.Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	return inst.Intent, plan
}

// concat joins a cluster's files into one reviewable document.
func concat(t *testing.T, s *render.ClusterSet) []byte {
	t.Helper()
	files, err := s.Files()
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	for _, f := range files {
		buf.WriteString("# " + f.Path + "\n")
		buf.Write(f.Data)
		buf.WriteString("---\n")
	}
	return buf.Bytes()
}

// golden compares every cluster's render with testdata/<dir>/<cluster>.yaml.
func golden(t *testing.T, dir string, res *render.Result) {
	t.Helper()
	for _, s := range res.Clusters {
		goldenFile(t, filepath.Join("testdata", dir, s.Cluster+".yaml"), concat(t, s))
	}
}

// goldenFile compares got with the file at path, or rewrites it with -update.
func goldenFile(t *testing.T, path string, got []byte) {
	t.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test ./render -update)", err)
	}
	if diff := cmp.Diff(string(want), string(got)); diff != "" {
		t.Errorf("%s differs (-want +got):\n%s", path, diff)
	}
}

func TestExamples(t *testing.T) {
	for _, name := range []string{"webshop", "gpu-inference", "batch-analytics", "three-clouds"} {
		t.Run(name, func(t *testing.T) {
			in, plan := example(t, name)
			res, err := render.Render(in, plan, render.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(res.Clusters) != len(in.Fleet) {
				t.Errorf("%d cluster sets for %d clusters", len(res.Clusters), len(in.Fleet))
			}
			golden(t, name, res)
			again, err := render.Render(in, plan, render.Options{})
			if err != nil {
				t.Fatal(err)
			}
			for i := range res.Clusters {
				if !bytes.Equal(concat(t, res.Clusters[i]), concat(t, again.Clusters[i])) {
					t.Errorf("%s: two renders differ", res.Clusters[i].Cluster)
				}
			}
			checkTyped(t, res)
			checkCompliance(t, in, res)
		})
	}
}

// TestObjectsIndependentOfPlanProvenance: a plan that places the same
// replicas in the same clusters, but is another plan (other inputs, other
// solver report), renders byte-identical objects, so that a commit writes
// to a cluster only the objects whose content it changes. Nothing on an
// object names the plan.
func TestObjectsIndependentOfPlanProvenance(t *testing.T) {
	for _, name := range []string{"webshop", "three-clouds"} {
		t.Run(name, func(t *testing.T) {
			in, plan := example(t, name)
			res, err := render.Render(in, plan, render.Options{})
			if err != nil {
				t.Fatal(err)
			}
			plan.Metadata.InputsDigest = "sha256:" + strings.Repeat("0", 64)
			plan.Metadata.Previous = "sha256:" + strings.Repeat("1", 64)
			plan.Solver.TimeMs += 1000
			other, err := render.Render(in, plan, render.Options{})
			if err != nil {
				t.Fatal(err)
			}
			if other.PlanDigest == res.PlanDigest {
				t.Fatal("the two plans have one digest")
			}
			for i, s := range res.Clusters {
				if !bytes.Equal(concat(t, s), concat(t, other.Clusters[i])) {
					t.Errorf("%s: the objects differ with the plan's digest", s.Cluster)
				}
				for _, o := range s.Objects {
					b, err := o.MarshalJSON()
					if err != nil {
						t.Fatal(err)
					}
					if bytes.Contains(b, []byte(strings.TrimPrefix(res.PlanDigest, "sha256:"))) {
						t.Errorf("%s: %s %s/%s names the plan digest", s.Cluster, o.GetKind(), o.GetNamespace(), o.GetName())
					}
				}
			}
		})
	}
}

// checkCompliance asserts the metadata the reconciler's gatekeeper relies
// on: every object says who manages it, which plan it is from and which
// country it is in; every object of a workload names its data classes.
func checkCompliance(t *testing.T, in *schema.Intent, res *render.Result) {
	t.Helper()
	for _, s := range res.Clusters {
		if s.Country == "" {
			t.Errorf("%s: no country", s.Cluster)
		}
		for _, o := range s.Objects {
			id := s.Cluster + ": " + o.GetKind() + " " + o.GetNamespace() + "/" + o.GetName()
			l := o.GetLabels()
			if l[render.LabelManagedBy] != render.ManagedBy || l[render.LabelCluster] != s.Cluster || l[render.LabelJurisdiction] != s.Country {
				t.Errorf("%s: labels %v", id, l)
			}
			w, ok := in.Workloads[l[render.LabelWorkload]]
			if o.GetKind() == "Namespace" {
				continue
			}
			if !ok {
				t.Errorf("%s: workload label %q names no workload", id, l[render.LabelWorkload])
				continue
			}
			dns := o.GetKind() == "DNSEndpoint" || o.GetKind() == "Gslb"
			for _, dc := range w.DataClasses {
				// DNS records hold none of the workload's data, and may
				// live where its data classes may not.
				if got := l[render.LabelDataClassPrefix+dc]; (got == "true") == dns {
					t.Errorf("%s: data class %s label %q", id, dc, got)
				}
			}
		}
	}
}

func TestInfeasiblePlanRefused(t *testing.T) {
	in, plan := example(t, "webshop")
	plan.Status = planner.StatusInfeasible
	if _, err := render.Render(in, plan, render.Options{}); err == nil || !strings.Contains(err.Error(), "infeasible") {
		t.Fatalf("got %v, want an infeasible-plan error", err)
	}
}

func TestPlanOfAnotherIntentRefused(t *testing.T) {
	in, plan := example(t, "webshop")
	plan.Placements[0].Cluster = "onprem-basement"
	_, err := render.Render(in, plan, render.Options{})
	if err == nil || !strings.Contains(err.Error(), `cluster "onprem-basement", which is not in the fleet`) {
		t.Fatalf("got %v", err)
	}
	in, plan = example(t, "webshop")
	plan.Placements[0].Workload = "ghost"
	_, err = render.Render(in, plan, render.Options{})
	if err == nil || !strings.Contains(err.Error(), `workload "ghost", which the intent does not declare`) {
		t.Fatalf("got %v", err)
	}
}

func TestWriteDir(t *testing.T) {
	in, plan := example(t, "webshop")
	res, err := render.Render(in, plan, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out")
	if err := res.WriteDir(out); err != nil {
		t.Fatal(err)
	}
	s := res.Clusters[0]
	files, err := s.Files()
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		b, err := os.ReadFile(filepath.Join(out, s.Cluster, f.Path))
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(b, f.Data) {
			t.Errorf("%s differs on disk", f.Path)
		}
	}
	// The file of an object no longer rendered disappears on rewrite.
	gone := filepath.Join(out, s.Cluster, filepath.FromSlash(files[0].Path))
	s.Objects = s.Objects[1:]
	if err := res.WriteDir(out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(gone); !os.IsNotExist(err) {
		t.Errorf("the file of an object no longer rendered survived a rewrite: %v", err)
	}
	// A file put into the output by hand is never removed: the rewrite is
	// refused.
	added := filepath.Join(out, s.Cluster, "_cluster", "namespace-mine.yaml")
	if err := os.WriteFile(added, []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	err = res.WriteDir(out)
	if err == nil || !strings.Contains(err.Error(), "holds what isobar render did not write: "+s.Cluster+"/_cluster/namespace-mine.yaml") {
		t.Fatalf("rewrite over a file added by hand: %v", err)
	}
	if b, _ := os.ReadFile(added); string(b) != "x" {
		t.Errorf("the added file changed: %q", b)
	}
	// A folder render did not write is never replaced.
	mine := t.TempDir()
	if err := os.WriteFile(filepath.Join(mine, "notes.txt"), []byte("keep"), 0o644); err != nil {
		t.Fatal(err)
	}
	err = res.WriteDir(mine)
	if err == nil || !strings.Contains(err.Error(), "holds notes.txt and was not written by isobar render") {
		t.Fatalf("got %v", err)
	}
	if b, _ := os.ReadFile(filepath.Join(mine, "notes.txt")); string(b) != "keep" {
		t.Errorf("user file changed: %q", b)
	}
	entries, _ := os.ReadDir(filepath.Dir(out))
	for _, e := range entries {
		if strings.Contains(e.Name(), ".isobar-") {
			t.Errorf("temporary folder left behind: %s", e.Name())
		}
	}
}
