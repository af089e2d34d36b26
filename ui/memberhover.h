// SPDX-License-Identifier: MIT
#pragma once

#include "registry.h"

#include <QObject>

class QPlainTextEdit;

/// Shows what a member name means when the mouse rests on it in a JSON editor: the
/// registry's title and meaning, its kind and specification, and for a NumericDate the date
/// (in the application's current locale). Only top-level members are claims or header
/// parameters; names inside nested objects get no tooltip.
///
/// Install on the header pane's editor with Registry::Place::Header and on the payload
/// pane's with Registry::Place::Payload; the filter is a child of the editor.
class MemberHover : public QObject
{
    Q_OBJECT
public:
    static MemberHover *install(QPlainTextEdit *editor, Registry::Place place);

    /// The tooltip for the character at UTF-16 position @p position of @p text, empty when
    /// it is not inside a top-level member name (for tests and for the filter).
    static QString tooltipAt(const QString &text, qsizetype position, Registry::Place place);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    MemberHover(QPlainTextEdit *editor, Registry::Place place);

    QPlainTextEdit *m_editor = nullptr;
    Registry::Place m_place = Registry::Place::Payload;
};
