// SPDX-License-Identifier: MIT
#include "tokenmodelprivate.h"

#include "base64url.h"
#include "json.h"
#include "modelvalidation.h"

#include <utility>

std::optional<Algorithm> TokenModel::Private::algorithm() const
{
    if (!parsed.hasAlg())
        return std::nullopt;
    return Algorithms::fromName(parsed.alg());
}

QDateTime TokenModel::Private::now() const
{
    return fixedClock ? fixedClock->toUTC() : QDateTime::currentDateTimeUtc();
}

void TokenModel::Private::adopt(Token token, std::optional<QList<Finding>> contents)
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

void TokenModel::Private::updateErrors()
{
    errors = PartErrors::of(parsed, headerText, payloadText);
    if (headerEditError.isError())
        errors.header = headerEditError;
    if (payloadEditError.isError())
        errors.payload = payloadEditError;
    if (signError.isError())
        errors.signature = signError;
}

void TokenModel::Private::verify()
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

const Json::Object &TokenModel::Private::claimsPayload() const
{
    return parsed.isJwe() && !verdict.nested ? jwe.claims() : claimsToken().payloadObject();
}

std::optional<Problem> TokenModel::Private::claimsProblem() const
{
    if (parsed.isJwe() && !verdict.nested)
        return std::nullopt;
    return claimsToken().claimsSetProblem();
}

bool TokenModel::Private::editJwe(const QByteArray &header,
                                  const std::optional<QByteArray> &plaintext, JweBinding::Mode mode,
                                  QString *error)
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

void TokenModel::Private::refreshTimes()
{
    claims.updateTimes(claimsPayload(), claimsProblem(), nowSeconds(), leeway);
    if (!validation.isEmpty())
        verify(); // exp, nbf and iat are validated at the new time
    findingsCache.setClock();
    updateFindings();
}

void TokenModel::Private::updateFindings()
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

void TokenModel::Private::updateAll(bool claimsToo)
{
    updateErrors();
    verify();
    // A JWE's claims are its plaintext's, which a key can bring or take away.
    if (claimsToo || parsed.isJwe())
        claims.update(claimsPayload(), claimsProblem(), nowSeconds(), leeway);
    updateFindings();
}

void TokenModel::Private::resign(QByteArray &signature, const QByteArray &signingInput,
                                 const QByteArray &encodedHeader)
{
    if (!resignOnEdit) {
        resignNote = tr("re-signing on edit is off");
        return;
    }
    const std::optional<QByteArray> made = key.signHeader(encodedHeader, signingInput, &resignNote);
    if (!made)
        return;
    signature = *made;
    signedHere = true;
    signedInput = signingInput;
    if (keyOrigin == KeyOrigin::Sample)
        sampleSigned = signingInput;
}

bool TokenModel::Private::dropForeignSampleKey()
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

void TokenModel::Private::replaceSegment(TokenPart part, const QByteArray &encoded)
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

void TokenModel::Private::replaceBody(const QByteArray &body)
{
    const bool empty = parsed.form() == Token::Form::Empty;
    const qsizetype start = empty ? token.size() : parsed.start();
    const qsizetype end = empty ? token.size() : start + parsed.length();
    token = token.left(start) + QString::fromLatin1(body) + token.mid(end);
    parse();
}

void TokenModel::Private::encodeJson(TokenPart part, const QByteArray &json)
{
    const Segment &segment = part == TokenPart::Header ? parsed.header() : parsed.payload();
    if (json == compact.of(segment) && segment.present)
        return;
    replaceSegment(part, pasted.segmentFor(part, json).value_or(Base64Url::encode(json)));
    // The new segment compacts to these bytes: the next keystroke compares with them
    // without compacting a megabyte again.
    compact.set(part, json);
}

bool TokenModel::Private::take(Decoded decoded)
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
