// A site's file addresses carry the token (or the private access key); what Satchel keeps and prints never does, and
// only the site's own addresses are kept as its files.
#include "files/EmbeddedFiles.h"
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
    void addressesOnAnotherSiteAreTold_data();
    void addressesOnAnotherSiteAreTold();
    void textIsRedacted();
    void filesEmbeddedInHtmlAreTheSitesFileAddresses();
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

void TestFileAddress::addressesOnAnotherSiteAreTold_data()
{
    QTest::addColumn<QString>("site");
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("onSite");
    const QString file = QStringLiteral("/webservice/pluginfile.php/52/course/section/3/a.png");
    QTest::newRow("the site") << QStringLiteral("https://s.edu/moodle") << "https://s.edu/moodle" + file << true;
    QTest::newRow("host in capitals") << QStringLiteral("https://s.edu/moodle") << "https://S.EDU/moodle" + file
                                      << true;
    QTest::newRow("another host") << QStringLiteral("https://s.edu/moodle") << "https://evil.example/moodle" + file
                                  << false;
    QTest::newRow("a host ending like it") << QStringLiteral("https://s.edu") << "https://evils.edu" + file << false;
    QTest::newRow("another port") << QStringLiteral("https://s.edu") << "https://s.edu:8443" + file << false;
    QTest::newRow("default port written") << QStringLiteral("https://s.edu") << "https://s.edu:443" + file << true;
    QTest::newRow("plain http") << QStringLiteral("https://s.edu") << "http://s.edu" + file << false;
    QTest::newRow("another Moodle on the host")
        << QStringLiteral("https://s.edu/moodle") << "https://s.edu/moodle2" + file << false;
    QTest::newRow("user info") << QStringLiteral("https://s.edu") << "https://s.edu@evil.example" + file << false;
}

void TestFileAddress::addressesOnAnotherSiteAreTold()
{
    QFETCH(QString, site);
    QFETCH(QString, address);
    QFETCH(bool, onSite);
    QCOMPARE(FileAddress::isOnSite(address, QUrl(site)), onSite);
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

void TestFileAddress::filesEmbeddedInHtmlAreTheSitesFileAddresses()
{
    // As core_course_get_contents hands out a section summary: images and a link rewritten to the web service
    // endpoint; around them what a teacher writes (another page, a data: image, the same image twice, an entity).
    const QString html = QStringLiteral(
        "<p><img src=\"https://s.edu/webservice/pluginfile.php/52/course/section/3/diagram%20one.png\" width=\"40\">"
        "<a href='https://s.edu/webservice/pluginfile.php/52/course/section/3/notes.pdf?forcedownload=1&amp;token=abc'>"
        "Notes</a> <a href=\"https://s.edu/course/view.php?id=2\">the course</a>"
        "<img src=\"data:image/png;base64,AAAA\"><img src=\"@@PLUGINFILE@@/raw.png\">"
        "<img SRC=\"https://s.edu/webservice/pluginfile.php/52/course/section/3/diagram%20one.png#x\">"
        "<img src=\"https://s.edu/tokenpluginfile.php/f00dkey/52/course/section/3/key.png\">"
        "<img src=\"javascript:alert(1)//pluginfile.php/x.png\"></p>");
    const QList<ActivityFile> files = EmbeddedFiles::inHtml(html);
    QStringList names;
    QStringList addresses;
    for (const ActivityFile &file : files) {
        names << file.fileName;
        addresses << file.fileUrl;
        QCOMPARE(file.type, QStringLiteral("file"));
        QCOMPARE(file.fileSize, 0);  // unknown: Moodle lists no size for them
    }
    QCOMPARE(names,
             (QStringList{QStringLiteral("diagram one.png"), QStringLiteral("notes.pdf"), QStringLiteral("key.png")}));
    QCOMPARE(addresses.value(1),
             QStringLiteral("https://s.edu/webservice/pluginfile.php/52/course/section/3/notes.pdf?forcedownload=1"));
    QCOMPARE(addresses.value(2), QStringLiteral("https://s.edu/webservice/pluginfile.php/52/course/section/3/key.png"));
    QVERIFY(EmbeddedFiles::inHtml(QStringLiteral("<p>No files here</p>")).isEmpty());
}

QTEST_GUILESS_MAIN(TestFileAddress)
#include "tst_fileaddress.moc"
