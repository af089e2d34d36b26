// SPDX-License-Identifier: MIT
#include "keyring.h"

#include "keyfit.h"
#include "keyset.h"

KeyRing KeyRing::fromSecret(QByteArrayView bytes)
{
    KeyRing ring;
    ring.add(Key::fromSecret(bytes));
    return ring;
}

KeyRing KeyRing::fromText(QByteArrayView text)
{
    KeySet set = loadKeys(text);
    KeyRing ring;
    if (!set.ok()) {
        ring.m_loadError = set.error;
        return ring;
    }
    ring.m_keys = std::move(set.keys);
    return ring;
}

void KeyRing::add(const Key &key)
{
    m_keys.append(key);
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
