// A site's file addresses carry the token (or the private access key); what Satchel keeps and prints never does.
#include "files/FileAddress.h"

#include <QTest>
#include <QUrlQuery>

class TestFileAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storedAddressesCarryNoCredential_data();
    void storedAddressesCarryNoCredential();
    void aRequestCarriesTheTokenOnTheWebServiceEndpoint_data();
    void aRequestCarriesTheTokenOnTheWebServiceEndpoint();
    void textIsRedacted();
};

void TestFileAddress::storedAddressesCarryNoCredential_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("stored");
    QTest::newRow("token parameter")
        << QStringLiteral(
               "https://s.edu/webservice/pluginfile.php/52/mod_resource/content/1/a.pdf?forcedownload=1&token=abc123")
        << QStringLiteral("https://s.edu/webservice/pluginfile.php/52/mod_resource/content/1/a.pdf?forcedownload=1");
    QTest::newRow("token first") << QStringLiteral(
        "https://s.edu/webservice/pluginfile.php/52/a.pdf?token=abc123&forcedownload=1")
                                 << QStringLiteral("https://s.edu/webservice/pluginfile.php/52/a.pdf?forcedownload=1");
    QTest::newRow("private access key in the path")
        << QStringLiteral(
               "https://s.edu/moodle/tokenpluginfile.php/f00dkey/52/mod_resource/content/1/a.pdf?forcedownload=1")
        << QStringLiteral(
               "https://s.edu/moodle/webservice/pluginfile.php/52/mod_resource/content/1/a.pdf?forcedownload=1");
    QTest::newRow("unparsable, with a token") << QStringLiteral("http://[broken/a.pdf?token=abc123") << QString();
    QTest::newRow("unparsable, without one")
        << QStringLiteral("http://[broken/a.pdf") << QStringLiteral("http://[broken/a.pdf");
    QTest::newRow("UTF-8 name kept")
        << QStringLiteral("https://s.edu/webservice/pluginfile.php/83/f/fiche-m%C3%A9thode.pdf")
        << QStringLiteral("https://s.edu/webservice/pluginfile.php/83/f/fiche-m%C3%A9thode.pdf");
}

void TestFileAddress::storedAddressesCarryNoCredential()
{
    QFETCH(QString, given);
    QFETCH(QString, stored);
    QCOMPARE(FileAddress::withoutCredentials(given), stored);
}

void TestFileAddress::aRequestCarriesTheTokenOnTheWebServiceEndpoint_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("path");
    QTest::newRow("web service file") << QStringLiteral(
        "https://s.edu/webservice/pluginfile.php/52/a.pdf?forcedownload=1")
                                      << QStringLiteral("/webservice/pluginfile.php/52/a.pdf");
    // Plain pluginfile.php needs a browser session Satchel never has.
    QTest::newRow("session file") << QStringLiteral("https://s.edu/moodle/pluginfile.php/52/a.pdf")
                                  << QStringLiteral("/moodle/webservice/pluginfile.php/52/a.pdf");
    QTest::newRow("key file") << QStringLiteral("https://s.edu/tokenpluginfile.php/key/52/a.pdf")
                              << QStringLiteral("/webservice/pluginfile.php/52/a.pdf");
}

void TestFileAddress::aRequestCarriesTheTokenOnTheWebServiceEndpoint()
{
    QFETCH(QString, stored);
    QFETCH(QString, path);
    const QUrl url = FileAddress::forDownload(stored, QStringLiteral("tok"));
    QCOMPARE(url.path(), path);
    QCOMPARE(QUrlQuery(url).allQueryItemValues(QStringLiteral("token")), QStringList{QStringLiteral("tok")});
}

void TestFileAddress::textIsRedacted()
{
    const QString text = QStringLiteral(
        "Error transferring https://s.edu/webservice/pluginfile.php/52/a.pdf?forcedownload=1&token=abc123 - server "
        "replied: Not Found; also https://s.edu/tokenpluginfile.php/f00dkey/52/a.pdf and wstoken=abc123&x=1");
    const QString redacted = FileAddress::redacted(text);
    QVERIFY2(!redacted.contains(QLatin1String("abc123")), qPrintable(redacted));
    QVERIFY2(!redacted.contains(QLatin1String("f00dkey")), qPrintable(redacted));
    QVERIFY(redacted.contains(QLatin1String("server replied: Not Found")));
}

QTEST_GUILESS_MAIN(TestFileAddress)
#include "tst_fileaddress.moc"
