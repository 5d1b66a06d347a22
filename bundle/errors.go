package bundle

import (
	"context"
	"encoding/base64"
	"errors"
	"net/http"
	"net/url"
	"regexp"
	"strings"

	"github.com/google/go-containerregistry/pkg/authn"
	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/v1/remote/transport"
)

// The kinds of error callers branch on. Every error returned by this package
// that belongs to one of these kinds satisfies errors.Is(err, ErrX); the
// message starts with the reference (or object) it is about, then the kind,
// then the cause:
//
//	registry.example/isobar/eu-1@sha256:…: signature verification failed: no matching signatures: …
var (
	// ErrInvalidInput: the arguments (metadata, files, options, keys) are unusable.
	ErrInvalidInput = errors.New("invalid input")
	// ErrInsecure: plain HTTP was asked for, or would be used, with a host
	// that is not a loopback address.
	ErrInsecure = errors.New("insecure registry refused")
	// ErrUnauthorized: the registry refused the credentials (HTTP 401/403).
	ErrUnauthorized = errors.New("registry authentication failed")
	// ErrNotFound: the reference does not exist in the registry.
	ErrNotFound = errors.New("not found")
	// ErrRegistry: any other registry failure, including timeouts (which
	// also match ErrTimeout and context.DeadlineExceeded).
	ErrRegistry = errors.New("registry request failed")
	// ErrUnsigned: the bundle carries no cosign signature at all.
	ErrUnsigned = errors.New("bundle is not signed")
	// ErrSignature: signatures exist, but none is a valid signature of this
	// manifest digest by the trusted key (or identity).
	ErrSignature = errors.New("signature verification failed")
	// ErrMediaType: the manifest, its config or its layer has a media type
	// that is not an isobar bundle's.
	ErrMediaType = errors.New("wrong media type")
	// ErrDigestMismatch: a blob's content does not match the digest (or size)
	// that the signed manifest records for it.
	ErrDigestMismatch = errors.New("digest mismatch")
	// ErrTooLarge: the content exceeds the size limit (see WithMaxSize).
	ErrTooLarge = errors.New("content too large")
	// ErrUnsafePath: a tar entry (or input file) has an absolute path, a ".."
	// element, a duplicate path, or is a symlink, hardlink, device or other
	// non-regular file.
	ErrUnsafePath = errors.New("unsafe path")
	// ErrInvalidContent: a file is not YAML, a document is not a Kubernetes
	// object, objects are duplicated, or the config does not match the content.
	ErrInvalidContent = errors.New("invalid content")
	// ErrNamespace: an object lies outside the bundle's allowed namespaces
	// (or is namespaced but names no namespace).
	ErrNamespace = errors.New("object outside allowed namespaces")
	// ErrPolicy: an object breaks the policy (render.CheckPolicy), so the
	// bundle is not published.
	ErrPolicy = errors.New("object refused by the policy")
	// ErrWrongCluster: the bundle is for another cluster than the one asked
	// for with WithCluster.
	ErrWrongCluster = errors.New("bundle is for another cluster")
	// ErrOutput: the checked content could not be written to the output
	// directory (which is then left as it was).
	ErrOutput = errors.New("writing the output directory failed")
)

// Error is the error type returned by this package. Subject is the
// reference, file or object the error is about; Kind is one of the ErrX
// values above; Err is the cause (may be nil). errors.Is matches both Kind and
// anything in Err's chain, and errors.As reaches the cause's types.
type Error struct {
	Subject string
	Kind    error
	Err     error
}

// Error renders "<subject>: <kind>: <cause>".
func (e *Error) Error() string {
	var b strings.Builder
	if e.Subject != "" {
		b.WriteString(e.Subject)
		b.WriteString(": ")
	}
	b.WriteString(e.Kind.Error())
	if e.Err != nil {
		b.WriteString(": ")
		b.WriteString(e.Err.Error())
	}
	return b.String()
}

// Unwrap returns the kind and the cause.
func (e *Error) Unwrap() []error {
	if e.Err == nil {
		return []error{e.Kind}
	}
	return []error{e.Kind, e.Err}
}

func newError(subject string, kind, err error) *Error {
	return &Error{Subject: subject, Kind: kind, Err: err}
}

// registryError classifies an error from go-containerregistry or cosign's
// registry client into ErrUnauthorized, ErrNotFound or ErrRegistry, and
// scrubs anything that could be a credential from its message.
func registryError(subject string, err error, o *options, reg name.Registry) error {
	if err == nil {
		return nil
	}
	var be *Error
	if errors.As(err, &be) {
		return err
	}
	kind := ErrRegistry
	var te *transport.Error
	if errors.As(err, &te) {
		switch te.StatusCode {
		case http.StatusUnauthorized, http.StatusForbidden:
			kind = ErrUnauthorized
		case http.StatusNotFound:
			kind = ErrNotFound
		}
		notFound := false
		for _, d := range te.Errors {
			switch d.Code {
			case transport.UnauthorizedErrorCode, transport.DeniedErrorCode:
				kind = ErrUnauthorized
			case transport.ManifestUnknownErrorCode, transport.BlobUnknownErrorCode, transport.NameUnknownErrorCode:
				notFound = true
			}
		}
		if notFound && !errors.Is(kind, ErrUnauthorized) {
			kind = ErrNotFound
		}
	}
	if errors.Is(err, errPlainHTTP) {
		kind = ErrInsecure
	}
	return newError(subject, kind, scrub(err, o, reg))
}

// redacted keeps an error's chain (for errors.Is/As) but replaces its message.
type redacted struct {
	msg string
	err error
}

func (r *redacted) Error() string { return r.msg }
func (r *redacted) Unwrap() error { return r.err }

var (
	userinfoRE   = regexp.MustCompile(`(?i)([a-z][a-z0-9+.-]*://)[^/@\s]+@`)
	authHeaderRE = regexp.MustCompile(`(?i)\b(basic|bearer)\s+[A-Za-z0-9._~+/=-]{8,}`)
)

// scrub removes from err's message any URL userinfo, anything that looks
// like an Authorization header value, and any secret the keychain holds for
// reg (passwords, tokens and their basic-auth encoding), so that errors can
// be logged. Errors rarely contain these, but a registry or proxy that
// echoes a request back must not leak them.
func scrub(err error, o *options, reg name.Registry) error {
	if err == nil {
		return nil
	}
	msg := userinfoRE.ReplaceAllString(err.Error(), "$1")
	msg = authHeaderRE.ReplaceAllString(msg, "$1 [REDACTED]")
	for _, s := range secretsFor(o, reg) {
		msg = strings.ReplaceAll(msg, s, "[REDACTED]")
	}
	return &redacted{msg: msg, err: err}
}

// secretsFor lists the credential strings the keychain would send to reg.
func secretsFor(o *options, reg name.Registry) []string {
	if o == nil || reg.RegistryStr() == "" {
		return nil
	}
	var auth authn.Authenticator
	if o.auth != nil {
		auth = o.auth
	} else if o.keychain != nil {
		a, err := o.keychain.Resolve(reg)
		if err != nil {
			return nil
		}
		auth = a
	}
	if auth == nil {
		return nil
	}
	cfg, err := authn.Authorization(context.Background(), auth)
	if err != nil || cfg == nil {
		return nil
	}
	var out []string
	add := func(s string) {
		// Very short strings would redact ordinary words.
		if len(s) >= 4 {
			out = append(out, s, url.QueryEscape(s))
		}
	}
	add(cfg.Password)
	add(cfg.Auth)
	add(cfg.IdentityToken)
	add(cfg.RegistryToken)
	if cfg.Username != "" || cfg.Password != "" {
		add(base64.StdEncoding.EncodeToString([]byte(cfg.Username + ":" + cfg.Password)))
	}
	return out
}

// isRegistryError reports whether err comes from talking to the registry
// (as opposed to checking what it returned).
func isRegistryError(err error) bool {
	var te *transport.Error
	var ue *url.Error
	return errors.As(err, &te) || errors.As(err, &ue) || errors.Is(err, errPlainHTTP) ||
		errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded)
}
