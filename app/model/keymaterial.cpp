// SPDX-License-Identifier: MIT
#include "keymaterial.h"

#include "base64url.h"
#include "json.h"
#include "jws.h"
#include "keyfit.h"

#include <QCoreApplication>

#include <optional>
#include <utility>

namespace {

// The model's words: the translation context is TokenModel's.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenModel)
};

/// Base64 or base64url, '=' padding and whitespace allowed (what people paste as a secret).
std::optional<QByteArray> decodeSecretBase64(const QString &text)
{
    QByteArray bytes = text.toLatin1();
    QByteArray clean;
    clean.reserve(bytes.size());
    for (char c : std::as_const(bytes)) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        clean.append(c == '+' ? '-' : c == '/' ? '_' : c);
    }
    cleanse(bytes);
    auto result = QByteArray::fromBase64Encoding(
            clean, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    cleanse(clean);
    if (!result)
        return std::nullopt;
    return std::move(result.decoded);
}

/// What makes two keys the same key for the verdict ring: the RFC 7638 thumbprint, and
/// whether the private part is there. Empty for a key that cannot be made.
QByteArray printOf(const KeyRing &ring, qsizetype index)
{
    const Key &key = ring.at(index);
    if (key.isNull())
        return {};
    return key.thumbprint() + (key.isPrivate() ? '+' : '-');
}

/// A field holding a large JWKS is not compared key by key (its keys are made when chosen).
constexpr qsizetype MaxComparedKeys = 64;

} // namespace

void cleanse(QString &s)
{
    if (!s.isEmpty() && !s.isDetached())
        s = QString(); // shared with someone else's copy: ours holds nothing of its own
    s.fill(QChar(0));
    s.clear();
}

void cleanse(QByteArray &b)
{
    b.fill('\0');
    b.clear();
}

KeyMaterial::~KeyMaterial()
{
    cleanse(m_text);
    cleanse(m_secret);
}

void KeyMaterial::set(TokenModel::KeyInput input, const QString &text)
{
    cleanse(m_text);
    m_input = input;
    m_text = QString(text.constData(), text.size()); // our own copy, cleansed on replace
    reload();
}

void KeyMaterial::reload()
{
    ++m_generation;
    m_own = KeyRing();
    m_ownPrints.clear();
    cleanse(m_secret);
    if (m_text.isEmpty()) {
        combine();
        return;
    }
    switch (m_input) {
    case TokenModel::KeyInput::SecretText:
        m_secret = m_text.toUtf8();
        m_own = KeyRing::fromSecret(m_secret);
        break;
    case TokenModel::KeyInput::SecretBase64: {
        std::optional<QByteArray> bytes = decodeSecretBase64(m_text);
        if (!bytes) {
            m_own.setLoadError(Text::tr("the secret is not valid base64 or base64url"));
        } else if (bytes->isEmpty()) {
            m_own.setLoadError(Text::tr("the secret is empty"));
        } else {
            m_secret = std::move(*bytes);
            m_own = KeyRing::fromSecret(m_secret);
        }
        break;
    }
    case TokenModel::KeyInput::KeyText: {
        QByteArray utf8 = m_text.toUtf8();
        m_own = KeyRing::fromText(utf8);
        cleanse(utf8);
        if (m_own.isEmpty() && m_own.loadError().isEmpty())
            m_own.setLoadError(Text::tr("no key found in the text"));
        break;
    }
    }
    if (m_own.size() <= MaxComparedKeys) {
        for (qsizetype i = 0; i < m_own.size(); ++i)
            m_ownPrints.append(printOf(m_own, i));
    }
    combine();
}

void KeyMaterial::setSession(const KeyRing &session, qsizetype signer)
{
    m_session = session;
    m_sessionSigner = signer >= 0 && signer < session.size() ? signer : -1;
    m_sessionPrints.clear();
    for (qsizetype i = 0; i < m_session.size(); ++i)
        m_sessionPrints.append(printOf(m_session, i));
    ++m_generation;
    combine();
}

void KeyMaterial::combine()
{
    m_signer = -1;
    m_ring = m_own;
    if (m_session.isEmpty())
        return;
    m_ring.setLoadError(QString());
    if (m_sessionSigner >= 0) {
        // The key picked for signing comes first: what is signed with it verifies with it.
        KeyRing ring;
        ring.add(m_session.at(m_sessionSigner), m_session.origin(m_sessionSigner));
        for (qsizetype i = 0; i < m_own.size(); ++i)
            ring.add(m_own.at(i), m_own.origin(i));
        m_ring = ring;
        m_signer = 0;
    }
    for (qsizetype i = 0; i < m_session.size(); ++i) {
        // A key the field holds already is offered once, the field's: the window's ring
        // lists what the user typed or pasted, and that changes no verdict.
        const QByteArray &print = m_sessionPrints.at(i);
        if (i != m_sessionSigner && !(!print.isEmpty() && m_ownPrints.contains(print)))
            m_ring.add(m_session.at(i), m_session.origin(i));
    }
}

std::optional<QByteArray> KeyMaterial::sign(Algorithm alg, QStringView kid,
                                            QByteArrayView signingInput, QString *why) const
{
    if (m_ring.isEmpty()) {
        *why = !m_ring.loadError().isEmpty() ? m_ring.loadError() : Text::tr("no key to sign with");
        return std::nullopt;
    }
    // The key the user picked in the key ring signs when it fits.
    if (m_signer >= 0) {
        const Key &picked = m_ring.at(m_signer);
        if (!picked.isNull() && picked.isPrivate()
            && checkFit(picked, alg).verdict != KeyFit::Verdict::Mismatch) {
            const Signature s = ::sign(alg, picked, signingInput);
            if (s.ok())
                return Base64Url::encode(s.bytes);
        }
    }
    const KeyRing::Choice choice = m_ring.choose(alg, kid);
    if (choice.index < 0) {
        *why = choice.error.isEmpty() ? Text::tr("no key fits %1").arg(Algorithms::name(alg))
                                      : choice.error;
        return std::nullopt;
    }
    const Key *signer = &m_ring.at(choice.index);
    // A public key chosen first (a JWKS beside a private key in the ring): a private key
    // that fits signs, one with the token's kid first.
    for (qsizetype i = 0; !signer->isPrivate() && i < m_ring.size(); ++i) {
        const Key &other = m_ring.at(i);
        if (other.isPrivate() && (kid.isEmpty() || other.kid() == kid || other.kid().isEmpty())
            && checkFit(other, alg).verdict != KeyFit::Verdict::Mismatch)
            signer = &other;
    }
    if (!signer->isPrivate()) {
        *why = Text::tr("a public key cannot sign: enter the private key");
        return std::nullopt;
    }
    const Signature s = ::sign(alg, *signer, signingInput);
    if (!s.ok()) {
        *why = s.error;
        return std::nullopt;
    }
    return Base64Url::encode(s.bytes);
}

std::optional<QByteArray> KeyMaterial::signHeader(const QByteArray &encodedHeader,
                                                  QByteArrayView signingInput, QString *why) const
{
    const Json::Object header = Json::readObject(Base64Url::decode(encodedHeader).bytes);
    const Json::Member *algMember = header.find(u"alg");
    const std::optional<Algorithm> alg = algMember && algMember->kind == Json::ValueKind::String
            ? Algorithms::fromName(algMember->string())
            : std::nullopt;
    if (!alg) {
        *why = Text::tr("no known algorithm in the header");
        return std::nullopt;
    }
    if (*alg == Algorithm::None)
        return std::nullopt; // not signed, whatever the key
    const Json::Member *kidMember = header.find(u"kid");
    const QString kid = kidMember && kidMember->kind == Json::ValueKind::String
            ? kidMember->string()
            : QString();
    return sign(*alg, kid, signingInput, why);
}
