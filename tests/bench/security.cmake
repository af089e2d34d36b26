# SPDX-License-Identifier: MIT
# Benchmarks of the security room: Crack's HS256/HS384/HS512 candidate rate on a 300-byte
# token, one thread and all cores. Label "bench": run with ctest -L bench or scripts/bench.
jwtlens_add_test(NAME bench_crack SOURCES bench_crack.cpp LIBS jwtlens_crypto)
set_tests_properties(bench_crack PROPERTIES LABELS bench RUN_SERIAL TRUE)
