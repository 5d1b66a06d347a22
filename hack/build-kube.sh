#!/usr/bin/env bash
# Builds the binaries of a simulated Kubernetes control plane from the Go module
# proxy, once per machine, into the user's cache folder
# ($XDG_CACHE_HOME/isobar/kube/<version>, ~/.cache/isobar/kube/<version> by
# default; $ISOBAR_CACHE/kube/<version> when ISOBAR_CACHE is set), shared by
# every clone of the repository:
#
#   kube-apiserver, kube-controller-manager, kube-scheduler, kubectl  (k8s.io/kubernetes)
#   etcd                                                              (go.etcd.io/etcd/server/v3)
#   kwok, and kwok's stage files in kwok-stages/                      (sigs.k8s.io/kwok)
#
# internal/testenv/kubetest starts clusters from that folder (through controller-runtime's
# envtest, which reads KUBEBUILDER_ASSETS too). No Docker, no kind, no downloads
# but Go modules. A cold build takes 15 to 20 minutes on an idle 2-core machine
# (longer when other builds share it); a warm run returns at once: each component
# has a stamp file recording the version it was built at, and is rebuilt when its
# version below changes. Two runs at once take turns (flock).
#
# Usage:
#   hack/build-kube.sh              build what is missing or outdated; print the folder
#   hack/build-kube.sh --print-dir  print the folder only (builds nothing)
#   hack/build-kube.sh --check      print the folder and exit 0 when everything is built,
#                                   exit 1 naming what is missing otherwise
#   hack/build-kube.sh --force      rebuild everything (quick while Go's build cache is warm)
#
# Progress goes to stderr; stdout carries only the folder, so
#   export KUBEBUILDER_ASSETS="$(hack/build-kube.sh)"
# builds if needed and points envtest (and internal/testenv/kubetest) at the binaries.
set -euo pipefail

KUBE_VERSION=v1.37.2 # k8s.io/kubernetes; its staging modules k8s.io/* at v0.37.2
ETCD_VERSION=v3.6.7  # go.etcd.io/etcd/server/v3
KWOK_VERSION=v0.8.0  # sigs.k8s.io/kwok

# Stage files kwok is started with (-c), from sigs.k8s.io/kwok/kustomize/stage.
KWOK_STAGES=(node/fast node/heartbeat-with-lease pod/fast)
KUBE_BINS=(kube-apiserver kube-controller-manager kube-scheduler kubectl)

CACHE="${ISOBAR_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/isobar}"
DIR="$CACHE/kube/$KUBE_VERSION"
SRC="$CACHE/kube/src" # throwaway modules the binaries are built from
STAMPS="$DIR/.stamps"

# What each component's stamp says, and the files it makes.
COMPONENTS=(etcd kwok kubernetes) # build order: the long one last
stamp_etcd="go.etcd.io/etcd/server/v3 $ETCD_VERSION"
stamp_kwok="sigs.k8s.io/kwok $KWOK_VERSION stages=${KWOK_STAGES[*]}"
stamp_kubernetes="k8s.io/kubernetes $KUBE_VERSION"
files_etcd=(etcd)
files_kwok=(kwok kwok-stages)
files_kubernetes=("${KUBE_BINS[@]}")

log() { printf '[build-kube %s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "error: $*"; exit 1; }
usage() { sed -n '2,/^set -euo/p' "${BASH_SOURCE[0]}" | sed '$d; s/^# \{0,1\}//' >&2; }

# up_to_date COMPONENT: its stamp matches and every file it makes exists.
up_to_date() {
  local c=$1 want files f
  want="stamp_$c"
  [ -f "$STAMPS/$c" ] && [ "$(cat "$STAMPS/$c")" = "${!want}" ] || return 1
  files="files_$c[@]"
  for f in "${!files}"; do [ -e "$DIR/$f" ] || return 1; done
}

# new_module NAME: an empty module in $SRC/NAME, printed.
new_module() {
  local d="$SRC/$1" v
  v="$(go env GOVERSION)"
  rm -rf "$d" && mkdir -p "$d"
  printf 'module isobar.dev/kubebuild/%s\n\ngo %s\n' "$1" "${v#go}" >"$d/go.mod"
  echo "$d"
}

build_etcd() {
  local d
  d="$(new_module "etcd-$ETCD_VERSION")"
  printf '\nrequire go.etcd.io/etcd/server/v3 %s\n' "$ETCD_VERSION" >>"$d/go.mod"
  log "building etcd $ETCD_VERSION (1 to 2 minutes cold)..."
  # etcd's own go.mod replaces its sibling modules by relative paths, which only a
  # main module honours: hence a module of ours requiring it.
  (cd "$d" && go build -mod=mod -trimpath -ldflags="-s -w" -o "$DIR/etcd" go.etcd.io/etcd/server/v3)
}

build_kwok() {
  local moddir s
  log "building kwok $KWOK_VERSION (3 to 5 minutes cold)..."
  # kwok's go.mod has no replace directives, so go install pkg@version builds it as released.
  (cd "$SRC" && GOBIN="$DIR" go install -trimpath -ldflags="-s -w" "sigs.k8s.io/kwok/cmd/kwok@$KWOK_VERSION")
  moddir="$(cd "$SRC" && go mod download -json "sigs.k8s.io/kwok@$KWOK_VERSION" | sed -n 's/^[[:space:]]*"Dir": "\(.*\)",$/\1/p')"
  [ -d "$moddir" ] || die "could not locate sigs.k8s.io/kwok@$KWOK_VERSION in the module cache"
  rm -rf "$DIR/kwok-stages.tmp" && mkdir -p "$DIR/kwok-stages.tmp"
  for s in "${KWOK_STAGES[@]}"; do
    [ -d "$moddir/kustomize/stage/$s" ] || die "kwok $KWOK_VERSION has no stage $s"
    # Only the Stage manifests: kustomization.yaml and testdata/ are not stages.
    find "$moddir/kustomize/stage/$s" -maxdepth 1 -name '*.yaml' ! -name kustomization.yaml \
      -exec cp {} "$DIR/kwok-stages.tmp/" \;
  done
  chmod -R u+w "$DIR/kwok-stages.tmp" # the module cache is read-only
  rm -rf "$DIR/kwok-stages" && mv "$DIR/kwok-stages.tmp" "$DIR/kwok-stages"
}

build_kubernetes() {
  local d gomod staging minor ldflags pkgs p b
  d="$(new_module "kubernetes-$KUBE_VERSION")"
  log "downloading k8s.io/kubernetes@$KUBE_VERSION (a large module)..."
  gomod="$(cd "$d" && go mod download -json "k8s.io/kubernetes@$KUBE_VERSION" | sed -n 's/^[[:space:]]*"GoMod": "\(.*\)",$/\1/p')"
  [ -f "$gomod" ] || die "could not download k8s.io/kubernetes@$KUBE_VERSION"
  # Kubernetes' go.mod points every staging module (k8s.io/api, k8s.io/client-go, ...)
  # at ./staging/src, which only its own main module can use; here they come from
  # the proxy, at the release matching the kubernetes one.
  staging="$(sed -n 's|^[[:space:]]*\(k8s.io/[A-Za-z0-9._-]*\)[[:space:]]*=>[[:space:]]*\./staging/.*|\1|p' "$gomod" | sort -u)"
  [ -n "$staging" ] || die "found no staging replacements in $gomod"
  minor="v0.${KUBE_VERSION#v1.}"
  {
    printf '\nrequire k8s.io/kubernetes %s\n\nreplace (\n' "$KUBE_VERSION"
    for p in $staging; do printf '\t%s => %s %s\n' "$p" "$p" "$minor"; done
    printf ')\n'
  } >>"$d/go.mod"
  log "replaced $(wc -w <<<"$staging") staging modules by their $minor releases"

  # Version stamping as kubernetes' hack/lib/version.sh does, so that /version
  # and `kubectl version` report the real version.
  ldflags="-s -w"
  for p in k8s.io/component-base/version k8s.io/client-go/pkg/version; do
    ldflags+=" -X $p.gitVersion=$KUBE_VERSION -X $p.gitMajor=1 -X $p.gitMinor=$(cut -d. -f2 <<<"$KUBE_VERSION")"
    ldflags+=" -X $p.gitTreeState=clean -X $p.buildDate=1970-01-01T00:00:00Z"
  done
  pkgs=()
  for b in "${KUBE_BINS[@]}"; do pkgs+=("k8s.io/kubernetes/cmd/$b"); done
  log "building ${KUBE_BINS[*]} (12 to 15 minutes cold on 2 cores)..."
  (cd "$d" && go build -mod=mod -trimpath -ldflags="$ldflags" -o "$DIR/" "${pkgs[@]}")
}

check() {
  local c missing=()
  for c in "${COMPONENTS[@]}"; do up_to_date "$c" || missing+=("$c"); done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "not built in $DIR: ${missing[*]}" >&2
    exit 1
  fi
  echo "$DIR"
}

build() {
  local force=$1 c start total_start built=()
  command -v go >/dev/null || die "go is not on PATH"
  mkdir -p "$DIR" "$STAMPS" "$SRC"
  # One build at a time per folder: a second run waits, then finds it all built.
  if command -v flock >/dev/null; then
    exec 9>"$DIR/.lock"
    flock 9
  fi
  [ "$force" = 0 ] || rm -f "$STAMPS"/*
  export GOWORK=off GOFLAGS=-buildvcs=false CGO_ENABLED=0
  total_start=$SECONDS
  for c in "${COMPONENTS[@]}"; do
    if up_to_date "$c"; then
      log "$c: up to date"
      continue
    fi
    start=$SECONDS
    rm -f "$STAMPS/$c"
    "build_$c"
    local want="stamp_$c"
    echo "${!want}" >"$STAMPS/$c"
    log "$c: built in $((SECONDS - start))s"
    built+=("$c")
  done
  if [ ${#built[@]} -gt 0 ]; then
    log "built ${built[*]} in $((SECONDS - total_start))s: $(du -sh "$DIR" | cut -f1) in $DIR"
  fi
  echo "$DIR"
}

main() {
  [ $# -le 1 ] || { usage; die "too many arguments"; }
  case "${1:-}" in
    "") build 0 ;;
    --force) build 1 ;;
    --print-dir) echo "$DIR" ;;
    --check) check ;;
    -h | --help) usage ;;
    *) usage; die "unknown argument: $1" ;;
  esac
}

# Everything above only defines; main runs once bash has read the whole file, so
# editing or checking out the script while it runs cannot derail it.
main "$@"
exit
