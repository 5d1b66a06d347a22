package bundle

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	utiljson "k8s.io/apimachinery/pkg/util/json"
	utilyaml "k8s.io/apimachinery/pkg/util/yaml"
	"sigs.k8s.io/yaml"
)

// File is one file of a bundle: a slash-separated relative path and its
// bytes.
type File struct {
	Path string
	Data []byte
}

// ClusterScoped lists Kubernetes' built-in cluster-scoped kinds. Objects of
// these kinds need no namespace (a Namespace object's own name must be an
// allowed namespace); objects of every other kind must name an allowed
// namespace. Add CRD kinds with WithClusterScopedKinds.
var ClusterScoped = []schema.GroupKind{
	{Group: "", Kind: "Namespace"},
	{Group: "", Kind: "Node"},
	{Group: "", Kind: "PersistentVolume"},
	{Group: "", Kind: "ComponentStatus"},
	{Group: "admissionregistration.k8s.io", Kind: "MutatingAdmissionPolicy"},
	{Group: "admissionregistration.k8s.io", Kind: "MutatingAdmissionPolicyBinding"},
	{Group: "admissionregistration.k8s.io", Kind: "MutatingWebhookConfiguration"},
	{Group: "admissionregistration.k8s.io", Kind: "ValidatingAdmissionPolicy"},
	{Group: "admissionregistration.k8s.io", Kind: "ValidatingAdmissionPolicyBinding"},
	{Group: "admissionregistration.k8s.io", Kind: "ValidatingWebhookConfiguration"},
	{Group: "apiextensions.k8s.io", Kind: "CustomResourceDefinition"},
	{Group: "apiregistration.k8s.io", Kind: "APIService"},
	{Group: "certificates.k8s.io", Kind: "CertificateSigningRequest"},
	{Group: "certificates.k8s.io", Kind: "ClusterTrustBundle"},
	{Group: "flowcontrol.apiserver.k8s.io", Kind: "FlowSchema"},
	{Group: "flowcontrol.apiserver.k8s.io", Kind: "PriorityLevelConfiguration"},
	{Group: "networking.k8s.io", Kind: "IngressClass"},
	{Group: "networking.k8s.io", Kind: "IPAddress"},
	{Group: "networking.k8s.io", Kind: "ServiceCIDR"},
	{Group: "node.k8s.io", Kind: "RuntimeClass"},
	{Group: "rbac.authorization.k8s.io", Kind: "ClusterRole"},
	{Group: "rbac.authorization.k8s.io", Kind: "ClusterRoleBinding"},
	{Group: "resource.k8s.io", Kind: "DeviceClass"},
	{Group: "resource.k8s.io", Kind: "ResourceSlice"},
	{Group: "scheduling.k8s.io", Kind: "PriorityClass"},
	{Group: "storage.k8s.io", Kind: "CSIDriver"},
	{Group: "storage.k8s.io", Kind: "CSINode"},
	{Group: "storage.k8s.io", Kind: "StorageClass"},
	{Group: "storage.k8s.io", Kind: "VolumeAttachment"},
	{Group: "storage.k8s.io", Kind: "VolumeAttributesClass"},
}

// yamlExtensions are the file name extensions a bundle may contain.
var yamlExtensions = []string{".yaml", ".yml", ".json"}

// cleanPath checks that p is a safe, canonical, relative, slash-separated
// path to a file: no leading "/", no "." or ".." elements, no backslash, no
// NUL, nothing filepath.IsLocal rejects (e.g. reserved Windows names). A
// leading "./" (as tar writes it) is dropped first.
func cleanPath(p string) (string, error) {
	q := strings.TrimPrefix(p, "./")
	switch {
	case q == "" || q == ".":
		return "", fmt.Errorf("empty path %q", p)
	case strings.HasPrefix(q, "/"):
		return "", fmt.Errorf("absolute path %q", p)
	case strings.ContainsAny(q, "\\\x00"):
		return "", fmt.Errorf("path %q contains a backslash or NUL", p)
	case slices.Contains(strings.Split(q, "/"), ".."):
		return "", fmt.Errorf("path %q contains \"..\"", p)
	case path.Clean(q) != q:
		return "", fmt.Errorf("path %q is not canonical (want %q)", p, path.Clean(q))
	case !filepath.IsLocal(filepath.FromSlash(q)):
		return "", fmt.Errorf("path %q is not local", p)
	}
	return q, nil
}

// checkTree refuses a set of file paths where one file's path is another's
// directory (they could not both be written out).
func checkTree(paths map[string]bool) error {
	for p := range paths {
		for d := path.Dir(p); d != "."; d = path.Dir(d) {
			if paths[d] {
				return fmt.Errorf("%q is both a file and the directory of %q", d, p)
			}
		}
	}
	return nil
}

// objectKey identifies an object for duplicate detection: the same object in
// two API versions is still the same object.
type objectKey struct {
	group, kind, namespace, name string
}

func (k objectKey) String() string {
	gk := k.kind
	if k.group != "" {
		gk += "." + k.group
	}
	if k.namespace != "" {
		return gk + " " + k.namespace + "/" + k.name
	}
	return gk + " " + k.name
}

// contentPolicy is what the objects of a bundle must satisfy.
type contentPolicy struct {
	allowed       map[string]bool
	clusterScoped map[schema.GroupKind]bool
}

func newPolicy(allowedNamespaces []string, extra map[schema.GroupKind]bool) contentPolicy {
	p := contentPolicy{allowed: map[string]bool{}, clusterScoped: map[schema.GroupKind]bool{}}
	for _, ns := range allowedNamespaces {
		p.allowed[ns] = true
	}
	for _, gk := range ClusterScoped {
		p.clusterScoped[gk] = true
	}
	for gk := range extra {
		p.clusterScoped[gk] = true
	}
	return p
}

// parseObjects parses one file into Kubernetes objects: YAML (or JSON), one
// or more documents separated by "---", each a mapping with apiVersion,
// kind and metadata.name. Empty documents are skipped; a file without any
// object is refused. Duplicate mapping keys are refused (they make the
// content ambiguous).
func parseObjects(file string, data []byte) ([]*unstructured.Unstructured, error) {
	if !slices.Contains(yamlExtensions, strings.ToLower(path.Ext(file))) {
		return nil, fmt.Errorf("not a YAML file (want one of %s)", strings.Join(yamlExtensions, ", "))
	}
	r := utilyaml.NewYAMLReader(bufio.NewReader(bytes.NewReader(data)))
	var objs []*unstructured.Unstructured
	for doc := 1; ; doc++ {
		raw, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("document %d: %w", doc, err)
		}
		j, err := yaml.YAMLToJSONStrict(raw)
		if err != nil {
			return nil, fmt.Errorf("document %d: not YAML: %w", doc, err)
		}
		if t := bytes.TrimSpace(j); len(t) == 0 || string(t) == "null" {
			continue
		}
		var v any
		if err := utiljson.Unmarshal(j, &v); err != nil {
			return nil, fmt.Errorf("document %d: %w", doc, err)
		}
		m, ok := v.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("document %d: a %T, not a Kubernetes object", doc, v)
		}
		u := &unstructured.Unstructured{Object: m}
		if err := checkObject(u); err != nil {
			return nil, fmt.Errorf("document %d: %w", doc, err)
		}
		objs = append(objs, u)
	}
	if len(objs) == 0 {
		return nil, errors.New("contains no Kubernetes object")
	}
	return objs, nil
}

// checkObject checks the fields every object needs, with the right types.
func checkObject(u *unstructured.Unstructured) error {
	for _, f := range []string{"apiVersion", "kind"} {
		s, ok := u.Object[f].(string)
		if !ok || s == "" {
			return fmt.Errorf("missing or non-string %s", f)
		}
	}
	if _, err := schema.ParseGroupVersion(u.GetAPIVersion()); err != nil {
		return fmt.Errorf("apiVersion: %w", err)
	}
	md, ok := u.Object["metadata"].(map[string]any)
	if !ok {
		return fmt.Errorf("%s: missing metadata", u.GetKind())
	}
	if s, ok := md["name"].(string); !ok || s == "" {
		return fmt.Errorf("%s: missing or non-string metadata.name", u.GetKind())
	}
	if ns, found := md["namespace"]; found {
		if _, ok := ns.(string); !ok {
			return fmt.Errorf("%s %s: non-string metadata.namespace", u.GetKind(), u.GetName())
		}
	}
	return nil
}

// validateContent parses every file and checks the objects against the
// policy. files must already have safe, unique paths. Errors name the file
// (and object) and are of kind ErrInvalidContent or ErrNamespace.
func validateContent(files []File, p contentPolicy) ([]*unstructured.Unstructured, error) {
	parsed := parseAll(files)
	var all []*unstructured.Unstructured
	seen := map[objectKey]string{}
	for i, f := range files {
		objs, err := parsed[i].objs, parsed[i].err
		if err != nil {
			return nil, newError(f.Path, ErrInvalidContent, err)
		}
		for _, u := range objs {
			gvk := u.GroupVersionKind()
			gk := gvk.GroupKind()
			key := objectKey{group: gk.Group, kind: gk.Kind, namespace: u.GetNamespace(), name: u.GetName()}
			if p.clusterScoped[gk] {
				if gk == (schema.GroupKind{Kind: "Namespace"}) && !p.allowed[u.GetName()] {
					return nil, newError(f.Path+": "+key.String(), ErrNamespace,
						fmt.Errorf("namespace %q is not among the allowed namespaces %v", u.GetName(), sortedKeys(p.allowed)))
				}
			} else {
				switch ns := u.GetNamespace(); {
				case ns == "":
					return nil, newError(f.Path+": "+key.String(), ErrNamespace,
						errors.New("no metadata.namespace (set it, or declare the kind cluster-scoped with WithClusterScopedKinds)"))
				case !p.allowed[ns]:
					return nil, newError(f.Path+": "+key.String(), ErrNamespace,
						fmt.Errorf("namespace %q is not among the allowed namespaces %v", ns, sortedKeys(p.allowed)))
				}
			}
			if prev, dup := seen[key]; dup {
				return nil, newError(f.Path+": "+key.String(), ErrInvalidContent,
					fmt.Errorf("duplicate object (also in %s)", prev))
			}
			seen[key] = f.Path
			all = append(all, u)
		}
	}
	return all, nil
}

type parseResult struct {
	objs []*unstructured.Unstructured
	err  error
}

// parseAll parses the files on every CPU; results are in file order, so
// errors do not depend on scheduling.
func parseAll(files []File) []parseResult {
	out := make([]parseResult, len(files))
	workers := min(runtime.GOMAXPROCS(0), len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(files) {
					return
				}
				out[i].objs, out[i].err = parseObjects(files[i].Path, files[i].Data)
			}
		})
	}
	wg.Wait()
	return out
}

func sortedKeys(m map[string]bool) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
