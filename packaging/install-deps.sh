#!/usr/bin/env bash
# Installs every Debian 12 package etcd-drill needs to build, run its embedded lab and run its tests.
# Idempotent: packages already present are left alone. Run as root (or through sudo).
#
# Daemon packages (etcd-server, haproxy, nginx, openssh-server) are installed for their binaries only:
# the lab and the tests start their own instances on loopback. While this script installs, a temporary
# policy-rc.d keeps Debian's maintainer scripts from starting the system-wide services, so a workstation
# does not end up with an etcd on :2379 or an nginx on :80 it never asked for.
set -euo pipefail

packages=(
  # build
  build-essential cmake ninja-build pkg-config git
  qt6-base-dev qt6-base-dev-tools qt6-charts-dev qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6opengl6-dev libxkbcommon-dev
  qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
  libgrpc++-dev protobuf-compiler-grpc libprotobuf-dev protobuf-compiler
  libssl-dev libyaml-cpp-dev
  # lab and test peers
  etcd-server etcd-client haproxy nginx libnginx-mod-stream openssh-server openssh-client
  # tests, reports and packaging checks
  xvfb xauth poppler-utils fonts-noto-cjk curl openssl procps iproute2 file dpkg-dev appstream desktop-file-utils
)

# A Kubernetes client we did not write, for the tests and `lab runbook`: Debian's kubectl (kubernetes-client)
# only when no kubectl is on the PATH, so a newer one the machine already has is kept.
if ! command -v kubectl >/dev/null 2>&1; then
  packages+=(kubernetes-client)
fi

if [ "$(id -u)" -ne 0 ]; then
  exec sudo -- "$0" "$@"
fi

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

echo "install-deps: installing ${#missing[@]} packages: ${missing[*]}"
policy=/usr/sbin/policy-rc.d
if [ ! -e "$policy" ]; then
  printf '#!/bin/sh\nexit 101\n' >"$policy"
  chmod 755 "$policy"
  trap 'rm -f "$policy"' EXIT
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "install-deps: done"
