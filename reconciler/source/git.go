package source

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"os"
	"strings"
	"time"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/config"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/plumbing/transport"
	"github.com/go-git/go-git/v5/storage"
	"github.com/go-git/go-git/v5/storage/memory"
)

// Defaults of [GitOptions].
const (
	DefaultBranch       = "main"
	DefaultTimeout      = 60 * time.Second
	DefaultMaxFileSize  = 8 << 20
	DefaultMaxTotalSize = 64 << 20
	DefaultMaxFiles     = 10000
)

// GitOptions configures a [Git] source.
type GitOptions struct {
	// URL of the repository: https://host/org/repo, ssh://git@host/org/repo,
	// git@host:org/repo.git (scp-like, SSH), or file:///path or a local path
	// (tests, mirrors). Credentials in the URL are refused: use Auth. Plain
	// http:// is accepted without credentials only.
	URL string
	// Branch, Tag or Commit: the revision to follow; at most one. Branch
	// (default "main") follows the head of the branch, Tag the commit the
	// tag points to (re-read on every fetch: a moved tag is followed),
	// Commit a fixed commit (the full 40-hex SHA-1).
	Branch, Tag, Commit string
	// Auth holds the credentials, if any.
	Auth Auth
	// CAFile is a PEM bundle of extra certificate authorities trusted for
	// HTTPS, on top of the system pool (a server with a private CA).
	CAFile string
	// Timeout bounds each network operation (listing the remote refs,
	// fetching objects). Default 60s.
	Timeout time.Duration
	// CacheDir, if set, holds the bare clone on disk, reused across polls
	// and restarts; it must be dedicated to this source. By default the
	// clone lives in memory.
	CacheDir string
	// MaxFileSize, MaxTotalSize and MaxFiles bound what is opened through
	// [Git.FS]: the size of one file (default 8 MiB), of all files (default
	// 64 MiB), and the number of files (default 10000).
	MaxFileSize, MaxTotalSize int64
	MaxFiles                  int
}

// Revision is a commit of the repository as found by [Git.Fetch].
type Revision struct {
	// Commit is the full hex SHA-1 of the commit.
	Commit string
	// Time is the committer time of the commit.
	Time time.Time
	// Ref is the reference followed: "refs/heads/<branch>" or
	// "refs/tags/<tag>"; empty for a pinned commit.
	Ref string
}

// String returns "<branch or tag>@<commit>", or the commit alone for a
// pinned commit, e.g. "main@0123456789abcdef…".
func (r Revision) String() string {
	name := strings.TrimPrefix(strings.TrimPrefix(r.Ref, "refs/heads/"), "refs/tags/")
	if name == "" {
		return r.Commit
	}
	return name + "@" + r.Commit
}

type transportKind int

const (
	transportHTTPS transportKind = iota + 1
	transportHTTP
	transportSSH
	transportFile
)

// Git is a git repository the reconciler follows. It keeps a bare, shallow
// clone (no working tree) in memory or in GitOptions.CacheDir, refreshed by
// [Git.Fetch] and read through [Git.FS]. A Git is safe for concurrent use;
// its operations are serialized.
type Git struct {
	opts     GitOptions
	kind     transportKind
	endpoint *transport.Endpoint
	display  string // URL without credentials
	refDesc  string // "branch main", "tag v1", "commit <sha>"

	// lock serializes the operations on the storage; see lease.
	lock chan struct{}
	// st is the object and reference storage, nil before the first fetch.
	// Guarded by lock.
	st storage.Storer
}

// NewGit validates opts and returns a source. It does no I/O: the clone
// happens on the first [Git.Fetch]. URLs that carry credentials
// (https://user:token@host/…) are refused; the error does not repeat them.
func NewGit(opts GitOptions) (*Git, error) {
	kind, ep, display, err := parseRepoURL(opts.URL)
	if err != nil {
		if display == "" {
			return nil, fmt.Errorf("git: %w", err)
		}
		return nil, fmt.Errorf("git %s: %w", display, err)
	}
	g := &Git{kind: kind, endpoint: ep, display: display, lock: make(chan struct{}, 1)}
	bad := func(err error) (*Git, error) { return nil, fmt.Errorf("git %s: invalid options: %w", display, err) }

	set := 0
	for _, s := range []string{opts.Branch, opts.Tag, opts.Commit} {
		if s != "" {
			set++
		}
	}
	switch {
	case set > 1:
		return bad(errors.New("at most one of Branch, Tag and Commit may be set"))
	case opts.Tag != "":
		if err := checkRefName(opts.Tag); err != nil {
			return bad(fmt.Errorf("tag: %w", err))
		}
		g.refDesc = "tag " + opts.Tag
	case opts.Commit != "":
		opts.Commit = strings.ToLower(opts.Commit)
		if len(opts.Commit) != 40 || !plumbing.IsHash(opts.Commit) {
			return bad(fmt.Errorf("commit %q is not a full 40-hex SHA-1", opts.Commit))
		}
		g.refDesc = "commit " + opts.Commit
	default:
		if opts.Branch == "" {
			opts.Branch = DefaultBranch
		}
		if err := checkRefName(opts.Branch); err != nil {
			return bad(fmt.Errorf("branch: %w", err))
		}
		g.refDesc = "branch " + opts.Branch
	}

	if err := opts.Auth.validate(kind); err != nil {
		return bad(err)
	}
	if opts.CAFile != "" && kind != transportHTTPS {
		return bad(errors.New("CAFile is for https URLs only"))
	}
	if opts.Timeout < 0 || opts.MaxFileSize < 0 || opts.MaxTotalSize < 0 || opts.MaxFiles < 0 {
		return bad(errors.New("negative Timeout or limit"))
	}
	if opts.Timeout == 0 {
		opts.Timeout = DefaultTimeout
	}
	if opts.MaxFileSize == 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	if opts.MaxTotalSize == 0 {
		opts.MaxTotalSize = DefaultMaxTotalSize
	}
	if opts.MaxFiles == 0 {
		opts.MaxFiles = DefaultMaxFiles
	}
	g.opts = opts
	return g, nil
}

// String returns the repository URL without credentials and the revision
// followed, e.g. "https://github.com/org/repo (branch main)", for logs and
// status.
func (g *Git) String() string {
	return g.display + " (" + g.refDesc + ")"
}

// errCredentialsInURL is returned by NewGit for URLs with user information.
var errCredentialsInURL = errors.New("the URL carries credentials; remove them from the URL and use Auth " +
	"(TokenFile/TokenEnv or Username with PasswordFile/PasswordEnv for HTTPS, SSHKeyFile for SSH)")

// parseRepoURL classifies the URL and returns a display form without
// credentials. Errors never contain the raw URL: it may hold secrets.
func parseRepoURL(raw string) (transportKind, *transport.Endpoint, string, error) {
	if strings.TrimSpace(raw) == "" {
		return 0, nil, "", errors.New("URL is empty")
	}
	ep, err := transport.NewEndpoint(raw)
	if err != nil {
		return 0, nil, "", errors.New("invalid repository URL")
	}
	hasScheme := strings.Contains(raw, "://")
	var u *url.URL
	if hasScheme {
		if u, err = url.Parse(raw); err != nil {
			return 0, nil, "", errors.New("invalid repository URL")
		}
	}
	switch ep.Protocol {
	case "https", "http":
		display := u.Scheme + "://" + u.Host + u.EscapedPath()
		if u.User != nil {
			return 0, nil, display, errCredentialsInURL
		}
		if u.RawQuery != "" || u.Fragment != "" || u.ForceQuery {
			return 0, nil, display, errors.New("the URL must not have a query or a fragment")
		}
		if u.Host == "" {
			return 0, nil, display, errors.New("the URL has no host")
		}
		if ep.Protocol == "http" {
			return transportHTTP, ep, display, nil
		}
		return transportHTTPS, ep, display, nil
	case "ssh":
		user := ep.User
		credentials := ep.Password != "" || strings.Contains(user, ":")
		var display string
		switch {
		case hasScheme && (credentials || user == ""):
			display = "ssh://" + u.Host + u.EscapedPath()
		case hasScheme:
			display = "ssh://" + url.User(user).String() + "@" + u.Host + u.EscapedPath()
		case credentials || user == "":
			display = ep.Host + ":" + ep.Path
		default:
			display = raw
		}
		if credentials {
			return 0, nil, display, errCredentialsInURL
		}
		if hasScheme && (u.RawQuery != "" || u.Fragment != "") {
			return 0, nil, display, errors.New("the URL must not have a query or a fragment")
		}
		if ep.User == "" {
			ep.User = "git"
		}
		return transportSSH, ep, display, nil
	case "file":
		if hasScheme && u.User != nil {
			return 0, nil, "file://" + u.Host + u.EscapedPath(), errCredentialsInURL
		}
		return transportFile, ep, raw, nil
	default:
		return 0, nil, "", fmt.Errorf("unsupported URL scheme %q (https, http, ssh, file, scp-like or a local path)", ep.Protocol)
	}
}

// checkRefName applies the rules of git check-ref-format to a branch or tag
// name, and refuses what would change the meaning of a refspec.
func checkRefName(name string) error {
	switch {
	case name == "" || name == "@":
		return fmt.Errorf("invalid name %q", name)
	case strings.HasPrefix(name, "/") || strings.HasSuffix(name, "/") || strings.Contains(name, "//"):
		return fmt.Errorf("invalid name %q: bad slash", name)
	case strings.HasPrefix(name, "-") || strings.HasSuffix(name, ".") || strings.Contains(name, "..") || strings.Contains(name, "@{"):
		return fmt.Errorf("invalid name %q", name)
	case strings.HasPrefix(name, "refs/"):
		return fmt.Errorf("invalid name %q: give the short name, without refs/", name)
	}
	for _, r := range name {
		if r < 0x20 || r == 0x7f || strings.ContainsRune(" ~^:?*[\\", r) {
			return fmt.Errorf("invalid name %q: character %q not allowed", name, r)
		}
	}
	for _, c := range strings.Split(name, "/") {
		if strings.HasPrefix(c, ".") || strings.HasSuffix(c, ".lock") {
			return fmt.Errorf("invalid name %q: bad component %q", name, c)
		}
	}
	return nil
}

// Fetch brings the clone up to date and returns the desired revision: the
// head of the branch, the commit of the tag, or the pinned commit.
//
// The first call clones (shallow: depth 1, only the followed ref, no
// tags); later calls first list the remote refs (one cheap request) and
// fetch only when the revision changed. With the clone in memory, a changed
// revision is fetched into fresh storage, so memory holds one revision,
// not the history of polls. A pinned commit is fetched by its SHA-1 when
// the server allows it (shallow), otherwise with the full history of all
// branches and tags; once present it is never fetched again.
//
// Errors wrap [ErrUnreachable], [ErrAuth] or [ErrNotFound] where they
// apply. Each network operation is bounded by GitOptions.Timeout, even
// where go-git does not honour the context (SSH handshake): Fetch then
// returns, and the abandoned operation keeps the storage locked until it
// ends.
func (g *Git) Fetch(ctx context.Context) (Revision, error) {
	// A fetch holds the lock for at most three network operations.
	l, err := g.acquire(ctx, 3*g.opts.Timeout+time.Second)
	if err != nil {
		return Revision{}, g.fail("fetch", err)
	}
	defer l.release()

	auth, secrets, err := g.resolveAuth()
	if err != nil {
		return Revision{}, g.fail("fetch", err, secrets...)
	}
	var ca []byte
	if g.opts.CAFile != "" {
		if ca, err = os.ReadFile(g.opts.CAFile); err != nil {
			return Revision{}, g.fail("fetch", fmt.Errorf("read CAFile: %w", err))
		}
	}
	if err := g.openCache(); err != nil {
		return Revision{}, g.fail("fetch", err)
	}
	var rev Revision
	if g.opts.Commit != "" {
		rev, err = g.fetchCommit(ctx, l, auth, ca)
	} else {
		rev, err = g.fetchRef(ctx, l, auth, ca)
	}
	if err != nil {
		return Revision{}, g.fail("fetch", err, secrets...)
	}
	return rev, nil
}

func (g *Git) remote(st storage.Storer) *git.Remote {
	return git.NewRemote(st, &config.RemoteConfig{Name: git.DefaultRemoteName, URLs: []string{g.opts.URL}})
}

// fetchRef follows a branch or a tag.
func (g *Git) fetchRef(ctx context.Context, l *lease, auth transport.AuthMethod, ca []byte) (Revision, error) {
	var remoteName, localName plumbing.ReferenceName
	var what string
	if g.opts.Tag != "" {
		remoteName = plumbing.NewTagReferenceName(g.opts.Tag)
		localName = remoteName
		what = fmt.Sprintf("tag %q", g.opts.Tag)
	} else {
		remoteName = plumbing.NewBranchReferenceName(g.opts.Branch)
		localName = plumbing.NewRemoteReferenceName(git.DefaultRemoteName, g.opts.Branch)
		what = fmt.Sprintf("branch %q", g.opts.Branch)
	}

	// List the remote refs: most polls end here.
	var refs []*plumbing.Reference
	err := g.network(ctx, l, func(ctx context.Context) error {
		var err error
		refs, err = g.remote(memory.NewStorage()).ListContext(ctx, &git.ListOptions{
			Auth: auth, CABundle: ca, PeelingOption: git.AppendPeeled,
		})
		return err
	})
	if err != nil {
		return Revision{}, err
	}
	var want plumbing.Hash
	for _, r := range refs {
		switch r.Name() {
		case remoteName:
			if want.IsZero() {
				want = r.Hash()
			}
		case remoteName + "^{}": // the commit of an annotated tag
			want = r.Hash()
		}
	}
	if want.IsZero() {
		return Revision{}, fmt.Errorf("%w: %s does not exist", ErrNotFound, what)
	}
	if g.st != nil {
		if c, err := object.GetCommit(g.st, want); err == nil {
			return revisionOf(c, remoteName), nil
		}
	}

	// Fetch. In memory, into fresh storage, published on success.
	target := g.st
	if g.opts.CacheDir == "" {
		target = memory.NewStorage()
	}
	spec := config.RefSpec(fmt.Sprintf("+%s:%s", remoteName, localName))
	err = g.network(ctx, l, func(ctx context.Context) error {
		return g.remote(target).FetchContext(ctx, &git.FetchOptions{
			RefSpecs: []config.RefSpec{spec}, Depth: 1, Tags: git.NoTags, Force: true,
			Auth: auth, CABundle: ca,
		})
	})
	if err != nil && !errors.Is(err, git.NoErrAlreadyUpToDate) {
		if errors.Is(err, git.NoMatchingRefSpecError{}) {
			return Revision{}, fmt.Errorf("%w: %s does not exist", ErrNotFound, what)
		}
		return Revision{}, err
	}
	ref, err := target.Reference(localName)
	if err != nil {
		return Revision{}, fmt.Errorf("%s fetched but not stored: %w", what, err)
	}
	c, err := peelToCommit(target, ref.Hash())
	if err != nil {
		return Revision{}, fmt.Errorf("%s: %w", what, err)
	}
	g.st = target
	return revisionOf(c, remoteName), nil
}

// pinnedRef is where a commit fetched by SHA-1 is referenced, so that it
// stays reachable in the cache.
const pinnedRef = "refs/isobar/pinned"

// fetchCommit gets a pinned commit.
func (g *Git) fetchCommit(ctx context.Context, l *lease, auth transport.AuthMethod, ca []byte) (Revision, error) {
	h := plumbing.NewHash(g.opts.Commit)
	if g.st != nil {
		if c, err := object.GetCommit(g.st, h); err == nil {
			return revisionOf(c, ""), nil
		}
	} else {
		g.st = memory.NewStorage()
	}

	// Shallow, by SHA-1: needs uploadpack.allowReachableSHA1InWant (or
	// allowTipSHA1InWant) on the server, which go-git checks.
	spec := config.RefSpec(g.opts.Commit + ":" + pinnedRef)
	err := g.network(ctx, l, func(ctx context.Context) error {
		return g.remote(g.st).FetchContext(ctx, &git.FetchOptions{
			RefSpecs: []config.RefSpec{spec}, Depth: 1, Tags: git.NoTags, Force: true,
			Auth: auth, CABundle: ca,
		})
	})
	if err == nil || errors.Is(err, git.NoErrAlreadyUpToDate) {
		if c, err := object.GetCommit(g.st, h); err == nil {
			return revisionOf(c, ""), nil
		}
	} else if k := classify(err); errors.Is(k, ErrUnreachable) || errors.Is(k, ErrAuth) || errors.Is(err, context.Canceled) || l.handedOver {
		return Revision{}, err
	}

	// Full history of every branch and tag. A shallow cache (left by a
	// branch or tag source) is deepened to the full history.
	depth := 0
	if shallow, err := g.st.Shallow(); err == nil && len(shallow) > 0 {
		depth = 0x7fffffff // git's INFINITE_DEPTH, what --unshallow sends
	}
	err = g.network(ctx, l, func(ctx context.Context) error {
		return g.remote(g.st).FetchContext(ctx, &git.FetchOptions{
			RefSpecs: []config.RefSpec{"+refs/heads/*:refs/remotes/origin/*"},
			Tags:     git.AllTags, Depth: depth, Force: true,
			Auth: auth, CABundle: ca,
		})
	})
	if err != nil && !errors.Is(err, git.NoErrAlreadyUpToDate) {
		return Revision{}, err
	}
	c, err := object.GetCommit(g.st, h)
	if err != nil {
		return Revision{}, fmt.Errorf("%w: commit %s is not in any branch or tag", ErrNotFound, g.opts.Commit)
	}
	if err := g.st.SetReference(plumbing.NewHashReference(pinnedRef, h)); err != nil {
		return Revision{}, err
	}
	return revisionOf(c, ""), nil
}

func revisionOf(c *object.Commit, ref plumbing.ReferenceName) Revision {
	return Revision{Commit: c.Hash.String(), Time: c.Committer.When, Ref: string(ref)}
}

// peelToCommit follows annotated tags down to a commit.
func peelToCommit(st storage.Storer, h plumbing.Hash) (*object.Commit, error) {
	for range 10 {
		obj, err := st.EncodedObject(plumbing.AnyObject, h)
		if err != nil {
			return nil, err
		}
		switch obj.Type() {
		case plumbing.CommitObject:
			return object.DecodeCommit(st, obj)
		case plumbing.TagObject:
			tag, err := object.DecodeTag(st, obj)
			if err != nil {
				return nil, err
			}
			h = tag.Target
		default:
			return nil, fmt.Errorf("%w: points to a %s, not a commit", ErrNotFound, obj.Type())
		}
	}
	return nil, errors.New("tag chain too long")
}

// openCache opens (or creates) the bare repository in CacheDir.
func (g *Git) openCache() error {
	if g.st != nil || g.opts.CacheDir == "" {
		return nil
	}
	dir := g.opts.CacheDir
	repo, err := git.PlainOpen(dir)
	if errors.Is(err, git.ErrRepositoryNotExists) {
		entries, rerr := os.ReadDir(dir)
		if rerr != nil && !errors.Is(rerr, os.ErrNotExist) {
			return fmt.Errorf("cache dir: %w", rerr)
		}
		if len(entries) > 0 {
			return fmt.Errorf("cache dir %s is neither empty nor a git repository", dir)
		}
		if err := os.MkdirAll(dir, 0o700); err != nil {
			return fmt.Errorf("cache dir: %w", err)
		}
		repo, err = git.PlainInit(dir, true)
	}
	if err != nil {
		return fmt.Errorf("cache dir %s: %w", dir, err)
	}
	g.st = repo.Storer
	return nil
}

// lease is the right to use the storage, held from acquire to release. An
// operation abandoned on timeout takes the lease over, and gives the lock
// back when it really ends.
type lease struct {
	g          *Git
	handedOver bool
}

func (g *Git) acquire(ctx context.Context, wait time.Duration) (*lease, error) {
	t := time.NewTimer(wait)
	defer t.Stop()
	select {
	case g.lock <- struct{}{}:
		return &lease{g: g}, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	case <-t.C:
		return nil, fmt.Errorf("%w: a previous operation on this repository has not ended after %s", ErrUnreachable, wait)
	}
}

func (l *lease) release() {
	if !l.handedOver {
		<-l.g.lock
	}
}

// network runs one network operation, bounded by GitOptions.Timeout even if
// it does not honour its context.
func (g *Git) network(ctx context.Context, l *lease, fn func(context.Context) error) error {
	if l.handedOver {
		return errors.New("operation abandoned")
	}
	opCtx, cancel := context.WithTimeout(ctx, g.opts.Timeout)
	done := make(chan error, 1)  // the result
	ended := make(chan struct{}) // closed when fn has returned
	go func() {
		defer close(ended)
		done <- fn(opCtx)
	}()
	select {
	case err := <-done:
		cancel()
		return g.timedOut(ctx, opCtx, err)
	case <-opCtx.Done():
	}
	// Most operations end right away once their context is done; give them
	// a moment, to report their own error.
	select {
	case err := <-done:
		cancel()
		return g.timedOut(ctx, opCtx, err)
	case <-time.After(100 * time.Millisecond):
	}
	l.handedOver = true
	go func() {
		<-ended // the error of an abandoned operation is of no use
		cancel()
		<-g.lock
	}()
	if err := ctx.Err(); err != nil {
		return err
	}
	return fmt.Errorf("no answer within %s: %w", g.opts.Timeout, context.DeadlineExceeded)
}

// timedOut says so when an operation failed because its own timeout (not
// the caller's context) expired.
func (g *Git) timedOut(ctx, opCtx context.Context, err error) error {
	if err != nil && ctx.Err() == nil && errors.Is(opCtx.Err(), context.DeadlineExceeded) {
		return fmt.Errorf("no answer within %s: %w", g.opts.Timeout, err)
	}
	return err
}
