package planner

// APIVersion and Kind identify the Plan contract.
const (
	APIVersion = "isobar.dev/v1alpha1"
	Kind       = "Plan"
)

// Plan statuses.
const (
	StatusOptimal    = "Optimal"
	StatusFeasible   = "Feasible"
	StatusInfeasible = "Infeasible"
)

// Plan is the planner's answer: where each workload runs, what it costs and
// emits, how far it is from its users, how good the answer is, and why. The
// same inputs give a byte-identical Plan: every list is sorted, numbers are
// rounded, and wall-clock time is left out unless asked for.
type Plan struct {
	APIVersion   string       `json:"apiVersion"`
	Kind         string       `json:"kind"`
	Metadata     Metadata     `json:"metadata"`
	Status       string       `json:"status"`
	Objective    Objective    `json:"objective"`
	Placements   []Placement  `json:"placements"`
	Totals       Totals       `json:"totals"`
	Solver       SolverReport `json:"solver"`
	Explanations Explanations `json:"explanations"`
	// Contingency holds the plan for the loss of each failure domain, when
	// computed (see Contingencies).
	Contingency *Contingency `json:"contingency,omitempty"`
	// Week holds the plan per window of the week, when demand has weekly
	// profiles (see Week).
	Week *Week `json:"week,omitempty"`
}

// Metadata identifies what a plan was made from.
type Metadata struct {
	// InputsDigest is the SHA-256 of the evaluated intent, the catalog and
	// the planner options that change the result.
	InputsDigest string `json:"inputsDigest"`
	// Catalog names the built-in catalog's data date.
	Catalog string `json:"catalog"`
	// Previous is the inputs digest of the plan this one was asked to keep
	// close to, if any.
	Previous string `json:"previous,omitempty"`
}

// Objective is what was optimised.
type Objective struct {
	Minimize string   `json:"minimize"`
	Weights  *Weights `json:"weights,omitempty"`
}

// Weights of a weighted objective, and the cost-optimal values each term is
// normalised by.
type Weights struct {
	Cost         float64 `json:"cost"`
	Latency      float64 `json:"latency"`
	Carbon       float64 `json:"carbon"`
	CostScale    float64 `json:"costScaleUSD"`
	LatencyScale float64 `json:"latencyScaleMs"`
	CarbonScale  float64 `json:"carbonScaleKg"`
}

// Placement is one workload's replicas in one cluster.
type Placement struct {
	Workload string `json:"workload"`
	Team     string `json:"team,omitempty"`
	Cluster  string `json:"cluster"`
	Provider string `json:"provider"`
	Region   string `json:"region"`
	// Replicas counts all replicas; SpotReplicas those on spot capacity.
	Replicas     int `json:"replicas"`
	SpotReplicas int `json:"spotReplicas,omitempty"`
	// MonthlyCostUSD includes compute and data transfer.
	MonthlyCostUSD   float64 `json:"monthlyCostUSD"`
	CarbonKgPerMonth float64 `json:"carbonKgPerMonth"`
	// PriceEstimate names the region a price was copied from when the
	// catalog lists none for this region.
	PriceEstimate string `json:"priceEstimate,omitempty"`
	// Serves lists the user traffic routed here.
	Serves []Traffic `json:"serves,omitempty"`
}

// Traffic is demand from one user geography served by one placement.
type Traffic struct {
	Geography string  `json:"geography"`
	RPS       float64 `json:"rps"`
	RTTMs     float64 `json:"rttMs"`
	// Source says how the RTT is known: "measured", or "estimated: …".
	Source string `json:"source"`
}

// Totals sum a plan up.
type Totals struct {
	MonthlyCostUSD   float64 `json:"monthlyCostUSD"`
	CarbonKgPerMonth float64 `json:"carbonKgPerMonth"`
	// LatencyMs is the demand-weighted mean RTT over all served traffic.
	LatencyMs float64         `json:"latencyMs"`
	Teams     []TeamTotal     `json:"teams,omitempty"`
	Workloads []WorkloadTotal `json:"workloads"`
	Clusters  []ClusterTotal  `json:"clusters"`
}

// TeamTotal is one team's spend against its budget.
type TeamTotal struct {
	Team           string  `json:"team"`
	MonthlyCostUSD float64 `json:"monthlyCostUSD"`
	BudgetUSD      float64 `json:"budgetUSD,omitempty"`
}

// WorkloadTotal is one workload's replicas, spend and latency.
type WorkloadTotal struct {
	Workload       string       `json:"workload"`
	Replicas       int          `json:"replicas"`
	MonthlyCostUSD float64      `json:"monthlyCostUSD"`
	BudgetUSD      float64      `json:"budgetUSD,omitempty"`
	Latency        []GeoLatency `json:"latency,omitempty"`
}

// GeoLatency is the demand-weighted RTT one geography sees.
type GeoLatency struct {
	Geography string  `json:"geography"`
	RPS       float64 `json:"rps"`
	RTTMs     float64 `json:"rttMs"`
	Estimated bool    `json:"estimated"`
}

// ClusterTotal is the share of a cluster's capacity a plan uses.
type ClusterTotal struct {
	Cluster        string  `json:"cluster"`
	CPU            float64 `json:"cpu"`
	CPUCapacity    float64 `json:"cpuCapacity"`
	MemoryGiB      float64 `json:"memoryGiB"`
	MemoryCapacity float64 `json:"memoryCapacityGiB"`
	MonthlyCostUSD float64 `json:"monthlyCostUSD"`
}

// SolverReport says how good the plan is and how it was found.
type SolverReport struct {
	// Name is builtin, cbc or glpk.
	Name   string `json:"name"`
	Status string `json:"status"`
	// Objective is the optimised value; LowerBound a proven bound on it;
	// Gap their relative difference.
	Objective  float64 `json:"objective"`
	LowerBound float64 `json:"lowerBound"`
	Gap        float64 `json:"gap"`
	// Nodes and Iterations measure the work done (deterministic).
	Nodes      int `json:"nodes"`
	Iterations int `json:"iterations"`
	// Variables and Constraints size the model.
	Variables   int `json:"variables"`
	Constraints int `json:"constraints"`
	// TimeMs is wall-clock time, only with Options.Timings.
	TimeMs int64 `json:"timeMs,omitempty"`
	// Stability says whether the previous placement was kept, and why.
	Stability string `json:"stability,omitempty"`
	// Stopped says what the time limit cut short and what that leaves
	// unproven: the gap of a plan, or whether the conflicts of an
	// infeasible intent were reduced to the fewest.
	Stopped string `json:"stopped,omitempty"`
}

// Explanations say why the plan is what it is.
type Explanations struct {
	// Workloads lists, for each workload, the clusters it may not use.
	Workloads []WorkloadExplanation `json:"workloads"`
	// Binding lists the constraints that hold the plan back, with what
	// relaxing each would save where the solver can tell.
	Binding []Binding `json:"binding,omitempty"`
	// Conflicts, for an infeasible intent, lists each independent
	// conflict found, one line each: a set of constraints that cannot
	// hold together and that none can leave, in words, with figures that
	// are proven (a budget against the least its team can spend, a
	// resource needed against what the clusters have).
	Conflicts []string `json:"conflicts,omitempty"`
	// ConflictFields names, for each conflict, the fields of the intent
	// that hold its constraints, as CUE paths ("budgets.teams.web",
	// "workloads.api.replicas.min"), the one the sentence is about first.
	ConflictFields [][]string `json:"conflictFields,omitempty"`
}

// WorkloadExplanation lists a workload's excluded candidates.
type WorkloadExplanation struct {
	Workload   string     `json:"workload"`
	Candidates []string   `json:"candidates"`
	Excluded   []Excluded `json:"excluded,omitempty"`
}

// Excluded is a cluster a workload may not use.
type Excluded struct {
	Cluster string `json:"cluster"`
	Reason  string `json:"reason"`
	Detail  string `json:"detail"`
}

// Binding is a constraint that is tight in the plan.
type Binding struct {
	Constraint string `json:"constraint"`
	Detail     string `json:"detail"`
	// ShadowPriceUSD is the change in monthly cost per unit of relaxation
	// (per USD of budget, per core of CPU, …), from the LP relaxation.
	ShadowPrice float64 `json:"shadowPrice,omitempty"`
}
