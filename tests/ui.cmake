# SPDX-License-Identifier: MIT
# Suites of the ui room.
jwtlens_add_test(NAME tst_mainwindow SOURCES tst_mainwindow.cpp LIBS jwtlens_ui)
# tst_mainwindow runs the built jwtlens-gui for --screenshot.
add_dependencies(tst_mainwindow jwtlens-gui)
jwtlens_add_test(NAME tst_claimedit SOURCES tst_claimedit.cpp LIBS jwtlens_ui)
jwtlens_add_test(NAME tst_tokentemplates SOURCES tst_tokentemplates.cpp LIBS jwtlens_ui)
