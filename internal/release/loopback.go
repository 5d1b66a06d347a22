package release

import (
	"net"
	"strings"
)

// isLoopbackRegistry reports whether a registry (host[:port]) is on a
// loopback address.
func isLoopbackRegistry(reg string) bool {
	host := reg
	if h, _, err := net.SplitHostPort(reg); err == nil {
		host = h
	}
	host = strings.Trim(host, "[]")
	if strings.EqualFold(host, "localhost") {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
