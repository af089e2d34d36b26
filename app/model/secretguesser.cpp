// SPDX-License-Identifier: MIT
#include "secretguesser.h"

#include "crack.h"

namespace {

SecretGuesser::Outcome outcomeOf(Crack::Outcome outcome)
{
    switch (outcome) {
    case Crack::Outcome::Found:
        return SecretGuesser::Outcome::Found;
    case Crack::Outcome::NotFound:
        break;
    case Crack::Outcome::Cancelled:
        return SecretGuesser::Outcome::Cancelled;
    case Crack::Outcome::Refused:
        return SecretGuesser::Outcome::Refused;
    case Crack::Outcome::Failed:
        return SecretGuesser::Outcome::Failed;
    }
    return SecretGuesser::Outcome::NotFound;
}

SecretGuesser::Progress progressOf(const Crack::Progress &p)
{
    return {p.tried, p.bytesDone, p.bytesTotal, p.seconds, p.rate};
}

SecretGuesser::Result resultOf(const Crack::Result &r)
{
    return {outcomeOf(r.outcome), r.secret, r.tried, r.seconds, r.error};
}

} // namespace

struct SecretGuesser::Private
{
    Crack crack;
    bool abandoned = false;
};

SecretGuesser::SecretGuesser(QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>())
{
    qRegisterMetaType<SecretGuesser::Progress>();
    qRegisterMetaType<SecretGuesser::Result>();
    // The search's reports come from its thread, queued to this object's; those that arrive
    // after abandon() are dropped here.
    connect(&d->crack, &Crack::progressChanged, this, [this](const Crack::Progress &progress) {
        if (!d->abandoned)
            emit progressChanged(progressOf(progress));
    });
    connect(&d->crack, &Crack::finished, this, [this](const Crack::Result &result) {
        if (d->abandoned)
            deleteLater();
        else
            emit finished(resultOf(result));
    });
}

SecretGuesser::~SecretGuesser()
{
    QObject::disconnect(&d->crack, nullptr, this, nullptr);
    d->crack.cancel();
    d->crack.wait();
}

QString SecretGuesser::refusal(const Token &token)
{
    return Crack::refusal(token);
}

bool SecretGuesser::start(const Token &token, const QString &wordlist)
{
    if (d->abandoned)
        return false;
    Crack::Options options;
    options.wordlist = wordlist;
    return d->crack.start(token, options);
}

void SecretGuesser::cancel()
{
    d->crack.cancel();
}

void SecretGuesser::abandon()
{
    if (d->abandoned)
        return;
    d->abandoned = true;
    d->crack.cancel();
    // A search that has already finished reports nothing more: nothing would delete us then.
    if (!d->crack.isRunning())
        deleteLater();
}

bool SecretGuesser::isRunning() const
{
    return d->crack.isRunning();
}

bool SecretGuesser::wait(int msecs)
{
    return d->crack.wait(msecs);
}

SecretGuesser::Result SecretGuesser::result() const
{
    return resultOf(d->crack.result());
}
