// Package stall starts misbehaving servers on loopback for tests of
// deadlines: a server that accepts connections and never answers, one that
// trickles its response headers, one that trickles a response body. It is
// test support: only tests import it.
package stall

import (
	"bufio"
	"fmt"
	"io"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"
)

// Serve handles one accepted connection; done is closed when the server
// stops.
type Serve func(c net.Conn, done <-chan struct{})

// Listen starts a server on 127.0.0.1 that runs serve on every connection.
// It returns the server's host:port and a stop function that closes the
// listener and every connection and closes done.
func Listen(serve Serve) (addr string, stop func(), err error) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", nil, err
	}
	done := make(chan struct{})
	var mu sync.Mutex
	var conns []net.Conn
	go func() {
		for {
			c, err := l.Accept()
			if err != nil {
				return
			}
			mu.Lock()
			conns = append(conns, c)
			mu.Unlock()
			go serve(c, done)
		}
	}()
	var once sync.Once
	stop = func() {
		once.Do(func() {
			close(done)
			_ = l.Close()
			mu.Lock()
			defer mu.Unlock()
			for _, c := range conns {
				_ = c.Close()
			}
		})
	}
	return l.Addr().String(), stop, nil
}

// Silent accepts and says nothing, reading nothing either.
func Silent(_ net.Conn, done <-chan struct{}) { <-done }

// Headers reads a request, then sends a response's status line and headers
// one byte every gap, never finishing them. A connection that does not
// start with an HTTP request (a TLS handshake) gets no answer.
func Headers(gap time.Duration) Serve {
	return func(c net.Conn, done <-chan struct{}) {
		if _, err := http.ReadRequest(bufio.NewReader(c)); err != nil {
			<-done
			return
		}
		trickle(c, done, "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nX-Padding: "+strings.Repeat("x", 1<<16), gap)
	}
}

// Body answers GET /v2/ (a registry's ping) at once and every other request
// with complete headers (an OCI manifest, a made-up digest) and a body of
// 4 KiB sent one byte every gap. A connection that does not start with an
// HTTP request gets no answer.
func Body(gap time.Duration) Serve {
	return func(c net.Conn, done <-chan struct{}) {
		br := bufio.NewReader(c)
		for {
			req, err := http.ReadRequest(br)
			if err != nil {
				<-done
				return
			}
			_, _ = io.Copy(io.Discard, req.Body)
			if req.URL.Path == "/v2/" {
				_, _ = io.WriteString(c, "HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n")
				continue
			}
			body := strings.Repeat(" ", 4096) + "{}"
			_, _ = fmt.Fprintf(c, "HTTP/1.1 200 OK\r\nContent-Type: application/vnd.oci.image.manifest.v1+json\r\n"+
				"Docker-Content-Digest: sha256:%s\r\nContent-Length: %d\r\n\r\n", strings.Repeat("0", 64), len(body))
			if req.Method == http.MethodHead {
				continue
			}
			trickle(c, done, body, gap)
			return
		}
	}
}

// trickle writes msg one byte every gap until done or a write fails.
func trickle(c net.Conn, done <-chan struct{}, msg string, gap time.Duration) {
	for i := range len(msg) {
		if _, err := c.Write([]byte{msg[i]}); err != nil {
			return
		}
		select {
		case <-done:
			return
		case <-time.After(gap):
		}
	}
}
