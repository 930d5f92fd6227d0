#include "moodle/WsParams.h"

#include <QTest>
#include <QUrlQuery>

// Moodle reads nested parameters only in its own bracket syntax.
class TestWsParams : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void scalarsAndLists()
    {
        WsParams params;
        params.add(QStringLiteral("courseids"), QVariantList{2, 3});
        params.add(QStringLiteral("userid"), 4);
        params.add(QStringLiteral("returnusercount"), false);
        params.add(QStringLiteral("skipped"), QVariant());
        QCOMPARE(params.toFormBody(), QByteArray("courseids%5B0%5D=2&courseids%5B1%5D=3&userid=4&returnusercount=0"));
    }

    void objectsInLists()
    {
        WsParams params{{QStringLiteral("courseid"), 2},
                        {QStringLiteral("tocheck"),
                         QVariantList{QVariantMap{{QStringLiteral("contextlevel"), QStringLiteral("module")},
                                                  {QStringLiteral("id"), 7},
                                                  {QStringLiteral("since"), 1}}}}};
        QCOMPARE(params.value(QStringLiteral("tocheck[0][contextlevel]")), QStringLiteral("module"));
        QCOMPARE(params.value(QStringLiteral("tocheck[0][id]")), QStringLiteral("7"));
        QCOMPARE(params.value(QStringLiteral("tocheck[0][since]")), QStringLiteral("1"));
        QCOMPARE(params.pairs().size(), 4);
    }

    void nameValueOptions()
    {
        WsParams params{{QStringLiteral("options"),
                         QVariantList{QVariantMap{{QStringLiteral("name"), QStringLiteral("limitfrom")},
                                                  {QStringLiteral("value"), 0}}}}};
        QCOMPARE(params.value(QStringLiteral("options[0][name]")), QStringLiteral("limitfrom"));
        QCOMPARE(params.value(QStringLiteral("options[0][value]")), QStringLiteral("0"));
    }

    void encodesSpecialCharacters()
    {
        WsParams params{{QStringLiteral("password"), QStringLiteral("a&b=c+d é")}};
        const QByteArray body = params.toFormBody();
        QCOMPARE(body, QByteArray("password=a%26b%3Dc%2Bd%20%C3%A9"));
        // A form decoder gets back exactly what was sent.
        QUrlQuery query(QString::fromUtf8(body));
        QCOMPARE(query.queryItemValue(QStringLiteral("password"), QUrl::FullyDecoded), QStringLiteral("a&b=c+d é"));
    }
};

QTEST_GUILESS_MAIN(TestWsParams)
#include "tst_wsparams.moc"
