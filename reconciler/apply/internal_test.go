package apply

import (
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"testing"

	corev1 "k8s.io/api/core/v1"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"
)

func testInventory(n int) *inventory {
	inv := &inventory{phase: PhasePending, revision: "abc", digest: "sha256:d", planDigest: "sha256:p", entries: map[key]entry{}}
	for i := range n {
		en := entry{Group: "apps", Version: "v1", Kind: "Deployment", Namespace: fmt.Sprintf("ns-%d", i%7), Name: fmt.Sprintf("web-%05d", i),
			Hash: fmt.Sprintf("%032x", i), ResourceVersion: fmt.Sprint(1000 + i), Generation: int64(i % 5), Ready: i%2 == 0, Adopted: i%11 == 0}
		inv.entries[en.ref().key()] = en
	}
	return inv
}

func TestInventoryRoundTrip(t *testing.T) {
	for _, n := range []int{0, 3, 10000} {
		inv := testInventory(n)
		data, err := inv.encode()
		if err != nil {
			t.Fatal(err)
		}
		_, plain := data[keyEntries]
		_, zipped := data[keyEntriesGzip]
		if plain == zipped || zipped != (n == 10000) {
			t.Errorf("%d entries: plain %v, gzip %v", n, plain, zipped)
		}
		size := 0
		for _, v := range data {
			size += len(v)
		}
		if size > 1<<20 {
			t.Errorf("%d entries take %d bytes, more than a Secret holds", n, size)
		}
		got, err := decodeInventory(&corev1.Secret{Data: data})
		if err != nil {
			t.Fatal(err)
		}
		if !got.sameContent(inv) || got.revision != inv.revision || got.digest != inv.digest || got.planDigest != inv.planDigest {
			t.Errorf("%d entries: round trip changed the record", n)
		}
		t.Logf("%d entries: %d bytes", n, size)
	}
	data, _ := testInventory(2).encode()
	lines := strings.Split(strings.TrimSpace(string(data[keyEntries])), "\n")
	if len(lines) != 2 || lines[0] != `{"g":"apps","v":"v1","k":"Deployment","ns":"ns-0","n":"web-00000","h":"00000000000000000000000000000000","rv":"1000","ready":true,"adopted":true}` {
		t.Errorf("entries:\n%s", data[keyEntries])
	}
	for _, bad := range []map[string][]byte{
		{keyFormat: []byte("v0")},
		{keyFormat: []byte(inventoryFormat), keyPhase: []byte("Done")},
		{keyFormat: []byte(inventoryFormat), keyPhase: []byte("Applied"), keyEntries: []byte(`{"k":"ConfigMap"}`)},
	} {
		if _, err := decodeInventory(&corev1.Secret{Data: bad}); err == nil {
			t.Errorf("decoded %q", bad)
		}
	}
}

func TestGuard(t *testing.T) {
	for _, c := range []struct {
		total, prune int
		fraction     float64
		allow        bool
		refuse       bool
	}{
		{0, 0, 0.5, false, false},
		{10, 0, 0.5, false, false},
		{10, 5, 0.5, false, false},
		{10, 6, 0.5, false, true},
		{2, 1, 0.5, false, false},
		{1, 1, 0.5, false, true},   // everything
		{10, 10, 1, false, true},   // everything, whatever the fraction
		{10, 10, 0.5, true, false}, // allowed
		{10, 2, 0.1, false, true},
	} {
		e := &Engine{opts: Options{MaxPruneFraction: c.fraction, AllowMassDeletion: c.allow, InventoryNamespace: "ns", InventoryName: "inv"}}
		inv := testInventory(c.total)
		cands := slices.Collect(maps.Values(inv.entries))[:c.prune]
		err := e.guard(inv, cands)
		if (err != nil) != c.refuse || (err != nil && !errors.Is(err, ErrMassDeletion)) {
			t.Errorf("%+v: %v", c, err)
		}
	}
}

func TestPrepare(t *testing.T) {
	e := &Engine{opts: DefaultOptions()}
	u := &unstructured.Unstructured{Object: map[string]any{
		"apiVersion": "v1", "kind": "ConfigMap",
		"metadata": map[string]any{"name": "a", "namespace": "n", "resourceVersion": "5", "uid": "x", "labels": map[string]any{"l": "v"}},
		"data":     map[string]any{"k": "v"},
	}}
	before := u.DeepCopy()
	objs, _, err := e.prepare(Desired{Objects: []*unstructured.Unstructured{u}})
	if err != nil {
		t.Fatal(err)
	}
	if !equalObjects(u, before) {
		t.Error("prepare modified its input")
	}
	o := objs[0]
	if o.obj.GetLabels()[OwnerLabel] != "isobar-inventory" || o.obj.GetResourceVersion() != "" || o.obj.GetUID() != "" {
		t.Errorf("prepared %v", o.obj.Object)
	}
	again, _, _ := e.prepare(Desired{Objects: []*unstructured.Unstructured{before}})
	if again[0].hash != o.hash {
		t.Error("hash not stable")
	}
	_ = unstructured.SetNestedField(before.Object, "w", "data", "k")
	changed, _, _ := e.prepare(Desired{Objects: []*unstructured.Unstructured{before}})
	if changed[0].hash == o.hash {
		t.Error("hash ignores data")
	}
}

func equalObjects(a, b *unstructured.Unstructured) bool {
	ja, _ := a.MarshalJSON()
	jb, _ := b.MarshalJSON()
	return string(ja) == string(jb)
}

func TestChangedFields(t *testing.T) {
	live := &unstructured.Unstructured{Object: map[string]any{
		"metadata": map[string]any{"name": "a", "resourceVersion": "1", "labels": map[string]any{"x": "1"}},
		"spec":     map[string]any{"replicas": int64(5), "template": map[string]any{"a": []any{"b"}}},
		"status":   map[string]any{"ready": false},
	}}
	merged := &unstructured.Unstructured{Object: map[string]any{
		"metadata": map[string]any{"name": "a", "resourceVersion": "2", "labels": map[string]any{"x": "2"}},
		"spec":     map[string]any{"replicas": int64(2), "template": map[string]any{"a": []any{"b"}}, "paused": true},
		"status":   map[string]any{"ready": true},
	}}
	got := changedFields(live, merged)
	if want := []string{"metadata.labels.x", "spec.paused", "spec.replicas"}; !slices.Equal(got, want) {
		t.Errorf("changedFields = %v, want %v", got, want)
	}
}
