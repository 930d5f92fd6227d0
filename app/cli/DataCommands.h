#pragma once

#include "account/Account.h"
#include "export/ClassExport.h"
#include "store/CompletionRecords.h"
#include "store/ContentRecords.h"
#include "store/CourseRecords.h"
#include "store/OutboxAction.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QTextStream>
#include <memory>
#include <optional>

class Clock;
class Database;

// satchelctl's offline data commands: status, courses, contents, grades, completion, deadlines,
// complete and export. They read only the account's local database (never the network), so they work
// with the site unreachable; `complete` only queues an outbox action for the next sync.
class DataCommands
{
public:
    DataCommands(QTextStream &out, QTextStream &err, QString dataDir, bool json, const Clock *clock);
    ~DataCommands();

    static bool handles(const QString &command);
    // `args` are the command's arguments (without the command). Returns the exit code.
    int run(const QString &command, const QStringList &args);
    // export's --format (empty: csv) and -o (empty or "-": standard output).
    void setExportOptions(const QString &format, const QString &outputFile);

private:
    int status();
    int courses();
    int contents(const QString &courseArg);
    int courseGrades();
    int gradeItems(const QString &courseArg);
    int completion(const QString &courseArg);
    int deadlines();
    int complete(qint64 cmid, bool done);
    int exportClass(const QString &courseArg, ClassExport::Format format);

    // Loads the account and opens its database when there is one. Returns -1 when the command can go
    // on (m_db stays null before the first sync), else the exit code of what was reported.
    int openStore(bool statusShape);
    // Resolves <course>. Returns -1 and fills `course`, else the exit code of what was reported.
    int findCourse(const QString &courseArg, Course &course);
    // Before the first sync: says so and prints `emptyDocument` (JSON) with empty lists.
    int nothingSynced(const QJsonObject &emptyDocument);

    // The signed-in user's completion of one activity, and what waits in the outbox for it.
    struct CompletionContext {
        QHash<qint64, ActivityCompletion> states;  // by cmid
        QHash<qint64, OutboxAction> pending;       // by cmid, the latest action
    };
    bool loadCompletionContext(qint64 courseId, CompletionContext &context);
    static QString completionText(const Activity &activity, const CompletionContext &context);
    static QJsonValue completionJson(const Activity &activity, const CompletionContext &context);

    static QJsonObject courseJson(const Course &course);
    int usage(const QString &message);
    int failure(int exitCode, const QString &kind, const QString &errorCode, const QString &message);
    int localFailure(const QString &detail);
    int ok(const QJsonObject &document);

    QTextStream &m_out;
    QTextStream &m_err;
    QString m_dataDir;
    bool m_json;
    const Clock *m_clock;
    std::optional<Account> m_account;
    std::unique_ptr<Database> m_db;  // null before the first sync (no database file)
    bool m_synced = false;
    QString m_exportFormat;
    QString m_exportFile;
};
