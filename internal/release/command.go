package release

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"isobar.dev/isobar/bundle"
)

// Main runs the isobar-release command and returns its exit code.
func Main(ctx context.Context, args []string, stdout, stderr io.Writer) int {
	root := &cobra.Command{
		Use:           "isobar-release",
		Short:         "Make isobar's releases: binaries, SBOM and signed checksums; the agent image; the schema module",
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.AddCommand(newDist(), newImage(), newSchema())
	root.SetArgs(args)
	root.SetOut(stdout)
	root.SetErr(stderr)
	if err := root.ExecuteContext(ctx); err != nil {
		fmt.Fprintf(stderr, "isobar-release: %v\n", err)
		return 1
	}
	return 0
}

// common are the flags every subcommand has.
type common struct {
	version, revision, created, source string
}

func (c *common) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&c.version, "version", "", "the release's version, e.g. v1.2.0 (required)")
	f.StringVar(&c.revision, "revision", "", "the commit the release is built from (hexadecimal)")
	f.StringVar(&c.created, "created", "", "the commit time: RFC 3339, or seconds since 1970 as in SOURCE_DATE_EPOCH (required)")
	f.StringVar(&c.source, "source", "https://github.com/isobar-dev/isobar", "the repository's URL, for the image's annotations")
}

func (c *common) time() (time.Time, error) {
	if c.created == "" {
		return time.Time{}, errors.New("--created is required: the commit time (git log -1 --format=%ct)")
	}
	if n, err := strconv.ParseInt(c.created, 10, 64); err == nil && n > 0 {
		return time.Unix(n, 0).UTC(), nil
	}
	t, err := time.Parse(time.RFC3339, c.created)
	if err != nil {
		return time.Time{}, fmt.Errorf("--created %q: want RFC 3339 (2026-11-02T10:30:00Z) or seconds since 1970", c.created)
	}
	return t.UTC(), nil
}

func readKey(path string) (*bundle.PrivateKey, error) {
	if path == "" {
		return nil, errors.New("--key is required: the cosign private key that signs the release (password in COSIGN_PASSWORD)")
	}
	return bundle.ReadPrivateKeyFile(path, bundle.PasswordFromEnv())
}

func newDist() *cobra.Command {
	var (
		c         common
		out, key  string
		platforms []string
	)
	cmd := &cobra.Command{
		Use:   "dist --out DIR --version V --created T --key cosign.key",
		Short: "Build the binaries, the SBOM, checksums.txt and its signature into DIR",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			created, err := c.time()
			if err != nil {
				return err
			}
			k, err := readKey(key)
			if err != nil {
				return err
			}
			var ps []Platform
			for _, s := range platforms {
				p, err := ParsePlatform(s)
				if err != nil {
					return err
				}
				ps = append(ps, p)
			}
			rel, err := Make(cmd.Context(), out, Options{
				BuildOptions: BuildOptions{Version: c.version, Revision: c.revision, Platforms: ps},
				Created:      created, Key: k,
			})
			if err != nil {
				return err
			}
			for _, a := range append(rel.Artefacts, rel.Checksums, rel.Signature, rel.PublicKey) {
				fmt.Fprintf(cmd.OutOrStdout(), "%-40s %10d  %s\n", a.Name, a.Size, a.SHA256)
			}
			return nil
		},
	}
	c.register(cmd)
	f := cmd.Flags()
	f.StringVar(&out, "out", "dist", "the release folder (new, or holding only a previous release)")
	f.StringVar(&key, "key", "", "the cosign private key that signs checksums.txt (password in COSIGN_PASSWORD)")
	f.StringSliceVar(&platforms, "platform", nil, "os/arch to build (repeatable; default linux and darwin on amd64 and arm64)")
	return cmd
}

func newImage() *cobra.Command {
	var (
		c                 common
		dist, repo, key   string
		insecure, jsonOut bool
	)
	cmd := &cobra.Command{
		Use:   "image --dist DIR --repo REPO --version V --created T --key cosign.key",
		Short: "Build the agent image from the release's linux binaries, push it as REPO:VERSION and sign it",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			created, err := c.time()
			if err != nil {
				return err
			}
			if repo == "" || strings.ContainsAny(repo, "@:") && !strings.Contains(repo, "/") {
				return fmt.Errorf("--repo %q: want a repository such as ghcr.io/isobar-dev/isobar", repo)
			}
			k, err := readKey(key)
			if err != nil {
				return err
			}
			idx, err := Image(dist, ImageOptions{Version: c.version, Revision: c.revision, Source: c.source, Created: created})
			if err != nil {
				return err
			}
			d, err := PushImage(cmd.Context(), idx, repo+":"+c.version, k, PushOptions{Insecure: insecure})
			if err != nil {
				return err
			}
			if jsonOut {
				return json.NewEncoder(cmd.OutOrStdout()).Encode(map[string]string{"image": d.String()})
			}
			fmt.Fprintln(cmd.OutOrStdout(), d.String())
			return nil
		},
	}
	c.register(cmd)
	f := cmd.Flags()
	f.StringVar(&dist, "dist", "dist", "the release folder holding the linux binaries")
	f.StringVar(&repo, "repo", "", "the image repository, e.g. ghcr.io/isobar-dev/isobar (required)")
	f.StringVar(&key, "key", "", "the cosign private key that signs the image (password in COSIGN_PASSWORD)")
	f.BoolVar(&insecure, "insecure", false, "allow plain HTTP to a loopback registry")
	f.BoolVar(&jsonOut, "json", false, "print the result as JSON")
	return cmd
}

func newSchema() *cobra.Command {
	var (
		c        common
		registry string
	)
	cmd := &cobra.Command{
		Use:   "schema --registry CUE_REGISTRY --version V",
		Short: "Publish the schema as the CUE module " + SchemaModule + " at the version, as `cue mod publish` does",
		Args:  cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			if registry == "" {
				return errors.New("--registry is required: a CUE_REGISTRY value, e.g. isobar.dev=ghcr.io/isobar-dev/cue")
			}
			var created time.Time
			if c.created != "" {
				t, err := c.time()
				if err != nil {
					return err
				}
				created = t
			}
			if err := PublishSchema(cmd.Context(), registry, c.version, c.revision, created); err != nil {
				return err
			}
			fmt.Fprintf(cmd.OutOrStdout(), "published %s@%s\n", SchemaModule, c.version)
			return nil
		},
	}
	c.register(cmd)
	cmd.Flags().StringVar(&registry, "registry", "", "where to publish, in CUE_REGISTRY's syntax (e.g. isobar.dev=ghcr.io/isobar-dev/cue, or localhost:5000+insecure)")
	return cmd
}
