package schema

import (
	"testing"
	"testing/fstest"
)

// The view and the overlay are fs.FS as fstest expects: its files in memory, its
// hidden folders and its mounts agree between Open, ReadDir, ReadFile and
// Stat.
func TestOverlayFS(t *testing.T) {
	repo := fstest.MapFS{
		"shop/intent.cue":                           {Data: []byte("package intent\n")},
		"shop/cue.mod/module.cue":                   {Data: []byte("module: \"example.com/shop@v0\"\n")},
		"shop/cue.mod/pkg/k8s.io/api/core/v1/a.cue": {Data: []byte("package v1\n")},
		"shop/cue.mod/usr/k8s.io/api/core/v1/b.cue": {Data: []byte("package v1\n")},
	}
	v := newView(t.Context(), repo, func(p string) string { return p })
	if err := fstest.TestFS(v, "shop/intent.cue", "shop/cue.mod/pkg/k8s.io/api/core/v1/a.cue"); err != nil {
		t.Fatalf("view: %v", err)
	}
	o := newOverlay(v)
	o.hidden = []string{"shop/cue.mod/pkg", "shop/cue.mod/usr"}
	o.mount(".isobar-modules/k8s.io", "shop/cue.mod/usr/k8s.io", "shop/cue.mod/pkg/k8s.io")
	o.add(".isobar-modules/k8s.io/cue.mod/module.cue", "module: \"k8s.io@v0\"\n")
	o.add("shop/cue.mod/module.cue", "module: \"example.com/shop@v0\"\ndeps: {}\n")
	err := fstest.TestFS(o, "shop/intent.cue", "shop/cue.mod/module.cue",
		".isobar-modules/k8s.io/cue.mod/module.cue", ".isobar-modules/k8s.io/api/core/v1/a.cue", ".isobar-modules/k8s.io/api/core/v1/b.cue")
	if err != nil {
		t.Fatal(err)
	}
	for _, hidden := range []string{"shop/cue.mod/pkg", "shop/cue.mod/usr/k8s.io/api/core/v1/b.cue"} {
		if _, err := o.Stat(hidden); err == nil {
			t.Errorf("%s is visible", hidden)
		}
	}
	if p, mounted := o.real(".isobar-modules/k8s.io/api/core/v1/a.cue"); !mounted || p != "shop/cue.mod/pkg/k8s.io/api/core/v1/a.cue" {
		t.Errorf("real: %s, %v", p, mounted)
	}
}
