package kubetest

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
)

const (
	// EnvAssets names the folder holding the binaries; it overrides the
	// repository's build cache. envtest reads it too.
	EnvAssets = "KUBEBUILDER_ASSETS"
	// EnvRequire set to 1 makes tests fail instead of skip when the
	// binaries are missing (CI sets it).
	EnvRequire = "ISOBAR_REQUIRE_KUBE"
	// EnvKeep set to 1 keeps a cluster's temporary directory (data, logs,
	// kubeconfigs) after Stop, for debugging.
	EnvKeep = "ISOBAR_KUBETEST_KEEP"

	buildScript = "hack/build-kube.sh"
	stagesDir   = "kwok-stages"
)

// Binaries a plain cluster needs, and those the simulation adds.
var (
	plainBinaries    = []string{"etcd", "kube-apiserver"}
	simulateBinaries = []string{"kube-controller-manager", "kube-scheduler", "kwok"}
)

// assetsDir is resolved once per test binary: it runs a script.
var assetsDir = sync.OnceValues(findAssetsDir)

// AssetsDir returns the folder holding the cluster binaries: KUBEBUILDER_ASSETS
// when set, otherwise the folder hack/build-kube.sh builds into, provided the
// build there is complete and up to date.
func AssetsDir() (string, error) {
	return assetsDir()
}

func findAssetsDir() (string, error) {
	if dir := os.Getenv(EnvAssets); dir != "" {
		return dir, nil
	}
	root, err := repoRoot()
	if err != nil {
		return "", err
	}
	script := filepath.Join(root, buildScript)
	var stdout, stderr bytes.Buffer
	cmd := exec.Command("bash", script, "--check")
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	if err := cmd.Run(); err != nil {
		msg := strings.TrimSpace(stderr.String())
		if msg == "" {
			msg = err.Error()
		}
		return "", fmt.Errorf("kubernetes binaries for tests: %s; build them with %s (once, 15 to 25 minutes)", msg, buildScript)
	}
	dir := strings.TrimSpace(stdout.String())
	if dir == "" {
		return "", fmt.Errorf("%s --check printed no folder", script)
	}
	return dir, nil
}

// repoRoot walks up from the working directory (a test's package folder) to
// the folder holding go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", fmt.Errorf("locating the repository: %w", err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("locating the repository: no go.mod above the working directory; set " + EnvAssets)
		}
		dir = parent
	}
}

// checkAssets returns the assets folder after checking that the binaries a
// cluster with the given options needs are there.
func checkAssets(simulate bool) (string, error) {
	dir, err := AssetsDir()
	if err != nil {
		return "", err
	}
	return dir, verifyAssets(dir, simulate)
}

// verifyAssets checks that dir holds the binaries of a plain cluster, and of
// the simulation if asked, naming what is missing.
func verifyAssets(dir string, simulate bool) error {
	need := plainBinaries
	if simulate {
		need = append(append([]string(nil), plainBinaries...), simulateBinaries...)
	}
	var missing []string
	for _, b := range need {
		if st, err := os.Stat(filepath.Join(dir, b)); err != nil || st.IsDir() {
			missing = append(missing, b)
		}
	}
	if simulate {
		if stages, _ := kwokStages(dir); len(stages) == 0 {
			missing = append(missing, stagesDir+"/*.yaml")
		}
	}
	if len(missing) > 0 {
		return fmt.Errorf("kubernetes binaries missing in %s: %s (build them with %s)",
			dir, strings.Join(missing, ", "), buildScript)
	}
	return nil
}

// kwokStages lists the Stage files kwok is started with.
func kwokStages(dir string) ([]string, error) {
	return filepath.Glob(filepath.Join(dir, stagesDir, "*.yaml"))
}

// Available reports whether every binary, the simulation's included, is built.
// Its error names what is missing and hack/build-kube.sh.
func Available() error {
	_, err := checkAssets(true)
	return err
}

// SkipUnlessAvailable skips t when the binaries are missing, naming
// hack/build-kube.sh, or fails it when ISOBAR_REQUIRE_KUBE=1.
func SkipUnlessAvailable(t testing.TB) {
	t.Helper()
	_, err := checkAssets(true)
	skipOrFail(t, err)
}

func skipOrFail(t testing.TB, err error) {
	t.Helper()
	if err == nil {
		return
	}
	if os.Getenv(EnvRequire) == "1" {
		t.Fatalf("%v (%s=1)", err, EnvRequire)
		return
	}
	t.Skipf("%v (set %s=1 to fail instead)", err, EnvRequire)
}
