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

/// The names listed under @p title in a `--help` ("Commands:", "Subcommands:"), in order:
/// "  name   text" lines up to the next blank line.
QStringList listedInHelp(const QByteArray &help, const QString &title)
{
    const QString text = QString::fromUtf8(help);
    const qsizetype at = text.indexOf(QLatin1Char('\n') + title + QLatin1Char('\n'));
    if (at < 0)
        return {};
    const QString part = text.mid(at + title.size() + 2).section(QStringLiteral("\n\n"), 0, 0);
    static const QRegularExpression line(QStringLiteral("^  ([a-z]+)  "),
                                         QRegularExpression::MultilineOption);
    QStringList names;
    QRegularExpressionMatchIterator it = line.globalMatch(part);
    while (it.hasNext())
        names << it.next().captured(1);
    return names;
}

/// The headings of @p text that start with @p marker ("### ", ".SS "), in order.
QStringList headings(const QString &text, const QString &marker)
{
    QStringList names;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (line.startsWith(marker))
            names << line.mid(marker.size());
    }
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
    QStringList commands();
    QStringList subcommands(const QString &command);
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

/// The commands of `jwtlens --help`, in its order.
QStringList TestInstall::commands()
{
    return listedInHelp(jwtlens({"--help"}), QStringLiteral("Commands:"));
}

/// The subcommands of `jwtlens COMMAND --help` ("key fetch", ...), in its order; none for most.
QStringList TestInstall::subcommands(const QString &command)
{
    QStringList names;
    for (const QString &name :
         listedInHelp(jwtlens({command, "--help"}), QStringLiteral("Subcommands:")))
        names << command + QLatin1Char(' ') + name;
    return names;
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
    // and of the man page: a new command is documented in both, and nothing else is. A command
    // with subcommands (`key`) has one section per subcommand ("key fetch"), in the order of
    // `jwtlens COMMAND --help`: in docs/cli.md a "#### key fetch" inside "### key", in the man
    // page a ".SS key fetch" right after ".SS key" (man has no deeper level).
    const QStringList commands = this->commands();
    QVERIFY2(commands.size() >= 6, jwtlens({"--help"}).constData());

    const QString reference
            = QString::fromUtf8(readAll(QStringLiteral(JWTLENS_SOURCE_DIR "/docs/cli.md")));
    const QString commandsSection
            = section(reference, QStringLiteral("## Commands"), {QStringLiteral("## ")});
    QCOMPARE(headings(commandsSection, QStringLiteral("### ")), commands);

    QStringList expectedInMan;
    for (const QString &command : commands) {
        const QStringList subcommands = this->subcommands(command);
        expectedInMan << command << subcommands;
        if (subcommands.isEmpty())
            continue;
        const QString commandSection = section(commandsSection, QStringLiteral("### ") + command,
                                               {QStringLiteral("## "), QStringLiteral("### ")});
        QCOMPARE(headings(commandSection, QStringLiteral("#### ")), subcommands);
    }

    const QString manCommands = section(manSource(QStringLiteral("jwtlens")),
                                        QStringLiteral(".SH COMMANDS"), {QStringLiteral(".SH ")});
    QCOMPARE(headings(manCommands, QStringLiteral(".SS ")), expectedInMan);
}

void TestInstall::referenceOptions_data()
{
    QTest::addColumn<QString>("command"); // empty: jwtlens-gui; "key fetch" for a subcommand
    QTest::addColumn<QString>("option");

    for (const QString &command : commands()) {
        const QStringList subcommands = this->subcommands(command);
        // A command with subcommands takes only --help itself; each subcommand has options.
        for (const QString &name : subcommands.isEmpty() ? QStringList {command} : subcommands) {
            const QStringList options = optionsInHelp(
                    jwtlens(name.split(QLatin1Char(' ')) << QStringLiteral("--help")));
            QVERIFY2(options.size() >= 2, qPrintable(name));
            for (const QString &option : options) {
                if (option != QLatin1String("help")) // every command has it, said once
                    QTest::addRow("%s --%s", qPrintable(name), qPrintable(option))
                            << name << option;
            }
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
    // part about its command (or subcommand).
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
        QStringList ends {QStringLiteral("## "), QStringLiteral("### ")};
        QString heading = QStringLiteral("### ") + command;
        if (command.contains(QLatin1Char(' '))) { // a subcommand: "#### key fetch"
            heading.prepend(QLatin1Char('#'));
            ends << QStringLiteral("#### ");
        }
        inReference = section(reference, heading, ends);
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

    const QStringList commands = this->commands();
    QVERIFY(!commands.isEmpty());

    QTest::newRow("commands") << QStringList {""} << (commands + QStringList {"help", "version"});
    QTest::newRow("command prefix") << QStringList {"ve"} << QStringList {"verify", "version"};
    QTest::newRow("global options") << QStringList {"--"} << QStringList {"--help", "--version"};
    for (const QString &command : commands) {
        const QStringList subcommands = this->subcommands(command);
        QStringList names;
        for (const QString &subcommand : subcommands)
            names << subcommand.section(QLatin1Char(' '), 1);
        QStringList options;
        for (const QString &option : optionsInHelp(jwtlens({command, "--help"})))
            options << QStringLiteral("--") + option;
        if (!options.contains(QLatin1String("--help"))) // `key --help` lists subcommands instead
            options << QStringLiteral("--help");
        QTest::addRow("%s options", qPrintable(command)) << QStringList {command, "--"} << options;
        if (subcommands.isEmpty())
            continue;
        QTest::addRow("%s subcommands", qPrintable(command)) << QStringList {command, ""} << names;
        for (const QString &subcommand : subcommands) {
            const QStringList words = subcommand.split(QLatin1Char(' '));
            options.clear();
            for (const QString &option : optionsInHelp(jwtlens(words + QStringList {"--help"})))
                options << QStringLiteral("--") + option;
            QTest::addRow("%s options", qPrintable(subcommand))
                    << words + QStringList {"--"} << options;
        }
    }
    // The values jwtlens knows, as its error lines list them.
    const auto known = [this](const QStringList &args, const QString &before, const QString &end) {
        const Run unknown = run(m_prefix + QStringLiteral("/bin/jwtlens"), args);
        return QString::fromUtf8(unknown.err)
                .section(before, 1)
                .section(end, 0, 0)
                .split(QRegularExpression(QStringLiteral(",? ")), Qt::SkipEmptyParts);
    };
    const QStringList algorithms = known({"keygen", "--alg", "nope"}, "known: ", ")");
    QVERIFY2(algorithms.contains(QLatin1String("HS256")), qPrintable(algorithms.join(' ')));
    QTest::newRow("--alg") << QStringList {"verify", "--alg", ""} << algorithms;
    QTest::newRow("--alg, prefix") << QStringList {"keygen", "--alg", "ES"}
                                   << QStringList {"ES256", "ES384", "ES512", "ES256K"};
    const QStringList jweAlgorithms
            = known({"encrypt", "--alg", "nope", "--enc", "A256GCM", "x"}, "known: ", ")");
    QVERIFY2(jweAlgorithms.contains(QLatin1String("dir")), qPrintable(jweAlgorithms.join(' ')));
    QTest::newRow("encrypt --alg") << QStringList {"encrypt", "--alg", ""} << jweAlgorithms;
    const QStringList encryptions
            = known({"encrypt", "--alg", "dir", "--enc", "nope", "x"}, "known: ", ")");
    QVERIFY2(encryptions.contains(QLatin1String("A256GCM")), qPrintable(encryptions.join(' ')));
    QTest::newRow("encrypt --enc") << QStringList {"encrypt", "--enc", ""} << encryptions;
    const QStringList languages = known({"code", "--lang", "nope", "x"}, "one of ", ", got");
    QVERIFY2(languages.contains(QLatin1String("python")), qPrintable(languages.join(' ')));
    QTest::newRow("code --lang") << QStringList {"code", "--lang", ""} << languages;
    QTest::newRow("--format") << QStringList {"keygen", "--format", ""}
                              << QStringList {"pem", "jwk"};
    QTest::newRow("key convert --to")
            << QStringList {"key", "convert", "--to", ""} << QStringList {"pem", "jwk"};
    QTest::newRow("--curve") << QStringList {"keygen", "--curve", ""}
                             << QStringList {"Ed25519", "Ed448"};
    // Files: the token file, a key file; nothing for a value to type.
    QTest::newRow("TOKEN|FILE") << QStringList {"verify", "--secret", "x", "t"}
                                << QStringList {"t.jwt"};
    QTest::newRow("--key FILE") << QStringList {"verify", "--key", "t"} << QStringList {"t.jwt"};
    QTest::newRow("key info FILE") << QStringList {"key", "info", "t"} << QStringList {"t.jwt"};
    QTest::newRow("--secret TEXT") << QStringList {"verify", "--secret", "t"} << QStringList {};
    QTest::newRow("--jwks-url URL")
            << QStringList {"key", "fetch", "--jwks-url", "t"} << QStringList {};
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
