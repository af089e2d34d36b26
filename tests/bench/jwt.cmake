# SPDX-License-Identifier: MIT
# Benchmarks of the jwt room.
jwtlens_add_test(NAME bench_jwt SOURCES bench_jwt.cpp LIBS jwtlens_jwt)
set_tests_properties(bench_jwt PROPERTIES LABELS bench)
