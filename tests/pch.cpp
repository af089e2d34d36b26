// SPDX-License-Identifier: MIT
// Owns the precompiled header its group of suites reuses (tests/CMakeLists.txt).
