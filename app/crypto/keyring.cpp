// SPDX-License-Identifier: MIT
#include "keyring.h"

#include "keyfit.h"
#include "keyset.h"

#include <QCoreApplication>

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

KeyRing KeyRing::fromSecret(QByteArrayView bytes, const KeyOrigin &origin)
{
    KeyRing ring;
    ring.add(Key::fromSecret(bytes), origin);
    return ring;
}

KeyRing KeyRing::fromText(QByteArrayView text, const KeyOrigin &origin)
{
    KeySet set = loadKeys(text);
    KeyRing ring;
    if (!set.ok()) {
        ring.m_loadError = set.error;
        return ring;
    }
    ring.add(set.keys, origin);
    return ring;
}

void KeyRing::add(const Key &key, const KeyOrigin &origin)
{
    m_keys.append(key);
    m_origins.append(origin);
}

void KeyRing::add(const QList<Key> &keys, const KeyOrigin &origin)
{
    m_keys.reserve(m_keys.size() + keys.size());
    m_origins.reserve(m_origins.size() + keys.size());
    for (const Key &key : keys) {
        m_keys.append(key);
        m_origins.append(origin);
    }
}

void KeyRing::append(const KeyRing &other)
{
    m_keys.append(other.m_keys);
    m_origins.append(other.m_origins);
    if (m_loadError.isEmpty())
        m_loadError = other.m_loadError;
}

void KeyRing::remove(qsizetype index)
{
    m_keys.removeAt(index);
    m_origins.removeAt(index);
}

KeyRing::Choice KeyRing::choose(Algorithm alg, QStringView kid) const
{
    const KeyChoice chosen = chooseKey(m_keys, alg, kid);
    Choice choice;
    choice.error = chosen.error;
    if (chosen.key.isNull())
        return choice;
    // chooseKey() gives a copy of one of the keys: the same shared data tells which.
    for (qsizetype i = 0; i < m_keys.size(); ++i) {
        if (m_keys.at(i).data() == chosen.key.data()) {
            choice.index = i;
            break;
        }
    }
    return choice;
}
