package bundle

// Deadlines on registry traffic: a whole-operation deadline (WithTimeout)
// and an I/O watchdog per request (WithIOTimeout), so that a registry that
// accepts connections and never answers, or stops halfway, cannot hold an
// operation forever.

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net/http"
	"sync"
	"sync/atomic"
	"time"
)

// ErrTimeout matches every error of a registry that did not answer within
// the I/O timeout, or of an operation that did not finish within its
// deadline. Such errors are of kind ErrRegistry and match
// context.DeadlineExceeded too.
var ErrTimeout = errors.New("timed out")

// timeoutError says what ran out of time, in words.
type timeoutError struct{ msg string }

func (e *timeoutError) Error() string { return e.msg }

// Is makes errors.Is(err, ErrTimeout) and errors.Is(err,
// context.DeadlineExceeded) hold (the latter also stops
// go-containerregistry's retries).
func (e *timeoutError) Is(target error) bool {
	return target == ErrTimeout || target == context.DeadlineExceeded
}

// Timeout reports true, as net.Error does for timeouts.
func (e *timeoutError) Timeout() bool { return true }

// begin bounds one operation on reg by the options' timeout.
func (o *options) begin(ctx context.Context, reg string) (context.Context, context.CancelFunc) {
	return context.WithTimeoutCause(ctx, o.timeout, &timeoutError{
		msg: fmt.Sprintf("registry %s: the operation did not finish within %s", reg, o.timeout),
	})
}

// end makes sure an error of an operation that ran out of time says so,
// whatever layer noticed it first.
func end(ctx context.Context, err error) error {
	if err == nil || ctx.Err() == nil || errors.Is(err, ErrTimeout) {
		return err
	}
	var te *timeoutError
	cause := context.Cause(ctx)
	if !errors.As(cause, &te) {
		return err
	}
	var be *Error
	if errors.As(err, &be) {
		be.Err = &causedError{cause: te, err: be.Err}
		return err
	}
	return &causedError{cause: te, err: err}
}

// causedError puts the reason an operation was stopped before the error
// it ended with.
type causedError struct {
	cause error
	err   error
}

func (e *causedError) Error() string {
	if e.err == nil {
		return e.cause.Error()
	}
	return e.cause.Error() + ": " + e.err.Error()
}

func (e *causedError) Unwrap() []error {
	if e.err == nil {
		return []error{e.cause}
	}
	return []error{e.cause, e.err}
}

// watchdog ends a request when the registry stays silent for idle: from
// sending the request (its last byte of body) to the response headers,
// and between two reads of the response body or two reads of the request
// body by the transport (a registry that stops taking an upload). It gives
// up on a base transport that does not return once the request's context
// is done.
type watchdog struct {
	base http.RoundTripper
	idle time.Duration
}

// The phases of a request, for the watchdog's message.
const (
	phaseAnswer int32 = iota // waiting for the response headers
	phaseUpload              // the registry is taking the request body
	phaseBody                // the registry is sending the response body
)

// watch is one request's timer.
type watch struct {
	ctx    context.Context
	cancel context.CancelCauseFunc
	timer  *time.Timer
	idle   time.Duration
	host   string
	parent context.Context
	phase  atomic.Int32

	once sync.Once
}

// silence is the error of a registry silent for too long, in the words of
// the phase it fell silent in.
func (w *watch) silence() error {
	what := "did not answer within"
	switch w.phase.Load() {
	case phaseUpload:
		what = "stopped taking the upload for"
	case phaseBody:
		what = "stopped sending for"
	}
	return &timeoutError{msg: fmt.Sprintf("registry %s %s %s", w.host, what, w.idle)}
}

func (w *watch) progress() { w.timer.Reset(w.idle) }

func (w *watch) stop() {
	w.once.Do(func() {
		w.timer.Stop()
		w.cancel(nil)
	})
}

// err is the reason the request was stopped, or nil when it was not.
func (w *watch) err() error {
	if w.ctx.Err() == nil {
		return nil
	}
	if c := context.Cause(w.ctx); c != nil {
		var te *timeoutError
		if errors.As(c, &te) {
			return c
		}
	}
	if w.parent.Err() != nil {
		return context.Cause(w.parent)
	}
	return nil
}

func (d *watchdog) RoundTrip(req *http.Request) (*http.Response, error) {
	ctx, cancel := context.WithCancelCause(req.Context())
	w := &watch{ctx: ctx, cancel: cancel, idle: d.idle, host: req.URL.Host, parent: req.Context()}
	w.timer = time.AfterFunc(d.idle, func() { cancel(w.silence()) })

	r := req.WithContext(ctx)
	if req.Body != nil && req.Body != http.NoBody {
		w.phase.Store(phaseUpload)
		r.Body = &watchedUpload{rc: req.Body, w: w}
	}
	type result struct {
		resp *http.Response
		err  error
	}
	done := make(chan result, 1)
	go func() {
		resp, err := d.base.RoundTrip(r)
		done <- result{resp, err}
	}()
	select {
	case res := <-done:
		if res.err != nil {
			err := res.err
			if why := w.err(); why != nil {
				err = why
			}
			w.stop()
			return nil, err
		}
		w.phase.Store(phaseBody)
		w.progress()
		res.resp.Body = &watchedBody{rc: res.resp.Body, w: w}
		return res.resp, nil
	case <-ctx.Done():
		why := w.err()
		w.stop()
		go func() { // the base transport may still answer: drop it
			if res := <-done; res.resp != nil {
				_ = res.resp.Body.Close()
			}
		}()
		if why == nil {
			why = ctx.Err()
		}
		return nil, why
	}
}

// watchedBody is a response body whose reads feed the watchdog.
type watchedBody struct {
	rc io.ReadCloser
	w  *watch
}

func (b *watchedBody) Read(p []byte) (int, error) {
	n, err := b.rc.Read(p)
	if n > 0 {
		b.w.progress()
	}
	switch {
	case err == nil:
	case errors.Is(err, io.EOF):
		b.w.stop()
	default:
		if why := b.w.err(); why != nil {
			return n, why
		}
	}
	return n, err
}

func (b *watchedBody) Close() error {
	b.w.stop()
	return b.rc.Close()
}

// watchedUpload is a request body whose reads by the transport feed the
// watchdog: a registry that stops taking the upload stops them.
type watchedUpload struct {
	rc io.ReadCloser
	w  *watch
}

func (u *watchedUpload) Read(p []byte) (int, error) {
	n, err := u.rc.Read(p)
	if errors.Is(err, io.EOF) {
		u.w.phase.CompareAndSwap(phaseUpload, phaseAnswer)
	}
	if n > 0 || err != nil {
		u.w.progress()
	}
	return n, err
}

func (u *watchedUpload) Close() error { return u.rc.Close() }
