package schema

// Intent is everything an isobar repository declares, decoded from CUE after
// validation. Maps are keyed by name; use the Sorted… helpers for a
// deterministic order.
type Intent struct {
	Fleet         map[string]Cluster      `json:"fleet"`
	Workloads     map[string]Workload     `json:"workloads"`
	Teams         map[string]Team         `json:"teams"`
	Geographies   map[string]Geography    `json:"geographies"`
	DataClasses   map[string]DataClass    `json:"dataClasses"`
	Jurisdictions map[string]Jurisdiction `json:"jurisdictions"`
	Datasets      map[string]Dataset      `json:"datasets"`
	Budgets       Budgets                 `json:"budgets"`
	Objective     Objective               `json:"objective"`
	Planning      Planning                `json:"planning"`
	Catalog       Catalog                 `json:"catalog"`
	Policy        Policy                  `json:"policy"`
	Traffic       *Traffic                `json:"traffic,omitempty"`
}

// Cluster is one Kubernetes cluster of the fleet.
type Cluster struct {
	Name     string            `json:"name"`
	Provider string            `json:"provider"`
	Region   string            `json:"region"`
	Context  string            `json:"context"`
	Capacity Capacity          `json:"capacity"`
	Spot     SpotCapacity      `json:"spot"`
	Labels   map[string]string `json:"labels,omitempty"`
	// Autoscaling is AutoscalingKEDA or AutoscalingHPA; empty means
	// AutoscalingKEDA.
	Autoscaling string `json:"autoscaling,omitempty"`
}

// What scales a cluster's replicas per window of the week.
const (
	AutoscalingKEDA = "keda"
	AutoscalingHPA  = "hpa"
)

// Capacity is an amount of schedulable resources.
type Capacity struct {
	CPU    CPU            `json:"cpu"`
	Memory Memory         `json:"memory"`
	GPUs   map[string]int `json:"gpus,omitempty"`
	Pods   int            `json:"pods,omitempty"`
}

// SpotCapacity describes a cluster's interruptible capacity.
type SpotCapacity struct {
	Available bool      `json:"available"`
	Capacity  *Capacity `json:"capacity,omitempty"`
}

// Workload kinds.
const (
	KindService = "service"
	KindJob     = "job"
	KindCronJob = "cronjob"
)

// Spot policies of a workload.
const (
	SpotNever     = "never"
	SpotAllowed   = "allowed"
	SpotPreferred = "preferred"
)

// Workload is something to run in the fleet.
type Workload struct {
	Name          string              `json:"name"`
	Kind          string              `json:"kind"`
	Team          string              `json:"team,omitempty"`
	Namespace     string              `json:"namespace"`
	Image         string              `json:"image"`
	Command       []string            `json:"command,omitempty"`
	Args          []string            `json:"args,omitempty"`
	Schedule      string              `json:"schedule,omitempty"`
	Ports         map[string]Port     `json:"ports,omitempty"`
	Resources     Resources           `json:"resources"`
	Env           map[string]EnvValue `json:"env,omitempty"`
	Probes        Probes              `json:"probes"`
	Replicas      Replicas            `json:"replicas"`
	HoursPerMonth float64             `json:"hoursPerMonth"`
	Demand        map[string]Demand   `json:"demand,omitempty"`
	Latency       *LatencySLO         `json:"latency,omitempty"`
	Availability  Availability        `json:"availability"`
	DataClasses   []string            `json:"dataClasses,omitempty"`
	Spot          string              `json:"spot"`
	Data          map[string]DataRead `json:"data,omitempty"`
	Autoscaling   *Autoscaling        `json:"autoscaling,omitempty"`
	Labels        map[string]string   `json:"labels,omitempty"`
	Annotations   map[string]string   `json:"annotations,omitempty"`
	Objects       []map[string]any    `json:"objects,omitempty"`
	Patches       []Patch             `json:"patches,omitempty"`
}

// Port is a port a workload serves.
type Port struct {
	Port     int    `json:"port"`
	Protocol string `json:"protocol"`
	Public   bool   `json:"public"`
	Hostname string `json:"hostname,omitempty"`
}

// Resources is what one replica needs.
type Resources struct {
	CPU    CPU         `json:"cpu"`
	Memory Memory      `json:"memory"`
	GPU    *GPURequest `json:"gpu,omitempty"`
}

// GPURequest is the accelerators one replica needs.
type GPURequest struct {
	Model string `json:"model"`
	Count int    `json:"count"`
}

// EnvValue is an environment variable's value: a literal or a Secret key.
type EnvValue struct {
	Value  string     `json:"value,omitempty"`
	Secret *SecretRef `json:"secret,omitempty"`
}

// SecretRef names a key of a Secret.
type SecretRef struct {
	Name string `json:"secret"`
	Key  string `json:"key"`
}

// Probes are a workload's health probes.
type Probes struct {
	Readiness *Probe `json:"readiness,omitempty"`
	Liveness  *Probe `json:"liveness,omitempty"`
	Startup   *Probe `json:"startup,omitempty"`
}

// Probe checks a replica's health one way.
type Probe struct {
	Period           Duration   `json:"period"`
	Timeout          Duration   `json:"timeout"`
	InitialDelay     Duration   `json:"initialDelay"`
	FailureThreshold int        `json:"failureThreshold"`
	HTTP             *HTTPProbe `json:"http,omitempty"`
	TCP              *TCPProbe  `json:"tcp,omitempty"`
	Exec             *ExecProbe `json:"exec,omitempty"`
}

// HTTPProbe probes with an HTTP GET.
type HTTPProbe struct {
	Path string `json:"path"`
	Port any    `json:"port"`
}

// TCPProbe probes by opening a TCP connection.
type TCPProbe struct {
	Port any `json:"port"`
}

// ExecProbe probes by running a command.
type ExecProbe struct {
	Command []string `json:"command"`
}

// Replicas bounds a workload's replicas across the fleet.
type Replicas struct {
	Min           int     `json:"min"`
	Max           int     `json:"max,omitempty"`
	PerReplicaRPS float64 `json:"perReplicaRPS,omitempty"`
}

// Demand is the traffic one user geography sends: a constant rate, or a
// weekly profile whose peak the loader writes into RPS, so that whatever
// plans for the peak reads RPS either way.
type Demand struct {
	RPS              float64        `json:"rps"`
	EgressGBPerMonth float64        `json:"egressGBPerMonth,omitempty"`
	Profile          *DemandProfile `json:"profile,omitempty"`
}

// DemandProfile is a geography's request rate over a week, in local time:
// 168 hourly rates, or windows with a rate for the rest of the week.
type DemandProfile struct {
	TimeZone string         `json:"timeZone"`
	Hourly   []float64      `json:"hourly,omitempty"`
	Windows  []DemandWindow `json:"windows,omitempty"`
	// RPS is the rate outside every window; nil when not written.
	RPS *float64 `json:"rps,omitempty"`
}

// DemandWindow is a named time of day, on some days of the week, with its
// request rate. From and To are "hh:mm", To after From on the same day
// ("24:00" for its end).
type DemandWindow struct {
	Name string   `json:"name"`
	Days []string `json:"days"`
	From string   `json:"from"`
	To   string   `json:"to"`
	RPS  float64  `json:"rps"`
}

// LatencySLO is a latency objective.
type LatencySLO struct {
	P95 Duration `json:"p95"`
}

// Availability says how widely a workload must be spread.
type Availability struct {
	MinReplicasPerLocation int `json:"minReplicasPerLocation"`
	Spread                 struct {
		Regions   int `json:"regions"`
		Providers int `json:"providers"`
	} `json:"spread"`
}

// DataRead is how much a workload reads from a dataset each month.
type DataRead struct {
	ReadGBPerMonth float64 `json:"readGBPerMonth"`
}

// Autoscaling asks for a HorizontalPodAutoscaler.
type Autoscaling struct {
	MaxReplicas      int `json:"maxReplicas"`
	TargetCPUPercent int `json:"targetCPUPercent"`
}

// Patch is a JSON merge patch applied to rendered objects.
type Patch struct {
	Target struct {
		Kind string `json:"kind"`
		Name string `json:"name,omitempty"`
	} `json:"target"`
	Patch map[string]any `json:"patch"`
}

// Team owns workloads and budgets.
type Team struct {
	Name    string `json:"name"`
	Contact string `json:"contact,omitempty"`
}

// Geography is a place users are.
type Geography struct {
	Name        string  `json:"name"`
	Country     string  `json:"country"`
	Subdivision string  `json:"subdivision,omitempty"`
	Lat         float64 `json:"lat"`
	Lon         float64 `json:"lon"`
}

// DataClass is a class of data and where it may live.
type DataClass struct {
	Name        string   `json:"name"`
	Description string   `json:"description,omitempty"`
	Allowed     []string `json:"allowed"`
}

// Jurisdiction is a named group of countries.
type Jurisdiction struct {
	Countries   []string `json:"countries"`
	Description string   `json:"description,omitempty"`
}

// Dataset is data that lives in one region.
type Dataset struct {
	Name        string   `json:"name"`
	Provider    string   `json:"provider"`
	Region      string   `json:"region"`
	SizeGB      float64  `json:"sizeGB,omitempty"`
	DataClasses []string `json:"dataClasses,omitempty"`
}

// Budgets are monthly ceilings in USD; zero means none.
type Budgets struct {
	MonthlyUSD float64            `json:"monthlyUSD,omitempty"`
	Teams      map[string]float64 `json:"teams,omitempty"`
	Workloads  map[string]float64 `json:"workloads,omitempty"`
}

// Objectives the planner can minimise.
const (
	MinimizeCost     = "cost"
	MinimizeLatency  = "latency"
	MinimizeCarbon   = "carbon"
	MinimizeWeighted = "weighted"
)

// Objective is what the planner optimises.
type Objective struct {
	Minimize string   `json:"minimize"`
	Weights  *Weights `json:"weights,omitempty"`
}

// Weights weigh the terms of a weighted objective.
type Weights struct {
	Cost    float64 `json:"cost"`
	Latency float64 `json:"latency"`
	Carbon  float64 `json:"carbon"`
}

// Planning tunes the planner's treatment of the running placement.
type Planning struct {
	Stability   float64 `json:"stability"`
	MoveCostUSD float64 `json:"moveCostUSD"`
	// Contingency asks for a contingency plan per failure domain.
	Contingency Contingency `json:"contingency"`
	// Windows says how the week is cut into windows planned one by one.
	Windows Windows `json:"windows"`
}

// Window splits of the week.
const (
	SplitAuto   = "auto"
	SplitHourly = "hourly"
	SplitOff    = "off"
)

// Windows says how the week is cut into windows when demand follows weekly
// profiles: Split is SplitAuto, SplitHourly or SplitOff; Reference a
// Monday (2006-01-02) whose zone offsets place local profiles on the UTC
// week; Lead how long before a window its replicas are scaled.
type Windows struct {
	Split     string `json:"split"`
	Reference string `json:"reference"`
	Lead      string `json:"lead"`
}

// Failure domains: what may fail together.
const (
	DomainCluster  = "cluster"
	DomainRegion   = "region"
	DomainProvider = "provider"
)

// Contingency asks the planner for a plan per failure domain in which only
// what ran in the failed domain moves, with budgets relaxed by
// EmergencyMargin (0.2: 20% more).
type Contingency struct {
	Enabled         bool    `json:"enabled"`
	Domains         string  `json:"domains"`
	EmergencyMargin float64 `json:"emergencyMargin"`
}

// DefaultContingency is what the schema fills in when the intent says
// nothing: a plan per cluster, budgets exceeded by at most 20%.
func DefaultContingency() Contingency {
	return Contingency{Enabled: true, Domains: DomainCluster, EmergencyMargin: 0.2}
}

// DefaultWindows is what the schema fills in when the intent says
// nothing of planning.windows: windows where some profile changes, the
// offsets of the week of 2026-01-05, replicas scaled 10 minutes ahead.
func DefaultWindows() Windows {
	return Windows{Split: SplitAuto, Reference: "2026-01-05", Lead: "10m"}
}

// Catalog overrides and extends the built-in provider catalog.
type Catalog struct {
	Discounts map[string]float64                `json:"discounts,omitempty"`
	Regions   map[string]map[string]RegionFacts `json:"regions,omitempty"`
	Latency   []LatencyMeasurement              `json:"latency,omitempty"`
	Power     map[string]Power                  `json:"power,omitempty"`
}

// Power is a provider's power model, for carbon estimates; nil fields are
// not declared.
type Power struct {
	PUE       *float64           `json:"pue,omitempty"`
	VCPUWatts *float64           `json:"vcpuWatts,omitempty"`
	GiBWatts  *float64           `json:"gibWatts,omitempty"`
	GPUWatts  map[string]float64 `json:"gpuWatts,omitempty"`
}

// RegionFacts are user-supplied facts of a region.
type RegionFacts struct {
	Country string   `json:"country,omitempty"`
	Lat     *float64 `json:"lat,omitempty"`
	Lon     *float64 `json:"lon,omitempty"`
	Prices  *Prices  `json:"prices,omitempty"`
	Carbon  *float64 `json:"carbon,omitempty"`
}

// Prices are compute prices in USD per hour.
type Prices struct {
	VCPUHour     float64            `json:"vcpuHour"`
	GiBHour      float64            `json:"gibHour"`
	SpotVCPUHour *float64           `json:"spotVCPUHour,omitempty"`
	SpotGiBHour  *float64           `json:"spotGiBHour,omitempty"`
	GPUHour      map[string]float64 `json:"gpuHour,omitempty"`
}

// LatencyMeasurement is a measured round-trip time.
type LatencyMeasurement struct {
	From string   `json:"from"`
	To   string   `json:"to"`
	RTT  Duration `json:"rtt"`
}

// Policy holds the organisation's guardrails.
type Policy struct {
	AllowedProviders    []string `json:"allowedProviders,omitempty"`
	AllowedRegions      []string `json:"allowedRegions,omitempty"`
	RequiredLabels      []string `json:"requiredLabels,omitempty"`
	MaxMonthlyUSD       float64  `json:"maxMonthlyUSD,omitempty"`
	ForbiddenNamespaces []string `json:"forbiddenNamespaces,omitempty"`
	ForbiddenKinds      []string `json:"forbiddenKinds,omitempty"`
	// Allow widens the safe default (see #PolicyAllow in policy.cue).
	Allow PolicyAllow `json:"allow"`
}

// PolicyAllow lists what the intent may do beyond the safe default.
type PolicyAllow struct {
	Namespaces     []string `json:"namespaces,omitempty"`
	ClusterAdmin   bool     `json:"clusterAdmin,omitempty"`
	SystemSubjects []string `json:"systemSubjects,omitempty"`
	Kinds          []string `json:"kinds,omitempty"`
	SecretData     bool     `json:"secretData,omitempty"`
	HostAccess     bool     `json:"hostAccess,omitempty"`
}
