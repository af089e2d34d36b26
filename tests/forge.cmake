# SPDX-License-Identifier: MIT
# Suites of the forge room. They check the tokens made with the engine itself (crypto).
jwtlens_add_test(NAME tst_tokentemplates SOURCES tst_tokentemplates.cpp
    LIBS jwtlens_forge jwtlens_crypto)
