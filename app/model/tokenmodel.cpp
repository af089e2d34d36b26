// SPDX-License-Identifier: MIT
#include "tokenmodel.h"

#include "base64url.h"
#include "crack.h"
#include "json.h"
#include "jws.h"
#include "keyfit.h"
#include "keyset.h"
#include "registry.h"
#include "utf8.h"

#include <QCoreApplication>

#include <cmath>
#include <limits>
#include <utility>

namespace {

using PartError = TokenModel::PartError;
using VerifyState = TokenModel::VerifyState;

/// A translated part label for messages that are not in the part's own pane.
QString partLabel(TokenPart part)
{
    switch (part) {
    case TokenPart::Token:
        return TokenModel::tr("token");
    case TokenPart::Header:
        return TokenModel::tr("header");
    case TokenPart::Payload:
        return TokenModel::tr("payload");
    case TokenPart::Signature:
        return TokenModel::tr("signature");
    case TokenPart::EncryptedKey:
        return TokenModel::tr("encrypted key");
    case TokenPart::InitializationVector:
        return TokenModel::tr("initialization vector");
    case TokenPart::Ciphertext:
        return TokenModel::tr("ciphertext");
    case TokenPart::AuthenticationTag:
        return TokenModel::tr("authentication tag");
    }
    return QString();
}

/// The largest NumericDate QDateTime shows (year 9999), in seconds.
constexpr double MaxSeconds = 253402300799.0;

QDateTime utcOf(double seconds)
{
    if (!std::isfinite(seconds) || std::fabs(seconds) > MaxSeconds)
        return QDateTime();
    return QDateTime::fromMSecsSinceEpoch(qint64(std::floor(seconds * 1000.0)), Qt::UTC);
}

/// tr() with %n gives the English source text back when no translation is loaded, "(s)" and
/// all; this applies the English rule to it. A translation (even an English one with its
/// numerus forms) has no "(s)" left and passes through.
QString plural(QString text, int n)
{
    if (text.contains(QLatin1String("(s)")))
        text.replace(QLatin1String("(s)"), n == 1 ? QString() : QStringLiteral("s"));
    return text;
}

/// "12 minutes", "3 hours", "2 days": the whole units in @p seconds (>= 0), rounded down.
QString durationText(double seconds)
{
    constexpr double minute = 60, hour = 3600, day = 86400, year = 365.25 * 86400;
    const auto whole = [](double v) {
        return int(std::min(std::floor(v), double(std::numeric_limits<int>::max())));
    };
    if (seconds < minute) {
        const int n = whole(seconds);
        return plural(TokenModel::tr("%n second(s)", nullptr, n), n);
    }
    if (seconds < hour) {
        const int n = whole(seconds / minute);
        return plural(TokenModel::tr("%n minute(s)", nullptr, n), n);
    }
    if (seconds < day) {
        const int n = whole(seconds / hour);
        return plural(TokenModel::tr("%n hour(s)", nullptr, n), n);
    }
    if (seconds < year) {
        const int n = whole(seconds / day);
        return plural(TokenModel::tr("%n day(s)", nullptr, n), n);
    }
    const int n = whole(seconds / year);
    return plural(TokenModel::tr("%n year(s)", nullptr, n), n);
}

/// "expires in 12 minutes", "expired 3 hours ago", "issued 2 days ago", …
QString relativeText(const QString &name, double seconds, double now, TimeStatus status)
{
    if (!std::isfinite(seconds) || std::fabs(seconds) > MaxSeconds)
        return QString();
    const double diff = seconds - now;
    const QString span = durationText(std::fabs(diff));
    const bool future = diff > 0;
    if (name == QLatin1String("exp")) {
        if (future)
            return TokenModel::tr("expires in %1").arg(span);
        if (status == TimeStatus::Valid)
            return TokenModel::tr("expired %1 ago (within the leeway)").arg(span);
        return TokenModel::tr("expired %1 ago").arg(span);
    }
    if (name == QLatin1String("nbf")) {
        if (!future)
            return TokenModel::tr("valid since %1 ago").arg(span);
        if (status == TimeStatus::Valid)
            return TokenModel::tr("becomes valid in %1 (within the leeway)").arg(span);
        return TokenModel::tr("becomes valid in %1").arg(span);
    }
    if (name == QLatin1String("iat")) {
        if (!future)
            return TokenModel::tr("issued %1 ago").arg(span);
        if (status == TimeStatus::Valid)
            return TokenModel::tr("issued %1 in the future (within the leeway)").arg(span);
        return TokenModel::tr("issued %1 in the future").arg(span);
    }
    return future ? TokenModel::tr("in %1").arg(span) : TokenModel::tr("%1 ago").arg(span);
}

bool sameClaim(const TokenModel::Claim &a, const TokenModel::Claim &b)
{
    return a.name == b.name && a.raw == b.raw && a.meaning == b.meaning && a.isTime == b.isTime
            && a.status == b.status && a.utc == b.utc && a.relative == b.relative
            && a.looksLikeMilliseconds == b.looksLikeMilliseconds;
}

bool sameFinding(const Finding &a, const Finding &b)
{
    return a.severity == b.severity && a.id == b.id && a.part == b.part && a.message == b.message
            && a.reference == b.reference;
}

bool sameReport(const ClaimsReport &a, const ClaimsReport &b)
{
    if (a.time != b.time || a.issuerOk != b.issuerOk || a.audienceOk != b.audienceOk
        || a.errors != b.errors || a.times.size() != b.times.size())
        return false;
    for (qsizetype i = 0; i < a.times.size(); ++i) {
        const TimeClaim &x = a.times.at(i);
        const TimeClaim &y = b.times.at(i);
        if (x.name != y.name || x.raw != y.raw || x.status != y.status
            || x.looksLikeMilliseconds != y.looksLikeMilliseconds)
            return false;
    }
    return true;
}

template<typename T, typename Eq> bool sameList(const QList<T> &a, const QList<T> &b, Eq eq)
{
    if (a.size() != b.size())
        return false;
    if (a.constData() == b.constData())
        return true; // shared: a clock tick that changed no claim leaves the list as it was
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (!eq(a.at(i), b.at(i)))
            return false;
    }
    return true;
}

bool sameSegment(const TokenModel::SegmentRange &a, const TokenModel::SegmentRange &b)
{
    return a.part == b.part && a.start == b.start && a.length == b.length;
}

/// Overwrites the characters of @p s in place before it is dropped (a secret, a private key).
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

/// Where byte offset @p offset of @p decoded (a JSON object) lands in @p pane, which holds
/// the same members in the same order (pretty-printed, or as the user wrote them).
qsizetype mapJsonOffset(const QByteArray &decoded, const QString &pane, qsizetype offset)
{
    if (offset < 0)
        return -1;
    const QByteArray paneUtf8 = pane.toUtf8();
    if (paneUtf8 == decoded)
        return Utf8::toUtf16Offset(decoded, offset);
    const Json::Object from = Json::readObject(decoded);
    const Json::Object to = Json::readObject(paneUtf8);
    if (!from.isObject || !to.isObject || from.members.size() != to.members.size())
        return -1;
    for (qsizetype i = 0; i < from.members.size(); ++i) {
        const Json::Member &f = from.members.at(i);
        const Json::Member &t = to.members.at(i);
        if (offset >= f.nameOffset && offset < f.valueOffset)
            return Utf8::toUtf16Offset(paneUtf8, t.nameOffset + (offset - f.nameOffset));
        if (offset >= f.valueOffset && offset < f.valueOffset + f.raw.size())
            return Utf8::toUtf16Offset(paneUtf8, t.valueOffset + (offset - f.valueOffset));
    }
    return -1;
}

/// What the pane shows for a decoded segment: pretty JSON, else the bytes as text.
QString paneText(const Segment &segment, bool *isJson)
{
    *isJson = false;
    if (!segment.present)
        return QString();
    const Json::Formatted pretty = Json::pretty(segment.decoded);
    if (!pretty.error.isError() && !segment.decoded.isEmpty()) {
        *isJson = true;
        return QString::fromUtf8(pretty.text);
    }
    return QString::fromUtf8(segment.decoded);
}

bool looksLikeJson(const QString &text)
{
    for (QChar c : text) {
        if (c.isSpace())
            continue;
        return c == QLatin1Char('{') || c == QLatin1Char('[');
    }
    return false;
}

} // namespace

struct TokenModel::Private
{
    // ---- inputs
    QString token;
    QString headerText;
    QString payloadText;
    KeyInput keyInput = KeyInput::SecretText;
    QString keyText;
    bool resignOnEdit = true;
    std::optional<QDateTime> fixedClock;
    qint64 leeway = 0;

    // ---- what the token holds
    Token parsed;
    bool headerIsJson = true; ///< the header pane was decoded as JSON (or edited as JSON)
    bool payloadIsJson = true; ///< false: the payload is plain text and edits are taken verbatim
    PartError headerEditError;
    PartError payloadEditError;
    PartError signError; ///< sign() failing
    QString resignNote; ///< why the last edit was not re-signed
    bool signedHere = false;
    QByteArray signedInput; ///< the signing input the signature segment was made for
    /// The token as last pasted (setToken): an edit that comes back to it gets its bytes,
    /// signature included, back (undo restores the identical token).
    Segment pastedHeader;
    Segment pastedPayload;
    QByteArray pastedSignature;
    bool pastedHasSignature = false;
    QByteArray pastedSigningInput;
    QByteArray pastedHeaderCompact;
    QByteArray pastedPayloadCompact;
    bool pastedCompactValid = false;
    QByteArray headerCompact; ///< cache: compact form of the decoded header segment
    bool headerCompactValid = false;
    QByteArray payloadCompact;
    bool payloadCompactValid = false;

    // ---- the key
    QList<Key> keys;
    PartError keyError;
    QByteArray secretBytes; ///< for the common-secret check; cleansed on replace

    // ---- derived, cached
    QList<SegmentRange> segments;
    PartError tokenError;
    PartError headerError;
    PartError payloadError;
    PartError signatureError;
    Key chosen;
    QString chooseError;
    VerifyState state = VerifyState::NoKey;
    QString reason;
    QString keyDescription;
    ClaimsReport report;
    QList<Claim> claims;
    QList<Finding> findings;
    /// Findings::review of the current token at the current clock: a key change reuses it.
    QList<Finding> review;
    bool reviewValid = false;
    /// Findings::reviewContents of the current token: neither the clock nor the key
    /// changes it, and on a big payload it is the costly part of the review.
    QList<Finding> contentFindings;
    bool contentFindingsValid = false;
    /// Where the time claims are in claims (a clock tick updates only these).
    QList<qsizetype> timeClaims;
    /// claims were built by decode() for this token: updateAll() only sets their times.
    bool claimsPrepared = false;
    /// The built-in weak secrets tried on the token's own signature: depends on the token
    /// only, so the clock refresh (every second) does not redo ~450 HMACs.
    QList<Finding> weakSecret;
    bool weakSecretValid = false;
    /// What the last try found, and for which token: undoing an edit gives the pasted
    /// token back, and with it the same answer.
    QList<Finding> weakSecretFound;
    QByteArray weakSecretInput;
    QByteArray weakSecretSignature;

    ~Private()
    {
        cleanse(keyText);
        cleanse(secretBytes);
    }

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

    void adopt(Token token)
    {
        parsed = std::move(token);
        reviewValid = false;
        contentFindingsValid = false;
        weakSecretValid = false;
        headerCompactValid = payloadCompactValid = false;
        segments.clear();
        for (const Segment &s : parsed.segments()) {
            if (s.present)
                segments.append({s.part, s.start, s.length});
        }
    }

    const Segment *segmentOf(TokenPart part) const
    {
        for (const Segment &s : parsed.segments()) {
            if (s.part == part)
                return &s;
        }
        return nullptr;
    }

    /// Maps the parser's problems onto the part errors (after the pane texts are set).
    void updateErrors()
    {
        tokenError = headerError = payloadError = signatureError = PartError();
        // Errors first, then warnings that have a place (a duplicate member, no alg).
        for (const auto severity : {Problem::Severity::Error, Problem::Severity::Warning}) {
            for (const Problem &p : parsed.problems()) {
                if (p.severity != severity)
                    continue;
                const Segment *seg = segmentOf(p.part);
                const qsizetype segStart
                        = seg && p.part != TokenPart::Token ? seg->start : parsed.start();
                switch (p.part) {
                case TokenPart::Header:
                case TokenPart::Payload: {
                    const bool header = p.part == TokenPart::Header;
                    if (!p.inDecoded && p.offset >= 0) { // base64url: a place in the token
                        if (!tokenError.isError() && severity == Problem::Severity::Error)
                            tokenError = {p.offset < 0 ? -1 : segStart + p.offset,
                                          tr("%1: %2").arg(partLabel(p.part), p.message)};
                        break;
                    }
                    PartError &target = header ? headerError : payloadError;
                    if (target.isError())
                        break;
                    // A payload that is not JSON is shown as text: no error.
                    if (!header && severity == Problem::Severity::Warning
                        && (!parsed.payloadIsJson() || p.offset < 0))
                        break;
                    const QString &pane = header ? headerText : payloadText;
                    target = {seg ? mapJsonOffset(seg->decoded, pane, p.offset) : -1, p.message};
                    break;
                }
                case TokenPart::Signature:
                    if (!signatureError.isError() && severity == Problem::Severity::Error)
                        signatureError = {p.offset < 0 ? -1 : segStart + p.offset, p.message};
                    break;
                default:
                    if (!tokenError.isError() && severity == Problem::Severity::Error) {
                        // Token-level offsets count from the token's start (after "Bearer ").
                        tokenError = {p.offset < 0 ? -1 : segStart + p.offset,
                                      p.part == TokenPart::Token
                                              ? p.message
                                              : tr("%1: %2").arg(partLabel(p.part), p.message)};
                    }
                    break;
                }
            }
        }
        // Say what is missing, even when the parser says it in other words.
        const qsizetype end = parsed.start() + parsed.length();
        if (!signatureError.isError() && parsed.form() != Token::Form::Empty && !parsed.isJwe()) {
            const Segment *sig = segmentOf(TokenPart::Signature);
            const bool unsecured = parsed.hasAlg() && parsed.alg() == QLatin1String("none");
            if (!sig || !sig->present)
                signatureError = {end, tr("the signature is missing")};
            else if (sig->encoded.isEmpty() && !unsecured)
                signatureError = {end, tr("the signature is empty")};
        }
        if (headerEditError.isError())
            headerError = headerEditError;
        if (payloadEditError.isError())
            payloadError = payloadEditError;
        if (signError.isError())
            signatureError = signError;
    }

    /// The decoded segment's compact JSON (cached), to tell a whitespace-only edit from a
    /// real one.
    const QByteArray &compactOf(TokenPart part)
    {
        const bool header = part == TokenPart::Header;
        bool &valid = header ? headerCompactValid : payloadCompactValid;
        QByteArray &cache = header ? headerCompact : payloadCompact;
        if (!valid) {
            const Segment *seg = segmentOf(part);
            cache = seg && seg->present ? Json::compact(seg->decoded).text : QByteArray();
            valid = true;
        }
        return cache;
    }

    /// Remembers the token just pasted.
    void rememberPasted()
    {
        pastedHeader = parsed.header();
        pastedPayload = parsed.payload();
        pastedHasSignature = parsed.signature().present && !parsed.isJwe();
        pastedSignature = parsed.signature().encoded;
        pastedSigningInput = parsed.signingInput();
        pastedCompactValid = false;
    }

    /// The pasted segment's bytes when @p compact (an edit's compact JSON) is what it held.
    std::optional<QByteArray> pastedSegmentFor(TokenPart part, const QByteArray &compact)
    {
        const Segment &seg = part == TokenPart::Header ? pastedHeader : pastedPayload;
        if (!seg.present || !seg.decodes)
            return std::nullopt;
        if (!pastedCompactValid) {
            pastedHeaderCompact = pastedHeader.present ? Json::compact(pastedHeader.decoded).text
                                                       : QByteArray();
            pastedPayloadCompact = pastedPayload.present ? Json::compact(pastedPayload.decoded).text
                                                         : QByteArray();
            pastedCompactValid = true;
        }
        const QByteArray &was
                = part == TokenPart::Header ? pastedHeaderCompact : pastedPayloadCompact;
        if (was.isEmpty() || was != compact)
            return std::nullopt;
        return seg.encoded;
    }

    void decodeTexts()
    {
        const Decoded d = decodedTexts(QString(), parsed);
        adoptTexts(d);
        contentFindings = d.contentFindings;
        contentFindingsValid = true;
    }

    static Decoded decodedTexts(const QString &token, Token parsed)
    {
        Decoded d;
        d.token = token;
        d.headerText = paneText(parsed.header(), &d.headerIsJson);
        d.payloadText = paneText(parsed.payload(), &d.payloadIsJson);
        if (parsed.form() == Token::Form::Empty || parsed.payload().decoded.isEmpty())
            d.payloadIsJson = true; // nothing there yet: what the user types is JSON
        if (parsed.form() == Token::Form::Empty || parsed.header().decoded.isEmpty())
            d.headerIsJson = true;
        d.contentFindings = Findings::reviewContents(parsed);
        buildClaims(parsed, d.claims, d.timeClaims);
        d.parsed = std::move(parsed);
        return d;
    }

    void adoptTexts(const Decoded &d)
    {
        headerText = d.headerText;
        payloadText = d.payloadText;
        headerIsJson = d.headerIsJson;
        payloadIsJson = d.payloadIsJson;
    }

    // ---- key ------------------------------------------------------------------------------

    void loadKey()
    {
        keys.clear();
        keyError = PartError();
        cleanse(secretBytes);
        if (keyText.isEmpty())
            return;
        switch (keyInput) {
        case KeyInput::SecretText:
            secretBytes = keyText.toUtf8();
            keys.append(Key::fromSecret(secretBytes));
            break;
        case KeyInput::SecretBase64: {
            std::optional<QByteArray> bytes = decodeSecretBase64(keyText);
            if (!bytes) {
                keyError = {-1, tr("the secret is not valid base64 or base64url")};
                break;
            }
            if (bytes->isEmpty()) {
                keyError = {-1, tr("the secret is empty")};
                break;
            }
            secretBytes = std::move(*bytes);
            keys.append(Key::fromSecret(secretBytes));
            break;
        }
        case KeyInput::KeyText: {
            QByteArray utf8 = keyText.toUtf8();
            KeySet set = loadKeys(utf8);
            cleanse(utf8);
            if (!set.ok()) {
                keyError = {-1, set.error.isEmpty() ? tr("no key found in the text") : set.error};
                break;
            }
            keys = std::move(set.keys);
            break;
        }
        }
    }

    /// The key for the current token's alg and kid.
    void chooseKeyForToken()
    {
        chosen = Key();
        chooseError.clear();
        const std::optional<Algorithm> alg = algorithm();
        if (keys.isEmpty())
            return;
        if (!alg || *alg == Algorithm::None) {
            if (keys.size() == 1)
                chosen = keys.first();
            return;
        }
        const KeyChoice choice = chooseKey(keys, *alg, parsed.kid());
        chosen = choice.key;
        chooseError = choice.error;
    }

    // ---- verification ---------------------------------------------------------------------

    void verify()
    {
        chooseKeyForToken();
        const Key &described = !chosen.isNull() ? chosen : keys.isEmpty() ? Key() : keys.first();
        keyDescription = described.isNull() ? QString() : described.description();
        if (keys.size() > 1 && !keyDescription.isEmpty())
            keyDescription = plural(tr("%1 (from a set of %n key(s))", nullptr, int(keys.size())),
                                    int(keys.size()))
                                     .arg(keyDescription);

        const std::optional<Algorithm> alg = algorithm();
        const QString algName = parsed.alg();
        if (parsed.form() == Token::Form::Empty) {
            state = VerifyState::NoKey;
            reason = tr("No token");
            return;
        }
        if (parsed.isJwe()) {
            state = VerifyState::Unsupported;
            reason = tr("An encrypted token (JWE): its header is shown, its content cannot be "
                        "decrypted here");
            return;
        }
        if (parsed.hasAlg() && alg == Algorithm::None) {
            state = VerifyState::Unsecured;
            reason = parsed.signature().encoded.isEmpty()
                    ? tr("alg \"none\": the token is not signed and must not be trusted")
                    : tr("alg \"none\" with a signature: the token must not be trusted");
            return;
        }
        if (parsed.form() == Token::Form::Malformed && parsed.segments().size() > 3) {
            state = VerifyState::Invalid;
            reason = tokenError.isError() ? tokenError.message : tr("The token is malformed");
            return;
        }
        if (!parsed.hasAlg()) {
            state = VerifyState::Unsupported;
            reason = tr("The header does not name an algorithm (alg)");
            return;
        }
        if (!alg) {
            state = VerifyState::Unsupported;
            reason = tr("Unknown algorithm \"%1\"").arg(algName);
            return;
        }
        if (parsed.signingInput() != signedInput) {
            state = VerifyState::Stale;
            reason = resignNote.isEmpty()
                    ? tr("Edited and not signed again: the signature is the old one")
                    : tr("Edited and not signed again (%1): the signature is the old one")
                              .arg(resignNote);
            return;
        }
        const Segment &sig = parsed.signature();
        if (!sig.present || sig.encoded.isEmpty()) {
            state = VerifyState::Invalid;
            reason = tr("The token has no signature");
            return;
        }
        if (!sig.decodes) {
            state = VerifyState::Invalid;
            reason = tr("The signature is not valid base64url");
            return;
        }
        if (keys.isEmpty()) {
            state = keyError.isError() ? VerifyState::Invalid : VerifyState::NoKey;
            reason = keyError.isError() ? tr("The key does not load: %1").arg(keyError.message)
                                        : tr("Enter a secret or a key to verify the signature");
            return;
        }
        if (chosen.isNull()) {
            state = VerifyState::Invalid;
            reason = chooseError.isEmpty() ? tr("No key fits %1").arg(algName) : chooseError;
            return;
        }
        const KeyFit fit = checkFit(chosen, *alg);
        if (fit.verdict == KeyFit::Verdict::Mismatch) {
            state = VerifyState::Invalid;
            reason = fit.reason;
            return;
        }
        const Verification v
                = ::verify(*alg, chosen, parsed.signingInput(), parsed.signature().decoded);
        if (v.status == SignatureStatus::Valid) {
            if (signedHere) {
                state = VerifyState::Resigned;
                reason = tr("Signed here with your %1: this says nothing about the original token")
                                 .arg(chosen.description());
            } else {
                state = VerifyState::Verified;
                reason = fit.verdict == KeyFit::Verdict::Weak
                        ? tr("Signature verified, but the key is weak: %1").arg(fit.reason)
                        : tr("Signature verified with the %1").arg(chosen.description());
            }
            return;
        }
        state = v.status == SignatureStatus::Unsupported ? VerifyState::Unsupported
                                                         : VerifyState::Invalid;
        reason = v.reason.isEmpty() ? tr("The signature does not match") : v.reason;
        if (signedHere && state == VerifyState::Invalid)
            reason = tr("Signed here with another key: %1").arg(reason);
    }

    // ---- claims and findings --------------------------------------------------------------

    /// Every payload member as a claim, without the clock: name, value, meaning.
    static void buildClaims(const Token &token, QList<Claim> &claims, QList<qsizetype> &times)
    {
        claims.clear();
        times.clear();
        const Json::Object &payload = token.payloadObject();
        if (!payload.isObject)
            return;
        claims.reserve(payload.members.size());
        for (const Json::Member &m : payload.members) {
            Claim c;
            c.name = m.name;
            c.raw = m.raw;
            const std::optional<Registry::Entry> entry
                    = Registry::find(Registry::Place::Payload, m.name);
            c.meaning = entry ? entry->title : QString();
            c.isTime = entry && entry->isNumericDate;
            if (c.isTime)
                times.append(claims.size());
            claims.append(std::move(c));
        }
    }

    void updateClaims()
    {
        buildClaims(parsed, claims, timeClaims);
        updateTimes();
    }

    /// The clock or the leeway moved: only the time claims change.
    void updateClaimTimes()
    {
        const Json::Object &payload = parsed.payloadObject();
        if (payload.isObject && payload.members.size() != claims.size())
            buildClaims(parsed, claims, timeClaims);
        updateTimes();
    }

    void updateTimes()
    {
        const double nowSecs = nowSeconds();
        ClaimsPolicy policy;
        policy.now = nowSecs;
        policy.leeway = leeway;
        const Json::Object &payload = parsed.payloadObject();
        report = checkClaims(payload, policy);
        if (!payload.isObject)
            return;
        for (const qsizetype i : std::as_const(timeClaims)) {
            // Written only when it changes: the list stays shared with what was shown, and
            // a payload of 300 000 members is not copied on every tick of the clock.
            Claim updated = claims.at(i);
            updateTime(updated, payload.members.at(i), nowSecs);
            if (!sameClaim(updated, claims.at(i)))
                claims[i] = std::move(updated);
        }
    }

    void updateTime(Claim &c, const Json::Member &m, double nowSecs) const
    {
        c.status = TimeStatus::Valid;
        c.utc = QDateTime();
        c.relative.clear();
        c.looksLikeMilliseconds = false;
        const TimeClaim *checked = nullptr;
        for (const TimeClaim &t : std::as_const(report.times)) {
            if (t.name == m.name)
                checked = &t; // the last one: duplicates resolve to the last (§4)
        }
        if (checked && checked->raw == m.raw) {
            c.status = checked->status;
            c.looksLikeMilliseconds = checked->looksLikeMilliseconds;
            if (checked->isNumber) {
                c.utc = checked->utc();
                c.relative = relativeText(m.name, checked->seconds, nowSecs, c.status);
            }
        } else if (m.isNumber()) {
            const double seconds = m.number();
            c.looksLikeMilliseconds = std::fabs(seconds) >= 1e11;
            c.utc = utcOf(seconds);
            c.relative = relativeText(m.name, seconds, nowSecs, c.status);
        } else {
            c.status = TimeStatus::Malformed;
        }
    }

    static bool hasFinding(const QList<Finding> &list, const QString &id)
    {
        for (const Finding &f : list) {
            if (f.id == id)
                return true;
        }
        return false;
    }

    void updateFindings()
    {
        findings.clear();
        if (parsed.form() == Token::Form::Empty)
            return;
        if (!reviewValid) {
            if (!contentFindingsValid) {
                contentFindings = Findings::reviewContents(parsed);
                contentFindingsValid = true;
            }
            ReviewContext context;
            context.now = nowSeconds();
            context.leeway = leeway;
            context.contents = false;
            review = Findings::review(parsed, context) + contentFindings;
            Findings::sort(review);
            reviewValid = true;
        }
        if (!weakSecretValid) {
            // The built-in weak secrets are tried on the signature a token came with, with
            // no key needed. Edited and not signed again, the token still carries that
            // signature, and what was found stays true of it; typing must not redo ~450
            // HMACs a keystroke for a signature that cannot match. Signed here, the
            // signature is the user's key, which addKeyFindings judges.
            if (signedHere) {
                weakSecret.clear();
            } else if (parsed.signingInput() == signedInput) {
                if (parsed.signingInput() != weakSecretInput
                    || parsed.signature().encoded != weakSecretSignature) {
                    weakSecretFound = Crack::quickWeakSecretFindings(parsed);
                    weakSecretInput = parsed.signingInput();
                    weakSecretSignature = parsed.signature().encoded;
                }
                weakSecret = weakSecretFound;
            }
            weakSecretValid = true;
        }
        findings = review + weakSecret;
        addKeyFindings();
        Findings::sort(findings);
    }

    void addKeyFindings()
    {
        const std::optional<Algorithm> alg = algorithm();
        if (keys.isEmpty() || !alg || parsed.isJwe())
            return;
        if (*alg == Algorithm::None)
            return; // Findings::review reports alg none itself
        if (chosen.isNull()) {
            if (!hasFinding(findings, QStringLiteral("key-alg-mismatch")))
                findings.append({Finding::Severity::Error, QStringLiteral("key-alg-mismatch"),
                                 TokenPart::Signature,
                                 chooseError.isEmpty() ? tr("No key fits %1").arg(parsed.alg())
                                                       : chooseError,
                                 QStringLiteral("RFC 8725 §3.1")});
            return;
        }
        // A well-known secret is Findings' own "weak-secret" error; a merely short one is the
        // same id as a warning, so that one secret never gives two findings.
        const bool common = chosen.kind() == KeyKind::Secret && !secretBytes.isEmpty()
                && Findings::commonSecrets().contains(QString::fromUtf8(secretBytes));
        if (common && !hasFinding(findings, QStringLiteral("weak-secret")))
            findings.append(Findings::weakSecret(secretBytes));
        const KeyFit fit = checkFit(chosen, *alg);
        if (fit.verdict == KeyFit::Verdict::Mismatch) {
            findings.append({Finding::Severity::Error, QStringLiteral("key-alg-mismatch"),
                             TokenPart::Signature,
                             tr("The key does not fit %1: %2").arg(parsed.alg(), fit.reason),
                             QStringLiteral("RFC 8725 §3.1")});
        } else if (fit.verdict == KeyFit::Verdict::Weak) {
            const bool hmac = Algorithms::family(*alg) == AlgorithmFamily::Hmac;
            if (!hmac || !common)
                findings.append(
                        {Finding::Severity::Warning,
                         hmac ? QStringLiteral("weak-secret") : QStringLiteral("small-rsa-key"),
                         TokenPart::Signature, tr("Weak key: %1").arg(fit.reason),
                         hmac ? QStringLiteral("RFC 7518 §3.2") : QStringLiteral("RFC 7518 §3.3")});
        }
    }

    void updateAll(bool claimsToo)
    {
        updateErrors();
        verify();
        if (claimsToo && claimsPrepared)
            updateTimes();
        else if (claimsToo)
            updateClaims();
        claimsPrepared = false;
        updateFindings();
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
        if (pieces.size() <= 3) {
            while (pieces.size() < 3)
                pieces.append(QByteArray());
        }
        pieces[index] = encoded;

        resignNote.clear();
        if (pieces.size() == 3) {
            const QByteArray signingInput = pieces.at(0) + '.' + pieces.at(1);
            if (pastedHasSignature && signingInput == pastedSigningInput) {
                // Back to what was pasted: its own signature, not one made here.
                pieces[2] = pastedSignature;
                signedHere = false;
                signedInput = pastedSigningInput;
            } else {
                resign(pieces[2], signingInput, pieces.at(0));
            }
        }

        const QString body = QString::fromLatin1(pieces.join('.'));
        const qsizetype start = parsed.form() == Token::Form::Empty ? token.size() : parsed.start();
        const qsizetype end
                = parsed.form() == Token::Form::Empty ? token.size() : start + parsed.length();
        token = token.left(start) + body + token.mid(end);
        parse();
    }

    /// Re-signs on edit when that is on and a signing key fits; else leaves @p signature.
    void resign(QByteArray &signature, const QByteArray &signingInput,
                const QByteArray &encodedHeader)
    {
        if (!resignOnEdit) {
            resignNote = tr("re-signing on edit is off");
            return;
        }
        const Json::Object header = Json::readObject(Base64Url::decode(encodedHeader).bytes);
        const Json::Member *algMember = header.find(u"alg");
        const std::optional<Algorithm> alg = algMember && algMember->kind == Json::ValueKind::String
                ? Algorithms::fromName(algMember->string())
                : std::nullopt;
        if (!alg) {
            resignNote = tr("no known algorithm in the header");
            return;
        }
        if (*alg == Algorithm::None)
            return; // not signed, whatever the key
        if (keys.isEmpty()) {
            resignNote = tr("no signing key");
            return;
        }
        const Json::Member *kidMember = header.find(u"kid");
        const QString kid = kidMember && kidMember->kind == Json::ValueKind::String
                ? kidMember->string()
                : QString();
        const KeyChoice choice = chooseKey(keys, *alg, kid);
        if (choice.key.isNull()) {
            resignNote = choice.error.isEmpty() ? tr("no key fits %1").arg(Algorithms::name(*alg))
                                                : choice.error;
            return;
        }
        if (!choice.key.isPrivate()) {
            resignNote = tr("a public key cannot sign");
            return;
        }
        const Signature s = ::sign(*alg, choice.key, signingInput);
        if (!s.ok()) {
            resignNote = s.error;
            return;
        }
        signature = Base64Url::encode(s.bytes);
        signedHere = true;
        signedInput = signingInput;
    }
};

// ---- snapshot of what the signals announce -----------------------------------------------

namespace {

struct Shown
{
    QString token;
    QString headerText;
    QString payloadText;
    std::optional<Algorithm> algorithm;
    QList<TokenModel::SegmentRange> segments;
    QString signature;
    PartError errors[5];
    VerifyState state = VerifyState::NoKey;
    QString reason;
    QString keyDescription;
    QList<TokenModel::Claim> claims;
    ClaimsReport report;
    QList<Finding> findings;
};

} // namespace

class TokenModelUpdate
{
public:
    TokenModelUpdate(TokenModel *q)
        : m_q(q)
        , m_before(snapshot())
    { }
    ~TokenModelUpdate() { emitChanges(); }

private:
    Shown snapshot() const
    {
        Shown s;
        s.token = m_q->d->token;
        s.headerText = m_q->d->headerText;
        s.payloadText = m_q->d->payloadText;
        s.algorithm = m_q->d->algorithm();
        s.segments = m_q->d->segments;
        s.signature = m_q->signatureText();
        s.errors[0] = m_q->d->tokenError;
        s.errors[1] = m_q->d->headerError;
        s.errors[2] = m_q->d->payloadError;
        s.errors[3] = m_q->d->signatureError;
        s.errors[4] = m_q->d->keyError;
        s.state = m_q->d->state;
        s.reason = m_q->d->reason;
        s.keyDescription = m_q->d->keyDescription;
        s.claims = m_q->d->claims;
        s.report = m_q->d->report;
        s.findings = m_q->d->findings;
        return s;
    }

    void emitChanges()
    {
        const Shown now = snapshot();
        const Shown &was = m_before;
        if (now.token != was.token)
            emit m_q->tokenChanged(now.token);
        if (now.headerText != was.headerText)
            emit m_q->headerTextChanged(now.headerText);
        if (now.payloadText != was.payloadText)
            emit m_q->payloadTextChanged(now.payloadText);
        if (now.algorithm != was.algorithm)
            emit m_q->algorithmChanged();
        bool structure = !sameList(now.segments, was.segments, sameSegment)
                || now.signature != was.signature;
        for (int i = 0; i < 5; ++i)
            structure = structure || now.errors[i] != was.errors[i];
        if (structure)
            emit m_q->structureChanged();
        if (now.state != was.state || now.reason != was.reason
            || now.keyDescription != was.keyDescription)
            emit m_q->verificationChanged();
        if (!sameList(now.claims, was.claims, sameClaim) || !sameReport(now.report, was.report))
            emit m_q->claimsChanged();
        if (!sameList(now.findings, was.findings, sameFinding))
            emit m_q->findingsChanged();
    }

    TokenModel *const m_q;
    const Shown m_before;
};

// ---- TokenModel --------------------------------------------------------------------------

TokenModel::TokenModel(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->parse();
    d->decodeTexts();
    d->signedInput = d->parsed.signingInput();
    d->rememberPasted();
    d->updateAll(true);
}

TokenModel::~TokenModel() = default;

QString TokenModel::token() const
{
    return d->token;
}

TokenModel::Decoded TokenModel::decode(const QString &token)
{
    return Private::decodedTexts(token, Token::parse(token));
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
    TokenModelUpdate update(this);
    d->token = decoded.token;
    d->adopt(std::move(decoded.parsed));
    d->adoptTexts(decoded);
    d->contentFindings = std::move(decoded.contentFindings);
    d->contentFindingsValid = true;
    // Moved, not shared: setting the times must not copy a list of 300 000 claims.
    d->claims = std::move(decoded.claims);
    d->timeClaims = std::move(decoded.timeClaims);
    d->claimsPrepared = true;
    d->headerEditError = d->payloadEditError = d->signError = PartError();
    d->resignNote.clear();
    d->signedHere = false;
    d->signedInput = d->parsed.signingInput();
    d->rememberPasted();
    d->updateAll(true);
}

QString TokenModel::headerText() const
{
    return d->headerText;
}

QString TokenModel::payloadText() const
{
    return d->payloadText;
}

namespace {

/// The JSON error of an edited pane, its offset in UTF-16 units of @p text.
PartError jsonEditError(const QByteArray &utf8, const Json::Error &error)
{
    const qsizetype offset = Utf8::toUtf16Offset(utf8, error.offset);
    return {offset, TokenModel::tr("invalid JSON at offset %1: %2").arg(offset).arg(error.message)};
}

} // namespace

void TokenModel::setHeaderText(const QString &text)
{
    if (text == d->headerText)
        return;
    TokenModelUpdate update(this);
    d->headerText = text;
    d->signError = PartError();
    const QByteArray utf8 = text.toUtf8();
    if (d->parsed.isJwe() || looksLikeJson(text) || d->headerIsJson || text.trimmed().isEmpty()) {
        const Json::Formatted compact = Json::compact(utf8);
        if (compact.error.isError()) {
            d->headerEditError = jsonEditError(utf8, compact.error);
            d->updateAll(false); // the token stays as it was
            return;
        }
        d->headerEditError = PartError();
        d->headerIsJson = true;
        if (compact.text != d->compactOf(TokenPart::Header) || !d->parsed.header().present) {
            if (d->parsed.isJwe()) {
                // Only the protected header of a JWE can be edited; the rest stays.
                QList<QByteArray> pieces;
                for (const Segment &s : d->parsed.segments())
                    pieces.append(s.encoded);
                pieces[0] = Base64Url::encode(compact.text);
                const qsizetype start = d->parsed.start();
                d->token = d->token.left(start) + QString::fromLatin1(pieces.join('.'))
                        + d->token.mid(start + d->parsed.length());
                d->parse();
            } else {
                d->replaceSegment(TokenPart::Header,
                                  d->pastedSegmentFor(TokenPart::Header, compact.text)
                                          .value_or(Base64Url::encode(compact.text)));
                d->headerCompact = compact.text;
                d->headerCompactValid = true;
            }
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
    if (d->parsed.isJwe()) {
        d->payloadEditError = {-1, tr("the payload of an encrypted token (JWE) cannot be edited")};
        d->updateAll(false);
        return;
    }
    const QByteArray utf8 = text.toUtf8();
    if (d->payloadIsJson || looksLikeJson(text)) {
        const Json::Formatted compact = Json::compact(utf8);
        if (compact.error.isError() && !text.trimmed().isEmpty()) {
            d->payloadEditError = jsonEditError(utf8, compact.error);
            d->updateAll(false);
            return;
        }
        d->payloadEditError = PartError();
        d->payloadIsJson = true;
        if (compact.text != d->compactOf(TokenPart::Payload) || !d->parsed.payload().present) {
            d->replaceSegment(TokenPart::Payload,
                              d->pastedSegmentFor(TokenPart::Payload, compact.text)
                                      .value_or(Base64Url::encode(compact.text)));
            // The new segment compacts to these bytes: the next keystroke compares with
            // them without compacting a megabyte again.
            d->payloadCompact = compact.text;
            d->payloadCompactValid = true;
        }
    } else {
        // A plain-text payload (RFC 7515 allows any bytes): taken as written.
        d->payloadEditError = PartError();
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
    QByteArray utf8 = d->headerText.toUtf8();
    const Json::Object header = Json::readObject(utf8);
    if (header.isObject) {
        const Json::Member *member = header.find(u"alg");
        if (member) {
            utf8.replace(member->valueOffset, member->raw.size(), name);
        } else if (!header.members.isEmpty()) {
            // First member, indented like the one that was first.
            const qsizetype first = header.members.first().nameOffset;
            qsizetype brace = first - 1;
            while (brace >= 0 && utf8.at(brace) != '{')
                --brace;
            const QByteArray gap = utf8.mid(brace + 1, first - brace - 1);
            utf8.insert(first, "\"alg\": " + name + ',' + (gap.isEmpty() ? QByteArray(" ") : gap));
        } else {
            const qsizetype brace = utf8.indexOf('{');
            utf8.insert(brace + 1, "\"alg\": " + name);
        }
    } else if (d->headerText.trimmed().isEmpty()) {
        utf8 = "{\n  \"alg\": " + name + ",\n  \"typ\": \"JWT\"\n}";
    } else {
        return; // not an object: nothing to rewrite in place (the header error says why)
    }
    setHeaderText(QString::fromUtf8(utf8));
}

TokenModel::KeyInput TokenModel::keyInput() const
{
    return d->keyInput;
}

QString TokenModel::keyText() const
{
    return d->keyText;
}

void TokenModel::setKey(KeyInput input, const QString &text)
{
    if (input == d->keyInput && text == d->keyText)
        return;
    TokenModelUpdate update(this);
    cleanse(d->keyText);
    d->keyInput = input;
    d->keyText = QString(text.constData(), text.size()); // our own copy, cleansed on replace
    d->loadKey();
    d->signError = PartError();
    d->updateAll(false);
    emit keyChanged();
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
    if (d->parsed.isJwe())
        return fail(tr("an encrypted token (JWE) cannot be signed here"));
    const std::optional<Algorithm> alg = d->algorithm();
    if (!alg)
        return fail(d->parsed.hasAlg() ? tr("unknown algorithm \"%1\"").arg(d->parsed.alg())
                                       : tr("the header does not name an algorithm (alg)"));
    if (*alg == Algorithm::None)
        return fail(tr("alg \"none\" has no signature"));
    if (d->keys.isEmpty())
        return fail(d->keyError.isError() ? d->keyError.message : tr("no key to sign with"));
    const KeyChoice choice = chooseKey(d->keys, *alg, d->parsed.kid());
    if (choice.key.isNull())
        return fail(choice.error.isEmpty() ? tr("no key fits %1").arg(d->parsed.alg())
                                           : choice.error);
    if (!choice.key.isPrivate())
        return fail(tr("a public key cannot sign: enter the private key"));
    const QByteArray signingInput = d->parsed.header().encoded + '.' + d->parsed.payload().encoded;
    const Signature s = ::sign(*alg, choice.key, signingInput);
    if (!s.ok())
        return fail(s.error);

    const QByteArray body = signingInput + '.' + Base64Url::encode(s.bytes);
    const qsizetype start = d->parsed.start();
    d->token = d->token.left(start) + QString::fromLatin1(body)
            + d->token.mid(start + d->parsed.length());
    d->parse();
    d->signedHere = true;
    d->signedInput = d->parsed.signingInput();
    d->resignNote.clear();
    d->updateAll(true);
    return true;
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
    d->updateClaimTimes();
    d->reviewValid = false;
    d->updateFindings();
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
    d->updateClaimTimes();
    d->reviewValid = false;
    d->updateFindings();
    emit clockChanged();
}

QDateTime TokenModel::now() const
{
    return d->now();
}

void TokenModel::refreshClock()
{
    TokenModelUpdate update(this);
    d->updateClaimTimes();
    d->reviewValid = false;
    d->updateFindings();
}

void TokenModel::retranslate()
{
    TokenModelUpdate update(this);
    d->parse(); // the engine's messages are made in the language of the moment
    d->loadKey();
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
    return d->tokenError;
}

TokenModel::PartError TokenModel::headerError() const
{
    return d->headerError;
}

TokenModel::PartError TokenModel::payloadError() const
{
    return d->payloadError;
}

TokenModel::PartError TokenModel::signatureError() const
{
    return d->signatureError;
}

TokenModel::PartError TokenModel::keyError() const
{
    return d->keyError;
}

TokenModel::VerifyState TokenModel::verifyState() const
{
    return d->state;
}

QString TokenModel::verifyReason() const
{
    return d->reason;
}

QString TokenModel::keyDescription() const
{
    return d->keyDescription;
}

Key TokenModel::chosenKey() const
{
    return d->chosen;
}

bool TokenModel::isSignedHere() const
{
    return d->signedHere;
}

ClaimsReport TokenModel::claimsReport() const
{
    return d->report;
}

QList<TokenModel::Claim> TokenModel::claims() const
{
    return d->claims;
}

QList<Finding> TokenModel::findings() const
{
    return d->findings;
}

QString TokenModel::signingFormula(Algorithm alg)
{
    const QString input
            = QStringLiteral("base64UrlEncode(header) + \".\" + base64UrlEncode(payload)");
    const QString bits = QString::number(Algorithms::hashBits(alg));
    switch (Algorithms::family(alg)) {
    case AlgorithmFamily::Hmac:
        return QStringLiteral("HMACSHA%1(%2, secret)").arg(bits, input);
    case AlgorithmFamily::RsaPkcs1:
        return QStringLiteral("RSASHA%1(%2, publicKey, privateKey)").arg(bits, input);
    case AlgorithmFamily::RsaPss:
        return QStringLiteral("RSAPSSSHA%1(%2, publicKey, privateKey)").arg(bits, input);
    case AlgorithmFamily::Ecdsa:
        return QStringLiteral("ECDSASHA%1(%2, publicKey, privateKey)").arg(bits, input);
    case AlgorithmFamily::EdDsa:
        return QStringLiteral("EdDSA(%1, publicKey, privateKey)").arg(input);
    case AlgorithmFamily::None:
        break;
    }
    return QStringLiteral("%1 + \".\"").arg(input);
}
