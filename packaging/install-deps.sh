#!/usr/bin/env bash
# Installs every build and test dependency of Schemalens from Debian 12 packages.
# Safe to run twice: apt-get skips what is already installed.
# libpq-dev and libsqlite3-dev are only named when missing, because naming an
# installed libpq-dev upgrades the PostgreSQL server underneath a running cluster
# (see shared/PLATFORM.md §1).
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  qt6-base-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  libgraphviz-dev libpg-query-dev
  xvfb xauth fonts-dejavu-core
  sqlite3
  graphviz             # the dot command, for comparing layouts with bare Graphviz
  python3-jsonschema   # validates the SARIF output against the SARIF 2.1.0 schema
  desktop-file-utils   # desktop-file-validate, for tst_packaging
  appstream            # appstreamcli validate, for tst_packaging
  dpkg-dev             # cpack -G DEB: dpkg-shlibdeps works out the package's dependencies
  postgresql-15        # the oracle suite starts its own throwaway server
  clang-14 libclang-rt-14-dev  # the fuzz preset: libFuzzer, ASan and UBSan (tests/fuzz/run-all.sh)
)
for optional in libpq-dev libsqlite3-dev; do
  dpkg -s "$optional" >/dev/null 2>&1 || packages+=("$optional")
done

missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
  exit 0
fi

SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
