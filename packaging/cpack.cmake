# Debian package of the installed tree: `cmake --build B && (cd B && cpack -G DEB)`.
# Runtime dependencies come from dpkg-shlibdeps over the installed binaries, so the package
# asks for exactly the Qt, Graphviz, libpq, SQLite and libpg_query libraries it links.
# Fonts are not a shared-library dependency, but without any font every glyph of the
# diagram is a box (shared/PLATFORM.md §4), so fonts-dejavu-core is named by hand.
set(CPACK_PACKAGE_NAME "schemalens")
set(CPACK_PACKAGE_VENDOR "The Schemalens developers")
set(CPACK_PACKAGE_CONTACT "The Schemalens developers <schemalens@users.noreply.github.com>")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Explore and review database schemas")
set(CPACK_PACKAGE_DESCRIPTION
  "Schemalens loads a database schema from a migration folder, a schema dump, a SQLite\n"
  "database file or a live PostgreSQL connection, lays out its entity-relationship diagram\n"
  "and shows review findings where they are. Diagrams export to SVG, PNG, PDF, DOT and\n"
  "Mermaid. The package has the desktop application (schemalens) and the command line\n"
  "tool (schemalens-cli).")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://github.com/schemalens/schemalens")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)

set(CPACK_GENERATOR "DEB")
set(CPACK_DEBIAN_PACKAGE_NAME "schemalens")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT) # schemalens_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${CPACK_PACKAGE_CONTACT}")
set(CPACK_DEBIAN_PACKAGE_SECTION "devel")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${CPACK_PACKAGE_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Our own shared libraries (lib/schemalens) are in the package, not dependencies.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS_PRIVATE_DIRS "${CMAKE_BINARY_DIR}/lib")
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core")
find_program(SCHEMALENS_DPKG dpkg)
if(SCHEMALENS_DPKG)
  execute_process(COMMAND ${SCHEMALENS_DPKG} --print-architecture
    OUTPUT_VARIABLE CPACK_DEBIAN_PACKAGE_ARCHITECTURE OUTPUT_STRIP_TRAILING_WHITESPACE)
endif()

include(CPack)
