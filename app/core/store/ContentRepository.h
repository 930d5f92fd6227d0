#pragma once

#include <QHash>

#include "Repository.h"
#include "model/ContentRecords.h"
#include "model/DeadlineRecords.h"

#include <QList>
#include <QSet>
#include <optional>

// A course's sections, activities (course modules) and the files of each activity.
class ContentRepository : public Repository
{
public:
    explicit ContentRepository(QSqlDatabase db) : Repository(std::move(db)) {}

    // Deletes the course's previous sections, activities and files, then stores `sections`.
    // Structure wins over fields: every section and activity is stored under `courseId`, every activity
    // under the section that contains it, and list order is display order (Section::position and
    // Activity::position are written as the index in their list). The course must be stored already.
    // The files embedded in summaries and descriptions (Section/Activity::embeddedFiles) are replaced with them.
    bool replaceContents(qint64 courseId, const QList<Section> &sections);
    // The files of assignments' descriptions (Assignment::introFiles) of the courses in `onlyCourses` (all when
    // absent) are replaced with those of `assignments`; courses that are not stored are skipped.
    bool replaceIntroFiles(const QList<Assignment> &assignments,
                           const std::optional<QSet<qint64>> &onlyCourses = std::nullopt);
    // In position order, each with its activities (in position order) and their files and dates.
    Result<QList<Section>> sections(qint64 courseId);
    // One activity with its files and dates.
    Result<std::optional<Activity>> activity(qint64 cmid);
    // Every activity of the course, in display order (by section, then position).
    Result<QList<Activity>> activities(qint64 courseId);

private:
    bool insertEmbeddedFiles(QSqlQuery &insert, qint64 courseId, qint64 sectionId, qint64 activityId,
                             const QString &source, const QList<ActivityFile> &files);
};
