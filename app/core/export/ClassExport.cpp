#include "ClassExport.h"

#include "display/GradeNames.h"

#include "CsvWriter.h"
#include "store/ClassRepository.h"
#include "store/CompletionRepository.h"
#include "store/CourseRepository.h"
#include "store/GradeRepository.h"

#include <QDateTime>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <cmath>

namespace ClassExport {

namespace {

QString databaseMessage(const QString &detail)
{
    return QStringLiteral("The offline data could not be read (%1).").arg(detail);
}

// yyyy-MM-dd in UTC, as CommCare and ISO 8601 want a date; empty for "never".
QString isoDate(std::optional<qint64> secondsSinceEpoch)
{
    if (!secondsSinceEpoch)
        return QString();
    return QDateTime::fromSecsSinceEpoch(*secondsSinceEpoch, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd"));
}

// Named as satchelctl's `grades <course>` names them, in English whatever the app's language: a file format.
QString gradeHeader(const GradeMatrix::Column &column)
{
    return GradeNames::itemName(column.name, column.itemType, GradeNames::Language::English);
}

QString completionText(int state)
{
    switch (state) {
    case 0:
        return QStringLiteral("incomplete");
    case 1:
        return QStringLiteral("complete");
    case 2:
        return QStringLiteral("complete (pass)");
    case 3:
        return QStringLiteral("complete (fail)");
    default:
        return QString();  // not synced
    }
}

QString yesNo(qint8 value)
{
    if (value < 0)
        return QString();  // no criteria, completion off, or not synced
    return value ? QStringLiteral("yes") : QStringLiteral("no");
}

// Completed tracked activities out of all tracked activities, in percent with at most one decimal
// ("50", "87.5", "33.3"); empty when the course tracks none or nothing is known of this learner.
// Complete and complete (pass) count; complete (fail) does not; an activity not synced for the learner
// counts as not completed.
QString completionPercentage(const CompletionMatrix &matrix, int row)
{
    const qsizetype tracked = matrix.columns.size();
    if (tracked == 0)
        return QString();
    int completed = 0;
    int known = 0;
    for (int column = 0; column < tracked; ++column) {
        const int state = matrix.state(row, column);
        known += state >= 0 ? 1 : 0;
        completed += (state == 1 || state == 2) ? 1 : 0;
    }
    if (known == 0)
        return QString();
    const double percent = std::round(1000.0 * completed / double(tracked)) / 10.0;
    return QString::number(percent, 'f', percent == std::floor(percent) ? 0 : 1);
}

// Makes repeated headers unique ("Category total", "Category total (2)"), so that every column can be
// addressed by its name (CommCare, pandas, a spreadsheet's lookup).
void makeUnique(QStringList &headers)
{
    const QSet<QString> originals(headers.cbegin(), headers.cend());
    QSet<QString> taken;
    for (QString &header : headers) {
        if (!taken.contains(header)) {
            taken.insert(header);
            continue;
        }
        QString candidate;
        int n = 2;
        do {
            candidate = QStringLiteral("%1 (%2)").arg(header).arg(n++);
        } while (originals.contains(candidate) || taken.contains(candidate));
        taken.insert(candidate);
        header = candidate;
    }
}

struct ClassData
{
    QString courseShortName;
    QList<Participant> learners;
    QHash<qint64, QString> groupNames;
    GradeMatrix grades;
    CompletionMatrix completion;
};

bool load(QSqlDatabase db, qint64 courseId, ClassData &data, QString *error)
{
    QString message;
    if (availability(db, courseId, &message) != Availability::Available) {
        if (error)
            *error = message;
        return false;
    }
    const auto failed = [error](const QString &problem) {
        if (error)
            *error = databaseMessage(problem);
        return false;
    };
    ClassRepository classes(db);
    const Result<std::optional<Course>> course = CourseRepository(db).course(courseId);
    if (!course)
        return failed(course.error());
    data.courseShortName = *course ? (*course)->shortName : QString();
    Result<QList<Participant>> learners = classes.learners(courseId);
    if (!learners)
        return failed(learners.error());
    data.learners = std::move(learners).value();
    const Result<QList<CourseGroup>> groups = classes.groups(courseId);
    if (!groups)
        return failed(groups.error());
    for (const CourseGroup &group : *groups)
        data.groupNames.insert(group.id, group.name);
    QList<qint64> userIds;
    for (const Participant &learner : std::as_const(data.learners))
        userIds.append(learner.userId);
    Result<GradeMatrix> grades = GradeRepository(db).gradeMatrix(courseId, userIds);
    if (!grades)
        return failed(grades.error());
    data.grades = std::move(grades).value();
    Result<CompletionMatrix> completion = CompletionRepository(db).completionMatrix(courseId, userIds);
    if (!completion)
        return failed(completion.error());
    data.completion = std::move(completion).value();
    return true;
}

QByteArray classCsv(const ClassData &data)
{
    CsvWriter csv(CsvWriter::Bom::Include);
    QStringList header{QStringLiteral("User id"),   QStringLiteral("External id"), QStringLiteral("First name"),
                       QStringLiteral("Last name"), QStringLiteral("Full name"),   QStringLiteral("Email"),
                       QStringLiteral("Groups"),    QStringLiteral("Last access")};
    for (const GradeMatrix::Column &column : data.grades.columns)
        header << gradeHeader(column);
    // An activity is usually graded too: its completion column says what it holds.
    for (const CompletionMatrix::Column &column : data.completion.columns)
        header << QStringLiteral("%1 (completion)").arg(column.name);
    header << QStringLiteral("Course completed");
    makeUnique(header);
    csv.addRow(header);

    for (int row = 0; row < data.learners.size(); ++row) {
        const Participant &learner = data.learners.at(row);
        QStringList groups;
        for (const qint64 groupId : learner.groupIds) {
            if (data.groupNames.contains(groupId))
                groups << data.groupNames.value(groupId);
        }
        groups.sort(Qt::CaseInsensitive);
        QStringList cells{QString::number(learner.userId),
                          learner.externalId(),
                          learner.firstName,
                          learner.lastName,
                          learner.fullName,
                          learner.email,
                          groups.join(QStringLiteral("; ")),
                          isoDate(learner.lastAccess)};
        for (int column = 0; column < data.grades.columns.size(); ++column) {
            const GradeMatrix::Cell &cell = data.grades.cell(row, column);
            cells << (cell.present ? cell.formatted : QString());
        }
        for (int column = 0; column < data.completion.columns.size(); ++column)
            cells << completionText(data.completion.state(row, column));
        cells << yesNo(data.completion.courseCompleted.at(row));
        csv.addRow(cells);
    }
    return csv.bytes();
}

QByteArray commCareCsv(const ClassData &data)
{
    // CommCare's case importer matches rows to cases by "external_id" and names cases from "name";
    // property names are lower case with underscores. No BOM: CommCare reads the file as plain UTF-8.
    CsvWriter csv(CsvWriter::Bom::Omit);
    csv.addRow({QStringLiteral("external_id"), QStringLiteral("name"), QStringLiteral("phone"), QStringLiteral("email"),
                QStringLiteral("course"), QStringLiteral("final_grade"), QStringLiteral("completion_percentage"),
                QStringLiteral("course_completed"), QStringLiteral("last_access")});
    int total = -1;
    for (int column = 0; column < data.grades.columns.size(); ++column) {
        if (data.grades.columns.at(column).itemType == QLatin1String("course"))
            total = column;
    }
    for (int row = 0; row < data.learners.size(); ++row) {
        const Participant &learner = data.learners.at(row);
        QString name = learner.fullName.trimmed();
        if (name.isEmpty())
            name =
                QStringList{learner.firstName.trimmed(), learner.lastName.trimmed()}.join(QLatin1Char(' ')).trimmed();
        const QString phone = !learner.phone1.trimmed().isEmpty() ? learner.phone1.trimmed() : learner.phone2.trimmed();
        QString finalGrade;
        if (total >= 0) {
            const GradeMatrix::Cell &cell = data.grades.cell(row, total);
            // Moodle shows "-" for "no grade"; a case property is better left empty then.
            if (cell.present && cell.formatted != QLatin1String("-"))
                finalGrade = cell.formatted;
        }
        csv.addRow({learner.externalId(), name, phone, learner.email.trimmed(), data.courseShortName, finalGrade,
                    completionPercentage(data.completion, row), yesNo(data.completion.courseCompleted.at(row)),
                    isoDate(learner.lastAccess)});
    }
    return csv.bytes();
}

}  // namespace

Availability availability(QSqlDatabase db, qint64 courseId, QString *message)
{
    const auto answer = [message](Availability result, const QString &text) {
        if (message)
            *message = text;
        return result;
    };
    const Result<std::optional<Course>> found = CourseRepository(db).course(courseId);
    if (!found)
        return answer(Availability::DatabaseError, databaseMessage(found.error()));
    const std::optional<Course> &course = *found;
    if (!course)
        return answer(Availability::UnknownCourse,
                      QStringLiteral("There is no course %1 in the offline data.").arg(courseId));
    ClassRepository classes(db);
    const Result<std::optional<TeachingRole>> role = classes.teachingRole(courseId);
    if (!role)
        return answer(Availability::DatabaseError, databaseMessage(role.error()));
    if (!*role || !(*role)->teaching)
        return answer(Availability::NotTeaching,
                      QStringLiteral("You do not teach %1, so there is no class to export.").arg(course->shortName));
    // The roster lists the teacher too: empty means the class was not synced yet.
    const Result<QList<Participant>> participants = classes.participants(courseId);
    if (!participants)
        return answer(Availability::DatabaseError, databaseMessage(participants.error()));
    if (participants->isEmpty())
        return answer(
            Availability::NotSynced,
            QStringLiteral("The class of %1 is not synced yet; sync, then export again.").arg(course->shortName));
    return answer(Availability::Available, QString());
}

QByteArray exportClass(QSqlDatabase db, qint64 courseId, Format format, QString *error)
{
    ClassData data;
    if (!load(db, courseId, data, error))
        return QByteArray();
    if (error)
        error->clear();
    return format == Format::CommCare ? commCareCsv(data) : classCsv(data);
}

QString suggestedFileName(QSqlDatabase db, qint64 courseId, Format format)
{
    // Without the course (or without a readable database) the name falls back to the id, below.
    const std::optional<Course> course = CourseRepository(db).course(courseId).valueOr(std::nullopt);
    QString base = course ? course->shortName : QString();
    // Refused somewhere: \ / : * ? " < > | and control characters; spaces are awkward in a shell.
    static const QRegularExpression unsafe(QStringLiteral("[\\\\/:*?\"<>|\\x00-\\x1F\\x7F\\s]+"));
    base.replace(unsafe, QStringLiteral("-"));
    static const QRegularExpression dashes(QStringLiteral("-{2,}"));
    base.replace(dashes, QStringLiteral("-"));
    // Leading dots hide a file; trailing dots and spaces are dropped by Windows.
    while (!base.isEmpty() && (base.front() == QLatin1Char('.') || base.front() == QLatin1Char('-')))
        base.remove(0, 1);
    while (!base.isEmpty() && (base.back() == QLatin1Char('.') || base.back() == QLatin1Char('-')))
        base.chop(1);
    if (base.isEmpty())
        base = QStringLiteral("course-%1").arg(courseId);
    return base + (format == Format::CommCare ? QStringLiteral("-commcare.csv") : QStringLiteral("-class.csv"));
}

QString formatName(Format format)
{
    return format == Format::CommCare ? QStringLiteral("commcare") : QStringLiteral("csv");
}

bool formatFromName(const QString &name, Format *format)
{
    const QString lower = name.trimmed().toLower();
    Format found = Format::Csv;
    if (lower == QLatin1String("csv"))
        found = Format::Csv;
    else if (lower == QLatin1String("commcare"))
        found = Format::CommCare;
    else
        return false;
    if (format)
        *format = found;
    return true;
}

}  // namespace ClassExport
