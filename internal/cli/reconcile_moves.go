package cli

import (
	"errors"
	"fmt"
	"log/slog"
	"os"
	"time"

	"github.com/spf13/cobra"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/reconciler"
)

// moveFlags are reconcile's flags for moves without downtime.
type moveFlags struct {
	enabled   bool
	drain     time.Duration
	timeout   time.Duration
	statusKey string
	// statusKeyEnv names an environment variable holding the status key
	// (a Kubernetes Secret's key, as isobar install mounts it).
	statusKeyEnv string
	statusPub    string
}

// hasKey says whether the agent has a status key to sign with.
func (m *moveFlags) hasKey() bool { return m.statusKey != "" || m.statusKeyEnv != "" }

func (m *moveFlags) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.BoolVar(&m.enabled, "moves", true, "move replicas between clusters without downtime: where replicas leave, keep them until the arrivals are healthy, the DNS records switched and --drain passed")
	f.DurationVar(&m.drain, "drain", reconciler.DefaultDrain, "how long leaving replicas keep serving after the DNS records switched and their TTL passed")
	f.DurationVar(&m.timeout, "move-timeout", reconciler.DefaultMoveTimeout, "report a move whose arrivals are not healthy within this as failed (the leaving cluster keeps serving)")
	f.StringVar(&m.statusKey, "status-key", "", "agent mode: the cosign private key (password in $COSIGN_PASSWORD) signing this agent's move reports and heartbeats in the registry")
	f.StringVar(&m.statusKeyEnv, "status-key-env", "", "agent mode: an environment variable holding the status key's PEM, instead of --status-key (password in $COSIGN_PASSWORD)")
	f.StringVar(&m.statusPub, "status-pub", "", "agent mode: the public key the agents' move reports and heartbeats must be signed with (default: the public half of --status-key)")
}

// validate checks the flags, before anything is read or started.
func (m *moveFlags) validate(agent bool) error {
	switch {
	case m.drain < 0:
		return usageError{fmt.Errorf("--drain %s: want zero or a positive duration, e.g. 30s", m.drain)}
	case m.timeout <= 0:
		return usageError{fmt.Errorf("--move-timeout %s: want a positive duration, e.g. 10m", m.timeout)}
	case !agent && (m.hasKey() || m.statusPub != ""):
		return usageError{errors.New("--status-key and --status-pub are for agents (--cluster): a hub shares move reports in memory")}
	case m.statusKey != "" && m.statusKeyEnv != "":
		return usageError{errors.New("--status-key and --status-key-env: give the status key one way")}
	case m.statusPub != "" && !m.hasKey():
		return usageError{errors.New("--status-pub needs --status-key: an agent signs its own move reports")}
	}
	return nil
}

// options returns the reconciler's move options; nil when moves are off.
func (m *moveFlags) options(agent bool, registry string, bundleOpts []bundle.Option, log *slog.Logger) (*reconciler.MoveOptions, error) {
	if !m.enabled {
		return nil, nil
	}
	mo := &reconciler.MoveOptions{Drain: m.drain, Timeout: m.timeout}
	if m.drain == 0 {
		mo.Drain = -1 // none
	}
	if !agent {
		return mo, nil
	}
	if !m.hasKey() {
		log.Warn("moves are not coordinated with the other clusters (no --status-key): replicas leaving this cluster go at once")
		return nil, nil
	}
	key, trust, err := m.statusKeys()
	if err != nil {
		return nil, err
	}
	mo.Board = &reconciler.RegistryBoard{Registry: registry, Key: key, Trust: trust, Options: bundleOpts}
	return mo, nil
}

// statusKeys reads the agent's status key and the public key its peers'
// move reports and heartbeats must be signed with.
func (m *moveFlags) statusKeys() (*bundle.PrivateKey, bundle.Trust, error) {
	var key *bundle.PrivateKey
	var err error
	if m.statusKeyEnv != "" {
		pem := os.Getenv(m.statusKeyEnv)
		if pem == "" {
			return nil, bundle.Trust{}, usageError{fmt.Errorf("--status-key-env: %s is empty", m.statusKeyEnv)}
		}
		if key, err = bundle.LoadPrivateKey([]byte(pem), bundle.PasswordFromEnv()); err != nil {
			return nil, bundle.Trust{}, usageError{fmt.Errorf("--status-key-env %s: %w", m.statusKeyEnv, err)}
		}
	} else if key, err = bundle.ReadPrivateKeyFile(m.statusKey, bundle.PasswordFromEnv()); err != nil {
		return nil, bundle.Trust{}, usageError{fmt.Errorf("--status-key: %w", err)}
	}
	if m.statusPub != "" {
		trust, err := bundle.TrustKeyFile(m.statusPub)
		if err != nil {
			return nil, bundle.Trust{}, usageError{fmt.Errorf("--status-pub: %w", err)}
		}
		return key, trust, nil
	}
	pub, err := key.PublicKey()
	if err != nil {
		return nil, bundle.Trust{}, err
	}
	return key, bundle.Trust{PublicKey: pub}, nil
}
