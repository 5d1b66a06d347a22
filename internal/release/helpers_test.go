package release

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"isobar.dev/isobar/bundle"
)

const testPassword = "release-test"

// moduleDir is the root of the isobar module.
func moduleDir(t testing.TB) string {
	t.Helper()
	d, err := filepath.Abs(filepath.Join("..", ".."))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// testKey makes a cosign key pair and writes cosign.pub into a temporary
// folder; it returns the loaded private key and the public key's path.
func testKey(t testing.TB) (*bundle.PrivateKey, string) {
	t.Helper()
	kp, err := bundle.GenerateKeyPair([]byte(testPassword))
	if err != nil {
		t.Fatal(err)
	}
	key, err := bundle.LoadPrivateKey(kp.PrivateKey, []byte(testPassword))
	if err != nil {
		t.Fatal(err)
	}
	pub := filepath.Join(t.TempDir(), "cosign.pub")
	if err := os.WriteFile(pub, kp.PublicKey, 0o644); err != nil {
		t.Fatal(err)
	}
	return key, pub
}

// tool finds an upstream CLI built by hack/build-cosign.sh: $env, else
// ~/.cache/isobar/tools/<dir>/<bin>. Without it the test skips, unless
// $require is 1.
func tool(t testing.TB, env, require, dir, bin string) string {
	t.Helper()
	p := os.Getenv(env)
	if p == "" {
		cache, err := os.UserCacheDir()
		if err == nil {
			if c := os.Getenv("ISOBAR_CACHE"); c != "" {
				cache = filepath.Dir(c)
			}
			p = filepath.Join(cache, "isobar", "tools", dir, bin)
		}
	}
	if fi, err := os.Stat(p); err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0 {
		return p
	}
	msg := fmt.Sprintf("%s not found at %q (set %s, or run hack/build-cosign.sh --crane)", bin, p, env)
	if os.Getenv(require) == "1" {
		t.Fatalf("%s; %s=1 requires it", msg, require)
	}
	t.Skipf("skipping: %s; set %s=1 to make this a failure", msg, require)
	return ""
}

func cosignCLI(t testing.TB) string {
	return tool(t, "ISOBAR_COSIGN", "ISOBAR_REQUIRE_COSIGN", "cosign-v2.6.5", "cosign")
}

func craneCLI(t testing.TB) string {
	return tool(t, "ISOBAR_CRANE", "ISOBAR_REQUIRE_COSIGN", "crane-v0.22.1", "crane")
}

// run runs a command with an environment of its own (HOME, no Docker
// credentials; cosign kept off the network: see bundle's cosign tests) and
// returns its combined output.
func run(t testing.TB, dir, bin string, args ...string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	home := t.TempDir()
	ctlog := filepath.Join(home, "unused-ctlog.pub")
	if err := os.WriteFile(ctlog, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.CommandContext(ctx, bin, args...)
	cmd.Dir = dir
	cmd.Env = []string{
		"HOME=" + home, "DOCKER_CONFIG=" + filepath.Join(home, ".docker"), "PATH=" + os.Getenv("PATH"),
		"SIGSTORE_CT_LOG_PUBLIC_KEY_FILE=" + ctlog, "COSIGN_YES=true",
	}
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	err := cmd.Run()
	t.Logf("%s %s: %v\n%s", filepath.Base(bin), strings.Join(args, " "), err, out.String())
	return out.String(), err
}
