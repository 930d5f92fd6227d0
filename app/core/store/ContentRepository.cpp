#include "ContentRepository.h"

#include "SqlValues.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace SqlValues;

namespace {

const QString kActivityColumns = QStringLiteral(
    "a.id, a.course_id, a.section_id, a.module, a.module_plural, a.instance, a.name, a.url, a.description,"
    " a.visible, a.user_visible, a.indent, a.completion_mode, a.dates, a.position");

const QString kFileColumns = QStringLiteral(
    "f.activity_id, f.type, f.file_name, f.file_path, f.file_size, f.file_url, f.mime_type, f.time_modified, f.author,"
    " f.external, f.title");

const QString kInsertEmbedded = QStringLiteral(
    "INSERT INTO embedded_files (course_id, section_id, activity_id, source, position, file_name, file_path,"
    " file_size, file_url, mime_type, time_modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");

QString datesJson(const QList<ActivityDate> &dates)
{
    QJsonArray array;
    for (const ActivityDate &date : dates) {
        array.append(QJsonObject{
            {QStringLiteral("label"), date.label},
            {QStringLiteral("timestamp"), date.timestamp},
            {QStringLiteral("dataid"), date.dataId},
        });
    }
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<ActivityDate> datesFrom(const QString &json)
{
    QList<ActivityDate> dates;
    const QJsonArray array = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject object = value.toObject();
        ActivityDate date;
        date.label = object.value(QLatin1String("label")).toString();
        date.timestamp = object.value(QLatin1String("timestamp")).toInteger();
        date.dataId = object.value(QLatin1String("dataid")).toString();
        dates.append(date);
    }
    return dates;
}

Activity readActivity(const QSqlQuery &query)
{
    Activity activity;
    activity.id = int64(query, 0);
    activity.courseId = int64(query, 1);
    activity.sectionId = int64(query, 2);
    activity.module = text(query, 3);
    activity.modulePlural = text(query, 4);
    activity.instance = int64(query, 5);
    activity.name = text(query, 6);
    activity.url = text(query, 7);
    activity.description = text(query, 8);
    activity.visible = boolean(query, 9, true);
    activity.userVisible = boolean(query, 10, true);
    activity.indent = int32(query, 11);
    const int mode = int32(query, 12);
    activity.completionMode =
        (mode == 1 || mode == 2) ? Activity::CompletionMode(mode) : Activity::CompletionMode::None;
    activity.dates = datesFrom(text(query, 13));
    activity.position = int32(query, 14);
    return activity;
}

ActivityFile readFile(const QSqlQuery &query)
{
    // Column 0 is the activity id.
    ActivityFile file;
    file.type = text(query, 1);
    file.fileName = text(query, 2);
    file.filePath = text(query, 3);
    file.fileSize = int64(query, 4);
    file.fileUrl = text(query, 5);
    file.mimeType = text(query, 6);
    file.timeModified = int64(query, 7);
    file.author = text(query, 8);
    file.external = int64(query, 9) != 0;
    file.title = text(query, 10);
    return file;
}

}  // namespace

bool ContentRepository::replaceContents(qint64 courseId, const QList<Section> &sections)
{
    clearError();
    QSqlQuery query(m_db);
    // Activities first (their files go with them), then the sections.
    if (!run(query, QStringLiteral("DELETE FROM activities WHERE course_id = ?"), {courseId})
        || !run(query, QStringLiteral("DELETE FROM sections WHERE course_id = ?"), {courseId})
        || !run(
            query,
            QStringLiteral("DELETE FROM embedded_files WHERE course_id = ? AND source IN ('summary', 'description')"),
            {courseId}))
        return false;

    QSqlQuery insertSection(m_db);
    QSqlQuery insertActivity(m_db);
    QSqlQuery insertFile(m_db);
    QSqlQuery insertEmbedded(m_db);
    if (!prepare(insertEmbedded, kInsertEmbedded)
        || !prepare(insertSection,
                    QStringLiteral("INSERT INTO sections (id, course_id, number, name, summary, summary_format,"
                                   " visible, user_visible, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        || !prepare(insertActivity,
                    QStringLiteral("INSERT INTO activities (id, course_id, section_id, module, module_plural, instance,"
                                   " name, url, description, visible, user_visible, indent, completion_mode, dates,"
                                   " position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"))
        || !prepare(insertFile,
                    QStringLiteral("INSERT INTO activity_files (activity_id, position, type, file_name,"
                                   " file_path, file_size, file_url, mime_type, time_modified, author, external,"
                                   " title) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
        return false;

    int sectionPosition = 0;
    for (const Section &section : sections) {
        bind(insertSection,
             {section.id, courseId, section.number, notNull(section.name), section.summary, section.summaryFormat,
              flag(section.visible), flag(section.userVisible), sectionPosition++});
        if (!exec(insertSection)
            || !insertEmbeddedFiles(insertEmbedded, courseId, section.id, 0, QStringLiteral("summary"),
                                    section.embeddedFiles))
            return false;
        int activityPosition = 0;
        for (const Activity &activity : section.activities) {
            bind(insertActivity,
                 {activity.id, courseId, section.id, notNull(activity.module), activity.modulePlural, activity.instance,
                  notNull(activity.name), activity.url, activity.description, flag(activity.visible),
                  flag(activity.userVisible), activity.indent, int(activity.completionMode), datesJson(activity.dates),
                  activityPosition++});
            if (!exec(insertActivity)
                || !insertEmbeddedFiles(insertEmbedded, courseId, section.id, activity.id,
                                        QStringLiteral("description"), activity.embeddedFiles))
                return false;
            int filePosition = 0;
            for (const ActivityFile &file : activity.files) {
                bind(insertFile,
                     {activity.id, filePosition++, file.type, file.fileName, file.filePath, file.fileSize, file.fileUrl,
                      file.mimeType, file.timeModified, file.author, flag(file.external), nullIfEmpty(file.title)});
                if (!exec(insertFile))
                    return false;
            }
        }
    }
    return true;
}

bool ContentRepository::insertEmbeddedFiles(QSqlQuery &insert, qint64 courseId, qint64 sectionId, qint64 activityId,
                                            const QString &source, const QList<ActivityFile> &files)
{
    int position = 0;
    for (const ActivityFile &file : files) {
        bind(insert,
             {courseId, sectionId == 0 ? QVariant() : QVariant(sectionId), activityId, source, position++,
              file.fileName, file.filePath, file.fileSize, file.fileUrl, file.mimeType, file.timeModified});
        if (!exec(insert))
            return false;
    }
    return true;
}

bool ContentRepository::replaceIntroFiles(const QList<Assignment> &assignments,
                                          const std::optional<QSet<qint64>> &onlyCourses)
{
    clearError();
    QSet<qint64> courses;
    QSqlQuery query(m_db);
    query.setForwardOnly(true);
    if (!run(query, QStringLiteral("SELECT id FROM courses")))
        return false;
    while (query.next())
        courses.insert(int64(query, 0));
    if (onlyCourses)
        courses &= *onlyCourses;
    QSqlQuery remove(m_db);
    if (!prepare(remove, QStringLiteral("DELETE FROM embedded_files WHERE course_id = ? AND source = 'intro'")))
        return false;
    for (const qint64 courseId : std::as_const(courses)) {
        bind(remove, {courseId});
        if (!exec(remove))
            return false;
    }
    QSqlQuery insert(m_db);
    if (!prepare(insert, kInsertEmbedded))
        return false;
    for (const Assignment &assignment : assignments) {
        if (courses.contains(assignment.courseId) && assignment.cmid != 0
            && !insertEmbeddedFiles(insert, assignment.courseId, 0, assignment.cmid, QStringLiteral("intro"),
                                    assignment.introFiles))
            return false;
    }
    return true;
}

Result<QList<Section>> ContentRepository::sections(qint64 courseId)
{
    const Result<QList<Activity>> all = activities(courseId);
    if (!all)
        return failure();
    QHash<qint64, QList<Activity>> bySection;
    for (const Activity &activity : *all)
        bySection[activity.sectionId].append(activity);

    return selectAll(
        QStringLiteral("SELECT id, course_id, number, name, summary, summary_format, visible, user_visible,"
                       " position FROM sections WHERE course_id = ? ORDER BY position, number, id"),
        {courseId}, [&](const QSqlQuery &query) {
            Section section;
            section.id = int64(query, 0);
            section.courseId = int64(query, 1);
            section.number = int32(query, 2);
            section.name = text(query, 3);
            section.summary = text(query, 4);
            section.summaryFormat = int32(query, 5, 1);
            section.visible = boolean(query, 6, true);
            section.userVisible = boolean(query, 7, true);
            section.position = int32(query, 8);
            section.activities = bySection.value(section.id);
            return section;
        });
}

Result<std::optional<Activity>> ContentRepository::activity(qint64 cmid)
{
    Result<std::optional<Activity>> found = selectOne(
        QStringLiteral("SELECT %1 FROM activities a WHERE a.id = ?").arg(kActivityColumns), {cmid}, readActivity);
    if (!found || !*found)
        return found;
    Result<QList<ActivityFile>> files = selectAll(
        QStringLiteral("SELECT %1 FROM activity_files f WHERE f.activity_id = ? ORDER BY f.position").arg(kFileColumns),
        {cmid}, readFile);
    if (!files)
        return failure();
    found.value()->files = std::move(files).value();
    return found;
}

Result<QList<Activity>> ContentRepository::activities(qint64 courseId)
{
    QHash<qint64, QList<ActivityFile>> files;
    if (!forEachRow(QStringLiteral("SELECT %1 FROM activity_files f JOIN activities a ON a.id = f.activity_id"
                                   " WHERE a.course_id = ? ORDER BY f.activity_id, f.position")
                        .arg(kFileColumns),
                    {courseId}, [&](const QSqlQuery &query) { files[int64(query, 0)].append(readFile(query)); }))
        return failure();

    return selectAll(QStringLiteral("SELECT %1 FROM activities a LEFT JOIN sections s ON s.id = a.section_id"
                                    " WHERE a.course_id = ? ORDER BY s.position, a.position, a.id")
                         .arg(kActivityColumns),
                     {courseId}, [&](const QSqlQuery &query) {
                         Activity activity = readActivity(query);
                         activity.files = files.value(activity.id);
                         return activity;
                     });
}
