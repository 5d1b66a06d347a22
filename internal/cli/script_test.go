package cli_test

import (
	"context"
	"errors"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	cuecmd "cuelang.org/go/cmd/cue/cmd"
	"github.com/google/go-containerregistry/pkg/registry"
	"github.com/rogpeppe/go-internal/testscript"

	"isobar.dev/isobar/internal/cli"
)

// TestMain makes isobar and the upstream cue CLI (the same module version
// go.mod pins for `go tool cue`) available as commands to the scripts.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"isobar": func() {
			ctx, stop := cli.WithSignals(context.Background(), os.Stderr)
			code := cli.Main(ctx, os.Args[1:], os.Stdout, os.Stderr)
			stop()
			os.Exit(code)
		},
		"cue": func() { os.Exit(cuecmd.Main()) },
		// stuck FILE is a command that reads FILE once it handles signals,
		// then never returns, whatever its context: only the signal
		// handling of isobar's main ends it.
		"stuck": func() {
			_, stop := cli.WithSignals(context.Background(), os.Stderr)
			defer stop()
			if _, err := os.ReadFile(os.Args[1]); err != nil {
				log.Fatal(err)
			}
			select {}
		},
	})
}

// TestScripts runs testdata/script/*.txtar: each drives the CLI as a user
// would and asserts its output and exit codes.
func TestScripts(t *testing.T) {
	testscript.Run(t, scriptParams(t, "testdata/script"))
}

// TestHostile runs testdata/hostile/*.txtar: one script per class of hostile
// or careless input (escaping paths, symlinks, devices, patched identities,
// stalled registries, oversized inputs), each asserting the exact error, the
// exit code, and that nothing around the target was written or deleted.
func TestHostile(t *testing.T) {
	testscript.Run(t, scriptParams(t, "testdata/hostile"))
}

// scriptParams are the settings and commands every script suite shares.
func scriptParams(t *testing.T, dir string) testscript.Params {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return testscript.Params{
		Dir: dir,
		Setup: func(env *testscript.Env) error {
			// The examples of the repository, for scripts that vet them.
			env.Setenv("EXAMPLES", wd+"/../../examples")
			env.Setenv("CUE_CACHE_DIR", env.WorkDir+"/.cue-cache")
			return nil
		},
		RequireExplicitExec: true,
		Cmds:                scriptCmds,
	}
}

// scriptCmds are the custom commands of the scripts.
var scriptCmds = map[string]func(ts *testscript.TestScript, neg bool, args []string){
	// registry starts an OCI registry (go-containerregistry's) on
	// loopback for the rest of the script and sets $REGISTRY to its
	// host:port.
	"registry": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) != 0 {
			ts.Fatalf("usage: registry")
		}
		srv := httptest.NewServer(registry.New(registry.Logger(log.New(io.Discard, "", 0))))
		ts.Defer(srv.Close)
		ts.Setenv("REGISTRY", strings.TrimPrefix(srv.URL, "http://"))
	},
	// envfile NAME FILE sets $NAME to FILE's content, trimmed.
	"envfile": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) != 2 {
			ts.Fatalf("usage: envfile NAME FILE")
		}
		ts.Setenv(args[0], strings.TrimSpace(ts.ReadFile(args[1])))
	},
	// exits N prog args... runs a program and asserts its exit code.
	"exits": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) < 2 {
			ts.Fatalf("usage: exits CODE program [args...]")
		}
		want, err := strconv.Atoi(args[0])
		ts.Check(err)
		got := 0
		if err := ts.Exec(args[1], args[2:]...); err != nil {
			var ee *exec.ExitError
			if !errors.As(err, &ee) {
				ts.Fatalf("%s: %v", args[1], err)
			}
			got = ee.ExitCode()
		}
		if got != want {
			ts.Fatalf("%s exited with %d, want %d", args[1], got, want)
		}
	},
	// sparse NAME SIZE makes a file of SIZE bytes (zeros) that takes no
	// room on disk.
	"sparse": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) != 2 {
			ts.Fatalf("usage: sparse NAME SIZE")
		}
		size, err := strconv.ParseInt(args[1], 10, 64)
		ts.Check(err)
		f, err := os.Create(ts.MkAbs(args[0]))
		ts.Check(err)
		ts.Check(f.Truncate(size))
		ts.Check(f.Close())
	},
	// mvq OLD NEW renames OLD to NEW written as a Go string literal, for
	// names with control characters.
	"mvq": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) != 2 {
			ts.Fatalf(`usage: mvq OLD "NEW"`)
		}
		name, err := strconv.Unquote(args[1])
		ts.Check(err)
		ts.Check(os.Rename(ts.MkAbs(args[0]), ts.MkAbs(name)))
	},
	// stalled starts an HTTP server on loopback that never answers, for
	// the rest of the script, and sets $STALLED to its host:port.
	"stalled": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) != 0 {
			ts.Fatalf("usage: stalled")
		}
		// Each request waits until the client gives up or the server closes.
		srv := httptest.NewServer(http.HandlerFunc(func(_ http.ResponseWriter, r *http.Request) { <-r.Context().Done() }))
		ts.Defer(srv.Close)
		ts.Setenv("STALLED", strings.TrimPrefix(srv.URL, "http://"))
	},
	// snapshot NAME records a checksum of every file, folder and link of
	// the script's work folder (names, modes, contents, link targets),
	// except the folders given after NAME; unchanged NAME fails naming
	// each path that was written, created or deleted since.
	"snapshot": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) < 1 {
			ts.Fatalf("usage: snapshot NAME [EXCLUDE...]")
		}
		snapshots.add(ts, namedSnapshot{args[0], args[1:], takeSnapshot(ts, args[1:])})
	},
	"unchanged": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) != 1 {
			ts.Fatalf("usage: unchanged NAME")
		}
		for _, s := range snapshots.get(ts) {
			if s.name != args[0] {
				continue
			}
			if diff := diffSnapshots(s.files, takeSnapshot(ts, s.exclude)); diff != "" {
				ts.Fatalf("the surroundings changed since snapshot %s:\n%s", s.name, diff)
			}
			return
		}
		ts.Fatalf("no snapshot %s", args[0])
	},
}
