package apply

import (
	"fmt"
	"strings"
	"time"
)

// Action is what a cycle did to an object.
type Action string

// Actions, as ssa's ChangeSet names them.
const (
	// ActionCreated means the object did not exist (or was re-created because
	// an immutable field changed).
	ActionCreated Action = "created"
	// ActionConfigured means the object existed and the apply changed it.
	ActionConfigured Action = "configured"
	// ActionUnchanged means the object is as desired; nothing was sent, or an
	// apply changed nothing.
	ActionUnchanged Action = "unchanged"
	// ActionDeleted means the object was pruned.
	ActionDeleted Action = "deleted"
	// ActionSkipped means the engine left the object alone; Entry.Reason says
	// why (not owned, drift in detect mode, already gone, ...).
	ActionSkipped Action = "skipped"
)

// Entry is the outcome for one object.
type Entry struct {
	Object ObjectRef
	Action Action
	// Reason details some outcomes: why an object was skipped, that a
	// configured object had drifted, that a created one was re-created.
	Reason string `json:",omitempty"`
}

// String returns "Kind namespace/name action", with the reason in
// parentheses when there is one.
func (e Entry) String() string {
	if e.Reason != "" {
		return fmt.Sprintf("%s %s (%s)", e.Object, e.Action, e.Reason)
	}
	return fmt.Sprintf("%s %s", e.Object, e.Action)
}

// Counts tallies a result's entries by action.
type Counts struct {
	Created, Configured, Unchanged, Deleted, Skipped int
}

// String returns e.g. "2 created, 1 configured, 997 unchanged, 0 deleted, 0 skipped".
func (c Counts) String() string {
	return fmt.Sprintf("%d created, %d configured, %d unchanged, %d deleted, %d skipped",
		c.Created, c.Configured, c.Unchanged, c.Deleted, c.Skipped)
}

// Result is what an Apply did.
type Result struct {
	Revision   string
	Digest     string
	PlanDigest string
	// Entries lists the desired objects in apply order, then the pruned
	// (or spared) ones in deletion order.
	Entries []Entry
	// Counts tallies Entries by action.
	Counts Counts
	// Drift lists the objects found drifted and left as they were
	// (ModeDetect only); nil otherwise.
	Drift *DriftReport `json:",omitempty"`
	// NotReady lists the objects the health check did not see Current.
	NotReady []ObjectStatus `json:",omitempty"`
	// Phase is the phase of the inventory record the cycle left.
	Phase Phase
	// Duration is the wall time of the cycle.
	Duration time.Duration
}

func (r *Result) add(e Entry) {
	r.Entries = append(r.Entries, e)
	switch e.Action {
	case ActionCreated:
		r.Counts.Created++
	case ActionConfigured:
		r.Counts.Configured++
	case ActionUnchanged:
		r.Counts.Unchanged++
	case ActionDeleted:
		r.Counts.Deleted++
	case ActionSkipped:
		r.Counts.Skipped++
	}
}

// Changed reports whether the cycle created, configured or deleted anything.
func (r *Result) Changed() bool {
	return r.Counts.Created+r.Counts.Configured+r.Counts.Deleted > 0
}

// Action returns the action taken on the object, or "" when the result
// does not mention it.
func (r *Result) Action(ref ObjectRef) Action {
	if e, ok := r.Entry(ref); ok {
		return e.Action
	}
	return ""
}

// Entry returns the entry of the object (its version aside).
func (r *Result) Entry(ref ObjectRef) (Entry, bool) {
	for _, e := range r.Entries {
		if e.Object.key() == ref.key() {
			return e, true
		}
	}
	return Entry{}, false
}

// String returns one line per entry, like ssa's ChangeSet.
func (r *Result) String() string {
	var b strings.Builder
	for _, e := range r.Entries {
		b.WriteString(e.String())
		b.WriteByte('\n')
	}
	return strings.TrimSuffix(b.String(), "\n")
}
