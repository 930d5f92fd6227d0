#include "LoginCommand.h"

#include "AccountOutput.h"
#include "CtlOutput.h"
#include "account/AccountStore.h"
#include "account/BrowserSignIn.h"
#include "account/SignInFlow.h"
#include "moodle/MoodleClient.h"
#include "secrets/MemorySecretStore.h"

#include <QEventLoop>
#include <QJsonObject>

#include <iostream>
#include <string>

namespace {
// What satchelctl says when a browser sign-in link is refused.
QString linkRefusal(BrowserSignIn::Error error)
{
    switch (error) {
    case BrowserSignIn::Error::None:
        break;
    case BrowserSignIn::Error::MalformedLink:
        return QStringLiteral("that is not a sign-in link. Copy the whole moodlemobile://token=... address the "
                              "site ended on, and paste it on one line.");
    case BrowserSignIn::Error::NotThisSignIn:
        return QStringLiteral("that sign-in link was made for another site or another sign-in, not this one. "
                              "Open the address printed above and sign in there.");
    case BrowserSignIn::Error::PassportExpired:
        return QStringLiteral("that sign-in link came more than %1 minutes after the sign-in started. Run "
                              "'satchelctl login <site> --browser' again.")
            .arg(BrowserSignIn::kPassportLifetimeSeconds / 60);
    case BrowserSignIn::Error::LinkAlreadyUsed:
    case BrowserSignIn::Error::NoSignInWaiting:
        return QStringLiteral("that sign-in link was already used. Run 'satchelctl login <site> --browser' again.");
    }
    return QString();
}

QString readLineFromStdin()
{
    std::string line;
    std::getline(std::cin, line);
    return QString::fromStdString(line).trimmed();
}
}  // namespace

QString LoginCommand::takeArguments(const QString &, const QStringList &args)
{
    if (m_options.browser) {
        if (args.size() != 1)
            return QStringLiteral("login --browser needs a site only: satchelctl login <site> --browser");
        m_site = args.at(0);
        return QString();
    }
    if (args.size() != 2)
        return QStringLiteral("login needs a site and a username: satchelctl login <site> <username>");
    m_site = args.at(0);
    m_username = args.at(1);
    return QString();
}

int LoginCommand::run()
{
    MoodleClient client;
    configureClient(client);
    AccountStore accounts(dataDir());
    // --no-keychain: the flow keeps the token in this process only, and it is printed instead.
    MemorySecretStore thisRunOnly;
    SignInFlow flow(&client, m_options.noKeychain ? &thisRunOnly : m_access.secrets, &accounts);
    // Signing in to another site adds an account: the others keep their tokens and data.
    flow.setKeepsOtherAccounts(true);
    int exitCode = m_options.browser ? signInThroughBrowser(flow) : signInWithPassword(flow);
    if (exitCode != exitStatus(ExitCode::Ok) || !m_options.noKeychain)
        return exitCode;

    const std::optional<Account> account = accounts.load();
    const std::optional<QString> token = account ? thisRunOnly.read(account->secretKey()) : std::nullopt;
    if (!token)
        return failure(ExitCode::LocalFailure, QStringLiteral("LocalStorageError"), QStringLiteral("notoken"),
                       QStringLiteral("signed in, but the token was lost on the way. Try again."));
    if (json()) {
        // login's document, and the token it did not store.
        QJsonObject document = AccountOutput::json(*account);
        document.insert(QStringLiteral("signedIn"), true);
        document.insert(QStringLiteral("token"), *token);
        return ok(document);
    }
    m_out << *token << "\n";
    m_out.flush();
    m_err << "satchelctl: the token above was not stored anywhere: set SATCHEL_TOKEN to it for satchelctl commands "
             "(SATCHEL_TOKEN=<token> satchelctl sync). Keep it secret, it opens your account like a password.\n";
    m_err.flush();
    return exitStatus(ExitCode::Ok);
}

int LoginCommand::waitForSignIn(SignInFlow &flow, const std::function<void()> &start)
{
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
    start();
    if (!error && !account)
        loop.exec();
    if (error) {
        if (error->kind() == MoodleError::Kind::InsecureConnectionNotAllowed)
            return refuseInsecure(error->technicalDetail());
        // The app's sentence names its button; here the way is --browser.
        if (error->kind() == MoodleError::Kind::SsoRequired)
            return failure(exitCodeFor(*error), MoodleError::kindName(error->kind()), error->errorCode(),
                           QStringLiteral("this site signs you in on its own page, in your web browser. Run "
                                          "'satchelctl login %1 --browser%2' instead.")
                               .arg(m_site, m_options.allowHttp ? QStringLiteral(" --allow-http") : QString()));
        const int code = fail(*error);
        if (error->kind() == MoodleError::Kind::KeychainUnavailable && !m_options.noKeychain) {
            m_err << "satchelctl: no keychain on this machine? 'satchelctl login ... --no-keychain' prints the "
                     "token instead of storing it; then set SATCHEL_TOKEN to it.\n";
            m_err.flush();
        }
        return code;
    }
    // With --no-keychain stdout is the token alone: who signed in goes to stderr.
    QTextStream &who = m_options.noKeychain ? m_err : m_out;
    if (m_options.noKeychain && json())
        return exitStatus(ExitCode::Ok);
    if (!json())
        who << "Signed in.\n";
    AccountOutput::print(who, json(), *account, true);
    return exitStatus(ExitCode::Ok);
}

int LoginCommand::refuseInsecure(const QString &address)
{
    m_err << "satchelctl: " << MoodleError(MoodleError::Kind::InsecureConnectionNotAllowed).userMessage() << "\n"
          << "Add --allow-http to sign in to " << address << " anyway.\n";
    m_err.flush();
    return exitStatus(ExitCode::Usage);
}

int LoginCommand::signInWithPassword(SignInFlow &flow)
{
    QString password = qEnvironmentVariable("SATCHEL_PASSWORD");
    // Read once, then gone: nothing this process starts (or dumps) carries it further.
    qunsetenv("SATCHEL_PASSWORD");
    if (password.isEmpty() && m_access.readPassword)
        password = m_access.readPassword(QStringLiteral("Password for %1: ").arg(m_username));
    if (password.isEmpty())
        return usage(QStringLiteral("no password given (set SATCHEL_PASSWORD or type it when asked)"));
    return waitForSignIn(flow, [&] {
        flow.signIn(m_site, m_username, password, m_options.allowHttp);
        password.clear();
    });
}

std::optional<CheckedSite> LoginCommand::checkSite(SignInFlow &flow, int *exitCode)
{
    QEventLoop loop;
    std::optional<MoodleError> error;
    std::optional<CheckedSite> site;
    QObject::connect(&flow, &SignInFlow::failed, &loop, [&](const MoodleError &e) {
        error = e;
        loop.quit();
    });
    QObject::connect(&flow, &SignInFlow::siteFound, &loop, [&](const CheckedSite &s) {
        site = s;
        loop.quit();
    });
    flow.checkSite(m_site);
    if (!error && !site)
        loop.exec();
    QObject::disconnect(&flow, nullptr, &loop, nullptr);
    if (error) {
        *exitCode = fail(*error);
        return std::nullopt;
    }
    if (!site->isSecure() && !m_options.allowHttp) {
        *exitCode = refuseInsecure(site->baseUrl.toString());
        return std::nullopt;
    }
    // The form being off (typeoflogin 2 or 3) is why one signs in through the browser.
    if (const auto problem = site->signInProblem(); problem && problem->kind() != MoodleError::Kind::SsoRequired) {
        *exitCode = fail(*problem);
        return std::nullopt;
    }
    return site;
}

int LoginCommand::signInThroughBrowser(SignInFlow &flow)
{
    int exitCode = 0;
    const std::optional<CheckedSite> site = checkSite(flow, &exitCode);
    if (!site)
        return exitCode;
    BrowserSignIn browser(m_clock);
    const QUrl launch = browser.start(site->baseUrl, site->config.wwwRoot);
    // The address alone on its line, so a script can take it; what to do with it on stderr.
    m_out << launch.toString(QUrl::FullyEncoded) << "\n";
    m_out.flush();
    m_err << "Open the address above in a browser and sign in to " << site->passwordHost()
          << ". Then paste here the moodlemobile://token=... link the site ends on (in the address bar, or behind "
             "its \"launch the app\" button), and press Enter:\n";
    m_err.flush();
    const QString link = m_access.readLink ? m_access.readLink() : readLineFromStdin();
    if (link.trimmed().isEmpty())
        return usage(QStringLiteral("no sign-in link given (paste the moodlemobile://token=... link)"));
    const BrowserSignIn::Outcome outcome = browser.accept(link);
    if (!outcome.ok())
        return failure(ExitCode::Auth, QStringLiteral("InvalidSignInLink"), BrowserSignIn::errorCode(outcome.error),
                       linkRefusal(outcome.error));
    return waitForSignIn(flow, [&] { flow.signInWithToken(*site, outcome.token); });
}
