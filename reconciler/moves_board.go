package reconciler

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"sync"

	"isobar.dev/isobar/bundle"
)

// Board is where clusters share their MoveReports.
type Board interface {
	// Publish records a cluster's report of a revision, replacing its
	// earlier one.
	Publish(ctx context.Context, rep *MoveReport) error
	// Read returns a cluster's report of a revision; nil, nil when it has
	// none.
	Read(ctx context.Context, cluster, revision string) (*MoveReport, error)
}

// memoryBoard is a hub's board: every cluster is reconciled by the same
// process.
type memoryBoard struct {
	mu      sync.Mutex
	reports map[[2]string]*MoveReport
}

func newMemoryBoard() *memoryBoard { return &memoryBoard{reports: map[[2]string]*MoveReport{}} }

func (b *memoryBoard) Publish(_ context.Context, rep *MoveReport) error {
	b.mu.Lock()
	defer b.mu.Unlock()
	c := *rep
	b.reports[[2]string{rep.Cluster, rep.Revision}] = &c
	// Reports of other revisions of the cluster are of no use any more.
	for k := range b.reports {
		if k[0] == rep.Cluster && k[1] != rep.Revision {
			delete(b.reports, k)
		}
	}
	return nil
}

func (b *memoryBoard) Read(_ context.Context, cluster, revision string) (*MoveReport, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	rep := b.reports[[2]string{cluster, revision}]
	if rep == nil {
		return nil, nil
	}
	c := *rep
	return &c, nil
}

// MoveReportMediaType is the media type of a MoveReport note.
const MoveReportMediaType = "application/vnd.isobar.move-report.v1+json"

// RegistryBoard is the agents' board: each agent pushes its report of a
// revision as a signed note (bundle.PushNote) tagged
// REPO:<cluster>-<revision>-status, and reads the others' with
// bundle.PullNote, which verifies their signature first.
type RegistryBoard struct {
	// Registry is the bundles' repository.
	Registry string
	// Key signs this agent's reports; nil for a reader only.
	Key *bundle.PrivateKey
	// Trust says whose signatures reports must carry (the agents' status
	// key, see docs/reconciler.md).
	Trust bundle.Trust
	// Options are passed to the registry calls.
	Options []bundle.Option
}

// ReportTag is the tag of a cluster's report of a revision.
func ReportTag(cluster, revision string) string {
	return bundle.Tag(bundle.Metadata{Cluster: cluster, Revision: revision + "-status"})
}

// Publish pushes and signs the report.
func (b *RegistryBoard) Publish(ctx context.Context, rep *MoveReport) error {
	if b.Key == nil {
		return errors.New("move report: no status key to sign it with")
	}
	data, err := json.Marshal(rep)
	if err != nil {
		return err
	}
	ref := b.Registry + ":" + ReportTag(rep.Cluster, rep.Revision)
	if _, err := bundle.PushNote(ctx, ref, MoveReportMediaType, data, b.Key, b.Options...); err != nil {
		return fmt.Errorf("move report of %s at %s: %w", rep.Cluster, short(rep.Revision), err)
	}
	return nil
}

// Read pulls and verifies a report; a report that says it is another
// cluster's or revision's is refused.
func (b *RegistryBoard) Read(ctx context.Context, cluster, revision string) (*MoveReport, error) {
	ref := b.Registry + ":" + ReportTag(cluster, revision)
	data, _, err := bundle.PullNote(ctx, ref, b.Trust, MoveReportMediaType, b.Options...)
	if errors.Is(err, bundle.ErrNotFound) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("move report of %s at %s: %w", cluster, short(revision), err)
	}
	var rep MoveReport
	if err := json.Unmarshal(data, &rep); err != nil {
		return nil, fmt.Errorf("move report %s: %w", ref, err)
	}
	if rep.APIVersion != moveReportAPIVersion || rep.Kind != moveReportKind || rep.Cluster != cluster || rep.Revision != revision {
		return nil, fmt.Errorf("move report %s: says it is %s %s of %s at %s", ref, rep.APIVersion, rep.Kind, rep.Cluster, short(rep.Revision))
	}
	return &rep, nil
}

var (
	_ Board = (*memoryBoard)(nil)
	_ Board = (*RegistryBoard)(nil)
)
