// SPDX-License-Identifier: MIT
#include "tokenmodel.h"

#include "base64url.h"
#include "json.h"
#include "jsonedit.h"
#include "keyfit.h"
#include "modelaccess.h"
#include "modelupdate.h"
#include "panetexts.h"
#include "tokenmodelprivate.h"

#include <utility>

using PartError = TokenModel::PartError;

const KeyRing &ModelAccess::keyRing(const TokenModel &model)
{
    return model.d->key.ring();
}

const TokenVerdict &ModelAccess::verdict(const TokenModel &model)
{
    return model.d->verdict;
}

// ---- TokenModel --------------------------------------------------------------------------

TokenModel::TokenModel(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->take(decode(QString()));
}

TokenModel::~TokenModel() = default;

QString TokenModel::token() const
{
    return d->token;
}

TokenModel::Decoded TokenModel::decode(const QString &token)
{
    return PaneTexts::decode(token);
}

void TokenModel::setToken(const QString &token)
{
    if (token == d->token)
        return;
    setDecodedToken(decode(token));
}

void TokenModel::setDecodedToken(Decoded decoded)
{
    if (decoded.token == d->token)
        return;
    bool keyDropped = false;
    {
        TokenModelUpdate update(this);
        keyDropped = d->take(std::move(decoded));
    }
    if (keyDropped)
        emit keyChanged();
}

QString TokenModel::headerText() const
{
    return d->headerText;
}

QString TokenModel::payloadText() const
{
    return d->payloadText;
}

void TokenModel::setHeaderText(const QString &text)
{
    if (text == d->headerText)
        return;
    TokenModelUpdate update(this);
    d->headerText = text;
    d->signError = PartError();
    const QByteArray utf8 = text.toUtf8();
    if (d->parsed.isJwe() || PaneTexts::looksLikeJson(text) || d->headerIsJson
        || text.trimmed().isEmpty()) {
        const Json::Formatted compact = Json::compact(utf8);
        if (compact.error.isError()) {
            d->headerEditError = PartErrors::jsonEditError(utf8, compact.error);
            d->updateAll(false); // the token stays as it was
            return;
        }
        d->headerEditError = PartError();
        d->headerIsJson = true;
        if (d->parsed.isJwe()) {
            // Encrypted again with the new header, or put in place (stale).
            if (compact.text != d->compact.of(d->parsed.header()))
                d->editJwe(compact.text, d->jwe.known(), JweBinding::Mode::OnEdit);
        } else {
            d->encodeJson(TokenPart::Header, compact.text);
        }
    } else {
        d->headerEditError = PartError();
        d->replaceSegment(TokenPart::Header, Base64Url::encode(utf8));
    }
    d->updateAll(true);
}

void TokenModel::setPayloadText(const QString &text)
{
    if (text == d->payloadText)
        return;
    TokenModelUpdate update(this);
    d->payloadText = text;
    d->signError = PartError();
    const QByteArray utf8 = text.toUtf8();
    const bool json = d->payloadIsJson || PaneTexts::looksLikeJson(text);
    const Json::Formatted compact = json ? Json::compact(utf8) : Json::Formatted();
    if (json && compact.error.isError() && !text.trimmed().isEmpty()) {
        d->payloadEditError = PartErrors::jsonEditError(utf8, compact.error);
        d->updateAll(false);
        return;
    }
    d->payloadEditError = PartError();
    d->payloadIsJson = json;
    if (d->parsed.isJwe()) {
        // The plaintext, encrypted again (an edit of whitespace only leaves the token as it is).
        const QByteArray plaintext = json ? compact.text : utf8;
        if (!d->jwe.shows(plaintext))
            d->editJwe(d->compact.of(d->parsed.header()), plaintext, JweBinding::Mode::OnEdit);
    } else if (json) {
        d->encodeJson(TokenPart::Payload, compact.text);
    } else {
        // A plain-text payload (RFC 7515 allows any bytes): taken as written.
        d->replaceSegment(TokenPart::Payload, Base64Url::encode(utf8));
    }
    d->updateAll(true);
}

std::optional<Algorithm> TokenModel::algorithm() const
{
    return d->algorithm();
}

void TokenModel::setAlgorithm(Algorithm alg)
{
    const QByteArray name = Json::quote(Algorithms::name(alg));
    if (d->headerText.trimmed().isEmpty()) {
        setHeaderText(QString::fromUtf8("{\n  \"alg\": " + name + ",\n  \"typ\": \"JWT\"\n}"));
        return;
    }
    const std::optional<JsonEdit::Edit> edit
            = JsonEdit::setMember(d->headerText, u"alg", name, JsonEdit::Place::First);
    if (edit) // else not an object: nothing to rewrite in place (the header error says why)
        setHeaderText(JsonEdit::apply(d->headerText, *edit));
}

TokenModel::KeyInput TokenModel::keyInput() const
{
    return d->key.input();
}

QString TokenModel::keyText() const
{
    return d->key.text();
}

void TokenModel::setKey(KeyInput input, const QString &text, KeyOrigin origin)
{
    if (input == d->key.input() && text == d->key.text() && origin == d->keyOrigin)
        return;
    TokenModelUpdate update(this);
    d->key.set(input, text);
    d->keyOrigin = origin;
    d->sampleInput = origin == KeyOrigin::Sample ? d->parsed.signingInput() : QByteArray();
    d->sampleSigned.clear();
    d->sampleKeyCleared = false;
    d->signError = PartError();
    d->updateAll(false);
    emit keyChanged();
}

TokenModel::KeyOrigin TokenModel::keyOrigin() const
{
    return d->keyOrigin;
}

bool TokenModel::resignOnEdit() const
{
    return d->resignOnEdit;
}

void TokenModel::setResignOnEdit(bool on)
{
    if (on == d->resignOnEdit)
        return;
    d->resignOnEdit = on;
    emit resignOnEditChanged(on);
}

bool TokenModel::sign()
{
    TokenModelUpdate update(this);
    d->signError = PartError();
    const auto fail = [this](const QString &message) {
        d->signError = {-1, message};
        d->updateAll(false);
        return false;
    };
    if (d->parsed.form() == Token::Form::Empty)
        return fail(tr("there is no token to sign"));
    if (d->parsed.isJwe()) {
        // Encrypted again: the header as the pane has it (when it is JSON), the plaintext.
        const Json::Formatted header = Json::compact(d->headerText.toUtf8());
        QString why;
        if (!d->editJwe(header.error.isError() ? d->compact.of(d->parsed.header()) : header.text,
                        d->jwe.known(), JweBinding::Mode::OnRequest, &why))
            return fail(why);
        d->updateAll(true);
        return true;
    }
    const std::optional<Algorithm> alg = d->algorithm();
    if (!alg)
        return fail(d->parsed.hasAlg() ? tr("unknown algorithm \"%1\"").arg(d->parsed.alg())
                                       : tr("the header does not name an algorithm (alg)"));
    if (*alg == Algorithm::None)
        return fail(tr("alg \"none\" has no signature"));
    const QByteArray signingInput = d->parsed.header().encoded + '.' + d->parsed.payload().encoded;
    QString why;
    const std::optional<QByteArray> signature
            = d->key.sign(*alg, d->parsed.kid(), signingInput, &why);
    if (!signature)
        return fail(why);
    d->replaceBody(signingInput + '.' + *signature);
    d->signedHere = true;
    d->signedInput = d->parsed.signingInput();
    if (d->keyOrigin == KeyOrigin::Sample)
        d->sampleSigned = d->signedInput;
    d->resignNote.clear();
    d->updateAll(true);
    return true;
}

void TokenModel::setSessionKeys(SessionKeys *keys)
{
    if (keys == d->session)
        return;
    if (d->session)
        disconnect(d->session, nullptr, this, nullptr);
    d->session = keys;
    const auto apply = [this] {
        TokenModelUpdate update(this);
        d->key.setSession(d->session ? ModelAccess::sessionRing(*d->session) : KeyRing(),
                          d->session ? ModelAccess::sessionSigner(*d->session) : -1);
        d->updateAll(false);
    };
    if (keys)
        connect(keys, &SessionKeys::changed, this, apply);
    apply();
    emit sessionKeysChanged();
}

SessionKeys *TokenModel::sessionKeys() const
{
    return d->session;
}

TokenModel::Validation TokenModel::validation() const
{
    return d->validation;
}

void TokenModel::setValidation(const Validation &validation)
{
    if (validation == d->validation)
        return;
    TokenModelUpdate update(this);
    d->validation = validation;
    d->updateAll(false);
    emit validationChanged();
}

QList<TokenModel::ValidationFailure> TokenModel::validationFailures() const
{
    return d->failures;
}

std::optional<QDateTime> TokenModel::fixedClock() const
{
    return d->fixedClock;
}

void TokenModel::setFixedClock(const std::optional<QDateTime> &instant)
{
    if (instant == d->fixedClock)
        return;
    TokenModelUpdate update(this);
    d->fixedClock = instant;
    d->refreshTimes();
    emit clockChanged();
}

qint64 TokenModel::leeway() const
{
    return d->leeway;
}

void TokenModel::setLeeway(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds == d->leeway)
        return;
    TokenModelUpdate update(this);
    d->leeway = seconds;
    d->refreshTimes();
    emit clockChanged();
}

QDateTime TokenModel::now() const
{
    return d->now();
}

void TokenModel::refreshClock()
{
    TokenModelUpdate update(this);
    d->refreshTimes();
}

void TokenModel::retranslate()
{
    TokenModelUpdate update(this);
    d->parse(); // the engine's messages are made in the language of the moment
    d->key.reload();
    d->updateAll(true);
}

const Token &TokenModel::parsed() const
{
    return d->parsed;
}

QList<TokenModel::SegmentRange> TokenModel::segments() const
{
    return d->segments;
}

QString TokenModel::signatureText() const
{
    const Segment &sig = d->parsed.signature();
    return sig.present ? QString::fromLatin1(sig.encoded) : QString();
}

TokenModel::PartError TokenModel::tokenError() const
{
    return d->errors.token;
}

TokenModel::PartError TokenModel::headerError() const
{
    return d->errors.header;
}

TokenModel::PartError TokenModel::payloadError() const
{
    return d->errors.payload;
}

TokenModel::PartError TokenModel::signatureError() const
{
    return d->errors.signature;
}

TokenModel::PartError TokenModel::keyError() const
{
    return d->key.error();
}

TokenModel::VerifyState TokenModel::verifyState() const
{
    return d->badge.state;
}

QString TokenModel::verifyReason() const
{
    return d->badge.reason;
}

QString TokenModel::keyDescription() const
{
    return d->badge.keyDescription;
}

TokenModel::KeyInfo TokenModel::chosenKey() const
{
    const TokenVerdict &v = d->verdict;
    if (v.keyIndex < 0 || v.fit.verdict == KeyFit::Verdict::Mismatch)
        return {};
    const Key &key = d->key.ring().at(v.keyIndex);
    return {key.description(), key.kid(), key.isPrivate()};
}

bool TokenModel::isSignedHere() const
{
    return d->signedHere;
}

TokenModel::Encryption TokenModel::encryption() const
{
    return d->jwe.describe(d->parsed, d->verdict, d->badge);
}

ClaimsReport TokenModel::claimsReport() const
{
    return d->claims.report();
}

QList<TokenModel::Claim> TokenModel::claims() const
{
    return d->claims.claims();
}

QList<Finding> TokenModel::findings() const
{
    return d->findings;
}
