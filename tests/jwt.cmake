# SPDX-License-Identifier: MIT
# Suites of the jwt room.
jwtlens_add_test(NAME tst_registry SOURCES tst_registry.cpp LIBS jwtlens_jwt)
