# SPDX-License-Identifier: MIT
# Suites of the cli room.
