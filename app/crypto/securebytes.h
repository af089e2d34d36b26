// SPDX-License-Identifier: MIT
#pragma once
// Private to app/crypto.

#include <QByteArray>
#include <QByteArrayView>

/// Secret bytes in a QByteArray that is wiped when it goes (JWK "d", "k", decoded PEM).
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(QByteArray bytes)
        : m_bytes(std::move(bytes))
    { }
    ~SecureBytes() { wipe(); }
    SecureBytes(const SecureBytes &) = delete;
    SecureBytes &operator=(const SecureBytes &) = delete;
    SecureBytes &operator=(QByteArray bytes)
    {
        wipe();
        m_bytes = std::move(bytes);
        return *this;
    }
    const QByteArray &bytes() const { return m_bytes; }
    /// Appends @p more, growing geometrically: a PEM block of a megabyte arrives in 16 000
    /// lines, and copying (and wiping) the whole buffer for each was quadratic.
    void append(QByteArrayView more);

private:
    void wipe();
    QByteArray m_bytes;
};
