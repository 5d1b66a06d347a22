package cli_test

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/rogpeppe/go-internal/testscript"
)

// namedSnapshot is one `snapshot` of a script's work folder.
type namedSnapshot struct {
	name    string
	exclude []string
	files   map[string]string
}

// snapshots are kept per running script; scripts run in parallel.
var snapshots = snapshotStore{m: map[*testscript.TestScript][]namedSnapshot{}}

type snapshotStore struct {
	mu sync.Mutex
	m  map[*testscript.TestScript][]namedSnapshot
}

func (s *snapshotStore) get(ts *testscript.TestScript) []namedSnapshot {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.m[ts]
}

func (s *snapshotStore) add(ts *testscript.TestScript, n namedSnapshot) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.m[ts] = append(s.m[ts], n)
}

// takeSnapshot describes every path under the work folder, minus the
// excluded folders (relative to it) and the cue cache: a file by mode and
// content hash, a folder by mode, a link by its target, anything else by
// its type. Special files are never opened.
func takeSnapshot(ts *testscript.TestScript, exclude []string) map[string]string {
	root := ts.Getenv("WORK")
	skip := map[string]bool{".cue-cache": true, ".tmp": true}
	for _, e := range exclude {
		skip[filepath.Clean(e)] = true
	}
	out := map[string]string{}
	err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		if skip[rel] {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return err
		}
		switch m := info.Mode(); {
		case m.IsRegular():
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			sum := sha256.Sum256(b)
			out[rel] = fmt.Sprintf("file %v %s", m.Perm(), hex.EncodeToString(sum[:8]))
		case m&fs.ModeSymlink != 0:
			target, err := os.Readlink(p)
			if err != nil {
				return err
			}
			out[rel] = "link -> " + target
		case m.IsDir():
			out[rel] = fmt.Sprintf("dir %v", m.Perm())
		default:
			out[rel] = "special " + m.Type().String()
		}
		return nil
	})
	ts.Check(err)
	return out
}

// diffSnapshots lists what differs, a line per path.
func diffSnapshots(before, after map[string]string) string {
	var lines []string
	for p, b := range before {
		if a, ok := after[p]; !ok {
			lines = append(lines, "deleted: "+p)
		} else if a != b {
			lines = append(lines, fmt.Sprintf("changed: %s (%s -> %s)", p, b, a))
		}
	}
	for p := range after {
		if _, ok := before[p]; !ok {
			lines = append(lines, "created: "+p)
		}
	}
	slices.Sort(lines)
	return strings.Join(lines, "\n")
}
