#include "SatchelCtl.h"

#include "account/DataDirectory.h"
#include "commands/AccountsCommand.h"
#include "commands/AttemptsCommand.h"
#include "commands/BadgesCommand.h"
#include "commands/CompetenciesCommand.h"
#include "commands/CompleteCommand.h"
#include "commands/CompletionCommand.h"
#include "commands/ContentsCommand.h"
#include "commands/CoursesCommand.h"
#include "commands/DeadlinesCommand.h"
#include "commands/DownloadCommand.h"
#include "commands/ExportCommand.h"
#include "commands/FilesCommand.h"
#include "commands/ForumCommand.h"
#include "commands/GradesCommand.h"
#include "commands/LoginCommand.h"
#include "commands/LogoutCommand.h"
#include "commands/PageCommand.h"
#include "commands/PlansCommand.h"
#include "commands/RemoveDownloadsCommand.h"
#include "commands/ResetDataCommand.h"
#include "commands/SearchCommand.h"
#include "commands/StatusCommand.h"
#include "commands/StorageCommand.h"
#include "commands/SubmissionsCommand.h"
#include "commands/SwitchCommand.h"
#include "commands/SyncCommand.h"
#include "commands/WhoamiCommand.h"

#include <QCommandLineParser>

#include <algorithm>
#include <iterator>
#include <memory>

namespace {

// `satchelctl help`: the --help text, whatever follows.
class HelpCommand : public Command
{
public:
    using Command::Command;

    QString takeArguments(const QString &, const QStringList &) override { return QString(); }
    int run() override
    {
        m_out << SatchelCtl::helpText();
        return done();
    }
};

template <typename T>
std::unique_ptr<Command> make(const CommandContext &context)
{
    return std::make_unique<T>(context);
}

// Every command satchelctl knows: its name on the command line, and the class that checks its
// arguments (Command::takeArguments) and then runs it.
struct CommandEntry
{
    const char *name;
    std::unique_ptr<Command> (*create)(const CommandContext &context);
};

const CommandEntry kCommands[] = {
    {"login", make<LoginCommand>},
    {"whoami", make<WhoamiCommand>},
    {"logout", make<LogoutCommand>},
    {"accounts", make<AccountsCommand>},
    {"switch", make<SwitchCommand>},
    {"sync", make<SyncCommand>},
    {"status", make<StatusCommand>},
    {"courses", make<CoursesCommand>},
    {"contents", make<ContentsCommand>},
    {"grades", make<GradesCommand>},
    {"completion", make<CompletionCommand>},
    {"deadlines", make<DeadlinesCommand>},
    {"complete", make<CompleteCommand>},
    {"export", make<ExportCommand>},
    {"submissions", make<SubmissionsCommand>},
    {"attempts", make<AttemptsCommand>},
    {"competencies", make<CompetenciesCommand>},
    {"plans", make<PlansCommand>},
    {"badges", make<BadgesCommand>},
    {"search", make<SearchCommand>},
    {"reset-data", make<ResetDataCommand>},
    {"forum", make<ForumCommand>},
    {"download", make<DownloadCommand>},
    {"files", make<FilesCommand>},
    {"storage", make<StorageCommand>},
    {"remove-downloads", make<RemoveDownloadsCommand>},
    {"page", make<PageCommand>},
    {"help", make<HelpCommand>},
};

}  // namespace

SatchelCtl::SatchelCtl(SecretStore *secrets, QTextStream &out, QTextStream &err, PasswordReader readPassword)
    : m_outFilter(out), m_errFilter(err), m_out(&m_outFilter),
      m_err(&m_errFilter), m_access{secrets, std::move(readPassword)}
{}

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
        "  login <site> --browser    Sign in through the browser (single sign-on: Microsoft, Google, SAML,\n"
        "                            CAS...). Prints the address to open on a line of its own, then reads\n"
        "                            the moodlemobile://token=... link the site ends on from standard\n"
        "                            input (paste it). The link is good once, for 15 minutes.\n"
        "                            Signing in to another site (or as another user) adds an account and\n"
        "                            makes it the default; the others keep their tokens and data.\n"
        "  whoami                    Show who is signed in, and on which site (works offline).\n"
        "  logout [--forget]         Sign out of the account (the default, or --account's): remove its\n"
        "                            token from the keychain. --forget also deletes its offline data and\n"
        "                            removes it from the accounts. Other accounts are kept.\n"
        "  accounts                  The accounts on this computer, one line each: id, full name, site,\n"
        "                            last successful sync; the default one marked with '*'.\n"
        "  switch <account>          Make <account> the default: the one commands work on without\n"
        "                            --account.\n"
        "  sync [--full]             Bring the offline data up to date with the site, and send what\n"
        "                            'complete' queued. Fetches only what changed since the last sync;\n"
        "                            --full fetches everything. Progress on stderr, summary on stdout.\n"
        "  download [<course>...] [--all] [--max-size SIZE]\n"
        "                            Sync, then make the courses (--all: every course) available offline\n"
        "                            and download their files that are missing or outdated; files over\n"
        "                            SIZE (500k, 2M, 1G) are skipped this time. Progress on stderr, a\n"
        "                            summary on stdout with one line per file that failed.\n"
        "  reset-data                Move the offline data aside (kept next to it, never deleted) when it\n"
        "                            cannot be opened; the next sync downloads it again. Keeps the token.\n"
        "\n"
        "Offline data (read from this computer only, never the network; work with the site unreachable):\n"
        "  status                    Account, last successful sync, pending and rejected offline changes,\n"
        "                            and those that could not be sent (the site never answered about them).\n"
        "  courses                   Your courses: short name, full name, progress, completed/favourite/\n"
        "                            hidden.\n"
        "  contents <course>         Sections and activities (id, type, name, your completion, dates).\n"
        "  forum <cmid>              A forum of a course kept offline: its discussions, each with its\n"
        "                            posts as plain text (author, date, subject, message), oldest first,\n"
        "                            replies under their parent; what is new since the last sync is\n"
        "                            marked [new].\n"
        "  files <course>            The course's files: cmid, activity, path in the activity, size, state\n"
        "                            (downloaded, outdated, not downloaded, external), local path.\n"
        "  page <cmid> [--html]      A page (or book) as plain text from its downloaded copy; --html: the\n"
        "                            sanitised HTML.\n"
        "  storage                   Space the downloads take per course and in total, free disk space,\n"
        "                            and the files folder.\n"
        "  remove-downloads <course>|--all\n"
        "                            Delete a course's (or every course's) downloaded files; it is no\n"
        "                            longer kept offline.\n"
        "  grades [<course>]         Course totals of all courses, or every grade item of one course.\n"
        "  completion <course>       Course completion with its criteria, and each activity's completion.\n"
        "  deadlines                 What is due (from a week ago on), in local time, with overdue marks.\n"
        "  deadlines --ical [-o FILE]\n"
        "                            The same deadlines as an iCalendar file (.ics) for a calendar app:\n"
        "                            times in UTC, a reminder a day before what is still to hand in, and\n"
        "                            stable UIDs (importing it again updates the events). To standard\n"
        "                            output, or to FILE (replaced if it exists). Not with --json.\n"
        "  complete <cmid> on|off    Mark an activity you complete yourself as done or not done; queued\n"
        "                            and sent at the next sync.\n"
        "  export <course> [--format csv|commcare|submissions|attempts|competencies] [-o FILE]\n"
        "                            A class you teach as UTF-8 CSV. One row per learner: the roster with\n"
        "                            every grade item, activity completion, each assignment's submission\n"
        "                            status and each quiz's number of attempts (csv, the default), or a\n"
        "                            CommCare case import (commcare). One row per learner and item: each\n"
        "                            assignment's submission (submissions), each quiz attempt (attempts),\n"
        "                            each course competency's rating (competencies). To standard output,\n"
        "                            or to FILE (replaced if it exists).\n"
        "  submissions <course>      A class you teach: each assignment with every learner's submission\n"
        "                            (status, when handed in, late by how much, grade, grader), and how\n"
        "                            many were handed in, late, or are still to grade.\n"
        "  attempts <course>         A class you teach: each quiz with every learner's attempts (number,\n"
        "                            state, started, finished, time taken, marks, and the grade as\n"
        "                            Moodle shows it: 8.75 out of 10.00). A course you learn in: each\n"
        "                            quiz with your own attempts.\n"
        "  competencies <course>     A class you teach: each competency linked to the course with every\n"
        "                            learner's rating (Competent, not rated...), whether it is\n"
        "                            proficient, and the share of the class proficient in it. A course\n"
        "                            you learn in: your own rating of each and whether it is proficient.\n"
        "  plans                     Your learning plans: name, status, due date, description.\n"
        "  badges                    Your badges: name, issuer, course, issued and expiry dates,\n"
        "                            description.\n"
        "  search <query> [--course <course>]\n"
        "                            Everything offline that matches every word (or a word's start;\n"
        "                            case and accents ignored): courses, sections, activities, files,\n"
        "                            forum discussions and posts, your grades and feedback, events.\n"
        "                            Grouped by kind, best first, each with its course and the words\n"
        "                            around the match in [brackets]. --course: in one course only.\n"
        "  <course> is a course id or short name (as 'courses' lists them, any case).\n"
        "  <account> is an account's id (user@host/path, as 'accounts' lists them) or user@host when\n"
        "  only one account of that user is on that host (the host in any case).\n"
        "\n"
        "Options:\n"
        "  --data-dir <dir>          Where Satchel keeps its data (default: $SATCHEL_DATA_DIR, else the\n"
        "                            system's application data folder).\n"
        "  --json                    Machine-readable output on stdout.\n"
        "  --account <account>       Work on that account instead of the default one (every command but\n"
        "                            login, accounts and switch).\n"
        "  --format <format>         What export writes: csv (the default), commcare, submissions,\n"
        "                            attempts or competencies.\n"
        "  -o, --output <file>       Where export and deadlines --ical write (default: standard output).\n"
        "  --ical                    deadlines: an iCalendar file instead of the list.\n"
        "  --all                     download, remove-downloads: every course.\n"
        "  --max-size <size>         download: skip files bigger than size (500k, 2M, 1G; binary units).\n"
        "  --html                    page: the sanitised HTML instead of plain text.\n"
        "  --course <course>         search: in one course only.\n"
        "  --allow-http              Allow signing in to a site on plain http:// (the password travels\n"
        "                            unprotected).\n"
        "  --browser                 login: sign in through the browser instead of with a password.\n"
        "  --no-keychain             login: for machines without a keychain (servers, SSH, containers,\n"
        "                            CI). Keeps the account and its data but not the token: prints the\n"
        "                            token once on stdout instead (its use on stderr).\n"
        "\n"
        "Environment:\n"
        "  SATCHEL_PASSWORD          The password for login (read once, then removed).\n"
        "  SATCHEL_TOKEN             The token to use instead of the keychain's (as 'login --no-keychain'\n"
        "                            printed it); never written anywhere. Without a keychain and without\n"
        "                            it, sync says so and exits 1.\n"
        "  SATCHEL_DATA_DIR          Where Satchel keeps its data (see --data-dir).\n"
        "  -h, --help                Show this help.\n"
        "  -v, --version             Show the version.\n"
        "\n"
        "Exit codes:\n"
        "  0  success\n"
        "  1  local failure (keychain, data folder or offline database unavailable, export cannot\n"
        "     write its file; no keychain and no SATCHEL_TOKEN)\n"
        "  2  usage error (bad command or option, invalid site address, http:// without --allow-http,\n"
        "     unknown or ambiguous account, unknown course or activity, export or submissions of a\n"
        "     course you do not teach, a class or your own competencies, attempts, plans or badges\n"
        "     not synced yet, page not downloaded yet or not a page)\n"
        "  3  authentication (not signed in, wrong username or password, session expired, a token\n"
        "     in SATCHEL_TOKEN the site refuses, a browser sign-in link that is malformed, for another\n"
        "     site or sign-in, expired or already used)\n"
        "  4  offline (the site could not be reached)\n"
        "  5  server error (the site answered with an error)\n"
        "  6  download: some files could not be downloaded (each is listed); the others were\n");
}

int SatchelCtl::usage(const QString &message)
{
    return CommandContext(m_out, m_err, {}, m_clock, m_access).usage(message);
}

int SatchelCtl::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    const QCommandLineOption dataDirOption(QStringLiteral("data-dir"), QString(), QStringLiteral("dir"));
    const QCommandLineOption jsonOption(QStringLiteral("json"));
    const QCommandLineOption accountOption(QStringLiteral("account"), QString(), QStringLiteral("account"));
    const QCommandLineOption allowHttpOption(QStringLiteral("allow-http"));
    const QCommandLineOption forgetOption(QStringLiteral("forget"));
    const QCommandLineOption browserOption(QStringLiteral("browser"));
    const QCommandLineOption noKeychainOption(QStringLiteral("no-keychain"));
    const QCommandLineOption fullOption(QStringLiteral("full"));
    const QCommandLineOption icalOption(QStringLiteral("ical"));
    const QCommandLineOption allOption(QStringLiteral("all"));
    const QCommandLineOption maxSizeOption(QStringLiteral("max-size"), QString(), QStringLiteral("size"));
    const QCommandLineOption htmlOption(QStringLiteral("html"));
    const QCommandLineOption courseOption(QStringLiteral("course"), QString(), QStringLiteral("course"));
    const QCommandLineOption formatOption(QStringLiteral("format"), QString(), QStringLiteral("format"));
    const QCommandLineOption outputOption(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                          QStringLiteral("file"));
    const QCommandLineOption helpOption(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    const QCommandLineOption versionOption(QStringList{QStringLiteral("v"), QStringLiteral("version")});
    parser.addOptions({dataDirOption, jsonOption, allowHttpOption, forgetOption, browserOption, noKeychainOption,
                       fullOption, formatOption, outputOption, helpOption, versionOption, icalOption, allOption,
                       maxSizeOption, htmlOption, courseOption, accountOption});
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (parser.isSet(helpOption)) {
        m_out << helpText();
        m_out.flush();
        return exitStatus(ExitCode::Ok);
    }
    if (parser.isSet(versionOption)) {
        m_out << "satchelctl " << SATCHEL_VERSION << "\n";
        m_out.flush();
        return exitStatus(ExitCode::Ok);
    }
    // Every option is known to every command; each command reads its own.
    CommandOptions options;
    options.json = parser.isSet(jsonOption);
    options.allowHttp = parser.isSet(allowHttpOption);
    options.dataDir = DataDirectory::resolve(parser.value(dataDirOption));
    options.account = parser.value(accountOption);
    options.forget = parser.isSet(forgetOption);
    options.browser = parser.isSet(browserOption);
    options.noKeychain = parser.isSet(noKeychainOption);
    options.full = parser.isSet(fullOption);
    options.exportFormat = parser.value(formatOption);
    options.outputFile = parser.value(outputOption);
    options.ical = parser.isSet(icalOption);
    options.all = parser.isSet(allOption);
    options.maxSize = parser.isSet(maxSizeOption) ? parser.value(maxSizeOption) : QString();
    options.html = parser.isSet(htmlOption);
    options.course = parser.value(courseOption);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(QStringLiteral("no command given"));
    const QString command = positional.first();
    const QStringList args = positional.mid(1);
    const bool deadlinesIcal = command == QLatin1String("deadlines") && options.ical;
    if (options.ical && command != QLatin1String("deadlines"))
        return usage(QStringLiteral("--ical goes with deadlines only"));
    if (command == QLatin1String("deadlines") && parser.isSet(outputOption) && !parser.isSet(formatOption)
        && !deadlinesIcal)
        return usage(QStringLiteral("-o goes with export, or with deadlines --ical"));
    if ((parser.isSet(formatOption) || parser.isSet(outputOption)) && command != QLatin1String("export")
        && !(deadlinesIcal && !parser.isSet(formatOption)))
        return usage(QStringLiteral("--format and -o go with export only"));
    if ((options.browser || options.noKeychain) && command != QLatin1String("login"))
        return usage(QStringLiteral("--browser and --no-keychain go with login only"));
    if (options.all && command != QLatin1String("download") && command != QLatin1String("remove-downloads"))
        return usage(QStringLiteral("--all goes with download and remove-downloads only"));
    if (parser.isSet(maxSizeOption) && command != QLatin1String("download"))
        return usage(QStringLiteral("--max-size goes with download only"));
    if (options.html && command != QLatin1String("page"))
        return usage(QStringLiteral("--html goes with page only"));
    if (parser.isSet(courseOption) && command != QLatin1String("search"))
        return usage(QStringLiteral("--course goes with search only"));
    // These do not work on one account: login adds one, accounts lists them, switch names its own.
    if (parser.isSet(accountOption)
        && (command == QLatin1String("login") || command == QLatin1String("accounts")
            || command == QLatin1String("switch")))
        return usage(QStringLiteral("--account does not go with %1").arg(command));
    if (parser.isSet(accountOption) && options.account.trimmed().isEmpty())
        return usage(QStringLiteral("--account needs an account: its id or user@host ('satchelctl accounts' "
                                    "lists them)"));
    const auto entry = std::find_if(std::begin(kCommands), std::end(kCommands),
                                    [&command](const CommandEntry &e) { return command == QLatin1String(e.name); });
    if (entry == std::end(kCommands))
        return usage(QStringLiteral("unknown command '%1'").arg(command));

    CommandContext context(m_out, m_err, std::move(options), m_clock, m_access);
    const std::unique_ptr<Command> commandToRun = entry->create(context);
    // The command line is checked before anything is read: a usage error is one whatever was synced.
    if (const QString wrong = commandToRun->takeArguments(command, args); !wrong.isEmpty())
        return context.usage(wrong);
    return commandToRun->run();
}
