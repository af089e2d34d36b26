// SPDX-License-Identifier: MIT
// `jwtlens attack`: every case of the negative set is made for four kinds of server (HS256,
// RS256, ES256, EdDSA), exported, and given to `jwtlens verify` with the settings the case
// states, which must answer as the case expects. PyJWT (python3-jwt, /usr/bin/python3) and
// node jose verify the same cases as references: what each wrongly accepts is pinned, so the
// README's "what a common library misses" stays true.
#include "clirunner.h"
#include "nodesetup.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

namespace {

const QString python = QStringLiteral("/usr/bin/python3");

struct Setup
{
    QString name; ///< "HS256", "RS256", …
    QStringList keyArgs; ///< the attack's key option
    QString verifyKey; ///< the public key file, or the secret file
    bool secret = false;
    QList<QJsonObject> cases;
    QByteArray lines; ///< the attack's output
};

/// The cases a reference library answers wrongly (pinned: Debian 12's PyJWT 2.6, jose 6.2.18).
const QSet<QString> pyjwtMisses {
        QStringLiteral("claims-exp-string"),
        QStringLiteral("claims-exp-milliseconds"),
        QStringLiteral("header-crit-unknown"),
        QStringLiteral("typ-at+jwt-where-JWT-expected"),
        QStringLiteral("typ-JWT-where-at+jwt-expected"),
};
const QSet<QString> joseMisses {
        QStringLiteral("claims-issued-in-future"),
        QStringLiteral("claims-exp-milliseconds"),
};

bool inCi()
{
    return qgetenv("CI") == "true";
}

} // namespace

class TestAttack : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyKindIsMade_data();
    void everyKindIsMade();
    void verifyAnswers_data();
    void verifyAnswers();
    void lensIsVerify_data();
    void lensIsVerify();
    void lensMissesAreSaid();
    void publicKeyThroughEveryPath_data();
    void publicKeyThroughEveryPath();
    void attackTokensAreWhatTheySay();
    void exportFolder();
    void pyjwt_data();
    void pyjwt();
    void jose_data();
    void jose();
    void claimOption();
    void refusals_data();
    void refusals();

private:
    bool write(const QString &name, const QByteArray &data);
    QString path(const QString &name) const { return m_dir.filePath(name); }
    const Setup *setup(const QString &name) const;
    QStringList verifyArgs(const Setup &s, const QJsonObject &c) const;
    /// `jwtlens verify` with the settings of case @p index of @p s, run once: verifyAnswers()
    /// and lensIsVerify() read the same answer (each run under the sanitizers costs a fifth of a
    /// second, and there are hundreds).
    const CliRun &verifyRun(const Setup &s, int index);
    /// Names of the cases a reference library gets wrong, by running @p program.
    QSet<QString> wrongAnswers(const Setup &s, const CliRun &run, QString *failure) const;

    QTemporaryDir m_dir;
    qint64 m_now = 0;
    QList<Setup> m_setups;
    QHash<QString, CliRun> m_verifyRuns; ///< by setup name and case index
};

bool TestAttack::write(const QString &name, const QByteArray &data)
{
    QFile file(path(name));
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

const Setup *TestAttack::setup(const QString &name) const
{
    for (const Setup &s : m_setups) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

void TestAttack::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QVERIFY2(QFile::exists(jwtlensBinary()), qPrintable(jwtlensBinary()));
    // The real clock: PyJWT and jose check times against it too.
    m_now = QDateTime::currentSecsSinceEpoch();
    const QByteArray claims
            = R"({"sub":"alice","aud":"api","iss":"https://issuer.example","role":"user"})";

    QVERIFY(write("hs.secret", "a-string-secret-at-least-256-bits-long\n"));
    QVERIFY(QFile::copy(QFINDTESTDATA("data/keys/rsa2048.pkcs8.pem"), path("rs.pem")));
    QVERIFY(QFile::copy(QFINDTESTDATA("data/keys/rsa2048.pub.pem"), path("rs.pub.pem")));
    for (const char *alg : {"ES256", "EdDSA"}) {
        const QString name = QLatin1String(alg);
        const CliRun key = runJwtlens({"keygen", "--alg", name, "--seed", "tst_attack " + name,
                                       "--public-out", path(name + ".pub.pem")});
        CLI_VERIFY_RAN(key);
        QVERIFY2(key.exitCode == 0, key.err);
        QVERIFY(write(name + ".pem", key.out));
    }
    const QList<std::tuple<QString, QStringList, QString, bool>> kinds {
            {"HS256", {"--secret-file", path("hs.secret")}, path("hs.secret"), true},
            {"RS256", {"--key", path("rs.pem")}, path("rs.pub.pem"), false},
            {"ES256", {"--key", path("ES256.pem")}, path("ES256.pub.pem"), false},
            {"EdDSA", {"--key", path("EdDSA.pem")}, path("EdDSA.pub.pem"), false},
    };
    for (const auto &[alg, keyArgs, verifyKey, secret] : kinds) {
        const CliRun token = runJwtlens(QStringList {"encode", "--alg", alg, "--iat", "--exp",
                                                     "+15m", "--now", QString::number(m_now)}
                                        + keyArgs + QStringList {QString::fromLatin1(claims)});
        CLI_VERIFY_RAN(token);
        QVERIFY2(token.exitCode == 0, token.err);
        const CliRun attack
                = runJwtlens(QStringList {"attack", "--now", QString::number(m_now)} + keyArgs
                             + QStringList {QString::fromLatin1(token.out.trimmed())});
        CLI_VERIFY_RAN(attack);
        QVERIFY2(attack.exitCode == 0, attack.err);
        Setup s {alg, keyArgs, verifyKey, secret, {}, attack.out};
        for (const QByteArray &line : attack.out.split('\n')) {
            if (line.isEmpty())
                continue;
            QJsonParseError error;
            const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
            QVERIFY2(doc.isObject(), qPrintable(error.errorString() + ": " + line));
            s.cases << doc.object();
        }
        QVERIFY(s.cases.size() > 40);
        m_setups << s;
    }
}

void TestAttack::everyKindIsMade_data()
{
    QTest::addColumn<QString>("setup");
    for (const char *s : {"HS256", "RS256", "ES256", "EdDSA"})
        QTest::newRow(s) << QString::fromLatin1(s);
}

void TestAttack::everyKindIsMade()
{
    QFETCH(QString, setup);
    const Setup *s = this->setup(setup);
    QVERIFY(s);
    QSet<QString> names;
    for (const QJsonObject &c : s->cases) {
        const QString name = c.value("name").toString();
        QVERIFY2(!names.contains(name), qPrintable("repeated: " + name));
        names << name;
        // Every case says what it is, why, and what a correct verifier answers.
        for (const char *field : {"kind", "token", "why", "reference"})
            QVERIFY2(!c.value(QLatin1String(field)).toString().isEmpty(), qPrintable(name));
        const QString expect = c.value("expect").toString();
        QVERIFY(expect == QLatin1String("reject") || expect == QLatin1String("accept"));
        QCOMPARE(c.value("error_class").isNull(), expect == QLatin1String("accept"));
        // What JWT Lens itself answers, and why, on every case.
        const QString lens = c.value("jwtlens").toString();
        QVERIFY2(lens == QLatin1String("rejects") || lens == QLatin1String("accepts"),
                 qPrintable(name));
        QVERIFY2(!c.value("jwtlens_why").toString().isEmpty(), qPrintable(name));
        const QJsonObject settings = c.value("settings").toObject();
        QCOMPARE(settings.value("key").toString(),
                 s->secret ? QStringLiteral("secret") : QStringLiteral("public-key"));
        QVERIFY(!settings.value("algorithms").toArray().isEmpty());
        QCOMPARE(settings.value("now").toInteger(), m_now);
    }
    QStringList expected {"baseline",
                          "signature-empty",
                          "signature-from-other-token",
                          "signature-truncated",
                          "tampered-sub",
                          "tampered-role",
                          "tampered-exp",
                          "embedded-jwk",
                          "embedded-jku",
                          "embedded-x5u",
                          "embedded-x5c",
                          "kid-path-traversal-dev-null",
                          "kid-sql-injection",
                          "kid-sql-metacharacters-right-key",
                          "kid-shell-metacharacters-right-key",
                          "claims-expired",
                          "claims-not-yet-valid",
                          "claims-issued-in-future",
                          "claims-exp-string",
                          "claims-exp-milliseconds",
                          "claims-wrong-audience",
                          "claims-wrong-issuer",
                          "claims-missing-exp",
                          "claims-missing-sub",
                          "claims-missing-iss",
                          "claims-missing-aud",
                          "claims-huge-lifetime",
                          "header-duplicate-alg",
                          "header-crit-unknown",
                          "header-b64-false",
                          "jwe-where-jws-expected",
                          "jws-with-five-parts",
                          "typ-at+jwt-where-JWT-expected",
                          "typ-JWT-where-at+jwt-expected",
                          "hmac-empty-key"};
    for (const char *spelling : {"none", "None", "NONE", "nOnE"}) {
        expected << QStringLiteral("alg-none-%1-unsigned").arg(QLatin1String(spelling))
                 << QStringLiteral("alg-none-%1-signature-kept").arg(QLatin1String(spelling));
    }
    for (const char *es : {"ES256", "ES384", "ES512"}) {
        expected << QStringLiteral("psychic-%1-r0-s0").arg(QLatin1String(es))
                 << QStringLiteral("psychic-%1-r-n-s-n").arg(QLatin1String(es));
    }
    if (!s->secret) {
        expected << "kid-names-public-key";
        for (const char *hs : {"HS256", "HS384", "HS512"}) {
            QStringList forms {"pem-spki", "pem-spki-no-newline", "jwk", "der"};
            if (setup == QLatin1String("RS256"))
                forms << "pem-pkcs1";
            for (const QString &form : forms)
                expected << QStringLiteral("alg-confusion-%1-%2").arg(QLatin1String(hs), form);
        }
    }
    for (const QString &name : expected)
        QVERIFY2(names.contains(name), qPrintable("missing: " + name));
    QCOMPARE(names.size(), expected.size());
}

QStringList TestAttack::verifyArgs(const Setup &s, const QJsonObject &c) const
{
    const QJsonObject settings = c.value("settings").toObject();
    QStringList args {"verify", s.secret ? "--secret-file" : "--key", s.verifyKey};
    for (const QJsonValue &alg : settings.value("algorithms").toArray())
        args << "--alg" << alg.toString();
    if (settings.contains("issuer"))
        args << "--iss" << settings.value("issuer").toString();
    if (settings.contains("audience"))
        args << "--aud" << settings.value("audience").toString();
    if (settings.contains("typ"))
        args << "--typ" << settings.value("typ").toString();
    for (const QJsonValue &claim : settings.value("required_claims").toArray())
        args << "--require" << claim.toString();
    args << "--now" << QString::number(settings.value("now").toInteger()) << "--leeway"
         << QString::number(settings.value("leeway").toInteger());
    return args << c.value("token").toString();
}

const CliRun &TestAttack::verifyRun(const Setup &s, int index)
{
    const QString id = s.name + u' ' + QString::number(index);
    auto it = m_verifyRuns.find(id);
    if (it == m_verifyRuns.end())
        it = m_verifyRuns.insert(id, runJwtlens(verifyArgs(s, s.cases.at(index))));
    return *it;
}

void TestAttack::verifyAnswers_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("index");
    for (const Setup &s : std::as_const(m_setups)) {
        for (int i = 0; i < s.cases.size(); ++i) {
            const QString row = s.name + u' ' + s.cases.at(i).value("name").toString();
            QTest::newRow(qPrintable(row)) << s.name << i;
        }
    }
}

void TestAttack::verifyAnswers()
{
    QFETCH(QString, setup);
    QFETCH(int, index);
    const Setup *s = this->setup(setup);
    QVERIFY(s);
    const QJsonObject c = s->cases.at(index);
    const QString name = c.value("name").toString();
    const QString expect = c.value("expect").toString();
    const QString errorClass = c.value("error_class").toString();
    const CliRun &run = verifyRun(*s, index);
    CLI_VERIFY_RAN(run);
    const QJsonObject result = QJsonDocument::fromJson(run.out).object();
    const QString answer = run.exitCode == 0 ? QStringLiteral("accept") : QStringLiteral("reject");
    QVERIFY2(answer == expect,
             qPrintable(QStringLiteral("%1: expected %2, verify answered %3: %4%5")
                                .arg(name, expect, answer, QString::fromUtf8(run.out),
                                     QString::fromUtf8(run.err))));
    if (expect == QLatin1String("accept")) {
        QCOMPARE(run.out.count('\n'), 1);
        QCOMPARE(result.value("valid").toBool(), true);
        return;
    }
    // The refusal is the one the case names.
    QVERIFY2(run.exitCode == 1 || run.exitCode == 2, run.err);
    if (run.exitCode == 2 && errorClass == QLatin1String("invalid_signature")) {
        // A truncated signature whose last character now sets unused bits is not base64url
        // at all (issue 12, item 4: non-canonical encodings are refused).
        QVERIFY2(run.err.contains("non-canonical"), run.err.constData());
        return;
    }
    if (run.exitCode == 2) {
        // Malformed; a signature of the wrong length for its algorithm is too (the strict
        // verifier of issue 12): refused before any key is tried.
        QVERIFY(run.hasOneErrorLine());
        if (errorClass == QLatin1String("invalid_signature"))
            QCOMPARE(run.errorPart(), QStringLiteral("signature"));
        else
            QCOMPARE(errorClass, QStringLiteral("malformed"));
        return;
    }
    QCOMPARE(result.value("valid").toBool(), false);
    const QString time = result.value("time").toString();
    const QString signature = result.value("signature").toString();
    const QString error = result.value("error").toString();
    if (errorClass == QLatin1String("expired") || errorClass == QLatin1String("not_yet_valid")
        || errorClass == QLatin1String("issued_in_future"))
        QCOMPARE(time, errorClass);
    else if (errorClass == QLatin1String("malformed_claim"))
        QCOMPARE(time, QStringLiteral("malformed"));
    else if (errorClass == QLatin1String("invalid_signature"))
        QCOMPARE(signature, QStringLiteral("invalid"));
    else if (errorClass == QLatin1String("unsupported_algorithm"))
        QCOMPARE(signature, QStringLiteral("unsupported"));
    else if (errorClass == QLatin1String("unknown_critical"))
        QVERIFY2(signature == QLatin1String("invalid") && error.contains(QLatin1String("crit")),
                 qPrintable(error));
    else if (errorClass == QLatin1String("unsupported_b64"))
        QVERIFY2(signature == QLatin1String("invalid") && error.contains(QLatin1String("b64")),
                 qPrintable(error));
    else if (errorClass == QLatin1String("algorithm_not_allowed"))
        QVERIFY2(error.contains(QLatin1String("not allowed")), qPrintable(error));
    else if (errorClass == QLatin1String("wrong_audience")
             || errorClass == QLatin1String("missing_claim"))
        QVERIFY2(error.contains(QLatin1String("aud")) || error.contains(QLatin1String("iss")),
                 qPrintable(error));
    else if (errorClass == QLatin1String("wrong_issuer"))
        QVERIFY2(error.contains(QLatin1String("iss")), qPrintable(error));
    else if (errorClass == QLatin1String("unknown_critical"))
        QVERIFY2(error.contains(QLatin1String("crit ")), qPrintable(error));
    else if (errorClass == QLatin1String("unsupported_b64"))
        QVERIFY2(error.contains(QLatin1String("b64 ")), qPrintable(error));
    else if (errorClass == QLatin1String("wrong_type"))
        QVERIFY2(error.contains(QLatin1String("typ is ")), qPrintable(error));
    else if (errorClass == QLatin1String("encrypted_token")
             || errorClass == QLatin1String("malformed")) {
        // Five parts: read as a JWE, which the server's signature key cannot decrypt (the
        // error names why, e.g. "RSA-OAEP-256 needs an RSA key").
        QCOMPARE(signature, QStringLiteral("invalid"));
        QVERIFY2(!error.isEmpty(), qPrintable(error));
    } else
        QFAIL(qPrintable("no check for the error class " + errorClass));
}

void TestAttack::lensIsVerify_data()
{
    verifyAnswers_data();
}

void TestAttack::lensIsVerify()
{
    // What a case says of JWT Lens is what `jwtlens verify` answers with the case's settings:
    // the one verdict, word for word — also where JWT Lens is wrong today.
    QFETCH(QString, setup);
    QFETCH(int, index);
    const Setup *s = this->setup(setup);
    QVERIFY(s);
    const QJsonObject c = s->cases.at(index);
    const CliRun &run = verifyRun(*s, index);
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode <= 2, run.err);
    const QString answer
            = run.exitCode == 0 ? QStringLiteral("accepts") : QStringLiteral("rejects");
    QCOMPARE(c.value("jwtlens").toString(), answer);
    const QString why = c.value("jwtlens_why").toString();
    if (run.exitCode == 1) {
        QCOMPARE(why, QJsonDocument::fromJson(run.out).object().value("error").toString());
    } else if (run.exitCode == 2) {
        // A malformed token: the error line is "jwtlens: <part>: <reason>", the verdict's
        // reason "<part>: <reason>".
        QVERIFY(run.hasOneErrorLine());
        QCOMPARE(QStringLiteral("jwtlens: ") + why + u'\n', QString::fromUtf8(run.err));
    }
}

void TestAttack::lensMissesAreSaid()
{
    // The cases JWT Lens answers wrongly are named on standard error, one warning line.
    const Setup *s = setup("HS256");
    QVERIFY(s);
    QStringList misses;
    for (const QJsonObject &c : s->cases) {
        if (c.value("jwtlens").toString() != c.value("expect").toString() + u's')
            misses << c.value("name").toString();
    }
    const CliRun run
            = runJwtlens(QStringList {"attack", "--now", QString::number(m_now)} + s->keyArgs
                         + QStringList {s->cases.first().value("token").toString()});
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 0);
    if (misses.isEmpty()) {
        QVERIFY2(!run.err.contains("JWT Lens itself"), run.err);
        return;
    }
    QVERIFY2(run.err.contains("JWT Lens itself answers " + QByteArray::number(misses.size())
                              + " case"),
             run.err);
    QVERIFY2(run.err.contains(misses.join(QLatin1String(", ")).toUtf8()), run.err);
}

void TestAttack::publicKeyThroughEveryPath_data()
{
    // A server that holds its public key as an HMAC secret (a PEM in --secret-file) with no
    // allow-list is the configuration algorithm confusion exploits: the contract says a PEM
    // block is never an HMAC secret for verification, through any option.
    QTest::addColumn<QString>("setup");
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("asSecret");
    for (const Setup &s : std::as_const(m_setups)) {
        for (int i = 0; i < s.cases.size(); ++i) {
            const QString name = s.cases.at(i).value("name").toString();
            if (!name.startsWith(QLatin1String("alg-confusion-HS256-pem-spki"))
                && name != QLatin1String("kid-names-public-key"))
                continue;
            QTest::addRow("%s %s --key", qPrintable(s.name), qPrintable(name))
                    << s.name << i << false;
            QTest::addRow("%s %s --secret-file", qPrintable(s.name), qPrintable(name))
                    << s.name << i << true;
        }
    }
}

void TestAttack::publicKeyThroughEveryPath()
{
    QFETCH(QString, setup);
    QFETCH(int, index);
    QFETCH(bool, asSecret);
    const Setup *s = this->setup(setup);
    QVERIFY(s);
    const QJsonObject c = s->cases.at(index);
    const QString name = c.value("name").toString();
    // The key file the server holds, in the form this token was keyed with.
    QString keyFile = s->verifyKey;
    if (name.endsWith(QLatin1String("no-newline"))) {
        QFile file(s->verifyKey);
        QVERIFY(file.open(QIODevice::ReadOnly));
        keyFile = path(setup + ".pub.bare.pem");
        QVERIFY(write(setup + ".pub.bare.pem", file.readAll().trimmed()));
    }
    const CliRun run
            = runJwtlens({"verify", asSecret ? "--secret-file" : "--key", keyFile, "--now",
                          QString::number(m_now), "--ignore-time", c.value("token").toString()});
    CLI_VERIFY_RAN(run);
    // A PEM block is never an HMAC secret for verification, also when the token's HMAC is
    // keyed with exactly the bytes --secret-file gives (the "no-newline" cases).
    QVERIFY2(run.exitCode == 1, run.out + run.err);
    QCOMPARE(QJsonDocument::fromJson(run.out).object().value("valid").toBool(), false);
}

void TestAttack::attackTokensAreWhatTheySay()
{
    // The embedded key verifies its own token (the attack is real), and the HMAC of the
    // confusion cases is keyed with the public key's bytes.
    const Setup *s = setup("RS256");
    QVERIFY(s);
    for (const QJsonObject &c : s->cases) {
        const QString name = c.value("name").toString();
        const QString token = c.value("token").toString();
        const CliRun decode = runJwtlens({"decode", "--json", token});
        CLI_VERIFY_RAN(decode);
        const QJsonObject header
                = QJsonDocument::fromJson(decode.out).object().value("header").toObject();
        if (name == QLatin1String("embedded-jwk")) {
            QVERIFY(write("embedded.jwk", QJsonDocument(header.value("jwk").toObject()).toJson()));
            const CliRun run
                    = runJwtlens({"verify", "--key", path("embedded.jwk"), "--ignore-time", token});
            QVERIFY2(run.exitCode == 0, run.out + run.err);
        } else if (name.startsWith(QLatin1String("alg-confusion-HS256-pem-spki"))) {
            // HMAC-SHA-256 over the signing input, keyed with the PEM file's bytes (with or
            // without its last newline), computed apart from jwtlens.
            const bool bare = name.endsWith(QLatin1String("no-newline"));
            const CliRun mac = runJwtlens(
                    {"-c",
                     "import base64, hashlib, hmac, sys\n"
                     "key = open(sys.argv[1], 'rb').read()\n"
                     "key = key.rstrip(b'\\n') if sys.argv[2] == 'bare' else key\n"
                     "h, p, _ = sys.argv[3].split('.')\n"
                     "mac = hmac.new(key, (h + '.' + p).encode(), hashlib.sha256).digest()\n"
                     "print(base64.urlsafe_b64encode(mac).decode().rstrip('='))",
                     s->verifyKey, bare ? "bare" : "file", token},
                    QByteArray(), 30000, python);
            QVERIFY2(mac.exitCode == 0, mac.err);
            QCOMPARE(QString::fromLatin1(mac.out.trimmed()), token.section(u'.', 2));
        } else if (name.startsWith(QLatin1String("alg-none-"))) {
            QVERIFY(token.endsWith(u'.') || name.endsWith(QLatin1String("signature-kept")));
            QCOMPARE(header.value("alg").toString(), name.section(u'-', 2, 2));
        } else if (name == QLatin1String("psychic-ES256-r0-s0")) {
            QCOMPARE(token.section(u'.', 2), QString(86, u'A'));
        }
    }
}

void TestAttack::exportFolder()
{
    const Setup *s = setup("RS256");
    QVERIFY(s);
    const QString out = path("export");
    const CliRun run = runJwtlens(
            QStringList {"attack", "--now", QString::number(m_now), "--jku-url",
                         "https://tester.example/keys/"}
            + s->keyArgs + QStringList {"--out", out, s->cases.first().value("token").toString()});
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err);
    QVERIFY(run.err.contains("hosted/jwks.json"));

    QFile manifestFile(out + "/manifest.json");
    QVERIFY(manifestFile.open(QIODevice::ReadOnly));
    const QJsonObject manifest = QJsonDocument::fromJson(manifestFile.readAll()).object();
    const QJsonArray cases = manifest.value("cases").toArray();
    QCOMPARE(cases.size(), s->cases.size());
    QDir tokens(out + "/tokens");
    QCOMPARE(tokens.entryList(QDir::Files).size(), cases.size());
    QString jkuToken;
    QString x5uToken;
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        QFile file(out + u'/' + c.value("file").toString());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(c.value("file").toString()));
        QCOMPARE(QString::fromLatin1(file.readAll()), c.value("token").toString());
        for (const char *field : {"name", "expect", "why", "reference", "settings"})
            QVERIFY(c.contains(QLatin1String(field)));
        if (c.value("name").toString() == QLatin1String("embedded-jku"))
            jkuToken = c.value("token").toString();
        if (c.value("name").toString() == QLatin1String("embedded-x5u"))
            x5uToken = c.value("token").toString();
    }
    // The hosted files hold the key that signed the jku and x5u tokens, at the URLs they name.
    const QJsonArray hosted = manifest.value("hosted").toArray();
    QCOMPARE(hosted.size(), 2);
    QCOMPARE(hosted.at(0).toObject().value("url").toString(),
             QStringLiteral("https://tester.example/keys/jwks.json"));
    QCOMPARE(hosted.at(1).toObject().value("url").toString(),
             QStringLiteral("https://tester.example/keys/x5u.pem"));
    const CliRun jku
            = runJwtlens({"verify", "--key", out + "/hosted/jwks.json", "--ignore-time", jkuToken});
    QVERIFY2(jku.exitCode == 0, jku.out + jku.err);
    const CliRun x5u
            = runJwtlens({"verify", "--key", out + "/hosted/x5u.pem", "--ignore-time", x5uToken});
    QVERIFY2(x5u.exitCode == 0, x5u.out + x5u.err);

    // requests.sh: executable, valid sh, one request per token, never run here.
    const QString script = out + "/requests.sh";
    QVERIFY(QFileInfo(script).isExecutable());
    const CliRun syntax
            = runJwtlens({"-n", script}, QByteArray(), 30000, QStringLiteral("/bin/sh"));
    QVERIFY2(syntax.exitCode == 0, syntax.err);
    QFile scriptFile(script);
    QVERIFY(scriptFile.open(QIODevice::ReadOnly));
    const QByteArray text = scriptFile.readAll();
    QCOMPARE(text.count("\nsend '"), cases.size());
    // Without a URL it says how to use it and sends nothing.
    const CliRun usage = runJwtlens({script}, QByteArray(), 30000, QStringLiteral("/bin/sh"));
    QCOMPARE(usage.exitCode, 2);
    QVERIFY(usage.err.contains("usage"));

    // A folder that is not empty is refused, nothing is overwritten.
    const CliRun again
            = runJwtlens(QStringList {"attack"} + s->keyArgs
                         + QStringList {"--out", out, s->cases.first().value("token").toString()});
    QCOMPARE(again.exitCode, 2);
    QVERIFY2(again.hasOneErrorLine(), again.err);
    QVERIFY2(again.err.contains("is not empty"), again.err);
}

QSet<QString> TestAttack::wrongAnswers(const Setup &s, const CliRun &run, QString *failure) const
{
    QSet<QString> wrong;
    QHash<QString, QString> expected;
    for (const QJsonObject &c : s.cases)
        expected.insert(c.value("name").toString(), c.value("expect").toString());
    int answered = 0;
    for (const QByteArray &line : run.out.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonObject r = QJsonDocument::fromJson(line).object();
        const QString name = r.value("name").toString();
        ++answered;
        if (r.value("result").toString() != expected.value(name))
            wrong << name;
    }
    if (answered != s.cases.size())
        *failure = QStringLiteral("answered %1 of %2: %3")
                           .arg(answered)
                           .arg(s.cases.size())
                           .arg(QString::fromUtf8(run.err));
    return wrong;
}

void TestAttack::pyjwt_data()
{
    everyKindIsMade_data();
}

void TestAttack::pyjwt()
{
    QFETCH(QString, setup);
    const CliRun probe
            = runJwtlens({"-c", "import jwt, cryptography"}, QByteArray(), 30000, python);
    if (!probe.finished || probe.exitCode != 0) {
        if (inCi())
            QFAIL("/usr/bin/python3 with python3-jwt is needed");
        QSKIP("/usr/bin/python3 with the jwt module (python3-jwt) is needed");
    }
    const Setup *s = this->setup(setup);
    QVERIFY(s);
    const CliRun run = runJwtlens({QFINDTESTDATA("data/forge/pyjwt_verify.py"),
                                   s->secret ? "--secret-file" : "--public-key", s->verifyKey},
                                  s->lines, 120000, python);
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err);
    QString failure;
    const QSet<QString> wrong = wrongAnswers(*s, run, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QStringList sorted = wrong.values();
    sorted.sort();
    qInfo("PyJWT (%s) answers wrongly: %s", qPrintable(setup), qPrintable(sorted.join(", ")));
    QCOMPARE(wrong, pyjwtMisses);
}

void TestAttack::jose_data()
{
    everyKindIsMade_data();
}

void TestAttack::jose()
{
    QFETCH(QString, setup);
    QString why;
    const QString modules = ensureJose(QStringLiteral("tst_attack"), &why);
    if (modules.isEmpty())
        QSKIP(qPrintable(why));
    const Setup *s = this->setup(setup);
    QVERIFY(s);
    const CliRun run = runJwtlens({QFINDTESTDATA("data/forge/jose_verify.mjs"), modules,
                                   s->secret ? "--secret-file" : "--public-key", s->verifyKey},
                                  s->lines, 120000, QStandardPaths::findExecutable("node"));
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err);
    QString failure;
    const QSet<QString> wrong = wrongAnswers(*s, run, &failure);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QStringList sorted = wrong.values();
    sorted.sort();
    qInfo("jose (%s) answers wrongly: %s", qPrintable(setup), qPrintable(sorted.join(", ")));
    QCOMPARE(wrong, joseMisses);
}

void TestAttack::claimOption()
{
    const Setup *s = setup("HS256");
    QVERIFY(s);
    const CliRun run = runJwtlens(
            QStringList {"attack", "--now", QString::number(m_now), "--claim", "role=admin",
                         "--claim", "admin=true", "--claim", "n=12345678901234567890"}
            + s->keyArgs + QStringList {s->cases.first().value("token").toString()});
    CLI_VERIFY_RAN(run);
    QVERIFY2(run.exitCode == 0, run.err);
    QStringList tampered;
    for (const QByteArray &line : run.out.split('\n')) {
        const QJsonObject c = QJsonDocument::fromJson(line).object();
        const QString name = c.value("name").toString();
        if (name.startsWith(QLatin1String("tampered-")))
            tampered << name;
        if (name == QLatin1String("alg-none-none-unsigned")) {
            // The forged claims ride on the attack tokens, the JSON values as JSON.
            const CliRun decode = runJwtlens({"decode", "--json", c.value("token").toString()});
            QVERIFY2(decode.out.contains(R"("role":"admin")"), decode.out);
            QVERIFY2(decode.out.contains(R"("admin":true,"n":12345678901234567890})"), decode.out);
        }
    }
    QCOMPARE(tampered, QStringList({"tampered-role", "tampered-admin", "tampered-n"}));
}

void TestAttack::refusals_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("part");
    const QString token = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJ4In0.AAAA";
    QTest::newRow("no key") << QStringList {"attack", token} << QByteArray() << "usage";
    QTest::newRow("two keys") << QStringList {"attack", "--secret",  "a",
                                              "--key",  "/dev/null", token}
                              << QByteArray() << "usage";
    QTest::newRow("RS256 token, secret given")
            << QStringList {"attack", "--secret", "s", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.AAAA"}
            << QByteArray() << "token";
    QTest::newRow("public key only")
            << QStringList {"attack", "--key", QFINDTESTDATA("data/keys/rsa2048.pub.pem"),
                            "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.AAAA"}
            << QByteArray() << "token";
    QTest::newRow("alg none") << QStringList {"attack", "--secret", "s",
                                              "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."}
                              << QByteArray() << "token";
    QTest::newRow("not a token") << QStringList {"attack", "--secret", "s", "-"}
                                 << QByteArray("x.y") << "token";
    QTest::newRow("claim without =")
            << QStringList {"attack", "--secret", "s", "--claim", "role", token} << QByteArray()
            << "usage";
}

void TestAttack::refusals()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QString, part);
    const CliRun run = runJwtlens(args, input);
    CLI_VERIFY_RAN(run);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.hasOneErrorLine(), run.err);
    QCOMPARE(run.errorPart(), part);
    QVERIFY(run.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestAttack)
#include "tst_attack.moc"
