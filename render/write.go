package render

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"sigs.k8s.io/yaml"
)

// ClusterScopedDir is the folder of a cluster's cluster-scoped objects.
const ClusterScopedDir = "_cluster"

// marker marks a folder as render output, which WriteDir may replace.
const marker = ".isobar-render"

// File is one rendered object as YAML, at its path within the cluster's
// folder: "<namespace>/<kind>[.<group>]-<name>.yaml", or under
// "_cluster/" for cluster-scoped objects.
type File struct {
	Path string
	Data []byte
}

// Files encodes the set's objects, one file each, sorted by path.
func (s *ClusterSet) Files() ([]File, error) {
	files := make([]File, 0, len(s.Objects))
	for _, o := range s.Objects {
		b, err := Encode(o)
		if err != nil {
			return nil, err
		}
		files = append(files, File{Path: FilePath(o), Data: b})
	}
	// Objects are sorted by (namespace, kind, group, name); paths sort
	// almost the same way (lower case, "_cluster"), so sort by path.
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	return files, nil
}

// FilePath is where an object's file goes within its cluster's folder.
func FilePath(o *unstructured.Unstructured) string {
	dir := o.GetNamespace()
	if dir == "" {
		dir = ClusterScopedDir
	}
	kind := strings.ToLower(o.GetKind())
	if g := o.GroupVersionKind().Group; g != "" {
		kind += "." + g
	}
	return path.Join(dir, kind+"-"+o.GetName()+".yaml")
}

// Encode writes an object as YAML with sorted keys.
func Encode(o *unstructured.Unstructured) ([]byte, error) {
	b, err := yaml.Marshal(o.Object)
	if err != nil {
		return nil, fmt.Errorf("%s %s: encode: %w", o.GetKind(), o.GetName(), err)
	}
	return b, nil
}

// WriteDir writes every cluster's files under dir/<cluster>/. It writes a
// complete new tree beside dir and swaps it in, so dir is never half
// written and files of objects no longer rendered disappear. An existing
// dir is replaced only if a previous WriteDir made it (or it is empty):
// render output never overwrites anything else.
func (r *Result) WriteDir(dir string) error {
	dir = filepath.Clean(dir)
	if err := replaceable(dir); err != nil {
		return err
	}
	parent := filepath.Dir(dir)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return err
	}
	tmp, err := os.MkdirTemp(parent, "."+filepath.Base(dir)+".tmp-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	if err := os.WriteFile(filepath.Join(tmp, marker), []byte(r.PlanDigest+"\n"), 0o644); err != nil {
		return err
	}
	for _, s := range r.Clusters {
		files, err := s.Files()
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Join(tmp, s.Cluster), 0o755); err != nil {
			return err
		}
		for _, f := range files {
			p := filepath.Join(tmp, s.Cluster, filepath.FromSlash(f.Path))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(p, f.Data, 0o644); err != nil {
				return err
			}
		}
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return err
	}
	old := tmp + ".old"
	if _, err := os.Stat(dir); err == nil {
		if err := os.Rename(dir, old); err != nil {
			return err
		}
		defer os.RemoveAll(old)
	}
	if err := os.Rename(tmp, dir); err != nil {
		_ = os.Rename(old, dir)
		return err
	}
	return nil
}

// replaceable reports whether dir may be replaced by render output.
func replaceable(dir string) error {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) || (err == nil && len(entries) == 0) {
		return nil
	}
	if err != nil {
		return err
	}
	if _, err := os.Stat(filepath.Join(dir, marker)); err != nil {
		return fmt.Errorf("%s exists and was not written by isobar render: choose an empty or new folder", dir)
	}
	return nil
}
