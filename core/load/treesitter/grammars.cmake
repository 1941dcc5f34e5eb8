# tree-sitter: the runtime from Debian (libtree-sitter-dev 0.20.7) and the Python and Elixir
# grammars from the npm tarballs that packaging/fetch-grammars.sh puts into one known folder.
# Each tarball is checked against its sha256 and unpacked into the build tree; its generated
# parser.c/scanner.c become a static C library. Nothing is downloaded here.
#
# Defines: TreeSitter::TreeSitter, schemalens_grammar_python/_elixir (when fetched),
# schemalens_link_grammars(<target>).

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

# Without the grammars (no network when install-deps.sh ran) the rest of Schemalens still
# builds and works: the Ecto/Alembic loaders then say which grammar is missing and how to
# get it, and their tests skip. -DSCHEMALENS_REQUIRE_GRAMMARS=ON makes a missing grammar fatal.
option(SCHEMALENS_REQUIRE_GRAMMARS "Fail the configure step when a tree-sitter grammar is missing" OFF)
# Re-run the configure step when a grammar arrives (fetch-grammars.sh moves it into the folder).
if(NOT EXISTS "${SCHEMALENS_GRAMMAR_DIR}")
  execute_process(COMMAND ${CMAKE_COMMAND} -E make_directory "${SCHEMALENS_GRAMMAR_DIR}"
    RESULT_VARIABLE _schemalens_mkdir_result ERROR_QUIET)
endif()
if(IS_DIRECTORY "${SCHEMALENS_GRAMMAR_DIR}")
  set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${SCHEMALENS_GRAMMAR_DIR}")
endif()

# schemalens_add_grammar(<lang> <npm name> <version> <sha256>): adds schemalens_grammar_<lang>
# and sets SCHEMALENS_GRAMMAR_<LANG> to 1 when the tarball is there and verified, else to 0.
function(schemalens_add_grammar lang package version sha256)
  string(TOUPPER "${lang}" upper)
  set(SCHEMALENS_GRAMMAR_${upper} 0 PARENT_SCOPE)
  set(tarball "${SCHEMALENS_GRAMMAR_DIR}/${package}-${version}.tgz")
  set(problem "")
  if(NOT EXISTS "${tarball}")
    set(problem "The tree-sitter grammar ${package}@${version} is missing: ${tarball} does not exist.")
  else()
    file(SHA256 "${tarball}" actual)
    if(NOT actual STREQUAL sha256)
      string(CONCAT problem "${tarball} has sha256 ${actual}, expected ${sha256}; it is not used. "
        "Delete it and fetch it again.")
    endif()
  endif()
  if(problem)
    string(CONCAT how "Fetch it (from npm, checked by sha256) with:\n"
      "  bash packaging/install-deps.sh      (or only: bash packaging/fetch-grammars.sh)\n"
      "then build again. A grammar folder elsewhere: -DSCHEMALENS_GRAMMAR_DIR=/path (or the "
      "environment variable of the same name for both the script and CMake).")
    if(SCHEMALENS_REQUIRE_GRAMMARS)
      message(FATAL_ERROR "${problem}\n${how}")
    endif()
    if(lang STREQUAL "python")
      set(what "Alembic (.py)")
    else()
      set(what "Ecto (.exs)")
    endif()
    message(WARNING "${problem}\nThis build cannot read ${what} migrations: their loader will "
      "say so and their tests skip. ${how}")
    return()
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
  set(SCHEMALENS_GRAMMAR_${upper} 1 PARENT_SCOPE)
endfunction()

schemalens_add_grammar(python tree-sitter-python 0.23.6
  aab5b860d93dbf84b37fed532f7dacc0468ede5387d0c74911d68f964287662a)
schemalens_add_grammar(elixir tree-sitter-elixir 0.3.5
  f89db8ca50495f21b550ce3f65c9f8c00495bd0e3b9f86644f2d06d04d3188f2)

# Links what is there into <target>; only syntaxtree.cpp learns which grammars are built in
# (SCHEMALENS_GRAMMAR_PYTHON/ELIXIR = 0 or 1), so the rest compiles the same either way.
function(schemalens_link_grammars target)
  target_link_libraries(${target} PRIVATE TreeSitter::TreeSitter)
  foreach(lang python elixir)
    string(TOUPPER "${lang}" upper)
    if(SCHEMALENS_GRAMMAR_${upper})
      target_link_libraries(${target} PRIVATE schemalens_grammar_${lang})
    endif()
  endforeach()
  set_property(SOURCE ${CMAKE_CURRENT_SOURCE_DIR}/load/treesitter/syntaxtree.cpp APPEND PROPERTY
    COMPILE_DEFINITIONS SCHEMALENS_GRAMMAR_PYTHON=${SCHEMALENS_GRAMMAR_PYTHON}
    SCHEMALENS_GRAMMAR_ELIXIR=${SCHEMALENS_GRAMMAR_ELIXIR})
endfunction()

# The grammars are linked into the binaries: ship their licence texts with them.
include(GNUInstallDirs)
install(FILES
  ${CMAKE_SOURCE_DIR}/packaging/third-party/README.md
  ${CMAKE_SOURCE_DIR}/packaging/third-party/tree-sitter-python-0.23.6.LICENSE
  ${CMAKE_SOURCE_DIR}/packaging/third-party/tree-sitter-elixir-0.3.5.LICENSE
  DESTINATION ${CMAKE_INSTALL_DOCDIR}/third-party)
