// SPDX-License-Identifier: MIT
#include "languagemanager.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace {

struct Installed
{
    QTranslator *program = nullptr;
    QTranslator *qt = nullptr;
    QString code;
};

Installed &installed()
{
    static Installed state;
    return state;
}

} // namespace

namespace LanguageManager {

QLocale apply(const QString &code)
{
    Installed &state = installed();
    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    state.code = code;
    QLocale::setDefault(locale);

    auto replace = [](QTranslator *&slot, const QLocale &locale, const QString &name,
                      const QString &directory) {
        if (slot) {
            QCoreApplication::removeTranslator(slot);
            delete slot;
            slot = nullptr;
        }
        // English is the source language: no file needed.
        if (locale.language() == QLocale::English || locale.language() == QLocale::C)
            return;
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(locale, name, QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(translator);
            slot = translator;
        } else {
            delete translator;
        }
    };
    replace(state.qt, locale, QStringLiteral("qtbase"),
            QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    replace(state.program, locale, QStringLiteral("jwtlens"), QStringLiteral(":/i18n"));
    // (Un)installing a translator sends QEvent::LanguageChange to every widget.
    return locale;
}

QString current()
{
    return installed().code;
}

} // namespace LanguageManager
