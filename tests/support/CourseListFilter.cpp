#include "CourseListFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

std::optional<QByteArray> onlyTheCoursesAsked(const QString &function, const FakeParams &params,
                                              const QByteArray &wholeAnswer)
{
    const bool assignments = function == QLatin1String("mod_assign_get_assignments");
    if (!assignments && function != QLatin1String("mod_quiz_get_quizzes_by_courses"))
        return std::nullopt;
    QSet<qint64> asked;
    for (const auto &pair : params) {
        if (pair.first.startsWith(QLatin1String("courseids[")))
            asked.insert(pair.second.toLongLong());
    }
    if (asked.isEmpty())
        return std::nullopt;
    QJsonObject root = QJsonDocument::fromJson(wholeAnswer).object();
    // Assignments come grouped by course ({"courses": [{"id", "assignments"}]}), quizzes flat with a "course".
    const QString listKey = assignments ? QStringLiteral("courses") : QStringLiteral("quizzes");
    const QString courseKey = assignments ? QStringLiteral("id") : QStringLiteral("course");
    QJsonArray kept;
    for (const QJsonValue &entry : root.value(listKey).toArray()) {
        if (asked.contains(entry.toObject().value(courseKey).toInteger()))
            kept.append(entry);
    }
    root.insert(listKey, kept);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}
