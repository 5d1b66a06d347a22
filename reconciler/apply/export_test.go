package apply

import (
	"context"
	"errors"
)

// ErrCrash is what the crash hooks return.
var ErrCrash = errors.New("simulated crash")

// CrashAfterPending makes e's next cycles stop, as if the process died,
// right after writing the pending inventory record.
func CrashAfterPending(e *Engine) {
	e.hooks.afterPending = func(context.Context) error { return ErrCrash }
}

// CrashAfterApply makes e's next cycles stop, as if the process died,
// after applying every object and before pruning and the final record.
func CrashAfterApply(e *Engine) {
	e.hooks.afterApply = func(context.Context) error { return ErrCrash }
}

// SetHooks sets functions e calls after writing the pending inventory
// record and after applying (before pruning); nil ones are not called.
func SetHooks(e *Engine, afterPending, afterApply func(context.Context) error) {
	e.hooks = hooks{afterPending: afterPending, afterApply: afterApply}
}
