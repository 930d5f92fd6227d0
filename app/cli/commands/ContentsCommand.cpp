#include "ContentsCommand.h"

#include "CompletionColumn.h"
#include "CtlOutput.h"
#include "store/ContentRepository.h"
#include "store/Database.h"

#include <QJsonArray>

using namespace CtlOutput;

namespace {

QJsonArray datesJson(const QList<ActivityDate> &dates)
{
    QJsonArray array;
    for (const ActivityDate &date : dates)
        array.append(QJsonObject{{QStringLiteral("label"), date.label},
                                 {QStringLiteral("dataId"), textOrNull(date.dataId)},
                                 {QStringLiteral("at"), date.timestamp},
                                 {QStringLiteral("atIso"), isoTime(date.timestamp)},
                                 {QStringLiteral("text"), date.label + QLatin1Char(' ') + localTime(date.timestamp)}});
    return array;
}

QString datesText(const QList<ActivityDate> &dates)
{
    QStringList parts;
    for (const ActivityDate &date : dates)
        parts << date.label + QLatin1Char(' ') + localTime(date.timestamp);
    return parts.join(QStringLiteral(" · "));
}

}  // namespace

QString ContentsCommand::takeArguments(const QString &command, const QStringList &args)
{
    return takeOneCourse(command, args);
}

int ContentsCommand::runWithData()
{
    Course course;
    const QJsonObject emptyLists{{QStringLiteral("sections"), QJsonArray()}};
    if (const int exitCode = syncedCourse(m_courseArg, emptyLists, course); exitCode >= 0)
        return exitCode;
    const Result<QList<Section>> readSections = ContentRepository(m_db->connection()).sections(course.id);
    if (!readSections)
        return localFailure(readSections.error());
    const QList<Section> &sections = *readSections;
    CompletionColumn completion;
    if (!completion.load(m_db->connection(), m_clock, course.id, m_account->userId))
        return localFailure(QStringLiteral("completion could not be read"));

    if (json()) {
        QJsonArray sectionsJson;
        for (const Section &section : sections) {
            QJsonArray activities;
            for (const Activity &activity : section.activities)
                activities.append(QJsonObject{{QStringLiteral("cmid"), activity.id},
                                              {QStringLiteral("module"), activity.module},
                                              {QStringLiteral("name"), activity.name},
                                              {QStringLiteral("visible"), activity.visible},
                                              {QStringLiteral("completion"), completion.json(activity)},
                                              {QStringLiteral("dates"), datesJson(activity.dates)}});
            sectionsJson.append(QJsonObject{{QStringLiteral("id"), section.id},
                                            {QStringLiteral("number"), section.number},
                                            {QStringLiteral("name"), section.name},
                                            {QStringLiteral("visible"), section.visible},
                                            {QStringLiteral("activities"), activities}});
        }
        return ok({{QStringLiteral("synced"), true},
                   {QStringLiteral("course"), courseJson(course)},
                   {QStringLiteral("sections"), sectionsJson}});
    }
    m_out << title(course) << "\n";
    if (sections.isEmpty())
        m_out << "The contents of this course are not synced yet.\n";
    for (const Section &section : sections) {
        m_out << "\n" << section.name << (section.visible ? QString() : QStringLiteral(" (hidden)")) << "\n";
        QList<QStringList> rows;
        for (const Activity &activity : section.activities)
            rows << QStringList{QString::number(activity.id), activity.module,
                                activity.name + (activity.visible ? QString() : QStringLiteral(" (hidden)")),
                                completion.text(activity), datesText(activity.dates)};
        m_out << table(rows, QStringLiteral("  "));
    }
    return done();
}
