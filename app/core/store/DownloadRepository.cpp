#include "DownloadRepository.h"

#include "SqlValues.h"

#include <QSet>

using namespace SqlValues;

namespace {
// Files a student can open, in three parts:
// - type "file" entries of activities visible to them. Sites from Moodle 5.1 list question banks (qbank) in the
//   contents; those are not course material;
// - the attachments of the forums' posts (stored by ForumSync for courses kept offline), placed under the forum, one
//   folder per discussion so that attachments of different posts with the same name stay apart;
// - files embedded in section summaries and activity descriptions, and assignments' intro attachments; a section's own
//   files (activity 0) go in the section's folder.
// %1 is the condition on the activity `a` (first two parts), %2 the one on the embedded file `e`; each takes its value.
// Columns 20 to 25 only order the rows: files in the order the site lists them, a forum's attachments after its files,
// a section's own files before its activities'.
const QString kContentFiles = QStringLiteral(
    "SELECT a.course_id, a.id, c.short_name, s.name, s.number, a.name, a.module, f.file_path, f.file_name,"
    " f.file_size, f.time_modified, f.file_url AS file_url, f.mime_type, f.external,"
    " d.local_path, d.file_size, d.time_modified, d.downloaded_at, d.last_error,"
    " s.position, a.position, 0, f.position, 0, 0, s.id, f.title"
    " FROM activity_files f JOIN activities a ON a.id = f.activity_id"
    " JOIN courses c ON c.id = a.course_id LEFT JOIN sections s ON s.id = a.section_id"
    " LEFT JOIN downloads d ON d.file_url = f.file_url"
    " WHERE f.type = 'file' AND f.file_url IS NOT NULL AND f.file_url <> '' AND a.user_visible <> 0"
    " AND a.module <> 'qbank' AND %1");
const QString kForumFiles = QStringLiteral(
    "SELECT a.course_id, a.id, c.short_name, s.name, s.number, a.name, a.module,"
    " '/' || COALESCE(NULLIF(REPLACE(TRIM(fd.name), '/', '-'), ''), fd.id) || '/', fa.file_name,"
    " fa.file_size, fa.time_modified, fa.file_url, fa.mime_type, 0,"
    " d.local_path, d.file_size, d.time_modified, d.downloaded_at, d.last_error,"
    " s.position, a.position, 1, fd.id, p.id, fa.position, s.id, NULL"
    " FROM forum_attachments fa JOIN forum_posts p ON p.id = fa.post_id"
    " JOIN forum_discussions fd ON fd.id = p.discussion_id"
    " JOIN activities a ON a.course_id = fd.course_id AND a.module = 'forum' AND a.instance = fd.forum_id"
    " JOIN courses c ON c.id = a.course_id LEFT JOIN sections s ON s.id = a.section_id"
    " LEFT JOIN downloads d ON d.file_url = fa.file_url"
    " WHERE fa.file_url IS NOT NULL AND fa.file_url <> '' AND a.user_visible <> 0 AND %1");
const QString kEmbeddedFiles = QStringLiteral(
    "SELECT e.course_id, e.activity_id, c.short_name, s.name, s.number, COALESCE(a.name, ''), COALESCE(a.module, ''),"
    " e.file_path, e.file_name, e.file_size, e.time_modified, e.file_url, e.mime_type, 0,"
    " d.local_path, d.file_size, d.time_modified, d.downloaded_at, d.last_error,"
    " s.position, COALESCE(a.position, -1), 2, CASE e.source WHEN 'intro' THEN 0 ELSE 1 END, e.position, 0, s.id,"
    " NULL"
    " FROM embedded_files e JOIN courses c ON c.id = e.course_id"
    " LEFT JOIN activities a ON a.id = e.activity_id"
    " JOIN sections s ON s.id = COALESCE(e.section_id, a.section_id)"
    " LEFT JOIN downloads d ON d.file_url = e.file_url"
    " WHERE e.file_url <> '' AND (e.activity_id = 0 AND s.user_visible <> 0"
    " OR a.user_visible <> 0 AND a.module <> 'qbank') AND %2");
const QString kFileSelect =
    kContentFiles + QStringLiteral(" UNION ALL ") + kForumFiles + QStringLiteral(" UNION ALL ") + kEmbeddedFiles;

// One file can be listed twice (an image in a description that is also the activity's file): the first one counts.
QList<CourseFile> oncePerAddress(QList<CourseFile> files)
{
    QSet<QString> seen;
    files.removeIf([&seen](const CourseFile &file) {
        if (seen.contains(file.fileUrl))
            return true;
        seen.insert(file.fileUrl);
        return false;
    });
    return files;
}

CourseFile readFile(const QSqlQuery &query)
{
    CourseFile file;
    file.courseId = int64(query, 0);
    file.cmid = int64(query, 1);
    file.courseShortName = text(query, 2);
    file.sectionName = text(query, 3);
    if (file.sectionName.isEmpty())
        file.sectionName = QStringLiteral("Section %1").arg(int64(query, 4));
    file.activityName = text(query, 5);
    file.module = text(query, 6);
    file.filePath = text(query, 7);
    file.fileName = text(query, 8);
    file.size = int64(query, 9);
    file.timeModified = int64(query, 10);
    file.fileUrl = text(query, 11);
    file.mimeType = text(query, 12);
    file.external = int64(query, 13) != 0;
    file.localPath = text(query, 14);
    file.localSize = int64(query, 15);
    file.localTimeModified = int64(query, 16);
    file.downloaded = !query.isNull(17);
    file.lastError = text(query, 18);
    file.sectionId = int64(query, 25);
    file.title = text(query, 26);
    return file;
}

StoredDownload readDownload(const QSqlQuery &query)
{
    StoredDownload download;
    download.fileUrl = text(query, 0);
    download.courseId = int64(query, 1);
    download.cmid = int64(query, 2);
    download.localPath = text(query, 3);
    download.size = int64(query, 4);
    download.downloaded = !query.isNull(5);
    return download;
}

const QString kDownloadColumns =
    QStringLiteral("d.file_url, d.course_id, d.activity_id, d.local_path, d.file_size, d.downloaded_at");
}  // namespace

Result<QList<qint64>> DownloadRepository::offlineCourses()
{
    return selectAll(QStringLiteral("SELECT course_id FROM offline_courses ORDER BY course_id"), {},
                     [](const QSqlQuery &query) { return int64(query, 0); });
}

Result<bool> DownloadRepository::isOffline(qint64 courseId)
{
    Result<std::optional<qint64>> row =
        selectOne(QStringLiteral("SELECT course_id FROM offline_courses WHERE course_id = ?"), {courseId},
                  [](const QSqlQuery &query) { return int64(query, 0); });
    if (!row)
        return failure();
    return row->has_value();
}

bool DownloadRepository::setOffline(qint64 courseId, bool offline, qint64 now)
{
    clearError();
    QSqlQuery query(m_db);
    if (offline)
        return run(query, QStringLiteral("INSERT OR IGNORE INTO offline_courses (course_id, since) VALUES (?, ?)"),
                   {courseId, now});
    return run(query, QStringLiteral("DELETE FROM offline_courses WHERE course_id = ?"), {courseId});
}

Result<QList<CourseFile>> DownloadRepository::courseFiles(qint64 courseId)
{
    Result<QList<CourseFile>> files =
        selectAll(kFileSelect.arg(QStringLiteral("a.course_id = ?"), QStringLiteral("e.course_id = ?"))
                      + QStringLiteral(" ORDER BY 20, 21, 22, 23, 24, 25"),
                  {courseId, courseId, courseId}, readFile);
    if (!files)
        return failure();
    return oncePerAddress(*files);
}

Result<QList<CourseFile>> DownloadRepository::activityFiles(qint64 cmid)
{
    Result<QList<CourseFile>> files =
        selectAll(kFileSelect.arg(QStringLiteral("a.id = ?"), QStringLiteral("e.activity_id = ?"))
                      + QStringLiteral(" ORDER BY 20, 21, 22, 23, 24, 25"),
                  {cmid, cmid, cmid}, readFile);
    if (!files)
        return failure();
    return oncePerAddress(*files);
}

Result<QList<StoredDownload>> DownloadRepository::orphans(qint64 courseId)
{
    // What no course lists any more: the same rule as courseFiles, over every course.
    return selectAll(QStringLiteral("SELECT %1 FROM downloads d WHERE (? = 0 OR d.course_id = ?)"
                                    " AND d.file_url NOT IN (SELECT file_url FROM (%2)) ORDER BY d.local_path")
                         .arg(kDownloadColumns, kFileSelect.arg(QStringLiteral("1"), QStringLiteral("1"))),
                     {courseId, courseId}, readDownload);
}

Result<QList<StoredDownload>> DownloadRepository::downloads(qint64 courseId)
{
    return selectAll(QStringLiteral("SELECT %1 FROM downloads d WHERE (? = 0 OR d.course_id = ?) ORDER BY d.local_path")
                         .arg(kDownloadColumns),
                     {courseId, courseId}, readDownload);
}

Result<QStringList> DownloadRepository::localPaths()
{
    Result<QList<QString>> rows = selectAll(QStringLiteral("SELECT local_path FROM downloads"), {},
                                            [](const QSqlQuery &query) { return text(query, 0); });
    if (!rows)
        return failure();
    return QStringList(*rows);
}

bool DownloadRepository::assign(const CourseFile &file, const QString &localPath)
{
    clearError();
    QSqlQuery query(m_db);
    return run(query,
               QStringLiteral("INSERT INTO downloads (file_url, course_id, activity_id, local_path) VALUES (?, ?, ?, ?)"
                              " ON CONFLICT(file_url) DO UPDATE SET course_id = excluded.course_id,"
                              " activity_id = excluded.activity_id, local_path = excluded.local_path"),
               {file.fileUrl, file.courseId, file.cmid, localPath});
}

bool DownloadRepository::readdress(const QString &fromUrl, const QString &toUrl, qint64 cmid)
{
    clearError();
    QSqlQuery query(m_db);
    return run(query,
               QStringLiteral("UPDATE downloads SET file_url = ?, activity_id = ?, part_size = NULL,"
                              " part_time_modified = NULL WHERE file_url = ?"),
               {toUrl, cmid, fromUrl});
}

bool DownloadRepository::markDownloaded(const QString &fileUrl, qint64 size, qint64 timeModified, qint64 at)
{
    clearError();
    QSqlQuery query(m_db);
    return run(query,
               QStringLiteral("UPDATE downloads SET file_size = ?, time_modified = ?, downloaded_at = ?,"
                              " part_size = NULL, part_time_modified = NULL, last_error = NULL WHERE file_url = ?"),
               {size, timeModified, at, fileUrl});
}

bool DownloadRepository::setPart(const QString &fileUrl, qint64 size, qint64 timeModified)
{
    clearError();
    QSqlQuery query(m_db);
    return run(query, QStringLiteral("UPDATE downloads SET part_size = ?, part_time_modified = ? WHERE file_url = ?"),
               {size < 0 ? QVariant() : QVariant(size), size < 0 ? QVariant() : QVariant(timeModified), fileUrl});
}

Result<bool> DownloadRepository::partMatches(const QString &fileUrl, qint64 size, qint64 timeModified)
{
    Result<std::optional<bool>> row =
        selectOne(QStringLiteral("SELECT part_size = ? AND part_time_modified = ? FROM downloads WHERE file_url = ?"),
                  {size, timeModified, fileUrl}, [](const QSqlQuery &query) { return int64(query, 0) != 0; });
    if (!row)
        return failure();
    return row->value_or(false);
}

bool DownloadRepository::setError(const QString &fileUrl, const QString &message)
{
    clearError();
    QSqlQuery query(m_db);
    return run(query, QStringLiteral("UPDATE downloads SET last_error = ? WHERE file_url = ?"),
               {nullIfEmpty(message), fileUrl});
}

bool DownloadRepository::setSearchableText(const QString &fileUrl, const std::optional<QString> &text)
{
    clearError();
    QSqlQuery query(m_db);
    if (!text)
        return run(query, QStringLiteral("DELETE FROM file_texts WHERE file_url = ?"), {fileUrl});
    return run(query, QStringLiteral("INSERT OR REPLACE INTO file_texts (file_url, text) VALUES (?, ?)"),
               {fileUrl, *text});
}

bool DownloadRepository::remove(const QString &fileUrl)
{
    clearError();
    QSqlQuery query(m_db);
    return run(query, QStringLiteral("DELETE FROM downloads WHERE file_url = ?"), {fileUrl});
}

bool DownloadRepository::removeCourse(qint64 courseId)
{
    clearError();
    QSqlQuery query(m_db);
    return run(query, QStringLiteral("DELETE FROM downloads WHERE ? = 0 OR course_id = ?"), {courseId, courseId});
}

Result<QList<DownloadRepository::Usage>> DownloadRepository::usage()
{
    return selectAll(QStringLiteral("SELECT course_id, SUM(file_size), COUNT(*) FROM downloads"
                                    " WHERE downloaded_at IS NOT NULL GROUP BY course_id ORDER BY course_id"),
                     {}, [](const QSqlQuery &query) {
                         return Usage{int64(query, 0), int64(query, 1), int32(query, 2)};
                     });
}
