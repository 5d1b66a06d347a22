package render_test

import (
	"encoding/json"
	"errors"
	"maps"
	"strings"
	"testing"

	"isobar.dev/isobar/internal/kinds"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

// fuzzSecret is a Secret value in the fuzzed intent: no error may quote it.
const fuzzSecret = "fuzz-secret-marker-8d2f"

// FuzzPatch applies random merge patches to rendered objects: render never
// panics, and every object it accepts has a valid identity, a file inside
// its cluster's folder, and passes the policy; what it refuses it refuses
// with Problems that never quote a Secret's value.
func FuzzPatch(f *testing.F) {
	for _, seed := range []string{
		`{"metadata":{"name":null}}`,
		`{"metadata":{"name":"../../x"}}`,
		`{"metadata":{"namespace":"kube-system"}}`,
		`{"metadata":{"namespace":null}}`,
		`{"kind":"ClusterRoleBinding","apiVersion":"rbac.authorization.k8s.io/v1","metadata":{"namespace":null},"roleRef":{"kind":"ClusterRole","name":"cluster-admin"}}`,
		`{"kind":"Secret","apiVersion":"v1","stringData":{"a":"b"}}`,
		`{"kind":"List","items":[{"kind":"Secret","data":{"k":"dg=="}}]}`,
		`{"apiVersion":"apps/v1/x"}`,
		`{"metadata":{"labels":{"a b":"c"},"annotations":{"k":1}}}`,
		`{"metadata":"x"}`,
		`{"spec":null,"metadata":{"generateName":"x-"}}`,
		`{"kind":"Namespace","metadata":{"namespace":null,"name":"kube-public"}}`,
		`{"subjects":[{"kind":"Group","name":"system:masters"}],"kind":"RoleBinding","apiVersion":"rbac.authorization.k8s.io/v1"}`,
	} {
		for target := range uint8(7) {
			f.Add(target, seed)
		}
	}
	inst, err := schema.Load("testdata/clouds")
	if err != nil {
		f.Fatal(err)
	}
	base := inst.Intent
	targets := []string{"Deployment", "Service", "ServiceAccount", "PodDisruptionBudget", "PersistentVolumeClaim", "Secret", "HorizontalPodAutoscaler"}
	f.Fuzz(func(t *testing.T, target uint8, patchJSON string) {
		var p map[string]any
		if err := json.Unmarshal([]byte(patchJSON), &p); err != nil || p == nil {
			return // intent holds objects only
		}
		in := *base
		in.Policy.Allow.SecretData = true
		in.Workloads = maps.Clone(base.Workloads)
		w := in.Workloads["web"]
		w.Objects = append([]map[string]any{{"apiVersion": "v1", "kind": "Secret", "metadata": map[string]any{"name": "web-secrets"},
			"stringData": map[string]any{"token": fuzzSecret}}}, w.Objects...)
		w.Patches = []schema.Patch{patch(targets[int(target)%len(targets)], "", p)}
		in.Workloads["web"] = w

		checkErr := render.Check(&in)
		res, err := render.Render(&in, cloudsPlan(), render.Options{})
		for _, e := range []error{checkErr, err} {
			if e == nil {
				continue
			}
			if strings.Contains(e.Error(), fuzzSecret) {
				t.Fatalf("an error quotes a Secret's value: %v", e)
			}
			var ps render.Problems
			if !errors.As(e, &ps) {
				t.Fatalf("refused without Problems: %v", e)
			}
		}
		if err != nil {
			return
		}
		checkRendered(t, &in, res)
		for _, s := range res.Clusters {
			raw := make([]map[string]any, len(s.Objects))
			for i, o := range s.Objects {
				raw[i] = o.Object
			}
			table := kinds.Builtin().WithCRDs(raw)
			for _, o := range s.Objects {
				if ps := table.CheckIdentity(o.Object); len(ps) > 0 {
					t.Fatalf("%s: accepted %s %s/%s with %v", s.Cluster, o.GetKind(), o.GetNamespace(), o.GetName(), ps)
				}
			}
		}
	})
}
