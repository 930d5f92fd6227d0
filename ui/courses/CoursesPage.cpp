#include "CoursesPage.h"

#include "CourseListDelegate.h"
#include "CourseListModel.h"
#include "CoursePage.h"

#include "files/OfflineContent.h"

#include <QAction>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTreeView>
#include <QVBoxLayout>

CoursesPage::CoursesPage(StoreConnection connection, qint64 userId, const Clock *clock, QWidget *parent)
    : QWidget(parent), m_askAbove(OfflineContent::kDefaultAskAbove)
{
    setObjectName(QStringLiteral("coursesPage"));
    setAccessibleName(tr("Courses"));

    m_model = new CourseListModel(connection, this);
    m_filter = new QSortFilterProxyModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setFilterRole(CourseListModel::SearchTextRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_coursePage = new CoursePage(std::move(connection), userId, clock, this);
    connect(m_coursePage, &CoursePage::completionQueued, this, &CoursesPage::completionQueued);
    connect(m_coursePage, &CoursePage::storageFailed, this, &CoursesPage::storageFailed);

    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("coursesStack"));
    m_stack->addWidget(createListPage());
    m_stack->addWidget(createCoursePage());

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_stack);
    // Something is always current, so the keyboard starts on a course.
    if (m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    updateEmptyState();
}

void CoursesPage::setOfflineContent(OfflineContent *content)
{
    m_coursePage->setOfflineContent(content);
    if (m_content)
        disconnect(m_content, nullptr, this, nullptr);
    m_content = content;
    if (m_content) {
        // A run started anywhere (the course page, a sync) shows first in its progress.
        connect(m_content, &OfflineContent::progress, this, &CoursesPage::updateDownloadAll);
        connect(m_content, &OfflineContent::finished, this, &CoursesPage::updateDownloadAll);
        connect(m_content, &QObject::destroyed, this, [this] {
            m_content = nullptr;
            updateDownloadAll();
        });
    }
    updateDownloadAll();
}

bool CoursesPage::downloadAllCourses()
{
    // The state may have changed since the button was drawn (a run started without progress yet).
    updateDownloadAll();
    if (!m_content || !m_downloadAll->isEnabled())
        return false;
    QList<qint64> ids;
    for (int row = 0; row < m_model->rowCount(); ++row)
        ids << m_model->courseIdAt(row);
    if (ids.isEmpty())
        return false;
    const Result<CourseDownloader::Plan> plan = m_content->plan(ids);
    if (!plan) {
        Q_EMIT storageFailed(plan.error());
        return false;
    }
    if (!DownloadQuestion::mayStart(
            plan->bytes, m_askAbove,
            tr("The files of all your courses take %1 MB. Download them now and keep them up to date?"),
            tr("Download all my courses"), m_confirm, this))
        return false;
    QString error;
    const bool started = m_content->makeAvailableOffline(ids, &error);
    if (!started)
        Q_EMIT storageFailed(error);
    updateDownloadAll();
    return started;
}

void CoursesPage::updateDownloadAll()
{
    const QString refused = m_content ? m_content->downloadsRefused() : QString();
    m_downloadAll->setVisible(m_content != nullptr);
    m_downloadAll->setEnabled(m_content && refused.isEmpty() && !m_content->isRunning());
    if (!refused.isEmpty())
        m_downloadAll->setToolTip(refused);
    else if (m_content && m_content->isRunning())
        m_downloadAll->setToolTip(tr("Files are being downloaded now. Try again when they are done."));
    else
        m_downloadAll->setToolTip(tr("Keep the files of every course on this computer, up to date at every sync"));
}

QWidget *CoursesPage::createListPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("courseListPage"));

    auto *title = new QLabel(tr("Courses"), page);
    title->setObjectName(QStringLiteral("coursesTitle"));
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);

    m_search = new QLineEdit(page);
    m_search->setObjectName(QStringLiteral("courseSearch"));
    m_search->setPlaceholderText(tr("Search by name or short name"));
    m_search->setAccessibleName(tr("Search courses"));
    m_search->setClearButtonEnabled(true);
    m_search->setMaximumWidth(420);
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::textChanged, this, &CoursesPage::applyFilter);

    m_list = new QListView(page);
    m_list->setObjectName(QStringLiteral("courseList"));
    m_list->setAccessibleName(tr("Your courses"));
    m_list->setModel(m_filter);
    m_list->setItemDelegate(new CourseListDelegate(m_list));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setUniformItemSizes(true);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMouseTracking(true);
    // activated: Enter, and a double click (or a single one where the platform opens items so).
    connect(m_list, &QListView::activated, this,
            [this](const QModelIndex &index) { showCourse(index.data(CourseListModel::CourseIdRole).toLongLong()); });

    m_downloadAll = new QPushButton(tr("Download all my courses"), page);
    m_downloadAll->setObjectName(QStringLiteral("downloadAllCourses"));
    m_downloadAll->hide();  // until there is an account's content to download into
    connect(m_downloadAll, &QPushButton::clicked, this, [this] { downloadAllCourses(); });

    m_empty = new QLabel(page);
    m_empty->setObjectName(QStringLiteral("coursesEmpty"));
    m_empty->setTextFormat(Qt::PlainText);
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(24, 16, 24, 16);
    layout->setSpacing(12);
    auto *top = new QHBoxLayout;
    top->setContentsMargins(0, 0, 0, 0);
    top->addWidget(title);
    top->addStretch();
    top->addWidget(m_downloadAll);
    layout->addLayout(top);
    layout->addWidget(m_search);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty, 1);
    setTabOrder(m_search, m_list);
    return page;
}

QWidget *CoursesPage::createCoursePage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("courseViewPage"));

    m_back = new QPushButton(tr("← All courses"), page);
    m_back->setObjectName(QStringLiteral("backToCourses"));
    m_back->setAccessibleName(tr("Back to all courses"));
    m_back->setFlat(true);
    m_back->setCursor(Qt::PointingHandCursor);
    m_back->setToolTip(tr("Back to all courses (Esc)"));
    connect(m_back, &QPushButton::clicked, this, &CoursesPage::showList);

    // Esc and Alt+Left go back, as in a browser.
    for (const QKeySequence &keys : {QKeySequence(Qt::Key_Escape), QKeySequence(QKeySequence::Back)}) {
        auto *shortcut = new QShortcut(keys, page);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &CoursesPage::showList);
    }

    auto *top = new QHBoxLayout;
    top->setContentsMargins(16, 10, 16, 0);
    top->addWidget(m_back);
    top->addStretch();

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_coursePage, 1);
    setTabOrder(m_back, m_coursePage->outlineView());
    return page;
}

bool CoursesPage::eventFilter(QObject *watched, QEvent *event)
{
    // From the search field, Down goes to the list and Enter opens the selected (or only) course.
    if (watched == m_search && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down && m_filter->rowCount() > 0) {
            if (!m_list->currentIndex().isValid())
                m_list->setCurrentIndex(m_filter->index(0, 0));
            m_list->setFocus(Qt::TabFocusReason);
            return true;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_filter->rowCount() > 0) {
            const QModelIndex current = m_list->currentIndex();
            const QModelIndex target = current.isValid() ? current : m_filter->index(0, 0);
            showCourse(target.data(CourseListModel::CourseIdRole).toLongLong());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void CoursesPage::applyFilter(const QString &text)
{
    const qint64 selected = selectedCourseId();
    m_filter->setFilterFixedString(CourseListModel::searchKey(text.trimmed()));
    // Keep the selection when it is still listed; otherwise the first match.
    selectCourse(selected);
    if (!m_list->currentIndex().isValid() && m_filter->rowCount() > 0)
        m_list->setCurrentIndex(m_filter->index(0, 0));
    updateEmptyState();
}

void CoursesPage::applyChange(const DataChange &change)
{
    if (change.isEverything())
        reload();
}

void CoursesPage::reload()
{
    const qint64 selected = selectedCourseId();
    const int scroll = m_list->verticalScrollBar()->value();
    if (!m_model->reload() || !m_model->lastError().isEmpty())
        Q_EMIT storageFailed(m_model->lastError());
    // A reset (courses added or gone) loses the selection: put it back.
    if (selectedCourseId() != selected) {
        selectCourse(selected);
        m_list->verticalScrollBar()->setValue(scroll);
    }
    if (m_coursePage->courseId() != 0)
        m_coursePage->reload();
    updateEmptyState();
}

bool CoursesPage::showCourse(qint64 courseId)
{
    if (courseId == 0 || m_model->rowOf(courseId) < 0)
        return false;
    selectCourse(courseId);
    if (m_coursePage->courseId() != courseId)
        m_coursePage->setCourse(courseId);
    else
        m_coursePage->reload();
    m_stack->setCurrentIndex(1);
    m_coursePage->outlineView()->setFocus(Qt::OtherFocusReason);
    Q_EMIT courseActivated(courseId);
    return true;
}

void CoursesPage::showList()
{
    m_stack->setCurrentIndex(0);
    selectCourse(m_coursePage->courseId());
    m_list->setFocus(Qt::OtherFocusReason);
}

bool CoursesPage::isShowingCourse() const
{
    return m_stack->currentIndex() == 1;
}

qint64 CoursesPage::selectedCourseId() const
{
    const QModelIndex current = m_list->currentIndex();
    return current.isValid() ? current.data(CourseListModel::CourseIdRole).toLongLong() : 0;
}

void CoursesPage::selectCourse(qint64 courseId)
{
    const int row = m_model->rowOf(courseId);
    if (row < 0)
        return;
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return;
    m_list->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect);
    m_list->scrollTo(index);
}

QString CoursesPage::storageError() const
{
    return !m_model->lastError().isEmpty() ? m_model->lastError() : m_coursePage->storageError();
}

void CoursesPage::updateEmptyState()
{
    QString text;
    if (m_model->rowCount() == 0 && !m_model->lastError().isEmpty())
        text = tr("Your courses could not be read from this computer.");
    else if (m_model->rowCount() == 0)
        text = tr("No courses on this computer yet. They appear here after the first sync.");
    else if (m_filter->rowCount() == 0)
        text = tr("No course matches “%1”.").arg(m_search->text().trimmed());
    m_empty->setText(text);
    m_empty->setVisible(!text.isEmpty());
    m_list->setVisible(text.isEmpty());
}
