#include "demo/DemoSite.h"
#include "shell/AppController.h"
#include "shell/Languages.h"
#include "shell/MainWindow.h"
#include "signin/SignInDialog.h"
#include "widgets/InertResources.h"
#include "widgets/StatusIcons.h"

#include "account/BrowserSignIn.h"
#include "account/DataDirectory.h"
#include "account/LinkHandOver.h"
#include "common/Settings.h"
#include "model/SiteInfo.h"
#include "secrets/KeychainSecretStore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QTimer>
#include <QWidget>

#include <cstdio>
#include <cstring>

namespace {
// A demo account comes from a recorded site info (student1 or teacher1 on Northfield College); it
// points at an address that never resolves, so nothing can reach the network by accident.
std::optional<Account> demoAccount(const QString &recordingsDir)
{
    const auto info = DemoSite::siteInfo(recordingsDir);
    if (!info)
        return std::nullopt;
    Account account;
    account.siteUrl = QUrl(QStringLiteral("https://demo.satchel.invalid"));
    account.siteName = info->siteName;
    account.siteRelease = info->release;
    account.username = info->username;
    account.userId = info->userId;
    account.fullName = info->fullName;
    account.signedInAt = QDateTime::currentDateTimeUtc();
    return account;
}

// --language is read before the parser exists: the parser's own texts (--help) are already translated.
QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == QLatin1String("--language"))
            return i + 1 < arguments.size() ? arguments.at(i + 1) : QString();
        if (argument.startsWith(QLatin1String("--language=")))
            return argument.mid(int(qstrlen("--language=")));
    }
    return {};
}

void installTranslations(const QString &languageForThisRun)
{
    // --language for this run, else the language chosen in Settings, else the system's.
    const QString chosen = languageForThisRun.isEmpty() ? Settings::load().language : languageForThisRun;
    if (!Languages::install(chosen) && !languageForThisRun.isEmpty()
        && QLocale(languageForThisRun).language() != QLocale::English)
        std::fprintf(stderr, "satchel: no translation for %s, showing English\n", qPrintable(languageForThisRun));
}

void fail(const QString &message)
{
    std::fprintf(stderr, "satchel: %s\n", qPrintable(message));
}

// The browser sign-in link the OS starts Satchel with (desktop entry: satchel %u), as the raw string: its
// "token=…" is no host QUrl would keep.
QString signInLinkArgument(const QStringList &positional)
{
    const QString scheme = QString::fromLatin1(BrowserSignIn::kUrlScheme) + QStringLiteral("://");
    for (const QString &argument : positional) {
        if (argument.startsWith(scheme, Qt::CaseInsensitive))
            return argument;
    }
    return {};
}

// A link handed over by a second satchel: the sign-in window waiting for it comes to the front and takes it.
void deliverSignInLink(const QString &link)
{
    SignInDialog *waiting = nullptr;
    QWidget *front = nullptr;
    for (QWidget *window : QApplication::topLevelWidgets()) {
        if (!window->isVisible())
            continue;
        if (auto *dialog = qobject_cast<SignInDialog *>(window))
            waiting = dialog;
        if (!front || window == QApplication::activeWindow())
            front = window;
    }
    QWidget *raised = waiting ? waiting : front;
    if (raised) {
        raised->showNormal();
        raised->raise();
        raised->activateWindow();
    }
    if (waiting)
        waiting->acceptLink(link);
}
}  // namespace

int main(int argc, char *argv[])
{
    // --version answers before QApplication exists, so it also works without a display (a packager's or CI's shell).
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0 || std::strcmp(argv[i], "-v") == 0) {
            std::printf("Satchel %s\n", SATCHEL_VERSION);
            return 0;
        }
    }
    QApplication app(argc, argv);
    // No rich text anywhere in the process loads a file, an image or an address it was not given.
    InertResources::install();
    QApplication::setOrganizationName(QStringLiteral("Satchel"));
    QApplication::setApplicationName(QStringLiteral("Satchel"));
    QApplication::setApplicationDisplayName(QStringLiteral("Satchel"));
    QApplication::setApplicationVersion(QStringLiteral(SATCHEL_VERSION));
    // The Wayland app id and the desktop entry the window belongs to (its icon and name in docks and task bars).
    QGuiApplication::setDesktopFileName(QStringLiteral(SATCHEL_APP_ID));
    QApplication::setWindowIcon(StatusIcons::appIcon());
    installTranslations(languageArgument(QApplication::arguments()));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Satchel: your Moodle courses, offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDirOption(
        QStringLiteral("data-dir"),
        QApplication::translate("main",
                                "Keep Satchel's files in <dir> (default: $SATCHEL_DATA_DIR, else the "
                                "platform's application data folder)."),
        QStringLiteral("dir"));
    const QCommandLineOption demoOption(
        QStringLiteral("demo"), QApplication::translate("main", "Open the bundled demo account, without a network."));
    const QCommandLineOption teacherDemoOption(
        QStringLiteral("demo-teacher"),
        QApplication::translate(
            "main", "Open the bundled demo account of a teacher (her classes included), without a network."));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the first window to <file> (PNG) and exit."),
        QStringLiteral("file"));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        QApplication::translate(
            "main",
            "With --screenshot: the page to show: home, courses, course:<id>, grades, "
            "grades:<id>, badges, class, class:<id>, "
            "class:<id>:attention|participants|grades|completion|submissions|attempts|competencies, storage, "
            "activity:<cmid> (a page or forum read inside Satchel), or search:<text> (the search's results)."),
        QStringLiteral("page"), QStringLiteral("home"));
    const QCommandLineOption languageOption(
        QStringLiteral("language"),
        QApplication::translate("main",
                                "Show Satchel in language <code> (de, es, pt_BR…) for this run, whatever Settings "
                                "say."),
        QStringLiteral("code"));
    parser.addOption(pageOption);
    parser.addOption(languageOption);
    parser.addOption(dataDirOption);
    parser.addOption(demoOption);
    parser.addOption(teacherDemoOption);
    parser.addOption(screenshotOption);
    parser.addPositionalArgument(
        QStringLiteral("link"),
        QApplication::translate("main",
                                "A moodlemobile://token=… sign-in link from your browser (passed on to the "
                                "Satchel that is waiting for it)."),
        QStringLiteral("[link]"));
    parser.process(app);

    // Only the running Satchel holds the passport that checks a link: a second satchel hands it over and leaves.
    // With none running nothing can check it (the sign-in that asked for it is gone), so say so.
    const QString handOverName = LinkHandOver::nameFor(QStringLiteral(SATCHEL_APP_ID));
    if (const QString link = signInLinkArgument(parser.positionalArguments()); !link.isEmpty()) {
        if (LinkHandOver::sendToRunning(handOverName, link))
            return 0;
        fail(QApplication::translate("main",
                                     "no Satchel is waiting for this sign-in link. Open Satchel, press \"Sign in "
                                     "with your browser\" and sign in again: a link only works for the sign-in "
                                     "that asked for it."));
        return 1;
    }

    // Receives the links later satchels are started with (not the demo and screenshot runs: no sign-in there).
    LinkHandOver handOver(handOverName);
    if (!parser.isSet(screenshotOption) && !parser.isSet(demoOption) && !parser.isSet(teacherDemoOption)) {
        handOver.listen();
        QObject::connect(&handOver, &LinkHandOver::linkReceived, &app, &deliverSignInLink);
    }

    KeychainSecretStore secrets;
    const QString dataDir = DataDirectory::resolve(parser.value(dataDirOption));
    AppController controller(dataDir, &secrets);

    if (parser.isSet(screenshotOption)) {
        const QString file = parser.value(screenshotOption);
        // Grab once the first window has been laid out and painted, then leave.
        const QString page = parser.value(pageOption);
        QObject::connect(
            &controller, &AppController::windowShown, &app,
            [file, page](QWidget *window) {
                if (auto *main = qobject_cast<MainWindow *>(window)) {
                    main->resize(1100, 750);
                    if (!main->showNamedPage(page)) {
                        fail(QApplication::translate("main", "no such page: %1").arg(page));
                        // The window appears before app.exec() runs, and an exit() before exec() is lost.
                        QTimer::singleShot(0, qApp, [] { QApplication::exit(2); });
                        return;
                    }
                }
                QTimer::singleShot(300, window, [window, file] {
                    // A window the page opened over the main one (Storage, a page, a forum) is what is shown.
                    QWidget *shown = window;
                    for (QWidget *top : QApplication::topLevelWidgets()) {
                        if (top != window && top->isVisible() && qobject_cast<QDialog *>(top))
                            shown = top;
                    }
                    if (!shown->grab().save(file, "PNG")) {
                        fail(QApplication::translate("main", "could not write the screenshot to %1").arg(file));
                        QApplication::exit(1);
                        return;
                    }
                    QApplication::exit(0);
                });
            },
            Qt::SingleShotConnection);
    }

    if (parser.isSet(demoOption) || parser.isSet(teacherDemoOption)) {
        const QString recordings =
            parser.isSet(teacherDemoOption) ? QStringLiteral(":/demo/teacher1") : QStringLiteral(":/demo/student1");
        const auto account = demoAccount(recordings);
        if (!account) {
            fail(QApplication::translate("main", "the demo account is missing from this build"));
            return 1;
        }
        controller.startDemo(*account, recordings);
    } else {
        QString error;
        if (!DataDirectory::ensure(dataDir, &error)) {
            fail(QApplication::translate("main", "cannot use the data folder: %1").arg(error));
            return 1;
        }
        controller.start();
    }
    return app.exec();
}
