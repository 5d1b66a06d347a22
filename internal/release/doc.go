// Package release makes isobar's releases: what a user downloads, runs and
// verifies, made reproducibly from a commit with the Go toolchain alone (no
// container runtime, no network beyond the Go module proxy).
//
// A release is
//
//   - one static binary per platform (Binaries): linux and darwin on amd64
//     and arm64, built with CGO_ENABLED=0, -trimpath, an empty build ID and
//     the version and commit stamped into internal/version, named
//     isobar_<version>_<os>_<arch>;
//   - a CycloneDX SBOM of the Go modules linked into them (SBOM), read from
//     the binaries' own build information, so it lists what shipped and
//     nothing else;
//   - checksums.txt, the SHA-256 of every file above in sha256sum's format,
//     signed with isobar's cosign key as `cosign sign-blob` does
//     (checksums.txt.sig, checked by `cosign verify-blob`), and the public
//     key beside it (cosign.pub);
//   - the agent image (Image): the linux binaries and the Mozilla root
//     certificates on an empty base, run as user 65532, as a multi-arch OCI
//     index pushed to a registry and signed as bundles are;
//   - the schema as a CUE module (PublishSchema), isobar.dev/schema@v0, in
//     the OCI layout `cue mod publish` uses, so a CUE module can depend on it
//     through CUE_REGISTRY.
//
// Everything is a function of the commit and its time: two builds of one
// commit with one Go toolchain give byte-identical binaries, SBOM,
// checksums and image digests. Only the signatures differ (ECDSA signatures
// are randomised); each verifies with the same key.
package release
