// The user's badges synced (issue 16): student1's badges from the fake Moodle server serving her recording
// (tests/data/moodle-4.5-content/student1/core_badges_get_user_badges__userid-4.json) into a real SQLite file. A
// refusal (badges switched off, no permission) is stored as "not shared" and is no sync problem; the badges are asked
// at most hourly.

#include "FakeMoodleServer.h"
#include "RecordingGaps.h"
#include "StoredValue.h"
#include "SyncRun.h"

#include "common/Clock.h"
#include "moodle/BadgeJson.h"
#include "moodle/MoodleClient.h"
#include "store/BadgeRepository.h"
#include "store/Database.h"
#include "store/OwnProgressRepository.h"
#include "store/Transaction.h"
#include "sync/SyncEngine.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <limits>
#include <memory>

namespace {

constexpr qint64 kRecordedNow = 1795313529;  // the recordings' "now" (see FIXTURES.md)
const QString kStudent = QStringLiteral("student1");
const QString kUserBadges = QStringLiteral("core_badges_get_user_badges");

QByteArray errorAnswer(const QString &code)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("exception"), QStringLiteral("moodle_exception")},
                                     {QStringLiteral("errorcode"), code},
                                     {QStringLiteral("message"), QStringLiteral("Badges are not enabled")}})
        .toJson(QJsonDocument::Compact);
}

Badge badge(qint64 id, const QString &name, qint64 issued)
{
    Badge b;
    b.id = id;
    b.name = name;
    b.dateIssued = issued;
    b.imageUrl =
        QStringLiteral("https://moodle.example.edu/webservice/pluginfile.php/1/badges/badgeimage/%1/f3").arg(id);
    b.timeModified = 100;
    return b;
}

}  // namespace

class TestBadges : public QObject
{
    Q_OBJECT

    FakeMoodleServer m_server;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<MoodleClient> m_client;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<SyncEngine> m_engine;

    QSqlDatabase db() const { return m_database->connection(); }
    SyncSummary sync(SyncEngine::Mode mode = SyncEngine::Mode::Auto) { return runSync(*m_engine, mode); }
    QList<Badge> badges() { return stored(BadgeRepository(db()).badges()); }
    std::optional<OwnSharing> verdict() { return stored(OwnProgressRepository(db()).verdict(0, Badge::kSharingKind)); }

    int imageRequests(const QString &pathContains) const
    {
        int count = 0;
        for (const FakeMoodleServer::Request &request : m_server.requests())
            count += request.path.contains(pathContains) ? 1 : 0;
        return count;
    }

    // The site answers these calls with `handler` first, then as recorded (with the recordings' gaps filled).
    void answer(FakeMoodleServer::CallHandler handler)
    {
        m_server.setCallHandler(fillRecordingGaps(m_server, handler));
    }

private Q_SLOTS:
    void initTestCase() { qRegisterMetaType<SyncSummary>(); }

    void init()
    {
        QVERIFY(m_server.start());
        m_server.clearRequests();
        answer({});
        m_dir = std::make_unique<QTemporaryDir>();
        m_clock = std::make_unique<FixedClock>(kRecordedNow);
        m_database = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_database->open(m_dir->filePath(QStringLiteral("account.sqlite")), &error), qPrintable(error));
        m_client = std::make_unique<MoodleClient>();
        m_client->setSiteUrl(m_server.baseUrl());
        m_client->setToken(m_server.tokenForUser(kStudent));
        m_engine = std::make_unique<SyncEngine>(m_client.get(), db(), m_clock.get());
    }

    void cleanup()
    {
        m_engine.reset();
        m_client.reset();
        m_database.reset();
        m_server.stop();
        m_server.clearFaults();
        m_server.resetSiteState();
        m_server.setCallHandler({});
    }

    // The first sync stores both of her badges as the recording has them, newest issued first (same day: by name).
    void firstSyncStoresHerBadges()
    {
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        QVERIFY2(m_server.unmatchedRequests().isEmpty(), qPrintable(m_server.unmatchedRequests().value(0).toString()));
        QCOMPARE(m_server.callCount(kUserBadges), 1);

        const QList<Badge> all = badges();
        QCOMPARE(all.size(), 2);
        const Badge &vector = all.at(0);  // "Vector master" < "Welcome aboard", both issued at 1796575675
        QCOMPARE(vector.id, 2);
        QCOMPARE(vector.name, QStringLiteral("Vector master"));
        QCOMPARE(vector.description, QStringLiteral("Scored 90+ on Problem Set 1 in Linear Algebra."));
        QCOMPARE(vector.issuerName, QStringLiteral("Elena Márquez"));
        QCOMPARE(vector.issuerContact, QStringLiteral("elena.marquez@northfield.example"));
        QCOMPARE(QUrl(vector.issuerUrl), m_server.baseUrl());  // the recorded site's address is the server's
        QCOMPARE(vector.courseId, 3);  // MATH201's
        QCOMPARE(vector.dateIssued, 1796575675);
        QCOMPARE(vector.dateExpires, std::optional<qint64>(1828111675));
        QCOMPARE(vector.uniqueHash, QStringLiteral("4fd91ae3f32c35fcd9b9649ec64eb7a80b07050e"));
        QCOMPARE(vector.timeModified, 1796575675);

        const Badge &welcome = all.at(1);
        QCOMPARE(welcome.id, 1);
        QCOMPARE(welcome.name, QStringLiteral("Welcome aboard"));
        QCOMPARE(welcome.description, QStringLiteral("Completed the online orientation."));
        QCOMPARE(welcome.issuerName, QStringLiteral("Northfield College"));
        QCOMPARE(welcome.issuerContact, QStringLiteral("support@northfield.example"));
        QCOMPARE(welcome.courseId, 0);  // a site badge
        QCOMPARE(welcome.dateIssued, 1796575675);
        QVERIFY(!welcome.dateExpires);
        QCOMPARE(welcome.uniqueHash, QStringLiteral("8d125c16953c63f362422772907272aeff1a3bf6"));

        // The images, on the site, kept without the token.
        const QString images = m_server.baseUrl().toString() + QStringLiteral("/webservice/pluginfile.php/");
        QCOMPARE(welcome.imageUrl, images + QStringLiteral("1/badges/badgeimage/1/f3"));
        QCOMPARE(vector.imageUrl, images + QStringLiteral("47/badges/badgeimage/2/f3"));
        const std::optional<OwnSharing> shared = verdict();
        QVERIFY(shared);
        QVERIFY(shared->shared);
    }

    // The image address is kept when it is on the site, without the token; elsewhere it is dropped.
    void imageAddressIsTheSitesWithoutCredentials()
    {
        const QUrl site(QStringLiteral("https://moodle.example.edu"));
        const QJsonObject onSite{
            {QStringLiteral("id"), 1},
            {QStringLiteral("name"), QStringLiteral("On site")},
            {QStringLiteral("dateissued"), 5},
            {QStringLiteral("courseid"), QJsonValue::Null},
            {QStringLiteral("badgeurl"),
             QStringLiteral(
                 "https://moodle.example.edu/webservice/pluginfile.php/1/badges/badgeimage/1/f3?token=secret")}};
        const QJsonObject elsewhere{
            {QStringLiteral("id"), 2},
            {QStringLiteral("name"), QStringLiteral("Elsewhere")},
            {QStringLiteral("dateissued"), 5},
            {QStringLiteral("courseid"), 4},
            {QStringLiteral("badgeurl"),
             QStringLiteral("https://evil.example.com/webservice/pluginfile.php/1/badges/badgeimage/2/f3")}};
        const QJsonObject tagged{{QStringLiteral("id"), 3},
                                 {QStringLiteral("name"), QStringLiteral("<b>Tagged</b>")},
                                 {QStringLiteral("dateissued"), 5},
                                 {QStringLiteral("description"), QStringLiteral("<script>x</script>plain")}};
        const QJsonObject answer{{QStringLiteral("badges"), QJsonArray{onSite, elsewhere, tagged}},
                                 {QStringLiteral("warnings"), QJsonArray()}};
        const QList<Badge> parsed = BadgeJson::badges(answer, site);
        QCOMPARE(parsed.size(), 3);
        QCOMPARE(parsed.at(0).imageUrl,
                 QStringLiteral("https://moodle.example.edu/webservice/pluginfile.php/1/badges/badgeimage/1/f3"));
        QCOMPARE(parsed.at(0).courseId, 0);
        QVERIFY(parsed.at(1).imageUrl.isEmpty());
        QCOMPARE(parsed.at(1).courseId, 4);
        QCOMPARE(parsed.at(2).name, QStringLiteral("Tagged"));
        QVERIFY(!parsed.at(2).description.contains(QLatin1Char('<')));
    }

    // Newest issued first; a downloaded image (or the site's answer without one) survives a resync that does not change
    // the badge, and goes when the badge changes.
    void listIsNewestFirstAndKeepsImages()
    {
        BadgeRepository repo(db());
        QVERIFY2(repo.replaceBadges({badge(1, QStringLiteral("Old"), 100), badge(2, QStringLiteral("New"), 300),
                                     badge(3, QStringLiteral("Middle"), 200)},
                                    OwnSharing{}),
                 qPrintable(repo.lastError()));
        QList<Badge> all = badges();
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(0).name, QStringLiteral("New"));
        QCOMPARE(all.at(1).name, QStringLiteral("Middle"));
        QCOMPARE(all.at(2).name, QStringLiteral("Old"));
        QCOMPARE(stored(repo.imagesMissing()).size(), 3);

        QVERIFY(repo.setImage(badge(1, {}, 0).imageUrl, QByteArrayLiteral("PNG1")));
        QVERIFY(repo.setImage(badge(2, {}, 0).imageUrl, QByteArrayLiteral("PNG2")));
        QVERIFY(repo.setImage(badge(3, {}, 0).imageUrl, QByteArray()));  // asked, no picture
        QVERIFY(stored(repo.imagesMissing()).isEmpty());
        Badge changed = badge(2, QStringLiteral("New"), 300);
        changed.timeModified = 200;  // the badge (its image perhaps) changed on the site
        QVERIFY(repo.replaceBadges(
            {badge(1, QStringLiteral("Old"), 100), changed, badge(3, QStringLiteral("Middle"), 200)}, OwnSharing{}));
        all = badges();
        QCOMPARE(all.size(), 3);
        QVERIFY(all.at(0).image.isEmpty());
        QCOMPARE(all.at(2).image, QByteArrayLiteral("PNG1"));
        QCOMPARE(stored(repo.imagesMissing()), QList<QString>{changed.imageUrl});
    }

    // The images come with the sync, into the database: a picture is kept, anything else (an SVG here) is not, and the
    // token never stays with an address. A resync that does not change the badges asks for neither again.
    void imagesAreDownloadedAndOnlyPicturesKept()
    {
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'p');
        m_server.setFileOnSite(QStringLiteral("1/badges/badgeimage/1/f3"), png, 1796575675);
        m_server.setFileOnSite(QStringLiteral("47/badges/badgeimage/2/f3"),
                               QByteArrayLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\"><script/></svg>"),
                               1796575675);
        const SyncSummary summary = sync();
        QVERIFY2(summary.ok() && summary.problems.isEmpty(), qPrintable(describe(summary)));
        const QList<Badge> all = badges();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(1).name, QStringLiteral("Welcome aboard"));
        QCOMPARE(all.at(1).image, png);  // in as the sync ends
        QVERIFY(all.at(0).image.isEmpty());
        QCOMPARE(imageRequests(QStringLiteral("/badgeimage/")), 2);
        for (const FakeMoodleServer::Request &request : m_server.requests()) {
            if (request.path.contains(QLatin1String("/badgeimage/")))
                QCOMPARE(request.user, kStudent);  // with her token, on the site
        }

        // An hour later the badges are asked again, unchanged: neither image is fetched again (the SVG was an answer).
        m_clock->advance(SyncEngine::kEventsRefreshAfter);
        m_server.clearRequests();
        QVERIFY(sync().ok());
        QCOMPARE(m_server.callCount(kUserBadges), 1);
        QCOMPARE(imageRequests(QStringLiteral("/badgeimage/")), 0);
        QCOMPARE(badges().at(1).image, png);
    }

    // An image the site could not give for a while (503) is asked again with the badges, an hour later, and is in when
    // that sync ends, though nothing else is asked then.
    void anImageNotGivenIsAskedAgain()
    {
        m_engine->setStaleAfter(std::numeric_limits<qint64>::max());
        const QByteArray png = QByteArray("\x89PNG\r\n\x1a\n", 8) + QByteArray(64, 'q');
        m_server.setFileOnSite(QStringLiteral("1/badges/badgeimage/1/f3"), png, 1796575675);
        m_server.injectDownloadFault(QStringLiteral("badgeimage/1/"), FakeMoodleServer::DownloadFault::Unavailable, 1);
        QVERIFY(sync().ok());
        QVERIFY(badges().at(1).image.isEmpty());

        m_clock->advance(SyncEngine::kEventsRefreshAfter);
        m_server.clearRequests();
        const SyncSummary again = sync();
        QVERIFY2(again.ok() && again.problems.isEmpty(), qPrintable(describe(again)));
        QCOMPARE(again.coursesUpdated, 0);
        QCOMPARE(imageRequests(QStringLiteral("/badgeimage/1/")), 1);
        QCOMPARE(badges().at(1).image, png);
    }

    // A site that does not share badges with her: stored as "not shared", no problem, what was stored goes.
    void refusalsAreStoredAsNotShared_data()
    {
        QTest::addColumn<QString>("code");
        QTest::newRow("badges switched off") << QStringLiteral("badgesdisabled");
        QTest::newRow("nopermissions") << QStringLiteral("nopermissions");
        QTest::newRow("not in the service") << QStringLiteral("accessexception");
    }
    void refusalsAreStoredAsNotShared()
    {
        QFETCH(QString, code);
        QVERIFY(sync().ok());
        QCOMPARE(badges().size(), 2);
        answer([code](const QString &, const QString &function, const FakeParams &) -> std::optional<QByteArray> {
            if (function == kUserBadges)
                return errorAnswer(code);
            return std::nullopt;
        });
        const SyncSummary again = sync(SyncEngine::Mode::Full);
        QVERIFY2(again.ok() && again.problems.isEmpty(), qPrintable(describe(again)));
        QVERIFY(badges().isEmpty());
        QCOMPARE(OwnProgressRepository::refusal(verdict()), code);
    }

    // A glitch (a database error on the site) is not a refusal: the badges stay, and it is reported.
    void aGlitchKeepsWhatWasStored()
    {
        QVERIFY(sync().ok());
        m_server.injectCallFault(kUserBadges, FakeMoodleServer::CallFault::Exception);
        const SyncSummary again = sync(SyncEngine::Mode::Full);
        QVERIFY2(again.ok(), qPrintable(describe(again)));
        QCOMPARE(again.problems.size(), 1);
        QCOMPARE(badges().size(), 2);
        QCOMPARE(OwnProgressRepository::refusal(verdict()), QString());
    }

    // Badges change rarely: a resync within the hour does not ask, one an hour later does.
    void askedAtMostHourly()
    {
        m_engine->setStaleAfter(std::numeric_limits<qint64>::max());
        QVERIFY(sync().ok());
        QCOMPARE(m_server.callCount(kUserBadges), 1);
        m_clock->advance(SyncEngine::kEventsRefreshAfter - 60);
        m_server.clearRequests();
        QVERIFY(sync().ok());
        QCOMPARE(m_server.callCount(kUserBadges), 0);
        QCOMPARE(badges().size(), 2);

        m_clock->advance(60);
        m_server.clearRequests();
        QVERIFY(sync().ok());
        QCOMPARE(m_server.callCount(kUserBadges), 1);
    }

    // Never asked: no verdict at all ("not synced yet", not "not shared").
    void neverSyncedHasNoVerdict() { QVERIFY(!verdict()); }
};

QTEST_GUILESS_MAIN(TestBadges)
#include "tst_badges.moc"
