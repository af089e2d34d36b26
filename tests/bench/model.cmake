# SPDX-License-Identifier: MIT
# Benchmarks of the model room.
jwtlens_add_test(NAME bench_tokenmodel SOURCES bench_tokenmodel.cpp LIBS jwtlens_model jwtlens_crypto)
set_tests_properties(bench_tokenmodel PROPERTIES LABELS bench)
