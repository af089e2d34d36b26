// SPDX-License-Identifier: MIT
// ModelSnapshot and changesBetween(): which signals a change of the model sends.
#include "modelupdate.h"

#include <QSignalSpy>
#include <QTest>

namespace {

const QString token = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIiwiZXhwIjoxNzAwMDAzNjAwfQ"
                                     ".I0W3MHtuWDZXS7Bn3xnVumQn9WxHYDnlbBUsT4BKRjc");

} // namespace

class TestModelUpdate : public QObject
{
    Q_OBJECT

private slots:
    void noChange();
    void changes_data();
    void changes();
    void sharedClaimsCompareAtOnce();
    void updateSendsTheSignals();
};

void TestModelUpdate::noChange()
{
    TokenModel model;
    model.setToken(token);
    const ModelSnapshot before = ModelSnapshot::of(model);
    QCOMPARE(before.token, token);
    QCOMPARE(changesBetween(before, ModelSnapshot::of(model)), ModelChanges());
}

void TestModelUpdate::changes_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<int>("changes");
    using C = ModelChange;
    QTest::newRow("key") << "key" << int(C::Verification | C::Findings);
    QTest::newRow("payload") << "payload"
                             << int(C::Token | C::PayloadText | C::Structure | C::Verification
                                    | C::Claims | C::Findings);
    QTest::newRow("alg") << "alg" << int(C::Token | C::HeaderText | C::Algorithm | C::Verification);
    QTest::newRow("clock") << "clock" << int(C::Claims);
    QTest::newRow("bad header") << "badheader" << int(C::HeaderText | C::Structure);
}

void TestModelUpdate::changes()
{
    QFETCH(QString, action);
    QFETCH(int, changes);
    TokenModel model;
    model.setFixedClock(QDateTime::fromSecsSinceEpoch(1700000000, Qt::UTC));
    model.setResignOnEdit(false);
    model.setToken(token);
    const ModelSnapshot before = ModelSnapshot::of(model);
    if (action == QLatin1String("key"))
        model.setKey(TokenModel::KeyInput::SecretText, QStringLiteral("a-32-byte-long-secret!!"));
    else if (action == QLatin1String("payload"))
        model.setPayloadText(QStringLiteral("{\"sub\":\"2\"}"));
    else if (action == QLatin1String("alg"))
        model.setAlgorithm(Algorithm::HS512);
    else if (action == QLatin1String("clock"))
        model.setFixedClock(QDateTime::fromSecsSinceEpoch(1700000600, Qt::UTC));
    else if (action == QLatin1String("badheader"))
        model.setHeaderText(QStringLiteral("{\"alg\": "));
    QCOMPARE(int(changesBetween(before, ModelSnapshot::of(model))), changes);
}

void TestModelUpdate::sharedClaimsCompareAtOnce()
{
    TokenModel model;
    model.setToken(token);
    ModelSnapshot a = ModelSnapshot::of(model);
    ModelSnapshot b = a;
    QCOMPARE(a.claims.constData(), b.claims.constData());
    QCOMPARE(changesBetween(a, b), ModelChanges());
    // A claim that shows differently is a change of the claims.
    b.claims[0].relative = QStringLiteral("elsewhere");
    QCOMPARE(changesBetween(a, b), ModelChanges(ModelChange::Claims));
    b = a;
    b.errors[4] = {-1, QStringLiteral("bad key")};
    QCOMPARE(changesBetween(a, b), ModelChanges(ModelChange::Structure));
    b = a;
    b.keyDescription = QStringLiteral("another key");
    QCOMPARE(changesBetween(a, b), ModelChanges(ModelChange::Verification));
}

void TestModelUpdate::updateSendsTheSignals()
{
    TokenModel model;
    QSignalSpy tokenSpy(&model, &TokenModel::tokenChanged);
    QSignalSpy headerSpy(&model, &TokenModel::headerTextChanged);
    QSignalSpy claimsSpy(&model, &TokenModel::claimsChanged);
    {
        TokenModelUpdate update(&model);
        model.blockSignals(true); // only the update speaks
        model.setToken(token);
        model.blockSignals(false);
        QCOMPARE(tokenSpy.count(), 0);
    }
    QCOMPARE(tokenSpy.count(), 1);
    QCOMPARE(tokenSpy.at(0).at(0).toString(), token);
    QCOMPARE(headerSpy.count(), 1);
    QCOMPARE(claimsSpy.count(), 1);
    {
        TokenModelUpdate nothing(&model);
    }
    QCOMPARE(tokenSpy.count(), 1);
}

QTEST_GUILESS_MAIN(TestModelUpdate)
#include "tst_modelupdate.moc"
