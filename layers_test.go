// Package isobar_test guards the shape of the module: the packages follow the
// pipeline (schema and providers, planner, render, bundle, reconciler) and no
// package imports a later stage. The picture is read from `go list`, not from
// a hand-kept list of imports, and a failure names the arrow that broke.
package isobar_test

import (
	"encoding/json"
	"fmt"
	"io"
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const module = "isobar.dev/isobar"

// A layer is a set of packages at one place in the pipeline.
type layer struct {
	name string
	// rank orders the pipeline: a package may import packages of a lower
	// rank, its own layer, and leaf utilities.
	rank int
	// core layers evaluate and compute; they do no network or cluster I/O.
	core bool
}

var (
	leaf        = layer{"leaf utility", -1, true}
	schemaL     = layer{"schema", 0, true}
	providersL  = layer{"providers", 0, true}
	plannerL    = layer{"planner", 1, true}
	renderL     = layer{"render", 2, true}
	bundleL     = layer{"bundle", 3, false}
	demandL     = layer{"demand", 3, false} // reads telemetry over the network
	reconcilerL = layer{"reconciler", 4, false}
	cliL        = layer{"command line", 5, false}
	harnessL    = layer{"test harness", 5, false}
	mainL       = layer{"main", 6, false}
)

// layerOf places a package of the module; every package must have a place.
func layerOf(pkg string) (layer, bool) {
	rel := strings.TrimPrefix(strings.TrimPrefix(pkg, module), "/")
	first, _, _ := strings.Cut(rel, "/")
	switch first {
	case "schema":
		return schemaL, true
	case "providers":
		return providersL, true
	case "planner":
		if rel == "planner/internal/solverbench" {
			// A benchmark program inside the planner's tree, for its
			// instance generator.
			return harnessL, true
		}
		return plannerL, true
	case "render":
		return renderL, true
	case "bundle":
		return bundleL, true
	case "demand":
		return demandL, true
	case "reconciler":
		return reconcilerL, true
	case "cmd":
		return mainL, true
	case "internal":
		second, _, _ := strings.Cut(strings.TrimPrefix(rel, "internal/"), "/")
		switch second {
		case "money", "atomicfile", "version", "kinds", "outdir":
			return leaf, true
		case "cli", "preview", "report", "scaffold", "release":
			return cliL, true
		case "testenv":
			return harnessL, true
		}
	}
	return layer{}, false
}

// Imports a core package may not make itself (network I/O), and modules no
// core package may depend on, even indirectly (git, registries, clusters).
var (
	coreForbiddenImports = []string{"net", "net/http", "crypto/tls"}
	coreForbiddenDeps    = []string{
		"github.com/go-git/", "github.com/google/go-containerregistry/", "github.com/sigstore/",
		"github.com/fluxcd/", "k8s.io/client-go/", "sigs.k8s.io/controller-runtime",
	}
)

type listed struct {
	ImportPath string
	Imports    []string
	Deps       []string
}

func listPackages(t *testing.T) []listed {
	t.Helper()
	cmd := exec.Command("go", "list", "-json=ImportPath,Imports,Deps", "./...")
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	var pkgs []listed
	dec := json.NewDecoder(strings.NewReader(string(out)))
	for {
		var p listed
		if err := dec.Decode(&p); err == io.EOF {
			break
		} else if err != nil {
			t.Fatalf("go list output: %v", err)
		}
		pkgs = append(pkgs, p)
	}
	if len(pkgs) < 10 {
		t.Fatalf("go list found %d packages; expected the whole module", len(pkgs))
	}
	return pkgs
}

// TestLayers checks every import arrow between the module's packages (test
// files aside): stages import only earlier stages, schema and providers
// import neither each other nor any other stage, leaf utilities import no
// package of the module, and nothing outside the command line imports it.
func TestLayers(t *testing.T) {
	for _, p := range listPackages(t) {
		from, ok := layerOf(p.ImportPath)
		if !ok {
			if p.ImportPath == module {
				continue // this test
			}
			t.Errorf("%s has no place in the layout: put it in a stage, internal/ (command line, leaf utility) or internal/testenv", p.ImportPath)
			continue
		}
		for _, imp := range p.Imports {
			if !strings.HasPrefix(imp, module+"/") {
				continue
			}
			to, ok := layerOf(imp)
			if !ok {
				continue // reported as the package itself
			}
			if err := arrowAllowed(from, to); err != nil {
				t.Errorf("%s → %s: %v", p.ImportPath, imp, err)
			}
		}
	}
}

func arrowAllowed(from, to layer) error {
	switch {
	case from == to:
		return nil // within a stage
	case from == leaf:
		return fmt.Errorf("a leaf utility imports no package of the module")
	case to == leaf:
		return nil
	case to == cliL && from != mainL && from != cliL:
		return fmt.Errorf("only the command line and main packages may import the command line")
	case to == harnessL && from != mainL && from != harnessL:
		return fmt.Errorf("only main packages and other harnesses may import the test harness outside tests")
	case to.rank >= from.rank:
		return fmt.Errorf("%s may not import %s: no stage imports its own rank or a later stage", from.name, to.name)
	}
	return nil
}

// TestCoreDoesNoIO checks that the core (schema, providers, planner, render
// and the leaf utilities) opens no network connection itself and depends on
// no git, registry or cluster client.
func TestCoreDoesNoIO(t *testing.T) {
	for _, p := range listPackages(t) {
		l, ok := layerOf(p.ImportPath)
		if !ok || !l.core {
			continue
		}
		for _, imp := range p.Imports {
			if slices.Contains(coreForbiddenImports, imp) {
				t.Errorf("%s → %s: the core does no network I/O", p.ImportPath, imp)
			}
		}
		for _, dep := range p.Deps {
			for _, f := range coreForbiddenDeps {
				if strings.HasPrefix(dep, f) {
					t.Errorf("%s depends on %s: the core reaches no git, registry or cluster", p.ImportPath, dep)
				}
			}
		}
	}
}

// TestArrowRules checks the rule itself on arrows that must break.
func TestArrowRules(t *testing.T) {
	for _, tc := range []struct {
		from, to layer
		ok       bool
	}{
		{plannerL, schemaL, true},
		{plannerL, providersL, true},
		{plannerL, leaf, true},
		{plannerL, renderL, false},
		{schemaL, providersL, false},
		{providersL, schemaL, false},
		{renderL, bundleL, false},
		{renderL, reconcilerL, false},
		{bundleL, renderL, true},
		{reconcilerL, bundleL, true},
		{reconcilerL, cliL, false},
		{renderL, harnessL, false},
		{leaf, schemaL, false},
		{cliL, reconcilerL, true},
		{mainL, cliL, true},
		{mainL, harnessL, true},
	} {
		if got := arrowAllowed(tc.from, tc.to) == nil; got != tc.ok {
			t.Errorf("%s → %s allowed = %v, want %v", tc.from.name, tc.to.name, got, tc.ok)
		}
	}
}
