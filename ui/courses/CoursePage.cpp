#include "CoursePage.h"

#include "CompetencyBox.h"
#include "CourseOutlineDelegate.h"
#include "CourseOutlineModel.h"
#include "ModuleIcons.h"
#include "files/ActivityOpener.h"
#include "files/DownloadQuestion.h"
#include "files/ForumView.h"
#include "files/OfflineContent.h"
#include "files/PageView.h"
#include "store/CompletionRepository.h"
#include "store/CourseRepository.h"
#include "store/DownloadRepository.h"
#include "store/GradeRepository.h"
#include "widgets/InertText.h"
#include "widgets/InlineMessage.h"
#include "widgets/PaletteTones.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QStyle>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

namespace {

using PaletteTones::mix;

QLabel *plainLabel(const QString &text, QWidget *parent)
{
    QLabel *label = InertText::label(text, parent);
    label->setWordWrap(true);
    return label;
}

QLabel *iconLabel(ModuleIcons::State state, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setFixedSize(ModuleIcons::kStateSize, ModuleIcons::kStateSize);
    label->setPixmap(ModuleIcons::stateIcon(state).pixmap(QSize(ModuleIcons::kStateSize, ModuleIcons::kStateSize),
                                                          parent->devicePixelRatioF()));
    return label;
}

}  // namespace

CoursePage::CoursePage(StoreConnection connection, qint64 userId, const Clock *clock, QWidget *parent)
    : QWidget(parent), m_connection(std::move(connection)), m_userId(userId), m_clock(clock),
      m_askAbove(OfflineContent::kDefaultAskAbove)
{
    setObjectName(QStringLiteral("coursePage"));
    setAccessibleName(tr("Course"));

    m_downloadsTimer = new QTimer(this);
    m_downloadsTimer->setSingleShot(true);
    m_downloadsTimer->setInterval(250);
    connect(m_downloadsTimer, &QTimer::timeout, this, &CoursePage::refreshDownloads);

    m_message = new InlineMessage(this);
    m_message->setObjectName(QStringLiteral("courseMessage"));

    m_model = new CourseOutlineModel(m_connection, m_userId, m_clock, this);
    m_outline = new QTreeView(this);
    m_outline->setObjectName(QStringLiteral("courseOutline"));
    m_outline->setAccessibleName(tr("Sections and activities"));
    m_outline->setHeaderHidden(true);
    // The delegate draws the section chevrons and indents activities itself.
    m_outline->setRootIsDecorated(false);
    m_outline->setIndentation(0);
    m_outline->setUniformRowHeights(false);
    m_outline->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_outline->verticalScrollBar()->setSingleStep(24);
    m_outline->setSelectionMode(QAbstractItemView::SingleSelection);
    m_outline->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_outline->setAnimated(false);
    m_outline->setMouseTracking(true);
    m_outline->setItemDelegate(new CourseOutlineDelegate(m_outline));
    m_outline->setModel(m_model);
    m_outline->header()->setStretchLastSection(true);
    m_outline->setContextMenuPolicy(Qt::CustomContextMenu);
    // activated: Enter, and a double click (a click on the check box toggles it instead).
    connect(m_outline, &QTreeView::activated, this, [this](const QModelIndex &index) {
        if (index.data(CourseOutlineModel::KindRole).toInt() == CourseOutlineModel::ActivityItem)
            openActivity(index.data(CourseOutlineModel::IdRole).toLongLong());
    });
    connect(m_outline, &QTreeView::customContextMenuRequested, this, [this](const QPoint &position) {
        const QModelIndex index = m_outline->indexAt(position);
        if (!index.isValid())
            return;
        const qint64 id = index.data(CourseOutlineModel::IdRole).toLongLong();
        std::unique_ptr<QMenu> menu(index.data(CourseOutlineModel::KindRole).toInt() == CourseOutlineModel::ActivityItem
                                        ? createActivityMenu(id, this)
                                        : createSectionMenu(id, this));
        if (!menu->isEmpty())
            menu->exec(m_outline->viewport()->mapToGlobal(position));
    });

    connect(m_model, &CourseOutlineModel::modelAboutToBeReset, this, [this] {
        if (m_restoreAfterReset)
            m_savedState = saveViewState();
    });
    connect(m_model, &CourseOutlineModel::modelReset, this, [this] {
        if (m_restoreAfterReset)
            restoreViewState(m_savedState);
        updateEmptyState();
    });
    connect(m_model, &CourseOutlineModel::completionQueued, this, [this] {
        m_message->clear();
        Q_EMIT completionQueued(m_courseId);
    });
    connect(m_model, &CourseOutlineModel::completionFailed, this, [this](qint64, const QString &error) {
        m_message->showMessage(InlineMessage::Type::Error,
                               tr("Your change could not be saved on this computer. Try again."), error);
    });

    m_empty = plainLabel(tr("The contents of this course are not on this computer yet. "
                            "They appear here after the next sync."),
                         this);
    m_empty->setObjectName(QStringLiteral("courseEmpty"));
    m_empty->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_empty->setForegroundRole(QPalette::PlaceholderText);
    m_empty->hide();

    auto *outlineColumn = new QVBoxLayout;
    outlineColumn->setContentsMargins(0, 0, 0, 0);
    outlineColumn->addWidget(m_outline, 1);
    outlineColumn->addWidget(m_empty);

    auto *body = new QHBoxLayout;
    body->setContentsMargins(0, 0, 0, 0);
    body->setSpacing(16);
    body->addLayout(outlineColumn, 1);
    // The side column: the course's completion, then the learner's competencies. It scrolls on its own: a course
    // with many criteria and competencies must not make the window taller than the screen.
    m_competencyBox = new CompetencyBox(this);
    auto *sideContents = new QWidget(this);
    auto *side = new QVBoxLayout(sideContents);
    side->setContentsMargins(0, 0, 0, 0);
    side->setSpacing(12);
    side->addWidget(createCompletionBox());
    side->addWidget(m_competencyBox);
    side->addStretch(1);
    auto *sideScroll = new QScrollArea(this);
    sideScroll->setObjectName(QStringLiteral("courseSide"));
    sideScroll->setWidget(sideContents);
    sideScroll->setWidgetResizable(true);
    sideScroll->setFrameShape(QFrame::NoFrame);
    sideScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    sideScroll->viewport()->setAutoFillBackground(false);
    sideContents->setAutoFillBackground(false);
    // The boxes' width and room for a scroll bar, so that one appearing never covers them.
    sideScroll->setFixedWidth(m_competencyBox->width() + style()->pixelMetric(QStyle::PM_ScrollBarExtent) + 4);
    body->addWidget(sideScroll);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 12, 24, 16);
    layout->setSpacing(12);
    layout->addWidget(createHeader());
    layout->addWidget(m_message);
    layout->addLayout(body, 1);

    applyStyle();
    updateEmptyState();
}

QWidget *CoursePage::createHeader()
{
    auto *header = new QWidget(this);
    header->setObjectName(QStringLiteral("courseHeader"));

    m_title = plainLabel(QString(), header);
    m_title->setObjectName(QStringLiteral("courseTitle"));
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);

    m_shortName = plainLabel(QString(), header);
    m_shortName->setObjectName(QStringLiteral("courseShortName"));
    m_shortName->setForegroundRole(QPalette::PlaceholderText);
    m_shortName->setWordWrap(false);

    m_grade = plainLabel(QString(), header);
    m_grade->setObjectName(QStringLiteral("courseGrade"));
    m_grade->setWordWrap(false);

    m_progress = new QProgressBar(header);
    m_progress->setObjectName(QStringLiteral("courseProgress"));
    m_progress->setAccessibleName(tr("Course progress"));
    m_progress->setRange(0, 100);
    m_progress->setFixedSize(160, 8);
    // A progress bar asks for all the width it can get; this one sits among the facts.
    m_progress->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_progress->setTextVisible(false);
    m_progressText = plainLabel(QString(), header);
    m_progressText->setObjectName(QStringLiteral("courseProgressText"));
    m_progressText->setWordWrap(false);

    m_offlineButton = new QPushButton(tr("Make available offline"), header);
    m_offlineButton->setObjectName(QStringLiteral("makeAvailableOffline"));
    m_offlineButton->hide();
    connect(m_offlineButton, &QPushButton::clicked, this, [this] { makeAvailableOffline(); });

    m_offlineBadge = new QFrame(header);
    m_offlineBadge->setObjectName(QStringLiteral("offlineBadge"));
    auto *offlineLayout = new QHBoxLayout(m_offlineBadge);
    offlineLayout->setContentsMargins(8, 2, 10, 2);
    offlineLayout->setSpacing(6);
    offlineLayout->addWidget(iconLabel(ModuleIcons::State::Done, m_offlineBadge));
    m_offlineBadgeText = plainLabel(tr("Available offline"), m_offlineBadge);
    m_offlineBadgeText->setObjectName(QStringLiteral("offlineBadgeText"));
    m_offlineBadgeText->setWordWrap(false);
    offlineLayout->addWidget(m_offlineBadgeText);
    m_offlineBadge->setToolTip(tr("Every sync keeps this course's files up to date. Remove them in File › Storage."));
    m_offlineBadge->hide();

    m_downloadProgress = new QProgressBar(header);
    m_downloadProgress->setObjectName(QStringLiteral("courseDownloadProgress"));
    m_downloadProgress->setAccessibleName(tr("Download progress"));
    m_downloadProgress->setRange(0, 100);
    m_downloadProgress->setFixedSize(120, 8);
    m_downloadProgress->setTextVisible(false);
    m_downloadProgress->hide();
    m_downloadText = plainLabel(QString(), header);
    m_downloadText->setObjectName(QStringLiteral("courseDownloadText"));
    m_downloadText->setWordWrap(false);
    m_downloadText->hide();

    m_completedBadge = new QFrame(header);
    m_completedBadge->setObjectName(QStringLiteral("completedBadge"));
    m_completedBadge->setAccessibleName(tr("Course completed"));
    auto *badgeLayout = new QHBoxLayout(m_completedBadge);
    badgeLayout->setContentsMargins(8, 2, 10, 2);
    badgeLayout->setSpacing(6);
    badgeLayout->addWidget(iconLabel(ModuleIcons::State::Done, m_completedBadge));
    badgeLayout->addWidget(plainLabel(tr("Completed"), m_completedBadge));

    auto *facts = new QHBoxLayout;
    facts->setContentsMargins(0, 0, 0, 0);
    facts->setSpacing(16);
    facts->addWidget(m_shortName);
    facts->addWidget(m_grade);
    auto *progress = new QHBoxLayout;
    progress->setSpacing(8);
    progress->addWidget(m_progress);
    progress->addWidget(m_progressText);
    facts->addLayout(progress);
    facts->addWidget(m_completedBadge);
    facts->addStretch();
    facts->addWidget(m_downloadProgress);
    facts->addWidget(m_downloadText);
    facts->addWidget(m_offlineBadge);
    facts->addWidget(m_offlineButton);

    auto *layout = new QVBoxLayout(header);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_title);
    layout->addLayout(facts);
    return header;
}

QFrame *CoursePage::createCompletionBox()
{
    m_completionBox = new QFrame(this);
    m_completionBox->setObjectName(QStringLiteral("completionBox"));
    m_completionBox->setAccessibleName(tr("Course completion"));
    m_completionBox->setFixedWidth(320);

    auto *title = plainLabel(tr("Course completion"), m_completionBox);
    QFont titleFont = title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.1);
    title->setFont(titleFont);

    m_completionStatusIcon = new QLabel(m_completionBox);
    m_completionStatusIcon->setFixedSize(ModuleIcons::kStateSize, ModuleIcons::kStateSize);
    m_completionStatus = plainLabel(QString(), m_completionBox);
    m_completionStatus->setObjectName(QStringLiteral("completionStatus"));
    auto *statusRow = new QHBoxLayout;
    statusRow->setSpacing(8);
    statusRow->addWidget(m_completionStatusIcon, 0, Qt::AlignTop);
    statusRow->addWidget(m_completionStatus, 1);

    m_aggregation = plainLabel(QString(), m_completionBox);
    m_aggregation->setObjectName(QStringLiteral("completionAggregation"));
    m_aggregation->setForegroundRole(QPalette::PlaceholderText);

    m_completionLayout = new QVBoxLayout(m_completionBox);
    m_completionLayout->setContentsMargins(16, 12, 16, 14);
    m_completionLayout->setSpacing(8);
    m_completionLayout->addWidget(title);
    m_completionLayout->addLayout(statusRow);
    m_completionLayout->addWidget(m_aggregation);
    clearCriteria();
    m_completionBox->hide();
    return m_completionBox;
}

void CoursePage::applyStyle()
{
    // Tints derived from the palette, so light and dark themes both read well.
    const QPalette &p = palette();
    const QColor border = mix(p.color(QPalette::Window), p.color(QPalette::WindowText), 0.18);
    m_completionBox->setStyleSheet(QStringLiteral("QFrame#completionBox { background: %1; border: 1px solid %2; "
                                                  "border-radius: 6px; }")
                                       .arg(p.color(QPalette::Base).name(), border.name()));
    m_competencyBox->setStyleSheet(QStringLiteral("QFrame#competencyBox { background: %1; border: 1px solid %2; "
                                                  "border-radius: 6px; }")
                                       .arg(p.color(QPalette::Base).name(), border.name()));
    const QColor tint = mix(p.color(QPalette::Window), p.color(QPalette::Highlight), 0.18);
    m_completedBadge->setStyleSheet(
        QStringLiteral("QFrame#completedBadge { background: %1; border-radius: 10px; }").arg(tint.name()));
    m_offlineBadge->setStyleSheet(
        QStringLiteral("QFrame#offlineBadge { background: %1; border-radius: 10px; }").arg(tint.name()));
}

void CoursePage::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyStyle();
}

CoursePage::~CoursePage() = default;

void CoursePage::setOfflineContent(OfflineContent *content)
{
    if (m_content)
        disconnect(m_content, nullptr, this, nullptr);
    m_content = content;
    if (m_content) {
        // States are read again at most once per interval, whatever the number of files that changed.
        connect(m_content, &OfflineContent::fileChanged, this, [this](qint64 courseId) {
            if ((courseId == m_courseId || courseId == 0) && !m_downloadsTimer->isActive())
                m_downloadsTimer->start();
        });
        // A run started by a sync (keepFresh) fetches the offline courses: this one's states show it.
        connect(m_content, &OfflineContent::progress, this, [this] {
            if (m_courseId != 0 && !m_model->isDownloading()
                && DownloadRepository(m_connection.database()).isOffline(m_courseId).valueOr(false)) {
                m_model->setDownloading(true);
                updateOfflineHeader();
            }
        });
        connect(m_content, &OfflineContent::finished, this, &CoursePage::downloadsFinished);
    }
    m_model->setDownloading(false);
    updateOfflineHeader();
}

void CoursePage::setCourse(qint64 courseId)
{
    m_courseId = courseId;
    m_startAfterRun = false;
    m_message->clear();
    // What another course's run showed does not apply here: reload() says what does.
    m_model->setDownloading(false);
    // A different course starts at its top with every section open.
    m_restoreAfterReset = false;
    m_model->setCourse(courseId);
    m_restoreAfterReset = true;
    m_outline->expandAll();
    m_outline->scrollToTop();
    // Current for the keyboard, but not highlighted: nothing has been chosen yet.
    if (m_model->rowCount() > 0)
        m_outline->selectionModel()->setCurrentIndex(m_model->index(0, 0), QItemSelectionModel::NoUpdate);
    reload();
}

bool CoursePage::showActivity(qint64 cmid)
{
    const QModelIndex row = m_model->indexOfActivity(cmid);
    if (!row.isValid())
        return false;
    m_outline->expand(row.parent());
    m_outline->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect);
    m_outline->scrollTo(row, QAbstractItemView::PositionAtCenter);
    return true;
}

bool CoursePage::showSection(qint64 sectionId)
{
    const QModelIndex row = m_model->indexOfSection(sectionId);
    if (!row.isValid())
        return false;
    m_outline->expand(row);
    m_outline->selectionModel()->setCurrentIndex(row, QItemSelectionModel::ClearAndSelect);
    // The section's heading at the top, its activities below it.
    m_outline->scrollTo(row, QAbstractItemView::PositionAtTop);
    return true;
}

void CoursePage::reload()
{
    std::optional<Course> course;
    QString grade;
    std::optional<CourseCompletion> completion;
    m_storageError.clear();
    if (m_courseId != 0) {
        const Result<std::optional<Course>> readCourse = CourseRepository(m_connection.database()).course(m_courseId);
        const Result<std::optional<CourseGrade>> courseGrade =
            GradeRepository(m_connection.database()).courseGrade(m_courseId);
        const Result<std::optional<CourseCompletion>> readCompletion =
            CompletionRepository(m_connection.database()).courseCompletion(m_courseId, m_userId);
        for (const QString &error :
             {readCourse ? QString() : readCourse.error(), courseGrade ? QString() : courseGrade.error(),
              readCompletion ? QString() : readCompletion.error()}) {
            if (m_storageError.isEmpty())
                m_storageError = error;
        }
        course = readCourse.valueOr(std::nullopt);
        if (course && courseGrade && *courseGrade)
            grade = (*courseGrade)->gradeFormatted;
        if (course)
            completion = readCompletion.valueOr(std::nullopt);
    }
    // A course that could not be read is not "gone": the header keeps what it showed.
    if (m_storageError.isEmpty()) {
        showHeader(course, grade);
        showCompletion(course, completion);
        QString competencyError;
        if (!m_competencyBox->load(m_connection.database(), course ? m_courseId : 0, &competencyError))
            m_storageError = competencyError;
    }
    if (!m_model->reload() && m_storageError.isEmpty())
        m_storageError = m_model->lastError();
    if (!m_storageError.isEmpty()) {
        m_message->showMessage(InlineMessage::Type::Error, tr("This course could not be read from this computer."),
                               m_storageError);
        Q_EMIT storageFailed(m_storageError);
    }
    m_courseFound = course.has_value();
    if (m_content && m_content->isRunning() && m_courseId != 0
        && DownloadRepository(m_connection.database()).isOffline(m_courseId).valueOr(false))
        m_model->setDownloading(true);
    else if (m_content && m_content->isRunning() && m_courseId != 0 && m_courseId == m_partCourse)
        m_model->setDownloadingPart(m_partSections, m_partActivities);
    updateOfflineHeader();
    updateEmptyState();
}

void CoursePage::refreshDownloads()
{
    if (!m_model->reloadDownloads()) {
        m_message->showMessage(InlineMessage::Type::Error, tr("This course could not be read from this computer."),
                               m_model->lastError());
        Q_EMIT storageFailed(m_model->lastError());
        return;
    }
    updateOfflineHeader();
}

void CoursePage::updateOfflineHeader()
{
    const bool show = m_content && m_courseId != 0 && m_courseFound;
    const bool offline = show && DownloadRepository(m_connection.database()).isOffline(m_courseId).valueOr(false);
    const bool downloading = show && m_model->isDownloading();
    // Of what the run fetches: the course, or the sections and activities asked for.
    const qint64 total = m_model->downloadingBytes();
    const int percent = total > 0 ? int(m_model->downloadingBytesDone() * 100 / total) : 0;
    m_downloadProgress->setValue(percent);
    m_downloadProgress->setVisible(downloading);
    m_downloadText->setText(tr("Downloading %L1 %").arg(percent));
    m_downloadText->setVisible(downloading);
    m_offlineBadge->setVisible(offline && !downloading);
    // A course without files has nothing to keep offline.
    m_offlineButton->setVisible(show && !offline && !downloading && m_model->courseFileCount() > 0);
    // Where nothing can be downloaded (the demo, a site that forbids it), the button says why instead.
    const QString refused = m_content ? m_content->downloadsRefused() : QString();
    m_offlineButton->setEnabled(!m_startAfterRun && refused.isEmpty());
    m_offlineButton->setToolTip(
        refused.isEmpty() ? tr("Download all files of this course and keep them up to date with every sync") : refused);
}

QString CoursePage::offlineText() const
{
    if (!m_downloadText->isHidden())
        return m_downloadText->text();
    return m_offlineBadge->isHidden() ? QString() : m_offlineBadgeText->text();
}

bool CoursePage::makeAvailableOffline()
{
    if (!m_content || m_courseId == 0)
        return false;
    const Result<CourseDownloader::Plan> plan = m_content->plan({m_courseId});
    if (!plan) {
        m_message->showMessage(InlineMessage::Type::Error, tr("This course could not be read from this computer."),
                               plan.error());
        return false;
    }
    if (!DownloadQuestion::mayStart(
            plan->bytes, m_askAbove,
            tr("The files of this course take %1 MB. Download them now and keep them up to date?"),
            tr("Make available offline"), m_confirm, this))
        return false;
    const bool otherRun = m_content->isRunning();
    QString error;
    if (!m_content->makeAvailableOffline({m_courseId}, &error)) {
        m_message->showMessage(InlineMessage::Type::Error,
                               tr("This course could not be made available offline. Try again."), error);
        return false;
    }
    m_message->clear();
    // A run for other courses was going on: this course's files come right after it.
    m_startAfterRun = otherRun;
    m_model->setDownloading(m_content->isRunning());
    if (const QString refused = m_content->downloadsRefused(); !refused.isEmpty())
        m_message->showMessage(InlineMessage::Type::Information, refused);
    updateOfflineHeader();
    return true;
}

void CoursePage::downloadsFinished()
{
    m_downloadsTimer->stop();
    m_partCourse = 0;
    m_partSections.clear();
    m_partActivities.clear();
    m_model->setDownloading(false);
    refreshDownloads();
    if (m_startAfterRun && m_content) {
        m_startAfterRun = false;
        m_content->makeAvailableOffline({m_courseId});
        m_model->setDownloading(m_content->isRunning());
        updateOfflineHeader();
        return;
    }
    if (!m_content || m_courseId == 0)
        return;
    const CourseDownloader *downloader = m_content->downloader();
    if (const std::optional<MoodleError> error = m_content->error(); error && !error->isOffline()) {
        m_message->showMessage(InlineMessage::Type::Warning, error->userMessage(), error->details());
        return;
    }
    QStringList problems;
    for (const CourseDownloader::Problem &problem : downloader->summary().problems) {
        if (problem.courseId == m_courseId)
            problems << QStringLiteral("%1 %2: %3").arg(problem.activity, problem.path, problem.message);
    }
    if (!problems.isEmpty())
        m_message->showMessage(InlineMessage::Type::Warning,
                               problems.size() == 1 ? tr("1 file of this course could not be downloaded.")
                                                    : tr("%Ln files of this course could not be downloaded.", "n != 1",
                                                         int(problems.size())),
                               problems.join(QLatin1Char('\n')));
}

ActivityOpener CoursePage::opener() const
{
    return ActivityOpener(m_connection.database(),
                          m_content ? std::optional<FilesFolder>(m_content->folder()) : std::nullopt);
}

bool CoursePage::reportOpenFailure(bool opened, const QString &error)
{
    if (!opened)
        m_message->showMessage(InlineMessage::Type::Warning, error);
    return opened;
}

bool CoursePage::openActivity(qint64 cmid)
{
    const ActivityOpener opening = opener();
    const ActivityOpener::Target target = opening.target(cmid);
    if (m_content && (target.kind == ActivityOpener::Kind::Page || target.kind == ActivityOpener::Kind::Forum)) {
        // Read inside Satchel: sanitised, nothing loaded from outside the account's files.
        const QString readError = target.kind == ActivityOpener::Kind::Page
            ? PageView::open(m_connection.database(), m_content->folder(), cmid, this)->readError()
            : ForumView::open(m_connection.database(), m_content->folder(), cmid, this)->readError();
        if (!readError.isEmpty())
            Q_EMIT storageFailed(readError);
        return true;
    }
    QString error;
    const bool opened = opening.open(cmid, &error);
    return reportOpenFailure(opened, error);
}

bool CoursePage::openActivityInBrowser(qint64 cmid)
{
    QString error;
    const bool opened = opener().openInBrowser(cmid, &error);
    return reportOpenFailure(opened, error);
}

bool CoursePage::showActivityInFolder(qint64 cmid)
{
    QString error;
    const bool opened = opener().showInFolder(cmid, &error);
    return reportOpenFailure(opened, error);
}

QMenu *CoursePage::createActivityMenu(qint64 cmid, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("activityMenu"));
    const ActivityOpener opening = opener();
    const ActivityOpener::Target target = opening.target(cmid);
    QAction *open = menu->addAction(tr("Open"), this, [this, cmid] { openActivity(cmid); });
    open->setObjectName(QStringLiteral("openActivity"));
    open->setEnabled(target.kind != ActivityOpener::Kind::None);
    menu->setDefaultAction(open);
    QAction *browser = menu->addAction(tr("Open in browser"), this, [this, cmid] { openActivityInBrowser(cmid); });
    browser->setObjectName(QStringLiteral("openActivityInBrowser"));
    browser->setEnabled(opening.browserUrl(cmid).isValid());
    QAction *folder = menu->addAction(tr("Show in folder"), this, [this, cmid] { showActivityInFolder(cmid); });
    folder->setObjectName(QStringLiteral("showActivityInFolder"));
    folder->setEnabled(!opening.localFolder(cmid).isEmpty());
    if (QAction *download = addDownloadAction(menu, tr("Download"), {}, {cmid}, true)) {
        download->setObjectName(QStringLiteral("downloadActivity"));
        connect(download, &QAction::triggered, this, [this, cmid] { downloadActivity(cmid); });
    }
    return menu;
}

QMenu *CoursePage::createSectionMenu(qint64 sectionId, QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(QStringLiteral("sectionMenu"));
    if (QAction *download = addDownloadAction(menu, tr("Download this section"), {sectionId}, {}, false)) {
        download->setObjectName(QStringLiteral("downloadSection"));
        connect(download, &QAction::triggered, this, [this, sectionId] { downloadSection(sectionId); });
    }
    return menu;
}

QAction *CoursePage::addDownloadAction(QMenu *menu, const QString &text, const QSet<qint64> &sections,
                                       const QSet<qint64> &activities, bool onlyWhenNeeded)
{
    if (!m_content || m_courseId == 0)
        return nullptr;
    const Result<CourseDownloader::Plan> plan = m_content->plan(m_courseId, sections, activities);
    const bool needed = plan && !plan->files.isEmpty();
    if (!needed && onlyWhenNeeded)
        return nullptr;
    if (!menu->isEmpty())
        menu->addSeparator();
    QAction *action = menu->addAction(text);
    // Why an entry is greyed out is said where the person looks: on the entry.
    menu->setToolTipsVisible(true);
    const QString refused = m_content->downloadsRefused();
    action->setEnabled(needed && refused.isEmpty());
    if (!refused.isEmpty())
        action->setToolTip(refused);
    else if (!needed)
        action->setToolTip(tr("Nothing to download: the files of this section are on this computer, or it has none."));
    else
        action->setToolTip(tr("Download the missing and outdated files (%1 MB) once, without keeping them up to date")
                               .arg(DownloadQuestion::megabytes(plan->bytes)));
    return action;
}

bool CoursePage::downloadSection(qint64 sectionId)
{
    return downloadPart({sectionId}, {}, tr("The files of this section take %1 MB. Download them now?"));
}

bool CoursePage::downloadActivity(qint64 cmid)
{
    return downloadPart({}, {cmid}, tr("The files of this activity take %1 MB. Download them now?"));
}

bool CoursePage::downloadPart(const QSet<qint64> &sections, const QSet<qint64> &activities, const QString &question)
{
    if (!m_content || m_courseId == 0)
        return false;
    const Result<CourseDownloader::Plan> plan = m_content->plan(m_courseId, sections, activities);
    if (!plan) {
        m_message->showMessage(InlineMessage::Type::Error, tr("This course could not be read from this computer."),
                               plan.error());
        return false;
    }
    if (plan->files.isEmpty())
        return false;
    if (!DownloadQuestion::mayStart(plan->bytes, m_askAbove, question, tr("Download"), m_confirm, this))
        return false;
    const bool otherRun = m_content->isRunning();
    QString error;
    if (!m_content->downloadOnce(m_courseId, sections, activities, &error)) {
        m_message->showMessage(InlineMessage::Type::Warning, error);
        return false;
    }
    m_message->clear();
    if (m_partCourse != m_courseId) {
        m_partSections.clear();
        m_partActivities.clear();
    }
    m_partCourse = m_courseId;
    m_partSections.unite(sections);
    m_partActivities.unite(activities);
    m_model->setDownloadingPart(sections, activities);
    if (const QString refused = m_content->downloadsRefused(); !refused.isEmpty())
        m_message->showMessage(InlineMessage::Type::Information, refused);
    else if (otherRun)
        m_message->showMessage(InlineMessage::Type::Information,
                               tr("These files come right after the downloads going on."));
    updateOfflineHeader();
    return true;
}

void CoursePage::showHeader(const std::optional<Course> &course, const QString &grade)
{
    if (!course) {
        m_title->setText(m_courseId == 0 ? QString() : tr("This course is not on this computer any more"));
        m_shortName->hide();
        m_grade->hide();
        m_progress->hide();
        m_progressText->hide();
        m_completedBadge->hide();
        return;
    }
    m_title->setText(course->fullName);
    m_shortName->setText(course->shortName);
    m_shortName->show();
    const bool hasGrade = !grade.isEmpty() && grade != QLatin1String("-");
    m_grade->setText(tr("Grade: %1").arg(grade));
    m_grade->setVisible(hasGrade);
    m_progress->setVisible(course->progress.has_value());
    m_progressText->setVisible(course->progress.has_value());
    if (course->progress) {
        m_progress->setValue(qRound(*course->progress));
        m_progressText->setText(tr("%L1% complete").arg(qRound(*course->progress)));
    }
    m_completedBadge->setVisible(course->completed);
}

void CoursePage::clearCriteria()
{
    // Rebuilt on every reload: a fresh container is simpler than emptying nested layouts.
    delete m_criteria;
    m_criteria = new QWidget(m_completionBox);
    m_criteria->setObjectName(QStringLiteral("completionCriteria"));
    auto *layout = new QVBoxLayout(m_criteria);
    layout->setContentsMargins(0, 4, 0, 0);
    layout->setSpacing(10);
    m_completionLayout->addWidget(m_criteria);
}

void CoursePage::showCompletion(const std::optional<Course> &course, const std::optional<CourseCompletion> &completion)
{
    clearCriteria();
    // Nothing to say when the course does not track completion.
    if (!course || (!course->completionEnabled && !completion)) {
        m_completionBox->hide();
        return;
    }
    m_completionBox->show();
    m_aggregation->hide();
    if (!completion) {
        m_completionStatusIcon->hide();
        m_completionStatus->setText(tr("Course completion is not on this computer yet."));
        return;
    }
    if (!completion->hasCriteria) {
        m_completionStatusIcon->hide();
        m_completionStatus->setText(tr("This course has no completion criteria."));
        return;
    }
    m_completionStatusIcon->show();
    m_completionStatusIcon->setPixmap(
        ModuleIcons::stateIcon(completion->completed ? ModuleIcons::State::Done : ModuleIcons::State::Todo)
            .pixmap(QSize(ModuleIcons::kStateSize, ModuleIcons::kStateSize), devicePixelRatioF()));
    m_completionStatus->setText(completion->completed ? tr("You have completed this course.")
                                                      : tr("Not completed yet."));
    m_aggregation->setText(completion->aggregation == 2 ? tr("Any one of these completes the course:")
                                                        : tr("All of these are required:"));
    m_aggregation->setVisible(!completion->criteria.isEmpty());

    // A handful of criteria at most: plain labels read better than a list view here.
    for (const CompletionCriterion &criterion : completion->criteria) {
        auto *row = new QHBoxLayout;
        row->setSpacing(8);
        QLabel *icon = iconLabel(criterion.complete ? ModuleIcons::State::Done : ModuleIcons::State::Todo, m_criteria);
        icon->setAccessibleName(criterion.complete ? tr("Done") : tr("Not done"));
        row->addWidget(icon, 0, Qt::AlignTop);
        auto *text = new QVBoxLayout;
        text->setSpacing(1);
        const QString name = criterion.criteria.isEmpty() ? criterion.title : criterion.criteria;
        QLabel *nameLabel = plainLabel(name, m_criteria);
        nameLabel->setObjectName(QStringLiteral("criterionName"));
        text->addWidget(nameLabel);
        QStringList details;
        if (!criterion.requirement.isEmpty() && criterion.requirement != name)
            details << criterion.requirement;
        if (criterion.complete && criterion.timeCompleted)
            details << tr("done on %1")
                           .arg(QLocale().toString(QDateTime::fromSecsSinceEpoch(*criterion.timeCompleted).date(),
                                                   QStringLiteral("d MMM yyyy")));
        if (!details.isEmpty()) {
            QLabel *detailLabel = plainLabel(details.join(QStringLiteral(" · ")), m_criteria);
            detailLabel->setForegroundRole(QPalette::PlaceholderText);
            text->addWidget(detailLabel);
        }
        row->addLayout(text, 1);
        static_cast<QVBoxLayout *>(m_criteria->layout())->addLayout(row);
    }
    // Added to a box that may be on screen already: show it now, not at the next event loop pass.
    m_criteria->show();
}

QString CoursePage::titleText() const
{
    return m_title->text();
}

QString CoursePage::completionText() const
{
    return m_completionBox->isHidden() ? QString() : m_completionStatus->text();
}

void CoursePage::updateEmptyState()
{
    // Unread is not empty: without its contents the outline stays, and the message says why.
    const bool empty = m_courseId != 0 && m_model->rowCount() == 0 && m_storageError.isEmpty();
    m_empty->setVisible(empty);
    m_outline->setVisible(!empty);
}

CoursePage::ViewState CoursePage::saveViewState() const
{
    ViewState state;
    const QModelIndex current = m_outline->currentIndex();
    if (current.isValid()) {
        state.currentId = current.data(CourseOutlineModel::IdRole).toLongLong();
        state.currentKind = current.data(CourseOutlineModel::KindRole).toInt();
    }
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex section = m_model->index(row, 0);
        if (!m_outline->isExpanded(section))
            state.collapsedSections.insert(section.data(CourseOutlineModel::IdRole).toLongLong());
    }
    state.scroll = m_outline->verticalScrollBar()->value();
    return state;
}

void CoursePage::restoreViewState(const ViewState &state)
{
    m_outline->expandAll();
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex section = m_model->index(row, 0);
        if (state.collapsedSections.contains(section.data(CourseOutlineModel::IdRole).toLongLong()))
            m_outline->collapse(section);
    }
    const QModelIndex current = state.currentKind == CourseOutlineModel::SectionItem
        ? m_model->indexOfSection(state.currentId)
        : m_model->indexOfActivity(state.currentId);
    if (current.isValid())
        m_outline->selectionModel()->setCurrentIndex(current, QItemSelectionModel::ClearAndSelect);
    // The scroll range is only known once the rows are laid out again.
    m_outline->doItemsLayout();
    m_outline->verticalScrollBar()->setValue(state.scroll);
}
