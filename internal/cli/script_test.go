package cli_test

import (
	"context"
	"errors"
	"io"
	"log"
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
		"isobar": func() { os.Exit(cli.Main(context.Background(), os.Args[1:], os.Stdout, os.Stderr)) },
		"cue":    func() { os.Exit(cuecmd.Main()) },
	})
}

// TestScripts runs testdata/script/*.txtar: each drives the CLI as a user
// would and asserts its output and exit codes.
func TestScripts(t *testing.T) {
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	testscript.Run(t, testscript.Params{
		Dir: "testdata/script",
		Setup: func(env *testscript.Env) error {
			// The examples of the repository, for scripts that vet them.
			env.Setenv("EXAMPLES", wd+"/../../examples")
			env.Setenv("CUE_CACHE_DIR", env.WorkDir+"/.cue-cache")
			return nil
		},
		RequireExplicitExec: true,
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
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
		},
	})
}
