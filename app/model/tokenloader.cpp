// SPDX-License-Identifier: MIT
#include "tokenloader.h"

#include "tokenmodel.h"

#include <QFutureWatcher>
#include <QtConcurrent/QtConcurrentRun>

struct TokenLoader::Private
{
    TokenModel *model = nullptr;
    QFutureWatcher<TokenModel::Decoded> *watcher = nullptr;
    /// The token being decoded in the background (null: none).
    QString decodingToken;
};

TokenLoader::TokenLoader(TokenModel *model, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    d->model = model;
}

TokenLoader::~TokenLoader()
{
    // A decode still running holds only its own copy of the text; it ends before we do.
    // (After takeResult() the future is invalid, and waiting for it would never return.)
    if (d->watcher && d->watcher->isRunning()) {
        d->watcher->disconnect(this);
        d->watcher->waitForFinished();
    }
}

bool TokenLoader::isDecoding() const
{
    return !d->decodingToken.isNull();
}

QString TokenLoader::decodingToken() const
{
    return d->decodingToken;
}

void TokenLoader::setToken(const QString &text)
{
    if (text.size() <= BackgroundThreshold) {
        // A newer, short token wins over a long one still being decoded.
        d->decodingToken = QString();
        d->model->setToken(text);
        return;
    }
    if (text == d->decodingToken || (!isDecoding() && text == d->model->token()))
        return;
    d->decodingToken = text;
    if (!d->watcher) {
        d->watcher = new QFutureWatcher<TokenModel::Decoded>(this);
        connect(d->watcher, &QFutureWatcherBase::finished, this, &TokenLoader::onFinished);
    }
    // One decode at a time: a newer token starts when the running one ends (onFinished).
    if (!d->watcher->isRunning())
        d->watcher->setFuture(QtConcurrent::run(&TokenModel::decode, text));
}

void TokenLoader::onFinished()
{
    // Taken, not copied: the model takes its lists over without copying them.
    TokenModel::Decoded result = d->watcher->future().takeResult();
    if (!isDecoding())
        return; // a short token came in meanwhile
    if (result.token != d->decodingToken) {
        d->watcher->setFuture(QtConcurrent::run(&TokenModel::decode, d->decodingToken));
        return;
    }
    d->decodingToken = QString();
    d->model->setDecodedToken(std::move(result));
    emit decoded();
}
