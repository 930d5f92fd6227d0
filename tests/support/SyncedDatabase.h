#pragma once

#include "FakeMoodleServer.h"

#include "common/Clock.h"
#include "moodle/MoodleClient.h"
#include "store/Database.h"

#include <QTemporaryDir>

#include <memory>

// A real SQLite file filled by a real sync of student1 (or teacher1) from the fake server (recorded responses),
// for tests of what reads the database: views, models, commands. The clock is pinned to the
// recordings' "now"; the server keeps running, so tests can sync again, stop it or inject faults.
class SyncedDatabase
{
public:
    static constexpr qint64 kRecordedNow = 1795313529;
    static constexpr qint64 kStudentId = 4;
    static constexpr qint64 kTeacherId = 3;

    // `user`: "student1" or "teacher1" (whose classes are synced too; see fillClassRecordingGaps).
    explicit SyncedDatabase(const QString &user = QStringLiteral("student1"));
    ~SyncedDatabase();

    // Starts the server and runs a full sync; false (with *error) if anything failed.
    bool create(QString *error = nullptr);

    QSqlDatabase connection() const { return m_database.connection(); }
    QString path() const { return m_database.path(); }
    QString dataDir() const { return m_dir.path(); }
    FakeMoodleServer &server() { return m_server; }
    MoodleClient &client() { return m_client; }
    FixedClock &clock() { return m_clock; }
    qint64 userId() const { return m_user == QLatin1String("teacher1") ? kTeacherId : kStudentId; }

private:
    QString m_user;
    QTemporaryDir m_dir;
    FakeMoodleServer m_server;
    FixedClock m_clock{kRecordedNow};
    MoodleClient m_client;
    Database m_database;
};
