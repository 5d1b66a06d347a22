package cli_test

import (
	"context"
	"errors"
	"io"
	"log"
	"net"
	"net/http/httptest"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

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
		// stuck is a command that never returns, whatever its context:
		// only the signal handling of isobar's main ends it.
		"stuck": func() {
			_, stop := cli.WithSignals(context.Background(), os.Stderr)
			defer stop()
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
	// mkfifo NAME makes a FIFO.
	"mkfifo": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) != 1 {
			ts.Fatalf("usage: mkfifo NAME")
		}
		ts.Check(syscall.Mkfifo(ts.MkAbs(args[0]), 0o644))
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
	// stalled starts a TCP server on loopback that accepts connections
	// and never answers, for the rest of the script, and sets $STALLED to
	// its host:port.
	"stalled": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) != 0 {
			ts.Fatalf("usage: stalled")
		}
		l, err := net.Listen("tcp", "127.0.0.1:0")
		ts.Check(err)
		var mu sync.Mutex
		var conns []net.Conn
		go func() {
			for {
				c, err := l.Accept()
				if err != nil {
					return
				}
				mu.Lock()
				conns = append(conns, c)
				mu.Unlock()
			}
		}()
		ts.Defer(func() {
			l.Close()
			mu.Lock()
			defer mu.Unlock()
			for _, c := range conns {
				c.Close()
			}
		})
		ts.Setenv("STALLED", l.Addr().String())
	},
	// interrupt SIGNAL AFTER CODE prog args... runs a program, sends it
	// SIGNAL (INT or TERM) AFTER a while (a duration) from when it catches
	// the signal, and fails unless it exits with CODE within a second of
	// the signal. Its output is kept for stdout and stderr.
	"interrupt": func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) < 4 {
			ts.Fatalf("usage: interrupt INT|TERM AFTER CODE program [args...]")
		}
		sig := map[string]syscall.Signal{"INT": syscall.SIGINT, "TERM": syscall.SIGTERM}[args[0]]
		if sig == 0 {
			ts.Fatalf("unknown signal %s", args[0])
		}
		after, err := time.ParseDuration(args[1])
		ts.Check(err)
		want, err := strconv.Atoi(args[2])
		ts.Check(err)
		prog, err := exec.LookPath(args[3])
		ts.Check(err)
		cmd := exec.Command(prog, args[4:]...)
		cmd.Dir = ts.MkAbs(".")
		for _, name := range []string{"WORK", "PATH", "HOME", "TMPDIR", "CUE_CACHE_DIR", "EXAMPLES", "COSIGN_PASSWORD", "STALLED", "REGISTRY"} {
			cmd.Env = append(cmd.Env, name+"="+ts.Getenv(name))
		}
		cmd.Stdout, cmd.Stderr = ts.Stdout(), ts.Stderr()
		ts.Check(cmd.Start())
		waitCatching(ts, cmd.Process.Pid, sig)
		time.Sleep(after)
		ts.Check(cmd.Process.Signal(sig))
		sent := time.Now()
		ended := make(chan error, 1)
		go func() { ended <- cmd.Wait() }()
		select {
		case <-ended:
		case <-time.After(5 * time.Second):
			_ = cmd.Process.Kill()
			<-ended
			ts.Fatalf("%s still running 5s after SIG%s", args[3], args[0])
		}
		took := time.Since(sent)
		ts.Logf("%s ended %s after SIG%s, exit code %d", args[3], took.Round(time.Millisecond), args[0], cmd.ProcessState.ExitCode())
		if got := cmd.ProcessState.ExitCode(); got != want {
			ts.Fatalf("%s exited with %d, want %d", args[3], got, want)
		}
		if took > time.Second {
			ts.Fatalf("%s ended %s after SIG%s, more than a second", args[3], took, args[0])
		}
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

// waitCatching waits until the process catches sig (Linux: SigCgt in
// /proc/PID/status), so that a signal is not sent while the program is
// still starting.
func waitCatching(ts *testscript.TestScript, pid int, sig syscall.Signal) {
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) {
		b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
		if err != nil {
			ts.Fatalf("read the status of %d: %v", pid, err)
		}
		for _, line := range strings.Split(string(b), "\n") {
			if mask, ok := strings.CutPrefix(line, "SigCgt:"); ok {
				m, err := strconv.ParseUint(strings.TrimSpace(mask), 16, 64)
				ts.Check(err)
				if m&(1<<(uint(sig)-1)) != 0 {
					return
				}
			}
		}
		time.Sleep(10 * time.Millisecond)
	}
	ts.Fatalf("process %d did not catch %s within 10s", pid, sig)
}
