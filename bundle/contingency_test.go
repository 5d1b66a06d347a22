package bundle

import (
	"errors"
	"maps"
	"math"
	"slices"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-containerregistry/pkg/crane"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/render"
	"isobar.dev/isobar/schema"
)

// TestPublishContingency publishes the contingency bundles of
// examples/three-clouds to an in-process registry: for each failure domain
// exactly the clusters that absorb its load get a bundle, under
// <cluster>-<revision>-without-<domain>, and each verifies with the
// signing key and holds the failover plan's objects.
func TestPublishContingency(t *testing.T) {
	ctx := ctxT(t)
	a, b := twoKeys(t)
	inst, err := schema.Load("../examples/three-clouds")
	if err != nil {
		t.Fatal(err)
	}
	in := inst.Intent
	cat, err := providers.Builtin()
	if err != nil {
		t.Fatal(err)
	}
	plan, err := planner.Solve(ctx, in, cat, planner.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if plan.Contingency, err = planner.Contingencies(ctx, in, cat, plan, planner.Options{}); err != nil {
		t.Fatal(err)
	}
	normal, err := render.Render(in, plan, render.Options{})
	if err != nil {
		t.Fatal(err)
	}
	tr := newTestRegistry(t)
	repo := tr.repo("fleet")
	src := Source{Repository: "https://git.example/fleet", Revision: testMetadata().Revision, Time: created}
	opts := PublishOptions{Registry: []Option{WithInsecure()}, Policy: in.Policy}
	published := 0
	for _, f := range plan.Contingency.Failures {
		t.Run(f.Domain, func(t *testing.T) {
			// The clusters that absorb replicas, and the surviving
			// clusters holding the DNS records, which send users
			// elsewhere when anything ran in the failed domain.
			absorbing := map[string]bool{}
			for _, m := range f.Moves {
				for _, to := range m.To {
					absorbing[to.Cluster] = true
				}
			}
			if f.Status != planner.FailureUnaffected && normal.Traffic != nil {
				for _, h := range normal.Traffic.Hosts {
					for _, c := range h.DNSClusters {
						if !slices.Contains(f.Clusters, c) {
							absorbing[c] = true
						}
					}
				}
			}
			var got []ContingencyPublished
			if f.Status != planner.FailureUnaffected {
				fp, err := plan.Failover(f.Domain)
				if err != nil {
					t.Fatal(err)
				}
				failover, err := render.Render(in, fp, render.Options{})
				if err != nil {
					t.Fatal(err)
				}
				if got, err = PublishContingency(ctx, ContingencyFor(f), normal, failover, src, repo, a.key, opts); err != nil {
					t.Fatal(err)
				}
			}
			var clusters []string
			for _, p := range got {
				clusters = append(clusters, p.Cluster)
				wantTag := repo + ":" + p.Cluster + "-" + src.Revision + "-without-" + f.Domain
				if p.Tag != wantTag || p.Without != f.Domain {
					t.Errorf("tag %s without %s, want %s", p.Tag, p.Without, wantTag)
				}
				if _, err := Verify(ctx, p.Tag, Trust{PublicKey: a.pair.PublicKey}, WithInsecure()); err != nil {
					t.Errorf("%s does not verify: %v", p.Tag, err)
				}
				if _, err := Verify(ctx, p.Tag, Trust{PublicKey: b.pair.PublicKey}, WithInsecure()); err == nil {
					t.Errorf("%s verifies with a key that did not sign it", p.Tag)
				}
				pulled, err := Pull(ctx, p.Reference, Trust{PublicKey: a.pair.PublicKey}, WithInsecure())
				if err != nil {
					t.Fatal(err)
				}
				if pulled.Config.Cluster != p.Cluster || pulled.Config.PlanDigest == normal.PlanDigest {
					t.Errorf("%s: config %+v: want cluster %s and the failover plan's digest", p.Tag, pulled.Config, p.Cluster)
				}
				// The signed annotations say what the plan costs.
				wantCost := ContingencyFor(f).Cost
				if diff := cmp.Diff(&wantCost, pulled.Metadata.Contingency); diff != "" {
					t.Errorf("%s: contingency cost (-want +got):\n%s", p.Tag, diff)
				}
				if wantCost.ExtraMonthlyCostUSD != math.Round((f.MonthlyCostUSD-f.NormalMonthlyCostUSD)*100)/100 || len(wantCost.Down) != len(f.Uncovered) {
					t.Errorf("%s: cost %+v, want the plan's %.2f - %.2f and %v down", p.Tag, wantCost, f.MonthlyCostUSD, f.NormalMonthlyCostUSD, f.Uncovered)
				}
			}
			want := slices.Sorted(maps.Keys(absorbing))
			if !slices.Equal(clusters, want) {
				t.Errorf("contingency bundles for %v, want exactly the absorbing and DNS clusters %v", clusters, want)
			}
			published += len(got)
		})
	}
	if published == 0 {
		t.Fatal("no failure of three-clouds needs a contingency bundle")
	}
	tags, err := crane.ListTags(repo, crane.Insecure)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, tag := range tags {
		if strings.Contains(tag, "-without-") {
			n++
		}
	}
	if n != published {
		t.Errorf("registry holds %d contingency tags, %d published: %v", n, published, tags)
	}
}

// TestContingencyTag: tags are valid OCI tags, distinct per domain, at
// most 128 characters.
func TestContingencyTag(t *testing.T) {
	md := testMetadata()
	long := strings.Repeat("c", 120)
	cases := []struct{ cluster, domain, want string }{
		{"eu-1", "us-1", "eu-1-" + md.Revision + "-without-us-1"},
		{"eu-1", "aws:eu-west-1", "eu-1-" + md.Revision + "-without-aws_eu-west-1"},
	}
	for _, c := range cases {
		m := md
		m.Cluster = c.cluster
		if got := ContingencyTag(m, c.domain); got != c.want {
			t.Errorf("ContingencyTag(%s, %s) = %s, want %s", c.cluster, c.domain, got, c.want)
		}
	}
	m := md
	m.Cluster = "eu-1"
	x, y := ContingencyTag(m, long+"x"), ContingencyTag(m, long+"y")
	if x == y || len(x) > maxTag || len(y) > maxTag {
		t.Errorf("long domains: %s and %s (%d, %d characters)", x, y, len(x), len(y))
	}
	for _, tag := range []string{x, y} {
		if tagUnsafe.MatchString(tag) {
			t.Errorf("%s holds characters a tag may not", tag)
		}
	}
}

// TestContingencyAnnotations: a contingency cost goes into the signed
// annotations and back unchanged; a normal bundle has none; annotations
// that do not parse are refused with the annotation's name.
func TestContingencyAnnotations(t *testing.T) {
	md := testMetadata()
	md.Contingency = &ContingencyCost{Without: "gcp:europe-west4", ExtraMonthlyCostUSD: 412.5,
		Down: []WorkloadDown{{Workload: "web", Replicas: 2}, {Workload: "batch", Replicas: 1}}}
	b, err := Build(map[string][]byte{"a.yaml": []byte("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: shop}\n")}, md)
	if err != nil {
		t.Fatal(err)
	}
	ann := annotations(b.Metadata)
	if got := ann[AnnotationContingencyDown]; got != "batch=1,web=2" {
		t.Errorf("%s = %q, want batch=1,web=2 (sorted)", AnnotationContingencyDown, got)
	}
	got, err := readContingency(ann)
	if err != nil {
		t.Fatal(err)
	}
	want := &ContingencyCost{Without: "gcp:europe-west4", ExtraMonthlyCostUSD: 412.5,
		Down: []WorkloadDown{{Workload: "batch", Replicas: 1}, {Workload: "web", Replicas: 2}}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("round trip (-want +got):\n%s", diff)
	}
	if got := annotations(testMetadata()); got[AnnotationContingencyWithout] != "" || got[AnnotationContingencyExtraCost] != "" {
		t.Errorf("a normal bundle carries contingency annotations: %v", got)
	}
	for name, tc := range map[string]struct {
		ann  map[string]string
		want string
	}{
		"cost without domain": {map[string]string{AnnotationContingencyExtraCost: "1"}, AnnotationContingencyExtraCost + " without"},
		"not a number":        {map[string]string{AnnotationContingencyWithout: "a", AnnotationContingencyExtraCost: "lots"}, `is "lots"`},
		"infinite":            {map[string]string{AnnotationContingencyWithout: "a", AnnotationContingencyExtraCost: "+Inf"}, `is "+Inf"`},
		"bad down":            {map[string]string{AnnotationContingencyWithout: "a", AnnotationContingencyExtraCost: "1", AnnotationContingencyDown: "web"}, `"web" is not workload=replicas`},
		"empty domain":        {map[string]string{AnnotationContingencyWithout: ""}, "is empty"},
	} {
		if _, err := readContingency(tc.ann); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want an error with %q", name, err, tc.want)
		}
	}
	bad := testMetadata()
	bad.Contingency = &ContingencyCost{Without: "a", Down: []WorkloadDown{{Workload: "a,b", Replicas: 1}}}
	if _, err := Build(map[string][]byte{"a.yaml": []byte("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: shop}\n")}, bad); !errors.Is(err, ErrInvalidInput) {
		t.Errorf("a workload name with a comma: %v, want ErrInvalidInput", err)
	}
}
