// SPDX-License-Identifier: MIT
#include "crack.h"

#include "algorithm.h"
#include "boundedfile.h"
#include "cryptothread.h"
#include "ossl.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QMutex>
#include <QMutexLocker>
#include <QThread>

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/params.h>

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <cstring>
#include <mutex>
#include <thread>
#include <vector>

#include <sys/mman.h>

namespace {

/// Work unit handed to a worker: small enough that cancel and a hit stop every worker
/// within a few milliseconds, large enough that the shared counter is not contended.
constexpr qint64 chunkSize = 64 * 1024;
/// Read size for wordlists that cannot be mapped (pipes, special files).
constexpr qint64 blockSize = 16 * 1024 * 1024;
/// The longest line of a wordlist that is read as a stream: no secret is that long, and a
/// stream without newlines (/dev/zero) must not grow without bound.
constexpr qint64 maxLineSize = BoundedFile::LineCap;

/// What a candidate must reproduce.
struct Target
{
    QByteArray message; ///< the signing input
    QByteArray signature; ///< the decoded signature, the hash's size
    const char *digest = "SHA256";
};

std::optional<Target> targetOf(const Token &token, QString *refusal)
{
    const auto fail = [&](const QString &why) {
        if (refusal)
            *refusal = why;
        return std::nullopt;
    };
    if (token.form() != Token::Form::Jws || !token.headerObject().isObject || !token.hasAlg())
        return fail(QCoreApplication::translate("Crack", "not a signed token (JWS)"));
    const std::optional<Algorithm> alg = Algorithms::fromName(token.alg());
    if (!alg || Algorithms::family(*alg) != AlgorithmFamily::Hmac) {
        return fail(QCoreApplication::translate("Crack",
                                                "only HS256, HS384 and HS512 tokens have a "
                                                "secret to guess; this one is \"%1\"")
                            .arg(token.alg()));
    }
    const int bytes = Algorithms::hashBits(*alg) / 8;
    const Segment &signature = token.signature();
    if (!signature.decodes || signature.decoded.size() != bytes) {
        return fail(
                QCoreApplication::translate("Crack", "the signature is %1 bytes long, %2 gives %3")
                        .arg(signature.decoded.size())
                        .arg(token.alg())
                        .arg(bytes));
    }
    Target t;
    t.message = token.signingInput();
    t.signature = signature.decoded;
    t.digest = bytes == 32 ? "SHA256" : bytes == 48 ? "SHA384" : "SHA512";
    if (refusal)
        refusal->clear();
    return t;
}

/// One HMAC context, re-keyed per candidate (EVP_MAC_init with a key keeps the digest).
class Tester
{
public:
    Tester(EVP_MAC *mac, const Target &target)
        : m_target(target)
        , m_ctx(mac ? EVP_MAC_CTX_new(mac) : nullptr)
    {
        if (!m_ctx)
            return;
        OSSL_PARAM params[] = {
                OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST,
                                                 const_cast<char *>(target.digest), 0),
                OSSL_PARAM_construct_end(),
        };
        m_ok = EVP_MAC_CTX_set_params(m_ctx.get(), params) == 1;
    }
    ~Tester() { OPENSSL_cleanse(m_out, sizeof m_out); }
    Tester(const Tester &) = delete;
    Tester &operator=(const Tester &) = delete;

    bool isOk() const { return m_ok; }

    bool matches(const char *key, size_t length)
    {
        // A null key would keep the previous one: the empty secret needs a real pointer.
        static const unsigned char empty = 0;
        const unsigned char *k = length ? reinterpret_cast<const unsigned char *>(key) : &empty;
        if (EVP_MAC_init(m_ctx.get(), k, length, nullptr) != 1)
            return false;
        if (EVP_MAC_update(m_ctx.get(),
                           reinterpret_cast<const unsigned char *>(m_target.message.constData()),
                           size_t(m_target.message.size()))
            != 1)
            return false;
        size_t outLength = 0;
        if (EVP_MAC_final(m_ctx.get(), m_out, &outLength, sizeof m_out) != 1)
            return false;
        // Not constant time on purpose: we are the attacker here, and speed is the point.
        return outLength == size_t(m_target.signature.size())
                && std::memcmp(m_out, m_target.signature.constData(), outLength) == 0;
    }

private:
    const Target &m_target;
    const Ossl::MacCtxPtr m_ctx;
    unsigned char m_out[EVP_MAX_MD_SIZE] = {};
    bool m_ok = false;
};

Ossl::MacPtr fetchHmac()
{
    return Ossl::MacPtr(EVP_MAC_fetch(nullptr, "HMAC", nullptr));
}

/// State the workers share while they search one buffer of newline-separated candidates.
struct Search
{
    const char *data = nullptr;
    qint64 size = 0;
    std::atomic<qint64> next {0};
    std::atomic<qint64> tried {0};
    std::atomic<qint64> bytesDone {0};
    std::atomic<bool> found {0};
    std::atomic<bool> failed {0};
    const std::atomic<bool> *cancel = nullptr;
    QMutex mutex;
    QByteArray secret;

    bool stopped() const
    {
        return found.load(std::memory_order_relaxed)
                || (cancel && cancel->load(std::memory_order_relaxed));
    }
};

/// A worker: takes chunks until the buffer is done or the search stops. A line belongs to
/// the chunk its first byte is in.
void work(Search &s, EVP_MAC *mac, const Target &target)
{
    Tester tester(mac, target);
    if (!tester.isOk()) {
        s.failed = true;
        return;
    }
    while (!s.stopped()) {
        const qint64 begin = s.next.fetch_add(chunkSize, std::memory_order_relaxed);
        if (begin >= s.size)
            return;
        const qint64 end = std::min(begin + chunkSize, s.size);
        qint64 p = begin;
        if (p > 0) {
            const void *newline = std::memchr(s.data + p - 1, '\n', size_t(s.size - p + 1));
            p = newline ? qint64(static_cast<const char *>(newline) - s.data) + 1 : s.size;
        }
        qint64 tried = 0;
        while (p < end) {
            const void *newline = std::memchr(s.data + p, '\n', size_t(s.size - p));
            const qint64 lineEnd
                    = newline ? qint64(static_cast<const char *>(newline) - s.data) : s.size;
            qint64 length = lineEnd - p;
            if (length > 0 && s.data[p + length - 1] == '\r')
                --length;
            if (length > 0) {
                ++tried;
                if (tester.matches(s.data + p, size_t(length))) {
                    QMutexLocker lock(&s.mutex);
                    if (!s.found) {
                        s.secret = QByteArray(s.data + p, length);
                        s.found = true;
                    }
                    break;
                }
            }
            p = lineEnd + 1;
        }
        s.tried.fetch_add(tried, std::memory_order_relaxed);
        s.bytesDone.fetch_add(end - begin, std::memory_order_relaxed);
    }
}

/// Runs the workers over one buffer; the calling thread reports progress meanwhile.
void searchBuffer(Search &s, EVP_MAC *mac, const Target &target, int threads,
                  const std::function<void()> &tick, int intervalMs)
{
    // std::thread, not QThread: join() returns only once a thread has run its thread-local
    // destructors (OpenSSL's per-thread state among them), whereas QThread::wait() returns
    // before them, so the process could exit with that state half freed (a leak report).
    std::mutex mutex;
    std::condition_variable done;
    int running = threads;
    std::vector<std::thread> workers;
    workers.reserve(size_t(threads));
    for (int i = 0; i < threads; ++i) {
        workers.emplace_back([&] {
            work(s, mac, target);
            const std::lock_guard<std::mutex> lock(mutex);
            --running;
            done.notify_one();
        });
    }
    {
        std::unique_lock<std::mutex> lock(mutex);
        while (!done.wait_for(lock, std::chrono::milliseconds(intervalMs),
                              [&] { return running == 0; })) {
            lock.unlock();
            tick();
            lock.lock();
        }
    }
    for (std::thread &worker : workers)
        worker.join();
}

} // namespace

struct Crack::Private
{
    mutable QMutex mutex;
    std::unique_ptr<QThread> thread;
    std::atomic<bool> cancel {false};
    bool running = false;
    Result result;
};

Crack::Crack(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<Crack::Progress>();
    qRegisterMetaType<Crack::Result>();
}

Crack::~Crack()
{
    d->cancel = true;
    if (d->thread)
        d->thread->wait();
}

QString Crack::refusal(const Token &token)
{
    QString why;
    targetOf(token, &why);
    return why;
}

std::optional<QByteArray> Crack::tryCommonSecrets(const Token &token)
{
    const std::optional<Target> target = targetOf(token, nullptr);
    if (!target)
        return std::nullopt;
    const Ossl::MacPtr mac = fetchHmac();
    Tester tester(mac.get(), *target);
    if (!tester.isOk())
        return std::nullopt;
    if (tester.matches(nullptr, 0))
        return QByteArray();
    for (const QString &secret : Findings::commonSecrets()) {
        const QByteArray bytes = secret.toUtf8();
        if (tester.matches(bytes.constData(), size_t(bytes.size())))
            return bytes;
    }
    return std::nullopt;
}

QList<Finding> Crack::weakSecretFindings(const Token &token)
{
    if (const std::optional<QByteArray> secret = tryCommonSecrets(token))
        return {Findings::weakSecret(*secret)};
    return {};
}

QList<Finding> Crack::quickWeakSecretFindings(const Token &token)
{
    const qsizetype inputSize = token.header().length + 1 + token.payload().length;
    if (inputSize > QuickCheckMaxInput)
        return {};
    return weakSecretFindings(token);
}

Crack::Result Crack::run(const Token &token, const Options &options,
                         const std::function<void(const Progress &)> &progress,
                         const std::atomic<bool> *cancel)
{
    QElapsedTimer clock;
    clock.start();
    Result result;
    const std::optional<Target> target = targetOf(token, &result.error);
    if (!target) {
        result.outcome = Outcome::Refused;
        return result;
    }
    const Ossl::MacPtr mac = fetchHmac();
    if (!mac) {
        result.outcome = Outcome::Failed;
        result.error = QCoreApplication::translate("Crack", "HMAC is not available");
        return result;
    }
    const int threads = options.threads > 0 ? options.threads : QThread::idealThreadCount();
    const int interval = std::max(10, options.progressIntervalMs);

    qint64 triedBefore = 0; // candidates of finished phases and blocks
    qint64 bytesBefore = 0;
    qint64 bytesTotal = 0;
    Search *current = nullptr;
    const auto report = [&] {
        if (!progress)
            return;
        Progress p;
        p.tried = triedBefore + (current ? current->tried.load() : 0);
        p.bytesDone = bytesBefore + (current ? current->bytesDone.load() : 0);
        p.bytesTotal = bytesTotal;
        p.seconds = double(clock.nsecsElapsed()) / 1e9;
        p.rate = p.seconds > 0 ? double(p.tried) / p.seconds : 0;
        progress(p);
    };
    const auto finish = [&](Outcome outcome) {
        result.outcome = outcome;
        result.tried = triedBefore;
        result.seconds = double(clock.nsecsElapsed()) / 1e9;
        current = nullptr;
        report();
        return result;
    };
    const auto cancelled = [&] {
        return cancel && cancel->load();
    };

    if (options.commonSecrets) {
        Tester tester(mac.get(), *target);
        if (!tester.isOk()) {
            result.error = QCoreApplication::translate("Crack", "HMAC is not available");
            return finish(Outcome::Failed);
        }
        ++triedBefore;
        if (tester.matches(nullptr, 0)) {
            result.secret.clear();
            return finish(Outcome::Found);
        }
        // On a token of megabytes each HMAC takes milliseconds: the list is ~450 of them,
        // so it listens to cancel and reports progress too.
        QElapsedTimer sinceReport;
        sinceReport.start();
        for (const QString &secret : Findings::commonSecrets()) {
            if (cancelled())
                return finish(Outcome::Cancelled);
            const QByteArray bytes = secret.toUtf8();
            ++triedBefore;
            if (tester.matches(bytes.constData(), size_t(bytes.size()))) {
                result.secret = bytes;
                return finish(Outcome::Found);
            }
            if (sinceReport.elapsed() >= interval) {
                report();
                sinceReport.restart();
            }
        }
    }
    if (cancelled())
        return finish(Outcome::Cancelled);
    if (options.wordlist.isEmpty())
        return finish(Outcome::NotFound);

    // Through BoundedFile: a FIFO (`--wordlist <(…)`) without a writer gives up in time, and a
    // device or a pipe is read as a stream whose lines are capped.
    BoundedFile::Stream file(options.wordlist);
    if (!file.isOpen()) {
        result.error = QCoreApplication::translate("Crack", "wordlist: %1").arg(file.error());
        return finish(Outcome::Failed);
    }
    const auto searchOne = [&](const char *data, qint64 size) {
        Search s;
        s.data = data;
        s.size = size;
        s.cancel = cancel;
        current = &s;
        searchBuffer(s, mac.get(), *target, threads, report, interval);
        current = nullptr;
        triedBefore += s.tried.load();
        bytesBefore += s.bytesDone.load();
        if (s.found)
            result.secret = s.secret;
        return s.failed ? Outcome::Failed : s.found ? Outcome::Found : Outcome::NotFound;
    };
    const auto outcomeOf = [&](Outcome o) {
        if (o == Outcome::Failed)
            result.error = QCoreApplication::translate("Crack", "HMAC is not available");
        if (o == Outcome::NotFound && cancelled())
            return Outcome::Cancelled;
        return o;
    };

    const qint64 size = file.regularSize();
    if (file.isRegular() && size > 0) {
        void *mapped = ::mmap(nullptr, size_t(size), PROT_READ, MAP_PRIVATE, file.descriptor(), 0);
        if (mapped != MAP_FAILED) {
            bytesTotal = size;
            const Outcome o = searchOne(static_cast<const char *>(mapped), size);
            ::munmap(mapped, size_t(size));
            return finish(outcomeOf(o));
        }
    }
    // Not mappable (a pipe, a FIFO, a device, or an empty file): big sequential reads, each
    // block cut after its last newline and searched in parallel.
    QByteArray buffer;
    QByteArray carry;
    for (;;) {
        buffer = carry;
        carry.clear();
        buffer.resize(buffer.size() + blockSize);
        const qint64 had = buffer.size() - blockSize;
        const qint64 got = file.read(buffer.data() + had, blockSize);
        if (got < 0) {
            result.error = QCoreApplication::translate("Crack", "wordlist: %1").arg(file.error());
            return finish(Outcome::Failed);
        }
        buffer.resize(had + got);
        const bool last = got == 0;
        if (!last) {
            const qsizetype cut = buffer.lastIndexOf('\n');
            if (cut < 0 && buffer.size() > maxLineSize) {
                result.error = QCoreApplication::translate(
                                       "Crack", "the wordlist %1 has a line longer than %n byte(s)",
                                       nullptr, int(maxLineSize))
                                       .arg(options.wordlist);
                return finish(Outcome::Failed);
            }
            if (cut < 0) {
                carry = buffer;
                continue;
            }
            carry = buffer.mid(cut + 1);
            buffer.truncate(cut + 1);
        }
        const Outcome o = searchOne(buffer.constData(), buffer.size());
        if (o != Outcome::NotFound || cancelled() || last)
            return finish(outcomeOf(o));
    }
}

bool Crack::start(const Token &token, const Options &options)
{
    QMutexLocker lock(&d->mutex);
    if (d->running)
        return false;
    if (d->thread) {
        d->thread->wait(); // finished: it only has to return from its function
        d->thread.reset();
    }
    d->running = true;
    d->cancel = false;
    d->thread.reset(QThread::create([this, token, options] {
        const Result r = run(
                token, options, [this](const Progress &p) { emit progressChanged(p); }, &d->cancel);
        {
            QMutexLocker lock(&d->mutex);
            d->result = r;
            d->running = false;
        }
        releaseCryptoThreadState();
        emit finished(r);
    }));
    d->thread->start();
    return true;
}

void Crack::cancel()
{
    d->cancel = true;
}

bool Crack::isRunning() const
{
    QMutexLocker lock(&d->mutex);
    return d->running;
}

bool Crack::wait(int msecs)
{
    QThread *thread = nullptr;
    {
        QMutexLocker lock(&d->mutex);
        thread = d->thread.get();
    }
    if (!thread)
        return true;
    return thread->wait(msecs < 0 ? QDeadlineTimer(QDeadlineTimer::Forever)
                                  : QDeadlineTimer(msecs));
}

Crack::Result Crack::result() const
{
    QMutexLocker lock(&d->mutex);
    return d->result;
}
