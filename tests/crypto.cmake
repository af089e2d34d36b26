# SPDX-License-Identifier: MIT
# Suites of the crypto room.
