// Package e2e starts the whole of isobar's world on one machine, from real
// components, for end-to-end tests and the demo: simulated clusters standing
// for clusters in several clouds (kube-apiserver, etcd, controller manager,
// scheduler and kwok fake nodes labelled as each cloud labels its nodes), an
// OCI registry, a git server over HTTP on loopback holding an intent
// repository, and a cosign key pair. It is test support: only tests and the
// demo import it.
package e2e

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/fluxcd/pkg/gittestserver"
	"github.com/go-git/go-git/v5"
	gitconfig "github.com/go-git/go-git/v5/config"
	"github.com/go-git/go-git/v5/plumbing"
	"github.com/go-git/go-git/v5/plumbing/object"
	"github.com/google/go-containerregistry/pkg/registry"
	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/api/resource"
	"k8s.io/client-go/tools/clientcmd"
	clientcmdapi "k8s.io/client-go/tools/clientcmd/api"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/internal/testenv/crds"
	"isobar.dev/isobar/internal/testenv/kubetest"
	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

// Password encrypts the environment's cosign key.
const Password = "isobar-e2e"

// Cluster is one simulated cluster of the environment.
type Cluster struct {
	// Name is the fleet cluster it stands for; Provider its cloud.
	Name, Provider string
}

// Options configure an environment.
type Options struct {
	// Clusters to start.
	Clusters []Cluster
	// Intent is a folder whose files become the first commit of the
	// repository (at its root).
	Intent string
	// Dir holds the environment's files (keys, kubeconfig, work tree);
	// a temporary folder when empty.
	Dir string
	// Progress, when set, is told what is starting.
	Progress func(format string, args ...any)
}

// Env is a running environment. Stop it.
type Env struct {
	Dir      string
	Clusters map[string]*kubetest.Cluster
	// Kubeconfig has one context per cluster, named after it.
	Kubeconfig string
	// Registry is the repository to publish to (host:port/isobar), plain
	// HTTP on loopback: use bundle.WithInsecure.
	Registry string
	// GitURL is the intent repository's URL over HTTP; WorkTree a clone
	// to commit in.
	GitURL   string
	WorkTree string
	// KeyFile and PublicKeyFile are the cosign key pair.
	KeyFile, PublicKeyFile string

	registry *httptest.Server
	git      *gittestserver.GitServer
	repo     *git.Repository
	mu       sync.Mutex
	cleanups []func()
	fault    func(w http.ResponseWriter, r *http.Request, next http.Handler)
}

// Start starts the environment. On error, what started is stopped.
func Start(ctx context.Context, opts Options) (_ *Env, err error) {
	if err := kubetest.Available(); err != nil {
		return nil, err
	}
	progress := opts.Progress
	if progress == nil {
		progress = func(string, ...any) {}
	}
	e := &Env{Dir: opts.Dir, Clusters: map[string]*kubetest.Cluster{}}
	if e.Dir == "" {
		if e.Dir, err = os.MkdirTemp("", "isobar-e2e-"); err != nil {
			return nil, err
		}
		e.cleanups = append(e.cleanups, func() { _ = os.RemoveAll(e.Dir) })
	}
	defer func() {
		if err != nil {
			e.Stop()
		}
	}()

	progress("starting an OCI registry on loopback")
	e.registry = httptest.NewServer(e.serveRegistry(registry.New(registry.Logger(log.New(io.Discard, "", 0)))))
	e.cleanups = append(e.cleanups, e.registry.Close)
	e.Registry = strings.TrimPrefix(e.registry.URL, "http://") + "/isobar"

	progress("generating a cosign key pair")
	kp, err := bundle.GenerateKeyPair([]byte(Password))
	if err != nil {
		return nil, err
	}
	e.KeyFile, e.PublicKeyFile = filepath.Join(e.Dir, "cosign.key"), filepath.Join(e.Dir, "cosign.pub")
	if err := os.WriteFile(e.KeyFile, kp.PrivateKey, 0o600); err != nil {
		return nil, err
	}
	if err := os.WriteFile(e.PublicKeyFile, kp.PublicKey, 0o644); err != nil {
		return nil, err
	}

	progress("starting a git server on loopback with the intent repository")
	if err := e.startGit(opts.Intent); err != nil {
		return nil, err
	}

	kc := clientcmdapi.NewConfig()
	for _, c := range opts.Clusters {
		progress("starting cluster %s (%s): API server, etcd, controller manager, scheduler, kwok nodes", c.Name, c.Provider)
		kcl, err := kubetest.Start(ctx, kubetest.Options{Simulate: true, Nodes: Nodes(c.Provider)})
		if kcl != nil {
			e.cleanups = append(e.cleanups, func() { _ = kcl.Stop() })
		}
		if err != nil {
			return nil, fmt.Errorf("cluster %s: %w", c.Name, err)
		}
		e.Clusters[c.Name] = kcl
		// The DNS controllers' CRDs, as a user installs them with
		// external-dns or k8gb, so that traffic objects apply.
		if err := crds.Install(ctx, kcl.Config); err != nil {
			return nil, fmt.Errorf("cluster %s: %w", c.Name, err)
		}
		cfg := kcl.Config
		kc.Clusters[c.Name] = &clientcmdapi.Cluster{Server: cfg.Host, CertificateAuthorityData: cfg.CAData}
		kc.AuthInfos[c.Name] = &clientcmdapi.AuthInfo{ClientCertificateData: cfg.CertData, ClientKeyData: cfg.KeyData, Token: cfg.BearerToken}
		kc.Contexts[c.Name] = &clientcmdapi.Context{Cluster: c.Name, AuthInfo: c.Name}
		kc.CurrentContext = c.Name
	}
	e.Kubeconfig = filepath.Join(e.Dir, "kubeconfig")
	if err := clientcmd.WriteToFile(*kc, e.Kubeconfig); err != nil {
		return nil, err
	}
	return e, nil
}

// Stop stops everything the environment started, in reverse order.
func (e *Env) Stop() {
	e.mu.Lock()
	defer e.mu.Unlock()
	for i := len(e.cleanups) - 1; i >= 0; i-- {
		e.cleanups[i]()
	}
	e.cleanups = nil
}

func (e *Env) startGit(intent string) error {
	root := filepath.Join(e.Dir, "git")
	if err := os.MkdirAll(root, 0o755); err != nil {
		return err
	}
	e.git = gittestserver.NewGitServer(root)
	if err := e.git.StartHTTP(); err != nil {
		return err
	}
	e.cleanups = append(e.cleanups, e.git.StopHTTP)
	if err := e.git.InitRepo(intent, "main", "fleet.git"); err != nil {
		return fmt.Errorf("git repository from %s: %w", intent, err)
	}
	e.GitURL = e.git.HTTPAddress() + "/fleet.git"
	e.WorkTree = filepath.Join(e.Dir, "work")
	repo, err := git.PlainClone(e.WorkTree, false, &git.CloneOptions{URL: e.GitURL, ReferenceName: plumbing.NewBranchReferenceName("main")})
	if err != nil {
		return fmt.Errorf("clone %s: %w", e.GitURL, err)
	}
	e.repo = repo
	return nil
}

// StopGit stops the git server, to make the source unreachable.
func (e *Env) StopGit() { e.git.StopHTTP() }

// Commit writes files (relative to the work tree; nil content removes a
// file), commits and pushes them, and returns the commit hash.
func (e *Env) Commit(msg string, files map[string][]byte) (string, error) {
	wt, err := e.repo.Worktree()
	if err != nil {
		return "", err
	}
	for name, data := range files {
		p := filepath.Join(e.WorkTree, filepath.FromSlash(name))
		if data == nil {
			if _, err := wt.Remove(name); err != nil {
				return "", err
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return "", err
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return "", err
		}
		if _, err := wt.Add(name); err != nil {
			return "", err
		}
	}
	h, err := wt.Commit(msg, &git.CommitOptions{Author: &object.Signature{Name: "isobar demo", Email: "demo@isobar.invalid", When: time.Now()}})
	if err != nil {
		return "", err
	}
	if err := e.repo.Push(&git.PushOptions{RefSpecs: []gitconfig.RefSpec{"refs/heads/main:refs/heads/main"}}); err != nil && !errors.Is(err, git.NoErrAlreadyUpToDate) {
		return "", fmt.Errorf("push: %w", err)
	}
	return h.String(), nil
}

// Head returns the work tree's HEAD commit and its time.
func (e *Env) Head() (string, time.Time, error) {
	ref, err := e.repo.Head()
	if err != nil {
		return "", time.Time{}, err
	}
	c, err := e.repo.CommitObject(ref.Hash())
	if err != nil {
		return "", time.Time{}, err
	}
	return ref.Hash().String(), c.Committer.When, nil
}

// Plan plans and renders the intent in the work tree (path is the
// intent's folder in it).
func (e *Env) Plan(ctx context.Context, path string) (*planner.Plan, *render.Result, error) {
	_, plan, res, err := e.plan(ctx, path, false)
	return plan, res, err
}

// PlanWithContingency plans the intent in the work tree with its
// contingency plans (one per failure domain, in plan.Contingency) and
// renders the normal plan, as `isobar publish` does; it returns the
// intent too, to render the failover plans with.
func (e *Env) PlanWithContingency(ctx context.Context, path string) (*schema.Intent, *planner.Plan, *render.Result, error) {
	return e.plan(ctx, path, true)
}

func (e *Env) plan(ctx context.Context, path string, contingency bool) (*schema.Intent, *planner.Plan, *render.Result, error) {
	inst, err := schema.Load(filepath.Join(e.WorkTree, path))
	if err != nil {
		return nil, nil, nil, err
	}
	cat, err := providers.Builtin()
	if err != nil {
		return nil, nil, nil, err
	}
	plan, err := planner.Solve(ctx, inst.Intent, cat, planner.Options{})
	if err != nil {
		return nil, nil, nil, err
	}
	if contingency {
		if plan.Contingency, err = planner.Contingencies(ctx, inst.Intent, cat, plan, planner.Options{}); err != nil {
			return nil, nil, nil, err
		}
	}
	res, err := render.Render(inst.Intent, plan, render.Options{})
	if err != nil {
		return nil, plan, nil, err
	}
	return inst.Intent, plan, res, nil
}

// Publish plans, renders and publishes the work tree's HEAD, signed with
// the environment's key, as `isobar publish` does.
func (e *Env) Publish(ctx context.Context, path string) ([]bundle.Published, error) {
	_, res, err := e.Plan(ctx, path)
	if err != nil {
		return nil, err
	}
	rev, when, err := e.Head()
	if err != nil {
		return nil, err
	}
	key, err := bundle.ReadPrivateKeyFile(e.KeyFile, []byte(Password))
	if err != nil {
		return nil, err
	}
	return bundle.Publish(ctx, res, bundle.Source{Repository: e.GitURL, Revision: rev, Time: when}, e.Registry, key,
		bundle.PublishOptions{Registry: []bundle.Option{bundle.WithInsecure()}})
}

// SetRegistryFault makes every registry request go through fault (nil
// removes it), for tests of registry errors.
func (e *Env) SetRegistryFault(fault func(w http.ResponseWriter, r *http.Request, next http.Handler)) {
	e.mu.Lock()
	defer e.mu.Unlock()
	e.fault = fault
}

func (e *Env) serveRegistry(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		e.mu.Lock()
		fault := e.fault
		e.mu.Unlock()
		if fault != nil {
			fault(w, r, next)
			return
		}
		next.ServeHTTP(w, r)
	})
}

// Nodes are a simulated cluster's fake nodes, labelled and tainted as the
// provider's managed Kubernetes labels them: two on-demand nodes in two
// zones and a spot node.
func Nodes(provider string) []kubetest.Node {
	zone := func(z string) map[string]string {
		return map[string]string{"topology.kubernetes.io/region": "sim-" + provider, "topology.kubernetes.io/zone": "sim-" + provider + "-" + z}
	}
	with := func(m map[string]string, kv ...string) map[string]string {
		for i := 0; i+1 < len(kv); i += 2 {
			m[kv[i]] = kv[i+1]
		}
		return m
	}
	alloc := corev1.ResourceList{
		corev1.ResourceCPU: resource.MustParse("32"), corev1.ResourceMemory: resource.MustParse("128Gi"), corev1.ResourcePods: resource.MustParse("110"),
	}
	var spotLabels map[string]string
	var spotTaints []corev1.Taint
	var onDemand []string
	switch provider {
	case "aws":
		onDemand = []string{"eks.amazonaws.com/capacityType", "ON_DEMAND", "node.kubernetes.io/instance-type", "m6i.8xlarge"}
		spotLabels = with(zone("a"), "eks.amazonaws.com/capacityType", "SPOT", "node.kubernetes.io/instance-type", "m6i.8xlarge")
	case "gcp":
		onDemand = []string{"cloud.google.com/gke-nodepool", "default-pool", "node.kubernetes.io/instance-type", "n2-standard-32"}
		spotLabels = with(zone("a"), "cloud.google.com/gke-nodepool", "spot-pool", "cloud.google.com/gke-spot", "true", "node.kubernetes.io/instance-type", "n2-standard-32")
		spotTaints = []corev1.Taint{{Key: "cloud.google.com/gke-spot", Value: "true", Effect: corev1.TaintEffectNoSchedule}}
	case "azure":
		onDemand = []string{"kubernetes.azure.com/agentpool", "system", "node.kubernetes.io/instance-type", "Standard_D32s_v5"}
		spotLabels = with(zone("a"), "kubernetes.azure.com/agentpool", "spot", "kubernetes.azure.com/scalesetpriority", "spot", "node.kubernetes.io/instance-type", "Standard_D32s_v5")
		spotTaints = []corev1.Taint{{Key: "kubernetes.azure.com/scalesetpriority", Value: "spot", Effect: corev1.TaintEffectNoSchedule}}
	}
	return []kubetest.Node{
		{Name: provider + "-node-a", Labels: with(zone("a"), onDemand...), Allocatable: alloc},
		{Name: provider + "-node-b", Labels: with(zone("b"), onDemand...), Allocatable: alloc},
		{Name: provider + "-spot-a", Labels: spotLabels, Taints: spotTaints, Allocatable: alloc},
	}
}
