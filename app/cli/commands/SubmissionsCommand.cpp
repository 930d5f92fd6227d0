#include "SubmissionsCommand.h"

#include "CtlOutput.h"
#include "display/ClassWorkText.h"
#include "store/ClassWorkRepository.h"
#include "store/Database.h"
#include "store/DeadlineRepository.h"
#include "text/HtmlSanitizer.h"

#include <QJsonArray>

using namespace CtlOutput;
using ClassWorkText::gradeText;
using ClassWorkText::lateText;

int SubmissionsCommand::runWithData()
{
    Course course;
    if (const int exitCode = classOf({{QStringLiteral("assignments"), QJsonArray()}}, course); exitCode >= 0)
        return exitCode;
    const Result<QList<Assignment>> readAssignments =
        DeadlineRepository(m_db->connection()).courseAssignments(course.id);
    if (!readAssignments)
        return localFailure(readAssignments.error());
    const Result<QList<Submission>> readSubmissions = ClassWorkRepository(m_db->connection()).submissions(course.id);
    if (!readSubmissions)
        return localFailure(readSubmissions.error());
    const QList<Assignment> &assignments = *readAssignments;
    QHash<QPair<qint64, qint64>, Submission> byCell;
    for (const Submission &s : *readSubmissions)
        byCell.insert(qMakePair(s.assignmentId, s.userId), s);
    const auto cell = [&](qint64 assignmentId, qint64 userId) -> std::optional<Submission> {
        const auto it = byCell.constFind(qMakePair(assignmentId, userId));
        return it == byCell.constEnd() ? std::nullopt : std::optional<Submission>(*it);
    };
    const QString submissionsRefused = notShared(ClassWorkSharing::kSubmissions);
    const QString gradesRefused = notShared(ClassWorkSharing::kGrades);
    const auto nameOf = [&](std::optional<qint64> userId) {
        return userId ? m_people.value(*userId).fullName : QString();
    };

    if (json()) {
        QJsonArray list;
        for (const Assignment &a : std::as_const(assignments)) {
            QJsonArray learners;
            for (const Participant &p : std::as_const(m_learners)) {
                const std::optional<Submission> s = cell(a.id, p.userId);
                const std::optional<qint64> late = s ? s->lateBy(a.dueDate) : std::nullopt;
                QJsonArray files;
                for (const SubmissionFile &f : s ? s->files : QList<SubmissionFile>())
                    files.append(QJsonObject{{QStringLiteral("fileName"), f.fileName},
                                             {QStringLiteral("filePath"), f.filePath},
                                             {QStringLiteral("fileSize"), f.fileSize},
                                             {QStringLiteral("fileUrl"), f.fileUrl},
                                             {QStringLiteral("timeModified"), f.timeModified},
                                             {QStringLiteral("mimeType"), textOrNull(f.mimeType)}});
                const bool submitted = s && s->isSubmitted();
                learners.append(QJsonObject{
                    {QStringLiteral("userId"), p.userId},
                    {QStringLiteral("fullName"), p.fullName},
                    {QStringLiteral("status"), s ? textOrNull(s->status) : QJsonValue(QJsonValue::Null)},
                    {QStringLiteral("submitted"), submitted},
                    {QStringLiteral("submittedAt"), submitted ? QJsonValue(s->timeModified) : QJsonValue()},
                    {QStringLiteral("submittedAtIso"),
                     isoTime(submitted ? std::optional<qint64>(s->timeModified) : std::nullopt)},
                    {QStringLiteral("late"), late.has_value()},
                    {QStringLiteral("lateBySeconds"), optional(late)},
                    {QStringLiteral("groupSubmission"), s && s->groupSubmission},
                    {QStringLiteral("groupId"), s && s->groupId > 0 ? QJsonValue(s->groupId) : QJsonValue()},
                    {QStringLiteral("gradingStatus"), s ? textOrNull(s->gradingStatus) : QJsonValue()},
                    {QStringLiteral("needsGrading"), ClassWorkText::needsGrading(s)},
                    {QStringLiteral("grade"), optional(s ? s->grade : std::nullopt)},
                    {QStringLiteral("gradeText"), textOrNull(gradeText(s ? s->grade : std::nullopt, a.maxGrade))},
                    {QStringLiteral("graderId"), optional(s ? s->graderId : std::nullopt)},
                    {QStringLiteral("grader"), textOrNull(nameOf(s ? s->graderId : std::nullopt))},
                    {QStringLiteral("gradedAt"), optional(s ? s->timeGraded : std::nullopt)},
                    {QStringLiteral("gradedAtIso"), isoTime(s ? s->timeGraded : std::nullopt)},
                    {QStringLiteral("onlineText"),
                     s && !s->onlineText.isEmpty() ? QJsonValue(HtmlSanitizer::sanitize(s->onlineText)) : QJsonValue()},
                    {QStringLiteral("files"), files},
                });
            }
            list.append(QJsonObject{
                {QStringLiteral("id"), a.id},
                {QStringLiteral("cmid"), a.cmid},
                {QStringLiteral("name"), a.name},
                {QStringLiteral("dueAt"), a.dueDate > 0 ? QJsonValue(a.dueDate) : QJsonValue()},
                {QStringLiteral("dueAtIso"), isoTime(a.dueDate > 0 ? std::optional<qint64>(a.dueDate) : std::nullopt)},
                {QStringLiteral("maxGrade"), a.maxGrade},
                {QStringLiteral("learners"), learners}});
        }
        return ok({{QStringLiteral("synced"), true},
                   {QStringLiteral("course"), courseJson(course)},
                   {QStringLiteral("notShared"),
                    QJsonObject{{QStringLiteral("submissions"), textOrNull(submissionsRefused)},
                                {QStringLiteral("grades"), textOrNull(gradesRefused)}}},
                   {QStringLiteral("assignments"), list}});
    }

    m_out << title(course) << "\n";
    if (!submissionsRefused.isEmpty())
        m_out << notSharedSentence(QStringLiteral("submissions"), submissionsRefused) << "\n";
    if (!gradesRefused.isEmpty())
        m_out << notSharedSentence(QStringLiteral("assignment grades"), gradesRefused) << "\n";
    if (assignments.isEmpty())
        m_out << "No assignments.\n";
    for (const Assignment &a : std::as_const(assignments)) {
        int submitted = 0;
        int drafts = 0;
        int late = 0;
        int toGrade = 0;
        QList<QStringList> rows;
        for (const Participant &p : std::as_const(m_learners)) {
            const std::optional<Submission> s = cell(a.id, p.userId);
            const std::optional<qint64> lateBy = s ? s->lateBy(a.dueDate) : std::nullopt;
            submitted += s && s->isSubmitted();
            drafts += s && s->status == QLatin1String("draft");
            late += lateBy.has_value();
            toGrade += ClassWorkText::needsGrading(s);
            rows << QStringList{p.fullName,
                                ClassWorkText::statusText(s),
                                s && s->isSubmitted() ? localTime(s->timeModified) : QString(),
                                lateBy ? lateText(*lateBy) : QString(),
                                ClassWorkText::gradeOrToGrade(s, a.maxGrade),
                                nameOf(s ? s->graderId : std::nullopt)};
        }
        m_out << "\n"
              << a.name << (a.dueDate > 0 ? QStringLiteral(" · due ") + localTime(a.dueDate) : QString()) << " · "
              << submitted << " submitted (" << late << " late), " << drafts << (drafts == 1 ? " draft, " : " drafts, ")
              << (m_learners.size() - submitted - drafts) << " not submitted, " << toGrade << " to grade\n";
        m_out << table(rows, QStringLiteral("  "));
    }
    return done();
}
