package planner

import (
	"context"
	"errors"
	"fmt"
	"strings"
	"time"
)

// The time limit bounds a whole planning run: building the model, the
// decomposition, the large-instance method, every solve, the search for
// conflicts and the external solvers. One deadline is threaded through
// all of them as the solver's context; each step gets a share of the time
// left and ends with what it proved by then. A step cut short is not an
// error: the plan reports what was proven (a plan with its bound and gap,
// or constraints proven to conflict), and when nothing was, Solve returns
// a *NoVerdictError saying what was tried.

// NoVerdictError says that a planning run ended without a plan and
// without a proof that none exists, and what it tried.
type NoVerdictError struct {
	// Limit is the time limit that ended the run; 0 when the methods ran
	// out of ideas rather than time.
	Limit time.Duration
	// Tried lists what was tried, in words.
	Tried []string
}

func (e *NoVerdictError) Error() string {
	var b strings.Builder
	b.WriteString("no verdict: ")
	if e.Limit > 0 {
		fmt.Fprintf(&b, "within the time limit of %s no plan was found and none was proven impossible", e.Limit)
	} else {
		b.WriteString("no plan was found and none was proven impossible")
	}
	if len(e.Tried) > 0 {
		b.WriteString("; tried: ")
		b.WriteString(strings.Join(e.Tried, "; "))
	}
	if e.Limit > 0 {
		b.WriteString("; a longer time limit may decide")
	}
	return b.String()
}

// runClock is the deadline of one planning run.
type runClock struct {
	caller   context.Context // the caller's: its cancellation is an error
	deadline time.Time       // zero: none
	limit    time.Duration   // the time limit as asked for, for messages
	// tail estimates the time the steps after a search need.
	tail time.Duration
}

// newClock starts the clock of a run: the deadline is the time limit from
// start or the caller's deadline, whichever comes first. Messages name the
// time limit when there is one (a caller that plans several times within
// one limit passes it with an earlier deadline), else the time to the
// caller's deadline.
func newClock(ctx context.Context, start time.Time, limit time.Duration) runClock {
	c := runClock{caller: ctx, limit: limit}
	if limit > 0 {
		c.deadline = start.Add(limit)
	}
	if d, ok := ctx.Deadline(); ok && (c.deadline.IsZero() || d.Before(c.deadline)) {
		c.deadline = d
		if c.limit <= 0 {
			c.limit = d.Sub(start).Round(time.Millisecond)
		}
	}
	return c
}

// context returns the run's context, which ends at the deadline.
func (c runClock) context() (context.Context, context.CancelFunc) {
	if c.deadline.IsZero() {
		return context.WithCancel(c.caller)
	}
	return context.WithDeadline(c.caller, c.deadline)
}

// until is the deadline of a step that may use share (0 < share ≤ 1) of
// the time left; zero when the run has no deadline.
func (c runClock) until(share float64) time.Time {
	if c.deadline.IsZero() {
		return time.Time{}
	}
	left := time.Until(c.deadline)
	if left <= 0 {
		return c.deadline
	}
	return time.Now().Add(time.Duration(float64(left) * share))
}

// untilTail is the deadline of a search that must leave the run's tail
// its time (at most half the time left); zero when the run has no
// deadline.
func (c runClock) untilTail() time.Time {
	if c.deadline.IsZero() {
		return time.Time{}
	}
	left := time.Until(c.deadline)
	return time.Now().Add(max(left-c.tail, left/2))
}

// expired reports whether the run's deadline has passed.
func (c runClock) expired() bool {
	return !c.deadline.IsZero() && !time.Now().Before(c.deadline)
}

// cancelled returns the caller's cancellation, if any: the end of a
// planning run that must not report a plan. A deadline of the caller's
// context is a time limit, not a cancellation.
func (c runClock) cancelled() error {
	if err := c.caller.Err(); err != nil && !errors.Is(err, context.DeadlineExceeded) {
		return err
	}
	return nil
}

// stepContext returns a context for a step that ends at until (zero: with
// the run).
func stepContext(parent context.Context, until time.Time) (context.Context, context.CancelFunc) {
	if until.IsZero() {
		return context.WithCancel(parent)
	}
	return context.WithDeadline(parent, until)
}
