// SPDX-License-Identifier: MIT
#include "verifycommand.h"

#include "common.h"
#include "fetchkeys.h"

#include "algorithm.h"
#include "base64url.h"
#include "certchain.h"
#include "claims.h"
#include "josemessage.h"
#include "json.h"
#include "jws.h"
#include "key.h"
#include "keyfit.h"
#include "keyring.h"
#include "token.h"
#include "verifier.h"

#include <QCommandLineParser>
#include <QDateTime>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <memory>
#include <string>
#include <thread>
#include <vector>

using namespace CliCommon;

namespace {

/// What every token of the command line is verified with.
struct Policy
{
    KeyRing ring;
    VerifyOptions options;
    /// The payload members a token's check reads: checkedClaims() and the --require names
    /// (views into requiredNames).
    QStringList requiredNames;
    QList<QStringView> claimNames;
    /// Per key of the ring, its `"key"` member (`{"kid": …, "thumbprint": …, "source": …}`),
    /// printed for the key a verdict used when keys were fetched; empty: not printed.
    std::vector<std::string> keyMembers;
};

struct Outcome
{
    bool valid = false;
    bool malformed = false;
    QString hint; ///< for a malformed single token's error line
    /// A malformed token's "<part>: <problem>", for the error line when the token's own parse
    /// found nothing (a JWE header without enc is malformed only to the verdict).
    QString reason;
};

/// Why the key @p verdict used is weak for its algorithm (an HMAC secret shorter than the
/// hash, an RSA key under 2048 bits), or empty. Cheap when it is not: a batch asks per token.
QString weakKey(const Policy &policy, const TokenVerdict &verdict)
{
    if (verdict.keyIndex < 0 || !verdict.reachedKey)
        return {};
    const Key &key = policy.ring.at(verdict.keyIndex);
    const Algorithm alg = verdict.algorithm;
    const bool weak = key.kind() == KeyKind::Secret
            ? Algorithms::family(alg) == AlgorithmFamily::Hmac
                    && key.bits() < Algorithms::hashBits(alg)
            : key.kind() == KeyKind::Rsa && key.bits() < 2048
                    && (Algorithms::family(alg) == AlgorithmFamily::RsaPkcs1
                        || Algorithms::family(alg) == AlgorithmFamily::RsaPss);
    if (!weak)
        return {};
    const KeyFit fit = checkFit(key, alg);
    return fit.verdict == KeyFit::Verdict::Weak ? fit.reason : QString();
}

/// Appends @p text as a JSON string: directly when it is printable ASCII without quotes or
/// backslashes (alg and kid nearly always are), else through Json::quote.
void appendString(std::string &out, QStringView text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u >= 0x7f || u == u'"' || u == u'\\') {
            const QByteArray quoted = Json::quote(text);
            out.append(quoted.constData(), size_t(quoted.size()));
            return;
        }
    }
    out += '"';
    for (QChar c : text)
        out += char(c.unicode());
    out += '"';
}

const char *timeWord(TimeStatus status)
{
    // The contract's words (timeStatusName() gives the same, as a QString per call).
    switch (status) {
    case TimeStatus::Valid:
        return "valid";
    case TimeStatus::Expired:
        return "expired";
    case TimeStatus::NotYetValid:
        return "not_yet_valid";
    case TimeStatus::IssuedInFuture:
        return "issued_in_future";
    case TimeStatus::Malformed:
        return "malformed";
    case TimeStatus::Skipped:
        break;
    }
    return "skipped";
}

void appendQuoted(std::string &out, const QString &text)
{
    const QByteArray quoted = Json::quote(text);
    out.append(quoted.constData(), size_t(quoted.size()));
}

/// Appends one result object. The words and their order are the contract's; the line is
/// built by hand (this runs once per token of a batch). After the contract's members, the
/// extensions: "key" (fetched keys), "hint" and "pyjwt_error" (not valid).
void appendLine(std::string &out, const Policy &policy, const TokenVerdict &verdict,
                const QString &alg, const QString &kid)
{
    const bool valid = verdict.valid;
    const char *signature = signatureWord(verdict);
    const char *time = timeWord(verdict.time);
    out += valid ? "{\"valid\": true, \"signature\": \"" : "{\"valid\": false, \"signature\": \"";
    out += signature;
    out += "\", \"time\": \"";
    out += time;
    out += '"';
    if (!alg.isEmpty()) {
        out += ", \"alg\": ";
        appendString(out, alg);
    }
    if (!kid.isEmpty()) {
        out += ", \"kid\": ";
        appendString(out, kid);
    }
    if (verdict.keyIndex >= 0 && size_t(verdict.keyIndex) < policy.keyMembers.size()) {
        out += ", \"key\": ";
        out += policy.keyMembers[size_t(verdict.keyIndex)];
    }
    if (!valid) {
        out += ", \"error\": ";
        appendQuoted(out, verdict.error);
        if (!verdict.hint.isEmpty()) {
            out += ", \"hint\": ";
            appendQuoted(out, verdict.hint.text);
        }
        if (!verdict.failures.isEmpty()) {
            out += ", \"pyjwt_error\": \"";
            out += verdict.pyjwtError().toStdString(); // ASCII class names
            out += '"';
        }
    }
    out += "}\n";
}

/// Verifies the token in @p utf8 and appends its line. A malformed token gets a line too
/// (batch mode); @c malformed tells the single-token caller to exit 2 instead. When @p weak
/// is given, why the key used is weak is put there (README: weak keys are warned of).
Outcome verifyLine(const Policy &policy, QByteArrayView utf8, std::string &out,
                   QString *weak = nullptr)
{
    // Read from the bytes (no UTF-16 copy of the line), and of the payload only the claims
    // checked here.
    const Token token = Token::parse(utf8, policy.claimNames);
    const TokenVerdict verdict = verifyToken(token, policy.ring, policy.options, utf8);
    Outcome outcome;
    outcome.valid = verdict.valid;
    outcome.malformed = verdict.malformed;
    if (weak)
        *weak = weakKey(policy, verdict);
    if (verdict.malformed) {
        outcome.hint = verdict.hint.text;
        outcome.reason = verdict.reason;
    }
    appendLine(out, policy, verdict, verdict.malformed ? QString() : token.alg(),
               verdict.malformed ? QString() : token.kid());
    return outcome;
}

/// `verify` of a JWS in the JSON serialization (RFC 7515 §7.2, general or flattened): the
/// keys are tried on each signature, the first that verifies stands for the message
/// (decideJwsJson(), the one verdict), and the line says which: after the contract's members,
/// "serialization", "matched" (its index, or null) and "signatures" (each one's index, alg,
/// kid, protected header and word).
/// @p detached: the payload given with --payload, for a JWS whose payload is detached.
int verifyJoseJson(const Policy &policy, QByteArrayView text, Io &io,
                   const std::optional<QByteArray> &detached)
{
    JoseJsonDocument doc = parseJoseJson(text);
    if (doc.kind == JoseJsonDocument::Kind::Invalid)
        return fail(io, QStringLiteral("token"), doc.error);
    if (doc.kind == JoseJsonDocument::Kind::Jwe) {
        return fail(io, QStringLiteral("token"),
                    Cli::tr("this is an encrypted JWE in the JSON serialization: use jwtlens "
                            "decrypt"));
    }
    if (doc.jws.signatures.isEmpty())
        return fail(io, QStringLiteral("signature"), Cli::tr("the JWS has no signature"));
    if (detached) {
        if (doc.jws.payloadPresent) {
            return fail(io, QStringLiteral("usage"),
                        Cli::tr("--payload is for a detached payload, and this JWS has a "
                                "\"payload\" member"));
        }
        // RFC 7515 Appendix F: the content goes where the payload was left out.
        doc.jws.payload = *detached;
        doc.jws.payloadEncoded = Base64Url::encode(*detached);
        doc.jws.payloadPresent = true;
    }
    const JwsJsonVerdict decision = decideJwsJson(doc.jws, policy.ring, policy.options);
    const TokenVerdict &verdict = decision.verdict;
    const QList<JwsJsonSignatureCheck> &checks = decision.signatures.signatures;
    const JwsJsonSignatureCheck &standing = checks.at(decision.standsFor);
    std::string line;
    appendLine(line, policy, verdict, standing.alg, standing.kid);
    line.resize(line.size() - 2); // "}\n": the extensions follow
    line += doc.jws.serialization == JoseSerialization::FlattenedJson
            ? ", \"serialization\": \"flattened\""
            : ", \"serialization\": \"general\"";
    line += ", \"matched\": ";
    line += decision.signatures.matched >= 0 ? std::to_string(decision.signatures.matched)
                                             : std::string("null");
    line += ", \"signatures\": [";
    for (qsizetype i = 0; i < checks.size(); ++i) {
        const JwsJsonSignatureCheck &check = checks.at(i);
        const JoseHeader &protectedHeader = doc.jws.signatures.at(i).protectedHeader;
        line += i == 0 ? "{\"index\": " : ", {\"index\": ";
        line += std::to_string(i);
        line += ", \"alg\": ";
        appendQuoted(line, check.alg);
        if (!check.kid.isEmpty()) {
            line += ", \"kid\": ";
            appendQuoted(line, check.kid);
        }
        line += ", \"protected\": ";
        const QByteArray header
                = protectedHeader.present ? Json::compact(protectedHeader.json).text : QByteArray();
        line += header.isEmpty() ? std::string("null") : header.toStdString();
        line += ", \"signature\": \"";
        line += signatureStatusName(check.status).toStdString();
        line += '"';
        if (check.status != SignatureStatus::Valid) {
            line += ", \"error\": ";
            appendQuoted(line, check.reason);
        }
        line += '}';
    }
    line += "]}\n";
    if (const QString weak = weakKey(policy, verdict); !weak.isEmpty())
        warn(io, Cli::tr("weak key: %1").arg(weak));
    io.out.append(line.data(), qsizetype(line.size()));
    return verdict.valid ? Success : NotValid;
}

/// A stretch of standard input, whole lines, and the result lines of its tokens.
struct Chunk
{
    QByteArrayView input;
    std::string out; // std::string: its appends are inlined, QByteArray's go through insert()
    size_t tokens = 0;
    bool allValid = true;
    QString weakKey; ///< why the key was weak for the first token it was, or empty
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

/// Verifies each non-blank line of the chunk (surrounding blanks kept off).
void verifyChunk(const Policy &policy, Chunk &chunk)
{
    // Written to locals, stored at the end: the chunks lie side by side, and a thread that
    // wrote its chunk's counts on every line would write into the cache lines of the chunk
    // another thread works on.
    std::string out;
    size_t tokens = 0;
    bool allValid = true;
    QString weakKey;
    const char *p = chunk.input.data();
    const char *const end = p + chunk.input.size();
    out.reserve(size_t(chunk.input.size() / 4));
    while (p < end) {
        const char *nl = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        const char *lineEnd = nl ? nl : end;
        const char *b = p;
        const char *e = lineEnd;
        while (b < e && isSpace(*b))
            ++b;
        while (e > b && isSpace(e[-1]))
            --e;
        if (e > b) {
            ++tokens;
            if (!verifyLine(policy, QByteArrayView(b, e - b), out,
                            weakKey.isEmpty() ? &weakKey : nullptr)
                         .valid)
                allValid = false;
        }
        p = nl ? nl + 1 : end;
    }
    chunk.out = std::move(out);
    chunk.tokens = tokens;
    chunk.allValid = allValid;
    chunk.weakKey = std::move(weakKey);
}

/// @p input cut into stretches of about @p size bytes that end at a line end.
std::vector<Chunk> splitChunks(QByteArrayView input, qsizetype size)
{
    std::vector<Chunk> chunks;
    chunks.reserve(size_t(input.size() / size + 1));
    qsizetype from = 0;
    while (from < input.size()) {
        qsizetype to = std::min(input.size(), from + size);
        if (to < input.size()) {
            const void *nl = std::memchr(input.data() + to, '\n', size_t(input.size() - to));
            to = nl ? static_cast<const char *>(nl) - input.data() + 1 : input.size();
        }
        chunks.emplace_back();
        chunks.back().input = input.sliced(from, to - from);
        from = to;
    }
    return chunks;
}

int verifyBatch(const Policy &policy, const QByteArray &input, int threads, Io &io)
{
    // The input is cut into stretches of whole lines that the threads take one after the
    // other as they are done with the last (a thread held up by the rest of the machine
    // does not hold up the others), each with its own output, joined in input order.
    // Small batches are not worth a thread.
    constexpr qsizetype chunkSize = 64 * 1024;
    constexpr qsizetype minimumPerThread = 32 * 1024;
    std::vector<Chunk> chunks = splitChunks(input, chunkSize);
    const size_t count = std::max<size_t>(
            1, std::min<size_t>(size_t(threads), size_t(input.size() / minimumPerThread)));
    const std::unique_ptr<std::atomic<bool>[]> done(new std::atomic<bool>[chunks.size()]());
    std::atomic<size_t> next {0};
    const auto take = [&policy, &chunks, &next, &done]() -> size_t {
        const size_t i = next++;
        if (i < chunks.size()) {
            verifyChunk(policy, chunks[i]);
            done[i].store(true, std::memory_order_release);
        }
        return i;
    };
    // With a writer, the first results leave while the last are being made: this thread
    // writes every chunk that is done and has no chunk before it still to come.
    const bool stream = io.writeOut && io.out.isEmpty();
    size_t written = 0;
    const auto write = [&] {
        for (; written < chunks.size() && done[written].load(std::memory_order_acquire);
             ++written) {
            std::string &out = chunks[written].out;
            io.writeOut(QByteArrayView(out.data(), qsizetype(out.size())));
            std::string().swap(out);
        }
    };
    std::vector<std::thread> workers;
    workers.reserve(count - 1);
    for (size_t i = 1; i < count; ++i) {
        workers.emplace_back([&take, &chunks] {
            while (take() < chunks.size()) { }
        });
    }
    while (take() < chunks.size()) {
        if (stream)
            write();
    }
    for (std::thread &t : workers)
        t.join();

    bool allValid = true;
    size_t tokens = 0;
    size_t total = 0;
    QString weak;
    for (const Chunk &c : chunks) {
        total += c.out.size();
        tokens += c.tokens;
        allValid = allValid && c.allValid;
        if (weak.isEmpty())
            weak = c.weakKey;
    }
    // Once for the batch, when the results are complete (standard error is not interleaved
    // with the lines of standard output).
    if (!weak.isEmpty())
        warn(io, Cli::tr("weak key: %1").arg(weak));
    // No token at all: nothing was written (every output was empty).
    if (tokens == 0)
        return fail(io, QStringLiteral("token"), Cli::tr("no token on standard input"));
    if (stream) {
        write();
    } else {
        io.out.reserve(io.out.size() + qsizetype(total));
        for (const Chunk &c : chunks)
            io.out.append(c.out.data(), qsizetype(c.out.size()));
    }
    return allValid ? Success : NotValid;
}

/// Runs preloadAlgorithms() on a thread of its own from construction to destruction.
class Preloader
{
public:
    Preloader()
        : m_thread(preloadAlgorithms)
    { }
    ~Preloader() { m_thread.join(); }
    Q_DISABLE_COPY_MOVE(Preloader)

private:
    std::thread m_thread;
};

/// The "key" member of each key of the ring, for the output of a verification with fetched
/// keys: which key of the set verified the token (or was tried).
std::vector<std::string> keyMembers(const KeyRing &ring)
{
    std::vector<std::string> members;
    members.reserve(size_t(ring.size()));
    for (qsizetype i = 0; i < ring.size(); ++i) {
        const Key &key = ring.at(i);
        std::string member = "{";
        if (!key.kid().isEmpty()) {
            member += "\"kid\": ";
            appendQuoted(member, key.kid());
            member += ", ";
        }
        member += "\"thumbprint\": \"";
        member += Base64Url::encode(key.thumbprint()).toStdString();
        member += '"';
        const KeyOrigin &origin = ring.origin(i);
        if (!origin.location.isEmpty()) {
            member += ", \"source\": ";
            appendQuoted(member, origin.location);
        }
        member += '}';
        members.push_back(std::move(member));
    }
    return members;
}

/// Reads --x5c-ca into the verification's trust anchors; false after the error line.
bool readX5cAnchors(const QCommandLineParser &parser, Io &io, VerifyOptions &options)
{
    if (!parser.isSet(QStringLiteral("x5c-ca")))
        return true;
    const QString file = parser.value(QStringLiteral("x5c-ca"));
    const std::optional<QByteArray> pem = readFile(file, io);
    if (!pem)
        return false;
    QString error;
    options.x5cAnchors = TrustAnchors::fromPem(*pem, file, &error);
    if (options.x5cAnchors.isEmpty()) {
        fail(io, QStringLiteral("key"), error);
        return false;
    }
    return true;
}

} // namespace

int runVerify(const QStringList &args, Io &io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            Cli::tr("Checks the signature and the time claims of a token, or of every line "
                    "of standard input (one JSON object per line, in order)."));
    addKeyOptions(parser);
    parser.addOption({QStringLiteral("alg"),
                      Cli::tr("Accept only this algorithm (repeatable, or comma-separated)."),
                      QStringLiteral("ALG")});
    addClockOptions(parser);
    parser.addOption({QStringLiteral("ignore-time"),
                      Cli::tr("Do not check exp, nbf and iat (time is \"skipped\").")});
    parser.addOption(
            {QStringLiteral("iss"), Cli::tr("Require this issuer (iss)."), QStringLiteral("ISS")});
    parser.addOption({QStringLiteral("aud"), Cli::tr("Require this audience (aud)."),
                      QStringLiteral("AUD")});
    parser.addOption({QStringLiteral("typ"),
                      Cli::tr("Require this header typ (RFC 8725 §3.11), e.g. at+jwt or JWT: "
                              "compared case-insensitively, \"application/\" optional."),
                      QStringLiteral("TYPE")});
    parser.addOption({QStringLiteral("require"),
                      Cli::tr("Require this claim to be present and not null (repeatable)."),
                      QStringLiteral("CLAIM")});
    addFetchOptions(parser);
    parser.addOption({QStringLiteral("x5c-ca"),
                      Cli::tr("Trust a token's x5c certificate when its chain verifies to a CA "
                              "certificate in FILE (PEM)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("payload"),
                      Cli::tr("The detached payload (RFC 7515 Appendix F) of a JWS whose payload "
                              "is empty (compact) or left out (JSON): the bytes of FILE."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("threads"),
                      Cli::tr("Threads for a batch on standard input (default: one per core)."),
                      QStringLiteral("N")});
    parser.addPositionalArgument(QStringLiteral("token"),
                                 Cli::tr("The token, or - (or nothing) for one token per line "
                                         "of standard input."),
                                 QStringLiteral("[TOKEN|-]"));
    int exitCode = Success;
    if (!parseArguments(parser, args, io, exitCode))
        return exitCode;
    // OpenSSL starts up while the keys and the input are read.
    const Preloader preloader;

    Policy policy;
    // The command line prints the contract's words only: no reason for a valid signature.
    policy.options.describe = false;
    ClaimsPolicy &claims = policy.options.claims.emplace();
    for (const QString &value : parser.values(QStringLiteral("alg"))) {
        for (const QString &name : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const std::optional<Algorithm> alg = parseAlgorithm(name.trimmed(), io, true);
            if (!alg)
                return Failure;
            policy.options.allowed << *alg;
        }
    }
    // An empty allow-list would mean "any algorithm": the opposite of what --alg asks.
    if (parser.isSet(QStringLiteral("alg")) && policy.options.allowed.isEmpty())
        return fail(io, QStringLiteral("usage"), Cli::tr("--alg needs an algorithm name"));
    if (!readClockOptions(parser, io, claims.now, claims.leeway))
        return Failure;
    claims.ignoreTime = parser.isSet(QStringLiteral("ignore-time"));
    if (parser.isSet(QStringLiteral("iss")))
        claims.issuer = parser.value(QStringLiteral("iss"));
    if (parser.isSet(QStringLiteral("aud")))
        claims.audience = parser.value(QStringLiteral("aud"));
    if (parser.isSet(QStringLiteral("typ")))
        policy.options.type = parser.value(QStringLiteral("typ"));
    for (const QString &name : parser.values(QStringLiteral("require"))) {
        if (name.isEmpty())
            return fail(io, QStringLiteral("usage"), Cli::tr("--require needs a claim name"));
        if (!claims.required.contains(name))
            claims.required << name;
    }
    policy.requiredNames = claims.required;
    policy.claimNames = checkedClaims();
    for (const QString &name : std::as_const(policy.requiredNames))
        policy.claimNames << QStringView(name);
    if (!readX5cAnchors(parser, io, policy.options))
        return Failure;
    int threads = int(std::max(1u, std::thread::hardware_concurrency()));
    if (parser.isSet(QStringLiteral("threads"))) {
        const std::optional<qint64> n = parseInteger(parser, QStringLiteral("threads"), io, 1);
        if (!n)
            return Failure;
        threads = int(std::min<qint64>(*n, 256));
    }

    std::optional<LoadedKeys> keys = loadKeyOptions(parser, io);
    if (!keys)
        return Failure;
    const bool fetch = fetchOptionsGiven(parser);
    if (!keys->given && !fetch && policy.options.x5cAnchors.isEmpty()) {
        return fail(io, QStringLiteral("usage"),
                    Cli::tr("verify needs a key: --secret, --secret-file, --secret-base64, "
                            "--key, --jwks-url, --discover or --x5c-ca"));
    }
    if (!fetch
        && (parser.isSet(QStringLiteral("cacert")) || parser.isSet(QStringLiteral("timeout"))))
        return fail(io, QStringLiteral("usage"),
                    Cli::tr("--cacert and --timeout are for --jwks-url or --discover"));
    policy.ring = keys->ring;

    bool fromInput = false;
    const std::optional<QByteArray> input
            = readArgumentOrInput(parser, io, Cli::tr("token"), &fromInput, true);
    if (!input)
        return Failure;
    // The keys are fetched only now: after every usage error, and only because the options
    // asked for it.
    if (fetch) {
        const std::optional<FetchedKeys> fetched = fetchKeyOptions(parser, io);
        if (!fetched)
            return Failure;
        policy.ring.add(fetched->keys,
                        KeyOrigin::url(fetched->jwksUrl, QDateTime::currentDateTimeUtc()));
        policy.keyMembers = keyMembers(policy.ring);
    }
    // A JWS in the JSON serialization is one JSON object (maybe over several lines); a
    // compact token never starts with "{".
    const bool json = looksLikeJoseJson(*input);
    std::optional<QByteArray> detached;
    if (parser.isSet(QStringLiteral("payload"))) {
        if (fromInput && !json) {
            return fail(io, QStringLiteral("usage"),
                        Cli::tr("--payload verifies one token, given as an argument or a file, "
                                "not lines of standard input"));
        }
        detached = readFile(parser.value(QStringLiteral("payload")), io, BoundedFile::TokenCap,
                            QStringLiteral("payload"));
        if (!detached)
            return Failure;
    }
    if (json)
        return verifyJoseJson(policy, *input, io, detached);
    if (fromInput)
        return verifyBatch(policy, *input, threads, io);

    QByteArray token = *input;
    if (detached) {
        // A compact JWS with detached content is "header..signature" (RFC 7515 Appendix F):
        // the content is put back, base64url-encoded, between the two dots.
        const QByteArray trimmed = token.trimmed();
        const QList<QByteArray> parts = trimmed.split('.');
        if (parts.size() != 3) {
            return fail(io, QStringLiteral("usage"),
                        Cli::tr("--payload is for a JWS whose payload was left out "
                                "(HEADER..SIGNATURE), and this token has %n part(s)",
                                nullptr, int(parts.size())));
        }
        if (!parts.at(1).isEmpty()) {
            return fail(io, QStringLiteral("usage"),
                        Cli::tr("--payload is for a detached payload, and this token's payload "
                                "is not empty (a detached one is HEADER..SIGNATURE)"));
        }
        token = parts.at(0) + '.' + Base64Url::encode(*detached) + '.' + parts.at(2);
    }

    std::string line;
    QString weak;
    const Outcome outcome = verifyLine(policy, token, line, &weak);
    if (outcome.malformed) {
        const Token parsed = Token::parse(token);
        const bool parseError = std::any_of(
                parsed.problems().cbegin(), parsed.problems().cend(),
                [](const Problem &p) { return p.severity == Problem::Severity::Error; });
        const qsizetype colon = outcome.reason.indexOf(QLatin1String(": "));
        if (!parseError && colon > 0)
            return fail(io, outcome.reason.left(colon), outcome.reason.mid(colon + 2));
        return failOnProblem(io, parsed, outcome.hint);
    }
    if (!weak.isEmpty())
        warn(io, Cli::tr("weak key: %1").arg(weak));
    io.out.append(line.data(), qsizetype(line.size()));
    return outcome.valid ? Success : NotValid;
}
