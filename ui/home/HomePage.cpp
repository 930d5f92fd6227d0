#include "HomePage.h"

#include "widgets/InertText.h"
#include "widgets/IsolatingItemDelegate.h"
#include "widgets/PageLayout.h"

#include "DeadlineListModel.h"

#include "common/Clock.h"
#include "store/ClassRepository.h"
#include "store/CourseRepository.h"
#include "store/GradeRepository.h"
#include "store/SiteRepository.h"

#include <QDateTime>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QScrollArea>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <algorithm>

namespace {
constexpr int kMaxDeadlineRows = 10;
constexpr int kMaxCourseRows = 8;
constexpr int kRecentGrades = 5;

using Cells = QList<QMap<int, QVariant>>;

QLabel *valueLabel(const QString &text, QWidget *parent)
{
    QLabel *label = InertText::label(text, parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

QLabel *keyLabel(const QString &text, QWidget *parent)
{
    QLabel *label = InertText::label(text, parent);
    // Level with the first line when a long value wraps.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QLabel *emptyLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    QLabel *label = InertText::label(text, parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    label->setContentsMargins(2, 4, 2, 4);
    label->hide();
    return label;
}

QTreeView *listView(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTreeView(parent);
    view->setObjectName(objectName);
    view->setItemDelegate(new IsolatingItemDelegate(view));
    view->setAccessibleName(accessibleName);
    view->setRootIsDecorated(false);
    view->setUniformRowHeights(true);
    view->setAlternatingRowColors(true);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setItemsExpandable(false);
    view->setTextElideMode(Qt::ElideRight);
    view->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // The dashboard scrolls as a whole; the lists are as tall as their rows (up to a limit).
    view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    // Room around the text of every row; the palette still draws the colours.
    view->setStyleSheet(QStringLiteral("QTreeView::item { padding: 3px 4px; }"));
    return view;
}

// Replaces the rows of a small list. The same rows in the same order are updated in place, so the
// selection stays; otherwise the rows are rebuilt and the selection is found again by key.
void updateRows(QStandardItemModel *model, QTreeView *view, const QList<Cells> &rows)
{
    bool same = model->rowCount() == rows.size();
    for (int row = 0; same && row < rows.size(); ++row)
        same = model->index(row, 0).data(HomePage::KeyRole) == rows.at(row).value(0).value(HomePage::KeyRole);
    if (same) {
        for (int row = 0; row < rows.size(); ++row) {
            for (int column = 0; column < rows.at(row).size(); ++column) {
                QStandardItem *item = model->item(row, column);
                item->clearData();
                const QMap<int, QVariant> &cell = rows.at(row).at(column);
                for (auto it = cell.cbegin(); it != cell.cend(); ++it)
                    item->setData(it.value(), it.key());
            }
        }
        return;
    }
    const QVariant currentKey = view->currentIndex().data(HomePage::KeyRole);
    model->removeRows(0, model->rowCount());
    for (const Cells &cells : rows) {
        QList<QStandardItem *> items;
        for (const QMap<int, QVariant> &cell : cells) {
            auto *item = new QStandardItem;
            item->setEditable(false);
            for (auto it = cell.cbegin(); it != cell.cend(); ++it)
                item->setData(it.value(), it.key());
            items << item;
        }
        model->appendRow(items);
    }
    if (currentKey.isValid()) {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 0).data(HomePage::KeyRole) == currentKey) {
                view->setCurrentIndex(model->index(row, 0));
                break;
            }
        }
    }
}

QMap<int, QVariant> cell(const QString &text, const QString &toolTip = {})
{
    QMap<int, QVariant> roles{{Qt::DisplayRole, text}};
    if (!toolTip.isEmpty())
        roles.insert(Qt::ToolTipRole, InertText::toolTip(toolTip));
    return roles;
}
}  // namespace

HomePage::HomePage(const Account &account, QWidget *parent) : QWidget(parent)
{
    m_fallbackName = account.fullName.isEmpty() ? account.username : account.fullName;
    buildCommon();
    buildAccountCard(account);
    reloadGreeting();
}

HomePage::HomePage(StoreConnection connection, qint64 userId, const Clock *clock, QWidget *parent) : QWidget(parent)
{
    buildCommon();
    setDatabase(std::move(connection), userId, clock);
}

void HomePage::buildCommon()
{
    setObjectName(QStringLiteral("homePage"));
    setAccessibleName(tr("Home"));

    m_greeting = new QLabel(this);
    m_greeting->setObjectName(QStringLiteral("greeting"));
    m_greeting->setTextFormat(Qt::PlainText);
    // Long names wrap instead of forcing the window wider.
    m_greeting->setWordWrap(true);
    QFont font = m_greeting->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    m_greeting->setFont(font);

    m_subtitle = new QLabel(this);
    m_subtitle->setObjectName(QStringLiteral("subtitle"));
    m_subtitle->setTextFormat(Qt::PlainText);
    m_subtitle->setWordWrap(true);
    m_subtitle->setForegroundRole(QPalette::PlaceholderText);
    m_subtitle->hide();

    auto *content = new QWidget;
    content->setObjectName(QStringLiteral("homeContent"));
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(28, 24, 28, 24);
    layout->setSpacing(10);
    layout->addWidget(m_greeting);
    layout->addWidget(m_subtitle);
    layout->addStretch();

    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("homeScroll"));
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidgetResizable(true);
    m_scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->setWidget(content);
    // The page background, not the scroll area's base colour.
    m_scroll->viewport()->setBackgroundRole(QPalette::Window);
    content->setBackgroundRole(QPalette::Window);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_scroll);
}

void HomePage::buildAccountCard(const Account &account)
{
    auto *layout = qobject_cast<QVBoxLayout *>(m_scroll->widget()->layout());
    const QString site = account.siteName.isEmpty() ? account.siteUrl.host() : account.siteName;

    m_intro = InertText::label(tr("Your courses, deadlines and grades from %1 will appear here after the first "
                                  "sync. Satchel keeps a copy on this computer, so you can read them offline.")
                                   .arg(site),
                               m_scroll->widget());
    m_intro->setObjectName(QStringLiteral("intro"));
    m_intro->setWordWrap(true);

    // Which account this is, for people with more than one Moodle site.
    m_accountCard = new QFrame(m_scroll->widget());
    m_accountCard->setObjectName(QStringLiteral("accountCard"));
    m_accountCard->setAccessibleName(tr("Account"));
    m_accountCard->setStyleSheet(QStringLiteral("QFrame#accountCard { background: palette(base); "
                                                "border: 1px solid palette(mid); border-radius: 6px; }"));
    auto *cardTitle = new QLabel(tr("Your account"), m_accountCard);
    QFont cardFont = cardTitle->font();
    cardFont.setBold(true);
    cardTitle->setFont(cardFont);
    auto *details = new QFormLayout;
    details->setHorizontalSpacing(16);
    details->setVerticalSpacing(6);
    details->setLabelAlignment(Qt::AlignLeft | Qt::AlignTop);
    details->addRow(keyLabel(tr("Site:"), m_accountCard), valueLabel(site, m_accountCard));
    details->addRow(keyLabel(tr("Address:"), m_accountCard), valueLabel(account.siteUrl.toString(), m_accountCard));
    details->addRow(keyLabel(tr("Username:"), m_accountCard), valueLabel(account.username, m_accountCard));
    if (account.signedInAt.isValid())
        details->addRow(
            keyLabel(tr("Signed in:"), m_accountCard),
            valueLabel(QLocale().toString(account.signedInAt.toLocalTime().date(), QLocale::LongFormat)
                           + QLatin1Char(' ')
                           + QLocale().toString(account.signedInAt.toLocalTime().time(), QLocale::ShortFormat),
                       m_accountCard));
    auto *cardLayout = new QVBoxLayout(m_accountCard);
    cardLayout->setContentsMargins(16, 12, 16, 14);
    cardLayout->setSpacing(8);
    cardLayout->addWidget(cardTitle);
    cardLayout->addLayout(details);

    // Before the stretch at the end.
    const int at = layout->count() - 1;
    layout->insertWidget(at, m_intro);
    layout->insertSpacing(at + 1, 12);
    layout->insertWidget(at + 2, m_accountCard);
}

void HomePage::buildDashboard()
{
    auto *layout = qobject_cast<QVBoxLayout *>(m_scroll->widget()->layout());
    m_dashboard = new QWidget(m_scroll->widget());
    m_dashboard->setObjectName(QStringLiteral("dashboard"));

    // Due soon.
    auto *dueTitle = PageLayout::sectionTitle(tr("Due soon"), m_dashboard, 1.2);
    m_deadlineSummary = InertText::label(QString(), m_dashboard);
    m_deadlineSummary->setObjectName(QStringLiteral("deadlineSummary"));
    m_deadlineSummary->setForegroundRole(QPalette::PlaceholderText);
    auto *dueHeader = new QHBoxLayout;
    dueHeader->addWidget(dueTitle);
    dueHeader->addSpacing(8);
    dueHeader->addWidget(m_deadlineSummary, 1, Qt::AlignBottom);
    m_deadlineView = listView(QStringLiteral("deadlines"), tr("Due soon"), m_dashboard);
    dueTitle->setBuddy(m_deadlineView);
    m_noDeadlines = emptyLabel(tr("Nothing due in the next weeks. New assignments and quizzes show up here after "
                                  "the next sync."),
                               QStringLiteral("noDeadlines"), m_dashboard);

    // Courses in progress.
    auto *coursesTitle = PageLayout::sectionTitle(tr("Courses in progress"), m_dashboard, 1.2);
    m_coursesModel = new QStandardItemModel(0, 3, this);
    m_coursesModel->setObjectName(QStringLiteral("coursesInProgressModel"));
    m_coursesModel->setHorizontalHeaderLabels({tr("Course"), tr("Name"), tr("Completion")});
    m_coursesView = listView(QStringLiteral("coursesInProgress"), tr("Courses in progress"), m_dashboard);
    m_coursesView->setModel(m_coursesModel);
    m_coursesView->header()->setStretchLastSection(false);
    m_coursesView->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_coursesView->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_coursesView->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    coursesTitle->setBuddy(m_coursesView);
    m_noCourses = emptyLabel(tr("No courses in progress. Completed courses and courses without completion "
                                "tracking are not listed here."),
                             QStringLiteral("noCourses"), m_dashboard);

    // Recent grades.
    auto *gradesTitle = PageLayout::sectionTitle(tr("Recent grades"), m_dashboard, 1.2);
    m_gradesModel = new QStandardItemModel(0, 4, this);
    m_gradesModel->setObjectName(QStringLiteral("recentGradesModel"));
    m_gradesModel->setHorizontalHeaderLabels({tr("Grade item"), tr("Course"), tr("Grade"), tr("Graded")});
    m_gradesView = listView(QStringLiteral("recentGrades"), tr("Recent grades"), m_dashboard);
    m_gradesView->setModel(m_gradesModel);
    m_gradesView->header()->setStretchLastSection(false);
    m_gradesView->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int column = 1; column < 4; ++column)
        m_gradesView->header()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    gradesTitle->setBuddy(m_gradesView);
    m_noGrades = emptyLabel(tr("No grades yet. Grades appear here as soon as your teachers grade your work."),
                            QStringLiteral("noRecentGrades"), m_dashboard);
    connect(m_gradesView, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT gradesRequested(index.siblingAtColumn(0).data(CourseIdRole).toLongLong());
    });

    auto *coursesColumn = new QVBoxLayout;
    coursesColumn->setSpacing(6);
    coursesColumn->addWidget(coursesTitle);
    coursesColumn->addWidget(m_coursesView);
    coursesColumn->addWidget(m_noCourses);
    coursesColumn->addStretch();
    auto *gradesColumn = new QVBoxLayout;
    gradesColumn->setSpacing(6);
    gradesColumn->addWidget(gradesTitle);
    gradesColumn->addWidget(m_gradesView);
    gradesColumn->addWidget(m_noGrades);
    gradesColumn->addStretch();
    auto *columns = new QHBoxLayout;
    columns->setSpacing(24);
    columns->addLayout(coursesColumn, 1);
    columns->addLayout(gradesColumn, 1);

    auto *dashboardLayout = new QVBoxLayout(m_dashboard);
    dashboardLayout->setContentsMargins(0, 8, 0, 0);
    dashboardLayout->setSpacing(6);
    dashboardLayout->addLayout(dueHeader);
    dashboardLayout->addWidget(m_deadlineView);
    dashboardLayout->addWidget(m_noDeadlines);
    dashboardLayout->addSpacing(18);
    dashboardLayout->addLayout(columns);

    layout->insertWidget(layout->count() - 1, m_dashboard);
    setTabOrder(m_deadlineView, m_coursesView);
    setTabOrder(m_coursesView, m_gradesView);
}

void HomePage::setDatabase(StoreConnection connection, qint64 userId, const Clock *clock)
{
    m_connection = std::move(connection);
    m_userId = userId;
    m_clock = clock ? clock : Clock::system();
    if (!m_dashboard)
        buildDashboard();

    // The deadline model reads one database; a new database gets a new model.
    delete m_deadlineModel;
    m_deadlineModel = new DeadlineListModel(m_connection, m_clock, this);
    m_deadlineModel->setObjectName(QStringLiteral("deadlineModel"));
    m_deadlineView->setModel(m_deadlineModel);
    QHeaderView *header = m_deadlineView->header();
    header->setStretchLastSection(false);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(DeadlineListModel::NameColumn, QHeaderView::Stretch);
    m_deadlineView->setIconSize(QSize(16, 16));

    // With data, the dashboard says it all; the account card is for the time before the first sync.
    if (m_intro)
        m_intro->hide();
    if (m_accountCard)
        m_accountCard->hide();
    m_subtitle->show();
    reload();
}

void HomePage::applyChange(const DataChange &)
{
    reload();
}

void HomePage::reload()
{
    m_storageError.clear();
    reloadGreeting();
    if (!m_connection.database().isValid())
        return;
    // Lists are refilled in place; the page keeps its scroll position because nothing is recreated.
    const int scroll = m_scroll->verticalScrollBar()->value();
    // A teacher's own lists are usually empty; say where their classes are instead.
    const Result<QList<qint64>> taught = ClassRepository(m_connection.database()).taughtCourseIds();
    if (!taught) {
        readFailed(taught.error());
    } else {
        const bool teaches = !taught->isEmpty();
        m_noCourses->setText(
            teaches ? tr("No courses in progress of your own. The classes you teach are on the Classes page.")
                    : tr("No courses in progress. Completed courses and courses without completion "
                         "tracking are not listed here."));
        m_noGrades->setText(teaches
                                ? tr("No grades of your own. Your classes' grades are on the Classes page.")
                                : tr("No grades yet. Grades appear here as soon as your teachers grade your work."));
    }
    reloadDeadlines();
    reloadCourses();
    reloadRecentGrades();
    m_scroll->verticalScrollBar()->setValue(scroll);
    if (!m_storageError.isEmpty())
        Q_EMIT storageFailed(m_storageError);
}

void HomePage::readFailed(const QString &detail)
{
    if (m_storageError.isEmpty())
        m_storageError = detail;
}

QString HomePage::greeting() const
{
    return m_greeting->text();
}

void HomePage::reloadGreeting()
{
    QString name = m_fallbackName;
    if (m_connection.database().isValid()) {
        const Result<std::optional<SiteInfo>> info = SiteRepository(m_connection.database()).siteInfo();
        if (!info)
            readFailed(info.error());
        else if (*info && !(*info)->fullName.isEmpty())
            name = (*info)->fullName;
    }
    m_greeting->setText(name.isEmpty() ? tr("Hello!") : tr("Hello, %1!").arg(InertText::isolated(name)));
    if (m_clock) {
        const QDate today = QDateTime::fromSecsSinceEpoch(m_clock->now()).toLocalTime().date();
        m_subtitle->setText(QLocale().toString(today, QLocale::LongFormat));
    }
}

void HomePage::reloadDeadlines()
{
    const QString currentKey = m_deadlineView->currentIndex().data(DeadlineListModel::KeyRole).toString();
    m_deadlineModel->reload();
    const bool read = m_deadlineModel->lastError().isEmpty();
    if (!read)
        readFailed(m_deadlineModel->lastError());
    if (!currentKey.isEmpty() && !m_deadlineView->currentIndex().isValid()) {
        const int row = m_deadlineModel->rowOfKey(currentKey);
        if (row >= 0)
            m_deadlineView->setCurrentIndex(m_deadlineModel->index(row, 0));
    }

    const int rows = m_deadlineModel->rowCount();
    int overdue = 0;
    for (int row = 0; row < rows; ++row)
        overdue += m_deadlineModel->deadline(row).overdue ? 1 : 0;
    const int upcoming = rows - overdue;
    QStringList summary;
    if (overdue == 1)
        summary << tr("1 overdue");
    else if (overdue > 1)
        summary << tr("%Ln overdue", "n >= 2", overdue);
    if (upcoming == 1)
        summary << tr("1 upcoming");
    else if (upcoming > 1)
        summary << tr("%Ln upcoming", "n >= 2", upcoming);
    m_deadlineSummary->setText(summary.join(QStringLiteral(" · ")));

    // Unread is not empty: "nothing due" only for a list that was read.
    m_deadlineView->setVisible(rows > 0);
    m_noDeadlines->setVisible(rows == 0 && read);
    PageLayout::fitToRows(m_deadlineView, kMaxDeadlineRows);
}

QPixmap HomePage::progressBar(double percent) const
{
    // Drawn for the screen's pixel ratio, in the palette's colours (redrawn when the palette changes).
    const QSize size(fontMetrics().averageCharWidth() * 14, std::max(6, fontMetrics().height() / 2));
    const qreal ratio = m_coursesView ? m_coursesView->devicePixelRatioF() : devicePixelRatioF();
    QPixmap pixmap(size * ratio);
    pixmap.setDevicePixelRatio(ratio);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    const QRectF track(0.5, 0.5, size.width() - 1.0, size.height() - 1.0);
    const qreal radius = track.height() / 2;
    QColor trackColor = palette().color(QPalette::Text);
    trackColor.setAlphaF(0.15f);
    painter.setBrush(trackColor);
    painter.drawRoundedRect(track, radius, radius);
    const double fraction = std::clamp(percent / 100.0, 0.0, 1.0);
    if (fraction > 0) {
        QRectF fill = track;
        fill.setWidth(std::max(track.height(), track.width() * fraction));
        // Right to left, the bar fills from the right, as the text reads.
        if (layoutDirection() == Qt::RightToLeft)
            fill.moveRight(track.right());
        painter.setBrush(palette().color(QPalette::Highlight));
        painter.drawRoundedRect(fill, radius, radius);
    }
    painter.end();
    return pixmap;
}

void HomePage::reloadCourses()
{
    const Result<QList<Course>> courses = CourseRepository(m_connection.database()).courses();
    if (!courses) {
        // The list keeps what it showed; without anything shown, no "no courses" either.
        readFailed(courses.error());
        m_noCourses->hide();
        return;
    }
    QList<Cells> rows;
    for (const Course &course : *courses) {
        // In progress: still open, on the dashboard, with completion tracking that says how far.
        if (course.completed || !course.visible || course.hidden || !course.progress)
            continue;
        const double percent = *course.progress;
        const QString percentText = tr("%1 %").arg(QLocale().toString(qRound(percent)));
        QMap<int, QVariant> shortName = cell(course.shortName, course.fullName);
        shortName.insert(KeyRole, course.id);
        shortName.insert(CourseIdRole, course.id);
        QMap<int, QVariant> progress = cell(percentText, tr("%1 complete").arg(percentText));
        progress.insert(Qt::DecorationRole, progressBar(percent));
        progress.insert(ProgressRole, percent);
        progress.insert(Qt::AccessibleTextRole, tr("%1 complete").arg(percentText));
        rows << Cells{shortName, cell(course.fullName, course.fullName), progress};
    }
    m_coursesView->setIconSize(progressBar(0).deviceIndependentSize().toSize());
    updateRows(m_coursesModel, m_coursesView, rows);
    m_coursesView->setVisible(!rows.isEmpty());
    m_noCourses->setVisible(rows.isEmpty());
    PageLayout::fitToRows(m_coursesView, kMaxCourseRows);
}

void HomePage::reloadRecentGrades()
{
    struct Graded
    {
        GradeItem item;
        QString course;
        QString courseName;
    };
    QList<Graded> graded;
    GradeRepository grades(m_connection.database());
    const auto failed = [this](const QString &error) {
        // The list keeps what it showed; without anything shown, no "no grades" either.
        readFailed(error);
        m_noGrades->hide();
    };
    const Result<QList<Course>> courses = CourseRepository(m_connection.database()).courses();
    if (!courses)
        return failed(courses.error());
    for (const Course &course : *courses) {
        const Result<QList<GradeItem>> items = grades.gradeItems(course.id, m_userId);
        if (!items)
            return failed(items.error());
        for (const GradeItem &item : *items) {
            // Work that was graded; category and course totals move with it and would only repeat it.
            if (item.gradedAt && !item.isCategory() && !item.isTotal())
                graded.append({item, course.shortName, course.fullName});
        }
    }
    std::stable_sort(graded.begin(), graded.end(),
                     [](const Graded &a, const Graded &b) { return *a.item.gradedAt > *b.item.gradedAt; });
    graded = graded.mid(0, kRecentGrades);

    QList<Cells> rows;
    const qint64 now = m_clock->now();
    for (const Graded &g : graded) {
        QMap<int, QVariant> name = cell(g.item.itemName.isEmpty() ? tr("Unnamed item") : g.item.itemName);
        name.insert(KeyRole, QStringLiteral("%1:%2").arg(g.item.courseId).arg(g.item.id));
        name.insert(CourseIdRole, g.item.courseId);
        const QString when = DeadlineListModel::absoluteText(*g.item.gradedAt);
        rows << Cells{name, cell(g.course, g.courseName),
                      cell(g.item.gradeFormatted.isEmpty() ? QStringLiteral("-") : g.item.gradeFormatted,
                           g.item.rangeFormatted.isEmpty() ? QString() : tr("Range: %1").arg(g.item.rangeFormatted)),
                      cell(DeadlineListModel::relativeText(*g.item.gradedAt, now), tr("Graded %1").arg(when))};
    }
    updateRows(m_gradesModel, m_gradesView, rows);
    m_gradesView->setVisible(!rows.isEmpty());
    m_noGrades->setVisible(rows.isEmpty());
    PageLayout::fitToRows(m_gradesView, kRecentGrades);
}

void HomePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // The completion bars are pictures in the palette's colours, and the list heights follow the font.
    if ((event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange)
        && m_connection.database().isValid())
        reloadCourses();
}
