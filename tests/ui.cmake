# SPDX-License-Identifier: MIT
# Suites of the ui room.
