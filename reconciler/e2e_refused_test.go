package reconciler_test

import (
	"io"
	"maps"
	"net/http"
	"strings"
	"sync"
	"testing"

	"github.com/google/go-containerregistry/pkg/name"
	"github.com/google/go-containerregistry/pkg/v1/remote"
	apierrors "k8s.io/apimachinery/pkg/api/errors"
	metav1 "k8s.io/apimachinery/pkg/apis/meta/v1"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/internal/testenv/e2e"
	"isobar.dev/isobar/reconciler"
)

// TestRefusedBundles publishes bundles the reconciler must not apply,
// however they reach the registry: signed by another key, altered in the
// registry, or validly signed but holding data that may not live in the
// cluster. Each time, nothing of the bundle reaches the cluster, the
// status says why, and the cluster keeps running the last applied
// revision. One world; each scenario first settles the original intent
// (see settle).
func TestRefusedBundles(t *testing.T) {
	w := startScenarios(t)
	t.Run("SignedWithAnotherKey", func(t *testing.T) { testSignedWithAnotherKey(t, w) })
	t.Run("TamperedInRegistry", func(t *testing.T) { testTamperedInRegistry(t, w) })
	t.Run("WrongJurisdiction", func(t *testing.T) { testWrongJurisdiction(t, w) })
}

// testSignedWithAnotherKey: a commit adding a workload (newsletter, placed
// in azure-eastus) is published with bundles signed by a key the
// reconciler does not trust. Every cluster refuses its bundle ("signature
// verification failed", in memory, in the cluster and as a Warning
// Event), the new workload appears nowhere, and the Deployments keep the
// previous revision. Signed with the right key, the same commit is
// applied.
func testSignedWithAnotherKey(t *testing.T, w *fleetWorld) {
	old := w.settle(t, "the original intent", w.shop)
	before := w.deploymentWrites(t)
	rev := w.setShop(t, "newsletter", withWorkload(w.shop, newsletter))

	key, _ := newKey(t, "not-the-fleet-key")
	_, res, err := w.env.Plan(t.Context(), ".")
	if err != nil {
		t.Fatal(err)
	}
	if res.Cluster("azure-eastus") == nil || len(res.Cluster("azure-eastus").Objects) == 0 {
		t.Fatal("render: nothing for azure-eastus")
	}
	_, when, err := w.env.Head()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := bundle.Publish(t.Context(), res, bundle.Source{Repository: w.env.GitURL, Revision: rev, Time: when}, w.env.Registry, key,
		bundle.PublishOptions{Registry: []bundle.Option{bundle.WithInsecure()}}); err != nil {
		t.Fatal(err)
	}

	sts := w.cycle(t)
	for _, c := range fleet {
		st := sts[c.Name]
		if st.Phase != reconciler.PhaseRefused || !strings.Contains(st.Error, "signature verification failed") {
			t.Errorf("%s: %s: %s, want Refused: signature verification failed", c.Name, st.Phase, st.Error)
		}
		if st.AppliedRevision != old || st.DesiredRevision != rev || !strings.Contains(st.Message, "keeping the last applied revision "+old[:12]) {
			t.Errorf("%s: applied %s, desired %s, message %q; want %s kept while %s is refused", c.Name, st.AppliedRevision, st.DesiredRevision, st.Message, old, rev)
		}
	}
	for _, c := range fleet {
		if _, ok := w.deployment(t, c.Name, "web", "newsletter"); ok {
			t.Errorf("%s: the newsletter of the wrongly signed bundle runs", c.Name)
		}
	}
	requireRecorded(t, w.world, "gcp-europe-west4", reconciler.PhaseRefused, "signature verification failed")
	if after := w.deploymentWrites(t); !maps.Equal(after, before) {
		t.Errorf("Deployments changed by a refused bundle:\nbefore %v\nafter  %v", before, after)
	}

	// The same commit, signed with the fleet's key, is applied.
	w.publish(t)
	requireReady(t, w.cycle(t), rev)
	if _, ok := w.deployment(t, "azure-eastus", "web", "newsletter"); !ok {
		t.Error("newsletter is not in azure-eastus once correctly signed")
	}
}

// testTamperedInRegistry: the bundles of a new commit are correctly signed,
// but the registry serves another bundle's content layer in place of each
// one's (as a compromised registry or a man in the middle could). The
// signed manifest's digests do not match: every cluster refuses ("digest
// mismatch") and keeps the previous revision. Once the registry serves the
// real layers, the commit is applied.
func testTamperedInRegistry(t *testing.T, w *fleetWorld) {
	old := w.settle(t, "the original intent", w.shop)
	before := w.deploymentWrites(t)
	rev := w.setShop(t, "storefront 1.4.3", edit(t, w.shop, "storefront:1.4.2", "storefront:1.4.3"))
	bundles := w.publishBundles(t)

	// Each cluster's layer is swapped for the largest other one: a real
	// bundle's content, listing other objects.
	layers := map[string]string{} // cluster → layer digest
	data := map[string][]byte{}   // layer digest → content
	for cluster, b := range bundles {
		d, err := name.NewDigest(b.Reference, name.Insecure)
		if err != nil {
			t.Fatal(err)
		}
		img, err := remote.Image(d)
		if err != nil {
			t.Fatal(err)
		}
		ls, err := img.Layers()
		if err != nil || len(ls) != 1 {
			t.Fatalf("%s: layers %v, %v", b.Reference, ls, err)
		}
		h, err := ls[0].Digest()
		if err != nil {
			t.Fatal(err)
		}
		rc, err := ls[0].Compressed()
		if err != nil {
			t.Fatal(err)
		}
		content, err := io.ReadAll(rc)
		_ = rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		layers[cluster], data[h.String()] = h.String(), content
	}
	swap := map[string][]byte{}
	for cluster, dg := range layers {
		for _, odg := range layers {
			if odg != dg && len(data[odg]) > len(swap[dg]) {
				swap[dg] = data[odg]
			}
		}
		if swap[dg] == nil {
			t.Fatalf("%s: no other layer to serve in place of %s", cluster, dg)
		}
	}
	var mu sync.Mutex
	served := map[string]bool{}
	w.env.SetRegistryFault(func(rw http.ResponseWriter, r *http.Request, next http.Handler) {
		for dg, other := range swap {
			if r.Method == http.MethodGet && strings.HasSuffix(r.URL.Path, "/blobs/"+dg) {
				mu.Lock()
				served[dg] = true
				mu.Unlock()
				rw.Header().Set("Content-Type", "application/octet-stream")
				rw.Header().Set("Docker-Content-Digest", dg)
				_, _ = rw.Write(other)
				return
			}
		}
		next.ServeHTTP(rw, r)
	})
	t.Cleanup(func() { w.env.SetRegistryFault(nil) })

	for name, st := range w.cycle(t) {
		if st.Phase != reconciler.PhaseRefused || !strings.Contains(st.Error, "digest mismatch") {
			t.Errorf("%s: %s: %s, want Refused: digest mismatch", name, st.Phase, st.Error)
		}
		if st.AppliedRevision != old {
			t.Errorf("%s: applied %s, want %s kept", name, st.AppliedRevision, old)
		}
	}
	mu.Lock()
	tampered := len(served)
	mu.Unlock()
	if tampered != len(swap) {
		t.Errorf("the registry served tampered layers for %d of %d bundles", tampered, len(swap))
	}
	if after := w.deploymentWrites(t); !maps.Equal(after, before) {
		t.Errorf("Deployments changed by a tampered bundle:\nbefore %v\nafter  %v", before, after)
	}
	if d, _ := w.deployment(t, "gcp-europe-west4", "web", "storefront-spot"); d == nil || d.Spec.Template.Spec.Containers[0].Image != "registry.example/shop/storefront:1.4.2" {
		t.Errorf("storefront on gcp-europe-west4 is not 1.4.2 any more: %v", d)
	}

	w.env.SetRegistryFault(nil)
	requireReady(t, w.cycle(t), rev)
	if d, _ := w.deployment(t, "gcp-europe-west4", "web", "storefront-spot"); d == nil || d.Spec.Template.Spec.Containers[0].Image != "registry.example/shop/storefront:1.4.3" {
		t.Errorf("storefront on gcp-europe-west4 is not 1.4.3 once the registry serves the real layer: %v", d)
	}
}

// testWrongJurisdiction: someone holding the signing key tags, as
// azure-eastus's bundle of the new commit, a bundle made of
// gcp-europe-west4's objects: customer accounts whose pii data may only
// live in the EU. It is validly signed and names azure-eastus, but the
// gatekeeper refuses it, naming the data class and the objects'
// jurisdiction; then the same with the bundle's jurisdiction claimed to be
// DE. Nothing of it reaches azure-eastus, while the other clusters apply
// the commit in the same cycle.
func testWrongJurisdiction(t *testing.T, w *fleetWorld) {
	old := w.settle(t, "the original intent", w.shop)
	rev := w.touch(t, "a new revision")
	w.publish(t)
	before := w.deploymentWrites(t)

	_, res, err := w.env.Plan(t.Context(), ".")
	if err != nil {
		t.Fatal(err)
	}
	eu := res.Cluster("gcp-europe-west4")
	if eu == nil || eu.Country != "NL" {
		t.Fatalf("render of gcp-europe-west4: %+v", eu)
	}
	key, err := bundle.ReadPrivateKeyFile(w.env.KeyFile, []byte(e2e.Password))
	if err != nil {
		t.Fatal(err)
	}
	_, when, err := w.env.Head()
	if err != nil {
		t.Fatal(err)
	}
	forge := func(country string) {
		t.Helper()
		forged := *eu
		forged.Cluster, forged.Country = "azure-eastus", country
		b, err := bundle.PublishCluster(t.Context(), &forged, res.PlanDigest, bundle.Source{Repository: w.env.GitURL, Revision: rev, Time: when},
			w.env.Registry, key, bundle.PublishOptions{Registry: []bundle.Option{bundle.WithInsecure()}})
		if err != nil {
			t.Fatal(err)
		}
		if want := w.env.Registry + ":" + bundle.Tag(bundle.Metadata{Cluster: "azure-eastus", Revision: rev}); b.Tag != want {
			t.Fatalf("forged bundle pushed as %s, want %s", b.Tag, want)
		}
	}

	for _, tc := range []struct {
		country string
		reasons []string
	}{
		// The bundle claims the cluster's own jurisdiction: its objects'
		// labels give it away.
		{"US", []string{
			"Deployment accounts/accounts holds data class pii, which may live in EU; the cluster is in US",
			"Deployment accounts/accounts is labelled for jurisdiction NL, but the cluster is in US",
		}},
		{"DE", []string{`the bundle's jurisdiction is "DE", but cluster azure-eastus (azure:eastus) is in US`}},
	} {
		forge(tc.country)
		sts := w.cycle(t)
		st := sts["azure-eastus"]
		if st.Phase != reconciler.PhaseRefused || st.AppliedRevision != old {
			t.Errorf("bundle claiming %s: azure-eastus %s, applied %s: %s; want Refused, %s kept", tc.country, st.Phase, st.AppliedRevision, st.Error, old)
		}
		for _, r := range tc.reasons {
			if !strings.Contains(st.Error, r) {
				t.Errorf("bundle claiming %s: azure-eastus error %q does not say %q", tc.country, st.Error, r)
			}
		}
		for _, c := range []string{"aws-eu-central-1", "gcp-europe-west4"} {
			if sts[c].Phase != reconciler.PhaseReady || sts[c].AppliedRevision != rev {
				t.Errorf("%s, beside the refused bundle: %+v, want Ready at %s", c, sts[c], rev)
			}
		}
		if _, err := w.cs["azure-eastus"].CoreV1().Namespaces().Get(t.Context(), "accounts", metav1.GetOptions{}); !apierrors.IsNotFound(err) {
			t.Errorf("namespace accounts in azure-eastus: %v, want not found", err)
		}
		if _, ok := w.deployment(t, "azure-eastus", "accounts", "accounts"); ok {
			t.Error("accounts (pii) runs in azure-eastus")
		}
		// The new revision changes no object; the forged bundle reached
		// none: no Deployment was written anywhere.
		if after := w.deploymentWrites(t); !maps.Equal(after, before) {
			t.Errorf("bundle claiming %s: Deployments written:\nbefore %v\nafter  %v", tc.country, before, after)
		}
	}

	// Re-publishing moves the tag back to azure-eastus's own bundle.
	w.publish(t)
	requireReady(t, w.cycle(t), rev)
}
