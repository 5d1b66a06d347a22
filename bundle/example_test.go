package bundle_test

import (
	"context"
	"fmt"
	"log"
	"time"

	"isobar.dev/isobar/bundle"
)

func ExampleBuild() {
	files := map[string][]byte{
		"apps/ConfigMap-shop-storefront.yaml": []byte("apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: storefront\n  namespace: shop\ndata:\n  CURRENCY: EUR\n"),
	}
	md := bundle.Metadata{
		Cluster:           "eu-1",
		Jurisdiction:      "EU",
		PlanDigest:        "sha256:5f2b0c9a",
		Source:            "https://git.example/isobar/fleet",
		Revision:          "3f7a1c2e9b8d4f6a0c5e7b9d1f3a5c7e9b1d3f5a",
		Created:           time.Date(2026, 3, 14, 15, 9, 26, 0, time.UTC), // the commit time
		AllowedNamespaces: []string{"shop"},
	}
	b, err := bundle.Build(files, md)
	if err != nil {
		log.Fatal(err)
	}
	again, _ := bundle.Build(files, md)
	fmt.Println(b.Config.ObjectCount, "object, tag", bundle.Tag(b.Metadata))
	fmt.Println("reproducible:", b.Digest == again.Digest)
	// Output:
	// 1 object, tag eu-1-3f7a1c2e9b8d4f6a0c5e7b9d1f3a5c7e9b1d3f5a
	// reproducible: true
}

// Publishing and consuming a bundle (not run: it needs a registry).
func Example() {
	ctx := context.Background()
	var files map[string][]byte // from the renderer
	var md bundle.Metadata      // from the plan and the commit

	// Publisher: build, push, sign.
	b, err := bundle.Build(files, md)
	if err != nil {
		log.Fatal(err)
	}
	d, err := bundle.Push(ctx, b, "registry.example/isobar/"+md.Cluster+":"+bundle.Tag(md))
	if err != nil {
		log.Fatal(err)
	}
	key, err := bundle.ReadPrivateKeyFile("cosign.key", bundle.PasswordFromEnv())
	if err != nil {
		log.Fatal(err)
	}
	if _, err := bundle.Sign(ctx, d.String(), key); err != nil {
		log.Fatal(err)
	}

	// Reconciler: verify, fetch, check, write.
	trust, err := bundle.TrustKeyFile("cosign.pub")
	if err != nil {
		log.Fatal(err)
	}
	p, err := bundle.Pull(ctx, d.String(), trust, bundle.WithCluster("eu-1"), bundle.WithOutputDir("/var/lib/isobar/eu-1"))
	if err != nil {
		log.Fatal(err) // errors.Is(err, bundle.ErrSignature), bundle.ErrUnsafePath, …
	}
	for _, obj := range p.Objects {
		fmt.Println(obj.GetKind(), obj.GetNamespace(), obj.GetName())
	}
}
