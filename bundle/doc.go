// Package bundle publishes and fetches isobar's per-cluster bundles: the
// rendered Kubernetes objects of one cluster as one signed OCI artifact.
//
// The verbs, in the order a publication goes through them:
//
//	b, _ := bundle.Build(files, bundle.Metadata{Cluster: "eu-1", ...}) // in memory, reproducible
//	d, _ := bundle.Push(ctx, b, "registry.example/isobar/eu-1:"+bundle.Tag(b.Metadata))
//	key, _ := bundle.ReadPrivateKeyFile("cosign.key", bundle.PasswordFromEnv())
//	_, _ = bundle.Sign(ctx, d.String(), key)                           // cosign signature, no tlog
//
// or all three for every cluster of a render, as `isobar publish` does:
//
//	published, _ := bundle.Publish(ctx, res, bundle.Source{...}, repo, key, bundle.PublishOptions{})
//
// and on the reconciler's side:
//
//	trust, _ := bundle.TrustKeyFile("cosign.pub")
//	p, _ := bundle.Pull(ctx, ref, trust, bundle.WithCluster("eu-1"))  // verify, fetch, check
//	for _, obj := range p.Objects { ... }                              // []*unstructured.Unstructured
//
// # Format
//
// A bundle is an OCI image manifest (application/vnd.oci.image.manifest.v1+json)
// with
//
//   - artifactType application/vnd.isobar.bundle.v1;
//   - a config blob of media type application/vnd.isobar.bundle.config.v1+json:
//     the JSON of Config, {"formatVersion":1,"cluster":…,"jurisdiction":…,
//     "planDigest":…,"allowedNamespaces":[…],"objectCount":…};
//   - exactly one layer of media type
//     application/vnd.isobar.bundle.content.v1.tar+gzip: a gzip-compressed tar
//     of the rendered files (e.g. apps/Deployment-shop-storefront.yaml), each
//     one or more YAML documents of Kubernetes objects;
//   - manifest annotations org.opencontainers.image.source,
//     org.opencontainers.image.revision, org.opencontainers.image.created (the
//     commit time, RFC 3339, UTC), dev.isobar.cluster,
//     dev.isobar.jurisdiction and dev.isobar.plan-digest; a contingency
//     bundle's also dev.isobar.contingency.without,
//     dev.isobar.contingency.extra-monthly-cost-usd and, when workloads stay
//     down, dev.isobar.contingency.down (Metadata.Contingency).
//
// The tag is conventionally "<cluster>-<revision>" (Tag); what matters is
// the digest Push returns.
//
// # Reproducibility
//
// Build is a pure function of its input: the same files and Metadata give
// the same manifest digest, so an unchanged plan re-publishes as a no-op and
// anyone can rebuild a bundle from the commit and compare digests. To that
// end the tar has its entries sorted by path, only regular files (mode 0644,
// uid/gid 0, no user or group names, no PAX records, USTAR headers or GNU
// ones for names past 100 bytes), every mtime set to Metadata.Created, which
// is the commit time and not the build time; gzip runs at a fixed level with
// an empty header (no name, no comment, mtime 0, OS "unknown"); the config
// and manifest are encoding/json output of fixed structs (map keys sorted).
// The compressed bytes depend on Go's compress/flate, which has not changed
// its output in years but is not promised to be stable across Go releases:
// compare digests made by the same toolchain.
//
// # Trust model
//
// The signature is the only thing trusted; the registry and the network are
// not. Sign makes a cosign "simple signing" signature over the manifest
// digest with a cosign key pair (GenerateKeyPair or `cosign
// generate-key-pair`), stored as cosign does, in the same repository under
// the tag sha256-<hex>.sig, so the upstream CLI and Flux verify it. The
// manifest digest covers the annotations and the config and layer digests,
// so one signature covers everything.
//
// Verify (and Pull, which calls it) resolves a tag to a digest once, checks
// that a signature by the trusted key (or keyless identity) names exactly
// that digest, and from then on fetches only by digest, so a tag moved
// between check and use changes nothing. Pull then checks every blob's
// digest and size against the signed manifest, refuses other media types,
// refuses a bundle over the limits (WithMaxSize, WithMaxObjects) from the
// signed manifest's layer size and the config's object count before
// downloading its content, bounds the decompressed size (decompression
// bombs), refuses unsafe tar entries (absolute paths, "..", links, devices,
// duplicates), parses every file as Kubernetes objects, refuses duplicates
// and namespaced objects outside the allowed namespaces, and writes to disk
// only after all of that, through the output-folder writer (a new tree
// beside the folder, swapped in; never over a folder isobar did not write).
//
// What the signature does not say: which cluster may apply a bundle. Every
// bundle signed with the key verifies, so a reconciler passes WithCluster
// to refuse another cluster's bundle. Cluster-scoped objects (ClusterRole,
// CRDs, …) are not limited by the allowed namespaces; the reconciler's RBAC
// must be. The transparency log (Rekor) is off by default, for signing and
// verification alike: nothing but the registry is contacted unless
// WithRekorURL / Trust.RekorURL, or keyless trust, are asked for.
//
// Registry access uses the Docker config keychain (authn.DefaultKeychain),
// HTTPS only (WithInsecure allows plain HTTP to loopback registries for tests
// and nothing else), retries 5xx/408/429 and temporary network errors with
// backoff (WithRetry), and stops when the context ends. Nothing waits
// forever: each operation has a deadline (WithTimeout, default 2 minutes),
// and a registry silent for WithIOTimeout (default 30 seconds) while
// connecting, answering or in the middle of a transfer fails the request
// without retries, with an error naming it (ErrTimeout). Errors name the
// reference or object first and never contain credentials; their kinds are
// the ErrX values, for errors.Is.
//
// # Flux
//
// A bundle is also a valid Flux OCIRepository source. Point one at it,
// selecting the content layer by media type and extracting it, and verify
// the cosign signature with the public key:
//
//	kubectl -n flux-system create secret generic isobar-cosign-pub --from-file=cosign.pub=cosign.pub
//
//	apiVersion: source.toolkit.fluxcd.io/v1   # v1beta2 before Flux 2.6
//	kind: OCIRepository
//	metadata:
//	  name: isobar-eu-1
//	  namespace: flux-system
//	spec:
//	  interval: 5m
//	  url: oci://registry.example/isobar/eu-1
//	  ref:
//	    tag: eu-1-<revision>          # or digest: sha256:… (what Push returned)
//	  layerSelector:
//	    mediaType: application/vnd.isobar.bundle.content.v1.tar+gzip
//	    operation: extract            # tar+gzip → the YAML files
//	  verify:
//	    provider: cosign
//	    secretRef:
//	      name: isobar-cosign-pub     # key cosign.pub
//	---
//	apiVersion: kustomize.toolkit.fluxcd.io/v1
//	kind: Kustomization
//	metadata:
//	  name: isobar-eu-1
//	  namespace: flux-system
//	spec:
//	  interval: 10m
//	  sourceRef:
//	    kind: OCIRepository
//	    name: isobar-eu-1
//	  path: ./
//	  prune: true
//
// Flux's source-controller verifies key-based cosign signatures without the
// transparency log, as Sign makes them, and unpacks the selected layer as
// tar+gzip; kustomize-controller then applies every YAML file under path
// (it generates a kustomization.yaml when there is none). Flux does not run
// Pull's content checks (allowed namespaces, duplicates, unsafe entries):
// those hold only for isobar's own reconciler. TestFluxLayerSelection makes
// Flux's selection with go-containerregistry.
package bundle
