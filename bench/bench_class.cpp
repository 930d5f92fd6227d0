// Class sync benchmark (issue 5): a teacher with one big class on a synthetic Moodle site (tests/support/
// SyntheticSite in teacher mode) behind the fake server with a latency model. Measures the first full sync
// (requests, wall time, client CPU, peak RSS, database size), the time to open the class's grade and completion
// matrices from the database (and, built with the app, to show the grade table: GradeMatrixModel), and a class
// sync interrupted part-way and resumed. The class's work (issue 17: submissions, assignment grades, quiz attempts,
// competencies and ratings) is counted apart: a first sync without it is the reference its cost is printed against,
// and a resync where the course reports one quiz's attempts changed is set beside a full refresh of the class.
// Prints targets beside figures.
//
// How CPU time, RSS and requests are measured: bench/BenchSupport.h (client CPU is the process's minus the
// fake server thread's; peak RSS is the whole process's, the fake server and its site included).

#include "BenchSupport.h"
#include "ClassWorkChanges.h"
#include "StoredValue.h"
#ifdef SATCHEL_BENCH_UI
#include "classes/GradeMatrixModel.h"
#endif
#include "store/ClassRepository.h"
#include "store/CompletionRepository.h"
#include "store/DeadlineRepository.h"
#include "store/GradeRepository.h"
#include "sync/ClassSync.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#ifdef SATCHEL_BENCH_UI
#include <QApplication>
#include <QHeaderView>
#include <QScrollBar>
#include <QTableView>
#endif
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QSqlQuery>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <cstdio>
#include <functional>
#include <memory>

namespace {

using bench::currentRssMb;
using bench::loadAverage;
using bench::mb;
using bench::peakRssMb;
using bench::seconds;
using bench::verdict;

constexpr double TargetMatrixMs = 150.0;
// The limits tst_classpage asserted (2,000 learners x 60 items there) before timings left the tests: references.
constexpr double ReferenceTableDataMs = 3000.0;
constexpr double ReferenceTableSortMs = 2000.0;
constexpr double ReferenceTableViewMs = 3000.0;
constexpr double TargetPeakRssMb = 300.0;
constexpr int SyncTimeoutMs = 30 * 60 * 1000;
constexpr int LabelWidth = 30;
const QString Token = QStringLiteral("bench-teacher-token");

bool isLearnerCall(const QString &function)
{
    return function == u"gradereport_user_get_grade_items"
        || function == u"core_completion_get_activities_completion_status"
        || function == u"core_completion_get_course_completion_status";
}

bool isRosterCall(const QString &function)
{
    return function == u"core_enrol_get_enrolled_users" || function == u"core_group_get_course_groups";
}

bool isProfileCall(const QString &function)
{
    return function == u"core_user_get_users_by_field";
}

// The class's work (issue 17): submissions and assignment grades, quiz attempts, competencies and their ratings.
bool isWorkCall(const QString &function)
{
    return function == u"mod_assign_get_submissions" || function == u"mod_assign_get_grades"
        || function == u"mod_quiz_get_user_attempts" || function == u"core_competency_list_course_competencies"
        || function == u"tool_lp_data_for_user_competency_summary_in_course";
}

// What the server counts for the class part of a sync, on top of its totals; and the interruption of a sync
// part-way through its per-learner requests. count() and reset() run on the server thread, the figures are
// read on the main thread.
class ClassCounter : public bench::RequestCounter
{
public:
    void count(const QStringList &functions) override
    {
        bool learner = false;
        bool roster = false;
        bool profile = false;
        bool work = false;
        bool other = false;
        for (const QString &function : functions) {
            profile = profile || isProfileCall(function);
            if (isWorkCall(function)) {
                work = true;
                ++workCalls;
                if (function == u"mod_quiz_get_user_attempts")
                    ++attemptCalls;
            } else {
                other = true;
            }
            if (isLearnerCall(function)) {
                learner = true;
                ++learnerCalls;
            }
            roster = roster || isRosterCall(function);
        }
        if (roster)
            ++rosterRequests;
        if (profile)
            ++profileRequests;
        if (work)
            ++workRequests;
        if (work && !other)
            ++workOnlyRequests;
        if (!learner)
            return;
        if (learnerRequests++ == 0)
            firstLearnerRequestAt = seconds(CLOCK_MONOTONIC);
        if (m_interruptAfter > 0 && learnerRequests == m_interruptAfter && m_interrupt)
            QMetaObject::invokeMethod(m_interruptContext, m_interrupt, Qt::QueuedConnection);
    }

    void reset() override
    {
        learnerRequests = 0;
        learnerCalls = 0;
        rosterRequests = 0;
        profileRequests = 0;
        workRequests = 0;
        workOnlyRequests = 0;
        workCalls = 0;
        attemptCalls = 0;
        firstLearnerRequestAt = 0;
    }

    // After `learnerRequests` requests carrying per-learner calls arrived, calls `interrupt` in the
    // thread of `context` (queued). 0: never.
    void setInterrupt(bench::ServerThread &server, int learnerRequests, QObject *context,
                      std::function<void()> interrupt)
    {
        server.run([&] {
            m_interruptAfter = learnerRequests;
            m_interruptContext = context;
            m_interrupt = std::move(interrupt);
        });
    }

    std::atomic<int> learnerRequests{0};
    std::atomic<int> learnerCalls{0};
    std::atomic<int> rosterRequests{0};
    std::atomic<int> profileRequests{0};
    std::atomic<int> workRequests{0};  // requests carrying a call of the class's work
    std::atomic<int> workOnlyRequests{0};  // ... and nothing else
    std::atomic<int> workCalls{0};
    std::atomic<int> attemptCalls{0};  // of which mod_quiz_get_user_attempts
    std::atomic<double> firstLearnerRequestAt{0};  // CLOCK_MONOTONIC seconds; 0: none

private:
    int m_interruptAfter = 0;  // server thread only
    QObject *m_interruptContext = nullptr;
    std::function<void()> m_interrupt;
};

struct Measure : bench::SyncMeasure
{
    double classWallS = 0;  // from the first per-learner request to the end
    int learnerRequests = 0;
    int learnerCalls = 0;
    int rosterRequests = 0;
    int profileRequests = 0;
    int workRequests = 0;
    int workOnlyRequests = 0;
    int workCalls = 0;
    int attemptCalls = 0;
    int classRequests() const { return rosterRequests + profileRequests + learnerRequests; }
};

void printSync(const char *label, const Measure &m)
{
    std::printf("%-30s wall %.2f s, client CPU %.2f s; %d requests (class part %d: %d roster + %d profiles + %d "
                "per-learner), %d calls\n",
                label, m.wallS, m.clientCpuS, m.summary.requests, m.classRequests(), m.rosterRequests,
                m.profileRequests, m.learnerRequests, m.serverCalls);
    std::printf("%-30s   class work: %d calls (%d quiz attempts) in %d requests, %d of them with nothing else\n", "",
                m.workCalls, m.attemptCalls, m.workRequests, m.workOnlyRequests);
    std::printf("%-30s   %s\n", "", qPrintable(bench::cpuSplit(m)));
    std::printf("%-30s   class phase (first per-learner request to the end): %.2f s wall; courses updated %d, "
                "classes updated %d; server saw %d requests\n",
                "", m.classWallS, m.summary.coursesUpdated, m.summary.classesUpdated, m.serverRequests);
    bench::printSyncDetails(LabelWidth, m, "CANCELLED");
}

struct Config
{
    SyntheticSite::Options site;
    int msPerRequest = 40;
    int msPerCall = 15;
    int concurrency = MoodleClient::kDefaultConcurrency;
    int allUsersGradeLimit = ClassSync::kDefaultAllUsersGradeLimit;
    int matrixRuns = 5;
    int interruptAfter = -1;  // per-learner requests before the interruption; -1: half of them; 0: no resume test
    QString keepDb;  // the first session's database goes there (and stays)
    QString matrixOnly;  // only time the matrices of this database's first taught class
    bool workCost = true;  // measure the class work's cost: a sync without it, a partial refresh
};

// A client with its own fresh database (or one at databasePath), synced against its own server, which
// counts the class part of each sync.
struct Session : bench::Session
{
    explicit Session(const Config &config, const QString &databasePath = {}, bool classWork = true)
        : bench::Session(config.site, {Token, QStringLiteral("teacher1"), config.msPerRequest, config.msPerCall},
                         config.concurrency, databasePath, std::make_unique<ClassCounter>())
    {
        engine->classSync()->setAllUsersGradeLimit(config.allUsersGradeLimit);
        engine->classSync()->setClassWorkEnabled(classWork);
    }

    ClassCounter &counts() { return static_cast<ClassCounter &>(*server->counter()); }
};

Measure measureSync(Session &session, SyncEngine::Mode mode)
{
    Measure m;
    static_cast<bench::SyncMeasure &>(m) = bench::measureSync(*session.engine, mode, *session.server, SyncTimeoutMs);
    const ClassCounter &counts = session.counts();
    m.learnerRequests = counts.learnerRequests;
    m.learnerCalls = counts.learnerCalls;
    m.rosterRequests = counts.rosterRequests;
    m.profileRequests = counts.profileRequests;
    m.workRequests = counts.workRequests;
    m.workOnlyRequests = counts.workOnlyRequests;
    m.workCalls = counts.workCalls;
    m.attemptCalls = counts.attemptCalls;
    if (counts.firstLearnerRequestAt > 0)
        m.classWallS = m.endS - counts.firstLearnerRequestAt;
    return m;
}

qint64 countRows(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

// Runs the event loop until the server received nothing for quietMs; returns the requests it received meanwhile.
int waitUntilQuiet(bench::ServerThread &server, int quietMs)
{
    QElapsedTimer sinceLast;
    sinceLast.start();
    const int before = server.requests();
    int last = before;
    while (sinceLast.elapsed() < quietMs) {
        QEventLoop loop;
        QTimer::singleShot(20, &loop, &QEventLoop::quit);
        loop.exec();
        if (server.requests() != last) {
            last = server.requests();
            sinceLast.restart();
        }
    }
    return last - before;
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QList<qint64> learnersOf(const QList<Participant> &participants)
{
    QList<qint64> ids;
    ids.reserve(participants.size());
    for (const Participant &p : participants) {
        if (p.isLearner())
            ids.append(p.userId);
    }
    return ids;
}

// What a class view shows, as a digest: equal digests mean two databases hold the same class.
QByteArray classDigest(const QSqlDatabase &db, qint64 courseId)
{
    QCryptographicHash hash(QCryptographicHash::Sha1);
    const QList<Participant> participants = stored(ClassRepository(db).participants(courseId));
    const QList<qint64> learners = learnersOf(participants);
    for (const Participant &p : participants)
        hash.addData(QStringLiteral("%1|%2|%3;").arg(p.userId).arg(p.fullName, p.roles.join(u',')).toUtf8());
    const GradeMatrix grades = stored(GradeRepository(db).gradeMatrix(courseId, learners));
    for (const GradeMatrix::Column &c : grades.columns)
        hash.addData(QStringLiteral("%1|%2;").arg(c.itemId).arg(c.name).toUtf8());
    for (const GradeMatrix::Cell &cell : grades.cells)
        hash.addData(QStringLiteral("%1|%2;").arg(int(cell.present)).arg(cell.formatted).toUtf8());
    const CompletionMatrix completion = stored(CompletionRepository(db).completionMatrix(courseId, learners));
    hash.addData(
        QByteArrayView(reinterpret_cast<const char *>(completion.states.constData()), completion.states.size()));
    hash.addData(QByteArrayView(reinterpret_cast<const char *>(completion.courseCompleted.constData()),
                                completion.courseCompleted.size()));
    return hash.result().toHex().left(12);
}

struct MatrixTimes
{
    QList<double> openMs;  // Database::open (new connection, schema check)
    QList<double> participantsMs;  // ClassRepository::participants
    QList<double> gradesMs;  // GradeRepository::gradeMatrix
    QList<double> completionMs;  // CompletionRepository::completionMatrix
    int rows = 0;
    int gradeColumns = 0;
    int gradedCells = 0;
    int completionColumns = 0;
    int doneCells = 0;
};

// Opening a class view: roster, then one matrix; each time on a new connection (its own page cache).
MatrixTimes timeMatrices(const QString &path, qint64 courseId, int runs);

void printMatrices(const MatrixTimes &t, int runs, bool *allPass)
{
    const double gradesOpen = median(t.participantsMs) + median(t.gradesMs);
    const double completionOpen = median(t.participantsMs) + median(t.completionMs);
    const bool gradesOk = gradesOpen <= TargetMatrixMs;
    const bool completionOk = completionOpen <= TargetMatrixMs;
    *allPass = *allPass && gradesOk && completionOk;
    std::printf("%-30s %.1f ms median of %d (participants %.1f ms + gradeMatrix %.1f ms; min %.1f, max %.1f "
                "for gradeMatrix); %d rows x %d columns, %d graded cells   [<= %.0f ms: %s]\n",
                "open the grade matrix:", gradesOpen, runs, median(t.participantsMs), median(t.gradesMs),
                *std::min_element(t.gradesMs.cbegin(), t.gradesMs.cend()),
                *std::max_element(t.gradesMs.cbegin(), t.gradesMs.cend()), t.rows, t.gradeColumns, t.gradedCells,
                TargetMatrixMs, verdict(gradesOk));
    std::printf("%-30s %.1f ms median of %d (participants %.1f ms + completionMatrix %.1f ms; min %.1f, max %.1f "
                "for completionMatrix); %d rows x %d columns, %d done cells   [<= %.0f ms: %s]\n",
                "open the completion matrix:", completionOpen, runs, median(t.participantsMs), median(t.completionMs),
                *std::min_element(t.completionMs.cbegin(), t.completionMs.cend()),
                *std::max_element(t.completionMs.cbegin(), t.completionMs.cend()), t.rows, t.completionColumns,
                t.doneCells, TargetMatrixMs, verdict(completionOk));
    std::printf("%-30s %.1f ms median (Database::open on a new connection, not counted above)\n", "", median(t.openMs));
}

MatrixTimes timeMatrices(const QString &path, qint64 courseId, int runs)
{
    MatrixTimes t;
    for (int run = 0; run < runs; ++run) {
        for (const bool grades : {true, false}) {
            QElapsedTimer timer;
            timer.start();
            Database database;
            QString error;
            if (!database.open(path, &error))
                qFatal("cannot reopen %s: %s", qPrintable(path), qPrintable(error));
            const QSqlDatabase db = database.connection();
            t.openMs.append(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            const QList<qint64> learners = learnersOf(stored(ClassRepository(db).participants(courseId)));
            t.participantsMs.append(double(timer.nsecsElapsed()) / 1e6);
            timer.restart();
            if (grades) {
                const GradeMatrix matrix = stored(GradeRepository(db).gradeMatrix(courseId, learners));
                t.gradesMs.append(double(timer.nsecsElapsed()) / 1e6);
                t.rows = int(matrix.userIds.size());
                t.gradeColumns = int(matrix.columns.size());
                t.gradedCells = int(std::count_if(matrix.cells.cbegin(), matrix.cells.cend(),
                                                  [](const GradeMatrix::Cell &cell) { return cell.graded(); }));
            } else {
                const CompletionMatrix matrix = stored(CompletionRepository(db).completionMatrix(courseId, learners));
                t.completionMs.append(double(timer.nsecsElapsed()) / 1e6);
                t.completionColumns = int(matrix.columns.size());
                t.doneCells =
                    int(std::count_if(matrix.states.cbegin(), matrix.states.cend(), [](qint8 s) { return s > 0; }));
            }
        }
    }
    return t;
}

#ifdef SATCHEL_BENCH_UI
// The class's grade table as the Classes page shows it (ui/classes/GradeMatrixModel), read from the database at `path`:
// every cell asked for the five roles a view paints with, three sorts, a view opened and scrolled to the last
// row and column. Informative: printed beside the references, not counted in the targets.
void printGradeTable(const QString &path, qint64 courseId)
{
    Database database;
    QString error;
    if (!database.open(path, &error))
        qFatal("cannot reopen %s: %s", qPrintable(path), qPrintable(error));
    GradeMatrixModel model(database.connection());
    model.setCourse(courseId);
    const int rows = model.rowCount();
    const int columns = model.columnCount();

    QElapsedTimer timer;
    timer.start();
    qint64 calls = 0;
    qint64 answered = 0;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            const QModelIndex index = model.index(r, c);
            for (int role : {int(Qt::DisplayRole), int(Qt::ForegroundRole), int(Qt::BackgroundRole), int(Qt::FontRole),
                             int(Qt::TextAlignmentRole)}) {
                ++calls;
                answered += index.data(role).isValid() ? 1 : 0;
            }
        }
    }
    const double dataMs = double(timer.nsecsElapsed()) / 1e6;

    timer.restart();
    model.sort(std::min(10, columns - 1), Qt::DescendingOrder);
    model.sort(GradeMatrixModel::NameColumn, Qt::AscendingOrder);
    model.sort(model.columnOfCourseTotal(), Qt::AscendingOrder);
    const double sortMs = double(timer.nsecsElapsed()) / 1e6;

    timer.restart();
    QTableView view;
    view.resize(900, 600);
    view.setModel(&model);
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.show();
    view.scrollToBottom();
    view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->maximum());
    QCoreApplication::processEvents();
    const double viewMs = double(timer.nsecsElapsed()) / 1e6;

    std::printf("%-30s %.1f ms for %lld data() calls (%d rows x %d columns x 5 roles, %lld answered; %.2f us a "
                "call)   [reference <= %.0f ms: %s]\n",
                "grade table, every cell:", dataMs, calls, rows, columns, answered, calls ? dataMs * 1000 / calls : 0.0,
                ReferenceTableDataMs, verdict(dataMs <= ReferenceTableDataMs));
    std::printf("%-30s %.1f ms for 3 sorts (a grade column, the names, the course total)   [reference <= %.0f ms: "
                "%s]\n",
                "grade table, sorting:", sortMs, ReferenceTableSortMs, verdict(sortMs <= ReferenceTableSortMs));
    std::printf("%-30s %.0f ms to open a 900x600 view and scroll to the last row and column   [reference <= %.0f "
                "ms: %s]\n",
                "grade table, in a view:", viewMs, ReferenceTableViewMs, verdict(viewMs <= ReferenceTableViewMs));
}
#endif

bool parse(QCoreApplication &app, Config &config)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Class sync benchmark: a teacher's full sync of a big synthetic class served by the in-process fake server\n"
        "(own thread) with a latency model; the time to open the class's matrices; an interrupted class sync "
        "resumed."));
    parser.addHelpOption();
    const auto option = [](const char *name, const QString &help, const QString &fallback) {
        return QCommandLineOption(QLatin1String(name), help, QStringLiteral("N"), fallback);
    };
    const QCommandLineOption students =
        option("students", QStringLiteral("Students in the class (default 2000)."), QStringLiteral("2000"));
    const QCommandLineOption gradeItems = option(
        "grade-items", QStringLiteral("Grade items, a category total and the course total included (default 60)."),
        QStringLiteral("60"));
    const QCommandLineOption activities =
        option("activities", QStringLiteral("Activities in the course, in about 10 sections (default 60)."),
               QStringLiteral("60"));
    const QCommandLineOption assignments =
        option("assignments", QStringLiteral("Assignments among the activities (default 30)."), QStringLiteral("30"));
    const QCommandLineOption quizzes =
        option("quizzes", QStringLiteral("Quizzes among the activities (default 10)."), QStringLiteral("10"));
    const QCommandLineOption groups =
        option("groups", QStringLiteral("Groups in the class (default 8)."), QStringLiteral("8"));
    const QCommandLineOption classes = option(
        "classes", QStringLiteral("Classes the teacher teaches, each that big (default 1)."), QStringLiteral("1"));
    const bench::ServerCostOptions cost;
    const QCommandLineOption concurrency =
        option("concurrency",
               QStringLiteral("Client's concurrent requests (default %1).").arg(MoodleClient::kDefaultConcurrency),
               QString::number(MoodleClient::kDefaultConcurrency));
    const QCommandLineOption allUsers =
        option("all-users-limit",
               QStringLiteral("Classes up to N learners get all grades in one userid=0 call (default %1).")
                   .arg(ClassSync::kDefaultAllUsersGradeLimit),
               QString::number(ClassSync::kDefaultAllUsersGradeLimit));
    const QCommandLineOption runs =
        option("matrix-runs", QStringLiteral("Times each matrix is opened; the median is shown (default 5)."),
               QStringLiteral("5"));
    const QCommandLineOption keepDb(QStringLiteral("keep-db"),
                                    QStringLiteral("Keep the first sync's database in FILE (must not exist)."),
                                    QStringLiteral("FILE"));
    const QCommandLineOption matrixOnly(
        QStringLiteral("matrix-only"),
        QStringLiteral("No sync: only open the matrices of the first class in the database FILE (for profiling)."),
        QStringLiteral("FILE"));
    const QCommandLineOption interrupt = option(
        "interrupt-after",
        QStringLiteral(
            "Per-learner requests before the class sync is interrupted (default: half of them; 0: no resume test)."),
        QStringLiteral("-1"));
    const QCommandLineOption noWorkCost(
        QStringLiteral("no-work-cost"),
        QStringLiteral("Do not measure the class work's cost (a sync without it; one quiz's attempts changed)."));
    parser.addOptions({students, gradeItems, activities, assignments, quizzes, groups, classes, cost.perRequest,
                       cost.perCall, concurrency, allUsers, runs, interrupt, keepDb, matrixOnly, noWorkCost});
    parser.process(app);

    bench::NumberOptions number(parser);
    SyntheticSite::Options &site = config.site;
    site.userId = 3;  // teacher1's id on the recorded site
    site.classes = number(classes, 1);
    site.courses = site.classes;  // a teacher's site: every course is one of the classes
    site.studentsPerClass = number(students, 1);
    site.gradeItemsPerCourse = number(gradeItems, 2);
    site.activitiesPerCourse = number(activities, 1);
    site.assignmentsPerCourse = number(assignments, 0);
    site.quizzesPerCourse = number(quizzes, 0);
    site.groupsPerClass = number(groups, 0);
    config.msPerRequest = number(cost.perRequest, 0);
    config.msPerCall = number(cost.perCall, 0);
    config.concurrency = number(concurrency, 1);
    config.allUsersGradeLimit = number(allUsers, 0);
    config.matrixRuns = number(runs, 1);
    config.interruptAfter = number(interrupt, -1);
    config.keepDb = parser.value(keepDb);
    config.matrixOnly = parser.value(matrixOnly);
    config.workCost = !parser.isSet(noWorkCost);
    return number.ok();
}

}  // namespace

int main(int argc, char **argv)
{
#ifdef SATCHEL_BENCH_UI
    // The grade table needs a GUI application, not a screen.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
#else
    QCoreApplication app(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("bench_class"));
    Config config;
    if (!parse(app, config))
        return 2;

    bool allPass = true;
    if (!config.matrixOnly.isEmpty()) {
        qint64 courseId = 0;
        {
            Database database;
            QString error;
            if (!database.open(config.matrixOnly, &error))
                qFatal("cannot open %s: %s", qPrintable(config.matrixOnly), qPrintable(error));
            courseId = stored(ClassRepository(database.connection()).taughtCourseIds()).value(0);
        }
        std::printf("matrices of course %lld in %s\n", courseId, qPrintable(config.matrixOnly));
        printMatrices(timeMatrices(config.matrixOnly, courseId, config.matrixRuns), config.matrixRuns, &allPass);
#ifdef SATCHEL_BENCH_UI
        printGradeTable(config.matrixOnly, courseId);
#endif
        return 0;
    }

    const SyntheticSite::Options &site = config.site;
    std::printf("Satchel class sync benchmark\n");
    std::printf("site:  %d class(es) x %d students (+ the teacher), %d grade items (a category total and the course "
                "total included), %d activities in %d sections (%d assignments, %d quizzes), %d groups, 3 "
                "competencies\n",
                site.classes, site.studentsPerClass, site.gradeItemsPerCourse, site.activitiesPerCourse,
                site.sectionsPerCourse, site.assignmentsPerCourse, site.quizzesPerCourse, site.groupsPerClass);
    std::printf("model: %d ms per HTTP request + %d ms per call, client concurrency %d, batching offered, "
                "userid=0 grades up to %d learners (else per learner)\n",
                config.msPerRequest, config.msPerCall, config.concurrency, config.allUsersGradeLimit);
    std::printf("load average at start: %s (%d CPUs)\n\n", qPrintable(loadAverage()), QThread::idealThreadCount());

    QByteArray fullDigest;
    Measure fullSync;
    int fullLearnerRequests = 0;
    int fullLearnerCalls = 0;
    {
        Session session(config, config.keepDb);
        qint64 cached = 0;
        QList<qint64> classIds;
        int tracked = 0;
        session.server->run([&] {
            cached = session.server->site().cachedBytes();
            classIds = session.server->site().taughtCourseIds();
            tracked = session.server->site().activityCount();
        });
        const qint64 courseId = classIds.value(0);
        const double rssBefore = currentRssMb();
        std::printf("site totals: %d activities; %.1f MB of answers cached by the server (per-learner answers are "
                    "made on each call, not kept); RSS before the sync %.1f MB\n\n",
                    tracked, mb(cached), rssBefore);

        const Measure full = measureSync(session, SyncEngine::Mode::Full);
        fullSync = full;
        fullLearnerRequests = full.learnerRequests;
        fullLearnerCalls = full.learnerCalls;
        printSync("first full sync:", full);
        const double peak = peakRssMb();
        const bool rssOk = peak <= TargetPeakRssMb;
        allPass = allPass && rssOk && full.summary.ok();
        std::printf("%-30s %.1f MB (whole process, fake server included; %.1f MB before the sync, %.1f MB now)   "
                    "[<= %.0f MB: %s]\n",
                    "peak RSS:", peak, rssBefore, currentRssMb(), TargetPeakRssMb, verdict(rssOk));
        const qint64 main = session.fileSize(QString());
        const qint64 wal = session.fileSize(QStringLiteral("-wal"));
        const QSqlDatabase db = session.database.connection();
        const qint64 freePages = countRows(db, QStringLiteral("PRAGMA freelist_count"));
        const qint64 pageSize = countRows(db, QStringLiteral("PRAGMA page_size"));
        std::printf("%-30s %.1f MB (file %.1f MB, of which %.1f MB free pages, + WAL %.1f MB)\n",
                    "database:", mb(main + wal), mb(main), mb(freePages * pageSize), mb(wal));
        std::printf("%-30s %lld participants, %lld groups, %lld grade item rows, %lld activity completion rows, "
                    "%lld course completion rows, %lld staged answers left\n",
                    "stored:", countRows(db, QStringLiteral("SELECT COUNT(*) FROM participants")),
                    countRows(db, QStringLiteral("SELECT COUNT(*) FROM course_groups")),
                    countRows(db, QStringLiteral("SELECT COUNT(*) FROM grade_items")),
                    countRows(db, QStringLiteral("SELECT COUNT(*) FROM activity_completion")),
                    countRows(db, QStringLiteral("SELECT COUNT(*) FROM course_completion")),
                    countRows(db, QStringLiteral("SELECT COUNT(*) FROM class_staging")));
        fullDigest = classDigest(db, courseId);

        // Opening the class: a new connection each time, so SQLite's page cache starts empty (the OS cache
        // does not: the file was just written).
        std::printf("\n");
        printMatrices(timeMatrices(session.path, courseId, config.matrixRuns), config.matrixRuns, &allPass);
        // Right after the sync the class is read through a WAL as big as the class (see "database"); once
        // checkpointed (Satchel's last connection closing does that), from the database file alone.
        bool checkpointedPass = true;
        QSqlQuery checkpoint(db);
        if (checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"))) {
            checkpoint.finish();
            std::printf("after PRAGMA wal_checkpoint(TRUNCATE) (WAL now %.1f MB; informative, not the target):\n",
                        mb(session.fileSize(QStringLiteral("-wal"))));
            printMatrices(timeMatrices(session.path, courseId, config.matrixRuns), config.matrixRuns,
                          &checkpointedPass);
        }
#ifdef SATCHEL_BENCH_UI
        printGradeTable(session.path, courseId);
#endif

        // A resync a minute later: the class is fresh, so nothing of it is asked.
        session.clock.advance(60);
        const Measure again = measureSync(session, SyncEngine::Mode::Auto);
        std::printf("\n%-30s wall %.2f s, client CPU %.2f s, %d requests (class part %d)%s\n",
                    "no-change resync:", again.wallS, again.clientCpuS, again.summary.requests, again.classRequests(),
                    again.summary.ok() ? "" : "  (failed)");

        if (config.workCost) {
            // A learner's new attempt at one quiz: the course reports that quiz's "userattempts" (an attempt id no
            // stored attempt has, so every learner's attempts at that quiz are asked), nothing else of the work.
            Quiz quiz;
            for (const Quiz &q : stored(DeadlineRepository(db).quizzes())) {
                if (q.courseId == courseId && quiz.id == 0)
                    quiz = q;
            }
            session.server->run([&] {
                ClassWorkChanges changes(session.server->site().handler());
                const qint64 learner = session.server->site().studentIds(courseId).value(7);
                changes.report(courseId, quiz.cmid, QStringLiteral("userattempts"),
                               {changes.addAttempt(quiz.id, learner)});
                session.server->fakeServer().setCallHandler(changes.handler());
            });
            session.clock.advance(60);
            std::printf("\n");
            const Measure partial = measureSync(session, SyncEngine::Mode::Auto);
            printSync("one quiz's attempts changed:", partial);
            // The same report a day later: the class is stale, so all of its work is asked (a full refresh).
            session.clock.advance(ClassSync::kDefaultStaleAfter);
            const Measure stale = measureSync(session, SyncEngine::Mode::Auto);
            printSync("same, class a day old:", stale);
            session.server->run([&] { session.server->fakeServer().setCallHandler(session.server->site().handler()); });
            std::printf("%-30s %d requests, %d class-work calls (%d attempts), %.2f s wall vs a full refresh of the "
                        "class: %d requests, %d class-work calls (%d attempts), %.2f s wall\n",
                        "course changed, one quiz:", partial.summary.requests, partial.workCalls, partial.attemptCalls,
                        partial.wallS, stale.summary.requests, stale.workCalls, stale.attemptCalls, stale.wallS);
        }
    }

    if (config.workCost) {
        // The reference: the same first sync without the class's work.
        Session reference(config, {}, false);
        const Measure without = measureSync(reference, SyncEngine::Mode::Full);
        std::printf("\n");
        printSync("full sync without class work:", without);
        std::printf("%-30s +%d requests (%d vs %d), +%d calls (%d vs %d), +%.2f s wall (%.2f vs %.2f s), +%.2f s "
                    "client CPU\n",
                    "the class work adds:", fullSync.summary.requests - without.summary.requests,
                    fullSync.summary.requests, without.summary.requests, fullSync.serverCalls - without.serverCalls,
                    fullSync.serverCalls, without.serverCalls, fullSync.wallS - without.wallS, fullSync.wallS,
                    without.wallS, fullSync.clientCpuS - without.clientCpuS);
    }

    if (config.interruptAfter != 0 && fullLearnerRequests > 1) {
        const int interruptAfter = config.interruptAfter > 0 ? std::min(config.interruptAfter, fullLearnerRequests - 1)
                                                             : fullLearnerRequests / 2;
        Session session(config);
        QObject context;
        SyncEngine *engine = session.engine.get();
        session.counts().setInterrupt(*session.server, interruptAfter, &context, [engine] { engine->cancel(); });
        const Measure cut = measureSync(session, SyncEngine::Mode::Full);
        session.counts().setInterrupt(*session.server, 0, nullptr, {});
        // What the client still sends after the cancel (requests it did not abort), before resuming.
        const int learnersAtCancel = session.counts().learnerRequests;
        const int quietMs = std::max(1000, 3 * (config.msPerRequest + ClassSync::kCallsPerRequest * config.msPerCall));
        const int stray = waitUntilQuiet(*session.server, quietMs);
        const int strayLearner = session.counts().learnerRequests - learnersAtCancel;
        const QSqlDatabase db = session.database.connection();
        const qint64 courseId = [&] {
            QList<qint64> ids;
            session.server->run([&] { ids = session.server->site().taughtCourseIds(); });
            return ids.value(0);
        }();
        const qint64 staged =
            countRows(db,
                      QStringLiteral("SELECT COUNT(*) FROM class_staging"
                                     " WHERE kind IN ('grades', 'activities', 'course') AND user_id <> 0"));
        std::printf("\n%-30s cancelled after the server received %d of %d per-learner requests: %.2f s wall, "
                    "%d requests; %lld per-learner answers staged%s\n",
                    "interrupted class sync:", interruptAfter, fullLearnerRequests, cut.wallS, cut.summary.requests,
                    staged, cut.summary.cancelled ? "" : "  (NOT cancelled: finished first)");
        std::printf("%-30s %d requests (%d per-learner) reached the server after the cancel returned (waited until "
                    "%d ms without a request)%s\n",
                    "sent after the cancel:", stray, strayLearner, quietMs,
                    stray ? "  [a cancelled sync should send none: see the report]" : "");

        session.clock.advance(60);
        const Measure resumed = measureSync(session, SyncEngine::Mode::Auto);
        printSync("resumed sync:", resumed);
        const QByteArray digest = classDigest(db, courseId);
        // Only what is missing: every per-learner call the full sync made, but for the answers staged.
        const qint64 missing = fullLearnerCalls - staged;
        const bool resumeOk = resumed.summary.ok() && resumed.learnerCalls == missing
            && resumed.learnerRequests < fullLearnerRequests && digest == fullDigest;
        allPass = allPass && resumeOk;
        std::printf("%-30s %d per-learner requests (%d calls) to resume vs %d requests (%d calls) for the whole "
                    "class; %lld calls were missing; class data %s the full sync's (digest %s vs %s)   "
                    "[only what is missing: %s]\n",
                    "resume:", resumed.learnerRequests, resumed.learnerCalls, fullLearnerRequests, fullLearnerCalls,
                    missing, digest == fullDigest ? "identical to" : "DIFFERS from", digest.constData(),
                    fullDigest.constData(), verdict(resumeOk));
    }

    std::printf("\npeak RSS at the end: %.1f MB; load average at end: %s\n", peakRssMb(), qPrintable(loadAverage()));
    std::printf("targets: %s\n", allPass ? "all met" : "NOT all met");
    return 0;
}
