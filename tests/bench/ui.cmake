# SPDX-License-Identifier: MIT
# Benchmarks of the ui room.
jwtlens_add_test(NAME bench_ui SOURCES bench_ui.cpp LIBS jwtlens_ui)
set_tests_properties(bench_ui PROPERTIES LABELS bench)
# Issue 17: 20 tabs of 1 KiB tokens, their RSS and the tab switch time (until painted).
jwtlens_add_test(NAME bench_tabs SOURCES bench_tabs.cpp LIBS jwtlens_ui)
set_tests_properties(bench_tabs PROPERTIES LABELS bench)
