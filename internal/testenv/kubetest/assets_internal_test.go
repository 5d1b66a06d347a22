package kubetest

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestVerifyAssetsNamesWhatIsMissing(t *testing.T) {
	dir := t.TempDir()
	for _, b := range []string{"etcd", "kube-apiserver"} {
		if err := os.WriteFile(filepath.Join(dir, b), nil, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	if err := verifyAssets(dir, false); err != nil {
		t.Errorf("a plain cluster needs only etcd and kube-apiserver: %v", err)
	}
	err := verifyAssets(dir, true)
	if err == nil {
		t.Fatal("the simulation's binaries are missing, want an error")
	}
	for _, want := range []string{"kube-controller-manager", "kube-scheduler", "kwok", stagesDir, buildScript} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not name %s", err, want)
		}
	}
}

func TestSkipOrFail(t *testing.T) {
	t.Run("skips", func(t *testing.T) {
		t.Setenv(EnvRequire, "")
		ft := &fakeTB{TB: t}
		skipOrFail(ft, errMissing)
		if !ft.skipped || ft.failed || !strings.Contains(ft.msg, buildScript) {
			t.Errorf("skipped=%v failed=%v msg=%q, want a skip naming %s", ft.skipped, ft.failed, ft.msg, buildScript)
		}
	})
	t.Run("fails when required", func(t *testing.T) {
		t.Setenv(EnvRequire, "1")
		ft := &fakeTB{TB: t}
		skipOrFail(ft, errMissing)
		if ft.skipped || !ft.failed || !strings.Contains(ft.msg, buildScript) {
			t.Errorf("skipped=%v failed=%v msg=%q, want a failure naming %s", ft.skipped, ft.failed, ft.msg, buildScript)
		}
	})
}

var errMissing = verifyAssets(os.DevNull, false)

// fakeTB records Skipf and Fatalf instead of ending the test.
type fakeTB struct {
	testing.TB
	skipped, failed bool
	msg             string
}

func (f *fakeTB) Helper() {}

func (f *fakeTB) Skipf(format string, args ...any) {
	f.skipped = true
	f.msg = fmt.Sprintf(format, args...)
}

func (f *fakeTB) Fatalf(format string, args ...any) {
	f.failed = true
	f.msg = fmt.Sprintf(format, args...)
}
