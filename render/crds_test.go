package render_test

//go:generate go test -run TestCRDCopies -update .

import (
	"archive/zip"
	"bufio"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// crdSource is where a copied CRD comes from: a file of a Go module at a
// version whose zip has a known sum.
type crdSource struct {
	file, module, version, sum, path string
}

// crdSources reads testdata/crds/SOURCES.
func crdSources(t *testing.T) []crdSource {
	t.Helper()
	f, err := os.Open(filepath.Join("testdata", "crds", "SOURCES"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []crdSource
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		fields := strings.Split(line, "\t")
		if len(fields) != 5 {
			t.Fatalf("SOURCES: %q: expected file, module, version, sum and path, tab-separated", line)
		}
		out = append(out, crdSource{fields[0], fields[1], fields[2], fields[3], fields[4]})
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// moduleFile reads a file of a module version through the go command's
// module cache (downloading the zip from the module proxy when it is not
// there yet), after checking the zip's sum is the recorded one.
func moduleFile(t *testing.T, src crdSource) []byte {
	t.Helper()
	cmd := exec.Command("go", "mod", "download", "-json", src.module+"@"+src.version)
	cmd.Dir = t.TempDir() // outside this module: no go.mod to consult or change
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
	out, err := cmd.Output()
	var info struct{ Zip, Sum, Error string }
	if jerr := json.Unmarshal(out, &info); jerr != nil || info.Zip == "" {
		t.Fatalf("go mod download %s@%s: %v %s", src.module, src.version, err, out)
	}
	// A module that needs a newer Go than this one reports it in Error,
	// but its zip is downloaded and verified all the same.
	if info.Sum != src.sum {
		t.Fatalf("%s@%s: the module's sum is %s, SOURCES records %s", src.module, src.version, info.Sum, src.sum)
	}
	z, err := zip.OpenReader(info.Zip)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	name := src.module + "@" + src.version + "/" + src.path
	for _, f := range z.File {
		if f.Name != name {
			continue
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		defer rc.Close()
		b, err := io.ReadAll(rc)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	t.Fatalf("%s: no file %s", info.Zip, name)
	return nil
}

// TestCRDCopies checks that each CRD under testdata/crds is the file of
// the module version SOURCES names, byte for byte.
func TestCRDCopies(t *testing.T) {
	if _, err := exec.LookPath("go"); err != nil {
		t.Skip("the go command is not on PATH")
	}
	for _, src := range crdSources(t) {
		t.Run(src.file, func(t *testing.T) {
			goldenFile(t, filepath.Join("testdata", "crds", src.file), moduleFile(t, src))
		})
	}
}
