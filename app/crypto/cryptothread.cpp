// SPDX-License-Identifier: MIT
#include "cryptothread.h"

#include <openssl/crypto.h>

void releaseCryptoThreadState()
{
    OPENSSL_thread_stop();
}
