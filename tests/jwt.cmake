# SPDX-License-Identifier: MIT
# Suites of the jwt room.
jwtlens_add_test(NAME tst_registry SOURCES tst_registry.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_base64url SOURCES tst_base64url.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_utf8 SOURCES tst_utf8.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_jsonlexer SOURCES tst_jsonlexer.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_jsonpretty SOURCES tst_jsonpretty.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_jsoncompact SOURCES tst_jsoncompact.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_jsonspans SOURCES tst_jsonspans.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_jsonreader SOURCES tst_jsonreader.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_jsonstrings SOURCES tst_jsonstrings.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_token SOURCES tst_token.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_claims SOURCES tst_claims.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_findings SOURCES tst_findings.cpp findingstestdata.h LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_findingsheader SOURCES tst_findingsheader.cpp findingstestdata.h
    LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_findingsclaims SOURCES tst_findingsclaims.cpp findingstestdata.h
    LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_findingscontents SOURCES tst_findingscontents.cpp findingstestdata.h
    LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_roundtrip_property SOURCES tst_roundtrip_property.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_tokenfinder SOURCES tst_tokenfinder.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_tokendiff SOURCES tst_tokendiff.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_josemessage SOURCES tst_josemessage.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_jsonedit SOURCES tst_jsonedit.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_timetext SOURCES tst_timetext.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_algorithm SOURCES tst_algorithm.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_keyfindings SOURCES tst_keyfindings.cpp LIBS jwtlens_jwt)
jwtlens_add_test(NAME tst_boundedfile SOURCES tst_boundedfile.cpp LIBS jwtlens_jwt)
