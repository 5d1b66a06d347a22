package kinds

import (
	"fmt"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/util/validation"
)

// Problem is a rule an object breaks, at one of its fields.
type Problem struct {
	// Field is the path of the field in the object: field names (string)
	// and list indexes (int), e.g. {"metadata", "name"}.
	Field []any
	// Message says what is wrong. It quotes identity fields (apiVersion,
	// kind, name, namespace) but never other values.
	Message string
	// Expected says what would be right.
	Expected string
}

func (p Problem) String() string {
	s := FieldString(p.Field) + ": " + p.Message
	if p.Expected != "" {
		s += " (expected " + p.Expected + ")"
	}
	return s
}

// FieldString writes a field path as "metadata.name" or
// "subjects[0].name"; names that are not identifiers are quoted
// (`metadata.labels["app.kubernetes.io/name"]`).
func FieldString(path []any) string {
	var b strings.Builder
	for _, p := range path {
		switch p := p.(type) {
		case int:
			fmt.Fprintf(&b, "[%d]", p)
		case string:
			if identRE.MatchString(p) {
				if b.Len() > 0 {
					b.WriteByte('.')
				}
				b.WriteString(p)
			} else {
				b.WriteString("[" + strconv.Quote(p) + "]")
			}
		}
	}
	return b.String()
}

var (
	identRE = regexp.MustCompile(`^[A-Za-z_$][A-Za-z0-9_$]*$`)
	kindRE  = regexp.MustCompile(`^[A-Z][A-Za-z0-9]*$`)
)

// Expectations of the identity rules, in words.
const (
	expectAPIVersion = `an API group and version: "v1" for the core group, "<group>/<version>" otherwise ("apps/v1")`
	expectKind       = `a kind: an upper-case letter, then letters and digits ("ConfigMap")`
	expectSubdomain  = `a DNS-1123 subdomain: at most 253 lower-case letters, digits, "-" and ".", starting and ending with a letter or digit`
	expectLabel      = `a DNS-1123 label: at most 63 lower-case letters, digits and "-", starting and ending with a letter or digit`
	expect1035       = `a DNS-1035 label: at most 63 lower-case letters, digits and "-", starting with a letter and ending with a letter or digit`
	expectRBAC       = `a name without "/", "%", "\" or control characters, other than "." and ".."`
	expectNamespace  = "a namespace: " + expectLabel
)

// serverFields are metadata the API server sets; an object to apply must
// not carry them.
var serverFields = []string{"uid", "resourceVersion", "generation", "creationTimestamp", "deletionTimestamp",
	"deletionGracePeriodSeconds", "selfLink", "managedFields"}

// maxAnnotationBytes is the most the API server accepts of an object's
// annotations, keys and values together.
const maxAnnotationBytes = 256 << 10

// CheckIdentity checks that an object is one the API server would accept by
// identity: apiVersion (syntax, and for a built-in group a version that
// serves the kind), kind (syntax; for a built-in group a kind the group
// serves and that can be applied; never a list), metadata.name by the
// kind's naming rule, metadata.namespace by the kind's scope, labels and
// annotations by their syntax, no metadata only the API server sets, and
// for a CustomResourceDefinition a name that is "<plural>.<group>" of a
// group that is not built in. A namespaced kind without a namespace is a
// problem when the table knows the kind; a kind the table does not know
// (a custom resource defined elsewhere) may have none.
func (t *Table) CheckIdentity(o map[string]any) []Problem {
	var ps []Problem
	add := func(field []any, expected, format string, args ...any) {
		ps = append(ps, Problem{Field: field, Message: fmt.Sprintf(format, args...), Expected: expected})
	}
	av, avOK := str(o, "apiVersion")
	kind, kindOK := str(o, "kind")
	gv, gvOK := schema.GroupVersion{}, false
	switch {
	case !avOK:
		add([]any{"apiVersion"}, expectAPIVersion, "%s", missing(o, "apiVersion"))
	default:
		if msg := t.checkAPIVersion(av); msg != "" {
			add([]any{"apiVersion"}, expectAPIVersion, "%s", msg)
		} else {
			gv, _ = schema.ParseGroupVersion(av)
			gvOK = true
		}
	}
	switch {
	case !kindOK:
		add([]any{"kind"}, expectKind, "%s", missing(o, "kind"))
		kind = ""
	case !kindRE.MatchString(kind) || len(kind) > 63:
		add([]any{"kind"}, expectKind, "invalid kind %s", quote(kind))
		kindOK = false
	case kind == "List" || (strings.HasSuffix(kind, "List") && o["items"] != nil):
		add([]any{"kind"}, "one object, not a list", "%s is a list of objects, not an object: declare each item as an object of its own", kind)
		kindOK = false
	}
	gk := schema.GroupKind{Group: gv.Group, Kind: kind}
	info, known := t.kinds[gk]
	if gvOK && kindOK {
		switch {
		case t.groups[gv.Group] && !known:
			add([]any{"kind"}, fmt.Sprintf("a kind of %s: %s", groupName(gv.Group), strings.Join(t.KindsOf(gv.Group), ", ")),
				"%s does not serve kind %s (Kubernetes %s)", groupName(gv.Group), kind, KubernetesVersion)
		case known && len(info.Versions) > 0 && !slices.Contains(info.Versions, gv.Version):
			add([]any{"apiVersion"}, "one of "+strings.Join(apiVersions(gv.Group, info.Versions), ", "),
				"%s is not served as %s", kind, av)
		case known && !info.Applicable():
			add([]any{"kind"}, "a kind that can be created and patched",
				"%s cannot be applied: its API supports only %s", kind, strings.Join(info.Verbs, ", "))
		}
	}

	md, ok := o["metadata"].(map[string]any)
	if !ok {
		msg := "metadata is missing"
		if v, set := o["metadata"]; set && v != nil {
			msg = "metadata is " + typeName(v) + ", not an object"
		}
		add([]any{"metadata"}, "metadata with a name", "%s", msg)
		return ps
	}
	name, ok := str(md, "name")
	if !ok {
		add([]any{"metadata", "name"}, "a name", "%s", missing(md, "metadata.name"))
	} else if expected, msg := checkName(gk, name); msg != "" {
		add([]any{"metadata", "name"}, expected, "%s", msg)
	}
	ns, present := md["namespace"]
	nsStr, isStr := ns.(string)
	switch {
	case present && ns != nil && !isStr:
		add([]any{"metadata", "namespace"}, expectNamespace, "metadata.namespace is %s, not a string", typeName(ns))
	case known && !info.Namespaced && nsStr != "":
		add([]any{"metadata", "namespace"}, "no metadata.namespace", "%s is cluster-scoped, but metadata.namespace is %s", kind, quote(nsStr))
	case known && info.Namespaced && nsStr == "":
		add([]any{"metadata", "namespace"}, expectNamespace, "%s is namespaced, but metadata.namespace is missing", kind)
	case nsStr != "" && len(validation.IsDNS1123Label(nsStr)) > 0:
		add([]any{"metadata", "namespace"}, expectNamespace, "invalid namespace %s", quote(nsStr))
	}
	if _, set := md["generateName"]; set {
		add([]any{"metadata", "generateName"}, "metadata.name alone", "metadata.generateName is set: objects are applied by name")
	}
	for _, f := range serverFields {
		if v, set := md[f]; set && v != nil {
			add([]any{"metadata", f}, "no "+f, "metadata.%s is set by the API server; remove it", f)
		}
	}
	ps = append(ps, checkStringMap(md, "labels")...)
	ps = append(ps, checkStringMap(md, "annotations")...)
	if isCRD(o) {
		ps = append(ps, t.checkCRD(o, name)...)
	}
	return ps
}

// checkAPIVersion says what is wrong with an apiVersion, or "".
func (t *Table) checkAPIVersion(av string) string {
	group, version, hasGroup := strings.Cut(av, "/")
	if !hasGroup {
		group, version = "", av
	}
	switch {
	case av == "":
		return "apiVersion is empty"
	case strings.Count(av, "/") > 1:
		return fmt.Sprintf("invalid apiVersion %s: more than one \"/\"", quote(av))
	case hasGroup && group == "":
		return fmt.Sprintf("invalid apiVersion %s: empty group", quote(av))
	case len(validation.IsDNS1035Label(version)) > 0:
		return fmt.Sprintf("invalid apiVersion %s: %s is not a version", quote(av), quote(version))
	case hasGroup && len(validation.IsDNS1123Subdomain(group)) > 0:
		return fmt.Sprintf("invalid apiVersion %s: %s is not an API group", quote(av), quote(group))
	case hasGroup && group == "core":
		return fmt.Sprintf("invalid apiVersion %s: the core group is written without a group, %q", quote(av), version)
	case hasGroup && !t.groups[group] && !strings.Contains(group, "."):
		return fmt.Sprintf("invalid apiVersion %s: %s is neither an API group of Kubernetes %s nor a custom resource group (those contain a dot)", quote(av), quote(group), KubernetesVersion)
	}
	return ""
}

// checkName applies the naming rule of the kind: the expectation and what
// is wrong, or "" when the name is valid.
func checkName(gk schema.GroupKind, name string) (expected, msg string) {
	bad := func(expected string) (string, string) {
		what := gk.Kind
		if what == "" {
			what = "object"
		}
		return expected, fmt.Sprintf("invalid name %s for a %s", quote(name), what)
	}
	switch {
	case gk == schema.GroupKind{Kind: "Namespace"}:
		if len(validation.IsDNS1123Label(name)) > 0 {
			return bad(expectLabel)
		}
	case gk == schema.GroupKind{Kind: "Service"}:
		if len(validation.IsDNS1035Label(name)) > 0 {
			return bad(expect1035)
		}
	case gk.Group == GroupRBAC:
		if name == "." || name == ".." || strings.ContainsAny(name, `/%\`) || strings.ContainsFunc(name, unicode.IsControl) || len(name) > 253 {
			return bad(expectRBAC)
		}
	case gk == schema.GroupKind{Group: "batch", Kind: "CronJob"}:
		if len(validation.IsDNS1123Subdomain(name)) > 0 || len(name) > 52 {
			return bad("at most 52 characters, " + expectSubdomain)
		}
	case gk == schema.GroupKind{Group: "batch", Kind: "Job"}:
		if len(validation.IsDNS1123Subdomain(name)) > 0 || len(name) > 63 {
			return bad("at most 63 characters, " + expectSubdomain)
		}
	default:
		if len(validation.IsDNS1123Subdomain(name)) > 0 {
			return bad(expectSubdomain)
		}
	}
	return "", ""
}

// checkStringMap checks labels or annotations: a map of strings with
// valid keys (and for labels, values).
func checkStringMap(md map[string]any, field string) []Problem {
	v, set := md[field]
	if !set || v == nil {
		return nil
	}
	m, ok := v.(map[string]any)
	if !ok {
		return []Problem{{Field: []any{"metadata", field}, Message: fmt.Sprintf("metadata.%s is %s, not a map of strings", field, typeName(v)), Expected: "a map of strings"}}
	}
	var ps []Problem
	size := 0
	for _, k := range slices.Sorted(maps.Keys(m)) {
		s, ok := m[k].(string)
		at := []any{"metadata", field, k}
		if !ok {
			ps = append(ps, Problem{Field: at, Message: fmt.Sprintf("the value is %s, not a string", typeName(m[k])), Expected: "a string"})
			continue
		}
		size += len(k) + len(s)
		key := k
		if field == "annotations" {
			key = strings.ToLower(k) // case does not matter in annotation keys
		}
		if len(validation.IsQualifiedName(key)) > 0 {
			ps = append(ps, Problem{Field: at, Message: fmt.Sprintf("invalid %s key %s", strings.TrimSuffix(field, "s"), quote(k)),
				Expected: `a key of at most 63 letters, digits, "-", "_" and ".", optionally prefixed by a DNS subdomain and "/"`})
		}
		if field == "labels" && len(validation.IsValidLabelValue(s)) > 0 {
			ps = append(ps, Problem{Field: at, Message: "invalid label value", Expected: `at most 63 letters, digits, "-", "_" and ".", starting and ending with a letter or digit, or empty`})
		}
	}
	if size > maxAnnotationBytes && field == "annotations" {
		ps = append(ps, Problem{Field: []any{"metadata", field}, Message: fmt.Sprintf("annotations hold %d bytes", size), Expected: fmt.Sprintf("at most %d bytes of annotations", maxAnnotationBytes)})
	}
	return ps
}

// checkCRD checks what a CustomResourceDefinition declares about the kind
// it adds, when it declares it.
func (t *Table) checkCRD(o map[string]any, name string) []Problem {
	spec, ok := o["spec"].(map[string]any)
	if !ok {
		return nil
	}
	var ps []Problem
	group, _ := spec["group"].(string)
	names, _ := spec["names"].(map[string]any)
	plural, _ := names["plural"].(string)
	kind, _ := names["kind"].(string)
	switch {
	case group == "":
		ps = append(ps, Problem{Field: []any{"spec", "group"}, Message: "spec.group is missing", Expected: "an API group"})
	case t.groups[group]:
		ps = append(ps, Problem{Field: []any{"spec", "group"}, Message: fmt.Sprintf("%s is an API group of Kubernetes itself", quote(group)),
			Expected: "a group of your own, such as example.com"})
	case !strings.Contains(group, ".") || len(validation.IsDNS1123Subdomain(group)) > 0:
		ps = append(ps, Problem{Field: []any{"spec", "group"}, Message: fmt.Sprintf("invalid group %s", quote(group)), Expected: "a DNS subdomain with at least one dot"})
	}
	if plural == "" || len(validation.IsDNS1035Label(plural)) > 0 {
		ps = append(ps, Problem{Field: []any{"spec", "names", "plural"}, Message: fmt.Sprintf("invalid plural %s", quote(plural)), Expected: "a lower-case resource name: " + expect1035})
	}
	if !kindRE.MatchString(kind) {
		ps = append(ps, Problem{Field: []any{"spec", "names", "kind"}, Message: fmt.Sprintf("invalid kind %s", quote(kind)), Expected: expectKind})
	}
	if s, _ := spec["scope"].(string); s != "Namespaced" && s != "Cluster" {
		ps = append(ps, Problem{Field: []any{"spec", "scope"}, Message: fmt.Sprintf("invalid scope %s", quote(s)), Expected: `"Namespaced" or "Cluster"`})
	}
	if group != "" && plural != "" && name != "" && name != plural+"."+group {
		ps = append(ps, Problem{Field: []any{"metadata", "name"}, Message: fmt.Sprintf("a CustomResourceDefinition is named after its plural and group, not %s", quote(name)),
			Expected: quote(plural + "." + group)})
	}
	return ps
}

// str returns a non-empty string field.
func str(m map[string]any, key string) (string, bool) {
	s, ok := m[key].(string)
	return s, ok && s != ""
}

// missing says how a field that must be a non-empty string is not.
func missing(m map[string]any, field string) string {
	key := field[strings.LastIndex(field, ".")+1:]
	v, set := m[key]
	switch {
	case !set || v == nil:
		return field + " is missing"
	case v == "":
		return field + " is empty"
	default:
		return fmt.Sprintf("%s is %s, not a string", field, typeName(v))
	}
}

// typeName names a JSON value's type, never its content.
func typeName(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case map[string]any:
		return "an object"
	case []any:
		return "a list"
	default:
		return "a number"
	}
}

// quote quotes an identity value for a message, shortened when long.
func quote(s string) string {
	if len(s) > 80 {
		s = s[:77] + "..."
	}
	return strconv.Quote(s)
}

func groupName(group string) string {
	if group == "" {
		return "the core API group (v1)"
	}
	return "API group " + group
}

func apiVersions(group string, versions []string) []string {
	out := make([]string, len(versions))
	for i, v := range versions {
		out[i] = strconv.Quote(schema.GroupVersion{Group: group, Version: v}.String())
	}
	return out
}
