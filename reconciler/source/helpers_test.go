package source

import (
	"crypto/ecdsa"
	"crypto/ed25519"
	"crypto/elliptic"
	"crypto/rand"
	"crypto/x509"
	"crypto/x509/pkix"
	"encoding/pem"
	"io"
	"log"
	"math/big"
	"net"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/fluxcd/gitkit"
	"github.com/fluxcd/pkg/gittestserver"
	"github.com/go-git/go-billy/v5/memfs"
	"github.com/go-git/go-billy/v5/osfs"
	git "github.com/go-git/go-git/v5"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/cache"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/go-git/go-git/v5/storage/filesystem"
	"golang.org/x/crypto/ssh"
	"golang.org/x/crypto/ssh/knownhosts"

	"isobar.dev/isobar/internal/testenv/stall"
)

func TestMain(m *testing.M) {
	// gitkit logs every request with the standard logger.
	log.SetOutput(io.Discard)
	os.Exit(m.Run())
}

// upstream is a repository served by a test server, written in place with
// go-git (bare storage on disk, worktree in memory).
type upstream struct {
	t    *testing.T
	repo *git.Repository
	wt   *git.Worktree
	when time.Time
}

// newUpstream creates the bare repository dir (served as its base name) with
// default branch main.
func newUpstream(t *testing.T, dir string) *upstream {
	t.Helper()
	st := filesystem.NewStorage(osfs.New(dir), cache.NewObjectLRUDefault())
	if _, err := git.InitWithOptions(st, nil, git.InitOptions{DefaultBranch: plumbing.Main}); err != nil {
		t.Fatal(err)
	}
	repo, err := git.Open(st, memfs.New())
	if err != nil {
		t.Fatal(err)
	}
	wt, err := repo.Worktree()
	if err != nil {
		t.Fatal(err)
	}
	return &upstream{t: t, repo: repo, wt: wt, when: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)}
}

func (u *upstream) write(name, content string) {
	u.t.Helper()
	fs := u.wt.Filesystem
	if err := fs.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		u.t.Fatal(err)
	}
	f, err := fs.Create(name)
	if err != nil {
		u.t.Fatal(err)
	}
	if _, err := f.Write([]byte(content)); err != nil {
		u.t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		u.t.Fatal(err)
	}
}

func (u *upstream) symlink(target, name string) {
	u.t.Helper()
	if err := u.wt.Filesystem.Symlink(target, name); err != nil {
		u.t.Fatal(err)
	}
}

// commit commits everything on the current branch and returns the hash.
func (u *upstream) commit(msg string) string {
	u.t.Helper()
	if err := u.wt.AddWithOptions(&git.AddOptions{All: true}); err != nil {
		u.t.Fatal(err)
	}
	u.when = u.when.Add(time.Minute)
	sig := &object.Signature{Name: "Test", Email: "test@example.com", When: u.when}
	h, err := u.wt.Commit(msg, &git.CommitOptions{Author: sig, Committer: sig, AllowEmptyCommits: true})
	if err != nil {
		u.t.Fatal(err)
	}
	return h.String()
}

// branch points branch name at commit.
func (u *upstream) branch(name, commit string) {
	u.t.Helper()
	ref := plumbing.NewHashReference(plumbing.NewBranchReferenceName(name), plumbing.NewHash(commit))
	if err := u.repo.Storer.SetReference(ref); err != nil {
		u.t.Fatal(err)
	}
}

// tag tags commit, annotated if msg is not empty.
func (u *upstream) tag(name, commit, msg string) {
	u.t.Helper()
	var opts *git.CreateTagOptions
	if msg != "" {
		opts = &git.CreateTagOptions{Message: msg, Tagger: &object.Signature{Name: "Test", Email: "test@example.com", When: u.when}}
	}
	if _, err := u.repo.CreateTag(name, plumbing.NewHash(commit), opts); err != nil {
		u.t.Fatal(err)
	}
}

// allowSHA1InWant lets clients fetch any reachable commit by SHA-1.
func (u *upstream) allowSHA1InWant() {
	u.t.Helper()
	cfg, err := u.repo.Config()
	if err != nil {
		u.t.Fatal(err)
	}
	cfg.Raw.Section("uploadpack").SetOption("allowReachableSHA1InWant", "true")
	if err := u.repo.SetConfig(cfg); err != nil {
		u.t.Fatal(err)
	}
}

// httpServer starts a plain HTTP git server; user/password switch basic
// auth on.
func httpServer(t *testing.T) *gittestserver.GitServer {
	t.Helper()
	srv := gittestserver.NewGitServer(t.TempDir())
	if err := srv.StartHTTP(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.StopHTTP)
	return srv
}

// httpsServer starts an HTTPS git server with basic auth, and returns it
// with the path of its CA file.
func httpsServer(t *testing.T, user, password string) (*gittestserver.GitServer, string) {
	t.Helper()
	certPEM, keyPEM := selfSignedCert(t)
	caFile := filepath.Join(t.TempDir(), "ca.pem")
	if err := os.WriteFile(caFile, certPEM, 0o600); err != nil {
		t.Fatal(err)
	}
	srv := gittestserver.NewGitServer(t.TempDir()).Auth(user, password)
	if err := srv.StartHTTPS(certPEM, keyPEM, certPEM, "127.0.0.1"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(srv.StopHTTP)
	return srv, caFile
}

func selfSignedCert(t *testing.T) (certPEM, keyPEM []byte) {
	t.Helper()
	key, err := ecdsa.GenerateKey(elliptic.P256(), rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	tmpl := &x509.Certificate{
		SerialNumber:          big.NewInt(1),
		Subject:               pkix.Name{CommonName: "isobar test"},
		NotBefore:             time.Now().Add(-time.Hour),
		NotAfter:              time.Now().Add(time.Hour),
		IPAddresses:           []net.IP{net.ParseIP("127.0.0.1")},
		KeyUsage:              x509.KeyUsageDigitalSignature | x509.KeyUsageCertSign,
		ExtKeyUsage:           []x509.ExtKeyUsage{x509.ExtKeyUsageServerAuth},
		BasicConstraintsValid: true,
		IsCA:                  true,
	}
	der, err := x509.CreateCertificate(rand.Reader, tmpl, tmpl, &key.PublicKey, key)
	if err != nil {
		t.Fatal(err)
	}
	kder, err := x509.MarshalECPrivateKey(key)
	if err != nil {
		t.Fatal(err)
	}
	return pem.EncodeToMemory(&pem.Block{Type: "CERTIFICATE", Bytes: der}),
		pem.EncodeToMemory(&pem.Block{Type: "EC PRIVATE KEY", Bytes: kder})
}

// sshKey is an ed25519 key pair: the private key in OpenSSH PEM form.
type sshKey struct {
	pem []byte
	pub ssh.PublicKey
}

func newSSHKey(t *testing.T) sshKey {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	block, err := ssh.MarshalPrivateKey(priv, "")
	if err != nil {
		t.Fatal(err)
	}
	sshPub, err := ssh.NewPublicKey(pub)
	if err != nil {
		t.Fatal(err)
	}
	return sshKey{pem: pem.EncodeToMemory(block), pub: sshPub}
}

func writeFile(t *testing.T, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), name)
	if err := os.WriteFile(p, data, 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// knownHostsLine is the known_hosts entry of key for addr (host:port).
func knownHostsLine(addr string, key ssh.PublicKey) string {
	return knownhosts.Line([]string{knownhosts.Normalize(addr)}, key) + "\n"
}

// sshLookupMu serializes the setting of gittestserver's package-level
// public key lookup function (read when an SSH server starts listening).
var sshLookupMu sync.Mutex

// sshServer starts an SSH git server with the given host key, accepting
// only the client key given.
func sshServer(t *testing.T, hostKey, clientKey sshKey) *gittestserver.GitServer {
	t.Helper()
	keyDir := t.TempDir()
	if err := os.WriteFile(filepath.Join(keyDir, "gitkit.rsa"), hostKey.pem, 0o600); err != nil {
		t.Fatal(err)
	}
	srv := gittestserver.NewGitServer(t.TempDir()).KeyDir(keyDir).Auth("unused", "unused")
	authorized := strings.TrimSpace(string(ssh.MarshalAuthorizedKey(clientKey.pub)))
	sshLookupMu.Lock()
	srv.PublicKeyLookupFunc(func(content string) (*gitkit.PublicKey, error) {
		if content != authorized {
			return nil, errUnknownKey
		}
		return &gitkit.PublicKey{Id: "test"}, nil
	})
	err := srv.ListenSSH()
	srv.PublicKeyLookupFunc(func(string) (*gitkit.PublicKey, error) { return &gitkit.PublicKey{Id: "test"}, nil })
	sshLookupMu.Unlock()
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.StartSSH() }()
	t.Cleanup(func() { _ = srv.StopSSH() })
	return srv
}

type testError string

func (e testError) Error() string { return string(e) }

const errUnknownKey = testError("unknown key")

// blackHole listens on loopback, accepts connections and never answers.
// It returns the address.
func blackHole(t *testing.T) string {
	t.Helper()
	addr, stop, err := stall.Listen(stall.Silent)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(stop)
	return addr
}
