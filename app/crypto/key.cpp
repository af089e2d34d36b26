// SPDX-License-Identifier: MIT
#include "key.h"

#include "base64url.h"
#include "jws.h"
#include "keydata.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QList>

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/decoder.h>
#include <openssl/err.h>
#include <openssl/param_build.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

#include <atomic>
#include <memory>
#include <vector>

namespace {

std::atomic<std::uint64_t> nextSerial {1};

// Owning wrappers for the OpenSSL objects used while loading.
struct PkeyFree
{
    void operator()(EVP_PKEY *p) const { EVP_PKEY_free(p); }
};
struct BnFree
{
    void operator()(BIGNUM *p) const { BN_clear_free(p); }
};
struct BioFree
{
    void operator()(BIO *p) const { BIO_free(p); }
};
struct PctxFree
{
    void operator()(EVP_PKEY_CTX *p) const { EVP_PKEY_CTX_free(p); }
};
struct X509Free
{
    void operator()(X509 *p) const { X509_free(p); }
};
struct DecoderFree
{
    void operator()(OSSL_DECODER_CTX *p) const { OSSL_DECODER_CTX_free(p); }
};
struct ParamBldFree
{
    void operator()(OSSL_PARAM_BLD *p) const { OSSL_PARAM_BLD_free(p); }
};
struct ParamFree
{
    void operator()(OSSL_PARAM *p) const { OSSL_PARAM_free(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, PkeyFree>;
using BnPtr = std::unique_ptr<BIGNUM, BnFree>;
using BioPtr = std::unique_ptr<BIO, BioFree>;
using PctxPtr = std::unique_ptr<EVP_PKEY_CTX, PctxFree>;
using X509Ptr = std::unique_ptr<X509, X509Free>;
using DecoderPtr = std::unique_ptr<OSSL_DECODER_CTX, DecoderFree>;
using ParamBldPtr = std::unique_ptr<OSSL_PARAM_BLD, ParamBldFree>;
using ParamPtr = std::unique_ptr<OSSL_PARAM, ParamFree>;

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
    void append(QByteArrayView more)
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

private:
    void wipe()
    {
        if (!m_bytes.isEmpty() && m_bytes.isDetached())
            OPENSSL_cleanse(m_bytes.data(), static_cast<size_t>(m_bytes.size()));
        m_bytes.clear();
    }
    QByteArray m_bytes;
};

struct CurveInfo
{
    const char *jose;
    const char *openssl; ///< group name as OpenSSL reports it
    const char *alias; ///< another name OpenSSL may report
    int fieldBytes;
    int bits;
    Algorithm alg;
};

constexpr CurveInfo curves[] = {
        {"P-256", "prime256v1", "P-256", 32, 256, Algorithm::ES256},
        {"P-384", "secp384r1", "P-384", 48, 384, Algorithm::ES384},
        {"P-521", "secp521r1", "P-521", 66, 521, Algorithm::ES512},
        {"secp256k1", "secp256k1", "secp256k1", 32, 256, Algorithm::ES256K},
};

const CurveInfo *curveByJose(const QString &name)
{
    for (const CurveInfo &c : curves) {
        if (name == QLatin1String(c.jose))
            return &c;
    }
    return nullptr;
}

const CurveInfo *curveByOpenSsl(const char *name)
{
    const QByteArrayView n(name);
    for (const CurveInfo &c : curves) {
        if (n == QByteArrayView(c.openssl) || n == QByteArrayView(c.alias))
            return &c;
    }
    return nullptr;
}

QByteArray bnParam(const EVP_PKEY *pkey, const char *name, int padTo = 0)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &raw) != 1)
        return {};
    BnPtr bn(raw);
    const int size = padTo > 0 ? padTo : BN_num_bytes(bn.get());
    QByteArray out(qMax(size, 1), Qt::Uninitialized);
    int written = 0;
    if (padTo > 0)
        written = BN_bn2binpad(bn.get(), reinterpret_cast<unsigned char *>(out.data()), padTo);
    else if (size == 0)
        out[0] = 0, written = 1; // the value 0 still takes one octet (RFC 7518 §2)
    else
        written = BN_bn2bin(bn.get(), reinterpret_cast<unsigned char *>(out.data()));
    if (written <= 0)
        return {};
    out.truncate(written);
    return out;
}

bool hasPrivatePart(const EVP_PKEY *pkey, KeyKind kind)
{
    switch (kind) {
    case KeyKind::Rsa: {
        BIGNUM *d = nullptr;
        const bool has = EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_RSA_D, &d) == 1;
        BN_clear_free(d);
        return has;
    }
    case KeyKind::Ec: {
        BIGNUM *d = nullptr;
        const bool has = EVP_PKEY_get_bn_param(pkey, OSSL_PKEY_PARAM_PRIV_KEY, &d) == 1;
        BN_clear_free(d);
        return has;
    }
    case KeyKind::Ed25519:
    case KeyKind::Ed448:
    case KeyKind::X25519:
    case KeyKind::X448: {
        size_t len = 0;
        return EVP_PKEY_get_raw_private_key(pkey, nullptr, &len) == 1 && len > 0;
    }
    case KeyKind::Secret:
        break;
    }
    return false;
}

} // namespace

// ---------------------------------------------------------------------------------------------
// KeyData

KeyData::~KeyData()
{
    EVP_PKEY_free(pkey);
    if (!secret.isEmpty() && secret.isDetached())
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
}

std::shared_ptr<KeyData> KeyData::fromPkey(EVP_PKEY *pkey, QString *error)
{
    PkeyPtr owned(pkey);
    if (!pkey) {
        *error = QCoreApplication::translate("Key", "no key");
        return nullptr;
    }
    auto d = std::make_shared<KeyData>();
    switch (EVP_PKEY_get_base_id(pkey)) {
    case EVP_PKEY_RSA:
        d->kind = KeyKind::Rsa;
        d->bits = EVP_PKEY_get_bits(pkey);
        break;
    case EVP_PKEY_EC: {
        char group[64] = {};
        size_t len = 0;
        if (EVP_PKEY_get_utf8_string_param(pkey, OSSL_PKEY_PARAM_GROUP_NAME, group, sizeof group,
                                           &len)
            != 1) {
            *error = QCoreApplication::translate(
                    "Key", "EC key with explicit curve parameters is not supported");
            return nullptr;
        }
        const CurveInfo *c = curveByOpenSsl(group);
        if (!c) {
            *error = QCoreApplication::translate("Key", "EC curve \"%1\" is not used by JWS")
                             .arg(QString::fromLatin1(group));
            return nullptr;
        }
        d->kind = KeyKind::Ec;
        d->curve = QString::fromLatin1(c->jose);
        d->ecdsaAlg = c->alg;
        d->bits = c->bits;
        break;
    }
    case EVP_PKEY_ED25519:
        d->kind = KeyKind::Ed25519;
        d->curve = QStringLiteral("Ed25519");
        d->bits = 256;
        break;
    case EVP_PKEY_ED448:
        d->kind = KeyKind::Ed448;
        d->curve = QStringLiteral("Ed448");
        d->bits = 456;
        break;
    case EVP_PKEY_X25519:
        d->kind = KeyKind::X25519;
        d->curve = QStringLiteral("X25519");
        d->bits = 253;
        break;
    case EVP_PKEY_X448:
        d->kind = KeyKind::X448;
        d->curve = QStringLiteral("X448");
        d->bits = 448;
        break;
    case EVP_PKEY_RSA_PSS:
        *error = QCoreApplication::translate(
                "Key",
                "RSA-PSS restricted keys (id-RSASSA-PSS) are not supported; use an "
                "rsaEncryption key");
        return nullptr;
    default:
        *error = QCoreApplication::translate("Key", "unsupported key type \"%1\"")
                         .arg(QString::fromLatin1(EVP_PKEY_get0_type_name(pkey)));
        return nullptr;
    }
    d->isPrivate = hasPrivatePart(pkey, d->kind);
    d->pkey = owned.release();
    d->serial = nextSerial.fetch_add(1, std::memory_order_relaxed);
    return d;
}

std::shared_ptr<KeyData> KeyData::fromSecret(QByteArrayView bytes)
{
    auto d = std::make_shared<KeyData>();
    d->kind = KeyKind::Secret;
    d->secret = bytes.toByteArray();
    d->isPrivate = true;
    d->bits = int(bytes.size() * 8);
    d->serial = nextSerial.fetch_add(1, std::memory_order_relaxed);
    return d;
}

bool fitsQuickly(const KeyData &key, Algorithm alg)
{
    if (key.hasJwkAlg && key.jwkAlgorithm != alg)
        return false;
    switch (Algorithms::family(alg)) {
    case AlgorithmFamily::None:
        return false;
    case AlgorithmFamily::Hmac:
        return key.kind == KeyKind::Secret;
    case AlgorithmFamily::RsaPkcs1:
    case AlgorithmFamily::RsaPss:
        return key.kind == KeyKind::Rsa;
    case AlgorithmFamily::Ecdsa:
        return key.kind == KeyKind::Ec && key.ecdsaAlg == alg;
    case AlgorithmFamily::EdDsa:
        return key.kind == KeyKind::Ed25519 || key.kind == KeyKind::Ed448;
    }
    return false;
}

int curveFieldBytes(const QString &curve)
{
    const CurveInfo *c = curveByJose(curve);
    return c ? c->fieldBytes : 0;
}

// ---------------------------------------------------------------------------------------------
// Key

Key::Key() = default;
Key::~Key() = default;
Key::Key(const Key &other) = default;
Key &Key::operator=(const Key &other) = default;
Key::Key(Key &&other) noexcept = default;
Key &Key::operator=(Key &&other) noexcept = default;
Key::Key(std::shared_ptr<const KeyData> data)
    : d(std::move(data))
{ }

Key Key::fromSecret(QByteArrayView bytes)
{
    return Key(KeyData::fromSecret(bytes));
}

bool Key::isNull() const
{
    return !d;
}

KeyKind Key::kind() const
{
    return d ? d->kind : KeyKind::Secret;
}

bool Key::isPrivate() const
{
    return d && d->isPrivate;
}

int Key::bits() const
{
    return d ? d->bits : 0;
}

QString Key::curve() const
{
    return d ? d->curve : QString();
}

QString Key::kid() const
{
    return d ? d->kid : QString();
}

QString Key::jwkAlg() const
{
    return d ? d->jwkAlg : QString();
}

QString Key::description() const
{
    if (!d)
        return QCoreApplication::translate("Key", "no key");
    const bool priv = d->isPrivate;
    switch (d->kind) {
    case KeyKind::Secret:
        return QCoreApplication::translate("Key", "HMAC secret (%n byte(s))", nullptr,
                                           int(d->secret.size()));
    case KeyKind::Rsa:
        return (priv ? QCoreApplication::translate("Key", "RSA %1-bit private key")
                     : QCoreApplication::translate("Key", "RSA %1-bit public key"))
                .arg(d->bits);
    case KeyKind::Ec:
        return (priv ? QCoreApplication::translate("Key", "EC %1 private key")
                     : QCoreApplication::translate("Key", "EC %1 public key"))
                .arg(d->curve);
    case KeyKind::Ed25519:
        return priv ? QCoreApplication::translate("Key", "Ed25519 private key")
                    : QCoreApplication::translate("Key", "Ed25519 public key");
    case KeyKind::Ed448:
        return priv ? QCoreApplication::translate("Key", "Ed448 private key")
                    : QCoreApplication::translate("Key", "Ed448 public key");
    case KeyKind::X25519:
        return priv ? QCoreApplication::translate("Key", "X25519 private key")
                    : QCoreApplication::translate("Key", "X25519 public key");
    case KeyKind::X448:
        return priv ? QCoreApplication::translate("Key", "X448 private key")
                    : QCoreApplication::translate("Key", "X448 public key");
    }
    return {};
}

QByteArray Key::secretBytes() const
{
    return d && d->kind == KeyKind::Secret ? d->secret : QByteArray();
}

Key Key::publicKey() const
{
    if (!d || !d->isPrivate || d->kind == KeyKind::Secret)
        return *this;
    unsigned char *der = nullptr;
    const int len = i2d_PUBKEY(d->pkey, &der);
    if (len <= 0)
        return {};
    const unsigned char *p = der;
    EVP_PKEY *pub = d2i_PUBKEY(nullptr, &p, len);
    OPENSSL_free(der);
    QString error;
    auto data = KeyData::fromPkey(pub, &error);
    if (!data)
        return {};
    data->kid = d->kid;
    data->jwkAlg = d->jwkAlg;
    data->jwkAlgorithm = d->jwkAlgorithm;
    data->hasJwkAlg = d->hasJwkAlg;
    return Key(std::move(data));
}

QByteArray Key::toPem() const
{
    if (!d || !d->pkey)
        return {};
    BioPtr bio(BIO_new(BIO_s_secmem()));
    if (!bio)
        return {};
    const int ok = d->isPrivate
            ? PEM_write_bio_PrivateKey(bio.get(), d->pkey, nullptr, nullptr, 0, nullptr, nullptr)
            : PEM_write_bio_PUBKEY(bio.get(), d->pkey);
    if (ok != 1)
        return {};
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, len);
}

namespace {

void appendMember(QByteArray &out, const char *name, const QByteArray &value)
{
    if (out.size() > 1)
        out += ',';
    out += '"';
    out += name;
    out += "\":\"";
    out += value; // base64url, curve names and kty values need no escaping
    out += '"';
}

void appendStringMember(QByteArray &out, const char *name, const QString &value)
{
    // JSON string escaping for kid and alg, which come from the user.
    QByteArray escaped;
    const QByteArray utf8 = value.toUtf8();
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            escaped += '\\';
            escaped += c;
        } else if (u < 0x20) {
            escaped += "\\u00";
            escaped += QByteArray::number(u, 16).rightJustified(2, '0');
        } else {
            escaped += c;
        }
    }
    appendMember(out, name, escaped);
}

/// The RFC 7638 required members in lexicographic order, without braces' closing one.
QByteArray requiredMembers(const KeyData &d)
{
    QByteArray out("{");
    const auto b64 = [](const QByteArray &bytes) {
        return Base64Url::encode(bytes);
    };
    switch (d.kind) {
    case KeyKind::Secret:
        appendMember(out, "k", b64(d.secret));
        appendMember(out, "kty", "oct");
        break;
    case KeyKind::Rsa:
        appendMember(out, "e", b64(bnParam(d.pkey, OSSL_PKEY_PARAM_RSA_E)));
        appendMember(out, "kty", "RSA");
        appendMember(out, "n", b64(bnParam(d.pkey, OSSL_PKEY_PARAM_RSA_N)));
        break;
    case KeyKind::Ec: {
        const int field = curveFieldBytes(d.curve);
        appendMember(out, "crv", d.curve.toLatin1());
        appendMember(out, "kty", "EC");
        appendMember(out, "x", b64(bnParam(d.pkey, OSSL_PKEY_PARAM_EC_PUB_X, field)));
        appendMember(out, "y", b64(bnParam(d.pkey, OSSL_PKEY_PARAM_EC_PUB_Y, field)));
        break;
    }
    case KeyKind::Ed25519:
    case KeyKind::Ed448:
    case KeyKind::X25519:
    case KeyKind::X448: {
        size_t len = 0;
        EVP_PKEY_get_raw_public_key(d.pkey, nullptr, &len);
        QByteArray x(qsizetype(len), Qt::Uninitialized);
        EVP_PKEY_get_raw_public_key(d.pkey, reinterpret_cast<unsigned char *>(x.data()), &len);
        appendMember(out, "crv", d.curve.toLatin1());
        appendMember(out, "kty", "OKP");
        appendMember(out, "x", b64(x));
        break;
    }
    }
    return out;
}

void appendSecretMember(QByteArray &out, const char *name, const QByteArray &value)
{
    SecureBytes bytes(value);
    SecureBytes encoded(Base64Url::encode(bytes.bytes()));
    appendMember(out, name, encoded.bytes());
}

} // namespace

QByteArray Key::toJwk(bool includePrivate) const
{
    if (!d)
        return {};
    QByteArray out = requiredMembers(*d);
    if (includePrivate && d->isPrivate) {
        switch (d->kind) {
        case KeyKind::Secret:
            break; // "k" is a required member already
        case KeyKind::Rsa: {
            appendSecretMember(out, "d", bnParam(d->pkey, OSSL_PKEY_PARAM_RSA_D));
            const QByteArray p = bnParam(d->pkey, OSSL_PKEY_PARAM_RSA_FACTOR1);
            if (!p.isEmpty()) {
                appendSecretMember(out, "p", p);
                appendSecretMember(out, "q", bnParam(d->pkey, OSSL_PKEY_PARAM_RSA_FACTOR2));
                appendSecretMember(out, "dp", bnParam(d->pkey, OSSL_PKEY_PARAM_RSA_EXPONENT1));
                appendSecretMember(out, "dq", bnParam(d->pkey, OSSL_PKEY_PARAM_RSA_EXPONENT2));
                appendSecretMember(out, "qi", bnParam(d->pkey, OSSL_PKEY_PARAM_RSA_COEFFICIENT1));
            }
            break;
        }
        case KeyKind::Ec:
            appendSecretMember(
                    out, "d",
                    bnParam(d->pkey, OSSL_PKEY_PARAM_PRIV_KEY, curveFieldBytes(d->curve)));
            break;
        case KeyKind::Ed25519:
        case KeyKind::Ed448:
        case KeyKind::X25519:
        case KeyKind::X448: {
            size_t len = 0;
            EVP_PKEY_get_raw_private_key(d->pkey, nullptr, &len);
            QByteArray raw(qsizetype(len), Qt::Uninitialized);
            EVP_PKEY_get_raw_private_key(d->pkey, reinterpret_cast<unsigned char *>(raw.data()),
                                         &len);
            appendSecretMember(out, "d", raw);
            break;
        }
        }
    }
    if (!d->jwkAlg.isEmpty())
        appendStringMember(out, "alg", d->jwkAlg);
    if (!d->kid.isEmpty())
        appendStringMember(out, "kid", d->kid);
    out += '}';
    return out;
}

QByteArray Key::thumbprint() const
{
    if (!d)
        return {};
    SecureBytes members(requiredMembers(*d) + '}');
    return Digest::sha(256, members.bytes());
}

// ---------------------------------------------------------------------------------------------
// Loading

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
    int beginLine = 0;
    bool encrypted = false;
};

/// Splits PEM text into blocks and decodes their base64, reporting the line of a fault.
/// Text outside blocks (comments, "Bag Attributes") is ignored, as OpenSSL does.
bool splitPem(QByteArrayView text, QList<PemBlock> *blocks, QString *error)
{
    // Lines are views of the text, not copies: a private key's lines would be left in freed
    // memory unwiped.
    QList<QByteArrayView> lines;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf('\n', start);
        if (end < 0)
            end = text.size();
        lines.append(text.sliced(start, end - start));
        start = end + 1;
    }
    PemBlock current;
    bool inBlock = false;
    bool inHeaders = false;
    bool sawPadding = false;
    SecureBytes base64;
    int lastDataLine = 0;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNo = int(i + 1);
        const QByteArrayView line = lines.at(i).trimmed();
        if (!inBlock) {
            if (line.startsWith("-----BEGIN ")) {
                if (!line.endsWith("-----") || line.size() < 16) {
                    *error = QCoreApplication::translate("Key",
                                                         "PEM: malformed BEGIN line in line %1")
                                     .arg(lineNo);
                    return false;
                }
                current = PemBlock();
                current.label = line.sliced(11, line.size() - 16).toByteArray();
                current.beginLine = lineNo;
                current.encrypted = current.label == "ENCRYPTED PRIVATE KEY";
                base64 = QByteArray();
                inBlock = true;
                inHeaders = true;
                sawPadding = false;
                lastDataLine = lineNo;
            }
            continue;
        }
        if (line.startsWith("-----END ")) {
            const QByteArrayView endLabel = line.sliced(9, qMax<qsizetype>(0, line.size() - 14));
            if (!line.endsWith("-----") || endLabel != current.label) {
                *error = QCoreApplication::translate(
                                 "Key",
                                 "PEM: END line in line %1 does not match \"BEGIN %2\" in line %3")
                                 .arg(lineNo)
                                 .arg(QString::fromLatin1(current.label))
                                 .arg(current.beginLine);
                return false;
            }
            if (base64.bytes().isEmpty()) {
                *error = QCoreApplication::translate("Key", "PEM: block \"%1\" in line %2 is empty")
                                 .arg(QString::fromLatin1(current.label))
                                 .arg(current.beginLine);
                return false;
            }
            if (base64.bytes().size() % 4 != 0) {
                *error = QCoreApplication::translate("Key", "PEM: truncated base64 in line %1")
                                 .arg(lastDataLine);
                return false;
            }
            const auto decoded = QByteArray::fromBase64Encoding(
                    base64.bytes(), QByteArray::AbortOnBase64DecodingErrors);
            if (!decoded) {
                *error = QCoreApplication::translate(
                                 "Key", "PEM: invalid base64 in the block that begins in line %1")
                                 .arg(current.beginLine);
                return false;
            }
            current.der = decoded.decoded;
            blocks->append(std::move(current));
            current = PemBlock();
            inBlock = false;
            continue;
        }
        if (line.startsWith("-----BEGIN ")) {
            *error = QCoreApplication::translate(
                             "Key", "PEM: block \"%1\" that begins in line %2 has no END line")
                             .arg(QString::fromLatin1(current.label))
                             .arg(current.beginLine);
            return false;
        }
        if (inHeaders && line.contains(':')) {
            // RFC 1421 headers of traditional encrypted PEM: "Proc-Type: 4,ENCRYPTED".
            if (line.startsWith("Proc-Type:") && line.contains("ENCRYPTED"))
                current.encrypted = true;
            continue;
        }
        if (line.isEmpty())
            continue;
        inHeaders = false;
        for (qsizetype c = 0; c < line.size(); ++c) {
            const char ch = line.at(c);
            const bool alphabet = (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')
                    || (ch >= '0' && ch <= '9') || ch == '+' || ch == '/';
            if (ch == '=') {
                sawPadding = true;
                continue;
            }
            if (!alphabet || sawPadding) {
                *error = sawPadding
                        ? QCoreApplication::translate(
                                  "Key", "PEM: base64 continues after '=' padding in line %1")
                                  .arg(lineNo)
                        : QCoreApplication::translate(
                                  "Key", "PEM: invalid base64 character in line %1, column %2")
                                  .arg(lineNo)
                                  .arg(c + 1);
                return false;
            }
        }
        base64.append(line);
        lastDataLine = lineNo;
    }
    if (inBlock) {
        *error = base64.bytes().size() % 4 != 0
                ? QCoreApplication::translate("Key", "PEM: truncated base64 in line %1")
                          .arg(lastDataLine)
                : QCoreApplication::translate(
                          "Key", "PEM: block \"%1\" that begins in line %2 has no END line")
                          .arg(QString::fromLatin1(current.label))
                          .arg(current.beginLine);
        return false;
    }
    return true;
}

EVP_PKEY *decodeDer(const QByteArray &der, const char *structure, const char *keyType,
                    int selection)
{
    EVP_PKEY *pkey = nullptr;
    DecoderPtr dctx(OSSL_DECODER_CTX_new_for_pkey(&pkey, "DER", structure, keyType, selection,
                                                  nullptr, nullptr));
    if (!dctx)
        return nullptr;
    OSSL_DECODER_CTX_set_passphrase_cb(dctx.get(), refuseDecoderPassphrase, nullptr);
    const auto *data = reinterpret_cast<const unsigned char *>(der.constData());
    size_t len = size_t(der.size());
    if (OSSL_DECODER_from_data(dctx.get(), &data, &len) != 1 || len != 0) {
        EVP_PKEY_free(pkey);
        return nullptr;
    }
    return pkey;
}

QString loadPem(QByteArrayView text, KeySet *set)
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
        if (block.encrypted) {
            wipe();
            return QCoreApplication::translate(
                           "Key",
                           "PEM: the key in line %1 is encrypted with a passphrase; decrypt it "
                           "first (openssl pkey -in key.pem -out plain.pem)")
                    .arg(block.beginLine);
        }
        EVP_PKEY *pkey = nullptr;
        const int pub = OSSL_KEYMGMT_SELECT_PUBLIC_KEY | OSSL_KEYMGMT_SELECT_ALL_PARAMETERS;
        if (block.label == "PUBLIC KEY") {
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
            X509Ptr cert(block.label == "TRUSTED CERTIFICATE"
                                 ? d2i_X509_AUX(nullptr, &p, long(block.der.size()))
                                 : d2i_X509(nullptr, &p, long(block.der.size())));
            if (!cert) {
                wipe();
                return QCoreApplication::translate(
                               "Key", "PEM: the certificate in line %1 is not valid X.509")
                        .arg(block.beginLine);
            }
            pkey = X509_get_pubkey(cert.get());
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
        auto data = KeyData::fromPkey(pkey, &keyError);
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

// --- JWK ---

class JwkReader
{
public:
    JwkReader(const QJsonObject &object, QString prefix)
        : m_o(object)
        , m_prefix(std::move(prefix))
    { }

    QString error;

    bool has(const char *name) const { return m_o.contains(QLatin1String(name)); }

    QString string(const char *name, bool required)
    {
        const QJsonValue v = m_o.value(QLatin1String(name));
        if (v.isUndefined()) {
            if (required)
                fail(QCoreApplication::translate("Key", "member \"%1\" is missing")
                             .arg(QLatin1String(name)));
            return {};
        }
        if (!v.isString()) {
            fail(QCoreApplication::translate("Key", "member \"%1\" must be a string")
                         .arg(QLatin1String(name)));
            return {};
        }
        return v.toString();
    }

    /// A base64url member; @p expectBytes > 0 demands that exact decoded size.
    QByteArray bytes(const char *name, bool required, int expectBytes = 0)
    {
        const QString text = string(name, required);
        if (!error.isEmpty() || text.isNull())
            return {};
        const QByteArray ascii = text.toLatin1();
        SecureBytes decoded;
        const Base64Url::Decoded d = Base64Url::decode(ascii);
        decoded = d.bytes;
        if (!d.ok() || text.size() != ascii.size()) {
            fail(QCoreApplication::translate("Key",
                                             "member \"%1\": invalid base64url at offset %2: %3")
                         .arg(QLatin1String(name))
                         .arg(d.ok() ? 0 : d.errorOffset)
                         .arg(d.error));
            return {};
        }
        if (decoded.bytes().isEmpty()) {
            fail(QCoreApplication::translate("Key", "member \"%1\" is empty")
                         .arg(QLatin1String(name)));
            return {};
        }
        if (expectBytes > 0 && decoded.bytes().size() != expectBytes) {
            fail(QCoreApplication::translate("Key", "member \"%1\" must be %2 bytes, got %3")
                         .arg(QLatin1String(name))
                         .arg(expectBytes)
                         .arg(decoded.bytes().size()));
            return {};
        }
        return decoded.bytes();
    }

    void fail(const QString &message)
    {
        if (error.isEmpty())
            error = QCoreApplication::translate("Key", "%1: %2").arg(m_prefix, message);
    }

private:
    const QJsonObject &m_o;
    QString m_prefix;
};

/// Pushes a big-endian unsigned integer as an OSSL_PARAM BIGNUM. The builder keeps a copy;
/// the BIGNUM is kept in @p keep until the params are built.
bool pushBn(OSSL_PARAM_BLD *bld, const char *name, const QByteArray &bytes,
            std::vector<BnPtr> *keep)
{
    BIGNUM *bn = BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()),
                           int(bytes.size()), nullptr);
    if (!bn)
        return false;
    keep->push_back(BnPtr(bn));
    return OSSL_PARAM_BLD_push_BN(bld, name, bn) == 1;
}

EVP_PKEY *fromData(const char *type, OSSL_PARAM_BLD *bld, int selection)
{
    ParamPtr params(OSSL_PARAM_BLD_to_param(bld));
    if (!params)
        return nullptr;
    PctxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *pkey = nullptr;
    if (!ctx || EVP_PKEY_fromdata_init(ctx.get()) != 1
        || EVP_PKEY_fromdata(ctx.get(), &pkey, selection, params.get()) != 1) {
        EVP_PKEY_free(pkey);
        return nullptr;
    }
    return pkey;
}

std::shared_ptr<KeyData> rsaFromJwk(JwkReader &r)
{
    const QByteArray n = r.bytes("n", true);
    const QByteArray e = r.bytes("e", true);
    if (!r.error.isEmpty())
        return nullptr;
    const bool priv = r.has("d");
    SecureBytes d, p, q, dp, dq, qi;
    if (priv) {
        d = r.bytes("d", true);
        if (r.has("p") || r.has("q") || r.has("dp") || r.has("dq") || r.has("qi")) {
            // RFC 7518 §6.3.2: the CRT members come together.
            p = r.bytes("p", true);
            q = r.bytes("q", true);
            dp = r.bytes("dp", true);
            dq = r.bytes("dq", true);
            qi = r.bytes("qi", true);
        }
        if (!r.error.isEmpty())
            return nullptr;
    }
    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    std::vector<BnPtr> keep;
    bool ok = bld && pushBn(bld.get(), OSSL_PKEY_PARAM_RSA_N, n, &keep)
            && pushBn(bld.get(), OSSL_PKEY_PARAM_RSA_E, e, &keep);
    if (ok && priv) {
        ok = pushBn(bld.get(), OSSL_PKEY_PARAM_RSA_D, d.bytes(), &keep);
        if (ok && !p.bytes().isEmpty()) {
            ok = pushBn(bld.get(), OSSL_PKEY_PARAM_RSA_FACTOR1, p.bytes(), &keep)
                    && pushBn(bld.get(), OSSL_PKEY_PARAM_RSA_FACTOR2, q.bytes(), &keep)
                    && pushBn(bld.get(), OSSL_PKEY_PARAM_RSA_EXPONENT1, dp.bytes(), &keep)
                    && pushBn(bld.get(), OSSL_PKEY_PARAM_RSA_EXPONENT2, dq.bytes(), &keep)
                    && pushBn(bld.get(), OSSL_PKEY_PARAM_RSA_COEFFICIENT1, qi.bytes(), &keep);
        }
    }
    EVP_PKEY *pkey = ok ? fromData("RSA", bld.get(), priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY)
                        : nullptr;
    if (!pkey) {
        r.fail(QCoreApplication::translate("Key", "not a valid RSA key"));
        return nullptr;
    }
    if (n.at(0) == 0)
        r.fail(QCoreApplication::translate("Key", "member \"n\" has a leading zero octet"));
    QString error;
    auto data = KeyData::fromPkey(pkey, &error);
    if (!data)
        r.fail(error);
    return r.error.isEmpty() ? data : nullptr;
}

std::shared_ptr<KeyData> ecFromJwk(JwkReader &r)
{
    const QString crv = r.string("crv", true);
    if (!r.error.isEmpty())
        return nullptr;
    const CurveInfo *c = curveByJose(crv);
    if (!c) {
        r.fail(QCoreApplication::translate("Key", "unsupported EC curve \"%1\"").arg(crv));
        return nullptr;
    }
    const QByteArray x = r.bytes("x", true, c->fieldBytes);
    const QByteArray y = r.bytes("y", true, c->fieldBytes);
    const bool priv = r.has("d");
    SecureBytes d;
    if (priv)
        d = r.bytes("d", true, c->fieldBytes);
    if (!r.error.isEmpty())
        return nullptr;
    const QByteArray point = QByteArray(1, '\x04') + x + y;
    ParamBldPtr bld(OSSL_PARAM_BLD_new());
    std::vector<BnPtr> keep;
    bool ok = bld
            && OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, c->openssl, 0)
                    == 1
            && OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                                point.constData(), size_t(point.size()))
                    == 1;
    if (ok && priv)
        ok = pushBn(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, d.bytes(), &keep);
    PkeyPtr pkey(ok ? fromData("EC", bld.get(), priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY)
                    : nullptr);
    if (!pkey) {
        r.fail(QCoreApplication::translate("Key", "the point (\"x\", \"y\") is not on curve %1")
                       .arg(crv));
        return nullptr;
    }
    // fromdata does not check that the point lies on the curve, nor that "d" matches it.
    PctxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, pkey.get(), nullptr));
    if (!check || EVP_PKEY_public_check(check.get()) != 1) {
        ERR_clear_error();
        r.fail(QCoreApplication::translate("Key", "the point (\"x\", \"y\") is not on curve %1")
                       .arg(crv));
        return nullptr;
    }
    if (priv && EVP_PKEY_pairwise_check(check.get()) != 1) {
        ERR_clear_error();
        r.fail(QCoreApplication::translate("Key", "member \"d\" does not match the public point"));
        return nullptr;
    }
    check.reset();
    QString error;
    auto data = KeyData::fromPkey(pkey.release(), &error);
    if (!data)
        r.fail(error);
    return data;
}

std::shared_ptr<KeyData> okpFromJwk(JwkReader &r)
{
    const QString crv = r.string("crv", true);
    if (!r.error.isEmpty())
        return nullptr;
    int type = 0;
    int size = 0;
    if (crv == QLatin1String("Ed25519")) {
        type = EVP_PKEY_ED25519;
        size = 32;
    } else if (crv == QLatin1String("Ed448")) {
        type = EVP_PKEY_ED448;
        size = 57;
    } else if (crv == QLatin1String("X25519")) {
        type = EVP_PKEY_X25519; // key agreement (JWE ECDH-ES, RFC 8037 §3.2)
        size = 32;
    } else if (crv == QLatin1String("X448")) {
        type = EVP_PKEY_X448;
        size = 56;
    } else {
        r.fail(QCoreApplication::translate("Key", "unsupported OKP curve \"%1\"").arg(crv));
        return nullptr;
    }
    const char *name = type == EVP_PKEY_ED25519 ? "ED25519"
            : type == EVP_PKEY_ED448            ? "ED448"
            : type == EVP_PKEY_X25519           ? "X25519"
                                                : "X448";
    const QByteArray x = r.bytes("x", true, size);
    const bool priv = r.has("d");
    SecureBytes d;
    if (priv)
        d = r.bytes("d", true, size);
    if (!r.error.isEmpty())
        return nullptr;
    EVP_PKEY *pkey = nullptr;
    if (priv) {
        pkey = EVP_PKEY_new_raw_private_key_ex(
                nullptr, name, nullptr, reinterpret_cast<const unsigned char *>(d.bytes().data()),
                size_t(size));
        // The public key follows from "d"; a different "x" means the JWK is inconsistent.
        unsigned char derived[57] = {};
        size_t len = sizeof derived;
        if (pkey
            && (EVP_PKEY_get_raw_public_key(pkey, derived, &len) != 1 || len != size_t(size)
                || CRYPTO_memcmp(derived, x.constData(), len) != 0)) {
            EVP_PKEY_free(pkey);
            r.fail(QCoreApplication::translate("Key", "member \"x\" does not match \"d\""));
            return nullptr;
        }
    } else {
        pkey = EVP_PKEY_new_raw_public_key_ex(
                nullptr, name, nullptr, reinterpret_cast<const unsigned char *>(x.constData()),
                size_t(size));
    }
    if (!pkey) {
        r.fail(QCoreApplication::translate("Key", "not a valid %1 key").arg(crv));
        return nullptr;
    }
    QString error;
    auto data = KeyData::fromPkey(pkey, &error);
    if (!data)
        r.fail(error);
    return data;
}

/// One JWK object. @p unsupported is set when the failure is an unknown kty or curve (a
/// JWKS skips those, RFC 7517 §5).
std::shared_ptr<KeyData> keyFromJwk(const QJsonObject &o, const QString &prefix, QString *error,
                                    bool *unsupported)
{
    JwkReader r(o, prefix);
    *unsupported = false;
    const QString kty = r.string("kty", true);
    const QString kid = r.string("kid", false);
    const QString alg = r.string("alg", false);
    std::shared_ptr<KeyData> data;
    if (r.error.isEmpty()) {
        if (kty == QLatin1String("oct")) {
            SecureBytes k(r.bytes("k", true));
            if (r.error.isEmpty())
                data = KeyData::fromSecret(k.bytes());
        } else if (kty == QLatin1String("RSA")) {
            data = rsaFromJwk(r);
        } else if (kty == QLatin1String("EC")) {
            data = ecFromJwk(r);
            *unsupported = !data && !curveByJose(o.value(QLatin1String("crv")).toString());
        } else if (kty == QLatin1String("OKP")) {
            data = okpFromJwk(r);
            const QString crv = o.value(QLatin1String("crv")).toString();
            *unsupported = !data && crv != QLatin1String("Ed25519") && crv != QLatin1String("Ed448")
                    && crv != QLatin1String("X25519") && crv != QLatin1String("X448");
        } else {
            r.fail(QCoreApplication::translate("Key", "unsupported kty \"%1\"").arg(kty));
            *unsupported = true;
        }
    }
    if (!r.error.isEmpty() || !data) {
        *error = r.error.isEmpty()
                ? QCoreApplication::translate("Key", "%1: not a usable key").arg(prefix)
                : r.error;
        return nullptr;
    }
    data->kid = kid;
    data->jwkAlg = alg;
    data->hasJwkAlg = !alg.isEmpty();
    data->jwkAlgorithm = Algorithms::fromName(alg).value_or(Algorithm::None);
    return data;
}

QString loadJson(QByteArrayView text, KeySet *set)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return QCoreApplication::translate("Key", "JWK: invalid JSON at offset %1: %2")
                .arg(parseError.offset)
                .arg(parseError.errorString());
    if (!doc.isObject())
        return QCoreApplication::translate("Key", "JWK: expected a JSON object");
    const QJsonObject root = doc.object();
    if (!root.contains(QLatin1String("keys"))) {
        set->format = KeyFormat::Jwk;
        QString error;
        bool unsupported = false;
        auto data
                = keyFromJwk(root, QCoreApplication::translate("Key", "JWK"), &error, &unsupported);
        if (!data)
            return error;
        set->keys.append(Key(std::move(data)));
        return {};
    }
    set->format = KeyFormat::Jwks;
    const QJsonValue keys = root.value(QLatin1String("keys"));
    if (!keys.isArray())
        return QCoreApplication::translate("Key", "JWKS: member \"keys\" must be an array");
    const QJsonArray array = keys.toArray();
    if (array.isEmpty())
        return QCoreApplication::translate("Key", "JWKS: the key set is empty");
    for (qsizetype i = 0; i < array.size(); ++i) {
        // Counted from 1, as a person counts the keys of the set.
        const QString prefix = QCoreApplication::translate("Key", "JWKS: key %1").arg(i + 1);
        if (!array.at(i).isObject())
            return QCoreApplication::translate("Key", "%1: expected a JSON object").arg(prefix);
        QString error;
        bool unsupported = false;
        auto data = keyFromJwk(array.at(i).toObject(), prefix, &error, &unsupported);
        if (data) {
            set->keys.append(Key(std::move(data)));
        } else if (unsupported) {
            set->skipped.append(error);
        } else {
            return error;
        }
    }
    if (set->keys.isEmpty())
        return set->skipped.value(0, QCoreApplication::translate("Key", "JWKS: no usable key"));
    return {};
}

} // namespace

KeySet loadKeys(QByteArrayView text)
{
    KeySet set;
    const QByteArrayView trimmed = text.trimmed();
    QString error;
    if (trimmed.isEmpty()) {
        error = QCoreApplication::translate("Key", "no key text");
    } else if (trimmed.startsWith('{')) {
        error = loadJson(trimmed, &set);
    } else if (trimmed.contains("-----BEGIN ")) {
        error = loadPem(trimmed, &set);
    } else {
        error = QCoreApplication::translate(
                "Key", "not a key: expected PEM (-----BEGIN …), a JWK or a JWKS");
    }
    ERR_clear_error(); // failed attempts leave entries on this thread's error queue
    if (!error.isEmpty()) {
        set.error = error;
        set.keys.clear();
    }
    return set;
}

// ---------------------------------------------------------------------------------------------
// Fit and choice

namespace {

QString familyNoun(const Key &key)
{
    switch (key.kind()) {
    case KeyKind::Secret:
        return QCoreApplication::translate("Key", "an HMAC secret");
    case KeyKind::Rsa:
        return key.isPrivate() ? QCoreApplication::translate("Key", "an RSA private key")
                               : QCoreApplication::translate("Key", "an RSA public key");
    case KeyKind::Ec:
        return key.isPrivate()
                ? QCoreApplication::translate("Key", "an EC %1 private key").arg(key.curve())
                : QCoreApplication::translate("Key", "an EC %1 public key").arg(key.curve());
    case KeyKind::Ed25519:
        return key.isPrivate() ? QCoreApplication::translate("Key", "an Ed25519 private key")
                               : QCoreApplication::translate("Key", "an Ed25519 public key");
    case KeyKind::Ed448:
        return key.isPrivate() ? QCoreApplication::translate("Key", "an Ed448 private key")
                               : QCoreApplication::translate("Key", "an Ed448 public key");
    case KeyKind::X25519:
        return key.isPrivate() ? QCoreApplication::translate("Key", "an X25519 private key")
                               : QCoreApplication::translate("Key", "an X25519 public key");
    case KeyKind::X448:
        return key.isPrivate() ? QCoreApplication::translate("Key", "an X448 private key")
                               : QCoreApplication::translate("Key", "an X448 public key");
    }
    return {};
}

} // namespace

KeyFit checkFit(const Key &key, Algorithm alg)
{
    KeyFit fit;
    const auto mismatch = [&fit](const QString &reason) {
        fit.verdict = KeyFit::Verdict::Mismatch;
        fit.reason = reason;
        return fit;
    };
    const QString name = Algorithms::name(alg);
    if (alg == Algorithm::None)
        return mismatch(QCoreApplication::translate(
                "Key", "\"none\" means no signature: no key can verify it"));
    if (key.isNull())
        return mismatch(QCoreApplication::translate("Key", "no key"));
    if (!key.jwkAlg().isEmpty() && key.jwkAlg() != name)
        return mismatch(
                QCoreApplication::translate("Key", "the key is for %1 (its \"alg\" member), not %2")
                        .arg(key.jwkAlg(), name));
    switch (Algorithms::family(alg)) {
    case AlgorithmFamily::None:
        return mismatch(QCoreApplication::translate(
                "Key", "\"none\" means no signature: no key can verify it"));
    case AlgorithmFamily::Hmac: {
        if (key.kind() != KeyKind::Secret)
            return mismatch(QCoreApplication::translate("Key", "%1 cannot be an HMAC secret")
                                    .arg(familyNoun(key)));
        const int need = Algorithms::hashBits(alg) / 8;
        const int have = key.bits() / 8;
        if (have < need) {
            fit.verdict = KeyFit::Verdict::Weak;
            fit.reason = QCoreApplication::translate(
                                 "Key",
                                 "the secret has %n byte(s); %1 needs at least %2 (RFC 7518 §3.2)",
                                 nullptr, have)
                                 .arg(name)
                                 .arg(need);
        }
        return fit;
    }
    case AlgorithmFamily::RsaPkcs1:
    case AlgorithmFamily::RsaPss:
        if (key.kind() != KeyKind::Rsa)
            return mismatch(QCoreApplication::translate("Key", "%1 needs an RSA key, not %2")
                                    .arg(name, familyNoun(key)));
        if (key.bits() < 2048) {
            fit.verdict = KeyFit::Verdict::Weak;
            fit.reason = QCoreApplication::translate(
                                 "Key",
                                 "the RSA key has %1 bits; %2 needs at least 2048 (RFC 7518 §3.3)")
                                 .arg(key.bits())
                                 .arg(name);
        }
        return fit;
    case AlgorithmFamily::Ecdsa:
        if (key.kind() != KeyKind::Ec || key.curve() != Algorithms::curve(alg))
            return mismatch(QCoreApplication::translate("Key", "%1 needs an EC %2 key, not %3")
                                    .arg(name, Algorithms::curve(alg), familyNoun(key)));
        return fit;
    case AlgorithmFamily::EdDsa:
        if (key.kind() != KeyKind::Ed25519 && key.kind() != KeyKind::Ed448)
            return mismatch(QCoreApplication::translate(
                                    "Key", "EdDSA needs an Ed25519 or Ed448 key, not %1")
                                    .arg(familyNoun(key)));
        return fit;
    }
    return fit;
}

KeyChoice chooseKey(const QList<Key> &keys, Algorithm alg, QStringView kid)
{
    KeyChoice choice;
    if (keys.isEmpty()) {
        choice.error = QCoreApplication::translate("Key", "no keys");
        return choice;
    }
    if (!kid.isEmpty()) {
        QString firstReason;
        bool found = false;
        for (const Key &key : keys) {
            if (key.kid() != kid)
                continue;
            found = true;
            const KeyFit fit = checkFit(key, alg);
            if (fit.verdict != KeyFit::Verdict::Mismatch) {
                choice.key = key;
                return choice;
            }
            if (firstReason.isEmpty())
                firstReason = fit.reason;
        }
        if (found) {
            choice.error
                    = QCoreApplication::translate("Key", "the key with kid \"%1\" does not fit: %2")
                              .arg(kid.toString(), firstReason);
            return choice;
        }
    }
    QString firstReason;
    for (const Key &key : keys) {
        const KeyFit fit = checkFit(key, alg);
        if (fit.verdict != KeyFit::Verdict::Mismatch) {
            choice.key = key;
            return choice;
        }
        if (firstReason.isEmpty())
            firstReason = fit.reason;
    }
    choice.error = keys.size() == 1
            ? firstReason
            : QCoreApplication::translate("Key", "none of the %n key(s) fits %1", nullptr,
                                          int(keys.size()))
                      .arg(Algorithms::name(alg));
    return choice;
}
