# tree-sitter: the runtime from Debian (libtree-sitter-dev 0.20.7) and the Python and Elixir
# grammars from the npm tarballs that packaging/fetch-grammars.sh puts into one known folder.
# Each tarball is checked against its sha256 and unpacked into the build tree; its generated
# parser.c/scanner.c become a static C library. Nothing is downloaded here.
#
# Defines: TreeSitter::TreeSitter, schemalens_grammar_python, schemalens_grammar_elixir.

find_path(TREE_SITTER_INCLUDE_DIR tree_sitter/api.h)
find_library(TREE_SITTER_LIBRARY NAMES tree-sitter)
if(NOT TREE_SITTER_INCLUDE_DIR OR NOT TREE_SITTER_LIBRARY)
  message(FATAL_ERROR
    "tree-sitter (tree_sitter/api.h, libtree-sitter) not found. It reads Ecto and Alembic "
    "migrations. Install it with: bash packaging/install-deps.sh  (Debian: libtree-sitter-dev)")
endif()
add_library(TreeSitter::TreeSitter UNKNOWN IMPORTED)
set_target_properties(TreeSitter::TreeSitter PROPERTIES
  IMPORTED_LOCATION "${TREE_SITTER_LIBRARY}"
  INTERFACE_INCLUDE_DIRECTORIES "${TREE_SITTER_INCLUDE_DIR}")

# The same folder as packaging/fetch-grammars.sh.
if(DEFINED ENV{XDG_CACHE_HOME} AND NOT "$ENV{XDG_CACHE_HOME}" STREQUAL "")
  set(_schemalens_cache "$ENV{XDG_CACHE_HOME}")
elseif(DEFINED ENV{HOME} AND NOT "$ENV{HOME}" STREQUAL "")
  set(_schemalens_cache "$ENV{HOME}/.cache")
else()
  set(_schemalens_cache "/tmp/.cache")
endif()
if(DEFINED ENV{SCHEMALENS_GRAMMAR_DIR} AND NOT "$ENV{SCHEMALENS_GRAMMAR_DIR}" STREQUAL "")
  set(_schemalens_grammar_default "$ENV{SCHEMALENS_GRAMMAR_DIR}")
else()
  set(_schemalens_grammar_default "${_schemalens_cache}/schemalens/grammars")
endif()
set(SCHEMALENS_GRAMMAR_DIR "${_schemalens_grammar_default}" CACHE PATH
  "Folder holding the tree-sitter grammar tarballs (packaging/fetch-grammars.sh)")

# schemalens_add_grammar(<lang> <npm name> <version> <sha256>)
function(schemalens_add_grammar lang package version sha256)
  set(tarball "${SCHEMALENS_GRAMMAR_DIR}/${package}-${version}.tgz")
  if(NOT EXISTS "${tarball}")
    message(FATAL_ERROR
      "The tree-sitter grammar ${package}@${version} is missing: ${tarball} does not exist.\n"
      "Fetch it (from npm, checked by sha256) with:\n"
      "  bash packaging/install-deps.sh      (or only: bash packaging/fetch-grammars.sh)\n"
      "A grammar folder elsewhere: -DSCHEMALENS_GRAMMAR_DIR=/path (or the environment "
      "variable of the same name for both the script and CMake).")
  endif()
  file(SHA256 "${tarball}" actual)
  if(NOT actual STREQUAL sha256)
    message(FATAL_ERROR
      "${tarball} has sha256 ${actual}, expected ${sha256}. Delete it and run "
      "bash packaging/fetch-grammars.sh again.")
  endif()
  set(unpacked "${CMAKE_BINARY_DIR}/grammars/${package}-${version}")
  if(NOT EXISTS "${unpacked}/${sha256}.stamp")
    file(REMOVE_RECURSE "${unpacked}")
    file(ARCHIVE_EXTRACT INPUT "${tarball}" DESTINATION "${unpacked}"
      PATTERNS package/src package/LICENSE)
    file(TOUCH "${unpacked}/${sha256}.stamp")
  endif()
  set(src "${unpacked}/package/src")
  add_library(schemalens_grammar_${lang} STATIC "${src}/parser.c" "${src}/scanner.c")
  # Generated code: its own headers first (they are newer than Debian's
  # /usr/include/tree_sitter/parser.h), no warnings, position independent like Qt wants.
  target_include_directories(schemalens_grammar_${lang} BEFORE PRIVATE "${src}")
  target_compile_options(schemalens_grammar_${lang} PRIVATE -w)
  set_target_properties(schemalens_grammar_${lang} PROPERTIES
    POSITION_INDEPENDENT_CODE ON C_STANDARD 11)
endfunction()

schemalens_add_grammar(python tree-sitter-python 0.23.6
  aab5b860d93dbf84b37fed532f7dacc0468ede5387d0c74911d68f964287662a)
schemalens_add_grammar(elixir tree-sitter-elixir 0.3.5
  f89db8ca50495f21b550ce3f65c9f8c00495bd0e3b9f86644f2d06d04d3188f2)

# The grammars are linked into the binaries: ship their licence texts with them.
include(GNUInstallDirs)
install(FILES
  ${CMAKE_SOURCE_DIR}/packaging/third-party/README.md
  ${CMAKE_SOURCE_DIR}/packaging/third-party/tree-sitter-python-0.23.6.LICENSE
  ${CMAKE_SOURCE_DIR}/packaging/third-party/tree-sitter-elixir-0.3.5.LICENSE
  DESTINATION ${CMAKE_INSTALL_DOCDIR}/third-party)
