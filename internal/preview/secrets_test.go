package preview

import (
	"bytes"
	"strings"
	"testing"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

// secretValues are the values the tests' Secrets hold; no output may show
// one.
var secretValues = []string{"hunter2-before", "aHVudGVyMi1iZWZvcmU=", "hunter2-after", "aHVudGVyMi1hZnRlcg==", "t0k3n-in-a-list", "dDBrM24taW4tYS1saXN0"}

func side(rev string, objs ...*unstructured.Unstructured) Side {
	return Side{
		Revision: rev, Plan: &planner.Plan{Status: planner.StatusOptimal},
		Render: &render.Result{PlanDigest: "sha256:" + rev, Clusters: []*render.ClusterSet{{Cluster: "eu", Objects: objs}}},
		Intent: &schema.Intent{Policy: schema.Policy{Allow: schema.PolicyAllow{SecretData: true}}},
	}
}

// TestSecretsMasked: Secret values are masked wherever they appear in a
// preview (text, JSON, markdown): the Secret's own data and stringData,
// Secrets inside a List's items, copies of a value in other objects, and
// error messages of the live comparison.
func TestSecretsMasked(t *testing.T) {
	list := func(v string) *unstructured.Unstructured {
		return obj("List", "web", "l", map[string]any{"items": []any{
			map[string]any{"apiVersion": "v1", "kind": "Secret", "metadata": map[string]any{"name": "inner"}, "data": map[string]any{"k": v}},
		}})
	}
	base := side("main",
		obj("Secret", "web", "db", map[string]any{"data": map[string]any{"password": "aHVudGVyMi1iZWZvcmU="}}),
		obj("ConfigMap", "web", "notes", map[string]any{"data": map[string]any{"copy": "was hunter2-before"}}),
		list("c2hvcnQ="),
	)
	head := side("head",
		obj("Secret", "web", "db", map[string]any{"data": map[string]any{"password": "aHVudGVyMi1hZnRlcg=="}, "stringData": map[string]any{"extra": "hunter2-after"}}),
		obj("ConfigMap", "web", "notes", map[string]any{"data": map[string]any{"copy": "now hunter2-after"},
			"metadata": map[string]any{"name": "notes", "namespace": "web", "annotations": map[string]any{"last": `{"data":{"password":"aHVudGVyMi1hZnRlcg=="}}`}}}),
		list("dDBrM24taW4tYS1saXN0"),
	)
	r := Compare(base, head)
	r.AddLive(Live{Cluster: "eu", Error: `Secret "db" is invalid: stringData[extra]: value hunter2-after rejected`})

	var text, js bytes.Buffer
	r.Text(&text, false)
	if err := r.JSON(&js); err != nil {
		t.Fatal(err)
	}
	md := r.Markdown(0)
	for name, out := range map[string]string{"text": text.String(), "json": js.String(), "markdown": md} {
		for _, v := range secretValues {
			if strings.Contains(out, v) {
				t.Errorf("%s shows the Secret value %q:\n%s", name, v, out)
			}
		}
	}
	for _, want := range []string{
		"data.password: (sensitive value)",
		"stringData.extra: (none) → (sensitive value)",
		`data.copy: "was (sensitive value)" → "now (sensitive value)"`,
		"items[0].data.k: (sensitive value)",
		"not compared: Secret \"db\" is invalid: stringData[extra]: value (sensitive value) rejected",
	} {
		if !strings.Contains(text.String(), want) {
			t.Errorf("text lacks %q:\n%s", want, text.String())
		}
	}
	if !strings.Contains(text.String(), `metadata.annotations.last: (none) → "{\"data\":{\"password\":\"(sensitive value)\"}}"`) {
		t.Errorf("a copy in an annotation is not masked:\n%s", text.String())
	}
}

// TestExceptionsFlagged: an object only policy.allow admits is listed, in
// every form, with the allowance that admits it.
func TestExceptionsFlagged(t *testing.T) {
	head := side("head", obj("Secret", "web", "db", map[string]any{"stringData": map[string]any{"password": "hunter2-after"}}))
	r := Compare(side("main"), head)
	want := "policy.allow.secretData admits Secret web/db in eu: plaintext Secret values in stringData (keys password)"
	if len(r.Exceptions) != 1 || r.Exceptions[0].String() != want {
		t.Fatalf("exceptions %v, want %q", r.Exceptions, want)
	}
	var text, js bytes.Buffer
	r.Text(&text, false)
	_ = r.JSON(&js)
	if !strings.Contains(text.String(), "⚠ "+want) || !strings.Contains(r.Markdown(0), "- ⚠️ "+want) || !strings.Contains(js.String(), `"allowance": "policy.allow.secretData"`) {
		t.Errorf("an exception is not flagged:\n%s\n%s\n%s", text.String(), r.Markdown(0), js.String())
	}
	head.Intent.Policy.Allow.SecretData = false // as if the render came from elsewhere
	if r := Compare(side("main"), head); len(r.Exceptions) != 0 {
		t.Errorf("exceptions without an allowance: %v", r.Exceptions)
	}
}
