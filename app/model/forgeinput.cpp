// SPDX-License-Identifier: MIT
#include "forgeinput.h"

#include "codekey.h"
#include "cryptothread.h"
#include "keyring.h"
#include "modelaccess.h"
#include "tokenmodel.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

namespace ForgeInput {

Forge::NegativeSetInput negativeSet(const TokenModel &model)
{
    Forge::NegativeSetInput input;
    input.token = model.token().trimmed().toUtf8();
    input.now = model.now().toSecsSinceEpoch();
    if (model.keyInput() == TokenModel::KeyInput::KeyText) {
        input.keyText = model.keyText().toUtf8();
    } else {
        // The secret as the model reads it (base64 decoded), from its one key.
        const KeyRing &ring = ModelAccess::keyRing(model);
        if (!ring.isEmpty())
            input.secret = ring.at(0).secretBytes();
    }
    return input;
}

std::optional<Forge::CodeInput> code(const TokenModel &model, bool includeSecret, QString *error)
{
    return Forge::codeInput(model.parsed(), ModelAccess::keyRing(model), includeSecret, error);
}

} // namespace ForgeInput

struct NegativeSetMaker::Private
{
    QFutureWatcher<Forge::NegativeSet> *watcher = nullptr;
    Forge::NegativeSet set;
};

NegativeSetMaker::NegativeSetMaker(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->watcher = new QFutureWatcher<Forge::NegativeSet>(this);
    connect(d->watcher, &QFutureWatcherBase::finished, this, &NegativeSetMaker::onFinished);
}

NegativeSetMaker::~NegativeSetMaker()
{
    d->watcher->disconnect(this);
    d->watcher->waitForFinished();
}

bool NegativeSetMaker::start(Forge::NegativeSetInput input)
{
    if (d->watcher->isRunning())
        return false;
    d->watcher->setFuture(QtConcurrent::run([input = std::move(input)]() mutable {
        Forge::NegativeSet set = Forge::makeNegativeSet(input);
        input.secret.fill('\0');
        input.keyText.fill('\0');
        releaseCryptoThreadState();
        return set;
    }));
    return true;
}

bool NegativeSetMaker::isRunning() const
{
    return d->watcher->isRunning();
}

const Forge::NegativeSet &NegativeSetMaker::set() const
{
    return d->set;
}

void NegativeSetMaker::onFinished()
{
    d->set = d->watcher->result();
    emit finished();
}
