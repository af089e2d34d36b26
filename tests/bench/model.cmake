# SPDX-License-Identifier: MIT
# Benchmarks of the model room.
