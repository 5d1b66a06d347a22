package render

import (
	"fmt"
	"slices"
	"strings"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
	"sigs.k8s.io/yaml"

	"isobar.dev/isobar/internal/outdir"
)

// ClusterScopedDir is the folder of a cluster's cluster-scoped objects.
const ClusterScopedDir = "_cluster"

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
	// Concatenated, not joined: path.Join would clean away a ".." in a
	// name, where the writers refuse it.
	return dir + "/" + kind + "-" + o.GetName() + ".yaml"
}

// Encode writes an object as YAML with sorted keys.
func Encode(o *unstructured.Unstructured) ([]byte, error) {
	b, err := yaml.Marshal(o.Object)
	if err != nil {
		return nil, fmt.Errorf("%s %s: encode: %w", o.GetKind(), o.GetName(), err)
	}
	return b, nil
}

// WriteDir writes every cluster's files under dir/<cluster>/ (a cluster
// that runs nothing gets an empty folder), through internal/outdir: the
// complete new tree is written beside dir and swapped in, so dir is never
// half written and files of objects no longer rendered disappear. An
// existing dir is replaced only when it is empty or holds exactly what a
// previous render or pull wrote there (its .isobar-output marker lists it);
// anything else is refused, as are the current folder and the folders
// above it, and the folders in intent (the intent's folder, its
// repository) and those above them.
func (r *Result) WriteDir(dir string, intent ...string) error {
	var files []outdir.File
	dirs := make([]string, 0, len(r.Clusters))
	for _, s := range r.Clusters {
		fs, err := s.Files()
		if err != nil {
			return err
		}
		dirs = append(dirs, s.Cluster)
		for _, f := range fs {
			p := s.Cluster + "/" + f.Path
			if err := outdir.CheckPath(p); err != nil {
				return fmt.Errorf("cluster %s: %w", s.Cluster, err)
			}
			files = append(files, outdir.File{Path: p, Data: f.Data})
		}
	}
	protected := make([]outdir.Protected, 0, len(intent))
	for _, p := range intent {
		protected = append(protected, outdir.Protected{Path: p, What: "a folder of the intent"})
	}
	return outdir.Write(dir, files, outdir.Options{Writer: "isobar render", Dirs: dirs, Protected: protected})
}
