package render_test

import (
	"strconv"
	"testing"

	"github.com/google/go-cmp/cmp"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

func u(apiVersion, kind, ns, name string, fields map[string]any) *unstructured.Unstructured {
	md := map[string]any{"name": name}
	if ns != "" {
		md["namespace"] = ns
	}
	o := map[string]any{"apiVersion": apiVersion, "kind": kind, "metadata": md}
	for k, v := range fields {
		o[k] = v
	}
	return &unstructured.Unstructured{Object: o}
}

const rbac = "rbac.authorization.k8s.io/v1"

func binding(kind, ns, role string, subjects ...map[string]any) *unstructured.Unstructured {
	s := make([]any, len(subjects))
	for i, x := range subjects {
		s[i] = x
	}
	return u(rbac, kind, ns, "b", map[string]any{
		"roleRef":  map[string]any{"apiGroup": "rbac.authorization.k8s.io", "kind": "ClusterRole", "name": role},
		"subjects": s,
	})
}

func subject(kind, ns, name string) map[string]any {
	s := map[string]any{"kind": kind, "name": name}
	if ns != "" {
		s["namespace"] = ns
	}
	return s
}

// TestCheckPolicy covers each rule of the policy: what the safe default
// refuses, what passes, and the allowance that admits each refusal.
func TestCheckPolicy(t *testing.T) {
	sa := subject("ServiceAccount", "web", "api")
	tests := []struct {
		name   string
		objs   []*unstructured.Unstructured
		policy schema.Policy
		want   []string // "rule field: message"
	}{
		{name: "an ordinary workload", objs: []*unstructured.Unstructured{
			u("apps/v1", "Deployment", "web", "api", nil), u("v1", "Namespace", "", "web", nil),
			binding("RoleBinding", "web", "view", sa), binding("ClusterRoleBinding", "", "edit", sa),
			u(rbac, "ClusterRole", "", "acme:reader", map[string]any{"rules": []any{map[string]any{"apiGroups": []any{""}, "resources": []any{"pods"}, "verbs": []any{"*"}}}}),
		}},
		{name: "an object in kube-system", objs: []*unstructured.Unstructured{u("apps/v1", "Deployment", "kube-system", "api", nil)},
			want: []string{"system-namespace metadata.namespace: policy: namespace kube-system belongs to Kubernetes itself"}},
		{name: "allowed in kube-system", objs: []*unstructured.Unstructured{u("apps/v1", "Deployment", "kube-system", "api", nil)},
			policy: schema.Policy{Allow: schema.PolicyAllow{Namespaces: []string{"kube-system"}}}},
		{name: "a Namespace object for kube-node-lease", objs: []*unstructured.Unstructured{u("v1", "Namespace", "", "kube-node-lease", nil)},
			want: []string{"system-namespace metadata.name: policy: namespace kube-node-lease belongs to Kubernetes itself"}},
		{name: "allowed in kube-public, not kube-system", objs: []*unstructured.Unstructured{u("v1", "Namespace", "", "kube-public", nil), u("v1", "ConfigMap", "kube-system", "c", nil)},
			policy: schema.Policy{Allow: schema.PolicyAllow{Namespaces: []string{"kube-public"}}},
			want:   []string{"system-namespace metadata.namespace: policy: namespace kube-system belongs to Kubernetes itself"}},
		{name: "ClusterRoleBinding to cluster-admin", objs: []*unstructured.Unstructured{binding("ClusterRoleBinding", "", "cluster-admin", sa)},
			want: []string{"cluster-admin roleRef.name: policy: binds cluster-admin"}},
		{name: "RoleBinding to cluster-admin", objs: []*unstructured.Unstructured{binding("RoleBinding", "web", "cluster-admin", sa)},
			want: []string{"cluster-admin roleRef.name: policy: binds cluster-admin"}},
		{name: "binding to a ClusterRole as strong as cluster-admin", objs: []*unstructured.Unstructured{
			u(rbac, "ClusterRole", "", "god", map[string]any{"rules": []any{map[string]any{"apiGroups": []any{"*"}, "resources": []any{"*"}, "verbs": []any{"*"}}}}),
			binding("ClusterRoleBinding", "", "god", sa)},
			want: []string{"cluster-admin roleRef.name: policy: binds ClusterRole god, which grants every verb on every resource as cluster-admin does"}},
		{name: "a ClusterRole replacing Kubernetes' own", objs: []*unstructured.Unstructured{u(rbac, "ClusterRole", "", "system:basic-user", nil)},
			want: []string{"cluster-admin metadata.name: policy: the name system:basic-user is Kubernetes' own: this ClusterRole would replace it"}},
		{name: "cluster-admin allowed", objs: []*unstructured.Unstructured{binding("ClusterRoleBinding", "", "cluster-admin", sa), u(rbac, "ClusterRole", "", "system:x", nil)},
			policy: schema.Policy{Allow: schema.PolicyAllow{ClusterAdmin: true}}},
		{name: "system subjects", objs: []*unstructured.Unstructured{binding("RoleBinding", "web", "view",
			subject("Group", "", "system:masters"), subject("User", "", "system:anonymous"), subject("ServiceAccount", "kube-system", "default"), sa)},
			want: []string{
				"system-subject subjects[0]: policy: binds group system:masters, a subject of Kubernetes itself",
				"system-subject subjects[1]: policy: binds user system:anonymous, a subject of Kubernetes itself",
				"system-subject subjects[2]: policy: binds serviceaccount system:serviceaccount:kube-system:default, a subject of Kubernetes itself",
			}},
		{name: "system subjects allowed by name and prefix", objs: []*unstructured.Unstructured{binding("RoleBinding", "web", "view",
			subject("Group", "", "system:authenticated"), subject("ServiceAccount", "kube-system", "metrics"), subject("Group", "", "system:masters"))},
			policy: schema.Policy{Allow: schema.PolicyAllow{SystemSubjects: []string{"system:authenticated", "system:serviceaccount:kube-system:*"}}},
			want:   []string{"system-subject subjects[2]: policy: binds group system:masters, a subject of Kubernetes itself"}},
		{name: "guarded kinds", objs: []*unstructured.Unstructured{
			u("admissionregistration.k8s.io/v1", "ValidatingWebhookConfiguration", "", "a", nil),
			u("admissionregistration.k8s.io/v1", "MutatingWebhookConfiguration", "", "b", nil),
			u("admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicy", "", "c", nil),
			u("admissionregistration.k8s.io/v1", "ValidatingAdmissionPolicyBinding", "", "d", nil),
			u("apiextensions.k8s.io/v1", "CustomResourceDefinition", "", "things.example.com", nil),
			u("apiregistration.k8s.io/v1", "APIService", "", "v1.example.com", nil),
		}, want: []string{
			"guarded-kind kind: policy: ValidatingWebhookConfiguration changes what the whole cluster admits",
			"guarded-kind kind: policy: MutatingWebhookConfiguration changes what the whole cluster admits",
			"guarded-kind kind: policy: ValidatingAdmissionPolicy changes what the whole cluster admits",
			"guarded-kind kind: policy: ValidatingAdmissionPolicyBinding changes what the whole cluster admits",
			"guarded-kind kind: policy: CustomResourceDefinition extends the API of the whole cluster",
			"guarded-kind kind: policy: APIService serves part of the cluster's API from elsewhere",
		}},
		{name: "guarded kinds allowed one by one", objs: []*unstructured.Unstructured{
			u("apiextensions.k8s.io/v1", "CustomResourceDefinition", "", "things.example.com", nil),
			u("apiregistration.k8s.io/v1", "APIService", "", "v1.example.com", nil),
		}, policy: schema.Policy{Allow: schema.PolicyAllow{Kinds: []string{"CustomResourceDefinition"}}},
			want: []string{"guarded-kind kind: policy: APIService serves part of the cluster's API from elsewhere"}},
		{name: "plaintext Secrets", objs: []*unstructured.Unstructured{
			u("v1", "Secret", "web", "a", map[string]any{"data": map[string]any{"password": "aHVudGVyMg=="}}),
			u("v1", "Secret", "web", "b", map[string]any{"stringData": map[string]any{"token": "t0k3n", "user": "me"}}),
			u("v1", "Secret", "web", "c", map[string]any{"sops": map[string]any{"mac": "x"}, "data": map[string]any{"k": "ENC[AES256_GCM,data:abc,type:str]", "leak": "cGxhaW4="}}),
		}, want: []string{
			"secret-data data: policy: plaintext Secret values in data (keys password)",
			"secret-data stringData: policy: plaintext Secret values in stringData (keys token, user)",
			"secret-data data: policy: plaintext Secret values in data (keys leak)",
		}},
		{name: "Secrets that pass", objs: []*unstructured.Unstructured{
			u("v1", "Secret", "web", "token", map[string]any{"type": "kubernetes.io/service-account-token"}),
			u("v1", "Secret", "web", "empty", map[string]any{"data": map[string]any{}}),
			u("v1", "Secret", "web", "sops", map[string]any{"sops": map[string]any{"mac": "x"}, "stringData": map[string]any{"k": "ENC[AES256_GCM,data:abc,type:str]"}}),
			u("external-secrets.io/v1", "ExternalSecret", "web", "db", map[string]any{"spec": map[string]any{"data": []any{}}}),
			u("bitnami.com/v1alpha1", "SealedSecret", "web", "db", map[string]any{"spec": map[string]any{"encryptedData": map[string]any{"password": "AgB..."}}}),
		}},
		{name: "plaintext Secrets allowed", objs: []*unstructured.Unstructured{u("v1", "Secret", "web", "a", map[string]any{"data": map[string]any{"password": "aHVudGVyMg=="}})},
			policy: schema.Policy{Allow: schema.PolicyAllow{SecretData: true}}},
		{name: "more guarded kinds", objs: []*unstructured.Unstructured{
			u("v1", "Node", "", "n1", nil), u("scheduling.k8s.io/v1", "PriorityClass", "", "top", map[string]any{"value": int64(1000000000)}),
			u("node.k8s.io/v1", "RuntimeClass", "", "r", nil), u("storage.k8s.io/v1", "CSIDriver", "", "d", nil),
		}, want: []string{
			"guarded-kind kind: policy: Node registers or changes a node of the cluster",
			"guarded-kind kind: policy: PriorityClass can make pods preempt every other workload of the cluster",
			"guarded-kind kind: policy: RuntimeClass changes how the nodes run containers",
			"guarded-kind kind: policy: CSIDriver changes how the nodes mount storage",
		}},
		{name: "roles that escalate", objs: []*unstructured.Unstructured{
			u(rbac, "ClusterRole", "", "escalator", map[string]any{"rules": []any{
				map[string]any{"apiGroups": []any{"rbac.authorization.k8s.io"}, "resources": []any{"clusterroles"}, "verbs": []any{"escalate", "get"}},
				map[string]any{"apiGroups": []any{"*"}, "resources": []any{"roles"}, "verbs": []any{"bind"}},
				map[string]any{"apiGroups": []any{""}, "resources": []any{"serviceaccounts"}, "verbs": []any{"impersonate"}},
				map[string]any{"apiGroups": []any{""}, "resources": []any{"pods", "secrets"}, "verbs": []any{"*"}},
			}}),
			u(rbac, "Role", "web", "r", map[string]any{"rules": []any{map[string]any{"apiGroups": []any{""}, "resources": []any{"*"}, "verbs": []any{"*"}}}}),
			u(rbac, "ClusterRole", "", "sneaky", map[string]any{"metadata": map[string]any{"name": "sneaky", "labels": map[string]any{"rbac.authorization.k8s.io/aggregate-to-admin": "true"}}}),
		}, want: []string{
			"cluster-admin rules[0]: policy: this ClusterRole grants escalate on clusterroles: its holders can give roles any permission, and so themselves",
			"cluster-admin rules[1]: policy: this ClusterRole grants bind on roles: its holders can bind any role, cluster-admin included, to themselves",
			"cluster-admin rules[2]: policy: this ClusterRole grants impersonate on serviceaccounts: its holders can act as anyone, cluster administrators included",
			"cluster-admin rules[0]: policy: this Role grants impersonate on serviceaccounts: its holders can act as any service account of its namespace",
			"cluster-admin metadata.labels.rbac.authorization.k8s.io/aggregate-to-admin: policy: this ClusterRole adds its rules to Kubernetes' own role admin, and so to everyone bound to it",
		}},
		{name: "roles that escalate, allowed", objs: []*unstructured.Unstructured{
			u(rbac, "ClusterRole", "", "escalator", map[string]any{"rules": []any{map[string]any{"apiGroups": []any{"rbac.authorization.k8s.io"}, "resources": []any{"clusterroles"}, "verbs": []any{"escalate"}}}}),
		}, policy: schema.Policy{Allow: schema.PolicyAllow{ClusterAdmin: true}}},
		{name: "pods that reach into their node", objs: []*unstructured.Unstructured{
			u("apps/v1", "DaemonSet", "web", "agent", map[string]any{"spec": map[string]any{"template": map[string]any{"spec": map[string]any{
				"hostNetwork": true, "hostPID": true,
				"volumes": []any{map[string]any{"name": "root", "hostPath": map[string]any{"path": "/"}}, map[string]any{"name": "tmp", "emptyDir": map[string]any{}}},
				"containers": []any{map[string]any{"name": "a", "securityContext": map[string]any{"privileged": true, "capabilities": map[string]any{"add": []any{"NET_BIND_SERVICE", "SYS_ADMIN"}}},
					"ports": []any{map[string]any{"containerPort": int64(80), "hostPort": int64(80)}}}},
			}}}}),
			u("batch/v1", "CronJob", "web", "c", map[string]any{"spec": map[string]any{"jobTemplate": map[string]any{"spec": map[string]any{"template": map[string]any{"spec": map[string]any{
				"initContainers": []any{map[string]any{"name": "i", "securityContext": map[string]any{"capabilities": map[string]any{"add": []any{"CAP_NET_RAW"}}}}},
			}}}}}}),
			u("v1", "PersistentVolume", "", "pv", map[string]any{"spec": map[string]any{"hostPath": map[string]any{"path": "/var/lib"}}}),
		}, want: []string{
			"host-access spec.template.spec.hostNetwork: policy: the pod shares its node's network namespace",
			"host-access spec.template.spec.hostPID: policy: the pod shares its node's pid namespace",
			"host-access spec.template.spec.volumes[0].hostPath: policy: the pod mounts a path of its node's filesystem",
			"host-access spec.template.spec.containers[0].securityContext.privileged: policy: container a runs privileged: every device and capability of its node",
			"host-access spec.template.spec.containers[0].securityContext.capabilities.add[1]: policy: container a adds capability SYS_ADMIN, beyond the Pod Security baseline",
			"host-access spec.template.spec.containers[0].ports[0].hostPort: policy: container a takes port 80 of its node",
			"host-access spec.jobTemplate.spec.template.spec.initContainers[0].securityContext.capabilities.add[0]: policy: container i adds capability CAP_NET_RAW, beyond the Pod Security baseline",
			"host-access spec.hostPath: policy: a PersistentVolume on a node's own filesystem (hostPath)",
		}},
		{name: "host access allowed", objs: []*unstructured.Unstructured{
			u("v1", "Pod", "web", "p", map[string]any{"spec": map[string]any{"hostNetwork": true}}),
			u("v1", "PersistentVolume", "", "pv", map[string]any{"spec": map[string]any{"local": map[string]any{"path": "/mnt"}}}),
		}, policy: schema.Policy{Allow: schema.PolicyAllow{HostAccess: true}}},
		{name: "secrets in the environment", objs: []*unstructured.Unstructured{
			u("apps/v1", "Deployment", "web", "api", map[string]any{"spec": map[string]any{"template": map[string]any{"spec": map[string]any{
				"containers": []any{map[string]any{"name": "api", "env": []any{
					map[string]any{"name": "DB_PASSWORD", "value": "hunter2"},
					map[string]any{"name": "LOG_LEVEL", "value": "debug"},
					map[string]any{"name": "github_token", "value": "ghp_x"},
					map[string]any{"name": "STRIPE_API_KEY", "valueFrom": map[string]any{"secretKeyRef": map[string]any{"name": "stripe", "key": "key"}}},
					map[string]any{"name": "TOKEN_TTL", "value": ""},
				}}},
			}}}}),
		}, want: []string{
			"secret-data spec.template.spec.containers[0].env[0].value: policy: container api: environment variable DB_PASSWORD holds a literal value, and its name says it is a secret",
			"secret-data spec.template.spec.containers[0].env[2].value: policy: container api: environment variable github_token holds a literal value, and its name says it is a secret",
		}},
		{name: "the organisation's forbidden namespaces and kinds", objs: []*unstructured.Unstructured{
			u("v1", "ConfigMap", "default", "c", nil), u("v1", "Namespace", "", "default", nil), binding("ClusterRoleBinding", "", "view", sa),
		}, policy: schema.Policy{ForbiddenNamespaces: []string{"default"}, ForbiddenKinds: []string{"ClusterRoleBinding"}, Allow: schema.PolicyAllow{ClusterAdmin: true}},
			want: []string{
				"forbidden-namespace metadata.namespace: policy: namespace default is forbidden",
				"forbidden-namespace metadata.name: policy: namespace default is forbidden",
				"forbidden-kind kind: policy: kind ClusterRoleBinding is forbidden",
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, v := range render.CheckPolicy(tt.policy, tt.objs) {
				got = append(got, v.Rule+" "+fieldString(v.Field)+": "+v.Message)
				if v.Expected == "" {
					t.Errorf("%s: no expectation", v.Message)
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

func fieldString(f []any) string {
	s := ""
	for _, e := range f {
		switch e := e.(type) {
		case int:
			s += "[" + strconv.Itoa(e) + "]"
		case string:
			if s != "" {
				s += "."
			}
			s += e
		}
	}
	return s
}

func TestExceptions(t *testing.T) {
	objs := []*unstructured.Unstructured{
		u("v1", "Secret", "web", "a", map[string]any{"data": map[string]any{"password": "aHVudGVyMg=="}}),
		u("apps/v1", "Deployment", "kube-system", "api", nil),
		u("v1", "ConfigMap", "web", "c", nil),
	}
	p := schema.Policy{Allow: schema.PolicyAllow{SecretData: true, Namespaces: []string{"kube-system"}}}
	var got []string
	for _, v := range render.Exceptions(p, objs) {
		got = append(got, render.AllowField(v.Rule)+" "+objs[v.Index].GetName())
	}
	if diff := cmp.Diff([]string{"policy.allow.secretData a", "policy.allow.namespaces api"}, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
