#pragma once

#include "Command.h"
#include "account/Account.h"
#include "model/CourseRecords.h"

#include <QJsonObject>
#include <memory>
#include <optional>

class Database;

// Base of satchelctl's offline data commands: status, courses, contents, grades, completion, deadlines,
// complete and export. They read only the account's local database (never the network), so they work
// with the site unreachable; `complete` only queues an outbox action for the next sync.
class OfflineDataCommand : public Command
{
public:
    explicit OfflineDataCommand(const CommandContext &context);
    ~OfflineDataCommand() override;

    // Loads the account and opens its database, then runs runWithData().
    int run() final;

protected:
    // The command itself: m_account is loaded; m_db is open unless nothing was synced yet.
    virtual int runWithData() = 0;
    // With --json, what stdout holds when nobody is signed in: the {"error":…} document.
    virtual QJsonObject notSignedInDocument(const QString &message) const;

    // takeArguments() of a command about one <course>: keeps it in m_courseArg.
    QString takeOneCourse(const QString &command, const QStringList &args);
    // Resolves <course> (an id or a short name, any case). Returns -1 and fills `course`, else the exit
    // code of what was reported.
    int findCourse(const QString &courseArg, Course &course);
    // Before the first sync: says so; the JSON document is {"synced":false} with `emptyLists`.
    int nothingSynced(const QJsonObject &emptyLists);
    // The start of a command about one course: nothingSynced() (with "course":null) before the first sync,
    // else findCourse().
    int syncedCourse(const QString &courseArg, const QJsonObject &emptyLists, Course &course);
    // The database could not be read: exit code 1.
    int localFailure(const QString &detail);
    // For a command about a class the user teaches: -1 when the course's class is synced, else the exit code of what
    // was reported (unknowncourse, notteaching with `notTeachingHint` after the sentence, noclassdata: usage; the
    // database: local failure).
    int taughtClass(const Course &course, const QString &notTeachingHint);

    // A course as every data command names it: {"id","shortName","fullName"}, and "CS101 — Full name".
    static QJsonObject courseJson(const Course &course);
    static QString title(const Course &course);

    static const QString kNothingSynced;

    QString m_courseArg;  // <course> as typed, with takeOneCourse()
    std::optional<Account> m_account;
    std::unique_ptr<Database> m_db;  // null before the first sync (no database file)
    bool m_synced = false;

private:
    // Returns -1 when the command can go on (m_db stays null before the first sync), else the exit code
    // of what was reported.
    int openStore();
};
