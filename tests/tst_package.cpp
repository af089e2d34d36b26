// SPDX-License-Identifier: MIT
// The .deb that scripts/package makes (from this build directory): its control fields, the
// dependencies dpkg-shlibdeps found plus the Qt plugins it cannot see, its files, and that
// the program it holds starts from its menu entry once unpacked. Labelled "package".
#include "installcheck.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace InstallCheck;

namespace {

const QString appId = QStringLiteral(JWTLENS_APP_ID);

/// The package names of a Depends field: "a (>= 1), b | c" gives a, b, c.
QStringList packageNames(const QString &depends)
{
    QStringList names;
    const QStringList alternatives
            = depends.split(QRegularExpression(QStringLiteral("[,|]")), Qt::SkipEmptyParts);
    for (const QString &alternative : alternatives) {
        const QString name = alternative.trimmed().section(QLatin1Char(' '), 0, 0);
        if (!name.isEmpty())
            names << name.section(QLatin1Char(':'), 0, 0); // drop an architecture qualifier
    }
    return names;
}

} // namespace

class TestPackage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void control_data();
    void control();
    void depends_data();
    void depends();
    void dependsExist();
    void files();
    void strippedPrograms();
    void startsFromMenuEntry();

private:
    QString field(const QString &name);

    QTemporaryDir m_dir;
    QString m_deb;
    QString m_root; ///< the package unpacked (dpkg-deb -x)
};

void TestPackage::initTestCase()
{
    INSTALLCHECK_REQUIRE_TOOL("dpkg-deb", "dpkg");
    INSTALLCHECK_REQUIRE_TOOL("dpkg-shlibdeps", "dpkg-dev");
    QVERIFY(m_dir.isValid());
    RunOptions options;
    // The build directory is complete (the test depends on what the package holds): package it
    // as it is, into a directory of our own.
    options.environment << QStringLiteral("JWTLENS_PACKAGE_OUTPUT=") + m_dir.filePath("out")
                        << QStringLiteral("JWTLENS_PACKAGE_NO_BUILD=1");
    options.timeoutMs = 600000;
    const Run package = run(QStringLiteral("bash"),
                            {JWTLENS_SOURCE_DIR "/scripts/package", JWTLENS_BUILD_DIR}, options);
    QVERIFY2(package.finished && package.exitCode == 0, package.out + package.err);
    m_deb = QString::fromUtf8(package.out).trimmed().section(QLatin1Char('\n'), -1);
    QVERIFY2(m_deb.endsWith(QLatin1String(".deb")) && QFileInfo::exists(m_deb), package.out);
    QVERIFY2(QFileInfo(m_deb).absolutePath() == m_dir.filePath("out"), qPrintable(m_deb));

    m_root = m_dir.filePath(QStringLiteral("root"));
    const Run extract = run(QStringLiteral("dpkg-deb"), {"-x", m_deb, m_root});
    QVERIFY2(extract.finished && extract.exitCode == 0, extract.err);
}

QString TestPackage::field(const QString &name)
{
    const Run r = run(QStringLiteral("dpkg-deb"), {"--field", m_deb, name});
    return r.finished && r.exitCode == 0 ? QString::fromUtf8(r.out).trimmed() : QString();
}

void TestPackage::control_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("pattern"); // the whole value

    const Run arch = run(QStringLiteral("dpkg"), {"--print-architecture"});
    QTest::newRow("Package") << "Package"
                             << "jwtlens";
    QTest::newRow("Version") << "Version" << QRegularExpression::escape(JWTLENS_VERSION);
    QTest::newRow("Architecture") << "Architecture" << QString::fromUtf8(arch.out).trimmed();
    QTest::newRow("Section") << "Section"
                             << "devel";
    QTest::newRow("Priority") << "Priority"
                              << "optional";
    QTest::newRow("Maintainer") << "Maintainer"
                                << "[^<>]+ <[^<>@ ]+@[^<>@ ]+>";
    QTest::newRow("Homepage") << "Homepage"
                              << "https?://\\S+";
    QTest::newRow("Description") << "Description"
                                 << "offline desktop debugger for JSON Web Tokens\\n .+";
}

void TestPackage::control()
{
    QFETCH(QString, name);
    QFETCH(QString, pattern);
    const QString value = field(name);
    const QRegularExpression re(QRegularExpression::anchoredPattern(pattern),
                                QRegularExpression::DotMatchesEverythingOption);
    QVERIFY2(re.match(value).hasMatch(), qPrintable(name + QStringLiteral(": ") + value));
}

void TestPackage::depends_data()
{
    QTest::addColumn<QString>("package");
    // Found by dpkg-shlibdeps in the programs…
    QTest::newRow("Qt Widgets") << "libqt6widgets6";
    QTest::newRow("Qt Gui") << "libqt6gui6";
    QTest::newRow("Qt Core") << "libqt6core6";
    QTest::newRow("OpenSSL") << "libssl3";
    QTest::newRow("C library") << "libc6";
    QTest::newRow("C++ library") << "libstdc++6";
    // …and what it cannot see: the plugins Qt loads at run time.
    QTest::newRow("Qt platform plugins") << "qt6-qpa-plugins";
}

void TestPackage::depends()
{
    QFETCH(QString, package);
    const QString depends = field(QStringLiteral("Depends"));
    QVERIFY2(packageNames(depends).contains(package), qPrintable(depends));
}

void TestPackage::dependsExist()
{
    // Every package named is a Debian package, installed here with a version that satisfies
    // the field: apt could install this .deb on this system.
    const QString depends = field(QStringLiteral("Depends"));
    QVERIFY(!depends.isEmpty());
    const QStringList groups = depends.split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &group : groups) {
        bool satisfied = false;
        const QStringList alternatives = group.split(QLatin1Char('|'));
        for (const QString &alternative : alternatives) {
            static const QRegularExpression form(
                    QStringLiteral(R"(^\s*([a-z0-9.+-]+)(?::\S+)?\s*(?:\((\S+)\s+(\S+)\))?\s*$)"));
            const QRegularExpressionMatch m = form.match(alternative);
            QVERIFY2(m.hasMatch(), qPrintable(alternative));
            const Run installed = run(QStringLiteral("dpkg-query"),
                                      {"-W", "-f", "${Status}\\n${Version}", m.captured(1)});
            const QStringList lines = QString::fromUtf8(installed.out).split(QLatin1Char('\n'));
            if (installed.exitCode != 0 || lines.value(0) != QLatin1String("install ok installed"))
                continue;
            if (m.captured(2).isEmpty()) {
                satisfied = true;
                break;
            }
            const Run compare
                    = run(QStringLiteral("dpkg"),
                          {"--compare-versions", lines.value(1), m.captured(2), m.captured(3)});
            if (compare.finished && compare.exitCode == 0) {
                satisfied = true;
                break;
            }
        }
        QVERIFY2(satisfied, qPrintable(group.trimmed() + QStringLiteral(" is not satisfied")));
    }
}

void TestPackage::files()
{
    // The package's files, all under /usr, are what `cmake --install` gives.
    const Run list = run(QStringLiteral("dpkg-deb"), {"--contents", m_deb});
    QVERIFY(list.finished && list.exitCode == 0);
    QStringList files;
    const QStringList lines
            = QString::fromUtf8(list.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        // "-rwxr-xr-x root/root 123 2026-01-01 00:00 ./usr/bin/jwtlens"
        const QString path = line.section(QLatin1Char(' '), -1);
        QVERIFY2(path.startsWith(QLatin1String("./usr/")) || path == QLatin1String("./"),
                 qPrintable(line));
        QVERIFY2(line.contains(QLatin1String(" root/root ")), qPrintable(line));
        if (!line.startsWith(QLatin1Char('d')))
            files << path.mid(int(qstrlen("./usr/")));
    }
    files.sort();
    QCOMPARE(files, expectedFiles(appId));
}

void TestPackage::strippedPrograms()
{
    INSTALLCHECK_REQUIRE_TOOL("file", "file");
    for (const char *program : {"jwtlens", "jwtlens-gui"}) {
        const Run file = run(QStringLiteral("file"),
                             {"-b", m_root + QStringLiteral("/usr/bin/") + QLatin1String(program)});
        QVERIFY2(file.out.startsWith("ELF ") && file.out.contains(", stripped"), file.out);
    }
}

void TestPackage::startsFromMenuEntry()
{
    // Unpacked as dpkg would install it: the command line answers, and the menu entry's Exec
    // line starts the window on a token file.
    const QString prefix = m_root + QStringLiteral("/usr");
    const Run version = run(prefix + QStringLiteral("/bin/jwtlens"), {"--version"});
    QVERIFY(version.finished);
    QCOMPARE(version.out, QByteArray("jwtlens " JWTLENS_VERSION "\n"));

    QFile token(m_dir.filePath(QStringLiteral("t.jwt")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write("eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiI0MiJ9."
                "ZkQY4ESLCjx0wU5bVy9fB_-pcaVq-3cUGeB4JoKJ9_k\n");
    token.close();
    checkMenuEntryStarts(prefix, appId, token.fileName(),
                         m_dir.filePath(QStringLiteral("menu.png")));
}

QTEST_GUILESS_MAIN(TestPackage)
#include "tst_package.moc"
