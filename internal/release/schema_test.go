package release

import (
	"bytes"
	"io"
	"log"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-containerregistry/pkg/registry"

	"isobar.dev/isobar/internal/cli"
	"isobar.dev/isobar/internal/scaffold"
)

// cueCLI is the upstream cue command at the version go.mod pins (its tool
// directive), built by the go command.
func cueCLI(t *testing.T) string {
	t.Helper()
	out, err := exec.Command("go", "-C", moduleDir(t), "tool", "-n", "cue").Output()
	if err != nil {
		t.Fatalf("go tool -n cue: %v", err)
	}
	return strings.TrimSpace(string(out))
}

// TestSchemaModule publishes the schema as a CUE module to a registry on
// loopback; a repository made by `isobar init --schema registry` depends on
// it, and the upstream cue CLI, given CUE_REGISTRY, fetches it and vets
// the intent (and refuses a broken one with its position), as isobar vet
// does without any registry. Publishing the same version again is refused
// by the registry client (versions are immutable).
func TestSchemaModule(t *testing.T) {
	srv := httptest.NewServer(registry.New(registry.Logger(log.New(io.Discard, "", 0))))
	t.Cleanup(srv.Close)
	host := strings.TrimPrefix(srv.URL, "http://")
	reg := "isobar.dev=" + host + "/cue+insecure"
	created := time.Date(2026, 11, 2, 10, 30, 0, 0, time.UTC)
	if err := PublishSchema(t.Context(), reg, "v0.1.0", "0123456789abcdef0123456789abcdef01234567", created); err != nil {
		t.Fatal(err)
	}
	if err := PublishSchema(t.Context(), reg, "v0.2.0", "", time.Time{}); err != nil {
		t.Fatal(err)
	}
	z1, _ := SchemaZip("v0.1.0")
	z2, _ := SchemaZip("v0.1.0")
	if !bytes.Equal(z1, z2) {
		t.Error("two archives of one version differ")
	}

	dir := filepath.Join(t.TempDir(), "shop")
	if _, err := scaffold.Write(dir, scaffold.Options{Module: "example.com/shop@v0", Schema: scaffold.SchemaRegistry, SchemaVersion: "v0.1.0"}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dir, "cue.mod", "pkg")); err == nil {
		t.Fatal("registry mode vendored the schema")
	}
	cue := cueCLI(t)
	home := t.TempDir()
	env := []string{
		"HOME=" + home, "PATH=" + os.Getenv("PATH"), "CUE_CACHE_DIR=" + filepath.Join(home, "cue-cache"),
		"CUE_CONFIG_DIR=" + filepath.Join(home, "cue-config"), "CUE_REGISTRY=" + reg,
	}
	cueRun := func(args ...string) (string, error) {
		cmd := exec.Command(cue, args...)
		cmd.Dir, cmd.Env = dir, env
		out, err := cmd.CombinedOutput()
		t.Logf("cue %s: %v\n%s", strings.Join(args, " "), err, out)
		return string(out), err
	}
	if _, err := cueRun("vet", "-c", "./..."); err != nil {
		t.Fatalf("cue vet of a fresh repository: %v", err)
	}
	// The module cache now holds the published module at the version.
	if _, err := os.Stat(filepath.Join(home, "cue-cache", "mod", "extract", "isobar.dev", "schema@v0.1.0", "intent.cue")); err != nil {
		t.Errorf("the schema module was not fetched: %v", err)
	}
	// `cue mod tidy` agrees with the dependency as declared.
	if _, err := cueRun("mod", "tidy", "--check"); err != nil {
		t.Errorf("cue mod tidy --check: %v", err)
	}
	var stdout, stderr bytes.Buffer
	if code := cli.Main(t.Context(), []string{"vet", dir}, &stdout, &stderr); code != 0 {
		t.Fatalf("isobar vet: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}

	// A broken intent: both refuse it, naming the file.
	intent := filepath.Join(dir, "intent.cue")
	b, err := os.ReadFile(intent)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(intent, append(b, []byte("\nworkloads: storefront: replicas: \"three\"\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := cueRun("vet", "-c", "./...")
	if err == nil || !strings.Contains(out, "intent.cue:") {
		t.Errorf("cue vet accepted a broken intent or did not name the file: %v\n%s", err, out)
	}
	stdout.Reset()
	stderr.Reset()
	if code := cli.Main(t.Context(), []string{"vet", dir}, &stdout, &stderr); code == 0 || !strings.Contains(stdout.String()+stderr.String(), "intent.cue:") {
		t.Errorf("isobar vet of a broken intent: exit %d\n%s%s", code, stdout.String(), stderr.String())
	}

	// A version that was never published is an error naming it.
	if err := os.WriteFile(intent, b, 0o644); err != nil {
		t.Fatal(err)
	}
	mod := filepath.Join(dir, "cue.mod", "module.cue")
	mb, _ := os.ReadFile(mod)
	if err := os.WriteFile(mod, bytes.ReplaceAll(mb, []byte("v0.1.0"), []byte("v0.9.0")), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := cueRun("vet", "-c", "./..."); err == nil || !strings.Contains(out, "v0.9.0") {
		t.Errorf("cue vet with an unpublished version: %v\n%s", err, out)
	}
}

// TestSchemaModuleRefuses: a version that is not one is refused before
// anything is sent.
func TestSchemaModuleRefuses(t *testing.T) {
	for _, v := range []string{"", "1.0.0", "v1.0.0", "latest"} {
		if _, err := SchemaZip(v); err == nil {
			t.Errorf("SchemaZip(%q) accepted", v)
		}
	}
}
