package planner

import "isobar.dev/isobar/schema"

// FailureIntent is the intent a contingency plan meets: in without the
// lost clusters, budgets relaxed by margin, the workloads in down left
// as they run.
func FailureIntent(in *schema.Intent, lost []string, margin float64, down []string) *schema.Intent {
	l, d := map[string]bool{}, map[string]string{}
	for _, c := range lost {
		l[c] = true
	}
	for _, w := range down {
		d[w] = ""
	}
	return failureIntent(in, l, margin, d)
}
