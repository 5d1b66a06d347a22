// Package kinds owns what isobar knows about Kubernetes kinds and the rules
// an object's identity follows.
//
// The built-in kinds (builtin.go) are generated from the discovery of the
// kube-apiserver the project pins (KubernetesVersion): for each kind its
// group, versions, resource (plural), scope and verbs. TestBuiltin
// regenerates the table from a live API server and fails on a difference, so
// that the table is the API's, not a hand list. CustomResourceDefinitions
// among a set of objects add their own kinds (Table.WithCRDs).
//
// One Table answers every question about kinds in isobar: whether a kind is
// namespaced (render defaults namespaces, bundles check them), what its
// resource is called (RBAC rules of `isobar install --least-privilege`), and
// whether an object's identity is valid (Table.CheckIdentity: apiVersion,
// kind, name by the kind's naming rule, namespace by the kind's scope, and
// metadata the API server would refuse).
//
// kinds is a leaf: it imports nothing of isobar and does no I/O.
package kinds
