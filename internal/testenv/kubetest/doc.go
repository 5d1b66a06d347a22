// Package kubetest starts simulated Kubernetes clusters for integration tests.
//
// It is test support: only tests import it. A cluster is made of real
// processes built from source by hack/build-kube.sh (no Docker, no kind):
// etcd and kube-apiserver, started through controller-runtime's envtest, and,
// with [Options.Simulate], kube-controller-manager, kube-scheduler and kwok,
// which plays the kubelet for fake Nodes (see [Node]) so that Deployments get
// scheduled, their Pods marked Running and Ready, and Nodes kept alive.
//
// A test usually calls [StartT], which skips the test when the binaries have
// not been built (or fails it when ISOBAR_REQUIRE_KUBE=1, as in CI) and stops
// the cluster when the test ends:
//
//	c := kubetest.StartT(t, kubetest.Options{Simulate: true, Nodes: []kubetest.Node{{Name: "n1"}}})
//	cs := kubernetes.NewForConfigOrDie(c.Config)
//
// Several clusters may run at once (about 620 MB each with the simulation),
// each with its own ports and data directory. The binaries are looked up in
// KUBEBUILDER_ASSETS when it is set, and otherwise in the folder that
// `hack/build-kube.sh --check` names in the repository.
//
// Each cluster keeps its data, certificates, kubeconfigs and the logs of its
// processes in a temporary directory, removed by [Cluster.Stop] unless
// ISOBAR_KUBETEST_KEEP=1. Processes left behind by a test binary that died
// without stopping its clusters are killed by the next [Start].
package kubetest
