// SPDX-License-Identifier: MIT
// FindingsList: a token's findings as rows of labels, worst first as given.
#include "findingslist.h"

#include <QLabel>
#include <QTest>

namespace {

Finding finding(Finding::Severity severity, const char *id, const char *message,
                const char *reference)
{
    Finding f;
    f.severity = severity;
    f.id = QLatin1String(id);
    f.message = QString::fromUtf8(message);
    f.reference = QString::fromUtf8(reference);
    return f;
}

} // namespace

class TestFindingsList : public QObject
{
    Q_OBJECT

private slots:
    void rowsSayWhatAndWhy_data();
    void rowsSayWhatAndWhy();
    void noFindingsSaysSo();
    void newFindingsReplaceTheOld();
};

void TestFindingsList::rowsSayWhatAndWhy_data()
{
    QTest::addColumn<int>("severity");
    QTest::addColumn<QString>("reference");
    QTest::addColumn<QString>("shown");
    QTest::addColumn<QString>("severityWord");
    QTest::newRow("error with a reference")
            << int(Finding::Severity::Error) << QStringLiteral("RFC 8725 §3.5")
            << QStringLiteral("The secret is weak (RFC 8725 §3.5)") << QStringLiteral("Error");
    QTest::newRow("warning, reference already in the message")
            << int(Finding::Severity::Warning) << QStringLiteral("weak")
            << QStringLiteral("The secret is weak") << QStringLiteral("Warning");
    QTest::newRow("information without a reference")
            << int(Finding::Severity::Info) << QString() << QStringLiteral("The secret is weak")
            << QStringLiteral("Information");
}

void TestFindingsList::rowsSayWhatAndWhy()
{
    QFETCH(int, severity);
    QFETCH(QString, reference);
    QFETCH(QString, shown);
    QFETCH(QString, severityWord);
    FindingsList list;
    list.setFindings({finding(Finding::Severity(severity), "weak-secret", "The secret is weak",
                              reference.toUtf8().constData())});
    auto *text = list.findChild<QLabel *>(QStringLiteral("finding_weak-secret"));
    QVERIFY(text);
    QCOMPARE(text->text(), shown);
    QVERIFY(text->wordWrap());
    QCOMPARE(text->accessibleDescription(), severityWord + QStringLiteral(": The secret is weak"));
    // The icon beside it names the severity.
    const QList<QLabel *> labels = list.widget()->findChildren<QLabel *>();
    QCOMPARE(labels.size(), 2);
    const auto icon = std::find_if(labels.cbegin(), labels.cend(),
                                   [](const QLabel *label) { return !label->pixmap().isNull(); });
    QVERIFY(icon != labels.cend());
    QCOMPARE((*icon)->toolTip(), severityWord);
}

void TestFindingsList::noFindingsSaysSo()
{
    FindingsList list;
    list.setFindings({});
    const QList<QLabel *> labels = list.widget()->findChildren<QLabel *>();
    QCOMPARE(labels.size(), 1);
    QCOMPARE(labels.first()->text(), QStringLiteral("No findings."));
    // Secondary text, but enabled: a disabled label reads as "not available" (and at 1.5:1).
    QVERIFY(labels.first()->isEnabled());
}

void TestFindingsList::newFindingsReplaceTheOld()
{
    FindingsList list;
    list.setFindings({finding(Finding::Severity::Error, "alg-none", "No signature", ""),
                      finding(Finding::Severity::Warning, "no-exp", "Does not expire", "")});
    QVERIFY(list.findChild<QLabel *>(QStringLiteral("finding_alg-none")));
    QVERIFY(list.findChild<QLabel *>(QStringLiteral("finding_no-exp")));
    list.setFindings({finding(Finding::Severity::Warning, "no-exp", "Does not expire", "")});
    QVERIFY(!list.findChild<QLabel *>(QStringLiteral("finding_alg-none")));
    QCOMPARE(list.findChildren<QLabel *>(QStringLiteral("finding_no-exp")).size(), 1);
}

QTEST_MAIN(TestFindingsList)
#include "tst_findingslist.moc"
