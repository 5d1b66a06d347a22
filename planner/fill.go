package planner

import (
	"maps"
	"slices"
	"strings"
)

// fill writes the placements and totals of a solution into plan.
func (p *problem) fill(plan *Plan, sol solution) {
	plan.Placements = []Placement{}
	totals := Totals{Workloads: []WorkloadTotal{}, Clusters: []ClusterTotal{}}
	teamCost := map[string]float64{}
	used := make([]capacity, len(p.clusters))
	clusterCost := make([]float64, len(p.clusters))
	var demandSum, latencySum float64
	for wi, w := range p.workloads {
		wt := WorkloadTotal{Workload: w.name, BudgetUSD: p.in.Budgets.Workloads[w.name]}
		geoRPS := make([]float64, len(w.geos))
		geoLat := make([]float64, len(w.geos))
		geoEst := make([]bool, len(w.geos))
		for k, c := range w.cands {
			ch := sol[wi][k]
			n, spot := ch.x, ch.s
			if n+spot == 0 {
				continue
			}
			cl := p.clusters[c.cluster]
			pl := Placement{
				Workload: w.name, Team: w.spec.Team, Cluster: cl.name,
				Provider: cl.spec.Provider, Region: cl.spec.Region,
				Replicas: n + spot, SpotReplicas: spot,
			}
			cost := float64(n)*(c.cost+c.egress) + float64(spot)*(c.spotCost+c.egress)
			for gi, rps := range ch.r {
				if rps < 1e-7 {
					continue
				}
				l := c.serving[gi]
				pl.Serves = append(pl.Serves, Traffic{Geography: w.geos[gi], RPS: round3(rps), RTTMs: round3(l.ms), Source: l.source})
				if eg := w.spec.Demand[w.geos[gi]].EgressGBPerMonth; eg > 0 {
					cost += rps * eg / w.rps[gi] * cl.facts.internetEgress
				}
				geoRPS[gi] += rps
				geoLat[gi] += rps * l.ms
				geoEst[gi] = geoEst[gi] || l.estimated()
			}
			if cl.facts.priceEstimated {
				pl.PriceEstimate = "price copied from " + cl.facts.priceFrom
			}
			pl.MonthlyCostUSD = round2(cost)
			pl.CarbonKgPerMonth = round3(float64(n+spot) * c.carbon)
			plan.Placements = append(plan.Placements, pl)
			wt.Replicas += n + spot
			wt.MonthlyCostUSD += cost
			teamCost[w.spec.Team] += cost
			totals.MonthlyCostUSD += cost
			totals.CarbonKgPerMonth += float64(n+spot) * c.carbon
			used[c.cluster].add(w.demand, float64(n+spot), false)
			clusterCost[c.cluster] += cost
		}
		for gi, g := range w.geos {
			if geoRPS[gi] == 0 {
				continue
			}
			wt.Latency = append(wt.Latency, GeoLatency{Geography: g, RPS: round3(geoRPS[gi]), RTTMs: round3(geoLat[gi] / geoRPS[gi]), Estimated: geoEst[gi]})
			demandSum += geoRPS[gi]
			latencySum += geoLat[gi]
		}
		wt.MonthlyCostUSD = round2(wt.MonthlyCostUSD)
		totals.Workloads = append(totals.Workloads, wt)
	}
	for _, team := range slices.Sorted(maps.Keys(p.in.Teams)) {
		if cost, ok := teamCost[team]; ok || p.in.Budgets.Teams[team] > 0 {
			totals.Teams = append(totals.Teams, TeamTotal{Team: team, MonthlyCostUSD: round2(cost), BudgetUSD: p.in.Budgets.Teams[team]})
		}
	}
	for ci, c := range p.clusters {
		totals.Clusters = append(totals.Clusters, ClusterTotal{
			Cluster: c.name, CPU: round3(used[ci].cpu), CPUCapacity: c.spec.Capacity.CPU.Cores(),
			MemoryGiB: round3(used[ci].mem), MemoryCapacity: round3(c.spec.Capacity.Memory.GiB()),
			MonthlyCostUSD: round2(clusterCost[ci]),
		})
	}
	if demandSum > 0 {
		totals.LatencyMs = round3(latencySum / demandSum)
	}
	totals.MonthlyCostUSD = round2(totals.MonthlyCostUSD)
	totals.CarbonKgPerMonth = round3(totals.CarbonKgPerMonth)
	slices.SortStableFunc(plan.Placements, func(a, b Placement) int {
		return strings.Compare(a.Workload+"\x00"+a.Cluster, b.Workload+"\x00"+b.Cluster)
	})
	plan.Totals = totals
}

func roundInt(v float64) int {
	if v < 0 {
		return 0
	}
	return int(v + 0.5)
}
