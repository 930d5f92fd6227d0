#include "AccountSession.h"

#include "common/Clock.h"
#include "demo/DemoSite.h"
#include "files/OfflineContent.h"
#include "store/CourseRepository.h"
#include "store/Database.h"
#include "sync/SyncController.h"

#include <QNetworkInformation>

AccountSession::AccountSession() = default;

AccountSession::~AccountSession()
{
    // The downloads and the sync controller work on the database: they go first.
    m_content.reset();
    m_sync.reset();
    m_database.reset();
}

QSqlDatabase AccountSession::database() const
{
    return m_database->connection();
}

void AccountSession::reportStorageFailure(const QString &detail)
{
    ++m_storageFailures;
    Q_EMIT storageFailed(detail.isEmpty() ? QStringLiteral("unknown database error") : detail);
}

void AccountSession::announce(const DataChange &change)
{
    const int failuresBefore = m_storageFailures;
    Q_EMIT dataChanged(change);
    if (change.isEverything() && m_storageFailures == failuresBefore)
        Q_EMIT storageRecovered();
}

std::unique_ptr<AccountSession> AccountSession::open(const Account &account, const QString &dataDir,
                                                     MoodleClient *client, QString *error, Database::Failure *failure)
{
    std::unique_ptr<AccountSession> session(new AccountSession);
    session->m_account = account;
    session->m_database = std::make_unique<Database>();
    if (!session->m_database->open(Database::fileFor(dataDir, account.id()), error)) {
        if (failure)
            *failure = session->m_database->failure();
        return nullptr;
    }
    session->m_clock = Clock::system();
    session->m_sync = std::make_unique<SyncController>(client, session->m_database->connection(), session->m_clock);
    session->m_sync->engine()->setSignedInUser(account.userId);
    // Whatever a sync managed to write (even one that stopped half way) is there to be shown.
    AccountSession *announcer = session.get();
    QObject::connect(session->m_sync.get(), &SyncController::syncFinished, announcer,
                     [announcer] { announcer->announce(DataChange::everything()); });
    session->m_content =
        std::make_unique<OfflineContent>(client, session->m_database->connection(),
                                         FilesFolder(FilesFolder::forAccount(dataDir, account.id())), session->m_clock);
    // Files follow the contents a sync brought: offline courses whole, small files of the others.
    QObject::connect(session->m_sync.get(), &SyncController::syncFinished, announcer,
                     [announcer](const SyncSummary &summary) {
                         if (!summary.ok())
                             return;
                         Result<QList<Course>> courses = CourseRepository(announcer->database()).courses();
                         if (!courses)
                             return;
                         QList<qint64> ids;
                         for (const Course &course : std::as_const(*courses))
                             ids.append(course.id);
                         announcer->m_content->keepFresh(ids);
                     });
    // The system's idea of the network is only a hint (unreliable on Qt 6.4): any change of it (reachability
    // other than "disconnected", another medium: Wi-Fi to cable, a VPN) makes an offline app probe at once
    // instead of waiting for its next probe, and decides nothing.
    if (QNetworkInformation::loadDefaultBackend()) {
        ConnectivityMonitor *monitor = session->m_sync->connectivity();
        QNetworkInformation *network = QNetworkInformation::instance();
        QObject::connect(network, &QNetworkInformation::reachabilityChanged, monitor,
                         [monitor](QNetworkInformation::Reachability reachability) {
                             if (reachability != QNetworkInformation::Reachability::Disconnected)
                                 monitor->probeSoon();
                         });
        QObject::connect(network, &QNetworkInformation::transportMediumChanged, monitor,
                         [monitor] { monitor->probeSoon(); });
    }
    return session;
}

std::unique_ptr<AccountSession> AccountSession::openDemo(const Account &account, const QString &recordingsDir,
                                                         QString *error)
{
    std::unique_ptr<AccountSession> session(new AccountSession);
    session->m_account = account;
    session->m_demo = std::make_unique<QTemporaryDir>();
    session->m_database = std::make_unique<Database>();
    if (!session->m_demo->isValid()
        || !session->m_database->open(session->m_demo->filePath(QStringLiteral("demo.sqlite")), error)
        || !DemoSite::populate(session->m_database->connection(), recordingsDir, error))
        return nullptr;
    session->m_ownClock = std::make_unique<FixedClock>(DemoSite::kRecordedAt);
    session->m_clock = session->m_ownClock.get();
    session->m_content = std::make_unique<OfflineContent>(
        nullptr, session->m_database->connection(), FilesFolder(session->m_demo->filePath(QStringLiteral("files"))),
        session->m_clock);
    // The demo's course kept offline: its bundled files in that folder, its forums readable.
    if (!DemoSite::keepOffline(session->m_database->connection(), recordingsDir, session->m_content->folder(), error))
        return nullptr;
    return session;
}
