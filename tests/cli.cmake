# SPDX-License-Identifier: MIT
# Suites of the cli room: they drive the real `jwtlens` binary (JWTLENS_BINDIR).
jwtlens_add_test(NAME tst_cli SOURCES tst_cli.cpp clirunner.h LIBS jwtlens_jwt)
add_dependencies(tst_cli jwtlens)
