//go:build linux

package cli_test

import (
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
	"unsafe"

	"github.com/rogpeppe/go-internal/testscript"
)

// The commands of the scripts that need Linux.
func init() {
	// mkfifo NAME makes a FIFO.
	scriptCmds["mkfifo"] = func(ts *testscript.TestScript, neg bool, args []string) {
		if neg || len(args) != 1 {
			ts.Fatalf("usage: mkfifo NAME")
		}
		ts.Check(syscall.Mkfifo(ts.MkAbs(args[0]), 0o644))
	}
	// interrupt SIGNAL AFTER CODE OPENED prog args... runs a program and,
	// once it has opened the file OPENED and AFTER a while more (a
	// duration), sends it SIGNAL (INT or TERM); it fails unless the
	// program exits with CODE within a second of the signal. SIGNAL
	// written twice (TERM+TERM) sends a second one 100ms after the first,
	// and then the program must exit within 400ms of the first. Its output
	// is kept for stdout and stderr.
	scriptCmds["interrupt"] = interrupt
}

func interrupt(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 5 {
		ts.Fatalf("usage: interrupt INT|TERM AFTER CODE OPENED program [args...]")
	}
	name0, again := strings.CutSuffix(args[0], "+"+strings.Split(args[0], "+")[0])
	sig := map[string]syscall.Signal{"INT": syscall.SIGINT, "TERM": syscall.SIGTERM}[name0]
	if sig == 0 {
		ts.Fatalf("unknown signal %s", args[0])
	}
	limit := time.Second
	if again {
		limit = 400 * time.Millisecond
	}
	after, err := time.ParseDuration(args[1])
	ts.Check(err)
	want, err := strconv.Atoi(args[2])
	ts.Check(err)
	opened := watchOpen(ts, ts.MkAbs(args[3]))
	name := args[4]
	prog, err := exec.LookPath(name)
	ts.Check(err)
	cmd := exec.Command(prog, args[5:]...)
	cmd.Dir = ts.MkAbs(".")
	for _, v := range []string{"WORK", "PATH", "HOME", "TMPDIR", "CUE_CACHE_DIR", "EXAMPLES", "COSIGN_PASSWORD", "STALLED", "REGISTRY"} {
		cmd.Env = append(cmd.Env, v+"="+ts.Getenv(v))
	}
	cmd.Stdout, cmd.Stderr = ts.Stdout(), ts.Stderr()
	ts.Check(cmd.Start())
	ended := make(chan error, 1)
	go func() { ended <- cmd.Wait() }()
	if !opened(20 * time.Second) {
		_ = cmd.Process.Kill()
		<-ended
		ts.Fatalf("%s did not open %s within 20s", name, args[3])
	}
	time.Sleep(after)
	ts.Check(cmd.Process.Signal(sig))
	sent := time.Now()
	if again {
		time.Sleep(100 * time.Millisecond)
		_ = cmd.Process.Signal(sig) // it may have ended already
	}
	select {
	case <-ended:
	case <-time.After(5 * time.Second):
		_ = cmd.Process.Kill()
		<-ended
		ts.Fatalf("%s still running 5s after SIG%s", name, name0)
	}
	took := time.Since(sent)
	ts.Logf("%s ended %s after SIG%s, exit code %d", name, took.Round(time.Millisecond), name0, cmd.ProcessState.ExitCode())
	if got := cmd.ProcessState.ExitCode(); got != want {
		ts.Fatalf("%s exited with %d, want %d", name, got, want)
	}
	if took > limit {
		ts.Fatalf("%s ended %s after SIG%s, more than %s", name, took, name0, limit)
	}
}

// watchOpen watches for file to be opened (inotify on its folder), and
// returns a function that waits for it up to a time and tells whether it
// was.
func watchOpen(ts *testscript.TestScript, file string) func(time.Duration) bool {
	fd, err := syscall.InotifyInit1(syscall.IN_CLOEXEC | syscall.IN_NONBLOCK)
	ts.Check(err)
	ts.Defer(func() { syscall.Close(fd) })
	_, err = syscall.InotifyAddWatch(fd, filepath.Dir(file), syscall.IN_OPEN)
	ts.Check(err)
	base := filepath.Base(file)
	return func(limit time.Duration) bool {
		buf := make([]byte, 64<<10)
		for deadline := time.Now().Add(limit); time.Now().Before(deadline); {
			n, err := syscall.Read(fd, buf)
			if n <= 0 || err != nil {
				time.Sleep(5 * time.Millisecond)
				continue
			}
			for off := 0; off+syscall.SizeofInotifyEvent <= n; {
				ev := (*syscall.InotifyEvent)(unsafe.Pointer(&buf[off]))
				start := off + syscall.SizeofInotifyEvent
				if strings.TrimRight(string(buf[start:start+int(ev.Len)]), "\x00") == base {
					return true
				}
				off = start + int(ev.Len)
			}
		}
		return false
	}
}
