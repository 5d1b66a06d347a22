package source

import (
	"errors"
	"fmt"
	"net"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/go-git/go-git/v5/plumbing/transport"
	githttp "github.com/go-git/go-git/v5/plumbing/transport/http"
	gitssh "github.com/go-git/go-git/v5/plumbing/transport/ssh"
	"golang.org/x/crypto/ssh"
)

// Auth holds the credentials for the repository. Secrets are never taken
// literally: they are read from a file (a mounted Kubernetes Secret, say) or
// an environment variable, again on every [Git.Fetch], so a rotated secret is
// picked up without a restart. Leave everything empty for a public
// repository over HTTPS, or for a local one.
type Auth struct {
	// Username for HTTPS basic auth. With a token it defaults to "git"
	// (GitHub and GitLab accept any non-empty user with a token; some
	// servers want a specific one, e.g. "oauth2" or "x-access-token").
	// With a password it is required.
	Username string
	// PasswordFile or PasswordEnv: the HTTPS password (with Username).
	PasswordFile, PasswordEnv string
	// TokenFile or TokenEnv: an HTTPS access token, sent as the basic auth
	// password. At most one of PasswordFile, PasswordEnv, TokenFile and
	// TokenEnv may be set. Surrounding white space (a trailing newline) is
	// trimmed.
	TokenFile, TokenEnv string

	// SSHKeyFile is the private key for ssh:// and scp-like (git@host:org/repo)
	// URLs; required for them. The SSH user is the one in the URL ("git" if
	// none).
	SSHKeyFile string
	// SSHKeyPassphraseEnv names the environment variable holding the key's
	// passphrase, if it has one.
	SSHKeyPassphraseEnv string
	// KnownHostsFile is a known_hosts file holding the server's host key;
	// required for SSH: host keys are always verified.
	KnownHostsFile string
	// InsecureIgnoreHostKey accepts any SSH host key. It exists for tests
	// only: it lets anyone between the reconciler and the server pose as the
	// server and feed it intent. Never set it in production.
	InsecureIgnoreHostKey bool
}

func (a Auth) hasHTTP() bool {
	return a.Username != "" || a.PasswordFile != "" || a.PasswordEnv != "" || a.TokenFile != "" || a.TokenEnv != ""
}

func (a Auth) hasSSH() bool {
	return a.SSHKeyFile != "" || a.SSHKeyPassphraseEnv != "" || a.KnownHostsFile != "" || a.InsecureIgnoreHostKey
}

// validate checks that the fields fit the transport of the URL.
func (a Auth) validate(kind transportKind) error {
	secrets := 0
	for _, s := range []string{a.PasswordFile, a.PasswordEnv, a.TokenFile, a.TokenEnv} {
		if s != "" {
			secrets++
		}
	}
	switch kind {
	case transportHTTPS, transportHTTP:
		if a.hasSSH() {
			return errors.New("SSH credentials (SSHKeyFile, SSHKeyPassphraseEnv, KnownHostsFile, InsecureIgnoreHostKey) given for an HTTP URL")
		}
		if secrets > 1 {
			return errors.New("at most one of PasswordFile, PasswordEnv, TokenFile and TokenEnv may be set")
		}
		if (a.PasswordFile != "" || a.PasswordEnv != "") && a.Username == "" {
			return errors.New("a password needs a Username")
		}
		if a.Username != "" && secrets == 0 {
			return errors.New("a Username given without a password or token (PasswordFile, PasswordEnv, TokenFile or TokenEnv)")
		}
		if kind == transportHTTP && secrets > 0 {
			return errors.New("credentials are sent only over https, not plain http")
		}
	case transportSSH:
		if a.hasHTTP() {
			return errors.New("HTTPS credentials (Username, PasswordFile, PasswordEnv, TokenFile, TokenEnv) given for an SSH URL")
		}
		if a.SSHKeyFile == "" {
			return errors.New("SSH URLs need Auth.SSHKeyFile")
		}
		if a.KnownHostsFile == "" && !a.InsecureIgnoreHostKey {
			return errors.New("SSH URLs need Auth.KnownHostsFile: host keys are verified")
		}
		if a.KnownHostsFile != "" && a.InsecureIgnoreHostKey {
			return errors.New("KnownHostsFile and InsecureIgnoreHostKey are mutually exclusive")
		}
	case transportFile:
		if a.hasHTTP() || a.hasSSH() {
			return errors.New("credentials given for a local repository")
		}
	}
	return nil
}

// readSecret reads a secret from a file or an environment variable, trimmed.
// what names it in errors, which never contain the value.
func readSecret(file, env, what string) (string, error) {
	var v string
	switch {
	case file != "":
		b, err := os.ReadFile(file)
		if err != nil {
			var pe *os.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			return "", fmt.Errorf("%w: read %s file %s: %w", ErrAuth, what, file, err)
		}
		v = strings.TrimSpace(string(b))
		if v == "" {
			return "", fmt.Errorf("%w: %s file %s is empty", ErrAuth, what, file)
		}
	case env != "":
		v = strings.TrimSpace(os.Getenv(env))
		if v == "" {
			return "", fmt.Errorf("%w: %s environment variable %s is unset or empty", ErrAuth, what, env)
		}
	}
	return v, nil
}

// resolveAuth builds the go-git auth method for one operation. It returns
// the secrets read, to redact them from errors.
func (g *Git) resolveAuth() (transport.AuthMethod, []string, error) {
	a := g.opts.Auth
	switch g.kind {
	case transportHTTPS:
		var secret string
		var err error
		switch {
		case a.TokenFile != "" || a.TokenEnv != "":
			secret, err = readSecret(a.TokenFile, a.TokenEnv, "token")
		case a.PasswordFile != "" || a.PasswordEnv != "":
			secret, err = readSecret(a.PasswordFile, a.PasswordEnv, "password")
		default:
			return nil, nil, nil
		}
		if err != nil {
			return nil, nil, err
		}
		user := a.Username
		if user == "" {
			user = "git"
		}
		return &githttp.BasicAuth{Username: user, Password: secret}, []string{secret}, nil
	case transportSSH:
		return g.sshAuth()
	}
	return nil, nil, nil
}

func (g *Git) sshAuth() (transport.AuthMethod, []string, error) {
	a := g.opts.Auth
	var passphrase string
	if a.SSHKeyPassphraseEnv != "" {
		var err error
		if passphrase, err = readSecret("", a.SSHKeyPassphraseEnv, "SSH key passphrase"); err != nil {
			return nil, nil, err
		}
	}
	pem, err := os.ReadFile(a.SSHKeyFile)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, nil, fmt.Errorf("%w: read SSH key file %s: %w", ErrAuth, a.SSHKeyFile, err)
	}
	keys, err := gitssh.NewPublicKeys(g.endpoint.User, pem, passphrase)
	if err != nil {
		if passphrase == "" {
			return nil, nil, fmt.Errorf("%w: SSH key file %s: %w (if the key is encrypted, set Auth.SSHKeyPassphraseEnv)", ErrAuth, a.SSHKeyFile, err)
		}
		return nil, []string{passphrase}, fmt.Errorf("%w: SSH key file %s: %w", ErrAuth, a.SSHKeyFile, err)
	}
	if a.InsecureIgnoreHostKey {
		keys.HostKeyCallback = ssh.InsecureIgnoreHostKey()
	} else {
		if _, err := os.Stat(a.KnownHostsFile); err != nil {
			return nil, nil, fmt.Errorf("%w: known_hosts file: %w", ErrAuth, err)
		}
		db, err := gitssh.NewKnownHostsDb(a.KnownHostsFile)
		if err != nil {
			return nil, nil, fmt.Errorf("%w: known_hosts file %s: %w", ErrAuth, a.KnownHostsFile, err)
		}
		keys.HostKeyCallback = db.HostKeyCallback()
		keys.HostKeyAlgorithms = db.HostKeyAlgorithms(g.sshHostPort())
	}
	return &sshKeyAuth{PublicKeys: keys, timeout: g.opts.Timeout}, []string{passphrase}, nil
}

// sshHostPort is the address as known_hosts matching sees it.
func (g *Git) sshHostPort() string {
	port := g.endpoint.Port
	if port == 0 {
		port = 22
	}
	host := strings.TrimSuffix(strings.TrimPrefix(g.endpoint.Host, "["), "]")
	return net.JoinHostPort(host, strconv.Itoa(port))
}

// sshKeyAuth adds a dial timeout to go-git's public key auth: go-git's SSH
// transport bounds the TCP dial only by ssh.ClientConfig.Timeout.
type sshKeyAuth struct {
	*gitssh.PublicKeys
	timeout time.Duration
}

// ClientConfig implements gitssh.AuthMethod.
func (a *sshKeyAuth) ClientConfig() (*ssh.ClientConfig, error) {
	cfg, err := a.PublicKeys.ClientConfig()
	if err != nil {
		return nil, err
	}
	cfg.Timeout = a.timeout
	return cfg, nil
}
