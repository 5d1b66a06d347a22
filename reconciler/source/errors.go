package source

import (
	"context"
	"crypto/tls"
	"crypto/x509"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"

	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/transport"
	githttp "github.com/go-git/go-git/v5/plumbing/transport/http"
	"golang.org/x/crypto/ssh/knownhosts"
)

// Sentinel errors that callers branch on with [errors.Is]. The errors
// returned by [Git.Fetch] and [Git.FS] wrap at most one of them next to
// the underlying cause, and name the repository (without credentials)
// first:
//
//	git https://host/org/repo (branch main): fetch failed: repository unreachable: dial tcp 10.0.0.1:443: i/o timeout
var (
	// ErrUnreachable: the server could not be reached or did not answer in
	// time (connection refused, DNS, timeouts, HTTP 5xx and 429, connection
	// dropped). Transient by nature: the reconciler keeps the last applied
	// state and retries on the next poll.
	ErrUnreachable = errors.New("repository unreachable")
	// ErrAuth: the server refused the credentials (HTTP 401/403, SSH key
	// rejected), the credentials could not be read (missing token file,
	// unset environment variable, unreadable key), or the server's identity
	// could not be verified (SSH host key unknown or changed, TLS
	// certificate not trusted).
	ErrAuth = errors.New("authentication failed")
	// ErrNotFound: the repository, branch, tag, commit or directory does
	// not exist (or, for a repository, is not visible with the credentials
	// given: some servers answer 404 rather than 403).
	ErrNotFound = errors.New("not found")
	// ErrTooLarge: a file opened through [Git.FS] or [TreeFS] is larger
	// than the limits (set in [GitOptions] for Git.FS), or the files opened
	// are too many or too large in all.
	ErrTooLarge = errors.New("too large")
)

// classify returns the sentinel that err falls under, or nil when it is
// none of them. Context cancellation by the caller is not classified (the
// caller is shutting down); a deadline is ErrUnreachable.
func classify(err error) error {
	if err == nil {
		return nil
	}
	for _, s := range []error{ErrUnreachable, ErrAuth, ErrNotFound, ErrTooLarge} {
		if errors.Is(err, s) {
			return s
		}
	}
	if errors.Is(err, context.Canceled) {
		return nil
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return ErrUnreachable
	}

	// Authentication and identity of the server. These come before the
	// network checks: a TLS verification failure is a *url.Error, which is
	// also a net.Error.
	if errors.Is(err, transport.ErrAuthenticationRequired) ||
		errors.Is(err, transport.ErrAuthorizationFailed) ||
		errors.Is(err, transport.ErrInvalidAuthMethod) {
		return ErrAuth
	}
	var keyErr *knownhosts.KeyError
	if errors.As(err, &keyErr) {
		return ErrAuth
	}
	var (
		verifyErr   *tls.CertificateVerificationError
		unknownAuth x509.UnknownAuthorityError
		hostErr     x509.HostnameError
		certInvalid x509.CertificateInvalidError
	)
	if errors.As(err, &verifyErr) || errors.As(err, &unknownAuth) ||
		errors.As(err, &hostErr) || errors.As(err, &certInvalid) {
		return ErrAuth
	}
	msg := err.Error()
	if strings.Contains(msg, "ssh: unable to authenticate") ||
		strings.Contains(msg, "knownhosts: key is unknown") ||
		strings.Contains(msg, "knownhosts: key mismatch") {
		return ErrAuth
	}

	// Missing things.
	if errors.Is(err, transport.ErrRepositoryNotFound) ||
		errors.Is(err, transport.ErrEmptyRemoteRepository) ||
		errors.Is(err, git.NoMatchingRefSpecError{}) ||
		errors.Is(err, plumbing.ErrReferenceNotFound) ||
		errors.Is(err, plumbing.ErrObjectNotFound) {
		return ErrNotFound
	}

	// HTTP status codes other than 401/403/404 come as an UnexpectedError
	// that does not unwrap.
	var unexpected *plumbing.UnexpectedError
	if errors.As(err, &unexpected) {
		var httpErr *githttp.Err
		if errors.As(unexpected.Err, &httpErr) {
			code := httpErr.StatusCode()
			if code >= 500 || code == http.StatusTooManyRequests || code == http.StatusRequestTimeout {
				return ErrUnreachable
			}
		}
	}

	// The network.
	var netErr net.Error
	if errors.As(err, &netErr) ||
		errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		errors.Is(err, net.ErrClosed) {
		return ErrUnreachable
	}
	if strings.Contains(msg, "connection reset") || strings.Contains(msg, "broken pipe") ||
		strings.Contains(msg, "connection refused") || strings.Contains(msg, "handshake failed: EOF") {
		return ErrUnreachable
	}
	return nil
}

// opError is the error of an operation. Its text is built once: the
// repository, the operation, the class and the cause, tidied (no trailing
// separators or line breaks from server messages) and with secrets
// replaced; the chain is kept for errors.Is/As.
type opError struct {
	msg  string
	errs []error
}

func (e *opError) Error() string   { return e.msg }
func (e *opError) Unwrap() []error { return e.errs }

// fail builds the error of an operation: repository first, then the
// operation, then the class (if any) and the cause. Every non-empty secret
// is replaced in the text. Credentials never go into URLs, so go-git has no
// reason to print them; this is defence in depth against a server echoing
// what it was sent.
func (g *Git) fail(op string, err error, secrets ...string) error {
	cause := err.Error()
	errs := []error{err}
	if kind := classify(err); kind != nil && !errors.Is(err, kind) {
		cause = kind.Error() + ": " + cause
		errs = []error{kind, err}
	}
	cause = strings.Join(strings.Fields(cause), " ")
	cause = strings.TrimRight(cause, ": ")
	for _, s := range secrets {
		if s != "" {
			cause = strings.ReplaceAll(cause, s, "<redacted>")
		}
	}
	return &opError{msg: fmt.Sprintf("git %s: %s failed: %s", g, op, cause), errs: errs}
}
