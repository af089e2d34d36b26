// SPDX-License-Identifier: MIT
#include "keygen.h"
#include "tokenmodel.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <thread>
#include <QTranslator>

#include <memory>

namespace {

QByteArray readData(const QString &relative)
{
    QFile file(QFINDTESTDATA(QStringLiteral("data/") + relative));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test data %s", qPrintable(relative));
    return file.readAll();
}

QString keyFile(const QString &name)
{
    return QString::fromUtf8(readData(QStringLiteral("vectors/keys/") + name));
}

QJsonArray manifest()
{
    return QJsonDocument::fromJson(readData(QStringLiteral("vectors/manifest.json"))).array();
}

QJsonObject manifestCase(const QString &name)
{
    const QJsonArray cases = manifest();
    for (const QJsonValue &v : cases) {
        if (v[QLatin1String("name")].toString() == name)
            return v.toObject();
    }
    qFatal("no manifest case %s", qPrintable(name));
    return {};
}

QByteArray b64(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray unb64(QByteArrayView text)
{
    return QByteArray::fromBase64(text.toByteArray(), QByteArray::Base64UrlEncoding);
}

/// An HS256 token made without the engine (Qt's own HMAC), to check the model against.
QString hs256(const QByteArray &header, const QByteArray &payload, const QByteArray &secret)
{
    const QByteArray input = b64(header) + '.' + b64(payload);
    const QByteArray mac
            = QMessageAuthenticationCode::hash(input, secret, QCryptographicHash::Sha256);
    return QString::fromLatin1(input + '.' + b64(mac));
}

QStringList parts(const QString &token)
{
    return token.split(QLatin1Char('.'));
}

const QString a2Token = QStringLiteral(
        "eyJhbGciOiJSUzI1NiJ9.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFt"
        "cGxlLmNvbS9pc19yb290Ijp0cnVlfQ.cC4hiUPoj9Eetdgtv3hF80EGrhuB__dzERat0XF9g2VtQgr9PJbu3XOiZ"
        "j5RZmh7AAuHIm4Bh-0Qc_lF5YKt_O8W2Fp5jujGbds9uJdbF9CUAr7t1dnZcAcQjbKBYNX4BAynRFdiuB--f_nZ"
        "LgrnbyTyWzO75vRK5h6xBArLIARNPvkSjtQBMHlb1L07Qe7K0GarZRmB_eSN9383LcOLn6_dO--xi12jzDwusC-"
        "eOkHWEsqtFZESc6BfI7noOPqvhJ1phCnvWh6IeYI2w9QOYEUipUTI8np6LbgGY9Fs98rqVt5AXLIhWkWywlVmtVr"
        "Bp0igcN_IoypGlUPQGe77Rw");

/// Every signal of the model, counted.
class Spies
{
public:
    explicit Spies(TokenModel *m)
    {
        add("token", m, &TokenModel::tokenChanged);
        add("header", m, &TokenModel::headerTextChanged);
        add("payload", m, &TokenModel::payloadTextChanged);
        add("algorithm", m, &TokenModel::algorithmChanged);
        add("key", m, &TokenModel::keyChanged);
        add("resign", m, &TokenModel::resignOnEditChanged);
        add("clock", m, &TokenModel::clockChanged);
        add("structure", m, &TokenModel::structureChanged);
        add("verification", m, &TokenModel::verificationChanged);
        add("claims", m, &TokenModel::claimsChanged);
        add("findings", m, &TokenModel::findingsChanged);
    }

    /// "name=count" of every signal that fired, in declaration order.
    QStringList fired() const
    {
        QStringList list;
        for (const auto &[name, spy] : m_spies) {
            if (spy->count() > 0)
                list.append(QStringLiteral("%1=%2").arg(name).arg(spy->count()));
        }
        return list;
    }

    int count(const char *name) const
    {
        for (const auto &[n, spy] : m_spies) {
            if (n == QLatin1String(name))
                return int(spy->count());
        }
        return -1;
    }

private:
    template<typename Signal> void add(const char *name, TokenModel *m, Signal signal)
    {
        m_spies.emplace_back(QString::fromLatin1(name), std::make_unique<QSignalSpy>(m, signal));
    }

    std::vector<std::pair<QString, std::unique_ptr<QSignalSpy>>> m_spies;
};

bool hasFinding(const TokenModel &model, const QString &id, Finding::Severity *severity = nullptr,
                int *count = nullptr)
{
    int n = 0;
    const QList<Finding> findings = model.findings();
    for (const Finding &f : findings) {
        if (f.id == id) {
            ++n;
            if (severity)
                *severity = f.severity;
        }
    }
    if (count)
        *count = n;
    return n > 0;
}

const TokenModel::Claim *claim(const QList<TokenModel::Claim> &claims, const QString &name)
{
    for (const TokenModel::Claim &c : claims) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

} // namespace

class TestTokenModel : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void decodedOnAWorkerThread_data();
    void decodedOnAWorkerThread();
    void manifestVerification_data();
    void manifestVerification();
    void decodePrettyPrints();
    void payloadEditKeepsHeaderBytes();
    void headerEditKeepsPayloadBytes();
    void whitespaceEditKeepsToken();
    void plainTextPayload();
    void undoRestoresPastedToken_data();
    void undoRestoresPastedToken();
    void resignOnEdit_data();
    void resignOnEdit();
    void resignedIsNotVerified();
    void keyChangeReverifiesOnly();
    void rfc7515A2_data();
    void rfc7515A2();
    void signAction();
    void signFails_data();
    void signFails();
    void secretInputs_data();
    void secretInputs();
    void jwksChoosesByKid();
    void claimsAtFixedClock_data();
    void claimsAtFixedClock();
    void claimMeanings();
    void refreshClock();
    void clockMovesOnlyTimes();
    void retranslate();
    void partialTokens_data();
    void partialTokens();
    void invalidJsonKeepsText_data();
    void invalidJsonKeepsText();
    void invalidJsonThenFixed();
    void setAlgorithm_data();
    void setAlgorithm();
    void signalsOncePerChange_data();
    void signalsOncePerChange();
    void sameValueEmitsNothing();
    void jweIsUnsupported();
    void algNoneIsUnsecured();
    void findings_data();
    void findings();
    void weakSecretFollowsTheSignature();
    void buildFromEmpty();
    void randomEditsKeepInvariants();
    void sampleKeyStaysWithTheSample();
};

// ---- binding rule and round trip ---------------------------------------------------------

void TestTokenModel::roundTrip_data()
{
    QTest::addColumn<QString>("token");
    const QJsonArray cases = manifest();
    for (const QJsonValue &v : cases) {
        const QByteArray name = v[QLatin1String("name")].toString().toUtf8();
        QTest::newRow(name.constData()) << v[QLatin1String("token")].toString();
    }
    QTest::newRow("bearer prefix and spaces") << QStringLiteral("  Bearer ")
                    + manifestCase(QStringLiteral("jwt.io-default-HS256"))[QLatin1String("token")]
                              .toString()
                    + QStringLiteral("\n");
}

void TestTokenModel::roundTrip()
{
    QFETCH(QString, token);
    TokenModel model;
    model.setToken(token);
    QCOMPARE(model.token(), token);
    QVERIFY(!model.headerText().isEmpty());

    // Giving the panes back what they show changes nothing and emits nothing.
    Spies spies(&model);
    model.setHeaderText(model.headerText());
    model.setPayloadText(model.payloadText());
    QCOMPARE(model.token(), token);
    QCOMPARE(spies.fired(), QStringList());
}

void TestTokenModel::decodedOnAWorkerThread_data()
{
    roundTrip_data();
    QTest::newRow("garbage") << QStringLiteral("not a token at all");
    QTest::newRow("two parts") << QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4In0");
}

/// A window decodes a huge token off the UI thread and hands the result over: the model
/// must end up exactly as setToken() leaves it, with the same signals.
void TestTokenModel::decodedOnAWorkerThread()
{
    QFETCH(QString, token);
    TokenModel direct;
    Spies directSpies(&direct);
    direct.setToken(token);

    TokenModel::Decoded decoded;
    std::thread worker([&] { decoded = TokenModel::decode(token); });
    worker.join();
    TokenModel handed;
    Spies handedSpies(&handed);
    handed.setDecodedToken(decoded);

    QCOMPARE(handed.token(), token);
    QCOMPARE(handed.headerText(), direct.headerText());
    QCOMPARE(handed.payloadText(), direct.payloadText());
    QCOMPARE(handed.verifyState(), direct.verifyState());
    QCOMPARE(handed.tokenError().message, direct.tokenError().message);
    QCOMPARE(handed.payloadError().message, direct.payloadError().message);
    QCOMPARE(handed.claims().size(), direct.claims().size());
    QCOMPARE(handed.findings().size(), direct.findings().size());
    QCOMPARE(handed.segments().size(), direct.segments().size());
    QCOMPARE(handedSpies.fired(), directSpies.fired());
    // The untouched token still comes back byte for byte after a no-op edit.
    handed.setPayloadText(handed.payloadText());
    QCOMPARE(handed.token(), token);
}

void TestTokenModel::manifestVerification_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<TokenModel::KeyInput>("input");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QStringList>("accepted"); // VerifyState names
    QTest::addColumn<QString>("time");
    QTest::addColumn<qint64>("now");
    const QJsonArray cases = manifest();
    for (const QJsonValue &v : cases) {
        const QJsonObject c = v.toObject();
        TokenModel::KeyInput input = TokenModel::KeyInput::KeyText;
        QString key;
        if (c.contains(QLatin1String("secret"))) {
            input = TokenModel::KeyInput::SecretText;
            key = c[QLatin1String("secret")].toString();
        } else if (c.contains(QLatin1String("secret_base64"))) {
            input = TokenModel::KeyInput::SecretBase64;
            key = c[QLatin1String("secret_base64")].toString();
        } else {
            key = QString::fromUtf8(
                    readData(QStringLiteral("vectors/") + c[QLatin1String("key_file")].toString()));
        }
        const QJsonObject expect = c[QLatin1String("expect")].toObject();
        QStringList accepted;
        const QJsonValue sig = expect[QLatin1String("signature")];
        const QJsonArray sigs = sig.isArray() ? sig.toArray() : QJsonArray {sig};
        for (const QJsonValue &s : sigs) {
            if (s.toString() == QLatin1String("valid"))
                accepted << QStringLiteral("Verified");
            // "invalid"/"unsupported" of an alg-none token: the model says Unsecured.
            else if (c[QLatin1String("alg")].toString() == QLatin1String("none"))
                accepted << QStringLiteral("Unsecured");
            else
                accepted << QStringLiteral("Invalid");
        }
        const QByteArray name = c[QLatin1String("name")].toString().toUtf8();
        QTest::newRow(name.constData()) << c[QLatin1String("token")].toString() << input << key
                                        << accepted << expect[QLatin1String("time")].toString()
                                        << qint64(expect[QLatin1String("now")].toDouble());
    }
}

void TestTokenModel::manifestVerification()
{
    QFETCH(QString, token);
    QFETCH(TokenModel::KeyInput, input);
    QFETCH(QString, key);
    QFETCH(QStringList, accepted);
    QFETCH(QString, time);
    QFETCH(qint64, now);

    TokenModel model;
    model.setFixedClock(QDateTime::fromSecsSinceEpoch(now, Qt::UTC));
    model.setToken(token);
    model.setKey(input, key);
    QCOMPARE(model.keyError().message, QString());
    const QString state = QString::fromLatin1(
            QMetaEnum::fromType<TokenModel::VerifyState>().valueToKey(int(model.verifyState())));
    QVERIFY2(accepted.contains(state),
             qPrintable(state + QStringLiteral(": ") + model.verifyReason()));
    QCOMPARE(model.token(), token); // a key never rewrites the token
    if (!time.isEmpty())
        QCOMPARE(timeStatusName(model.claimsReport().time), time);
}

void TestTokenModel::decodePrettyPrints()
{
    // RFC 7515 A.1: CRLF JSON in both segments, shown re-indented.
    TokenModel model;
    model.setToken(
            manifestCase(QStringLiteral("rfc7515-A.1-HS256-secret-base64"))[QLatin1String("token")]
                    .toString());
    QCOMPARE(model.headerText(), QStringLiteral("{\n  \"typ\": \"JWT\",\n  \"alg\": \"HS256\"\n}"));
    QCOMPARE(model.payloadText(),
             QStringLiteral("{\n  \"iss\": \"joe\",\n  \"exp\": 1300819380,\n"
                            "  \"http://example.com/is_root\": true\n}"));
    QCOMPARE(model.algorithm(), std::optional<Algorithm>(Algorithm::HS256));
    const QList<TokenModel::SegmentRange> segments = model.segments();
    QCOMPARE(segments.size(), 3);
    const QStringList p = parts(model.token());
    QCOMPARE(segments.at(0).part, TokenPart::Header);
    QCOMPARE(segments.at(0).start, 0);
    QCOMPARE(segments.at(0).length, p.at(0).size());
    QCOMPARE(segments.at(1).start, p.at(0).size() + 1);
    QCOMPARE(segments.at(2).part, TokenPart::Signature);
    QCOMPARE(segments.at(2).start + segments.at(2).length, model.token().size());
    QCOMPARE(model.signatureText(), p.at(2));
}

void TestTokenModel::payloadEditKeepsHeaderBytes()
{
    const QString a1 = manifestCase(QStringLiteral(
            "rfc7515-A.1-HS256-secret-base64"))[QLatin1String("token")]
                               .toString();
    TokenModel model;
    model.setToken(a1);
    const QString header = model.headerText();
    model.setPayloadText(QStringLiteral(
            "{\n  \"iss\": \"jane\",\n  \"n\": 1.50, \"big\": 12345678901234567890\n}"));
    const QStringList p = parts(model.token());
    QCOMPARE(p.size(), 3);
    QCOMPARE(p.at(0), parts(a1).at(0)); // the CRLF header, byte for byte
    QCOMPARE(unb64(p.at(1).toLatin1()),
             QByteArray(R"({"iss":"jane","n":1.50,"big":12345678901234567890})"));
    QCOMPARE(model.headerText(), header);
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Stale); // no key: old signature
    QCOMPARE(p.at(2), parts(a1).at(2));
}

void TestTokenModel::headerEditKeepsPayloadBytes()
{
    const QString a1 = manifestCase(QStringLiteral(
            "rfc7515-A.1-HS256-secret-base64"))[QLatin1String("token")]
                               .toString();
    TokenModel model;
    model.setToken(a1);
    const QString payload = model.payloadText();
    model.setHeaderText(QStringLiteral("{\"alg\": \"HS256\", \"kid\": \"k1\"}"));
    const QStringList p = parts(model.token());
    QCOMPARE(unb64(p.at(0).toLatin1()), QByteArray(R"({"alg":"HS256","kid":"k1"})"));
    QCOMPARE(p.at(1), parts(a1).at(1));
    QCOMPARE(model.payloadText(), payload);
    QCOMPARE(model.headerText(), QStringLiteral("{\"alg\": \"HS256\", \"kid\": \"k1\"}"));
}

void TestTokenModel::whitespaceEditKeepsToken()
{
    const QString a1 = manifestCase(QStringLiteral(
            "rfc7515-A.1-HS256-secret-base64"))[QLatin1String("token")]
                               .toString();
    TokenModel model;
    model.setToken(a1);
    Spies spies(&model);
    model.setPayloadText(model.payloadText() + QStringLiteral("\n\n"));
    QCOMPARE(model.token(), a1);
    QCOMPARE(spies.fired(), QStringList {QStringLiteral("payload=1")});
}

void TestTokenModel::plainTextPayload()
{
    const QString token
            = hs256(R"({"alg":"HS256"})", "hello, world", "0123456789abcdef0123456789abcdef");
    TokenModel model;
    model.setToken(token);
    QCOMPARE(model.payloadText(), QStringLiteral("hello, world"));
    QCOMPARE(model.payloadError().isError(), false);
    model.setPayloadText(QStringLiteral("hello, moon"));
    QCOMPARE(model.payloadError().isError(), false);
    QCOMPARE(unb64(parts(model.token()).at(1).toLatin1()), QByteArray("hello, moon"));
}

void TestTokenModel::undoRestoresPastedToken_data()
{
    QTest::addColumn<bool>("withKey");
    QTest::newRow("no key: stale, then the pasted token again") << false;
    QTest::newRow("key: re-signed, then the pasted signature again") << true;
}

void TestTokenModel::undoRestoresPastedToken()
{
    QFETCH(bool, withKey);
    const QJsonObject a1 = manifestCase(QStringLiteral("rfc7515-A.1-HS256-secret-base64"));
    const QString token = a1[QLatin1String("token")].toString();
    TokenModel model;
    model.setFixedClock(QDateTime::fromSecsSinceEpoch(1300819000, Qt::UTC));
    model.setToken(token);
    if (withKey)
        model.setKey(TokenModel::KeyInput::SecretBase64,
                     a1[QLatin1String("secret_base64")].toString());
    const QString header = model.headerText();
    const QString payload = model.payloadText();
    model.setPayloadText(QString(payload).replace(QLatin1String("joe"), QLatin1String("eve")));
    model.setHeaderText(QString(header).replace(QLatin1String("JWT"), QLatin1String("JOSE")));
    QCOMPARE(model.verifyState(),
             withKey ? TokenModel::VerifyState::Resigned : TokenModel::VerifyState::Stale);
    // Typing the old texts back gives the CRLF bytes and the token's own signature back.
    model.setPayloadText(payload);
    model.setHeaderText(header);
    QCOMPARE(model.token(), token);
    QCOMPARE(model.isSignedHere(), false);
    QCOMPARE(model.verifyState(),
             withKey ? TokenModel::VerifyState::Verified : TokenModel::VerifyState::NoKey);
}

// ---- signing -----------------------------------------------------------------------------

void TestTokenModel::resignOnEdit_data()
{
    QTest::addColumn<bool>("resign");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<TokenModel::VerifyState>("state");
    QTest::addColumn<bool>("signatureChanges");
    const QString secret = QStringLiteral("a-32-byte-long-secret-for-HS256!");
    QTest::newRow("secret, re-sign on")
            << true << secret << TokenModel::VerifyState::Resigned << true;
    QTest::newRow("secret, re-sign off")
            << false << secret << TokenModel::VerifyState::Stale << false;
    QTest::newRow("no key, re-sign on")
            << true << QString() << TokenModel::VerifyState::Stale << false;
}

void TestTokenModel::resignOnEdit()
{
    QFETCH(bool, resign);
    QFETCH(QString, secret);
    QFETCH(TokenModel::VerifyState, state);
    QFETCH(bool, signatureChanges);
    const QByteArray key = "a-32-byte-long-secret-for-HS256!";
    const QString original = hs256(R"({"alg":"HS256","typ":"JWT"})", R"({"sub":"1","n":1})", key);
    TokenModel model;
    model.setResignOnEdit(resign);
    model.setToken(original);
    model.setKey(TokenModel::KeyInput::SecretText, secret);
    QCOMPARE(model.verifyState(),
             secret.isEmpty() ? TokenModel::VerifyState::NoKey : TokenModel::VerifyState::Verified);

    model.setPayloadText(QStringLiteral("{\"sub\": \"1\", \"n\": 2}"));
    QCOMPARE(model.verifyState(), state);
    const QString expected = hs256(R"({"alg":"HS256","typ":"JWT"})", R"({"sub":"1","n":2})", key);
    QCOMPARE(parts(model.token()).at(1), parts(expected).at(1));
    if (signatureChanges)
        QCOMPARE(model.token(), expected); // checked against Qt's own HMAC
    else
        QCOMPARE(parts(model.token()).at(2), parts(original).at(2));
    QCOMPARE(model.isSignedHere(), signatureChanges);
}

void TestTokenModel::resignedIsNotVerified()
{
    const QByteArray key = "a-32-byte-long-secret-for-HS256!";
    TokenModel model;
    model.setToken(hs256(R"({"alg":"HS256"})", R"({"a":1})", key));
    model.setKey(TokenModel::KeyInput::SecretText, QString::fromLatin1(key));
    model.setPayloadText(QStringLiteral("{\"a\": 2}"));
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Resigned);
    // Re-verifying (a key change and back) must not turn our own signature into "verified".
    model.setKey(TokenModel::KeyInput::SecretText, QString());
    model.setKey(TokenModel::KeyInput::SecretText, QString::fromLatin1(key));
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Resigned);
    // Another key: the signature made here does not match it.
    model.setKey(TokenModel::KeyInput::SecretText,
                 QStringLiteral("another-32-byte-long-secret-here"));
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Invalid);

    // The same text pasted into a fresh model is a token whose own signature checks out.
    TokenModel fresh;
    fresh.setToken(model.token());
    fresh.setKey(TokenModel::KeyInput::SecretText, QString::fromLatin1(key));
    QCOMPARE(fresh.verifyState(), TokenModel::VerifyState::Verified);
}

void TestTokenModel::keyChangeReverifiesOnly()
{
    const QString token
            = manifestCase(QStringLiteral("jwt.io-default-HS256"))[QLatin1String("token")]
                      .toString();
    TokenModel model;
    model.setToken(token);
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::NoKey);
    Spies spies(&model);
    model.setKey(TokenModel::KeyInput::SecretText, QStringLiteral("wrong"));
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Invalid);
    model.setKey(TokenModel::KeyInput::SecretText, QStringLiteral("your-256-bit-secret"));
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Verified);
    QCOMPARE(model.token(), token);
    QCOMPARE(spies.count("token"), 0);
    QCOMPARE(spies.count("header"), 0);
    QCOMPARE(spies.count("payload"), 0);
    QCOMPARE(spies.count("key"), 2);
    QCOMPARE(spies.count("verification"), 2);

    // A stale token stays stale when the key changes: only sign() rewrites it.
    model.setKey(TokenModel::KeyInput::SecretText, QString());
    model.setPayloadText(QStringLiteral("{\"sub\": \"2\"}"));
    const QString edited = model.token();
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Stale);
    model.setKey(TokenModel::KeyInput::SecretText, QStringLiteral("your-256-bit-secret"));
    QCOMPARE(model.token(), edited);
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Stale);
}

void TestTokenModel::rfc7515A2_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("resign");
    QTest::addColumn<TokenModel::VerifyState>("afterEdit");
    QTest::newRow("private JWK, re-sign on")
            << "rfc7515_a2_rs256.priv.jwk.json" << true << TokenModel::VerifyState::Resigned;
    QTest::newRow("private JWK, re-sign off")
            << "rfc7515_a2_rs256.priv.jwk.json" << false << TokenModel::VerifyState::Stale;
    QTest::newRow("public JWK, re-sign on")
            << "rfc7515_a2_rs256.pub.jwk.json" << true << TokenModel::VerifyState::Stale;
    QTest::newRow("private PKCS#8, re-sign on")
            << "rfc7515_a2_rs256.priv.pem" << true << TokenModel::VerifyState::Resigned;
}

void TestTokenModel::rfc7515A2()
{
    QFETCH(QString, file);
    QFETCH(bool, resign);
    QFETCH(TokenModel::VerifyState, afterEdit);
    TokenModel model;
    model.setResignOnEdit(resign);
    model.setToken(a2Token);
    model.setKey(TokenModel::KeyInput::KeyText, keyFile(file));
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Verified);
    QVERIFY(model.keyDescription().contains(QLatin1String("2048")));

    QString payload = model.payloadText();
    const qsizetype at = payload.indexOf(QLatin1String("joe"));
    QVERIFY(at > 0);
    payload[at + 2] = QLatin1Char('y'); // one character
    model.setPayloadText(payload);
    QCOMPARE(model.verifyState(), afterEdit);
    QVERIFY(model.verifyState() != TokenModel::VerifyState::Verified);
    const QStringList p = parts(model.token());
    QCOMPARE(p.at(0), parts(a2Token).at(0));
    QVERIFY(unb64(p.at(1).toLatin1()).contains("\"joy\""));
    if (afterEdit == TokenModel::VerifyState::Resigned) {
        QVERIFY(p.at(2) != parts(a2Token).at(2));
        TokenModel check; // the new signature verifies with the public key alone
        check.setToken(model.token());
        check.setKey(TokenModel::KeyInput::KeyText,
                     keyFile(QStringLiteral("rfc7515_a2_rs256.pub.pem")));
        QCOMPARE(check.verifyState(), TokenModel::VerifyState::Verified);
    } else {
        QCOMPARE(p.at(2), parts(a2Token).at(2));
    }
}

void TestTokenModel::signAction()
{
    TokenModel model;
    model.setToken(a2Token);
    model.setPayloadText(QStringLiteral("{\"iss\": \"joe\"}"));
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Stale);
    model.setKey(TokenModel::KeyInput::KeyText,
                 keyFile(QStringLiteral("rfc7515_a2_rs256.priv.jwk.json")));
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Stale);
    const QString before = model.token();
    Spies spies(&model);
    QVERIFY(model.sign());
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Resigned);
    QCOMPARE(parts(model.token()).mid(0, 2), parts(before).mid(0, 2));
    QVERIFY(parts(model.token()).at(2) != parts(before).at(2));
    QCOMPARE(spies.count("token"), 1);
    QCOMPARE(spies.count("payload"), 0);
    QCOMPARE(spies.count("header"), 0);
    QCOMPARE(spies.count("verification"), 1);
}

void TestTokenModel::signFails_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<TokenModel::KeyInput>("input");
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("ok");
    QTest::newRow("public key") << a2Token << TokenModel::KeyInput::KeyText
                                << keyFile(QStringLiteral("rfc7515_a2_rs256.pub.pem")) << false;
    QTest::newRow("no key") << a2Token << TokenModel::KeyInput::SecretText << QString() << false;
    QTest::newRow("secret for RS256")
            << a2Token << TokenModel::KeyInput::SecretText
            << QStringLiteral("a-32-byte-long-secret-for-HS256!") << false;
    QTest::newRow("alg none") << QStringLiteral("eyJhbGciOiJub25lIn0.eyJhIjoxfQ.")
                              << TokenModel::KeyInput::SecretText
                              << QStringLiteral("a-32-byte-long-secret-for-HS256!") << false;
    QTest::newRow("private key") << a2Token << TokenModel::KeyInput::KeyText
                                 << keyFile(QStringLiteral("rfc7515_a2_rs256.priv.pem")) << true;
}

void TestTokenModel::signFails()
{
    QFETCH(QString, token);
    QFETCH(TokenModel::KeyInput, input);
    QFETCH(QString, key);
    QFETCH(bool, ok);
    TokenModel model;
    model.setToken(token);
    model.setKey(input, key);
    QCOMPARE(model.sign(), ok);
    QCOMPARE(model.signatureError().isError(), !ok);
    if (!ok)
        QCOMPARE(model.token(), token);
    else
        QCOMPARE(model.verifyState(), TokenModel::VerifyState::Resigned);
}

void TestTokenModel::secretInputs_data()
{
    QTest::addColumn<TokenModel::KeyInput>("input");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<TokenModel::VerifyState>("state");
    QTest::addColumn<bool>("keyError");
    // RFC 7515 A.1's key, written three ways.
    const QByteArray key = unb64("AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-"
                                 "1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow");
    QTest::newRow("base64url") << TokenModel::KeyInput::SecretBase64
                               << QString::fromLatin1(b64(key)) << TokenModel::VerifyState::Verified
                               << false;
    QTest::newRow("standard base64 with padding")
            << TokenModel::KeyInput::SecretBase64 << QString::fromLatin1(key.toBase64())
            << TokenModel::VerifyState::Verified << false;
    QTest::newRow("JWK") << TokenModel::KeyInput::KeyText
                         << keyFile(QStringLiteral("rfc7515_a1_hs256.jwk.json"))
                         << TokenModel::VerifyState::Verified << false;
    QTest::newRow("base64 text taken as UTF-8")
            << TokenModel::KeyInput::SecretText << QString::fromLatin1(b64(key))
            << TokenModel::VerifyState::Invalid << false;
    QTest::newRow("not base64") << TokenModel::KeyInput::SecretBase64 << QStringLiteral("%%%%")
                                << TokenModel::VerifyState::Invalid << true;
    QTest::newRow("not a key") << TokenModel::KeyInput::KeyText << QStringLiteral("hello")
                               << TokenModel::VerifyState::Invalid << true;
}

void TestTokenModel::secretInputs()
{
    QFETCH(TokenModel::KeyInput, input);
    QFETCH(QString, secret);
    QFETCH(TokenModel::VerifyState, state);
    QFETCH(bool, keyError);
    TokenModel model;
    model.setToken(
            manifestCase(QStringLiteral("rfc7515-A.1-HS256-secret-base64"))[QLatin1String("token")]
                    .toString());
    model.setKey(input, secret);
    QCOMPARE(model.keyError().isError(), keyError);
    QCOMPARE(model.verifyState(), state);
    QCOMPARE(model.keyInput(), input);
    QCOMPARE(model.keyText(), secret);
}

void TestTokenModel::jwksChoosesByKid()
{
    const GeneratedKey other = generateKey(Algorithm::RS256);
    QVERIFY(other.ok());
    QByteArray otherJwk = other.key.toJwk(false);
    otherJwk.insert(otherJwk.lastIndexOf('}'), R"(,"kid":"other")");
    QJsonObject a2 = QJsonDocument::fromJson(
                             readData(QStringLiteral("vectors/keys/rfc7515_a2_rs256.pub.jwk.json")))
                             .object();
    a2[QLatin1String("kid")] = QStringLiteral("a2");
    const QByteArray jwks = "{\"keys\":[" + otherJwk + ','
            + QJsonDocument(a2).toJson(QJsonDocument::Compact) + "]}";

    // A token with kid "a2", signed with the A.2 private key.
    TokenModel signer;
    signer.setToken(a2Token);
    signer.setKey(TokenModel::KeyInput::KeyText,
                  keyFile(QStringLiteral("rfc7515_a2_rs256.priv.jwk.json")));
    signer.setHeaderText(QStringLiteral("{\"alg\": \"RS256\", \"kid\": \"a2\"}"));
    QCOMPARE(signer.verifyState(), TokenModel::VerifyState::Resigned);

    TokenModel model;
    model.setToken(signer.token());
    model.setKey(TokenModel::KeyInput::KeyText, QString::fromUtf8(jwks));
    QCOMPARE(model.keyError().message, QString());
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Verified);
    QCOMPARE(model.chosenKey().kid, QStringLiteral("a2"));

    // The same signature under kid "other" picks the other key: it does not verify.
    signer.setResignOnEdit(false);
    signer.setHeaderText(QStringLiteral("{\"alg\": \"RS256\", \"kid\": \"other\"}"));
    TokenModel wrong;
    wrong.setToken(signer.token());
    wrong.setKey(TokenModel::KeyInput::KeyText, QString::fromUtf8(jwks));
    QCOMPARE(wrong.chosenKey().kid, QStringLiteral("other"));
    QCOMPARE(wrong.verifyState(), TokenModel::VerifyState::Invalid);
}

// ---- claims ------------------------------------------------------------------------------

void TestTokenModel::claimsAtFixedClock_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<qint64>("leeway");
    QTest::addColumn<QString>("name");
    QTest::addColumn<TimeStatus>("status");
    QTest::addColumn<QString>("relative");
    QTest::addColumn<TimeStatus>("overall");
    // Now is 1700000000 (2023-11-14T22:13:20Z).
    QTest::newRow("expires in 12 minutes")
            << QByteArray(R"({"exp":1700000720})") << qint64(0) << "exp" << TimeStatus::Valid
            << "expires in 12 minutes" << TimeStatus::Valid;
    QTest::newRow("expired 3 hours ago")
            << QByteArray(R"({"exp":1699989200})") << qint64(0) << "exp" << TimeStatus::Expired
            << "expired 3 hours ago" << TimeStatus::Expired;
    QTest::newRow("expired exactly now")
            << QByteArray(R"({"exp":1700000000})") << qint64(0) << "exp" << TimeStatus::Expired
            << "expired 0 seconds ago" << TimeStatus::Expired;
    QTest::newRow("issued 2 days ago")
            << QByteArray(R"({"iat":1699827200,"exp":1700086400})") << qint64(0) << "iat"
            << TimeStatus::Valid << "issued 2 days ago" << TimeStatus::Valid;
    QTest::newRow("issued 1 day ago")
            << QByteArray(R"({"iat":1699913600})") << qint64(0) << "iat" << TimeStatus::Valid
            << "issued 1 day ago" << TimeStatus::Valid;
    QTest::newRow("not yet valid")
            << QByteArray(R"({"nbf":1700003600})") << qint64(0) << "nbf" << TimeStatus::NotYetValid
            << "becomes valid in 1 hour" << TimeStatus::NotYetValid;
    QTest::newRow("issued in the future")
            << QByteArray(R"({"iat":1700000300})") << qint64(0) << "iat"
            << TimeStatus::IssuedInFuture << "issued 5 minutes in the future"
            << TimeStatus::IssuedInFuture;
    QTest::newRow("leeway covers a recent expiry")
            << QByteArray(R"({"exp":1699999970})") << qint64(60) << "exp" << TimeStatus::Valid
            << "expired 30 seconds ago (within the leeway)" << TimeStatus::Valid;
    QTest::newRow("leeway too short")
            << QByteArray(R"({"exp":1699999880})") << qint64(60) << "exp" << TimeStatus::Expired
            << "expired 2 minutes ago" << TimeStatus::Expired;
    QTest::newRow("leeway covers nbf")
            << QByteArray(R"({"nbf":1700000030})") << qint64(60) << "nbf" << TimeStatus::Valid
            << "becomes valid in 30 seconds (within the leeway)" << TimeStatus::Valid;
    QTest::newRow("exp not a number") << QByteArray(R"({"exp":"tomorrow"})") << qint64(0) << "exp"
                                      << TimeStatus::Malformed << "" << TimeStatus::Malformed;
    QTest::newRow("auth_time is a time")
            << QByteArray(R"({"auth_time":1699996400})") << qint64(0) << "auth_time"
            << TimeStatus::Valid << "1 hour ago" << TimeStatus::Valid;
    QTest::newRow("expires in 3 years")
            << QByteArray(R"({"exp":1794700000})") << qint64(0) << "exp" << TimeStatus::Valid
            << "expires in 3 years" << TimeStatus::Valid;
}

void TestTokenModel::claimsAtFixedClock()
{
    QFETCH(QByteArray, payload);
    QFETCH(qint64, leeway);
    QFETCH(QString, name);
    QFETCH(TimeStatus, status);
    QFETCH(QString, relative);
    QFETCH(TimeStatus, overall);
    TokenModel model;
    model.setFixedClock(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    model.setLeeway(leeway);
    model.setToken(hs256(R"({"alg":"HS256"})", payload, "k"));
    const QList<TokenModel::Claim> claims = model.claims();
    const TokenModel::Claim *c = claim(claims, name);
    QVERIFY(c);
    QVERIFY(c->isTime);
    QCOMPARE(c->status, status);
    QCOMPARE(c->relative, relative);
    QCOMPARE(c->utc.isValid(), status != TimeStatus::Malformed);
    if (c->utc.isValid()) {
        const Json::Object object = Json::readObject(payload);
        QCOMPARE(c->utc.toSecsSinceEpoch(), qint64(object.find(name)->number()));
        QCOMPARE(c->utc.timeSpec(), Qt::UTC);
    }
    QCOMPARE(model.claimsReport().time, overall);
}

void TestTokenModel::claimMeanings()
{
    TokenModel model;
    model.setToken(hs256(
            R"({"alg":"HS256"})",
            R"({"iss":"a","sub":"b","aud":"c","exp":1,"nbf":1,"iat":1,"jti":"j","x-custom":true})",
            "k"));
    const QList<TokenModel::Claim> claims = model.claims();
    QCOMPARE(claims.size(), 8);
    const QStringList registered
            = {QStringLiteral("iss"), QStringLiteral("sub"), QStringLiteral("aud"),
               QStringLiteral("exp"), QStringLiteral("nbf"), QStringLiteral("iat"),
               QStringLiteral("jti")};
    for (const QString &name : registered) {
        const TokenModel::Claim *c = claim(claims, name);
        QVERIFY(c);
        QVERIFY2(!c->meaning.isEmpty(), qPrintable(name));
    }
    QCOMPARE(claim(claims, QStringLiteral("exp"))->meaning, QStringLiteral("Expiration time"));
    QCOMPARE(claim(claims, QStringLiteral("x-custom"))->meaning, QString());
    QCOMPARE(claim(claims, QStringLiteral("x-custom"))->raw, QByteArray("true"));
    QCOMPARE(claim(claims, QStringLiteral("iss"))->isTime, false);
    QCOMPARE(claims.at(0).name, QStringLiteral("iss")); // payload order
}

/// Stands in for a real language: every text of the model comes back marked.
class MarkingTranslator : public QTranslator
{
public:
    QString translate(const char *context, const char *sourceText, const char *,
                      int n) const override
    {
        // The model's own words, and those of the units it shows: the verdict, the time
        // texts.
        if (qstrcmp(context, "TokenModel") != 0 && qstrcmp(context, "Verifier") != 0
            && qstrcmp(context, "TimeText") != 0)
            return QString();
        QString text = QStringLiteral("»") + QString::fromUtf8(sourceText);
        return n >= 0 ? text.replace(QStringLiteral("%n"), QString::number(n)) : text;
    }
    bool isEmpty() const override { return false; }
};

void TestTokenModel::retranslate()
{
    TokenModel model;
    model.setFixedClock(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    const QString token = hs256(R"({"alg":"HS256"})", R"({"sub":"1","exp":1700003600})",
                                "not-on-any-list-of-common-secrets");
    model.setToken(token);
    const QString reason = model.verifyReason();
    QVERIFY(!reason.startsWith(QStringLiteral("»")));

    MarkingTranslator translator;
    QVERIFY(QCoreApplication::installTranslator(&translator));
    Spies spies(&model);
    model.retranslate();
    QCoreApplication::removeTranslator(&translator);

    QVERIFY2(model.verifyReason().startsWith(QStringLiteral("»")),
             qPrintable(model.verifyReason()));
    QCOMPARE(model.token(), token); // nothing the user sees as input moves
    QCOMPARE(spies.count("token"), 0);
    QCOMPARE(spies.count("header"), 0);
    QCOMPARE(spies.count("payload"), 0);
    QCOMPARE(spies.count("verification"), 1);
    bool relativeMarked = false;
    for (const TokenModel::Claim &claim : model.claims())
        relativeMarked |= claim.name == QLatin1String("exp")
                && claim.relative.startsWith(QStringLiteral("»"));
    QVERIFY(relativeMarked);
    QCOMPARE(spies.count("claims"), 1);
    // Back in the source language, once more.
    model.retranslate();
    QCOMPARE(model.verifyReason(), reason);
}

void TestTokenModel::refreshClock()
{
    TokenModel model;
    model.setFixedClock(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    model.setToken(hs256(R"({"alg":"HS256"})", R"({"exp":1700000720})", "k"));
    Spies spies(&model);
    model.refreshClock(); // a fixed clock: nothing shown changes
    QCOMPARE(spies.fired(), QStringList());
    model.setFixedClock(QDateTime::fromSecsSinceEpoch(1700000100, Qt::UTC));
    QCOMPARE(spies.count("clock"), 1);
    QCOMPARE(spies.count("claims"), 1);
    QCOMPARE(model.claims().at(0).relative, QStringLiteral("expires in 10 minutes"));
    model.setFixedClock(QDateTime::fromSecsSinceEpoch(1700000101, Qt::UTC)); // same text
    QCOMPARE(spies.count("clock"), 2);
    QCOMPARE(spies.count("claims"), 1);

    // The system clock: now() moves, relative times are against it.
    model.setFixedClock(std::nullopt);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QVERIFY(qAbs(model.now().toSecsSinceEpoch() - now) <= 1);
    model.setToken(hs256(R"({"alg":"HS256"})",
                         QByteArray(R"({"exp":)") + QByteArray::number(now + 7200 + 30) + "}",
                         "k"));
    QCOMPARE(model.claims().at(0).relative, QStringLiteral("expires in 2 hours"));
}

/// A clock change updates the time claims in place (the others stay as they were) and the
/// time findings, and keeps the findings about the payload's contents.
void TestTokenModel::clockMovesOnlyTimes()
{
    TokenModel model;
    model.setFixedClock(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    model.setToken(hs256(R"({"alg":"HS256"})",
                         R"({"sub":"s","iat":1700000500,"password":"hunter2","nbf":1700000000,)"
                         R"("x":1,"exp":1700003600})",
                         "not-on-any-list-of-common-secrets"));
    const auto ids = [&model] {
        QStringList list;
        for (const Finding &f : model.findings())
            list.append(f.id);
        return list;
    };
    QVERIFY2(ids().contains(QStringLiteral("sensitive-claim")), qPrintable(ids().join(',')));
    QVERIFY2(ids().contains(QStringLiteral("iat-in-future")), qPrintable(ids().join(',')));
    QCOMPARE(claim(model.claims(), QStringLiteral("iat"))->status, TimeStatus::IssuedInFuture);
    const QList<TokenModel::Claim> before = model.claims();

    model.setFixedClock(QDateTime::fromSecsSinceEpoch(1700007200, Qt::UTC));
    const QList<TokenModel::Claim> after = model.claims();
    QCOMPARE(after.size(), before.size());
    for (qsizetype i = 0; i < after.size(); ++i) {
        QCOMPARE(after.at(i).name, before.at(i).name);
        QCOMPARE(after.at(i).raw, before.at(i).raw);
        QCOMPARE(after.at(i).meaning, before.at(i).meaning);
        QCOMPARE(after.at(i).isTime, before.at(i).isTime);
    }
    QCOMPARE(claim(after, QStringLiteral("exp"))->status, TimeStatus::Expired);
    QCOMPARE(claim(after, QStringLiteral("exp"))->relative, QStringLiteral("expired 1 hour ago"));
    QCOMPARE(claim(after, QStringLiteral("iat"))->status, TimeStatus::Valid);
    QCOMPARE(claim(after, QStringLiteral("nbf"))->status, TimeStatus::Valid);
    QCOMPARE(model.claimsReport().time, TimeStatus::Expired);
    QVERIFY(ids().contains(QStringLiteral("sensitive-claim")));
    QVERIFY(!ids().contains(QStringLiteral("iat-in-future")));

    // And back: the same as a fresh model at that instant.
    model.setLeeway(30);
    model.setFixedClock(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    TokenModel fresh;
    fresh.setFixedClock(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    fresh.setLeeway(30);
    fresh.setToken(model.token());
    QCOMPARE(model.claims().size(), fresh.claims().size());
    for (qsizetype i = 0; i < fresh.claims().size(); ++i) {
        QCOMPARE(model.claims().at(i).status, fresh.claims().at(i).status);
        QCOMPARE(model.claims().at(i).relative, fresh.claims().at(i).relative);
        QCOMPARE(model.claims().at(i).utc, fresh.claims().at(i).utc);
    }
    QCOMPARE(ids().join(','), [&fresh] {
        QStringList list;
        for (const Finding &f : fresh.findings())
            list.append(f.id);
        return list.join(',');
    }());
}

// ---- partial and broken input ------------------------------------------------------------

void TestTokenModel::partialTokens_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("headerText");
    QTest::addColumn<QString>("payloadText");
    QTest::addColumn<int>("segments");
    QTest::addColumn<bool>("tokenError");
    QTest::addColumn<bool>("signatureError");
    const QString h = QString::fromLatin1(b64(R"({"alg":"HS256"})"));
    const QString p = QString::fromLatin1(b64(R"({"sub":"x"})"));
    const QString pretty = QStringLiteral("{\n  \"alg\": \"HS256\"\n}");
    const QString prettyP = QStringLiteral("{\n  \"sub\": \"x\"\n}");
    const QString full = hs256(R"({"alg":"HS256"})", R"({"sub":"x"})", "k");
    QTest::newRow("header only") << h << pretty << QString() << 1 << true << true;
    QTest::newRow("header and payload") << h + '.' + p << pretty << prettyP << 2 << true << true;
    QTest::newRow("empty signature")
            << h + '.' + p + '.' << pretty << prettyP << 3 << false << true;
    QTest::newRow("truncated signature (4n+1)")
            << full.left(full.size() - 42) << pretty << prettyP << 3 << false << true;
    QTest::newRow("truncated signature (decodes)")
            << full.left(full.size() - 3) << pretty << prettyP << 3 << false << false;
    QTest::newRow("bad character in payload")
            << h + '.' + p.left(4) + '*' + p.mid(5) + '.' + parts(full).at(2) << pretty
            << QString::fromUtf8(unb64(p.left(4).toLatin1())) << 3 << true << false;
    QTest::newRow("four parts") << full + QStringLiteral(".eA") << pretty << prettyP << 4 << true
                                << false;
}

void TestTokenModel::partialTokens()
{
    QFETCH(QString, token);
    QFETCH(QString, headerText);
    QFETCH(QString, payloadText);
    QFETCH(int, segments);
    QFETCH(bool, tokenError);
    QFETCH(bool, signatureError);
    TokenModel model;
    model.setKey(TokenModel::KeyInput::SecretText, QStringLiteral("k"));
    model.setToken(token);
    QCOMPARE(model.token(), token);
    QCOMPARE(model.headerText(), headerText);
    QCOMPARE(model.payloadText(), payloadText);
    QCOMPARE(model.segments().size(), segments);
    QCOMPARE(model.tokenError().isError(), tokenError);
    QCOMPARE(model.signatureError().isError(), signatureError);
    if (signatureError) {
        QVERIFY(model.signatureError().offset >= 0);
        QVERIFY(model.signatureError().offset <= token.size());
    }
    if (tokenError)
        QVERIFY(!model.tokenError().message.isEmpty());
    QVERIFY(model.verifyState() != TokenModel::VerifyState::Verified);
}

void TestTokenModel::invalidJsonKeepsText_data()
{
    QTest::addColumn<bool>("header");
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("offset"); // UTF-16 position the error points at
    // "Zoë" and the emoji are 1 and 2 UTF-16 units but 2 and 4 UTF-8 bytes.
    const QString payload = QStringLiteral("{\"name\": \"Zoë 😀\", \"x\" 1}");
    QTest::newRow("payload: missing colon after non-ASCII")
            << false << payload << int(payload.indexOf(QLatin1Char('1')));
    const QString trailing = QStringLiteral("{\"a\": 1,}");
    QTest::newRow("payload: trailing comma")
            << false << trailing << int(trailing.indexOf(QLatin1Char('}')));
    const QString header = QStringLiteral("{\"alg\": \"HS256\" \"typ\": \"JWT\"}");
    QTest::newRow("header: missing comma")
            << true << header << int(header.indexOf(QLatin1String("\"typ")));
}

void TestTokenModel::invalidJsonKeepsText()
{
    QFETCH(bool, header);
    QFETCH(QString, text);
    QFETCH(int, offset);
    const QString token = hs256(R"({"alg":"HS256"})", R"({"a":1})", "k");
    TokenModel model;
    model.setToken(token);
    const QString otherText = header ? model.payloadText() : model.headerText();
    Spies spies(&model);
    if (header)
        model.setHeaderText(text);
    else
        model.setPayloadText(text);
    QCOMPARE(header ? model.headerText() : model.payloadText(), text);
    QCOMPARE(header ? model.payloadText() : model.headerText(), otherText);
    QCOMPARE(model.token(), token);
    const TokenModel::PartError error = header ? model.headerError() : model.payloadError();
    QVERIFY(error.isError());
    QCOMPARE(error.offset, offset);
    QCOMPARE(spies.count("token"), 0);
    QCOMPARE(spies.count("structure"), 1);
    QCOMPARE(spies.count(header ? "header" : "payload"), 1);
}

void TestTokenModel::invalidJsonThenFixed()
{
    TokenModel model;
    model.setToken(hs256(R"({"alg":"HS256"})", R"({"a":1})", "k"));
    model.setPayloadText(QStringLiteral("{\"a\": 2"));
    QVERIFY(model.payloadError().isError());
    model.setPayloadText(QStringLiteral("{\"a\": 2}"));
    QVERIFY(!model.payloadError().isError());
    QCOMPARE(unb64(parts(model.token()).at(1).toLatin1()), QByteArray(R"({"a":2})"));
}

void TestTokenModel::setAlgorithm_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<Algorithm>("alg");
    QTest::addColumn<QString>("expected");
    QTest::newRow("replaces in pretty text")
            << QStringLiteral("{\n  \"alg\": \"HS256\",\n  \"typ\": \"JWT\"\n}") << Algorithm::HS384
            << QStringLiteral("{\n  \"alg\": \"HS384\",\n  \"typ\": \"JWT\"\n}");
    QTest::newRow("keeps the user's spacing and order")
            << QStringLiteral("{ \"typ\" : \"JWT\" ,  \"alg\":\"HS256\" , \"kid\":\"1\"}")
            << Algorithm::RS256
            << QStringLiteral("{ \"typ\" : \"JWT\" ,  \"alg\":\"RS256\" , \"kid\":\"1\"}");
    QTest::newRow("adds as the first member")
            << QStringLiteral("{\n  \"typ\": \"JWT\"\n}") << Algorithm::ES256
            << QStringLiteral("{\n  \"alg\": \"ES256\",\n  \"typ\": \"JWT\"\n}");
    QTest::newRow("adds to an empty object")
            << QStringLiteral("{}") << Algorithm::EdDSA << QStringLiteral("{\"alg\": \"EdDSA\"}");
    QTest::newRow("replaces a non-string alg") << QStringLiteral("{\"alg\": 5}") << Algorithm::None
                                               << QStringLiteral("{\"alg\": \"none\"}");
}

void TestTokenModel::setAlgorithm()
{
    QFETCH(QString, header);
    QFETCH(Algorithm, alg);
    QFETCH(QString, expected);
    TokenModel model;
    model.setToken(hs256(R"({"alg":"HS256"})", R"({"a":1})", "k"));
    model.setHeaderText(header);
    const QString payloadSegment = parts(model.token()).at(1);
    Spies spies(&model);
    model.setAlgorithm(alg);
    QCOMPARE(model.headerText(), expected);
    QCOMPARE(model.algorithm(), std::optional<Algorithm>(alg));
    QCOMPARE(unb64(parts(model.token()).at(0).toLatin1()), Json::compact(expected.toUtf8()).text);
    QCOMPARE(parts(model.token()).at(1), payloadSegment);
    QCOMPARE(spies.count("header"), 1);
    QCOMPARE(spies.count("algorithm"), 1);
    QCOMPARE(spies.count("token"), 1);
    // The same algorithm again changes nothing.
    model.setAlgorithm(alg);
    QCOMPARE(spies.count("header"), 1);
    QCOMPARE(spies.count("token"), 1);
}

// ---- signals -----------------------------------------------------------------------------

void TestTokenModel::signalsOncePerChange_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QStringList>("fired");
    const auto list = [](const char *s) {
        return QString::fromLatin1(s).split(QLatin1Char(' '));
    };
    QTest::newRow("paste a new token")
            << "token" << list("token=1 header=1 payload=1 structure=1 claims=1");
    QTest::newRow("edit the payload, no key")
            << "payload" << list("token=1 payload=1 verification=1 claims=1");
    QTest::newRow("enter the right secret") << "key" << list("key=1 verification=1");
    QTest::newRow("enter a short secret") << "shortkey" << list("key=1 verification=1 findings=1");
    QTest::newRow("drop exp from the payload")
            << "noexp" << list("token=1 payload=1 structure=1 verification=1 claims=1 findings=1");
    QTest::newRow("change the algorithm")
            << "alg" << list("token=1 header=1 algorithm=1 verification=1");
    QTest::newRow("move the fixed clock") << "clock" << list("clock=1 claims=1");
    QTest::newRow("toggle re-signing") << "resign" << list("resign=1");
    QTest::newRow("break the header JSON") << "badheader" << list("header=1 structure=1");
}

void TestTokenModel::signalsOncePerChange()
{
    QFETCH(QString, action);
    QFETCH(QStringList, fired);
    TokenModel model;
    model.setFixedClock(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    model.setToken(hs256(R"({"alg":"HS256","typ":"JWT"})", R"({"sub":"1","exp":1700003600})",
                         "a-32-byte-long-secret-for-HS256!"));
    Spies spies(&model);
    if (action == QLatin1String("token"))
        model.setToken(hs256(R"({"alg":"HS256"})", R"({"sub":"2","exp":1700007200})",
                             "not-on-any-list-of-common-secrets"));
    else if (action == QLatin1String("payload"))
        model.setPayloadText(QStringLiteral("{\"sub\": \"1\", \"exp\": 1700007200}"));
    else if (action == QLatin1String("key"))
        model.setKey(TokenModel::KeyInput::SecretText,
                     QStringLiteral("a-32-byte-long-secret-for-HS256!"));
    else if (action == QLatin1String("shortkey"))
        model.setKey(TokenModel::KeyInput::SecretText, QStringLiteral("short"));
    else if (action == QLatin1String("noexp"))
        model.setPayloadText(QStringLiteral("{\"sub\": \"1\"}"));
    else if (action == QLatin1String("alg"))
        model.setAlgorithm(Algorithm::HS512);
    else if (action == QLatin1String("clock"))
        model.setFixedClock(QDateTime::fromSecsSinceEpoch(1700000600, Qt::UTC));
    else if (action == QLatin1String("resign"))
        model.setResignOnEdit(false);
    else if (action == QLatin1String("badheader"))
        model.setHeaderText(QStringLiteral("{\"alg\": "));
    QCOMPARE(spies.fired().join(QLatin1Char(' ')), fired.join(QLatin1Char(' ')));
}

void TestTokenModel::sameValueEmitsNothing()
{
    TokenModel model;
    const QString token = hs256(R"({"alg":"HS256"})", R"({"a":1})", "k");
    model.setToken(token);
    model.setKey(TokenModel::KeyInput::SecretText, QStringLiteral("k"));
    model.setFixedClock(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    model.setLeeway(30);
    Spies spies(&model);
    model.setToken(token);
    model.setHeaderText(model.headerText());
    model.setPayloadText(model.payloadText());
    model.setKey(TokenModel::KeyInput::SecretText, QStringLiteral("k"));
    model.setFixedClock(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    model.setLeeway(30);
    model.setResignOnEdit(true);
    model.setAlgorithm(Algorithm::HS256);
    model.refreshClock();
    QCOMPARE(spies.fired(), QStringList());
}

// ---- kinds of token ----------------------------------------------------------------------

void TestTokenModel::jweIsUnsupported()
{
    // A JWE whose key management this key cannot do: its parts shown, the token kept.
    const QString jwe = QString::fromLatin1(b64(R"({"alg":"RSA-OAEP","enc":"A256GCM"})"))
            + QStringLiteral(".OKOawDo13gRp2ojaHV7LFpZcgV7T6DVZKTyKOMTYUmKoTCVJRgckCL9kiMT03JGe"
                             ".48V1_ALb6US04U3b.5eym8TW_c8SuK0ltJ3rpYIzOeDQz7TALvtu6UG9oMo4vpzs9tX"
                             ".XFBoMYUZodetZdvTiFvSkQ");
    TokenModel model;
    model.setKey(TokenModel::KeyInput::SecretText, QStringLiteral("k"));
    model.setToken(jwe);
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Invalid);
    QVERIFY(!model.encryption().decrypted);
    QCOMPARE(model.payloadText(), QString());
    QCOMPARE(model.headerText(),
             QStringLiteral("{\n  \"alg\": \"RSA-OAEP\",\n  \"enc\": \"A256GCM\"\n}"));
    QCOMPARE(model.segments().size(), 5);
    QCOMPARE(model.segments().at(1).part, TokenPart::EncryptedKey);
    QCOMPARE(model.token(), jwe);
    QVERIFY(!model.sign()); // the plaintext is not known
    QVERIFY(model.signatureError().isError());
    QCOMPARE(model.token(), jwe);
    // A plaintext typed, and a key that cannot encrypt for RSA-OAEP: the token stays, stale.
    model.setPayloadText(QStringLiteral("{\"a\": 1}"));
    QCOMPARE(model.token(), jwe);
    QVERIFY(!model.payloadError().isError());
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Stale);
}

void TestTokenModel::algNoneIsUnsecured()
{
    const QString none
            = QStringLiteral("eyJhbGciOiJub25lIn0.eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkz"
                             "ODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ.");
    TokenModel model;
    model.setToken(none);
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Unsecured);
    QCOMPARE(model.signatureError().isError(), false);
    QVERIFY(hasFinding(model, QStringLiteral("alg-none")));
    model.setKey(TokenModel::KeyInput::SecretText,
                 QStringLiteral("a-32-byte-long-secret-for-HS256!"));
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Unsecured);
    // Editing it does not sign it, whatever the key.
    model.setPayloadText(QStringLiteral("{\"iss\": \"eve\"}"));
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Unsecured);
    QVERIFY(model.token().endsWith(QLatin1Char('.')));
    QCOMPARE(model.algorithm(), std::optional<Algorithm>(Algorithm::None));
}

void TestTokenModel::findings_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<TokenModel::KeyInput>("input");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("id");
    QTest::addColumn<Finding::Severity>("severity");
    const QString hs = hs256(R"({"alg":"HS256"})", R"({"sub":"1","exp":1700003600})", "k");
    QTest::newRow("short secret") << hs << TokenModel::KeyInput::SecretText << QStringLiteral("k")
                                  << QStringLiteral("weak-secret") << Finding::Severity::Warning;
    QTest::newRow("well-known secret")
            << hs << TokenModel::KeyInput::SecretText << QStringLiteral("secret")
            << QStringLiteral("weak-secret") << Finding::Severity::Error;
    // The built-in list is tried on every HS* token, with no key at hand.
    const QString signedWithSecret
            = hs256(R"({"alg":"HS256"})", R"({"sub":"1","exp":1700003600})", "secret");
    QTest::newRow("well-known secret, no key")
            << signedWithSecret << TokenModel::KeyInput::SecretText << QString()
            << QStringLiteral("weak-secret") << Finding::Severity::Error;
    QTest::newRow("well-known secret, found and typed")
            << signedWithSecret << TokenModel::KeyInput::SecretText << QStringLiteral("secret")
            << QStringLiteral("weak-secret") << Finding::Severity::Error;
    QTest::newRow("secret for an RS256 token")
            << a2Token << TokenModel::KeyInput::SecretText
            << QStringLiteral("a-32-byte-long-secret-for-HS256!")
            << QStringLiteral("key-alg-mismatch") << Finding::Severity::Error;
    QTest::newRow("EC key for an RS256 token")
            << a2Token << TokenModel::KeyInput::KeyText
            << keyFile(QStringLiteral("rfc7515_a3_es256.pub.pem"))
            << QStringLiteral("key-alg-mismatch") << Finding::Severity::Error;
    QTest::newRow("RSA key as an HMAC secret")
            << hs << TokenModel::KeyInput::KeyText
            << keyFile(QStringLiteral("rfc7515_a2_rs256.pub.pem"))
            << QStringLiteral("key-alg-mismatch") << Finding::Severity::Error;
    QTest::newRow("no key of a JWKS fits")
            << hs << TokenModel::KeyInput::KeyText
            << QString::fromUtf8(readData(QStringLiteral("keys/jwks.json")))
            << QStringLiteral("key-alg-mismatch") << Finding::Severity::Error;
    QTest::newRow("small RSA key")
            << a2Token << TokenModel::KeyInput::KeyText
            << QString::fromUtf8(readData(QStringLiteral("keys/rsa1024.pub.pem")))
            << QStringLiteral("small-rsa-key") << Finding::Severity::Warning;
    // Issue 12: a public key pasted into the secret field is refused, and said as a finding,
    // even when the token's HMAC is keyed with exactly its bytes.
    const QString pem = keyFile(QStringLiteral("rfc7515_a2_rs256.pub.pem"));
    QTest::newRow("PEM public key as the secret")
            << hs256(R"({"alg":"HS256"})", R"({"sub":"1","exp":1700003600})", pem.toUtf8())
            << TokenModel::KeyInput::SecretText << pem << QStringLiteral("secret-is-key")
            << Finding::Severity::Error;
    QTest::newRow("claims set with a trailing comma")
            << hs256(R"({"alg":"HS256"})", R"({"sub":"1","exp":1000,})", "k")
            << TokenModel::KeyInput::SecretText << QString() << QStringLiteral("claims-malformed")
            << Finding::Severity::Error;
    QTest::newRow("no exp (from the review)")
            << hs256(R"({"alg":"HS256"})", R"({"sub":"1"})", "k")
            << TokenModel::KeyInput::SecretText << QString() << QStringLiteral("no-exp")
            << Finding::Severity::Warning;
}

void TestTokenModel::findings()
{
    QFETCH(QString, token);
    QFETCH(TokenModel::KeyInput, input);
    QFETCH(QString, key);
    QFETCH(QString, id);
    QFETCH(Finding::Severity, severity);
    TokenModel model;
    model.setToken(token);
    model.setKey(input, key);
    Finding::Severity found = Finding::Severity::Info;
    int count = 0;
    QVERIFY2(hasFinding(model, id, &found, &count), qPrintable(id));
    QCOMPARE(count, 1); // never twice
    QCOMPARE(found, severity);
    const QList<Finding> list = model.findings();
    for (qsizetype i = 1; i < list.size(); ++i)
        QVERIFY(int(list.at(i - 1).severity) <= int(list.at(i).severity)); // worst first
    // A fitting, long secret gives no key finding.
    model.setKey(TokenModel::KeyInput::KeyText, QString());
    QVERIFY(!hasFinding(model, QStringLiteral("key-alg-mismatch")));
}

void TestTokenModel::weakSecretFollowsTheSignature()
{
    const QString weak = hs256(R"({"alg":"HS256"})", R"({"sub":"1","exp":1700003600})", "secret");
    TokenModel model;
    model.setToken(weak);
    int count = 0;
    QVERIFY(hasFinding(model, QStringLiteral("weak-secret"), nullptr, &count));
    QCOMPARE(count, 1);
    // Edited with no key: the old signature stays, and so does what was found about it.
    model.setPayloadText(QStringLiteral("{\"sub\":\"2\",\"exp\":1700003600}"));
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Stale);
    QVERIFY(hasFinding(model, QStringLiteral("weak-secret"), nullptr, &count));
    QCOMPARE(count, 1);
    // Signed here with a strong secret: the signature is no longer the weak one.
    model.setKey(TokenModel::KeyInput::SecretText,
                 QStringLiteral("a-32-byte-long-secret-for-HS256!"));
    QVERIFY(model.sign());
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Resigned);
    QVERIFY(!hasFinding(model, QStringLiteral("weak-secret")));
    // Back to the token as it came, with its own signature: found again.
    model.setToken(weak);
    QVERIFY(hasFinding(model, QStringLiteral("weak-secret")));
}

void TestTokenModel::buildFromEmpty()
{
    TokenModel model;
    QCOMPARE(model.token(), QString());
    QCOMPARE(model.segments().size(), 0);
    model.setKey(TokenModel::KeyInput::SecretText,
                 QStringLiteral("a-32-byte-long-secret-for-HS256!"));
    model.setHeaderText(QStringLiteral("{\"alg\": \"HS256\", \"typ\": \"JWT\"}"));
    model.setPayloadText(QStringLiteral("{\"sub\": \"1\"}"));
    QCOMPARE(model.token(),
             hs256(R"({"alg":"HS256","typ":"JWT"})", R"({"sub":"1"})",
                   "a-32-byte-long-secret-for-HS256!"));
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Resigned);
}

void TestTokenModel::randomEditsKeepInvariants()
{
    // Random typing into every input, with a fixed seed: whatever happens, the model stays
    // consistent, never loses the user's text and never calls anything verified without a key.
    QRandomGenerator random(20261201);
    QString alphabet = QStringLiteral("{}[]\":,. \n0123456789eE-+abcAZ_=/\\\u00e9\u20ac\U0001F600");
    alphabet.append(QChar(0)); // NUL, and above the two halves of a surrogate pair
    const auto mutate = [&](QString text) {
        const int edits = 1 + int(random.bounded(3));
        for (int i = 0; i < edits; ++i) {
            const qsizetype at
                    = text.isEmpty() ? 0 : qsizetype(random.bounded(int(text.size()) + 1));
            switch (random.bounded(3)) {
            case 0:
                text.insert(at, alphabet.at(random.bounded(int(alphabet.size()))));
                break;
            case 1:
                if (at < text.size())
                    text.remove(at, 1);
                break;
            default:
                if (at < text.size())
                    text[at] = alphabet.at(random.bounded(int(alphabet.size())));
                break;
            }
        }
        return text;
    };
    const QString keys[] = {QString(), QStringLiteral("a-32-byte-long-secret-for-HS256!"),
                            keyFile(QStringLiteral("rfc7515_a2_rs256.priv.jwk.json"))};
    const QList<Algorithm> algs = Algorithms::all();
    TokenModel model;
    model.setToken(a2Token);
    for (int step = 0; step < 3000; ++step) {
        if (step % 500 == 0) // now and then a fresh start, so that not all steps are on rubble
            model.setToken(step % 1000
                                   ? a2Token
                                   : hs256(R"({"alg":"HS256"})", R"({"a":[1,{"b":"é"}]})", "k"));
        const QString tokenBefore = model.token();
        bool payloadEdit = false;
        switch (random.bounded(7)) {
        case 0:
            model.setToken(mutate(model.token()));
            break;
        case 1:
            model.setHeaderText(mutate(model.headerText()));
            break;
        case 2:
        case 3:
            model.setPayloadText(mutate(model.payloadText()));
            payloadEdit = true;
            break;
        case 4:
            model.setAlgorithm(algs.at(random.bounded(int(algs.size()))));
            break;
        case 5: {
            const int k = int(random.bounded(3));
            model.setKey(k == 2 ? TokenModel::KeyInput::KeyText : TokenModel::KeyInput::SecretText,
                         keys[k]);
            break;
        }
        default:
            model.sign();
            break;
        }
        const QString token = model.token();
        qsizetype end = 0;
        const QList<TokenModel::SegmentRange> segments = model.segments();
        for (const TokenModel::SegmentRange &r : segments) {
            QVERIFY(r.start >= end);
            QVERIFY(r.start + r.length <= token.size());
            end = r.start + r.length;
        }
        if (payloadEdit && token != tokenBefore && !model.encryption().isJwe) {
            // (A JWE's payload pane is its plaintext, encrypted: tst_jwebinding checks it.)
            // The edit was taken whole: the payload segment holds the pane's text (the same
            // JSON when it is JSON: compacted, or the pasted bytes when it came back to them),
            // a pane left blank is an empty payload, and whatever error is left describes the
            // new token.
            const QByteArray utf8 = model.payloadText().toUtf8();
            const QByteArray decoded = unb64(model.parsed().payload().encoded);
            const Json::Formatted compact = Json::compact(utf8);
            QVERIFY(decoded == utf8 || (decoded.isEmpty() && utf8.trimmed().isEmpty())
                    || (!compact.error.isError() && Json::compact(decoded).text == compact.text));
        } else if (payloadEdit && model.payloadError().isError()) {
            QVERIFY(model.payloadError().offset <= model.payloadText().size());
        }
        if (model.keyText().isEmpty())
            QVERIFY(model.verifyState() != TokenModel::VerifyState::Verified
                    && model.verifyState() != TokenModel::VerifyState::Resigned);
        if (model.verifyState() == TokenModel::VerifyState::Verified)
            QVERIFY(!model.isSignedHere());
    }
}

void TestTokenModel::sampleKeyStaysWithTheSample()
{
    const QByteArray secret = "a-public-sample-secret-of-32-bytes!";
    const QString sample = hs256(R"({"alg":"HS256"})", R"({"sub":"sample"})", secret);
    TokenModel model;
    model.setToken(sample);
    model.setKey(TokenModel::KeyInput::SecretText, QString::fromLatin1(secret),
                 TokenModel::KeyOrigin::Sample);
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Verified);

    // Edits of the sample are re-signed with its secret, and the reason says whose it is.
    model.setPayloadText(QStringLiteral("{\"sub\":\"edited\"}"));
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Resigned);
    QVERIFY2(model.verifyReason().contains(QLatin1String("sample")),
             qPrintable(model.verifyReason()));
    // Typing in its signature keeps the key: still the sample's header and payload.
    const QString edited = model.token();
    model.setToken(edited.left(edited.size() - 2) + QStringLiteral("AA"));
    QCOMPARE(model.keyText(), QString::fromLatin1(secret));
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::Invalid);

    // Another token: the sample's secret goes, and the reason says why there is no key.
    QSignalSpy keyChanged(&model, &TokenModel::keyChanged);
    model.setToken(hs256(R"({"alg":"HS256"})", R"({"sub":"mine"})", "my own secret"));
    QCOMPARE(keyChanged.size(), 1);
    QVERIFY(model.keyText().isEmpty());
    QCOMPARE(model.keyOrigin(), TokenModel::KeyOrigin::User);
    QCOMPARE(model.verifyState(), TokenModel::VerifyState::NoKey);
    QVERIFY2(model.verifyReason().contains(QLatin1String("sample")),
             qPrintable(model.verifyReason()));
    // Nothing re-signs the user's token.
    model.setPayloadText(QStringLiteral("{\"sub\":\"mine too\"}"));
    QVERIFY(!model.isSignedHere());

    // A key of the user's stays with any token.
    model.setKey(TokenModel::KeyInput::SecretText, QStringLiteral("my own secret"));
    model.setToken(sample);
    QCOMPARE(model.keyText(), QStringLiteral("my own secret"));
}

QTEST_GUILESS_MAIN(TestTokenModel)
#include "tst_tokenmodel.moc"
