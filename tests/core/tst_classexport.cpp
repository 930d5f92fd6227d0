// Class exports (CSV and CommCare case import; the class work formats: submissions, attempts, competencies) and
// the CSV writer under them. The exports of teacher1's CS101 and MATH201 are checked cell by cell against a table
// computed here straight from the recorded responses (roster, whole-class grade report, completion, submissions,
// grades and quiz attempts), not from the database.

#include "SyncedDatabase.h"
#include "TestData.h"

#include "export/ClassExport.h"
#include "export/CsvWriter.h"
#include "store/ClassRepository.h"
#include "store/ClassWorkRepository.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "text/ControlCharacters.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>
#include <memory>

namespace {

constexpr qint64 kCS101 = 2;
constexpr qint64 kMATH201 = 3;
constexpr qint64 kBIO150 = 6;

using Table = QList<QStringList>;

// A strict RFC 4180 reader, written for this test: records end with CRLF (the last one too), a quoted
// field may hold commas, CR, LF and doubled quotes, nothing may follow a closing quote but a comma or
// CRLF, and a bare CR or LF outside quotes is an error. A leading UTF-8 BOM is skipped.
bool parseCsv(const QByteArray &bytes, Table &table, QString *why = nullptr)
{
    const auto fail = [why](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    table.clear();
    QByteArray data = bytes;
    if (data.startsWith(CsvWriter::kUtf8Bom))
        data.remove(0, CsvWriter::kUtf8Bom.size());
    const QString text = QString::fromUtf8(data);
    if (text.toUtf8() != data)
        return fail(QStringLiteral("not UTF-8"));
    QStringList record;
    QString field;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        if (text.at(i) == QLatin1Char('"')) {
            ++i;
            for (;;) {
                if (i >= n)
                    return fail(QStringLiteral("unterminated quotes"));
                if (text.at(i) == QLatin1Char('"')) {
                    if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                        field += QLatin1Char('"');
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
        } else {
            while (i < n && text.at(i) != QLatin1Char(',') && text.at(i) != QLatin1Char('\r')
                   && text.at(i) != QLatin1Char('\n')) {
                if (text.at(i) == QLatin1Char('"'))
                    return fail(QStringLiteral("a quote inside an unquoted field at %1").arg(i));
                field += text.at(i++);
            }
        }
        if (i >= n)
            return fail(QStringLiteral("the last record does not end with CRLF"));
        if (text.at(i) == QLatin1Char(',')) {
            record << field;
            field.clear();
            ++i;
            continue;
        }
        if (text.at(i) == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n')) {
            record << field;
            field.clear();
            table << record;
            record.clear();
            i += 2;
            continue;
        }
        return fail(QStringLiteral("a bare CR or LF, or text after a closing quote, at %1").arg(i));
    }
    return true;
}

QJsonValue recorded(const QString &relativePath)
{
    const QJsonDocument document = QJsonDocument::fromJson(fixtureBytes(relativePath));
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

// A recording of moodle-4.5-content/teacher1 (the class work): `pattern` may hold a * for the long, cut names.
// Null when there is none (the fake server then answers "nothing": a quiz a learner never attempted).
QJsonValue recordedWork(const QString &pattern)
{
    const QDir dir(testDataDir() + QStringLiteral("/moodle-4.5-content/teacher1"));
    const QStringList found = dir.entryList({pattern}, QDir::Files);
    if (found.size() != 1)
        return QJsonValue();
    QFile file(dir.filePath(found.first()));
    if (!file.open(QIODevice::ReadOnly))
        return QJsonValue();
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

QString isoUtc(qint64 seconds)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate) : QString();
}

// A course's assignments as the site lists them to teacher1, in due-date order (none last), then name.
QList<QJsonObject> recordedAssignments(qint64 courseId)
{
    QList<QJsonObject> assignments;
    for (const QJsonValue &course :
         recorded(QStringLiteral("teacher1/mod_assign_get_assignments__default.json"))[QLatin1String("courses")]
             .toArray()) {
        if (course[QLatin1String("id")].toInteger() != courseId)
            continue;
        for (const QJsonValue &assignment : course[QLatin1String("assignments")].toArray())
            assignments << assignment.toObject();
    }
    std::sort(assignments.begin(), assignments.end(), [](const QJsonObject &a, const QJsonObject &b) {
        const qint64 dueA = a[QLatin1String("duedate")].toInteger();
        const qint64 dueB = b[QLatin1String("duedate")].toInteger();
        if ((dueA == 0) != (dueB == 0))
            return dueB == 0;
        if (dueA != dueB)
            return dueA < dueB;
        return a[QLatin1String("name")].toString() < b[QLatin1String("name")].toString();
    });
    return assignments;
}

QList<QJsonObject> recordedQuizzes(qint64 courseId)
{
    QList<QJsonObject> quizzes;
    for (const QJsonValue &quiz :
         recorded(QStringLiteral("teacher1/mod_quiz_get_quizzes_by_courses__default.json"))[QLatin1String("quizzes")]
             .toArray()) {
        if (quiz[QLatin1String("course")].toInteger() == courseId)
            quizzes << quiz.toObject();
    }
    std::sort(quizzes.begin(), quizzes.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a[QLatin1String("id")].toInteger() < b[QLatin1String("id")].toInteger();
    });
    return quizzes;
}

// (assignment, user) -> the recorded submission / grade record.
QHash<QPair<qint64, qint64>, QJsonObject> recordedByAssignment(const QString &pattern, const QString &list)
{
    QHash<QPair<qint64, qint64>, QJsonObject> records;
    for (const QJsonValue &assignment : recordedWork(pattern)[QLatin1String("assignments")].toArray()) {
        const qint64 assignmentId = assignment[QLatin1String("assignmentid")].toInteger();
        for (const QJsonValue &record : assignment[list].toArray())
            records.insert({assignmentId, record[QLatin1String("userid")].toInteger()}, record.toObject());
    }
    return records;
}

QJsonArray recordedAttempts(qint64 quizId, qint64 userId)
{
    return recordedWork(QStringLiteral("mod_quiz_get_user_attempts__quizid-%1-userid-%2-status-all.json")
                            .arg(quizId)
                            .arg(userId))[QLatin1String("attempts")]
        .toArray();
}

// What Moodle's HTML becomes as text, for the few entities and tags the recordings hold.
QString plain(QString html)
{
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    html.remove(tag);
    html.replace(QStringLiteral("&ndash;"), QStringLiteral("–"));
    html.replace(QStringLiteral("&#039;"), QStringLiteral("'"));
    html.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
    html.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
    html.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
    html.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
    return html.trimmed();
}

QString utcDate(qint64 seconds)
{
    return seconds > 0 ? QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).date().toString(Qt::ISODate) : QString();
}

// The export of one of teacher1's courses, as the recordings say it must be.
struct Expected
{
    Table csv;
    Table commCare;
    Table submissions;
    Table attempts;
};

Expected expectedFromRecordings(qint64 courseId, const QString &shortName)
{
    const QString id = QString::number(courseId);
    // Learners: everyone enrolled without a teaching role, in the order Moodle listed them.
    QList<QJsonObject> learners;
    for (const QJsonValue &value :
         recorded(QStringLiteral("teacher1/core_enrol_get_enrolled_users__courseid-%1.json").arg(id)).toArray()) {
        const QJsonObject user = value.toObject();
        bool teaches = false;
        for (const QJsonValue &role : user.value(QLatin1String("roles")).toArray()) {
            const QString name = role.toObject().value(QLatin1String("shortname")).toString();
            teaches = teaches || name == QLatin1String("editingteacher") || name == QLatin1String("teacher");
        }
        if (!teaches)
            learners << user;
    }

    // Grades: the whole-class report, by user and item; columns in the report's order.
    const QJsonArray usergrades =
        recorded(QStringLiteral("teacher1/gradereport_user_get_grade_items__courseid-%1-userid-0.json").arg(id))
            .toObject()
            .value(QLatin1String("usergrades"))
            .toArray();
    QList<qint64> itemIds;
    QStringList itemHeaders;
    qint64 courseItem = 0;
    QHash<QPair<qint64, qint64>, QString> grades;
    for (const QJsonValue &usergrade : usergrades) {
        const qint64 userId = usergrade.toObject().value(QLatin1String("userid")).toInteger();
        for (const QJsonValue &value : usergrade.toObject().value(QLatin1String("gradeitems")).toArray()) {
            const QJsonObject item = value.toObject();
            const qint64 itemId = item.value(QLatin1String("id")).toInteger();
            const QString type = item.value(QLatin1String("itemtype")).toString();
            if (!itemIds.contains(itemId)) {
                itemIds << itemId;
                itemHeaders << (type == QLatin1String("course") ? QStringLiteral("Course total")
                                    : type == QLatin1String("category")
                                    ? QStringLiteral("Category total")
                                    : plain(item.value(QLatin1String("itemname")).toString()));
            }
            if (type == QLatin1String("course"))
                courseItem = itemId;
            grades.insert({userId, itemId}, plain(item.value(QLatin1String("gradeformatted")).toString()));
        }
    }

    // Tracked activities in course order; completion recorded for users 4 and 5, "nothing done" for
    // the others (what the fake server answers for them).
    QList<qint64> cmids;
    QStringList activityHeaders;
    for (const QJsonValue &section :
         recorded(QStringLiteral("teacher1/core_course_get_contents__courseid-%1.json").arg(id)).toArray()) {
        for (const QJsonValue &value : section.toObject().value(QLatin1String("modules")).toArray()) {
            const QJsonObject module = value.toObject();
            if (module.value(QLatin1String("completion")).toInt() > 0) {
                cmids << module.value(QLatin1String("id")).toInteger();
                activityHeaders << plain(module.value(QLatin1String("name")).toString())
                        + QStringLiteral(" (completion)");
            }
        }
    }
    QHash<QPair<qint64, qint64>, int> states;
    QHash<qint64, bool> courseCompleted;
    for (const qint64 userId : {4, 5}) {
        const QString suffix = QStringLiteral("__courseid-%1-userid-%2.json").arg(id).arg(userId);
        for (const QJsonValue &value :
             recorded(QStringLiteral("teacher1/core_completion_get_activities_completion_status") + suffix)
                 .toObject()
                 .value(QLatin1String("statuses"))
                 .toArray())
            states.insert({userId, value.toObject().value(QLatin1String("cmid")).toInteger()},
                          value.toObject().value(QLatin1String("state")).toInt());
        courseCompleted.insert(
            userId,
            recorded(QStringLiteral("teacher1/core_completion_get_course_completion_status") + suffix)
                .toObject()
                .value(QLatin1String("completionstatus"))
                .toObject()
                .value(QLatin1String("completed"))
                .toBool());
    }
    static const QStringList stateNames{QStringLiteral("incomplete"), QStringLiteral("complete"),
                                        QStringLiteral("complete (pass)"), QStringLiteral("complete (fail)")};

    // The class work: assignments in due-date order, quizzes by id; what every learner handed in and attempted.
    const QList<QJsonObject> assignments = recordedAssignments(courseId);
    const QList<QJsonObject> quizzes = recordedQuizzes(courseId);
    QStringList workHeaders;
    for (const QJsonObject &assignment : assignments)
        workHeaders << assignment[QLatin1String("name")].toString() + QStringLiteral(" (submission)");
    for (const QJsonObject &quiz : quizzes)
        workHeaders << quiz[QLatin1String("name")].toString() + QStringLiteral(" (attempts)");
    const auto submissions =
        recordedByAssignment(QStringLiteral("mod_assign_get_submissions__*"), QStringLiteral("submissions"));
    const auto assignGrades =
        recordedByAssignment(QStringLiteral("mod_assign_get_grades__*"), QStringLiteral("grades"));
    const auto statusOf = [&](qint64 assignmentId, qint64 userId) {
        const QString status = submissions.value({assignmentId, userId})[QLatin1String("status")].toString();
        return status.isEmpty() ? QStringLiteral("not submitted") : status;
    };

    Expected expected;
    expected.csv << (QStringList{QStringLiteral("User id"), QStringLiteral("External id"), QStringLiteral("First name"),
                                 QStringLiteral("Last name"), QStringLiteral("Full name"), QStringLiteral("Email"),
                                 QStringLiteral("Groups"), QStringLiteral("Last access")}
                     + itemHeaders + activityHeaders + QStringList{QStringLiteral("Course completed")} + workHeaders);
    expected.submissions << QStringList{
        QStringLiteral("Course id"),    QStringLiteral("User id"),         QStringLiteral("External id"),
        QStringLiteral("Full name"),    QStringLiteral("Assignment id"),   QStringLiteral("Assignment"),
        QStringLiteral("Due at"),       QStringLiteral("Status"),          QStringLiteral("Group submission"),
        QStringLiteral("Submitted at"), QStringLiteral("Late by seconds"), QStringLiteral("Grade"),
        QStringLiteral("Max grade"),    QStringLiteral("Graded at")};
    expected.attempts << QStringList{QStringLiteral("Course id"),        QStringLiteral("User id"),
                                     QStringLiteral("External id"),      QStringLiteral("Full name"),
                                     QStringLiteral("Quiz id"),          QStringLiteral("Quiz"),
                                     QStringLiteral("Attempt"),          QStringLiteral("State"),
                                     QStringLiteral("Started at"),       QStringLiteral("Finished at"),
                                     QStringLiteral("Duration seconds"), QStringLiteral("Marks"),
                                     QStringLiteral("Max marks"),        QStringLiteral("Grade"),
                                     QStringLiteral("Max grade")};
    expected.commCare << QStringList{QStringLiteral("external_id"),
                                     QStringLiteral("name"),
                                     QStringLiteral("phone"),
                                     QStringLiteral("email"),
                                     QStringLiteral("course"),
                                     QStringLiteral("final_grade"),
                                     QStringLiteral("completion_percentage"),
                                     QStringLiteral("course_completed"),
                                     QStringLiteral("last_access")};
    for (const QJsonObject &user : std::as_const(learners)) {
        const qint64 userId = user.value(QLatin1String("id")).toInteger();
        QString externalId = user.value(QLatin1String("idnumber")).toString().trimmed();
        if (externalId.isEmpty())
            externalId = user.value(QLatin1String("username")).toString().trimmed();
        if (externalId.isEmpty())
            externalId = QString::number(userId);
        QStringList groups;
        for (const QJsonValue &group : user.value(QLatin1String("groups")).toArray())
            groups << plain(group.toObject().value(QLatin1String("name")).toString());
        groups.sort(Qt::CaseInsensitive);
        const QString lastAccess = utcDate(user.value(QLatin1String("lastaccess")).toInteger());
        const QString fullName = user.value(QLatin1String("fullname")).toString();

        QStringList row{QString::number(userId),
                        externalId,
                        user.value(QLatin1String("firstname")).toString(),
                        user.value(QLatin1String("lastname")).toString(),
                        fullName,
                        user.value(QLatin1String("email")).toString(),
                        groups.join(QStringLiteral("; ")),
                        lastAccess};
        for (const qint64 itemId : std::as_const(itemIds))
            row << grades.value({userId, itemId});
        int completed = 0;
        for (const qint64 cmid : std::as_const(cmids)) {
            const int state = states.value({userId, cmid}, 0);
            row << stateNames.at(state);
            completed += (state == 1 || state == 2) ? 1 : 0;
        }
        const bool done = courseCompleted.value(userId, false);
        row << (done ? QStringLiteral("yes") : QStringLiteral("no"));
        for (const QJsonObject &assignment : assignments)
            row << statusOf(assignment[QLatin1String("id")].toInteger(), userId);
        for (const QJsonObject &quiz : quizzes)
            row << QString::number(recordedAttempts(quiz[QLatin1String("id")].toInteger(), userId).size());
        expected.csv << row;

        const QStringList learner{id, QString::number(userId), externalId, fullName};
        for (const QJsonObject &assignment : assignments) {
            const qint64 assignmentId = assignment[QLatin1String("id")].toInteger();
            const qint64 due = assignment[QLatin1String("duedate")].toInteger();
            const QJsonObject submission = submissions.value({assignmentId, userId});
            const QJsonObject grade = assignGrades.value({assignmentId, userId});
            const bool submitted = submission[QLatin1String("status")].toString() == QLatin1String("submitted");
            const qint64 handedIn = submission[QLatin1String("timemodified")].toInteger();
            const double gradeValue = grade[QLatin1String("grade")].toString(QStringLiteral("-1")).toDouble();
            const bool graded = !grade.isEmpty() && gradeValue >= 0;
            expected.submissions << learner
                    + QStringList{QString::number(assignmentId),
                                  assignment[QLatin1String("name")].toString(),
                                  isoUtc(due),
                                  statusOf(assignmentId, userId),
                                  submission.isEmpty() ? QString()
                                                       : QStringLiteral("no"),  // no group submissions on this site
                                  submitted ? isoUtc(handedIn) : QString(),
                                  submitted && due > 0 && handedIn > due ? QString::number(handedIn - due) : QString(),
                                  graded ? QString::number(gradeValue) : QString(),
                                  QString::number(assignment[QLatin1String("grade")].toDouble()),
                                  graded ? isoUtc(grade[QLatin1String("timemodified")].toInteger()) : QString()};
        }
        for (const QJsonObject &quiz : quizzes) {
            const QStringList item = learner
                + QStringList{QString::number(quiz[QLatin1String("id")].toInteger()),
                              quiz[QLatin1String("name")].toString()};
            const QJsonArray attempts = recordedAttempts(quiz[QLatin1String("id")].toInteger(), userId);
            if (attempts.isEmpty())
                expected.attempts << item + QStringList(9, QString());
            const int decimals = quiz[QLatin1String("decimalpoints")].toInt();
            const double sumGrades = quiz[QLatin1String("sumgrades")].toDouble();
            const double maxGrade = quiz[QLatin1String("grade")].toDouble();
            for (const QJsonValue &attempt : attempts) {
                const qint64 start = attempt[QLatin1String("timestart")].toInteger();
                const qint64 finish = attempt[QLatin1String("timefinish")].toInteger();
                const QJsonValue marks = attempt[QLatin1String("sumgrades")];
                const bool marked = marks.isDouble() && sumGrades > 0;
                expected.attempts << item
                        + QStringList{QString::number(attempt[QLatin1String("attempt")].toInt()),
                                      attempt[QLatin1String("state")].toString(),
                                      isoUtc(start),
                                      isoUtc(finish),
                                      finish > 0 && start > 0 && finish >= start ? QString::number(finish - start)
                                                                                 : QString(),
                                      marked ? QString::number(marks.toDouble(), 'f', decimals) : QString(),
                                      marked ? QString::number(sumGrades, 'f', decimals) : QString(),
                                      marked && maxGrade > 0
                                          ? QString::number(marks.toDouble() * maxGrade / sumGrades, 'f', decimals)
                                          : QString(),
                                      marked && maxGrade > 0 ? QString::number(maxGrade, 'f', decimals) : QString()};
            }
        }

        const QString total = grades.value({userId, courseItem});
        const double percent = std::round(1000.0 * completed / cmids.size()) / 10.0;
        expected.commCare << QStringList{externalId,
                                         fullName,
                                         user.value(QLatin1String("phone1")).toString(),
                                         user.value(QLatin1String("email")).toString(),
                                         shortName,
                                         total == QLatin1String("-") ? QString() : total,
                                         QString::number(percent),
                                         done ? QStringLiteral("yes") : QStringLiteral("no"),
                                         lastAccess};
    }
    return expected;
}

int columnOf(const Table &table, const QString &header)
{
    return int(table.value(0).indexOf(header));
}

QStringList rowOf(const Table &table, const QString &userId, int idColumn = 0)
{
    for (const QStringList &row : table) {
        if (row.value(idColumn) == userId)
            return row;
    }
    return QStringList();
}

}  // namespace

class TestClassExport : public QObject
{
    Q_OBJECT

    std::unique_ptr<SyncedDatabase> m_teacher;

    QByteArray exported(qint64 courseId, ClassExport::Format format)
    {
        QString error = QStringLiteral("not cleared");
        const QByteArray bytes = ClassExport::exportClass(m_teacher->connection(), courseId, format, &error);
        if (!error.isEmpty())
            qWarning("export failed: %s", qPrintable(error));
        return bytes;
    }

    // A copy of teacher1's database to change (the shared one stays as synced), opened in `copy`.
    bool copyTeacherDatabase(const QTemporaryDir &dir, Database &copy)
    {
        const QString path = dir.filePath(QStringLiteral("copy.sqlite"));
        QSqlQuery query(m_teacher->connection());
        return query.exec(QStringLiteral("VACUUM INTO '%1'").arg(path)) && copy.open(path);
    }

    // Compares two tables cell by cell, naming the first cell that differs.
    static bool sameTable(const Table &actual, const Table &expected, QString &difference)
    {
        if (actual.size() != expected.size()) {
            difference = QStringLiteral("%1 rows instead of %2").arg(actual.size()).arg(expected.size());
            return false;
        }
        for (qsizetype r = 0; r < expected.size(); ++r) {
            if (actual.at(r).size() != expected.at(r).size()) {
                difference = QStringLiteral("row %1 has %2 cells instead of %3")
                                 .arg(r)
                                 .arg(actual.at(r).size())
                                 .arg(expected.at(r).size());
                return false;
            }
            for (qsizetype c = 0; c < expected.at(r).size(); ++c) {
                if (actual.at(r).at(c) != expected.at(r).at(c)) {
                    difference = QStringLiteral("row %1 (%2), column %3 (%4): \"%5\" instead of \"%6\"")
                                     .arg(r)
                                     .arg(actual.at(r).value(0))
                                     .arg(c)
                                     .arg(expected.at(0).value(c), actual.at(r).at(c), expected.at(r).at(c));
                    return false;
                }
            }
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_teacher = std::make_unique<SyncedDatabase>(QStringLiteral("teacher1"));
        QString error;
        QVERIFY2(m_teacher->create(&error), qPrintable(error));
    }

    void quoting_data()
    {
        QTest::addColumn<QString>("cell");
        QTest::addColumn<QString>("written");
        QTest::newRow("plain") << QStringLiteral("Ava Brown") << QStringLiteral("Ava Brown");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("apostrophe") << QStringLiteral("Liam O'Brien") << QStringLiteral("Liam O'Brien");
        QTest::newRow("comma") << QStringLiteral("Brown, Ava") << QStringLiteral("\"Brown, Ava\"");
        QTest::newRow("quote") << QStringLiteral("Ava \"Ace\" Brown") << QStringLiteral("\"Ava \"\"Ace\"\" Brown\"");
        QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
        // A carriage return that ends no line is a control character: replaced, like an escape (a terminal
        // showing the file would go back to the line's start).
        QTest::newRow("CR") << QStringLiteral("a\rb") << QStringLiteral("a\uFFFDb");
        QTest::newRow("escape") << QStringLiteral("\u001b[31mred") << QStringLiteral("\uFFFD[31mred");
        QTest::newRow("C1 CSI") << QStringLiteral("a\u009b2J") << QStringLiteral("a\uFFFD2J");
        QTest::newRow("LF") << QStringLiteral("line 1\nline 2") << QStringLiteral("\"line 1\nline 2\"");
        QTest::newRow("CRLF") << QStringLiteral("line 1\r\nline 2") << QStringLiteral("\"line 1\r\nline 2\"");
        QTest::newRow("non-ASCII") << QStringLiteral("小明 王, Zoë Müller, Łukasz")
                                   << QStringLiteral("\"小明 王, Zoë Müller, Łukasz\"");
        QTest::newRow("emoji") << QStringLiteral("📐 Midterm") << QStringLiteral("📐 Midterm");
        QTest::newRow("spaces kept") << QStringLiteral("  padded  ") << QStringLiteral("  padded  ");
        QTest::newRow("semicolon") << QStringLiteral("Group A; Group B") << QStringLiteral("Group A; Group B");
        // Formula injection: neutralised with an apostrophe...
        QTest::newRow("=formula") << QStringLiteral("=1+2") << QStringLiteral("'=1+2");
        QTest::newRow("=HYPERLINK, quoted too")
            << QStringLiteral("=HYPERLINK(\"http://evil.example\",\"x\")")
            << QStringLiteral("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\"");
        QTest::newRow("+formula") << QStringLiteral("+SUM(A1:A9)") << QStringLiteral("'+SUM(A1:A9)");
        QTest::newRow("-formula") << QStringLiteral("-2+3") << QStringLiteral("'-2+3");
        QTest::newRow("-name") << QStringLiteral("-Ann") << QStringLiteral("'-Ann");
        QTest::newRow("@formula") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("DDE") << QStringLiteral("=cmd|' /C calc'!A0") << QStringLiteral("'=cmd|' /C calc'!A0");
        QTest::newRow("= alone") << QStringLiteral("=") << QStringLiteral("'=");
        QTest::newRow("TAB") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("CR first") << QStringLiteral("\r=1") << QStringLiteral("\uFFFD=1");
        QTest::newRow("number then =") << QStringLiteral("-1=1") << QStringLiteral("'-1=1");
        QTest::newRow("- then newline") << QStringLiteral("-\n") << QStringLiteral("\"'-\n\"");
        // ...but what only looks like a number stays readable.
        QTest::newRow("not graded") << QStringLiteral("-") << QStringLiteral("-");
        QTest::newRow("negative grade") << QStringLiteral("-3.50") << QStringLiteral("-3.50");
        QTest::newRow("negative percentage") << QStringLiteral("-12.00 %") << QStringLiteral("-12.00 %");
        QTest::newRow("decimal comma") << QStringLiteral("-1,5") << QStringLiteral("\"-1,5\"");
        QTest::newRow("phone") << QStringLiteral("+44 20 7946 0000") << QStringLiteral("+44 20 7946 0000");
        QTest::newRow("phone with parentheses")
            << QStringLiteral("+1 (555) 123-4567") << QStringLiteral("+1 (555) 123-4567");
        QTest::newRow("= in the middle") << QStringLiteral("a=b") << QStringLiteral("a=b");
        QTest::newRow("letter grade") << QStringLiteral("C+") << QStringLiteral("C+");
    }

    void quoting()
    {
        QFETCH(QString, cell);
        QFETCH(QString, written);
        QCOMPARE(CsvWriter::field(cell), written);
        // A lone field is a whole record: it reads back as the neutralised cell.
        CsvWriter writer(CsvWriter::Bom::Omit);
        writer.addRow({cell});
        QCOMPARE(writer.bytes(), (written + QStringLiteral("\r\n")).toUtf8());
        Table table;
        QString why;
        QVERIFY2(parseCsv(writer.bytes(), table, &why), qPrintable(why));
        QCOMPARE(table, Table{{CsvWriter::neutralise(ControlCharacters::replace(cell))}});
    }

    void bytesOnDisk()
    {
        CsvWriter withBom(CsvWriter::Bom::Include);
        QCOMPARE(withBom.bytes(), QByteArray("\xEF\xBB\xBF"));
        withBom.addRow({QStringLiteral("name"), QStringLiteral("grade")});
        withBom.addRow({QStringLiteral("Zoë, M."), QStringLiteral("-")});
        withBom.addRow({});
        QCOMPARE(withBom.rowCount(), 3);
        QCOMPARE(withBom.bytes(), QByteArray("\xEF\xBB\xBFname,grade\r\n\"Zo\xC3\xAB, M.\",-\r\n\r\n"));
        CsvWriter withoutBom(CsvWriter::Bom::Omit);
        withoutBom.addRow({QStringLiteral("external_id")});
        QCOMPARE(withoutBom.bytes(), QByteArray("external_id\r\n"));
    }

    void roundTrip()
    {
        const Table written{
            {QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("note"), QString()},
            {QStringLiteral("4"), QStringLiteral("Liam O'Brien"), QStringLiteral("said \"hi\", then left"),
             QStringLiteral("-")},
            {QStringLiteral("6"), QStringLiteral("小明 王"), QStringLiteral("line 1\nline 2"), QStringLiteral("-3.50")},
            {QStringLiteral("7"), QStringLiteral("Oliver D'Angelo"), QStringLiteral("line 1\r\nline 2\r\n"), QString()},
            {QStringLiteral("8"), QStringLiteral("Zoë Müller"), QStringLiteral("\r\n"), QStringLiteral(",")},
            {QStringLiteral("9"), QStringLiteral("Łukasz Kowalski"), QStringLiteral("\"\""), QStringLiteral("\n")},
            {QStringLiteral("10"), QStringLiteral("=HYPERLINK(\"http://evil.example\")"), QStringLiteral("@x"),
             QStringLiteral("+44 20 7946 0000")},
            {QString(), QString(), QString(), QString()},
        };
        for (const CsvWriter::Bom bom : {CsvWriter::Bom::Include, CsvWriter::Bom::Omit}) {
            CsvWriter writer(bom);
            for (const QStringList &row : written)
                writer.addRow(row);
            QCOMPARE(writer.bytes().startsWith(CsvWriter::kUtf8Bom), bom == CsvWriter::Bom::Include);
            Table read;
            QString why;
            QVERIFY2(parseCsv(writer.bytes(), read, &why), qPrintable(why));
            QCOMPARE(read.size(), written.size());
            for (qsizetype r = 0; r < written.size(); ++r) {
                QCOMPARE(read.at(r).size(), written.at(r).size());
                for (qsizetype c = 0; c < written.at(r).size(); ++c) {
                    const QString cell = written.at(r).at(c);
                    // "=…", "@…" and a leading CR are neutralised; "+44 …" (a phone number) is not.
                    const bool formula = cell.startsWith(QLatin1Char('=')) || cell.startsWith(QLatin1Char('@'))
                        || cell.startsWith(QLatin1Char('\r'));
                    QCOMPARE(read.at(r).at(c), formula ? QLatin1Char('\'') + cell : cell);
                }
            }
        }
    }

    void classCsvCellByCell_data()
    {
        QTest::addColumn<qint64>("courseId");
        QTest::addColumn<QString>("shortName");
        QTest::newRow("CS101") << kCS101 << QStringLiteral("CS101");
        QTest::newRow("MATH201") << kMATH201 << QStringLiteral("MATH201");
    }

    void classCsvCellByCell()
    {
        QFETCH(qint64, courseId);
        QFETCH(QString, shortName);
        const QByteArray bytes = exported(courseId, ClassExport::Format::Csv);
        QVERIFY(bytes.startsWith(CsvWriter::kUtf8Bom));  // for Excel
        Table table;
        QString why;
        QVERIFY2(parseCsv(bytes, table, &why), qPrintable(why));
        const Expected expected = expectedFromRecordings(courseId, shortName);
        QCOMPARE(expected.csv.size(), 1 + 21);  // header + the learners, teacher excluded
        QString difference;
        QVERIFY2(sameTable(table, expected.csv, difference), qPrintable(difference));
    }

    void commCareCellByCell_data() { classCsvCellByCell_data(); }

    void commCareCellByCell()
    {
        QFETCH(qint64, courseId);
        QFETCH(QString, shortName);
        const QByteArray bytes = exported(courseId, ClassExport::Format::CommCare);
        QVERIFY(bytes.startsWith("external_id,name,phone,email,course,final_grade,completion_percentage,"
                                 "course_completed,last_access\r\n"));  // no BOM: CommCare reads plain UTF-8
        Table table;
        QString why;
        QVERIFY2(parseCsv(bytes, table, &why), qPrintable(why));
        const Expected expected = expectedFromRecordings(courseId, shortName);
        QString difference;
        QVERIFY2(sameTable(table, expected.commCare, difference), qPrintable(difference));
    }

    void submissionsCellByCell_data() { classCsvCellByCell_data(); }

    // One row per learner × assignment, every learner (with or without a submission) in roster order.
    void submissionsCellByCell()
    {
        QFETCH(qint64, courseId);
        QFETCH(QString, shortName);
        QString error = QStringLiteral("not cleared");
        int rows = -1;
        const QByteArray bytes = ClassExport::exportClass(m_teacher->connection(), courseId,
                                                          ClassExport::Format::Submissions, &error, &rows);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(bytes.startsWith(CsvWriter::kUtf8Bom));
        Table table;
        QString why;
        QVERIFY2(parseCsv(bytes, table, &why), qPrintable(why));
        const Expected expected = expectedFromRecordings(courseId, shortName);
        QCOMPARE(expected.submissions.size(), 1 + 21 * recordedAssignments(courseId).size());
        QString difference;
        QVERIFY2(sameTable(table, expected.submissions, difference), qPrintable(difference));
        QCOMPARE(rows, int(table.size()) - 1);
    }

    void attemptsCellByCell_data() { classCsvCellByCell_data(); }

    // One row per attempt; a learner without an attempt at a quiz has one row with empty attempt cells.
    void attemptsCellByCell()
    {
        QFETCH(qint64, courseId);
        QFETCH(QString, shortName);
        int rows = -1;
        const QByteArray bytes =
            ClassExport::exportClass(m_teacher->connection(), courseId, ClassExport::Format::Attempts, nullptr, &rows);
        Table table;
        QString why;
        QVERIFY2(parseCsv(bytes, table, &why), qPrintable(why));
        const Expected expected = expectedFromRecordings(courseId, shortName);
        QString difference;
        QVERIFY2(sameTable(table, expected.attempts, difference), qPrintable(difference));
        QCOMPARE(rows, int(table.size()) - 1);
    }

    // The class work cells the issue names, spelled out (FIXTURES.md and the recordings, not computed).
    void knownClassWorkCells()
    {
        Table cs;
        QVERIFY(parseCsv(exported(kCS101, ClassExport::Format::Csv), cs));
        const int lab1 = columnOf(cs, QStringLiteral("Lab 1: Hello World (submission)"));
        const int lab2 = columnOf(cs, QStringLiteral("Lab 2: Loops (submission)"));
        const int quiz = columnOf(cs, QStringLiteral("Week 1 quiz (attempts)"));
        QCOMPARE(rowOf(cs, QStringLiteral("4")).value(lab1), QStringLiteral("submitted"));
        QCOMPARE(rowOf(cs, QStringLiteral("4")).value(lab2), QStringLiteral("new"));
        QCOMPARE(rowOf(cs, QStringLiteral("5")).value(lab2), QStringLiteral("draft"));
        QCOMPARE(rowOf(cs, QStringLiteral("19")).value(lab1), QStringLiteral("not submitted"));
        QCOMPARE(rowOf(cs, QStringLiteral("5")).value(quiz), QStringLiteral("1"));
        QCOMPARE(rowOf(cs, QStringLiteral("4")).value(quiz), QStringLiteral("0"));

        // Liam handed Lab 1 in at 2026-12-06 16:47:44 UTC, 2990539 s after it was due; graded 88 / 100.
        Table submissions;
        QVERIFY(parseCsv(exported(kCS101, ClassExport::Format::Submissions), submissions));
        QCOMPARE(submissions.value(1),
                 (QStringList{QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("4"),
                              QStringLiteral("Liam O'Brien"), QStringLiteral("1"), QStringLiteral("Lab 1: Hello World"),
                              QStringLiteral("2026-11-02T02:05:25Z"), QStringLiteral("submitted"), QStringLiteral("no"),
                              QStringLiteral("2026-12-06T16:47:44Z"), QStringLiteral("2990539"), QStringLiteral("88"),
                              QStringLiteral("100"), QStringLiteral("2026-12-06T16:47:46Z")}));
        QCOMPARE(submissions.value(2).mid(4, 4),
                 (QStringList{QStringLiteral("2"), QStringLiteral("Lab 2: Loops"),
                              QStringLiteral("2026-12-02T02:05:25Z"), QStringLiteral("new")}));
        // 小明 王 (6): 72.5 on Lab 1, a draft of Lab 2 (no hand-in time, not late, not graded).
        const auto cellsOf = [&submissions](const QString &userId, const QString &assignmentId) {
            for (const QStringList &row : std::as_const(submissions)) {
                if (row.value(1) == userId && row.value(4) == assignmentId)
                    return row;
            }
            return QStringList();
        };
        QCOMPARE(cellsOf(QStringLiteral("6"), QStringLiteral("1")).value(11), QStringLiteral("72.5"));
        QCOMPARE(cellsOf(QStringLiteral("6"), QStringLiteral("2")).mid(7),
                 (QStringList{QStringLiteral("draft"), QStringLiteral("no"), QString(), QString(), QString(),
                              QStringLiteral("50"), QString()}));
        // Sam (34) has nothing on the site: "not submitted", and nothing else known.
        QCOMPARE(cellsOf(QStringLiteral("34"), QStringLiteral("1")).mid(7),
                 (QStringList{QStringLiteral("not submitted"), QString(), QString(), QString(), QString(),
                              QStringLiteral("100"), QString()}));

        // Zoë's one attempt at the Week 1 quiz: 3.5 marks of 4, so 8.75 of 10.
        Table attempts;
        QVERIFY(parseCsv(exported(kCS101, ClassExport::Format::Attempts), attempts));
        QCOMPARE(rowOf(attempts, QStringLiteral("5"), 1),
                 (QStringList{QStringLiteral("2"), QStringLiteral("5"), QStringLiteral("5"),
                              QStringLiteral("Zoë Müller"), QStringLiteral("1"), QStringLiteral("Week 1 quiz"),
                              QStringLiteral("1"), QStringLiteral("finished"), QStringLiteral("2026-12-06T16:47:47Z"),
                              QStringLiteral("2026-12-06T16:47:47Z"), QStringLiteral("0"), QStringLiteral("3.50"),
                              QStringLiteral("4.00"), QStringLiteral("8.75"), QStringLiteral("10.00")}));
        QCOMPARE(rowOf(attempts, QStringLiteral("6"), 1).value(11), QStringLiteral("2.80"));
        // Liam never attempted it: one row, the attempt cells empty.
        QCOMPARE(rowOf(attempts, QStringLiteral("4"), 1).mid(4),
                 QStringList({QStringLiteral("1"), QStringLiteral("Week 1 quiz")}) + QStringList(9, QString()));
        QCOMPARE(attempts.size(), 1 + 21);  // nobody attempted twice

        // Competencies (FIXTURES.md): Liam Competent (proficient) on variables, not rated on loops, Not yet
        // competent on functions; Zoë Highly competent on all three; the others not rated.
        Table competencies;
        int rows = -1;
        const QByteArray bytes = ClassExport::exportClass(m_teacher->connection(), kCS101,
                                                          ClassExport::Format::Competencies, nullptr, &rows);
        QVERIFY(bytes.startsWith(CsvWriter::kUtf8Bom));
        QVERIFY(parseCsv(bytes, competencies));
        QCOMPARE(
            competencies.first(),
            (QStringList{QStringLiteral("Course id"), QStringLiteral("User id"), QStringLiteral("External id"),
                         QStringLiteral("Full name"), QStringLiteral("Competency id"), QStringLiteral("Competency"),
                         QStringLiteral("Competency id number"), QStringLiteral("Rating"),
                         QStringLiteral("Rating scale item"), QStringLiteral("Proficient")}));
        QCOMPARE(competencies.size(), 1 + 21 * 3);
        QCOMPARE(rows, 21 * 3);
        const QStringList liam{QStringLiteral("2"), QStringLiteral("4"), QStringLiteral("4"),
                               QStringLiteral("Liam O'Brien")};
        QCOMPARE(
            competencies.value(1),
            (liam
             + QStringList{QStringLiteral("2"), QStringLiteral("Uses variables and types"), QStringLiteral("PROG-VAR"),
                           QStringLiteral("Competent"), QStringLiteral("2"), QStringLiteral("yes")}));
        QCOMPARE(competencies.value(2),
                 (liam
                  + QStringList{QStringLiteral("3"), QStringLiteral("Writes loops"), QStringLiteral("PROG-LOOP"),
                                QString(), QString(), QStringLiteral("no")}));
        QCOMPARE(competencies.value(3),
                 (liam
                  + QStringList{QStringLiteral("4"), QStringLiteral("Decomposes into functions"),
                                QStringLiteral("PROG-FUNC"), QStringLiteral("Not yet competent"), QStringLiteral("1"),
                                QStringLiteral("no")}));
        for (int r = 4; r <= 6; ++r) {
            QCOMPARE(competencies.value(r).value(3), QStringLiteral("Zoë Müller"));
            QCOMPARE(competencies.value(r).mid(7),
                     (QStringList{QStringLiteral("Highly competent"), QStringLiteral("3"), QStringLiteral("yes")}));
        }
        QCOMPARE(competencies.value(7).value(1), QStringLiteral("6"));
        QCOMPARE(competencies.value(7).mid(7), (QStringList{QString(), QString(), QStringLiteral("no")}));
        Table math;
        QVERIFY(parseCsv(exported(kMATH201, ClassExport::Format::Competencies), math));
        QCOMPARE(math.value(1).mid(5),
                 (QStringList{QStringLiteral("Computes with vectors"), QStringLiteral("MATH-VEC"),
                              QStringLiteral("Highly competent"), QStringLiteral("3"), QStringLiteral("yes")}));
    }

    // A kind the site did not share with the teacher: its cells are empty (unknown), not "not submitted" or 0.
    void notSharedGivesEmptyCells()
    {
        QTemporaryDir dir;
        Database copy;
        QVERIFY(copyTeacherDatabase(dir, copy));
        QSqlQuery query(copy.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE class_work_sharing SET shared = 0, reason = 'nopermissions'"
                                          " WHERE course_id = 2 AND kind IN ('submissions', 'attempts', "
                                          "'competencies')")));
        QCOMPARE(query.numRowsAffected(), 3);

        Table cs;
        QVERIFY(parseCsv(ClassExport::exportClass(copy.connection(), kCS101, ClassExport::Format::Csv), cs));
        QCOMPARE(cs.size(), 22);
        const int completed = columnOf(cs, QStringLiteral("Course completed"));
        for (qsizetype r = 1; r < cs.size(); ++r)
            QCOMPARE(cs.at(r).mid(completed + 1), (QStringList{QString(), QString(), QString()}));
        QCOMPARE(rowOf(cs, QStringLiteral("5")).value(completed), QStringLiteral("yes"));  // the rest as before

        // Submissions: the rows are there, the submission cells empty; the grades were shared and stay.
        Table submissions;
        QVERIFY(parseCsv(ClassExport::exportClass(copy.connection(), kCS101, ClassExport::Format::Submissions),
                         submissions));
        QCOMPARE(submissions.size(), 1 + 21 * 2);
        QCOMPARE(submissions.value(1).mid(5),
                 (QStringList{QStringLiteral("Lab 1: Hello World"), QStringLiteral("2026-11-02T02:05:25Z"), QString(),
                              QString(), QString(), QString(), QStringLiteral("88"), QStringLiteral("100"),
                              QStringLiteral("2026-12-06T16:47:46Z")}));
        for (qsizetype r = 1; r < submissions.size(); ++r)
            QCOMPARE(submissions.at(r).value(7), QString());

        Table attempts;
        QVERIFY(parseCsv(ClassExport::exportClass(copy.connection(), kCS101, ClassExport::Format::Attempts), attempts));
        QCOMPARE(attempts.size(), 1 + 21);
        for (qsizetype r = 1; r < attempts.size(); ++r)
            QCOMPARE(attempts.at(r).mid(6), QStringList(9, QString()));

        Table competencies;
        QVERIFY(parseCsv(ClassExport::exportClass(copy.connection(), kCS101, ClassExport::Format::Competencies),
                         competencies));
        for (qsizetype r = 1; r < competencies.size(); ++r)
            QCOMPARE(competencies.at(r).mid(7), (QStringList{QString(), QString(), QString()}));

        // MATH201's were shared.
        Table math;
        QVERIFY(parseCsv(ClassExport::exportClass(copy.connection(), kMATH201, ClassExport::Format::Csv), math));
        QCOMPARE(rowOf(math, QStringLiteral("4")).value(columnOf(math, QStringLiteral("Problem Set 1 (submission)"))),
                 QStringLiteral("submitted"));
    }

    // A class synced by an earlier Satchel (roster, no class work): the class CSV leaves the new cells empty; the
    // class work formats have nothing to export and say to sync.
    void classWorkNotSyncedYet()
    {
        QTemporaryDir dir;
        Database copy;
        QVERIFY(copyTeacherDatabase(dir, copy));
        QVERIFY(ClassWorkRepository(copy.connection()).removeClassWork(kCS101));
        Table cs;
        QVERIFY(parseCsv(ClassExport::exportClass(copy.connection(), kCS101, ClassExport::Format::Csv), cs));
        const int completed = columnOf(cs, QStringLiteral("Course completed"));
        QCOMPARE(cs.first().size(), completed + 4);
        for (qsizetype r = 1; r < cs.size(); ++r)
            QCOMPARE(cs.at(r).mid(completed + 1), (QStringList{QString(), QString(), QString()}));
        for (const ClassExport::Format format :
             {ClassExport::Format::Submissions, ClassExport::Format::Attempts, ClassExport::Format::Competencies}) {
            QString error;
            int rows = -1;
            QCOMPARE(ClassExport::exportClass(copy.connection(), kCS101, format, &error, &rows), QByteArray());
            QVERIFY2(error.contains(QLatin1String("class work")) && error.contains(QLatin1String("not synced yet")),
                     qPrintable(error));
            QCOMPARE(rows, 0);
        }
    }

    // A name typed into Moodle as a formula is neutralised in the class work columns and rows too.
    void formulaNamesAreNeutralised()
    {
        QTemporaryDir dir;
        Database copy;
        QVERIFY(copyTeacherDatabase(dir, copy));
        QSqlQuery query(copy.connection());
        QVERIFY(query.exec(QStringLiteral("UPDATE assignments SET name = '=HYPERLINK(\"http://evil.example\")'"
                                          " WHERE id = 1")));
        QVERIFY(query.exec(QStringLiteral("UPDATE quizzes SET name = '@SUM(A1)' WHERE id = 1")));
        Table cs;
        QVERIFY(parseCsv(ClassExport::exportClass(copy.connection(), kCS101, ClassExport::Format::Csv), cs));
        QVERIFY2(cs.first().contains(QStringLiteral("'=HYPERLINK(\"http://evil.example\") (submission)")),
                 qPrintable(cs.first().join(QLatin1Char('|'))));
        QVERIFY(cs.first().contains(QStringLiteral("'@SUM(A1) (attempts)")));
        Table submissions;
        QVERIFY(parseCsv(ClassExport::exportClass(copy.connection(), kCS101, ClassExport::Format::Submissions),
                         submissions));
        QCOMPARE(submissions.value(1).value(5), QStringLiteral("'=HYPERLINK(\"http://evil.example\")"));
        Table attempts;
        QVERIFY(parseCsv(ClassExport::exportClass(copy.connection(), kCS101, ClassExport::Format::Attempts), attempts));
        QCOMPARE(attempts.value(1).value(5), QStringLiteral("'@SUM(A1)"));
    }

    // The cells the issue names, spelled out (the tables above are computed; these are not).
    void knownCells()
    {
        Table math;
        QVERIFY(parseCsv(exported(kMATH201, ClassExport::Format::Csv), math));
        const QStringList liam = rowOf(math, QStringLiteral("4"));
        QCOMPARE(liam.value(columnOf(math, QStringLiteral("Full name"))), QStringLiteral("Liam O'Brien"));
        QCOMPARE(liam.value(columnOf(math, QStringLiteral("Last name"))), QStringLiteral("O'Brien"));
        QCOMPARE(liam.value(columnOf(math, QStringLiteral("Midterm exam"))), QStringLiteral("C+"));
        QCOMPARE(liam.value(columnOf(math, QStringLiteral("Oral presentation"))), QStringLiteral("Highly competent"));
        QVERIFY(columnOf(math, QStringLiteral("Participation")) > 0);  // hidden from students, not from the teacher
        QVERIFY(columnOf(math, QStringLiteral("Category total")) > 0);
        QCOMPARE(liam.value(columnOf(math, QStringLiteral("Course completed"))), QStringLiteral("yes"));
        QCOMPARE(liam.value(columnOf(math, QStringLiteral("External id"))), QStringLiteral("4"));

        Table cs;
        QVERIFY(parseCsv(exported(kCS101, ClassExport::Format::Csv), cs));
        QCOMPARE(cs.size(), 22);
        QCOMPARE(cs.first().first(), QStringLiteral("User id"));
        // The class work columns come after every earlier one (the file format only grows).
        QCOMPARE(cs.first().mid(columnOf(cs, QStringLiteral("Course completed"))),
                 (QStringList{QStringLiteral("Course completed"), QStringLiteral("Lab 1: Hello World (submission)"),
                              QStringLiteral("Lab 2: Loops (submission)"), QStringLiteral("Week 1 quiz (attempts)")}));
        QVERIFY(!cs.first().contains(QStringLiteral("Elena Márquez")));
        QVERIFY(rowOf(cs, QStringLiteral("3")).isEmpty());  // the teacher is no learner
        const QStringList zoe = rowOf(cs, QStringLiteral("5"));
        QCOMPARE(zoe.value(columnOf(cs, QStringLiteral("Full name"))), QStringLiteral("Zoë Müller"));
        QCOMPARE(zoe.value(columnOf(cs, QStringLiteral("Course completed"))), QStringLiteral("yes"));
        QCOMPARE(zoe.value(columnOf(cs, QStringLiteral("Week 1 quiz (completion)"))),
                 QStringLiteral("complete (pass)"));
        QCOMPARE(zoe.value(columnOf(cs, QStringLiteral("Groups"))), QStringLiteral("Group A – Mornings"));
        QCOMPARE(rowOf(cs, QStringLiteral("4")).value(columnOf(cs, QStringLiteral("Course completed"))),
                 QStringLiteral("no"));
        QCOMPARE(rowOf(cs, QStringLiteral("4")).value(columnOf(cs, QStringLiteral("Last access"))),
                 QStringLiteral("2026-11-22"));
        QCOMPARE(rowOf(cs, QStringLiteral("6")).value(columnOf(cs, QStringLiteral("Full name"))),
                 QStringLiteral("小明 王"));
        QCOMPARE(rowOf(cs, QStringLiteral("20")).value(columnOf(cs, QStringLiteral("Full name"))),
                 QStringLiteral("Łukasz Kowalski"));
        QVERIFY(columnOf(cs, QStringLiteral("Q&A forum (completion)")) > 0);
        const QStringList sam = rowOf(cs, QStringLiteral("34"));
        QCOMPARE(sam.value(columnOf(cs, QStringLiteral("Full name"))), QStringLiteral("Sam Suspended"));
        QCOMPARE(sam.value(columnOf(cs, QStringLiteral("Last access"))), QString());  // never
        QCOMPARE(sam.value(columnOf(cs, QStringLiteral("Groups"))), QString());
        QCOMPARE(rowOf(cs, QStringLiteral("14")).value(columnOf(cs, QStringLiteral("Lab 1: Hello World"))),
                 QStringLiteral("93.00"));
        QCOMPARE(rowOf(cs, QStringLiteral("18")).value(columnOf(cs, QStringLiteral("Lab 1: Hello World"))),
                 QStringLiteral("-"));

        // CommCare: 8 tracked activities in CS101; Liam completed 4, Zoë 7 (the quiz passed counts).
        Table commCare;
        QVERIFY(parseCsv(exported(kCS101, ClassExport::Format::CommCare), commCare));
        QCOMPARE(commCare.size(), 22);
        QCOMPARE(rowOf(commCare, QStringLiteral("4")),
                 (QStringList{QStringLiteral("4"), QStringLiteral("Liam O'Brien"), QString(),
                              QStringLiteral("student1@northfield.example"), QStringLiteral("CS101"),
                              rowOf(cs, QStringLiteral("4")).value(columnOf(cs, QStringLiteral("Course total"))),
                              QStringLiteral("50"), QStringLiteral("no"), QStringLiteral("2026-11-22")}));
        QCOMPARE(rowOf(commCare, QStringLiteral("5")).value(6), QStringLiteral("87.5"));
        QCOMPARE(rowOf(commCare, QStringLiteral("5")).value(7), QStringLiteral("yes"));
        QCOMPARE(rowOf(commCare, QStringLiteral("34")).value(6), QStringLiteral("0"));
        QCOMPARE(rowOf(commCare, QStringLiteral("34")).value(5), QString());  // "-" in Moodle: no grade
        QCOMPARE(rowOf(commCare, QStringLiteral("34")).value(8), QString());
        Table mathCommCare;
        QVERIFY(parseCsv(exported(kMATH201, ClassExport::Format::CommCare), mathCommCare));
        QCOMPARE(rowOf(mathCommCare, QStringLiteral("4")).value(6), QStringLiteral("100"));
        QCOMPARE(rowOf(mathCommCare, QStringLiteral("4")).value(4), QStringLiteral("MATH201"));
    }

    void courseWithoutCompletion()
    {
        // BIO150 tracks no completion: no activity columns, and nothing to say about the course.
        Table csv;
        QVERIFY(parseCsv(exported(kBIO150, ClassExport::Format::Csv), csv));
        QVERIFY(csv.size() > 1);
        QVERIFY(!csv.first().join(QLatin1Char('|')).contains(QLatin1String("(completion)")));
        const int completed = columnOf(csv, QStringLiteral("Course completed"));
        QVERIFY(completed > 0);
        for (qsizetype r = 1; r < csv.size(); ++r)
            QCOMPARE(csv.at(r).value(completed), QString());
        Table commCare;
        QVERIFY(parseCsv(exported(kBIO150, ClassExport::Format::CommCare), commCare));
        for (qsizetype r = 1; r < commCare.size(); ++r) {
            QCOMPARE(commCare.at(r).value(6), QString());
            QCOMPARE(commCare.at(r).value(7), QString());
        }
    }

    void fileNames()
    {
        const QSqlDatabase db = m_teacher->connection();
        QCOMPARE(ClassExport::suggestedFileName(db, kCS101, ClassExport::Format::Csv),
                 QStringLiteral("CS101-class.csv"));
        QCOMPARE(ClassExport::suggestedFileName(db, kMATH201, ClassExport::Format::CommCare),
                 QStringLiteral("MATH201-commcare.csv"));
        QCOMPARE(ClassExport::suggestedFileName(db, 999, ClassExport::Format::Csv),
                 QStringLiteral("course-999-class.csv"));
        QCOMPARE(ClassExport::suggestedFileName(db, kCS101, ClassExport::Format::Submissions),
                 QStringLiteral("CS101-submissions.csv"));
        QCOMPARE(ClassExport::suggestedFileName(db, kCS101, ClassExport::Format::Attempts),
                 QStringLiteral("CS101-attempts.csv"));
        QCOMPARE(ClassExport::suggestedFileName(db, kMATH201, ClassExport::Format::Competencies),
                 QStringLiteral("MATH201-competencies.csv"));

        QTemporaryDir dir;
        Database scratch;
        QVERIFY(scratch.open(dir.filePath(QStringLiteral("names.sqlite"))));
        Course odd;
        odd.id = 7;
        odd.shortName = QStringLiteral("  ../Évian: 2/3 *draft*  ");
        odd.fullName = QStringLiteral("Odd");
        Course dots;
        dots.id = 8;
        dots.shortName = QStringLiteral("...");
        dots.fullName = QStringLiteral("Dots");
        QVERIFY(CourseRepository(scratch.connection()).replaceCourses({odd, dots}));
        QCOMPARE(ClassExport::suggestedFileName(scratch.connection(), 7, ClassExport::Format::Csv),
                 QStringLiteral("Évian-2-3-draft-class.csv"));
        QCOMPARE(ClassExport::suggestedFileName(scratch.connection(), 8, ClassExport::Format::CommCare),
                 QStringLiteral("course-8-commcare.csv"));
    }

    void formatNames()
    {
        ClassExport::Format format = ClassExport::Format::Csv;
        QVERIFY(ClassExport::formatFromName(QStringLiteral("CommCare"), &format));
        QCOMPARE(format, ClassExport::Format::CommCare);
        QVERIFY(ClassExport::formatFromName(QStringLiteral("csv"), &format));
        QCOMPARE(format, ClassExport::Format::Csv);
        QVERIFY(!ClassExport::formatFromName(QStringLiteral("xlsx"), &format));
        QCOMPARE(ClassExport::formatName(ClassExport::Format::CommCare), QStringLiteral("commcare"));
        const QList<std::pair<QString, ClassExport::Format>> perItem{
            {QStringLiteral("submissions"), ClassExport::Format::Submissions},
            {QStringLiteral("Attempts"), ClassExport::Format::Attempts},
            {QStringLiteral(" competencies "), ClassExport::Format::Competencies}};
        for (const auto &[name, expected] : perItem) {
            QVERIFY2(ClassExport::formatFromName(name, &format), qPrintable(name));
            QCOMPARE(format, expected);
            QCOMPARE(ClassExport::formatName(expected), name.trimmed().toLower());
        }
        QCOMPARE(ClassExport::formats().size(), 5);
    }

    void unknownCourse()
    {
        QString error;
        QCOMPARE(ClassExport::availability(m_teacher->connection(), 999, &error),
                 ClassExport::Availability::UnknownCourse);
        QVERIFY(ClassExport::exportClass(m_teacher->connection(), 999, ClassExport::Format::Csv, &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void notTaughtIsAnError()
    {
        // student1 takes CS101 and teaches nothing: no one else's data, and nothing to export.
        SyncedDatabase student(QStringLiteral("student1"));
        QString error;
        QVERIFY2(student.create(&error), qPrintable(error));
        for (const ClassExport::Format format : {ClassExport::Format::Csv, ClassExport::Format::CommCare}) {
            error.clear();
            QCOMPARE(ClassExport::exportClass(student.connection(), kCS101, format, &error), QByteArray());
            QVERIFY2(error.contains(QLatin1String("do not teach CS101")), qPrintable(error));
        }
        QCOMPARE(ClassExport::availability(student.connection(), kCS101), ClassExport::Availability::NotTeaching);

        // Taught, but the roster never came: not synced yet.
        TeachingRole role;
        role.courseId = kCS101;
        role.teaching = true;
        role.roles = {QStringLiteral("editingteacher")};
        role.checkedAt = SyncedDatabase::kRecordedNow;
        QVERIFY(ClassRepository(student.connection()).saveTeachingRole(role));
        QCOMPARE(ClassExport::availability(student.connection(), kCS101, &error), ClassExport::Availability::NotSynced);
        QVERIFY(ClassExport::exportClass(student.connection(), kCS101, ClassExport::Format::Csv, &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("not synced yet")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestClassExport)
#include "tst_classexport.moc"
