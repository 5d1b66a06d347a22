package release

import (
	"bytes"
	"context"
	"errors"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The GitHub Action (action.yml) installs a release with
// hack/install-isobar.sh and runs isobar with hack/isobar-action.sh.
const (
	installScript = "hack/install-isobar.sh"
	runScript     = "hack/isobar-action.sh"
)

// runnerPlatform is this machine as GitHub's runners name it in
// RUNNER_OS and RUNNER_ARCH.
func runnerPlatform(t *testing.T) (string, string) {
	t.Helper()
	osNames := map[string]string{"linux": "Linux", "darwin": "macOS"}
	archNames := map[string]string{"amd64": "X64", "arm64": "ARM64"}
	o, a := osNames[runtime.GOOS], archNames[runtime.GOARCH]
	if o == "" || a == "" {
		t.Skipf("releases are not made for %s/%s", runtime.GOOS, runtime.GOARCH)
	}
	return o, a
}

// scriptRun is one run of a script as a GitHub runner runs an action's
// step: a job environment of its own (RUNNER_TEMP, GITHUB_PATH,
// GITHUB_OUTPUT), the PATH of the test for curl, openssl and coreutils.
type scriptRun struct {
	code           int
	stdout, stderr string
	// installed is the folder the script added to GITHUB_PATH.
	installed []string
	outputs   map[string]string
}

func runScriptAsAction(t *testing.T, script string, env map[string]string) scriptRun {
	t.Helper()
	runnerOS, runnerArch := runnerPlatform(t)
	job := t.TempDir()
	temp := filepath.Join(job, "runner-temp")
	if err := os.Mkdir(temp, 0o755); err != nil {
		t.Fatal(err)
	}
	ghPath, ghOutput := filepath.Join(job, "github_path"), filepath.Join(job, "github_output")
	for _, f := range []string{ghPath, ghOutput} {
		if err := os.WriteFile(f, nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	full := map[string]string{
		"PATH": os.Getenv("PATH"), "HOME": job, "GITHUB_ACTIONS": "true",
		"RUNNER_OS": runnerOS, "RUNNER_ARCH": runnerArch, "RUNNER_TEMP": temp,
		"GITHUB_PATH": ghPath, "GITHUB_OUTPUT": ghOutput,
		"GITHUB_ACTION_PATH": moduleDir(t),
	}
	for k, v := range env {
		full[k] = v
	}
	ctx, cancel := context.WithTimeout(t.Context(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, "bash", filepath.Join(moduleDir(t), script))
	cmd.Dir = job
	for k, v := range full {
		cmd.Env = append(cmd.Env, k+"="+v)
	}
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	r := scriptRun{stdout: stdout.String(), stderr: stderr.String(), outputs: map[string]string{}}
	if err != nil {
		var ee *exec.ExitError
		if !errors.As(err, &ee) {
			t.Fatalf("%s: %v", script, err)
		}
		r.code = ee.ExitCode()
	}
	p, _ := os.ReadFile(ghPath)
	r.installed = strings.Fields(string(p))
	o, _ := os.ReadFile(ghOutput)
	for _, line := range strings.Split(string(o), "\n") {
		if k, v, ok := strings.Cut(line, "="); ok {
			r.outputs[k] = v
		}
	}
	t.Logf("%s: exit %d\n%s%s", script, r.code, r.stdout, r.stderr)
	return r
}

// copyRelease copies a release folder so that the copy can be tampered
// with.
func copyRelease(t *testing.T, from, to string) {
	t.Helper()
	if err := os.MkdirAll(to, 0o755); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(from)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), b, 0o755); err != nil {
			t.Fatal(err)
		}
	}
}

// TestActionInstall makes a release of this platform with the release
// code, serves it over HTTP on loopback as GitHub serves release
// downloads (<base>/<tag>/<file>), and runs the action's install script
// the way the action does. A good release installs: the folder it puts on
// GITHUB_PATH holds an isobar that reports the release's version, with
// and without the release key. A changed binary, a changed checksums.txt
// line, a signature that is not the key's, and bad settings are refused
// with a non-zero exit, a message naming the cause, and nothing installed.
func TestActionInstall(t *testing.T) {
	if _, err := exec.LookPath("curl"); err != nil {
		t.Skip("curl not found: the install script downloads with it")
	}
	key, pub := testKey(t)
	_, otherPub := testKey(t)
	const version = "v0.9.0-action.1"
	platform := Platform{runtime.GOOS, runtime.GOARCH}
	root := t.TempDir()
	good := filepath.Join(root, "good", version)
	if _, err := Make(t.Context(), good, Options{
		BuildOptions: BuildOptions{
			ModuleDir: moduleDir(t), Version: version,
			Revision:  "0123456789abcdef0123456789abcdef01234567",
			Platforms: []Platform{platform},
		},
		Created: time.Date(2026, 11, 2, 10, 30, 0, 0, time.UTC),
		Key:     key,
	}); err != nil {
		t.Fatal(err)
	}
	bin := BinaryName(version, platform)
	sums, err := os.ReadFile(filepath.Join(good, ChecksumsName))
	if err != nil {
		t.Fatal(err)
	}

	// A release whose binary was changed after checksums.txt was signed.
	badBin := filepath.Join(root, "badbin", version)
	copyRelease(t, good, badBin)
	f, err := os.OpenFile(filepath.Join(badBin, bin), os.O_APPEND|os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.Write([]byte("\x00")); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	// A release whose checksums.txt line for the binary was changed (to the
	// checksum of other bytes), signature left as it was.
	badSum := filepath.Join(root, "badsum", version)
	copyRelease(t, good, badSum)
	line := regexp.MustCompile(`(?m)^[0-9a-f]{64}  ` + regexp.QuoteMeta(bin) + `$`)
	if !line.Match(sums) {
		t.Fatalf("checksums.txt has no line for %s:\n%s", bin, sums)
	}
	changed := line.ReplaceAll(sums, []byte(strings.Repeat("ab", 32)+"  "+bin))
	if err := os.WriteFile(filepath.Join(badSum, ChecksumsName), changed, 0o644); err != nil {
		t.Fatal(err)
	}

	var (
		mu       sync.Mutex
		requests []string
	)
	files := http.FileServer(http.Dir(root))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		requests = append(requests, r.URL.Path)
		mu.Unlock()
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	if !strings.HasPrefix(srv.URL, "http://127.0.0.1:") {
		t.Fatalf("test server at %s, not on loopback", srv.URL)
	}

	pubPEM, err := os.ReadFile(pub)
	if err != nil {
		t.Fatal(err)
	}
	otherPEM, err := os.ReadFile(otherPub)
	if err != nil {
		t.Fatal(err)
	}
	haveOpenSSL := true
	if _, err := exec.LookPath("openssl"); err != nil {
		haveOpenSSL = false
	}

	for _, tc := range []struct {
		name    string
		env     map[string]string
		withKey bool
		want    string // in stderr when refused; "" when it installs
	}{
		{name: "good, version from the action's ref", env: map[string]string{
			"ISOBAR_ACTION_REF": version, "ISOBAR_RELEASE_URL": srv.URL + "/good/"}},
		{name: "good, release key as PEM", withKey: true, env: map[string]string{
			"ISOBAR_VERSION": version, "ISOBAR_RELEASE_URL": srv.URL + "/good", "ISOBAR_RELEASE_KEY": string(pubPEM)}},
		{name: "good, release key as a file", withKey: true, env: map[string]string{
			"ISOBAR_VERSION": version, "ISOBAR_RELEASE_URL": srv.URL + "/good", "ISOBAR_RELEASE_KEY": pub}},
		{name: "changed binary", want: "checksum mismatch for " + bin, env: map[string]string{
			"ISOBAR_VERSION": version, "ISOBAR_RELEASE_URL": srv.URL + "/badbin"}},
		{name: "changed binary, release key given", withKey: true, want: "checksum mismatch for " + bin, env: map[string]string{
			"ISOBAR_VERSION": version, "ISOBAR_RELEASE_URL": srv.URL + "/badbin", "ISOBAR_RELEASE_KEY": string(pubPEM)}},
		{name: "changed checksum line", want: "checksum mismatch for " + bin, env: map[string]string{
			"ISOBAR_VERSION": version, "ISOBAR_RELEASE_URL": srv.URL + "/badsum"}},
		{name: "changed checksum line, release key given", withKey: true, want: "signature of checksums.txt does not verify", env: map[string]string{
			"ISOBAR_VERSION": version, "ISOBAR_RELEASE_URL": srv.URL + "/badsum", "ISOBAR_RELEASE_KEY": string(pubPEM)}},
		{name: "signature by another key", withKey: true, want: "signature of checksums.txt does not verify", env: map[string]string{
			"ISOBAR_VERSION": version, "ISOBAR_RELEASE_URL": srv.URL + "/good", "ISOBAR_RELEASE_KEY": string(otherPEM)}},
		{name: "release key neither PEM nor file", want: "release key: neither a PEM public key nor a file", withKey: true, env: map[string]string{
			"ISOBAR_VERSION": version, "ISOBAR_RELEASE_URL": srv.URL + "/good", "ISOBAR_RELEASE_KEY": "not-a-key"}},
		{name: "unpublished version", want: "is v9.9.9 a published release?", env: map[string]string{
			"ISOBAR_VERSION": "v9.9.9", "ISOBAR_RELEASE_URL": srv.URL + "/good"}},
		{name: "no version", want: "no version", env: map[string]string{
			"ISOBAR_RELEASE_URL": srv.URL + "/good"}},
		{name: "version with a path in it", want: "is not a release tag", env: map[string]string{
			"ISOBAR_VERSION": "../good/" + version, "ISOBAR_RELEASE_URL": srv.URL}},
		{name: "plain http off loopback", want: "plain http only to a loopback address", env: map[string]string{
			"ISOBAR_VERSION": version, "ISOBAR_RELEASE_URL": "http://releases.example.com/isobar"}},
		{name: "credentials in the URL", want: "no credentials, query or fragment", env: map[string]string{
			"ISOBAR_VERSION": version, "ISOBAR_RELEASE_URL": "https://user:token@example.com/isobar"}},
		{name: "unknown runner architecture", want: "runner architecture 'PPC64'", env: map[string]string{
			"ISOBAR_VERSION": version, "ISOBAR_RELEASE_URL": srv.URL + "/good", "RUNNER_ARCH": "PPC64"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if tc.withKey && !haveOpenSSL {
				if os.Getenv("ISOBAR_REQUIRE_COSIGN") == "1" {
					t.Fatal("openssl not found: it checks the release signature")
				}
				t.Skip("openssl not found: it checks the release signature")
			}
			r := runScriptAsAction(t, installScript, tc.env)
			if tc.want != "" {
				if r.code == 0 {
					t.Fatalf("exit 0; want a refusal saying %q", tc.want)
				}
				if !strings.Contains(r.stderr, tc.want) {
					t.Errorf("stderr does not say %q:\n%s", tc.want, r.stderr)
				}
				if !strings.Contains(r.stdout, "::error title=isobar install::") {
					t.Errorf("no ::error annotation for the job log:\n%s", r.stdout)
				}
				if len(r.installed) != 0 || r.outputs["path"] != "" {
					t.Errorf("a refused install added %v to GITHUB_PATH, outputs %v", r.installed, r.outputs)
				}
				return
			}
			if r.code != 0 {
				t.Fatalf("exit %d:\n%s", r.code, r.stderr)
			}
			if len(r.installed) != 1 || r.outputs["path"] != filepath.Join(r.installed[0], "isobar") || r.outputs["version"] != version {
				t.Fatalf("GITHUB_PATH %v, outputs %v", r.installed, r.outputs)
			}
			if tc.withKey != strings.Contains(r.stderr, "signature verified with the release key") {
				t.Errorf("with key %v, but stderr:\n%s", tc.withKey, r.stderr)
			}
			// The next step runs `isobar` from the PATH GitHub builds with
			// GITHUB_PATH first: it is the release's.
			cmd := exec.Command("bash", "-c", "isobar version")
			cmd.Env = []string{"PATH=" + r.installed[0] + string(os.PathListSeparator) + os.Getenv("PATH"), "HOME=" + t.TempDir()}
			out, err := cmd.CombinedOutput()
			if err != nil || !strings.Contains(string(out), version) {
				t.Errorf("isobar version: %v\n%s\nwant it to say %s", err, out, version)
			}
			entries, _ := os.ReadDir(r.installed[0])
			if len(entries) != 1 {
				t.Errorf("the install folder holds %d files, want isobar alone", len(entries))
			}
		})
	}
	// The refused versions and URLs were refused before any download.
	mu.Lock()
	defer mu.Unlock()
	for _, p := range requests {
		if strings.Contains(p, "..") || strings.Contains(p, "v9.9.9/isobar_") {
			t.Errorf("requested %s", p)
		}
	}
}

// TestActionRunsVet runs the action's run step with a release binary, as
// the action's vet command: the example intent passes, an intent with a
// planted error fails with the error's file and line, and the exit code
// reaches the step's outputs.
func TestActionRunsVet(t *testing.T) {
	dir := t.TempDir()
	bins, err := Binaries(t.Context(), dir, BuildOptions{
		ModuleDir: moduleDir(t), Version: "v0.9.0-action.1",
		Platforms: []Platform{{runtime.GOOS, runtime.GOARCH}},
	})
	if err != nil {
		t.Fatal(err)
	}
	bin := filepath.Join(dir, bins[0].Name)
	intent := filepath.Join(t.TempDir(), "webshop")
	copyTree(t, filepath.Join(moduleDir(t), "examples", "webshop"), intent)

	r := runScriptAsAction(t, runScript, map[string]string{
		"ISOBAR_BIN": bin, "ISOBAR_COMMAND": "vet", "ISOBAR_INTENT": intent,
	})
	if r.code != 0 || r.outputs["exitcode"] != "0" || !strings.Contains(r.stdout, "valid") {
		t.Fatalf("vet of the example: exit %d, outputs %v\n%s%s", r.code, r.outputs, r.stdout, r.stderr)
	}

	file, lineNo := plantError(t, intent)
	r = runScriptAsAction(t, runScript, map[string]string{
		"ISOBAR_BIN": bin, "ISOBAR_COMMAND": "vet", "ISOBAR_INTENT": intent,
	})
	if r.code != 1 || r.outputs["exitcode"] != "1" {
		t.Fatalf("vet of a bad intent: exit %d, outputs %v", r.code, r.outputs)
	}
	if !namesPosition(r.stderr, file, lineNo) {
		t.Errorf("vet's errors do not name %s:%s:\n%s", file, lineNo, r.stderr)
	}

	for _, tc := range []struct{ name, command, want string }{
		{"command with shell in it", "vet; rm -rf /", "command 'vet; rm -rf /'"},
		{"preview outside a pull request", "preview", "no base revision"},
		{"publish without a registry", "publish", "set the 'registry' input"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := runScriptAsAction(t, runScript, map[string]string{
				"ISOBAR_BIN": bin, "ISOBAR_COMMAND": tc.command, "ISOBAR_INTENT": intent,
			})
			if r.code == 0 || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("exit %d; want a refusal saying %q:\n%s", r.code, tc.want, r.stderr)
			}
		})
	}
	r = runScriptAsAction(t, runScript, map[string]string{
		"ISOBAR_BIN": bin, "ISOBAR_COMMAND": "publish", "ISOBAR_INTENT": intent, "ISOBAR_REGISTRY": "127.0.0.1:1/b",
	})
	if r.code == 0 || !strings.Contains(r.stderr, "no signing key: set COSIGN_KEY") {
		t.Errorf("publish without a key: exit %d:\n%s", r.code, r.stderr)
	}
}

// namesPosition reports whether out names file:line:column as a position
// of an error (CUE may list the schema's position first and the user's
// file among the others).
func namesPosition(out, file, line string) bool {
	return regexp.MustCompile(`(^|[\s/(,])` + regexp.QuoteMeta(file) + `:` + line + `:\d+\b`).MatchString(out)
}

// plantError adds a team whose contact is a number (the schema wants a
// string) at the end of shop.cue and returns the file's name and the line
// the error is on.
func plantError(t *testing.T, intent string) (string, string) {
	t.Helper()
	path := filepath.Join(intent, "shop.cue")
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	b = append(bytes.TrimRight(b, "\n"), []byte("\nteams: planted: contact: 42\n")...)
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	return "shop.cue", strconv.Itoa(bytes.Count(b, []byte("\n")))
}

// copyTree copies the regular files of a folder tree.
func copyTree(t *testing.T, from, to string) {
	t.Helper()
	err := filepath.WalkDir(from, func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(from, p)
		dst := filepath.Join(to, rel)
		if d.IsDir() {
			return os.MkdirAll(dst, 0o755)
		}
		in, err := os.Open(p)
		if err != nil {
			return err
		}
		defer in.Close()
		out, err := os.Create(dst)
		if err != nil {
			return err
		}
		if _, err := io.Copy(out, in); err != nil {
			out.Close()
			return err
		}
		return out.Close()
	})
	if err != nil {
		t.Fatal(err)
	}
}
