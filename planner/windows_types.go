package planner

// Week is the plan per window of the week, made when demand follows weekly
// profiles (schema DemandProfile) and planning.windows.split is not "off".
// The plan's Placements stay the static plan, sized for every peak at once;
// Week says how few replicas each window needs, and what that saves.
type Week struct {
	// Reference is the Monday (a UTC date, 2006-01-02) whose time-zone
	// offsets place the profiles' local hours on the UTC week.
	Reference string `json:"reference"`
	// Windows cover the week, Monday 00:00 UTC first, without gap or
	// overlap.
	Windows []Window `json:"windows"`
	// MonthlyCostUSD is the windows' cost weighed by how long each lasts.
	MonthlyCostUSD float64 `json:"monthlyCostUSD"`
	// StaticMonthlyCostUSD is the static plan's (Plan.Totals).
	StaticMonthlyCostUSD float64 `json:"staticMonthlyCostUSD"`
	// SavingUSD and SavingPercent compare the two.
	SavingUSD     float64 `json:"savingUSD"`
	SavingPercent float64 `json:"savingPercent"`
	// Stopped says what the time limit cut short, if anything.
	Stopped string `json:"stopped,omitempty"`
}

// Window is the placement for one span of the week.
type Window struct {
	// Name is the span in words ("Mon 09:00–12:00 UTC").
	Name string `json:"name"`
	// StartHour counts hours from Monday 00:00 UTC; Hours is the length.
	StartHour int `json:"startHour"`
	Hours     int `json:"hours"`
	// Demand is the rate per workload and geography in the window (the
	// highest within it).
	Demand []WindowDemand `json:"demand"`
	// Placements are the replicas per workload and cluster in the window.
	Placements []WindowPlacement `json:"placements"`
	// MonthlyRateUSD is what the window's placement would cost over a
	// whole month.
	MonthlyRateUSD float64 `json:"monthlyRateUSD"`
	// LowerBound is a proven bound on the window's optimum and Gap the
	// relative distance of the placement from it.
	LowerBound float64 `json:"lowerBound"`
	Gap        float64 `json:"gap"`
	// Changes lists what differs from the window before (the last window
	// for the first).
	Changes []WindowChange `json:"changes,omitempty"`
}

// WindowDemand is one workload's demand from one geography in a window.
type WindowDemand struct {
	Workload  string  `json:"workload"`
	Geography string  `json:"geography"`
	RPS       float64 `json:"rps"`
}

// WindowPlacement is one workload's replicas in one cluster in a window.
type WindowPlacement struct {
	Workload     string `json:"workload"`
	Cluster      string `json:"cluster"`
	Replicas     int    `json:"replicas"`
	SpotReplicas int    `json:"spotReplicas,omitempty"`
}

// WindowChange is a change of replicas between consecutive windows.
type WindowChange struct {
	Workload string `json:"workload"`
	Cluster  string `json:"cluster"`
	From     int    `json:"from"`
	To       int    `json:"to"`
}
