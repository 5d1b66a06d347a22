package cli

import (
	"fmt"
	"maps"
	"slices"

	"github.com/spf13/cobra"
	"k8s.io/client-go/rest"
	"k8s.io/client-go/tools/clientcmd"

	"isobar.dev/isobar/schema"
)

// kubeOptions are the flags of commands that reach the fleet's clusters
// through kube contexts.
type kubeOptions struct {
	kubeconfig string
	clusters   []string
}

func (o *kubeOptions) register(cmd *cobra.Command) {
	f := cmd.Flags()
	f.StringVar(&o.kubeconfig, "kubeconfig", "", "the kubeconfig holding the fleet's contexts (default: $KUBECONFIG or ~/.kube/config)")
	f.StringSliceVar(&o.clusters, "cluster", nil, "only these fleet clusters (repeatable; default: all)")
}

// restConfig connects to a kube context of the kubeconfig.
func restConfig(kubeconfig, kubeContext string) (*rest.Config, error) {
	rules := clientcmd.NewDefaultClientConfigLoadingRules()
	if kubeconfig != "" {
		rules.ExplicitPath = kubeconfig
	}
	cfg, err := clientcmd.NewNonInteractiveDeferredLoadingClientConfig(rules, &clientcmd.ConfigOverrides{CurrentContext: kubeContext}).ClientConfig()
	if err != nil {
		return nil, fmt.Errorf("kube context %q: %w", kubeContext, err)
	}
	return cfg, nil
}

// fleetTarget is a fleet cluster and how to reach it.
type fleetTarget struct {
	name   string
	config *rest.Config
}

// targets resolves the fleet's clusters (or those asked for) to kube
// contexts.
func (o *kubeOptions) targets(in *schema.Intent) ([]fleetTarget, error) {
	names := slices.Sorted(maps.Keys(in.Fleet))
	if len(o.clusters) > 0 {
		for _, c := range o.clusters {
			if _, ok := in.Fleet[c]; !ok {
				return nil, usageError{fmt.Errorf("cluster %q is not in the fleet (clusters: %v)", c, names)}
			}
		}
		names = slices.Clone(o.clusters)
		slices.Sort(names)
	}
	var out []fleetTarget
	for _, name := range names {
		kctx := in.Fleet[name].Context
		if kctx == "" {
			kctx = name
		}
		cfg, err := restConfig(o.kubeconfig, kctx)
		if err != nil {
			return nil, fmt.Errorf("cluster %s: %w", name, err)
		}
		out = append(out, fleetTarget{name: name, config: cfg})
	}
	return out, nil
}
