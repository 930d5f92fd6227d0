#include "moodle/SiteAddress.h"

#include <QTest>

// What people paste into "Site address", and the base URLs Satchel must try.
class TestSiteAddress : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalises_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QStringList>("candidates");
        const auto both = [](const QString &rest) {
            return QStringList{QStringLiteral("https://") + rest, QStringLiteral("http://") + rest};
        };
        QTest::newRow("bare host") << "school.edu" << both(QStringLiteral("school.edu"));
        QTest::newRow("spaces around") << "  school.edu  " << both(QStringLiteral("school.edu"));
        QTest::newRow("upper case host") << "School.EDU" << both(QStringLiteral("school.edu"));
        QTest::newRow("trailing slash") << "school.edu/" << both(QStringLiteral("school.edu"));
        QTest::newRow("https with subdir") << "https://school.edu/moodle/" << QStringList{"https://school.edu/moodle"};
        QTest::newRow("HTTPS upper scheme") << "HTTPS://school.edu/moodle" << QStringList{"https://school.edu/moodle"};
        QTest::newRow("explicit http") << "http://school.edu" << QStringList{"http://school.edu"};
        QTest::newRow("login page") << "https://school.edu/login/index.php" << QStringList{"https://school.edu"};
        QTest::newRow("login page in subdir")
            << "https://school.edu/moodle/login/index.php?foo=1" << QStringList{"https://school.edu/moodle"};
        QTest::newRow("dashboard") << "https://school.edu/my/" << QStringList{"https://school.edu"};
        QTest::newRow("dashboard no slash")
            << "https://school.edu/moodle/my" << QStringList{"https://school.edu/moodle"};
        QTest::newRow("course page") << "school.edu/course/view.php?id=2#section-3"
                                     << both(QStringLiteral("school.edu"));
        QTest::newRow("front page php") << "https://school.edu/moodle/index.php"
                                        << QStringList{"https://school.edu/moodle"};
        QTest::newRow("default https port") << "https://school.edu:443/" << QStringList{"https://school.edu"};
        QTest::newRow("custom port") << "http://127.0.0.1:8145" << QStringList{"http://127.0.0.1:8145"};
        QTest::newRow("localhost") << "localhost:8080/moodle" << both(QStringLiteral("localhost:8080/moodle"));
        QTest::newRow("user info dropped") << "https://bob@school.edu/" << QStringList{"https://school.edu"};
        QTest::newRow("ipv6") << "http://[::1]:8080/" << QStringList{"http://[::1]:8080"};
    }

    void normalises()
    {
        QFETCH(QString, input);
        QFETCH(QStringList, candidates);
        const SiteAddress address = SiteAddress::parse(input);
        QVERIFY(address.isValid());
        QStringList got;
        for (const QUrl &url : address.candidates())
            got << url.toString();
        QCOMPARE(got, candidates);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("empty") << "";
        QTest::newRow("blank") << "   ";
        QTest::newRow("ftp") << "ftp://school.edu";
        QTest::newRow("mailto-ish") << "mailto:someone@school.edu";
        QTest::newRow("words") << "my school";
        QTest::newRow("single label") << "moodle";
        QTest::newRow("only scheme") << "https://";
    }

    void rejects()
    {
        QFETCH(QString, input);
        QVERIFY(!SiteAddress::parse(input).isValid());
    }
};

QTEST_GUILESS_MAIN(TestSiteAddress)
#include "tst_siteaddress.moc"
