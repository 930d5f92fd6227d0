// The Courses page and the course page, on a database filled by a real sync of student1.
#include "DarkPalette.h"
#include "SyncRun.h"
#include "SyncedDatabase.h"
#include "TestData.h"

#include "courses/CourseListModel.h"
#include "courses/CourseOutlineDelegate.h"
#include "courses/CourseOutlineModel.h"
#include "courses/CoursePage.h"
#include "courses/CoursesPage.h"
#include "courses/ModuleIcons.h"

#include "StoredValue.h"
#include "store/OutboxRepository.h"
#include "sync/SyncEngine.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QTreeView>

#include <memory>

namespace {

constexpr qint64 kCS101 = 2;
constexpr qint64 kMATH201 = 3;
constexpr qint64 kHIST110 = 4;
constexpr qint64 kLIT205 = 5;
constexpr qint64 kForumCmid = 9;  // CS101 "Q&A forum": manual completion, not done

SyncSummary runSync(SyncedDatabase &data)
{
    SyncEngine engine(&data.client(), data.connection(), &data.clock());
    return runSync(engine);
}

QStringList columnOf(const QAbstractItemModel *model, int role, const QModelIndex &parent = {})
{
    QStringList values;
    for (int row = 0; row < model->rowCount(parent); ++row)
        values << model->index(row, 0, parent).data(role).toString();
    return values;
}

}  // namespace

class TestCoursesPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void modelsPassTheModelTester();
    void listShowsTheCourses();
    void searchFilters();
    void enterOpensTheCourse();
    void coursePageShowsSectionsAndActivities();
    void courseCompletionBox();
    void summariesAreSafe();
    void unknownActivityTypesGetTheGenericIcon();
    void reloadKeepsSelectionAndScroll();
    void manualCompletionWorksOffline();
    void screenshots();

private:
    void shot(QWidget *widget, const QString &name);
    // Makes the widget in the light then the dark palette, saves each picture and hands it to `check`.
    void shotBothPalettes(const std::function<QWidget *()> &make, const QString &name,
                          const std::function<void(QWidget *, const QImage &, bool dark)> &check);
    std::unique_ptr<SyncedDatabase> m_data;
};

void TestCoursesPage::initTestCase()
{
    m_data = std::make_unique<SyncedDatabase>();
    QString error;
    QVERIFY2(m_data->create(&error), qPrintable(error));
}

void TestCoursesPage::shot(QWidget *widget, const QString &name)
{
    const QString path = testOutputDir() + QStringLiteral("/coursespage-%1.png").arg(name);
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

void TestCoursesPage::modelsPassTheModelTester()
{
    CourseListModel list(m_data->connection());
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel filter;
    filter.setSourceModel(&list);
    filter.setFilterRole(CourseListModel::SearchTextRole);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(list.reload());
    filter.setFilterFixedString(QStringLiteral("hist"));
    filter.setFilterFixedString(QString());

    CourseOutlineModel outline(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    QAbstractItemModelTester outlineTester(&outline, QAbstractItemModelTester::FailureReportingMode::QtTest);
    for (qint64 course : {kCS101, kMATH201, kHIST110, kLIT205, kCS101}) {
        outline.setCourse(course);
        QVERIFY(outline.rowCount() > 0);
        QVERIFY(outline.reload());
    }
    outline.setCourse(999);  // not stored: empty, not an error
    QCOMPARE(outline.rowCount(), 0);
}

void TestCoursesPage::listShowsTheCourses()
{
    CoursesPage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    const QAbstractItemModel *shown = page.courseView()->model();
    const QStringList names = columnOf(shown, Qt::DisplayRole);
    QCOMPARE(names.size(), 4);
    // The favourite comes first, then the site's order; names decoded from Moodle's HTML escaping.
    QCOMPARE(names.first(), QStringLiteral("Écritures françaises : littérature du XXᵉ siècle"));
    QVERIFY(shown->index(0, 0).data(CourseListModel::FavouriteRole).toBool());
    QCOMPARE(columnOf(shown, CourseListModel::ShortNameRole),
             (QStringList{QStringLiteral("LIT205"), QStringLiteral("MATH201"), QStringLiteral("CS101"),
                          QStringLiteral("HIST110")}));
    QVERIFY(names.contains(QStringLiteral("History & Society: 1900–Present")));

    const QModelIndex math = shown->index(1, 0);
    QVERIFY(math.data(CourseListModel::CompletedRole).toBool());
    QCOMPARE(math.data(CourseListModel::ProgressTextRole).toString(), QStringLiteral("100%"));
    QCOMPARE(math.data(CourseListModel::GradeRole).toString(), QStringLiteral("172.15"));
    QVERIFY(math.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("completed")));
    const QModelIndex cs = shown->index(2, 0);
    QVERIFY(!cs.data(CourseListModel::CompletedRole).toBool());
    QCOMPARE(cs.data(CourseListModel::ProgressTextRole).toString(), QStringLiteral("50%"));
    QCOMPARE(cs.data(CourseListModel::GradeRole).toString(), QStringLiteral("88.00"));
    QCOMPARE(CourseListModel::progressText(std::nullopt), QStringLiteral("–"));
    for (int row = 0; row < shown->rowCount(); ++row)
        QVERIFY(!shown->index(row, 0).data(CourseListModel::HiddenRole).toBool());

    QVERIFY(!page.courseView()->accessibleName().isEmpty());
    QVERIFY(!page.searchField()->accessibleName().isEmpty());
    // The keyboard starts on the first course.
    QCOMPARE(page.selectedCourseId(), kLIT205);
}

void TestCoursesPage::searchFilters()
{
    CoursesPage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QAbstractItemModel *shown = page.courseView()->model();

    QTest::keyClicks(page.searchField(), QStringLiteral("hist"));
    QCOMPARE(shown->rowCount(), 1);
    QCOMPARE(shown->index(0, 0).data(CourseListModel::ShortNameRole).toString(), QStringLiteral("HIST110"));
    QCOMPARE(page.selectedCourseId(), kHIST110);

    // Short names, any case, and without the accents.
    page.searchField()->setText(QStringLiteral("math2"));
    QCOMPARE(columnOf(shown, CourseListModel::ShortNameRole), QStringList{QStringLiteral("MATH201")});
    page.searchField()->setText(QStringLiteral("ecritures"));
    QCOMPARE(columnOf(shown, CourseListModel::ShortNameRole), QStringList{QStringLiteral("LIT205")});

    page.searchField()->setText(QStringLiteral("quantum"));
    QCOMPARE(shown->rowCount(), 0);
    auto *empty = page.findChild<QLabel *>(QStringLiteral("coursesEmpty"));
    QVERIFY(empty->isVisible());
    QVERIFY(empty->text().contains(QLatin1String("quantum")));
    shot(&page, QStringLiteral("no-match"));

    page.searchField()->clear();
    QCOMPARE(shown->rowCount(), 4);
    QVERIFY(!empty->isVisible());
}

void TestCoursesPage::enterOpensTheCourse()
{
    CoursesPage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QSignalSpy activated(&page, &CoursesPage::courseActivated);

    // Type, Down into the list, Enter.
    page.searchField()->setFocus();
    QTest::keyClicks(page.searchField(), QStringLiteral("intro"));
    QTest::keyClick(page.searchField(), Qt::Key_Down);
    QVERIFY(page.courseView()->hasFocus());
    QTest::keyClick(page.courseView(), Qt::Key_Return);
    QCOMPARE(activated.count(), 1);
    QCOMPARE(activated.first().first().toLongLong(), kCS101);
    QVERIFY(page.isShowingCourse());
    QCOMPARE(page.coursePage()->titleText(), QStringLiteral("Introduction to Programming"));
    QVERIFY(page.coursePage()->outlineView()->hasFocus());

    // Esc goes back, with the course still selected.
    QTest::keyClick(page.coursePage()->outlineView(), Qt::Key_Escape);
    QVERIFY(!page.isShowingCourse());
    QCOMPARE(page.selectedCourseId(), kCS101);

    // So does the back button, which has a name for screen readers.
    page.searchField()->clear();
    page.showCourse(kMATH201);
    auto *back = page.findChild<QPushButton *>(QStringLiteral("backToCourses"));
    QVERIFY(back && back->isVisible());
    QVERIFY(!back->accessibleName().isEmpty());
    QTest::mouseClick(back, Qt::LeftButton);
    QVERIFY(!page.isShowingCourse());
    QCOMPARE(page.selectedCourseId(), kMATH201);

    // A double click opens too.
    const QModelIndex hist = page.courseView()->model()->index(3, 0);
    page.courseView()->scrollTo(hist);
    const QRect rect = page.courseView()->visualRect(hist);
    // A real double click starts with a click (QTest's double click alone has no press).
    QTest::mouseClick(page.courseView()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(!page.isShowingCourse());  // one click selects only
    QTest::mouseDClick(page.courseView()->viewport(), Qt::LeftButton, {}, rect.center());
    QVERIFY(page.isShowingCourse());
    QCOMPARE(page.coursePage()->courseId(), kHIST110);
}

void TestCoursesPage::coursePageShowsSectionsAndActivities()
{
    CoursePage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    page.setCourse(kCS101);
    const CourseOutlineModel *model = page.outlineModel();
    QCOMPARE(page.titleText(), QStringLiteral("Introduction to Programming"));
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("courseShortName"))->text(), QStringLiteral("CS101"));
    auto *progress = page.findChild<QProgressBar *>(QStringLiteral("courseProgress"));
    QVERIFY(!progress->isHidden());
    QCOMPARE(progress->value(), 50);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("courseProgressText"))->text(), QStringLiteral("50% complete"));
    QVERIFY(page.findChild<QWidget *>(QStringLiteral("completedBadge"))->isHidden());

    QCOMPARE(columnOf(model, Qt::DisplayRole),
             (QStringList{QStringLiteral("General"), QStringLiteral("Getting started"),
                          QStringLiteral("Variables and types"), QStringLiteral("Control flow")}));
    const QModelIndex variables = model->index(2, 0);
    QCOMPARE(columnOf(model, Qt::DisplayRole, variables),
             (QStringList{QStringLiteral("Lab 1: Hello World"), QStringLiteral("Week 1 quiz"),
                          QStringLiteral("Q&A forum")}));
    // Every section is open.
    for (int row = 0; row < model->rowCount(); ++row)
        QVERIFY(page.outlineView()->isExpanded(model->index(row, 0)));

    // Each activity has its type's icon.
    QHash<QString, int> modules;
    for (int section = 0; section < model->rowCount(); ++section) {
        const QModelIndex parent = model->index(section, 0);
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex activity = model->index(row, 0, parent);
            const QString module = activity.data(CourseOutlineModel::ModuleRole).toString();
            ++modules[module];
            QVERIFY2(ModuleIcons::hasOwnIcon(module), qPrintable(module));
            const QIcon icon = qvariant_cast<QIcon>(activity.data(Qt::DecorationRole));
            QVERIFY2(!icon.pixmap(QSize(24, 24)).isNull(), qPrintable(module));
        }
    }
    for (const char *module : {"assign", "quiz", "forum", "page", "resource", "url", "folder", "label"})
        QVERIFY2(modules.contains(QLatin1String(module)), module);

    // Completion as the user sees it.
    const QModelIndex lab1 = model->indexOfActivity(7);
    QCOMPARE(lab1.data(CourseOutlineModel::StatusTextRole).toString(), QStringLiteral("Done"));
    QVERIFY(!lab1.data(Qt::CheckStateRole).isValid());  // automatic: no check box
    const QStringList dates = lab1.data(CourseOutlineModel::DatesRole).toStringList();
    QCOMPARE(dates.size(), 2);
    QCOMPARE(dates.at(1), QStringLiteral("Due: ") + CourseOutlineModel::formatDateTime(1793585125));
    QVERIFY(dates.at(1).contains(QLatin1String("2026")));
    const QModelIndex quiz = model->indexOfActivity(8);
    QCOMPARE(quiz.data(CourseOutlineModel::StatusTextRole).toString(), QStringLiteral("Not done"));
    const QModelIndex forum = model->indexOfActivity(kForumCmid);
    QCOMPARE(forum.data(Qt::DisplayRole).toString(), QStringLiteral("Q&A forum"));
    QCOMPARE(forum.data(CourseOutlineModel::ModuleRole).toString(), QStringLiteral("forum"));
    QVERIFY(model->flags(forum) & Qt::ItemIsUserCheckable);
    QCOMPARE(forum.data(Qt::CheckStateRole).toInt(), int(Qt::Unchecked));
    QVERIFY(!forum.data(CourseOutlineModel::PendingRole).toBool());
    const QModelIndex url = model->indexOfActivity(5);  // manual, done
    QCOMPARE(url.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    const QModelIndex label = model->indexOfActivity(6);  // no completion
    QVERIFY(label.data(CourseOutlineModel::StatusTextRole).toString().isEmpty());
    QVERIFY(!(model->flags(label) & Qt::ItemIsUserCheckable));
    QVERIFY(forum.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("Forum")));
    QVERIFY(!page.outlineView()->accessibleName().isEmpty());
}

void TestCoursesPage::courseCompletionBox()
{
    CoursePage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    page.setCourse(kCS101);
    QCOMPARE(page.completionText(), QStringLiteral("Not completed yet."));
    auto criteria = [&page] {
        QStringList names;
        for (QLabel *label : page.findChildren<QLabel *>(QStringLiteral("criterionName")))
            names << label->text();
        return names;
    };
    QCOMPARE(criteria(),
             (QStringList{QStringLiteral("Course syllabus"), QStringLiteral("Lab 1: Hello World"),
                          QStringLiteral("Week 1 quiz")}));

    page.setCourse(kMATH201);
    QCOMPARE(page.completionText(), QStringLiteral("You have completed this course."));
    QVERIFY(!page.findChild<QWidget *>(QStringLiteral("completedBadge"))->isHidden());
    QCOMPARE(page.findChild<QProgressBar *>(QStringLiteral("courseProgress"))->value(), 100);
    QCOMPARE(criteria().size(), 4);

    page.setCourse(kLIT205);
    QCOMPARE(page.completionText(), QStringLiteral("This course has no completion criteria."));
    QVERIFY(criteria().isEmpty());

    page.setCourse(kHIST110);
    QVERIFY(criteria().contains(QStringLiteral("Self completion")));
}

void TestCoursesPage::summariesAreSafe()
{
    const QString hostile = QStringLiteral(
        "<p onclick=\"x()\" style=\"color:red\">Read <b>this</b> &amp; that"
        "<script>alert('x')</script><img src=\"https://tracker.example/pixel.png\" alt=\"map of &quot;Europe&quot;\">"
        "<iframe src=\"https://evil.example\">inside <b>frame</b></iframe>"
        "<a href=\"javascript:alert(1)\">a link</a><STYLE>p { color: red }</STYLE>"
        "<object data=\"x.swf\"><embed src=\"x.swf\"></object><img src=\"file:///etc/passwd\">"
        "<!-- <script>hidden</script> --> 1 < 2 <h1>Heading</h1></p><svg><script>x</script></svg>");
    const QString safe = CourseOutlineModel::safeHtml(hostile);
    for (const char *gone : {"script", "img", "iframe", "src", "href", "style", "onclick", "object", "embed", "svg",
                             "inside", "alert", "tracker", "passwd", "<a", "hidden", "<h1"})
        QVERIFY2(!safe.contains(QLatin1String(gone), Qt::CaseInsensitive), qPrintable(safe));
    for (const char *kept : {"Read", "<b>this</b>", "&amp; that", "[Image: map of &quot;Europe&quot;]", "a link",
                             "1 &lt; 2", "<b>Heading</b>"})
        QVERIFY2(safe.contains(QLatin1String(kept)), qPrintable(safe));

    // HIST110's first section has an external image: only its description is left.
    CourseOutlineModel model(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    model.setCourse(kHIST110);
    const QString summary = model.index(1, 0).data(CourseOutlineModel::SummaryHtmlRole).toString();
    QVERIFY2(summary.contains(QLatin1String("[Image: trench map]")), qPrintable(summary));
    QVERIFY(!summary.contains(QLatin1String("upload.example")));
}

void TestCoursesPage::unknownActivityTypesGetTheGenericIcon()
{
    for (const QString &module : {QStringLiteral("h5pactivity"), QStringLiteral("subsection"), QString()}) {
        QVERIFY(!ModuleIcons::hasOwnIcon(module));
        QCOMPARE(ModuleIcons::resourcePath(module), QStringLiteral(":/icons/modules/generic.svg"));
        QVERIFY(!ModuleIcons::icon(module).pixmap(QSize(24, 24)).isNull());
        QVERIFY(!ModuleIcons::typeName(module).isEmpty());
    }
    QCOMPARE(ModuleIcons::typeName(QStringLiteral("assign")), QStringLiteral("Assignment"));

    // Every picture on light and dark backgrounds, small and large: a sheet to look at.
    const QStringList modules{QStringLiteral("assign"), QStringLiteral("quiz"),     QStringLiteral("forum"),
                              QStringLiteral("page"),   QStringLiteral("resource"), QStringLiteral("url"),
                              QStringLiteral("folder"), QStringLiteral("label"),    QStringLiteral("something-new")};
    QImage sheet(QSize(40 + modules.size() * 64 + 140, 200), QImage::Format_ARGB32);
    sheet.fill(Qt::white);
    QPainter painter(&sheet);
    painter.fillRect(QRect(0, 100, sheet.width(), 100), darkPalette().color(QPalette::Base));
    for (int i = 0; i < modules.size(); ++i) {
        const QIcon icon = ModuleIcons::icon(modules.at(i));
        for (int band = 0; band < 2; ++band) {
            icon.paint(&painter, QRect(20 + i * 64, 10 + band * 100, 24, 24));
            icon.paint(&painter, QRect(20 + i * 64, 42 + band * 100, 48, 48));
        }
    }
    int x = 40 + int(modules.size()) * 64;
    for (ModuleIcons::State state : {ModuleIcons::State::Todo, ModuleIcons::State::Done, ModuleIcons::State::Failed,
                                     ModuleIcons::State::Pending}) {
        ModuleIcons::stateIcon(state).paint(&painter, QRect(x, 18, 16, 16));
        ModuleIcons::stateIcon(state).paint(&painter, QRect(x, 118, 16, 16));
        x += 30;
    }
    painter.end();
    QVERIFY(sheet.save(testOutputDir() + QStringLiteral("/coursespage-icons.png")));
}

void TestCoursesPage::reloadKeepsSelectionAndScroll()
{
    CoursesPage page(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
    page.resize(1100, 240);  // short, so the list scrolls
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QListView *list = page.courseView();
    list->setCurrentIndex(list->model()->index(3, 0));
    list->scrollToBottom();
    const int scroll = list->verticalScrollBar()->value();
    QVERIFY(scroll > 0);
    QCOMPARE(page.selectedCourseId(), kHIST110);

    page.reload();
    QCOMPARE(page.selectedCourseId(), kHIST110);
    QCOMPARE(list->currentIndex().row(), 3);
    QCOMPARE(list->verticalScrollBar()->value(), scroll);

    // The course page keeps its current activity, collapsed sections and scroll position too.
    page.resize(1100, 750);
    page.showCourse(kCS101);
    CoursePage *course = page.coursePage();
    QTreeView *outline = course->outlineView();
    QApplication::processEvents();
    outline->collapse(course->outlineModel()->index(0, 0));
    outline->setCurrentIndex(course->outlineModel()->indexOfActivity(10));
    outline->verticalScrollBar()->setValue(outline->verticalScrollBar()->maximum() / 2);
    const int outlineScroll = outline->verticalScrollBar()->value();
    page.reload();
    QCOMPARE(outline->currentIndex(), course->outlineModel()->indexOfActivity(10));
    QVERIFY(!outline->isExpanded(course->outlineModel()->index(0, 0)));
    QVERIFY(outline->isExpanded(course->outlineModel()->index(1, 0)));
    QCOMPARE(outline->verticalScrollBar()->value(), outlineScroll);
}

void TestCoursesPage::manualCompletionWorksOffline()
{
    // A database of its own: this test changes it and syncs.
    SyncedDatabase data;
    QString error;
    QVERIFY2(data.create(&error), qPrintable(error));
    data.server().stop();  // offline: ticking must not need the site

    CoursesPage page(data.connection(), SyncedDatabase::kStudentId, &data.clock());
    page.resize(1100, 750);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    page.showCourse(kCS101);
    QSignalSpy queued(&page, &CoursesPage::completionQueued);
    CoursePage *course = page.coursePage();
    QTreeView *outline = course->outlineView();
    const CourseOutlineModel *model = course->outlineModel();
    QAbstractItemModelTester tester(const_cast<CourseOutlineModel *>(model),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Click the forum's check box, where the delegate draws it.
    QModelIndex forum = model->indexOfActivity(kForumCmid);
    outline->scrollTo(forum);
    QStyleOptionViewItem option;
    option.initFrom(outline->viewport());
    option.rect = outline->visualRect(forum);
    option.font = outline->font();
    option.widget = outline;
    auto *delegate = qobject_cast<CourseOutlineDelegate *>(outline->itemDelegate());
    const QRect box = delegate->checkBoxRect(option, forum);
    QVERIFY(!box.isEmpty());
    QTest::mouseClick(outline->viewport(), Qt::LeftButton, {}, box.center());

    QCOMPARE(queued.count(), 1);
    const std::optional<OutboxAction> action = stored(OutboxRepository(data.connection()).pendingFor(kForumCmid));
    QVERIFY(action.has_value());
    QCOMPARE(action->action, OutboxAction::kCompletion);
    QCOMPARE(action->courseId, kCS101);
    QCOMPARE(action->value, 1);
    QCOMPARE(action->createdAt, data.clock().now());
    forum = model->indexOfActivity(kForumCmid);
    QCOMPARE(forum.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QVERIFY(forum.data(CourseOutlineModel::PendingRole).toBool());
    QCOMPARE(forum.data(CourseOutlineModel::PendingTextRole).toString(), QStringLiteral("Waiting to be sent"));
    QCOMPARE(forum.data(CourseOutlineModel::StatusTextRole).toString(), QStringLiteral("Done"));
    QVERIFY(forum.data(Qt::AccessibleTextRole).toString().contains(QLatin1String("Waiting to be sent")));

    // Still pending after a reload (the app restarted, or a sync failed offline).
    page.reload();
    forum = model->indexOfActivity(kForumCmid);
    QVERIFY(forum.data(CourseOutlineModel::PendingRole).toBool());
    QVERIFY(runSync(data).error.has_value());  // offline
    page.reload();
    QVERIFY(model->indexOfActivity(kForumCmid).data(CourseOutlineModel::PendingRole).toBool());

    outline->setCurrentIndex(model->indexOfActivity(kForumCmid));
    shot(&page, QStringLiteral("pending-light"));
    {
        ScopedPalette dark(darkPalette());
        shot(&page, QStringLiteral("pending-dark"));
    }

    // Space on an automatic activity changes nothing; on the forum it toggles back and forth.
    outline->setFocus();
    outline->setCurrentIndex(model->indexOfActivity(8));
    QTest::keyClick(outline, Qt::Key_Space);
    QCOMPARE(queued.count(), 1);
    outline->setCurrentIndex(model->indexOfActivity(kForumCmid));
    QTest::keyClick(outline, Qt::Key_Space);
    QCOMPARE(queued.count(), 2);
    QCOMPARE(stored(OutboxRepository(data.connection()).pendingFor(kForumCmid))->value, 0);
    QTest::keyClick(outline, Qt::Key_Space);
    QCOMPARE(queued.count(), 3);
    QCOMPARE(stored(OutboxRepository(data.connection()).pendingFor(kForumCmid))->value, 1);
    QCOMPARE(stored(OutboxRepository(data.connection()).pendingCount()), 1);  // one action, the latest value

    // Back online: the sync sends it (once, the latest value: done), the site records it, and the page shows
    // what the site answers afterwards (the fake site remembers what it was sent).
    QVERIFY(data.server().start(data.server().port()));
    const SyncSummary summary = runSync(data);
    QVERIFY2(summary.ok(), summary.error ? qPrintable(summary.error->details()) : "");
    QCOMPARE(summary.actionsSent, 1);
    QCOMPARE(data.server().manualCompletionUpdates(),
             (QList<FakeCompletionState::Update>{{QStringLiteral("student1"), kForumCmid, true}}));
    QVERIFY(!stored(OutboxRepository(data.connection()).pendingFor(kForumCmid)));
    page.reload();
    forum = model->indexOfActivity(kForumCmid);
    QVERIFY(!forum.data(CourseOutlineModel::PendingRole).toBool());
    QCOMPARE(forum.data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    QCOMPARE(forum.data(CourseOutlineModel::StatusTextRole).toString(), QStringLiteral("Done"));
    QCOMPARE(outline->currentIndex(), forum);
    QCOMPARE(page.selectedCourseId(), kCS101);
    shot(&page, QStringLiteral("synced-light"));
}

void TestCoursesPage::shotBothPalettes(const std::function<QWidget *()> &make, const QString &name,
                                       const std::function<void(QWidget *, const QImage &, bool dark)> &check)
{
    for (const bool dark : {false, true}) {
        std::optional<ScopedPalette> palette;
        if (dark)
            palette.emplace(darkPalette());
        std::unique_ptr<QWidget> widget(make());
        widget->resize(1100, 750);
        widget->show();
        QVERIFY(QTest::qWaitForWindowExposed(widget.get()));
        QApplication::processEvents();
        const QString picture = name + (dark ? QStringLiteral("-dark") : QStringLiteral("-light"));
        shot(widget.get(), picture);
        const QImage image = widget->grab().toImage();
        QVERIFY2(!image.isNull(), qPrintable(picture));
        QCOMPARE(image.size(), QSize(1100, 750));
        // The page's own background, in the margin at the bottom left: dark in the dark palette, light otherwise.
        const int lightness = image.pixelColor(4, image.height() - 4).lightness();
        QVERIFY2(dark ? lightness < 90 : lightness > 200, qPrintable(picture + QStringLiteral(": %1").arg(lightness)));
        check(widget.get(), image, dark);
        if (QTest::currentTestFailed())
            return;
    }
}

namespace {

// Rows of `view` that lie wholly inside its viewport: what a person sees without scrolling.
int rowsOnScreen(const QAbstractItemView *view, const QModelIndex &parent = {})
{
    int shown = 0;
    for (int row = 0; row < view->model()->rowCount(parent); ++row) {
        const QRect rect = view->visualRect(view->model()->index(row, 0, parent));
        shown += !rect.isEmpty() && view->viewport()->rect().contains(rect) ? 1 : 0;
    }
    return shown;
}

// Whether some pixels of `area` in `image` differ clearly from its background: something is drawn there.
bool somethingDrawnIn(const QImage &image, const QRect &area)
{
    const QRect inside = area.intersected(image.rect());
    if (inside.isEmpty())
        return false;
    const QColor background = image.pixelColor(inside.topLeft());
    int differing = 0;
    for (int y = inside.top(); y <= inside.bottom(); y += 2) {
        for (int x = inside.left(); x <= inside.right(); x += 2) {
            const QColor pixel = image.pixelColor(x, y);
            differing += qAbs(pixel.lightness() - background.lightness()) > 60 ? 1 : 0;
        }
    }
    return differing > 20;
}

}  // namespace

void TestCoursesPage::screenshots()
{
    const auto coursesPage = [this](qint64 course) {
        return [this, course]() -> QWidget * {
            auto *page = new CoursesPage(m_data->connection(), SyncedDatabase::kStudentId, &m_data->clock());
            if (course != 0)
                page->showCourse(course);
            return page;
        };
    };

    // The list: all four courses on screen at once, the favourite first, each row's name painted.
    shotBothPalettes(coursesPage(0), QStringLiteral("list"), [](QWidget *widget, const QImage &image, bool) {
        auto *page = static_cast<CoursesPage *>(widget);
        QVERIFY(!page->isShowingCourse());
        QListView *list = page->courseView();
        QVERIFY(list->isVisible());
        QCOMPARE(list->model()->rowCount(), 4);
        QCOMPARE(rowsOnScreen(list), 4);
        QCOMPARE(list->model()->index(0, 0).data(CourseListModel::ShortNameRole).toString(), QStringLiteral("LIT205"));
        for (int row = 0; row < 4; ++row) {
            const QRect rect = list->visualRect(list->model()->index(row, 0))
                                   .translated(list->viewport()->mapTo(widget, QPoint(0, 0)));
            QVERIFY2(somethingDrawnIn(image, rect), qPrintable(QString::number(row)));
        }
        // Below the last row: nothing but the list's background.
        const QRect last = list->visualRect(list->model()->index(3, 0));
        const QRect below(list->viewport()->mapTo(widget, QPoint(0, last.bottom() + 8)),
                          QSize(list->viewport()->width(), 40));
        QVERIFY(!somethingDrawnIn(image, below));
    });

    // Each course: its name and short name in the header, its outline from the first section on.
    struct Expected
    {
        qint64 id;
        QString name;
        QString shortName;
        QString picture;
    };
    const QList<Expected> courses{
        {kCS101, QStringLiteral("Introduction to Programming"), QStringLiteral("CS101"), QStringLiteral("cs101")},
        {kMATH201, QStringLiteral("Linear Algebra"), QStringLiteral("MATH201"), QStringLiteral("math201")},
        {kHIST110, QStringLiteral("History & Society: 1900–Present"), QStringLiteral("HIST110"),
         QStringLiteral("hist110")},
        {kLIT205, QStringLiteral("Écritures françaises : littérature du XXᵉ siècle"), QStringLiteral("LIT205"),
         QStringLiteral("lit205")},
    };
    for (const Expected &expected : courses) {
        shotBothPalettes(
            coursesPage(expected.id), expected.picture, [&expected](QWidget *widget, const QImage &image, bool) {
                auto *page = static_cast<CoursesPage *>(widget);
                QVERIFY(page->isShowingCourse());
                CoursePage *course = page->coursePage();
                QVERIFY(course->isVisible());
                QCOMPARE(course->courseId(), expected.id);
                auto *title = course->findChild<QLabel *>(QStringLiteral("courseTitle"));
                QVERIFY(title && title->isVisible());
                QCOMPARE(title->text(), expected.name);
                auto *shortName = course->findChild<QLabel *>(QStringLiteral("courseShortName"));
                QVERIFY(shortName && shortName->isVisible());
                QCOMPARE(shortName->text(), expected.shortName);
                QVERIFY(somethingDrawnIn(image, QRect(title->mapTo(widget, QPoint(0, 0)), title->size())));

                // The outline starts at the top with the first section, and shows several rows.
                QTreeView *outline = course->outlineView();
                QVERIFY(outline->isVisible());
                QVERIFY(outline->model()->rowCount() > 0);
                const QRect first = outline->visualRect(outline->model()->index(0, 0));
                QCOMPARE(first.top(), 0);
                QVERIFY(outline->viewport()->rect().contains(first));
                QVERIFY(rowsOnScreen(outline, outline->model()->index(0, 0)) + rowsOnScreen(outline) >= 2);
                QVERIFY(somethingDrawnIn(image, first.translated(outline->viewport()->mapTo(widget, QPoint(0, 0)))));
            });
    }
}

QTEST_MAIN(TestCoursesPage)
#include "tst_coursespage.moc"
