package bundle

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"syscall"
	"time"

	"github.com/google/go-containerregistry/pkg/authn"
	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/v1/remote"
	"k8s.io/apimachinery/pkg/runtime/schema"
)

// Limits and deadlines, by default. Each has its option to change it.
const (
	// DefaultMaxSize is the default limit on a bundle's content: the
	// layer's compressed size and its decompressed tar stream must each
	// stay within it (WithMaxSize).
	DefaultMaxSize int64 = 64 << 20
	// DefaultMaxObjects is the default limit on a bundle's objects: the
	// config's object count, the files, and the YAML documents of the
	// content must each stay within it (WithMaxObjects).
	DefaultMaxObjects = 10000
	// DefaultTimeout bounds each registry operation as a whole (one Push,
	// Sign, Verify or Pull, retries included; WithTimeout).
	DefaultTimeout = 2 * time.Minute
	// DefaultIOTimeout is how long a registry may stay silent: to accept a
	// connection and answer a request, and between two reads or writes of a
	// transfer (WithIOTimeout).
	DefaultIOTimeout = 30 * time.Second
)

// maxConfigSize bounds the config blob; a real one is a few hundred bytes.
const maxConfigSize = 1 << 20

// DefaultRetry is the default backoff for registry requests that fail with a
// temporary error (timeouts, connection resets) or a status in
// RetryStatusCodes: five tries, 0.5 s, 1 s, 2 s and 4 s apart (±10 %). A
// context deadline still ends the whole operation.
var DefaultRetry = remote.Backoff{Duration: 500 * time.Millisecond, Factor: 2, Jitter: 0.1, Steps: 5}

// RetryStatusCodes are the HTTP statuses that are retried.
var RetryStatusCodes = []int{
	http.StatusRequestTimeout,
	http.StatusTooManyRequests,
	http.StatusInternalServerError,
	http.StatusBadGateway,
	http.StatusServiceUnavailable,
	http.StatusGatewayTimeout,
}

// userAgent is sent to registries.
const userAgent = "isobar-bundle/1"

// Option configures Build, Push, Sign, Verify and Pull. Each verb uses the
// options that concern it and ignores the others (documented on each
// option). An Option returns an error for an invalid value, which the verb
// reports as ErrInvalidInput.
type Option func(*options) error

type options struct {
	insecure      bool
	keychain      authn.Keychain
	auth          authn.Authenticator
	transport     http.RoundTripper
	retry         remote.Backoff
	maxSize       int64
	maxObjects    int
	timeout       time.Duration
	ioTimeout     time.Duration
	outputDir     string
	cluster       string
	clusterScoped map[schema.GroupKind]bool
	rekorURL      string
}

func newOptions(opts []Option) (*options, error) {
	o := &options{
		keychain:   authn.DefaultKeychain,
		retry:      DefaultRetry,
		maxSize:    DefaultMaxSize,
		maxObjects: DefaultMaxObjects,
		timeout:    DefaultTimeout,
		ioTimeout:  DefaultIOTimeout,
	}
	for _, opt := range opts {
		if opt == nil {
			continue
		}
		if err := opt(o); err != nil {
			return nil, newError("options", ErrInvalidInput, err)
		}
	}
	return o, nil
}

// WithInsecure allows plain HTTP to a registry on a loopback address
// (127.0.0.0/8, ::1 or "localhost"), for tests and local registries. With it,
// a reference to any other host is refused with ErrInsecure. Without it, plain
// HTTP is refused everywhere (go-containerregistry would otherwise use it for
// loopback and RFC 1918 addresses), redirects included.
// Used by Push, Sign, Verify, Pull.
func WithInsecure() Option {
	return func(o *options) error { o.insecure = true; return nil }
}

// WithKeychain sets where registry credentials come from. The default is
// authn.DefaultKeychain (the Docker config: $DOCKER_CONFIG/config.json or
// ~/.docker/config.json, and its credential helpers).
// Used by Push, Sign, Verify, Pull.
func WithKeychain(k authn.Keychain) Option {
	return func(o *options) error {
		if k == nil {
			return errors.New("WithKeychain: nil keychain")
		}
		o.keychain = k
		return nil
	}
}

// WithAuth uses a fixed authenticator for every registry instead of a
// keychain. Used by Push, Sign, Verify, Pull.
func WithAuth(a authn.Authenticator) Option {
	return func(o *options) error {
		if a == nil {
			return errors.New("WithAuth: nil authenticator")
		}
		o.auth = a
		return nil
	}
}

// WithTransport sets the base HTTP transport (for example one with extra CA
// certificates). The default is a clone of http.DefaultTransport. Plain HTTP
// is refused on top of it unless WithInsecure and a loopback host.
// Used by Push, Sign, Verify, Pull.
func WithTransport(rt http.RoundTripper) Option {
	return func(o *options) error {
		if rt == nil {
			return errors.New("WithTransport: nil transport")
		}
		o.transport = rt
		return nil
	}
}

// WithRetry sets the backoff between tries of a registry request that failed
// with a temporary error or one of RetryStatusCodes; Steps is the number of
// tries (1 disables retries). The default is DefaultRetry.
// Used by Push, Sign, Verify, Pull.
func WithRetry(b remote.Backoff) Option {
	return func(o *options) error {
		if b.Steps < 1 || b.Duration < 0 || b.Factor < 0 || b.Jitter < 0 {
			return fmt.Errorf("WithRetry: invalid backoff %+v", b)
		}
		o.retry = b
		return nil
	}
}

// WithMaxSize sets the limit on a bundle's content (compressed layer and
// decompressed tar stream each); the default is DefaultMaxSize (64 MiB).
// Used by Build and Pull.
func WithMaxSize(n int64) Option {
	return func(o *options) error {
		if n <= 0 {
			return fmt.Errorf("WithMaxSize: %d is not a positive size", n)
		}
		o.maxSize = n
		return nil
	}
}

// WithMaxObjects sets the limit on a bundle's objects; the default is
// DefaultMaxObjects (10,000). Pull refuses a bundle whose signed config
// counts more before downloading its content, and stops reading content
// with more files or YAML documents than that; Build refuses to make one.
// Used by Build and Pull.
func WithMaxObjects(n int) Option {
	return func(o *options) error {
		if n <= 0 {
			return fmt.Errorf("WithMaxObjects: %d is not a positive number", n)
		}
		o.maxObjects = n
		return nil
	}
}

// WithTimeout bounds each operation as a whole (one Push, Sign, Verify or
// Pull, every request and retry included); the default is DefaultTimeout
// (2 minutes). Past it the operation fails with an error that says so and
// matches ErrTimeout and context.DeadlineExceeded.
// Used by Push, Sign, Verify, Pull.
func WithTimeout(d time.Duration) Option {
	return func(o *options) error {
		if d <= 0 {
			return fmt.Errorf("WithTimeout: %s is not a positive duration", d)
		}
		o.timeout = d
		return nil
	}
}

// WithIOTimeout sets how long a registry may stay silent: to accept a
// connection and answer a request (up to its response headers), and, during
// a transfer, between two reads or writes. The default is DefaultIOTimeout
// (30 seconds). A request past it fails, without retries, with an error
// naming the registry ("registry 127.0.0.1:5000 did not answer within
// 30s") that matches ErrTimeout and context.DeadlineExceeded; a registry
// that keeps sending a trickle is bounded by WithTimeout.
// Used by Push, Sign, Verify, Pull.
func WithIOTimeout(d time.Duration) Option {
	return func(o *options) error {
		if d <= 0 {
			return fmt.Errorf("WithIOTimeout: %s is not a positive duration", d)
		}
		o.ioTimeout = d
		return nil
	}
}

// WithOutputDir makes Pull also write the bundle's files under dir, once
// every check has passed, through the output-folder writer isobar render
// uses too (internal/outdir): dir must be new, empty, or hold exactly what
// an earlier pull or render wrote there (its .isobar-output marker lists
// it); it may not be the current folder or above it. The new tree is
// written beside dir and swapped in; the old one is deleted file by file
// from its marker. On any error dir is left as it was. Used by Pull.
func WithOutputDir(dir string) Option {
	return func(o *options) error {
		if strings.TrimSpace(dir) == "" {
			return errors.New("WithOutputDir: empty directory")
		}
		o.outputDir = dir
		return nil
	}
}

// WithCluster makes Pull refuse (ErrWrongCluster) a bundle built for
// another cluster. A reconciler should always set it: every bundle signed
// by the same key verifies, whatever cluster it is for. Used by Pull.
func WithCluster(cluster string) Option {
	return func(o *options) error {
		if cluster == "" {
			return errors.New("WithCluster: empty cluster name")
		}
		o.cluster = cluster
		return nil
	}
}

// WithClusterScopedKinds declares kinds, beyond Kubernetes' built-in ones
// and those the bundle's CustomResourceDefinitions declare, as
// cluster-scoped, e.g. {Group: "cert-manager.io", Kind: "ClusterIssuer"}.
// Kinds of Kubernetes' own API groups cannot be redeclared. Objects of
// namespaced kinds must name an allowed namespace. Used by Build and Pull.
func WithClusterScopedKinds(kinds ...schema.GroupKind) Option {
	return func(o *options) error {
		if o.clusterScoped == nil {
			o.clusterScoped = map[schema.GroupKind]bool{}
		}
		for _, gk := range kinds {
			if gk.Kind == "" {
				return fmt.Errorf("WithClusterScopedKinds: empty kind in %v", gk)
			}
			o.clusterScoped[gk] = true
		}
		return nil
	}
}

// WithRekorURL makes Sign upload the signature to this Rekor transparency log
// (e.g. https://rekor.sigstore.dev) and attach the log's inclusion bundle.
// Without it nothing is sent anywhere but the registry. Used by Sign.
func WithRekorURL(u string) Option {
	return func(o *options) error {
		pu, err := url.Parse(u)
		if err != nil || pu.Host == "" || (pu.Scheme != "https" && pu.Scheme != "http") {
			return fmt.Errorf("WithRekorURL: %q is not an http(s) URL", u)
		}
		o.rekorURL = u
		return nil
	}
}

// retryable reports whether a failed request is tried again: on a broken
// connection (reset, closed, cut short) or a temporary network error, as
// go-containerregistry does, but never after a timeout of any kind: a
// registry that stayed silent once is not waited for again, so that an
// operation against it fails within one I/O timeout.
func retryable(err error) bool {
	var ne net.Error
	switch {
	case err == nil, errors.Is(err, ErrTimeout), errors.Is(err, context.DeadlineExceeded), errors.Is(err, context.Canceled):
		return false
	case errors.As(err, &ne) && ne.Timeout():
		return false
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF), errors.Is(err, syscall.EPIPE),
		errors.Is(err, syscall.ECONNRESET), errors.Is(err, net.ErrClosed):
		return true
	}
	var te interface{ Temporary() bool }
	return errors.As(err, &te) && te.Temporary()
}

// isLoopback reports whether host (no port) is localhost or a loopback IP.
func isLoopback(host string) bool {
	host = strings.TrimSuffix(strings.TrimPrefix(host, "["), "]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}

// registryHost returns the host part (no port) of a registry name.
func registryHost(reg string) string {
	if h, _, err := net.SplitHostPort(reg); err == nil {
		return h
	}
	return reg
}

// parseRef parses a reference, refusing WithInsecure for non-loopback hosts.
func (o *options) parseRef(s string) (name.Reference, error) {
	var nopts []name.Option
	nopts = append(nopts, name.StrictValidation)
	if o.insecure {
		nopts = append(nopts, name.Insecure)
	}
	ref, err := name.ParseReference(s, nopts...)
	if err != nil {
		return nil, newError(s, ErrInvalidInput, err)
	}
	if o.insecure && !isLoopback(registryHost(ref.Context().RegistryStr())) {
		return nil, newError(s, ErrInsecure, fmt.Errorf(
			"plain HTTP is allowed only for loopback registries (127.0.0.1, ::1, localhost), not %q", ref.Context().RegistryStr()))
	}
	return ref, nil
}

// errPlainHTTP is returned by the transport guard.
var errPlainHTTP = errors.New("plain HTTP refused")

// httpGuard refuses plain-HTTP requests unless they go to a loopback host
// and WithInsecure was given. go-containerregistry itself picks plain HTTP
// for loopback and RFC 1918 addresses; this keeps that to loopback and to an
// explicit opt-in (and covers redirects, e.g. blob downloads).
type httpGuard struct {
	base      http.RoundTripper
	allowHTTP bool
}

func (g *httpGuard) RoundTrip(req *http.Request) (*http.Response, error) {
	plainOK := g.allowHTTP && isLoopback(req.URL.Hostname())
	if req.URL.Scheme != "https" && !plainOK {
		if req.Body != nil {
			_ = req.Body.Close()
		}
		return nil, fmt.Errorf("%w: %s %s://%s%s (use HTTPS, or WithInsecure with a loopback registry)",
			errPlainHTTP, req.Method, req.URL.Scheme, req.URL.Host, req.URL.Path)
	}
	return g.base.RoundTrip(req)
}

// remoteOptions are the go-containerregistry options for one operation.
func (o *options) remoteOptions(ctx context.Context) []remote.Option {
	base := o.transport
	if base == nil {
		t := remote.DefaultTransport.(*http.Transport).Clone()
		// The watchdog bounds the handshake, with the message and the
		// (lack of) retries of every other silence.
		t.TLSHandshakeTimeout = 0
		base = t
	}
	ropts := []remote.Option{
		remote.WithContext(ctx),
		remote.WithTransport(&httpGuard{base: &watchdog{base: base, idle: o.ioTimeout}, allowHTTP: o.insecure}),
		remote.WithUserAgent(userAgent),
		remote.WithRetryBackoff(o.retry),
		remote.WithRetryStatusCodes(RetryStatusCodes...),
		remote.WithRetryPredicate(retryable),
	}
	if o.auth != nil {
		ropts = append(ropts, remote.WithAuth(o.auth))
	} else {
		ropts = append(ropts, remote.WithAuthFromKeychain(o.keychain))
	}
	return ropts
}
