// Package dnsserve answers DNS queries for what a DNS cluster holds, the
// way Amazon Route 53 answers the records external-dns would write there:
// it reads the DNSEndpoints isobar renders (geolocation records leading to
// weighted records leading to each cluster's own name) and serves them
// with a real CoreDNS on loopback. Route 53 tells users apart by where
// their resolver is; here a client address stands for each location
// (CoreDNS's view plugin), and weighted records become addresses weighted
// by CoreDNS's loadbalance plugin. Tests and the demo query it with real
// clients.
package dnsserve

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"maps"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/miekg/dns"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
)

// EnvCoreDNS names the CoreDNS binary; without it, Find looks where
// hack/build-cosign.sh --coredns builds it.
const EnvCoreDNS = "ISOBAR_COREDNS"

// Find returns the CoreDNS binary: $ISOBAR_COREDNS, or the one
// hack/build-cosign.sh --coredns built, asking the script under root.
func Find(root string) (string, error) {
	if p := os.Getenv(EnvCoreDNS); p != "" {
		return p, nil
	}
	out, err := exec.Command("bash", filepath.Join(root, "hack", "build-cosign.sh"), "--coredns", "--check").Output()
	if p := strings.TrimSpace(string(out)); err == nil && p != "" {
		return p, nil
	}
	return "", errors.New("CoreDNS is not built: run hack/build-cosign.sh --coredns, or set " + EnvCoreDNS)
}

// Options says what to serve.
type Options struct {
	// CoreDNS is the binary to run.
	CoreDNS string
	// Zone is the DNS zone the hostnames are in.
	Zone string
	// Endpoints are the DNSEndpoints the DNS cluster holds.
	Endpoints []unstructured.Unstructured
	// Published maps each name the clusters' Services ask external-dns
	// to publish to the address it stands for.
	Published map[string]string
	// Clients maps each Route 53 location with records to the client
	// address standing for its users (see Locations); queries from any
	// other address get Route 53's default location.
	Clients map[string]string
	// Dir holds the server's configuration; it must exist.
	Dir string
}

// Server is a running CoreDNS.
type Server struct {
	// Addr is where it answers (UDP, host:port).
	Addr string
	// Corefile is its configuration.
	Corefile string
	cmd      *exec.Cmd
	logs     bytes.Buffer
}

// Record is one record of a DNSEndpoint.
type Record struct {
	Name, Target, ID string
	Props            map[string]string
}

// Records lists the records of the DNSEndpoints.
func Records(eps []unstructured.Unstructured) []Record {
	var out []Record
	for _, ep := range eps {
		list, _, _ := unstructured.NestedSlice(ep.Object, "spec", "endpoints")
		for _, e := range list {
			m, _ := e.(map[string]any)
			r := Record{Props: map[string]string{}}
			r.Name, _ = m["dnsName"].(string)
			r.ID, _ = m["setIdentifier"].(string)
			if ts, _ := m["targets"].([]any); len(ts) > 0 {
				r.Target, _ = ts[0].(string)
			}
			ps, _ := m["providerSpecific"].([]any)
			for _, p := range ps {
				pm, _ := p.(map[string]any)
				name, _ := pm["name"].(string)
				value, _ := pm["value"].(string)
				r.Props[name] = value
			}
			out = append(out, r)
		}
	}
	return out
}

// Location is a geolocation record's location as isobar's report writes
// it (a continent code, a country code, or country-subdivision), "*" for
// Route 53's default location, "" when the record is not a geolocation
// one.
func (r Record) Location() string {
	loc := r.Props["aws/geolocation-continent-code"]
	if c := r.Props["aws/geolocation-country-code"]; c != "" {
		loc = c
	}
	if s := r.Props["aws/geolocation-subdivision-code"]; s != "" {
		loc += "-" + s
	}
	return loc
}

// Locations lists the locations with geolocation records, sorted, without
// the default one.
func Locations(eps []unstructured.Unstructured) []string {
	set := map[string]bool{}
	for _, r := range Records(eps) {
		if loc := r.Location(); loc != "" && loc != "*" {
			set[loc] = true
		}
	}
	return slices.Sorted(maps.Keys(set))
}

// answering picks, for each hostname, the geolocation record Route 53
// answers users in a location with: the location's own, else its
// country's (for a US state), else the default location's.
func answering(recs []Record, loc string) []Record {
	byName := map[string]map[string]Record{}
	for _, r := range recs {
		if l := r.Location(); l != "" {
			if byName[r.Name] == nil {
				byName[r.Name] = map[string]Record{}
			}
			byName[r.Name][l] = r
		}
	}
	country, _, _ := strings.Cut(loc, "-")
	var out []Record
	for _, name := range slices.Sorted(maps.Keys(byName)) {
		for _, l := range []string{loc, country, "*"} {
			if r, ok := byName[name][l]; ok {
				out = append(out, r)
				break
			}
		}
	}
	return out
}

// Start writes the configuration and starts CoreDNS: a server block per
// location, chosen by the client's address, holding that location's
// geolocation record at each hostname, the weighted records it leads to
// as address records weighted by the loadbalance plugin, and the
// clusters' own names; Route 53's default location is the last block. It
// returns once the server answers.
//
// The port is one the system had free a moment before; should another
// process take it first, or the server not answer within 30 s, it is
// started again on another port, three times at most.
func Start(ctx context.Context, o Options) (*Server, error) {
	var err error
	for range 3 {
		var s *Server
		if s, err = start(ctx, o, 30*time.Second); err == nil || ctx.Err() != nil {
			return s, err
		}
	}
	return nil, err
}

func start(ctx context.Context, o Options, wait time.Duration) (*Server, error) {
	recs := Records(o.Endpoints)
	port, err := freeUDPPort()
	if err != nil {
		return nil, err
	}
	var corefile bytes.Buffer
	for i, loc := range append(Locations(o.Endpoints), "*") {
		var zf, wf bytes.Buffer
		fmt.Fprintf(&zf, "$ORIGIN %s.\n@ 3600 IN SOA ns.%s. admin.%s. 1 7200 3600 1209600 30\n@ 3600 IN NS ns.%s.\nns 3600 IN A 127.0.0.1\n", o.Zone, o.Zone, o.Zone, o.Zone)
		seen := map[string]bool{}
		line := func(b *bytes.Buffer, format string, args ...any) {
			if l := fmt.Sprintf(format, args...); !seen[l] {
				seen[l] = true
				b.WriteString(l)
			}
		}
		for _, r := range answering(recs, loc) {
			line(&zf, "%s. 30 IN CNAME %s.\n", r.Name, r.Target)
			weighted := 0
			for _, w := range recs {
				if w.Name != r.Target || w.Props["aws/weight"] == "" {
					continue
				}
				weighted++
				ad := o.Published[w.Target]
				if ad == "" {
					return nil, fmt.Errorf("%s leads to %s, which no cluster publishes", w.Name, w.Target)
				}
				line(&zf, "%s. 30 IN A %s\n", w.Name, ad)
				line(&wf, "%s.\n", w.Name)
				line(&wf, "%s %s\n", ad, w.Props["aws/weight"])
			}
			if weighted == 0 {
				ad := o.Published[r.Target]
				if ad == "" {
					return nil, fmt.Errorf("%s leads to %s, which no cluster publishes", r.Name, r.Target)
				}
				line(&zf, "%s. 30 IN A %s\n", r.Target, ad)
			}
		}
		zfile, wfile := filepath.Join(o.Dir, fmt.Sprintf("view%d.zone", i)), filepath.Join(o.Dir, fmt.Sprintf("view%d.weights", i))
		if err := os.WriteFile(zfile, zf.Bytes(), 0o644); err != nil {
			return nil, err
		}
		if err := os.WriteFile(wfile, wf.Bytes(), 0o644); err != nil {
			return nil, err
		}
		fmt.Fprintf(&corefile, "%s:%d {\n\tbind 127.0.0.1\n", o.Zone, port)
		if loc != "*" {
			client := o.Clients[loc]
			if client == "" {
				return nil, fmt.Errorf("no client address stands for location %s", loc)
			}
			fmt.Fprintf(&corefile, "\tview loc%d {\n\t\texpr client_ip() == '%s'\n\t}\n", i, client)
		}
		fmt.Fprintf(&corefile, "\tfile %s\n\tloadbalance weighted %s {\n\t\treload 0s\n\t}\n}\n", zfile, wfile)
	}
	s := &Server{Corefile: corefile.String(), Addr: net.JoinHostPort("127.0.0.1", strconv.Itoa(port))}
	cf := filepath.Join(o.Dir, "Corefile")
	if err := os.WriteFile(cf, corefile.Bytes(), 0o644); err != nil {
		return nil, err
	}
	s.cmd = exec.Command(o.CoreDNS, "-conf", cf, "-quiet")
	s.cmd.Dir = o.Dir
	s.cmd.Stdout, s.cmd.Stderr = &s.logs, &s.logs
	if err := s.cmd.Start(); err != nil {
		return nil, err
	}
	ctx, cancel := context.WithTimeout(ctx, wait)
	defer cancel()
	for {
		m := new(dns.Msg)
		m.SetQuestion(dns.Fqdn("ns."+o.Zone), dns.TypeA)
		if r, err := dns.Exchange(m, s.Addr); err == nil && r.Rcode == dns.RcodeSuccess {
			return s, nil
		}
		select {
		case <-ctx.Done():
			s.Stop()
			return nil, fmt.Errorf("CoreDNS did not answer on %s: %s", s.Addr, s.Logs())
		case <-time.After(100 * time.Millisecond):
		}
	}
}

// Stop ends the server.
func (s *Server) Stop() {
	if s.cmd.Process != nil {
		_ = s.cmd.Process.Kill()
		_ = s.cmd.Wait()
	}
}

// Logs is what the server wrote.
func (s *Server) Logs() string { return s.logs.String() }

// Query asks n times for a name's address from the client address and
// counts the first address of each answer, as a stub resolver uses it.
func Query(server, client, name string, n int) (map[string]int, error) {
	cl := &dns.Client{Net: "udp", Timeout: 2 * time.Second, Dialer: &net.Dialer{LocalAddr: &net.UDPAddr{IP: net.ParseIP(client)}}}
	conn, err := cl.Dial(server)
	if err != nil {
		return nil, err
	}
	defer conn.Close()
	got := map[string]int{}
	for range n {
		m := new(dns.Msg)
		m.SetQuestion(dns.Fqdn(name), dns.TypeA)
		r, _, err := cl.ExchangeWithConn(m, conn)
		if err != nil {
			return nil, fmt.Errorf("query %s from %s: %w", name, client, err)
		}
		first := ""
		for _, rr := range r.Answer {
			if a, ok := rr.(*dns.A); ok {
				first = a.A.String()
				break
			}
		}
		if first == "" {
			return nil, fmt.Errorf("query %s from %s: no address in %v", name, client, r)
		}
		got[first]++
	}
	return got, nil
}

func freeUDPPort() (int, error) {
	pc, err := net.ListenPacket("udp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer pc.Close()
	return pc.LocalAddr().(*net.UDPAddr).Port, nil
}
