// Package providers supplies isobar's catalog data and per-cloud facts for
// AWS, Azure and GCP: regions and their location and jurisdiction, compute
// and GPU prices, grid carbon intensity, each provider's power model
// ([Power]: watts per vCPU, per GiB and per GPU, and data-centre PUE),
// internet and inter-region egress prices and inter-region round-trip
// times. Everything is derived from public data; nothing is fetched at run
// time.
//
// # Data and regeneration
//
// The catalog is catalog.json, embedded with go:embed and parsed once by
// [Builtin]. It is generated from the CSV snapshot in shared/data (see its
// README.md and SOURCES.md), compiled 2026-11-27, by
//
//	go generate ./providers
//	# or, from the repository root:
//	go run ./providers/internal/gen -data ../shared/data -out providers/catalog.json
//
// The generator is deterministic: the compile date comes from SOURCES.md
// (or -date), never from the clock, rows are sorted, object keys are
// alphabetical and there is one region or pair per line, so a data change
// shows up as a small diff. `-check` verifies the committed file is current.
// [Catalog.Sources] lists every upstream source with its repository, path
// and commit; [Catalog.Metadata] adds the input files' SHA-256 digests,
// the model parameters below and rows dropped because their region is not
// in regions.csv (China, GovCloud and a few others).
//
// Upstream sources: regions from electricitymaps-contrib and
// tal66/cloud-regions; VM and GPU prices from skypilot-catalog (one commit
// per cloud; AWS 22 regions, GCP 40, Azure only 9 US regions); carbon from
// GoogleCloudPlatform/region-carbon-info (2024) and cloud-carbon-footprint
// coefficients (AWS, Azure; undated, older); egress and latency from
// skyplane (egress: its 2023 first-tier price model; latency: measured in
// 2022 on 69 regions). These are snapshots and drift. Not for billing.
//
// # Listed and estimated values
//
// Every value says whether it was listed by a source or estimated:
// [Fact.Estimated] and [Prices.Estimated], with EstimatedFrom naming the
// "provider:region" the value was copied from, and the estimated result of
// [Catalog.Egress] and [Catalog.RTT]. Estimates copy listed values only
// (they are never chained), picking the nearest region by great-circle
// distance ([HaversineKM]), ties going to the lowest "provider:region":
//
//   - Prices: the same provider's nearest priced region; the whole price
//     block is copied, including its GPU list, so GPU availability in an
//     estimated region is unknown. 71 regions are listed (aws 22, azure 9,
//     gcp 40) and 58 estimated (aws 11, azure 44, gcp 3); Azure outside
//     the US is priced from US regions.
//   - Carbon: the nearest region of any provider in the same country,
//     else the nearest region of any provider (grid intensity belongs to
//     the grid, not the cloud). 83 listed, 46 estimated.
//   - Internet egress: the same provider's nearest region. 71 listed, 58
//     estimated.
//   - Inter-region egress ([Catalog.Egress]): same region 0; a listed pair
//     its price; otherwise the source region's internet egress price,
//     estimated (an upper bound for traffic inside one cloud).
//   - RTT ([Catalog.RTT]): the mean of the measured directions; otherwise
//     the latency model below, estimated.
//   - RTT from users ([Catalog.UserRTT], what plans and `isobar catalog
//     latency` show): through the nearest region within [ProxyRadiusKM]
//     of them, its measured RTT to the target (or [SameMetroMS] to
//     itself) plus the model's slope for the distance to it, naming that
//     region; otherwise the latency model.
//
// # Power
//
// [Catalog.Power] gives each provider's power model, which the planner's
// carbon estimates use: a replica draws VCPUWatts per vCPU, GiBWatts per
// GiB and GPUWatts per GPU of its model, times its hours, times the PUE
// ([Power.KWh]), times the region's grid intensity. The models follow the
// Cloud Carbon Footprint methodology: 2.12 W per vCPU (AWS's 0.74-3.5 W at
// 50% utilisation, for every provider), 0.392 W per GiB, 60% of each GPU's
// board power, and PUE 1.135 (aws), 1.1 (gcp) and 1.185 (azure). They are
// a table of the generator (providers/internal/build), not an input file
// of shared/data. Every provider has one, with a draw for every GPU model
// its regions price; parsing checks it.
//
// # Price split
//
// Prices carry the listed general-purpose VM (aws m6i.xlarge, gcp
// n2-standard-4, azure Standard_D4s_v5: 4 vCPU, 16 GiB) and split its price
// P into [Prices.VCPUHour] and [Prices.GiBHour] in the fixed ratio of GCP's
// N2 on-demand list prices in us-central1, $0.031611 per vCPU-hour and
// $0.004237 per GiB-hour (7.460703:1):
//
//	GiBHour  = P / (vcpus*7.460703 + GiB)
//	VCPUHour = 7.460703 * GiBHour
//
// rounded to 1e-9 USD, so vcpus*VCPUHour + GiB*GiBHour gives back P. For
// GCP n2-standard-4 in us-central1 this recovers the published per-vCPU and
// per-GiB prices to within $0.000001 (4*0.031611 + 16*0.004237 = 0.194236;
// the catalog lists 0.19424). The same ratio is applied to the other clouds,
// which do not publish such a split, and to spot prices.
//
// GPU prices ([GPUPrice]) are per GPU-hour: the cheapest listed SKU per GPU
// divided by its GPU count. AWS and Azure SKUs include their host VM
// (IncludesHost true); GCP prices are accelerator-only (IncludesHost false)
// and need a host VM added, e.g. at VCPUHour and GiBHour.
//
// # Latency model
//
// RTT(ms) = a + b·km, fitted by ordinary least squares on the great-circle
// distance of the 2346 unordered measured region pairs (both ends in
// regions.csv; each pair's RTT is the mean of its two measured directions):
//
//	a = 25.3958 ms, b = 0.015433013 ms/km
//	n = 2346, RMSE = 44.81 ms, MAE = 32.53 ms, max |error| = 245.8 ms, R² = 0.714
//
// The fit is coarse. Being linear, it overstates short hops: the mean
// error (measured minus model) is about -17 ms below 500 km, -10 ms at
// 1000-3000 km and +4 ms beyond 8000 km; co-located regions measure 2-4 ms
// against the model's 25 ms, and RTT within one region is not modelled
// (the model's intercept is returned). [Catalog.LatencyModel] returns the
// parameters and per-band residuals. Some measured pairs are strongly
// asymmetric (e.g. gcp:europe-west2 to azure:uksouth 133.8 ms, back 3.7 ms);
// the mean of both directions is used as measured.
//
// # API
//
// A [Catalog] is immutable and safe for concurrent use; its methods return
// sorted slices and copies. Region identifiers are spelled as each cloud
// spells them, and "provider:region" where one string names a region.
package providers
