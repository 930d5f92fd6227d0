#include "ClassExport.h"

#include "display/GradeNames.h"

#include "CsvWriter.h"
#include "store/ClassRepository.h"
#include "store/ClassWorkRepository.h"
#include "store/CompletionRepository.h"
#include "store/CourseRepository.h"
#include "store/DeadlineRepository.h"
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

// ISO 8601 in UTC to the second ("2026-12-06T16:47:44Z"); empty for "never".
QString isoTime(std::optional<qint64> secondsSinceEpoch)
{
    if (!secondsSinceEpoch || *secondsSinceEpoch <= 0)
        return QString();
    return QDateTime::fromSecsSinceEpoch(*secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

// A number as a program reads it: "88", "87.5", "-3" (no grouping, no trailing zeros); empty for none.
QString number(std::optional<double> value)
{
    return value ? QString::number(*value, 'g', 15) : QString();
}

// A quiz's marks and grades with the quiz's decimals, as Moodle shows them ("3.50", "8.75"); empty for none.
QString fixed(std::optional<double> value, int decimals)
{
    return value ? QString::number(*value, 'f', decimals) : QString();
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

// Moodle's submission states as they are ("new", "draft", "submitted", "reopened"), "not submitted" when the site
// has no submission of the learner (a learner graded without one included). Machine-readable, in English whatever
// the app's language (ClassWorkText words them for people).
QString submissionStatus(const std::optional<Submission> &submission)
{
    if (!submission || submission->status.isEmpty())
        return QStringLiteral("not submitted");
    return submission->status;
}

struct ClassData
{
    qint64 courseId = 0;
    QString courseShortName;
    QList<Participant> learners;
    QHash<qint64, QString> groupNames;
    GradeMatrix grades;
    CompletionMatrix completion;

    // The class work (not read for CommCare). hasClassWork: a class sync stored it; the kinds then say what the site
    // shared.
    bool hasClassWork = false;
    bool submissionsShared = false;
    bool attemptsShared = false;
    bool competenciesShared = false;
    QList<Assignment> assignments;  // as `satchelctl submissions` lists them
    QList<Quiz> quizzes;  // as `satchelctl attempts` lists them
    QHash<QPair<qint64, qint64>, Submission> submissions;  // (assignment, learner)
    QHash<QPair<qint64, qint64>, QList<QuizAttempt>> attempts;  // (quiz, learner) -> by attempt number
    QList<CourseCompetency> competencies;
    QHash<QPair<qint64, qint64>, CompetencyRating> ratings;  // (competency, learner)

    std::optional<Submission> submission(qint64 assignmentId, qint64 userId) const
    {
        const auto it = submissions.constFind(qMakePair(assignmentId, userId));
        return it == submissions.constEnd() ? std::nullopt : std::optional<Submission>(*it);
    }
};

bool loadClassWork(QSqlDatabase db, ClassData &data, QString *problem)
{
    const auto failed = [problem](const QString &why) {
        *problem = why;
        return false;
    };
    DeadlineRepository deadlines(db);
    Result<QList<Assignment>> assignments = deadlines.courseAssignments(data.courseId);
    if (!assignments)
        return failed(assignments.error());
    data.assignments = std::move(assignments).value();
    Result<QList<Quiz>> quizzes = deadlines.courseQuizzes(data.courseId);
    if (!quizzes)
        return failed(quizzes.error());
    data.quizzes = std::move(quizzes).value();

    ClassWorkRepository work(db);
    const Result<bool> stored = work.hasClassWork(data.courseId);
    if (!stored)
        return failed(stored.error());
    data.hasClassWork = *stored;
    if (!data.hasClassWork)
        return true;
    const Result<QList<ClassWorkSharing>> sharing = work.sharing(data.courseId);
    if (!sharing)
        return failed(sharing.error());
    const auto shared = [&sharing](const QString &kind) {
        for (const ClassWorkSharing &verdict : *sharing) {
            if (verdict.kind == kind && !verdict.shared)
                return false;
        }
        return true;
    };
    data.submissionsShared = shared(ClassWorkSharing::kSubmissions);
    data.attemptsShared = shared(ClassWorkSharing::kAttempts);
    data.competenciesShared = shared(ClassWorkSharing::kCompetencies);
    const Result<QList<Submission>> submissions = work.submissions(data.courseId);
    if (!submissions)
        return failed(submissions.error());
    for (const Submission &submission : *submissions)
        data.submissions.insert(qMakePair(submission.assignmentId, submission.userId), submission);
    const Result<QList<QuizAttempt>> attempts = work.attempts(data.courseId);
    if (!attempts)
        return failed(attempts.error());
    for (const QuizAttempt &attempt : *attempts)
        data.attempts[qMakePair(attempt.quizId, attempt.userId)].append(attempt);
    Result<QList<CourseCompetency>> competencies = work.competencies(data.courseId);
    if (!competencies)
        return failed(competencies.error());
    data.competencies = std::move(competencies).value();
    const Result<QList<CompetencyRating>> ratings = work.competencyRatings(data.courseId);
    if (!ratings)
        return failed(ratings.error());
    for (const CompetencyRating &rating : *ratings)
        data.ratings.insert(qMakePair(rating.competencyId, rating.userId), rating);
    return true;
}

bool load(QSqlDatabase db, qint64 courseId, bool withClassWork, ClassData &data, QString *error)
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
    data.courseId = courseId;
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
    QString problem;
    if (withClassWork && !loadClassWork(db, data, &problem))
        return failed(problem);
    return true;
}

CsvWriter classCsv(const ClassData &data)
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
    // Added with the class work (issue 17), after every earlier column: a file format only grows.
    for (const Assignment &assignment : data.assignments)
        header << QStringLiteral("%1 (submission)").arg(assignment.name);
    for (const Quiz &quiz : data.quizzes)
        header << QStringLiteral("%1 (attempts)").arg(quiz.name);
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
        // Empty when the class work was never synced or the site did not share that kind: unknown, not "none".
        const bool submissionsKnown = data.hasClassWork && data.submissionsShared;
        for (const Assignment &assignment : data.assignments)
            cells << (submissionsKnown ? submissionStatus(data.submission(assignment.id, learner.userId)) : QString());
        const bool attemptsKnown = data.hasClassWork && data.attemptsShared;
        for (const Quiz &quiz : data.quizzes)
            cells << (attemptsKnown ? QString::number(data.attempts.value(qMakePair(quiz.id, learner.userId)).size())
                                    : QString());
        csv.addRow(cells);
    }
    return csv;
}

CsvWriter commCareCsv(const ClassData &data)
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
    return csv;
}

// The columns every class work format starts with: which course and which learner, as the Csv format names them.
QStringList learnerHeader()
{
    return {QStringLiteral("Course id"), QStringLiteral("User id"), QStringLiteral("External id"),
            QStringLiteral("Full name")};
}

QStringList learnerCells(const ClassData &data, const Participant &learner)
{
    return {QString::number(data.courseId), QString::number(learner.userId), learner.externalId(), learner.fullName};
}

CsvWriter submissionsCsv(const ClassData &data)
{
    CsvWriter csv(CsvWriter::Bom::Include);
    csv.addRow(learnerHeader()
               + QStringList{QStringLiteral("Assignment id"), QStringLiteral("Assignment"), QStringLiteral("Due at"),
                             QStringLiteral("Status"), QStringLiteral("Group submission"),
                             QStringLiteral("Submitted at"), QStringLiteral("Late by seconds"), QStringLiteral("Grade"),
                             QStringLiteral("Max grade"), QStringLiteral("Graded at")});
    for (const Participant &learner : data.learners) {
        for (const Assignment &assignment : data.assignments) {
            const std::optional<Submission> submission = data.submission(assignment.id, learner.userId);
            QStringList cells = learnerCells(data, learner);
            cells << QString::number(assignment.id) << assignment.name
                  << isoTime(assignment.dueDate > 0 ? std::optional<qint64>(assignment.dueDate) : std::nullopt);
            if (data.submissionsShared) {
                const bool submitted = submission && submission->isSubmitted();
                const std::optional<qint64> late = submission ? submission->lateBy(assignment.dueDate) : std::nullopt;
                cells << submissionStatus(submission)
                      << (submission && !submission->status.isEmpty() ? yesNo(submission->groupSubmission) : QString())
                      << (submitted ? isoTime(submission->timeModified) : QString())
                      << (late ? QString::number(*late) : QString());
            } else {
                cells << QString() << QString() << QString() << QString();
            }
            // Grades come with their own verdict (assign-grades): a site can share them without the submissions.
            cells << number(submission ? submission->grade : std::nullopt) << number(assignment.maxGrade)
                  << isoTime(submission && submission->grade ? submission->timeGraded : std::nullopt);
            csv.addRow(cells);
        }
    }
    return csv;
}

CsvWriter attemptsCsv(const ClassData &data)
{
    CsvWriter csv(CsvWriter::Bom::Include);
    csv.addRow(learnerHeader()
               + QStringList{QStringLiteral("Quiz id"), QStringLiteral("Quiz"), QStringLiteral("Attempt"),
                             QStringLiteral("State"), QStringLiteral("Started at"), QStringLiteral("Finished at"),
                             QStringLiteral("Duration seconds"), QStringLiteral("Marks"), QStringLiteral("Max marks"),
                             QStringLiteral("Grade"), QStringLiteral("Max grade")});
    for (const Participant &learner : data.learners) {
        for (const Quiz &quiz : data.quizzes) {
            const QuizGrading grading{quiz.sumGrades, quiz.maxGrade, quiz.decimalPoints};
            const int decimals = grading.decimals();
            const QStringList item = learnerCells(data, learner) + QStringList{QString::number(quiz.id), quiz.name};
            const QList<QuizAttempt> attempts =
                data.attemptsShared ? data.attempts.value(qMakePair(quiz.id, learner.userId)) : QList<QuizAttempt>();
            // Every learner × quiz has a row: one without attempts (or not shared) has empty attempt cells.
            if (attempts.isEmpty())
                csv.addRow(item + QStringList(9, QString()));  // Attempt … Max grade
            for (const QuizAttempt &attempt : attempts) {
                const bool marked = attempt.sumGrades.has_value() && quiz.sumGrades > 0;
                const std::optional<double> grade = grading.gradeOf(attempt.sumGrades);
                csv.addRow(item
                           + QStringList{QString::number(attempt.attempt), attempt.state, isoTime(attempt.timeStart),
                                         isoTime(attempt.timeFinish),
                                         attempt.duration() ? QString::number(*attempt.duration()) : QString(),
                                         marked ? fixed(attempt.sumGrades, decimals) : QString(),
                                         marked ? fixed(quiz.sumGrades, decimals) : QString(), fixed(grade, decimals),
                                         grade ? fixed(quiz.maxGrade, decimals) : QString()});
            }
        }
    }
    return csv;
}

CsvWriter competenciesCsv(const ClassData &data)
{
    CsvWriter csv(CsvWriter::Bom::Include);
    csv.addRow(learnerHeader()
               + QStringList{QStringLiteral("Competency id"), QStringLiteral("Competency"),
                             QStringLiteral("Competency id number"), QStringLiteral("Rating"),
                             QStringLiteral("Rating scale item"), QStringLiteral("Proficient")});
    for (const Participant &learner : data.learners) {
        for (const CourseCompetency &competency : data.competencies) {
            QStringList cells = learnerCells(data, learner);
            cells << QString::number(competency.competencyId) << competency.shortName << competency.idNumber;
            if (data.competenciesShared) {
                // As `satchelctl competencies` counts them: no rating is not rated, hence not proficient.
                const CompetencyRating rating = data.ratings.value(qMakePair(competency.competencyId, learner.userId));
                cells << rating.gradeName << (rating.grade ? QString::number(*rating.grade) : QString())
                      << yesNo(rating.proficient);
            } else {
                cells << QString() << QString() << QString();
            }
            csv.addRow(cells);
        }
    }
    return csv;
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

QByteArray exportClass(QSqlDatabase db, qint64 courseId, Format format, QString *error, int *rows)
{
    if (rows)
        *rows = 0;
    ClassData data;
    if (!load(db, courseId, format != Format::CommCare, data, error))
        return QByteArray();
    if (isPerItem(format) && !data.hasClassWork) {
        if (error)
            *error = QStringLiteral("The class work (submissions, quiz attempts, competencies) of %1 is not synced "
                                    "yet; sync, then export again.")
                         .arg(data.courseShortName);
        return QByteArray();
    }
    if (error)
        error->clear();
    CsvWriter csv;
    switch (format) {
    case Format::Csv:
        csv = classCsv(data);
        break;
    case Format::CommCare:
        csv = commCareCsv(data);
        break;
    case Format::Submissions:
        csv = submissionsCsv(data);
        break;
    case Format::Attempts:
        csv = attemptsCsv(data);
        break;
    case Format::Competencies:
        csv = competenciesCsv(data);
        break;
    }
    if (rows)
        *rows = csv.rowCount() - 1;  // the header is no row of data
    return csv.bytes();
}

QString suggestedFileName(QSqlDatabase db, qint64 courseId, Format format)
{
    // The class roster keeps its historical "-class"; the others are named after their format.
    return suggestedFileName(db, courseId, format == Format::Csv ? QStringLiteral("class") : formatName(format));
}

QString suggestedFileName(QSqlDatabase db, qint64 courseId, const QString &what)
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
    return QStringLiteral("%1-%2.csv").arg(base, what);
}

QList<Format> formats()
{
    return {Format::Csv, Format::CommCare, Format::Submissions, Format::Attempts, Format::Competencies};
}

bool isPerItem(Format format)
{
    return format == Format::Submissions || format == Format::Attempts || format == Format::Competencies;
}

QString formatName(Format format)
{
    switch (format) {
    case Format::Csv:
        break;
    case Format::CommCare:
        return QStringLiteral("commcare");
    case Format::Submissions:
        return QStringLiteral("submissions");
    case Format::Attempts:
        return QStringLiteral("attempts");
    case Format::Competencies:
        return QStringLiteral("competencies");
    }
    return QStringLiteral("csv");
}

bool formatFromName(const QString &name, Format *format)
{
    const QString lower = name.trimmed().toLower();
    for (const Format candidate : formats()) {
        if (lower == formatName(candidate)) {
            if (format)
                *format = candidate;
            return true;
        }
    }
    return false;
}

}  // namespace ClassExport
