package release

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// preCommit finds the pre-commit framework's client (Debian's
// pre-commit); the test skips without it unless
// ISOBAR_REQUIRE_PRECOMMIT=1 (CI).
func preCommit(t *testing.T) string {
	t.Helper()
	if p, err := exec.LookPath("pre-commit"); err == nil {
		return p
	}
	if os.Getenv("ISOBAR_REQUIRE_PRECOMMIT") == "1" {
		t.Fatal("pre-commit not found (apt-get install pre-commit)")
	}
	t.Skip("pre-commit not found (apt-get install pre-commit); set ISOBAR_REQUIRE_PRECOMMIT=1 to fail instead")
	return ""
}

// goEnv reads one setting of the go command.
func goEnv(t *testing.T, key string) string {
	t.Helper()
	out, err := exec.Command("go", "env", key).Output()
	if err != nil {
		t.Fatalf("go env %s: %v", key, err)
	}
	return strings.TrimSpace(string(out))
}

// TestPreCommitHook runs this repository's .pre-commit-hooks.yaml with the
// real pre-commit client, as a user repository does: its
// .pre-commit-config.yaml names this repository (a local path) at the
// commit checked out here (HEAD: commit the hook before running this) and
// the hook id isobar-vet. pre-commit clones it, builds isobar with the go
// command (language golang: offline from the module and build caches
// inherited here) and runs it: the example intent passes; with a planted
// error the hook fails and prints the error's file and line. The hook
// isobar-vet-system does the same with the isobar on PATH, and fails
// without one.
func TestPreCommitHook(t *testing.T) {
	client := preCommit(t)
	if _, err := exec.LookPath("git"); err != nil {
		t.Fatal("git not found")
	}
	mod := moduleDir(t)
	head, err := exec.Command("git", "-C", mod, "rev-parse", "HEAD").Output()
	if err != nil {
		t.Fatalf("git rev-parse HEAD in %s: %v (the hook repository must be a git clone)", mod, err)
	}
	rev := strings.TrimSpace(string(head))

	home := t.TempDir()
	env := []string{
		"HOME=" + home,
		"PATH=" + os.Getenv("PATH"),
		"PRE_COMMIT_HOME=" + filepath.Join(home, "pre-commit"),
		// The hook's build reads the caches of this machine (so it needs no
		// network once they are warm) and the proxy settings of this run.
		"GOCACHE=" + goEnv(t, "GOCACHE"),
		"GOMODCACHE=" + goEnv(t, "GOMODCACHE"),
		"GOPROXY=" + goEnv(t, "GOPROXY"),
		"GOSUMDB=" + goEnv(t, "GOSUMDB"),
		"GOFLAGS=" + os.Getenv("GOFLAGS"),
		"GOTOOLCHAIN=local",
		"GIT_CONFIG_NOSYSTEM=1",
		"LANG=C.UTF-8",
	}

	user := filepath.Join(t.TempDir(), "fleet")
	copyTree(t, filepath.Join(mod, "examples", "webshop"), user)
	writeConfig := func(hook string) {
		t.Helper()
		config := fmt.Sprintf("repos:\n  - repo: %s\n    rev: %s\n    hooks:\n      - id: %s\n", mod, rev, hook)
		if err := os.WriteFile(filepath.Join(user, ".pre-commit-config.yaml"), []byte(config), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	git := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", args...)
		cmd.Dir, cmd.Env = user, env
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
		}
	}
	writeConfig("isobar-vet")
	git("init", "-q")
	git("add", "-A")

	run := func(env []string) (string, int, time.Duration) {
		t.Helper()
		ctx, cancel := context.WithTimeout(t.Context(), 15*time.Minute)
		defer cancel()
		cmd := exec.CommandContext(ctx, client, "run", "--all-files", "--color", "never")
		cmd.Dir, cmd.Env = user, env
		var out bytes.Buffer
		cmd.Stdout, cmd.Stderr = &out, &out
		start := time.Now()
		err := cmd.Run()
		took := time.Since(start)
		code := 0
		if err != nil {
			var ee *exec.ExitError
			if !errors.As(err, &ee) {
				t.Fatalf("pre-commit: %v\n%s", err, out.String())
			}
			code = ee.ExitCode()
		}
		t.Logf("pre-commit run --all-files: exit %d in %s\n%s", code, took.Round(time.Millisecond), out.String())
		if ctx.Err() != nil {
			t.Fatalf("pre-commit did not finish in 15 minutes")
		}
		return out.String(), code, took
	}
	passes := func(out string, code int) {
		t.Helper()
		if code != 0 || !strings.Contains(out, "isobar vet") || !strings.Contains(out, "Passed") {
			t.Fatalf("pre-commit on the example intent: exit %d\n%s", code, out)
		}
	}
	failsAt := func(out string, code int, file, line string) {
		t.Helper()
		if code == 0 || !strings.Contains(out, "Failed") {
			t.Fatalf("pre-commit passed an intent with an error: exit %d\n%s", code, out)
		}
		if !namesPosition(out, file, line) {
			t.Errorf("the hook's output has no error at %s:%s:\n%s", file, line, out)
		}
	}

	// isobar-vet: pre-commit builds isobar from the hook repository.
	out, code, took := run(env)
	passes(out, code)
	t.Logf("isobar-vet, first run (clones the hook repository, builds isobar): %s", took.Round(time.Second))
	good, err := os.ReadFile(filepath.Join(user, "shop.cue"))
	if err != nil {
		t.Fatal(err)
	}
	file, line := plantError(t, user)
	git("add", "-A")
	out, code, took = run(env)
	failsAt(out, code, file, line)
	t.Logf("isobar-vet, second run (built): %s", took.Round(time.Second))

	// isobar-vet-system: the isobar on PATH, here the one pre-commit built.
	built, _ := filepath.Glob(filepath.Join(home, "pre-commit", "repo*", "golangenv-*", "bin", "isobar"))
	if len(built) != 1 {
		t.Fatalf("pre-commit's build of isobar: found %v", built)
	}
	writeConfig("isobar-vet-system")
	git("add", "-A")
	sysEnv := append(slices.Clone(env), "PATH="+filepath.Dir(built[0])+string(os.PathListSeparator)+os.Getenv("PATH"))
	out, code, _ = run(sysEnv)
	failsAt(out, code, file, line)
	if err := os.WriteFile(filepath.Join(user, "shop.cue"), good, 0o644); err != nil {
		t.Fatal(err)
	}
	git("add", "-A")
	out, code, took = run(sysEnv)
	passes(out, code)
	t.Logf("isobar-vet-system: %s", took.Round(time.Second))

	// Without isobar on PATH the system hook fails and says so.
	if p, err := exec.LookPath("isobar"); err == nil {
		t.Logf("not checking isobar-vet-system without isobar: this machine has %s", p)
		return
	}
	out, code, _ = run(env)
	if code == 0 || !strings.Contains(out, "isobar") {
		t.Errorf("isobar-vet-system without isobar on PATH: exit %d\n%s", code, out)
	}
}
