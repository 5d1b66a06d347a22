package release

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	cdx "github.com/CycloneDX/cyclonedx-go"
)

// TestReleaseReproducible makes the release of this platform twice, into
// two folders: checksums.txt and the SBOM are byte-identical, the binary
// reports the stamped version and commit, the SBOM lists the modules with
// go.sum's hashes, and the upstream cosign CLI verifies both signatures of
// checksums.txt with the public key, and refuses a changed file.
func TestReleaseReproducible(t *testing.T) {
	key, pub := testKey(t)
	created := time.Date(2026, 11, 2, 10, 30, 0, 0, time.UTC)
	opts := Options{
		BuildOptions: BuildOptions{
			ModuleDir: moduleDir(t),
			Version:   "v0.9.0-test.1",
			Revision:  "0123456789abcdef0123456789abcdef01234567",
			Platforms: []Platform{{runtime.GOOS, runtime.GOARCH}},
		},
		Created: created,
		Key:     key,
	}
	var dirs []string
	var rels []*Release
	for range 2 {
		dir := filepath.Join(t.TempDir(), "dist")
		rel, err := Make(t.Context(), dir, opts)
		if err != nil {
			t.Fatal(err)
		}
		dirs, rels = append(dirs, dir), append(rels, rel)
	}
	sums := [2][]byte{}
	for i, d := range dirs {
		b, err := os.ReadFile(filepath.Join(d, ChecksumsName))
		if err != nil {
			t.Fatal(err)
		}
		sums[i] = b
	}
	if !bytes.Equal(sums[0], sums[1]) {
		t.Fatalf("two builds of one commit differ:\n%s\n---\n%s", sums[0], sums[1])
	}
	bin := BinaryName(opts.Version, opts.Platforms[0])
	for _, name := range []string{bin, SBOMName} {
		if !strings.Contains(string(sums[0]), "  "+name+"\n") {
			t.Errorf("checksums.txt does not list %s:\n%s", name, sums[0])
		}
	}
	if len(rels[0].Artefacts) != 2 || rels[0].Artefacts[0].Size < 1<<20 {
		t.Errorf("artefacts: %+v", rels[0].Artefacts)
	}

	// sha256sum agrees with checksums.txt.
	cmd := exec.Command("sha256sum", "--strict", "-c", ChecksumsName)
	cmd.Dir = dirs[0]
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("sha256sum -c: %v\n%s", err, out)
	}

	// The binary says what it is.
	out, err := exec.Command(filepath.Join(dirs[0], bin), "version", "-o", "json").Output()
	if err != nil {
		t.Fatalf("%s version: %v", bin, err)
	}
	var info struct{ Version, Revision string }
	if err := json.Unmarshal(out, &info); err != nil {
		t.Fatalf("version -o json: %v\n%s", err, out)
	}
	if info.Version != opts.Version || info.Revision != opts.Revision {
		t.Errorf("version -o json = %s; want version %s, revision %s", out, opts.Version, opts.Revision)
	}

	checkSBOM(t, filepath.Join(dirs[0], SBOMName), opts.Version, created)

	// The upstream cosign CLI verifies each signature, and refuses a
	// changed checksums.txt.
	cosign := cosignCLI(t)
	for _, d := range dirs {
		if _, err := run(t, d, cosign, "verify-blob", "--key", pub, "--signature", SignatureName,
			"--insecure-ignore-tlog=true", ChecksumsName); err != nil {
			t.Errorf("cosign verify-blob in %s: %v", d, err)
		}
	}
	tampered := filepath.Join(dirs[1], ChecksumsName)
	if err := os.WriteFile(tampered, append(sums[1], "0000  extra\n"...), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, err := run(t, dirs[1], cosign, "verify-blob", "--key", pub, "--signature", SignatureName,
		"--insecure-ignore-tlog=true", ChecksumsName); err == nil {
		t.Error("cosign verify-blob accepted a changed checksums.txt")
	}
}

// checkSBOM decodes the SBOM and checks it against go.sum: cobra is listed
// at the version and hash go.sum records, and the metadata names the
// release.
func checkSBOM(t *testing.T, path, version string, created time.Time) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var bom cdx.BOM
	if err := cdx.NewBOMDecoder(f, cdx.BOMFileFormatJSON).Decode(&bom); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	if bom.SpecVersion != cdx.SpecVersion1_6 || !strings.HasPrefix(bom.SerialNumber, "urn:uuid:") {
		t.Errorf("spec %v serial %q", bom.SpecVersion, bom.SerialNumber)
	}
	if bom.Metadata == nil || bom.Metadata.Component == nil || bom.Metadata.Component.Version != version ||
		bom.Metadata.Timestamp != created.Format(time.RFC3339) {
		t.Fatalf("metadata: %+v", bom.Metadata)
	}
	gosum, err := os.ReadFile(filepath.Join(moduleDir(t), "go.sum"))
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, c := range *bom.Components {
		if c.Name != "github.com/spf13/cobra" {
			continue
		}
		found = true
		if c.Hashes == nil || len(*c.Hashes) != 1 {
			t.Fatalf("cobra has no hash: %+v", c)
		}
		h1, ok := lookupSum(string(gosum), c.Name, c.Version)
		want, _ := goSumSHA256(h1)
		if !ok || (*c.Hashes)[0].Value != want || c.PackageURL != "pkg:golang/github.com/spf13/cobra@"+c.Version {
			t.Errorf("cobra %s: hash %s purl %s; go.sum has %s", c.Version, (*c.Hashes)[0].Value, c.PackageURL, h1)
		}
	}
	if !found {
		t.Errorf("the SBOM does not list github.com/spf13/cobra (%d components)", len(*bom.Components))
	}
}

func lookupSum(gosum, path, version string) (string, bool) {
	for _, line := range strings.Split(gosum, "\n") {
		f := strings.Fields(line)
		if len(f) == 3 && f[0] == path && f[1] == version {
			return f[2], true
		}
	}
	return "", false
}

// TestReleaseRefuses: bad options and a folder holding other files are
// refused before anything is built, with the value at fault named.
func TestReleaseRefuses(t *testing.T) {
	key, _ := testKey(t)
	base := Options{BuildOptions: BuildOptions{ModuleDir: moduleDir(t), Version: "v1.0.0"}, Created: time.Unix(1, 0), Key: key}
	foreign := t.TempDir()
	if err := os.WriteFile(filepath.Join(foreign, "notes.md"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name string
		edit func(*Options)
		dir  string
		want string
	}{
		{"version with a slash", func(o *Options) { o.Version = "v1/../x" }, "", `version "v1/../x"`},
		{"empty version", func(o *Options) { o.Version = "" }, "", `version ""`},
		{"revision not hex", func(o *Options) { o.Revision = "main; rm" }, "", `revision "main; rm"`},
		{"bad platform", func(o *Options) { o.Platforms = []Platform{{"linux", "x86/64"}} }, "", `platform "linux/x86/64"`},
		{"no key", func(o *Options) { o.Key = nil }, "", "no signing key"},
		{"no time", func(o *Options) { o.Created = time.Time{} }, "", "no creation time"},
		{"foreign folder", func(*Options) {}, foreign, "notes.md, which is not a release file"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			o := base
			tc.edit(&o)
			dir := tc.dir
			if dir == "" {
				dir = filepath.Join(t.TempDir(), "dist")
			}
			_, err := Make(t.Context(), dir, o)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Fatalf("err = %v; want it to contain %q", err, tc.want)
			}
			if tc.dir != "" {
				if _, err := os.Stat(filepath.Join(foreign, "notes.md")); err != nil {
					t.Errorf("the foreign file is gone: %v", err)
				}
			}
		})
	}
}
