#include "GradesPage.h"

#include "widgets/InertResources.h"
#include "widgets/IsolatingItemDelegate.h"
#include "widgets/PageLayout.h"
#include "widgets/SafeLinks.h"

#include "CourseGradesModel.h"
#include "GradeChart.h"
#include "GradeItemsModel.h"
#include "home/DeadlineListModel.h"

#include "common/Clock.h"

#include <QHeaderView>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QTextBrowser>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int kMaxCourseRows = 6;
// Room around the text of every row; the palette still draws the colours.
const auto kItemPadding = QStringLiteral("QTreeView::item { padding: 3px 4px; }");

void makeSecondary(QLabel *label)
{
    label->setForegroundRole(QPalette::PlaceholderText);
}

// Restores the expansion of a tree after a reset: everything open except what the person closed.
void expandExcept(QTreeView *view, const QSet<QString> &collapsed, const QModelIndex &parent = {})
{
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (!model->hasChildren(index))
            continue;
        view->setExpanded(index, !collapsed.contains(index.data(GradeItemsModel::KeyRole).toString()));
        expandExcept(view, collapsed, index);
    }
}

void collectCollapsed(const QTreeView *view, QSet<QString> &collapsed, const QModelIndex &parent = {})
{
    QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        if (!model->hasChildren(index))
            continue;
        if (!view->isExpanded(index))
            collapsed.insert(index.data(GradeItemsModel::KeyRole).toString());
        collectCollapsed(view, collapsed, index);
    }
}
}  // namespace

GradesPage::GradesPage(StoreConnection connection, qint64 userId, const Clock *clock, QWidget *parent)
    : QWidget(parent), m_clock(clock ? clock : Clock::system())
{
    setObjectName(QStringLiteral("gradesPage"));
    setAccessibleName(tr("Grades"));

    m_courseModel = new CourseGradesModel(connection, userId, this);
    m_courseModel->setObjectName(QStringLiteral("courseGradesModel"));
    m_itemsModel = new GradeItemsModel(connection, userId, this);
    m_itemsModel->setObjectName(QStringLiteral("gradeItemsModel"));

    // Top: the courses, as tall as their rows (up to a limit), so the selected course gets the room.
    auto *coursesBox = new QWidget(this);
    auto *coursesTitle = PageLayout::sectionTitle(tr("Courses"), coursesBox);
    m_courseView = new QTreeView(coursesBox);
    m_courseView->setObjectName(QStringLiteral("courseGrades"));
    m_courseView->setAccessibleName(tr("Final grades of your courses"));
    m_courseView->setModel(m_courseModel);
    m_courseView->setItemDelegate(new IsolatingItemDelegate(m_courseView));
    m_courseView->setRootIsDecorated(false);
    m_courseView->setUniformRowHeights(true);
    m_courseView->setAlternatingRowColors(true);
    m_courseView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_courseView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_courseView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_courseView->setTextElideMode(Qt::ElideRight);
    m_courseView->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    m_courseView->setStyleSheet(kItemPadding);
    m_courseView->header()->setStretchLastSection(false);
    m_courseView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_courseView->header()->setSectionResizeMode(CourseGradesModel::CourseColumn, QHeaderView::Stretch);
    coursesTitle->setBuddy(m_courseView);
    auto *coursesLayout = new QVBoxLayout(coursesBox);
    coursesLayout->setContentsMargins(0, 0, 0, 0);
    coursesLayout->setSpacing(6);
    coursesLayout->addWidget(coursesTitle);
    coursesLayout->addWidget(m_courseView);

    // Below: the selected course.
    auto *courseBox = new QWidget(this);
    m_courseTitle = new QLabel(courseBox);
    m_courseTitle->setObjectName(QStringLiteral("courseTitle"));
    m_courseTitle->setTextFormat(Qt::PlainText);
    m_courseTitle->setWordWrap(true);
    QFont titleFont = m_courseTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_courseTitle->setFont(titleFont);
    m_courseSummary = new QLabel(courseBox);
    m_courseSummary->setObjectName(QStringLiteral("courseSummary"));
    m_courseSummary->setTextFormat(Qt::PlainText);
    m_courseSummary->setWordWrap(true);
    m_courseSummary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    makeSecondary(m_courseSummary);

    m_itemView = new QTreeView(courseBox);
    m_itemView->setObjectName(QStringLiteral("gradeItems"));
    m_itemView->setAccessibleName(tr("Grade items"));
    m_itemView->setModel(m_itemsModel);
    m_itemView->setItemDelegate(new IsolatingItemDelegate(m_itemView));
    m_itemView->setUniformRowHeights(true);
    m_itemView->setAlternatingRowColors(true);
    m_itemView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_itemView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_itemView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_itemView->setExpandsOnDoubleClick(true);
    m_itemView->setStyleSheet(kItemPadding);
    m_itemView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_itemView->header()->setStretchLastSection(true);
    // An item named with 10,000 characters is cut short, not given the width of ten screens.
    m_itemView->header()->setMaximumSectionSize(m_itemView->fontMetrics().averageCharWidth() * 80);
    m_noItems = new QLabel(tr("No grade items for this course yet."), courseBox);
    m_noItems->setObjectName(QStringLiteral("noGradeItems"));
    m_noItems->setWordWrap(true);
    m_noItems->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    makeSecondary(m_noItems);
    m_noItems->hide();

    auto *chartBox = new QWidget(courseBox);
    auto *chartTitle = PageLayout::sectionTitle(tr("Percentages of graded items"), chartBox);
    m_chart = new GradeChart(chartBox);
    m_chart->setFrameShape(QFrame::StyledPanel);
    m_chart->setEmptyText(tr("Nothing graded in this course yet."));
    chartTitle->setBuddy(m_chart);
    auto *chartLayout = new QVBoxLayout(chartBox);
    chartLayout->setContentsMargins(0, 0, 0, 0);
    chartLayout->setSpacing(6);
    chartLayout->addWidget(chartTitle);
    chartLayout->addWidget(m_chart, 1);

    auto *feedbackBox = new QWidget(courseBox);
    m_feedbackTitle = PageLayout::sectionTitle(tr("Feedback"), feedbackBox);
    m_feedbackTitle->setObjectName(QStringLiteral("feedbackTitle"));
    // Sanitised HTML, and a browser that would not load an image or a file even if some slipped through.
    m_feedback = new InertResources::Browser(feedbackBox);
    m_feedback->setObjectName(QStringLiteral("feedback"));
    m_feedback->setAccessibleName(tr("Feedback"));
    // Links open in the browser on a click; nothing is fetched to display the feedback itself.
    m_feedback->setOpenLinks(false);
    m_feedback->setOpenExternalLinks(false);
    connect(m_feedback, &QTextBrowser::anchorClicked, this, &GradesPage::openLink);
    m_feedbackTitle->setBuddy(m_feedback);
    auto *feedbackLayout = new QVBoxLayout(feedbackBox);
    feedbackLayout->setContentsMargins(0, 0, 0, 0);
    feedbackLayout->setSpacing(6);
    feedbackLayout->addWidget(m_feedbackTitle);
    feedbackLayout->addWidget(m_feedback, 1);

    auto *details = new QSplitter(Qt::Horizontal, courseBox);
    details->setObjectName(QStringLiteral("gradeDetailsSplitter"));
    details->setChildrenCollapsible(false);
    details->addWidget(chartBox);
    details->addWidget(feedbackBox);
    details->setStretchFactor(0, 3);
    details->setStretchFactor(1, 2);

    auto *itemsBox = new QWidget(courseBox);
    auto *itemsLayout = new QVBoxLayout(itemsBox);
    itemsLayout->setContentsMargins(0, 0, 0, 0);
    itemsLayout->addWidget(m_itemView, 1);
    itemsLayout->addWidget(m_noItems, 1);

    m_splitter = new QSplitter(Qt::Vertical, courseBox);
    m_splitter->setObjectName(QStringLiteral("gradesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(itemsBox);
    m_splitter->addWidget(details);
    m_splitter->setStretchFactor(0, 1);
    m_splitter->setStretchFactor(1, 1);
    // Once the person drags the divider, their choice wins over fitting the tree to its rows.
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });

    auto *courseLayout = new QVBoxLayout(courseBox);
    courseLayout->setContentsMargins(0, 0, 0, 0);
    courseLayout->setSpacing(4);
    courseLayout->addWidget(m_courseTitle);
    courseLayout->addWidget(m_courseSummary);
    courseLayout->addSpacing(6);
    courseLayout->addWidget(m_splitter, 1);

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(16);
    contentLayout->addWidget(coursesBox);
    contentLayout->addWidget(courseBox, 1);

    auto *empty = new QLabel(tr("No grades yet. Your course grades appear here once Satchel has synced them "
                                "from your Moodle site."),
                             this);
    empty->setObjectName(QStringLiteral("noGrades"));
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    makeSecondary(empty);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(content);
    m_stack->addWidget(empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 16, 16, 16);
    layout->addWidget(m_stack);

    setTabOrder(m_courseView, m_itemView);
    setTabOrder(m_itemView, m_chart);
    setTabOrder(m_chart, m_feedback);

    connect(m_courseView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { courseSelected(current); });
    connect(m_itemView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { itemSelected(current); });

    reload();
}

qint64 GradesPage::currentCourseId() const
{
    return m_itemsModel->courseId();
}

QString GradesPage::storageError() const
{
    return !m_courseModel->lastError().isEmpty() ? m_courseModel->lastError() : m_itemsModel->lastError();
}

void GradesPage::reportStorageError()
{
    if (const QString error = storageError(); !error.isEmpty())
        Q_EMIT storageFailed(error);
}

bool GradesPage::showCourse(qint64 courseId)
{
    const int row = m_courseModel->rowOfCourse(courseId);
    if (row < 0)
        return false;
    m_courseView->setCurrentIndex(m_courseModel->index(row, 0));
    m_courseView->scrollTo(m_courseModel->index(row, 0));
    return true;
}

void GradesPage::applyChange(const DataChange &change)
{
    if (change.isEverything())
        reload();
}

void GradesPage::reload()
{
    // What the person is looking at, to find it again if the models reset.
    const qint64 courseId = m_itemsModel->courseId();
    const QString itemKey = m_itemView->currentIndex().data(GradeItemsModel::KeyRole).toString();
    QSet<QString> collapsed;
    collectCollapsed(m_itemView, collapsed);
    const int courseScroll = m_courseView->verticalScrollBar()->value();
    const int itemScroll = m_itemView->verticalScrollBar()->value();

    {
        const QSignalBlocker blocker(m_courseView->selectionModel());
        m_courseModel->reload();
    }
    // "No grades yet" only when the grades were read: unread is not empty.
    m_stack->setCurrentIndex(m_courseModel->rowCount() > 0 || !m_courseModel->lastError().isEmpty() ? 0 : 1);
    PageLayout::fitToRows(m_courseView, kMaxCourseRows, 1);

    int row = m_courseModel->rowOfCourse(courseId);
    if (row < 0 && m_courseModel->rowCount() > 0)
        row = 0;  // the course left (or first load): start with the first one
    if (row >= 0) {
        const QSignalBlocker blocker(m_courseView->selectionModel());
        m_courseView->selectionModel()->setCurrentIndex(
            m_courseModel->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    m_courseView->verticalScrollBar()->setValue(courseScroll);

    const qint64 shownId = m_courseModel->courseIdAt(row);
    {
        const QSignalBlocker blocker(m_itemView->selectionModel());
        if (shownId != m_itemsModel->courseId())
            m_itemsModel->setCourse(shownId);
        else
            m_itemsModel->reload();
        expandExcept(m_itemView, shownId == courseId ? collapsed : QSet<QString>{});
        const QModelIndex item = shownId == courseId ? m_itemsModel->indexOfKey(itemKey) : QModelIndex();
        if (item.isValid())
            m_itemView->selectionModel()->setCurrentIndex(
                item, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        else
            m_itemView->selectionModel()->clear();
    }
    if (shownId == courseId)
        m_itemView->verticalScrollBar()->setValue(itemScroll);
    updateCourseHeader();
    updateChart();
    showFeedback(m_itemView->currentIndex());
    fitItemsToRows();
    reportStorageError();
}

void GradesPage::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitItemsToRows();
}

void GradesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitItemsToRows();
}

void GradesPage::fitItemsToRows()
{
    const QList<int> sizes = m_splitter->sizes();
    const int total = sizes.value(0) + sizes.value(1);
    if (m_splitterMoved || total <= 0 || !m_itemView->isVisibleTo(this))
        return;
    int rows = 0;
    for (QModelIndex index = m_itemsModel->index(0, 0); index.isValid(); index = m_itemView->indexBelow(index))
        ++rows;
    int rowHeight = rows > 0 ? m_itemView->sizeHintForRow(0) : 0;
    if (rowHeight <= 0)
        rowHeight = fontMetrics().height() + 8;
    const int wanted =
        m_itemView->header()->sizeHint().height() + std::max(rows, 3) * rowHeight + 2 * m_itemView->frameWidth() + 4;
    // The chart and the feedback keep at least 40 % of the room.
    const int items = std::clamp(wanted, total / 4, total * 3 / 5);
    m_splitter->setSizes({items, total - items});
}

void GradesPage::courseSelected(const QModelIndex &current)
{
    const qint64 courseId = m_courseModel->courseIdAt(current.row());
    if (courseId == m_itemsModel->courseId())
        return;
    m_itemsModel->setCourse(courseId);
    m_itemView->expandAll();
    updateCourseHeader();
    updateChart();
    showFeedback({});
    fitItemsToRows();
    reportStorageError();
}

void GradesPage::itemSelected(const QModelIndex &current)
{
    showFeedback(current);
}

void GradesPage::updateCourseHeader()
{
    const int row = m_courseModel->rowOfCourse(m_itemsModel->courseId());
    if (row < 0) {
        m_courseTitle->clear();
        m_courseSummary->clear();
        return;
    }
    m_courseTitle->setText(m_courseModel->index(row, CourseGradesModel::CourseColumn).data().toString());
    const QString shortName = m_courseModel->index(row, 0).data(CourseGradesModel::ShortNameRole).toString();
    QString grade = m_courseModel->index(row, CourseGradesModel::GradeColumn).data().toString();
    QString percentage = m_courseModel->index(row, CourseGradesModel::PercentageColumn).data().toString();
    QString range;
    if (const auto total = m_itemsModel->courseTotal()) {
        if (!total->gradeFormatted.isEmpty())
            grade = total->gradeFormatted;
        range = total->rangeFormatted;
    }
    QStringList parts;
    if (!shortName.isEmpty())
        parts << shortName;
    parts << tr("Course total: %1").arg(grade);
    if (!percentage.isEmpty())
        parts << percentage;
    if (!range.isEmpty())
        parts << tr("range %1").arg(range);
    m_courseSummary->setText(parts.join(QStringLiteral("  ·  ")));
    const bool hasItems = m_itemsModel->rowCount() > 0;
    m_itemView->setVisible(hasItems);
    m_noItems->setVisible(!hasItems);
}

void GradesPage::updateChart()
{
    QStringList labels;
    QList<double> values;
    for (const GradeItem &item : m_itemsModel->gradedLeafItems()) {
        const auto percent = GradeItemsModel::percentOf(item);
        if (!percent)
            continue;
        labels << (item.itemName.isEmpty() ? tr("Unnamed item") : item.itemName);
        values << *percent;
    }
    m_chart->setBars(labels, values);
}

void GradesPage::showFeedback(const QModelIndex &item)
{
    if (!item.isValid()) {
        m_feedback->setPlainText(tr("Select a grade item to read your teacher's feedback."));
        return;
    }
    // The item's name and when it was graded head the text, so a long name wraps instead of clipping.
    QString html = QStringLiteral("<p><b>%1</b>")
                       .arg(item.siblingAtColumn(GradeItemsModel::ItemColumn).data().toString().toHtmlEscaped());
    const QVariant gradedAt = item.data(GradeItemsModel::GradedAtRole);
    if (gradedAt.isValid())
        html += QStringLiteral("<br>")
            + tr("Graded %1")
                  .arg(DeadlineListModel::relativeText(gradedAt.toLongLong(), m_clock->now()))
                  .toHtmlEscaped();
    html += QStringLiteral("</p>");
    const QString feedback = item.data(GradeItemsModel::FeedbackHtmlRole).toString();
    html += feedback.isEmpty() ? QStringLiteral("<p>%1</p>").arg(tr("No feedback for this item.").toHtmlEscaped())
                               : feedback;
    m_feedback->setHtml(html);
}

void GradesPage::openLink(const QUrl &url)
{
    SafeLinks::open(url);
}
