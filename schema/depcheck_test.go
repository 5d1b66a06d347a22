package schema_test

import (
	"os/exec"
	"strings"
	"testing"
)

// TestCoreDependencies guards the layering: the core packages evaluate CUE
// and compute, and never reach git, registries or clusters.
func TestCoreDependencies(t *testing.T) {
	core := []string{"isobar.dev/isobar/schema", "isobar.dev/isobar/planner", "isobar.dev/isobar/render"}
	forbidden := []string{
		"github.com/go-git/", "github.com/google/go-containerregistry/", "github.com/sigstore/",
		"github.com/fluxcd/", "k8s.io/client-go/", "sigs.k8s.io/controller-runtime",
	}
	out, err := exec.Command("go", append([]string{"list", "-deps"}, core...)...).CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, dep := range strings.Fields(string(out)) {
		for _, f := range forbidden {
			if strings.HasPrefix(dep, f) {
				t.Errorf("core package depends on %s", dep)
			}
		}
	}
}
