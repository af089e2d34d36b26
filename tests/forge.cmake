# SPDX-License-Identifier: MIT
# Suites of the forge room (the CLI side is in cli.cmake: tst_attack, tst_fixtures,
# tst_codesnippets).
jwtlens_add_test(NAME tst_negativeset SOURCES tst_negativeset.cpp LIBS jwtlens_forge)
