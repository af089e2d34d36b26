# SPDX-License-Identifier: MIT
# Benchmarks of the cli room: `jwtlens verify -` against PyJWT, node jose/jsonwebtoken and
# `openssl speed`, and a 10 MiB decode. Label "bench": run with ctest -L bench or scripts/bench.
add_test(NAME bench_cli
         COMMAND ${PROJECT_SOURCE_DIR}/scripts/bench --jwtlens $<TARGET_FILE:jwtlens>)
set_tests_properties(bench_cli PROPERTIES LABELS bench TIMEOUT 1800 RUN_SERIAL TRUE)
