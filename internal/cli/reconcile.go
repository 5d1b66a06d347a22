package cli

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/spf13/cobra"
	"k8s.io/client-go/rest"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/reconciler"
	gitsource "isobar.dev/isobar/reconciler/source"
	"isobar.dev/isobar/schema"
)

type reconcileOptions struct {
	gitURL, branch, tag, commit, path string
	gitCredentials, gitTokenEnv       string
	gitCacheDir                       string
	registry                          string
	insecureSkipVerify                bool
	cluster                           string
	inCluster                         bool
	interval                          time.Duration
	clusterTimeout                    time.Duration
	gitTimeout                        time.Duration
	concurrency                       int
	metricsAddress                    string
	webhookSecretEnv                  string
	once                              bool
	logFormat                         string
	failover                          reconciler.FailoverOptions
	trust                             trustOptions
	reg                               registryOptions
	limits                            limitOptions
	kube                              kubeOptions
	af                                applyFlags
	moves                             moveFlags
	spot                              reconciler.SpotOptions
	out                               output
}

func newReconcile() *cobra.Command {
	var o reconcileOptions
	cmd := &cobra.Command{
		Use:   "reconcile --git URL --registry REPO --key cosign.pub [--cluster NAME]",
		Short: "Follow git and keep the clusters converged on their signed bundles",
		Long: `Reconcile is the long-running reconciler. Every interval (sooner on a webhook
call) it reads the desired revision from git (the head of --branch, or a
pinned --tag or --commit) and the intent at --path, and for each cluster:
fetches the cluster's bundle for that revision (REPO:<cluster>-<commit>, as
isobar publish tags it; until it exists the cluster keeps its last applied
state), verifies its signature, refuses it when its residency or policy
metadata does not fit the cluster as the intent describes it, applies it
in stages with server-side apply, prunes what isobar applied and no longer
renders (refusing mass deletions), waits for health, corrects drift (or only
reports it with --drift detect), and records the status in the cluster (see
isobar status), as Events, and as metrics.

Agent mode: --cluster NAME reconciles that one fleet cluster, through the
in-cluster service account (--in-cluster) or the kubeconfig's context of
the cluster. Hub mode (no --cluster): every fleet cluster, through the kube
context the fleet names for it. Clusters are reconciled concurrently; one
failing cluster never holds up the others and is retried with backoff.

Nothing waits forever: every registry operation is bounded by --timeout
and fails when the registry stays silent for --io-timeout, every git
operation by --git-timeout, and each cluster's part of a cycle by
--cluster-timeout; a stalled cluster or registry is reported in that
cluster's status while the cycle goes on with the others. Bundles over
--max-objects or --max-size are refused before their content is read.

Git credentials are never taken from the URL: --git-credentials DIR holds
a "token" file (HTTPS), or "ssh-privatekey" and "known_hosts" (SSH);
--git-token-env names an environment variable holding a token.

Failover: every cycle the hub probes each cluster (/readyz, and whether
its Ready nodes can hold what its bundle requests). When every cluster of
a failure domain (planning.contingency.domains) has failed the probe for
longer than --failover-after, the survivors apply their signed contingency
bundles for its loss (REPO:<cluster>-<commit>-without-<domain>, see isobar
publish), or their normal bundles when they have none, and the lost
clusters are left alone. Once they have passed the probe for
--failback-after, their normal bundles are applied again; when those are
healthy, the survivors go back to theirs. A domain fails over at most once
per --failover-cooldown. Agents (--cluster) fail over only when given
--failover-after and --status-key: each publishes a heartbeat signed with
the status key (REPO:<cluster>-heartbeat) and takes a peer whose heartbeat
has not advanced for --failover-after, by its own clock, or which says it
is unhealthy, for lost.

--metrics-address serves /metrics (Prometheus), /healthz, /readyz, /status
(JSON) and, with --webhook-secret-env, /webhook for GitHub and GitLab push
events.

Spot reclaim (hub and agent mode): when a service's spot replicas are
missing and no Ready spot node has room for them for --spot-stand-in-after,
its on-demand Deployment gets as many extra replicas as are missing, up to
what the bundle says its budgets pay for; they go once the spot replicas
have been available again for --spot-return-after.`,
		Example: `  isobar reconcile --git https://github.com/acme/fleet --path intent \
    --registry ghcr.io/acme/bundles --key cosign.pub --metrics-address :8080
  isobar reconcile --cluster aws-eu-central-1 --in-cluster --git … --registry … --key /etc/isobar/cosign.pub`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runReconcile(cmd, &o) },
	}
	f := cmd.Flags()
	f.StringVar(&o.gitURL, "git", "", "the git repository holding the intent (https://, ssh://, git@host:…, or a local path)")
	f.StringVar(&o.branch, "branch", "", "the branch to follow (default main)")
	f.StringVar(&o.tag, "tag", "", "follow this tag instead of a branch")
	f.StringVar(&o.commit, "commit", "", "pin this commit instead of following a branch")
	f.StringVar(&o.path, "path", ".", "the folder of the intent in the repository")
	f.StringVar(&o.gitCredentials, "git-credentials", "", `a folder with git credentials: "token" (HTTPS), or "ssh-privatekey" and "known_hosts" (SSH)`)
	f.StringVar(&o.gitTokenEnv, "git-token-env", "", "an environment variable holding an HTTPS token")
	f.StringVar(&o.gitCacheDir, "git-cache-dir", "", "keep the clone here between restarts (default: in memory)")
	f.StringVar(&o.registry, "registry", "", "the repository bundles are published to (isobar publish --registry)")
	f.BoolVar(&o.insecureSkipVerify, "insecure-skip-verify", false, "DANGEROUS: apply bundles without verifying their signatures (logged every cycle, shown in status)")
	f.StringVar(&o.cluster, "cluster", "", "agent mode: the one fleet cluster to reconcile (default: hub mode, every fleet cluster)")
	f.BoolVar(&o.inCluster, "in-cluster", false, "agent mode: reach the cluster through the pod's service account")
	f.DurationVar(&o.interval, "interval", time.Minute, "time between cycles")
	f.IntVar(&o.concurrency, "concurrency", 4, "clusters reconciled at once")
	f.DurationVar(&o.clusterTimeout, "cluster-timeout", reconciler.DefaultClusterTimeout, "the longest one cluster's part of a cycle (pull, apply, health) may take; past it the cluster fails and the others go on")
	f.DurationVar(&o.gitTimeout, "git-timeout", gitsource.DefaultTimeout, "the longest one git network operation (listing refs, fetching) may take")
	f.StringVar(&o.metricsAddress, "metrics-address", "", "serve /metrics, /healthz, /readyz and /status here, e.g. :8080")
	f.StringVar(&o.webhookSecretEnv, "webhook-secret-env", "", "serve /webhook, checking requests with the secret in this environment variable")
	f.BoolVar(&o.once, "once", false, "run one cycle, print the statuses and exit (1 unless every cluster is Ready)")
	f.StringVar(&o.logFormat, "log-format", "text", "log format: text or json")
	f.DurationVar(&o.failover.After, "failover-after", reconciler.DefaultFailoverAfter, "fail a failure domain over to its contingency bundles once its clusters have been unreachable or short of ready capacity this long (0 disables); an agent (--cluster) fails over only when this is given, with --status-key")
	f.DurationVar(&o.failover.Back, "failback-after", reconciler.DefaultFailbackAfter, "fail a domain back once its clusters have been healthy (an agent: their heartbeats healthy and ready at the revision) this long")
	f.DurationVar(&o.failover.Cooldown, "failover-cooldown", reconciler.DefaultFailoverCooldown, "the shortest time between two failovers of one failure domain")
	o.trust.register(cmd)
	o.reg.register(cmd)
	o.limits.register(cmd)
	cmd.Flags().StringVar(&o.kube.kubeconfig, "kubeconfig", "", "the kubeconfig holding the fleet's contexts (default: $KUBECONFIG or ~/.kube/config)")
	o.af.register(cmd)
	o.moves.register(cmd)
	f.DurationVar(&o.spot.After, "spot-stand-in-after", reconciler.DefaultSpotStandInAfter, "stand on-demand replicas in for a service's spot replicas once they have been missing, with no spot node to take them, this long (0 disables)")
	f.DurationVar(&o.spot.Return, "spot-return-after", reconciler.DefaultSpotReturnAfter, "remove the stand-ins once the spot replicas have been available again this long")
	o.out.register(cmd)
	return cmd
}

func runReconcile(cmd *cobra.Command, o *reconcileOptions) error {
	if err := o.out.validate(); err != nil {
		return err
	}
	if o.gitURL == "" || o.registry == "" {
		return usageError{errors.New("--git and --registry are required")}
	}
	if o.inCluster && o.cluster == "" {
		return usageError{errors.New("--in-cluster needs --cluster: an agent reconciles its own cluster")}
	}
	applyOpts, err := o.af.options()
	if err != nil {
		return err
	}
	bundleOpts, err := bundleOptions(&o.reg, &o.limits)
	if err != nil {
		return err
	}
	switch {
	case o.clusterTimeout <= 0:
		return usageError{fmt.Errorf("--cluster-timeout %s: want a positive duration, e.g. 10m", o.clusterTimeout)}
	case o.gitTimeout <= 0:
		return usageError{fmt.Errorf("--git-timeout %s: want a positive duration, e.g. 1m", o.gitTimeout)}
	case o.failover.After < 0:
		return usageError{fmt.Errorf("--failover-after %s: want a positive duration, e.g. 2m, or 0 to disable failover", o.failover.After)}
	case o.failover.Back <= 0:
		return usageError{fmt.Errorf("--failback-after %s: want a positive duration, e.g. 5m", o.failover.Back)}
	case o.failover.Cooldown <= 0:
		return usageError{fmt.Errorf("--failover-cooldown %s: want a positive duration, e.g. 10m", o.failover.Cooldown)}
	}
	if o.spot.After < 0 || o.spot.Return <= 0 {
		return usageError{fmt.Errorf("--spot-stand-in-after %s, --spot-return-after %s: want positive durations, e.g. 1m and 2m (--spot-stand-in-after 0 disables stand-ins)", o.spot.After, o.spot.Return)}
	}
	if err := o.moves.validate(o.cluster != ""); err != nil {
		return err
	}
	if o.cluster != "" {
		// An agent sees only its own cluster: it learns of the others from
		// their signed heartbeats in the registry, and fails over only
		// when asked to (see docs/reconciler.md, Failover).
		if !cmd.Flags().Changed("failover-after") || o.failover.After == 0 {
			for _, name := range []string{"failback-after", "failover-cooldown"} {
				if cmd.Flags().Changed(name) {
					return usageError{fmt.Errorf("--%s with --cluster needs --failover-after: an agent fails over only when --failover-after is given", name)}
				}
			}
			o.failover = reconciler.FailoverOptions{}
		} else {
			if !o.moves.hasKey() {
				return usageError{errors.New("--failover-after with --cluster needs --status-key: agents learn that a cluster is lost from each other's signed heartbeats")}
			}
			key, trust, err := o.moves.statusKeys()
			if err != nil {
				return err
			}
			o.failover.Heartbeats = &reconciler.RegistryHeartbeats{Registry: o.registry, Key: key, Trust: trust, Options: bundleOpts}
		}
	}
	var trust bundle.Trust
	if !o.insecureSkipVerify {
		if trust, err = o.trust.trust(); err != nil {
			return err
		}
	}
	auth, err := gitAuth(o)
	if err != nil {
		return err
	}
	git, err := gitsource.NewGit(gitsource.GitOptions{
		URL: o.gitURL, Branch: o.branch, Tag: o.tag, Commit: o.commit, Auth: auth, CacheDir: o.gitCacheDir,
		Timeout: o.gitTimeout,
	})
	if err != nil {
		return usageError{err}
	}
	var handler slog.Handler = slog.NewTextHandler(cmd.ErrOrStderr(), nil)
	if o.logFormat == "json" {
		handler = slog.NewJSONHandler(cmd.ErrOrStderr(), nil)
	}
	log := slog.New(handler)
	metrics := reconciler.NewMetrics()
	applyOpts.Logger = log
	moves, err := o.moves.options(o.cluster != "", o.registry, bundleOpts, log)
	if err != nil {
		return err
	}
	r, err := reconciler.New(&reconciler.GitSource{Git: git, Path: o.path}, reconciler.Options{
		Registry:           o.registry,
		Trust:              trust,
		InsecureSkipVerify: o.insecureSkipVerify,
		BundleOptions:      bundleOpts,
		Targets:            o.targets(),
		Apply:              applyOpts,
		Interval:           o.interval,
		Concurrency:        o.concurrency,
		ClusterTimeout:     o.clusterTimeout,
		Failover:           o.failover,
		Logger:             log,
		Metrics:            metrics,
		Moves:              moves,
		Spot:               o.spot,
	})
	if err != nil {
		return err
	}
	if o.once {
		statuses := r.Cycle(cmd.Context())
		if o.out.json() {
			if err := writeJSON(cmd.OutOrStdout(), statuses); err != nil {
				return err
			}
		} else {
			printStatus(cmd, statuses)
		}
		for _, st := range statuses {
			if st.Phase != reconciler.PhaseReady {
				return &exitError{code: exitFailure}
			}
		}
		return nil
	}
	ctx := cmd.Context()
	if o.metricsAddress != "" {
		var webhook http.Handler
		if o.webhookSecretEnv != "" {
			secret := os.Getenv(o.webhookSecretEnv)
			if secret == "" {
				return usageError{fmt.Errorf("%s is empty: the webhook needs a secret", o.webhookSecretEnv)}
			}
			webhook = gitsource.WebhookHandler([]byte(secret), r.Trigger)
		}
		ln, err := net.Listen("tcp", o.metricsAddress)
		if err != nil {
			return err
		}
		srv := &http.Server{Handler: r.Handler(webhook), ReadHeaderTimeout: 10 * time.Second}
		go func() { _ = srv.Serve(ln) }()
		defer func() {
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			_ = srv.Shutdown(sctx)
		}()
		log.Info("serving metrics and health", "address", ln.Addr().String())
	}
	log.Info("reconciler started", "source", git.String(), "registry", o.registry, "interval", o.interval, "cluster", o.cluster)
	return r.Run(ctx)
}

// targets resolves the clusters: the agent's own, or every fleet cluster.
func (o *reconcileOptions) targets() func(in *schema.Intent) ([]reconciler.Target, error) {
	return func(in *schema.Intent) ([]reconciler.Target, error) {
		if o.cluster != "" {
			c, ok := in.Fleet[o.cluster]
			if !ok {
				return nil, fmt.Errorf("cluster %q is not in the fleet", o.cluster)
			}
			var cfg *rest.Config
			var err error
			if o.inCluster {
				cfg, err = rest.InClusterConfig()
			} else {
				kctx := c.Context
				if kctx == "" {
					kctx = o.cluster
				}
				cfg, err = restConfig(o.kube.kubeconfig, kctx)
			}
			if err != nil {
				return nil, err
			}
			return []reconciler.Target{{Cluster: o.cluster, Config: cfg}}, nil
		}
		ts, err := o.kube.targets(in)
		if err != nil {
			return nil, err
		}
		out := make([]reconciler.Target, 0, len(ts))
		for _, t := range ts {
			out = append(out, reconciler.Target{Cluster: t.name, Config: t.config})
		}
		return out, nil
	}
}

// gitAuth reads where the git credentials are; never from the URL.
func gitAuth(o *reconcileOptions) (gitsource.Auth, error) {
	var a gitsource.Auth
	if o.gitTokenEnv != "" {
		a.TokenEnv = o.gitTokenEnv
	}
	if o.gitCredentials == "" {
		return a, nil
	}
	exists := func(name string) bool {
		_, err := os.Stat(filepath.Join(o.gitCredentials, name))
		return err == nil
	}
	switch {
	case exists("ssh-privatekey"):
		a.SSHKeyFile = filepath.Join(o.gitCredentials, "ssh-privatekey")
		if !exists("known_hosts") {
			return a, usageError{fmt.Errorf("%s has an SSH key but no known_hosts: host keys are always verified", o.gitCredentials)}
		}
		a.KnownHostsFile = filepath.Join(o.gitCredentials, "known_hosts")
	case exists("token"):
		a.TokenFile = filepath.Join(o.gitCredentials, "token")
	case exists("password"):
		a.PasswordFile = filepath.Join(o.gitCredentials, "password")
		if b, err := os.ReadFile(filepath.Join(o.gitCredentials, "username")); err == nil {
			a.Username = string(b)
		}
	default:
		return a, usageError{fmt.Errorf(`%s holds no "token", "password" or "ssh-privatekey"`, o.gitCredentials)}
	}
	return a, nil
}
