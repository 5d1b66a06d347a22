package cli

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"

	"isobar.dev/isobar/bundle"
	"isobar.dev/isobar/internal/atomicfile"
)

// trustOptions are the flags that say whose signature a bundle must carry.
type trustOptions struct {
	key, identity, identityRegexp, issuer, issuerRegexp, rekorURL string
}

func (o *trustOptions) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.key, "key", "", "the cosign public key the bundle must be signed with (cosign.pub)")
	f.StringVar(&o.identity, "certificate-identity", "", "keyless: the identity the signing certificate must be issued to (needs Sigstore)")
	f.StringVar(&o.identityRegexp, "certificate-identity-regexp", "", "keyless: a regular expression the identity must match")
	f.StringVar(&o.issuer, "certificate-oidc-issuer", "", "keyless: the OIDC issuer that vouched for the identity")
	f.StringVar(&o.issuerRegexp, "certificate-oidc-issuer-regexp", "", "keyless: a regular expression the issuer must match")
	f.StringVar(&o.rekorURL, "rekor-url", "", "require the signature's entry in this transparency log")
}

func (o *trustOptions) trust() (bundle.Trust, error) {
	t := bundle.Trust{
		CertIdentity: o.identity, CertIdentityRegexp: o.identityRegexp,
		CertOIDCIssuer: o.issuer, CertOIDCIssuerRegexp: o.issuerRegexp, RekorURL: o.rekorURL,
	}
	if o.key != "" {
		k, err := bundle.TrustKeyFile(o.key)
		if err != nil {
			return bundle.Trust{}, err
		}
		t.PublicKey = k.PublicKey
	}
	if t.PublicKey == nil && t.CertIdentity == "" && t.CertIdentityRegexp == "" {
		return bundle.Trust{}, usageError{errors.New("say whose signature to trust: --key cosign.pub, or --certificate-identity and --certificate-oidc-issuer")}
	}
	if err := t.Validate(); err != nil {
		return bundle.Trust{}, usageError{err}
	}
	return t, nil
}

func newVerify() *cobra.Command {
	var (
		out   output
		reg   registryOptions
		trust trustOptions
	)
	cmd := &cobra.Command{
		Use:   "verify REF",
		Short: "Check a bundle's signature",
		Long: `Verify resolves REF (REPO:tag or REPO@sha256:…) to its digest and checks that a
cosign signature of exactly that digest was made with the trusted key (or,
keyless, by the given identity). It prints the verified digest reference,
which is what to deploy: a tag can move, a digest cannot.

The check as a whole is bounded by --timeout, and a registry silent for
--io-timeout (not accepting a connection, not answering, or stopping in the
middle of a transfer) fails it with an error naming the registry.`,
		Example: `  isobar verify ghcr.io/acme/bundles:eu-1-4f2c1e0d --key cosign.pub`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := out.validate(); err != nil {
				return err
			}
			t, err := trust.trust()
			if err != nil {
				return err
			}
			opts, err := reg.options()
			if err != nil {
				return err
			}
			ref, err := bundle.Verify(cmd.Context(), args[0], t, opts...)
			if err != nil {
				return err
			}
			if out.json() {
				return writeJSON(cmd.OutOrStdout(), map[string]any{"reference": ref.String(), "verified": true})
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Verified: %s\n", ref)
			return nil
		},
	}
	out.register(cmd)
	reg.register(cmd)
	trust.register(cmd)
	return cmd
}

func newPull() *cobra.Command {
	var (
		out     output
		reg     registryOptions
		limits  limitOptions
		trust   trustOptions
		dir     string
		cluster string
	)
	cmd := &cobra.Command{
		Use:   "pull REF --out DIR",
		Short: "Verify a bundle, check its content, and write its files",
		Long: `Pull verifies REF's signature first (see isobar verify), then fetches the
bundle by the verified digest and checks everything before writing anything:
media types, digests, size (no decompression bombs), safe paths (no "..",
absolute paths or links), YAML Kubernetes objects without duplicates, and
namespaces within the bundle's allowed ones. Only then are the files written
to DIR, as a whole; on any error DIR is left as it was.

DIR must be new, empty, or hold exactly what an earlier pull or render wrote
there (listed in its .isobar-output file): a folder holding anything else is
refused and left as it is, and so are the current folder and the folders
above it. The new files are written beside DIR and swapped in.

A bundle may hold at most --max-objects objects and --max-size bytes: a
larger one is refused from its signed manifest and config, before its
content is downloaded. The whole pull is bounded by --timeout, and a
registry silent for --io-timeout fails it.`,
		Example: `  isobar pull ghcr.io/acme/bundles:eu-1-4f2c1e0d --key cosign.pub --out eu-1 --cluster eu-1`,
		Args:    cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := out.validate(); err != nil {
				return err
			}
			if dir == "" {
				return usageError{errors.New("--out is required")}
			}
			t, err := trust.trust()
			if err != nil {
				return err
			}
			opts, err := bundleOptions(&reg, &limits)
			if err != nil {
				return err
			}
			opts = append(opts, bundle.WithOutputDir(dir))
			if cluster != "" {
				opts = append(opts, bundle.WithCluster(cluster))
			}
			p, err := bundle.Pull(cmd.Context(), args[0], t, opts...)
			if err != nil {
				return err
			}
			if out.json() {
				doc := map[string]any{
					"reference": p.Ref.String(), "cluster": p.Metadata.Cluster, "revision": p.Metadata.Revision,
					"planDigest": p.Metadata.PlanDigest, "jurisdiction": p.Metadata.Jurisdiction,
					"files": len(p.Files), "objects": len(p.Objects), "out": dir,
				}
				if c := p.Metadata.Contingency; c != nil {
					doc["contingency"] = c
				}
				return writeJSON(cmd.OutOrStdout(), doc)
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Verified %s\nPulled %s for cluster %s (revision %s, %s) into %s\n",
				p.Ref, plural(len(p.Objects), "object"), p.Metadata.Cluster, p.Metadata.Revision, p.Metadata.Jurisdiction, dir)
			if c := p.Metadata.Contingency; c != nil {
				down := "nothing"
				if len(c.Down) > 0 {
					parts := make([]string, len(c.Down))
					for i, d := range c.Down {
						parts[i] = d.String()
					}
					down = strings.Join(parts, ", ")
				}
				fmt.Fprintf(cmd.OutOrStdout(), "Contingency bundle for the loss of %s: %+.2f USD/month for the fleet, down: %s\n", c.Without, c.ExtraMonthlyCostUSD, down)
			}
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&dir, "out", "", "write the bundle's files here: a new or empty folder, or an earlier pull's output (replaced as a whole)")
	f.StringVar(&cluster, "cluster", "", "refuse a bundle made for another cluster")
	out.register(cmd)
	reg.register(cmd)
	limits.register(cmd)
	trust.register(cmd)
	return cmd
}

func newKeygen() *cobra.Command {
	var (
		dir        string
		force      bool
		noPassword bool
	)
	cmd := &cobra.Command{
		Use:   "keygen",
		Short: "Make a cosign key pair to sign bundles with",
		Long: `Keygen writes cosign.key (the private key, encrypted with the password in
COSIGN_PASSWORD, mode 0600) and cosign.pub, in the format of
cosign generate-key-pair: either tool reads the other's keys. Keep cosign.key
in your CI's secrets and give cosign.pub to the reconcilers.

An empty password is refused: a key without one signs for whoever copies
the file. --allow-empty-password makes such a key anyway.`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			password, set := os.LookupEnv(bundle.PasswordEnv)
			if !set {
				return fmt.Errorf("set %s to the password that encrypts the private key", bundle.PasswordEnv)
			}
			if password == "" && !noPassword {
				return fmt.Errorf("%s is empty: a private key without a password signs for whoever copies the file; set a password, or pass --allow-empty-password", bundle.PasswordEnv)
			}
			priv, pub := filepath.Join(dir, "cosign.key"), filepath.Join(dir, "cosign.pub")
			if !force {
				for _, p := range []string{priv, pub} {
					if _, err := os.Stat(p); err == nil {
						return fmt.Errorf("%s exists: keep it, or pass --force to replace it", p)
					}
				}
			}
			kp, err := bundle.GenerateKeyPair([]byte(password))
			if err != nil {
				return err
			}
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			if err := atomicfile.WriteMode(priv, kp.PrivateKey, 0o600); err != nil {
				return err
			}
			if err := atomicfile.Write(pub, kp.PublicKey); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "Private key written to %s\nPublic key written to %s\n", priv, pub)
			return nil
		},
	}
	cmd.Flags().StringVar(&dir, "out-dir", ".", "where to write cosign.key and cosign.pub")
	cmd.Flags().BoolVar(&force, "force", false, "replace existing key files")
	cmd.Flags().BoolVar(&noPassword, "allow-empty-password", false, "make a private key without a password when COSIGN_PASSWORD is empty")
	return cmd
}
