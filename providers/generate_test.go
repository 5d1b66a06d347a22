package providers

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"testing"

	"isobar.dev/isobar/providers/internal/build"
	"isobar.dev/isobar/providers/internal/wire"
)

// dataDir is the public data set relative to this package, as in the
// generate directive of generate.go.
const dataDir = "../../shared/data"

func requireData(t *testing.T) {
	t.Helper()
	if _, err := os.Stat(filepath.Join(dataDir, "regions.csv")); errors.Is(err, fs.ErrNotExist) {
		t.Skipf("data set %s not present", dataDir)
	} else if err != nil {
		t.Fatal(err)
	}
}

func TestGeneratorReproducible(t *testing.T) {
	requireData(t)
	committed, err := os.ReadFile("catalog.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(committed, catalogJSON) {
		t.Fatal("embedded catalog differs from catalog.json on disk")
	}

	t.Run("in-process", func(t *testing.T) {
		for i := range 2 {
			got, err := build.Build(build.Options{DataDir: dataDir})
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, committed) {
				t.Fatalf("run %d: generated catalog differs from catalog.json; run go generate ./providers", i)
			}
		}
	})

	t.Run("go run", func(t *testing.T) {
		if testing.Short() {
			t.Skip("skipping go run in -short mode")
		}
		goBin, err := exec.LookPath("go")
		if err != nil {
			t.Skip("go tool not in PATH")
		}
		out := filepath.Join(t.TempDir(), "catalog.json")
		cmd := exec.Command(goBin, "run", "./internal/gen", "-data", dataDir, "-out", out)
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("go run ./internal/gen: %v\n%s", err, b)
		}
		got, err := os.ReadFile(out)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, committed) {
			t.Fatal("go run ./internal/gen output differs from catalog.json")
		}
		cmd = exec.Command(goBin, "run", "./internal/gen", "-data", dataDir, "-out", "catalog.json", "-check")
		if b, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("gen -check: %v\n%s", err, b)
		}
	})

	t.Run("date flag", func(t *testing.T) {
		got, err := build.Build(build.Options{DataDir: dataDir, Date: "2030-01-02"})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Contains(got, []byte(`"compiled": "2030-01-02"`)) {
			t.Error("-date override not applied")
		}
		if _, err := build.Build(build.Options{DataDir: dataDir, Date: "yesterday"}); err == nil {
			t.Error("bad date accepted")
		}
	})
}

// TestCatalogCanonical checks the committed file is in canonical form:
// decoding and re-encoding gives the same bytes, and object keys are sorted.
func TestCatalogCanonical(t *testing.T) {
	w, err := wire.Decode(catalogJSON)
	if err != nil {
		t.Fatal(err)
	}
	again, err := wire.Encode(w)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(again, catalogJSON) {
		t.Error("re-encoding catalog.json changes it")
	}
	if err := checkSortedKeys(json.NewDecoder(bytes.NewReader(catalogJSON))); err != nil {
		t.Error(err)
	}
}

// checkSortedKeys walks one JSON value and reports an object whose keys
// are not in increasing order.
func checkSortedKeys(dec *json.Decoder) error {
	tok, err := dec.Token()
	if err != nil {
		return err
	}
	switch tok {
	case json.Delim('{'):
		prev := ""
		for dec.More() {
			k, err := dec.Token()
			if err != nil {
				return err
			}
			key := k.(string)
			if key <= prev {
				return errors.New("keys not sorted: " + prev + " then " + key)
			}
			prev = key
			if err := checkSortedKeys(dec); err != nil {
				return err
			}
		}
		_, err = dec.Token()
		return err
	case json.Delim('['):
		for dec.More() {
			if err := checkSortedKeys(dec); err != nil {
				return err
			}
		}
		_, err = dec.Token()
		return err
	}
	return nil
}
