#include "SatchelCtl.h"

#include "DataCommands.h"
#include "SyncCommand.h"
#include "account/AccountStore.h"
#include "account/DataDirectory.h"
#include "account/SignInFlow.h"
#include "moodle/MoodleClient.h"
#include "secrets/SecretStore.h"
#include "store/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>

namespace {
int code(ExitCode exitCode)
{
    return static_cast<int>(exitCode);
}
} // namespace

SatchelCtl::SatchelCtl(SecretStore *secrets, QTextStream &out, QTextStream &err, PasswordReader readPassword)
    : m_secrets(secrets), m_outFilter(out), m_errFilter(err), m_out(&m_outFilter), m_err(&m_errFilter),
      m_readPassword(std::move(readPassword))
{
}

QString SatchelCtl::helpText()
{
    return QStringLiteral(
        "Usage: satchelctl [options] <command> [arguments]\n"
        "\n"
        "Satchel keeps your Moodle courses on this computer. satchelctl is its command-line tool.\n"
        "\n"
        "Commands:\n"
        "  login <site> <username>   Sign in. The password is read from $SATCHEL_PASSWORD, else from the\n"
        "                            terminal (not echoed), else from the first line of standard input.\n"
        "  whoami                    Show who is signed in, and on which site (works offline).\n"
        "  logout [--forget]         Sign out: remove the token from the keychain. --forget also deletes\n"
        "                            the offline data of this account.\n"
        "  sync [--full]             Bring the offline data up to date with the site, and send what\n"
        "                            'complete' queued. Fetches only what changed since the last sync;\n"
        "                            --full fetches everything. Progress on stderr, summary on stdout.\n"
        "\n"
        "Offline data (read from this computer only, never the network; work with the site unreachable):\n"
        "  status                    Account, last successful sync, pending and rejected offline changes.\n"
        "  courses                   Your courses: short name, full name, progress, completed/favourite/\n"
        "                            hidden.\n"
        "  contents <course>         Sections and activities (id, type, name, your completion, dates).\n"
        "  grades [<course>]         Course totals of all courses, or every grade item of one course.\n"
        "  completion <course>       Course completion with its criteria, and each activity's completion.\n"
        "  deadlines                 What is due (from a week ago on), in local time, with overdue marks.\n"
        "  complete <cmid> on|off    Mark an activity you complete yourself as done or not done; queued\n"
        "                            and sent at the next sync.\n"
        "  export <course> [--format csv|commcare] [-o FILE]\n"
        "                            A class you teach as UTF-8 CSV, one row per learner: the roster with\n"
        "                            every grade item and activity completion (csv, the default), or a\n"
        "                            CommCare case import (commcare). To standard output, or to FILE\n"
        "                            (replaced if it exists).\n"
        "  <course> is a course id or short name (as 'courses' lists them, any case).\n"
        "\n"
        "Options:\n"
        "  --data-dir <dir>          Where Satchel keeps its data (default: $SATCHEL_DATA_DIR, else the\n"
        "                            system's application data folder).\n"
        "  --json                    Machine-readable output on stdout.\n"
        "  --format csv|commcare     What export writes (default: csv).\n"
        "  -o, --output <file>       Where export writes (default: standard output).\n"
        "  --allow-http              Allow signing in to a site on plain http:// (the password travels\n"
        "                            unprotected).\n"
        "  -h, --help                Show this help.\n"
        "  -v, --version             Show the version.\n"
        "\n"
        "Exit codes:\n"
        "  0  success\n"
        "  1  local failure (keychain, data folder or offline database unavailable, export cannot\n"
        "     write its file)\n"
        "  2  usage error (bad command or option, invalid site address, http:// without --allow-http,\n"
        "     unknown course or activity, export of a course you do not teach)\n"
        "  3  authentication (not signed in, wrong username or password, session expired)\n"
        "  4  offline (the site could not be reached)\n"
        "  5  server error (the site answered with an error)\n");
}

int SatchelCtl::usage(const QString &message)
{
    m_err << "satchelctl: " << message << "\n"
          << "Run 'satchelctl --help' for usage.\n";
    m_err.flush();
    return code(ExitCode::Usage);
}

int SatchelCtl::fail(const MoodleError &error)
{
    m_err << "satchelctl: " << error.userMessage() << "\n";
    m_err.flush();
    if (m_json) {
        const QJsonObject object{{QStringLiteral("error"),
                                  QJsonObject{{QStringLiteral("kind"), MoodleError::kindName(error.kind())},
                                              {QStringLiteral("errorcode"), error.errorCode()},
                                              {QStringLiteral("message"), error.userMessage()}}}};
        m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << "\n";
        m_out.flush();
    }
    return code(exitCodeFor(error));
}

int SatchelCtl::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), QString(), QStringLiteral("dir"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption allowHttpOption(QStringLiteral("allow-http"));
    const QCommandLineOption forgetOption(QStringLiteral("forget"));
    const QCommandLineOption fullOption(QStringLiteral("full"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("format"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                          QStringLiteral("file"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({dataDirOption, jsonOption, allowHttpOption, forgetOption, fullOption, formatOption, outputOption,
                       helpOption, versionOption});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << helpText();
        m_out.flush();
        return code(ExitCode::Ok);
    }
    if (parser.isSet(versionOption)) {
        m_out << "satchelctl " << SATCHEL_VERSION << "\n";
        m_out.flush();
        return code(ExitCode::Ok);
    }
    m_json = parser.isSet(jsonOption);
    m_allowHttp = parser.isSet(allowHttpOption);
    m_dataDir = DataDirectory::resolve(parser.value(dataDirOption));

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(QStringLiteral("no command given"));
    const QString command = positional.first();
    const QStringList args = positional.mid(1);
    if ((parser.isSet(formatOption) || parser.isSet(outputOption)) && command != QLatin1String("export"))
        return usage(QStringLiteral("--format and -o go with export only"));
    if (command == QLatin1String("login"))
        return login(args);
    if (command == QLatin1String("whoami"))
        return args.isEmpty() ? whoami() : usage(QStringLiteral("whoami takes no arguments"));
    if (command == QLatin1String("logout"))
        return args.isEmpty() ? logout(parser.isSet(forgetOption)) : usage(QStringLiteral("logout takes no arguments"));
    if (command == QLatin1String("sync"))
        return args.isEmpty() ? SyncCommand(m_secrets, m_out, m_err, m_dataDir, m_json, m_clock, m_timeoutMs).run(parser.isSet(fullOption))
                              : usage(QStringLiteral("sync takes no arguments"));
    if (DataCommands::handles(command)) {
        DataCommands commands(m_out, m_err, m_dataDir, m_json, m_clock);
        commands.setExportOptions(parser.value(formatOption), parser.value(outputOption));
        return commands.run(command, args);
    }
    if (command == QLatin1String("help")) {
        m_out << helpText();
        m_out.flush();
        return code(ExitCode::Ok);
    }
    return usage(QStringLiteral("unknown command '%1'").arg(command));
}

int SatchelCtl::login(const QStringList &args)
{
    if (args.size() != 2)
        return usage(QStringLiteral("login needs a site and a username: satchelctl login <site> <username>"));
    const QString site = args.at(0);
    const QString username = args.at(1);
    QString password = qEnvironmentVariable("SATCHEL_PASSWORD");
    if (password.isEmpty() && m_readPassword)
        password = m_readPassword(QStringLiteral("Password for %1: ").arg(username));
    if (password.isEmpty())
        return usage(QStringLiteral("no password given (set SATCHEL_PASSWORD or type it when asked)"));

    MoodleClient client;
    client.setTransferTimeout(m_timeoutMs);
    AccountStore accounts(m_dataDir);
    SignInFlow flow(&client, m_secrets, &accounts);
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
    flow.signIn(site, username, password, m_allowHttp);
    password.clear();
    loop.exec();
    if (error) {
        if (error->kind() == MoodleError::Kind::InsecureConnectionNotAllowed) {
            m_err << "satchelctl: " << error->userMessage() << "\n"
                  << "Add --allow-http to sign in to " << error->technicalDetail() << " anyway.\n";
            m_err.flush();
            return code(ExitCode::Usage);
        }
        return fail(*error);
    }
    if (!m_json)
        m_out << "Signed in.\n";
    printAccount(*account, true);
    return code(ExitCode::Ok);
}

void SatchelCtl::printAccount(const Account &account, bool tokenStored)
{
    if (m_json) {
        const QJsonObject object{
            {QStringLiteral("signedIn"), tokenStored},
            {QStringLiteral("fullName"), account.fullName},
            {QStringLiteral("username"), account.username},
            {QStringLiteral("userId"), account.userId},
            {QStringLiteral("site"), QJsonObject{{QStringLiteral("name"), account.siteName},
                                                 {QStringLiteral("url"), account.siteUrl.toString()},
                                                 {QStringLiteral("release"), account.siteRelease}}},
        };
        m_out << QJsonDocument(object).toJson(QJsonDocument::Compact) << "\n";
    } else {
        m_out << account.fullName << " (" << account.username << ")\n"
              << "Site: " << account.siteName << " <" << account.siteUrl.toString() << ">\n";
        if (!account.siteRelease.isEmpty())
            m_out << "Moodle: " << account.siteRelease << "\n";
        if (!tokenStored)
            m_out << "Signed out: run 'satchelctl login' to sign in again. Offline data is kept.\n";
    }
    m_out.flush();
}

int SatchelCtl::whoami()
{
    AccountStore accounts(m_dataDir);
    const auto account = accounts.load();
    if (!account) {
        if (m_json) {
            m_out << R"({"signedIn":false})" << "\n";
            m_out.flush();
        }
        m_err << "satchelctl: Not signed in. Run: satchelctl login <site> <username>\n";
        m_err.flush();
        return code(ExitCode::Auth);
    }
    QString error;
    const bool tokenStored = m_secrets->read(account->secretKey(), &error).has_value();
    if (!error.isEmpty())
        return fail(MoodleError(MoodleError::Kind::KeychainUnavailable).withDetail(error));
    printAccount(*account, tokenStored);
    return code(tokenStored ? ExitCode::Ok : ExitCode::Auth);
}

int SatchelCtl::logout(bool forget)
{
    AccountStore accounts(m_dataDir);
    const auto account = accounts.load();
    if (!account) {
        m_err << "satchelctl: Not signed in.\n";
        m_err.flush();
        return code(ExitCode::Ok);
    }
    QString error;
    if (!m_secrets->remove(account->secretKey(), &error))
        return fail(MoodleError(MoodleError::Kind::KeychainUnavailable).withDetail(error));
    if (forget) {
        if (!Database::removeFiles(Database::fileFor(m_dataDir, account->id())) || !accounts.remove())
            return fail(MoodleError(MoodleError::Kind::LocalStorageError).withDetail(QStringLiteral("could not delete the offline data")));
        if (!m_json)
            m_out << "Signed out; the offline data of " << account->username << " was deleted.\n";
    } else if (!m_json) {
        m_out << "Signed out. Offline data is kept; 'satchelctl logout --forget' deletes it.\n";
    }
    if (m_json)
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("signedIn"), false},
                                           {QStringLiteral("dataKept"), !forget}})
                     .toJson(QJsonDocument::Compact)
              << "\n";
    m_out.flush();
    return code(ExitCode::Ok);
}
