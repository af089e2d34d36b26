// SPDX-License-Identifier: MIT
#include "keyring.h"

#include "base64url.h"
#include "jwk.h"
#include "keyfit.h"
#include "keyset.h"

#include <QCoreApplication>

#include <atomic>
#include <mutex>
#include <optional>
#include <vector>

/// One key of the ring: made, or a JWK to make when it is first asked for.
struct KeyRingEntry
{
    Key key;
    std::optional<JwkEntry> jwk; ///< what to make the key from, until it is made
    QString kid;
    QString error; ///< why the key could not be made
    KeyOrigin origin;
    std::atomic<bool> made {false};
};

struct KeyRing::Entries
{
    std::vector<std::unique_ptr<KeyRingEntry>> list;
    std::mutex making; ///< one key made at a time; made keys are read without it
};

namespace {

/// Whether the JWK of @p entry may fit @p alg, by its members alone: as checkFit() decides,
/// except for what only the key itself can say (its size: a weak key still fits).
bool mayFit(const JwkEntry &entry, Algorithm alg)
{
    if (!entry.signs)
        return false;
    if (!entry.alg.isEmpty() && entry.alg != Algorithms::name(alg)) {
        // EdDSA and the fully specified Ed25519 / Ed448 (RFC 9864) name the same signatures.
        const std::optional<Algorithm> marked = Algorithms::fromName(entry.alg);
        if (!marked || Algorithms::family(*marked) != AlgorithmFamily::EdDsa
            || Algorithms::family(alg) != AlgorithmFamily::EdDsa)
            return false;
    }
    switch (Algorithms::family(alg)) {
    case AlgorithmFamily::None:
        return false;
    case AlgorithmFamily::Hmac:
        return entry.kty == QLatin1String("oct");
    case AlgorithmFamily::RsaPkcs1:
    case AlgorithmFamily::RsaPss:
        return entry.kty == QLatin1String("RSA");
    case AlgorithmFamily::Ecdsa:
        return entry.kty == QLatin1String("EC") && entry.crv == Algorithms::curve(alg);
    case AlgorithmFamily::EdDsa:
        if (!Algorithms::curve(alg).isEmpty())
            return entry.kty == QLatin1String("OKP") && entry.crv == Algorithms::curve(alg);
        return entry.kty == QLatin1String("OKP")
                && (entry.crv == QLatin1String("Ed25519") || entry.crv == QLatin1String("Ed448"));
    }
    return false;
}

std::unique_ptr<KeyRingEntry> madeEntry(const Key &key, const KeyOrigin &origin)
{
    auto entry = std::make_unique<KeyRingEntry>();
    entry->key = key;
    entry->origin = origin;
    entry->kid = key.kid();
    entry->made.store(true, std::memory_order_relaxed);
    return entry;
}

} // namespace

KeyOrigin KeyOrigin::file(const QString &name)
{
    return {Kind::File, name, true, {}};
}

KeyOrigin KeyOrigin::url(const QString &url, const QDateTime &fetched)
{
    return {Kind::Url, url, true, fetched};
}

KeyOrigin KeyOrigin::pasted()
{
    return {Kind::Pasted, {}, true, {}};
}

KeyOrigin KeyOrigin::generated()
{
    return {Kind::Generated, {}, true, {}};
}

KeyOrigin KeyOrigin::tokenUrl(const QString &url, const QDateTime &fetched, bool x5u)
{
    return {x5u ? Kind::TokenX5u : Kind::TokenJku, url, false, fetched};
}

QString KeyOrigin::text() const
{
    switch (kind) {
    case Kind::Given:
        break;
    case Kind::File:
    case Kind::Url:
        return QCoreApplication::translate("KeyRing", "from %1").arg(location);
    case Kind::Pasted:
        return QCoreApplication::translate("KeyRing", "pasted");
    case Kind::Generated:
        return QCoreApplication::translate("KeyRing", "generated");
    case Kind::TokenJku:
        return QCoreApplication::translate("KeyRing", "from the token's jku %1").arg(location);
    case Kind::TokenX5u:
        return QCoreApplication::translate("KeyRing", "from the token's x5u %1").arg(location);
    }
    return {};
}

KeyRing::KeyRing() = default;
KeyRing::~KeyRing() = default;
KeyRing::KeyRing(const KeyRing &other) = default;
KeyRing &KeyRing::operator=(const KeyRing &other) = default;
KeyRing::KeyRing(KeyRing &&other) noexcept = default;
KeyRing &KeyRing::operator=(KeyRing &&other) noexcept = default;

KeyRing KeyRing::fromSecret(QByteArrayView bytes, const KeyOrigin &origin)
{
    KeyRing ring;
    ring.add(Key::fromSecret(bytes), origin);
    return ring;
}

KeyRing KeyRing::fromText(QByteArrayView text, const KeyOrigin &origin)
{
    KeyRing ring;
    const QByteArrayView trimmed = keyText(text);
    if (!trimmed.startsWith('{')) {
        const KeySet set = loadKeys(trimmed);
        if (!set.ok()) {
            ring.m_loadError = set.error;
            return ring;
        }
        for (const Key &key : set.keys)
            ring.add(key, origin);
        return ring;
    }
    JwkEntries set = readJwkEntries(trimmed);
    if (!set.error.isEmpty()) {
        ring.m_loadError = set.error;
        return ring;
    }
    ring.m_entries = std::make_shared<Entries>();
    ring.m_entries->list.reserve(size_t(set.entries.size()));
    for (JwkEntry &jwk : set.entries) {
        auto entry = std::make_unique<KeyRingEntry>();
        entry->kid = jwk.kid;
        entry->origin = origin;
        entry->jwk = std::move(jwk);
        ring.m_entries->list.push_back(std::move(entry));
    }
    if (set.format == KeyFormat::Jwk) {
        // A single JWK is the key the user gave: made now, so that what is wrong with it is
        // said when it is loaded.
        const QString error = ring.errorAt(0);
        if (!error.isEmpty()) {
            ring = KeyRing();
            ring.m_loadError = error;
        }
    }
    return ring;
}

void KeyRing::add(const Key &key, const KeyOrigin &origin)
{
    if (!m_entries) {
        m_entries = std::make_shared<Entries>();
    } else if (m_entries.use_count() > 1) {
        // Shared with a copy: this ring gets entries of its own (made keys stay shared).
        auto copy = std::make_shared<Entries>();
        for (qsizetype i = 0; i < size(); ++i) {
            const KeyRingEntry &from = *m_entries->list[size_t(i)];
            auto entry = std::make_unique<KeyRingEntry>();
            if (from.made.load(std::memory_order_acquire)) {
                entry->key = from.key;
                entry->error = from.error;
                entry->made.store(true, std::memory_order_relaxed);
            } else {
                entry->jwk = from.jwk;
            }
            entry->kid = from.kid;
            entry->origin = from.origin;
            copy->list.push_back(std::move(entry));
        }
        m_entries = std::move(copy);
    }
    m_entries->list.push_back(madeEntry(key, origin));
}

void KeyRing::add(const QList<Key> &keys, const KeyOrigin &origin)
{
    for (const Key &key : keys)
        add(key, origin);
}

const KeyOrigin &KeyRing::origin(qsizetype index) const
{
    return m_entries->list.at(size_t(index))->origin;
}

qsizetype KeyRing::size() const
{
    return m_entries ? qsizetype(m_entries->list.size()) : 0;
}

const Key &KeyRing::at(qsizetype index) const
{
    KeyRingEntry &entry = *m_entries->list.at(size_t(index));
    if (!entry.made.load(std::memory_order_acquire)) {
        const std::lock_guard<std::mutex> lock(m_entries->making);
        if (!entry.made.load(std::memory_order_relaxed)) {
            entry.key = makeJwkKey(*entry.jwk, &entry.error);
            entry.made.store(true, std::memory_order_release);
        }
    }
    return entry.key;
}

QString KeyRing::errorAt(qsizetype index) const
{
    at(index);
    return m_entries->list.at(size_t(index))->error;
}

QString KeyRing::kidAt(qsizetype index) const
{
    return m_entries->list.at(size_t(index))->kid;
}

QByteArray KeyRing::ecPointAt(qsizetype index) const
{
    const KeyRingEntry &entry = *m_entries->list.at(size_t(index));
    if (!entry.jwk || entry.jwk->kty != QLatin1String("EC"))
        return {};
    const auto member = [&entry](QLatin1String name) {
        return Base64Url::decode(entry.jwk->object.value(name).toString().toLatin1()).bytes;
    };
    const QByteArray x = member(QLatin1String("x"));
    const QByteArray y = member(QLatin1String("y"));
    if (x.isEmpty() || x.size() != y.size())
        return {};
    return '\x04' + x + y;
}

QList<Key> KeyRing::keys() const
{
    QList<Key> keys;
    keys.reserve(size());
    for (qsizetype i = 0; i < size(); ++i) {
        if (!at(i).isNull())
            keys.append(at(i));
    }
    return keys;
}

QString KeyRing::makeAll() const
{
    for (qsizetype i = 0; i < size(); ++i) {
        const QString error = errorAt(i);
        if (!error.isEmpty())
            return error;
    }
    return {};
}

KeyRing::Choice KeyRing::choose(Algorithm alg, QStringView kid) const
{
    Choice choice;
    if (isEmpty()) {
        choice.error = QCoreApplication::translate("Key", "no keys");
        return choice;
    }
    // The fit of the key at @p i; a key that cannot be made does not fit, and says why.
    const auto fitAt = [this, alg](qsizetype i) {
        const Key &key = at(i);
        if (key.isNull())
            return KeyFit {KeyFit::Verdict::Mismatch, errorAt(i)};
        return checkFit(key, alg);
    };
    if (!kid.isEmpty()) {
        QString firstReason;
        bool found = false;
        for (qsizetype i = 0; i < size(); ++i) {
            if (kidAt(i) != kid)
                continue;
            found = true;
            const KeyFit fit = fitAt(i);
            if (fit.verdict != KeyFit::Verdict::Mismatch) {
                choice.index = i;
                return choice;
            }
            if (firstReason.isEmpty())
                firstReason = fit.reason;
        }
        if (found) {
            choice.error
                    = QCoreApplication::translate("Key", "the key with kid \"%1\" does not fit: %2")
                              .arg(kid.toString(), firstReason);
            return choice;
        }
    }
    if (size() == 1) {
        const KeyFit fit = fitAt(0);
        if (fit.verdict != KeyFit::Verdict::Mismatch)
            choice.index = 0;
        else
            choice.error = fit.reason;
        return choice;
    }
    QString unmade; ///< why a key that would fit could not be made
    for (qsizetype i = 0; i < size(); ++i) {
        const KeyRingEntry &entry = *m_entries->list[size_t(i)];
        if (!entry.made.load(std::memory_order_acquire) && !mayFit(*entry.jwk, alg))
            continue; // its members say it cannot fit: not made
        const KeyFit fit = fitAt(i);
        if (fit.verdict != KeyFit::Verdict::Mismatch) {
            choice.index = i;
            return choice;
        }
        if (unmade.isEmpty() && at(i).isNull())
            unmade = fit.reason;
    }
    choice.error = !unmade.isEmpty()
            ? unmade
            : QCoreApplication::translate("Key", "none of the %n key(s) fits %1", nullptr,
                                          int(size()))
                      .arg(Algorithms::name(alg));
    return choice;
}
