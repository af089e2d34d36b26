# SPDX-License-Identifier: MIT
# Suites of the cli room: they drive the real `jwtlens` binary (JWTLENS_BINDIR).
jwtlens_add_test(NAME tst_cli SOURCES tst_cli.cpp clirunner.h LIBS jwtlens_jwt)
add_dependencies(tst_cli jwtlens)
jwtlens_add_test(NAME tst_vectors SOURCES tst_vectors.cpp clirunner.h)
add_dependencies(tst_vectors jwtlens)
# PyJWT side: /usr/bin/python3 with python3-jwt; skipped when missing, failed when CI=true.
jwtlens_add_test(NAME tst_crossimpl SOURCES tst_crossimpl.cpp clirunner.h)
add_dependencies(tst_crossimpl jwtlens)
jwtlens_add_test(NAME tst_lint SOURCES tst_lint.cpp clirunner.h)
add_dependencies(tst_lint jwtlens)
# `jwtlens key`: fetch runs against tests/data/net/keyserver.py (real HTTPS on 127.0.0.1),
# cross-checked with PyJWT's PyJWKClient; info and convert against openssl-made fixtures.
jwtlens_add_test(NAME tst_keycommand SOURCES tst_keycommand.cpp clirunner.h keyserver.h
    LIBS jwtlens_crypto)
add_dependencies(tst_keycommand jwtlens)
jwtlens_add_test(NAME tst_findcommand SOURCES tst_findcommand.cpp clirunner.h)
add_dependencies(tst_findcommand jwtlens)
jwtlens_add_test(NAME tst_diffcommand SOURCES tst_diffcommand.cpp clirunner.h)
add_dependencies(tst_diffcommand jwtlens)
# JWE interop: python3-jwcrypto (required; failed when CI=true and missing) and node jose
# from tests/bench/node_modules (skipped with the reason where node or the module is missing).
jwtlens_add_test(NAME tst_jweinterop SOURCES tst_jweinterop.cpp clirunner.h)
target_compile_definitions(tst_jweinterop PRIVATE
    JWTLENS_NODE_MODULES="${CMAKE_CURRENT_SOURCE_DIR}/bench/node_modules")
add_dependencies(tst_jweinterop jwtlens)
# decrypt, encrypt and decode of the JSON serializations, through the real binary.
jwtlens_add_test(NAME tst_jwecli SOURCES tst_jwecli.cpp clirunner.h LIBS jwtlens_jwt)
add_dependencies(tst_jwecli jwtlens)
# The negative set, fixtures in batch and code snippets (app/forge) through the CLI; PyJWT and
# node jose (npm ci into the build tree; skipped without node/npm) as references.
jwtlens_add_test(NAME tst_attack SOURCES tst_attack.cpp clirunner.h nodesetup.h)
add_dependencies(tst_attack jwtlens)
jwtlens_add_test(NAME tst_fixtures SOURCES tst_fixtures.cpp clirunner.h)
add_dependencies(tst_fixtures jwtlens)
jwtlens_add_test(NAME tst_codesnippets SOURCES tst_codesnippets.cpp clirunner.h nodesetup.h)
add_dependencies(tst_codesnippets jwtlens)
# `jwtlens verify` with fetched keys (the loopback HTTPS key server), --require, hints, the
# PyJWT names, keys the token supplies itself, --x5c-ca; encode --x5t.
jwtlens_add_test(NAME tst_verifyfetch SOURCES tst_verifyfetch.cpp clirunner.h keyserver.h)
add_dependencies(tst_verifyfetch jwtlens)
# Files, FIFOs, devices and standard input through the one bounded reader; keygen's outputs.
jwtlens_add_test(NAME tst_cliinput SOURCES tst_cliinput.cpp clirunner.h)
add_dependencies(tst_cliinput jwtlens)
