#!/usr/bin/env bash
# Builds the upstream cosign CLI (and crane) from the Go module proxy, once per
# machine, into the user's cache folder ($XDG_CACHE_HOME/isobar/tools,
# ~/.cache/isobar/tools by default, $ISOBAR_CACHE/tools when set), shared by
# every clone:
#
#   tools/cosign-v2.6.5/cosign   github.com/sigstore/cosign/v2/cmd/cosign
#   tools/crane-v0.22.1/crane    github.com/google/go-containerregistry/cmd/crane
#   tools/coredns-v1.15.0/coredns github.com/coredns/coredns (with --coredns)
#
# bundle's interoperability tests and BenchmarkPublish use cosign
# (from that folder, or $ISOBAR_COSIGN); crane is optional, for looking at
# bundles by hand (`crane manifest`, `crane ls`). CoreDNS serves rendered DNS
# records in render's traffic tests ($ISOBAR_COREDNS, or from that folder). All are built with
# `go install pkg@version`, i.e. exactly as released (neither go.mod has replace
# directives), independently of isobar's go.mod. A cold build of cosign takes
# 5 to 13 minutes on 2 cores (it is a large module graph), about 30 s with a
# warm Go build cache, crane about 15 s; a run with both up to date returns at
# once (a stamp file next to each binary records the version it was built at).
#
# Usage:
#   hack/build-cosign.sh              build cosign if missing or outdated; print its path
#   hack/build-cosign.sh --crane      also build crane; print both paths (cosign first)
#   hack/build-cosign.sh --coredns    build CoreDNS instead (with --check: check it); print its path
#   hack/build-cosign.sh --print-path print the cosign path only (builds nothing)
#   hack/build-cosign.sh --check      exit 0 and print the path when cosign is built,
#                                     exit 1 otherwise
#   hack/build-cosign.sh --force      rebuild
#
# Progress goes to stderr; stdout carries only the path(s), so
#   export ISOBAR_COSIGN="$(hack/build-cosign.sh)"
# builds if needed and points the tests at the binary.
set -euo pipefail

COSIGN_VERSION=v2.6.5  # github.com/sigstore/cosign/v2, the version go.mod pins
CRANE_VERSION=v0.22.1  # github.com/google/go-containerregistry, the version go.mod pins
COREDNS_VERSION=v1.15.0 # github.com/coredns/coredns, as released (view, file, loadbalance weighted)

TOOLS="${ISOBAR_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/isobar}/tools"
COSIGN_DIR="$TOOLS/cosign-$COSIGN_VERSION"
CRANE_DIR="$TOOLS/crane-$CRANE_VERSION"
COREDNS_DIR="$TOOLS/coredns-$COREDNS_VERSION"

log() { printf '[build-cosign %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2; }

mode=build
crane=0
coredns=0
for arg in "$@"; do
  case "$arg" in
    --crane) crane=1 ;;
    --coredns) coredns=1 ;;
    --print-path) mode=print ;;
    --check) mode=check ;;
    --force) mode=force ;;
    -h|--help) usage; exit 0 ;;
    *) usage; die "unknown argument: $arg" ;;
  esac
done

if [ "$mode" = print ]; then
  echo "$COSIGN_DIR/cosign"
  exit 0
fi

# up_to_date DIR BIN STAMP: the stamp matches and the binary runs.
up_to_date() {
  [ -x "$1/$2" ] && [ -f "$1/.stamp" ] && [ "$(cat "$1/.stamp")" = "$3" ]
}

cosign_stamp="github.com/sigstore/cosign/v2/cmd/cosign $COSIGN_VERSION"
crane_stamp="github.com/google/go-containerregistry/cmd/crane $CRANE_VERSION"
coredns_stamp="github.com/coredns/coredns $COREDNS_VERSION"

if [ "$coredns" = 1 ] && [ "$mode" = check ]; then
  up_to_date "$COREDNS_DIR" coredns "$coredns_stamp" || {
    log "CoreDNS $COREDNS_VERSION is not built in $COREDNS_DIR (run hack/build-cosign.sh --coredns)"
    exit 1
  }
  echo "$COREDNS_DIR/coredns"
  exit 0
fi

if [ "$mode" = check ]; then
  up_to_date "$COSIGN_DIR" cosign "$cosign_stamp" || {
    log "cosign $COSIGN_VERSION is not built in $COSIGN_DIR (run hack/build-cosign.sh)"
    exit 1
  }
  echo "$COSIGN_DIR/cosign"
  exit 0
fi

command -v go >/dev/null || die "go is not on PATH"

# Temporary build folders, removed however the script ends.
tmps=()
cleanup() { [ ${#tmps[@]} -eq 0 ] || rm -rf "${tmps[@]}"; }
trap cleanup EXIT

# build_tool DIR PKG VERSION STAMP: go install PKG@VERSION into DIR, atomically.
build_tool() {
  local dir=$1 pkg=$2 version=$3 stamp=$4 bin start tmp
  bin="$(basename "$pkg")"
  if [ "$mode" != force ] && up_to_date "$dir" "$bin" "$stamp"; then
    log "$bin $version: up to date"
    return
  fi
  start=$SECONDS
  log "building $bin $version from the Go module proxy..."
  mkdir -p "$TOOLS"
  tmp="$(mktemp -d "$TOOLS/.$bin.XXXXXX")"
  tmps+=("$tmp")
  # Outside any module: go install pkg@version builds the release as published.
  # The version is stamped the way cosign's own Makefile does it, so that
  # `cosign version` reports it.
  (cd "$tmp" && GOWORK=off GOFLAGS=-buildvcs=false CGO_ENABLED=0 GOBIN="$tmp" \
    go install -trimpath \
      -ldflags="-s -w -X sigs.k8s.io/release-utils/version.gitVersion=$version" \
      "$pkg@$version")
  [ -x "$tmp/$bin" ] || die "go install $pkg@$version produced no $bin"
  mkdir -p "$dir"
  rm -f "$dir/.stamp"
  mv -f "$tmp/$bin" "$dir/$bin"
  echo "$stamp" >"$dir/.stamp"
  log "$bin $version: built in $((SECONDS - start))s"
}

if [ "$coredns" = 1 ]; then
  build_tool "$COREDNS_DIR" github.com/coredns/coredns "$COREDNS_VERSION" "$coredns_stamp"
  echo "$COREDNS_DIR/coredns"
  exit 0
fi
build_tool "$COSIGN_DIR" github.com/sigstore/cosign/v2/cmd/cosign "$COSIGN_VERSION" "$cosign_stamp"
echo "$COSIGN_DIR/cosign"
if [ "$crane" = 1 ]; then
  build_tool "$CRANE_DIR" github.com/google/go-containerregistry/cmd/crane "$CRANE_VERSION" "$crane_stamp"
  echo "$CRANE_DIR/crane"
fi
