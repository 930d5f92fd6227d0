// The fast splitter of tool_mobile_call_external_functions answers must agree with a full JSON parse.

#include "moodle/BatchEnvelope.h"
#include "moodle/ResponseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

namespace {

// An envelope as Qt writes it (the fake server's way).
QByteArray envelope(const QList<QPair<bool, QByteArray>> &parts)
{
    QJsonArray responses;
    for (const auto &part : parts) {
        responses.append(QJsonObject{
            {QStringLiteral("error"), part.first},
            {part.first ? QStringLiteral("exception") : QStringLiteral("data"), QString::fromUtf8(part.second)}});
    }
    return QJsonDocument(
               QJsonObject{{QStringLiteral("responses"), responses}, {QStringLiteral("warnings"), QJsonArray()}})
        .toJson(QJsonDocument::Compact);
}

}  // namespace

class TestBatchEnvelope : public QObject
{
    Q_OBJECT

private slots:
    void agreesWithAFullParse()
    {
        const QByteArray first =
            QStringLiteral("{\"name\":\"Écritures françaises : littérature du XXᵉ siècle\","
                           "\"quote\":\"a \\\"b\\\" c\\\\d\",\"cjk\":\"课程 😀\",\"lines\":\"1\\n2\\t3\"}")
                .toUtf8();
        const QByteArray second = "[1,2,{\"url\":\"http://x/y\"}]";
        const QByteArray error = "{\"exception\":\"required_capability_exception\",\"errorcode\":\"nopermissions\","
                                 "\"message\":\"Sorry\"}";
        const std::optional<QList<BatchEnvelope::Part>> parts =
            BatchEnvelope::split(envelope({{false, first}, {false, second}, {true, error}}));
        QVERIFY(parts);
        QCOMPARE(parts->size(), 3);
        QCOMPARE(parts->at(0).json, first);
        QCOMPARE(parts->at(1).json, second);
        QVERIFY(parts->at(2).error);
        QCOMPARE(parts->at(2).json, error);
        QCOMPARE(ResponseParser::parseBatchPart(parts->at(0)).data.toObject().value(QLatin1String("cjk")).toString(),
                 QStringLiteral("课程 😀"));
        QCOMPARE(ResponseParser::parseBatchPart(parts->at(2)).error->kind(), MoodleError::Kind::PermissionDenied);
    }

    void phpStyleEscapes()
    {
        // PHP escapes '/' and everything outside ASCII, surrogate pairs included, and may put keys in any order.
        const QByteArray body =
            "{\"warnings\":[],\"responses\":[{\"data\":\"{\\\"a\\\":\\\"caf\\u00e9 \\ud83d\\ude00 \\/x\\\"}\","
            "\"error\":false}]}";
        const auto parts = BatchEnvelope::split(body);
        QVERIFY(parts);
        QCOMPARE(parts->size(), 1);
        QCOMPARE(QString::fromUtf8(parts->at(0).json), QStringLiteral("{\"a\":\"café 😀 /x\"}"));
        QCOMPARE(ResponseParser::parseBatchPart(parts->at(0)).data.toObject().value(QLatin1String("a")).toString(),
                 QStringLiteral("café 😀 /x"));
    }

    void loneSurrogateBecomesReplacementCharacter()
    {
        const auto parts = BatchEnvelope::split("{\"responses\":[{\"error\":false,\"data\":\"\\\"\\ud83d!\\\"\"}]}");
        QVERIFY(parts);
        QCOMPARE(QString::fromUtf8(parts->at(0).json), QStringLiteral("\"\uFFFD!\""));
    }

    void loneSurrogateKeepsTheEscapeAfterIt()
    {
        // Found by fuzz_batchenvelope: the escape after a lone high surrogate was taken as its pair and lost.
        const auto parts = BatchEnvelope::split(
            "{\"responses\":[{\"error\":false,\"data\":\"x\\ud83d\\u0041y\\ud83d\\ud83d\\ude00\"}]}");
        QVERIFY(parts);
        QCOMPARE(QString::fromUtf8(parts->at(0).json), QStringLiteral("x\uFFFDAy\uFFFD😀"));
    }

    void otherShapesAreLeftToTheFullParser_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("moodle error") << QByteArray(
            "{\"exception\":\"x\",\"errorcode\":\"invalidtoken\",\"message\":\"m\"}");
        QTest::newRow("html") << QByteArray("<html><body>Maintenance</body></html>");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("truncated") << QByteArray("{\"responses\":[{\"error\":false,\"data\":\"{\\\"a\\\":");
        QTest::newRow("control character") << QByteArray("{\"responses\":[{\"error\":false,\"data\":\"a\nb\"}]}");
        QTest::newRow("bad escape") << QByteArray("{\"responses\":[{\"error\":false,\"data\":\"\\x\"}]}");
        QTest::newRow("no payload") << QByteArray("{\"responses\":[{\"error\":false}]}");
        QTest::newRow("trailing garbage") << QByteArray("{\"responses\":[]} x");
        QTest::newRow("deep nesting") << QByteArray("{\"warnings\":") + QByteArray(100000, '[') + QByteArray("}");
    }

    void otherShapesAreLeftToTheFullParser()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!BatchEnvelope::split(body));
    }
};

QTEST_GUILESS_MAIN(TestBatchEnvelope)
#include "tst_batchenvelope.moc"
