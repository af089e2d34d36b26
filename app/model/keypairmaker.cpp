// SPDX-License-Identifier: MIT
#include "keypairmaker.h"

#include "cryptothread.h"
#include "keygen.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

struct KeyPairMaker::Private
{
    QFutureWatcher<Pair> *watcher = nullptr;
    Pair pair;
};

KeyPairMaker::Pair KeyPairMaker::make(Algorithm alg, int rsaBits)
{
    Pair pair;
    pair.algorithm = alg;
    const GeneratedKey generated = generateKey(alg, rsaBits);
    if (!generated.ok()) {
        pair.error = generated.error;
        return pair;
    }
    const Key &key = generated.key;
    const Key publicKey = key.publicKey();
    pair.privatePem = QString::fromLatin1(key.toPem());
    pair.publicPem = QString::fromLatin1(publicKey.toPem());
    pair.privateJwk = QString::fromLatin1(key.toJwk(true));
    pair.publicJwk = QString::fromLatin1(publicKey.toJwk(false));
    pair.description = key.description();
    return pair;
}

KeyPairMaker::KeyPairMaker(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->watcher = new QFutureWatcher<Pair>(this);
    connect(d->watcher, &QFutureWatcherBase::finished, this, &KeyPairMaker::onFinished);
}

KeyPairMaker::~KeyPairMaker()
{
    d->watcher->disconnect(this);
    d->watcher->waitForFinished();
}

bool KeyPairMaker::start(Algorithm alg, int rsaBits)
{
    if (d->watcher->isRunning())
        return false;
    d->watcher->setFuture(QtConcurrent::run([alg, rsaBits] {
        Pair pair = make(alg, rsaBits);
        releaseCryptoThreadState();
        return pair;
    }));
    return true;
}

bool KeyPairMaker::isRunning() const
{
    return d->watcher->isRunning();
}

KeyPairMaker::Pair KeyPairMaker::pair() const
{
    return d->pair;
}

void KeyPairMaker::onFinished()
{
    d->pair = d->watcher->result();
    emit finished();
}
