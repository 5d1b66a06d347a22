package release

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

// Platform is an operating system and architecture Go builds for.
type Platform struct {
	OS   string
	Arch string
}

func (p Platform) String() string { return p.OS + "/" + p.Arch }

// ParsePlatform reads "os/arch".
func ParsePlatform(s string) (Platform, error) {
	osName, arch, ok := strings.Cut(s, "/")
	if !ok || !nameRE.MatchString(osName) || !nameRE.MatchString(arch) {
		return Platform{}, fmt.Errorf("platform %q: want os/arch, e.g. linux/amd64", s)
	}
	return Platform{OS: osName, Arch: arch}, nil
}

var nameRE = regexp.MustCompile(`^[a-z0-9]+$`)

// Platforms are the platforms a release ships binaries for.
var Platforms = []Platform{
	{"linux", "amd64"}, {"linux", "arm64"},
	{"darwin", "amd64"}, {"darwin", "arm64"},
}

// Package is the main package a release builds.
const Package = "./cmd/isobar"

// BuildOptions say what to build. Version is required; the rest default.
type BuildOptions struct {
	// ModuleDir is the root of the isobar module (the folder of go.mod).
	// Default: the current directory.
	ModuleDir string
	// Version is stamped into the binaries and names the files: a tag such
	// as v1.2.0 (letters, digits, '.', '-', '+').
	Version string
	// Revision is the commit stamped into the binaries (may be empty).
	Revision string
	// Platforms to build. Default: Platforms.
	Platforms []Platform
	// Go is the go command. Default: "go".
	Go string
}

var versionRE = regexp.MustCompile(`^[A-Za-z0-9][A-Za-z0-9.+-]{0,127}$`)
var revisionRE = regexp.MustCompile(`^[0-9a-f]{0,64}$`)

func (o *BuildOptions) validate() error {
	if !versionRE.MatchString(o.Version) {
		return fmt.Errorf("version %q: want a tag such as v1.2.0 (letters, digits, '.', '-', '+'; at most 128)", o.Version)
	}
	if !revisionRE.MatchString(o.Revision) {
		return fmt.Errorf("revision %q: want a git commit in hexadecimal", o.Revision)
	}
	if o.ModuleDir == "" {
		o.ModuleDir = "."
	}
	if o.Go == "" {
		o.Go = "go"
	}
	if len(o.Platforms) == 0 {
		o.Platforms = Platforms
	}
	for _, p := range o.Platforms {
		if !nameRE.MatchString(p.OS) || !nameRE.MatchString(p.Arch) {
			return fmt.Errorf("platform %q: want os/arch, e.g. linux/amd64", p)
		}
	}
	return nil
}

// Artefact is one file of a release.
type Artefact struct {
	// Name is the file's name in the release folder.
	Name string `json:"name"`
	// Platform is set for binaries.
	Platform *Platform `json:"platform,omitempty"`
	Size     int64     `json:"size"`
	// SHA256 is the file's digest in hexadecimal.
	SHA256 string `json:"sha256"`
}

// BinaryName is the file name of a release's binary for a platform.
func BinaryName(version string, p Platform) string {
	return fmt.Sprintf("isobar_%s_%s_%s", version, p.OS, p.Arch)
}

// Binaries builds the isobar binary for each platform into dir, which must
// exist, and returns them in the order of the platforms. The build is
// reproducible: CGO off, paths trimmed, no build ID, no VCS stamp from the
// work tree (the revision comes from o.Revision), GOFLAGS and the
// per-architecture levels fixed, so only the source, the module graph and
// the Go toolchain decide the bytes.
func Binaries(ctx context.Context, dir string, o BuildOptions) ([]Artefact, error) {
	if err := o.validate(); err != nil {
		return nil, err
	}
	ldflags := strings.Join([]string{
		"-s", "-w", "-buildid=",
		"-X", "isobar.dev/isobar/internal/version.Version=" + o.Version,
		"-X", "isobar.dev/isobar/internal/version.Revision=" + o.Revision,
	}, " ")
	var out []Artefact
	for _, p := range o.Platforms {
		name := BinaryName(o.Version, p)
		path, err := filepath.Abs(filepath.Join(dir, name))
		if err != nil {
			return nil, err
		}
		cmd := exec.CommandContext(ctx, o.Go, "build", "-trimpath", "-buildvcs=false",
			"-ldflags", ldflags, "-o", path, Package)
		cmd.Dir = o.ModuleDir
		cmd.Env = buildEnv(p)
		var stderr bytes.Buffer
		cmd.Stdout, cmd.Stderr = &stderr, &stderr
		if err := cmd.Run(); err != nil {
			return nil, fmt.Errorf("building %s: %w\n%s", p, err, strings.TrimSpace(stderr.String()))
		}
		a, err := describe(path)
		if err != nil {
			return nil, err
		}
		a.Platform = &p
		out = append(out, a)
	}
	return out, nil
}

// buildEnv is the environment of a release build: the caller's (for PATH,
// HOME, the module and build caches and the proxy), less every setting that
// changes the output, plus the platform's.
func buildEnv(p Platform) []string {
	var env []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch {
		case k == "GOFLAGS", k == "GOOS", k == "GOARCH", k == "CGO_ENABLED", k == "GOEXPERIMENT",
			k == "GO386", k == "GOAMD64", k == "GOARM", k == "GOARM64", k == "GOMIPS", k == "GOPPC64", k == "GORISCV64",
			k == "GOWORK", strings.HasPrefix(k, "CGO_"):
			continue
		}
		env = append(env, kv)
	}
	return append(env, "GOOS="+p.OS, "GOARCH="+p.Arch, "CGO_ENABLED=0", "GOFLAGS=-mod=readonly", "GOWORK=off")
}

// describe reads a file's size and SHA-256.
func describe(path string) (Artefact, error) {
	f, err := os.Open(path)
	if err != nil {
		return Artefact{}, err
	}
	defer f.Close()
	h := sha256.New()
	n, err := io.Copy(h, f)
	if err != nil {
		return Artefact{}, fmt.Errorf("%s: %w", path, err)
	}
	return Artefact{Name: filepath.Base(path), Size: n, SHA256: hex.EncodeToString(h.Sum(nil))}, nil
}

// errNoArtefacts is returned for an empty release.
var errNoArtefacts = errors.New("no artefacts")
