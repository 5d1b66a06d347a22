package bundle

import (
	"bytes"
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// The upstream cosign CLI, built by hack/build-cosign.sh (or $ISOBAR_COSIGN).
// These tests skip without it, unless ISOBAR_REQUIRE_COSIGN=1.

func cosignCLI(t testing.TB) string {
	t.Helper()
	p, ok := findCosign(t)
	if ok {
		return p
	}
	msg := fmt.Sprintf("cosign not found at %s (set ISOBAR_COSIGN, or run hack/build-cosign.sh)", p)
	if os.Getenv("ISOBAR_REQUIRE_COSIGN") == "1" {
		t.Fatalf("%s; ISOBAR_REQUIRE_COSIGN=1 requires it", msg)
	}
	t.Skipf("skipping: %s; set ISOBAR_REQUIRE_COSIGN=1 to make this a failure", msg)
	return ""
}

// findCosign is where the CLI is: $ISOBAR_COSIGN, else where
// hack/build-cosign.sh builds it; and whether it is there.
func findCosign(tb testing.TB) (string, bool) {
	tb.Helper()
	p := os.Getenv("ISOBAR_COSIGN")
	if p == "" {
		out, err := exec.Command("bash", filepath.Join(repoRoot(tb), "hack", "build-cosign.sh"), "--print-path").Output()
		if err != nil {
			tb.Fatalf("hack/build-cosign.sh --print-path: %v", err)
		}
		p = strings.TrimSpace(string(out))
	}
	fi, err := os.Stat(p)
	return p, err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0
}

// cosignEnv is an environment for the CLI: its own HOME, no Docker
// credentials, the key password, no prompts. `cosign verify` fetches
// Sigstore's TUF trusted root even with --key and --insecure-ignore-tlog
// (and only warns when that fails) unless one of the SIGSTORE_* key file
// variables is set; pointing SIGSTORE_CT_LOG_PUBLIC_KEY_FILE at a file keeps
// it off the network. Key-based verification never reads that file.
func cosignEnv(t testing.TB) []string {
	t.Helper()
	home := t.TempDir()
	ctlog := filepath.Join(home, "unused-ctlog.pub")
	if err := os.WriteFile(ctlog, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return []string{
		"SIGSTORE_CT_LOG_PUBLIC_KEY_FILE=" + ctlog,
		"HOME=" + home,
		"DOCKER_CONFIG=" + filepath.Join(home, ".docker"),
		"PATH=" + os.Getenv("PATH"),
		PasswordEnv + "=" + testPassword,
		"COSIGN_YES=true",
	}
}

// runCosign runs the CLI and returns its combined output.
func runCosign(t testing.TB, dir string, args ...string) (string, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, cosignCLI(t), args...)
	cmd.Dir = dir
	cmd.Env = cosignEnv(t)
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err := cmd.Run()
	t.Logf("cosign %s (%v): %v\n%s", strings.Join(args, " "), time.Since(start).Round(time.Millisecond), err, indent(out.String()))
	return out.String(), err
}

func indent(s string) string {
	s = strings.TrimRight(s, "\n")
	if s == "" {
		return ""
	}
	return "    | " + strings.ReplaceAll(s, "\n", "\n    | ")
}

// TestCosignCLIVerifiesIsobarSignature: isobar's keys and signature, the
// upstream CLI verifies.
func TestCosignCLIVerifiesIsobarSignature(t *testing.T) {
	cosignCLI(t)
	tr := newTestRegistry(t)
	a, other := twoKeys(t)
	b := mustBuild(t, testFiles(t), testMetadata())
	d := publish(t, tr, "isobar/eu-1", b, a.key)

	out, err := runCosign(t, a.dir, "verify", "--key", "cosign.pub", "--insecure-ignore-tlog=true", "--allow-insecure-registry", d)
	if err != nil {
		t.Fatalf("cosign verify refused isobar's signature: %v", err)
	}
	if !strings.Contains(out, b.Digest.String()) || !strings.Contains(out, "The signatures were verified against the specified public key") {
		t.Errorf("unexpected cosign output")
	}
	// By tag too (the CLI resolves it), and the other key is refused.
	tag := tr.repo("isobar/eu-1") + ":" + Tag(b.Metadata)
	if _, err := runCosign(t, a.dir, "verify", "--key", "cosign.pub", "--insecure-ignore-tlog=true", "--allow-insecure-registry", tag); err != nil {
		t.Fatalf("cosign verify by tag: %v", err)
	}
	if _, err := runCosign(t, other.dir, "verify", "--key", "cosign.pub", "--insecure-ignore-tlog=true", "--allow-insecure-registry", d); err == nil {
		t.Fatal("cosign verify accepted the signature with another key")
	}
}

// TestIsobarVerifiesCosignCLISignature: a key pair and a signature made by
// the upstream CLI; isobar verifies and pulls.
func TestIsobarVerifiesCosignCLISignature(t *testing.T) {
	cosignCLI(t)
	tr := newTestRegistry(t)
	keyDir := t.TempDir()
	if _, err := runCosign(t, keyDir, "generate-key-pair"); err != nil {
		t.Fatalf("cosign generate-key-pair: %v", err)
	}
	b := mustBuild(t, testFiles(t), testMetadata())
	d := publish(t, tr, "isobar/eu-1", b, nil)
	if _, err := runCosign(t, keyDir, "sign", "--key", "cosign.key", "--tlog-upload=false", "--allow-insecure-registry", "-y", d); err != nil {
		t.Fatalf("cosign sign: %v", err)
	}
	trust, err := TrustKeyFile(filepath.Join(keyDir, "cosign.pub"))
	if err != nil {
		t.Fatal(err)
	}
	ctx := ctxT(t)
	if _, err := Verify(ctx, tr.repo("isobar/eu-1")+":"+Tag(b.Metadata), trust, WithInsecure()); err != nil {
		t.Fatalf("Verify of a cosign CLI signature: %v", err)
	}
	p, err := Pull(ctx, d, trust, WithInsecure(), WithCluster("eu-1"))
	if err != nil {
		t.Fatal(err)
	}
	if len(p.Objects) != 5 {
		t.Fatalf("%d objects", len(p.Objects))
	}
	// isobar's own key is not trusted for it.
	a, _ := twoKeys(t)
	_, err = Verify(ctx, d, Trust{PublicKey: a.pair.PublicKey}, WithInsecure())
	wantKind(t, err, ErrSignature)
}

// TestCosignKeyPairInterop: keys from `cosign generate-key-pair` sign with
// isobar (and the CLI verifies); keys from GenerateKeyPair sign with the CLI
// (and isobar verifies).
func TestCosignKeyPairInterop(t *testing.T) {
	cosignCLI(t)
	tr := newTestRegistry(t)
	ctx := ctxT(t)

	t.Run("cosign keys, isobar signs", func(t *testing.T) {
		keyDir := t.TempDir()
		if _, err := runCosign(t, keyDir, "generate-key-pair"); err != nil {
			t.Fatal(err)
		}
		key, err := ReadPrivateKeyFile(filepath.Join(keyDir, "cosign.key"), []byte(testPassword))
		if err != nil {
			t.Fatalf("isobar cannot load cosign's key: %v", err)
		}
		pub, err := os.ReadFile(filepath.Join(keyDir, "cosign.pub"))
		if err != nil {
			t.Fatal(err)
		}
		if mine, err := key.PublicKey(); err != nil || !bytes.Equal(mine, pub) {
			t.Fatalf("public key from cosign.key differs from cosign.pub: %v", err)
		}
		d := publish(t, tr, "interop/a", mustBuild(t, testFiles(t), testMetadata()), key)
		if _, err := runCosign(t, keyDir, "verify", "--key", "cosign.pub", "--insecure-ignore-tlog=true", "--allow-insecure-registry", d); err != nil {
			t.Fatal(err)
		}
		if _, err := Verify(ctx, d, Trust{PublicKey: pub}, WithInsecure()); err != nil {
			t.Fatal(err)
		}
	})
	t.Run("isobar keys, cosign signs", func(t *testing.T) {
		pair, err := GenerateKeyPair([]byte(testPassword))
		if err != nil {
			t.Fatal(err)
		}
		keyDir := t.TempDir()
		if err := os.WriteFile(filepath.Join(keyDir, "cosign.key"), pair.PrivateKey, 0o600); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(keyDir, "cosign.pub"), pair.PublicKey, 0o644); err != nil {
			t.Fatal(err)
		}
		d := publish(t, tr, "interop/b", mustBuild(t, testFiles(t), testMetadata()), nil)
		if _, err := runCosign(t, keyDir, "sign", "--key", "cosign.key", "--tlog-upload=false", "--allow-insecure-registry", "-y", d); err != nil {
			t.Fatalf("cosign cannot sign with isobar's key: %v", err)
		}
		if _, err := Verify(ctx, d, Trust{PublicKey: pair.PublicKey}, WithInsecure()); err != nil {
			t.Fatal(err)
		}
		if _, err := runCosign(t, keyDir, "verify", "--key", "cosign.pub", "--insecure-ignore-tlog=true", "--allow-insecure-registry", d); err != nil {
			t.Fatal(err)
		}
	})
}
