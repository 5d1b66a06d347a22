package cli

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/signal"
	"syscall"
	"time"
)

// signalGrace is how long a command has to return once a signal cancelled
// its context, before the process exits without it: a command blocked
// where cancellation does not reach (an evaluation, a read) ends all the
// same, within a second of the signal.
const signalGrace = 750 * time.Millisecond

// interrupted is the cause of a context cancelled by a signal.
type interrupted struct{ sig syscall.Signal }

func (i *interrupted) Error() string { return "interrupted by " + signalName(i.sig) }

// code is the exit code of a process ended by the signal, as shells report
// it: 128 + the signal's number (130 for SIGINT, 143 for SIGTERM).
func (i *interrupted) code() int { return 128 + int(i.sig) }

func signalName(s syscall.Signal) string {
	switch s {
	case syscall.SIGINT:
		return "SIGINT"
	case syscall.SIGTERM:
		return "SIGTERM"
	}
	return s.String()
}

// WithSignals returns a context that the first SIGINT or SIGTERM cancels,
// for [Main]. Main then returns 130 or 143. Should the command not return
// within a grace of under a second, or a second signal come, the process
// exits at once with that code, saying so on stderr. stop releases the
// signals; call it once Main has returned.
func WithSignals(ctx context.Context, stderr io.Writer) (_ context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(ctx)
	ch := make(chan os.Signal, 2)
	signal.Notify(ch, os.Interrupt, syscall.SIGTERM)
	done := make(chan struct{})
	go func() {
		var first *interrupted
		select {
		case s := <-ch:
			first = &interrupted{sig: toSyscall(s)}
			cancel(first)
		case <-done:
			return
		}
		t := time.NewTimer(signalGrace)
		defer t.Stop()
		select {
		case <-ch:
		case <-t.C:
		case <-done:
			return
		}
		fmt.Fprintf(stderr, "isobar: %v: stopped\n", first)
		os.Exit(first.code())
	}()
	return ctx, func() {
		signal.Stop(ch)
		close(done)
		cancel(nil)
	}
}

func toSyscall(s os.Signal) syscall.Signal {
	if n, ok := s.(syscall.Signal); ok {
		return n
	}
	return syscall.SIGINT
}

// signalled returns the signal that cancelled ctx, if one did.
func signalled(ctx context.Context) *interrupted {
	var i *interrupted
	if errors.As(context.Cause(ctx), &i) {
		return i
	}
	return nil
}
