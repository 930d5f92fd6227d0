#pragma once

#include "OfflineDataCommand.h"

// `satchelctl status`: the account, the last successful sync (and the last failed one), and the offline
// changes still pending or refused by the site. Answers before the first sync too.
class StatusCommand : public OfflineDataCommand
{
public:
    using OfflineDataCommand::OfflineDataCommand;

protected:
    int runWithData() override;
    QJsonObject notSignedInDocument(const QString &message) const override;
};
