package cli

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"os"
	"slices"
	"time"

	"github.com/spf13/cobra"
	appsv1 "k8s.io/api/apps/v1"
	corev1 "k8s.io/api/core/v1"
	rbacv1 "k8s.io/api/rbac/v1"
	"k8s.io/apimachinery/pkg/api/meta"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime"
	"k8s.io/apimachinery/pkg/util/intstr"
	"k8s.io/apimachinery/pkg/util/validation"
	"sigs.k8s.io/yaml"

	"isobar.dev/isobar/internal/kinds"
	"isobar.dev/isobar/reconciler"
)

// installOptions are the flags of isobar install.
type installOptions struct {
	cluster, gitURL, branch, path, registry, image, gitSecret string
	publicKeyFile, imageKeyFile                               string
	statusSecret, statusPubFile                               string
	failoverAfter                                             time.Duration
	leastPrivilege                                            bool
	po                                                        planOptions
	reg                                                       registryOptions
}

func newInstall() *cobra.Command {
	var o installOptions
	cmd := &cobra.Command{
		Use:   "install [PATH] --cluster NAME --git URL --registry REPO --key cosign.pub",
		Short: "Print the manifests that run the reconciler as an agent in a cluster",
		Long: `Install prints the Kubernetes manifests that run isobar's reconciler inside one
cluster of the fleet (agent mode): its namespace (isobar-system), a service
account, RBAC, the public key bundles must be signed with, and a Deployment
running isobar reconcile for that cluster. Apply them with kubectl.

By default the reconciler may manage any object (a ClusterRole over every
resource), since a bundle may hold any kind. With --least-privilege the
intent in PATH is planned and rendered for the cluster, and the RBAC grants
only the kinds it renders, only in the namespaces it uses, plus what the
reconciler needs for itself (its inventory Secret, status ConfigMap and
Events in isobar-system). Re-run install when the intent starts using new
kinds or namespaces; until then the reconciler reports the denied requests.

Git credentials, when the repository needs them, go in a Secret named by
--git-secret (keys: token, or ssh-privatekey and known_hosts), mounted at
/etc/isobar/git.

Moves without downtime and failover between agents need the agents to
share signed reports and heartbeats in the registry, signed with a status
key of their own (not the bundles' key). Create it once per fleet, put it
in a Secret in isobar-system in each cluster, and name the Secret with
--status-secret (keys: cosign.key, and cosign.password when the key is
encrypted); install never reads it and prints none of it: the Deployment
takes both keys into the reconciler's environment from the Secret. Its
public half, --status-pub, goes into the isobar-trust ConfigMap (default:
derived from the private key). --failover-after turns on failover between
agents (see isobar reconcile).

The Deployment runs the isobar image by digest, never by tag: by default the
release of this isobar (` + DefaultImageRepository + `:<version>), its tag
resolved to a digest now; --image names another (a tag is resolved, a digest
is kept). With --image-key the image's cosign signature is verified with that
public key first (isobar's release key, see docs/install.md), and install
fails if it does not verify.`,
		Example: `  isobar install --cluster aws-eu-central-1 --git https://github.com/acme/fleet --path intent \
    --registry ghcr.io/acme/bundles --key cosign.pub --least-privilege | kubectl apply -f -`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if o.cluster == "" || o.gitURL == "" || o.registry == "" || o.publicKeyFile == "" {
				return usageError{errors.New("--cluster, --git, --registry and --key are required")}
			}
			switch {
			case o.failoverAfter < 0:
				return usageError{fmt.Errorf("--failover-after %s: want a positive duration, e.g. 2m", o.failoverAfter)}
			case o.failoverAfter > 0 && o.statusSecret == "":
				return usageError{errors.New("--failover-after needs --status-secret: agents learn that a cluster is lost from each other's signed heartbeats")}
			case o.statusPubFile != "" && o.statusSecret == "":
				return usageError{errors.New("--status-pub needs --status-secret: the agent signs with the status key")}
			case o.statusSecret != "" && !validName(o.statusSecret):
				return usageError{fmt.Errorf("--status-secret %q is not the name of a Secret", o.statusSecret)}
			}
			pub, err := readPublicKey(o.publicKeyFile)
			if err != nil {
				return err
			}
			var statusPub string
			if o.statusPubFile != "" {
				if statusPub, err = readPublicKey(o.statusPubFile); err != nil {
					return err
				}
			}
			image, err := resolveImage(cmd.Context(), &o)
			if err != nil {
				return err
			}
			o.image = image
			var rules *renderedAccess
			if o.leastPrivilege {
				path := pathArg(args)
				res, _, _, err := renderWithPlan(cmd, path, &o.po)
				if err != nil {
					return err
				}
				set := res.Cluster(o.cluster)
				if set == nil {
					return fmt.Errorf("cluster %q is not in the fleet of %s", o.cluster, path)
				}
				var guessed []string
				rules, guessed = accessOf(set.Objects)
				for _, g := range guessed {
					fmt.Fprintf(cmd.ErrOrStderr(), "isobar install: %s\n", g)
				}
			}
			docs, err := installManifests(&o, pub, statusPub, rules)
			if err != nil {
				return err
			}
			_, err = cmd.OutOrStdout().Write(docs)
			return err
		},
	}
	f := cmd.Flags()
	f.StringVar(&o.cluster, "cluster", "", "the fleet cluster this agent reconciles")
	f.StringVar(&o.gitURL, "git", "", "the git repository holding the intent (no credentials in the URL)")
	f.StringVar(&o.branch, "branch", "main", "the branch to follow")
	f.StringVar(&o.path, "path", ".", "the folder of the intent in the repository")
	f.StringVar(&o.registry, "registry", "", "the repository bundles are published to")
	f.StringVar(&o.publicKeyFile, "key", "", "the cosign public key bundles must be signed with")
	f.StringVar(&o.image, "image", "", "the isobar container image: a tag (resolved to its digest now) or REPO@sha256:… (default: this release, "+DefaultImageRepository+":<version>)")
	f.StringVar(&o.imageKeyFile, "image-key", "", "verify the image's cosign signature with this public key (isobar's release key) before using it")
	f.StringVar(&o.gitSecret, "git-secret", "", "a Secret in isobar-system with git credentials to mount")
	f.StringVar(&o.statusSecret, "status-secret", "", "a Secret in isobar-system holding the agents' status key (cosign.key, cosign.password), for moves and failover between agents")
	f.StringVar(&o.statusPubFile, "status-pub", "", "the status key's public half, which the other agents' reports and heartbeats must be signed with (default: derived from the Secret's key)")
	f.DurationVar(&o.failoverAfter, "failover-after", 0, "fail over between agents once a cluster's heartbeat has not advanced this long (0: no failover; needs --status-secret)")
	f.BoolVar(&o.leastPrivilege, "least-privilege", false, "grant only the kinds and namespaces the intent renders for the cluster")
	o.po.register(cmd, true)
	o.reg.register(cmd)
	return cmd
}

func readPublicKey(path string) (string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return "", err
	}
	if !bytes.Contains(b, []byte("PUBLIC KEY")) {
		return "", fmt.Errorf("%s is not a PEM public key (cosign.pub)", path)
	}
	return string(b), nil
}

// renderedAccess is what a cluster's render needs to be allowed to do.
type renderedAccess struct {
	// namespaced maps a namespace to the resources (group/resource) in it.
	namespaced map[string]map[[2]string]bool
	// cluster are the cluster-scoped resources.
	cluster map[[2]string]bool
}

// accessOf collects the resources and namespaces of rendered objects. The
// resource of a kind comes from the kinds table of the pinned API server or
// from a CustomResourceDefinition among the objects; for a custom kind
// defined elsewhere it is Kubernetes' conventional plural, and guessed
// lists those.
func accessOf(objs []*unstructured.Unstructured) (a *renderedAccess, guessed []string) {
	a = &renderedAccess{namespaced: map[string]map[[2]string]bool{}, cluster: map[[2]string]bool{}}
	raw := make([]map[string]any, len(objs))
	for i, o := range objs {
		raw[i] = o.Object
	}
	table := kinds.Builtin().WithCRDs(raw)
	for _, o := range objs {
		gvk := o.GroupVersionKind()
		resource, ok := table.Resource(gvk.GroupKind())
		if !ok {
			plural, _ := meta.UnsafeGuessKindToResource(gvk)
			resource = plural.Resource
			guess := fmt.Sprintf("%s.%s is neither built in nor declared by a CustomResourceDefinition of the render: its resource is taken to be %q", gvk.Kind, gvk.Group, resource)
			if !slices.Contains(guessed, guess) {
				guessed = append(guessed, guess)
			}
		}
		res := [2]string{gvk.Group, resource}
		if ns := o.GetNamespace(); ns != "" {
			if a.namespaced[ns] == nil {
				a.namespaced[ns] = map[[2]string]bool{}
			}
			a.namespaced[ns][res] = true
		} else {
			a.cluster[res] = true
		}
	}
	return a, guessed
}

var manage = []string{"get", "list", "watch", "create", "update", "patch", "delete"}

// healthReads lets the health check (kstatus) read what workloads make:
// a Deployment's ReplicaSets, a Job's Pods, a CronJob's Jobs.
var healthReads = []rbacv1.PolicyRule{
	{APIGroups: []string{""}, Resources: []string{"pods"}, Verbs: []string{"get", "list", "watch"}},
	{APIGroups: []string{"apps"}, Resources: []string{"replicasets"}, Verbs: []string{"get", "list", "watch"}},
	{APIGroups: []string{"batch"}, Resources: []string{"jobs"}, Verbs: []string{"get", "list", "watch"}},
}

func rulesFor(resources map[[2]string]bool) []rbacv1.PolicyRule {
	byGroup := map[string][]string{}
	for r := range resources {
		byGroup[r[0]] = append(byGroup[r[0]], r[1])
	}
	var rules []rbacv1.PolicyRule
	for _, g := range slices.Sorted(maps.Keys(byGroup)) {
		res := byGroup[g]
		slices.Sort(res)
		rules = append(rules, rbacv1.PolicyRule{APIGroups: []string{g}, Resources: res, Verbs: manage})
	}
	return rules
}

const agentName = "isobar-reconciler"

func installManifests(o *installOptions, publicKey, statusPub string, access *renderedAccess) ([]byte, error) {
	ns := reconciler.StatusNamespace
	labels := map[string]string{"app.kubernetes.io/name": agentName, "app.kubernetes.io/managed-by": "isobar-install"}
	meta := func(name, namespace string) metav1.ObjectMeta {
		return metav1.ObjectMeta{Name: name, Namespace: namespace, Labels: labels}
	}
	sa := rbacv1.Subject{Kind: "ServiceAccount", Name: agentName, Namespace: ns}
	var objs []any
	objs = append(objs,
		&corev1.Namespace{TypeMeta: metav1.TypeMeta{APIVersion: "v1", Kind: "Namespace"}, ObjectMeta: metav1.ObjectMeta{Name: ns, Labels: map[string]string{
			"pod-security.kubernetes.io/enforce": "restricted",
		}}},
		&corev1.ServiceAccount{TypeMeta: metav1.TypeMeta{APIVersion: "v1", Kind: "ServiceAccount"}, ObjectMeta: meta(agentName, ns)},
		&corev1.ConfigMap{TypeMeta: metav1.TypeMeta{APIVersion: "v1", Kind: "ConfigMap"}, ObjectMeta: meta("isobar-trust", ns),
			Data: trustData(publicKey, statusPub)},
		// Its own records: inventory Secret, status ConfigMap, Events.
		&rbacv1.Role{TypeMeta: metav1.TypeMeta{APIVersion: "rbac.authorization.k8s.io/v1", Kind: "Role"}, ObjectMeta: meta(agentName+"-self", ns),
			Rules: []rbacv1.PolicyRule{
				{APIGroups: []string{""}, Resources: []string{"secrets", "configmaps"}, Verbs: manage},
				{APIGroups: []string{""}, Resources: []string{"events"}, Verbs: []string{"create", "patch"}},
			}},
		&rbacv1.RoleBinding{TypeMeta: metav1.TypeMeta{APIVersion: "rbac.authorization.k8s.io/v1", Kind: "RoleBinding"}, ObjectMeta: meta(agentName+"-self", ns),
			RoleRef: rbacv1.RoleRef{APIGroup: "rbac.authorization.k8s.io", Kind: "Role", Name: agentName + "-self"}, Subjects: []rbacv1.Subject{sa}},
	)
	if access == nil {
		objs = append(objs,
			&rbacv1.ClusterRole{TypeMeta: metav1.TypeMeta{APIVersion: "rbac.authorization.k8s.io/v1", Kind: "ClusterRole"}, ObjectMeta: meta(agentName, ""),
				Rules: []rbacv1.PolicyRule{{APIGroups: []string{"*"}, Resources: []string{"*"}, Verbs: manage}}},
			&rbacv1.ClusterRoleBinding{TypeMeta: metav1.TypeMeta{APIVersion: "rbac.authorization.k8s.io/v1", Kind: "ClusterRoleBinding"}, ObjectMeta: meta(agentName, ""),
				RoleRef: rbacv1.RoleRef{APIGroup: "rbac.authorization.k8s.io", Kind: "ClusterRole", Name: agentName}, Subjects: []rbacv1.Subject{sa}},
		)
	} else {
		cluster := maps.Clone(access.cluster)
		cluster[[2]string{"", "namespaces"}] = true
		objs = append(objs,
			&rbacv1.ClusterRole{TypeMeta: metav1.TypeMeta{APIVersion: "rbac.authorization.k8s.io/v1", Kind: "ClusterRole"}, ObjectMeta: meta(agentName, ""),
				Rules: rulesFor(cluster)},
			&rbacv1.ClusterRoleBinding{TypeMeta: metav1.TypeMeta{APIVersion: "rbac.authorization.k8s.io/v1", Kind: "ClusterRoleBinding"}, ObjectMeta: meta(agentName, ""),
				RoleRef: rbacv1.RoleRef{APIGroup: "rbac.authorization.k8s.io", Kind: "ClusterRole", Name: agentName}, Subjects: []rbacv1.Subject{sa}},
		)
		for _, n := range slices.Sorted(maps.Keys(access.namespaced)) {
			// The namespace exists before the reconciler runs, so that the
			// Role can: the reconciler then adopts it and never prunes it.
			objs = append(objs,
				// Only the name: its labels are the reconciler's to set.
				&corev1.Namespace{TypeMeta: metav1.TypeMeta{APIVersion: "v1", Kind: "Namespace"}, ObjectMeta: metav1.ObjectMeta{Name: n}},
				&rbacv1.Role{TypeMeta: metav1.TypeMeta{APIVersion: "rbac.authorization.k8s.io/v1", Kind: "Role"}, ObjectMeta: meta(agentName, n),
					Rules: append(rulesFor(access.namespaced[n]), healthReads...)},
				&rbacv1.RoleBinding{TypeMeta: metav1.TypeMeta{APIVersion: "rbac.authorization.k8s.io/v1", Kind: "RoleBinding"}, ObjectMeta: meta(agentName, n),
					RoleRef: rbacv1.RoleRef{APIGroup: "rbac.authorization.k8s.io", Kind: "Role", Name: agentName}, Subjects: []rbacv1.Subject{sa}},
			)
		}
	}
	objs = append(objs, agentDeployment(o, meta(agentName, ns), labels))
	var buf bytes.Buffer
	for _, obj := range objs {
		m, err := runtime.DefaultUnstructuredConverter.ToUnstructured(obj)
		if err != nil {
			return nil, err
		}
		// Typed objects carry an empty status and a null creation time.
		delete(m, "status")
		if spec, ok := m["spec"].(map[string]any); ok && len(spec) == 0 {
			delete(m, "spec")
		}
		if md, ok := m["metadata"].(map[string]any); ok {
			delete(md, "creationTimestamp")
		}
		if tmpl, ok, _ := unstructured.NestedMap(m, "spec", "template", "metadata"); ok {
			delete(tmpl, "creationTimestamp")
			_ = unstructured.SetNestedMap(m, tmpl, "spec", "template", "metadata")
		}
		b, err := yaml.Marshal(m)
		if err != nil {
			return nil, err
		}
		buf.WriteString("---\n")
		buf.Write(b)
	}
	return buf.Bytes(), nil
}

// trustData is the isobar-trust ConfigMap's: the bundles' public key and
// the status key's, when given.
func trustData(publicKey, statusPub string) map[string]string {
	d := map[string]string{"cosign.pub": publicKey}
	if statusPub != "" {
		d["status.pub"] = statusPub
	}
	return d
}

// validName says whether s is a DNS-1123 subdomain, as a Secret's name is.
func validName(s string) bool {
	return len(validation.IsDNS1123Subdomain(s)) == 0
}

func agentDeployment(o *installOptions, meta metav1.ObjectMeta, labels map[string]string) *appsv1.Deployment {
	one := int32(1)
	yes, no := true, false
	uid := int64(65532)
	args := []string{
		"reconcile", "--cluster", o.cluster, "--in-cluster",
		"--git", o.gitURL, "--branch", o.branch, "--path", o.path,
		"--registry", o.registry, "--key", "/etc/isobar/trust/cosign.pub",
		"--metrics-address", ":8080",
	}
	mounts := []corev1.VolumeMount{{Name: "trust", MountPath: "/etc/isobar/trust", ReadOnly: true}, {Name: "tmp", MountPath: "/tmp"}}
	volumes := []corev1.Volume{
		{Name: "trust", VolumeSource: corev1.VolumeSource{ConfigMap: &corev1.ConfigMapVolumeSource{LocalObjectReference: corev1.LocalObjectReference{Name: "isobar-trust"}}}},
		{Name: "tmp", VolumeSource: corev1.VolumeSource{EmptyDir: &corev1.EmptyDirVolumeSource{}}},
	}
	if o.gitSecret != "" {
		args = append(args, "--git-credentials", "/etc/isobar/git")
		mounts = append(mounts, corev1.VolumeMount{Name: "git", MountPath: "/etc/isobar/git", ReadOnly: true})
		volumes = append(volumes, corev1.Volume{Name: "git", VolumeSource: corev1.VolumeSource{Secret: &corev1.SecretVolumeSource{SecretName: o.gitSecret}}})
	}
	var env []corev1.EnvVar
	if o.statusSecret != "" {
		// From the Secret into the environment: a file mounted from a
		// Secret is group-readable under fsGroup, which a private key must
		// not be; the environment is the process's alone.
		optional := true
		env = append(env,
			corev1.EnvVar{Name: "ISOBAR_STATUS_KEY", ValueFrom: &corev1.EnvVarSource{SecretKeyRef: &corev1.SecretKeySelector{
				LocalObjectReference: corev1.LocalObjectReference{Name: o.statusSecret}, Key: "cosign.key"}}},
			corev1.EnvVar{Name: "COSIGN_PASSWORD", ValueFrom: &corev1.EnvVarSource{SecretKeyRef: &corev1.SecretKeySelector{
				LocalObjectReference: corev1.LocalObjectReference{Name: o.statusSecret}, Key: "cosign.password", Optional: &optional}}},
		)
		args = append(args, "--status-key-env", "ISOBAR_STATUS_KEY")
		if o.statusPubFile != "" {
			args = append(args, "--status-pub", "/etc/isobar/trust/status.pub")
		}
		if o.failoverAfter > 0 {
			args = append(args, "--failover-after", o.failoverAfter.String())
		}
	}
	probe := func(path string) *corev1.Probe {
		return &corev1.Probe{ProbeHandler: corev1.ProbeHandler{HTTPGet: &corev1.HTTPGetAction{Path: path, Port: intstr.FromString("metrics")}}, PeriodSeconds: 10}
	}
	return &appsv1.Deployment{
		TypeMeta:   metav1.TypeMeta{APIVersion: "apps/v1", Kind: "Deployment"},
		ObjectMeta: meta,
		Spec: appsv1.DeploymentSpec{
			Replicas: &one,
			Strategy: appsv1.DeploymentStrategy{Type: appsv1.RecreateDeploymentStrategyType},
			Selector: &metav1.LabelSelector{MatchLabels: map[string]string{"app.kubernetes.io/name": agentName}},
			Template: corev1.PodTemplateSpec{
				ObjectMeta: metav1.ObjectMeta{Labels: labels},
				Spec: corev1.PodSpec{
					ServiceAccountName: agentName,
					SecurityContext: &corev1.PodSecurityContext{
						RunAsNonRoot: &yes, RunAsUser: &uid,
						SeccompProfile: &corev1.SeccompProfile{Type: corev1.SeccompProfileTypeRuntimeDefault},
					},
					Containers: []corev1.Container{{
						Name: "reconciler", Image: o.image, Args: args,
						Ports:          []corev1.ContainerPort{{Name: "metrics", ContainerPort: 8080}},
						ReadinessProbe: probe("/readyz"), LivenessProbe: probe("/healthz"),
						SecurityContext: &corev1.SecurityContext{
							AllowPrivilegeEscalation: &no, ReadOnlyRootFilesystem: &yes,
							Capabilities: &corev1.Capabilities{Drop: []corev1.Capability{"ALL"}},
						},
						VolumeMounts: mounts,
						Env:          env,
					}},
					Volumes: volumes,
				},
			},
		},
	}
}
