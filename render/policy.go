package render

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strings"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/internal/kinds"
	"isobar.dev/isobar/schema"
)

// Policy rules, as Violation.Rule names them.
const (
	// RuleForbiddenNamespace: an object in, or a Namespace object for, a
	// namespace of policy.forbiddenNamespaces.
	RuleForbiddenNamespace = "forbidden-namespace"
	// RuleForbiddenKind: an object of a kind of policy.forbiddenKinds.
	RuleForbiddenKind = "forbidden-kind"
	// RuleSystemNamespace: an object in, or a Namespace object for, a
	// namespace Kubernetes runs in (SystemNamespaces), unless
	// policy.allow.namespaces lists it.
	RuleSystemNamespace = "system-namespace"
	// RuleClusterAdmin: a RoleBinding or ClusterRoleBinding to
	// cluster-admin, or to a ClusterRole of the same objects that grants
	// every verb on every resource, or an RBAC object named cluster-admin
	// or "system:…", unless policy.allow.clusterAdmin.
	RuleClusterAdmin = "cluster-admin"
	// RuleSystemSubject: a binding whose subject is a user or group named
	// "system:…" or a service account of a system namespace, unless
	// policy.allow.systemSubjects matches it.
	RuleSystemSubject = "system-subject"
	// RuleGuardedKind: an admission webhook or policy, a
	// CustomResourceDefinition or an APIService, unless policy.allow.kinds
	// lists its kind.
	RuleGuardedKind = "guarded-kind"
	// RuleSecretData: a Secret with plaintext data or stringData, or a
	// container environment variable whose name says it is a secret
	// (…PASSWORD, …TOKEN, …API_KEY…) with a literal value, unless
	// policy.allow.secretData. SOPS-encrypted Secrets pass.
	RuleSecretData = "secret-data"
	// RuleHostAccess: a pod that reaches into its node — privileged
	// containers, capabilities beyond the Pod Security baseline, host
	// namespaces (network, PID, IPC), hostPath volumes or host ports — or
	// a PersistentVolume on a node's filesystem (hostPath, local), unless
	// policy.allow.hostAccess.
	RuleHostAccess = "host-access"
)

// SystemNamespaces are the namespaces Kubernetes itself runs in.
var SystemNamespaces = []string{"kube-system", "kube-public", "kube-node-lease"}

// Violation is an object that breaks the policy.
type Violation struct {
	// Index is the object's position in the list checked.
	Index int
	// Field is the field of the object at fault, e.g. {"roleRef", "name"}.
	Field []any
	// Rule is one of the Rule… constants.
	Rule string
	// Message says what the object does, without naming it; it never
	// quotes values other than names.
	Message string
	// Expected says what would pass, including the policy field that
	// would allow it.
	Expected string
}

// CheckPolicy checks objects, as they are to be applied, against the
// organisation's policy and the safe default it widens. It is the one
// policy check of isobar: vet, plan, render and publish run it on rendered
// objects (render.Check, Render), and the reconciler on the objects of a
// bundle before it applies them. Violations are in the objects' order.
func CheckPolicy(p schema.Policy, objs []*unstructured.Unstructured) []Violation {
	c := policyCheck{p: p, admin: adminRoles(objs)}
	for i, o := range objs {
		c.object(i, o.Object)
	}
	return c.vs
}

type policyCheck struct {
	p schema.Policy
	// admin are the ClusterRoles among the objects that grant as much as
	// cluster-admin.
	admin map[string]bool
	vs    []Violation
}

func (c *policyCheck) add(i int, field []any, rule, expected, format string, args ...any) {
	c.vs = append(c.vs, Violation{Index: i, Field: field, Rule: rule, Message: "policy: " + fmt.Sprintf(format, args...), Expected: expected})
}

func (c *policyCheck) object(i int, o map[string]any) {
	group, kind := groupKind(o)
	md, _ := o["metadata"].(map[string]any)
	name, _ := md["name"].(string)
	ns, _ := md["namespace"].(string)
	isNamespace := group == "" && kind == "Namespace"

	// Namespaces.
	nsField := []any{"metadata", "namespace"}
	target := ns
	if isNamespace {
		nsField, target = []any{"metadata", "name"}, name
	}
	if target != "" && slices.Contains(c.p.ForbiddenNamespaces, target) {
		c.add(i, nsField, RuleForbiddenNamespace, "a namespace other than "+strings.Join(c.p.ForbiddenNamespaces, ", ")+" (policy.forbiddenNamespaces)",
			"namespace %s is forbidden", target)
	}
	if slices.Contains(SystemNamespaces, target) && !slices.Contains(c.p.Allow.Namespaces, target) {
		c.add(i, nsField, RuleSystemNamespace, fmt.Sprintf("a namespace of your own, or %q in policy.allow.namespaces", target),
			"namespace %s belongs to Kubernetes itself", target)
	}

	// Kinds.
	if kind != "" && slices.Contains(c.p.ForbiddenKinds, kind) {
		c.add(i, []any{"kind"}, RuleForbiddenKind, "a kind other than "+strings.Join(c.p.ForbiddenKinds, ", ")+" (policy.forbiddenKinds)",
			"kind %s is forbidden", kind)
	}
	if what := guarded(group, kind); what != "" && !slices.Contains(c.p.Allow.Kinds, kind) {
		c.add(i, []any{"kind"}, RuleGuardedKind, fmt.Sprintf("another kind, or %q in policy.allow.kinds", kind), "%s %s", kind, what)
	}

	// RBAC.
	if group == kinds.GroupRBAC {
		c.rbac(i, o, kind, name)
	}

	// Pods and volumes on the node.
	if path := podSpecPath(group, kind); path != nil {
		if spec, ok := nestedMap(o, path...); ok {
			c.pod(i, path, spec)
		}
	}
	if group == "" && kind == "PersistentVolume" && !c.p.Allow.HostAccess {
		spec, _ := o["spec"].(map[string]any)
		for _, src := range []string{"hostPath", "local"} {
			if _, set := spec[src]; set {
				c.add(i, []any{"spec", src}, RuleHostAccess, "a volume of a storage provider, or policy.allow.hostAccess: true",
					"a PersistentVolume on a node's own filesystem (%s)", src)
			}
		}
	}

	// Secrets.
	if group == "" && kind == "Secret" && !c.p.Allow.SecretData {
		if field, keys := plaintextSecret(o); field != "" {
			c.add(i, []any{field}, RuleSecretData,
				"no plaintext Secret values in the intent: reference a Secret that exists, or use an ExternalSecret, a SealedSecret or a SOPS-encrypted Secret; or set policy.allow.secretData: true",
				"plaintext Secret values in %s (keys %s)", field, strings.Join(keys, ", "))
		}
	}
}

// rbac checks a Role, ClusterRole, RoleBinding or ClusterRoleBinding.
func (c *policyCheck) rbac(i int, o map[string]any, kind, name string) {
	if !c.p.Allow.ClusterAdmin && (name == "cluster-admin" || strings.HasPrefix(name, "system:")) {
		c.add(i, []any{"metadata", "name"}, RuleClusterAdmin, "a name of your own, or policy.allow.clusterAdmin: true",
			"the name %s is Kubernetes' own: this %s would replace it", name, kind)
	}
	if kind == "Role" || kind == "ClusterRole" {
		if !c.p.Allow.ClusterAdmin {
			c.escalation(i, o, kind)
		}
		return
	}
	if kind != "RoleBinding" && kind != "ClusterRoleBinding" {
		return
	}
	ref, _ := o["roleRef"].(map[string]any)
	refKind, _ := ref["kind"].(string)
	refName, _ := ref["name"].(string)
	if refKind == "ClusterRole" && !c.p.Allow.ClusterAdmin {
		switch {
		case refName == "cluster-admin":
			c.add(i, []any{"roleRef", "name"}, RuleClusterAdmin, "a narrower role, or policy.allow.clusterAdmin: true", "binds cluster-admin")
		case c.admin[refName]:
			c.add(i, []any{"roleRef", "name"}, RuleClusterAdmin, "a narrower role, or policy.allow.clusterAdmin: true",
				"binds ClusterRole %s, which grants every verb on every resource as cluster-admin does", refName)
		}
	}
	subjects, _ := o["subjects"].([]any)
	for j, s := range subjects {
		sm, _ := s.(map[string]any)
		sKind, _ := sm["kind"].(string)
		sName, _ := sm["name"].(string)
		sNS, _ := sm["namespace"].(string)
		user := ""
		switch {
		case (sKind == "User" || sKind == "Group") && strings.HasPrefix(sName, "system:"):
			user = sName
		case sKind == "ServiceAccount" && slices.Contains(SystemNamespaces, sNS):
			user = "system:serviceaccount:" + sNS + ":" + sName
		}
		if user == "" || subjectAllowed(c.p.Allow.SystemSubjects, user) {
			continue
		}
		c.add(i, []any{"subjects", j}, RuleSystemSubject, fmt.Sprintf("subjects of your own, or %q in policy.allow.systemSubjects", user),
			"binds %s %s, a subject of Kubernetes itself", strings.ToLower(sKind), user)
	}
}

// escalation flags a role whose holders can raise their own rights: one
// that grants escalate or bind on roles, impersonate on users, groups or
// service accounts, or that adds its rules to Kubernetes' own roles by
// aggregation. Roles that grant everything are flagged where they are
// bound.
func (c *policyCheck) escalation(i int, o map[string]any, kind string) {
	md, _ := o["metadata"].(map[string]any)
	labels, _ := md["labels"].(map[string]any)
	for _, k := range slices.Sorted(maps.Keys(labels)) {
		if role, ok := strings.CutPrefix(k, "rbac.authorization.k8s.io/aggregate-to-"); ok && labels[k] == "true" {
			c.add(i, []any{"metadata", "labels", k}, RuleClusterAdmin, "no aggregation label, or policy.allow.clusterAdmin: true",
				"this %s adds its rules to Kubernetes' own role %s, and so to everyone bound to it", kind, role)
		}
	}
	rules, _ := o["rules"].([]any)
	for j, r := range rules {
		rm, _ := r.(map[string]any)
		if hasStar(rm["verbs"]) && hasStar(rm["resources"]) && hasStar(rm["apiGroups"]) {
			continue
		}
		impersonate := struct {
			verb, group string
			resources   []string
			what        string
		}{"impersonate", "", []string{"users", "groups", "serviceaccounts"}, "its holders can act as anyone, cluster administrators included"}
		if kind == "Role" {
			// Users and groups are not namespaced: a Role's rules on
			// them grant nothing.
			impersonate.resources, impersonate.what = []string{"serviceaccounts"}, "its holders can act as any service account of its namespace"
		}
		for _, e := range []struct {
			verb, group string
			resources   []string
			what        string
		}{
			{"escalate", kinds.GroupRBAC, []string{"roles", "clusterroles"}, "its holders can give roles any permission, and so themselves"},
			{"bind", kinds.GroupRBAC, []string{"roles", "clusterroles"}, "its holders can bind any role, cluster-admin included, to themselves"},
			impersonate,
		} {
			if res := granted(rm, e.verb, e.group, e.resources); res != "" {
				c.add(i, []any{"rules", j}, RuleClusterAdmin, "a role without "+e.verb+", or policy.allow.clusterAdmin: true",
					"this %s grants %s on %s: %s", kind, e.verb, res, e.what)
			}
		}
	}
}

// granted names the first of resources (in group) on which the rule
// grants verb, or "".
func granted(rule map[string]any, verb, group string, resources []string) string {
	has := func(field, want string) bool {
		l, _ := rule[field].([]any)
		return slices.Contains(l, any("*")) || slices.Contains(l, any(want))
	}
	if !has("verbs", verb) || !has("apiGroups", group) {
		return ""
	}
	for _, r := range resources {
		if has("resources", r) {
			return r
		}
	}
	return ""
}

// podSpecPath is where an object of a built-in workload kind holds its pod
// spec; nil for other kinds.
func podSpecPath(group, kind string) []string {
	switch {
	case group == "" && kind == "Pod":
		return []string{"spec"}
	case group == "" && kind == "ReplicationController",
		group == "apps" && (kind == "Deployment" || kind == "StatefulSet" || kind == "DaemonSet" || kind == "ReplicaSet"),
		group == "batch" && kind == "Job":
		return []string{"spec", "template", "spec"}
	case group == "batch" && kind == "CronJob":
		return []string{"spec", "jobTemplate", "spec", "template", "spec"}
	}
	return nil
}

// baselineCapabilities are the capabilities the Pod Security baseline
// level lets a container add.
var baselineCapabilities = []string{"AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER", "FSETID", "KILL", "MKNOD",
	"NET_BIND_SERVICE", "SETFCAP", "SETGID", "SETPCAP", "SETUID", "SYS_CHROOT"}

// secretName matches environment variable names that say they hold a
// secret.
var secretName = regexp.MustCompile(`(?i)(PASSWORD|PASSWD|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|CREDENTIAL)`)

// pod checks a pod spec at path for access to its node and for secrets
// written into its environment.
func (c *policyCheck) pod(i int, path []string, spec map[string]any) {
	at := func(rest ...any) []any {
		f := make([]any, 0, len(path)+len(rest))
		for _, p := range path {
			f = append(f, p)
		}
		return append(f, rest...)
	}
	host := func(field []any, format string, args ...any) {
		if !c.p.Allow.HostAccess {
			c.add(i, field, RuleHostAccess, "a pod that keeps to itself (Pod Security baseline), or policy.allow.hostAccess: true", format, args...)
		}
	}
	for _, ns := range []string{"hostNetwork", "hostPID", "hostIPC"} {
		if spec[ns] == true {
			host(at(ns), "the pod shares its node's %s namespace", strings.ToLower(strings.TrimPrefix(ns, "host")))
		}
	}
	vols, _ := spec["volumes"].([]any)
	for j, v := range vols {
		if vm, _ := v.(map[string]any); vm["hostPath"] != nil {
			host(at("volumes", j, "hostPath"), "the pod mounts a path of its node's filesystem")
		}
	}
	for _, list := range []string{"initContainers", "containers", "ephemeralContainers"} {
		cs, _ := spec[list].([]any)
		for j, ct := range cs {
			cm, _ := ct.(map[string]any)
			name, _ := cm["name"].(string)
			sc, _ := cm["securityContext"].(map[string]any)
			if sc["privileged"] == true {
				host(at(list, j, "securityContext", "privileged"), "container %s runs privileged: every device and capability of its node", name)
			}
			caps, _ := sc["capabilities"].(map[string]any)
			add, _ := caps["add"].([]any)
			for k, cap := range add {
				s, _ := cap.(string)
				if !slices.Contains(baselineCapabilities, strings.TrimPrefix(strings.ToUpper(s), "CAP_")) {
					host(at(list, j, "securityContext", "capabilities", "add", k), "container %s adds capability %s, beyond the Pod Security baseline", name, s)
				}
			}
			ports, _ := cm["ports"].([]any)
			for k, p := range ports {
				pm, _ := p.(map[string]any)
				if hp, ok := pm["hostPort"]; ok && hp != nil && fmt.Sprint(hp) != "0" {
					host(at(list, j, "ports", k, "hostPort"), "container %s takes port %v of its node", name, hp)
				}
			}
			if c.p.Allow.SecretData {
				continue
			}
			env, _ := cm["env"].([]any)
			for k, e := range env {
				em, _ := e.(map[string]any)
				ename, _ := em["name"].(string)
				if v, ok := em["value"].(string); ok && v != "" && secretName.MatchString(ename) {
					c.add(i, at(list, j, "env", k, "value"), RuleSecretData,
						"a reference to a Secret that exists (in the intent: env: NAME: {secret: \"…\", key: \"…\"}; in an object: valueFrom.secretKeyRef), or policy.allow.secretData: true",
						"container %s: environment variable %s holds a literal value, and its name says it is a secret", name, ename)
				}
			}
		}
	}
}

// nestedMap follows path through maps.
func nestedMap(o map[string]any, path ...string) (map[string]any, bool) {
	cur := o
	for _, p := range path {
		next, ok := cur[p].(map[string]any)
		if !ok {
			return nil, false
		}
		cur = next
	}
	return cur, true
}

func subjectAllowed(patterns []string, user string) bool {
	for _, p := range patterns {
		if prefix, wild := strings.CutSuffix(p, "*"); (wild && strings.HasPrefix(user, prefix)) || p == user {
			return true
		}
	}
	return false
}

// guarded says what a guarded kind does to the cluster, or "" for other
// kinds.
func guarded(group, kind string) string {
	switch {
	case group == kinds.GroupAdmission:
		return "changes what the whole cluster admits"
	case group == kinds.GroupAPIExtensions && kind == "CustomResourceDefinition":
		return "extends the API of the whole cluster"
	case group == kinds.GroupAPIRegistration && kind == "APIService":
		return "serves part of the cluster's API from elsewhere"
	case group == "" && kind == "Node":
		return "registers or changes a node of the cluster"
	case group == "scheduling.k8s.io" && kind == "PriorityClass":
		return "can make pods preempt every other workload of the cluster"
	case group == "node.k8s.io" && kind == "RuntimeClass":
		return "changes how the nodes run containers"
	case group == "storage.k8s.io" && kind == "CSIDriver":
		return "changes how the nodes mount storage"
	}
	return ""
}

// adminRoles names the ClusterRoles among objs that grant every verb on
// every resource of every API group.
func adminRoles(objs []*unstructured.Unstructured) map[string]bool {
	out := map[string]bool{}
	for _, o := range objs {
		if g, k := groupKind(o.Object); g != kinds.GroupRBAC || k != "ClusterRole" {
			continue
		}
		rules, _ := o.Object["rules"].([]any)
		for _, r := range rules {
			rm, _ := r.(map[string]any)
			if hasStar(rm["verbs"]) && hasStar(rm["resources"]) && hasStar(rm["apiGroups"]) {
				out[o.GetName()] = true
			}
		}
	}
	return out
}

func hasStar(v any) bool {
	l, _ := v.([]any)
	return slices.Contains(l, any("*"))
}

// plaintextSecret names the first field of a Secret holding values in
// plaintext ("data" or "stringData") and its keys; "" when there is none or
// the Secret is SOPS-encrypted (sops metadata, every value "ENC[…]").
func plaintextSecret(o map[string]any) (string, []string) {
	_, sops := o["sops"].(map[string]any)
	for _, field := range []string{"data", "stringData"} {
		m, ok := o[field].(map[string]any)
		if !ok {
			if v, set := o[field]; set && v != nil {
				return field, []string{"(not a map)"}
			}
			continue
		}
		var plain []string
		for k, v := range m {
			s, _ := v.(string)
			if !sops || !strings.HasPrefix(s, "ENC[") || !strings.HasSuffix(s, "]") {
				plain = append(plain, k)
			}
		}
		if len(plain) > 0 {
			slices.Sort(plain)
			return field, plain
		}
	}
	return "", nil
}

// groupKind is an object's API group and kind; empty when malformed.
func groupKind(o map[string]any) (group, kind string) {
	av, _ := o["apiVersion"].(string)
	kind, _ = o["kind"].(string)
	if g, _, ok := strings.Cut(av, "/"); ok {
		group = g
	}
	return group, kind
}

// AllowField names the policy field that widens the safe default for a
// rule ("policy.allow.secretData"); empty for the organisation's own
// prohibitions, which nothing widens.
func AllowField(rule string) string {
	switch rule {
	case RuleSystemNamespace:
		return "policy.allow.namespaces"
	case RuleClusterAdmin:
		return "policy.allow.clusterAdmin"
	case RuleSystemSubject:
		return "policy.allow.systemSubjects"
	case RuleGuardedKind:
		return "policy.allow.kinds"
	case RuleSecretData:
		return "policy.allow.secretData"
	case RuleHostAccess:
		return "policy.allow.hostAccess"
	}
	return ""
}

// Exceptions are the violations of the safe default among objs that the
// policy's allowances admit: what a reviewer should see called out.
func Exceptions(p schema.Policy, objs []*unstructured.Unstructured) []Violation {
	strict := p
	strict.Allow = schema.PolicyAllow{}
	allowed := CheckPolicy(p, objs)
	var out []Violation
	for _, v := range CheckPolicy(strict, objs) {
		if !slices.ContainsFunc(allowed, func(a Violation) bool {
			return a.Index == v.Index && a.Rule == v.Rule && slices.Equal(a.Field, v.Field)
		}) {
			out = append(out, v)
		}
	}
	return out
}
