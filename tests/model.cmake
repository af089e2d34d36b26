# SPDX-License-Identifier: MIT
# Suites of the model room.
jwtlens_add_test(NAME tst_tokenmodel SOURCES tst_tokenmodel.cpp LIBS jwtlens_model)
jwtlens_add_test(NAME tst_explain SOURCES tst_explain.cpp LIBS jwtlens_model)
