#pragma once

#include "ExitCode.h"
#include "account/Account.h"
#include "moodle/MoodleClient.h"
#include "store/Database.h"

#include <QJsonObject>
#include <QString>
#include <QTextStream>
#include <functional>
#include <optional>

class AccountStore;
class Clock;
class MoodleClient;
class SecretStore;

// Asks for a password (terminal without echo in main(), a fixed string in tests).
using PasswordReader = std::function<QString(const QString &prompt)>;
// Reads the sign-in link `login --browser` waits for: one line of standard input in main(), the test's
// browser in tests. Returns an empty string at the end of input.
using LinkReader = std::function<QString()>;

// What the command line said besides the command and its arguments. SatchelCtl parses every option
// once; each command reads those that are its own.
struct CommandOptions
{
    QString dataDir;  // resolved: --data-dir, else $SATCHEL_DATA_DIR, else the system's folder
    QString account;  // --account, as typed (an id or user@host); empty: the default account
    bool json = false;  // --json
    bool allowHttp = false;  // login --allow-http
    bool browser = false;  // login --browser
    bool noKeychain = false;  // login --no-keychain
    bool forget = false;  // logout --forget
    bool full = false;  // sync --full
    QString exportFormat;  // export --format; empty means csv
    QString outputFile;  // export -o, deadlines --ical -o; empty or "-" means standard output
    bool ical = false;  // deadlines --ical
    bool all = false;  // download --all, remove-downloads --all
    QString maxSize;  // download --max-size, as typed ("2M"); empty: no limit
    bool html = false;  // page --html
    QString course;  // search --course, as typed; empty: every course
};

// What SatchelCtl was given for the commands that reach the keychain or the site.
struct SiteAccess
{
    SecretStore *secrets = nullptr;
    PasswordReader readPassword;
    LinkReader readLink = nullptr;  // null: one line of standard input
    int timeoutMs = MoodleClient::kDefaultTimeoutMs;  // inactivity timeout of every request (tests shorten it)
};

// What every satchelctl command runs with: the output streams, the options, the clock, and the
// helpers that end a command. Each helper prints what the command's outcome is and returns the exit
// code, so a command ends with `return ok(document);` or `return usage(message);`.
class CommandContext
{
public:
    // `clock` may be null: the system clock.
    CommandContext(QTextStream &out, QTextStream &err, CommandOptions options, const Clock *clock, SiteAccess access);

    // A bad command line: the sentence and the pointer to --help on stderr.
    int usage(const QString &message);
    // The sentence on stderr; with --json, stdout holds {"error":…} too, so it stays one parseable document.
    int failure(ExitCode exitCode, const QString &kind, const QString &errorCode, const QString &message);
    // The same for an error from the site or the keychain: its sentence, kind and exit code.
    int fail(const MoodleError &error);
    // The account's offline database could not be opened (`failure` from Database::failure(), `detail` its
    // technical text): every command that opens it says the same sentence and what to do, the detail on a line
    // of its own; with --json {"error":{…,"reason":"corrupt"|…}}. Exit code 1.
    int databaseFailure(Database::Failure failure, const QString &detail);
    // --json: the command's one document on stdout.
    int ok(const QJsonObject &document);
    // Text: what the command printed is complete.
    int done();

protected:
    bool json() const { return m_options.json; }
    // The transfer timeout and the response size cap (the settings file's network/maxResponseMiB, as in the app).
    void configureClient(MoodleClient &client) const;
    const QString &dataDir() const { return m_options.dataDir; }
    // The account's token for a command that goes to the site: $SATCHEL_TOKEN when set (used as is, never
    // stored), else the keychain's. On failure it has told why (a sentence on stderr; {"error":…} with --json)
    // and `exitCode` holds the code to end with: 1 when there is no keychain (and no SATCHEL_TOKEN), 3 when
    // the keychain holds no token for the account.
    std::optional<QString> tokenFor(const QString &secretKey, int *exitCode);
    // The account the command works on: the one --account names, else the default. When nobody is signed in it
    // returns nullopt with `exitCode` -1 (each command says that its own way); when --account names no single
    // account it has said so, listing the accounts, and `exitCode` is 2.
    std::optional<Account> chosenAccount(int *exitCode);
    // `reason` (AccountStore::find's) and the accounts there are; exit code 2.
    int unknownAccount(const AccountStore &accounts, const QString &reason);
    // Whether $SATCHEL_TOKEN is set.
    static bool tokenFromEnvironment();

    QTextStream &m_out;
    QTextStream &m_err;
    const CommandOptions m_options;
    const Clock *m_clock;  // never null
    const SiteAccess m_access;
};
