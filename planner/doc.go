// Package planner decides where workloads run. Given the fleet, the catalog
// and the intent, it chooses how many replicas of each workload run in which
// cluster so that every hard constraint holds — residency, latency to users,
// cluster capacity, budgets, availability, spot and GPU needs — and the
// objective (cost, latency, carbon or a weighted mix) is as good as the
// solver can prove, and it explains the result in words a person can act on.
//
// # Model
//
// The placement is a mixed-integer linear program:
//
//   - x[w,c] and s[w,c], integers: on-demand and spot replicas of workload w
//     in cluster c, for the clusters w may use (its candidates). Residency,
//     policy, GPU model, prices and the latency objective exclude the
//     others before the model is built; each exclusion is explained.
//   - r[w,g,c], continuous: requests per second of user geography g routed
//     to cluster c, only where the RTT meets w's p95 objective. Each
//     geography's demand is routed in full, and a cluster serves at most
//     perReplicaRPS per replica it runs.
//   - y[w,c], binary, only for workloads that need it: whether w runs in c,
//     so that a used location runs at least minReplicasPerLocation and the
//     workload spreads over at least N regions and N providers.
//   - Capacity rows per cluster (CPU, memory, GPUs by model, pods, and spot
//     capacity), shared by all workloads; budget rows per workload, per team
//     and globally (the policy's maximum spend too). The resources and what
//     a replica takes of them are known to capacity.go alone, which every
//     method asks (the model's rows, the placement in what is left, the
//     relaxation's prices).
//   - Cost per replica is compute (per-vCPU and per-GiB prices, GPU prices,
//     spot prices for spot replicas, the provider's negotiated discount,
//     hoursPerMonth) plus data gravity: a workload's monthly reads from its
//     datasets, shared by its required replicas, at the egress price from
//     the dataset's region. Serving egress to users is charged per routed
//     request. Carbon uses the provider's power model from the catalog (or
//     the intent, which must give one for a provider it declares): watts
//     per vCPU, per GiB and per GPU and the PUE, times the region's grid
//     intensity.
//
// Latency and carbon objectives are optimised first and cost second (a
// lexicographic order), so that ties go to the cheapest placement. A
// weighted objective normalises each term by its value in the cost-optimal
// placement.
//
// # Solver
//
// The built-in solver (planner/internal/milp) is written for isobar: no
// mature pure-Go MILP library exists. It is a branch and bound over a
// bounded dual simplex, proving optimality within a relative gap (1e-6 by
// default) and reporting the proven lower bound and gap when a limit stops
// it. The same model can be solved by Debian's cbc or glpsol, or exported
// as MPS for any solver.
//
// Workloads are coupled only by cluster capacity and shared budgets. The
// planner exploits that in two ways. Each workload solved on its own,
// without the couplings, gives a proven lower bound on the whole (their
// optima add up), and placing the workloads one at a time, the largest
// first, each optimally for the capacity the others left, gives a plan.
// And a Lagrangian relaxation of the capacity rows (large.go) prices each
// cluster's capacity: at any prices the workloads' priced optima, less the
// price of all capacity, bound the whole from below; a projected
// subgradient method raises that bound, clusters alike for every workload
// are priced together (priced apart, a workload escapes a price to its
// twin and the bound stalls), and each workload's priced optimum is found
// in closed form, exactly for the common shapes and as the LP bound of its
// routing otherwise. The prices guide a greedy placement and a local
// search improves it; teams over budget are repaired by two-workload
// exchanges. Below about 20,000 variables the best of these plans and
// bounds start the branch and bound, which stops once the plan is within
// the gap of the bound; above, they are the answer, and the gap between
// them is reported.
//
// # Determinism and stability
//
// The same inputs give a byte-identical plan: clusters, workloads and
// geographies are visited in sorted order, the solver is deterministic, and
// numbers are rounded. Given the plan in force, the planner keeps it unless
// the new optimum improves the objective by more than planning.stability
// percent (moving replicas costs planning.moveCostUSD each).
//
// # Explanations
//
// Each workload's excluded clusters come with their reasons; the binding
// constraints come with their shadow prices from the LP relaxation (the
// saving per unit of relaxation, for the cost objective). An infeasible
// intent is reduced, by a deletion filter over groups of constraints, to a
// set of constraints that cannot hold together; that set is put aside and
// the rest searched again for independent conflicts. Each is said in the
// intent's terms with proven figures: a budget against the least its team
// can spend (a solve of its own), a resource the workloads need against
// what the clusters they may use have, a spread against the regions their
// residency allows (verdict.go).
package planner
