// A site whose people typed markup, an <img> of a local file, formulas, terminal escapes, RTL overrides and
// 10,000 characters into every name (tests/support/HostileNames.h), synced into a real database and shown in
// the real window of a student and of a teacher: every page shows the names as text and no rich text reads
// anything. Screenshots of each page go to the test output directory (hostilenames-*.png).
#include "ChartTexts.h"
#include "HostileNames.h"
#include "RecordingGaps.h"
#include "TestData.h"

#include "classes/ClassesPage.h"
#include "classes/StudentDetailsDialog.h"
#include "shell/AppController.h"
#include "shell/MainWindow.h"
#include "widgets/InertResources.h"

#include "account/AccountSession.h"
#include "account/AccountStore.h"
#include "secrets/MemorySecretStore.h"
#include "sync/SyncController.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QChartView>
#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTimer>
#include <QTreeView>

#ifdef Q_OS_LINUX
#include <sys/inotify.h>
#include <unistd.h>
#endif

#include <memory>

namespace {

// The <img> in the names points at this file instead of /dev/zero: a label that took a name for HTML would
// read /dev/zero without end (out of memory); a picture shows up in the screenshot and its opening is counted.
constexpr QSize kProbeSize(120, 120);

// Counts how often a file is opened (Linux: inotify; elsewhere it reports -1 and the label checks stand alone).
class FileOpens
{
public:
    explicit FileOpens(const QString &path)
    {
#ifdef Q_OS_LINUX
        m_fd = inotify_init1(IN_NONBLOCK | IN_CLOEXEC);
        if (m_fd >= 0)
            inotify_add_watch(m_fd, QFile::encodeName(path).constData(), IN_OPEN);
#else
        Q_UNUSED(path);
#endif
    }
    ~FileOpens()
    {
#ifdef Q_OS_LINUX
        if (m_fd >= 0)
            close(m_fd);
#endif
    }
    FileOpens(const FileOpens &) = delete;
    FileOpens &operator=(const FileOpens &) = delete;

    int count()
    {
#ifdef Q_OS_LINUX
        if (m_fd < 0)
            return -1;
        alignas(inotify_event) char buffer[4096];
        for (ssize_t n; (n = read(m_fd, buffer, sizeof buffer)) > 0;) {
            for (ssize_t at = 0; at < n;) {
                const auto *event = reinterpret_cast<const inotify_event *>(buffer + at);
                m_opens += (event->mask & IN_OPEN) ? 1 : 0;
                at += ssize_t(sizeof(inotify_event) + event->len);
            }
        }
        return m_opens;
#else
        return -1;
#endif
    }

private:
    int m_fd = -1;
    int m_opens = 0;
};

// What Qt shows as rich text: a label that is RichText, or AutoText with text that looks like HTML.
bool showsRichText(const QLabel *label)
{
    return label->textFormat() == Qt::RichText
        || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
}

QString describe(const QLabel *label)
{
    QString path;
    for (const QObject *o = label; o; o = o->parent())
        path.prepend(
            QLatin1Char('/')
            + (o->objectName().isEmpty() ? QString::fromLatin1(o->metaObject()->className()) : o->objectName()));
    return path + QStringLiteral(": ") + label->text().left(120);
}

}  // namespace

class TestHostileNames : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void richTextLoadsNothingThroughTheProvider();
    void studentPagesShowNamesAsText();
    void teacherPagesShowNamesAsText();

private:
    struct Site
    {
        FakeMoodleServer server;
        QTemporaryDir dir;
        MemorySecretStore secrets;
        std::unique_ptr<AppController> app;
        MainWindow *window = nullptr;
        QStringList progressTexts;
    };
    std::unique_ptr<Site> openSynced(const QString &user, qint64 userId);
    void checkWidget(QWidget *root, const QString &page);
    void checkViews(QWidget *root, const QString &page);
    void shot(QWidget *widget, const QString &name);
    void checkNothingLoaded(const QString &page);

    QTemporaryDir m_probeDir;
    QString m_probe;
    std::unique_ptr<FileOpens> m_probeOpens;
    int m_hostileLabels = 0;
    int m_opensBefore = 0;
};

void TestHostileNames::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SatchelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_hostilenames"));
    QSettings().clear();
    InertResources::install();  // as main.cpp does
    QVERIFY(m_probeDir.isValid());
    m_probe = m_probeDir.filePath(QStringLiteral("probe.png"));
    QImage probe(kProbeSize, QImage::Format_ARGB32);
    probe.fill(Qt::red);
    QVERIFY(probe.save(m_probe));
    m_probeOpens = std::make_unique<FileOpens>(m_probe);
}

void TestHostileNames::init()
{
    InertResources::resetRequestCount();
    m_hostileLabels = 0;
    m_opensBefore = m_probeOpens->count();
}

// Qt 6.4 asks the resource providers only for what QTextDocument::loadResource() could not load itself: a
// rich label reads an existing local file without asking. So the provider is the last line (network,
// missing files), and plain text is what keeps a name from reading files; the documents the app renders its
// sanitised HTML in read nothing at all.
void TestHostileNames::richTextLoadsNothingThroughTheProvider()
{
    const QString image = QStringLiteral("<img src=\"%1\"> <b>bold</b>");
    const QString local = QUrl::fromLocalFile(m_probe).toString();

    // A rich label of an existing file: read without the provider being asked (what plain text prevents).
    {
        QLabel label(image.arg(local));
        QVERIFY(label.sizeHint().height() >= kProbeSize.height());
        QCOMPARE(InertResources::requestCount(), 0);
    }
    // The network and a missing file reach the provider, which answers an empty picture.
    for (const QString &url : {QStringLiteral("http://evil.example/a.png"),
                               QUrl::fromLocalFile(m_probeDir.filePath(QStringLiteral("none.png"))).toString(),
                               QStringLiteral("qrc:/icons/none.png")}) {
        InertResources::resetRequestCount();
        QLabel label(image.arg(url));
        QVERIFY2(label.sizeHint().height() < kProbeSize.height(), qPrintable(url));
        QVERIFY2(InertResources::requestCount() > 0, qPrintable(url));
    }
    // The documents for HTML shown on purpose do not read the file (nor a data: URL).
    for (const QString &url : {local, QStringLiteral("data:image/png;base64,iVBORw0KGgo="),
                               QStringLiteral("file://attacker.example/share/a.png")}) {
        InertResources::resetRequestCount();
        InertResources::Document document;
        document.setHtml(image.arg(url));
        QVERIFY2(document.size().height() < kProbeSize.height(), qPrintable(url));
        QVERIFY2(InertResources::requestCount() > 0, qPrintable(url));
        InertResources::Browser browser;
        browser.setHtml(image.arg(url));
        browser.resize(400, 300);
        QVERIFY2(browser.document()->size().height() < kProbeSize.height(), qPrintable(url));
    }
    // Plain text asks for nothing.
    InertResources::resetRequestCount();
    QLabel plain;
    plain.setTextFormat(Qt::PlainText);
    plain.setText(image.arg(local));
    QVERIFY(plain.sizeHint().height() < kProbeSize.height());
    QCOMPARE(InertResources::requestCount(), 0);
}

std::unique_ptr<TestHostileNames::Site> TestHostileNames::openSynced(const QString &user, qint64 userId)
{
    auto site = std::make_unique<Site>();
    if (!site->server.start() || !site->dir.isValid())
        return nullptr;
    site->server.setCallHandler(fillClassRecordingGaps(site->server));
    // The names of HostileNames, their <img> pointed at the probe; the site and the person named likewise.
    const QByteArray probeUrl = QUrl::fromLocalFile(m_probe).toEncoded();
    const QByteArray siteName =
        "&lt;img src=&quot;" + probeUrl + "&quot;&gt; &lt;b&gt;Northfield&lt;/b&gt; \u202ECollege";
    const QByteArray fullName = "&lt;b&gt;Liam&lt;/b&gt; &lt;img src=" + probeUrl + "&gt; \u001b[31mO'Brien";
    site->server.setAnswerFilter(
        [names = hostileNames(), probeUrl, siteName, fullName](const QString &user, const QString &function,
                                                               const FakeParams &params, const QByteArray &answer) {
            QByteArray renamed = names(user, function, params, answer);
            if (function == u"core_webservice_get_site_info") {
                QJsonObject info = QJsonDocument::fromJson(renamed).object();
                info.insert(QStringLiteral("sitename"), QString::fromUtf8(siteName));
                info.insert(QStringLiteral("fullname"), QString::fromUtf8(fullName));
                renamed = QJsonDocument(info).toJson(QJsonDocument::Compact);
            }
            return renamed.replace("file:///dev/zero", probeUrl).replace("file:///etc/passwd", probeUrl);
        });

    Account account;
    account.siteUrl = site->server.baseUrl();
    // What sign-in stores from the site info: decoded, so the markup is real.
    account.siteName =
        QStringLiteral("<img src=\"%1\"> <b>Northfield</b> \u202ECollege").arg(QString::fromUtf8(probeUrl));
    account.fullName = QStringLiteral("<b>Liam</b> <img src=%1> \u001b[31mO'Brien").arg(QString::fromUtf8(probeUrl));
    account.username = user;
    account.userId = userId;
    account.insecureConsent = true;
    if (!AccountStore(site->dir.path()).save(account)
        || !site->secrets.write(account.secretKey(), site->server.tokenForUser(user)))
        return nullptr;

    site->app = std::make_unique<AppController>(site->dir.path(), &site->secrets);
    site->app->start();  // the window opens on the empty local data, then the first sync runs
    // The window opens once the keychain has answered (on a later event-loop turn).
    if (!QTest::qWaitFor([&] { return site->app->currentWindow() != nullptr; }))
        return nullptr;
    site->window = qobject_cast<MainWindow *>(site->app->currentWindow());
    if (!site->window || !site->app->session() || !site->app->session()->sync()) {
        qWarning("no main window with a syncing session");
        return nullptr;
    }
    site->window->resize(1180, 760);
    // The status bar names each course as it syncs: looked at while it does.
    Site *raw = site.get();
    connect(site->app->session()->sync(), &SyncController::progress, site->window, [raw](int, int, const QString &) {
        auto *state = raw->window->findChild<QLabel *>(QStringLiteral("syncState"));
        if (state && showsRichText(state))
            raw->progressTexts << QStringLiteral("RICH: ") + state->text();
        else if (state)
            raw->progressTexts << state->text();
    });
    QSignalSpy finished(site->app->session()->sync(), &SyncController::syncFinished);
    if (finished.isEmpty() && !finished.wait(60000)) {
        qWarning("the first sync did not finish");
        return nullptr;
    }
    if (const SyncSummary summary = finished.last().first().value<SyncSummary>(); !summary.ok()) {
        qWarning().noquote() << "the first sync failed:" << (summary.error ? summary.error->details() : QString());
        return nullptr;
    }

    return site;
}

void TestHostileNames::checkWidget(QWidget *root, const QString &page)
{
    QVERIFY(root);
    QList<QLabel *> labels = root->findChildren<QLabel *>();
    if (auto *label = qobject_cast<QLabel *>(root))
        labels << label;
    for (const QLabel *label : std::as_const(labels)) {
        QVERIFY2(!showsRichText(label), qPrintable(page + QStringLiteral(": rich text in ") + describe(label)));
        if (label->text().contains(QLatin1String("<img")) || label->text().contains(QLatin1String("<b>")))
            ++m_hostileLabels;
    }
    // Charts draw their titles and axis labels as HTML: a name there reads as typed, without a picture.
    for (QChartView *chart : root->findChildren<QChartView *>()) {
        for (const QString &text : chartTexts(chart)) {
            QVERIFY2(!text.contains(QChar(QChar::ObjectReplacementCharacter)),
                     qPrintable(page + QStringLiteral(": a picture in the chart text ") + text));
            if (text.contains(QLatin1String("<img")) || text.contains(QLatin1String("<b>")))
                ++m_hostileLabels;
        }
    }
    checkViews(root, page);
}

// Item views draw DisplayRole as text, but tooltips are rich-text-detected: each one, rendered as a tooltip
// would be, may refer to no resource.
void TestHostileNames::checkViews(QWidget *root, const QString &page)
{
    const auto check = [&page](const QVariant &tip, const QString &where) {
        const QString text = tip.toString();
        if (text.isEmpty() || !Qt::mightBeRichText(text))
            return true;
        const int before = InertResources::requestCount();
        InertResources::Document document;
        document.setHtml(text);
        document.size();
        if (InertResources::requestCount() == before)
            return true;
        qWarning().noquote() << page << where << "tooltip refers to a resource:" << text.left(200);
        return false;
    };
    for (const QAbstractItemView *view : root->findChildren<QAbstractItemView *>()) {
        const QAbstractItemModel *model = view->model();
        if (!model)
            continue;
        const QString where = view->objectName();
        // A long name is cut short in its column: no column pushes the others out of a view.
        const QHeaderView *header = nullptr;
        if (const auto *tree = qobject_cast<const QTreeView *>(view))
            header = tree->header();
        else if (const auto *table = qobject_cast<const QTableView *>(view))
            header = table->horizontalHeader();
        if (header && view->isVisible() && header->isVisible()) {
            for (int section = 0; section < header->count(); ++section)
                QVERIFY2(header->isSectionHidden(section) || header->sectionSize(section) <= view->viewport()->width(),
                         qPrintable(QStringLiteral("%1 %2: column %3 is %4 wide in %5")
                                        .arg(page, where)
                                        .arg(section)
                                        .arg(header->sectionSize(section))
                                        .arg(view->viewport()->width())));
        }
        for (int column = 0; column < model->columnCount(); ++column)
            QVERIFY(
                check(model->headerData(column, Qt::Horizontal, Qt::ToolTipRole), where + QStringLiteral(" header")));
        QList<QModelIndex> parents{QModelIndex()};
        for (int visited = 0; !parents.isEmpty() && visited < 5000;) {
            const QModelIndex parent = parents.takeFirst();
            for (int row = 0; row < model->rowCount(parent); ++row) {
                for (int column = 0; column < model->columnCount(parent); ++column, ++visited) {
                    const QModelIndex index = model->index(row, column, parent);
                    QVERIFY(check(index.data(Qt::ToolTipRole), where));
                    if (column == 0 && model->hasChildren(index))
                        parents << index;
                }
            }
        }
    }
}

void TestHostileNames::shot(QWidget *widget, const QString &name)
{
    const QString path = testOutputDir() + QStringLiteral("/hostilenames-%1.png").arg(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestHostileNames::checkNothingLoaded(const QString &page)
{
    QVERIFY2(m_probeOpens->count() == m_opensBefore, qPrintable(page + QStringLiteral(": the probe file was read")));

    QVERIFY2(InertResources::requestCount() == 0,
             qPrintable(page + QStringLiteral(": %1 resource requests").arg(InertResources::requestCount())));
}

void TestHostileNames::studentPagesShowNamesAsText()
{
    const std::unique_ptr<Site> site = openSynced(QStringLiteral("student1"), 4);
    QVERIFY(site);
    MainWindow *window = site->window;
    QVERIFY(!site->progressTexts.isEmpty());
    QVERIFY2(site->progressTexts.filter(QLatin1String("RICH: ")).isEmpty(),
             qPrintable(site->progressTexts.join(u'\n')));
    QVERIFY2(!site->progressTexts.filter(QLatin1String("<img")).isEmpty(), qPrintable(site->progressTexts.join(u'\n')));
    for (const QString &text : std::as_const(site->progressTexts)) {
        if (text.contains(QChar(0x202E)))
            QVERIFY2(text.contains(QChar(0x2068)) && text.endsWith(QChar(0x2069)), qPrintable(text));
    }

    for (const QString &page :
         {QStringLiteral("home"), QStringLiteral("courses"), QStringLiteral("course:2"), QStringLiteral("course:3"),
          QStringLiteral("grades"), QStringLiteral("grades:3"), QStringLiteral("grades:2")}) {
        QVERIFY2(window->showNamedPage(page), qPrintable(page));
        QTest::qWait(0);
        checkWidget(window, page);
        if (QTest::currentTestFailed())
            return;
        shot(window, QStringLiteral("student-") + QString(page).replace(u':', u'-'));
        // Long names are elided or wrapped: the window keeps its size.
        QVERIFY2(window->width() <= 1180 && window->minimumSizeHint().width() <= 1180,
                 qPrintable(page + QStringLiteral(": %1 wide").arg(window->minimumSizeHint().width())));
        checkNothingLoaded(page);
    }
    QVERIFY2(m_hostileLabels > 0, "no label showed a hostile name: the checks above saw nothing");

    // The sign-out question names the site.
    QString boxText;
    Qt::TextFormat boxFormat = Qt::AutoText;
    QTimer::singleShot(0, window, [this, &boxText, &boxFormat] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        boxText = box->text();
        boxFormat = box->textFormat();
        checkWidget(box, QStringLiteral("sign-out box"));
        shot(box, QStringLiteral("student-sign-out"));
        box->button(QMessageBox::Cancel)->click();  // whatever was found, so the test goes on
    });
    window->confirmSignOut();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(boxFormat, Qt::PlainText);
    QVERIFY2(boxText.contains(QLatin1String("<b>Northfield</b>")), qPrintable(boxText));
    // Its right-to-left override ends with the name: the question mark stays where the sentence puts it.
    QVERIFY2(boxText.contains(QStringLiteral("\u202ECollege\u2069?")), qPrintable(boxText));

    checkNothingLoaded(QStringLiteral("sign-out box"));
}

void TestHostileNames::teacherPagesShowNamesAsText()
{
    const std::unique_ptr<Site> site = openSynced(QStringLiteral("teacher1"), 3);
    QVERIFY(site);
    MainWindow *window = site->window;
    QVERIFY2(site->progressTexts.filter(QLatin1String("RICH: ")).isEmpty(),
             qPrintable(site->progressTexts.join(u'\n')));

    for (const QString &page :
         {QStringLiteral("home"), QStringLiteral("courses"), QStringLiteral("course:2"), QStringLiteral("grades"),
          QStringLiteral("class:2:participants"), QStringLiteral("class:2:grades"),
          QStringLiteral("class:2:completion"), QStringLiteral("class:3:participants"),
          QStringLiteral("class:3:grades"), QStringLiteral("class:3:completion")}) {
        QVERIFY2(window->showNamedPage(page), qPrintable(page));
        QTest::qWait(0);
        checkWidget(window, page);
        if (QTest::currentTestFailed())
            return;
        shot(window, QStringLiteral("teacher-") + QString(page).replace(u':', u'-'));
        QVERIFY2(window->width() <= 1180 && window->minimumSizeHint().width() <= 1180,
                 qPrintable(page + QStringLiteral(": %1 wide").arg(window->minimumSizeHint().width())));
        checkNothingLoaded(page);
    }
    QVERIFY2(m_hostileLabels > 0, "no label showed a hostile name: the checks above saw nothing");

    // A learner's details, whose name and groups are hostile too.
    QVERIFY(window->showNamedPage(QStringLiteral("class:2:participants")));
    StudentDetailsDialog *details = window->classesPage()->openStudent(4);
    QVERIFY(details);
    QVERIFY(QTest::qWaitForWindowExposed(details));
    m_hostileLabels = 0;
    checkWidget(details, QStringLiteral("student details"));
    if (QTest::currentTestFailed())
        return;

    QVERIFY2(m_hostileLabels > 0, "the learner's details showed no hostile name");
    shot(details, QStringLiteral("teacher-student-details"));
    QVERIFY2(details->minimumSizeHint().width() <= 1180,
             qPrintable(QString::number(details->minimumSizeHint().width())));
    checkNothingLoaded(QStringLiteral("student details"));
    details->close();
}

QTEST_MAIN(TestHostileNames)
#include "tst_hostilenames.moc"
