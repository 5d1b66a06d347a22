#!/usr/bin/env bash
# Installs a released isobar binary, verified: the GitHub Action's install
# step (action.yml), also usable on its own.
#
# It downloads <base>/<version>/isobar_<version>_<os>_<arch> and
# <base>/<version>/checksums.txt (the names `make release` writes), checks
# the signature of checksums.txt with the release public key when one is
# given, then the binary's SHA-256 against its line in checksums.txt, and
# only then installs it as <dir>/isobar and puts <dir> on the job's PATH.
# Any mismatch stops it with a non-zero exit and nothing installed.
#
# Environment:
#   ISOBAR_VERSION      release tag, e.g. v0.1.0 (default: ISOBAR_ACTION_REF,
#                       the tag the workflow pinned the action at)
#   ISOBAR_RELEASE_URL  where releases are downloaded from, one folder per tag
#                       (default https://github.com/isobar-dev/isobar/releases/download);
#                       https, or http to a loopback address only
#   ISOBAR_RELEASE_KEY  the release public key (PEM contents, or the path of a
#                       PEM file): when set, checksums.txt.sig must verify with
#                       it (needs openssl)
#   ISOBAR_INSTALL_DIR  where to put the binary (default $RUNNER_TEMP/isobar/<version>)
#   RUNNER_OS, RUNNER_ARCH  the platform, as GitHub sets them (default: uname)
#   GITHUB_PATH, GITHUB_OUTPUT  files the job reads back, when set
set -euo pipefail
umask 022

die() {
  printf 'install-isobar: %s\n' "$*" >&2
  if [ -n "${GITHUB_ACTIONS:-}" ]; then printf '::error title=isobar install::%s\n' "$*"; fi
  exit 1
}
say() { printf 'install-isobar: %s\n' "$*" >&2; }

version=${ISOBAR_VERSION:-${ISOBAR_ACTION_REF:-}}
[ -n "$version" ] || die "no version: set the action's 'version' input (a release tag such as v0.1.0)"
# The same characters the release accepts (internal/release): no slashes,
# no spaces, nothing a URL or a path could be bent with.
[[ $version =~ ^[A-Za-z0-9][A-Za-z0-9.+-]{0,127}$ ]] ||
  die "version '$version' is not a release tag (letters, digits, '.', '-', '+'): set the action's 'version' input"

base=${ISOBAR_RELEASE_URL:-https://github.com/isobar-dev/isobar/releases/download}
base=${base%/}
case $base in
  https://*) ;;
  http://127.0.0.1:* | http://127.0.0.1/* | http://localhost:* | http://localhost/* | http://\[::1\]:* | http://\[::1\]/*) ;;
  *) die "release URL '$base': want https:// (plain http only to a loopback address)" ;;
esac
case $base in
  *@* | *\?* | *\#*) die "release URL '$base': no credentials, query or fragment in the URL" ;;
esac

runner_os=${RUNNER_OS:-$(uname -s)}
runner_arch=${RUNNER_ARCH:-$(uname -m)}
case $runner_os in
  Linux | linux) goos=linux ;;
  macOS | Darwin | darwin) goos=darwin ;;
  *) die "runner OS '$runner_os': releases exist for Linux and macOS" ;;
esac
case $runner_arch in
  X64 | x86_64 | amd64) goarch=amd64 ;;
  ARM64 | aarch64 | arm64) goarch=arm64 ;;
  *) die "runner architecture '$runner_arch': releases exist for X64 and ARM64" ;;
esac

name="isobar_${version}_${goos}_${goarch}"
dest=${ISOBAR_INSTALL_DIR:-${RUNNER_TEMP:-}}
[ -n "$dest" ] || die "no install folder: set ISOBAR_INSTALL_DIR (RUNNER_TEMP is unset outside GitHub Actions)"
[ -n "${ISOBAR_INSTALL_DIR:-}" ] || dest="$dest/isobar/$version"

sha256() {
  if command -v sha256sum >/dev/null; then
    sha256sum "$1" | cut -d' ' -f1
  else
    shasum -a 256 "$1" | cut -d' ' -f1
  fi
}

work=$(mktemp -d "${RUNNER_TEMP:-${TMPDIR:-/tmp}}/isobar-download.XXXXXX")
trap 'rm -rf "$work"' EXIT

fetch() { # fetch FILE: $base/$version/FILE into $work/FILE
  local url="$base/$version/$1"
  say "downloading $url"
  curl --fail --silent --show-error --location --retry 3 --retry-delay 2 \
    --proto '=https,http' --max-time 300 -o "$work/$1" "$url" ||
    die "downloading $url failed (is $version a published release?)"
}

fetch checksums.txt

if [ -n "${ISOBAR_RELEASE_KEY:-}" ]; then
  command -v openssl >/dev/null || die "a release key was given but openssl is not installed to check the signature"
  fetch checksums.txt.sig
  if [[ $ISOBAR_RELEASE_KEY == *"-----BEGIN"* ]]; then
    printf '%s\n' "$ISOBAR_RELEASE_KEY" >"$work/release.pub"
  elif [ -f "$ISOBAR_RELEASE_KEY" ]; then
    cp "$ISOBAR_RELEASE_KEY" "$work/release.pub"
  else
    die "release key: neither a PEM public key nor a file"
  fi
  # cosign sign-blob's signature: base64 of an ASN.1 ECDSA signature over
  # the SHA-256 of the file, which openssl checks with the PEM public key.
  if ! base64 -d <"$work/checksums.txt.sig" >"$work/checksums.sig.der" 2>/dev/null; then
    die "signature of checksums.txt: checksums.txt.sig is not base64"
  fi
  if ! openssl dgst -sha256 -verify "$work/release.pub" -signature "$work/checksums.sig.der" \
    "$work/checksums.txt" >/dev/null 2>&1; then
    die "signature of checksums.txt does not verify with the release key: refusing to install"
  fi
  say "checksums.txt: signature verified with the release key"
else
  say "no release key given: checking the binary against checksums.txt only (set the 'release-key' input to also check its signature)"
fi

want=$(awk -v n="$name" '$2 == n || $2 == "*" n { print $1 }' "$work/checksums.txt")
[ -n "$want" ] || die "checksums.txt lists no $name"
[ "$(printf '%s\n' "$want" | wc -l)" -eq 1 ] || die "checksums.txt lists $name more than once"
[[ $want =~ ^[0-9a-f]{64}$ ]] || die "checksums.txt: the checksum of $name is not a SHA-256"

fetch "$name"
got=$(sha256 "$work/$name")
if [ "$got" != "$want" ]; then
  die "checksum mismatch for $name: checksums.txt has sha256 $want, the download has $got: refusing to install"
fi
say "$name: sha256 $got matches checksums.txt"

mkdir -p "$dest"
# Copied beside the target, then renamed: never a half-written isobar.
cp "$work/$name" "$dest/.isobar.partial"
chmod 0755 "$dest/.isobar.partial"
mv -f "$dest/.isobar.partial" "$dest/isobar"
"$dest/isobar" version >&2 || die "the installed binary does not run on this runner ($goos/$goarch)"

if [ -n "${GITHUB_PATH:-}" ]; then printf '%s\n' "$dest" >>"$GITHUB_PATH"; fi
if [ -n "${GITHUB_OUTPUT:-}" ]; then
  {
    printf 'path=%s\n' "$dest/isobar"
    printf 'version=%s\n' "$version"
  } >>"$GITHUB_OUTPUT"
fi
say "installed $dest/isobar"
