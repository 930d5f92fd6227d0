#include "CommandContext.h"

#include "CtlOutput.h"
#include "KeychainWait.h"
#include "account/AccountStore.h"
#include "common/Clock.h"
#include "common/Settings.h"
#include "moodle/MoodleClient.h"
#include "moodle/MoodleError.h"

CommandContext::CommandContext(QTextStream &out, QTextStream &err, CommandOptions options, const Clock *clock,
                               SiteAccess access)
    : m_out(out), m_err(err), m_options(std::move(options)), m_clock(clock ? clock : Clock::system()),
      m_access(std::move(access))
{}

void CommandContext::configureClient(MoodleClient &client) const
{
    client.setTransferTimeout(m_access.timeoutMs);
    client.setMaxResponseBytes(Settings::load().maxResponseBytes());
}

bool CommandContext::tokenFromEnvironment()
{
    return !qEnvironmentVariableIsEmpty("SATCHEL_TOKEN");
}

std::optional<QString> CommandContext::tokenFor(const QString &secretKey, int *exitCode)
{
    if (tokenFromEnvironment())
        return qEnvironmentVariable("SATCHEL_TOKEN").trimmed();
    QString error;
    const std::optional<QString> token = KeychainWait::read(*m_access.secrets, secretKey, &error);
    if (!error.isEmpty()) {
        const MoodleError keychain = MoodleError(MoodleError::Kind::KeychainUnavailable).withDetail(error);
        *exitCode = failure(ExitCode::LocalFailure, MoodleError::kindName(keychain.kind()), keychain.errorCode(),
                            QStringLiteral("there is no keychain to read your token from (%1), and SATCHEL_TOKEN is "
                                           "not set. Set SATCHEL_TOKEN to the token 'satchelctl login <site> "
                                           "<username> --no-keychain' printed.")
                                .arg(error));
        return std::nullopt;
    }
    if (!token)
        *exitCode =
            failure(ExitCode::Auth, QStringLiteral("NotSignedIn"), QStringLiteral("notsignedin"),
                    QStringLiteral("signed out. Run 'satchelctl login' to sign in again; your offline data is kept."));
    return token;
}

std::optional<Account> CommandContext::chosenAccount(int *exitCode)
{
    *exitCode = -1;
    const AccountStore accounts(dataDir());
    if (m_options.account.isEmpty())
        return accounts.load();
    QString reason;
    if (std::optional<Account> account = accounts.find(m_options.account, &reason))
        return account;
    *exitCode = unknownAccount(accounts, reason);
    return std::nullopt;
}

int CommandContext::unknownAccount(const AccountStore &accounts, const QString &reason)
{
    QStringList ids;
    for (const Account &account : accounts.accounts())
        ids << account.id();
    const QString message = ids.isEmpty()
        ? reason + QStringLiteral(": nobody is signed in on this computer. Run: satchelctl login <site> <username>")
        : reason
            + QStringLiteral(". The accounts on this computer: %1 ('satchelctl accounts' lists them).")
                  .arg(ids.join(QStringLiteral(", ")));
    return failure(ExitCode::Usage, QStringLiteral("NotFound"), QStringLiteral("unknownaccount"), message);
}

int CommandContext::usage(const QString &message)
{
    m_err << "satchelctl: " << message << "\n"
          << "Run 'satchelctl --help' for usage.\n";
    m_err.flush();
    return exitStatus(ExitCode::Usage);
}

int CommandContext::failure(ExitCode exitCode, const QString &kind, const QString &errorCode, const QString &message)
{
    m_err << "satchelctl: " << message << "\n";
    m_err.flush();
    if (json())
        CtlOutput::writeJson(m_out, CtlOutput::errorDocument(kind, errorCode, message));
    return exitStatus(exitCode);
}

int CommandContext::fail(const MoodleError &error)
{
    return failure(exitCodeFor(error), MoodleError::kindName(error.kind()), error.errorCode(), error.userMessage());
}

int CommandContext::databaseFailure(Database::Failure failure, const QString &detail)
{
    const QString message = (failure == Database::Failure::None
                                 ? MoodleError(MoodleError::Kind::LocalStorageError).withDetail(detail).userMessage()
                                 : Database::failureMessage(failure))
        + QStringLiteral(" 'satchelctl reset-data' moves it aside and 'satchelctl sync' downloads your courses again.");
    m_err << "satchelctl: " << message << "\n";
    if (!detail.isEmpty())
        m_err << "satchelctl: details: " << detail << "\n";
    m_err.flush();
    if (json()) {
        QJsonObject document = CtlOutput::errorDocument(MoodleError::kindName(MoodleError::Kind::LocalStorageError),
                                                        QStringLiteral("databaseerror"), message);
        QJsonObject error = document.value(QStringLiteral("error")).toObject();
        error.insert(QStringLiteral("reason"), Database::failureName(failure));
        document.insert(QStringLiteral("error"), error);
        CtlOutput::writeJson(m_out, document);
    }
    return exitStatus(ExitCode::LocalFailure);
}

int CommandContext::ok(const QJsonObject &document)
{
    CtlOutput::writeJson(m_out, document);
    return exitStatus(ExitCode::Ok);
}

int CommandContext::done()
{
    m_out.flush();
    return exitStatus(ExitCode::Ok);
}
