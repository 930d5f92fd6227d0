#include "LoginCommand.h"

#include "AccountOutput.h"
#include "account/AccountStore.h"
#include "account/SignInFlow.h"
#include "moodle/MoodleClient.h"

#include <QEventLoop>

QString LoginCommand::takeArguments(const QString &, const QStringList &args)
{
    if (args.size() != 2)
        return QStringLiteral("login needs a site and a username: satchelctl login <site> <username>");
    m_site = args.at(0);
    m_username = args.at(1);
    return QString();
}

int LoginCommand::run()
{
    QString password = qEnvironmentVariable("SATCHEL_PASSWORD");
    // Read once, then gone: nothing this process starts (or dumps) carries it further.
    qunsetenv("SATCHEL_PASSWORD");
    if (password.isEmpty() && m_access.readPassword)
        password = m_access.readPassword(QStringLiteral("Password for %1: ").arg(m_username));
    if (password.isEmpty())
        return usage(QStringLiteral("no password given (set SATCHEL_PASSWORD or type it when asked)"));

    MoodleClient client;
    configureClient(client);
    AccountStore accounts(dataDir());
    SignInFlow flow(&client, m_access.secrets, &accounts);
    QEventLoop loop;
    std::optional<MoodleError> error;
    std::optional<Account> account;
    QObject::connect(&flow, &SignInFlow::failed, &loop, [&](const MoodleError &e) {
        error = e;
        loop.quit();
    });
    QObject::connect(&flow, &SignInFlow::signedIn, &loop, [&](const Account &a) {
        account = a;
        loop.quit();
    });
    flow.signIn(m_site, m_username, password, m_options.allowHttp);
    password.clear();
    loop.exec();
    if (error) {
        if (error->kind() == MoodleError::Kind::InsecureConnectionNotAllowed) {
            m_err << "satchelctl: " << error->userMessage() << "\n"
                  << "Add --allow-http to sign in to " << error->technicalDetail() << " anyway.\n";
            m_err.flush();
            return exitStatus(ExitCode::Usage);
        }
        return fail(*error);
    }
    if (!json())
        m_out << "Signed in.\n";
    AccountOutput::print(m_out, json(), *account, true);
    return exitStatus(ExitCode::Ok);
}
