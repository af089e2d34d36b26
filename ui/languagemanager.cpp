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
    QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    // The C locale (LC_ALL=C) reads as English, with English plural forms.
    if (locale.language() == QLocale::C)
        locale = QLocale(QLocale::English, QLocale::UnitedStates);
    state.code = code;
    QLocale::setDefault(locale);

    auto replace = [](QTranslator *&slot, const QLocale &locale, const QString &name,
                      const QString &directory) {
        if (slot) {
            QCoreApplication::removeTranslator(slot);
            delete slot;
            slot = nullptr;
        }
        auto *translator = new QTranslator(QCoreApplication::instance());
        if (translator->load(locale, name, QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(translator);
            slot = translator;
        } else {
            delete translator;
        }
    };
    // English is Qt's source language; ours has a plurals-only English file (jwtlens_en.ts)
    // so that "%n minute(s)" reads "1 minute", "2 minutes".
    if (locale.language() != QLocale::English) {
        replace(state.qt, locale, QStringLiteral("qtbase"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    } else {
        QTranslator *none = nullptr;
        std::swap(none, state.qt);
        if (none) {
            QCoreApplication::removeTranslator(none);
            delete none;
        }
    }
    replace(state.program, locale, QStringLiteral("jwtlens"), QStringLiteral(":/i18n"));
    // (Un)installing a translator sends QEvent::LanguageChange to every widget.
    return locale;
}

QString current()
{
    return installed().code;
}

void clear()
{
    Installed &state = installed();
    for (QTranslator **slot : {&state.program, &state.qt}) {
        if (*slot) {
            QCoreApplication::removeTranslator(*slot);
            delete *slot;
            *slot = nullptr;
        }
    }
    state.code.clear();
}

} // namespace LanguageManager
