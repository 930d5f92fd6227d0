#include "StoredValue.h"
#include "store/ClassRepository.h"
#include "store/CompletionRepository.h"
#include "store/ContentRepository.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "store/DeadlineRepository.h"
#include "store/GradeRepository.h"
#include "store/OutboxRepository.h"
#include "store/SiteRepository.h"
#include "store/SyncStateRepository.h"
#include "store/Transaction.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// The typed repositories over a real SQLite file: what goes in comes out, what is replaced is gone.
namespace {

const qint64 kNow = 1700000000;
const qint64 kDay = 86400;
const qint64 kStudent = 4;

// Text that has broken SQL built by hand, and encodings.
const QString kAwkward =
    QStringLiteral("Mathématiques « avancées » — O'Brien's \"quoted\" 数学 🙂; DROP TABLE courses;--");

// Each record as one line of text: QCOMPARE of two dumps shows exactly which field differs.
// Optional fields print <null> when unset, so "unset" and "0" are told apart.
template <typename T>
QString opt(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value).toString() : QStringLiteral("<null>");
}

QString join(const QStringList &parts)
{
    return parts.join(QLatin1String(" | "));
}

QString n(qint64 value)
{
    return QString::number(value);
}

QString n(double value)
{
    return QString::number(value, 'g', 17);
}

QString b(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

QString dump(const Course &c)
{
    return join({n(c.id),
                 c.shortName,
                 c.fullName,
                 c.displayName,
                 c.idNumber,
                 c.summary,
                 n(qint64(c.summaryFormat)),
                 c.format,
                 n(c.categoryId),
                 b(c.visible),
                 b(c.hidden),
                 b(c.favourite),
                 opt(c.progress),
                 b(c.completed),
                 b(c.completionEnabled),
                 opt(c.completionHasCriteria),
                 b(c.showGrades),
                 n(c.startDate),
                 n(c.endDate),
                 opt(c.lastAccess),
                 n(c.timeModified),
                 c.courseImage,
                 n(qint64(c.position))});
}

QString dump(const Category &c)
{
    return join({n(c.id), c.name, n(c.parentId), c.path, n(qint64(c.depth)), n(c.sortOrder)});
}

QString dump(const SiteInfo &s)
{
    QStringList functions(s.functions.cbegin(), s.functions.cend());
    functions.sort();
    return join({n(s.userId), s.username, s.fullName, s.siteName, s.siteUrl.toString(), s.userPictureUrl.toString(),
                 s.release, n(s.version), s.language, functions.join(QLatin1Char(','))});
}

QString dump(const Activity &a)
{
    QStringList parts{n(a.id),
                      n(a.courseId),
                      n(a.sectionId),
                      a.module,
                      a.modulePlural,
                      n(a.instance),
                      a.name,
                      a.url,
                      a.description,
                      b(a.visible),
                      b(a.userVisible),
                      n(qint64(a.indent)),
                      n(qint64(a.completionMode)),
                      n(qint64(a.position))};
    for (const ActivityDate &d : a.dates)
        parts << QStringLiteral("date{%1,%2,%3}").arg(d.label, n(d.timestamp), d.dataId);
    for (const ActivityFile &f : a.files)
        parts << QStringLiteral("file{%1,%2,%3,%4,%5,%6,%7,%8,%9,%10}")
                     .arg(f.type, f.fileName, f.filePath, n(f.fileSize), f.fileUrl, f.mimeType, n(f.timeModified),
                          f.author, b(f.external), f.title);
    return join(parts);
}

QString dump(const Section &s)
{
    QStringList parts{n(s.id),      n(s.courseId),    n(qint64(s.number)),
                      s.name,       s.summary,        n(qint64(s.summaryFormat)),
                      b(s.visible), b(s.userVisible), n(qint64(s.position))};
    for (const Activity &a : s.activities)
        parts << QStringLiteral("[%1]").arg(dump(a));
    return join(parts);
}

QString dump(const CourseGrade &g)
{
    return join({n(g.courseId), g.gradeFormatted, opt(g.gradeRaw)});
}

QString dump(const GradeItem &g)
{
    return join({n(g.id),
                 n(g.courseId),
                 n(g.userId),
                 n(qint64(g.position)),
                 g.itemName,
                 g.itemType,
                 g.itemModule,
                 n(g.itemInstance),
                 opt(g.cmid),
                 opt(g.categoryId),
                 opt(g.gradeRaw),
                 g.gradeFormatted,
                 opt(g.gradeMin),
                 opt(g.gradeMax),
                 g.rangeFormatted,
                 g.percentageFormatted,
                 g.weightFormatted,
                 g.feedback,
                 n(qint64(g.feedbackFormat)),
                 b(g.hidden),
                 b(g.locked),
                 opt(g.gradedAt),
                 opt(g.submittedAt)});
}

QString dump(const ActivityCompletion &c)
{
    return join({n(c.activityId), n(c.userId), n(c.courseId), n(qint64(c.state)), opt(c.timeCompleted),
                 opt(c.overrideBy), n(qint64(c.tracking)), b(c.isAutomatic), c.detailsJson});
}

QString dump(const CourseCompletion &c)
{
    QStringList parts{n(c.courseId), n(c.userId), b(c.hasCriteria), b(c.completed), n(qint64(c.aggregation))};
    for (const CompletionCriterion &k : c.criteria)
        parts << QStringLiteral("criterion{%1,%2,%3,%4,%5,%6,%7}")
                     .arg(n(qint64(k.type)), k.title, k.status, b(k.complete), opt(k.timeCompleted), k.criteria,
                          k.requirement);
    return join(parts);
}

QString dump(const CalendarEvent &e)
{
    return join({n(e.id), opt(e.courseId), e.name, e.description, e.module, n(e.instance), e.activityName, e.eventType,
                 n(e.timeStart), n(e.timeSort), n(e.duration), b(e.overdue), e.url, e.actionName, b(e.actionable)});
}

QString dump(const Assignment &a)
{
    return join({n(a.id), n(a.cmid), n(a.courseId), a.name, n(a.dueDate), n(a.cutoffDate), n(a.allowFrom),
                 n(a.maxGrade), n(a.timeModified), a.submissionStatus, a.gradingStatus, opt(a.graded)});
}

QString dump(const Quiz &q)
{
    return join({n(q.id), n(q.cmid), n(q.courseId), q.name, n(q.timeOpen), n(q.timeClose), n(q.timeLimit),
                 n(q.maxGrade), n(qint64(q.attempts))});
}

QString dump(const Deadline &d)
{
    return join({d.kind, n(d.courseId), d.courseShortName, d.courseName, opt(d.cmid), d.name, n(d.dueAt), b(d.overdue),
                 d.status});
}

template <typename T>
QStringList dumps(const QList<T> &records)
{
    QStringList lines;
    for (const T &record : records)
        lines << dump(record);
    return lines;
}

Course course(qint64 id, const QString &shortName, const QString &fullName = QString())
{
    Course c;
    c.id = id;
    c.shortName = shortName;
    c.fullName = fullName.isEmpty() ? shortName + QStringLiteral(" full") : fullName;
    return c;
}

Course fullCourse(qint64 id, const QString &shortName)
{
    Course c = course(id, shortName, kAwkward);
    c.displayName = QStringLiteral("Display ") + kAwkward;
    c.idNumber = QStringLiteral("ID-%1").arg(id);
    c.summary = QStringLiteral("<p class=\"x\">Summary &amp; more</p>");
    c.summaryFormat = 1;
    c.format = QStringLiteral("topics");
    c.categoryId = 7;
    c.visible = false;
    c.hidden = true;
    c.favourite = true;
    c.progress = 42.5;
    c.completed = true;
    c.completionEnabled = true;
    c.completionHasCriteria = false;  // set, and false: not the same as unset
    c.showGrades = false;
    c.startDate = kNow - 100 * kDay;
    c.endDate = kNow + 100 * kDay;
    c.lastAccess = 0;  // set to 0: not the same as "never"
    c.timeModified = kNow - 5;
    c.courseImage = QStringLiteral("https://moodle.example/pluginfile.php/1/course/overviewfiles/a.png");
    return c;
}

Activity activity(qint64 cmid, const QString &module, qint64 instance, const QString &name)
{
    Activity a;
    a.id = cmid;
    a.module = module;
    a.instance = instance;
    a.name = name;
    return a;
}

Section section(qint64 id, int number, const QString &name, QList<Activity> activities = {})
{
    Section s;
    s.id = id;
    s.number = number;
    s.name = name;
    s.activities = std::move(activities);
    return s;
}

Assignment assignment(qint64 id, qint64 cmid, qint64 courseId, const QString &name, qint64 due,
                      const QString &submissionStatus = QString())
{
    Assignment a;
    a.id = id;
    a.cmid = cmid;
    a.courseId = courseId;
    a.name = name;
    a.dueDate = due;
    a.submissionStatus = submissionStatus;
    return a;
}

Quiz quiz(qint64 id, qint64 cmid, qint64 courseId, const QString &name, qint64 close)
{
    Quiz q;
    q.id = id;
    q.cmid = cmid;
    q.courseId = courseId;
    q.name = name;
    q.timeClose = close;
    return q;
}

CalendarEvent calendarEvent(qint64 id, std::optional<qint64> courseId, const QString &name, const QString &module,
                            qint64 instance, qint64 time)
{
    CalendarEvent e;
    e.id = id;
    e.courseId = courseId;
    e.name = name;
    e.module = module;
    e.instance = instance;
    e.eventType = QStringLiteral("due");
    e.timeStart = time;
    e.timeSort = time;
    return e;
}

GradeItem gradeItem(qint64 id, qint64 userId, const QString &name, std::optional<double> raw)
{
    GradeItem g;
    g.id = id;
    g.userId = userId;
    g.itemName = name;
    g.itemType = QStringLiteral("mod");
    g.gradeRaw = raw;
    return g;
}

OutboxAction completionAction(qint64 courseId, qint64 cmid, int value, qint64 createdAt)
{
    OutboxAction a;
    a.action = OutboxAction::kCompletion;
    a.courseId = courseId;
    a.cmid = cmid;
    a.value = value;
    a.createdAt = createdAt;
    return a;
}

}  // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_database;

    QSqlDatabase db() const { return m_database->connection(); }
    QString path() const { return m_dir->filePath(QStringLiteral("account.sqlite")); }

    int count(const QString &sql) const
    {
        QSqlQuery query(db());
        if (!query.exec(sql) || !query.next())
            return -1;
        return query.value(0).toInt();
    }

    // Two courses with something in every table that belongs to a course.
    void seedTwoFullCourses()
    {
        CourseRepository courses(db());
        QVERIFY2(courses.replaceCourses({course(2, QStringLiteral("MATH201")), course(3, QStringLiteral("HIST110"))}),
                 qPrintable(courses.lastError()));
        ContentRepository contents(db());
        for (qint64 courseId : {2, 3}) {
            Activity page =
                activity(courseId * 100, QStringLiteral("resource"), courseId * 10, QStringLiteral("Notes"));
            ActivityFile file;
            file.fileName = QStringLiteral("notes.pdf");
            page.files = {file};
            page.completionMode = Activity::CompletionMode::Manual;
            QVERIFY2(
                contents.replaceContents(courseId, {section(courseId * 1000, 0, QStringLiteral("General"), {page})}),
                qPrintable(contents.lastError()));
        }
        GradeRepository grades(db());
        QVERIFY(grades.replaceCourseGrades({{2, QStringLiteral("80.00"), 80.0}, {3, QStringLiteral("70.00"), 70.0}}));
        QVERIFY(grades.replaceGradeItems(2, kStudent, {gradeItem(1, kStudent, QStringLiteral("Essay"), 8)}));
        QVERIFY(grades.replaceGradeItems(3, kStudent, {gradeItem(1, kStudent, QStringLiteral("Essay"), 7)}));
        CompletionRepository completion(db());
        for (qint64 courseId : {2, 3}) {
            ActivityCompletion done;
            done.activityId = courseId * 100;
            done.state = ActivityCompletion::Complete;
            QVERIFY(completion.replaceActivityCompletion(courseId, kStudent, {done}));
            CourseCompletion cc;
            cc.courseId = courseId;
            cc.userId = kStudent;
            cc.hasCriteria = true;
            cc.criteria = {CompletionCriterion{}};
            QVERIFY2(completion.saveCourseCompletion(cc), qPrintable(completion.lastError()));
        }
        DeadlineRepository deadlines(db());
        QVERIFY(deadlines.replaceAssignments(
            {assignment(20, 220, 2, QStringLiteral("A"), kNow), assignment(30, 330, 3, QStringLiteral("B"), kNow)}));
        QVERIFY(deadlines.replaceQuizzes(
            {quiz(21, 221, 2, QStringLiteral("Q"), kNow), quiz(31, 331, 3, QStringLiteral("R"), kNow)}));
    }

private Q_SLOTS:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_database = std::make_unique<Database>();
        QString error;
        QVERIFY2(m_database->open(path(), &error), qPrintable(error));
    }

    void cleanup()
    {
        m_database.reset();
        m_dir.reset();
    }

    // --- SiteRepository ---

    void siteInfoRoundTrip()
    {
        SiteRepository site(db());
        QVERIFY(!stored(site.siteInfo()));
        QVERIFY(site.lastError().isEmpty());

        SiteInfo info;
        info.userId = kStudent;
        info.username = QStringLiteral("student1");
        info.fullName = QStringLiteral("Liam O'Brien «Ω»");
        info.siteName = kAwkward;
        info.siteUrl = QUrl(QStringLiteral("https://moodle.example/sub dir"));
        info.userPictureUrl = QUrl(QStringLiteral("https://moodle.example/pluginfile.php/5/user/icon/f1?rev=2"));
        info.release = QStringLiteral("4.5.5+ (Build: 20250613)");
        info.version = 2024100705;
        info.language = QStringLiteral("fr_ca");
        info.functions = {QStringLiteral("core_webservice_get_site_info"),
                          QStringLiteral("mod_assign_get_assignments")};
        QVERIFY2(site.saveSiteInfo(info), qPrintable(site.lastError()));
        std::optional<SiteInfo> read = stored(site.siteInfo());
        QVERIFY(read);
        QCOMPARE(dump(*read), dump(info));
        QVERIFY(read->offers(QStringLiteral("mod_assign_get_assignments")));

        // Saving again replaces, including with everything empty.
        SiteInfo bare;
        bare.userId = 9;
        QVERIFY(site.saveSiteInfo(bare));
        read = stored(site.siteInfo());
        QVERIFY(read);
        QCOMPARE(dump(*read), dump(bare));
        QVERIFY(read->functions.isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM site_info")), 1);
    }

    void categoriesAreReplaced()
    {
        SiteRepository site(db());
        Category science{1, QStringLiteral("Sciences & \"Maths\""), 0, QStringLiteral("/1"), 1, 10000};
        Category physics{2, QStringLiteral("Physique — 物理"), 1, QStringLiteral("/1/2"), 2, 10001};
        Category old{3, QStringLiteral("Old"), 0, QString(), 0, 5};
        QVERIFY(site.replaceCategories({old}));
        QVERIFY2(site.replaceCategories({physics, science}), qPrintable(site.lastError()));
        QCOMPARE(dumps(stored(site.categories())), (QStringList{dump(science), dump(physics)}));
    }

    // --- CourseRepository ---

    void courseRoundTripWithOptionalsSetAndUnset()
    {
        CourseRepository courses(db());
        Course full = fullCourse(2, QStringLiteral("MATH201"));
        Course bare = course(3, QStringLiteral("HIST110"));  // every optional unset, strings empty
        bare.fullName = QString();  // even a missing name is stored (as an empty one)
        QVERIFY2(courses.replaceCourses({full, bare}), qPrintable(courses.lastError()));
        bare.position = 1;
        QCOMPARE(dumps(stored(courses.courses())), (QStringList{dump(full), dump(bare)}));
        QCOMPARE(dump(stored(courses.course(3)).value_or(Course{})), dump(bare));
        QVERIFY(!stored(courses.course(3))->progress);
        QVERIFY(!stored(courses.course(3))->lastAccess);
        QVERIFY(!stored(courses.course(3))->completionHasCriteria);
        QCOMPARE(stored(courses.course(2))->lastAccess, std::optional<qint64>(0));
        QVERIFY(!stored(courses.course(99)));
        QVERIFY(courses.lastError().isEmpty());
    }

    void coursesKeepTheListOrder()
    {
        CourseRepository courses(db());
        QVERIFY(courses.replaceCourses(
            {course(9, QStringLiteral("Z")), course(1, QStringLiteral("A")), course(5, QStringLiteral("M"))}));
        QList<qint64> ids;
        for (const Course &c : stored(courses.courses()))
            ids << c.id;
        QCOMPARE(ids, (QList<qint64>{9, 1, 5}));
        QVERIFY(courses.replaceCourses(
            {course(5, QStringLiteral("M")), course(9, QStringLiteral("Z")), course(1, QStringLiteral("A"))}));
        ids.clear();
        for (const Course &c : stored(courses.courses()))
            ids << c.id;
        QCOMPARE(ids, (QList<qint64>{5, 9, 1}));
    }

    void replaceCoursesDeletesDroppedCourseWithEverythingInIt()
    {
        seedTwoFullCourses();
        if (QTest::currentTestFailed())
            return;
        CourseRepository courses(db());
        ContentRepository contents(db());
        GradeRepository grades(db());
        CompletionRepository completion(db());
        DeadlineRepository deadlines(db());

        Course renamed = course(3, QStringLiteral("HIST110"), QStringLiteral("History, renamed"));
        QVERIFY2(courses.replaceCourses({renamed}), qPrintable(courses.lastError()));

        QVERIFY(!stored(courses.course(2)));
        QCOMPARE(stored(courses.course(3))->fullName, QStringLiteral("History, renamed"));
        QVERIFY(stored(contents.sections(2)).isEmpty());
        QVERIFY(!stored(contents.activity(200)));
        QVERIFY(!stored(grades.courseGrade(2)));
        QVERIFY(stored(grades.gradeItems(2, kStudent)).isEmpty());
        QVERIFY(!stored(completion.activityCompletionFor(200, kStudent)));
        QVERIFY(!stored(completion.courseCompletion(2, kStudent)));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM course_completion_criteria WHERE course_id = 2")), 0);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM activity_files WHERE activity_id = 200")), 0);
        for (const Assignment &a : stored(deadlines.assignments()))
            QCOMPARE(a.courseId, 3);
        for (const Quiz &q : stored(deadlines.quizzes()))
            QCOMPARE(q.courseId, 3);

        // The course that stayed was updated in place: nothing of it went.
        QCOMPARE(stored(contents.sections(3)).size(), 1);
        QCOMPARE(stored(contents.activity(300)).value_or(Activity{}).files.size(), 1);
        QCOMPARE(stored(grades.courseGrade(3)).value_or(CourseGrade{}).gradeFormatted, QStringLiteral("70.00"));
        QCOMPARE(stored(grades.gradeItems(3, kStudent)).size(), 1);
        QVERIFY(stored(completion.activityCompletionFor(300, kStudent)));
        QCOMPARE(stored(completion.courseCompletion(3, kStudent)).value_or(CourseCompletion{}).criteria.size(), 1);
        QCOMPARE(stored(deadlines.assignments()).size(), 1);
        QCOMPARE(stored(deadlines.quizzes()).size(), 1);

        // An empty list means no courses.
        QVERIFY(courses.replaceCourses({}));
        QVERIFY(stored(courses.courses()).isEmpty());
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM activities")), 0);
    }

    void findByIdOrShortName()
    {
        CourseRepository courses(db());
        QVERIFY(courses.replaceCourses({course(2, QStringLiteral("MATH201")), course(3, QStringLiteral("HIST110")),
                                        course(4, QStringLiteral("2024")), course(5, QStringLiteral("ÉCO101"))}));
        QCOMPARE(stored(courses.findByIdOrShortName(QStringLiteral("3"))).value_or(Course{}).shortName,
                 QStringLiteral("HIST110"));
        QCOMPARE(stored(courses.findByIdOrShortName(QStringLiteral("math201"))).value_or(Course{}).id, 2);
        QCOMPARE(stored(courses.findByIdOrShortName(QStringLiteral("  MATH201 "))).value_or(Course{}).id, 2);
        QCOMPARE(stored(courses.findByIdOrShortName(QStringLiteral("éco101"))).value_or(Course{}).id, 5);
        // Digits that are no course id can still be a short name.
        QCOMPARE(stored(courses.findByIdOrShortName(QStringLiteral("2024"))).value_or(Course{}).id, 4);
        QVERIFY(!stored(courses.findByIdOrShortName(QStringLiteral("999"))));
        QVERIFY(!stored(courses.findByIdOrShortName(QStringLiteral("MATH"))));
        QVERIFY(!stored(courses.findByIdOrShortName(QString())));
        QVERIFY(!stored(courses.findByIdOrShortName(QStringLiteral("99999999999999999999999"))));
        QVERIFY(courses.lastError().isEmpty());
    }

    void awkwardTextSurvivesEveryRepository()
    {
        CourseRepository courses(db());
        QVERIFY(courses.replaceCourses({course(2, kAwkward, kAwkward)}));
        QCOMPARE(stored(courses.course(2))->shortName, kAwkward);
        QCOMPARE(stored(courses.findByIdOrShortName(kAwkward)).value_or(Course{}).id, 2);
        ContentRepository contents(db());
        QVERIFY(contents.replaceContents(
            2, {section(10, 0, kAwkward, {activity(100, QStringLiteral("page"), 1, kAwkward)})}));
        QCOMPARE(stored(contents.sections(2)).value(0).name, kAwkward);
        QCOMPARE(stored(contents.activity(100))->name, kAwkward);
        GradeRepository grades(db());
        QVERIFY(grades.replaceGradeItems(2, kStudent, {gradeItem(1, kStudent, kAwkward, 1)}));
        QCOMPARE(stored(grades.gradeItems(2, kStudent)).value(0).itemName, kAwkward);
        OutboxRepository outbox(db());
        const qint64 id = outbox.enqueue(completionAction(2, 100, 1, kNow));
        QVERIFY(outbox.reject(id, kAwkward));
        QCOMPARE(stored(outbox.rejected()).value(0).message, kAwkward);
        SyncStateRepository sync(db());
        QVERIFY(sync.markFailure(kAwkward, kNow, kAwkward));
        QCOMPARE(stored(sync.lastError(kAwkward)), kAwkward);
    }

    // --- ContentRepository ---

    void contentsRoundTripInOrder()
    {
        CourseRepository courses(db());
        QVERIFY(courses.replaceCourses({course(2, QStringLiteral("MATH201"))}));

        Activity assign = activity(101, QStringLiteral("assign"), 7, QStringLiteral("Essay 1"));
        assign.modulePlural = QStringLiteral("Assignments");
        assign.url = QStringLiteral("https://moodle.example/mod/assign/view.php?id=101");
        assign.description = QStringLiteral("<p>Write <b>500</b> words</p>");
        assign.visible = false;
        assign.userVisible = false;
        assign.indent = 2;
        assign.completionMode = Activity::CompletionMode::Automatic;
        assign.dates = {{QStringLiteral("Opened:"), kNow - kDay, QStringLiteral("allowsubmissionsfromdate")},
                        {QStringLiteral("Due:"), kNow + kDay, QStringLiteral("duedate")}};
        ActivityFile pdf{QStringLiteral("file"),
                         QStringLiteral("brief «v2».pdf"),
                         QStringLiteral("/"),
                         12345,
                         QStringLiteral("https://moodle.example/webservice/pluginfile.php/1/brief.pdf"),
                         QStringLiteral("application/pdf"),
                         kNow - 10,
                         QStringLiteral("Ms O'Hara"),
                         false,
                         QStringLiteral("Assignment brief")};
        ActivityFile link;
        link.type = QStringLiteral("url");
        assign.files = {pdf, link};
        Activity label = activity(102, QStringLiteral("label"), 8, QString());  // labels can be nameless
        Activity forum = activity(103, QStringLiteral("forum"), 9, QStringLiteral("Announcements"));
        forum.completionMode = Activity::CompletionMode::Manual;

        Section general = section(20, 0, QStringLiteral("General"), {forum});
        general.summary = QStringLiteral("<p>Welcome</p>");
        general.summaryFormat = 1;
        Section week = section(21, 1, QStringLiteral("Week 1"), {assign, label});
        week.visible = false;
        week.userVisible = false;
        week.summaryFormat = 0;
        Section empty = section(22, 2, QString());
        QVERIFY2(ContentRepository(db()).replaceContents(2, {general, week, empty}), "");

        // What reads back is the list as given, with courseId, sectionId and positions filled in.
        auto expect = [](Section s, qint64 courseId, int position) {
            s.courseId = courseId;
            s.position = position;
            for (int i = 0; i < s.activities.size(); ++i) {
                s.activities[i].courseId = courseId;
                s.activities[i].sectionId = s.id;
                s.activities[i].position = i;
            }
            return s;
        };
        const QList<Section> expected{expect(general, 2, 0), expect(week, 2, 1), expect(empty, 2, 2)};
        ContentRepository contents(db());
        QCOMPARE(dumps(stored(contents.sections(2))), dumps(expected));
        QCOMPARE(dump(stored(contents.activity(101)).value_or(Activity{})), dump(expected[1].activities[0]));
        QCOMPARE(dumps(stored(contents.activities(2))),
                 (QStringList{dump(expected[0].activities[0]), dump(expected[1].activities[0]),
                              dump(expected[1].activities[1])}));
        QVERIFY(!stored(contents.activity(999)));
        QVERIFY(stored(contents.sections(77)).isEmpty());
        QVERIFY(contents.lastError().isEmpty());

        // Replacing drops what is no longer there, files included.
        QVERIFY(contents.replaceContents(2, {section(21, 1, QStringLiteral("Week 1"), {forum})}));
        QCOMPARE(stored(contents.sections(2)).size(), 1);
        QVERIFY(!stored(contents.activity(101)));
        QVERIFY(stored(contents.activity(103)));
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM activity_files")), 0);
    }

    void contentsOfAnUnknownCourseAreRefused()
    {
        ContentRepository contents(db());
        QVERIFY(!contents.replaceContents(42, {section(1, 0, QStringLiteral("General"))}));
        QVERIFY(!contents.lastError().isEmpty());
    }

    // --- GradeRepository ---

    void courseGradesRoundTrip()
    {
        CourseRepository courses(db());
        QVERIFY(courses.replaceCourses({course(3, QStringLiteral("B")), course(2, QStringLiteral("A"))}));
        GradeRepository grades(db());
        const CourseGrade graded{2, QStringLiteral("88.00"), 88.0};
        const CourseGrade ungraded{3, QStringLiteral("-"), std::nullopt};
        const CourseGrade unknownCourse{99, QStringLiteral("10.00"), 10.0};
        QVERIFY2(grades.replaceCourseGrades({graded, ungraded, unknownCourse}), qPrintable(grades.lastError()));
        // In course order; a grade of a course that is not stored has nowhere to show.
        QCOMPARE(dumps(stored(grades.courseGrades())), (QStringList{dump(ungraded), dump(graded)}));
        QCOMPARE(dump(stored(grades.courseGrade(2)).value_or(CourseGrade{})), dump(graded));
        QVERIFY(!stored(grades.courseGrade(3))->gradeRaw);
        QVERIFY(!stored(grades.courseGrade(99)));
        QVERIFY(grades.replaceCourseGrades({graded}));
        QVERIFY(!stored(grades.courseGrade(3)));
    }

    void gradeItemsRoundTrip()
    {
        CourseRepository courses(db());
        QVERIFY(courses.replaceCourses({course(2, QStringLiteral("MATH201"))}));
        GradeItem full = gradeItem(11, kStudent, QStringLiteral("Essay « 1 »"), 91.5);
        full.itemModule = QStringLiteral("assign");
        full.itemInstance = 7;
        full.cmid = 101;
        full.categoryId = 3;
        full.gradeFormatted = QStringLiteral("91.50");
        full.gradeMin = 0.0;
        full.gradeMax = 100.0;
        full.rangeFormatted = QStringLiteral("0–100");
        full.percentageFormatted = QStringLiteral("91.50 %");
        full.weightFormatted = QStringLiteral("25.00 %");
        full.feedback = QStringLiteral("<p>Très bien, \"Liam\"</p>");
        full.feedbackFormat = 1;
        full.hidden = true;
        full.locked = true;
        full.gradedAt = kNow;
        full.submittedAt = kNow - kDay;
        GradeItem bare;  // a course total nobody graded yet: every optional unset
        bare.id = 12;
        bare.itemType = QStringLiteral("course");

        GradeRepository grades(db());
        QVERIFY2(grades.replaceGradeItems(2, kStudent, {full, bare}), qPrintable(grades.lastError()));
        full.courseId = bare.courseId = 2;
        bare.userId = kStudent;
        full.position = 0;
        bare.position = 1;
        QCOMPARE(dumps(stored(grades.gradeItems(2, kStudent))), (QStringList{dump(full), dump(bare)}));
        QVERIFY(stored(grades.gradeItems(2, kStudent)).value(1).isTotal());

        // Another user's items are theirs; replacing one user leaves the other alone.
        QVERIFY(grades.replaceGradeItems(2, 5, {gradeItem(11, 5, QStringLiteral("Essay « 1 »"), 40)}));
        QVERIFY(grades.replaceGradeItems(2, kStudent, {bare}));
        QCOMPARE(stored(grades.gradeItems(2, kStudent)).size(), 1);
        QCOMPARE(stored(grades.gradeItems(2, 5)).value(0).gradeRaw, std::optional<double>(40));
    }

    void gradeItemsForAWholeCourse()
    {
        CourseRepository courses(db());
        QVERIFY(courses.replaceCourses({course(2, QStringLiteral("MATH201"))}));
        GradeRepository grades(db());
        QVERIFY(grades.replaceGradeItems(2, 77, {gradeItem(1, 77, QStringLiteral("Gone"), 1)}));
        QList<GradeItem> all;
        for (qint64 user : {5, 6}) {
            all << gradeItem(11, user, QStringLiteral("Essay"), user * 10.0)
                << gradeItem(12, user, QStringLiteral("Total"), std::nullopt);
        }
        QVERIFY2(grades.replaceGradeItemsForCourse(2, all), qPrintable(grades.lastError()));
        QVERIFY(stored(grades.gradeItems(2, 77)).isEmpty());
        for (qint64 user : {5, 6}) {
            const QList<GradeItem> items = stored(grades.gradeItems(2, user));
            QCOMPARE(items.size(), 2);
            QCOMPARE(items[0].itemName, QStringLiteral("Essay"));
            QCOMPARE(items[0].gradeRaw, std::optional<double>(user * 10.0));
            QCOMPARE(items[1].position, 1);
            QVERIFY(!items[1].gradeRaw);
        }
    }

    // --- CompletionRepository ---

    void activityCompletionRoundTrip()
    {
        CourseRepository courses(db());
        QVERIFY(courses.replaceCourses({course(2, QStringLiteral("MATH201"))}));
        ActivityCompletion full;
        full.activityId = 101;
        full.state = ActivityCompletion::CompletePass;
        full.timeCompleted = kNow;
        full.overrideBy = 2;
        full.tracking = 2;
        full.isAutomatic = true;
        full.detailsJson = QStringLiteral("[{\"rulename\":\"completionview\",\"rulevalue\":{\"status\":1}}]");
        ActivityCompletion bare;
        bare.activityId = 102;
        bare.tracking = 1;

        CompletionRepository completion(db());
        QVERIFY2(completion.replaceActivityCompletion(2, kStudent, {bare, full}), qPrintable(completion.lastError()));
        full.courseId = bare.courseId = 2;
        full.userId = bare.userId = kStudent;
        QCOMPARE(dumps(stored(completion.activityCompletion(2, kStudent))), (QStringList{dump(full), dump(bare)}));
        QCOMPARE(dump(stored(completion.activityCompletionFor(102, kStudent)).value_or(ActivityCompletion{})),
                 dump(bare));
        QVERIFY(!stored(completion.activityCompletionFor(102, 5)));

        // The site confirmed a toggle from the outbox.
        QVERIFY(completion.setActivityCompletionState(102, kStudent, ActivityCompletion::Complete, kNow + 5));
        std::optional<ActivityCompletion> toggled = stored(completion.activityCompletionFor(102, kStudent));
        QVERIFY(toggled && toggled->isComplete());
        QCOMPARE(toggled->timeCompleted, std::optional<qint64>(kNow + 5));
        QCOMPARE(toggled->tracking, 1);
        QVERIFY(completion.setActivityCompletionState(102, kStudent, ActivityCompletion::Incomplete, 0));
        toggled = stored(completion.activityCompletionFor(102, kStudent));
        QVERIFY(!toggled->isComplete());
        QVERIFY(!toggled->timeCompleted);

        // Replacing leaves only the new list.
        QVERIFY(completion.replaceActivityCompletion(2, kStudent, {bare}));
        QCOMPARE(stored(completion.activityCompletion(2, kStudent)).size(), 1);
    }

    void confirmedCompletionWithoutAStoredRecord()
    {
        CourseRepository courses(db());
        QVERIFY(courses.replaceCourses({course(2, QStringLiteral("MATH201"))}));
        QVERIFY(ContentRepository(db()).replaceContents(
            2,
            {section(20, 0, QStringLiteral("General"),
                     {activity(101, QStringLiteral("page"), 1, QStringLiteral("Read me"))})}));
        CompletionRepository completion(db());
        QVERIFY2(completion.setActivityCompletionState(101, kStudent, ActivityCompletion::Complete, kNow),
                 qPrintable(completion.lastError()));
        const std::optional<ActivityCompletion> created = stored(completion.activityCompletionFor(101, kStudent));
        QVERIFY(created);
        QCOMPARE(created->courseId, 2);
        QVERIFY(created->isComplete());
        QCOMPARE(stored(completion.activityCompletion(2, kStudent)).size(), 1);

        QVERIFY(!completion.setActivityCompletionState(999, kStudent, ActivityCompletion::Complete, kNow));
        QVERIFY(completion.lastError().contains(QLatin1String("999")));
    }

    void courseCompletionRoundTrip()
    {
        CourseRepository courses(db());
        QVERIFY(courses.replaceCourses({course(2, QStringLiteral("MATH201"))}));
        CompletionRepository completion(db());
        QVERIFY(!stored(completion.courseCompletion(2, kStudent)));

        CompletionCriterion viewed{4,
                                   QStringLiteral("Activity completion"),
                                   QStringLiteral("Yes"),
                                   true,
                                   kNow,
                                   QStringLiteral("Quiz « 1 »"),
                                   QStringLiteral("Viewing the page")};
        CompletionCriterion pending{6,
                                    QStringLiteral("Grade"),
                                    QStringLiteral("No"),
                                    false,
                                    std::nullopt,
                                    QString(),
                                    QStringLiteral("Achieving grade, 50.00")};
        CourseCompletion cc;
        cc.courseId = 2;
        cc.userId = kStudent;
        cc.hasCriteria = true;
        cc.completed = false;
        cc.aggregation = 2;
        cc.criteria = {viewed, pending};
        QVERIFY2(completion.saveCourseCompletion(cc), qPrintable(completion.lastError()));
        QCOMPARE(dump(stored(completion.courseCompletion(2, kStudent)).value_or(CourseCompletion{})), dump(cc));

        // Saving again replaces the criteria.
        cc.completed = true;
        cc.criteria = {pending};
        QVERIFY(completion.saveCourseCompletion(cc));
        QCOMPARE(dump(stored(completion.courseCompletion(2, kStudent)).value_or(CourseCompletion{})), dump(cc));

        CourseCompletion none;  // nocriteriaset
        none.courseId = 2;
        none.userId = 5;
        QVERIFY(completion.saveCourseCompletion(none));
        QCOMPARE(dump(stored(completion.courseCompletion(2, 5)).value_or(CourseCompletion{})), dump(none));
        QVERIFY(stored(completion.courseCompletion(2, 5))->criteria.isEmpty());
    }

    // --- DeadlineRepository ---

    void eventsRoundTrip()
    {
        CalendarEvent full =
            calendarEvent(500, 2, QStringLiteral("Essay « 1 » is due"), QStringLiteral("assign"), 7, kNow);
        full.description = QStringLiteral("<p>Hand in</p>");
        full.activityName = QStringLiteral("Essay « 1 »");
        full.timeStart = kNow - 60;
        full.duration = 3600;
        full.overdue = true;
        full.url = QStringLiteral("https://moodle.example/mod/assign/view.php?id=101");
        full.actionName = QStringLiteral("Add submission");
        full.actionable = true;
        CalendarEvent bare;  // a user event: no course, no module
        bare.id = 501;
        bare.timeSort = kNow - kDay;
        DeadlineRepository deadlines(db());
        QVERIFY2(deadlines.replaceEvents({full, bare}), qPrintable(deadlines.lastError()));
        QCOMPARE(dumps(stored(deadlines.events())), (QStringList{dump(bare), dump(full)}));
        QVERIFY(!stored(deadlines.events()).value(0).courseId);
        QVERIFY(deadlines.replaceEvents({full}));
        QCOMPARE(stored(deadlines.events()).size(), 1);
    }

    void assignmentsRoundTrip()
    {
        CourseRepository courses(db());
        QVERIFY(courses.replaceCourses({course(2, QStringLiteral("MATH201"))}));
        Assignment full = assignment(10, 101, 2, QStringLiteral("Essay « 1 »"), kNow, QStringLiteral("submitted"));
        full.cutoffDate = kNow + kDay;
        full.allowFrom = kNow - kDay;
        full.maxGrade = 100;
        full.timeModified = kNow - 1;
        full.gradingStatus = QStringLiteral("graded");
        full.graded = false;  // set, and false
        Assignment bare = assignment(11, 102, 2, QStringLiteral("No due date"), 0);
        Assignment elsewhere = assignment(12, 103, 99, QStringLiteral("Course not stored"), kNow);
        DeadlineRepository deadlines(db());
        QVERIFY2(deadlines.replaceAssignments({bare, full, elsewhere}), qPrintable(deadlines.lastError()));
        QCOMPARE(dumps(stored(deadlines.assignments())), (QStringList{dump(full), dump(bare)}));
        QVERIFY(!stored(deadlines.assignments()).value(1).graded);

        QVERIFY(deadlines.setSubmissionStatus(11, QStringLiteral("draft"), QStringLiteral("notgraded"), true));
        bare.submissionStatus = QStringLiteral("draft");
        bare.gradingStatus = QStringLiteral("notgraded");
        bare.graded = true;
        QCOMPARE(dump(stored(deadlines.assignments()).value(1)), dump(bare));
        QVERIFY(!deadlines.setSubmissionStatus(404, QStringLiteral("new"), QString(), std::nullopt));
        QVERIFY(!deadlines.lastError().isEmpty());

        // mod_assign_get_assignments knows nothing of submissions: a fresh list keeps what was known...
        Assignment refreshed = assignment(11, 102, 2, QStringLiteral("No due date, renamed"), 0);
        QVERIFY(deadlines.replaceAssignments({refreshed}));
        QCOMPARE(stored(deadlines.assignments()).size(), 1);
        QCOMPARE(stored(deadlines.assignments()).value(0).name, QStringLiteral("No due date, renamed"));
        QCOMPARE(stored(deadlines.assignments()).value(0).submissionStatus, QStringLiteral("draft"));
        QCOMPARE(stored(deadlines.assignments()).value(0).graded, std::optional<bool>(true));
        // ...and a list that says something replaces it.
        refreshed.submissionStatus = QStringLiteral("submitted");
        QVERIFY(deadlines.replaceAssignments({refreshed}));
        QCOMPARE(stored(deadlines.assignments()).value(0).submissionStatus, QStringLiteral("submitted"));
        QVERIFY(stored(deadlines.assignments()).value(0).gradingStatus.isEmpty());
        QVERIFY(!stored(deadlines.assignments()).value(0).graded);
    }

    void quizzesRoundTrip()
    {
        CourseRepository courses(db());
        QVERIFY(courses.replaceCourses({course(2, QStringLiteral("MATH201"))}));
        Quiz full = quiz(20, 201, 2, QStringLiteral("Quiz « 1 »"), kNow);
        full.timeOpen = kNow - kDay;
        full.timeLimit = 1800;
        full.maxGrade = 10;
        full.attempts = 3;
        Quiz bare = quiz(21, 202, 2, QStringLiteral("Practice"), 0);
        DeadlineRepository deadlines(db());
        QVERIFY2(deadlines.replaceQuizzes({bare, full, quiz(22, 203, 99, QStringLiteral("Elsewhere"), kNow)}),
                 qPrintable(deadlines.lastError()));
        QCOMPARE(dumps(stored(deadlines.quizzes())), (QStringList{dump(full), dump(bare)}));
        QVERIFY(deadlines.replaceQuizzes({}));
        QVERIFY(stored(deadlines.quizzes()).isEmpty());
    }

    // A class's quiz attempts and submissions are listed per course: quizzes by id (the order they were made in),
    // assignments by due date, never another course's.
    void oneCoursesQuizzesAndAssignments()
    {
        CourseRepository courses(db());
        QVERIFY(courses.replaceCourses({course(2, QStringLiteral("MATH201")), course(3, QStringLiteral("PHYS101"))}));
        DeadlineRepository deadlines(db());
        const Quiz later = quiz(31, 301, 2, QStringLiteral("A later quiz"), kNow - kDay);
        const Quiz first = quiz(30, 300, 2, QStringLiteral("Z first quiz"), kNow + kDay);
        const Quiz other = quiz(29, 299, 3, QStringLiteral("Other course"), kNow);
        QVERIFY(deadlines.replaceQuizzes({later, other, first}));
        QCOMPARE(dumps(stored(deadlines.courseQuizzes(2))), (QStringList{dump(first), dump(later)}));
        QCOMPARE(dumps(stored(deadlines.courseQuizzes(3))), QStringList{dump(other)});
        QVERIFY(stored(deadlines.courseQuizzes(4)).isEmpty());

        const Assignment undated = assignment(40, 400, 2, QStringLiteral("Undated"), 0);
        const Assignment soon = assignment(41, 401, 2, QStringLiteral("Soon"), kNow + kDay);
        const Assignment now = assignment(42, 402, 2, QStringLiteral("Now"), kNow);
        const Assignment elsewhere = assignment(43, 403, 3, QStringLiteral("Elsewhere"), kNow - kDay);
        QVERIFY(deadlines.replaceAssignments({undated, soon, elsewhere, now}));
        QCOMPARE(dumps(stored(deadlines.courseAssignments(2))), (QStringList{dump(now), dump(soon), dump(undated)}));
        QCOMPARE(dumps(stored(deadlines.courseAssignments(3))), QStringList{dump(elsewhere)});
    }

    void upcomingMergesDeduplicatesAndFlagsOverdue()
    {
        SiteInfo me;
        me.userId = kStudent;
        QVERIFY(SiteRepository(db()).saveSiteInfo(me));
        CourseRepository courses(db());
        QVERIFY(courses.replaceCourses({course(2, QStringLiteral("MATH201"), QStringLiteral("Mathematics")),
                                        course(3, QStringLiteral("HIST110"), QStringLiteral("History"))}));
        QVERIFY(ContentRepository(db()).replaceContents(
            3,
            {section(30, 0, QStringLiteral("General"),
                     {activity(300, QStringLiteral("forum"), 5, QStringLiteral("Debate"))})}));

        DeadlineRepository deadlines(db());
        QVERIFY(deadlines.replaceAssignments({
            assignment(10, 100, 2, QStringLiteral("Essay 1"), kNow + 2 * kDay, QStringLiteral("new")),
            assignment(11, 101, 2, QStringLiteral("Problem set"), kNow - kDay, QStringLiteral("new")),
            assignment(12, 102, 3, QStringLiteral("Reading log"), kNow - 2 * kDay, QStringLiteral("submitted")),
            assignment(13, 103, 3, QStringLiteral("Long ago"), kNow - 30 * kDay, QStringLiteral("new")),
            assignment(14, 104, 3, QStringLiteral("Whenever"), 0),
        }));
        QVERIFY(deadlines.replaceQuizzes({
            quiz(20, 200, 3, QStringLiteral("Quiz 1"), kNow + kDay),
            quiz(21, 201, 3, QStringLiteral("Quiz 0"), kNow - 3 * kDay),  // graded below: done
            quiz(22, 202, 2, QStringLiteral("Missed quiz"), kNow - 4 * kDay),
        }));
        GradeItem quizGrade = gradeItem(1, kStudent, QStringLiteral("Quiz 0"), 7);
        quizGrade.itemModule = QStringLiteral("quiz");
        quizGrade.itemInstance = 21;
        QVERIFY(GradeRepository(db()).replaceGradeItems(3, kStudent, {quizGrade}));

        CalendarEvent essayDue =
            calendarEvent(500, 2, QStringLiteral("Essay 1 is due"), QStringLiteral("assign"), 10, kNow + 2 * kDay);
        essayDue.activityName = QStringLiteral("Essay 1");
        CalendarEvent quizCloses =
            calendarEvent(501, 3, QStringLiteral("Quiz 1 closes"), QStringLiteral("quiz"), 20, kNow + kDay);
        quizCloses.eventType = QStringLiteral("close");
        CalendarEvent forumDue =
            calendarEvent(502, 3, QStringLiteral("Debate posts due"), QStringLiteral("forum"), 5, kNow + 3 * kDay);
        CalendarEvent sameName = calendarEvent(503, 2, QStringLiteral("Problem set"), QString(), 0, kNow - kDay);
        CalendarEvent oldEvent =
            calendarEvent(504, 3, QStringLiteral("Old"), QStringLiteral("forum"), 6, kNow - 10 * kDay);
        CalendarEvent personal =
            calendarEvent(505, std::nullopt, QStringLiteral("Meet advisor"), QString(), 0, kNow + 5 * kDay);
        QVERIFY(deadlines.replaceEvents({essayDue, quizCloses, forumDue, sameName, oldEvent, personal}));

        auto deadline = [](const QString &kind, qint64 courseId, const QString &shortName, const QString &courseName,
                           std::optional<qint64> cmid, const QString &name, qint64 dueAt, bool overdue,
                           const QString &status) {
            return Deadline{kind, courseId, shortName, courseName, cmid, name, dueAt, overdue, status};
        };
        const QString math = QStringLiteral("MATH201"), mathName = QStringLiteral("Mathematics");
        const QString hist = QStringLiteral("HIST110"), histName = QStringLiteral("History");
        const QList<Deadline> expected{
            deadline(QStringLiteral("quiz"), 2, math, mathName, 202, QStringLiteral("Missed quiz"), kNow - 4 * kDay,
                     true, QString()),
            deadline(QStringLiteral("quiz"), 3, hist, histName, 201, QStringLiteral("Quiz 0"), kNow - 3 * kDay, false,
                     QStringLiteral("graded")),
            deadline(QStringLiteral("assign"), 3, hist, histName, 102, QStringLiteral("Reading log"), kNow - 2 * kDay,
                     false, QStringLiteral("submitted")),
            deadline(QStringLiteral("assign"), 2, math, mathName, 101, QStringLiteral("Problem set"), kNow - kDay, true,
                     QStringLiteral("new")),
            deadline(QStringLiteral("quiz"), 3, hist, histName, 200, QStringLiteral("Quiz 1"), kNow + kDay, false,
                     QString()),
            deadline(QStringLiteral("assign"), 2, math, mathName, 100, QStringLiteral("Essay 1"), kNow + 2 * kDay,
                     false, QStringLiteral("new")),
            deadline(QStringLiteral("event"), 3, hist, histName, 300, QStringLiteral("Debate posts due"),
                     kNow + 3 * kDay, false, QString()),
            deadline(QStringLiteral("event"), 0, QString(), QString(), std::nullopt, QStringLiteral("Meet advisor"),
                     kNow + 5 * kDay, false, QString()),
        };
        QCOMPARE(dumps(stored(deadlines.upcoming(kNow, 7 * kDay))), dumps(expected));
        QVERIFY(deadlines.lastError().isEmpty());

        // No window: only what is still ahead.
        const QList<Deadline> ahead = stored(deadlines.upcoming(kNow, 0));
        QCOMPARE(ahead.size(), 4);
        for (const Deadline &d : ahead) {
            QVERIFY(d.dueAt >= kNow);
            QVERIFY(!d.overdue);
        }
        // Submitting takes the overdue flag off.
        QVERIFY(deadlines.setSubmissionStatus(11, QStringLiteral("submitted"), QString(), std::nullopt));
        for (const Deadline &d : stored(deadlines.upcoming(kNow, 7 * kDay))) {
            if (d.name == QLatin1String("Problem set"))
                QVERIFY(!d.overdue);
        }
    }

    // --- OutboxRepository ---

    void outboxKeepsOneCompletionPerActivity()
    {
        OutboxRepository outbox(db());
        QCOMPARE(stored(outbox.pendingCount()), 0);
        const qint64 first = outbox.enqueue(completionAction(2, 100, 1, kNow));
        const qint64 other = outbox.enqueue(completionAction(2, 101, 1, kNow + 1));
        const qint64 undo = outbox.enqueue(completionAction(2, 100, 0, kNow + 2));
        QVERIFY(first > 0 && other > 0 && undo > 0);
        QVERIFY(outbox.lastError().isEmpty());

        // Toggled twice offline: one action, with the latest value.
        QCOMPARE(stored(outbox.pendingCount()), 2);
        const QList<OutboxAction> pending = stored(outbox.pending());
        QCOMPARE(pending.size(), 2);
        QCOMPARE(pending[0].cmid, 101);
        QCOMPARE(pending[1].cmid, 100);
        QCOMPARE(pending[1].value, 0);
        QCOMPARE(pending[1].id, undo);
        QCOMPARE(pending[1].createdAt, kNow + 2);
        QCOMPARE(pending[1].courseId, 2);
        QVERIFY(pending[1].state == OutboxAction::State::Pending);
        QCOMPARE(stored(outbox.pendingFor(100)).value_or(OutboxAction{}).value, 0);
        QVERIFY(!stored(outbox.pendingFor(555)));

        // Actions of other kinds queue up as they come.
        OutboxAction note;
        note.action = QStringLiteral("note");
        note.cmid = 100;
        QVERIFY(outbox.enqueue(note) > 0);
        QVERIFY(outbox.enqueue(note) > 0);
        QCOMPARE(stored(outbox.pendingCount()), 4);
        QVERIFY(stored(outbox.pending()).last().createdAt > 0);  // "now" when not given
    }

    void outboxAttemptsRemovalRejectionAndDismissal()
    {
        OutboxRepository outbox(db());
        const qint64 a = outbox.enqueue(completionAction(2, 100, 1, kNow));
        const qint64 b = outbox.enqueue(completionAction(2, 101, 1, kNow + 1));
        const qint64 c = outbox.enqueue(completionAction(3, 102, 1, kNow + 2));

        QVERIFY(outbox.markAttempt(a));
        QVERIFY(outbox.markAttempt(a));
        QCOMPARE(stored(outbox.pending()).value(0).attempts, 2);

        // Refused by the site: it stops being sent and says why, until dismissed.
        QVERIFY(outbox.reject(b, QStringLiteral("Completion is automatic for this activity")));
        QCOMPARE(stored(outbox.pendingCount()), 2);
        QVERIFY(!stored(outbox.pendingFor(101)));
        const QList<OutboxAction> rejected = stored(outbox.rejected());
        QCOMPARE(rejected.size(), 1);
        QCOMPARE(rejected[0].id, b);
        QVERIFY(rejected[0].state == OutboxAction::State::Rejected);
        QCOMPARE(rejected[0].message, QStringLiteral("Completion is automatic for this activity"));
        // A new toggle of the same activity does not erase the explanation.
        const qint64 again = outbox.enqueue(completionAction(2, 101, 0, kNow + 3));
        QCOMPARE(stored(outbox.rejected()).size(), 1);
        QCOMPARE(stored(outbox.pendingFor(101)).value_or(OutboxAction{}).id, again);

        QVERIFY(!outbox.dismiss(a));  // only rejected actions are dismissed
        QVERIFY(outbox.dismiss(b));
        QVERIFY(stored(outbox.rejected()).isEmpty());
        QVERIFY(!outbox.dismiss(b));

        // Confirmed by the site: gone.
        QVERIFY(outbox.remove(a));
        QVERIFY(outbox.remove(c));
        QCOMPARE(stored(outbox.pending()).size(), 1);
        QCOMPARE(stored(outbox.pending()).value(0).id, again);
        QVERIFY(!outbox.remove(a));
        QVERIFY(!outbox.lastError().isEmpty());
        QVERIFY(!outbox.markAttempt(12345));
        QVERIFY(!outbox.reject(12345, QStringLiteral("x")));
    }

    // --- SyncStateRepository ---

    void syncStatePerScope()
    {
        SyncStateRepository sync(db());
        QVERIFY(!stored(sync.lastSuccess(QStringLiteral("courses"))));
        QVERIFY(stored(sync.lastError(QStringLiteral("courses"))).isEmpty());
        QVERIFY(stored(sync.cursor(QStringLiteral("courses"))).isNull());

        QVERIFY(sync.markAttempt(QStringLiteral("courses"), kNow));
        QCOMPARE(stored(sync.lastAttempt(QStringLiteral("courses"))), std::optional<qint64>(kNow));
        QVERIFY(!stored(sync.lastSuccess(QStringLiteral("courses"))));
        QVERIFY(sync.markSuccess(QStringLiteral("courses"), kNow + 1));
        QCOMPARE(stored(sync.lastSuccess(QStringLiteral("courses"))), std::optional<qint64>(kNow + 1));

        QVERIFY(sync.markFailure(QStringLiteral("courses"), kNow + 10, QStringLiteral("Network unreachable")));
        QCOMPARE(stored(sync.lastError(QStringLiteral("courses"))), QStringLiteral("Network unreachable"));
        QCOMPARE(stored(sync.lastSuccess(QStringLiteral("courses"))), std::optional<qint64>(kNow + 1));
        QCOMPARE(stored(sync.lastAttempt(QStringLiteral("courses"))), std::optional<qint64>(kNow + 10));
        QVERIFY(sync.markSuccess(QStringLiteral("courses"), kNow + 20));
        QVERIFY(stored(sync.lastError(QStringLiteral("courses"))).isEmpty());
        QCOMPARE(stored(sync.lastSuccess(QStringLiteral("courses"))), std::optional<qint64>(kNow + 20));

        QVERIFY(sync.setCursor(QStringLiteral("course:2"), QStringLiteral("{\"since\":1700000000}")));
        QCOMPARE(stored(sync.cursor(QStringLiteral("course:2"))), QStringLiteral("{\"since\":1700000000}"));
        QVERIFY(!stored(sync.lastSuccess(QStringLiteral("course:2"))));  // scopes are separate
        QVERIFY(sync.markFailure(QStringLiteral("deadlines"), kNow, QString()));
        QVERIFY(!stored(sync.lastError(QStringLiteral("deadlines"))).isEmpty());  // a failure always reads as one
        QVERIFY(sync.lastError().isEmpty());
    }

    // --- Transaction ---

    void rolledBackTransactionLeavesPreviousData()
    {
        seedTwoFullCourses();
        if (QTest::currentTestFailed())
            return;
        CourseRepository courses(db());
        ContentRepository contents(db());
        {
            Transaction transaction(db());
            QVERIFY2(transaction.isActive(), qPrintable(transaction.lastError()));
            QVERIFY(courses.replaceCourses({course(4, QStringLiteral("NEW"))}));
            QCOMPARE(stored(courses.courses()).size(), 1);
            // Destroyed without commit.
        }
        QCOMPARE(stored(courses.courses()).size(), 2);
        QVERIFY(!stored(courses.course(4)));
        QCOMPARE(stored(contents.sections(2)).size(), 1);
        QVERIFY(stored(contents.activity(200)));

        {
            Transaction transaction(db());
            QVERIFY(contents.replaceContents(2, {}));
            QVERIFY(transaction.rollback());
            QVERIFY(!transaction.isActive());
            QVERIFY(!transaction.commit());
        }
        QCOMPARE(stored(contents.sections(2)).size(), 1);

        {
            Transaction transaction(db());
            QVERIFY(contents.replaceContents(2, {}));
            QVERIFY2(transaction.commit(), qPrintable(transaction.lastError()));
        }
        QVERIFY(stored(contents.sections(2)).isEmpty());
        // Committed means on disk: another connection sees it.
        Database other;
        QVERIFY(other.open(path()));
        QVERIFY(stored(ContentRepository(other.connection()).sections(2)).isEmpty());
        QCOMPARE(stored(CourseRepository(other.connection()).courses()).size(), 2);
    }

    void transactionsDoNotNest()
    {
        Transaction outer(db());
        QVERIFY(outer.isActive());
        Transaction inner(db());
        QVERIFY(!inner.isActive());
        QVERIFY(!inner.lastError().isEmpty());
        QVERIFY(!inner.commit());
        QVERIFY(outer.commit());
    }

    void aFailedWriteInATransactionCanBeRolledBack()
    {
        CourseRepository courses(db());
        QVERIFY(courses.replaceCourses({course(2, QStringLiteral("MATH201"))}));
        ContentRepository contents(db());
        QVERIFY(contents.replaceContents(2, {section(20, 0, QStringLiteral("General"))}));
        {
            Transaction transaction(db());
            // Two sections with one id: the second insert fails half way through.
            QVERIFY(!contents.replaceContents(
                2, {section(21, 0, QStringLiteral("A")), section(21, 1, QStringLiteral("B"))}));
            QVERIFY(!contents.lastError().isEmpty());
        }
        QCOMPARE(stored(contents.sections(2)).value(0).name, QStringLiteral("General"));
    }

    // --- Robustness ---

    void nullColumnsReadAsDefaults()
    {
        // Rows as a hand-edited or older database could hold them: every nullable column NULL.
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("INSERT INTO site_info (id, user_id) VALUES (1, 4)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO categories (id, name) VALUES (1, 'C')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO courses (id, short_name, full_name) VALUES (2, 'S', 'F')")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO sections (id, course_id, number, name, position) VALUES (20, 2, 0, 'G', 0)")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO activities (id, course_id, section_id, module, name, position, dates)"
                           " VALUES (100, 2, 20, 'page', 'P', 0, 'not json')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO activity_files (activity_id, position) VALUES (100, 0)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO course_grades (course_id) VALUES (2)")));
        QVERIFY(query.exec(
            QStringLiteral("INSERT INTO grade_items (course_id, user_id, id, position) VALUES (2, 4, 1, 0)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO activity_completion (activity_id, user_id, course_id, state)"
                                          " VALUES (100, 4, 2, 1)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO course_completion (course_id, user_id, has_criteria, completed)"
                                          " VALUES (2, 4, 1, 0)")));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO course_completion_criteria (course_id, user_id, position, complete)"
                                      " VALUES (2, 4, 0, 0)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO events (id, name, time_sort) VALUES (1, 'E', %1)").arg(kNow)));
        QVERIFY(
            query.exec(QStringLiteral("INSERT INTO assignments (id, cmid, course_id, name) VALUES (1, 100, 2, 'A')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO quizzes (id, cmid, course_id, name) VALUES (1, 101, 2, 'Q')")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO outbox (action, created_at) VALUES ('completion', 1)")));
        QVERIFY(query.exec(QStringLiteral("INSERT INTO sync_state (scope) VALUES ('courses')")));

        SiteRepository site(db());
        QCOMPARE(stored(site.siteInfo()).value_or(SiteInfo{}).userId, 4);
        QVERIFY(stored(site.siteInfo())->siteUrl.isEmpty());
        QCOMPARE(stored(site.categories()).value(0).parentId, 0);
        CourseRepository courses(db());
        const Course c = stored(courses.course(2)).value_or(Course{});
        QCOMPARE(c.summaryFormat, 1);
        QVERIFY(c.displayName.isEmpty());
        QVERIFY(!c.progress && !c.lastAccess && !c.completionHasCriteria);
        QCOMPARE(c.startDate, 0);
        ContentRepository contents(db());
        const QList<Section> sections = stored(contents.sections(2));
        QCOMPARE(sections.size(), 1);
        QCOMPARE(sections[0].summaryFormat, 1);
        QCOMPARE(sections[0].activities.size(), 1);
        QVERIFY(sections[0].activities[0].dates.isEmpty());
        QCOMPARE(sections[0].activities[0].files.size(), 1);
        QVERIFY(sections[0].activities[0].files[0].fileName.isEmpty());
        GradeRepository grades(db());
        QVERIFY(!stored(grades.courseGrade(2)).value_or(CourseGrade{2, QStringLiteral("x"), 1.0}).gradeRaw);
        const GradeItem item = stored(grades.gradeItems(2, 4)).value(0);
        QVERIFY(!item.gradeRaw && !item.cmid && !item.gradeMax && !item.gradedAt);
        CompletionRepository completion(db());
        const ActivityCompletion ac = stored(completion.activityCompletionFor(100, 4)).value_or(ActivityCompletion{});
        QVERIFY(ac.isComplete());
        QVERIFY(!ac.timeCompleted && !ac.overrideBy);
        QCOMPARE(stored(completion.courseCompletion(2, 4)).value_or(CourseCompletion{}).aggregation, 1);
        QVERIFY(!stored(completion.courseCompletion(2, 4))->criteria.value(0).timeCompleted);
        DeadlineRepository deadlines(db());
        QVERIFY(!stored(deadlines.events()).value(0).courseId);
        QCOMPARE(stored(deadlines.assignments()).value(0).dueDate, 0);
        QVERIFY(!stored(deadlines.assignments()).value(0).graded);
        QCOMPARE(stored(deadlines.quizzes()).value(0).timeClose, 0);
        QCOMPARE(stored(deadlines.upcoming(kNow, kDay)).size(), 1);  // the event; no dates on the others
        OutboxRepository outbox(db());
        QCOMPARE(stored(outbox.pending()).value(0).cmid, 0);
        SyncStateRepository sync(db());
        QVERIFY(!stored(sync.lastSuccess(QStringLiteral("courses"))));
        QVERIFY(stored(sync.cursor(QStringLiteral("courses"))).isNull());
        for (const Repository *r : std::initializer_list<const Repository *>{&site, &courses, &contents, &grades,
                                                                             &completion, &deadlines, &outbox, &sync})
            QVERIFY2(r->lastError().isEmpty(), qPrintable(r->lastError()));
    }

    void failuresAreReportedNotCrashed()
    {
        CourseRepository courses(db());
        QVERIFY(courses.replaceCourses({course(2, QStringLiteral("MATH201"))}));
        m_database->close();
        // The repository outlives its database.
        QVERIFY(!courses.replaceCourses({course(3, QStringLiteral("X"))}));
        QVERIFY(!courses.lastError().isEmpty());
        // A read says it failed: no empty list, no nullopt that would read as "none".
        const Result<QList<Course>> all = courses.courses();
        QVERIFY(!all);
        QVERIFY(!all.error().isEmpty());
        QCOMPARE(courses.lastError(), all.error());
        const Result<std::optional<Course>> found = courses.findByIdOrShortName(QStringLiteral("2"));
        QVERIFY(!found);
        QVERIFY(!found.error().isEmpty());
        OutboxRepository outbox(courses.connection());
        QCOMPARE(outbox.enqueue(completionAction(2, 100, 1, kNow)), 0);
        const Result<int> pending = outbox.pendingCount();
        QVERIFY(!pending);
        QVERIFY(!pending.error().isEmpty());
        Transaction transaction(courses.connection());
        QVERIFY(!transaction.isActive());
        QVERIFY(!transaction.commit());
    }

    // Every read of every repository, on a database whose table is gone: each one reports the error.
    void readsOfAnUnreadableDatabaseFail()
    {
        QSqlDatabase connection = db();
        QVERIFY(CourseRepository(connection).replaceCourses({course(2, QStringLiteral("MATH201"))}));
        m_database->close();
        const QString scope = SyncStateRepository::siteScope();
        CourseRepository courses(connection);
        ContentRepository contents(connection);
        GradeRepository grades(connection);
        CompletionRepository completion(connection);
        DeadlineRepository deadlines(connection);
        ClassRepository classes(connection);
        OutboxRepository outbox(connection);
        SyncStateRepository sync(connection);
        SiteRepository site(connection);
        const QList<std::pair<const char *, QString>> failures{
            {"courses", courses.courses() ? QString() : courses.lastError()},
            {"course", courses.course(2) ? QString() : courses.lastError()},
            {"findByIdOrShortName",
             courses.findByIdOrShortName(QStringLiteral("MATH201")) ? QString() : courses.lastError()},
            {"sections", contents.sections(2) ? QString() : contents.lastError()},
            {"activity", contents.activity(1) ? QString() : contents.lastError()},
            {"activities", contents.activities(2) ? QString() : contents.lastError()},
            {"courseGrades", grades.courseGrades() ? QString() : grades.lastError()},
            {"courseGrade", grades.courseGrade(2) ? QString() : grades.lastError()},
            {"gradeItems", grades.gradeItems(2, kStudent) ? QString() : grades.lastError()},
            {"gradeMatrix", grades.gradeMatrix(2, {kStudent}) ? QString() : grades.lastError()},
            {"activityCompletion", completion.activityCompletion(2, kStudent) ? QString() : completion.lastError()},
            {"activityCompletionFor",
             completion.activityCompletionFor(1, kStudent) ? QString() : completion.lastError()},
            {"courseCompletion", completion.courseCompletion(2, kStudent) ? QString() : completion.lastError()},
            {"completionMatrix", completion.completionMatrix(2, {kStudent}) ? QString() : completion.lastError()},
            {"events", deadlines.events() ? QString() : deadlines.lastError()},
            {"assignments", deadlines.assignments() ? QString() : deadlines.lastError()},
            {"quizzes", deadlines.quizzes() ? QString() : deadlines.lastError()},
            {"upcoming", deadlines.upcoming(kNow, kDay) ? QString() : deadlines.lastError()},
            {"participants", classes.participants(2) ? QString() : classes.lastError()},
            {"learners", classes.learners(2) ? QString() : classes.lastError()},
            {"participant", classes.participant(2, kStudent) ? QString() : classes.lastError()},
            {"groups", classes.groups(2) ? QString() : classes.lastError()},
            {"teachingRole", classes.teachingRole(2) ? QString() : classes.lastError()},
            {"teachingRoles", classes.teachingRoles() ? QString() : classes.lastError()},
            {"taughtCourseIds", classes.taughtCourseIds() ? QString() : classes.lastError()},
            {"stagedKinds", classes.stagedKinds(2) ? QString() : classes.lastError()},
            {"pending", outbox.pending() ? QString() : outbox.lastError()},
            {"pendingFor", outbox.pendingFor(1) ? QString() : outbox.lastError()},
            {"pendingCount", outbox.pendingCount() ? QString() : outbox.lastError()},
            {"rejected", outbox.rejected() ? QString() : outbox.lastError()},
            {"lastSuccess", sync.lastSuccess(scope) ? QString() : sync.lastError()},
            {"lastAttempt", sync.lastAttempt(scope) ? QString() : sync.lastError()},
            {"lastError", sync.lastError(scope) ? QString() : sync.lastError()},
            {"cursor", sync.cursor(scope) ? QString() : sync.lastError()},
            {"siteInfo", site.siteInfo() ? QString() : site.lastError()},
            {"categories", site.categories() ? QString() : site.lastError()},
        };
        for (const auto &[read, error] : failures)
            QVERIFY2(!error.isEmpty(), read);
    }

    // The shape of the benchmark: many courses and activities, many students' grades, one transaction.
    void largeWritesInOneTransaction()
    {
        QElapsedTimer timer;
        timer.start();
        QList<Course> list;
        for (int c = 1; c <= 60; ++c)
            list << course(c, QStringLiteral("C%1").arg(c));
        Transaction transaction(db());
        CourseRepository courses(db());
        QVERIFY(courses.replaceCourses(list));
        ContentRepository contents(db());
        for (int c = 1; c <= 60; ++c) {
            QList<Section> sections;
            for (int s = 0; s < 10; ++s) {
                Section sec = section(c * 100 + s, s, QStringLiteral("Week %1").arg(s));
                for (int a = 0; a < 30; ++a) {
                    Activity act =
                        activity(c * 10000 + s * 100 + a, QStringLiteral("page"), a, QStringLiteral("Page %1").arg(a));
                    act.dates = {{QStringLiteral("Due:"), kNow, QStringLiteral("duedate")}};
                    sec.activities << act;
                }
                sections << sec;
            }
            QVERIFY2(contents.replaceContents(c, sections), qPrintable(contents.lastError()));
        }
        const qint64 contentMs = timer.restart();
        QList<GradeItem> items;
        items.reserve(2000 * 60);
        for (int u = 1; u <= 2000; ++u) {
            for (int i = 1; i <= 60; ++i)
                items << gradeItem(i, u, QStringLiteral("Item %1").arg(i), i);
        }
        GradeRepository grades(db());
        QVERIFY2(grades.replaceGradeItemsForCourse(1, items), qPrintable(grades.lastError()));
        QVERIFY(transaction.commit());
        const qint64 gradeMs = timer.elapsed();
        qInfo("60 x 300 activities: %lld ms; 2000 x 60 grade items: %lld ms", contentMs, gradeMs);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM activities")), 60 * 300);
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM grade_items")), 2000 * 60);
        QCOMPARE(stored(contents.activities(60)).size(), 300);
        QCOMPARE(stored(grades.gradeItems(1, 2000)).size(), 60);
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
