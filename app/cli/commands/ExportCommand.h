#pragma once

#include "OfflineDataCommand.h"
#include "export/ClassExport.h"

// `satchelctl export <course> [--format csv|commcare] [-o FILE]`: a class the user teaches as UTF-8 CSV
// (ClassExport), to standard output or to FILE.
class ExportCommand : public OfflineDataCommand
{
public:
    using OfflineDataCommand::OfflineDataCommand;

    QString takeArguments(const QString &command, const QStringList &args) override;

protected:
    int runWithData() override;

private:
    ClassExport::Format m_format = ClassExport::Format::Csv;
};
