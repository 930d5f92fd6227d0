#include "ClassWorkChanges.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString firstParam(const FakeParams &params, const QString &name)
{
    for (const auto &pair : params) {
        if (pair.first == name)
            return pair.second;
    }
    return {};
}

}  // namespace

ClassWorkChanges::ClassWorkChanges(FakeMoodleServer::CallHandler next) : m_state(std::make_shared<State>())
{
    m_state->next = std::move(next);
}

void ClassWorkChanges::report(qint64 courseId, qint64 cmid, const QString &area, const QList<qint64> &itemids)
{
    m_state->reports[courseId][cmid].append({area, itemids});
}

qint64 ClassWorkChanges::addAttempt(qint64 quizId, qint64 userId)
{
    const qint64 id = m_state->nextAttemptId++;
    m_state->attempts[{quizId, userId}].append(id);
    return id;
}

void ClassWorkChanges::clear()
{
    m_state->reports.clear();
    m_state->attempts.clear();
    m_state->asked.clear();
}

QList<FakeParams> ClassWorkChanges::asked(const QString &function) const
{
    QList<FakeParams> result;
    for (const auto &[name, params] : std::as_const(m_state->asked)) {
        if (name == function)
            result.append(params);
    }
    return result;
}

QString ClassWorkChanges::value(const FakeParams &params, const QString &name)
{
    return firstParam(params, name);
}

FakeMoodleServer::CallHandler ClassWorkChanges::handler() const
{
    return [state = m_state](const QString &user, const QString &function,
                             const FakeParams &params) -> std::optional<QByteArray> {
        state->asked.append({function, params});
        if (function == QLatin1String("core_course_get_updates_since")) {
            const auto reported = state->reports.constFind(firstParam(params, QStringLiteral("courseid")).toLongLong());
            if (reported != state->reports.constEnd()) {
                // Changed after the time asked about, so every report counts.
                const qint64 at = firstParam(params, QStringLiteral("since")).toLongLong() + 1;
                QJsonArray instances;
                for (auto cm = reported->cbegin(); cm != reported->cend(); ++cm) {
                    QJsonArray updates{QJsonObject{{QStringLiteral("name"), QStringLiteral("configuration")},
                                                   {QStringLiteral("timeupdated"), at}}};
                    for (const auto &[area, ids] : cm.value()) {
                        QJsonArray itemids;
                        for (const qint64 id : ids)
                            itemids.append(id);
                        updates.append(
                            QJsonObject{{QStringLiteral("name"), area}, {QStringLiteral("itemids"), itemids}});
                    }
                    instances.append(QJsonObject{{QStringLiteral("contextlevel"), QStringLiteral("module")},
                                                 {QStringLiteral("id"), cm.key()},
                                                 {QStringLiteral("updates"), updates}});
                }
                return QJsonDocument(QJsonObject{{QStringLiteral("instances"), instances},
                                                 {QStringLiteral("warnings"), QJsonArray()}})
                    .toJson(QJsonDocument::Compact);
            }
        }
        std::optional<QByteArray> answer = state->next ? state->next(user, function, params) : std::nullopt;
        if (function != QLatin1String("mod_quiz_get_user_attempts") || !answer)
            return answer;
        const qint64 quizId = firstParam(params, QStringLiteral("quizid")).toLongLong();
        const qint64 userId = firstParam(params, QStringLiteral("userid")).toLongLong();
        const QList<qint64> added = state->attempts.value({quizId, userId});
        QJsonObject root = QJsonDocument::fromJson(*answer).object();
        if (added.isEmpty() || !root.contains(QLatin1String("attempts")))
            return answer;
        QJsonArray attempts = root.value(QLatin1String("attempts")).toArray();
        for (const qint64 id : added) {
            const qint64 number = attempts.size() + 1;
            const qint64 start = 1795300000 + number * 3600;
            attempts.append(QJsonObject{
                {QStringLiteral("id"), id},
                {QStringLiteral("quiz"), quizId},
                {QStringLiteral("userid"), userId},
                {QStringLiteral("attempt"), number},
                {QStringLiteral("uniqueid"), id},
                {QStringLiteral("layout"), QStringLiteral("1,0,2,0")},
                {QStringLiteral("currentpage"), 0},
                {QStringLiteral("preview"), 0},
                {QStringLiteral("state"), QStringLiteral("finished")},
                {QStringLiteral("timestart"), start},
                {QStringLiteral("timefinish"), start + 900},
                {QStringLiteral("timemodified"), start + 900},
                {QStringLiteral("timemodifiedoffline"), 0},
                {QStringLiteral("timecheckstate"), QJsonValue::Null},
                {QStringLiteral("sumgrades"), 3.5},
                {QStringLiteral("gradeitemmarks"), QJsonArray()},
                {QStringLiteral("gradednotificationsenttime"), start + 900},
            });
        }
        root.insert(QStringLiteral("attempts"), attempts);
        return QJsonDocument(root).toJson(QJsonDocument::Compact);
    };
}
