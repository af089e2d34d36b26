# SPDX-License-Identifier: MIT
# Benchmarks of the ui room.
jwtlens_add_test(NAME bench_ui SOURCES bench_ui.cpp LIBS jwtlens_ui)
set_tests_properties(bench_ui PROPERTIES LABELS bench)
