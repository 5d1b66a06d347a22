package bundle

// Contingency bundles: for each failure domain of a plan, the bundles that
// the clusters which absorb the domain's load apply when it fails. They
// are published and signed in advance, next to the normal bundles, under
// <cluster>-<revision>-without-<domain>; a cluster whose objects do not
// change when the domain fails gets none (its normal bundle stands).

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"math"
	"slices"

	"isobar.dev/isobar/planner"
	"isobar.dev/isobar/render"
)

// ContingencyPublished is one cluster's bundle for the loss of a failure
// domain.
type ContingencyPublished struct {
	// Without is the failure domain whose loss the bundle is for.
	Without string `json:"without"`
	Published
}

// maxTag is the longest tag the OCI distribution spec allows.
const maxTag = 128

// ContingencyTag is the tag of a cluster's bundle for the loss of domain:
// <cluster>-<revision>-without-<domain>, with characters a tag may not
// hold replaced by "_" (a region domain provider:region becomes
// provider_region). A tag longer than 128 characters keeps the cluster's
// and the domain's first characters and ends with a hash of the whole,
// so that different domains never share a tag.
func ContingencyTag(md Metadata, domain string) string {
	t := Tag(Metadata{Cluster: md.Cluster, Revision: md.Revision + "-without-" + domain})
	full := md.Cluster + "\x00" + md.Revision + "\x00" + domain
	if len(md.Cluster+"-"+md.Revision+"-without-"+domain) <= maxTag && t != "bundle" {
		return t
	}
	sum := sha256.Sum256([]byte(full))
	suffix := "-" + hex.EncodeToString(sum[:8])
	return t[:min(len(t), maxTag-len(suffix))] + suffix
}

// Contingency is the loss of one failure domain that contingency bundles
// are published for.
type Contingency struct {
	// Cost says what running the plan without the domain costs; its
	// Without names the domain. It goes into every bundle's signed
	// annotations.
	Cost ContingencyCost
	// Lost are the domain's clusters, which get no bundle.
	Lost []string
}

// ContingencyFor is the loss of a plan's failure domain, as the plan's
// contingency section says: its clusters, the fleet's extra monthly cost
// under it (to the cent) and the workloads left down.
func ContingencyFor(f planner.Failure) Contingency {
	c := Contingency{Lost: slices.Clone(f.Clusters), Cost: ContingencyCost{
		Without:             f.Domain,
		ExtraMonthlyCostUSD: math.Round((f.MonthlyCostUSD-f.NormalMonthlyCostUSD)*100) / 100,
	}}
	for _, u := range f.Uncovered {
		c.Cost.Down = append(c.Cost.Down, WorkloadDown{Workload: u.Workload, Replicas: u.Replicas})
	}
	return c
}

// PublishContingency builds, pushes and signs, for the loss of c's
// domain, the bundle of every cluster of failover (the render of the plan
// without the domain) whose files differ from its normal bundle's
// (normal), other than the clusters lost. It returns them by cluster;
// none when no surviving cluster changes. The checks of Publish apply:
// nothing is pushed when any of these clusters' objects break
// opts.Policy.
func PublishContingency(ctx context.Context, c Contingency, normal, failover *render.Result, src Source, repo string, key *PrivateKey, opts PublishOptions) ([]ContingencyPublished, error) {
	domain, lost := c.Cost.Without, c.Lost
	if domain == "" {
		return nil, newError("contingency", ErrInvalidInput, errors.New("no failure domain"))
	}
	var changed []*render.ClusterSet
	for _, s := range failover.Clusters {
		if slices.Contains(lost, s.Cluster) {
			continue
		}
		same, err := sameFiles(normal.Cluster(s.Cluster), s)
		if err != nil {
			return nil, err
		}
		if same {
			continue
		}
		if err := checkPolicy(s, opts.Policy); err != nil {
			return nil, err
		}
		changed = append(changed, s)
	}
	out := make([]ContingencyPublished, 0, len(changed))
	tag := func(md Metadata) string { return ContingencyTag(md, domain) }
	for _, s := range changed {
		p, err := publishTagged(ctx, s, failover.PlanDigest, &c.Cost, src, repo, key, opts, tag)
		if err != nil {
			return nil, fmt.Errorf("contingency bundle without %s: %w", domain, err)
		}
		out = append(out, ContingencyPublished{Without: domain, Published: p})
	}
	return out, nil
}

// sameFiles says whether two renders of a cluster hold the same files (a
// nil normal holds none).
func sameFiles(normal, failover *render.ClusterSet) (bool, error) {
	b, err := failover.Files()
	if err != nil {
		return false, err
	}
	if normal == nil {
		return len(b) == 0, nil
	}
	a, err := normal.Files()
	if err != nil {
		return false, err
	}
	return slices.EqualFunc(a, b, func(x, y render.File) bool { return x.Path == y.Path && bytes.Equal(x.Data, y.Data) }), nil
}
