// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QPlainTextEdit;

/// Lays an editor's text out without OpenType shaping while the text is ASCII, and with it
/// as soon as anything else is typed or pasted. Shaping (HarfBuzz) is a quarter of the
/// time a keystroke takes in a long one-line token or payload, and for ASCII in a
/// monospaced font it changes nothing but programming ligatures, which a debugger that
/// shows exact bytes is better without. Other scripts (Arabic joins, combining marks,
/// emoji sequences) need it, so they get it.
class AsciiShaping : public QObject
{
    Q_OBJECT
public:
    /// Watches @p editor's current document (install after any setDocument()).
    static AsciiShaping *install(QPlainTextEdit *editor);

private:
    explicit AsciiShaping(QPlainTextEdit *editor);
    void onContentsChange(int from, int charsRemoved, int charsAdded);
    void applyFont();

    QPlainTextEdit *m_editor;
    bool m_off = false; ///< the text is ASCII: lay it out without shaping
};
