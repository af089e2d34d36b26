# SPDX-License-Identifier: MIT
# Suites of the model room. The model links app/crypto PRIVATE: a suite that includes a
# crypto header (keygen.h, the private explaininput.h) links jwtlens_crypto itself.
jwtlens_add_test(NAME tst_tokenmodel SOURCES tst_tokenmodel.cpp LIBS jwtlens_model jwtlens_crypto)
jwtlens_add_test(NAME tst_explain SOURCES tst_explain.cpp LIBS jwtlens_model jwtlens_crypto)
jwtlens_add_test(NAME tst_jwebinding SOURCES tst_jwebinding.cpp LIBS jwtlens_model jwtlens_crypto)
jwtlens_add_test(NAME tst_modelupdate SOURCES tst_modelupdate.cpp LIBS jwtlens_model)
jwtlens_add_test(NAME tst_keymaterial SOURCES tst_keymaterial.cpp LIBS jwtlens_model jwtlens_crypto)
# tst_verdict: the window, the command line (the real binary) and the Explain view say the
# verdict's words.
jwtlens_add_test(NAME tst_verdict SOURCES tst_verdict.cpp clirunner.h
    LIBS jwtlens_model jwtlens_crypto jwtlens_cli)
add_dependencies(tst_verdict jwtlens)
jwtlens_add_test(NAME tst_tokenloader SOURCES tst_tokenloader.cpp LIBS jwtlens_model)
jwtlens_add_test(NAME tst_secretguesser SOURCES tst_secretguesser.cpp LIBS jwtlens_model)
# tst_keypairmaker checks the pairs with the engine itself (crypto).
jwtlens_add_test(NAME tst_keypairmaker SOURCES tst_keypairmaker.cpp LIBS jwtlens_model jwtlens_crypto)
jwtlens_add_test(NAME tst_pastedtext SOURCES tst_pastedtext.cpp LIBS jwtlens_model)
# tst_sessionkeys: the window's key ring (shared by its tabs) in the one verdict, the
# validation panel's checks with PyJWT's names.
jwtlens_add_test(NAME tst_sessionkeys SOURCES tst_sessionkeys.cpp LIBS jwtlens_model)
