package kubetest

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"k8s.io/client-go/kubernetes"
	"k8s.io/client-go/rest"
	"sigs.k8s.io/controller-runtime/pkg/envtest"
)

const (
	// DefaultServiceClusterIPRange is the API server's service range unless
	// Options says otherwise: room for 65k Services.
	DefaultServiceClusterIPRange = "10.96.0.0/16"
	// DefaultPodCIDR is where kwok takes Pod IPs from unless Options says otherwise.
	DefaultPodCIDR = "10.244.0.0/16"
	// DefaultStartTimeout bounds the start of each process and the wait for Nodes.
	DefaultStartTimeout = 90 * time.Second

	// stopGrace is how long a process has to exit after SIGTERM.
	stopGrace = 10 * time.Second
)

// Options configures a cluster. The zero value is a plain API server (etcd
// and kube-apiserver): objects are stored and served, but no controller acts
// on them.
type Options struct {
	// Simulate adds kube-controller-manager (every controller but
	// serviceaccount-token), kube-scheduler and kwok (managing the Nodes
	// annotated kwok.x-k8s.io/node=fake, as those of Nodes are), so that
	// workloads are scheduled onto the fake Nodes and their Pods become
	// Running and Ready. It costs about 2 s more to start and 300 MB.
	Simulate bool
	// Nodes are created before Start returns; with Simulate, Start waits
	// until they are Ready. Without Simulate they are plain objects.
	Nodes []Node
	// ServiceClusterIPRange is kube-apiserver's --service-cluster-ip-range;
	// DefaultServiceClusterIPRange when empty.
	ServiceClusterIPRange string
	// PodCIDR is the range kwok assigns Pod IPs from; DefaultPodCIDR when empty.
	PodCIDR string
	// APIServerFlags are extra kube-apiserver flags, by name without dashes
	// (e.g. "feature-gates"); they replace envtest's defaults of the same name.
	APIServerFlags map[string][]string
	// CRDPaths are files or directories of CustomResourceDefinition manifests,
	// installed before Start returns.
	CRDPaths []string
	// StartTimeout bounds the start of each process and the wait for Nodes;
	// DefaultStartTimeout when zero.
	StartTimeout time.Duration
}

// Cluster is a running simulated cluster. Its methods are safe for
// concurrent use.
type Cluster struct {
	// Config connects to the API server as an administrator (group
	// system:masters), with client-side rate limiting out of the way.
	Config *rest.Config

	dir        string // temporary directory holding everything below
	assets     string // folder of the binaries
	kubeconfig string
	env        *envtest.Environment
	logFiles   []*os.File
	procs      []*process // kube-controller-manager, kube-scheduler, kwok
	timeout    time.Duration

	apiMu   sync.Mutex // serialises StopAPIServer and StartAPIServer
	apiDown bool

	stopOnce sync.Once
	stopErr  error
}

var reapOnce sync.Once

// Start starts a cluster and waits until it is ready: the API server serves,
// and with the simulation its processes are healthy and its Nodes Ready. ctx
// bounds the waiting only; the processes run until Stop, which the caller must
// call. When Start fails, it has stopped whatever it started. It fails when
// the binaries are missing (see Available).
func Start(ctx context.Context, opts Options) (*Cluster, error) {
	assets, err := checkAssets(opts.Simulate)
	if err != nil {
		return nil, err
	}
	base := filepath.Join(os.TempDir(), "isobar-kubetest")
	if err := os.MkdirAll(base, 0o755); err != nil {
		return nil, fmt.Errorf("creating the clusters' directory: %w", err)
	}
	reapOnce.Do(func() { reapStale(base) })
	dir, err := os.MkdirTemp(base, fmt.Sprintf("%d-", os.Getpid()))
	if err != nil {
		return nil, fmt.Errorf("creating the cluster's directory: %w", err)
	}
	opts = opts.withDefaults()
	c := &Cluster{dir: dir, assets: assets, timeout: opts.StartTimeout}
	if err := c.start(ctx, opts); err != nil {
		if stopErr := c.Stop(); stopErr != nil {
			err = errors.Join(err, stopErr)
		}
		return nil, err
	}
	return c, nil
}

// StartT starts a cluster for t and stops it when t ends, printing the end
// of every process's log first if t failed. It skips t when the binaries are
// missing (fails it when ISOBAR_REQUIRE_KUBE=1), and fails t if the cluster
// does not start.
func StartT(t testing.TB, opts Options) *Cluster {
	t.Helper()
	if _, err := checkAssets(opts.Simulate); err != nil {
		skipOrFail(t, err)
	}
	began := time.Now()
	c, err := Start(context.Background(), opts)
	if err != nil {
		t.Fatalf("starting a kubetest cluster: %v", err)
	}
	t.Logf("kubetest cluster started in %s (logs in %s)", time.Since(began).Round(100*time.Millisecond), c.LogDir())
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("kubetest cluster logs (%s):\n%s", c.LogDir(), c.Logs(30))
		}
		if err := c.Stop(); err != nil {
			t.Errorf("stopping the kubetest cluster: %v", err)
		}
	})
	return c
}

func (c *Cluster) start(ctx context.Context, opts Options) error {
	for _, d := range []string{"etcd", "apiserver", "logs"} {
		if err := os.MkdirAll(filepath.Join(c.dir, d), 0o700); err != nil {
			return fmt.Errorf("creating the cluster's directory: %w", err)
		}
	}
	etcdLog, err := c.openLog("etcd")
	if err != nil {
		return err
	}
	apiLog, err := c.openLog("kube-apiserver")
	if err != nil {
		return err
	}

	api := &envtest.APIServer{
		Path: filepath.Join(c.assets, "kube-apiserver"),
		// A directory of ours, not one envtest allocates, so that a restart
		// keeps the certificates (and clients keep trusting the server).
		CertDir: filepath.Join(c.dir, "apiserver"),
		Out:     apiLog,
		Err:     apiLog,
	}
	api.Configure().Set("service-cluster-ip-range", opts.ServiceClusterIPRange)
	// Otherwise open watches (those of the simulation's processes) hold a
	// SIGTERMed API server up to a minute.
	api.Configure().Set("shutdown-watch-termination-grace-period", "2s")
	for name, values := range opts.APIServerFlags {
		api.Configure().Set(name, values...)
	}
	never := false
	c.env = &envtest.Environment{
		// Never a real cluster, whatever USE_EXISTING_CLUSTER says.
		UseExistingCluster: &never,
		// The paths below are explicit so that envtest's TEST_ASSET_*
		// variables cannot mix binaries from elsewhere in.
		BinaryAssetsDirectory: c.assets,
		ControlPlane: envtest.ControlPlane{
			APIServer: api,
			Etcd: &envtest.Etcd{
				Path:    filepath.Join(c.assets, "etcd"),
				DataDir: filepath.Join(c.dir, "etcd"),
				Out:     etcdLog,
				Err:     etcdLog,
			},
			KubectlPath: filepath.Join(c.assets, "kubectl"),
		},
		CRDDirectoryPaths:        opts.CRDPaths,
		ErrorIfCRDPathMissing:    true,
		ControlPlaneStartTimeout: c.timeout,
		ControlPlaneStopTimeout:  20 * time.Second,
	}
	cfg, err := c.env.Start()
	if err != nil {
		return fmt.Errorf("starting etcd and kube-apiserver: %w\n%s", err, c.Logs(15))
	}
	c.Config = cfg
	c.kubeconfig = filepath.Join(c.dir, "kubeconfig")
	if err := os.WriteFile(c.kubeconfig, c.env.KubeConfig, 0o600); err != nil {
		return fmt.Errorf("writing the kubeconfig: %w", err)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if opts.Simulate {
		if err := c.startSimulation(ctx, opts); err != nil {
			return err
		}
	}
	if len(opts.Nodes) == 0 {
		return nil
	}
	cs, err := kubernetes.NewForConfig(c.Config)
	if err != nil {
		return fmt.Errorf("creating a client: %w", err)
	}
	names := make([]string, 0, len(opts.Nodes))
	for _, n := range opts.Nodes {
		if err := createNode(ctx, cs, n); err != nil {
			return err
		}
		names = append(names, n.Name)
	}
	if !opts.Simulate {
		return nil
	}
	wctx, cancel := context.WithTimeout(ctx, c.timeout)
	defer cancel()
	if err := waitNodesReady(wctx, cs, names); err != nil {
		return fmt.Errorf("%w\n%s", err, c.Logs(15))
	}
	return nil
}

// component describes how to run one of the simulation's processes.
type component struct {
	name   string
	scheme string // of the health check
	args   func(port int) []string
}

func (c *Cluster) startSimulation(ctx context.Context, opts Options) error {
	caFile := filepath.Join(c.dir, "ca.crt")
	if err := os.WriteFile(caFile, c.env.ControlPlane.APIServer.CA, 0o600); err != nil {
		return fmt.Errorf("writing the API server's CA: %w", err)
	}
	stages, err := kwokStages(c.assets)
	if err != nil || len(stages) == 0 {
		return fmt.Errorf("no kwok stage files in %s (build them with %s)", filepath.Join(c.assets, stagesDir), buildScript)
	}
	// Each process authenticates as its own user, with administrator rights.
	kubeconfigs := map[string]string{}
	for _, name := range []string{"kube-controller-manager", "kube-scheduler", "kwok"} {
		path, err := c.writeUserKubeconfig(name)
		if err != nil {
			return err
		}
		kubeconfigs[name] = path
	}
	// kube-controller-manager and kube-scheduler serve /healthz on a port of
	// their own (so that clusters do not clash on the default ports), with
	// certificates they make in their own folder.
	kubeArgs := func(name string, port int) []string {
		k := kubeconfigs[name]
		return []string{
			"--kubeconfig=" + k,
			"--authentication-kubeconfig=" + k,
			"--authorization-kubeconfig=" + k,
			// The envtest API server has no front-proxy CA, which the lookup
			// of the extension-apiserver-authentication ConfigMap would
			// complain about every few seconds; /healthz needs no client CA.
			"--authentication-skip-lookup=true",
			"--leader-elect=false",
			"--bind-address=127.0.0.1",
			fmt.Sprintf("--secure-port=%d", port),
			"--cert-dir=" + filepath.Join(c.dir, name),
		}
	}
	components := []component{
		{name: "kube-controller-manager", scheme: "https", args: func(port int) []string {
			return append(kubeArgs("kube-controller-manager", port),
				// The token controller would need the service-account signing
				// key; tokens come from the TokenRequest API anyway.
				"--controllers=*,-serviceaccount-token",
				"--root-ca-file="+caFile,
				"--service-cluster-ip-range="+opts.ServiceClusterIPRange,
			)
		}},
		{name: "kube-scheduler", scheme: "https", args: func(port int) []string {
			return kubeArgs("kube-scheduler", port)
		}},
		{name: "kwok", scheme: "http", args: func(port int) []string {
			args := []string{
				"--kubeconfig=" + kubeconfigs["kwok"],
				"--manage-nodes-with-annotation-selector=" + kwokAnnotation + "=fake",
				// Renew node Leases: without them the controller manager marks
				// the nodes Unknown after ~40 s and their pods NotReady for good.
				"--node-lease-duration-seconds=40",
				"--cidr=" + opts.PodCIDR,
				"--server-address=" + hostPort(port),
			}
			for _, s := range stages {
				args = append(args, "-c", s)
			}
			return args
		}},
	}
	procs := make([]*process, len(components))
	errs := make([]error, len(components))
	var wg sync.WaitGroup
	for i, comp := range components {
		wg.Go(func() { procs[i], errs[i] = c.startComponent(ctx, comp) })
	}
	wg.Wait()
	for _, p := range procs {
		if p != nil {
			c.procs = append(c.procs, p)
		}
	}
	return errors.Join(errs...)
}

// withDefaults fills in the defaults of the fields left empty.
func (o Options) withDefaults() Options {
	if o.ServiceClusterIPRange == "" {
		o.ServiceClusterIPRange = DefaultServiceClusterIPRange
	}
	if o.PodCIDR == "" {
		o.PodCIDR = DefaultPodCIDR
	}
	if o.StartTimeout <= 0 {
		o.StartTimeout = DefaultStartTimeout
	}
	return o
}

// startComponent starts comp and waits for its health check, trying another
// port when the one it was given turned out to be taken.
func (c *Cluster) startComponent(ctx context.Context, comp component) (*process, error) {
	bin := filepath.Join(c.assets, comp.name)
	logPath := filepath.Join(c.dir, "logs", comp.name+".log")
	var err error
	for range 3 {
		var port int
		if port, err = freePort(); err != nil {
			return nil, err
		}
		p, serr := startProcess(comp.name, bin, logPath, comp.args(port))
		if serr != nil {
			return nil, serr
		}
		url := fmt.Sprintf("%s://%s/healthz", comp.scheme, hostPort(port))
		err = p.waitHealthy(ctx, url, c.timeout)
		if err == nil {
			return p, nil
		}
		if !p.exited() || !strings.Contains(tailFile(logPath, 20), "address already in use") {
			// Keep it for Stop, which kills it if it still runs.
			return p, err
		}
	}
	return nil, err
}

// openLog opens (appending) the log file of a process started by envtest.
func (c *Cluster) openLog(name string) (*os.File, error) {
	f, err := os.OpenFile(filepath.Join(c.dir, "logs", name+".log"), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("opening the log of %s: %w", name, err)
	}
	c.logFiles = append(c.logFiles, f)
	return f, nil
}

// writeUserKubeconfig provisions an administrator called name and writes a
// kubeconfig for it next to the cluster's.
func (c *Cluster) writeUserKubeconfig(name string) (string, error) {
	user, err := c.env.AddUser(envtest.User{Name: name, Groups: []string{"system:masters"}}, nil)
	if err != nil {
		return "", fmt.Errorf("provisioning a user for %s: %w", name, err)
	}
	data, err := user.KubeConfig()
	if err != nil {
		return "", fmt.Errorf("making a kubeconfig for %s: %w", name, err)
	}
	path := filepath.Join(c.dir, name+".kubeconfig")
	if err := os.WriteFile(path, data, 0o600); err != nil {
		return "", fmt.Errorf("writing the kubeconfig of %s: %w", name, err)
	}
	return path, nil
}

// Kubeconfig returns the path of a kubeconfig file for the administrator
// user of Config, for kubectl and other processes. It is removed by Stop.
func (c *Cluster) Kubeconfig() string {
	return c.kubeconfig
}

// Kubectl returns a command running the kubectl built with the cluster's
// binaries against the cluster, with args.
func (c *Cluster) Kubectl(ctx context.Context, args ...string) *exec.Cmd {
	return exec.CommandContext(ctx, filepath.Join(c.assets, "kubectl"),
		append([]string{"--kubeconfig=" + c.kubeconfig}, args...)...)
}

// LogDir returns the folder holding the log of each process, one
// <process>.log file each. It is removed by Stop unless ISOBAR_KUBETEST_KEEP=1.
func (c *Cluster) LogDir() string {
	return filepath.Join(c.dir, "logs")
}

// Logs returns the last lines of every process's log, each under a header,
// for a failing test to print.
func (c *Cluster) Logs(lines int) string {
	paths, _ := filepath.Glob(filepath.Join(c.LogDir(), "*.log"))
	var b strings.Builder
	for _, p := range paths {
		fmt.Fprintf(&b, "=== %s (last %d lines)\n%s\n", filepath.Base(p), lines, tailFile(p, lines))
	}
	return b.String()
}

// StopAPIServer stops kube-apiserver, keeping etcd (and so every object), the
// certificates and the port, to simulate a control-plane outage. The other
// processes keep running and retrying. Until StartAPIServer, requests fail.
func (c *Cluster) StopAPIServer() error {
	c.apiMu.Lock()
	defer c.apiMu.Unlock()
	if c.apiDown {
		return nil
	}
	if err := c.env.ControlPlane.APIServer.Stop(); err != nil {
		return fmt.Errorf("stopping kube-apiserver: %w", err)
	}
	c.apiDown = true
	return nil
}

// StartAPIServer starts kube-apiserver again after StopAPIServer, on the same
// address with the same certificates, so that Config and Kubeconfig keep
// working, and waits until it is healthy.
func (c *Cluster) StartAPIServer() error {
	c.apiMu.Lock()
	defer c.apiMu.Unlock()
	if !c.apiDown {
		return nil
	}
	api := c.env.ControlPlane.APIServer
	fmt.Fprintf(api.Out, "### %s restarting kube-apiserver\n", time.Now().Format(time.RFC3339))
	if err := api.Start(); err != nil {
		return fmt.Errorf("restarting kube-apiserver: %w; last log lines:\n%s",
			err, tailFile(filepath.Join(c.LogDir(), "kube-apiserver.log"), 20))
	}
	c.apiDown = false
	return nil
}

// Stop stops every process of the cluster and removes its directory (unless
// ISOBAR_KUBETEST_KEEP=1). It reports processes that had exited on their own
// before, with the end of their logs. Calling it again returns the same result.
func (c *Cluster) Stop() error {
	c.stopOnce.Do(func() { c.stopErr = c.stop() })
	return c.stopErr
}

func (c *Cluster) stop() error {
	errs := make([]error, len(c.procs))
	var wg sync.WaitGroup
	for i, p := range c.procs {
		wg.Go(func() { errs[i] = p.stop(stopGrace) })
	}
	wg.Wait()
	if c.env != nil {
		if err := c.env.Stop(); err != nil {
			errs = append(errs, fmt.Errorf("stopping etcd and kube-apiserver: %w", err))
		}
	}
	// Whatever still mentions the directory (a process envtest lost track
	// of, one that ignored SIGKILL's wait) goes now.
	killUsing(c.dir)
	for _, f := range c.logFiles {
		f.Close()
	}
	if os.Getenv(EnvKeep) != "1" {
		if err := os.RemoveAll(c.dir); err != nil {
			errs = append(errs, fmt.Errorf("removing the cluster's directory: %w", err))
		}
	}
	return errors.Join(errs...)
}
