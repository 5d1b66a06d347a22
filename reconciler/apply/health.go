package apply

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/fluxcd/cli-utils/pkg/kstatus/polling"
	"github.com/fluxcd/cli-utils/pkg/kstatus/polling/event"
	"github.com/fluxcd/cli-utils/pkg/kstatus/status"
	cliobject "github.com/fluxcd/cli-utils/pkg/object"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// ObjectStatus is an object's kstatus status.
type ObjectStatus struct {
	Object ObjectRef
	// Status is kstatus' status: InProgress, Failed, Current, Terminating,
	// NotFound or Unknown.
	Status string
	// Message is kstatus' explanation, e.g. "Replicas: 0/2".
	Message string
}

// String returns e.g. "Deployment shop/web: InProgress: Replicas: 0/2".
func (s ObjectStatus) String() string {
	if s.Message == "" {
		return fmt.Sprintf("%s: %s", s.Object, s.Status)
	}
	return fmt.Sprintf("%s: %s: %s", s.Object, s.Status, s.Message)
}

// HealthError reports objects that did not become ready (Current) in time,
// or that failed.
type HealthError struct {
	NotReady []ObjectStatus
	// Timeout is the wait that ran out; zero when the wait ended early
	// because every object not Current had Failed.
	Timeout time.Duration
}

func (e *HealthError) Error() string {
	parts := make([]string, len(e.NotReady))
	for i, s := range e.NotReady {
		parts[i] = s.String()
	}
	why := "failed"
	if e.Timeout > 0 {
		why = fmt.Sprintf("not ready after %s", e.Timeout)
	}
	if len(parts) == 1 {
		return fmt.Sprintf("%s (%s)", parts[0], why)
	}
	return fmt.Sprintf("%d objects %s: %s", len(parts), why, strings.Join(parts, "; "))
}

// waitReady polls refs with kstatus until each is Current or Failed, or
// timeout. It returns the statuses of the objects not Current (sorted),
// and a *HealthError naming them when there are any. Only the caller's
// ctx ending is returned as a bare error.
func (e *Engine) waitReady(ctx context.Context, refs []ObjectRef, timeout time.Duration) ([]ObjectStatus, error) {
	if len(refs) == 0 {
		return nil, nil
	}
	ids := make(cliobject.ObjMetadataSet, 0, len(refs))
	byID := make(map[cliobject.ObjMetadata]ObjectRef, len(refs))
	for _, r := range refs {
		id := cliobject.ObjMetadata{Namespace: r.Namespace, Name: r.Name, GroupKind: schema.GroupKind{Group: r.Group, Kind: r.Kind}}
		ids = append(ids, id)
		byID[id] = r
	}
	wctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	last := make(map[cliobject.ObjMetadata]*event.ResourceStatus, len(ids))
	var pollErr error
	done := false // every object Current or Failed
	for ev := range e.poller.Poll(wctx, ids, polling.PollOptions{PollInterval: e.opts.HealthInterval}) {
		switch ev.Type {
		case event.ResourceUpdateEvent:
			last[ev.Resource.Identifier] = ev.Resource
			if !done && settled(ids, last) {
				done = true
				cancel()
			}
		case event.ErrorEvent:
			pollErr = ev.Error
		}
	}
	if ctx.Err() != nil {
		return nil, ctx.Err()
	}
	var notReady []ObjectStatus
	for _, id := range ids {
		rs := last[id]
		switch {
		case rs == nil:
			msg := "no status observed"
			if pollErr != nil {
				msg = pollErr.Error()
			}
			notReady = append(notReady, ObjectStatus{Object: byID[id], Status: status.UnknownStatus.String(), Message: msg})
		case rs.Status != status.CurrentStatus:
			msg := rs.Message
			if rs.Error != nil {
				msg = strings.TrimPrefix(msg+": "+rs.Error.Error(), ": ")
			}
			notReady = append(notReady, ObjectStatus{Object: byID[id], Status: rs.Status.String(), Message: msg})
		}
	}
	if len(notReady) == 0 {
		return nil, nil
	}
	slices.SortFunc(notReady, func(a, b ObjectStatus) int { return compareRefs(a.Object, b.Object) })
	herr := &HealthError{NotReady: notReady}
	if !done {
		herr.Timeout = timeout
	}
	return notReady, herr
}

// settled reports whether every object is Current or Failed.
func settled(ids cliobject.ObjMetadataSet, last map[cliobject.ObjMetadata]*event.ResourceStatus) bool {
	for _, id := range ids {
		rs := last[id]
		if rs == nil || (rs.Status != status.CurrentStatus && rs.Status != status.FailedStatus) {
			return false
		}
	}
	return true
}
