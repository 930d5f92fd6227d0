#pragma once

#include "OfflineDataCommand.h"

// `satchelctl forum <cmid>`: a forum of an offline course, read from the database only: its discussions (as the
// site lists them) and each one's posts in thread order, oldest first, as plain text (never the stored HTML).
class ForumCommand : public OfflineDataCommand
{
public:
    using OfflineDataCommand::OfflineDataCommand;

    QString takeArguments(const QString &command, const QStringList &args) override;

    // A post's HTML message as the plain text satchelctl prints: sanitised (scripts, styles and media go with
    // their content), tags stripped, entities decoded, one line per paragraph, line break or list item.

protected:
    int runWithData() override;

private:
    qint64 m_cmid = 0;
};
