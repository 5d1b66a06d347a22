// Package crds holds the upstream CustomResourceDefinitions of the
// controllers isobar renders objects for (external-dns's DNSEndpoint,
// k8gb's Gslb, KEDA's ScaledObject), copied verbatim at pinned versions, and installs them into
// a test cluster the way a user installs the controllers' CRDs. SOURCES
// says where each copy comes from; TestCopies checks every copy against
// it.
package crds

import (
	"bufio"
	"bytes"
	"context"
	"embed"
	"fmt"
	"strings"
	"time"

	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"k8s.io/apimachinery/pkg/runtime/schema"
	"k8s.io/apimachinery/pkg/util/wait"
	"k8s.io/client-go/dynamic"
	"k8s.io/client-go/rest"
	"sigs.k8s.io/yaml"
)

//go:embed SOURCES *.yaml
var files embed.FS

// Source is where a copied CRD comes from.
type Source struct {
	// File is the copy's name in this package.
	File string
	// Origin is a Go module path or, for a project the module proxy does
	// not serve, a git repository URL.
	Origin string
	// Version is the module version or git tag.
	Version string
	// Sum is the module zip's sum (h1:…) or the file's git blob id
	// (git:…) at that tag.
	Sum string
	// Path is the file's path in the module or repository.
	Path string
}

// Git reports whether the source is a git repository rather than a Go
// module.
func (s Source) Git() bool { return strings.HasPrefix(s.Sum, "git:") }

// Sources lists the copies and where each comes from.
func Sources() ([]Source, error) {
	b, err := files.ReadFile("SOURCES")
	if err != nil {
		return nil, err
	}
	var out []Source
	sc := bufio.NewScanner(bytes.NewReader(b))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("SOURCES:%d: expected file, origin, version, sum and path, tab-separated", n)
		}
		out = append(out, Source{File: f[0], Origin: f[1], Version: f[2], Sum: f[3], Path: f[4]})
	}
	return out, sc.Err()
}

// Read returns a copy's bytes.
func Read(file string) ([]byte, error) { return files.ReadFile(file) }

// All returns every CRD, decoded.
func All() ([]*unstructured.Unstructured, error) {
	srcs, err := Sources()
	if err != nil {
		return nil, err
	}
	var out []*unstructured.Unstructured
	for _, s := range srcs {
		b, err := Read(s.File)
		if err != nil {
			return nil, err
		}
		u := &unstructured.Unstructured{}
		if err := yaml.Unmarshal(b, &u.Object); err != nil {
			return nil, fmt.Errorf("%s: %w", s.File, err)
		}
		out = append(out, u)
	}
	return out, nil
}

var crdResource = schema.GroupVersionResource{Group: "apiextensions.k8s.io", Version: "v1", Resource: "customresourcedefinitions"}

// Install creates every CRD in the cluster (keeping one that is there
// already) and waits until the API server serves each.
func Install(ctx context.Context, cfg *rest.Config) error {
	dyn, err := dynamic.NewForConfig(cfg)
	if err != nil {
		return err
	}
	all, err := All()
	if err != nil {
		return err
	}
	api := dyn.Resource(crdResource)
	for _, u := range all {
		if _, err := api.Create(ctx, u, metav1.CreateOptions{}); err != nil && !apierrors.IsAlreadyExists(err) {
			return fmt.Errorf("install CRD %s: %w", u.GetName(), err)
		}
	}
	for _, u := range all {
		err := wait.PollUntilContextTimeout(ctx, 100*time.Millisecond, 30*time.Second, true, func(ctx context.Context) (bool, error) {
			got, err := api.Get(ctx, u.GetName(), metav1.GetOptions{})
			if err != nil {
				return false, err
			}
			conds, _, _ := unstructured.NestedSlice(got.Object, "status", "conditions")
			for _, c := range conds {
				if m, _ := c.(map[string]any); m["type"] == "Established" && m["status"] == "True" {
					return true, nil
				}
			}
			return false, nil
		})
		if err != nil {
			return fmt.Errorf("CRD %s not established: %w", u.GetName(), err)
		}
	}
	return nil
}
