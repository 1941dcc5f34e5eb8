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
  qt6-translations-l10n  # Qt's own words (dialog buttons, key names) in German
  sqlite3
  graphviz             # the dot command, for comparing layouts with bare Graphviz
  python3-jsonschema   # validates the SARIF output against the SARIF 2.1.0 schema
  desktop-file-utils   # desktop-file-validate, for tst_packaging
  appstream            # appstreamcli validate, for tst_packaging
  dpkg-dev             # cpack -G DEB: dpkg-shlibdeps works out the package's dependencies
  postgresql-15        # the oracle suite starts its own throwaway server
  libtree-sitter-dev   # reads Ecto (.exs) and Alembic (.py) migrations; grammars: fetch-grammars.sh
  python3-alembic python3-sqlalchemy # tst_alembic's oracle: alembic upgrade head --sql
  clang-14 libclang-rt-14-dev  # the fuzz preset: libFuzzer, ASan and UBSan (tests/fuzz/run-all.sh)
)
# npm fetches the tree-sitter grammars. A nodejs from another vendor (NodeSource) ships its
# own npm, and Debian's npm package conflicts with it: only ask for them when npm is missing.
command -v npm >/dev/null || packages+=(nodejs npm)
for optional in libpq-dev libsqlite3-dev; do
  dpkg -s "$optional" >/dev/null 2>&1 || packages+=("$optional")
done

missing=()
for p in "${packages[@]}"; do
  dpkg -s "$p" 2>/dev/null | grep -q '^Status: install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages already installed"
else
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $SUDO apt-get -o DPkg::Lock::Timeout=600 update -qq
  $SUDO apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
fi

# The tree-sitter grammars come from npm, not Debian (checked by sha256). Without them (no
# network) everything else still builds and passes; Ecto/Alembic tests skip and say why.
# SCHEMALENS_REQUIRE_GRAMMARS=1 makes a failed fetch fail this script.
if ! bash "$(dirname "$0")/fetch-grammars.sh"; then
  if [ "${SCHEMALENS_REQUIRE_GRAMMARS:-0}" = 1 ]; then
    exit 1
  fi
  echo "install-deps: WARNING: tree-sitter grammars not fetched; Ecto and Alembic sources" \
    "are left out of this build (run packaging/fetch-grammars.sh later, then build again)" >&2
fi
