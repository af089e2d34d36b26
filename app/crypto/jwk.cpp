// SPDX-License-Identifier: MIT
#include "jwk.h"

#include "base64url.h"
#include "digest.h"
#include "keydata.h"
#include "ossl.h"
#include "securebytes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QJsonValue>
#include <QStringList>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/param_build.h>

#include <memory>
#include <vector>

// ---------------------------------------------------------------------------------------------
// Reading

namespace {

class JwkReader
{
public:
    JwkReader(const QJsonObject &object, QString prefix, bool build)
        : m_o(object)
        , m_prefix(std::move(prefix))
        , m_build(build)
    { }

    QString error;

    /// false: the members are read and checked, and no key is made (OpenSSL is not asked).
    bool building() const { return m_build; }

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
    bool m_build = true;
};

/// Pushes a big-endian unsigned integer as an OSSL_PARAM BIGNUM. The builder keeps a copy;
/// the BIGNUM is kept in @p keep until the params are built.
bool pushBn(OSSL_PARAM_BLD *bld, const char *name, const QByteArray &bytes,
            std::vector<Ossl::BnPtr> *keep)
{
    BIGNUM *bn = BN_bin2bn(reinterpret_cast<const unsigned char *>(bytes.constData()),
                           int(bytes.size()), nullptr);
    if (!bn)
        return false;
    keep->push_back(Ossl::BnPtr(bn));
    return OSSL_PARAM_BLD_push_BN(bld, name, bn) == 1;
}

Ossl::PkeyPtr fromData(const char *type, OSSL_PARAM_BLD *bld, int selection)
{
    const Ossl::ParamPtr params(OSSL_PARAM_BLD_to_param(bld));
    if (!params)
        return nullptr;
    const Ossl::PkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, type, nullptr));
    EVP_PKEY *pkey = nullptr;
    const bool ok = ctx && EVP_PKEY_fromdata_init(ctx.get()) == 1
            && EVP_PKEY_fromdata(ctx.get(), &pkey, selection, params.get()) == 1;
    Ossl::PkeyPtr owned(pkey);
    if (!ok)
        return nullptr;
    return owned;
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
    if (n.at(0) == 0) {
        r.fail(QCoreApplication::translate("Key", "member \"n\" has a leading zero octet"));
        return nullptr;
    }
    if (!r.building())
        return nullptr;
    Ossl::ParamBldPtr bld(OSSL_PARAM_BLD_new());
    std::vector<Ossl::BnPtr> keep;
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
    Ossl::PkeyPtr pkey = ok
            ? fromData("RSA", bld.get(), priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY)
            : nullptr;
    if (!pkey) {
        r.fail(QCoreApplication::translate("Key", "not a valid RSA key"));
        return nullptr;
    }
    QString error;
    auto data = KeyData::fromPkey(pkey.release(), &error);
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
    if (!r.error.isEmpty() || !r.building())
        return nullptr;
    const QByteArray point = QByteArray(1, '\x04') + x + y;
    Ossl::ParamBldPtr bld(OSSL_PARAM_BLD_new());
    std::vector<Ossl::BnPtr> keep;
    bool ok = bld
            && OSSL_PARAM_BLD_push_utf8_string(bld.get(), OSSL_PKEY_PARAM_GROUP_NAME, c->openssl, 0)
                    == 1
            && OSSL_PARAM_BLD_push_octet_string(bld.get(), OSSL_PKEY_PARAM_PUB_KEY,
                                                point.constData(), size_t(point.size()))
                    == 1;
    if (ok && priv)
        ok = pushBn(bld.get(), OSSL_PKEY_PARAM_PRIV_KEY, d.bytes(), &keep);
    Ossl::PkeyPtr pkey = ok
            ? fromData("EC", bld.get(), priv ? EVP_PKEY_KEYPAIR : EVP_PKEY_PUBLIC_KEY)
            : nullptr;
    if (!pkey) {
        r.fail(QCoreApplication::translate("Key", "the point (\"x\", \"y\") is not on curve %1")
                       .arg(crv));
        return nullptr;
    }
    // fromdata checks neither that the point lies on the curve (KeyData::fromPkey does) nor
    // that "d" matches it.
    QString error;
    auto data = KeyData::fromPkey(pkey.release(), &error);
    if (!data) {
        r.fail(error);
        return nullptr;
    }
    if (priv) {
        Ossl::PkeyCtxPtr check(EVP_PKEY_CTX_new_from_pkey(nullptr, data->pkey.get(), nullptr));
        if (!check || EVP_PKEY_pairwise_check(check.get()) != 1) {
            ERR_clear_error();
            r.fail(QCoreApplication::translate("Key",
                                               "member \"d\" does not match the public point"));
            return nullptr;
        }
    }
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
    if (!r.error.isEmpty() || !r.building())
        return nullptr;
    Ossl::PkeyPtr pkey;
    if (priv) {
        pkey.reset(EVP_PKEY_new_raw_private_key_ex(
                nullptr, name, nullptr, reinterpret_cast<const unsigned char *>(d.bytes().data()),
                size_t(size)));
        // The public key follows from "d"; a different "x" means the JWK is inconsistent.
        unsigned char derived[57] = {};
        size_t len = sizeof derived;
        if (pkey
            && (EVP_PKEY_get_raw_public_key(pkey.get(), derived, &len) != 1 || len != size_t(size)
                || CRYPTO_memcmp(derived, x.constData(), len) != 0)) {
            r.fail(QCoreApplication::translate("Key", "member \"x\" does not match \"d\""));
            return nullptr;
        }
    } else {
        pkey.reset(EVP_PKEY_new_raw_public_key_ex(
                nullptr, name, nullptr, reinterpret_cast<const unsigned char *>(x.constData()),
                size_t(size)));
    }
    if (!pkey) {
        r.fail(QCoreApplication::translate("Key", "not a valid %1 key").arg(crv));
        return nullptr;
    }
    QString error;
    auto data = KeyData::fromPkey(pkey.release(), &error);
    if (!data)
        r.fail(error);
    return data;
}

/// What "use" and "key_ops" say (RFC 7517 §4.2, §4.3): whether the key may sign and verify.
struct Usage
{
    QString use;
    QStringList keyOps;
    bool signs = true;
};

Usage readUsage(const QJsonObject &o, JwkReader &r)
{
    Usage usage;
    usage.use = r.string("use", false);
    const QJsonValue ops = o.value(QLatin1String("key_ops"));
    if (!ops.isUndefined()) {
        if (!ops.isArray()) {
            r.fail(QCoreApplication::translate("Key", "member \"key_ops\" must be an array"));
            return usage;
        }
        for (const QJsonValue &op : ops.toArray()) {
            if (!op.isString()) {
                r.fail(QCoreApplication::translate("Key",
                                                   "member \"key_ops\" must hold strings"));
                return usage;
            }
            usage.keyOps.append(op.toString());
        }
        usage.signs = usage.keyOps.contains(QLatin1String("sign"))
                || usage.keyOps.contains(QLatin1String("verify"));
    }
    if (usage.use == QLatin1String("enc"))
        usage.signs = false;
    return usage;
}

/// One JWK object: read and checked, and with @p build made into a key (without, the result
/// is null and an empty @p error means the JWK is fine). @p unsupported is set when the
/// failure is an unknown kty or curve (a JWKS skips those, RFC 7517 §5).
std::shared_ptr<KeyData> keyFromJwk(const QJsonObject &o, const QString &prefix, bool build,
                                    QString *error, bool *unsupported)
{
    JwkReader r(o, prefix, build);
    *unsupported = false;
    const QString kty = r.string("kty", true);
    const QString kid = r.string("kid", false);
    const QString alg = r.string("alg", false);
    const Usage usage = readUsage(o, r);
    std::shared_ptr<KeyData> data;
    if (r.error.isEmpty()) {
        if (kty == QLatin1String("oct")) {
            SecureBytes k(r.bytes("k", true));
            if (r.error.isEmpty() && build)
                data = KeyData::fromSecret(k.bytes());
        } else if (kty == QLatin1String("RSA")) {
            data = rsaFromJwk(r);
        } else if (kty == QLatin1String("EC")) {
            data = ecFromJwk(r);
            *unsupported = !r.error.isEmpty() && !curveByJose(o.value(QLatin1String("crv")).toString());
        } else if (kty == QLatin1String("OKP")) {
            data = okpFromJwk(r);
            const QString crv = o.value(QLatin1String("crv")).toString();
            *unsupported = !r.error.isEmpty() && crv != QLatin1String("Ed25519")
                    && crv != QLatin1String("Ed448") && crv != QLatin1String("X25519")
                    && crv != QLatin1String("X448");
        } else {
            r.fail(QCoreApplication::translate("Key", "unsupported kty \"%1\"").arg(kty));
            *unsupported = true;
        }
    }
    if (!r.error.isEmpty() || (build && !data)) {
        *error = r.error.isEmpty()
                ? QCoreApplication::translate("Key", "%1: not a usable key").arg(prefix)
                : r.error;
        return nullptr;
    }
    if (!build)
        return nullptr;
    data->kid = kid;
    data->jwkAlg = alg;
    data->hasJwkAlg = !alg.isEmpty();
    data->jwkAlgorithm = Algorithms::fromName(alg).value_or(Algorithm::None);
    data->use = usage.use;
    data->keyOps = usage.keyOps;
    data->signs = usage.signs;
    return data;
}

/// The entry of a JWK that read well (its members as choosing a key needs them).
JwkEntry entryOf(const QJsonObject &o, const QString &prefix)
{
    JwkEntry entry;
    entry.object = o;
    entry.prefix = prefix;
    entry.kid = o.value(QLatin1String("kid")).toString();
    entry.kty = o.value(QLatin1String("kty")).toString();
    entry.crv = o.value(QLatin1String("crv")).toString();
    entry.alg = o.value(QLatin1String("alg")).toString();
    JwkReader r(o, prefix, false);
    entry.signs = readUsage(o, r).signs;
    return entry;
}

QString readJwk(QByteArrayView text, JwkEntries *set)
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
        const QString prefix = QCoreApplication::translate("Key", "JWK");
        keyFromJwk(root, prefix, false, &error, &unsupported);
        if (!error.isEmpty())
            return error;
        set->entries.append(entryOf(root, prefix));
        return {};
    }
    set->format = KeyFormat::Jwks;
    const QJsonValue keys = root.value(QLatin1String("keys"));
    if (!keys.isArray())
        return QCoreApplication::translate("Key", "JWKS: member \"keys\" must be an array");
    const QJsonArray array = keys.toArray();
    if (array.isEmpty())
        return QCoreApplication::translate("Key", "JWKS: the key set is empty");
    set->entries.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        // Counted from 1, as a person counts the keys of the set.
        const QString prefix = QCoreApplication::translate("Key", "JWKS: key %1").arg(i + 1);
        if (!array.at(i).isObject())
            return QCoreApplication::translate("Key", "%1: expected a JSON object").arg(prefix);
        const QJsonObject o = array.at(i).toObject();
        QString error;
        bool unsupported = false;
        keyFromJwk(o, prefix, false, &error, &unsupported);
        if (error.isEmpty())
            set->entries.append(entryOf(o, prefix));
        else if (unsupported)
            set->skipped.append(error);
        else
            return error;
    }
    if (set->entries.isEmpty())
        return set->skipped.value(0, QCoreApplication::translate("Key", "JWKS: no usable key"));
    return {};
}

} // namespace

JwkEntries readJwkEntries(QByteArrayView text)
{
    JwkEntries set;
    const QString error = readJwk(text, &set);
    if (!error.isEmpty()) {
        set.error = error;
        set.entries.clear();
    }
    return set;
}

Key makeJwkKey(const JwkEntry &entry, QString *error)
{
    bool unsupported = false;
    auto data = keyFromJwk(entry.object, entry.prefix, true, error, &unsupported);
    ERR_clear_error(); // failed attempts leave entries on this thread's error queue
    return data ? Key(std::move(data)) : Key();
}

KeySet loadJwkKeys(QByteArrayView text)
{
    const JwkEntries entries = readJwkEntries(text);
    KeySet set;
    set.format = entries.format;
    set.skipped = entries.skipped;
    set.error = entries.error;
    for (const JwkEntry &entry : entries.entries) {
        QString error;
        const Key key = makeJwkKey(entry, &error);
        if (key.isNull()) {
            set.error = error;
            set.keys.clear();
            return set;
        }
        set.keys.append(key);
    }
    return set;
}

// ---------------------------------------------------------------------------------------------
// Writing

namespace {

QByteArray bnParam(const EVP_PKEY *pkey, const char *name, int padTo = 0)
{
    BIGNUM *raw = nullptr;
    if (EVP_PKEY_get_bn_param(pkey, name, &raw) != 1)
        return {};
    Ossl::BnPtr bn(raw);
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
        appendMember(out, "e", b64(bnParam(d.pkey.get(), OSSL_PKEY_PARAM_RSA_E)));
        appendMember(out, "kty", "RSA");
        appendMember(out, "n", b64(bnParam(d.pkey.get(), OSSL_PKEY_PARAM_RSA_N)));
        break;
    case KeyKind::Ec: {
        const int field = curveFieldBytes(d.curve);
        appendMember(out, "crv", d.curve.toLatin1());
        appendMember(out, "kty", "EC");
        appendMember(out, "x", b64(bnParam(d.pkey.get(), OSSL_PKEY_PARAM_EC_PUB_X, field)));
        appendMember(out, "y", b64(bnParam(d.pkey.get(), OSSL_PKEY_PARAM_EC_PUB_Y, field)));
        break;
    }
    case KeyKind::Ed25519:
    case KeyKind::Ed448:
    case KeyKind::X25519:
    case KeyKind::X448: {
        size_t len = 0;
        EVP_PKEY_get_raw_public_key(d.pkey.get(), nullptr, &len);
        QByteArray x(qsizetype(len), Qt::Uninitialized);
        EVP_PKEY_get_raw_public_key(d.pkey.get(), reinterpret_cast<unsigned char *>(x.data()),
                                    &len);
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
            appendSecretMember(out, "d", bnParam(d->pkey.get(), OSSL_PKEY_PARAM_RSA_D));
            const QByteArray p = bnParam(d->pkey.get(), OSSL_PKEY_PARAM_RSA_FACTOR1);
            if (!p.isEmpty()) {
                appendSecretMember(out, "p", p);
                appendSecretMember(out, "q", bnParam(d->pkey.get(), OSSL_PKEY_PARAM_RSA_FACTOR2));
                appendSecretMember(out, "dp",
                                   bnParam(d->pkey.get(), OSSL_PKEY_PARAM_RSA_EXPONENT1));
                appendSecretMember(out, "dq",
                                   bnParam(d->pkey.get(), OSSL_PKEY_PARAM_RSA_EXPONENT2));
                appendSecretMember(out, "qi",
                                   bnParam(d->pkey.get(), OSSL_PKEY_PARAM_RSA_COEFFICIENT1));
            }
            break;
        }
        case KeyKind::Ec:
            appendSecretMember(
                    out, "d",
                    bnParam(d->pkey.get(), OSSL_PKEY_PARAM_PRIV_KEY, curveFieldBytes(d->curve)));
            break;
        case KeyKind::Ed25519:
        case KeyKind::Ed448:
        case KeyKind::X25519:
        case KeyKind::X448: {
            size_t len = 0;
            EVP_PKEY_get_raw_private_key(d->pkey.get(), nullptr, &len);
            QByteArray raw(qsizetype(len), Qt::Uninitialized);
            EVP_PKEY_get_raw_private_key(d->pkey.get(),
                                         reinterpret_cast<unsigned char *>(raw.data()), &len);
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
