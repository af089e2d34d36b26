// SPDX-License-Identifier: MIT
#include "jwebinding.h"

#include "jsonedit.h"
#include "jwe.h"
#include "jwealgorithm.h"
#include "keymaterial.h"

#include <QCoreApplication>

namespace {

// The model's words: the translation context is TokenModel's.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(TokenModel)
};

using VerifyState = TokenModel::VerifyState;

/// The members Jwe::encrypt() sets anew each time.
constexpr const char16_t *generatedMembers[] = {u"epk", u"p2s", u"p2c", u"iv", u"tag"};

QString stringMember(const Json::Object &object, QStringView name)
{
    const Json::Member *m = object.find(name);
    return m && m->kind == Json::ValueKind::String ? m->string() : QString();
}

/// The token's text from its first segment to its last.
QByteArray bodyOf(const Token &token)
{
    QList<QByteArray> pieces;
    for (const Segment &s : token.segments())
        pieces.append(s.encoded);
    return pieces.join('.');
}

/// The key of @p ring that encrypts for @p alg and @p enc: @p preferred (the one that
/// decrypted the token) when it fits, else the one the header's kid names, else the first
/// that fits. -1 with @p why when none does.
qsizetype encryptionKey(const KeyRing &ring, JweAlg alg, JweEnc enc, const QString &kid,
                        qsizetype preferred, QString *why)
{
    const auto fits = [&](qsizetype i) {
        const KeyFit fit = Jwe::checkFit(ring.at(i), alg, enc, JweDirection::Encrypt);
        if (fit.verdict == KeyFit::Verdict::Mismatch && why->isEmpty())
            *why = fit.reason;
        return fit.verdict != KeyFit::Verdict::Mismatch;
    };
    if (preferred >= 0 && preferred < ring.size() && fits(preferred))
        return preferred;
    if (!kid.isEmpty()) {
        for (qsizetype i = 0; i < ring.size(); ++i) {
            if (ring.at(i).kid() == kid && fits(i))
                return i;
        }
    }
    for (qsizetype i = 0; i < ring.size(); ++i) {
        if (fits(i))
            return i;
    }
    if (why->isEmpty())
        *why = Text::tr("no key to encrypt with");
    return -1;
}

} // namespace

JweBinding::~JweBinding()
{
    cleanse(m_plaintext);
    cleanse(m_pastedPlaintext);
}

QByteArray JweBinding::withoutGenerated(const QByteArray &header)
{
    QByteArray out = header;
    for (const char16_t *name : generatedMembers)
        out = JsonEdit::removeCompact(out, QStringView(name));
    return out;
}

void JweBinding::setPlaintext(const std::optional<QByteArray> &plaintext)
{
    if (plaintext && m_hasPlaintext && *plaintext == m_plaintext)
        return;
    cleanse(m_plaintext);
    m_hasPlaintext = plaintext.has_value();
    if (plaintext)
        m_plaintext = QByteArray(plaintext->constData(), plaintext->size()); // our own copy
    m_claims = m_hasPlaintext ? Json::readObject(m_plaintext) : Json::Object();
    const Token inner = m_hasPlaintext ? Token::parse(QByteArrayView(m_plaintext)) : Token();
    m_plaintextIsToken = (inner.form() == Token::Form::Jws || inner.form() == Token::Form::Jwe)
            && inner.isWellFormed();
    // A signed token inside: the claims are its payload's.
    if (m_plaintextIsToken && inner.form() == Token::Form::Jws)
        m_claims = inner.payloadObject();
}

QByteArray JweBinding::comparable(const QByteArray &plaintext) const
{
    const Json::Formatted compact = Json::compact(plaintext);
    return compact.error.isError() || plaintext.trimmed().isEmpty() ? plaintext : compact.text;
}

void JweBinding::remember(const Token &token)
{
    setPlaintext(std::nullopt);
    m_stale = m_encryptedHere = false;
    m_encryptedWith = -1;
    m_note.clear();
    m_verifiedBody.clear(); // the verdict was another token's since
    cleanse(m_pastedPlaintext);
    m_pastedPlaintextKnown = false;
    m_pasted = token.isJwe();
    m_pastedBody = m_pasted ? bodyOf(token) : QByteArray();
    m_pastedHeader = m_pasted ? withoutGenerated(Json::compact(token.header().decoded).text)
                              : QByteArray();
}

bool JweBinding::verify(const Token &token, const KeyMaterial &key, TokenVerdict &verdict)
{
    const QByteArray body = bodyOf(token);
    if (body != m_verifiedBody || key.generation() != m_verifiedKeys || body.isEmpty()) {
        verdict = verifyToken(token, key.ring());
        m_verifiedBody = body;
        m_verifiedKeys = key.generation();
    }
    return sync(token, verdict);
}

bool JweBinding::sync(const Token &token, const TokenVerdict &verdict)
{
    const bool had = m_hasPlaintext;
    const QByteArray before = m_plaintext;
    const JweDecryption *decryption = verdict.decryption.get();
    const bool decrypted
            = token.isJwe() && verdict.state == TokenVerdict::State::Decrypted && decryption;
    if (m_stale) {
        // The user's plaintext stands until it is encrypted, whatever the old token holds.
    } else if (decrypted) {
        setPlaintext(decryption->result.plaintext);
        if (m_pasted && !m_pastedPlaintextKnown && bodyOf(token) == m_pastedBody) {
            m_pastedPlaintext = decryption->result.plaintext;
            m_pastedPlaintext.detach();
            m_pastedPlaintextKnown = true;
        }
    } else if (!m_encryptedHere || !token.isJwe()) {
        setPlaintext(std::nullopt);
    }
    return had != m_hasPlaintext || before != m_plaintext;
}

QString JweBinding::paneText(bool *isJson) const
{
    *isJson = false;
    if (!m_hasPlaintext)
        return QString();
    const Json::Formatted pretty = Json::pretty(m_plaintext);
    if (!pretty.error.isError() && !m_plaintext.trimmed().isEmpty()) {
        *isJson = true;
        return QString::fromUtf8(pretty.text);
    }
    return QString::fromUtf8(m_plaintext);
}

bool JweBinding::shows(const QByteArray &plaintext) const
{
    return m_hasPlaintext && comparable(plaintext) == comparable(m_plaintext);
}

QString JweBinding::followHeader(const QString &text, const QByteArray &header)
{
    const auto says = [&header](const QString &t) {
        const Json::Formatted compact = Json::compact(t.toUtf8());
        return !compact.error.isError() && compact.text == header;
    };
    if (says(text))
        return text;
    QString followed = text;
    for (const char16_t *name : generatedMembers) {
        const QByteArray value = JsonEdit::memberValue(header, QStringView(name));
        if (value.isNull())
            continue;
        const std::optional<JsonEdit::Edit> edit
                = JsonEdit::setMember(followed, QStringView(name), value);
        if (!edit)
            break;
        followed = JsonEdit::apply(followed, *edit);
    }
    if (says(followed))
        return followed;
    return QString::fromUtf8(Json::pretty(header).text);
}

JweBinding::Edit JweBinding::edit(const Token &token, const QByteArray &header,
                                  const std::optional<QByteArray> &plaintext, Mode mode,
                                  bool encryptOnEdit, const KeyRing &ring, qsizetype decryptedWith)
{
    Edit out;
    m_note.clear();
    setPlaintext(plaintext);

    // Back to what was pasted: its bytes again, decrypted as themselves.
    const bool samePlaintext = plaintext
            ? m_pastedPlaintextKnown && comparable(*plaintext) == comparable(m_pastedPlaintext)
            : !m_pastedPlaintextKnown;
    if (mode == Mode::OnEdit && m_pasted && withoutGenerated(header) == m_pastedHeader
        && samePlaintext) {
        m_stale = m_encryptedHere = false;
        m_encryptedWith = -1;
        if (m_pastedPlaintextKnown)
            setPlaintext(m_pastedPlaintext);
        if (bodyOf(token) != m_pastedBody)
            out.body = m_pastedBody;
        return out;
    }

    QString why;
    if (mode == Mode::OnRequest || encryptOnEdit) {
        const Json::Object object = Json::readObject(header);
        const std::optional<JweAlg> alg = JweAlgorithms::algFromName(stringMember(object, u"alg"));
        const std::optional<JweEnc> enc = JweAlgorithms::encFromName(stringMember(object, u"enc"));
        if (!plaintext) {
            why = Text::tr("the plaintext is not known: enter the key that decrypts the token, "
                           "or type the plaintext");
        } else if (!alg || !enc) {
            why = Text::tr("the header names no JWE algorithm (alg) and encryption (enc) this "
                           "program knows");
        } else if (!JweAlgorithms::canEncrypt(*alg)) {
            why = Text::tr("%1 tokens are decrypted here but never made (RFC 8725 §3.2): choose "
                           "RSA-OAEP-256")
                          .arg(JweAlgorithms::name(*alg));
        } else if (ring.isEmpty()) {
            why = !ring.loadError().isEmpty() ? ring.loadError()
                                              : Text::tr("no key to encrypt with");
        } else {
            const qsizetype index = encryptionKey(ring, *alg, *enc, stringMember(object, u"kid"),
                                                  decryptedWith, &why);
            if (index >= 0) {
                const JweEncrypted made = Jwe::encrypt(header, *plaintext, ring.at(index));
                if (made.ok()) {
                    m_stale = false;
                    m_encryptedHere = true;
                    m_encryptedWith = index;
                    out.body = made.compact;
                    out.encryptedHeader = made.protectedHeader;
                    return out;
                }
                why = made.error;
            }
        }
        if (mode == Mode::OnRequest) {
            out.error = why;
            return out;
        }
    } else {
        why = Text::tr("re-encrypting on edit is off");
    }

    // Not encrypted again: the plaintext is the user's, and an edited header goes in place of
    // the old one, whose tag it no longer matches.
    m_stale = true;
    m_note = why;
    if (header != Json::compact(token.header().decoded).text) {
        QList<QByteArray> pieces;
        for (const Segment &s : token.segments())
            pieces.append(s.encoded);
        pieces[0] = header.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        out.body = pieces.join('.');
    }
    return out;
}

Badge JweBinding::badge(const Token &token, const KeyRing &ring, const TokenVerdict &verdict) const
{
    Badge badge = Badge::of(token, ring, verdict, {});
    if (token.form() == Token::Form::Empty)
        return badge;
    if (m_stale) {
        badge.state = VerifyState::Stale;
        badge.reason = m_note.isEmpty()
                ? Text::tr("Edited and not encrypted again: the token still holds the old "
                           "content")
                : Text::tr("Edited and not encrypted again (%1): the token still holds the "
                           "old content")
                          .arg(m_note);
        return badge;
    }
    if (m_encryptedHere && m_encryptedWith >= 0 && m_encryptedWith < ring.size()) {
        const Key &key = ring.at(m_encryptedWith);
        badge.state = VerifyState::Reencrypted;
        badge.keyDescription = key.description();
        badge.reason = verdict.state == TokenVerdict::State::Decrypted
                ? Text::tr("Encrypted here with your %1 (a new CEK and IV): this says nothing "
                           "about the original token")
                          .arg(key.description())
                : Text::tr("Encrypted here for the %1 (a new CEK and IV): only the matching "
                           "private key decrypts it")
                          .arg(key.description());
    }
    return badge;
}

namespace {

/// "JWE (alg, enc)" or "JWS (alg)" for a layer of a nested token.
QString layerTitle(const Token &token)
{
    const Json::Object &header = token.headerObject();
    if (token.isJwe()) {
        return Text::tr("JWE (%1, %2)")
                .arg(stringMember(header, u"alg"), stringMember(header, u"enc"));
    }
    return Text::tr("JWS (%1)").arg(stringMember(header, u"alg"));
}

} // namespace

TokenModel::Encryption JweBinding::describe(const Token &token, const TokenVerdict &verdict,
                                            const Badge &badge) const
{
    TokenModel::Encryption e;
    e.isJwe = token.isJwe();
    if (!e.isJwe)
        return e;
    const Json::Object &header = token.headerObject();
    e.alg = stringMember(header, u"alg");
    e.enc = stringMember(header, u"enc");
    const std::optional<JweAlg> alg = JweAlgorithms::algFromName(e.alg);
    const std::optional<JweEnc> enc = JweAlgorithms::encFromName(e.enc);
    if (alg) {
        const JweAlgFamily family = JweAlgorithms::family(*alg);
        e.password = family == JweAlgFamily::Pbes2;
        e.sharedKey = family == JweAlgFamily::AesKw || family == JweAlgFamily::Direct
                || family == JweAlgFamily::AesGcmKw || e.password;
    }
    e.canEncrypt = alg && enc && JweAlgorithms::canEncrypt(*alg);
    e.decrypted = verdict.state == TokenVerdict::State::Decrypted && !m_stale;
    // What the pane shows decides: a nested token typed and not encrypted yet is one too.
    const QByteArray trimmed = m_plaintext.trimmed();
    e.nested = m_hasPlaintext
            && (m_plaintextIsToken
                || (stringMember(header, u"cty").compare(QLatin1String("JWT"), Qt::CaseInsensitive)
                            == 0
                    && !trimmed.isEmpty() && !trimmed.startsWith('{')));
    e.encryptedHere = m_encryptedHere;
    e.layers.append({layerTitle(token), badge.state, badge.reason, true});
    // The layers inside, while the pane shows what was decrypted.
    const TokenVerdict *at = &verdict;
    while (e.decrypted && at->state == TokenVerdict::State::Decrypted && at->decryption
           && at->decryption->nested && !at->decryption->tooDeep) {
        const TokenVerdict &inner = at->decryption->innerVerdict;
        e.layers.append({layerTitle(at->decryption->inner), Badge::stateOf(inner.state),
                         inner.reason, at->decryption->inner.isJwe()});
        at = &inner;
    }
    return e;
}
