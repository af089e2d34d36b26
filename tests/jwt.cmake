# SPDX-License-Identifier: MIT
# Suites of the jwt room.
