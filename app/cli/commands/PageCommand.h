#pragma once

#include "OfflineDataCommand.h"

// `satchelctl page <cmid> [--html]`: a page (or a book's chapters) as plain text, read from its downloaded
// index.html in the account's files folder; --html prints the sanitised HTML instead. Never the network.
class PageCommand : public OfflineDataCommand
{
public:
    using OfflineDataCommand::OfflineDataCommand;

    QString takeArguments(const QString &command, const QStringList &args) override;

protected:
    int runWithData() override;

private:
    qint64 m_cmid = 0;
};
