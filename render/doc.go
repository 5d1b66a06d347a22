// Package render turns a plan into what each cluster of the fleet must run:
// one set of Kubernetes objects per cluster, adapted to the cloud the
// cluster is in.
//
// For every placement of a workload in a cluster, render writes the
// workload's Namespace, a ServiceAccount without a mounted token, the
// workload itself (Deployment, Job or CronJob by kind), a Service for its
// ports (of type LoadBalancer, with the cloud's annotations, when a port is
// public), a PodDisruptionBudget when a service runs more than one replica
// there, a HorizontalPodAutoscaler when the intent asks for one, and the
// user's raw objects, then applies the user's JSON merge patches.
//
// Every object is checked after every transformation: each raw object as it
// is read and each object a patch changes, against the identity rules of the
// Kubernetes API (apiVersion, kind, name by the kind's rule, namespace by the
// kind's scope; the kinds come from the API, see internal/kinds). The
// objects of each cluster, as they will be applied, are then checked against
// the policy (CheckPolicy: the organisation's forbidden namespaces and kinds,
// and a safe default that policy.allow widens), the one policy check vet,
// publish and the reconciler's gate run too. Problems name the intent field
// at fault: the patch's field, the raw object's field, or the workload's.
// Check runs the same on every workload without a plan, for vet.
//
// Replicas the plan puts on spot capacity go into their own Deployment
// (suffix "-spot") whose pods select the cloud's spot nodes and tolerate
// their taint; the others select on-demand nodes where the cloud does not
// taint spot nodes (EKS). GPU replicas request nvidia.com/gpu and select
// nodes of the right accelerator model by the cloud's node labels. The rules
// per cloud come from providers.RenderingRules.
//
// When the plan has windows of the week (planner.Week), each Deployment of
// a service whose count changes from window to window is scaled by an
// autoscaler and has no spec.replicas: a KEDA ScaledObject with a cron
// trigger per run of windows at the same count, starting the intent's
// planning.windows.lead early, or, in a cluster whose autoscaling is "hpa",
// a HorizontalPodAutoscaler between the week's lowest count and the static
// plan's (see scale.go and docs/demand.md).
//
// Every object carries the compliance metadata the reconciler's gatekeeper
// checks: labels for the workload, its team, each data class
// ("dataclass.isobar.dev/<class>") and the cluster's country
// ("isobar.dev/jurisdiction"), and the annotation "isobar.dev/data-classes".
// Objects carry only what describes them, nothing that changes with every
// commit: the plan digest and the source revision are recorded by the
// bundle (its OCI annotations) and by the reconciler (inventory, status,
// Events), so an object is written to a cluster only when its content
// changes.
//
// render is part of the core: it computes, and does no network or cluster
// I/O. The same intent and plan give byte-identical output.
package render
