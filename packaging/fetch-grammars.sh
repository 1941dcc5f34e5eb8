#!/usr/bin/env bash
# Fetches the tree-sitter grammars that read Ecto (.exs) and Alembic (.py) migrations:
# the npm packages ship their generated C parser, which CMake (cmake/grammars.cmake)
# compiles into static libraries. Only the two tarballs are kept; each is checked against
# its sha256 here and again by CMake before it is unpacked. The generated C is not
# committed to the repository.
#
# Versions: Debian 12's libtree-sitter 0.20.7 accepts grammar ABI 13-14 only;
# tree-sitter-python 0.23.6 is the newest with ABI 14, tree-sitter-elixir 0.3.5 is ABI 14.
#
# The folder is shared by every checkout of one user:
#   ${SCHEMALENS_GRAMMAR_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/schemalens/grammars}
# ($HOME unset, as in some containers: /tmp/.cache)
# (CMake looks in the same place; -DSCHEMALENS_GRAMMAR_DIR=... overrides both.)
# Safe to run twice: verified tarballs are not fetched again.
set -euo pipefail

dest="${SCHEMALENS_GRAMMAR_DIR:-${XDG_CACHE_HOME:-${HOME:-/tmp}/.cache}/schemalens/grammars}"
grammars=(
  "tree-sitter-python 0.23.6 aab5b860d93dbf84b37fed532f7dacc0468ede5387d0c74911d68f964287662a"
  "tree-sitter-elixir 0.3.5 f89db8ca50495f21b550ce3f65c9f8c00495bd0e3b9f86644f2d06d04d3188f2"
)

mkdir -p "$dest"
for entry in "${grammars[@]}"; do
  read -r name version sha <<<"$entry"
  tarball="$dest/$name-$version.tgz"
  if [ -f "$tarball" ] && echo "$sha  $tarball" | sha256sum --check --status; then
    continue
  fi
  if ! command -v npm >/dev/null; then
    echo "fetch-grammars: npm is missing (install-deps.sh installs nodejs and npm)" >&2
    exit 1
  fi
  work="$(mktemp -d)"
  # Without a network npm would retry for minutes: one retry, then say what is missing.
  if ! (cd "$work" && npm pack --loglevel=error --fetch-retries=1 --fetch-timeout=20000 \
          "$name@$version" >/dev/null 2>"$work/npm.log"); then
    echo "fetch-grammars: could not fetch $name@$version from npm (no network?):" >&2
    sed -n '1,5s/^/  /p' "$work/npm.log" >&2
    echo "fetch-grammars: without it Schemalens builds, but cannot read Ecto/Alembic migrations" >&2
    rm -rf "$work"
    exit 1
  fi
  if ! echo "$sha  $work/$name-$version.tgz" | sha256sum --check --status; then
    echo "fetch-grammars: $name@$version from npm does not have the expected sha256 $sha" >&2
    rm -rf "$work"
    exit 1
  fi
  mv "$work/$name-$version.tgz" "$tarball"
  rm -rf "$work"
  echo "fetch-grammars: $name@$version -> $tarball"
done
