// SPDX-License-Identifier: MIT
#include "tokenmodel.h"

#include "badge.h"
#include "base64url.h"
#include "claimslist.h"
#include "json.h"
#include "jws.h"
#include "keyfit.h"
#include "keyset.h"
#include "registry.h"
#include "utf8.h"
#include "jsonedit.h"
#include "editedhint.h"
#include "jwebinding.h"
#include "keymaterial.h"
#include "modelaccess.h"
#include "modelfindings.h"
#include "modelupdate.h"
#include "modelvalidation.h"
#include "panetexts.h"
#include "parterrors.h"
#include "pastedtoken.h"
#include "sessionkeys.h"
#include "verifier.h"

#include <QPointer>

#include <utility>

using PartError = TokenModel::PartError;

struct TokenModel::Private
{
    // ---- inputs
    QString token;
    QString headerText;
    QString payloadText;
    KeyMaterial key; ///< the session's key ring, from what the user typed
    KeyOrigin keyOrigin = KeyOrigin::User;
    /// With a sample key: the signing inputs it belongs to (the sample's, the last one signed
    /// here with it). Another token taken from the token side clears the key.
    QByteArray sampleInput;
    QByteArray sampleSigned;
    bool sampleKeyCleared = false;
    bool resignOnEdit = true;
    std::optional<QDateTime> fixedClock;
    qint64 leeway = 0;
    QPointer<SessionKeys> session; ///< the window's key ring, shared by its tabs
    Validation validation;

    // ---- what the token holds, and where it came from
    Token parsed;
    bool headerIsJson = true; ///< the header pane was decoded as JSON (or edited as JSON)
    bool payloadIsJson = true; ///< false: the payload is plain text and edits are taken verbatim
    PartError headerEditError;
    PartError payloadEditError;
    PartError signError; ///< sign() failing
    QString resignNote; ///< why the last edit was not re-signed
    bool signedHere = false;
    QByteArray signedInput; ///< the signing input the signature segment was made for
    PastedToken pasted; ///< an edit that comes back to it gets its bytes back
    EditedHint editedHint; ///< a token edited on the token side, its signature kept
    CompactSegments compact; ///< of the current header and payload segments
    JweBinding jwe; ///< a JWE's plaintext, pasted bytes and re-encryption

    // ---- derived
    QList<SegmentRange> segments;
    PartErrors::Errors errors;
    TokenVerdict verdict;
    Badge badge;
    QList<ValidationFailure> failures; ///< of the validation
    ClaimsList claims;
    ModelFindings findingsCache;
    QList<Finding> findings;

    std::optional<Algorithm> algorithm() const
    {
        if (!parsed.hasAlg())
            return std::nullopt;
        return Algorithms::fromName(parsed.alg());
    }

    QDateTime now() const
    {
        return fixedClock ? fixedClock->toUTC() : QDateTime::currentDateTimeUtc();
    }

    double nowSeconds() const { return double(now().toMSecsSinceEpoch()) / 1000.0; }

    // ---- the token ------------------------------------------------------------------------

    void parse() { adopt(Token::parse(token)); }

    void adopt(Token token, std::optional<QList<Finding>> contents = std::nullopt)
    {
        parsed = std::move(token);
        findingsCache.setToken(std::move(contents));
        compact.reset();
        segments.clear();
        for (const Segment &s : parsed.segments()) {
            if (s.present)
                segments.append({s.part, s.start, s.length});
        }
    }

    /// The part errors: the parser's problems, and what the last edit or sign() said.
    void updateErrors()
    {
        errors = PartErrors::of(parsed, headerText, payloadText);
        if (headerEditError.isError())
            errors.header = headerEditError;
        if (payloadEditError.isError())
            errors.payload = payloadEditError;
        if (signError.isError())
            errors.signature = signError;
    }

    // ---- verification ---------------------------------------------------------------------

    /// The verdict, under what the model knows of the token's history (the badge).
    void verify()
    {
        if (!parsed.isJwe()) {
            verdict = verifyToken(parsed, key.ring(),
                                  ModelValidation::options(validation, nowSeconds(), leeway));
            badge = Badge::of(parsed, key.ring(), verdict,
                              {signedHere, parsed.signingInput() != signedInput, resignNote,
                               keyOrigin == KeyOrigin::Sample, sampleKeyCleared});
            failures = ModelValidation::failures(validation, verdict);
            editedHint.apply(badge, parsed, verdict);
            if (badge.state != VerifyState::Stale)
                ModelValidation::apply(badge, failures);
            return;
        }
        failures.clear();
        // The decrypted plaintext shows in the payload pane, unless the user's edit stands.
        if (jwe.verify(parsed, key, verdict))
            payloadText = jwe.paneText(&payloadIsJson);
        badge = jwe.badge(parsed, key.ring(), verdict);
    }

    /// The claims: the payload's (the innermost token's of a nested one), or the plaintext's
    /// of a JWE.
    const Json::Object &claimsPayload() const
    {
        return parsed.isJwe() && !verdict.nested ? jwe.claims() : claimsToken().payloadObject();
    }
    /// The claims set's problem (Token::claimsSetProblem()), none for a JWE's own plaintext.
    std::optional<Problem> claimsProblem() const
    {
        if (parsed.isJwe() && !verdict.nested)
            return std::nullopt;
        return claimsToken().claimsSetProblem();
    }

    /// A JWE's protected header or plaintext edited (JweBinding::edit()): the token it gives,
    /// and the header pane following what the encryption set in it. False with @p error when
    /// it could not be encrypted on request.
    bool editJwe(const QByteArray &header, const std::optional<QByteArray> &plaintext,
                 JweBinding::Mode mode, QString *error = nullptr)
    {
        const bool decrypted = verdict.state == TokenVerdict::State::Decrypted;
        const JweBinding::Edit edit = jwe.edit(parsed, header, plaintext, mode, resignOnEdit,
                                               key.ring(), decrypted ? verdict.keyIndex : -1);
        if (!edit.error.isEmpty()) {
            if (error)
                *error = edit.error;
            return false;
        }
        if (edit.body) {
            replaceBody(*edit.body);
            headerText = JweBinding::followHeader(headerText, compact.of(parsed.header()));
        }
        return true;
    }

    // ---- claims and findings --------------------------------------------------------------

    /// The token whose claims are the claims: the innermost one of a nested token (cty JWT),
    /// as the verdict read it.
    const Token &claimsToken() const { return verdict.nested ? *verdict.nested : parsed; }

    /// The clock or the leeway moved: the time claims and the review change.
    void refreshTimes()
    {
        claims.updateTimes(claimsPayload(), claimsProblem(), nowSeconds(), leeway);
        if (!validation.isEmpty())
            verify(); // exp, nbf and iat are validated at the new time
        findingsCache.setClock();
        updateFindings();
    }

    void updateFindings()
    {
        ReviewContext clock;
        clock.now = nowSeconds();
        clock.leeway = leeway;
        const ModelFindings::Signature signature = signedHere ? ModelFindings::Signature::SignedHere
                : parsed.signingInput() == signedInput        ? ModelFindings::Signature::AsGiven
                                                              : ModelFindings::Signature::Edited;
        findings = findingsCache.findings(parsed, clock, signature,
                                          ModelFindings::keyCheck(parsed, verdict, key.ring()));
    }

    /// Everything derived from the token and the key; the claims too when the token
    /// changed.
    void updateAll(bool claimsToo)
    {
        updateErrors();
        verify();
        // A JWE's claims are its plaintext's, which a key can bring or take away.
        if (claimsToo || parsed.isJwe())
            claims.update(claimsPayload(), claimsProblem(), nowSeconds(), leeway);
        updateFindings();
    }

    // ---- signing --------------------------------------------------------------------------

    /// Re-signs on edit when that is on and a signing key fits; else leaves @p signature.
    void resign(QByteArray &signature, const QByteArray &signingInput,
                const QByteArray &encodedHeader)
    {
        if (!resignOnEdit) {
            resignNote = tr("re-signing on edit is off");
            return;
        }
        const std::optional<QByteArray> made
                = key.signHeader(encodedHeader, signingInput, &resignNote);
        if (!made)
            return;
        signature = *made;
        signedHere = true;
        signedInput = signingInput;
        if (keyOrigin == KeyOrigin::Sample)
            sampleSigned = signingInput;
    }

    /// A token came in from the token side: a sample key that does not belong to it goes
    /// (design: the sample's public secret never verifies or re-signs a user's token).
    /// Returns whether the key changed.
    bool dropForeignSampleKey()
    {
        sampleKeyCleared = false;
        if (keyOrigin != KeyOrigin::Sample || parsed.form() == Token::Form::Empty)
            return false;
        const QByteArray input = parsed.signingInput();
        if (input == sampleInput || input == sampleSigned)
            return false;
        key.set(key.input(), QString());
        keyOrigin = KeyOrigin::User;
        sampleInput.clear();
        sampleSigned.clear();
        sampleKeyCleared = true;
        return true;
    }

    // ---- encoding an edit -----------------------------------------------------------------

    /// Puts @p encoded in place of the header or payload segment (the other one keeps its
    /// bytes), re-signs when it should, and re-parses.
    void replaceSegment(TokenPart part, const QByteArray &encoded)
    {
        QList<QByteArray> pieces;
        for (const Segment &s : parsed.segments()) {
            if (s.present)
                pieces.append(s.encoded);
        }
        const int index = part == TokenPart::Header ? 0 : 1;
        while (pieces.size() < 3)
            pieces.append(QByteArray());
        pieces[index] = encoded;

        resignNote.clear();
        if (pieces.size() == 3) {
            const QByteArray signingInput = pieces.at(0) + '.' + pieces.at(1);
            if (const std::optional<QByteArray> own = pasted.signatureFor(signingInput)) {
                // Back to what was pasted: its own signature, not one made here.
                pieces[2] = *own;
                signedHere = false;
                signedInput = signingInput;
            } else {
                resign(pieces[2], signingInput, pieces.at(0));
            }
        }
        replaceBody(pieces.join('.'));
    }

    /// Puts @p body in place of the token (the text around it stays), and re-parses.
    void replaceBody(const QByteArray &body)
    {
        const bool empty = parsed.form() == Token::Form::Empty;
        const qsizetype start = empty ? token.size() : parsed.start();
        const qsizetype end = empty ? token.size() : start + parsed.length();
        token = token.left(start) + QString::fromLatin1(body) + token.mid(end);
        parse();
    }

    /// A header or payload edit that is JSON: the compact text, or the pasted bytes when the
    /// edit comes back to them; nothing when the segment holds that JSON already.
    void encodeJson(TokenPart part, const QByteArray &json)
    {
        const Segment &segment = part == TokenPart::Header ? parsed.header() : parsed.payload();
        if (json == compact.of(segment) && segment.present)
            return;
        replaceSegment(part, pasted.segmentFor(part, json).value_or(Base64Url::encode(json)));
        // The new segment compacts to these bytes: the next keystroke compares with them
        // without compacting a megabyte again.
        compact.set(part, json);
    }

    /// Takes a decoded token as the user's new token (setToken()). Returns whether the key
    /// changed (a sample key that does not belong to it is dropped).
    bool take(Decoded decoded)
    {
        token = decoded.token;
        adopt(std::move(decoded.parsed), std::move(decoded.contentFindings));
        headerText = decoded.headerText;
        payloadText = decoded.payloadText;
        headerIsJson = decoded.headerIsJson;
        payloadIsJson = decoded.payloadIsJson;
        claims.take(std::move(decoded.claims), std::move(decoded.timeClaims));
        headerEditError = payloadEditError = signError = PartError();
        resignNote.clear();
        signedHere = false;
        signedInput = parsed.signingInput();
        pasted.remember(parsed);
        editedHint.take(parsed);
        jwe.remember(parsed);
        const bool keyDropped = dropForeignSampleKey();
        updateAll(true);
        return keyDropped;
    }
};

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
