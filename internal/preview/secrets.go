package preview

import (
	"encoding/base64"
	"slices"
	"strings"

	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/render"
)

// minSecretLen is the shortest Secret value masked wherever it appears: a
// shorter one would mask ordinary text all over the preview (it is still
// masked in the Secret itself).
const minSecretLen = 4

// redactor masks Secret values wherever they appear in a preview: in the
// Secrets' own fields, in other objects' fields (a copy in an annotation,
// a ConfigMap), in error messages.
type redactor struct {
	// values are the Secrets' values, plaintext and base64, longest first.
	values []string
}

// newRedactor collects the values of every Secret among the renders'
// objects, including Secrets inside lists ("items").
func newRedactor(renders ...*render.Result) *redactor {
	set := map[string]bool{}
	for _, r := range renders {
		if r == nil {
			continue
		}
		for _, c := range r.Clusters {
			for _, o := range c.Objects {
				collectSecrets(o.Object, set)
			}
		}
	}
	r := &redactor{}
	for v := range set {
		r.values = append(r.values, v)
	}
	slices.SortFunc(r.values, func(a, b string) int { return len(b) - len(a) })
	return r
}

// collectSecrets adds the values of every Secret in v, at any depth.
func collectSecrets(v any, set map[string]bool) {
	switch t := v.(type) {
	case map[string]any:
		if isSecret(t) {
			for _, field := range []string{"data", "stringData"} {
				m, _ := t[field].(map[string]any)
				for _, val := range m {
					s, ok := val.(string)
					if !ok || len(s) < minSecretLen {
						continue
					}
					set[s] = true
					if field == "data" {
						if dec, err := base64.StdEncoding.DecodeString(s); err == nil && len(dec) >= minSecretLen {
							set[string(dec)] = true
						}
					}
				}
			}
		}
		for _, e := range t {
			collectSecrets(e, set)
		}
	case []any:
		for _, e := range t {
			collectSecrets(e, set)
		}
	}
}

// isSecret reports whether m is a core Secret.
func isSecret(m map[string]any) bool {
	kind, _ := m["kind"].(string)
	av, _ := m["apiVersion"].(string)
	return kind == "Secret" && (av == "v1" || av == "")
}

// mask replaces every Secret value in s.
func (r *redactor) mask(s string) string {
	if r == nil {
		return s
	}
	for _, v := range r.values {
		if strings.Contains(s, v) {
			s = strings.ReplaceAll(s, v, Masked)
		}
	}
	return s
}

// sensitivePaths lists the flattened paths below a Secret's data or
// stringData in o, the Secret being o itself or nested in it (a List's
// items).
func sensitivePaths(o *unstructured.Unstructured) func(path string) bool {
	var prefixes []string
	var walk func(path string, v any)
	walk = func(path string, v any) {
		switch t := v.(type) {
		case map[string]any:
			if isSecret(t) {
				prefixes = append(prefixes, join(path, "data"), join(path, "stringData"))
			}
			for k, e := range t {
				walk(join(path, k), e)
			}
		case []any:
			for i, e := range t {
				walk(path+"["+itoa(i)+"]", e)
			}
		}
	}
	walk("", o.Object)
	return func(path string) bool {
		for _, p := range prefixes {
			if path == p || strings.HasPrefix(path, p+".") || strings.HasPrefix(path, p+"[") {
				return true
			}
		}
		return false
	}
}
