# SPDX-License-Identifier: MIT
# Suites of the store room: real SQLite files in temporary folders.
jwtlens_add_test(NAME tst_history SOURCES tst_history.cpp LIBS jwtlens_store Qt6::Sql)
