# SPDX-License-Identifier: MIT
# Suites of the model room.
jwtlens_add_test(NAME tst_tokenmodel SOURCES tst_tokenmodel.cpp LIBS jwtlens_model)
jwtlens_add_test(NAME tst_explain SOURCES tst_explain.cpp LIBS jwtlens_model)
jwtlens_add_test(NAME tst_tokenloader SOURCES tst_tokenloader.cpp LIBS jwtlens_model)
jwtlens_add_test(NAME tst_secretguesser SOURCES tst_secretguesser.cpp LIBS jwtlens_model)
# tst_keypairmaker checks the pairs with the engine itself (crypto).
jwtlens_add_test(NAME tst_keypairmaker SOURCES tst_keypairmaker.cpp LIBS jwtlens_model jwtlens_crypto)
jwtlens_add_test(NAME tst_pastedtext SOURCES tst_pastedtext.cpp LIBS jwtlens_model)
