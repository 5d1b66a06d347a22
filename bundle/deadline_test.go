package bundle

import (
	"bytes"
	"context"
	"crypto/rand"
	"encoding/base64"
	"errors"
	"fmt"
	"io"
	"log"
	"net"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/google/go-containerregistry/pkg/registry"
	"github.com/google/go-containerregistry/pkg/v1/remote"
	"github.com/google/go-containerregistry/pkg/v1/remote/transport"

	"isobar.dev/isobar/internal/testenv/stall"
)

// stalling starts a misbehaving server (package stall) for the test.
func stalling(t *testing.T, serve stall.Serve) string {
	t.Helper()
	addr, stop, err := stall.Listen(serve)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	return addr
}

// wantTimeout checks that err is a timeout of a registry operation that
// says msg, and that it came within limit of start.
func wantTimeout(t *testing.T, err error, start time.Time, limit time.Duration, msg string) {
	t.Helper()
	took := time.Since(start)
	if err == nil {
		t.Fatalf("no error after %s, want %q", took, msg)
	}
	t.Logf("failed after %s: %v", took.Round(time.Millisecond), err)
	if !errors.Is(err, ErrTimeout) || !errors.Is(err, ErrRegistry) || !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("error %v is not ErrTimeout, ErrRegistry and context.DeadlineExceeded", err)
	}
	if !strings.Contains(err.Error(), msg) {
		t.Errorf("error %q does not say %q", err, msg)
	}
	if took > limit {
		t.Errorf("took %s, more than %s", took, limit)
	}
}

// TestStalledRegistry: a registry that accepts connections and never
// answers, or trickles its answer a byte at a time, fails every operation
// within the I/O timeout (plus slack), without retries, with an error that
// names the registry and what it did.
func TestStalledRegistry(t *testing.T) {
	a, _ := twoKeys(t)
	trust := Trust{PublicKey: a.pair.PublicKey}
	b := mustBuild(t, testFiles(t), testMetadata())
	const io = time.Second
	limit := io + 1500*time.Millisecond // one try, not five
	opts := []Option{WithInsecure(), WithIOTimeout(io), WithTimeout(time.Minute), fastRetry}

	for _, tc := range []struct {
		name string
		addr func(t *testing.T) string
	}{
		{"silent", func(t *testing.T) string { return stalling(t, stall.Silent) }},
		{"trickle", func(t *testing.T) string { return stalling(t, stall.Headers(200*time.Millisecond)) }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			host := tc.addr(t)
			repo := host + "/isobar/eu-1"
			want := fmt.Sprintf("registry %s did not answer within 1s", host)
			d := repo + "@" + b.Digest.String()

			start := time.Now()
			_, err := Pull(t.Context(), repo+":"+Tag(b.Metadata), trust, opts...)
			wantTimeout(t, err, start, limit, want)

			start = time.Now()
			_, err = Verify(t.Context(), d, trust, opts...)
			wantTimeout(t, err, start, limit, want)

			start = time.Now()
			_, err = Push(t.Context(), b, repo+":"+Tag(b.Metadata), opts...)
			wantTimeout(t, err, start, limit, want)

			start = time.Now()
			_, err = Sign(t.Context(), d, a.key, opts...)
			wantTimeout(t, err, start, limit, want)

			start = time.Now()
			_, err = PullUnverified(t.Context(), d, opts...)
			wantTimeout(t, err, start, limit, want)
		})
	}
}

// TestStalledMidTransfer: a registry that answers, then stops in the middle
// of a blob, fails the pull within the I/O timeout; one that trickles the
// blob a byte at a time (never silent for long) is stopped by the
// operation's deadline.
func TestStalledMidTransfer(t *testing.T) {
	a, _ := twoKeys(t)
	trust := Trust{PublicKey: a.pair.PublicKey}
	b := mustBuild(t, testFiles(t), testMetadata())

	m, err := b.image.Manifest()
	if err != nil {
		t.Fatal(err)
	}
	cfgBlob := "/blobs/" + m.Config.Digest.String() // the first blob Pull downloads

	// stallBlob answers a blob request with its headers and a first byte,
	// then sends the rest one byte every gap (never, for gap 0).
	stallBlob := func(gap time.Duration) func(w http.ResponseWriter, r *http.Request, next http.Handler) {
		return func(w http.ResponseWriter, r *http.Request, next http.Handler) {
			if r.Method != http.MethodGet || !strings.HasSuffix(r.URL.Path, cfgBlob) {
				next.ServeHTTP(w, r)
				return
			}
			rec := httptest.NewRecorder()
			next.ServeHTTP(rec, r)
			body := rec.Body.Bytes()
			for k, v := range rec.Header() {
				w.Header()[k] = v
			}
			w.WriteHeader(rec.Code)
			fl := w.(http.Flusher)
			for i := range body {
				if _, err := w.Write(body[i : i+1]); err != nil {
					return
				}
				fl.Flush()
				if gap == 0 {
					<-r.Context().Done()
					return
				}
				select {
				case <-r.Context().Done():
					return
				case <-time.After(gap):
				}
			}
		}
	}

	t.Run("stops", func(t *testing.T) {
		t.Parallel()
		tr := newTestRegistry(t)
		publish(t, tr, "isobar/eu-1", b, a.key)
		tr.setWrap(stallBlob(0))
		start := time.Now()
		_, err := Pull(t.Context(), tr.repo("isobar/eu-1")+":"+Tag(b.Metadata), trust,
			WithInsecure(), WithIOTimeout(time.Second), WithTimeout(time.Minute), fastRetry)
		wantTimeout(t, err, start, 2500*time.Millisecond, fmt.Sprintf("registry %s stopped sending for 1s", tr.host))
	})
	t.Run("trickles", func(t *testing.T) {
		t.Parallel()
		tr := newTestRegistry(t)
		publish(t, tr, "isobar/eu-1", b, a.key)
		tr.setWrap(stallBlob(100 * time.Millisecond))
		start := time.Now()
		_, err := Pull(t.Context(), tr.repo("isobar/eu-1")+":"+Tag(b.Metadata), trust,
			WithInsecure(), WithIOTimeout(time.Second), WithTimeout(3*time.Second), fastRetry)
		wantTimeout(t, err, start, 4500*time.Millisecond, fmt.Sprintf("registry %s: the operation did not finish within 3s", tr.host))
		if time.Since(start) < 3*time.Second {
			t.Errorf("stopped before the deadline")
		}
	})
}

// TestStalledUpload: a registry that stops reading an upload halfway fails
// the push within the I/O timeout. Small socket buffers on both ends keep
// the kernel from absorbing the whole upload.
func TestStalledUpload(t *testing.T) {
	t.Parallel()
	noise := make([]byte, 3<<20) // does not compress
	_, _ = rand.Read(noise)
	files := testFiles(t)
	files["apps/noise.yaml"] = []byte("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: noise, namespace: shop}\ndata:\n  noise: " +
		base64.StdEncoding.EncodeToString(noise) + "\n")
	b := mustBuild(t, files, testMetadata())

	stop := make(chan struct{})
	reg := registry.New(registry.Logger(log.New(io.Discard, "", 0)))
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		// Small uploads (the config blob) go through; of a large one, the
		// registry reads 64 KiB, then nothing more.
		head, err := io.ReadAll(io.LimitReader(r.Body, 64<<10))
		if err != nil || len(head) < 64<<10 {
			r.Body = io.NopCloser(bytes.NewReader(head))
			reg.ServeHTTP(w, r)
			return
		}
		<-stop
	}))
	srv.Listener = smallBuffers{srv.Listener}
	srv.Start()
	t.Cleanup(srv.Close)
	t.Cleanup(func() { close(stop) })
	host := strings.TrimPrefix(srv.URL, "http://")

	client := remote.DefaultTransport.(*http.Transport).Clone()
	dialer := &net.Dialer{}
	client.DialContext = func(ctx context.Context, network, addr string) (net.Conn, error) {
		c, err := dialer.DialContext(ctx, network, addr)
		if tc, ok := c.(*net.TCPConn); ok {
			_ = tc.SetWriteBuffer(8 << 10)
		}
		return c, err
	}
	start := time.Now()
	_, err := Push(t.Context(), b, host+"/isobar/eu-1:"+Tag(b.Metadata),
		WithInsecure(), WithTransport(client), WithIOTimeout(time.Second), WithTimeout(time.Minute), fastRetry)
	wantTimeout(t, err, start, 3*time.Second, fmt.Sprintf("registry %s stopped taking the upload for 1s", host))
}

// smallBuffers gives accepted connections a small receive buffer.
type smallBuffers struct{ net.Listener }

func (l smallBuffers) Accept() (net.Conn, error) {
	c, err := l.Listener.Accept()
	if tc, ok := c.(*net.TCPConn); ok {
		_ = tc.SetReadBuffer(8 << 10)
	}
	return c, err
}

// TestSlowButSteady: a transfer longer than the I/O timeout as a whole but
// never silent that long goes through.
func TestSlowButSteady(t *testing.T) {
	t.Parallel()
	const chunks = 16
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fl := w.(http.Flusher)
		for range chunks {
			_, _ = w.Write([]byte("chunk\n"))
			fl.Flush()
			time.Sleep(250 * time.Millisecond)
		}
	}))
	t.Cleanup(srv.Close)
	client := &http.Client{Transport: &watchdog{base: http.DefaultTransport, idle: 3 * time.Second}}
	start := time.Now()
	resp, err := client.Get(srv.URL)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil || strings.Count(string(body), "chunk") != chunks {
		t.Fatalf("read %q, %v", body, err)
	}
	if took := time.Since(start); took < 3*time.Second {
		t.Errorf("the transfer took %s, not longer than the I/O timeout", took)
	}
}

// TestWatchdogAbandonsStuckTransport: a base transport that ignores its
// request's context still cannot hold a request past the I/O timeout.
func TestWatchdogAbandonsStuckTransport(t *testing.T) {
	t.Parallel()
	block := make(chan struct{})
	t.Cleanup(func() { close(block) })
	stuck := roundTripFunc(func(*http.Request) (*http.Response, error) { <-block; return nil, errors.New("late") })
	client := &http.Client{Transport: &watchdog{base: stuck, idle: 300 * time.Millisecond}}
	start := time.Now()
	_, err := client.Get("http://127.0.0.1:1/v2/")
	if err == nil || !errors.Is(err, ErrTimeout) || !strings.Contains(err.Error(), "registry 127.0.0.1:1 did not answer within 300ms") {
		t.Fatalf("got %v", err)
	}
	if took := time.Since(start); took > time.Second {
		t.Errorf("took %s", took)
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// TestRetryable: broken connections and temporary errors are retried,
// timeouts of any kind are not (one silence costs one I/O timeout).
func TestRetryable(t *testing.T) {
	handshake := &net.OpError{Op: "remote error", Err: timeoutNetError{}}
	for _, tc := range []struct {
		name string
		err  error
		want bool
	}{
		{"connection reset", &url.Error{Op: "Get", URL: "https://r/v2/", Err: syscall.ECONNRESET}, true},
		{"cut short", io.ErrUnexpectedEOF, true},
		{"503", &transport.Error{StatusCode: http.StatusServiceUnavailable}, true},
		{"404", &transport.Error{StatusCode: http.StatusNotFound}, false},
		{"watchdog", &url.Error{Op: "Get", URL: "https://r/v2/", Err: &timeoutError{msg: "registry r did not answer within 30s"}}, false},
		{"handshake timeout", &url.Error{Op: "Get", URL: "https://r/v2/", Err: handshake}, false},
		{"deadline", context.DeadlineExceeded, false},
		{"canceled", context.Canceled, false},
	} {
		if got := retryable(tc.err); got != tc.want {
			t.Errorf("%s: retryable(%v) = %v, want %v", tc.name, tc.err, got, tc.want)
		}
	}
}

// timeoutNetError is a temporary timeout, as net/http's TLS handshake
// timeout is.
type timeoutNetError struct{}

func (timeoutNetError) Error() string   { return "TLS handshake timeout" }
func (timeoutNetError) Timeout() bool   { return true }
func (timeoutNetError) Temporary() bool { return true }
