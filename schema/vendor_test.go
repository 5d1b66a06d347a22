package schema_test

import (
	"errors"
	"io/fs"
	"maps"
	"path"
	"testing"

	"github.com/google/go-cmp/cmp"

	"isobar.dev/isobar/schema"
)

// vendored returns the schema's files as `isobar init` vendors them.
func vendored(t *testing.T) map[string]string {
	t.Helper()
	files := map[string]string{}
	err := fs.WalkDir(schema.Files(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(schema.Files(), p)
		files[path.Join(schema.VendorDir, p)] = string(b)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

const intentWithImports = `package intent

import (
	"isobar.dev/schema"
	corev1 "k8s.io/api/core/v1"
)

#Intent: schema.#Intent
workloads: settings: {
	team:  "web"
	image: "ghcr.io/acme/settings:1.0"
	resources: {cpu: 1, memory: "1Gi"}
	objects: [corev1.#ConfigMap & {metadata: name: "settings"}]
}
`

// Packages vendored under cue.mod (pkg, gen, usr) are imported, the
// schema whether vendored or not.
func TestVendoredPackages(t *testing.T) {
	k8s := map[string]string{
		"cue.mod/gen/k8s.io/api/core/v1/types.cue": "package v1\n\n#ConfigMap: {apiVersion: \"v1\", kind: \"ConfigMap\", metadata: name: string, data?: [string]: string}\n",
	}
	for _, tt := range []struct {
		name  string
		files map[string]string
	}{
		{"schema vendored", vendored(t)},
		{"schema supplied", map[string]string{}},
		{"schema in usr", map[string]string{"cue.mod/usr/isobar.dev/schema/extra.cue": "package schema\n\n#Extra: int\n"}},
	} {
		t.Run(tt.name, func(t *testing.T) {
			files := withBase(map[string]string{"intent.cue": intentWithImports, "cue.mod/module.cue": module})
			maps.Copy(files, k8s)
			maps.Copy(files, tt.files)
			dir := writeFiles(t, files)
			in, err := schema.Load(dir)
			if err != nil {
				t.Fatal(err)
			}
			if got := in.Intent.Workloads["settings"].Objects[0]["kind"]; got != "ConfigMap" {
				t.Errorf("object kind %v", got)
			}
		})
	}

	// A mistake in a vendored package is reported there.
	files := map[string]string{"base.cue": base, "intent.cue": intentWithImports, "cue.mod/module.cue": module,
		"cue.mod/gen/k8s.io/api/core/v1/types.cue": "package v1\n\n#ConfigMap: {\n"}
	dir := writeFiles(t, files)
	_, err := schema.Load(dir)
	var ds schema.Diagnostics
	if !errors.As(err, &ds) || len(ds) != 1 || ds[0].String() != "cue.mod/gen/k8s.io/api/core/v1/types.cue:3:15: import failed: expected '}', found 'EOF' (see also intent.cue:5:2)" {
		t.Errorf("got %v", err)
	}

	// A module file that declares a dependency of its own keeps it, and
	// is told it is not fetched.
	files = map[string]string{"base.cue": base, "intent.cue": "package intent\n\nimport \"example.org/lib\"\n\nx: lib.y\n",
		"cue.mod/module.cue": module + "deps: \"example.org@v0\": v: \"v0.1.0\"\n"}
	dir = writeFiles(t, files)
	_, err = schema.Load(dir)
	if !errors.As(err, &ds) {
		t.Fatalf("got %v", err)
	}
	want := []string{`intent.cue:3:8: import failed: cannot find package "example.org/lib": cannot fetch example.org@v0.1.0: module example.org@v0 is not vendored: vendor it under cue.mod/pkg (modules are not fetched)`}
	var got []string
	for _, d := range ds {
		got = append(got, d.String())
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
