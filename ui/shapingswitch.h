// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

class QPlainTextEdit;

/// Lays an editor's text out without OpenType shaping while nothing in it needs shaping, and
/// with it as soon as something that does is typed or pasted. Shaping (HarfBuzz) is a
/// quarter of the time a keystroke takes in a long one-line token or payload, and for ASCII,
/// Latin, Greek, Cyrillic, CJK or Hangul syllables in a monospaced font it changes nothing
/// but programming ligatures, which a debugger that shows exact bytes is better without.
/// Arabic and Hebrew, Indic and other complex scripts, combining marks, joiners and emoji
/// sequences need it, so they get it.
class ShapingSwitch : public QObject
{
    Q_OBJECT
public:
    /// Watches @p editor's current document (install after any setDocument()).
    static ShapingSwitch *install(QPlainTextEdit *editor);

private:
    explicit ShapingSwitch(QPlainTextEdit *editor);
    void onContentsChange(int from, int charsRemoved, int charsAdded);
    void applyFont();

    QPlainTextEdit *m_editor;
    bool m_off = false; ///< nothing needs shaping: lay the text out without it
};
