# SPDX-License-Identifier: MIT
# Suites of the crypto room.
jwtlens_add_test(NAME tst_digest SOURCES tst_digest.cpp LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_ecdsa SOURCES tst_ecdsa.cpp LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_jws SOURCES tst_jws.cpp LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_key SOURCES tst_key.cpp keyfixtures.h LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_pem SOURCES tst_pem.cpp keyfixtures.h LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_jwk SOURCES tst_jwk.cpp keyfixtures.h LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_keyset SOURCES tst_keyset.cpp keyfixtures.h LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_keyfit SOURCES tst_keyfit.cpp keyfixtures.h LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_keygen SOURCES tst_keygen.cpp LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_crack SOURCES tst_crack.cpp LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_keyforms SOURCES tst_keyforms.cpp LIBS jwtlens_crypto)
