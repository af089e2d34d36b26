// SPDX-License-Identifier: MIT
#include "sessionkeys.h"

#include "base64url.h"
#include "keymaterial.h"
#include "keyring.h"
#include "keyset.h"
#include "modelaccess.h"

#include <utility>

namespace {

KeyOrigin originOf(SessionKeys::Source source, const QString &location, const QDateTime &fetched)
{
    switch (source) {
    case SessionKeys::Source::File:
        return KeyOrigin::file(location);
    case SessionKeys::Source::Url:
        return KeyOrigin::url(location, fetched);
    case SessionKeys::Source::Pasted:
        return KeyOrigin::pasted();
    case SessionKeys::Source::Generated:
        return KeyOrigin::generated();
    case SessionKeys::Source::Typed:
        return {}; // the key field's own, as the verdict names it (entry() says "typed")
    case SessionKeys::Source::TokenJku:
        return KeyOrigin::tokenUrl(location, fetched);
    case SessionKeys::Source::TokenX5u:
        return KeyOrigin::tokenUrl(location, fetched, true);
    }
    return {};
}

} // namespace

struct SessionKeys::Private
{
    struct Item
    {
        int id = 0;
        Key key;
        SessionKeys::Source source = SessionKeys::Source::Pasted;
        KeyOrigin origin;
        /// The key field this entry follows (setFieldKey()), -1 for none.
        int field = -1;
    };
    QList<Item> items;
    int nextId = 1;
    int signer = 0;
    KeyRing ring; ///< the items' keys, in order, for the models

    void rebuild()
    {
        ring = KeyRing();
        for (const Item &item : std::as_const(items))
            ring.add(item.key, item.origin);
    }

    /// After entries came or went: the ring follows them, a signing key that went is chosen
    /// no longer, and then the listeners are told.
    void itemsChanged(SessionKeys *q)
    {
        rebuild();
        if (signer && !find(signer)) {
            signer = 0;
            emit q->signingKeyChanged(0);
        }
        emit q->changed();
    }

    const Item *find(int id) const
    {
        for (const Item &item : items) {
            if (item.id == id)
                return &item;
        }
        return nullptr;
    }

    int add(const Key &key, SessionKeys::Source source, const KeyOrigin &origin)
    {
        // The same key from the same place again (a refetch): the old entry goes.
        const QByteArray print = key.thumbprint();
        for (qsizetype i = 0; i < items.size(); ++i) {
            const Item &old = items.at(i);
            if (old.origin.location == origin.location && old.source == source
                && old.key.isPrivate() == key.isPrivate() && old.key.thumbprint() == print
                && old.key.kid() == key.kid()) {
                items[i].key = key;
                items[i].origin = origin;
                return old.id;
            }
        }
        items.append({nextId, key, source, origin, -1});
        return nextId++;
    }

    /// Whether an entry holds @p key (the same RFC 7638 thumbprint, private or not alike).
    bool holds(const Key &key) const
    {
        const QByteArray print = key.thumbprint();
        for (const Item &item : items) {
            if (item.key.isPrivate() == key.isPrivate() && item.key.thumbprint() == print)
                return true;
        }
        return false;
    }

    /// Drops the entries that follow @p field; whether any went.
    bool dropField(int field)
    {
        const qsizetype before = items.size();
        items.removeIf([field](const Item &item) { return item.field == field; });
        return items.size() != before;
    }
};

bool SessionKeys::needsPassphrase(const QByteArray &text)
{
    if (!text.contains("ENCRYPTED"))
        return false;
    const KeySet set = loadKeys(text);
    return !set.ok() && set.encrypted;
}

SessionKeys::SessionKeys(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{ }

SessionKeys::~SessionKeys() = default;

SessionKeys::Added SessionKeys::addText(const QByteArray &text, Source source,
                                        const QString &location, const QByteArray &passphrase,
                                        const QDateTime &fetched)
{
    Added added;
    const KeySet set = passphrase.isEmpty() ? loadKeys(text) : loadKeys(text, passphrase);
    added.skipped = set.skipped;
    if (!set.ok()) {
        added.error = set.error.isEmpty() ? tr("no key found in the text") : set.error;
        added.needsPassphrase = set.encrypted;
        return added;
    }
    const KeyOrigin origin = originOf(source, location, fetched);
    for (const Key &key : set.keys) {
        d->add(key, source, origin);
        ++added.count;
    }
    d->itemsChanged(this);
    return added;
}

int SessionKeys::addSecret(const QByteArray &secret, Source source, const QString &location)
{
    if (secret.isEmpty())
        return 0;
    const int id = d->add(Key::fromSecret(secret), source, originOf(source, location, {}));
    d->itemsChanged(this);
    return id;
}

namespace {

/// The two kinds of key field: a secret (text or base64), and the key editor.
int fieldOf(TokenModel::KeyInput input)
{
    return input == TokenModel::KeyInput::KeyText ? 1 : 0;
}

} // namespace

int SessionKeys::setFieldKey(TokenModel::KeyInput input, const QString &text)
{
    const int field = fieldOf(input);
    // Read as the model reads the field: the same keys, the same secret bytes.
    KeyMaterial material;
    material.set(input, text);
    const KeyRing &own = material.ownRing();
    const Source source = field == 0 ? Source::Typed : Source::Pasted;
    const bool dropped = d->dropField(field);
    int count = 0;
    for (qsizetype i = 0; i < own.size(); ++i) {
        const Key &key = own.at(i);
        // Once per distinct key: one the ring has from elsewhere (a file, a fetch, the panel)
        // is not listed again as typed or pasted.
        if (key.isNull() || d->holds(key))
            continue;
        d->items.append({d->nextId++, key, source, originOf(source, {}, {}), field});
        ++count;
    }
    if (!dropped && count == 0)
        return 0;
    d->itemsChanged(this);
    return count;
}

void SessionKeys::keepFieldKey(TokenModel::KeyInput input)
{
    const int field = fieldOf(input);
    for (Private::Item &item : d->items) {
        if (item.field == field)
            item.field = -1;
    }
}

QList<SessionKeys::Entry> SessionKeys::entries() const
{
    QList<Entry> result;
    result.reserve(d->items.size());
    for (const Private::Item &item : std::as_const(d->items))
        result.append(entry(item.id));
    return result;
}

qsizetype SessionKeys::size() const
{
    return d->items.size();
}

SessionKeys::Entry SessionKeys::entry(int id) const
{
    const Private::Item *item = d->find(id);
    if (!item)
        return {};
    Entry e;
    e.id = item->id;
    e.type = item->key.description();
    e.kid = item->key.kid();
    e.alg = item->key.jwkAlg();
    e.thumbprint = QString::fromLatin1(Base64Url::encode(item->key.thumbprint()));
    e.source = item->source;
    e.location = item->origin.location;
    e.sourceText = item->source == Source::Typed ? tr("typed") : item->origin.text();
    e.fetched = item->origin.fetched;
    e.isPrivate = item->key.isPrivate();
    e.trusted = item->origin.trusted;
    return e;
}

bool SessionKeys::remove(int id)
{
    for (qsizetype i = 0; i < d->items.size(); ++i) {
        if (d->items.at(i).id != id)
            continue;
        d->items.removeAt(i); // the Key's last copies go with the ring below
        d->itemsChanged(this);
        return true;
    }
    return false;
}

int SessionKeys::removeLocation(const QString &location)
{
    const qsizetype before = d->items.size();
    d->items.removeIf(
            [&location](const Private::Item &item) { return item.origin.location == location; });
    const int removed = int(before - d->items.size());
    if (removed == 0)
        return 0;
    d->itemsChanged(this);
    return removed;
}

void SessionKeys::clear()
{
    if (d->items.isEmpty())
        return;
    d->items.clear();
    d->itemsChanged(this);
}

QByteArray SessionKeys::exportAs(int id, Form form) const
{
    const Private::Item *item = d->find(id);
    if (!item)
        return {};
    const Key &key = item->key;
    switch (form) {
    case Form::Pem:
        return key.kind() == KeyKind::Secret ? QByteArray() : key.toPem();
    case Form::Jwk:
        return key.toJwk(true);
    case Form::PublicPem:
        return key.kind() == KeyKind::Secret ? QByteArray() : key.publicKey().toPem();
    case Form::PublicJwk:
        return key.kind() == KeyKind::Secret ? QByteArray() : key.publicKey().toJwk(false);
    case Form::Thumbprint:
        return Base64Url::encode(key.thumbprint());
    }
    return {};
}

int SessionKeys::signingKey() const
{
    return d->signer;
}

bool SessionKeys::setSigningKey(int id)
{
    if (id != 0) {
        const Private::Item *item = d->find(id);
        if (!item || !item->key.isPrivate())
            return false;
    }
    if (id == d->signer)
        return true;
    d->signer = id;
    emit signingKeyChanged(id);
    emit changed(); // re-signing on edit follows the choice
    return true;
}

const KeyRing &ModelAccess::sessionRing(const SessionKeys &keys)
{
    return keys.d->ring;
}

qsizetype ModelAccess::sessionSigner(const SessionKeys &keys)
{
    for (qsizetype i = 0; i < keys.d->items.size(); ++i) {
        if (keys.d->items.at(i).id == keys.d->signer)
            return i;
    }
    return -1;
}
