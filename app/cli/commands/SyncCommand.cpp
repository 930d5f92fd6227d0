#include "SyncCommand.h"

#include "KeychainWait.h"
#include "common/Clock.h"
#include "moodle/MoodleClient.h"
#include "store/Database.h"
#include "store/OutboxRepository.h"
#include "sync/SyncEngine.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

int SyncCommand::syncAccount(SyncEngine::Mode mode)
{
    // --json: stdout stays one document even when the sync could not start (failure() prints {"error":…}).
    int notChosen = -1;
    m_account = chosenAccount(&notChosen);
    if (notChosen >= 0)
        return notChosen;
    if (!m_account)
        return failure(ExitCode::Auth, QStringLiteral("NotSignedIn"), QStringLiteral("notsignedin"),
                       QStringLiteral("not signed in. Run 'satchelctl login <site> <username>' first."));
    int tokenFailure = 0;
    const std::optional<QString> token = tokenFor(m_account->secretKey(), &tokenFailure);
    if (!token)
        return tokenFailure;
    QString error;
    if (!m_database.open(Database::fileFor(dataDir(), m_account->id()), &error))
        return databaseFailure(m_database.failure(), error);

    m_client.setSiteUrl(m_account->siteUrl);
    m_client.setToken(*token);
    configureClient(m_client);
    SyncEngine engine(&m_client, m_database.connection(), m_clock);
    engine.setSignedInUser(m_account->userId);
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::progress, &loop, [this](int step, int total, const QString &label) {
        m_err << "[" << step << "/" << total << "] " << label << "\n";
        m_err.flush();
    });
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncSummary &result) {
        m_summary = result;
        loop.quit();
    });
    engine.start(mode);
    if (engine.isRunning())
        loop.exec();
    return -1;
}

int SyncCommand::syncStopped()
{
    m_err << "satchelctl: " << m_summary.error->userMessage() << "\n";
    if (tokenFromEnvironment() && exitCodeFor(*m_summary.error) == ExitCode::Auth)
        m_err << "satchelctl: the site did not accept the token in SATCHEL_TOKEN. Sign in again with "
                 "'satchelctl login <site> <username> --no-keychain' and use the token it prints.\n";
    m_err.flush();
    return exitStatus(exitCodeFor(*m_summary.error));
}

int SyncCommand::run()
{
    if (const int exitCode = syncAccount(m_options.full ? SyncEngine::Mode::Full : SyncEngine::Mode::Auto);
        exitCode >= 0)
        return exitCode;
    const SyncSummary &summary = m_summary;
    Database &database = m_database;
    const Result<int> readPending = OutboxRepository(database.connection()).pendingCount();
    if (!readPending)
        return failure(ExitCode::LocalFailure, MoodleError::kindName(MoodleError::Kind::LocalStorageError),
                       QStringLiteral("databaseerror"),
                       MoodleError(MoodleError::Kind::LocalStorageError).withDetail(readPending.error()).userMessage());
    const int pending = *readPending;

    if (json()) {
        QJsonObject object{
            {QStringLiteral("ok"), summary.ok()},
            {QStringLiteral("full"), summary.full},
            {QStringLiteral("coursesChecked"), summary.coursesChecked},
            {QStringLiteral("coursesUpdated"), summary.coursesUpdated},
            {QStringLiteral("classesUpdated"), summary.classesUpdated},
            {QStringLiteral("actionsSent"), summary.actionsSent},
            {QStringLiteral("actionsRejected"), summary.actionsRejected},
            {QStringLiteral("actionsSuperseded"), summary.actionsSuperseded},
            {QStringLiteral("actionsNotSent"), summary.actionsNotSent},
            {QStringLiteral("pendingActions"), pending},
            {QStringLiteral("requests"), summary.requests},
            {QStringLiteral("elapsedMs"), summary.elapsedMs},
            {QStringLiteral("problems"), QJsonArray::fromStringList(summary.problems)},
        };
        if (summary.error) {
            object.insert(QStringLiteral("error"),
                          QJsonObject{{QStringLiteral("kind"), MoodleError::kindName(summary.error->kind())},
                                      {QStringLiteral("errorcode"), summary.error->errorCode()},
                                      {QStringLiteral("message"), summary.error->userMessage()}});
        }
        m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << "\n";
    } else if (summary.ok()) {
        m_out << (summary.full ? "Full sync" : "Sync") << " done in "
              << QString::number(summary.elapsedMs / 1000.0, 'f', 1) << " s: " << summary.coursesUpdated << " of "
              << summary.coursesChecked << " courses updated, " << summary.requests << " requests.\n";
        if (summary.classesUpdated > 0)
            m_out << "Classes you teach updated: " << summary.classesUpdated << ".\n";
        if (summary.actionsSent || summary.actionsRejected || summary.actionsSuperseded)
            m_out << "Offline changes: " << summary.actionsSent << " sent, " << summary.actionsRejected
                  << " refused by the site, " << summary.actionsSuperseded
                  << " replaced by a later change on the site.\n";
        if (summary.actionsNotSent > 0)
            m_out << summary.actionsNotSent
                  << " offline change(s) could not be sent after every attempt: see `satchelctl status`.\n";
        if (pending > 0)
            m_out << pending << " offline change(s) still waiting to be sent.\n";
        for (const QString &problem : std::as_const(summary.problems))
            m_out << "Note: " << problem << "\n";
    }
    m_out.flush();
    if (summary.error)
        return syncStopped();
    return exitStatus(ExitCode::Ok);
}
