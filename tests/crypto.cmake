# SPDX-License-Identifier: MIT
# Suites of the crypto room.
jwtlens_add_test(NAME tst_jws SOURCES tst_jws.cpp LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_key SOURCES tst_key.cpp LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_keygen SOURCES tst_keygen.cpp LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_crack SOURCES tst_crack.cpp LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_keysniff SOURCES tst_keysniff.cpp LIBS jwtlens_crypto)
