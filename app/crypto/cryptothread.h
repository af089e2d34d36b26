// SPDX-License-Identifier: MIT
#pragma once

/// Frees the calling thread's OpenSSL state (its random generators and error queue) now.
/// Work run on a pooled thread (QtConcurrent::run) calls it when it is done: a QThread is
/// reported finished before its thread-local destructors have run, so that state could still
/// be half freed when the process ends (the sanitizer run reports it as leaked), and an idle
/// pooled thread would otherwise keep it, seeded random state included, for as long as it
/// lives. The next OpenSSL call on the thread makes it afresh.
void releaseCryptoThreadState();
