#pragma once

#include "OfflineDataCommand.h"

// `satchelctl search <query> [--course C]`: everything offline that matches, grouped by kind (courses, sections,
// activities, files, discussions, posts, grades, events), each with its course and the words around the match.
class SearchCommand : public OfflineDataCommand
{
public:
    using OfflineDataCommand::OfflineDataCommand;

    QString takeArguments(const QString &command, const QStringList &args) override;

protected:
    int runWithData() override;

private:
    QString m_query;
};
