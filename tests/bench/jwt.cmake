# SPDX-License-Identifier: MIT
# Benchmarks of the jwt room.
jwtlens_add_test(NAME bench_jwt SOURCES bench_jwt.cpp LIBS jwtlens_jwt)
set_tests_properties(bench_jwt PROPERTIES LABELS bench)
# TokenFinder over a 50 MB HAR (issue 17: "in seconds, not minutes").
jwtlens_add_test(NAME bench_tokenfinder SOURCES bench_tokenfinder.cpp LIBS jwtlens_jwt)
set_tests_properties(bench_tokenfinder PROPERTIES LABELS bench)
