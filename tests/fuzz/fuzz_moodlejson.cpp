// Every MoodleJson reader (and the site info and public config readers) on any JSON: they are total,
// so no input may crash them, and "position" is always the index among the records kept.

#include "FuzzCheck.h"

#include "model/SiteInfo.h"
#include "moodle/MoodleJson.h"
#include "moodle/PublicConfig.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

template <typename Records>
void checkPositions(const Records &records, const char *what)
{
    for (qsizetype i = 0; i < records.size(); ++i)
        FUZZ_CHECK(records.at(i).position == i, what);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(fuzzBytes(data, size), &error);
    if (error.error != QJsonParseError::NoError)
        return 0;
    const QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    const qint64 courseId = 2;
    const qint64 userId = 4;

    checkPositions(MoodleJson::courses(value), "course positions");
    MoodleJson::categories(value);
    const QList<Section> sections = MoodleJson::contents(courseId, value);
    checkPositions(sections, "section positions");
    for (const Section &section : sections)
        checkPositions(section.activities, "activity positions");
    MoodleJson::activityCompletion(courseId, userId, value);
    MoodleJson::courseCompletion(courseId, userId, value);
    MoodleJson::courseGrades(value);
    MoodleJson::gradeItems(courseId, value);
    MoodleJson::gradeItems(0, value);
    MoodleJson::actionEvents(value);
    MoodleJson::lastEventId(value);
    const QList<Assignment> assignments = MoodleJson::assignments(value);
    Assignment assignment = assignments.isEmpty() ? Assignment() : assignments.first();
    MoodleJson::applySubmissionStatus(assignment, value);
    MoodleJson::quizzes(value);
    MoodleJson::assignSubmissions(courseId, value);
    MoodleJson::assignGrades(value);
    MoodleJson::quizAttempts(courseId, 1, userId, value);
    MoodleJson::updatedModules(value);
    checkPositions(MoodleJson::participants(courseId, value), "participant positions");
    MoodleJson::groupsInRoster(courseId, value);
    MoodleJson::groups(courseId, value);
    SiteInfo::fromJson(value.toObject());
    PublicConfig::fromJson(value.toObject());
    // The AJAX shape: [{"error": false, "data": {...}}].
    if (value.isArray() && !value.toArray().isEmpty() && value.toArray().first().isObject())
        PublicConfig::fromJson(value.toArray().first().toObject().value(QLatin1String("data")).toObject());
    return 0;
}
