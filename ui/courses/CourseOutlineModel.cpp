#include "CourseOutlineModel.h"

#include "ModuleIcons.h"
#include "actions/OfflineActions.h"
#include "common/Clock.h"
#include "store/ContentRepository.h"
#include "store/DeadlineRepository.h"
#include "store/DownloadRepository.h"
#include "store/OwnProgressRepository.h"
#include "text/HtmlSanitizer.h"
#include "text/TextFormat.h"
#include "widgets/InertText.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

CourseOutlineModel::CourseOutlineModel(StoreConnection connection, qint64 userId, const Clock *clock, QObject *parent)
    : QAbstractItemModel(parent), m_connection(std::move(connection)), m_userId(userId),
      m_clock(clock ? clock : Clock::system())
{}

void CourseOutlineModel::setCourse(qint64 courseId)
{
    if (courseId == m_courseId) {
        reload();
        return;
    }
    // Another course: nothing of the previous one's view state applies.
    beginResetModel();
    m_courseId = courseId;
    m_sections.clear();
    endResetModel();
    reload();
}

bool CourseOutlineModel::reload()
{
    QList<SectionRow> sections;
    if (m_courseId != 0) {
        const Result<QList<Section>> stored = ContentRepository(m_connection.database()).sections(m_courseId);
        if (!stored) {
            m_lastError = stored.error();
            return false;
        }
        const Result<QHash<qint64, ActivityProgress>> progress =
            OfflineActions(m_connection.database(), m_clock).completionOf(m_courseId, m_userId);
        if (!progress) {
            m_lastError = progress.error();
            return false;
        }
        const Result<QHash<qint64, QString>> attempts = ownAttempts();
        if (!attempts) {
            m_lastError = attempts.error();
            return false;
        }
        for (const Section &section : *stored) {
            SectionRow row;
            row.section = section;
            row.section.activities.clear();
            row.summaryHtml = safeHtml(section.summary);
            for (const Activity &activity : section.activities) {
                const ActivityProgress done = progress->value(activity.id);
                ActivityRow activityRow{activity, done.site, done.pending, attempts->value(activity.id)};
                row.activities.append(activityRow);
            }
            sections.append(row);
        }
    }
    QHash<qint64, ActivityDownload> downloads;
    if (!readDownloads(&downloads))
        return false;
    m_lastError.clear();

    const bool sameStructure =
        std::equal(sections.cbegin(), sections.cend(), m_sections.cbegin(), m_sections.cend(),
                   [](const SectionRow &a, const SectionRow &b) {
                       return a.section.id == b.section.id
                           && std::equal(a.activities.cbegin(), a.activities.cend(), b.activities.cbegin(),
                                         b.activities.cend(), [](const ActivityRow &x, const ActivityRow &y) {
                                             return x.activity.id == y.activity.id;
                                         });
                   });
    if (!sameStructure) {
        beginResetModel();
        m_sections = sections;
        m_downloads = downloads;
        endResetModel();
        return true;
    }
    // In place: expanded sections, the current row and the scroll position stay.
    m_sections = sections;
    m_downloads = downloads;
    if (m_sections.isEmpty())
        return true;
    Q_EMIT dataChanged(index(0, 0), index(int(m_sections.size()) - 1, 0));
    for (int row = 0; row < m_sections.size(); ++row) {
        const int children = int(m_sections.at(row).activities.size());
        if (children > 0) {
            const QModelIndex parent = index(row, 0);
            Q_EMIT dataChanged(index(0, 0, parent), index(children - 1, 0, parent));
        }
    }
    return true;
}

bool CourseOutlineModel::readDownloads(QHash<qint64, ActivityDownload> *into)
{
    QHash<qint64, FileTally> tallies;
    m_courseBytes = 0;
    m_courseBytesDone = 0;
    m_courseFiles = 0;
    if (m_courseId != 0) {
        const Result<QList<CourseFile>> files = DownloadRepository(m_connection.database()).courseFiles(m_courseId);
        if (!files) {
            m_lastError = files.error();
            return false;
        }
        for (const CourseFile &file : *files) {
            // Files of other repositories are never downloaded: they do not make an activity "not downloaded".
            if (file.external)
                continue;
            FileTally &tally = tallies[file.cmid];
            tally.sectionId = file.sectionId;
            const CourseFile::State state = file.state();
            ++tally.files;
            tally.bytes += file.size;
            if (state == CourseFile::State::Downloaded) {
                ++tally.downloaded;
                tally.bytesDone += file.size;
            } else if (state == CourseFile::State::Outdated) {
                ++tally.outdated;
            }
            if (file.needsDownload() && tally.error.isEmpty())
                tally.error = file.lastError;
        }
    }
    into->clear();
    m_partBytes = 0;
    m_partBytesDone = 0;
    for (auto it = tallies.cbegin(); it != tallies.cend(); ++it) {
        into->insert(it.key(), downloadOf(it.key(), *it));
        m_courseFiles += it->files;
        m_courseBytes += it->bytes;
        m_courseBytesDone += it->bytesDone;
        if (isBeingDownloaded(it.key(), *it)) {
            m_partBytes += it->bytes;
            m_partBytesDone += it->bytesDone;
        }
    }
    m_tallies = tallies;
    return true;
}

bool CourseOutlineModel::isBeingDownloaded(qint64 cmid, const FileTally &tally) const
{
    if (m_downloadingSections.isEmpty() && m_downloadingActivities.isEmpty())
        return true;  // the whole course (or, without a run, what the header counts)
    return m_downloadingSections.contains(tally.sectionId) || m_downloadingActivities.contains(cmid);
}

CourseOutlineModel::ActivityDownload CourseOutlineModel::downloadOf(qint64 cmid, const FileTally &tally) const
{
    ActivityDownload download;
    if (tally.files == 0)
        return download;
    // Sizes decide the share when the site gives them (a page's index.html has none): else the file count.
    download.percent =
        tally.bytes > 0 ? int(tally.bytesDone * 100 / tally.bytes) : tally.downloaded * 100 / tally.files;
    const int missing = tally.files - tally.downloaded - tally.outdated;
    download.error = tally.error;
    if (m_downloading && isBeingDownloaded(cmid, tally) && missing + tally.outdated > 0)
        download.state = Download::Downloading;
    else if (!tally.error.isEmpty() && missing + tally.outdated > 0)
        download.state = Download::Failed;
    else if (missing == tally.files)
        download.state = Download::NotDownloaded;
    else if (missing > 0)
        download.state = Download::PartlyDownloaded;
    else if (tally.outdated > 0)
        download.state = Download::Outdated;
    else
        download.state = Download::Downloaded;
    return download;
}

Result<QHash<qint64, QString>> CourseOutlineModel::ownAttempts() const
{
    const QSqlDatabase db = m_connection.database();
    const Result<QList<QuizAttempt>> attempts = OwnProgressRepository(db).attempts(m_courseId);
    if (!attempts)
        return Failure{attempts.error()};
    if (attempts->isEmpty())
        return QHash<qint64, QString>();
    const Result<QList<Quiz>> quizzes = DeadlineRepository(db).courseQuizzes(m_courseId);
    if (!quizzes)
        return Failure{quizzes.error()};
    QHash<qint64, QString> texts;  // by cmid
    for (const Quiz &quiz : *quizzes) {
        const QuizGrading grading{quiz.sumGrades, quiz.maxGrade, quiz.decimalPoints};
        int count = 0;
        bool inProgress = false;
        std::optional<double> best;
        for (const QuizAttempt &attempt : *attempts) {
            if (attempt.quizId != quiz.id)
                continue;
            ++count;
            inProgress = inProgress || attempt.state == QLatin1String("inprogress");
            if (const std::optional<double> grade = grading.gradeOf(attempt.sumGrades);
                grade && (!best || *grade > *best))
                best = grade;
        }
        if (count == 0)
            continue;
        QStringList parts{count == 1 ? tr("1 attempt") : tr("%Ln attempts", "n != 1", count)};
        if (best)
            parts << tr("best %1 out of %2")
                         .arg(QLocale().toString(*best, 'f', grading.decimals()),
                              QLocale().toString(grading.grade, 'f', grading.decimals()));
        if (inProgress)
            parts << tr("one in progress");
        texts.insert(quiz.cmid, parts.join(QStringLiteral(", ")));
    }
    return texts;
}

bool CourseOutlineModel::reloadDownloads()
{
    QHash<qint64, ActivityDownload> fresh;
    if (!readDownloads(&fresh))
        return false;
    const QHash<qint64, ActivityDownload> old = std::exchange(m_downloads, fresh);
    // Only the rows whose state changed, one range per section: a run of thousands of files repaints little.
    for (int sectionRow = 0; sectionRow < m_sections.size(); ++sectionRow) {
        const QList<ActivityRow> &activities = m_sections.at(sectionRow).activities;
        int first = -1;
        int last = -1;
        for (int row = 0; row < activities.size(); ++row) {
            const qint64 cmid = activities.at(row).activity.id;
            if (old.value(cmid) != m_downloads.value(cmid)) {
                first = first < 0 ? row : first;
                last = row;
            }
        }
        if (first >= 0)
            Q_EMIT dataChanged(createIndex(first, 0, quintptr(sectionRow + 1)),
                               createIndex(last, 0, quintptr(sectionRow + 1)));
    }
    return true;
}

void CourseOutlineModel::setDownloading(bool downloading)
{
    const bool wasPart = !m_downloadingSections.isEmpty() || !m_downloadingActivities.isEmpty();
    if (downloading == m_downloading && !wasPart)
        return;
    m_downloading = downloading;
    m_downloadingSections.clear();
    m_downloadingActivities.clear();
    reloadDownloads();
}

void CourseOutlineModel::setDownloadingPart(const QSet<qint64> &sections, const QSet<qint64> &activities)
{
    const bool wholeCourse = m_downloading && m_downloadingSections.isEmpty() && m_downloadingActivities.isEmpty();
    if (wholeCourse || (sections.isEmpty() && activities.isEmpty()))
        return;
    m_downloading = true;
    m_downloadingSections.unite(sections);
    m_downloadingActivities.unite(activities);
    reloadDownloads();
}

QString CourseOutlineModel::downloadText(const ActivityDownload &download) const
{
    switch (download.state) {
    case Download::None:
        break;
    case Download::NotDownloaded:
        return tr("Not downloaded");
    case Download::Downloading:
        return tr("Downloading %L1 %").arg(download.percent);
    case Download::PartlyDownloaded:
        return tr("Partly downloaded");
    case Download::Downloaded:
        return tr("Downloaded");
    case Download::Outdated:
        return tr("Outdated");
    case Download::Failed:
        return tr("Could not download");
    }
    return QString();
}

QModelIndex CourseOutlineModel::indexOfSection(qint64 sectionId) const
{
    for (int row = 0; row < m_sections.size(); ++row) {
        if (m_sections.at(row).section.id == sectionId)
            return index(row, 0);
    }
    return {};
}

QModelIndex CourseOutlineModel::indexOfActivity(qint64 cmid) const
{
    for (int sectionRow = 0; sectionRow < m_sections.size(); ++sectionRow) {
        const QList<ActivityRow> &activities = m_sections.at(sectionRow).activities;
        for (int row = 0; row < activities.size(); ++row) {
            if (activities.at(row).activity.id == cmid)
                return createIndex(row, 0, quintptr(sectionRow + 1));
        }
    }
    return {};
}

QString CourseOutlineModel::safeHtml(const QString &html)
{
    return HtmlSanitizer::sanitize(html, HtmlSanitizer::Links::Drop);
}

QString CourseOutlineModel::formatDateTime(qint64 secondsSinceEpoch)
{
    const QDateTime local = QDateTime::fromSecsSinceEpoch(secondsSinceEpoch);
    const QLocale locale;
    QString timeFormat = locale.timeFormat(QLocale::ShortFormat);
    // Some locales (C among them) put seconds in the short format; dates here are to the minute.
    static const QRegularExpression seconds(QStringLiteral("[:.]ss?"));
    timeFormat.remove(seconds);
    return tr("%1, %2", "date, time")
        .arg(locale.toString(local.date(), QStringLiteral("d MMM yyyy")), locale.toString(local.time(), timeFormat));
}

QModelIndex CourseOutlineModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_sections.size() ? createIndex(row, 0, kSectionId) : QModelIndex();
    if (parent.internalId() != kSectionId || parent.row() >= m_sections.size())
        return {};
    if (row >= m_sections.at(parent.row()).activities.size())
        return {};
    return createIndex(row, 0, quintptr(parent.row() + 1));
}

QModelIndex CourseOutlineModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kSectionId)
        return {};
    return createIndex(int(child.internalId() - 1), 0, kSectionId);
}

int CourseOutlineModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_sections.size());
    if (parent.column() != 0 || parent.internalId() != kSectionId || parent.row() >= m_sections.size())
        return 0;
    return int(m_sections.at(parent.row()).activities.size());
}

int CourseOutlineModel::columnCount(const QModelIndex &parent) const
{
    Q_UNUSED(parent);
    return 1;
}

const CourseOutlineModel::ActivityRow *CourseOutlineModel::activityAt(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kSectionId)
        return nullptr;
    const int section = int(index.internalId() - 1);
    if (section >= m_sections.size() || index.row() >= m_sections.at(section).activities.size())
        return nullptr;
    return &m_sections.at(section).activities.at(index.row());
}

QVariant CourseOutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    if (const ActivityRow *activity = activityAt(index))
        return activityData(*activity, role);
    if (index.internalId() == kSectionId && index.row() < m_sections.size())
        return sectionData(m_sections.at(index.row()), role);
    return {};
}

QVariant CourseOutlineModel::sectionData(const SectionRow &row, int role) const
{
    const Section &section = row.section;
    switch (role) {
    case Qt::DisplayRole:
        return section.name.isEmpty() ? tr("Section %1").arg(section.number) : section.name;
    case KindRole:
        return SectionItem;
    case IdRole:
        return section.id;
    case HiddenRole:
        return !section.visible;
    case HiddenTextRole:
        return section.visible ? QString() : tr("Hidden from students");
    case SummaryHtmlRole:
        return row.summaryHtml;
    case Qt::AccessibleTextRole: {
        QStringList parts{sectionData(row, Qt::DisplayRole).toString()};
        if (!section.visible)
            parts << tr("Hidden from students");
        parts << (row.activities.size() == 1 ? tr("1 activity")
                                             : tr("%Ln activities", "n != 1", int(row.activities.size())));
        return parts.join(QStringLiteral(", "));
    }
    case Qt::AccessibleDescriptionRole:
        return TextFormat::plainText(section.summary);
    default:
        return {};
    }
}

CourseOutlineModel::Status CourseOutlineModel::statusOf(const ActivityRow &row) const
{
    if (row.pending)
        return row.pending->value ? Status::Done : Status::NotDone;
    if (!row.completion)
        return row.activity.completionMode == Activity::CompletionMode::None ? Status::Untracked : Status::Unknown;
    switch (row.completion->state) {
    case ActivityCompletion::Complete:
        return Status::Done;
    case ActivityCompletion::CompletePass:
        return Status::Passed;
    case ActivityCompletion::CompleteFail:
        return Status::Failed;
    default:
        return Status::NotDone;
    }
}

bool CourseOutlineModel::isChecked(const ActivityRow &row) const
{
    if (row.pending)
        return row.pending->value != 0;
    return row.completion && row.completion->isComplete();
}

QIcon CourseOutlineModel::iconFor(const QString &module) const
{
    auto it = m_icons.find(module);
    if (it == m_icons.end())
        it = m_icons.insert(module, ModuleIcons::icon(module));
    return *it;
}

QVariant CourseOutlineModel::activityData(const ActivityRow &row, int role) const
{
    const Activity &activity = row.activity;
    switch (role) {
    case Qt::DisplayRole:
        return activity.name;
    case Qt::DecorationRole:
        return iconFor(activity.module);
    case KindRole:
        return ActivityItem;
    case IdRole:
        return activity.id;
    case ModuleRole:
        return activity.module;
    case TypeNameRole:
        return ModuleIcons::typeName(activity.module);
    case DatesRole: {
        QStringList dates;
        for (const ActivityDate &date : activity.dates)
            dates << tr("%1 %2", "date label, date").arg(date.label, formatDateTime(date.timestamp));
        // A quiz's own attempts read with its dates: "Closes: … · 2 attempts, best 8.75 out of 10.00".
        if (!row.ownAttempts.isEmpty())
            dates << row.ownAttempts;
        return dates;
    }
    case IndentRole:
        return activity.indent;
    case CompletionModeRole:
        return int(activity.completionMode);
    case DownloadRole:
        return int(m_downloads.value(activity.id).state);
    case DownloadTextRole:
        return downloadText(m_downloads.value(activity.id));
    case DownloadPercentRole:
        return m_downloads.value(activity.id).percent;
    case DownloadErrorRole:
        return m_downloads.value(activity.id).error;
    case StatusRole:
        return int(statusOf(row));
    case StatusTextRole:
        switch (statusOf(row)) {
        case Status::Done:
            return tr("Done");
        case Status::Passed:
            return tr("Passed");
        case Status::Failed:
            return tr("Failed");
        case Status::NotDone:
            return tr("Not done");
        case Status::Unknown:
            return tr("Not synced yet");
        case Status::Untracked:
            break;
        }
        return QString();
    case PendingRole:
        return row.pending.has_value();
    case PendingTextRole:
        if (!row.pending)
            return QString();
        // Every attempt failed: it waits for the person's Retry or Discard in the status bar.
        return row.pending->state == OutboxAction::State::CouldNotBeSent ? tr("Could not be sent")
                                                                         : tr("Waiting to be sent");
    case HiddenRole:
        return !activity.visible || !activity.userVisible;
    case HiddenTextRole:
        // A student never gets hidden activities; a teacher does, and sees them marked.
        if (!activity.visible)
            return tr("Hidden from students");
        return activity.userVisible ? QString() : tr("Not available");
    case Qt::CheckStateRole:
        if (activity.completionMode != Activity::CompletionMode::Manual)
            return {};
        return isChecked(row) ? Qt::Checked : Qt::Unchecked;
    case Qt::ToolTipRole: {
        const QString description = TextFormat::plainText(activity.description);
        const QString type = ModuleIcons::typeName(activity.module);
        QString tip = description.isEmpty() ? type : type + QStringLiteral("\n\n") + description.left(400);
        // Why the download failed, in the site's or the app's words (never an address with a token).
        if (const QString error = m_downloads.value(activity.id).error; !error.isEmpty())
            tip += QStringLiteral("\n\n") + tr("Could not download: %1").arg(error);
        return InertText::toolTip(tip);
    }
    case Qt::AccessibleTextRole: {
        QStringList parts{activity.name, ModuleIcons::typeName(activity.module)};
        for (const QString &date : activityData(row, DatesRole).toStringList())
            parts << date;
        if (const QString status = activityData(row, StatusTextRole).toString(); !status.isEmpty())
            parts << status;
        if (row.pending)
            parts << activityData(row, PendingTextRole).toString();
        if (const QString hidden = activityData(row, HiddenTextRole).toString(); !hidden.isEmpty())
            parts << hidden;
        if (const QString download = activityData(row, DownloadTextRole).toString(); !download.isEmpty())
            parts << download;
        return parts.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

bool CourseOutlineModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const ActivityRow *row = activityAt(index);
    if (role != Qt::CheckStateRole || !row || row->activity.completionMode != Activity::CompletionMode::Manual)
        return false;
    const bool done = value.toInt() == Qt::Checked;
    const qint64 cmid = row->activity.id;
    const Result<OfflineActions::Queued, OfflineActions::Refusal> queued =
        OfflineActions(m_connection.database(), m_clock).setDone(cmid, done);
    if (!queued) {
        Q_EMIT completionFailed(cmid, queued.error().detail);
        return false;
    }
    m_sections[int(index.internalId() - 1)].activities[index.row()].pending = queued->action;
    Q_EMIT dataChanged(index, index);
    Q_EMIT completionQueued(cmid, done);
    return true;
}

Qt::ItemFlags CourseOutlineModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (const ActivityRow *row = activityAt(index)) {
        flags |= Qt::ItemNeverHasChildren;
        if (row->activity.completionMode == Activity::CompletionMode::Manual)
            flags |= Qt::ItemIsUserCheckable;
    }
    return flags;
}
