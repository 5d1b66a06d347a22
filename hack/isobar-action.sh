#!/usr/bin/env bash
# The GitHub Action's run step (action.yml): runs the command the action
# was given with the installed isobar. Inputs arrive in the environment:
#   ISOBAR_BIN       the installed binary (default: isobar on PATH)
#   ISOBAR_COMMAND   vet | preview | publish | another isobar subcommand
#   ISOBAR_ARGS      more arguments, separated by spaces
#   ISOBAR_INTENT    the intent's folder (default .)
#   ISOBAR_BASE      preview: the revision to compare with
#                    (default origin/$ISOBAR_BASE_REF, the pull request's target)
#   ISOBAR_REGISTRY  publish: the repository to push to
#   ISOBAR_KEY_FILE  publish: the cosign private key's path; else its
#                    contents in COSIGN_KEY (password in COSIGN_PASSWORD)
#   ISOBAR_OUT       preview/publish: the file to write (default in RUNNER_TEMP)
# Writes exitcode= and out= to GITHUB_OUTPUT, and the preview to
# GITHUB_STEP_SUMMARY, when they are set.
set -euo pipefail

die() {
  printf 'isobar action: %s\n' "$*" >&2
  if [ -n "${GITHUB_ACTIONS:-}" ]; then printf '::error title=isobar::%s\n' "$*"; fi
  exit 1
}
output() { if [ -n "${GITHUB_OUTPUT:-}" ]; then printf '%s=%s\n' "$1" "$2" >>"$GITHUB_OUTPUT"; fi; }

bin=${ISOBAR_BIN:-isobar}
command=${ISOBAR_COMMAND:-vet}
intent=${ISOBAR_INTENT:-.}
tmp=${RUNNER_TEMP:-${TMPDIR:-/tmp}}
args=()
if [ -n "${ISOBAR_ARGS:-}" ]; then read -r -a args <<<"$ISOBAR_ARGS"; fi
[[ $command =~ ^[a-z][a-z-]*$ ]] || die "command '$command': want vet, preview, publish, install or an isobar subcommand"

case $command in
  vet)
    code=0
    "$bin" vet "$intent" ${args[@]+"${args[@]}"} || code=$?
    output exitcode "$code"
    exit "$code"
    ;;

  preview)
    base=${ISOBAR_BASE:-}
    if [ -z "$base" ]; then
      [ -n "${ISOBAR_BASE_REF:-}" ] || die "preview: no base revision: run it on a pull request or set the 'base' input"
      base="origin/$ISOBAR_BASE_REF"
    fi
    out=${ISOBAR_OUT:-$tmp/isobar-preview.md}
    code=0
    "$bin" plan "$intent" --base "$base" -o markdown --detailed-exitcode ${args[@]+"${args[@]}"} >"$out" || code=$?
    output exitcode "$code"
    output out "$out"
    # 0: nothing changes, 2: something changes, 1: an error (an invalid
    # intent, or a change that makes it infeasible) fails the step.
    if [ "$code" = 0 ] || [ "$code" = 2 ]; then
      if [ -n "${GITHUB_STEP_SUMMARY:-}" ]; then cat "$out" >>"$GITHUB_STEP_SUMMARY"; fi
      exit 0
    fi
    exit "$code"
    ;;

  publish)
    [ -n "${ISOBAR_REGISTRY:-}" ] || die "publish: set the 'registry' input (e.g. ghcr.io/acme/bundles)"
    key=${ISOBAR_KEY_FILE:-}
    if [ -z "$key" ]; then
      [ -n "${COSIGN_KEY:-}" ] || die "publish: no signing key: set COSIGN_KEY (the key's contents, from a secret) or the 'key-file' input"
      keydir=$(umask 077 && mktemp -d "$tmp/isobar-key.XXXXXX")
      trap 'rm -rf "$keydir"' EXIT
      key="$keydir/cosign.key"
      (umask 077 && printf '%s\n' "$COSIGN_KEY" >"$key")
    fi
    out=${ISOBAR_OUT:-$tmp/isobar-published.json}
    code=0
    "$bin" publish "$intent" --registry "$ISOBAR_REGISTRY" --key "$key" -o json ${args[@]+"${args[@]}"} >"$out" || code=$?
    output exitcode "$code"
    output out "$out"
    exit "$code"
    ;;

  install)
    exit 0
    ;;

  *)
    code=0
    "$bin" "$command" ${args[@]+"${args[@]}"} || code=$?
    output exitcode "$code"
    exit "$code"
    ;;
esac
