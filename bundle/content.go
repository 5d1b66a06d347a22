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

	"isobar.dev/isobar/internal/kinds"
)

// File is one file of a bundle: a slash-separated relative path and its
// bytes.
type File struct {
	Path string
	Data []byte
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

// contentPolicy is what the objects of a bundle must satisfy: identities
// the API server accepts, and namespaces among the allowed ones. Which
// kinds are cluster-scoped comes from the kinds table of the pinned API
// server, the CustomResourceDefinitions in the bundle, and
// WithClusterScopedKinds.
type contentPolicy struct {
	allowed map[string]bool
	extra   []kinds.Kind
}

func newPolicy(allowedNamespaces []string, extra map[schema.GroupKind]bool) contentPolicy {
	p := contentPolicy{allowed: map[string]bool{}}
	for _, ns := range allowedNamespaces {
		p.allowed[ns] = true
	}
	for gk := range extra {
		p.extra = append(p.extra, kinds.Kind{Group: gk.Group, Kind: gk.Kind})
	}
	return p
}

// parseObjects parses one file into Kubernetes objects: YAML (or JSON), one
// or more documents separated by "---", each a mapping (validateContent
// checks their identities). Empty documents are skipped; a file without any
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
		objs = append(objs, &unstructured.Unstructured{Object: m})
	}
	if len(objs) == 0 {
		return nil, errors.New("contains no Kubernetes object")
	}
	return objs, nil
}

// validateContent parses every file and checks the objects against the
// policy. files must already have safe, unique paths. Errors name the file
// (and object) and are of kind ErrInvalidContent or ErrNamespace.
func validateContent(files []File, p contentPolicy) ([]*unstructured.Unstructured, error) {
	parsed := parseAll(files)
	var objs []map[string]any
	for i, f := range files {
		if parsed[i].err != nil {
			return nil, newError(f.Path, ErrInvalidContent, parsed[i].err)
		}
		for _, u := range parsed[i].objs {
			objs = append(objs, u.Object)
		}
	}
	table := kinds.Builtin().With(p.extra...).WithCRDs(objs)
	var all []*unstructured.Unstructured
	seen := map[objectKey]string{}
	for i, f := range files {
		for _, u := range parsed[i].objs {
			gvk := u.GroupVersionKind()
			gk := gvk.GroupKind()
			key := objectKey{group: gk.Group, kind: gk.Kind, namespace: u.GetNamespace(), name: u.GetName()}
			subject := f.Path + ": " + key.String()
			for _, pr := range table.CheckIdentity(u.Object) {
				kind := ErrInvalidContent
				if kinds.FieldString(pr.Field) == "metadata.namespace" {
					kind = ErrNamespace
				}
				return nil, newError(subject, kind, errors.New(pr.String()))
			}
			namespaced, known := table.Namespaced(gk)
			switch ns := u.GetNamespace(); {
			case known && !namespaced:
				if gk == (schema.GroupKind{Kind: "Namespace"}) && !p.allowed[u.GetName()] {
					return nil, newError(subject, ErrNamespace,
						fmt.Errorf("namespace %q is not among the allowed namespaces %v", u.GetName(), sortedKeys(p.allowed)))
				}
			case ns == "":
				return nil, newError(subject, ErrNamespace,
					errors.New("no metadata.namespace (set it, or declare the kind cluster-scoped with WithClusterScopedKinds)"))
			case !p.allowed[ns]:
				return nil, newError(subject, ErrNamespace,
					fmt.Errorf("namespace %q is not among the allowed namespaces %v", ns, sortedKeys(p.allowed)))
			}
			if prev, dup := seen[key]; dup {
				return nil, newError(subject, ErrInvalidContent, fmt.Errorf("duplicate object (also in %s)", prev))
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
