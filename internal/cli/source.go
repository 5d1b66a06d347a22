package cli

import (
	"errors"
	"fmt"
	"net/url"
	"path/filepath"
	"strings"
	"time"

	"github.com/go-git/go-git/v5"
)

// source is where the intent comes from: the git commit checked out
// around PATH, if any.
type source struct {
	// Repository is the origin remote's URL without credentials; empty
	// without a remote.
	Repository string
	// Revision is the commit hash of HEAD; empty outside a repository.
	Revision string
	// Time is the commit time of HEAD.
	Time time.Time
	// Dirty reports uncommitted changes in the working tree.
	Dirty bool
}

// readSource finds the git repository holding path (walking up) and
// describes its HEAD. Outside a repository it returns an empty source.
func readSource(path string) (source, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return source{}, err
	}
	repo, err := git.PlainOpenWithOptions(abs, &git.PlainOpenOptions{DetectDotGit: true, EnableDotGitCommonDir: true})
	if errors.Is(err, git.ErrRepositoryNotExists) {
		return source{}, nil
	}
	if err != nil {
		return source{}, fmt.Errorf("%s: open git repository: %w", path, err)
	}
	var s source
	if r, err := repo.Remote("origin"); err == nil && len(r.Config().URLs) > 0 {
		s.Repository = redactURL(r.Config().URLs[0])
	}
	head, err := repo.Head()
	if err != nil {
		return s, nil // an empty repository: no commit yet
	}
	commit, err := repo.CommitObject(head.Hash())
	if err != nil {
		return source{}, fmt.Errorf("%s: read HEAD commit: %w", path, err)
	}
	s.Revision = head.Hash().String()
	s.Time = commit.Committer.When.UTC()
	wt, err := repo.Worktree()
	if err != nil {
		return s, nil // a bare repository has no working tree to be dirty
	}
	st, err := wt.Status()
	if err != nil {
		return source{}, fmt.Errorf("%s: git status: %w", path, err)
	}
	s.Dirty = !st.IsClean()
	return s, nil
}

// redactURL drops credentials from a remote URL; SCP-like SSH addresses
// (git@host:path) pass unchanged.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Scheme == "" {
		if at := strings.LastIndex(raw, "@"); at >= 0 && strings.Contains(raw[:at], ":") {
			return raw[at+1:] // user:password@host:path
		}
		return raw
	}
	if u.User != nil {
		if _, hasPassword := u.User.Password(); hasPassword || u.Scheme != "ssh" {
			u.User = nil
		}
	}
	return u.String()
}
