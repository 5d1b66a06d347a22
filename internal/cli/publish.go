package cli

import (
	"errors"
	"fmt"
	"os"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"isobar.dev/isobar/bundle"
)

type publishResult struct {
	Repository string             `json:"repository"`
	Revision   string             `json:"revision"`
	PlanDigest string             `json:"planDigest"`
	Bundles    []bundle.Published `json:"bundles"`
	// Contingency lists the bundles for the loss of each failure domain,
	// for the clusters whose objects change then.
	Contingency []bundle.ContingencyPublished `json:"contingency,omitempty"`
}

func newPublish() *cobra.Command {
	var (
		out      output
		reg      registryOptions
		limits   limitOptions
		po       planOptions
		repo     string
		keyFile  string
		rekorURL string
	)
	cmd := &cobra.Command{
		Use:   "publish [PATH]",
		Short: "Render, push and sign one bundle per cluster",
		Long: `Publish plans and renders the intent in PATH (default: the current directory)
as of its git HEAD, and for every cluster of the fleet pushes one OCI artifact
holding that cluster's objects to REPO, tagged <cluster>-<commit>, and signs
it with the cosign key (password from COSIGN_PASSWORD). Clusters that run
nothing get an empty bundle, so that their reconciler prunes what ran there.

It also publishes the plan's contingency plans (planning.contingency): for
each failure domain, every surviving cluster whose objects change when the
domain is lost gets a signed bundle tagged
<cluster>-<commit>-without-<domain>, for its reconciler to apply when the
domain fails. --no-contingency skips them.

A bundle is reproducible: the same commit gives the same digest, so
publishing an unchanged plan again pushes nothing new. The working tree must
be clean: a bundle names the commit it was rendered from.

Registry credentials come from the Docker config (docker login, credential
helpers). The transparency log is used only when --rekor-url is given.

The private key must be readable by its owner only (chmod 600), as ssh
requires. A bundle may hold at most --max-objects objects and --max-size
bytes (what reconcilers and isobar pull accept by default); every push and
signature is bounded by --timeout, and a registry silent for --io-timeout
fails it.`,
		Example: `  COSIGN_PASSWORD=… isobar publish --registry ghcr.io/acme/bundles --key cosign.key
  isobar publish examples/webshop --registry 127.0.0.1:5000/isobar --insecure --key cosign.key -o json`,
		Args: cobra.MaximumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if err := out.validate(); err != nil {
				return err
			}
			if repo == "" || keyFile == "" {
				return usageError{errors.New("--registry and --key are required")}
			}
			bopts, err := bundleOptions(&reg, &limits)
			if err != nil {
				return err
			}
			path := pathArg(args)
			src, err := readSource(path)
			if err != nil {
				return err
			}
			switch {
			case src.Revision == "":
				return fmt.Errorf("%s is not in a git repository with a commit: a bundle names the commit it was rendered from", path)
			case src.Dirty:
				return fmt.Errorf("%s: the working tree has uncommitted changes: commit them first, so that the bundles name what they hold", path)
			}
			// Decrypting the key is slow and fails on a wrong password:
			// do it before planning.
			password, set := os.LookupEnv(bundle.PasswordEnv)
			if !set {
				return fmt.Errorf("%s is not set: set it to the password of %s (to an empty value for a key without a password)", bundle.PasswordEnv, keyFile)
			}
			key, err := bundle.ReadPrivateKeyFile(keyFile, []byte(password))
			if err != nil {
				return err
			}
			res, in, plan, err := renderWithPlan(cmd, path, &po)
			if err != nil {
				return err
			}
			opts := bundle.PublishOptions{Registry: bopts, Policy: in.Policy}
			if rekorURL != "" {
				opts.SignOptions = []bundle.Option{bundle.WithRekorURL(rekorURL)}
			}
			bsrc := bundle.Source{Repository: src.Repository, Revision: src.Revision, Time: src.Time}
			bundles, err := bundle.Publish(cmd.Context(), res, bsrc, repo, key, opts)
			if err != nil {
				return err
			}
			result := publishResult{Repository: repo, Revision: src.Revision, PlanDigest: res.PlanDigest, Bundles: bundles}
			if !po.noContingency {
				if result.Contingency, err = publishContingency(cmd, path, in, plan, res, repo, key, opts, bsrc); err != nil {
					return err
				}
			}
			if out.json() {
				return writeJSON(cmd.OutOrStdout(), result)
			}
			w := cmd.OutOrStdout()
			fmt.Fprintf(w, "Published %s of %s (plan %s) to %s, signed:\n\n", plural(len(result.Bundles), "bundle"), src.Revision[:12], res.PlanDigest[:19], repo)
			tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
			fmt.Fprintln(tw, "CLUSTER\tOBJECTS\tREFERENCE")
			for _, b := range result.Bundles {
				fmt.Fprintf(tw, "%s\t%d\t%s\n", b.Cluster, b.Objects, b.Reference)
			}
			if err := tw.Flush(); err != nil {
				return err
			}
			printContingencyBundles(w, result.Contingency)
			return nil
		},
	}
	f := cmd.Flags()
	f.StringVar(&repo, "registry", "", "the repository to push to, e.g. ghcr.io/acme/bundles")
	f.StringVar(&keyFile, "key", "", "the cosign private key to sign with (cosign.key; password from COSIGN_PASSWORD)")
	f.StringVar(&rekorURL, "rekor-url", "", "also record the signatures in this transparency log, e.g. https://rekor.sigstore.dev")
	out.register(cmd)
	reg.register(cmd)
	limits.register(cmd)
	po.register(cmd, true)
	po.registerContingency(cmd)
	return cmd
}
