#pragma once

#include "FakeFormEncoding.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

// What the fake site remembers of manual completion: each core_completion_update_activity_completion_status_manually
// call it accepted changes what later core_completion_get_activities_completion_status answers say of that activity,
// as a real site would. So a client that sends the wrong value sees the wrong state come back.
class FakeCompletionState
{
public:
    static const QString kUpdateFunction;
    static const QString kReadFunction;

    // One update call as received, whatever the answer.
    struct Update
    {
        QString user;
        qint64 cmid = 0;
        bool completed = false;
        bool operator==(const Update &) const = default;
    };

    // The time the site stamps on the changes it accepts from now on (its "now"); defaults to just after the
    // recordings were made.
    void setSiteTime(qint64 time) { m_siteTime = time; }

    // Notes an update call; call accepted() once its answer is known to be a success.
    void received(const QString &user, const FakeParams &params);
    void accepted(const QString &user, const FakeParams &params);
    QList<Update> updates() const { return m_updates; }

    // A completion answer with the accepted changes applied; nullopt when nothing changes it.
    std::optional<QByteArray> apply(const QString &user, const QByteArray &answer) const;

    void reset();

private:
    static std::optional<Update> parse(const QString &user, const FakeParams &params);

    qint64 m_siteTime = 1795313555;
    QList<Update> m_updates;
    struct State
    {
        bool completed = false;
        qint64 time = 0;  // when the site accepted it
    };
    QHash<QString, QHash<qint64, State>> m_states;  // user → cmid → its manual state
};
