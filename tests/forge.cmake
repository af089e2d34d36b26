# SPDX-License-Identifier: MIT
# Suites of the forge room. They check the tokens made with the engine itself (crypto).
jwtlens_add_test(NAME tst_tokentemplates SOURCES tst_tokentemplates.cpp
    LIBS jwtlens_forge jwtlens_crypto)
# Suites of the forge room (the CLI side is in cli.cmake: tst_attack, tst_fixtures,
# tst_codesnippets).
jwtlens_add_test(NAME tst_negativeset SOURCES tst_negativeset.cpp LIBS jwtlens_forge)
