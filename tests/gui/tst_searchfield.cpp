// The window's search field (issue 16) over a database filled by a real sync of student1's recordings: what a
// person types shows the hits grouped by kind, the keyboard moves through them, and Enter opens each kind where it
// lives (the course page at the activity, the forum at the discussion, the grades of the course). Site text stays
// text, in Latin, Arabic and CJK.

#include "DarkPalette.h"
#include "StoredValue.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "courses/CourseOutlineModel.h"
#include "courses/CoursePage.h"
#include "courses/CoursesPage.h"
#include "files/ForumView.h"
#include "grades/GradesPage.h"
#include "search/SearchField.h"
#include "search/SearchResultDelegate.h"
#include "search/SearchResultsModel.h"
#include "shell/MainWindow.h"

#include "account/AccountSession.h"
#include "store/ContentRepository.h"
#include "store/Database.h"
#include "store/ForumRepository.h"
#include "store/SyncStateRepository.h"
#include "store/Transaction.h"
#include "sync/ForumSync.h"

#include <QApplication>
#include <QFileInfo>
#include <QFrame>
#include <QKeyEvent>
#include <QLabel>
#include <QLayout>
#include <QListView>
#include <QListWidget>
#include <QScrollBar>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTreeView>
#include <QTreeWidget>

#include <memory>

namespace {
constexpr qint64 kDiscussionId = 7101;
constexpr qint64 kHostileDiscussionId = 7102;
}  // namespace

class TestSearchField : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void cleanupTestCase();
    void typingShowsHitsGroupedByKind();
    void accentsAndCaseAreIgnored();
    void ctrlKAndFindFocusTheField();
    void downAndEnterOpenAnActivityInItsCourse();
    void aSectionOpensInItsCourse();
    void aPostOpensTheForumAtItsDiscussion();
    void aGradeOpensTheGradesOfItsCourse();
    void aFileAndADeadlineOpenTheirActivity();
    void escapeClosesAndClears();
    void nothingFoundSaysSo();
    void siteMarkupShowsAsText();
    void arabicAndCjk();
    void namedPageShowsTheResults();
    void theWindowIsNoWiderWithTheField();

private:
    // The window over a copy of the synced database, shown and active.
    std::unique_ptr<MainWindow> openWindow();
    static void type(MainWindow &window, const QString &text);
    static void shot(QWidget *window, const QString &name);
    static int rowOfKind(const SearchResultsModel *model, SearchHit::Kind kind);
    // Presses Down until the current hit is of `kind`; its row, or -1.
    static int moveTo(MainWindow &window, SearchHit::Kind kind);

    std::unique_ptr<SyncedDatabase> m_synced;
    QTemporaryDir m_dataDir;
    Account m_account;
    std::unique_ptr<AccountSession> m_session;
    qint64 m_forumCmid = 0;
};

void TestSearchField::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("SatchelTests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_searchfield"));
    m_synced = std::make_unique<SyncedDatabase>(QStringLiteral("student1"));
    QString error;
    QVERIFY2(m_synced->create(&error), qPrintable(error));

    // The recordings' student keeps no forum offline: a discussion in CS101's own forum, as a forum sync writes it,
    // with Arabic and CJK text, and one whose name is markup the site escaped.
    const QSqlDatabase db = m_synced->connection();
    Activity forum;
    for (const Activity &activity : stored(ContentRepository(db).activities(2))) {
        if (activity.module == QLatin1String("forum") && forum.id == 0)
            forum = activity;
    }
    QVERIFY2(forum.id != 0, "CS101 has a forum");
    m_forumCmid = forum.id;
    ForumDiscussion discussion;
    discussion.id = kDiscussionId;
    discussion.forumId = forum.instance;
    discussion.courseId = 2;
    discussion.firstPostId = 8101;
    discussion.name = QStringLiteral("Loops in Python");
    discussion.author = QStringLiteral("小明 王");
    discussion.timeModified = SyncedDatabase::kRecordedNow;
    discussion.postsFetched = true;
    ForumPost first;
    first.id = 8101;
    first.discussionId = kDiscussionId;
    first.author = discussion.author;
    first.subject = discussion.name;
    first.message = QStringLiteral("<p>How do I stop a whíle loop? Der Zähler läuft weiter, señor.</p>");
    ForumPost reply;
    reply.id = 8102;
    reply.discussionId = kDiscussionId;
    reply.parentId = 8101;
    reply.subject = QStringLiteral("Re: Loops in Python");
    reply.message = QStringLiteral("<p>شكرا، سأراك في المدرسة غدا. 王小明同学也来。</p>");
    discussion.posts = {first, reply};
    ForumDiscussion hostile;
    hostile.id = kHostileDiscussionId;
    hostile.forumId = forum.instance;
    hostile.courseId = 2;
    hostile.name = QStringLiteral("&lt;b&gt;x&lt;/b&gt;&amp;amp; hostile notes");  // shows as <b>x</b>&amp; …
    hostile.timeModified = SyncedDatabase::kRecordedNow - 60;
    hostile.postsFetched = true;
    ForumRepository::ForumUpdate update;
    update.courseId = 2;
    update.forumId = forum.instance;
    update.listed = {discussion, hostile};
    update.markNew = false;
    Transaction transaction(db);
    QVERIFY(ForumRepository(db).writeForum(update));
    QVERIFY(SyncStateRepository(db).markSuccess(ForumSync::scope(forum.instance), SyncedDatabase::kRecordedNow));
    QVERIFY(transaction.commit());

    m_account.siteUrl = m_synced->server().baseUrl();
    m_account.siteName = QStringLiteral("Northfield College");
    m_account.username = QStringLiteral("student1");
    m_account.userId = SyncedDatabase::kStudentId;
    m_account.fullName = QStringLiteral("Liam O'Brien");
    m_account.insecureConsent = true;
    const QString target = Database::fileFor(m_dataDir.path(), m_account.id());
    QSqlQuery copy(db);
    QVERIFY2(copy.exec(QStringLiteral("VACUUM INTO '%1'").arg(target)), qPrintable(target));
    m_session = AccountSession::open(m_account, m_dataDir.path(), &m_synced->client(), &error);
    QVERIFY2(m_session, qPrintable(error));
}

void TestSearchField::init()
{
    // Every window starts on Home, at its first-start size.
    QSettings().clear();
}

void TestSearchField::cleanup()
{
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    for (QWidget *top : QApplication::topLevelWidgets()) {
        if (qobject_cast<ForumView *>(top))
            delete top;
    }
}

void TestSearchField::cleanupTestCase()
{
    m_session.reset();
    m_synced.reset();
}

std::unique_ptr<MainWindow> TestSearchField::openWindow()
{
    auto window = std::make_unique<MainWindow>(m_account, m_session.get());
    window->resize(1000, 700);
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowActive(window.get()))
        qWarning("the window did not become active");
    return window;
}

void TestSearchField::type(MainWindow &window, const QString &text)
{
    SearchField *field = window.searchField();
    field->setFocus();
    field->selectAll();
    // keyClicks types Latin-1 only: Arabic and CJK arrive as an input method commits them, a key event's text.
    for (const QChar c : text) {
        if (c.unicode() < 0x100) {
            QTest::keyClick(field, c.toLatin1());
        } else {
            QTest::sendKeyEvent(QTest::Press, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, field, Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }
}

void TestSearchField::shot(QWidget *window, const QString &name)
{
    const QString path = testOutputDir() + QStringLiteral("/searchfield-%1.png").arg(name);
    QVERIFY2(window->grab().save(path), qPrintable(path));
}

int TestSearchField::rowOfKind(const SearchResultsModel *model, SearchHit::Kind kind)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (const std::optional<SearchHit> hit = model->hitAt(row); hit && hit->kind == kind)
            return row;
    }
    return -1;
}

int TestSearchField::moveTo(MainWindow &window, SearchHit::Kind kind)
{
    SearchField *field = window.searchField();
    const SearchResultsModel *model = field->resultsModel();
    for (int step = 0; step < model->rowCount(); ++step) {
        QTest::keyClick(field, Qt::Key_Down);
        const int row = field->currentRow();
        // Down never stops on a group's header.
        if (row < 0 || model->isHeader(row))
            return -1;
        if (model->hitAt(row)->kind == kind)
            return row;
    }
    return -1;
}

// A word of the recordings in many kinds of things: a header per kind, in kind order, each followed by its hits,
// each hit with its course and the matched word bold; the field keeps the focus while the hits show.
void TestSearchField::typingShowsHitsGroupedByKind()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    type(*window, QStringLiteral("loops"));
    SearchField *field = window->searchField();
    QTRY_VERIFY(field->isPanelVisible());
    QVERIFY(field->hasFocus());
    const SearchResultsModel *model = field->resultsModel();
    const QStringList headers = model->headerTitles();
    const QStringList kindOrder{QStringLiteral("Courses"),     QStringLiteral("Sections"),
                                QStringLiteral("Activities"),  QStringLiteral("Files"),
                                QStringLiteral("Discussions"), QStringLiteral("Posts"),
                                QStringLiteral("Grades"),      QStringLiteral("Deadlines and events")};
    QVERIFY2(headers.size() >= 4, qPrintable(headers.join(QLatin1String(", "))));
    for (const QString &expected : {QStringLiteral("Activities"), QStringLiteral("Discussions"),
                                    QStringLiteral("Posts"), QStringLiteral("Deadlines and events")})
        QVERIFY2(headers.contains(expected), qPrintable(headers.join(QLatin1String(", "))));
    for (qsizetype i = 1; i < headers.size(); ++i)
        QVERIFY2(kindOrder.indexOf(headers.at(i - 1)) < kindOrder.indexOf(headers.at(i)),
                 qPrintable(headers.join(QLatin1String(", "))));
    QVERIFY(model->isHeader(0));
    int kind = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (model->isHeader(row)) {
            kind = index.data(SearchResultsModel::KindRole).toInt();
            QVERIFY(!(index.flags() & Qt::ItemIsSelectable));
            continue;
        }
        QCOMPARE(index.data(SearchResultsModel::KindRole).toInt(), kind);
        QVERIFY2(index.data(SearchResultsModel::SnippetHtmlRole).toString().contains(QLatin1String("<b>")),
                 qPrintable(index.data(SearchResultsModel::SnippetHtmlRole).toString()));
    }
    const int activity = rowOfKind(model, SearchHit::Kind::Activity);
    QCOMPARE(model->hitAt(activity)->courseName, QStringLiteral("Introduction to Programming"));
    const QString html = SearchResultDelegate::hitHtml(model->index(activity, 0), field->fontMetrics(), 500, Qt::gray);
    QVERIFY2(html.contains(QLatin1String("Introduction to Programming")), qPrintable(html));
    QVERIFY2(html.contains(QLatin1String("<b>Loops</b>")), qPrintable(html));
    // The panel is under the field, inside the window, with every row of the first group on it.
    const QRect panel = field->panel()->geometry();
    QVERIFY(panel.top() >= field->mapTo(window.get(), QPoint(0, field->height())).y());
    QVERIFY(window->rect().contains(panel));
    QVERIFY(field->resultsView()->visualRect(model->index(activity, 0)).bottom()
            < field->resultsView()->viewport()->height());
    shot(window.get(), QStringLiteral("latin"));
    const ScopedPalette dark(darkPalette());
    shot(window.get(), QStringLiteral("latin-dark"));
}

void TestSearchField::accentsAndCaseAreIgnored()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    type(*window, QStringLiteral("ECRITURES franc"));
    const SearchResultsModel *model = window->searchField()->resultsModel();
    QTRY_VERIFY(rowOfKind(model, SearchHit::Kind::Course) >= 0);
    const int course = rowOfKind(model, SearchHit::Kind::Course);
    QCOMPARE(model->hitAt(course)->title, QStringLiteral("Écritures françaises : littérature du XXᵉ siècle"));
    const QString snippet = model->index(course, 0).data(SearchResultsModel::SnippetHtmlRole).toString();
    QVERIFY2(snippet.contains(QStringLiteral("<b>Écritures</b>")), qPrintable(snippet));
}

void TestSearchField::ctrlKAndFindFocusTheField()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    auto *navigation = window->findChild<QListWidget *>(QStringLiteral("navigation"));
    for (const QKeySequence &key : {QKeySequence(Qt::ControlModifier | Qt::Key_K), QKeySequence(QKeySequence::Find)}) {
        navigation->setFocus();
        QTRY_VERIFY(navigation->hasFocus());
        window->searchField()->setText(QStringLiteral("midterm"));
        QTest::keySequence(window.get(), key);
        QVERIFY2(window->searchField()->hasFocus(), qPrintable(key.toString()));
        // All selected: what is typed next replaces it.
        QCOMPARE(window->searchField()->selectedText(), QStringLiteral("midterm"));
        // Ctrl+K in the field is the shortcut still, not "delete to the end of the line" (X11's key bindings): the
        // field lets the window have it.
        QKeyEvent asked(QEvent::ShortcutOverride, Qt::Key_K, Qt::ControlModifier);
        QApplication::sendEvent(window->searchField(), &asked);
        QVERIFY(!asked.isAccepted());
        QTest::keySequence(window->searchField(), key);
        QCOMPARE(window->searchField()->text(), QStringLiteral("midterm"));
    }
}

void TestSearchField::downAndEnterOpenAnActivityInItsCourse()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    // MATH201 open at its top, taller than the window: the exam, near its end, is brought into view.
    QVERIFY(window->showNamedPage(QStringLiteral("course:3")));
    QTreeView *outline = window->coursesPage()->coursePage()->outlineView();
    QTRY_VERIFY(outline->verticalScrollBar()->maximum() > outline->viewport()->height());
    outline->verticalScrollBar()->setValue(0);
    type(*window, QStringLiteral("midterm"));
    SearchField *field = window->searchField();
    QTRY_VERIFY(field->isPanelVisible());
    const int row = moveTo(*window, SearchHit::Kind::Activity);
    QVERIFY(row >= 0);
    const SearchHit hit = *field->resultsModel()->hitAt(row);
    QCOMPARE(hit.title, QStringLiteral("Midterm exam"));
    QCOMPARE(hit.courseId, 3);
    shot(window.get(), QStringLiteral("selected"));
    QTest::keyClick(field, Qt::Key_Return);
    QVERIFY(!field->isPanelVisible());
    QCOMPARE(window->currentPageName(), QStringLiteral("courses"));
    QVERIFY(window->coursesPage()->isShowingCourse());
    CoursePage *course = window->coursesPage()->coursePage();
    QCOMPARE(course->courseId(), hit.courseId);
    const QModelIndex current = course->outlineView()->currentIndex();
    QCOMPARE(current.data(CourseOutlineModel::KindRole).toInt(), int(CourseOutlineModel::ActivityItem));
    QCOMPARE(current.data(CourseOutlineModel::IdRole).toLongLong(), hit.itemId);
    QVERIFY(course->outlineView()->selectionModel()->isSelected(current));
    QVERIFY(course->outlineView()->viewport()->rect().intersects(course->outlineView()->visualRect(current)));
}

void TestSearchField::aSectionOpensInItsCourse()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    type(*window, QStringLiteral("gaussian"));
    SearchField *field = window->searchField();
    QTRY_VERIFY(field->isPanelVisible());
    const int row = rowOfKind(field->resultsModel(), SearchHit::Kind::Section);
    QVERIFY(row >= 0);
    const SearchHit hit = *field->resultsModel()->hitAt(row);
    // A click opens it too.
    QTest::mouseClick(field->resultsView()->viewport(), Qt::LeftButton, {},
                      field->resultsView()->visualRect(field->resultsModel()->index(row, 0)).center());
    QCOMPARE(window->coursesPage()->coursePage()->courseId(), hit.courseId);
    const QModelIndex current = window->coursesPage()->coursePage()->outlineView()->currentIndex();
    QCOMPARE(current.data(CourseOutlineModel::KindRole).toInt(), int(CourseOutlineModel::SectionItem));
    QCOMPARE(current.data(CourseOutlineModel::IdRole).toLongLong(), hit.itemId);
}

void TestSearchField::aPostOpensTheForumAtItsDiscussion()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    type(*window, QStringLiteral("zahler senor"));
    SearchField *field = window->searchField();
    QTRY_VERIFY(field->isPanelVisible());
    const std::optional<SearchHit> first = field->resultsModel()->hitAt(field->resultsModel()->firstHitRow());
    QVERIFY(first);
    QCOMPARE(first->kind, SearchHit::Kind::Post);
    // Enter with nothing chosen opens the first hit.
    QTest::keyClick(field, Qt::Key_Enter);
    auto *forum = window->findChild<ForumView *>();
    QVERIFY(forum);
    QVERIFY(forum->isVisible());
    const int row = forum->discussionList()->currentIndex().row();
    QVERIFY2(row >= 0, qPrintable(QString::number(forum->discussions().size()) + forum->readError()));
    QCOMPARE(forum->discussions().at(row).id, kDiscussionId);
    QVERIFY(forum->discussions().size() >= 2);  // the forum, not only the discussion
    QVERIFY2(forum->thread()->toPlainText().contains(QStringLiteral("Zähler")),
             qPrintable(forum->thread()->toPlainText()));
    // Over the course page, at the forum's row.
    QCOMPARE(window->currentPageName(), QStringLiteral("courses"));
    QCOMPARE(window->coursesPage()
                 ->coursePage()
                 ->outlineView()
                 ->currentIndex()
                 .data(CourseOutlineModel::IdRole)
                 .toLongLong(),
             m_forumCmid);
}

void TestSearchField::aGradeOpensTheGradesOfItsCourse()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    window->gradesPage()->showCourse(3);
    type(*window, QStringLiteral("comments"));
    SearchField *field = window->searchField();
    QTRY_VERIFY(field->isPanelVisible());
    const int row = moveTo(*window, SearchHit::Kind::Grade);
    QVERIFY(row >= 0);
    const SearchHit hit = *field->resultsModel()->hitAt(row);
    QCOMPARE(hit.courseId, 2);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(window->currentPageName(), QStringLiteral("grades"));
    QCOMPARE(window->gradesPage()->currentCourseId(), 2);
}

// fizzbuzz.py opens its folder's row; "Lab 2: Loops is due" the row of the assignment it is about (module and
// instance).
void TestSearchField::aFileAndADeadlineOpenTheirActivity()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    for (const SearchHit::Kind kind : {SearchHit::Kind::File, SearchHit::Kind::Event}) {
        type(*window, QStringLiteral("fizzbuzz"));
        SearchField *field = window->searchField();
        QTRY_VERIFY(field->isPanelVisible());
        const int row = moveTo(*window, kind);
        QVERIFY2(row >= 0, qPrintable(SearchKind::name(kind)));
        const SearchHit hit = *field->resultsModel()->hitAt(row);
        QTest::keyClick(field, Qt::Key_Return);
        QCOMPARE(window->currentPageName(), QStringLiteral("courses"));
        CoursePage *course = window->coursesPage()->coursePage();
        QCOMPARE(course->courseId(), hit.courseId);
        const QModelIndex current = course->outlineView()->currentIndex();
        QCOMPARE(current.data(CourseOutlineModel::KindRole).toInt(), int(CourseOutlineModel::ActivityItem));
        if (kind == SearchHit::Kind::File)
            QCOMPARE(current.data(CourseOutlineModel::IdRole).toLongLong(), hit.itemId);  // "Example code"
        else
            QCOMPARE(current.data(Qt::DisplayRole).toString(), QStringLiteral("Lab 2: Loops"));
    }
}

void TestSearchField::escapeClosesAndClears()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    type(*window, QStringLiteral("loops"));
    SearchField *field = window->searchField();
    QTRY_VERIFY(field->isPanelVisible());
    QTest::keyClick(field, Qt::Key_Escape);
    QVERIFY(!field->isPanelVisible());
    QVERIFY(field->text().isEmpty());
    QCOMPARE(window->currentPageName(), QStringLiteral("home"));
}

void TestSearchField::nothingFoundSaysSo()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    type(*window, QStringLiteral("zzqxv"));
    SearchField *field = window->searchField();
    QTRY_VERIFY(field->isPanelVisible());
    QCOMPARE(field->resultsModel()->rowCount(), 0);
    auto *empty = field->panel()->findChild<QLabel *>(QStringLiteral("searchEmpty"));
    QVERIFY(empty->isVisible());
    QCOMPARE(empty->text(), QStringLiteral("No results for “zzqxv”"));
    // Enter opens nothing.
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(window->currentPageName(), QStringLiteral("home"));
}

// A discussion named "<b>x</b>&amp; hostile notes" (the site's own text): the row shows those characters, no bold x,
// no "&"; only the matched word is bold.
void TestSearchField::siteMarkupShowsAsText()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    type(*window, QStringLiteral("hostile"));
    SearchField *field = window->searchField();
    QTRY_VERIFY(field->isPanelVisible());
    const int row = rowOfKind(field->resultsModel(), SearchHit::Kind::Discussion);
    QVERIFY(row >= 0);
    const QModelIndex index = field->resultsModel()->index(row, 0);
    QCOMPARE(index.data().toString(), QStringLiteral("<b>x</b>&amp; hostile notes"));
    const QString html = SearchResultDelegate::hitHtml(index, field->fontMetrics(), 600, Qt::gray);
    QTextDocument shown;
    shown.setHtml(html);
    QVERIFY2(shown.toPlainText().startsWith(QLatin1String("<b>x</b>&amp; hostile notes")), qPrintable(html));
    const QString snippet = index.data(SearchResultsModel::SnippetHtmlRole).toString();
    QVERIFY2(snippet.contains(QLatin1String("&lt;b&gt;x&lt;/b&gt;&amp;amp; <b>hostile</b>")), qPrintable(snippet));
    // A site's own marker character cannot open a tag that is never closed, or close one of ours.
    QCOMPARE(SearchResultsModel::snippetHtml(QStringLiteral("a") + SearchResultsModel::markEnd() + QStringLiteral("<i>")
                                             + SearchResultsModel::markStart() + QStringLiteral("b")),
             QStringLiteral("a&lt;i&gt;b"));
    shot(window.get(), QStringLiteral("hostile"));
}

void TestSearchField::arabicAndCjk()
{
    QGuiApplication::setLayoutDirection(Qt::RightToLeft);
    {
        const std::unique_ptr<MainWindow> window = openWindow();
        QVERIFY(window->isRightToLeft());
        type(*window, QStringLiteral("المدرسة"));
        SearchField *field = window->searchField();
        QTRY_VERIFY(field->isPanelVisible());
        const int row = rowOfKind(field->resultsModel(), SearchHit::Kind::Post);
        QVERIFY(row >= 0);
        QCOMPARE(field->resultsModel()->hitAt(row)->itemId, 8102);
        const QString snippet =
            field->resultsModel()->index(row, 0).data(SearchResultsModel::SnippetHtmlRole).toString();
        QVERIFY2(snippet.contains(QStringLiteral("<b>المدرسة</b>")), qPrintable(snippet));
        // In a right-to-left window the panel starts at the field's left, its trailing edge.
        QCOMPARE(field->panel()->geometry().left(), field->mapTo(window.get(), QPoint(0, 0)).x());
        shot(window.get(), QStringLiteral("arabic"));
    }
    QGuiApplication::setLayoutDirection(Qt::LeftToRight);
    const std::unique_ptr<MainWindow> window = openWindow();
    type(*window, QStringLiteral("王"));
    SearchField *field = window->searchField();
    QTRY_VERIFY(field->isPanelVisible());
    QVERIFY(rowOfKind(field->resultsModel(), SearchHit::Kind::Post) >= 0);
    QVERIFY(rowOfKind(field->resultsModel(), SearchHit::Kind::Discussion) >= 0);
    const int post = rowOfKind(field->resultsModel(), SearchHit::Kind::Post);
    const QString snippet = field->resultsModel()->index(post, 0).data(SearchResultsModel::SnippetHtmlRole).toString();
    QVERIFY2(snippet.contains(QStringLiteral("<b>王</b>")), qPrintable(snippet));
    shot(window.get(), QStringLiteral("cjk"));
}

// satchel --page search:<text> (screenshots): the field filled, the hits shown at once.
void TestSearchField::namedPageShowsTheResults()
{
    const std::unique_ptr<MainWindow> window = openWindow();
    QVERIFY(window->showNamedPage(QStringLiteral("search:loops: python")));
    SearchField *field = window->searchField();
    QCOMPARE(field->text(), QStringLiteral("loops: python"));
    QVERIFY(field->isPanelVisible());
    QVERIFY(field->resultsModel()->rowCount() > 0);
    QVERIFY(!window->showNamedPage(QStringLiteral("search")));
    QVERIFY(!window->showNamedPage(QStringLiteral("search: ")));
}

// The field gives way before anything else in the header: the window's smallest width is what it was without it,
// in the longest language's direction too.
void TestSearchField::theWindowIsNoWiderWithTheField()
{
    for (const Qt::LayoutDirection direction : {Qt::LeftToRight, Qt::RightToLeft}) {
        QGuiApplication::setLayoutDirection(direction);
        MainWindow withField(m_account, m_session.get());
        MainWindow withoutField(m_account, m_session.get());
        withoutField.searchField()->hide();
        QCOMPARE(withField.minimumSizeHint().width(), withoutField.minimumSizeHint().width());
        QVERIFY(withField.searchField()->minimumSizeHint().width() > 0);
    }
}

QTEST_MAIN(TestSearchField)
#include "tst_searchfield.moc"
