# SPDX-License-Identifier: MIT
# Suites of the ui room.
# The window, by pane (windowtest.h: the shared fixture). tst_mainwindow runs the built
# jwtlens-gui for --screenshot.
jwtlens_add_test(NAME tst_mainwindow SOURCES tst_mainwindow.cpp windowtest.h LIBS jwtlens_ui)
add_dependencies(tst_mainwindow jwtlens-gui)
jwtlens_add_test(NAME tst_tokenpane SOURCES tst_tokenpane.cpp windowtest.h LIBS jwtlens_ui)
jwtlens_add_test(NAME tst_jsonpane SOURCES tst_jsonpane.cpp windowtest.h LIBS jwtlens_ui)
jwtlens_add_test(NAME tst_claimsview SOURCES tst_claimsview.cpp windowtest.h LIBS jwtlens_ui)
jwtlens_add_test(NAME tst_signaturepane SOURCES tst_signaturepane.cpp windowtest.h LIBS jwtlens_ui)
# tst_keyfilewindow: `jwtlens-gui TOKEN --key` with a device (/dev/zero) and FIFOs (issue 12).
jwtlens_add_test(NAME tst_keyfilewindow SOURCES tst_keyfilewindow.cpp windowtest.h LIBS jwtlens_ui)
# tst_firstminutes: a new user's first paste, the sample's secret, the fields and the badge
# agreeing (the accessibility interface included), undo within one token.
jwtlens_add_test(NAME tst_firstminutes SOURCES tst_firstminutes.cpp windowtest.h LIBS jwtlens_ui)
add_dependencies(tst_firstminutes jwtlens-gui)
# tst_windowlayout: the window's size on small screens, its layout remembered (never a secret).
# It runs on X servers of the sizes of small laptops (xvfb-run), not offscreen (800x600).
qt_add_executable(tst_windowlayout tst_windowlayout.cpp)
target_link_libraries(tst_windowlayout PRIVATE Qt6::Test jwtlens_ui)
set_target_properties(tst_windowlayout PROPERTIES RUNTIME_OUTPUT_DIRECTORY ${CMAKE_CURRENT_BINARY_DIR})
jwtlens_defaults(tst_windowlayout)
foreach(screen 1280x720 1366x768)
    add_test(NAME tst_windowlayout_${screen}
        COMMAND xvfb-run -a -s "-screen 0 ${screen}x24" $<TARGET_FILE:tst_windowlayout>)
    # Under AddressSanitizer, strict_string_checks flags a strndup inside libxkbcommon-x11
    # (Debian 12) while Qt's xcb plugin starts: not our code. The rest of scripts/test's
    # settings stay (leak detection on); without a sanitizer the variable is ignored.
    set_tests_properties(tst_windowlayout_${screen} PROPERTIES
        ENVIRONMENT "QT_QPA_PLATFORM=xcb;LC_ALL=C.UTF-8;ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:strict_string_checks=0"
        TIMEOUT 600)
endforeach()
jwtlens_add_test(NAME tst_jwewindow SOURCES tst_jwewindow.cpp windowtest.h LIBS jwtlens_ui jwtlens_crypto)
jwtlens_add_test(NAME tst_parthighlight SOURCES tst_parthighlight.cpp windowtest.h LIBS jwtlens_ui)
jwtlens_add_test(NAME tst_findingslist SOURCES tst_findingslist.cpp LIBS jwtlens_ui)
jwtlens_add_test(NAME tst_excerpteditor SOURCES tst_excerpteditor.cpp LIBS jwtlens_ui)
# tst_language: the Korean user interface. The .qm is built from the .ts with lrelease only
# (lupdate belongs to jwtlens-gui's update_translations) and embedded at :/i18n/ as in the app.
jwtlens_add_test(NAME tst_language SOURCES tst_language.cpp LIBS jwtlens_ui)
qt_add_lrelease(tst_language TS_FILES ${CMAKE_SOURCE_DIR}/translations/jwtlens_ko.ts
    QM_FILES_OUTPUT_VARIABLE tst_language_qm)
qt_add_resources(tst_language "tst_language_i18n" PREFIX "/i18n"
    BASE ${CMAKE_CURRENT_BINARY_DIR} FILES ${tst_language_qm})
jwtlens_add_test(NAME tst_teachviews SOURCES tst_teachviews.cpp LIBS jwtlens_ui)
jwtlens_add_test(NAME tst_crackpanel SOURCES tst_crackpanel.cpp LIBS jwtlens_ui)
jwtlens_add_test(NAME tst_clipboard SOURCES tst_clipboard.cpp LIBS jwtlens_ui)
# tst_secrets runs whole jwtlens-gui sessions and searches what they wrote.
jwtlens_add_test(NAME tst_secrets SOURCES tst_secrets.cpp LIBS Qt6::Core)
add_dependencies(tst_secrets jwtlens-gui)
# tst_network runs jwtlens-gui and jwtlens under an LD_PRELOAD probe that records IP sockets.
add_library(jwtlens_netprobe MODULE netprobe.cpp)
target_link_libraries(jwtlens_netprobe PRIVATE ${CMAKE_DL_LIBS})
# Plain code even in the sanitizer build: it is preloaded into python3 too.
target_compile_options(jwtlens_netprobe PRIVATE -fno-sanitize=all)
jwtlens_defaults(jwtlens_netprobe)
jwtlens_add_test(NAME tst_network SOURCES tst_network.cpp LIBS Qt6::Core)
target_compile_definitions(tst_network PRIVATE
    JWTLENS_NETPROBE="$<TARGET_FILE:jwtlens_netprobe>")
add_dependencies(tst_network jwtlens-gui jwtlens jwtlens_netprobe)
# Issue 16's dialogs: Tools → Test Tokens for Your Server… and File → Export as Code…,
# compared with what `jwtlens attack --out` and `jwtlens code` write.
jwtlens_add_test(NAME tst_testtokensdialog SOURCES tst_testtokensdialog.cpp windowtest.h
    clirunner.h LIBS jwtlens_ui)
add_dependencies(tst_testtokensdialog jwtlens)
jwtlens_add_test(NAME tst_exportcodedialog SOURCES tst_exportcodedialog.cpp windowtest.h
    clirunner.h LIBS jwtlens_ui)
add_dependencies(tst_exportcodedialog jwtlens)
# tst_keyringwindow: the window's key ring, Fetch Keys… against tests/data/net/keyserver.py
# (real HTTPS on 127.0.0.1, the test CA given as the CA file), the token's jku, the
# Validation panel, and nothing sent on paste, open or edit.
jwtlens_add_test(NAME tst_keyringwindow SOURCES tst_keyringwindow.cpp windowtest.h keyserver.h
    LIBS jwtlens_ui Qt6::Network)
# tst_tabs: issue 17's tabs — keyboard and mouse, shared keys (never the sample's), text with
# several tokens, undo within a tab, titles and state dots.
jwtlens_add_test(NAME tst_tabs SOURCES tst_tabs.cpp windowtest.h LIBS jwtlens_ui)
# Issue 17: View → Compare Tabs… and the opt-in history through the window (a real SQLite
# file in a temporary folder, searched byte by byte for secrets and deleted tokens).
jwtlens_add_test(NAME tst_comparedialog SOURCES tst_comparedialog.cpp LIBS jwtlens_ui)
jwtlens_add_test(NAME tst_historydialog SOURCES tst_historydialog.cpp LIBS jwtlens_ui jwtlens_store Qt6::Sql)
