# SPDX-License-Identifier: MIT
# Suites of the cli room: they drive the real `jwtlens` binary (JWTLENS_BINDIR).
jwtlens_add_test(NAME tst_cli SOURCES tst_cli.cpp clirunner.h LIBS jwtlens_jwt)
add_dependencies(tst_cli jwtlens)
jwtlens_add_test(NAME tst_vectors SOURCES tst_vectors.cpp clirunner.h)
add_dependencies(tst_vectors jwtlens)
# PyJWT side: /usr/bin/python3 with python3-jwt; skipped when missing, failed when CI=true.
jwtlens_add_test(NAME tst_crossimpl SOURCES tst_crossimpl.cpp clirunner.h)
add_dependencies(tst_crossimpl jwtlens)
jwtlens_add_test(NAME tst_lint SOURCES tst_lint.cpp clirunner.h)
add_dependencies(tst_lint jwtlens)
# The negative set, fixtures in batch and code snippets (app/forge) through the CLI; PyJWT and
# node jose (npm ci into the build tree; skipped without node/npm) as references.
jwtlens_add_test(NAME tst_attack SOURCES tst_attack.cpp clirunner.h nodesetup.h)
add_dependencies(tst_attack jwtlens)
jwtlens_add_test(NAME tst_fixtures SOURCES tst_fixtures.cpp clirunner.h)
add_dependencies(tst_fixtures jwtlens)
jwtlens_add_test(NAME tst_codesnippets SOURCES tst_codesnippets.cpp clirunner.h nodesetup.h)
add_dependencies(tst_codesnippets jwtlens)
