#include "SyncedDatabase.h"

#include "RecordingGaps.h"

#include "sync/SyncEngine.h"

#include <QEventLoop>
#include <QTimer>

SyncedDatabase::SyncedDatabase(const QString &user) : m_user(user) {}

SyncedDatabase::~SyncedDatabase()
{
    m_server.stop();
}

bool SyncedDatabase::create(QString *error)
{
    QString why;
    if (!m_server.isListening() && !m_server.start()) {
        why = QStringLiteral("fake server: ") + m_server.errorString();
    } else if (!m_database.open(m_dir.filePath(QStringLiteral("account.sqlite")), &why)) {
        why = QStringLiteral("database: ") + why;
    } else {
        m_server.setCallHandler(fillClassRecordingGaps(m_server));
        m_client.setSiteUrl(m_server.baseUrl());
        m_client.setToken(m_server.tokenForUser(m_user));
        SyncEngine engine(&m_client, m_database.connection(), &m_clock);
        QEventLoop loop;
        SyncSummary summary;
        QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncSummary &result) {
            summary = result;
            loop.quit();
        });
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        engine.start(SyncEngine::Mode::Full);
        if (engine.isRunning())
            loop.exec();
        if (!summary.ok())
            why = summary.error ? summary.error->details() : QStringLiteral("sync did not finish");
    }
    if (error)
        *error = why;
    return why.isEmpty();
}
