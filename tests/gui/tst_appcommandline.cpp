// The real satchel program, started as a person would: `--demo --screenshot FILE --page P` writes the
// picture without touching the network or the data folder, and a page that does not exist is a usage
// error (exit 2, a sentence on stderr) instead of a window that never closes.
#include "TestData.h"

#include <QDir>
#include <QFileInfo>
#include <QImage>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray standardError;
    int connections = 0;  // TCP connections that reached the proxy
    QByteArray proxyHeard;  // what they sent (the request line names the host the app wanted)
};

// Runs satchel with `arguments`, every proxy variable pointing at a listener of this process: whatever
// the app would send (http or https, to any host) arrives there instead of being resolved and sent out.
// HOME and the XDG folders are fresh, so the person's settings and keychain are not read or changed.
Run runSatchel(const QStringList &arguments, const QString &home)
{
    Run run;
    QTcpServer proxy;
    if (!proxy.listen(QHostAddress::LocalHost))
        return run;
    QObject::connect(&proxy, &QTcpServer::newConnection, &proxy, [&] {
        while (QTcpSocket *socket = proxy.nextPendingConnection()) {
            ++run.connections;
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [&run, socket] { run.proxyHeard += socket->readAll(); });
        }
    });
    const QString proxyUrl = QStringLiteral("http://127.0.0.1:%1").arg(proxy.serverPort());

    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"})
        environment.insert(QLatin1String(name), proxyUrl);
    for (const char *name : {"no_proxy", "NO_PROXY", "SATCHEL_DATA_DIR"})
        environment.remove(QLatin1String(name));
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("HOME"), home);
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    environment.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/cache"));

    QProcess satchel;
    satchel.setProcessEnvironment(environment);
    satchel.setProgram(QStringLiteral(SATCHEL_APP));
    satchel.setArguments(arguments);
    QSignalSpy finished(&satchel, &QProcess::finished);
    satchel.start();
    // The event loop runs while waiting, so the listener accepts (and counts) any connection meanwhile.
    run.finished = finished.wait(30000);
    if (!run.finished) {
        satchel.kill();
        satchel.waitForFinished(5000);
    }
    QCoreApplication::processEvents();
    run.exitCode = satchel.exitStatus() == QProcess::NormalExit ? satchel.exitCode() : -1;
    run.standardError = satchel.readAllStandardError();
    return run;
}

}  // namespace

class TestAppCommandLine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void screenshotOfTheDemoNeedsNoNetwork_data();
    void screenshotOfTheDemoNeedsNoNetwork();
    void unknownPageIsAUsageError_data();
    void unknownPageIsAUsageError();
};

void TestAppCommandLine::screenshotOfTheDemoNeedsNoNetwork_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("page");
    // The README's examples.
    QTest::newRow("demo home") << QStringLiteral("--demo") << QStringLiteral("home");
    QTest::newRow("demo course:2") << QStringLiteral("--demo") << QStringLiteral("course:2");
    QTest::newRow("demo grades:3") << QStringLiteral("--demo") << QStringLiteral("grades:3");
    QTest::newRow("teacher class:3:grades") << QStringLiteral("--demo-teacher") << QStringLiteral("class:3:grades");
    QTest::newRow("teacher class:2:participants")
        << QStringLiteral("--demo-teacher") << QStringLiteral("class:2:participants");
}

void TestAppCommandLine::screenshotOfTheDemoNeedsNoNetwork()
{
    QFETCH(QString, account);
    QFETCH(QString, page);
    QTemporaryDir home;
    QTemporaryDir dataDir;
    const QString file = home.filePath(QStringLiteral("shot.png"));

    const Run run = runSatchel({account, QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("--screenshot"),
                                file, QStringLiteral("--page"), page},
                               home.path());
    QVERIFY2(run.finished, "satchel did not exit");
    QVERIFY2(run.exitCode == 0,
             qPrintable(QString::number(run.exitCode) + QLatin1Char(' ') + QString::fromLocal8Bit(run.standardError)));
    QVERIFY2(run.connections == 0,
             qPrintable(QStringLiteral("%1 connection(s) to the proxy: %2")
                            .arg(run.connections)
                            .arg(QString::fromLatin1(run.proxyHeard.left(200)))));

    // The window, at the size main.cpp gives it, with something drawn (not one flat colour).
    QImage shot(file);
    QVERIFY2(!shot.isNull(), qPrintable(file));
    QCOMPARE(shot.size(), QSize(1100, 750));
    const QImage small = shot.scaled(110, 75);
    QSet<QRgb> colours;
    for (int y = 0; y < small.height(); ++y)
        for (int x = 0; x < small.width(); ++x)
            colours.insert(small.pixel(x, y));
    QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    QFile::copy(file,
                testOutputDir() + QStringLiteral("/appcommandline-%1.png").arg(QString(page).replace(u':', u'-')));

    // The demo keeps its database in a temporary folder: the data folder stays empty.
    QCOMPARE(QDir(dataDir.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden), QStringList());
}

void TestAppCommandLine::unknownPageIsAUsageError_data()
{
    QTest::addColumn<QString>("account");
    QTest::addColumn<QString>("page");
    QTest::newRow("nonsense") << QStringLiteral("--demo") << QStringLiteral("nonsense");
    QTest::newRow("course without a number") << QStringLiteral("--demo") << QStringLiteral("course:cs101");
    QTest::newRow("course not there") << QStringLiteral("--demo") << QStringLiteral("course:999");
    QTest::newRow("grades of a course not there") << QStringLiteral("--demo") << QStringLiteral("grades:999");
    QTest::newRow("class not taught") << QStringLiteral("--demo-teacher") << QStringLiteral("class:999");
    // A student teaches nothing, so there is no Classes page.
    QTest::newRow("class for a student") << QStringLiteral("--demo") << QStringLiteral("class");
}

void TestAppCommandLine::unknownPageIsAUsageError()
{
    QFETCH(QString, account);
    QFETCH(QString, page);
    QTemporaryDir home;
    QTemporaryDir dataDir;
    const QString file = home.filePath(QStringLiteral("shot.png"));

    const Run run = runSatchel({account, QStringLiteral("--data-dir"), dataDir.path(), QStringLiteral("--screenshot"),
                                file, QStringLiteral("--page"), page},
                               home.path());
    QVERIFY2(run.finished, "satchel did not exit");
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.standardError.contains("satchel: no such page: " + page.toUtf8()), run.standardError.constData());
    QVERIFY(!QFileInfo::exists(file));
    QCOMPARE(run.connections, 0);
}

QTEST_MAIN(TestAppCommandLine)
#include "tst_appcommandline.moc"
