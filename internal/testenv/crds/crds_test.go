package crds_test

//go:generate go test -run TestCopies -update .

import (
	"archive/zip"
	"crypto/sha1"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strings"
	"testing"

	"isobar.dev/isobar/internal/testenv/crds"
)

var update = flag.Bool("update", false, "rewrite the copies of module sources from the module proxy")

// TestCopies checks that each CRD is, byte for byte, the file SOURCES
// names: the file of the Go module version whose zip has the recorded sum,
// or, for a git source, a file whose git blob id is the one recorded for
// that tag (a changed byte changes the id).
func TestCopies(t *testing.T) {
	srcs, err := crds.Sources()
	if err != nil {
		t.Fatal(err)
	}
	if len(srcs) < 2 {
		t.Fatalf("SOURCES lists %d CRDs", len(srcs))
	}
	for _, src := range srcs {
		t.Run(src.File, func(t *testing.T) {
			got, err := crds.Read(src.File)
			if err != nil {
				t.Fatal(err)
			}
			if src.Git() {
				if id := "git:" + blobID(got); id != src.Sum {
					t.Errorf("%s: git blob %s, but %s at %s has %s", src.File, id, src.Path, src.Version, src.Sum)
				}
				return
			}
			if _, err := exec.LookPath("go"); err != nil {
				t.Skip("the go command is not on PATH")
			}
			want := moduleFile(t, src)
			if *update {
				if err := os.WriteFile(src.File, want, 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if string(got) != string(want) {
				t.Errorf("%s differs from %s in %s@%s (go test -run TestCopies -update rewrites it)", src.File, src.Path, src.Origin, src.Version)
			}
		})
	}
}

// TestBlobID checks the git blob id against one git itself computed.
func TestBlobID(t *testing.T) {
	// printf 'hello\n' | git hash-object --stdin
	if got := blobID([]byte("hello\n")); got != "ce013625030ba8dba906f756967f9e9ca394464a" {
		t.Errorf("blob id %s", got)
	}
}

// blobID is the id git gives a file's content.
func blobID(b []byte) string {
	h := sha1.New()
	fmt.Fprintf(h, "blob %d\x00", len(b))
	h.Write(b)
	return hex.EncodeToString(h.Sum(nil))
}

// moduleFile reads a file of a module version through the go command's
// module cache (downloading the zip from the module proxy when it is not
// there yet), after checking the zip's sum is the recorded one.
func moduleFile(t *testing.T, src crds.Source) []byte {
	t.Helper()
	cmd := exec.Command("go", "mod", "download", "-json", src.Origin+"@"+src.Version)
	cmd.Dir = t.TempDir() // outside this module: no go.mod to consult or change
	cmd.Env = append(os.Environ(), "GOFLAGS=-mod=mod")
	out, err := cmd.Output()
	var info struct{ Zip, Sum, Error string }
	if jerr := json.Unmarshal(out, &info); jerr != nil || info.Zip == "" {
		t.Fatalf("go mod download %s@%s: %v %s", src.Origin, src.Version, err, out)
	}
	// A module that needs a newer Go than this one reports it in Error,
	// but its zip is downloaded and verified all the same.
	if info.Sum != src.Sum {
		t.Fatalf("%s@%s: the module's sum is %s, SOURCES records %s", src.Origin, src.Version, info.Sum, src.Sum)
	}
	z, err := zip.OpenReader(info.Zip)
	if err != nil {
		t.Fatal(err)
	}
	defer z.Close()
	name := src.Origin + "@" + src.Version + "/" + src.Path
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
	t.Fatalf("%s: no file %s", info.Zip, strings.TrimPrefix(name, "/"))
	return nil
}
