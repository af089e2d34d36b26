# SPDX-License-Identifier: MIT
# Benchmarks of the ui room.
