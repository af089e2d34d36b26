# SPDX-License-Identifier: MIT
# Suites of the jwt room.
jwtlens_add_test(NAME tst_registry SOURCES tst_registry.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_base64url SOURCES tst_base64url.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_utf8 SOURCES tst_utf8.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_json SOURCES tst_json.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_token SOURCES tst_token.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_claims SOURCES tst_claims.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_findings SOURCES tst_findings.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_roundtrip_property SOURCES tst_roundtrip_property.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_jsonedit SOURCES tst_jsonedit.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_timetext SOURCES tst_timetext.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_algorithm SOURCES tst_algorithm.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_keyfindings SOURCES tst_keyfindings.cpp LIBS jwtlens_jwt)
