#include "MainWindow.h"

#include "HomePage.h"
#include "StatusIcons.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace {
const auto kGeometryKey = QStringLiteral("MainWindow/geometry");
const auto kStateKey = QStringLiteral("MainWindow/state");

QString siteNameOf(const Account &account)
{
    return account.siteName.isEmpty() ? account.siteUrl.host() : account.siteName;
}
} // namespace

MainWindow::MainWindow(const Account &account, QWidget *parent) : QMainWindow(parent), m_account(account)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("%1 – Satchel").arg(siteNameOf(account)));
    setWindowIcon(StatusIcons::appIcon());

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setIconSize(QSize(20, 20));
    m_navigation->setFrameShape(QFrame::NoFrame);
    m_navigation->setSpacing(2);
    m_navigation->setFixedWidth(qMax(180, fontMetrics().averageCharWidth() * 24));
    m_navigation->setStyleSheet(QStringLiteral("QListWidget#navigation { background: palette(window); "
                                               "border-right: 1px solid palette(mid); padding: 6px; outline: 0; }"
                                               "QListWidget#navigation::item { padding: 6px 6px; border-radius: 4px; }"
                                               "QListWidget#navigation::item:selected { background: palette(highlight); "
                                               "color: palette(highlighted-text); }"));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));
    m_pages->setAccessibleName(tr("Pages"));
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(0);
    body->addWidget(m_navigation);
    body->addWidget(m_pages, 1);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createHeader());
    layout->addLayout(body, 1);
    setCentralWidget(central);

    m_home = new HomePage(account, this);
    addPage(QIcon(QStringLiteral(":/icons/home.svg")), tr("Home"), m_home);
    showPage(0);

    // Placeholder until sync exists: everything shown comes from the local copy.
    m_status = new QLabel(tr("Offline data from %1").arg(siteNameOf(account)), this);
    m_status->setObjectName(QStringLiteral("statusText"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setContentsMargins(8, 2, 8, 2);
    statusBar()->addWidget(m_status, 1);

    createMenus();
    restoreWindowGeometry();
}

QWidget *MainWindow::createHeader()
{
    auto *header = new QFrame(this);
    header->setObjectName(QStringLiteral("header"));
    header->setAccessibleName(tr("Signed-in account"));
    header->setStyleSheet(QStringLiteral("QFrame#header { background: palette(base); "
                                         "border-bottom: 1px solid palette(mid); }"));

    auto *logo = new QLabel(header);
    logo->setPixmap(StatusIcons::appIcon().pixmap(QSize(36, 36), devicePixelRatioF()));
    logo->setFixedSize(36, 36);
    logo->setAccessibleName(tr("Satchel logo"));

    m_userName = new QLabel(m_account.fullName.isEmpty() ? m_account.username : m_account.fullName, header);
    m_userName->setObjectName(QStringLiteral("userName"));
    m_userName->setAccessibleName(tr("Signed in as"));
    m_userName->setTextFormat(Qt::PlainText);
    QFont nameFont = m_userName->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.2);
    nameFont.setBold(true);
    m_userName->setFont(nameFont);

    m_siteName = new QLabel(siteNameOf(m_account), header);
    m_siteName->setObjectName(QStringLiteral("siteName"));
    m_siteName->setAccessibleName(tr("Site"));
    m_siteName->setTextFormat(Qt::PlainText);
    m_siteName->setToolTip(m_account.siteUrl.toString());
    QPalette secondary = m_siteName->palette();
    secondary.setColor(QPalette::WindowText, palette().color(QPalette::PlaceholderText));
    m_siteName->setPalette(secondary);

    auto *text = new QVBoxLayout;
    text->setSpacing(0);
    text->addWidget(m_userName);
    text->addWidget(m_siteName);

    auto *layout = new QHBoxLayout(header);
    layout->setContentsMargins(16, 10, 16, 10);
    layout->setSpacing(12);
    layout->addWidget(logo);
    layout->addLayout(text, 1);
    return header;
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *signOut = file->addAction(tr("Sign &out…"), this, &MainWindow::confirmSignOut);
    signOut->setObjectName(QStringLiteral("signOutAction"));
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setObjectName(QStringLiteral("quitAction"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Satchel"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
}

int MainWindow::addPage(const QIcon &icon, const QString &title, QWidget *page)
{
    const int index = m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::AccessibleTextRole, title);
    return index;
}

void MainWindow::showPage(int index)
{
    m_navigation->setCurrentRow(index);
}

int MainWindow::currentPage() const
{
    return m_pages->currentIndex();
}

QString MainWindow::displayedUserName() const
{
    return m_userName->text();
}

QString MainWindow::displayedSiteName() const
{
    return m_siteName->text();
}

QString MainWindow::statusText() const
{
    return m_status->text();
}

void MainWindow::confirmSignOut()
{
    const auto answer = QMessageBox::question(
        this, tr("Sign out"),
        tr("Sign out of %1?\n\nYou will need your password to sign in again. Your offline data stays on this "
           "computer.").arg(siteNameOf(m_account)),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        Q_EMIT signOutRequested();
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Satchel"),
                       tr("<h3>Satchel %1</h3>"
                          "<p>An offline-first desktop client for Moodle: your courses, deadlines and grades, "
                          "also without a connection.</p>"
                          "<p>Built with Qt %2.</p>")
                           .arg(QStringLiteral(SATCHEL_VERSION), QString::fromLatin1(qVersion())));
}

void MainWindow::restoreWindowGeometry()
{
    QSettings settings;
    if (restoreGeometry(settings.value(kGeometryKey).toByteArray())) {
        restoreState(settings.value(kStateKey).toByteArray());
        return;
    }
    // First start: a comfortable size that still fits small laptop screens.
    QSize size(960, 640);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize() * 0.9);
    resize(size);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kStateKey, saveState());
    QMainWindow::closeEvent(event);
}
