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
jwtlens_add_test(NAME tst_jwe SOURCES tst_jwe.cpp LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_jwsjson SOURCES tst_jwsjson.cpp LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_keyring SOURCES tst_keyring.cpp LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_verifier SOURCES tst_verifier.cpp LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_jweverdict SOURCES tst_jweverdict.cpp LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_keysniff SOURCES tst_keysniff.cpp LIBS jwtlens_crypto)
jwtlens_add_test(NAME tst_keyforms SOURCES tst_keyforms.cpp LIBS jwtlens_crypto)
# Why a signature failed: each usual mistake made for real, through the verdict.
jwtlens_add_test(NAME tst_verifyhints SOURCES tst_verifyhints.cpp LIBS jwtlens_crypto)
# Keys the token supplies itself (jwk, x5c, jku): never valid by themselves; PyJWT names.
jwtlens_add_test(NAME tst_tokenkeys SOURCES tst_tokenkeys.cpp LIBS jwtlens_crypto)
