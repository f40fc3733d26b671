# Every dependency comes from a Debian package; scripts/setup.sh installs them all.
# A missing one stops configuration with the name of the package to install.
find_package(PkgConfig)
if(NOT PkgConfig_FOUND)
  message(FATAL_ERROR "pkg-config not found: install the Debian package 'pkg-config' (or run scripts/setup.sh)")
endif()

function(duikou_require_pkg target module debian_package)
  pkg_check_modules(${target} QUIET IMPORTED_TARGET ${module})
  if(NOT ${target}_FOUND)
    message(FATAL_ERROR "Missing dependency '${module}': install the Debian package '${debian_package}' (or run scripts/setup.sh)")
  endif()
endfunction()

duikou_require_pkg(SERD   serd-0   libserd-dev)
duikou_require_pkg(SORD   sord-0   libsord-dev)
duikou_require_pkg(REDLAND redland librdf0-dev)
duikou_require_pkg(RASQAL rasqal   librasqal3-dev)
duikou_require_pkg(RAPTOR raptor2  libraptor2-dev)
duikou_require_pkg(ICU    "icu-uc;icu-i18n" libicu-dev)
duikou_require_pkg(OPENCC opencc   libopencc-dev)
duikou_require_pkg(RE2    re2      libre2-dev)
duikou_require_pkg(LIBEDIT libedit libedit-dev)
# The executables (duikou, the benchmarks) allocate through jemalloc: extraction makes many
# small short-lived strings and vectors, and jemalloc's thread caches serve them faster than
# glibc's malloc (bench/README.md, "Allocator", has the side-by-side figures).
duikou_require_pkg(JEMALLOC jemalloc libjemalloc-dev)

find_path(CLI11_INCLUDE_DIR CLI/CLI.hpp)
if(NOT CLI11_INCLUDE_DIR)
  message(FATAL_ERROR "Missing dependency CLI11: install the Debian package 'libcli11-dev' (or run scripts/setup.sh)")
endif()
add_library(duikou_cli11 INTERFACE)
target_include_directories(duikou_cli11 SYSTEM INTERFACE ${CLI11_INCLUDE_DIR})

find_package(GTest)
if(NOT GTest_FOUND)
  message(FATAL_ERROR "Missing dependency GoogleTest: install the Debian packages 'googletest libgtest-dev libgmock-dev' (or run scripts/setup.sh)")
endif()
find_package(benchmark QUIET)
if(NOT benchmark_FOUND)
  message(STATUS "Google Benchmark not found (Debian 'libbenchmark-dev'): benchmarks are not built")
endif()

set(DUIKOU_OPENCC_DIR "/usr/share/opencc" CACHE PATH "Directory holding OpenCC's t2s.json")
