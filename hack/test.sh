#!/usr/bin/env bash
# `make test`: prepares what the tests need, runs every test, and ends with a
# summary of what passed, failed and was skipped (each skip with the reason it
# gave, which names what enables it).
#
# Preparation, once per machine (the binaries are kept in the user's cache
# folder, shared by every clone; see hack/build-kube.sh and hack/build-cosign.sh):
#   - the simulated clusters' binaries (kube-apiserver, etcd, controller manager,
#     scheduler, kubectl, kwok): 15 to 25 minutes cold, at once when built;
#   - the upstream cosign CLI and CoreDNS, built beside them.
# PREPARE=0 skips the builds: the tests that need them then skip, and the
# summary names them. Debian's coinor-cbc, glpk-utils, docker-registry and
# chromium are not installed from here (.ci/run does); tests that need them
# skip with the apt-get line that enables them.
#
# Environment: PKGS (default ./...), GO (default go), GOTESTFLAGS (extra flags).
set -euo pipefail
cd "$(dirname "$0")/.."

GO=${GO:-go}
PKGS=${PKGS:-./...}
start=$SECONDS
phase() { printf '[test %s] %s (%d s so far)\n' "$(date +%H:%M:%S)" "$*" "$((SECONDS - start))" >&2; }

if [ "${PREPARE:-1}" != 0 ]; then
  log=$(mktemp)
  trap 'rm -f "$log"' EXIT
  phase "preparing: the cosign CLI and CoreDNS (in the background) and the cluster binaries"
  { bash hack/build-cosign.sh --crane && bash hack/build-cosign.sh --coredns; } >/dev/null 2>"$log" &
  cosign_pid=$!
  t=$SECONDS
  KUBEBUILDER_ASSETS="$(bash hack/build-kube.sh)"
  export KUBEBUILDER_ASSETS
  phase "cluster binaries ready in $((SECONDS - t)) s: $KUBEBUILDER_ASSETS"
  t=$SECONDS
  if ! wait "$cosign_pid"; then
    cat "$log" >&2
    exit 1
  fi
  ISOBAR_COSIGN="$(bash hack/build-cosign.sh --print-path)"
  ISOBAR_COREDNS="$(bash hack/build-cosign.sh --coredns --check)"
  export ISOBAR_COSIGN ISOBAR_COREDNS
  phase "cosign and CoreDNS ready $((SECONDS - t)) s later: $ISOBAR_COSIGN, $ISOBAR_COREDNS"
else
  phase "PREPARE=0: nothing built; tests that need the cluster binaries or cosign skip"
fi

phase "running the tests: go test $PKGS"
t=$SECONDS
# test2json's events go through the summary; -count=1: never cached.
# shellcheck disable=SC2086
if "$GO" test -json -count=1 -timeout 30m ${GOTESTFLAGS:-} $PKGS | "$GO" run ./internal/testenv/testsummary; then
  phase "tests passed in $((SECONDS - t)) s"
else
  phase "tests FAILED after $((SECONDS - t)) s"
  exit 1
fi
