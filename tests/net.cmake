# SPDX-License-Identifier: MIT
# Suites of the net room. They start tests/data/net/keyserver.py (/usr/bin/python3 with
# python3-cryptography): a real HTTPS server on 127.0.0.1 with a CA the test makes.
jwtlens_add_test(NAME tst_keyfetcher SOURCES tst_keyfetcher.cpp keyserver.h
    LIBS jwtlens_net Qt6::Network)
