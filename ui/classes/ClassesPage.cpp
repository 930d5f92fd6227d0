#include "ClassesPage.h"

#include "AttemptMatrixModel.h"
#include "AttentionListModel.h"
#include "CompetencyChart.h"
#include "CompetencyMatrixModel.h"
#include "CompletionMatrixModel.h"
#include "GradeHistogram.h"
#include "GradeMatrixModel.h"
#include "ParticipantListModel.h"
#include "StudentDetailsDialog.h"
#include "SubmissionMatrixModel.h"
#include "courses/ModuleIcons.h"
#include "shell/SyncStatusBar.h"
#include "widgets/InertText.h"
#include "widgets/InlineMessage.h"
#include "widgets/IsolatingItemDelegate.h"

#include "account/DataDirectory.h"
#include "common/Clock.h"
#include "store/ClassRepository.h"
#include "store/CourseRepository.h"
#include "store/SyncStateRepository.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPushButton>
#include <QScrollBar>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace {

// Every table of the page keeps the learner's user id under this role (in its first column at least).
constexpr int kUserIdRole = Qt::UserRole + 1;
static_assert(AttentionListModel::UserIdRole == kUserIdRole);
static_assert(ParticipantListModel::UserIdRole == kUserIdRole);
static_assert(GradeMatrixModel::UserIdRole == kUserIdRole);
static_assert(CompletionMatrixModel::UserIdRole == kUserIdRole);
static_assert(SubmissionMatrixModel::UserIdRole == kUserIdRole);
static_assert(AttemptMatrixModel::UserIdRole == kUserIdRole);
static_assert(CompetencyMatrixModel::UserIdRole == kUserIdRole);

// A completion cell that is only an icon shows it in the middle of the cell, not at its left edge.
class CenteredIconDelegate : public IsolatingItemDelegate
{
public:
    using IsolatingItemDelegate::IsolatingItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        if (!opt.text.isEmpty() || opt.icon.isNull()) {
            QStyledItemDelegate::paint(painter, option, index);
            return;
        }
        const QIcon icon = opt.icon;
        opt.icon = QIcon();
        opt.features &= ~QStyleOptionViewItem::HasDecoration;
        const QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);
        const QRect target = QStyle::alignedRect(opt.direction, Qt::AlignCenter, opt.decorationSize, opt.rect);
        icon.paint(painter, target);
    }
};

QLabel *secondaryLabel(const QString &text, QWidget *parent)
{
    QLabel *label = InertText::label(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}

// A sentence where a matrix would be empty or wrong: nothing synced yet, a site that does not share, nothing to list.
QLabel *sentenceLabel(QWidget *parent, const QString &objectName)
{
    QLabel *label = secondaryLabel(QString(), parent);
    label->setObjectName(objectName);
    label->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    label->setContentsMargins(0, 24, 0, 0);
    return label;
}

// A legend text that stays on one line where there is room and wraps where a long translation would
// otherwise widen the window (a word-wrapped QLabel alone prefers two short lines even when one fits).
class LegendLabel : public QLabel
{
public:
    using QLabel::QLabel;
    QSize sizeHint() const override
    {
        const QSize wrapped = QLabel::sizeHint();
        const int oneLine = fontMetrics().horizontalAdvance(text()) + 2 * margin() + 2;
        return {qMax(wrapped.width(), oneLine), wrapped.height()};
    }
};

// An icon and its meaning, for the legends under the tables.
QWidget *legendItem(const QIcon &icon, const QString &text, QWidget *parent)
{
    auto *item = new QWidget(parent);
    auto *layout = new QHBoxLayout(item);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    if (!icon.isNull()) {
        auto *picture = new QLabel(item);
        picture->setPixmap(icon.pixmap(QSize(14, 14), parent->devicePixelRatioF()));
        layout->addWidget(picture);
    }
    auto *label = new LegendLabel(item);
    InertText::setText(label, text);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setWordWrap(true);
    layout->addWidget(label);
    return item;
}

void setUpTable(QTableView *view)
{
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setCornerButtonEnabled(false);
    view->setStyleSheet(QStringLiteral("QTableView::item { padding: 0px 6px; }"));
    view->verticalHeader()->hide();
    // Rows of one height: the view never measures a row, however many learners there are.
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 12);
    view->horizontalHeader()->setHighlightSections(false);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter | Qt::Alignment(Qt::TextWordWrap));
    // Sizing to contents looks at this many rows at most, so a class of thousands opens at once.
    view->horizontalHeader()->setResizeContentsPrecision(200);
    view->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
    view->setSortingEnabled(true);
    view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
}

// How wide the cells of a column are, from its first rows only: a class of thousands opens at once
// (QTableView measures every row of a hidden view).
int cellsWidth(const QTableView *view, int column)
{
    constexpr int kRowsMeasured = 200;
    const QAbstractItemModel *model = view->model();
    const QFontMetrics plain(view->font());
    int width = 0;
    for (int row = 0; row < std::min(model->rowCount(), kRowsMeasured); ++row) {
        const QModelIndex index = model->index(row, column);
        const QVariant font = index.data(Qt::FontRole);
        const QFontMetrics metrics = font.isValid() ? QFontMetrics(font.value<QFont>()) : plain;
        int cell = metrics.horizontalAdvance(index.data().toString());
        if (index.data(Qt::DecorationRole).isValid())
            cell += view->iconSize().width() > 0 ? view->iconSize().width() + 6 : 22;
        width = std::max(width, cell);
    }
    return width + 18;  // the item padding and the grid line
}

// Columns as wide as their contents, within bounds: a long title wraps in the header, and is at least
// as wide as its longest word.
void fitColumnsOf(QTableView *view, int firstMax, int otherMin, int otherMax)
{
    QAbstractItemModel *model = view->model();
    if (!model || model->columnCount() == 0)
        return;
    QHeaderView *header = view->horizontalHeader();
    QFont headerFont = header->font();
    headerFont.setBold(true);  // totals are bold: measure for the widest
    const QFontMetrics metrics(headerFont);
    constexpr int kPadding = 14;
    int height = metrics.height() + 12;
    for (int column = 0; column < model->columnCount(); ++column) {
        const QString title = model->headerData(column, Qt::Horizontal).toString();
        const int icon = model->headerData(column, Qt::Horizontal, Qt::DecorationRole).isValid() ? 20 : 0;
        int longestWord = 0;
        for (const QString &word : title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            longestWord = std::max(longestWord, metrics.horizontalAdvance(word));
        // The cells decide (a grade is never cut); a long title wraps instead of widening its column,
        // but no word of it is cut: "documentation" makes its column wider than the others.
        const int cells = cellsWidth(view, column);
        const int titleWidth =
            std::max(longestWord + icon + kPadding, std::clamp(header->sectionSizeHint(column), otherMin, otherMax));
        const int width = std::max(cells, titleWidth);
        // A name of thousands of characters (one "word") is cut short at twice the usual width.
        header->resizeSection(column, column == 0 ? std::min(width, firstMax) : std::min(width, 2 * otherMax));
        // As tall as the wrapped titles need, up to three lines.
        const int textWidth = std::max(20, header->sectionSize(column) - kPadding - icon);
        const QRect needed = metrics.boundingRect(QRect(0, 0, textWidth, 1000), Qt::TextWordWrap, title);
        height = std::max(height, std::min(needed.height(), metrics.lineSpacing() * 3) + 12);
    }
    header->setFixedHeight(height);
}

// A sample of the shading of a grade missing from a learner's report, for the legend.
QIcon missingSwatch(const QPalette &palette)
{
    QPixmap pixmap(14, 14);
    pixmap.fill(palette.color(QPalette::Base));
    QPainter painter(&pixmap);
    painter.fillRect(pixmap.rect(), GradeMatrixModel::missingBrush(palette));
    painter.setPen(palette.color(QPalette::Mid));
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1));
    return QIcon(pixmap);
}

}  // namespace

ClassesPage::ClassesPage(StoreConnection connection, const Clock *clock, QWidget *parent)
    : QWidget(parent), m_connection(std::move(connection)), m_clock(clock ? clock : Clock::system())
{
    setObjectName(QStringLiteral("classesPage"));
    setAccessibleName(tr("Classes"));

    m_attention = new AttentionListModel(m_connection, m_clock, this);
    m_attention->setObjectName(QStringLiteral("attentionListModel"));
    m_attentionSort = new QSortFilterProxyModel(this);
    m_attentionSort->setSourceModel(m_attention);
    m_attentionSort->setSortRole(AttentionListModel::SortRole);
    m_attentionSort->setSortLocaleAware(true);
    m_participants = new ParticipantListModel(m_connection, m_clock, this);
    m_participants->setObjectName(QStringLiteral("participantListModel"));
    m_participantFilter = new ParticipantFilterModel(this);
    m_participantFilter->setSourceModel(m_participants);
    m_grades = new GradeMatrixModel(m_connection, this);
    m_grades->setObjectName(QStringLiteral("gradeMatrixModel"));
    m_completion = new CompletionMatrixModel(m_connection, this);
    m_completion->setObjectName(QStringLiteral("completionMatrixModel"));
    m_completionFilter = new CompletionFilterModel(this);
    m_completionFilter->setSourceModel(m_completion);
    m_submissions = new SubmissionMatrixModel(m_connection, this);
    m_submissions->setObjectName(QStringLiteral("submissionMatrixModel"));
    m_submissionFilter = new SubmissionFilterModel(this);
    m_submissionFilter->setSourceModel(m_submissions);
    m_attempts = new AttemptMatrixModel(m_connection, this);
    m_attempts->setObjectName(QStringLiteral("attemptMatrixModel"));
    m_competencies = new CompetencyMatrixModel(m_connection, this);
    m_competencies->setObjectName(QStringLiteral("competencyMatrixModel"));

    auto *title = new QLabel(tr("Classes"), this);
    title->setObjectName(QStringLiteral("classesTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_exportCsv = new QPushButton(tr("Export CSV…"), this);
    m_exportCsv->setObjectName(QStringLiteral("exportCsv"));
    m_exportCsv->setAccessibleName(tr("Export the class as CSV"));
    m_exportCsv->setToolTip(tr("Save the roster with every grade item and tracked activity as a spreadsheet (CSV)"));
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { exportClass(ClassExport::Format::Csv); });
    m_exportCommCare = new QPushButton(tr("Export for CommCare…"), this);
    m_exportCommCare->setObjectName(QStringLiteral("exportCommCare"));
    m_exportCommCare->setAccessibleName(tr("Export the class for CommCare"));
    m_exportCommCare->setToolTip(tr("Save a CommCare case import: one case per learner with the final grade and "
                                    "completion"));
    connect(m_exportCommCare, &QPushButton::clicked, this, [this] { exportClass(ClassExport::Format::CommCare); });
    // The class work files, one row per learner and item: one button, a menu of three.
    m_exportWork = new QPushButton(tr("Export class work…"), this);
    m_exportWork->setObjectName(QStringLiteral("exportWork"));
    m_exportWork->setAccessibleName(tr("Export the class's work as CSV"));
    m_exportWork->setToolTip(tr("Save every learner's submissions, quiz attempts or competency ratings as a "
                                "spreadsheet (CSV), one row each"));
    auto *workMenu = new QMenu(m_exportWork);
    workMenu->setObjectName(QStringLiteral("exportWorkMenu"));
    workMenu->addAction(tr("Submissions…"), this, [this] { exportClass(ClassExport::Format::Submissions); });
    workMenu->addAction(tr("Quiz attempts…"), this, [this] { exportClass(ClassExport::Format::Attempts); });
    workMenu->addAction(tr("Competencies…"), this, [this] { exportClass(ClassExport::Format::Competencies); });
    m_exportWork->setMenu(workMenu);

    auto *titleRow = new QHBoxLayout;
    titleRow->setSpacing(8);
    titleRow->addWidget(title);
    titleRow->addStretch(1);
    titleRow->addWidget(m_exportCsv);
    titleRow->addWidget(m_exportCommCare);
    titleRow->addWidget(m_exportWork);

    auto *courseLabel = new QLabel(tr("C&lass:"), this);
    m_courseCombo = new QComboBox(this);
    m_courseCombo->setObjectName(QStringLiteral("classCourse"));
    m_courseCombo->setAccessibleName(tr("Class"));
    m_courseCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_courseCombo->setMinimumContentsLength(24);
    courseLabel->setBuddy(m_courseCombo);
    connect(m_courseCombo, &QComboBox::currentIndexChanged, this, &ClassesPage::courseChosen);
    m_synced = secondaryLabel(QString(), this);
    m_synced->setObjectName(QStringLiteral("classSynced"));
    m_synced->setWordWrap(false);

    auto *courseRow = new QHBoxLayout;
    courseRow->setSpacing(8);
    courseRow->addWidget(courseLabel);
    courseRow->addWidget(m_courseCombo);
    courseRow->addSpacing(8);
    courseRow->addWidget(m_synced);
    courseRow->addStretch(1);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("classMessage"));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("classTabs"));
    m_tabs->setAccessibleName(tr("Class data"));
    m_tabs->setDocumentMode(true);
    m_tabs->addTab(createAttentionTab(), tr("&Attention"));
    m_tabs->addTab(createParticipantsTab(), tr("&Participants"));
    m_tabs->addTab(createGradesTab(), tr("&Grades"));
    m_tabs->addTab(createCompletionTab(), tr("Co&mpletion"));
    m_tabs->addTab(createSubmissionsTab(), tr("&Submissions"));
    m_tabs->addTab(createAttemptsTab(), tr("&Quiz attempts"));
    m_tabs->addTab(createCompetenciesTab(), tr("Compe&tencies"));

    m_empty = secondaryLabel(QString(), this);
    m_empty->setObjectName(QStringLiteral("classEmpty"));
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);

    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_tabs);
    m_stack->addWidget(m_empty);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(10);
    layout->addLayout(titleRow);
    layout->addLayout(courseRow);
    layout->addWidget(m_message);
    layout->addWidget(m_stack, 1);

    setTabOrder(m_courseCombo, m_exportCsv);
    setTabOrder(m_exportCsv, m_exportCommCare);
    setTabOrder(m_exportCommCare, m_exportWork);
    setTabOrder(m_exportWork, m_tabs);
    setTabOrder(m_tabs, m_search);
    setTabOrder(m_search, m_groupFilter);
    setTabOrder(m_groupFilter, m_participantView);

    fillCourses();
}

QWidget *ClassesPage::createAttentionTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("attentionTab"));

    // The rules, as they are: the teacher sees why someone is listed, and that nothing else decides.
    m_attentionRules = secondaryLabel(QString(), tab);
    m_attentionRules->setObjectName(QStringLiteral("attentionRules"));
    m_exportAttention = new QPushButton(tr("Export list…"), tab);
    m_exportAttention->setObjectName(QStringLiteral("exportAttention"));
    m_exportAttention->setAccessibleName(tr("Export the Attention list as CSV"));
    m_exportAttention->setToolTip(tr("Save the learners on this list with their reasons as a spreadsheet (CSV)"));
    connect(m_exportAttention, &QPushButton::clicked, this, &ClassesPage::exportAttention);

    auto *top = new QHBoxLayout;
    top->setSpacing(16);
    top->addWidget(m_attentionRules, 1);
    top->addWidget(m_exportAttention, 0, Qt::AlignTop);

    m_attentionView = new QTableView(tab);
    m_attentionView->setObjectName(QStringLiteral("attentionList"));
    m_attentionView->setAccessibleName(tr("Learners who need attention"));
    m_attentionView->setModel(m_attentionSort);
    m_attentionView->setItemDelegate(new IsolatingItemDelegate(m_attentionView));
    setUpTable(m_attentionView);
    m_attentionView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attentionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attentionView->horizontalHeader()->setStretchLastSection(true);
    connect(m_attentionView, &QTableView::activated, this, &ClassesPage::activateRow);

    m_attentionStack = new QStackedWidget(tab);
    m_attentionStack->addWidget(m_attentionView);
    m_attentionStack->addWidget(sentenceLabel(tab, QStringLiteral("attentionSentence")));

    auto *hint = secondaryLabel(tr("Click a column title to sort by it. Press Enter or double-click a learner for "
                                   "their details."),
                                tab);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(top);
    layout->addWidget(m_attentionStack, 1);
    layout->addWidget(hint);
    return tab;
}

QWidget *ClassesPage::createParticipantsTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("participantsTab"));

    m_search = new QLineEdit(tab);
    m_search->setObjectName(QStringLiteral("participantSearch"));
    m_search->setPlaceholderText(tr("Search by name or email"));
    m_search->setAccessibleName(tr("Search participants"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(360);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        const QModelIndex current = m_participantView->currentIndex();
        const qint64 selected = current.isValid() ? current.data(kUserIdRole).toLongLong() : 0;
        m_participantFilter->setSearchText(text);
        keepParticipant(selected);
        updateCounts();
    });

    auto *groupLabel = new QLabel(tr("G&roup:"), tab);
    m_groupFilter = new QComboBox(tab);
    m_groupFilter->setObjectName(QStringLiteral("groupFilter"));
    m_groupFilter->setAccessibleName(tr("Show the participants of a group"));
    m_groupFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    groupLabel->setBuddy(m_groupFilter);
    connect(m_groupFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QModelIndex current = m_participantView->currentIndex();
        const qint64 selected = current.isValid() ? current.data(kUserIdRole).toLongLong() : 0;
        m_participantFilter->setGroupId(index < 0 ? 0 : m_groupFilter->itemData(index).toLongLong());
        keepParticipant(selected);
        updateCounts();
    });

    m_participantCount = secondaryLabel(QString(), tab);
    m_participantCount->setObjectName(QStringLiteral("participantCount"));
    m_participantCount->setWordWrap(false);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(m_search, 1);
    filters->addSpacing(8);
    filters->addWidget(groupLabel);
    filters->addWidget(m_groupFilter);
    filters->addStretch(1);
    filters->addWidget(m_participantCount);

    m_participantView = new QTableView(tab);
    m_participantView->setObjectName(QStringLiteral("participants"));
    m_participantView->setAccessibleName(tr("Participants"));
    m_participantView->setModel(m_participantFilter);
    m_participantView->setItemDelegate(new IsolatingItemDelegate(m_participantView));
    setUpTable(m_participantView);
    m_participantView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_participantView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_participantView->horizontalHeader()->setStretchLastSection(true);
    connect(m_participantView, &QTableView::activated, this, &ClassesPage::activateRow);

    auto *hint =
        secondaryLabel(tr("Press Enter or double-click a participant to see their grades and completion."), tab);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addWidget(m_participantView, 1);
    layout->addWidget(hint);
    return tab;
}

QWidget *ClassesPage::createGradesTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("gradesTab"));

    m_gradeView = new QTableView(tab);
    m_gradeView->setObjectName(QStringLiteral("gradeMatrix"));
    m_gradeView->setAccessibleName(tr("Grades of the class"));
    m_gradeView->setModel(m_grades);
    m_gradeView->setItemDelegate(new IsolatingItemDelegate(m_gradeView));
    setUpTable(m_gradeView);
    m_gradeView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_gradeView->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_gradeView, &QTableView::activated, this, &ClassesPage::activateRow);
    connect(m_gradeView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid() && current.column() > 0)
                    showHistogramOf(current.column());
            });
    // Sorting by an item shows its distribution too.
    connect(m_gradeView->horizontalHeader(), &QHeaderView::sectionClicked, this, [this](int section) {
        if (section > 0)
            showHistogramOf(section);
    });

    auto *legend = new QHBoxLayout;
    legend->setSpacing(16);
    legend->addWidget(legendItem(QIcon(), tr("– not graded yet"), tab));
    // The same shading the table uses for a missing grade, redrawn when the palette changes.
    QWidget *missing = legendItem(missingSwatch(palette()), tr("not in the learner's grade report"), tab);
    m_missingSwatch = missing->findChild<QLabel *>();
    legend->addWidget(missing);
    legend->addWidget(legendItem(QIcon(QStringLiteral(":/icons/hidden.svg")), tr("Hidden from students"), tab));
    legend->addStretch(1);
    legend->addWidget(legendItem(QIcon(), tr("Select a column to see its distribution"), tab));

    m_histogram = new GradeHistogram(tab);
    m_histogram->setFrameShape(QFrame::StyledPanel);

    auto *tableBox = new QWidget(tab);
    auto *tableLayout = new QVBoxLayout(tableBox);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->setSpacing(6);
    tableLayout->addWidget(m_gradeView, 1);
    tableLayout->addLayout(legend);

    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->setObjectName(QStringLiteral("classGradesSplitter"));
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(tableBox);
    splitter->addWidget(m_histogram);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->addWidget(splitter, 1);
    return tab;
}

QWidget *ClassesPage::createCompletionTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("completionTab"));

    m_courseNotCompleted = new QCheckBox(tr("Only learners who have &not completed the course"), tab);
    m_courseNotCompleted->setObjectName(QStringLiteral("courseNotCompleted"));
    m_courseNotCompleted->setAccessibleName(tr("Only learners who have not completed the course"));
    connect(m_courseNotCompleted, &QCheckBox::toggled, this, [this](bool on) {
        m_completionFilter->setOnlyCourseNotCompleted(on);
        updateCounts();
    });
    m_activityNotCompleted = new QCheckBox(tab);
    m_activityNotCompleted->setObjectName(QStringLiteral("activityNotCompleted"));
    m_activityNotCompleted->setAccessibleName(tr("Only learners who have not completed the selected activity"));
    connect(m_activityNotCompleted, &QCheckBox::toggled, this, [this](bool on) {
        const QModelIndex current = m_completionView->currentIndex();
        const int column = current.isValid() ? m_completionFilter->mapToSource(current).column() : -1;
        m_completionFilter->setActivityNotCompleted(on && m_completion->isActivityColumn(column) ? column : -1);
        updateActivityFilter();
        updateCounts();
    });

    m_completionCount = secondaryLabel(QString(), tab);
    m_completionCount->setObjectName(QStringLiteral("completionCount"));
    m_completionCount->setWordWrap(false);

    // One filter above the other: side by side their long texts (French, German) made the window wider than
    // the screens Satchel fits on.
    auto *checks = new QVBoxLayout;
    checks->setSpacing(2);
    checks->addWidget(m_courseNotCompleted);
    checks->addWidget(m_activityNotCompleted);
    auto *filters = new QHBoxLayout;
    filters->setSpacing(16);
    filters->addLayout(checks);
    filters->addStretch(1);
    filters->addWidget(m_completionCount, 0, Qt::AlignBottom);

    m_completionView = new QTableView(tab);
    m_completionView->setObjectName(QStringLiteral("completionMatrix"));
    m_completionView->setAccessibleName(tr("Completion of the class"));
    m_completionView->setModel(m_completionFilter);
    m_completionView->setItemDelegate(new CenteredIconDelegate(m_completionView));
    setUpTable(m_completionView);
    m_completionView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_completionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_completionView->setIconSize(QSize(16, 16));
    m_completionView->horizontalHeader()->setIconSize(QSize(16, 16));
    connect(m_completionView, &QTableView::activated, this, &ClassesPage::activateRow);
    connect(m_completionView->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this] { updateActivityFilter(); });

    auto *legend = new QHBoxLayout;
    legend->setSpacing(16);
    legend->addWidget(legendItem(CompletionMatrixModel::stateIcon(1), tr("Done"), tab));
    legend->addWidget(legendItem(CompletionMatrixModel::stateIcon(2), tr("Pass: done with a passing grade"), tab));
    legend->addWidget(legendItem(CompletionMatrixModel::stateIcon(3), tr("Fail: done without a passing grade"), tab));
    legend->addWidget(legendItem(CompletionMatrixModel::stateIcon(0), tr("Not done"), tab));
    legend->addWidget(legendItem(QIcon(), tr("? not synced yet"), tab));
    legend->addStretch(1);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addWidget(m_completionView, 1);
    layout->addLayout(legend);
    updateActivityFilter();
    return tab;
}

QWidget *ClassesPage::createSubmissionsTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("submissionsTab"));

    auto *showLabel = new QLabel(tr("S&how:"), tab);
    m_submissionShow = new QComboBox(tab);
    m_submissionShow->setObjectName(QStringLiteral("submissionShow"));
    m_submissionShow->setAccessibleName(tr("Which learners to show"));
    // In the order of SubmissionFilterModel::Show.
    m_submissionShow->addItem(tr("All learners"));
    m_submissionShow->addItem(tr("Not submitted"));
    m_submissionShow->addItem(tr("Late"));
    m_submissionShow->addItem(tr("Needs grading"));
    m_submissionShow->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    showLabel->setBuddy(m_submissionShow);
    connect(m_submissionShow, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_submissionFilter->setShow(SubmissionFilterModel::Show(std::max(0, index)));
        updateCounts();
    });
    auto *inLabel = new QLabel(tr("&in:"), tab);
    m_submissionAssignment = new QComboBox(tab);
    m_submissionAssignment->setObjectName(QStringLiteral("submissionAssignment"));
    m_submissionAssignment->setAccessibleName(tr("In which assignment"));
    m_submissionAssignment->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_submissionAssignment->setMaximumWidth(fontMetrics().averageCharWidth() * 48);
    inLabel->setBuddy(m_submissionAssignment);
    connect(m_submissionAssignment, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_submissionFilter->setAssignmentColumn(index < 0 ? -1 : m_submissionAssignment->itemData(index).toInt());
        updateCounts();
    });

    m_submissionCount = secondaryLabel(QString(), tab);
    m_submissionCount->setObjectName(QStringLiteral("submissionCount"));
    m_submissionCount->setWordWrap(false);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(8);
    filters->addWidget(showLabel);
    filters->addWidget(m_submissionShow);
    filters->addSpacing(8);
    filters->addWidget(inLabel);
    filters->addWidget(m_submissionAssignment);
    filters->addStretch(1);
    filters->addWidget(m_submissionCount);

    m_submissionNotice = secondaryLabel(QString(), tab);
    m_submissionNotice->setObjectName(QStringLiteral("submissionNotice"));
    m_submissionNotice->hide();

    m_submissionView = new QTableView(tab);
    m_submissionView->setObjectName(QStringLiteral("submissionMatrix"));
    m_submissionView->setAccessibleName(tr("Submissions of the class"));
    m_submissionView->setModel(m_submissionFilter);
    m_submissionView->setItemDelegate(new IsolatingItemDelegate(m_submissionView));
    setUpTable(m_submissionView);
    m_submissionView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_submissionView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_submissionView->setIconSize(QSize(16, 16));
    connect(m_submissionView, &QTableView::activated, this, &ClassesPage::activateRow);

    m_submissionStack = new QStackedWidget(tab);
    m_submissionStack->addWidget(m_submissionView);
    m_submissionStack->addWidget(sentenceLabel(tab, QStringLiteral("submissionSentence")));

    auto *legend = new QHBoxLayout;
    legend->setSpacing(16);
    legend->addWidget(legendItem(ModuleIcons::stateIcon(ModuleIcons::State::Done), tr("Submitted"), tab));
    legend->addWidget(legendItem(ModuleIcons::stateIcon(ModuleIcons::State::Failed), tr("Submitted late"), tab));
    legend->addWidget(legendItem(ModuleIcons::stateIcon(ModuleIcons::State::Pending), tr("Draft or reopened"), tab));
    legend->addWidget(legendItem(ModuleIcons::stateIcon(ModuleIcons::State::Todo), tr("Not submitted"), tab));
    legend->addStretch(1);
    legend->addWidget(legendItem(QIcon(), tr("Point at a column title for its counts"), tab));

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(8);
    layout->addLayout(filters);
    layout->addWidget(m_submissionNotice);
    layout->addWidget(m_submissionStack, 1);
    layout->addLayout(legend);
    return tab;
}

QWidget *ClassesPage::createAttemptsTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("attemptsTab"));

    m_attemptNotice = secondaryLabel(QString(), tab);
    m_attemptNotice->setObjectName(QStringLiteral("attemptNotice"));
    m_attemptNotice->hide();

    m_attemptView = new QTableView(tab);
    m_attemptView->setObjectName(QStringLiteral("attemptMatrix"));
    m_attemptView->setAccessibleName(tr("Quiz attempts of the class"));
    m_attemptView->setModel(m_attempts);
    m_attemptView->setItemDelegate(new IsolatingItemDelegate(m_attemptView));
    setUpTable(m_attemptView);
    m_attemptView->setSortingEnabled(false);  // the model's order: the roster's
    m_attemptView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_attemptView->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_attemptView, &QTableView::activated, this, &ClassesPage::activateRow);

    m_attemptStack = new QStackedWidget(tab);
    m_attemptStack->addWidget(m_attemptView);
    m_attemptStack->addWidget(sentenceLabel(tab, QStringLiteral("attemptSentence")));

    auto *hint = secondaryLabel(tr("Each cell: the attempts, the best grade and how long that attempt took. Point "
                                   "at a cell to see every attempt."),
                                tab);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_attemptNotice);
    layout->addWidget(m_attemptStack, 1);
    layout->addWidget(hint);
    return tab;
}

QWidget *ClassesPage::createCompetenciesTab()
{
    auto *tab = new QWidget(this);
    tab->setObjectName(QStringLiteral("competenciesTab"));

    m_competencyChart = new CompetencyChart(tab);

    m_competencyView = new QTableView(tab);
    m_competencyView->setObjectName(QStringLiteral("competencyMatrix"));
    m_competencyView->setAccessibleName(tr("Competencies of the class"));
    m_competencyView->setModel(m_competencies);
    m_competencyView->setItemDelegate(new IsolatingItemDelegate(m_competencyView));
    setUpTable(m_competencyView);
    m_competencyView->setSortingEnabled(false);  // the model's order: the roster's
    m_competencyView->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_competencyView->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_competencyView, &QTableView::activated, this, &ClassesPage::activateRow);

    // The chart above the matrix; the split can be moved.
    auto *split = new QSplitter(Qt::Vertical, tab);
    split->setChildrenCollapsible(false);
    split->addWidget(m_competencyChart);
    split->addWidget(m_competencyView);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);

    m_competencyStack = new QStackedWidget(tab);
    m_competencyStack->addWidget(split);
    m_competencyStack->addWidget(sentenceLabel(tab, QStringLiteral("competencySentence")));

    auto *hint = secondaryLabel(tr("Each cell: the learner's rating in this course, ✓ when it is proficient. Point at "
                                   "a cell or a column title for the competency's description."),
                                tab);

    auto *layout = new QVBoxLayout(tab);
    layout->setContentsMargins(0, 10, 0, 0);
    layout->setSpacing(8);
    layout->addWidget(m_competencyStack, 1);
    layout->addWidget(hint);
    return tab;
}

void ClassesPage::fillAssignmentFilter()
{
    const int currentColumn = m_submissionFilter->assignmentColumn();
    const QVariant currentId =
        m_submissions->headerData(currentColumn, Qt::Horizontal, SubmissionMatrixModel::AssignmentIdRole);
    const QSignalBlocker blocker(m_submissionAssignment);
    m_submissionAssignment->clear();
    m_submissionAssignment->addItem(tr("any assignment"), -1);
    int index = 0;
    for (int column = 1; column < m_submissions->columnCount(); ++column) {
        m_submissionAssignment->addItem(m_submissions->columnTitle(column), column);
        if (currentId.isValid()
            && m_submissions->headerData(column, Qt::Horizontal, SubmissionMatrixModel::AssignmentIdRole) == currentId)
            index = m_submissionAssignment->count() - 1;
    }
    m_submissionAssignment->setCurrentIndex(index);
    m_submissionFilter->setAssignmentColumn(m_submissionAssignment->itemData(index).toInt());
    m_submissionAssignment->setEnabled(m_submissionAssignment->count() > 1);
}

QString ClassesPage::submissionNotice() const
{
    return m_submissionStack->currentIndex() == 1
        ? m_submissionStack->findChild<QLabel *>(QStringLiteral("submissionSentence"))->text()
        : m_submissionNotice->text();
}

QString ClassesPage::attemptNotice() const
{
    return m_attemptStack->currentIndex() == 1
        ? m_attemptStack->findChild<QLabel *>(QStringLiteral("attemptSentence"))->text()
        : m_attemptNotice->text();
}

QString ClassesPage::competencyNotice() const
{
    return m_competencyStack->currentIndex() == 1
        ? m_competencyStack->findChild<QLabel *>(QStringLiteral("competencySentence"))->text()
        : QString();
}

QString ClassesPage::submissionCountText() const
{
    return m_submissionCount->text();
}

void ClassesPage::updateClassWorkNotices()
{
    // Submissions: a sentence instead of the matrix where it would be empty or say "not submitted" of work the site
    // did not show; a line above it when only the grades are missing.
    QString sentence;
    QString notice;
    if (m_submissions->rowCount() > 0 || !m_submissions->lastError().isEmpty()) {
        if (!m_submissions->isSynced())
            sentence = tr("The submissions of this class are not on this computer yet. They arrive with the next "
                          "sync.");
        else if (!m_submissions->submissionsRefused().isEmpty())
            sentence = tr("The site does not share this class's submissions with you (%1), so Satchel cannot show "
                          "who handed in what. The grades you can see are in the Grades tab.")
                           .arg(m_submissions->submissionsRefused());
        else if (m_submissions->columnCount() <= 1)
            sentence = tr("This course has no assignments.");
        else if (!m_submissions->gradesRefused().isEmpty())
            notice = tr("The site does not share the assignments' grades with you (%1): no grades are shown here.")
                         .arg(m_submissions->gradesRefused());
    }
    m_submissionStack->findChild<QLabel *>(QStringLiteral("submissionSentence"))->setText(sentence);
    m_submissionStack->setCurrentIndex(sentence.isEmpty() ? 0 : 1);
    m_submissionNotice->setText(notice);
    m_submissionNotice->setVisible(!notice.isEmpty());
    m_submissionShow->setEnabled(sentence.isEmpty());
    m_submissionAssignment->setEnabled(sentence.isEmpty() && m_submissionAssignment->count() > 1);

    sentence.clear();
    if (m_attempts->rowCount() > 0 || !m_attempts->lastError().isEmpty()) {
        if (!m_attempts->isSynced())
            sentence = tr("The quiz attempts of this class are not on this computer yet. They arrive with the next "
                          "sync.");
        else if (!m_attempts->attemptsRefused().isEmpty())
            sentence = tr("The site does not share this class's quiz attempts with you (%1).")
                           .arg(m_attempts->attemptsRefused());
        else if (m_attempts->columnCount() <= 1)
            sentence = tr("This course has no quizzes.");
    }
    m_attemptStack->findChild<QLabel *>(QStringLiteral("attemptSentence"))->setText(sentence);
    m_attemptStack->setCurrentIndex(sentence.isEmpty() ? 0 : 1);

    sentence.clear();
    if (m_competencies->rowCount() > 0 || !m_competencies->lastError().isEmpty()) {
        if (!m_competencies->isSynced())
            sentence = tr("The competencies of this class are not on this computer yet. They arrive with the next "
                          "sync.");
        else if (!m_competencies->competenciesRefused().isEmpty())
            sentence = tr("The site does not share this class's competencies with you (%1).")
                           .arg(m_competencies->competenciesRefused());
        else if (m_competencies->columnCount() <= 1)
            sentence = tr("No competencies are linked to this course.");
    }
    m_competencyStack->findChild<QLabel *>(QStringLiteral("competencySentence"))->setText(sentence);
    m_competencyStack->setCurrentIndex(sentence.isEmpty() ? 0 : 1);
    updateCompetencyChart();
}

void ClassesPage::updateCompetencyChart()
{
    QStringList names;
    QList<int> proficient;
    for (int column = 1; column < m_competencies->columnCount(); ++column) {
        names << m_competencies->columnTitle(column);
        proficient << m_competencies->proficientCount(column);
    }
    m_competencyChart->setShares(names, proficient, m_competencies->rowCount());
}

void ClassesPage::keepParticipant(qint64 userId)
{
    // Keep the selection when the person is still listed; otherwise the first match, so Enter opens it.
    const int sourceRow = m_participants->rowOfUser(userId);
    QModelIndex index =
        sourceRow < 0 ? QModelIndex() : m_participantFilter->mapFromSource(m_participants->index(sourceRow, 0));
    if (!index.isValid())
        index = m_participantFilter->index(0, 0);
    if (index.isValid()) {
        m_participantView->selectionModel()->setCurrentIndex(
            index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_participantView->scrollTo(index);
    }
}

void ClassesPage::fillCourses()
{
    const qint64 current = m_courseId;
    const Result<QList<qint64>> taught = ClassRepository(m_connection.database()).taughtCourseIds();
    if (!taught) {
        // The classes listed so far stay.
        readFailed(taught.error());
        loadCourse(m_courseId);
        return;
    }
    CourseRepository courses(m_connection.database());
    {
        const QSignalBlocker blocker(m_courseCombo);
        m_courseCombo->clear();
        for (const qint64 id : *taught) {
            const Result<std::optional<Course>> read = courses.course(id);
            if (!read)
                readFailed(read.error());
            const std::optional<Course> course = read.valueOr(std::nullopt);
            QString name = course ? course->fullName : QString();
            if (name.isEmpty())
                name = course && !course->shortName.isEmpty() ? course->shortName : tr("Course %1").arg(id);
            const QString text = course && !course->shortName.isEmpty() && course->shortName != name
                ? tr("%1 (%2)").arg(InertText::isolated(name), InertText::isolated(course->shortName))
                : name;
            m_courseCombo->addItem(text, id);
        }
        int index = m_courseCombo->findData(current);
        if (index < 0 && m_courseCombo->count() > 0)
            index = 0;
        m_courseCombo->setCurrentIndex(index);
    }
    loadCourse(m_courseCombo->currentIndex() >= 0 ? m_courseCombo->currentData().toLongLong() : 0);
}

void ClassesPage::courseChosen(int index)
{
    m_readError.clear();
    loadCourse(index >= 0 ? m_courseCombo->itemData(index).toLongLong() : 0);
}

bool ClassesPage::showCourse(qint64 courseId)
{
    const int index = m_courseCombo->findData(courseId);
    if (index < 0)
        return false;
    m_courseCombo->setCurrentIndex(index);
    return true;
}

void ClassesPage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ClassesPage::loadCourse(qint64 courseId)
{
    const bool other = courseId != m_courseId;
    m_courseId = courseId;
    if (other) {
        m_message->clear();
        m_participants->setCourse(courseId);
        m_attentionView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_attentionSort->sort(-1);
        m_attention->setCourse(courseId);
        // Another class: its columns are other items, so the sort and the activity filter go.
        m_gradeView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_completionView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        {
            const QSignalBlocker blocker(m_activityNotCompleted);
            m_activityNotCompleted->setChecked(false);
        }
        m_completionFilter->setActivityNotCompleted(-1);
        m_submissionView->horizontalHeader()->setSortIndicator(-1, Qt::AscendingOrder);
        m_grades->setCourse(courseId);
        m_completion->setCourse(courseId);
        m_submissions->setCourse(courseId);
        m_attempts->setCourse(courseId);
        m_competencies->setCourse(courseId);
        m_submissionFilter->setAssignmentColumn(-1);
        fillAssignmentFilter();
        updateClassWorkNotices();
        updateAttention();
        fillGroups();
        fitColumns();
        m_histogramColumn = -1;
        showHistogramOf(m_grades->columnOfCourseTotal() > 0 ? m_grades->columnOfCourseTotal()
                                                            : (m_grades->columnCount() > 1 ? 1 : -1));
        if (m_participantFilter->rowCount() > 0)
            m_participantView->setCurrentIndex(m_participantFilter->index(0, 0));
    }
    const bool hasClass = m_participants->rowCount() > 0;
    m_empty->setText(courseId == 0 ? tr("You do not teach any course on this site.")
                                   : tr("No class data for this course on this computer yet. It arrives with the "
                                        "next sync."));
    // "No class data" only for a class that was read: unread is not empty.
    m_stack->setCurrentIndex(hasClass || !m_participants->lastError().isEmpty() ? 0 : 1);
    m_exportCsv->setEnabled(hasClass);
    m_exportCommCare->setEnabled(hasClass);
    m_exportWork->setEnabled(hasClass);
    m_exportAttention->setEnabled(hasClass && m_attention->rowCount() > 0);
    updateSyncedText();
    updateCounts();
    updateActivityFilter();
    reportStorageError();
}

QString ClassesPage::storageError() const
{
    for (const QString &error : {m_readError, m_attention->lastError(), m_participants->lastError(),
                                 m_grades->lastError(), m_completion->lastError(), m_submissions->lastError(),
                                 m_attempts->lastError(), m_competencies->lastError()}) {
        if (!error.isEmpty())
            return error;
    }
    return QString();
}

void ClassesPage::readFailed(const QString &detail)
{
    if (m_readError.isEmpty())
        m_readError = detail;
}

void ClassesPage::reportStorageError()
{
    if (const QString error = storageError(); !error.isEmpty())
        Q_EMIT storageFailed(error);
}

void ClassesPage::fillGroups()
{
    const qint64 current = m_groupFilter->currentIndex() >= 0 ? m_groupFilter->currentData().toLongLong() : 0;
    const QSignalBlocker blocker(m_groupFilter);
    m_groupFilter->clear();
    m_groupFilter->addItem(tr("All groups"), qint64(0));
    for (const CourseGroup &group : m_participants->groups())
        m_groupFilter->addItem(group.name, group.id);
    const int index = std::max(0, m_groupFilter->findData(current));
    m_groupFilter->setCurrentIndex(index);
    m_participantFilter->setGroupId(m_groupFilter->itemData(index).toLongLong());
    m_groupFilter->setEnabled(m_groupFilter->count() > 1);
}

void ClassesPage::fitColumns()
{
    const int em = fontMetrics().averageCharWidth();
    fitColumnsOf(m_attentionView, em * 28, em * 10, em * 40);
    fitColumnsOf(m_participantView, em * 32, em * 8, em * 40);
    fitColumnsOf(m_gradeView, em * 28, em * 9, em * 24);
    fitColumnsOf(m_completionView, em * 28, em * 9, em * 14);
    fitColumnsOf(m_submissionView, em * 28, em * 9, em * 30);
    fitColumnsOf(m_attemptView, em * 28, em * 9, em * 30);
    fitColumnsOf(m_competencyView, em * 28, em * 12, em * 30);
}

void ClassesPage::applyChange(const DataChange &change)
{
    if (change.isEverything() || (change.scope == DataChange::Scope::Class && change.courseId == m_courseId))
        reload();
}

void ClassesPage::reload()
{
    // What the person is looking at, to find it again if a model resets.
    const auto remember = [](QTableView *view) {
        const QModelIndex current = view->currentIndex();
        return std::pair<qint64, int>(current.isValid() ? current.siblingAtColumn(0).data(kUserIdRole).toLongLong() : 0,
                                      current.isValid() ? current.column() : 0);
    };
    const auto attention = remember(m_attentionView);
    const auto participant = remember(m_participantView);
    const auto grade = remember(m_gradeView);
    const auto completion = remember(m_completionView);
    const auto submission = remember(m_submissionView);
    const auto attempt = remember(m_attemptView);
    const auto competency = remember(m_competencyView);
    const int participantScroll = m_participantView->verticalScrollBar()->value();

    m_readError.clear();
    fillCourses();
    if (m_courseId == 0)
        return;
    m_participants->reload();
    m_attention->reload();
    m_grades->reload();
    m_completion->reload();
    m_submissions->reload();
    m_attempts->reload();
    m_competencies->reload();
    fillGroups();
    fillAssignmentFilter();
    updateClassWorkNotices();
    updateAttention();
    showHistogramOf(m_histogramColumn);

    // Put back a selection a reset took away (the same people keep theirs without one).
    const auto restore = [](QTableView *view, std::pair<qint64, int> where) {
        if (where.first == 0 || view->currentIndex().isValid())
            return;
        QAbstractItemModel *model = view->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row, 0);
            if (index.data(kUserIdRole).toLongLong() == where.first) {
                view->setCurrentIndex(model->index(row, std::min(where.second, model->columnCount() - 1)));
                return;
            }
        }
    };
    restore(m_attentionView, attention);
    restore(m_participantView, participant);
    restore(m_gradeView, grade);
    restore(m_completionView, completion);
    restore(m_submissionView, submission);
    restore(m_attemptView, attempt);
    restore(m_competencyView, competency);
    m_participantView->verticalScrollBar()->setValue(participantScroll);
    updateCounts();
    reportStorageError();
}

void ClassesPage::updateSyncedText()
{
    const Result<std::optional<qint64>> read = m_courseId == 0
        ? std::nullopt
        : SyncStateRepository(m_connection.database()).lastSuccess(SyncStateRepository::classScope(m_courseId));
    if (!read) {
        // Not "never synced": the line keeps what it said.
        readFailed(read.error());
        return;
    }
    const std::optional<qint64> &last = *read;
    m_synced->setText(last ? tr("Class data last synced %1").arg(SyncStatusBar::relativeTime(*last, m_clock->now()))
                           : tr("Class data never synced"));
}

QString ClassesPage::syncedText() const
{
    return m_synced->text();
}

void ClassesPage::updateCounts()
{
    const int total = m_participants->rowCount();
    const int shown = m_participantFilter->rowCount();
    if (shown == total)
        m_participantCount->setText(total == 1 ? tr("1 participant") : tr("%Ln participants", "n != 1", total));
    else
        m_participantCount->setText(tr("%L1 of %Ln participants", nullptr, total).arg(shown));

    const int learners = m_completion->rowCount();
    const int listed = m_completionFilter->rowCount();
    if (listed == learners)
        m_completionCount->setText(learners == 1 ? tr("1 learner") : tr("%Ln learners", "n != 1", learners));
    else
        m_completionCount->setText(tr("%L1 of %Ln learners", nullptr, learners).arg(listed));

    const int withWork = m_submissions->rowCount();
    const int shownWork = m_submissionFilter->rowCount();
    if (shownWork == withWork)
        m_submissionCount->setText(withWork == 1 ? tr("1 learner") : tr("%Ln learners", "n != 1", withWork));
    else
        m_submissionCount->setText(tr("%L1 of %Ln learners", nullptr, withWork).arg(shownWork));
}

QString ClassesPage::participantCountText() const
{
    return m_participantCount->text();
}

void ClassesPage::updateActivityFilter()
{
    // While the filter is on it stays with its activity; otherwise it offers the selected one.
    int column = m_completionFilter->activityNotCompleted();
    if (column < 0) {
        const QModelIndex current = m_completionView->currentIndex();
        column = current.isValid() ? m_completionFilter->mapToSource(current).column() : -1;
    }
    const bool activity = m_completion->isActivityColumn(column);
    m_activityNotCompleted->setEnabled(activity || m_activityNotCompleted->isChecked());
    // A check box does not wrap: an activity's name of any length is shortened to about 40 characters' width.
    const QFontMetrics metrics = m_activityNotCompleted->fontMetrics();
    m_activityNotCompleted->setText(
        activity ? tr("Only learners who have not completed “%1”")
                       .arg(InertText::isolated(metrics.elidedText(m_completion->columnTitle(column), Qt::ElideRight,
                                                                   40 * metrics.averageCharWidth())))
                 : tr("Only learners who have not completed the selected activity"));
    m_activityNotCompleted->setToolTip(activity ? QString() : tr("Select a cell of an activity first"));
}

void ClassesPage::showHistogramOf(int column)
{
    if (column < 1 || column >= m_grades->columnCount()) {
        m_histogramColumn = -1;
        m_histogram->clear(m_grades->rowCount() == 0 ? tr("No grades for this class yet.")
                                                     : tr("Select a grade item to see how the class did."));
        return;
    }
    m_histogramColumn = column;
    m_histogram->setDistribution(m_grades->columnTitle(column), m_grades->percentages(column), m_grades->rowCount());
}

void ClassesPage::activateRow(const QModelIndex &index)
{
    if (!index.isValid())
        return;
    const qint64 userId = index.siblingAtColumn(0).data(kUserIdRole).toLongLong();
    if (userId != 0)
        openStudent(userId);
}

StudentDetailsDialog *ClassesPage::openStudent(qint64 userId)
{
    if (m_courseId == 0 || m_participants->rowOfUser(userId) < 0)
        return nullptr;
    auto *dialog = new StudentDetailsDialog(m_connection.database(), m_courseId, userId, m_clock, this);
    if (!dialog->storageError().isEmpty())
        Q_EMIT storageFailed(dialog->storageError());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ClassesPage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && m_missingSwatch)
        m_missingSwatch->setPixmap(missingSwatch(palette()).pixmap(QSize(14, 14), devicePixelRatioF()));
}

bool ClassesPage::eventFilter(QObject *watched, QEvent *event)
{
    // From the search field, Down goes to the list and Enter opens the selected (or only) participant.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if ((key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter)
            && m_participantFilter->rowCount() > 0) {
            QModelIndex current = m_participantView->currentIndex();
            if (!current.isValid()) {
                current = m_participantFilter->index(0, 0);
                m_participantView->setCurrentIndex(current);
            }
            if (key == Qt::Key_Down)
                m_participantView->setFocus(Qt::TabFocusReason);
            else
                activateRow(current);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ClassesPage::exportClass(ClassExport::Format format)
{
    if (m_courseId == 0)
        return;
    const QString path =
        askExportPath(ClassExport::suggestedFileName(m_connection.database(), m_courseId, format), exportTitle(format));
    if (!path.isEmpty())
        exportTo(format, path);
}

QString ClassesPage::askExportPath(const QString &fileName, const QString &title)
{
    QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (folder.isEmpty())
        folder = QDir::homePath();
    const QString suggested = QDir(folder).filePath(fileName);
    return m_chooseFile ? m_chooseFile(suggested)
                        : QFileDialog::getSaveFileName(this, title, suggested, tr("CSV files (*.csv);;All files (*)"));
}

QString ClassesPage::exportTitle(ClassExport::Format format) const
{
    switch (format) {
    case ClassExport::Format::Csv:
        return tr("Export the class as CSV");
    case ClassExport::Format::CommCare:
        return tr("Export the class for CommCare");
    case ClassExport::Format::Submissions:
        return tr("Export the class's submissions as CSV");
    case ClassExport::Format::Attempts:
        return tr("Export the class's quiz attempts as CSV");
    case ClassExport::Format::Competencies:
        return tr("Export the class's competencies as CSV");
    }
    return QString();
}

bool ClassesPage::exportTo(ClassExport::Format format, const QString &path)
{
    QString error;
    const QByteArray bytes = ClassExport::exportClass(m_connection.database(), m_courseId, format, &error);
    return saveExport(path, bytes, error);
}

void ClassesPage::exportAttention()
{
    if (m_courseId == 0)
        return;
    const QString path =
        askExportPath(ClassExport::suggestedFileName(m_connection.database(), m_courseId, QStringLiteral("attention")),
                      tr("Export the Attention list as CSV"));
    if (!path.isEmpty())
        exportAttentionTo(path);
}

bool ClassesPage::exportAttentionTo(const QString &path)
{
    // What the list shows now, rules included: the file says what the teacher saw.
    m_attention->reload();
    if (!m_attention->lastError().isEmpty())
        return saveExport(path, QByteArray(), m_attention->lastError());
    return saveExport(path, AttentionList::toCsv(m_attention->entries()), QString());
}

void ClassesPage::setAttentionRules(const AttentionRules &rules)
{
    m_attention->setRules(rules);
    updateAttention();
}

QString ClassesPage::attentionText() const
{
    return m_attentionStack->currentIndex() == 0
        ? m_attentionRules->text()
        : m_attentionStack->findChild<QLabel *>(QStringLiteral("attentionSentence"))->text();
}

void ClassesPage::updateAttention()
{
    const int listed = m_attention->rowCount();
    m_attentionRules->setText(m_attention->rulesText());
    QString sentence;
    if (listed == 0 && m_attention->lastError().isEmpty() && m_participants->rowCount() > 0)
        sentence =
            tr("Nobody in this class needs attention by these rules.") + QLatin1Char('\n') + m_attention->rulesText();
    m_attentionStack->findChild<QLabel *>(QStringLiteral("attentionSentence"))->setText(sentence);
    m_attentionStack->setCurrentIndex(sentence.isEmpty() ? 0 : 1);
    m_attentionRules->setVisible(sentence.isEmpty());
    m_exportAttention->setEnabled(listed > 0);
    // The count on the tab: seen from every other tab.
    m_tabs->setTabText(AttentionTab, listed > 0 ? tr("&Attention (%L1)").arg(listed) : tr("&Attention"));
}

bool ClassesPage::saveExport(const QString &path, const QByteArray &bytes, const QString &error)
{
    if (bytes.isEmpty()) {
        m_message->showMessage(InlineMessage::Type::Error,
                               tr("There is nothing to export for this class yet. Sync, then try again."), error);
        return false;
    }
    const QString name = QFileInfo(path).fileName();
    QString writeError;
    if (!DataDirectory::writePrivateFile(path, bytes, &writeError)) {
        m_message->showMessage(InlineMessage::Type::Error,
                               tr("Satchel could not save “%1”. Choose another folder or file name.").arg(name),
                               writeError);
        return false;
    }
    m_message->showMessage(InlineMessage::Type::Information,
                           tr("Saved “%1” in %2.").arg(name, QDir::toNativeSeparators(QFileInfo(path).absolutePath())));
    return true;
}
