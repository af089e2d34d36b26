// SPDX-License-Identifier: MIT
#include "keymaterial.h"

#include "base64url.h"
#include "json.h"
#include "jws.h"

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
    m_ring = KeyRing();
    cleanse(m_secret);
    if (m_text.isEmpty())
        return;
    switch (m_input) {
    case TokenModel::KeyInput::SecretText:
        m_secret = m_text.toUtf8();
        m_ring = KeyRing::fromSecret(m_secret);
        break;
    case TokenModel::KeyInput::SecretBase64: {
        std::optional<QByteArray> bytes = decodeSecretBase64(m_text);
        if (!bytes) {
            m_ring.setLoadError(Text::tr("the secret is not valid base64 or base64url"));
        } else if (bytes->isEmpty()) {
            m_ring.setLoadError(Text::tr("the secret is empty"));
        } else {
            m_secret = std::move(*bytes);
            m_ring = KeyRing::fromSecret(m_secret);
        }
        break;
    }
    case TokenModel::KeyInput::KeyText: {
        QByteArray utf8 = m_text.toUtf8();
        m_ring = KeyRing::fromText(utf8);
        cleanse(utf8);
        if (m_ring.isEmpty() && m_ring.loadError().isEmpty())
            m_ring.setLoadError(Text::tr("no key found in the text"));
        break;
    }
    }
}

std::optional<QByteArray> KeyMaterial::sign(Algorithm alg, QStringView kid,
                                            QByteArrayView signingInput, QString *why) const
{
    if (m_ring.isEmpty()) {
        *why = !m_ring.loadError().isEmpty() ? m_ring.loadError() : Text::tr("no key to sign with");
        return std::nullopt;
    }
    const KeyRing::Choice choice = m_ring.choose(alg, kid);
    if (choice.index < 0) {
        *why = choice.error.isEmpty() ? Text::tr("no key fits %1").arg(Algorithms::name(alg))
                                      : choice.error;
        return std::nullopt;
    }
    const Key &signer = m_ring.at(choice.index);
    if (!signer.isPrivate()) {
        *why = Text::tr("a public key cannot sign: enter the private key");
        return std::nullopt;
    }
    const Signature s = ::sign(alg, signer, signingInput);
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
