// Package reconciler keeps a fleet of clusters converged on what was signed
// for them. It follows a source of intent (a git repository), and for every
// cluster, each cycle:
//
//  1. finds the desired revision (the head of the followed branch, or a
//     pinned tag or commit) and reads the intent at it;
//  2. looks up that cluster's bundle for the revision in the registry
//     (REPO:<cluster>-<commit>, as `isobar publish` tags it); until it
//     exists, the cluster keeps its last applied state and its status says
//     it is waiting;
//  3. verifies the bundle's signature against the trusted key (mandatory;
//     Options.InsecureSkipVerify exists for experiments, logs a warning every
//     cycle and is recorded in the status);
//  4. runs the gatekeeper: a signed bundle is still refused when its
//     residency or policy metadata does not fit the cluster as the intent at
//     that revision describes it: another cluster's bundle, a jurisdiction
//     other than the cluster region's country, an object holding a data class
//     that may not live there, a forbidden namespace or kind;
//  5. hands the objects to the cluster's apply engine (package apply):
//     staged server-side apply, crash-safe inventory, pruning of what isobar
//     owns only, the mass-deletion guard, health checks, drift correction;
//  6. records the cluster's status (revision, bundle and plan digests, last
//     apply, health, drift, last error) in memory and as Prometheus
//     metrics, and, when something changed in the cluster (objects, phase,
//     health, drift, error), in the cluster (ConfigMap
//     isobar-system/isobar-status, read by `isobar status`) and as a
//     Kubernetes Event on the inventory Secret.
//
// With Options.Moves, a revision that moves replicas between clusters is
// applied make before break (see MoveOptions): where replicas leave, and
// DNS records change, the previous objects are kept until the clusters
// where they arrive report them healthy.
//
// A commit writes to a cluster only what it changes there: rendered
// objects do not name the plan or the commit, the apply engine skips or
// dry-runs what is unchanged, and the inventory, status and Events are
// written only with a change. A cluster the commit does not change sees no
// write at all, not even while the commit's bundles are being published
// (Options.WaitingGrace).
//
// Clusters are reconciled concurrently, at most Options.Concurrency at a
// time; one cluster's failure never holds up the others, and a failing
// cluster is retried with exponential backoff. When the source cannot be
// reached, nothing is applied anywhere and every status says why; the
// clusters keep running what was last applied.
//
// A bundle verified once is kept in memory by digest: a cycle where nothing
// changed costs a signature check in the registry and the apply engine's
// no-op path, not a download.
package reconciler
