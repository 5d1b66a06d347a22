package release

import (
	"bytes"
	"crypto/sha256"
	"debug/buildinfo"
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"time"

	cdx "github.com/CycloneDX/cyclonedx-go"
)

// SBOMName is the file name of a release's SBOM.
const SBOMName = "isobar.cdx.json"

// SBOM writes a CycloneDX 1.6 JSON document listing the Go modules linked
// into the binaries (their union), read from each binary's build
// information: module path, version, the go.sum hash as a SHA-256 and a
// package URL (pkg:golang/…). The binaries are named by their paths in dir.
// The document is deterministic: its timestamp is created (the commit
// time), its serial number is derived from its content, components are
// sorted.
func SBOM(dir string, binaries []Artefact, version string, created time.Time) ([]byte, error) {
	if len(binaries) == 0 {
		return nil, fmt.Errorf("sbom: %w", errNoArtefacts)
	}
	type mod struct{ path, version, sum string }
	mods := map[string]mod{}
	goVersions := map[string]bool{}
	var mainPath string
	for _, b := range binaries {
		bi, err := buildinfo.ReadFile(filepath.Join(dir, b.Name))
		if err != nil {
			return nil, fmt.Errorf("%s: reading its build information: %w", b.Name, err)
		}
		mainPath = bi.Main.Path
		goVersions[bi.GoVersion] = true
		for _, d := range bi.Deps {
			if d.Replace != nil {
				d = d.Replace
			}
			m := mod{d.Path, d.Version, d.Sum}
			mods[m.path+"@"+m.version] = m
		}
	}
	keys := make([]string, 0, len(mods))
	for k := range mods {
		keys = append(keys, k)
	}
	slices.Sort(keys)

	rootRef := "pkg:golang/" + mainPath + "@" + version
	comps := make([]cdx.Component, 0, len(keys))
	refs := make([]string, 0, len(keys))
	for _, k := range keys {
		m := mods[k]
		purl := "pkg:golang/" + m.path + "@" + m.version
		c := cdx.Component{
			BOMRef:     purl,
			Type:       cdx.ComponentTypeLibrary,
			Name:       m.path,
			Version:    m.version,
			PackageURL: purl,
		}
		if h, ok := goSumSHA256(m.sum); ok {
			c.Hashes = &[]cdx.Hash{{Algorithm: cdx.HashAlgoSHA256, Value: h}}
		}
		comps = append(comps, c)
		refs = append(refs, purl)
	}
	gos := make([]string, 0, len(goVersions))
	for v := range goVersions {
		gos = append(gos, v)
	}
	slices.Sort(gos)

	bom := cdx.NewBOM()
	bom.Metadata = &cdx.Metadata{
		Timestamp: created.UTC().Format(time.RFC3339),
		Tools: &cdx.ToolsChoice{Components: &[]cdx.Component{{
			Type: cdx.ComponentTypeApplication, Name: "isobar-release", Version: version,
		}}},
		Component: &cdx.Component{
			BOMRef:     rootRef,
			Type:       cdx.ComponentTypeApplication,
			Name:       "isobar",
			Version:    version,
			PackageURL: rootRef,
			Properties: &[]cdx.Property{{Name: "isobar:go-toolchain", Value: strings.Join(gos, " ")}},
		},
	}
	bom.Components = &comps
	bom.Dependencies = &[]cdx.Dependency{{Ref: rootRef, Dependencies: &refs}}

	// The serial number is a UUID (version 5 layout) of the document
	// without it, so that one content has one serial.
	body, err := encodeBOM(bom)
	if err != nil {
		return nil, err
	}
	bom.SerialNumber = "urn:uuid:" + contentUUID(body)
	return encodeBOM(bom)
}

func encodeBOM(bom *cdx.BOM) ([]byte, error) {
	var buf bytes.Buffer
	enc := cdx.NewBOMEncoder(&buf, cdx.BOMFileFormatJSON).SetPretty(true)
	if err := enc.EncodeVersion(bom, cdx.SpecVersion1_6); err != nil {
		return nil, fmt.Errorf("sbom: %w", err)
	}
	return buf.Bytes(), nil
}

// goSumSHA256 turns a go.sum hash ("h1:<base64 SHA-256>") into hexadecimal.
func goSumSHA256(sum string) (string, bool) {
	b64, ok := strings.CutPrefix(sum, "h1:")
	if !ok {
		return "", false
	}
	raw, err := base64.StdEncoding.DecodeString(b64)
	if err != nil || len(raw) != sha256.Size {
		return "", false
	}
	return hex.EncodeToString(raw), true
}

// contentUUID is a name-based UUID of data: SHA-256, cut to 16 bytes, with
// the version and variant bits of RFC 9562's version 5.
func contentUUID(data []byte) string {
	h := sha256.Sum256(data)
	u := h[:16]
	u[6] = (u[6] & 0x0f) | 0x50
	u[8] = (u[8] & 0x3f) | 0x80
	x := hex.EncodeToString(u)
	return x[0:8] + "-" + x[8:12] + "-" + x[12:16] + "-" + x[16:20] + "-" + x[20:32]
}
