// SPDX-License-Identifier: MIT
// `cmake --install` into a temporary DESTDIR: the files a Debian desktop program installs, each
// checked by the tool that reads it (desktop-file-validate, appstreamcli, groff and man, bash),
// the installed programs run from there, and the CLI reference (docs/cli.md, the man pages,
// the bash completion) checked against what the installed binaries say they take.
#include "installcheck.h"

#include <QDirIterator>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace InstallCheck;

namespace {

const QString appId = QStringLiteral(JWTLENS_APP_ID);

const QByteArray jwtIoToken = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9."
                              "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2"
                              "MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// The lines of `--help` that name options: "  --name <VALUE>   text" and "  -h, --help".
QStringList optionsInHelp(const QByteArray &help)
{
    static const QRegularExpression option(QStringLiteral("^  (?:-[a-zA-Z], )?--([a-z0-9-]+)"),
                                           QRegularExpression::MultilineOption);
    QStringList names;
    QRegularExpressionMatchIterator it = option.globalMatch(QString::fromUtf8(help));
    while (it.hasNext())
        names << it.next().captured(1);
    return names;
}

/// The text of @p document from the heading line that equals @p heading up to the next heading
/// of the same or a higher level (empty when there is no such heading).
QString section(const QString &document, const QString &heading, const QStringList &levels)
{
    const QStringList lines = document.split(QLatin1Char('\n'));
    const qsizetype start = lines.indexOf(heading);
    if (start < 0)
        return QString();
    QStringList body;
    for (qsizetype i = start + 1; i < lines.size(); ++i) {
        if (std::any_of(levels.cbegin(), levels.cend(),
                        [&](const QString &level) { return lines.at(i).startsWith(level); }))
            break;
        body << lines.at(i);
    }
    return body.join(QLatin1Char('\n'));
}

bool mentionsOption(const QString &text, const QString &option, bool troff)
{
    // troff writes a minus as \-; "--secret" must not be found in "--secret-file".
    const QString dashes = troff ? QStringLiteral(R"(\\-\\-)") : QStringLiteral("--");
    QString name = QRegularExpression::escape(option);
    if (troff)
        name.replace(QLatin1String("\\-"), QLatin1String(R"(\\-)"));
    const QRegularExpression re(dashes + name + QStringLiteral(R"((?![a-z0-9]|\\?-[a-z]))"));
    return re.match(text).hasMatch();
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void files();
    void programsRun();
    void menuEntryStarts();
    void desktopEntry();
    void metainfo();
    void icons_data();
    void icons();
    void manPages_data();
    void manPages();
    void referenceCommands();
    void referenceOptions_data();
    void referenceOptions();
    void bashCompletion_data();
    void bashCompletion();

private:
    QByteArray jwtlens(const QStringList &args);
    QString manSource(const QString &page);

    QTemporaryDir m_destdir;
    QTemporaryDir m_work;
    QString m_prefix; ///< m_destdir + /usr
};

void TestInstall::initTestCase()
{
    QVERIFY(m_destdir.isValid());
    QVERIFY(m_work.isValid());
    RunOptions options;
    options.environment << QStringLiteral("DESTDIR=") + m_destdir.path();
    const Run install = run(QStringLiteral(JWTLENS_CMAKE),
                            {"--install", JWTLENS_BUILD_DIR, "--prefix", "/usr"}, options);
    QVERIFY2(install.finished && install.exitCode == 0, install.out + install.err);
    m_prefix = m_destdir.filePath(QStringLiteral("usr"));
    QFile token(m_work.filePath(QStringLiteral("t.jwt")));
    QVERIFY(token.open(QIODevice::WriteOnly));
    token.write(jwtIoToken + '\n');
}

QByteArray TestInstall::jwtlens(const QStringList &args)
{
    const Run r = run(m_prefix + QStringLiteral("/bin/jwtlens"), args);
    return r.finished && r.exitCode == 0 ? r.out : QByteArray();
}

QString TestInstall::manSource(const QString &page)
{
    const Run r = run(QStringLiteral("gzip"),
                      {"-dc", m_prefix + QStringLiteral("/share/man/man1/%1.1.gz").arg(page)});
    return r.finished && r.exitCode == 0 ? QString::fromUtf8(r.out) : QString();
}

void TestInstall::files()
{
    // Exactly these files, nowhere else (no library, header or test slips in).
    QStringList installed;
    QDirIterator it(m_destdir.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        installed << QDir(m_prefix).relativeFilePath(it.next());
    installed.sort();
    QCOMPARE(installed, expectedFiles(appId));
    for (const QString &program : {QStringLiteral("jwtlens"), QStringLiteral("jwtlens-gui")})
        QVERIFY(QFileInfo(m_prefix + QStringLiteral("/bin/") + program).isExecutable());
    QCOMPARE(readAll(m_prefix + QStringLiteral("/share/doc/jwtlens/cli.md")),
             readAll(QStringLiteral(JWTLENS_SOURCE_DIR "/docs/cli.md")));
}

void TestInstall::programsRun()
{
    QCOMPARE(jwtlens({"--version"}), QByteArray("jwtlens " JWTLENS_VERSION "\n"));
    const QString tokenFile = m_work.filePath(QStringLiteral("t.jwt"));
    const QByteArray decoded = jwtlens({"decode", "--json", tokenFile});
    QVERIFY2(decoded.startsWith(R"({"header": {"alg":"HS256","typ":"JWT"}, )"
                                R"("payload": {"sub":"1234567890","name":"John Doe")"),
             decoded);
    QCOMPARE(jwtlens({"verify", "--secret", "your-256-bit-secret", "--now", "1700000000",
                      tokenFile}),
             QByteArray(R"({"valid": true, "signature": "valid", "time": "valid", "alg": "HS256"})"
                        "\n"));

    RunOptions offscreen;
    offscreen.environment << QStringLiteral("QT_QPA_PLATFORM=offscreen");
    const Run gui = run(m_prefix + QStringLiteral("/bin/jwtlens-gui"), {"--version"}, offscreen);
    QVERIFY2(gui.finished && gui.exitCode == 0, gui.err);
    QCOMPARE(gui.out, QByteArray("jwtlens-gui " JWTLENS_VERSION "\n"));
}

void TestInstall::menuEntryStarts()
{
    checkMenuEntryStarts(m_prefix, appId, m_work.filePath(QStringLiteral("t.jwt")),
                         m_work.filePath(QStringLiteral("menu.png")));
}

void TestInstall::desktopEntry()
{
    INSTALLCHECK_REQUIRE_TOOL("desktop-file-validate", "desktop-file-utils");
    const QString file = m_prefix + QStringLiteral("/share/applications/%1.desktop").arg(appId);
    const Run validate = run(QStringLiteral("desktop-file-validate"), {file});
    QVERIFY(validate.finished);
    QCOMPARE(validate.exitCode, 0);
    // Not even a hint.
    QVERIFY2(validate.out.isEmpty() && validate.err.isEmpty(), validate.out + validate.err);

    QCOMPARE(desktopValue(file, QStringLiteral("Type")), QStringLiteral("Application"));
    // The window takes a file, not a URL, and one at a time (jwtlens-gui refuses two).
    QCOMPARE(desktopValue(file, QStringLiteral("Exec")), QStringLiteral("jwtlens-gui %f"));
    QCOMPARE(desktopValue(file, QStringLiteral("TryExec")), QStringLiteral("jwtlens-gui"));
    QCOMPARE(desktopValue(file, QStringLiteral("Icon")), appId);
    QCOMPARE(desktopValue(file, QStringLiteral("Terminal")), QStringLiteral("false"));
    // X11 docks match the window (WM_CLASS jwtlens-gui) to this entry.
    QCOMPARE(desktopValue(file, QStringLiteral("StartupWMClass")), QStringLiteral("jwtlens-gui"));
}

void TestInstall::metainfo()
{
    INSTALLCHECK_REQUIRE_TOOL("appstreamcli", "appstream");
    const QString file = m_prefix + QStringLiteral("/share/metainfo/%1.metainfo.xml").arg(appId);
    const Run validate = run(QStringLiteral("appstreamcli"), {"validate", "--no-net", file});
    QVERIFY(validate.finished);
    QVERIFY2(validate.exitCode == 0, validate.out + validate.err);
    // No error, warning or info: only the pedantic "uppercase letter in the id" may be said.
    static const QRegularExpression issue(QStringLiteral("^[EWI]: "),
                                          QRegularExpression::MultilineOption);
    QVERIFY2(!issue.match(QString::fromUtf8(validate.out)).hasMatch(), validate.out);

    QXmlStreamReader xml(readAll(file));
    QString id;
    QString launchable;
    QStringList binaries;
    QStringList screenshots;
    QStringList releases;
    int defaultScreenshots = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QStringView name = xml.name();
        if (name == u"id") {
            id = xml.readElementText();
        } else if (name == u"launchable") {
            QCOMPARE(xml.attributes().value(QLatin1String("type")).toString(),
                     QStringLiteral("desktop-id"));
            launchable = xml.readElementText();
        } else if (name == u"binary") {
            binaries << xml.readElementText();
        } else if (name == u"screenshot") {
            if (xml.attributes().value(QLatin1String("type")) == QLatin1String("default"))
                ++defaultScreenshots;
        } else if (name == u"image") {
            screenshots << xml.readElementText();
        } else if (name == u"release") {
            releases << xml.attributes().value(QLatin1String("version")).toString();
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, appId);
    QCOMPARE(launchable, appId + QStringLiteral(".desktop"));
    QCOMPARE(binaries, QStringList({"jwtlens", "jwtlens-gui"}));
    QCOMPARE(defaultScreenshots, 1);
    QVERIFY(screenshots.size() >= 3);
    for (const QString &url : std::as_const(screenshots)) {
        // Each is one of the screenshots in docs/, published under the URL configured.
        QVERIFY2(url.startsWith(QLatin1String("https://")), qPrintable(url));
        const QString name = url.section(QLatin1Char('/'), -1);
        QVERIFY2(QFileInfo::exists(QStringLiteral(JWTLENS_SOURCE_DIR "/docs/") + name),
                 qPrintable(url));
    }
    QVERIFY(!releases.isEmpty());
    QCOMPARE(releases.first(), QStringLiteral(JWTLENS_VERSION)); // newest first
}

void TestInstall::icons_data()
{
    QTest::addColumn<int>("size");
    for (int size : iconSizes())
        QTest::addRow("%dx%d", size, size) << size;
}

void TestInstall::icons()
{
    QFETCH(int, size);
    const QString png = m_prefix
            + QStringLiteral("/share/icons/hicolor/%1x%1/apps/%2.png").arg(size).arg(appId);
    const QImage image(png);
    QVERIFY2(!image.isNull(), qPrintable(png));
    QCOMPARE(image.size(), QSize(size, size));
    // Rendered from the drawing: its dark tile fills the middle, its corners are transparent.
    QCOMPARE(qAlpha(image.pixel(size / 2, size / 2)), 255);
    QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
    QCOMPARE(readAll(m_prefix
                     + QStringLiteral("/share/icons/hicolor/scalable/apps/%1.svg").arg(appId)),
             readAll(QStringLiteral(JWTLENS_SOURCE_DIR "/resources/jwtlens.svg")));
}

void TestInstall::manPages_data()
{
    QTest::addColumn<QString>("page");
    QTest::newRow("jwtlens") << "jwtlens";
    QTest::newRow("jwtlens-gui") << "jwtlens-gui";
}

void TestInstall::manPages()
{
    QFETCH(QString, page);
    INSTALLCHECK_REQUIRE_TOOL("groff", "groff-base");
    INSTALLCHECK_REQUIRE_TOOL("man", "man-db");
    const QString source = manSource(page);
    QVERIFY(!source.isEmpty());
    QVERIFY2(source.contains(QStringLiteral("\"JWT Lens %1\"").arg(JWTLENS_VERSION)),
             "the .TH line names the version");

    // Every groff warning is a failure.
    RunOptions input;
    input.input = source.toUtf8();
    const Run groff = run(QStringLiteral("groff"), {"-man", "-Tutf8", "-ww", "-z"}, input);
    QVERIFY(groff.finished);
    QVERIFY2(groff.exitCode == 0 && groff.err.isEmpty(), groff.err);

    RunOptions plain;
    plain.environment << QStringLiteral("MANWIDTH=80") << QStringLiteral("MANPAGER=cat")
                      << QStringLiteral("PAGER=cat") << QStringLiteral("LC_ALL=C.UTF-8");
    const Run man
            = run(QStringLiteral("man"),
                  {"-l", m_prefix + QStringLiteral("/share/man/man1/%1.1.gz").arg(page)}, plain);
    QVERIFY(man.finished);
    QVERIFY2(man.exitCode == 0 && man.err.isEmpty(), man.err);
    const QString text = QString::fromUtf8(man.out);
    for (const char *heading : {"NAME", "SYNOPSIS", "DESCRIPTION", "EXIT STATUS", "SEE ALSO"})
        QVERIFY2(text.contains(QLatin1Char('\n') + QLatin1String(heading) + QLatin1Char('\n')),
                 heading);
    QVERIFY(text.contains(page + QStringLiteral(" - ")));
}

void TestInstall::referenceCommands()
{
    // The commands of `jwtlens --help`, in its order, are the command sections of docs/cli.md
    // and of the man page: a new command is documented in both, and nothing else is.
    const QString help = QString::fromUtf8(jwtlens({"--help"}));
    const QString commandsPart = help.section(QStringLiteral("Commands:\n"), 1);
    QStringList commands;
    static const QRegularExpression line(QStringLiteral("^  ([a-z]+)  "),
                                         QRegularExpression::MultilineOption);
    QRegularExpressionMatchIterator it = line.globalMatch(commandsPart);
    while (it.hasNext())
        commands << it.next().captured(1);
    QVERIFY2(commands.size() >= 6, qPrintable(help));

    const QString reference
            = QString::fromUtf8(readAll(QStringLiteral(JWTLENS_SOURCE_DIR "/docs/cli.md")));
    const QString commandsSection
            = section(reference, QStringLiteral("## Commands"), {QStringLiteral("## ")});
    QStringList documented;
    static const QRegularExpression markdown(QStringLiteral("^### (.+)$"),
                                             QRegularExpression::MultilineOption);
    it = markdown.globalMatch(commandsSection);
    while (it.hasNext())
        documented << it.next().captured(1);
    QCOMPARE(documented, commands);

    const QString manCommands = section(manSource(QStringLiteral("jwtlens")),
                                        QStringLiteral(".SH COMMANDS"), {QStringLiteral(".SH ")});
    QStringList inMan;
    static const QRegularExpression troff(QStringLiteral("^\\.SS (.+)$"),
                                          QRegularExpression::MultilineOption);
    it = troff.globalMatch(manCommands);
    while (it.hasNext())
        inMan << it.next().captured(1);
    QCOMPARE(inMan, commands);
}

void TestInstall::referenceOptions_data()
{
    QTest::addColumn<QString>("command"); // empty: jwtlens-gui
    QTest::addColumn<QString>("option");

    const QString help = QString::fromUtf8(jwtlens({"--help"}));
    static const QRegularExpression line(QStringLiteral("^  ([a-z]+)  "),
                                         QRegularExpression::MultilineOption);
    QRegularExpressionMatchIterator it
            = line.globalMatch(help.section(QStringLiteral("Commands:\n"), 1));
    while (it.hasNext()) {
        const QString command = it.next().captured(1);
        const QStringList options = optionsInHelp(jwtlens({command, "--help"}));
        QVERIFY2(options.size() >= 2, qPrintable(command));
        for (const QString &option : options) {
            if (option != QLatin1String("help")) // every command has it, said once
                QTest::addRow("%s --%s", qPrintable(command), qPrintable(option))
                        << command << option;
        }
    }
    RunOptions offscreen;
    offscreen.environment << QStringLiteral("QT_QPA_PLATFORM=offscreen");
    const Run gui = run(m_prefix + QStringLiteral("/bin/jwtlens-gui"), {"--help"}, offscreen);
    QVERIFY(gui.finished && gui.exitCode == 0);
    for (const QString &option : optionsInHelp(gui.out)) {
        if (option != QLatin1String("help") && option != QLatin1String("help-all")
            && option != QLatin1String("version"))
            QTest::addRow("jwtlens-gui --%s", qPrintable(option)) << QString() << option;
    }
}

void TestInstall::referenceOptions()
{
    // Each option the installed binaries take is in docs/cli.md and in the man page, in the
    // part about its command.
    QFETCH(QString, command);
    QFETCH(QString, option);
    const QString reference
            = QString::fromUtf8(readAll(QStringLiteral(JWTLENS_SOURCE_DIR "/docs/cli.md")));
    QString inReference;
    QString inMan;
    if (command.isEmpty()) {
        inReference = section(reference, QStringLiteral("## jwtlens-gui"), {QStringLiteral("## ")});
        inMan = manSource(QStringLiteral("jwtlens-gui"));
    } else {
        inReference = section(reference, QStringLiteral("### ") + command,
                              {QStringLiteral("## "), QStringLiteral("### ")});
        inMan = section(manSource(QStringLiteral("jwtlens")), QStringLiteral(".SS ") + command,
                        {QStringLiteral(".SH "), QStringLiteral(".SS ")});
    }
    QVERIFY2(!inReference.isEmpty(), "no section in docs/cli.md");
    QVERIFY2(!inMan.isEmpty(), "no section in the man page");
    QVERIFY2(mentionsOption(inReference, option, false), "not in docs/cli.md");
    QVERIFY2(mentionsOption(inMan, option, true), "not in the man page");
}

void TestInstall::bashCompletion_data()
{
    QTest::addColumn<QStringList>("words"); // after "jwtlens"; the last is being completed
    QTest::addColumn<QStringList>("expected");

    const QString help = QString::fromUtf8(jwtlens({"--help"}));
    QStringList commands;
    static const QRegularExpression line(QStringLiteral("^  ([a-z]+)  "),
                                         QRegularExpression::MultilineOption);
    QRegularExpressionMatchIterator it
            = line.globalMatch(help.section(QStringLiteral("Commands:\n"), 1));
    while (it.hasNext())
        commands << it.next().captured(1);
    QVERIFY(!commands.isEmpty());

    QTest::newRow("commands") << QStringList {""} << (commands + QStringList {"help", "version"});
    QTest::newRow("command prefix") << QStringList {"ve"} << QStringList {"verify", "version"};
    QTest::newRow("global options") << QStringList {"--"} << QStringList {"--help", "--version"};
    for (const QString &command : std::as_const(commands)) {
        QStringList options;
        for (const QString &option : optionsInHelp(jwtlens({command, "--help"})))
            options << QStringLiteral("--") + option;
        QTest::addRow("%s options", qPrintable(command)) << QStringList {command, "--"} << options;
    }
    // The algorithms jwtlens knows, as its error line lists them.
    const Run unknown = run(m_prefix + QStringLiteral("/bin/jwtlens"), {"keygen", "--alg", "nope"});
    const QString known = QString::fromUtf8(unknown.err)
                                  .section(QStringLiteral("known: "), 1)
                                  .section(QLatin1Char(')'), 0, 0);
    QVERIFY2(known.contains(QLatin1String("HS256")), unknown.err);
    QTest::newRow("--alg") << QStringList {"verify", "--alg", ""} << known.split(QLatin1Char(' '));
    QTest::newRow("--alg, prefix") << QStringList {"keygen", "--alg", "ES"}
                                   << QStringList {"ES256", "ES384", "ES512", "ES256K"};
    QTest::newRow("--format") << QStringList {"keygen", "--format", ""}
                              << QStringList {"pem", "jwk"};
    QTest::newRow("--curve") << QStringList {"keygen", "--curve", ""}
                             << QStringList {"Ed25519", "Ed448"};
    // Files: the token file, a key file; nothing for a value to type.
    QTest::newRow("TOKEN|FILE") << QStringList {"verify", "--secret", "x", "t"}
                                << QStringList {"t.jwt"};
    QTest::newRow("--key FILE") << QStringList {"verify", "--key", "t"} << QStringList {"t.jwt"};
    QTest::newRow("--secret TEXT") << QStringList {"verify", "--secret", "t"} << QStringList {};
}

void TestInstall::bashCompletion()
{
    QFETCH(QStringList, words);
    QFETCH(QStringList, expected);
    const QString script = m_prefix + QStringLiteral("/share/bash-completion/completions/jwtlens");
    // Sourced in a strict shell without bash-completion: no output, no error; then the
    // function `complete` registered is called as bash calls it, on the words typed.
    const QString program = QStringLiteral(R"(
set -eu
source "$1"
shift
spec=$(complete -p jwtlens)
function=${spec#*-F }
function=${function%% *}
COMP_WORDS=(jwtlens "$@")
COMP_CWORD=$#
COMP_LINE="jwtlens $*"
COMP_POINT=${#COMP_LINE}
"$function" jwtlens "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
printf '%s\n' "${COMPREPLY[@]}"
)");
    RunOptions options;
    options.workingDirectory = m_work.path();
    const Run bash = run(
            QStringLiteral("bash"),
            QStringList {"--norc", "--noprofile", "-c", program, "bash", script} + words, options);
    QVERIFY(bash.finished);
    QVERIFY2(bash.exitCode == 0 && bash.err.isEmpty(), bash.err);
    QStringList offered = QString::fromUtf8(bash.out).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    offered.sort();
    expected.sort();
    QCOMPARE(offered, expected);
}

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
