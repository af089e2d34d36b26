# SPDX-License-Identifier: MIT
# Suites of the model room.
