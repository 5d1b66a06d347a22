// Package apply is the per-cluster apply engine of the reconciler: it makes
// one cluster run a desired set of objects (what render produced for it),
// prunes what it applied before and is no longer desired, waits for the
// result to become healthy, and reports drift.
//
// An [Engine] talks to one cluster. [Engine.Apply] runs a cycle:
//
//  1. Validate the desired set (apiVersion, kind and name on every object,
//     no object twice) and stamp every object with [OwnerLabel] =
//     inventory name; hash each object's content.
//  2. Read the inventory and compute the prune candidates (inventory
//     entries not desired). The mass-deletion guard runs here, before
//     anything changes: a cycle that would prune more than
//     Options.MaxPruneFraction of the inventory (default 50 %), or all of
//     a non-empty one, fails with a [*MassDeletionError] having applied
//     and deleted nothing, unless Options.AllowMassDeletion, or unless
//     Desired.UnguardedPruneFrom names the bundle the inventory records
//     as last applied (a failback leaving a contingency bundle). Refusing the
//     whole cycle, not only its prune, keeps the cluster in a consistent
//     state (the last good set) while a suspicious set, typically an
//     empty or truncated render, is looked at.
//  3. The fast path (below) decides which objects need applying; those
//     applied before with the same content that someone wrote since are
//     compared first by a server-side dry-run, and applied only if drifted.
//  4. If the set adds objects to the inventory, write a Pending record
//     first (see the state machine).
//  5. Apply in stages: CRDs, Namespaces, ClusterRoles and classes first;
//     wait (kstatus) for those that changed to become Current (CRDs
//     Established) so that custom resources and namespaced objects can be
//     applied; then the rest. Within a stage, kinds go in the order of
//     ssa.ReconcileOrder (ServiceAccounts and ConfigMaps before
//     Deployments, webhooks last), the objects of one kind concurrently
//     (Options.Concurrency, default 16), each with a server-side apply
//     patch, field manager "isobar", forcing field ownership.
//  6. If every apply succeeded, prune (below). If one failed, nothing is
//     pruned: the objects replacing the pruned ones may be the failed ones.
//  7. Wait (kstatus, Options.HealthTimeout) for the objects this cycle
//     changed and those not yet seen ready to become Current; on timeout
//     the error ([*HealthError]) names each object with kstatus' reason,
//     e.g. "Deployment shop/web: InProgress: Replicas: 0/2".
//  8. Write the final record.
//
// # Inventory and its state machine
//
// The inventory is a Secret, Options.InventoryNamespace/InventoryName
// (default isobar-system/isobar-inventory), of type [InventorySecretType].
// A Secret, not a ConfigMap, because its entries hold content hashes of
// desired Secrets. Its data: format ("isobar.dev/inventory/v1"), phase,
// revision, digest, planDigest (the provenance of the cycle that wrote the
// record: source revision, bundle digest, plan digest), updated, and
// entries: one JSON object per line and object, in apply order,
//
//	{"g":"apps","v":"v1","k":"Deployment","ns":"shop","n":"web","h":"9f2c…","rv":"4711","gen":3,"ready":true}
//
// (group, version, kind, namespace, name; content hash of the last apply;
// resourceVersion and generation after it; ready once kstatus saw it
// Current; "adopted":true for a Namespace that existed before isobar
// applied it). Past 512 KiB the entries are stored gzip-compressed under
// entries.gz. Writes are optimistic (an update carries the resourceVersion
// read): two engines on one inventory fail with an
// [*InventoryConflictError] instead of overwriting each other.
//
// The record has two phases:
//
//	(none) --cycle adds objects--> Pending(old ∪ desired) --apply+prune ok--> Applied(desired)
//	Applied(S) --cycle adds objects--> Pending(S ∪ desired) --apply+prune ok--> Applied(desired)
//	Applied(S) --cycle adds nothing--> Applied(desired)          (no Pending write needed)
//	Pending(U) --apply or prune fails--> Pending(U minus what was pruned, with updated entries)
//	Pending(U) --crash--> Pending(U): the next cycle, in any process, prunes U minus desired
//
// Pending is written before the first object is applied and lists the
// union of the previous set and the desired one, so a crash at any point
// of the cycle never leaves an object isobar may have created outside the
// inventory: the next cycle prunes it if it is not desired any more.
// Applied means the entries are exactly the last desired set. A cycle
// whose set only shrinks or changes content needs no Pending write: the
// previous record already covers every object. A cycle that changes
// neither the phase nor an entry writes no record at all, whatever its
// revision: the record's provenance is that of the last cycle that changed
// the cluster, and a commit that changes other clusters only writes
// nothing here.
//
// # Ownership and prune
//
// Every applied object carries [OwnerLabel] with the inventory name. Prune
// deletes an inventory entry's object only if it still carries that label
// with that value (checked with a GET, the delete carrying the UID and
// resourceVersion seen as preconditions), so an object whose label was
// removed, or that someone re-created under the same name, or that another
// inventory took over, is left alone and dropped from the inventory. A
// Namespace that existed before isobar first applied it ("adopted") is
// never pruned. Deletion runs in the reverse of apply order, so Namespaces
// and CRDs go last, with background propagation. Deleting a Namespace or a
// CRD deletes what it contains, whoever owns it; that is Kubernetes'.
//
// # Fast path
//
// A cycle where nothing changed must cost neither a dry-run nor a patch per
// object. For each object the inventory records the content hash of the
// desired object last applied and the resourceVersion (and generation) the
// API server returned. A cycle lists the live objects' metadata, filtered
// by the owner label, with one request per kind and namespace (or per kind
// across namespaces when a kind spans more than 8), and skips every object
// whose desired hash is unchanged and whose live resourceVersion is still
// the recorded one: nobody wrote it since isobar did. For Deployments,
// StatefulSets, DaemonSets, ReplicaSets, Jobs, CronJobs,
// PodDisruptionBudgets, HorizontalPodAutoscalers and Ingresses, whose
// status changes often, an unchanged generation with isobar's labels and
// annotations in place is proof enough. An object applied before with the
// same content whose live resourceVersion moved (someone else wrote it: a
// controller, a person) is compared by a server-side dry-run (ssa's Diff):
// in sync, nothing is written, neither to it nor to the inventory; the
// engine remembers its live resourceVersion (in memory, and in the record
// with the record's next change), so its next cycle skips it. Drifted, it
// is applied again (or, in ModeDetect, reported). Every other object (new,
// changed content, missing) is applied, concurrently, and its new
// resourceVersion recorded; an apply that changed nothing records the live
// one. A no-op cycle thus costs one metadata GET of the inventory Secret
// (its entries are kept in memory while its resourceVersion is unchanged; a
// new process reads them from the Secret) and one list per kind and
// namespace, and writes nothing: no object, no inventory.
//
// # Drift
//
// [Engine.Drift] reports, without changing anything, which desired objects
// are missing or differ from the live ones in the fields isobar sets,
// using ssa's server-side dry-run Diff for the objects the fast path
// cannot prove unchanged. In [ModeCorrect] (default) Apply re-applies
// drifted objects (and only those: an object written elsewhere in fields
// isobar does not set is left as it is); in [ModeDetect] it still applies
// changes of the desired set but leaves drifted objects alone, reporting
// them in Result.Drift.
//
// # Immutable fields
//
// When the API server rejects an apply as invalid (an immutable field
// changed: a Job's template, a Service's clusterIP), the object is deleted
// and applied again only if it is annotated [ForceAnnotation]: "true", and
// only after a dry-run create shows that the API server would accept the
// new object, so a merely invalid object is never deleted.
package apply
