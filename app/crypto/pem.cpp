// SPDX-License-Identifier: MIT
#include "pem.h"

#include "keydata.h"
#include "ossl.h"
#include "securebytes.h"

#include <QCoreApplication>
#include <QList>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

namespace {

/// Refuses: we never prompt for a passphrase (an encrypted key is reported instead).
int refuseDecoderPassphrase(char *, size_t, size_t *, const OSSL_PARAM[], void *)
{
    return 0;
}

struct PemBlock
{
    QByteArray label;
    QByteArray der;
    QByteArrayView pem; ///< the block's text from BEGIN to END, a view of the loaded text
    int beginLine = 0;
    bool encrypted = false;
};

/// Splits PEM text into blocks, one line at a time, and decodes their base64, reporting the
/// line of a fault. Text outside blocks (comments, "Bag Attributes") is ignored, as OpenSSL
/// does.
class PemSplitter
{
public:
    /// Takes the next line, trimmed, numbered from 1. False on a fault (see error()).
    bool take(QByteArrayView line, int lineNo)
    {
        if (!m_inBlock)
            return !line.startsWith("-----BEGIN ") || begin(line, lineNo);
        if (line.startsWith("-----END "))
            return end(line, lineNo);
        if (line.startsWith("-----BEGIN "))
            return fail(noEndLine());
        if (m_inHeaders && line.contains(':')) {
            // RFC 1421 headers of traditional encrypted PEM: "Proc-Type: 4,ENCRYPTED".
            if (line.startsWith("Proc-Type:") && line.contains("ENCRYPTED"))
                m_current.encrypted = true;
            return true;
        }
        if (line.isEmpty())
            return true;
        m_inHeaders = false;
        return data(line, lineNo);
    }

    /// After the last line: false when a block is left open.
    bool finish()
    {
        if (!m_inBlock)
            return true;
        return fail(m_base64.bytes().size() % 4 != 0 ? truncated() : noEndLine());
    }

    QList<PemBlock> takeBlocks() { return std::move(m_blocks); }
    const QString &error() const { return m_error; }

private:
    bool begin(QByteArrayView line, int lineNo)
    {
        if (!line.endsWith("-----") || line.size() < 16)
            return fail(QCoreApplication::translate("Key", "PEM: malformed BEGIN line in line %1")
                                .arg(lineNo));
        m_current = PemBlock();
        m_current.label = line.sliced(11, line.size() - 16).toByteArray();
        m_current.beginLine = lineNo;
        m_current.encrypted = m_current.label == "ENCRYPTED PRIVATE KEY";
        m_beginText = line.data();
        m_base64 = QByteArray();
        m_inBlock = true;
        m_inHeaders = true;
        m_sawPadding = false;
        m_lastDataLine = lineNo;
        return true;
    }

    bool end(QByteArrayView line, int lineNo)
    {
        const QByteArrayView endLabel = line.sliced(9, qMax<qsizetype>(0, line.size() - 14));
        if (!line.endsWith("-----") || endLabel != m_current.label) {
            return fail(QCoreApplication::translate(
                                "Key",
                                "PEM: END line in line %1 does not match \"BEGIN %2\" in line %3")
                                .arg(lineNo)
                                .arg(QString::fromLatin1(m_current.label))
                                .arg(m_current.beginLine));
        }
        if (m_base64.bytes().isEmpty()) {
            return fail(QCoreApplication::translate("Key", "PEM: block \"%1\" in line %2 is empty")
                                .arg(QString::fromLatin1(m_current.label))
                                .arg(m_current.beginLine));
        }
        if (m_base64.bytes().size() % 4 != 0)
            return fail(truncated());
        const auto decoded = QByteArray::fromBase64Encoding(
                m_base64.bytes(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            return fail(QCoreApplication::translate(
                                "Key", "PEM: invalid base64 in the block that begins in line %1")
                                .arg(m_current.beginLine));
        }
        m_current.der = decoded.decoded;
        m_current.pem = QByteArrayView(m_beginText, line.data() + line.size() - m_beginText);
        m_blocks.append(std::move(m_current));
        m_current = PemBlock();
        m_inBlock = false;
        return true;
    }

    /// A line of base64 inside a block.
    bool data(QByteArrayView line, int lineNo)
    {
        for (qsizetype c = 0; c < line.size(); ++c) {
            const char ch = line.at(c);
            const bool alphabet = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')
                    || (ch >= '0' && ch <= '9') || ch == '+' || ch == '/';
            if (ch == '=') {
                m_sawPadding = true;
                continue;
            }
            if (!alphabet || m_sawPadding) {
                return fail(m_sawPadding
                                    ? QCoreApplication::translate(
                                              "Key",
                                              "PEM: base64 continues after '=' padding in line %1")
                                              .arg(lineNo)
                                    : QCoreApplication::translate(
                                              "Key",
                                              "PEM: invalid base64 character in line %1, column %2")
                                              .arg(lineNo)
                                              .arg(c + 1));
            }
        }
        m_base64.append(line);
        m_lastDataLine = lineNo;
        return true;
    }

    QString truncated() const
    {
        return QCoreApplication::translate("Key", "PEM: truncated base64 in line %1")
                .arg(m_lastDataLine);
    }

    QString noEndLine() const
    {
        return QCoreApplication::translate(
                       "Key", "PEM: block \"%1\" that begins in line %2 has no END line")
                .arg(QString::fromLatin1(m_current.label))
                .arg(m_current.beginLine);
    }

    bool fail(const QString &error)
    {
        m_error = error;
        return false;
    }

    QList<PemBlock> m_blocks;
    PemBlock m_current;
    const char *m_beginText = nullptr; ///< where the current block's BEGIN line starts
    SecureBytes m_base64;
    QString m_error;
    int m_lastDataLine = 0;
    bool m_inBlock = false;
    bool m_inHeaders = false;
    bool m_sawPadding = false;
};

bool splitPem(QByteArrayView text, QList<PemBlock> *blocks, QString *error)
{
    PemSplitter splitter;
    // Lines are views of the text, not copies: a private key's lines would be left in freed
    // memory unwiped.
    int lineNo = 0;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        if (!splitter.take(text.sliced(start, end - start).trimmed(), ++lineNo)) {
            *error = splitter.error();
            return false;
        }
        start = end + 1;
    }
    if (!splitter.finish()) {
        *error = splitter.error();
        return false;
    }
    *blocks = splitter.takeBlocks();
    return true;
}

Ossl::PkeyPtr decodeDer(const QByteArray &der, const char *structure, const char *keyType,
                        int selection)
{
    EVP_PKEY *pkey = nullptr;
    const Ossl::DecoderCtxPtr dctx(OSSL_DECODER_CTX_new_for_pkey(&pkey, "DER", structure, keyType,
                                                                 selection, nullptr, nullptr));
    if (!dctx)
        return nullptr;
    OSSL_DECODER_CTX_set_passphrase_cb(dctx.get(), refuseDecoderPassphrase, nullptr);
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    size_t len = size_t(der.size());
    const bool ok = OSSL_DECODER_from_data(dctx.get(), &data, &len) == 1 && len == 0;
    Ossl::PkeyPtr owned(pkey);
    if (!ok)
        return nullptr;
    return owned;
}

/// Decrypts a passphrase-protected PEM block: PKCS#8 "ENCRYPTED PRIVATE KEY" or a traditional
/// block with "Proc-Type: 4,ENCRYPTED" (OpenSSL's PEM decoder reads the DEK-Info header).
Ossl::PkeyPtr decodeEncryptedPem(QByteArrayView pem, QByteArrayView passphrase)
{
    EVP_PKEY *pkey = nullptr;
    const Ossl::DecoderCtxPtr dctx(OSSL_DECODER_CTX_new_for_pkey(
            &pkey, "PEM", nullptr, nullptr, EVP_PKEY_KEYPAIR, nullptr, nullptr));
    if (!dctx)
        return nullptr;
    // The context keeps its own copy of the passphrase and cleanses it when freed.
    if (OSSL_DECODER_CTX_set_passphrase(dctx.get(),
                                        reinterpret_cast<const unsigned char *>(passphrase.data()),
                                        size_t(passphrase.size()))
        != 1)
        return nullptr;
    const auto *data = reinterpret_cast<const unsigned char *>(pem.data());
    size_t len = size_t(pem.size());
    const bool ok = OSSL_DECODER_from_data(dctx.get(), &data, &len) == 1;
    Ossl::PkeyPtr owned(pkey);
    if (!ok)
        return nullptr;
    return owned;
}

QString readPem(QByteArrayView text, KeySet *set, const QByteArrayView *passphrase)
{
    QList<PemBlock> blocks;
    QString error;
    if (!splitPem(text, &blocks, &error))
        return error;
    const auto wipe = [&blocks] {
        for (PemBlock &b : blocks)
            OPENSSL_cleanse(b.der.data(), size_t(b.der.size()));
    };
    int privates = 0, publics = 0, certificates = 0;
    for (const PemBlock &block : std::as_const(blocks)) {
        const QString label = QString::fromLatin1(block.label);
        if (block.encrypted)
            set->encrypted = true;
        if (block.encrypted && !passphrase) {
            wipe();
            return QCoreApplication::translate(
                           "Key",
                           "PEM: the key in line %1 is encrypted with a passphrase; decrypt it "
                           "first (openssl pkey -in key.pem -out plain.pem)")
                    .arg(block.beginLine);
        }
        Ossl::PkeyPtr pkey;
        const int pub = OSSL_KEYMGMT_SELECT_PUBLIC_KEY | OSSL_KEYMGMT_SELECT_ALL_PARAMETERS;
        if (block.encrypted) {
            pkey = decodeEncryptedPem(block.pem, *passphrase);
            if (!pkey) {
                ERR_clear_error();
                wipe();
                return QCoreApplication::translate(
                               "Key",
                               "PEM: cannot decrypt the key in line %1: wrong passphrase, or "
                               "the key is damaged")
                        .arg(block.beginLine);
            }
            ++privates;
        } else if (block.label == "PUBLIC KEY") {
            pkey = decodeDer(block.der, "SubjectPublicKeyInfo", nullptr, pub);
            ++publics;
        } else if (block.label == "RSA PUBLIC KEY") {
            pkey = decodeDer(block.der, "type-specific", "RSA", pub);
            ++publics;
        } else if (block.label == "PRIVATE KEY") {
            pkey = decodeDer(block.der, "PrivateKeyInfo", nullptr, EVP_PKEY_KEYPAIR);
            ++privates;
        } else if (block.label == "RSA PRIVATE KEY") {
            pkey = decodeDer(block.der, "type-specific", "RSA", EVP_PKEY_KEYPAIR);
            ++privates;
        } else if (block.label == "EC PRIVATE KEY") {
            pkey = decodeDer(block.der, "type-specific", "EC", EVP_PKEY_KEYPAIR);
            ++privates;
        } else if (block.label == "CERTIFICATE" || block.label == "X509 CERTIFICATE"
                   || block.label == "TRUSTED CERTIFICATE") {
            const auto *p = reinterpret_cast<const unsigned char *>(block.der.constData());
            const Ossl::X509Ptr cert(block.label == "TRUSTED CERTIFICATE"
                                             ? d2i_X509_AUX(nullptr, &p, long(block.der.size()))
                                             : d2i_X509(nullptr, &p, long(block.der.size())));
            if (!cert) {
                wipe();
                return QCoreApplication::translate(
                               "Key", "PEM: the certificate in line %1 is not valid X.509")
                        .arg(block.beginLine);
            }
            pkey.reset(X509_get_pubkey(cert.get()));
            ++certificates;
        } else if (block.label == "EC PARAMETERS") {
            continue; // `openssl ecparam -genkey` writes these before the key
        } else {
            continue; // other blocks of a bundle (CRL, DH PARAMETERS…) are not keys
        }
        if (!pkey) {
            ERR_clear_error();
            wipe();
            return QCoreApplication::translate(
                           "Key", "PEM: the \"%1\" block in line %2 could not be decoded")
                    .arg(label)
                    .arg(block.beginLine);
        }
        QString keyError;
        auto data = KeyData::fromPkey(pkey.release(), &keyError);
        if (!data) {
            wipe();
            return QCoreApplication::translate("Key", "PEM: block in line %1: %2")
                    .arg(block.beginLine)
                    .arg(keyError);
        }
        set->keys.append(Key(std::move(data)));
    }
    wipe();
    if (set->keys.isEmpty())
        return QCoreApplication::translate("Key", "PEM: no key or certificate block found");
    set->format = privates > 0                 ? KeyFormat::PemPrivate
            : certificates > 0 && publics == 0 ? KeyFormat::PemCertificate
                                               : KeyFormat::PemPublic;
    return {};
}

} // namespace

KeySet loadPemKeys(QByteArrayView text, const QByteArrayView *passphrase)
{
    KeySet set;
    const QString error = readPem(text, &set, passphrase);
    ERR_clear_error(); // failed attempts leave entries on this thread's error queue
    if (!error.isEmpty()) {
        set.error = error;
        set.keys.clear();
    }
    return set;
}

QByteArray Key::toPem() const
{
    if (!d || !d->pkey)
        return {};
    const Ossl::BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio)
        return {};
    const int ok = d->isPrivate ? PEM_write_bio_PrivateKey(bio.get(), d->pkey.get(), nullptr,
                                                           nullptr, 0, nullptr, nullptr)
                                : PEM_write_bio_PUBKEY(bio.get(), d->pkey.get());
    if (ok != 1)
        return {};
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, len);
}
