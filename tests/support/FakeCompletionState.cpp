#include "FakeCompletionState.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

const QString FakeCompletionState::kUpdateFunction =
    QStringLiteral("core_completion_update_activity_completion_status_manually");
const QString FakeCompletionState::kReadFunction = QStringLiteral("core_completion_get_activities_completion_status");

std::optional<FakeCompletionState::Update> FakeCompletionState::parse(const QString &user, const FakeParams &params)
{
    Update update;
    update.user = user;
    bool hasCmid = false;
    bool hasCompleted = false;
    for (const auto &[name, value] : params) {
        if (name == u"cmid") {
            update.cmid = value.toLongLong(&hasCmid);
        } else if (name == u"completed") {
            // Moodle's PARAM_BOOL takes 1/0 and true/false.
            hasCompleted = true;
            update.completed = value == u"1" || value.compare(u"true", Qt::CaseInsensitive) == 0;
        }
    }
    if (!hasCmid || !hasCompleted)
        return std::nullopt;
    return update;
}

void FakeCompletionState::received(const QString &user, const FakeParams &params)
{
    if (const std::optional<Update> update = parse(user, params))
        m_updates.append(*update);
}

void FakeCompletionState::accepted(const QString &user, const FakeParams &params)
{
    if (const std::optional<Update> update = parse(user, params))
        m_states[user].insert(update->cmid, {update->completed, m_siteTime});
}

std::optional<QByteArray> FakeCompletionState::apply(const QString &user, const QByteArray &answer) const
{
    const QHash<qint64, State> states = m_states.value(user);
    if (states.isEmpty())
        return std::nullopt;
    QJsonObject root = QJsonDocument::fromJson(answer).object();
    QJsonArray statuses = root.value(u"statuses").toArray();
    bool changed = false;
    for (qsizetype i = 0; i < statuses.size(); ++i) {
        QJsonObject status = statuses.at(i).toObject();
        const auto state = states.constFind(status.value(u"cmid").toInteger());
        if (state == states.constEnd())
            continue;
        // As Moodle 4.5 answers after a manual change (see the after-manual-toggle recording): the time is
        // stamped for marking and unmarking alike.
        status.insert(QStringLiteral("state"), state->completed ? 1 : 0);
        status.insert(QStringLiteral("timecompleted"), state->time);
        status.insert(QStringLiteral("isoverallcomplete"), state->completed);
        statuses.replace(i, status);
        changed = true;
    }
    if (!changed)
        return std::nullopt;
    root.insert(QStringLiteral("statuses"), statuses);
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

void FakeCompletionState::reset()
{
    m_updates.clear();
    m_states.clear();
}
