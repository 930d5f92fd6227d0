// The demo account holds what a real sync of the same recordings stores.

#include "SyncedDatabase.h"
#include "TestData.h"

#include "StoredValue.h"
#include "account/AccountSession.h"
#include "demo/DemoSite.h"
#include "files/OfflineContent.h"
#include "store/BadgeRepository.h"
#include "store/ClassRepository.h"
#include "store/ClassWorkRepository.h"
#include "store/CompletionRepository.h"
#include "store/ContentRepository.h"
#include "store/CourseRepository.h"
#include "store/DeadlineRepository.h"
#include "store/DownloadRepository.h"
#include "store/ForumRepository.h"
#include "store/GradeRepository.h"
#include "store/OwnProgressRepository.h"
#include "store/SiteRepository.h"
#include "store/SyncStateRepository.h"
#include "sync/ForumSync.h"

#include <QDirIterator>
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

QString contentDir()
{
    return testDataDir() + QStringLiteral("/moodle-4.5-content/student1");
}

// What the app bundles as :/demo/student1 (resources/demo/student1 in the source tree).
QString bundleDir()
{
    return testDataDir() + QStringLiteral("/../../resources/demo/student1");
}

QByteArray recordedFile(const QString &path)
{
    QFile file(contentDir() + QStringLiteral("/files/") + path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<not recorded>");
}

// Every file below `root`, relative, sorted.
QStringList filesBelow(const QString &root)
{
    QStringList files;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext())
        files << QDir(root).relativeFilePath(it.next());
    files.sort();
    return files;
}

// A demo database filled from the student's recordings, in its own folder; the files folder is elsewhere.
struct DemoAccount
{
    QTemporaryDir dbDir;
    QTemporaryDir filesParent;
    Database database;
    FilesFolder folder{filesParent.filePath(QStringLiteral("files"))};

    bool open(QString *error)
    {
        return database.open(dbDir.filePath(QStringLiteral("demo.sqlite")), error)
            && DemoSite::populate(database.connection(), testDataDir() + QStringLiteral("/moodle-4.5/student1"), error);
    }
    QSqlDatabase db() const { return database.connection(); }
};

// The forum of course 2 named `name`: its instance id.
qint64 forumNamed(const QSqlDatabase &db, const QString &name)
{
    for (const Activity &activity : stored(ContentRepository(db).activities(DemoSite::kOfflineCourseId))) {
        if (activity.module == QLatin1String("forum") && activity.name == name)
            return activity.instance;
    }
    return 0;
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

    // The bundled teacher demo's class work (submissions with their grades, quiz attempts) is what a real sync of the
    // same recordings stores.
    void teacherDemoHoldsTheClassWork()
    {
        SyncedDatabase synced(QStringLiteral("teacher1"));
        QString error;
        QVERIFY2(synced.create(&error), qPrintable(error));
        QTemporaryDir dir;
        Database demo;
        QVERIFY(demo.open(dir.filePath(QStringLiteral("demo.sqlite")), &error));
        QVERIFY2(DemoSite::populate(demo.connection(), bundleDir() + QStringLiteral("/../teacher1"), &error),
                 qPrintable(error));
        const auto describe = [](const Submission &s) {
            return QStringLiteral("%1/%2 %3 %4")
                .arg(s.assignmentId)
                .arg(s.userId)
                .arg(s.status)
                .arg(s.grade.value_or(-1));
        };
        const auto attempt = [](const QuizAttempt &a) {
            return QStringLiteral("%1/%2 #%3 %4 %5")
                .arg(a.quizId)
                .arg(a.userId)
                .arg(a.attempt)
                .arg(a.state)
                .arg(a.sumGrades.value_or(-1));
        };
        int submissions = 0;
        int attempts = 0;
        for (const qint64 course : stored(ClassRepository(synced.connection()).taughtCourseIds())) {
            QStringList expected;
            QStringList actual;
            for (const Submission &s : stored(ClassWorkRepository(synced.connection()).submissions(course)))
                expected << describe(s);
            for (const Submission &s : stored(ClassWorkRepository(demo.connection()).submissions(course)))
                actual << describe(s);
            QCOMPARE(actual, expected);
            submissions += int(actual.size());
            expected.clear();
            actual.clear();
            for (const QuizAttempt &a : stored(ClassWorkRepository(synced.connection()).attempts(course)))
                expected << attempt(a);
            for (const QuizAttempt &a : stored(ClassWorkRepository(demo.connection()).attempts(course)))
                actual << attempt(a);
            QCOMPARE(actual, expected);
            attempts += int(actual.size());
        }
        QVERIFY(submissions > 40);
        QVERIFY2(attempts >= 8, qPrintable(QString::number(attempts)));

        // The competencies of each class and the ratings the recordings have (a real sync asks every learner; the
        // bundle has three a course: the rated ones must be the same).
        int rated = 0;
        for (const qint64 course : stored(ClassRepository(synced.connection()).taughtCourseIds())) {
            QStringList expected;
            QStringList actual;
            for (const CourseCompetency &c : stored(ClassWorkRepository(synced.connection()).competencies(course)))
                expected << c.shortName;
            for (const CourseCompetency &c : stored(ClassWorkRepository(demo.connection()).competencies(course)))
                actual << c.shortName;
            QCOMPARE(actual, expected);
            expected.clear();
            actual.clear();
            const auto rating = [](const CompetencyRating &r) {
                return QStringLiteral("%1/%2 %3 %4")
                    .arg(r.competencyId)
                    .arg(r.userId)
                    .arg(r.gradeName)
                    .arg(r.proficient);
            };
            for (const CompetencyRating &r : stored(ClassWorkRepository(synced.connection()).competencyRatings(course)))
                expected << (r.rated() ? rating(r) : QString());
            for (const CompetencyRating &r : stored(ClassWorkRepository(demo.connection()).competencyRatings(course)))
                actual << (r.rated() ? rating(r) : QString());
            expected.removeAll(QString());
            actual.removeAll(QString());
            QCOMPARE(actual, expected);
            rated += int(actual.size());
        }
        QVERIFY2(rated >= 6, qPrintable(QString::number(rated)));
    }

    // The student demo: her competencies in each course and her plans, as a real sync of the recordings stores them.
    void studentDemoHoldsHerCompetencies()
    {
        SyncedDatabase synced(QStringLiteral("student1"));
        QString error;
        QVERIFY2(synced.create(&error), qPrintable(error));
        QTemporaryDir dir;
        Database demo;
        QVERIFY(demo.open(dir.filePath(QStringLiteral("demo.sqlite")), &error));
        QVERIFY2(DemoSite::populate(demo.connection(), bundleDir(), &error), qPrintable(error));
        const auto describe = [](const OwnCompetency &c) {
            return QStringLiteral("%1 %2 %3").arg(c.shortName, c.gradeName).arg(c.proficient);
        };
        int competencies = 0;
        for (const Course &course : stored(CourseRepository(synced.connection()).courses())) {
            QStringList expected;
            QStringList actual;
            for (const OwnCompetency &c : stored(OwnProgressRepository(synced.connection()).competencies(course.id)))
                expected << describe(c);
            for (const OwnCompetency &c : stored(OwnProgressRepository(demo.connection()).competencies(course.id)))
                actual << describe(c);
            QCOMPARE(actual, expected);
            competencies += int(actual.size());
        }
        QCOMPARE(competencies, 5);  // CS101's three, MATH201's two
        QStringList plans;
        for (const LearningPlan &plan : stored(OwnProgressRepository(demo.connection()).plans()))
            plans << plan.name + QLatin1Char(' ') + plan.statusName;
        QCOMPARE(plans, QStringList{QStringLiteral("Year 1 plan Active")});
        // And her badges, as the sync stores them.
        QStringList expectedBadges;
        for (const Badge &badge : stored(BadgeRepository(synced.connection()).badges()))
            expectedBadges << badge.name + QLatin1Char(' ') + badge.issuerName;
        QStringList badges;
        for (const Badge &badge : stored(BadgeRepository(demo.connection()).badges()))
            badges << badge.name + QLatin1Char(' ') + badge.issuerName;
        QCOMPARE(badges, expectedBadges);
        QCOMPARE(badges.size(), 2);
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

    // CS101 offline in the demo: each file the contents list is on disk, in the place a real download gives
    // it, with the recorded bytes, and shows "Downloaded". Both from the test recordings and from the bundle
    // the app ships (resources/demo/student1), which must hold the same.
    void demoKeepsCourseFilesOffline_data()
    {
        QTest::addColumn<QString>("dir");
        QTest::newRow("content recordings") << contentDir();
        QTest::newRow("app bundle") << bundleDir();
    }
    void demoKeepsCourseFilesOffline()
    {
        QFETCH(QString, dir);
        DemoAccount demo;
        QString error;
        QVERIFY2(demo.open(&error), qPrintable(error));
        QVERIFY2(DemoSite::keepOffline(demo.db(), dir, demo.folder, &error), qPrintable(error));
        DownloadRepository downloads(demo.db());
        QCOMPARE(stored(downloads.offlineCourses()), QList<qint64>{DemoSite::kOfflineCourseId});

        // Listed file -> (where the README says a file goes, the recorded bytes).
        const QHash<QString, QPair<QString, QString>> expected{
            {QStringLiteral("index.html"),
             {QStringLiteral("CS101/Getting started/Course syllabus/index.html"),
              QStringLiteral("51/mod_page/content/index.html")}},
            {QStringLiteral("syllabus.pdf"),
             {QStringLiteral("CS101/Getting started/Syllabus (PDF)/syllabus.pdf"),
              QStringLiteral("52/mod_resource/content/1/syllabus.pdf")}},
            {QStringLiteral("fizzbuzz.py"),
             {QStringLiteral("CS101/Control flow/Example code/fizzbuzz.py"),
              QStringLiteral("59/mod_folder/content/1/fizzbuzz.py")}},
            {QStringLiteral("while_demo.py"),
             {QStringLiteral("CS101/Control flow/Example code/loops/while_demo.py"),
              QStringLiteral("59/mod_folder/content/1/loops/while_demo.py")}},
            {QStringLiteral("README.txt"),
             {QStringLiteral("CS101/Control flow/Example code/README.txt"),
              QStringLiteral("59/mod_folder/content/1/README.txt")}},
        };
        const QList<CourseFile> files = stored(downloads.courseFiles(DemoSite::kOfflineCourseId));
        QCOMPARE(files.size(), expected.size());
        QStringList localPaths;
        for (const CourseFile &file : files) {
            QVERIFY2(expected.contains(file.fileName), qPrintable(file.fileName));
            QVERIFY2(!file.fileUrl.contains(QLatin1String("token")), qPrintable(file.fileUrl));
            QCOMPARE(file.state(), CourseFile::State::Downloaded);
            QCOMPARE(file.localPath, expected.value(file.fileName).first);
            const QString path = demo.folder.absolutePath(file.localPath);
            QVERIFY(path.startsWith(demo.folder.root() + QLatin1Char('/')));
            QFile onDisk(path);
            QVERIFY2(onDisk.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray bytes = onDisk.readAll();
            QCOMPARE(bytes, recordedFile(expected.value(file.fileName).second));
            // The page's index.html is listed without a size: it counts what is on disk.
            QCOMPARE(file.localSize, qint64(bytes.size()));
            QCOMPARE(file.localTimeModified, file.timeModified);
            localPaths << file.localPath;
        }
        localPaths.sort();
        // Only the files themselves: no part or temporary file left behind.
        QCOMPARE(filesBelow(demo.folder.root()), localPaths);
    }

    // The forums of CS101 as a first forum sync stores them, and marked synced (the app then opens them inside).
    void demoKeepsCourseForumsOffline()
    {
        DemoAccount demo;
        QString error;
        QVERIFY2(demo.open(&error), qPrintable(error));
        QVERIFY2(DemoSite::keepOffline(demo.db(), bundleDir(), demo.folder, &error), qPrintable(error));
        const qint64 qa = forumNamed(demo.db(), QStringLiteral("Q&A forum"));
        QCOMPARE(qa, 3);
        const QList<ForumDiscussion> discussions = stored(ForumRepository(demo.db()).discussions(qa));
        // Against the recordings, read as plain JSON: each post's message.
        QStringList names;
        int posts = 0;
        for (const ForumDiscussion &discussion : discussions) {
            names << discussion.name;
            QCOMPARE(discussion.posts.size(), discussion.numReplies + 1);
            QVERIFY(!discussion.isNew);
            QFile recording(
                contentDir()
                + QStringLiteral("/mod_forum_get_discussion_posts__discussionid-%1.json").arg(discussion.id));
            QVERIFY(recording.open(QIODevice::ReadOnly));
            QStringList recordedMessages, storedMessages;
            for (const QJsonValue &post : QJsonDocument::fromJson(recording.readAll())[u"posts"].toArray())
                recordedMessages << post[u"message"].toString();
            for (const ForumPost &post : discussion.posts)
                storedMessages << post.message;
            recordedMessages.sort();
            storedMessages.sort();
            QCOMPARE(storedMessages, recordedMessages);
            posts += int(discussion.posts.size());
        }
        names.sort();
        QCOMPARE(names,
                 (QStringList{QStringLiteral("Introduce yourself!"),
                              QStringLiteral("Lab 1: \"SyntaxError: EOL while scanning string literal\"?")}));
        QCOMPARE(posts, 6);
        SyncStateRepository state(demo.db());
        QCOMPARE(stored(state.lastSuccess(ForumSync::scope(qa))), std::optional<qint64>(DemoSite::kRecordedAt));
        const qint64 announcements = forumNamed(demo.db(), QStringLiteral("Announcements"));
        QCOMPARE(stored(ForumRepository(demo.db()).discussions(announcements)).size(), 1);
        QCOMPARE(stored(state.lastSuccess(ForumSync::scope(announcements))),
                 std::optional<qint64>(DemoSite::kRecordedAt));
    }

    // The database and the files folder are all it writes; a second run is idempotent (same places, same
    // bytes, no "name (2)" copies, the same forum).
    void keepOfflineWritesOnlyTheFilesFolderAndIsIdempotent()
    {
        DemoAccount demo;
        QString error;
        QVERIFY2(demo.open(&error), qPrintable(error));
        const QStringList dbFiles = filesBelow(demo.dbDir.path());
        QVERIFY2(DemoSite::keepOffline(demo.db(), contentDir(), demo.folder, &error), qPrintable(error));
        QCOMPARE(QDir(demo.filesParent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot),
                 QStringList{QStringLiteral("files")});
        QCOMPARE(filesBelow(demo.dbDir.path()), dbFiles);
        const QStringList onDisk = filesBelow(demo.folder.root());
        const QList<CourseFile> before = stored(DownloadRepository(demo.db()).courseFiles(DemoSite::kOfflineCourseId));
        const qint64 qa = forumNamed(demo.db(), QStringLiteral("Q&A forum"));
        const int posts = int(stored(ForumRepository(demo.db()).discussions(qa)).value(0).posts.size());

        QVERIFY2(DemoSite::keepOffline(demo.db(), contentDir(), demo.folder, &error), qPrintable(error));
        QCOMPARE(filesBelow(demo.folder.root()), onDisk);
        const QList<CourseFile> after = stored(DownloadRepository(demo.db()).courseFiles(DemoSite::kOfflineCourseId));
        QCOMPARE(after.size(), before.size());
        for (qsizetype i = 0; i < after.size(); ++i) {
            QCOMPARE(after.at(i).localPath, before.at(i).localPath);
            QCOMPARE(after.at(i).state(), CourseFile::State::Downloaded);
        }
        QCOMPARE(stored(DownloadRepository(demo.db()).downloads()).size(), before.size());
        const QList<ForumDiscussion> discussions = stored(ForumRepository(demo.db()).discussions(qa));
        QCOMPARE(discussions.size(), 2);
        QCOMPARE(int(discussions.value(0).posts.size()), posts);
        QVERIFY(!discussions.value(0).isNew);
    }

    // Only what the bundle holds is downloaded: here the PDF alone. The others stay "not downloaded", the
    // forums unsynced; a bundle with nothing of the course (the teacher demo's) leaves it online only.
    void filesTheBundleLacksStayNotDownloaded()
    {
        QTemporaryDir partial;
        const QString pdf = QStringLiteral("files/52/mod_resource/content/1/syllabus.pdf");
        QVERIFY(QDir().mkpath(QFileInfo(partial.filePath(pdf)).absolutePath()));
        QVERIFY(QFile::copy(contentDir() + QLatin1Char('/') + pdf, partial.filePath(pdf)));
        DemoAccount demo;
        QString error;
        QVERIFY2(demo.open(&error), qPrintable(error));
        QVERIFY2(DemoSite::keepOffline(demo.db(), partial.path(), demo.folder, &error), qPrintable(error));
        QStringList downloaded;
        int notDownloaded = 0;
        for (const CourseFile &file : stored(DownloadRepository(demo.db()).courseFiles(DemoSite::kOfflineCourseId))) {
            if (file.state() == CourseFile::State::Downloaded)
                downloaded << file.localPath;
            else if (file.state() == CourseFile::State::NotDownloaded && file.localPath.isEmpty())
                ++notDownloaded;
        }
        QCOMPARE(downloaded, QStringList{QStringLiteral("CS101/Getting started/Syllabus (PDF)/syllabus.pdf")});
        QCOMPARE(notDownloaded, 4);
        QCOMPARE(filesBelow(demo.folder.root()), downloaded);
        const qint64 qa = forumNamed(demo.db(), QStringLiteral("Q&A forum"));
        QVERIFY(stored(ForumRepository(demo.db()).discussions(qa)).isEmpty());
        QCOMPARE(stored(SyncStateRepository(demo.db()).lastSuccess(ForumSync::scope(qa))), std::nullopt);

        QTemporaryDir empty;
        DemoAccount other;
        QVERIFY2(other.open(&error), qPrintable(error));
        QVERIFY2(DemoSite::keepOffline(other.db(), empty.path(), other.folder, &error), qPrintable(error));
        QVERIFY(stored(DownloadRepository(other.db()).offlineCourses()).isEmpty());
        QVERIFY(!QFileInfo::exists(other.folder.root()));
    }

    // What `satchel --demo` opens: CS101 offline, its PDF in the session's files folder. The teacher demo
    // bundles no course content: it opens with no course offline.
    void openedDemoHasTheCourseOffline()
    {
        QString error;
        const std::unique_ptr<AccountSession> student = AccountSession::openDemo(Account(), bundleDir(), &error);
        QVERIFY2(student, qPrintable(error));
        QCOMPARE(stored(student->content()->offlineCourses()), QList<qint64>{DemoSite::kOfflineCourseId});
        QFile pdf(student->content()->folder().absolutePath(
            QStringLiteral("CS101/Getting started/Syllabus (PDF)/syllabus.pdf")));
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        QCOMPARE(pdf.readAll(), recordedFile(QStringLiteral("52/mod_resource/content/1/syllabus.pdf")));

        const std::unique_ptr<AccountSession> teacher =
            AccountSession::openDemo(Account(), bundleDir() + QStringLiteral("/../teacher1"), &error);
        QVERIFY2(teacher, qPrintable(error));
        QVERIFY(stored(teacher->content()->offlineCourses()).isEmpty());
    }

    // The bundle the app ships names no file with a token, nor the test site's address.
    void bundledRecordingsCarryNoToken()
    {
        int checked = 0;
        QDirIterator it(bundleDir(), {QStringLiteral("*.json")}, QDir::Files);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray text = file.readAll();
            QVERIFY2(!text.contains("token=") && !text.contains("tokenpluginfile"), qPrintable(file.fileName()));
            if (QFileInfo(file).fileName().startsWith(QLatin1String("mod_forum_")))
                QVERIFY2(!text.contains("127.0.0.1"), qPrintable(file.fileName()));
            ++checked;
        }
        QVERIFY(checked > 30);
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
