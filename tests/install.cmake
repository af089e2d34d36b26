# SPDX-License-Identifier: MIT
# What is installed: tst_install runs `cmake --install` of this build into a temporary DESTDIR
# and checks the files with their own validators, runs the installed programs and holds the
# CLI reference (docs/cli.md, man pages, bash completion) to what the binaries take.
# tst_package makes the .deb with scripts/package from this build and inspects it; it carries
# the "package" label (`ctest -LE package` leaves it out of a quick run; scripts/test runs it).
# Both read the build tree as a whole, so they do not run at the same time.
set(install_test_definitions
    JWTLENS_BUILD_DIR="${CMAKE_BINARY_DIR}"
    JWTLENS_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
    JWTLENS_CMAKE="${CMAKE_COMMAND}"
    JWTLENS_APP_ID="${JWTLENS_APP_ID}"
    JWTLENS_VERSION="${PROJECT_VERSION}")

jwtlens_add_test(NAME tst_install SOURCES tst_install.cpp installcheck.h LIBS Qt6::Gui)
target_compile_definitions(tst_install PRIVATE ${install_test_definitions})
add_dependencies(tst_install jwtlens jwtlens-gui jwtlens_install_data)
set_tests_properties(tst_install PROPERTIES LABELS install RESOURCE_LOCK jwtlens_build_tree)

jwtlens_add_test(NAME tst_package SOURCES tst_package.cpp installcheck.h LIBS Qt6::Gui)
target_compile_definitions(tst_package PRIVATE ${install_test_definitions})
add_dependencies(tst_package jwtlens jwtlens-gui jwtlens_install_data)
set_tests_properties(tst_package PROPERTIES LABELS package RESOURCE_LOCK jwtlens_build_tree)
