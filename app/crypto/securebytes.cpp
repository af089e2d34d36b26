// SPDX-License-Identifier: MIT
#include "securebytes.h"

#include <openssl/crypto.h>

void SecureBytes::append(QByteArrayView more)
{
    const qsizetype needed = m_bytes.size() + more.size();
    if (needed > m_bytes.capacity() || !m_bytes.isDetached()) {
        QByteArray bigger;
        bigger.reserve(qMax(needed, 2 * m_bytes.capacity()));
        bigger.append(m_bytes);
        wipe();
        m_bytes = std::move(bigger);
    }
    m_bytes.append(more);
}

void SecureBytes::wipe()
{
    if (!m_bytes.isEmpty() && m_bytes.isDetached())
        OPENSSL_cleanse(m_bytes.data(), static_cast<size_t>(m_bytes.size()));
    m_bytes.clear();
}
