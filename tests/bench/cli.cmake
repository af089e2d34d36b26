# SPDX-License-Identifier: MIT
# Benchmarks of the cli room.
