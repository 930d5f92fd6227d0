#pragma once

#include "common/Result.h"
#include "model/CompletionRecords.h"
#include "model/ContentRecords.h"
#include "model/OutboxAction.h"
#include "store/StoreConnection.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QIcon>
#include <QSet>

#include <optional>

class Clock;

// A course's sections (top level) and their activities (children), with the user's completion of
// each activity and what waits in the outbox. Reads only the local database.
//
// An activity the user completes manually is checkable: setData(Qt::CheckStateRole) queues the
// change in the outbox (it works offline) and shows the activity as pending until a sync has sent
// it. reload() updates rows in place when the structure is unchanged, so views keep their state.
class CourseOutlineModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Kind {
        SectionItem,
        ActivityItem
    };
    // What the user sees of an activity's completion.
    enum class Status {
        Untracked,
        Unknown,
        NotDone,
        Done,
        Passed,
        Failed
    };
    Q_ENUM(Status)
    // What is on this computer of an activity's files (the Moodle app's download icons).
    enum class Download {
        None,  // no file to keep (a quiz, a url, a label) or only files of other repositories
        NotDownloaded,
        Downloading,  // a run that fetches this course's files is going on
        PartlyDownloaded,
        Downloaded,
        Outdated,  // the site has a newer version; the old copy stays usable
        Failed,  // the latest try failed (DownloadErrorRole says why)
    };
    Q_ENUM(Download)

    enum Role {
        KindRole = Qt::UserRole + 1,
        IdRole,  // section id or cmid
        ModuleRole,  // "assign", "quiz", …
        TypeNameRole,  // "Assignment"
        DatesRole,  // QStringList: "Due: 30 Nov 2026, 23:59"
        CompletionModeRole,  // int Activity::CompletionMode
        StatusRole,  // int Status, without what is pending
        StatusTextRole,  // "Done", "Not done", "Passed", "Failed"; empty when untracked
        PendingRole,  // bool: a change waits in the outbox
        PendingTextRole,  // "Waiting to be sent", or "Could not be sent" once every attempt failed
        HiddenRole,  // hidden from students
        HiddenTextRole,
        SummaryHtmlRole,  // sections: the summary as safe rich text (see safeHtml())
        IndentRole,  // activities: how far the teacher indented it (0 = not)
        DownloadRole,  // int Download
        DownloadTextRole,  // "Not downloaded", "Downloading 40 %", "Downloaded", "Outdated"; empty for None
        DownloadPercentRole,  // int 0–100: bytes of the activity's files on disk
        DownloadErrorRole,  // why the latest download of one of its files failed
    };

    CourseOutlineModel(StoreConnection connection, qint64 userId, const Clock *clock, QObject *parent = nullptr);

    void setCourse(qint64 courseId);
    qint64 courseId() const { return m_courseId; }
    // Re-reads the database. False (see lastError()) if it could not be read; the rows stay as they were.
    bool reload();
    QString lastError() const { return m_lastError; }
    // Re-reads only the download states of the course's files (cheap: no outline), updating changed rows in
    // place. False (see lastError()) if they could not be read.
    bool reloadDownloads();
    // Whether a run fetching this course's files is going on: missing files then read "Downloading n %".
    void setDownloading(bool downloading);
    // A run fetching only these sections' and activities' files: only their missing files read "Downloading"
    // (added to what is downloading already; setDownloading(false) ends it all).
    void setDownloadingPart(const QSet<qint64> &sections, const QSet<qint64> &activities);
    bool isDownloading() const { return m_downloading; }
    // What the run going on fetches (the whole course, or its part): bytes listed and bytes on disk, current.
    qint64 downloadingBytes() const { return m_partBytes; }
    qint64 downloadingBytesDone() const { return m_partBytesDone; }
    // The course's files: how many bytes are listed and how many are on disk, current (for the page header).
    qint64 courseBytes() const { return m_courseBytes; }
    qint64 courseBytesDownloaded() const { return m_courseBytesDone; }
    int courseFileCount() const { return m_courseFiles; }

    QModelIndex indexOfSection(qint64 sectionId) const;
    QModelIndex indexOfActivity(qint64 cmid) const;

    // Moodle's HTML reduced to what a QTextDocument may show without touching the network or the
    // disk: text, paragraphs, lists, emphasis, code. Scripts, styles, frames, forms and media go,
    // with their content; images leave their alt text; links become plain text; attributes go.
    static QString safeHtml(const QString &html);
    // "30 Nov 2026, 23:59" in the system locale's month names and time format, local time.
    static QString formatDateTime(qint64 secondsSinceEpoch);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

Q_SIGNALS:
    // The user marked an activity done / not done; the change waits in the outbox.
    void completionQueued(qint64 cmid, bool done);
    // Queuing failed (the database could not be written).
    void completionFailed(qint64 cmid, const QString &error);

private:
    struct ActivityDownload
    {
        Download state = Download::None;
        int percent = 0;
        QString error;
        bool operator==(const ActivityDownload &) const = default;
    };
    struct FileTally
    {
        qint64 sectionId = 0;
        int files = 0;
        int downloaded = 0;
        int outdated = 0;
        qint64 bytes = 0;
        qint64 bytesDone = 0;
        QString error;
    };
    struct ActivityRow
    {
        Activity activity;
        std::optional<ActivityCompletion> completion;
        std::optional<OutboxAction> pending;
        QString ownAttempts;  // a quiz: the user's own attempts ("2 attempts, best 8.75 out of 10.00"); else empty
    };
    // The user's attempts at the course's quizzes, as their rows say them, by cmid.
    Result<QHash<qint64, QString>> ownAttempts() const;
    struct SectionRow
    {
        Section section;  // without its activities: they are below
        QString summaryHtml;
        QList<ActivityRow> activities;
    };

    static constexpr quintptr kSectionId = 0;  // internalId of section rows; activities store section row + 1

    const ActivityRow *activityAt(const QModelIndex &index) const;
    QVariant sectionData(const SectionRow &row, int role) const;
    QVariant activityData(const ActivityRow &row, int role) const;
    Status statusOf(const ActivityRow &row) const;
    bool isChecked(const ActivityRow &row) const;
    QIcon iconFor(const QString &module) const;
    ActivityDownload downloadOf(qint64 cmid, const FileTally &tally) const;
    // Reads the download states into `into` (by cmid); false with m_lastError when they could not be read.
    bool readDownloads(QHash<qint64, ActivityDownload> *into);
    QString downloadText(const ActivityDownload &download) const;

    StoreConnection m_connection;
    qint64 m_userId;
    const Clock *m_clock;
    qint64 m_courseId = 0;
    QList<SectionRow> m_sections;
    QString m_lastError;
    QHash<qint64, ActivityDownload> m_downloads;  // by cmid; activities without files are left out
    QHash<qint64, FileTally> m_tallies;
    bool m_downloading = false;
    // With m_downloading: the part of the course being fetched (both empty: all of it).
    QSet<qint64> m_downloadingSections;
    QSet<qint64> m_downloadingActivities;
    bool isBeingDownloaded(qint64 cmid, const FileTally &tally) const;
    qint64 m_partBytes = 0;
    qint64 m_partBytesDone = 0;
    qint64 m_courseBytes = 0;
    qint64 m_courseBytesDone = 0;
    int m_courseFiles = 0;
    mutable QHash<QString, QIcon> m_icons;  // one QIcon per type, so each SVG is parsed once
};
