#pragma once

#include "OfflineDataCommand.h"
#include "model/ClassRecords.h"
#include "model/ClassWorkRecords.h"

#include <QHash>
#include <QList>

// Base of `satchelctl submissions <course>` and `satchelctl attempts <course>`: a class the user teaches, with the
// work its learners did, from the offline data only.
class ClassWorkCommand : public OfflineDataCommand
{
public:
    using OfflineDataCommand::OfflineDataCommand;

    QString takeArguments(const QString &command, const QStringList &args) override;

protected:
    // The course of <course> with its learners (roster order) and everyone in it by user id (graders too).
    // Returns -1 when the command can go on, else the exit code of what was reported: nothing synced yet (success,
    // `emptyLists`), an unknown course, a course the user does not teach or whose class is not synced (usage).
    int classOf(const QJsonObject &emptyLists, Course &course);
    // What the site does not share of this kind (ClassWorkSharing::kSubmissions...): its error code, or null.
    QString notShared(const QString &kind) const;
    // "The site does not share ... with you (nopermissions)."
    static QString notSharedSentence(const QString &what, const QString &reason);

    QList<Participant> m_learners;
    QHash<qint64, Participant> m_people;  // user id -> participant
    QList<ClassWorkSharing> m_sharing;
    QString m_command;
};
