// SPDX-License-Identifier: MIT
#pragma once

#include "keyset.h"

#include <QByteArrayView>

/// Loads the keys of PEM text: SPKI, PKCS#1, PKCS#8, SEC1 and X.509 certificates, every key
/// block of a bundle (other blocks and text between blocks are ignored). Never asks for a
/// passphrase: without @p passphrase an encrypted key is an error that says so; with one,
/// encrypted PKCS#8 and traditional "Proc-Type: 4,ENCRYPTED" blocks are decrypted (a wrong
/// passphrase is an error that says so). On error the set has no keys and its error names the
/// line. loadKeys() calls this for text with a "-----BEGIN " line.
KeySet loadPemKeys(QByteArrayView text, const QByteArrayView *passphrase = nullptr);
