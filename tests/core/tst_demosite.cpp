// The demo account holds what a real sync of the same recordings stores.

#include "SyncedDatabase.h"
#include "TestData.h"

#include "StoredValue.h"
#include "demo/DemoSite.h"
#include "store/ClassRepository.h"
#include "store/CompletionRepository.h"
#include "store/ContentRepository.h"
#include "store/CourseRepository.h"
#include "store/DeadlineRepository.h"
#include "store/GradeRepository.h"
#include "store/SiteRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

namespace {

// What the views read, as text: equal means the demo shows what a synced account shows.
QStringList everything(const QSqlDatabase &db)
{
    QStringList lines;
    const std::optional<SiteInfo> site = stored(SiteRepository(db).siteInfo());
    lines << QStringLiteral("site %1 %2").arg(site ? site->fullName : QString(), site ? site->siteName : QString());
    for (const Course &c : stored(CourseRepository(db).courses())) {
        lines << QStringLiteral("course %1|%2|%3|%4|%5")
                     .arg(c.shortName, c.fullName)
                     .arg(c.progress.value_or(-1))
                     .arg(c.completed)
                     .arg(c.favourite);
        for (const Section &s : stored(ContentRepository(db).sections(c.id))) {
            lines << QStringLiteral("  section %1").arg(s.name);
            for (const Activity &a : s.activities)
                lines << QStringLiteral("    %1 %2 %3").arg(a.module, a.name).arg(int(a.completionMode));
        }
        for (const GradeItem &g : stored(GradeRepository(db).gradeItems(c.id, 4)))
            lines << QStringLiteral("  grade %1=%2 %3").arg(g.itemName, g.gradeFormatted, g.percentageFormatted);
        for (const ActivityCompletion &a : stored(CompletionRepository(db).activityCompletion(c.id, 4)))
            lines << QStringLiteral("  done %1=%2").arg(a.activityId).arg(a.state);
        const auto completion = stored(CompletionRepository(db).courseCompletion(c.id, 4));
        lines << QStringLiteral("  completion %1 %2")
                     .arg(completion.has_value())
                     .arg(completion ? completion->completed : false);
    }
    for (const CourseGrade &g : stored(GradeRepository(db).courseGrades()))
        lines << QStringLiteral("total %1=%2").arg(g.courseId).arg(g.gradeFormatted);
    for (const Deadline &d : stored(DeadlineRepository(db).upcoming(DemoSite::kRecordedAt, 30 * 86400)))
        lines << QStringLiteral("due %1 %2 %3 %4").arg(d.kind, d.name).arg(d.dueAt).arg(d.status);
    return lines;
}

}  // namespace

class TestDemoSite : public QObject
{
    Q_OBJECT

private slots:
    void demoEqualsARealSyncOfTheRecordings()
    {
        SyncedDatabase synced;
        QString error;
        QVERIFY2(synced.create(&error), qPrintable(error));

        QTemporaryDir dir;
        Database demo;
        QVERIFY(demo.open(dir.filePath(QStringLiteral("demo.sqlite")), &error));
        QVERIFY2(DemoSite::populate(demo.connection(), testDataDir() + QStringLiteral("/moodle-4.5/student1"), &error),
                 qPrintable(error));

        const QStringList expected = everything(synced.connection());
        const QStringList actual = everything(demo.connection());
        QVERIFY(expected.size() > 50);
        // The four assignments without a recorded status are "not submitted" in the synced copy (the test
        // server fills that gap) and unknown in the demo; everything else is the same.
        QStringList differences;
        for (qsizetype i = 0; i < qMax(expected.size(), actual.size()); ++i) {
            if (expected.value(i) != actual.value(i))
                differences << expected.value(i) + QStringLiteral("  ≠  ") + actual.value(i);
        }
        for (const QString &line : std::as_const(differences))
            QVERIFY2(line.startsWith(QLatin1String("due assign")) && line.contains(QStringLiteral(" new  ≠")),
                     qPrintable(line));
        QVERIFY(differences.size() <= 4);
        QVERIFY(actual.contains(QStringLiteral("site Liam O'Brien Northfield College")));
    }

    // The teacher demo: her classes as a real sync stores them, except the completion of learners whose
    // completion was not recorded (the test server makes it up as "nothing done"; the demo leaves it unknown).
    void teacherDemoHoldsTheClasses()
    {
        SyncedDatabase synced(QStringLiteral("teacher1"));
        QString error;
        QVERIFY2(synced.create(&error), qPrintable(error));
        QTemporaryDir dir;
        Database demo;
        QVERIFY(demo.open(dir.filePath(QStringLiteral("demo.sqlite")), &error));
        QVERIFY2(DemoSite::populate(demo.connection(), testDataDir() + QStringLiteral("/moodle-4.5/teacher1"), &error),
                 qPrintable(error));

        QCOMPARE(stored(ClassRepository(demo.connection()).taughtCourseIds()),
                 stored(ClassRepository(synced.connection()).taughtCourseIds()));
        QCOMPARE(stored(ClassRepository(demo.connection()).taughtCourseIds()).size(), 5);
        for (const qint64 course : stored(ClassRepository(synced.connection()).taughtCourseIds())) {
            const QList<Participant> expected = stored(ClassRepository(synced.connection()).participants(course));
            const QList<Participant> actual = stored(ClassRepository(demo.connection()).participants(course));
            QCOMPARE(actual.size(), expected.size());
            QList<qint64> learners;
            for (qsizetype i = 0; i < expected.size(); ++i) {
                QCOMPARE(actual.at(i).fullName, expected.at(i).fullName);
                QCOMPARE(actual.at(i).groupIds, expected.at(i).groupIds);
                if (expected.at(i).isLearner())
                    learners << expected.at(i).userId;
            }
            const GradeMatrix grades = stored(GradeRepository(demo.connection()).gradeMatrix(course, learners));
            const GradeMatrix syncedGrades = stored(GradeRepository(synced.connection()).gradeMatrix(course, learners));
            QCOMPARE(grades.columns.size(), syncedGrades.columns.size());
            for (qsizetype i = 0; i < grades.cells.size(); ++i)
                QCOMPARE(grades.cells.at(i).formatted, syncedGrades.cells.at(i).formatted);
            const CompletionMatrix completion =
                stored(CompletionRepository(demo.connection()).completionMatrix(course, learners));
            const CompletionMatrix syncedCompletion =
                stored(CompletionRepository(synced.connection()).completionMatrix(course, learners));
            for (int row = 0; row < learners.size(); ++row) {
                const bool recorded = learners.at(row) == 4 || learners.at(row) == 5;
                QCOMPARE(completion.courseCompleted.at(row),
                         recorded ? syncedCompletion.courseCompleted.at(row) : qint8(-1));
                for (int column = 0; column < completion.columns.size(); ++column)
                    QCOMPARE(completion.state(row, column), recorded ? syncedCompletion.state(row, column) : qint8(-1));
            }
        }
    }

    // Against the recorded answers themselves, read here as plain JSON: what the demo shows of each course is
    // what the site said (section and activity names, each grade as the site formatted it, each completion state).
    void demoShowsWhatTheSiteRecorded()
    {
        QTemporaryDir dir;
        Database demo;
        QString error;
        QVERIFY(demo.open(dir.filePath(QStringLiteral("demo.sqlite")), &error));
        QVERIFY2(DemoSite::populate(demo.connection(), testDataDir() + QStringLiteral("/moodle-4.5/student1"), &error),
                 qPrintable(error));
        const QSqlDatabase db = demo.connection();
        const auto recorded = [](const QString &file) {
            return QJsonDocument::fromJson(fixtureBytes(QStringLiteral("student1/") + file));
        };
        int names = 0, grades = 0, states = 0;
        for (const qint64 course : {2, 3, 4, 5}) {
            // Names as recorded; those with entities (&amp;) are decoded for display, checked elsewhere.
            QStringList expectedNames, shownNames;
            for (const QJsonValue &section :
                 recorded(QStringLiteral("core_course_get_contents__courseid-%1.json").arg(course)).array()) {
                expectedNames << section[u"name"].toString();
                for (const QJsonValue &module : section[u"modules"].toArray())
                    expectedNames << module[u"name"].toString();
            }
            for (const Section &section : stored(ContentRepository(db).sections(course))) {
                shownNames << section.name;
                for (const Activity &activity : section.activities)
                    shownNames << activity.name;
            }
            QCOMPARE(shownNames.size(), expectedNames.size());
            for (qsizetype i = 0; i < expectedNames.size(); ++i) {
                if (!expectedNames.at(i).contains(QLatin1Char('&'))) {
                    QCOMPARE(shownNames.at(i), expectedNames.at(i));
                    ++names;
                }
            }

            QHash<qint64, QString> shownGrades;
            for (const GradeItem &item : stored(GradeRepository(db).gradeItems(course, 4)))
                shownGrades.insert(item.id, item.gradeFormatted);
            const QJsonArray items =
                recorded(QStringLiteral("gradereport_user_get_grade_items__courseid-%1-userid-4.json")
                             .arg(course))[u"usergrades"][0][u"gradeitems"]
                    .toArray();
            for (const QJsonValue &item : items) {
                const QString formatted = item[u"gradeformatted"].toString();
                if (formatted.contains(QLatin1Char('<')))
                    continue;  // the pass/fail icon's HTML is removed for display
                QCOMPARE(shownGrades.value(item[u"id"].toInteger(), QStringLiteral("<missing>")), formatted);
                ++grades;
            }

            QHash<qint64, int> shownStates;
            for (const ActivityCompletion &c : stored(CompletionRepository(db).activityCompletion(course, 4)))
                shownStates.insert(c.activityId, c.state);
            const QJsonArray statuses =
                recorded(QStringLiteral("core_completion_get_activities_completion_status__courseid-%1-userid-4.json")
                             .arg(course))[u"statuses"]
                    .toArray();
            for (const QJsonValue &status : statuses) {
                QCOMPARE(shownStates.value(status[u"cmid"].toInteger(), -1), status[u"state"].toInt());
                ++states;
            }
        }
        // Enough of each to mean something (the recordings have about this many).
        QVERIFY2(names >= 40 && grades >= 12 && states >= 20,
                 qPrintable(QStringLiteral("%1 names, %2 grades, %3 states").arg(names).arg(grades).arg(states)));
    }

    void missingRecordingIsAnError()
    {
        QTemporaryDir empty;
        QTemporaryDir dir;
        Database demo;
        QString error;
        QVERIFY(demo.open(dir.filePath(QStringLiteral("demo.sqlite")), &error));
        QVERIFY(!DemoSite::populate(demo.connection(), empty.path(), &error));
        QVERIFY(!error.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDemoSite)
#include "tst_demosite.moc"
