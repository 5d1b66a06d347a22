package preview

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"k8s.io/apimachinery/pkg/apis/meta/v1/unstructured"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/render"
)

func obj(kind, ns, name string, fields map[string]any) *unstructured.Unstructured {
	o := map[string]any{"apiVersion": "v1", "kind": kind, "metadata": map[string]any{"name": name, "namespace": ns}}
	for k, v := range fields {
		o[k] = v
	}
	return &unstructured.Unstructured{Object: o}
}

func TestDiffObjects(t *testing.T) {
	tests := []struct {
		name          string
		before, after *unstructured.Unstructured
		want          []Field
	}{{
		name:   "leaf change, list element, removed key",
		before: obj("ConfigMap", "a", "c", map[string]any{"data": map[string]any{"k": "1", "gone": "x"}, "list": []any{"p", "q"}}),
		after:  obj("ConfigMap", "a", "c", map[string]any{"data": map[string]any{"k": "2"}, "list": []any{"p", "r"}}),
		want: []Field{
			{Path: "data.gone", Before: `"x"`},
			{Path: "data.k", Before: `"1"`, After: `"2"`},
			{Path: "list[1]", Before: `"q"`, After: `"r"`},
		},
	}, {
		name:   "Secret values are masked",
		before: obj("Secret", "a", "s", map[string]any{"data": map[string]any{"password": "aHVudGVyMg=="}}),
		after:  obj("Secret", "a", "s", map[string]any{"data": map[string]any{"password": "c2VjcmV0"}, "stringData": map[string]any{"token": "t0k3n"}}),
		want: []Field{
			{Path: "data.password", Before: Masked, After: Masked},
			{Path: "stringData.token", After: Masked},
		},
	}, {
		name:   "keys with dots are quoted",
		before: obj("ConfigMap", "a", "c", map[string]any{"metadata": map[string]any{"name": "c", "labels": map[string]any{"app.kubernetes.io/name": "x"}}}),
		after:  obj("ConfigMap", "a", "c", map[string]any{"metadata": map[string]any{"name": "c", "labels": map[string]any{"app.kubernetes.io/name": "y"}}}),
		want:   []Field{{Path: `metadata.labels["app.kubernetes.io/name"]`, Before: `"x"`, After: `"y"`}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := diffObjects(tt.before, tt.after, nil)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			for _, f := range got {
				if strings.Contains(f.Before+f.After, "aHVudGVyMg") || strings.Contains(f.Before+f.After, "t0k3n") {
					t.Errorf("a secret value leaked: %+v", f)
				}
			}
		})
	}
}

// bigReport is a change that creates many objects with long diffs in many
// clusters.
func bigReport(clusters, objects int) *Report {
	base := &planner.Plan{Status: planner.StatusOptimal}
	head := &planner.Plan{Status: planner.StatusOptimal, Totals: planner.Totals{MonthlyCostUSD: 10}}
	br, hr := &render.Result{PlanDigest: "sha256:a"}, &render.Result{PlanDigest: "sha256:b"}
	for c := range clusters {
		bs, hs := &render.ClusterSet{Cluster: fmt.Sprintf("cluster-%02d", c)}, &render.ClusterSet{Cluster: fmt.Sprintf("cluster-%02d", c)}
		for i := range objects {
			name := fmt.Sprintf("cm-%04d", i)
			bs.Objects = append(bs.Objects, obj("ConfigMap", "ns", name, map[string]any{"data": map[string]any{"v": strings.Repeat("a", 200)}}))
			hs.Objects = append(hs.Objects, obj("ConfigMap", "ns", name, map[string]any{"data": map[string]any{"v": strings.Repeat("b", 200)}}))
		}
		br.Clusters, hr.Clusters = append(br.Clusters, bs), append(hr.Clusters, hs)
	}
	return Compare(Side{Revision: "main", Plan: base, Render: br}, Side{Revision: "working tree", Plan: head, Render: hr})
}

func TestMarkdownFitsCommentLimit(t *testing.T) {
	small := bigReport(2, 3).Markdown(0)
	if strings.Contains(small, "[!NOTE]") {
		t.Errorf("a small preview was cut:\n%s", small)
	}
	if !strings.HasPrefix(small, CommentMarker) || !strings.Contains(small, "+     data.v: \"bbbb") {
		t.Errorf("small preview lacks the marker or the field diff:\n%s", small)
	}
	for _, size := range []struct{ clusters, objects int }{{4, 100}, {30, 200}, {200, 50}} {
		md := bigReport(size.clusters, size.objects).Markdown(0)
		if len(md) > CommentLimit {
			t.Errorf("%dx%d: %d characters, more than %d", size.clusters, size.objects, len(md), CommentLimit)
		}
		if !strings.Contains(md, "[!NOTE]") || !strings.Contains(md, "cut to stay within GitHub's 65536-character comment limit") {
			t.Errorf("%dx%d: cut without saying so", size.clusters, size.objects)
		}
		if !strings.Contains(md, "| monthly cost (USD) | 0.00 | 10.00 |") {
			t.Errorf("%dx%d: the summary was cut", size.clusters, size.objects)
		}
	}
}
