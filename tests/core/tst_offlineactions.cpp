// What a person does offline, through the one core service the app and satchelctl share, on a really synced
// database of student1.

#include "SyncedDatabase.h"

#include "StoredValue.h"
#include "actions/OfflineActions.h"
#include "store/OutboxRepository.h"

#include <QTest>

namespace {

constexpr qint64 kCS101 = 2;
constexpr qint64 kQAForum = 9;  // manual completion, not done on the site
constexpr qint64 kSyllabus = 3;  // automatic completion (viewing the page)
constexpr qint64 kAnnouncements = 1;  // no completion tracking

}  // namespace

class TestOfflineActions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncedDatabase> m_data;

    OfflineActions actions() { return OfflineActions(m_data->connection(), &m_data->clock()); }

private slots:
    void init()
    {
        m_data = std::make_unique<SyncedDatabase>();
        QString error;
        QVERIFY2(m_data->create(&error), qPrintable(error));
    }

    void markingDoneQueuesIt()
    {
        const auto queued = actions().setDone(kQAForum, true);
        QVERIFY(queued);
        QCOMPARE(queued->activity.id, kQAForum);
        QCOMPARE(queued->action.courseId, kCS101);
        QCOMPARE(queued->action.value, 1);
        QCOMPARE(queued->action.createdAt, SyncedDatabase::kRecordedNow);
        QVERIFY(queued->action.id > 0);
        QCOMPARE(stored(OutboxRepository(m_data->connection()).pendingCount()), 1);

        const auto progress = actions().completionOf(kCS101, SyncedDatabase::kStudentId);
        QVERIFY(progress);
        const ActivityProgress forum = progress->value(kQAForum);
        QVERIFY(forum.site && !forum.site->isComplete());  // the site still says not done...
        QVERIFY(forum.pending);
        QVERIFY(forum.done());  // ...the person sees their change
    }

    void theLatestChangeWins()
    {
        QVERIFY(actions().setDone(kQAForum, true));
        m_data->clock().advance(10);
        QVERIFY(actions().setDone(kQAForum, false));
        QCOMPARE(stored(OutboxRepository(m_data->connection()).pendingCount()), 1);
        const auto progress = actions().completionOf(kCS101, SyncedDatabase::kStudentId);
        QVERIFY(progress);
        QCOMPARE(progress->value(kQAForum).pending->value, 0);
        QVERIFY(!progress->value(kQAForum).done());
    }

    void onlyManualCompletionCanBeChanged_data()
    {
        QTest::addColumn<qint64>("cmid");
        QTest::addColumn<int>("reason");
        QTest::newRow("automatic") << kSyllabus << int(OfflineActions::Refusal::Reason::NotManual);
        QTest::newRow("not tracked") << kAnnouncements << int(OfflineActions::Refusal::Reason::NotManual);
        QTest::newRow("unknown") << qint64(999999) << int(OfflineActions::Refusal::Reason::UnknownActivity);
    }

    void onlyManualCompletionCanBeChanged()
    {
        QFETCH(qint64, cmid);
        QFETCH(int, reason);
        const auto refused = actions().setDone(cmid, true);
        QVERIFY(!refused);
        QCOMPARE(int(refused.error().reason), reason);
        if (refused.error().reason == OfflineActions::Refusal::Reason::NotManual)
            QCOMPARE(refused.error().activity->id, cmid);
        QCOMPARE(stored(OutboxRepository(m_data->connection()).pendingCount()), 0);
    }

    void aClosedDatabaseIsAnErrorNotNothing()
    {
        QSqlDatabase closed = m_data->connection();
        closed.close();
        const auto progress = actions().completionOf(kCS101, SyncedDatabase::kStudentId);
        QVERIFY(!progress);
        QVERIFY(!progress.error().isEmpty());
        const auto queued = actions().setDone(kQAForum, true);
        QVERIFY(!queued);
        QCOMPARE(queued.error().reason, OfflineActions::Refusal::Reason::Storage);
    }
};

QTEST_GUILESS_MAIN(TestOfflineActions)
#include "tst_offlineactions.moc"
