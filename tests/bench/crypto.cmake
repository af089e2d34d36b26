# SPDX-License-Identifier: MIT
# Benchmarks of the crypto room: per-call cost of verify() and sign(), to compare with
# `openssl speed` (see the figures in the commit that added them).
jwtlens_add_test(NAME bench_crypto SOURCES bench_crypto.cpp LIBS jwtlens_crypto)
target_compile_definitions(bench_crypto PRIVATE
    JWTLENS_KEYS="${CMAKE_CURRENT_SOURCE_DIR}/../data/keys"
    JWTLENS_VECTORS="${CMAKE_CURRENT_SOURCE_DIR}/../data/vectors/keys")
set_tests_properties(bench_crypto PROPERTIES LABELS bench)
# JWE: RSA-OAEP-256 + A256GCM decryption against `openssl speed rsa2048` (target >= 0.8x).
jwtlens_add_test(NAME bench_jwe SOURCES bench_jwe.cpp LIBS jwtlens_crypto)
set_tests_properties(bench_jwe PROPERTIES LABELS bench RUN_SERIAL TRUE)
# Issue 12, item 13: one ES256 token against a JWKS of 100,000 EC keys (kid of the last key;
# no kid), the ring read from the JWKS text each time, as `jwtlens verify --key` does.
jwtlens_add_test(NAME bench_keyring SOURCES bench_keyring.cpp LIBS jwtlens_crypto)
set_tests_properties(bench_keyring PROPERTIES LABELS bench RUN_SERIAL TRUE TIMEOUT 600)
