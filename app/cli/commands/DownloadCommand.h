#pragma once

#include "SyncCommand.h"

#include <QList>
#include <QStringList>

// `satchelctl download [<course>…] [--all] [--max-size SIZE]`: a sync (as `sync` runs it, so the contents are
// fresh), then the courses are made available offline (OfflineContent, as the app's "Make available offline")
// and what they are missing or have outdated is downloaded. Progress on stderr, the summary on stdout.
class DownloadCommand : public SyncCommand
{
public:
    using SyncCommand::SyncCommand;

    QString takeArguments(const QString &command, const QStringList &args) override;
    int run() override;

    // "2M", "500k", "1G", "1.5M", "300" (bytes); binary units, an optional trailing "B". 0 when not a size.
    static qint64 parseSize(const QString &text);
    // "3.4 MB", as the summaries and `storage` print sizes (binary units, as the app).
    static QString sizeText(qint64 bytes);

private:
    QStringList m_courseArgs;
    qint64 m_maxSize = 0;
};
