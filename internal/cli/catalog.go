package cli

import (
	"slices"

	"isobar.dev/isobar/providers"
	"isobar.dev/isobar/schema"
)

// catalogRegions presents the built-in catalog as the schema's KnownRegions.
type catalogRegions struct {
	providers []string
	regions   map[string][]string
}

var _ schema.KnownRegions = (*catalogRegions)(nil)

func builtinRegions() (*catalogRegions, error) {
	cat, err := providers.Builtin()
	if err != nil {
		return nil, err
	}
	r := &catalogRegions{providers: cat.Providers(), regions: map[string][]string{}}
	for _, p := range r.providers {
		for _, reg := range cat.Regions(p) {
			r.regions[p] = append(r.regions[p], reg.ID)
		}
		slices.Sort(r.regions[p])
	}
	return r, nil
}

func (r *catalogRegions) Providers() []string                { return r.providers }
func (r *catalogRegions) RegionIDs(provider string) []string { return r.regions[provider] }
