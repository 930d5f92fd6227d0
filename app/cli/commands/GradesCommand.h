#pragma once

#include "OfflineDataCommand.h"

#include <optional>

// `satchelctl grades`: the course total of every course; `satchelctl grades <course>`: every grade item
// of one course.
class GradesCommand : public OfflineDataCommand
{
public:
    using OfflineDataCommand::OfflineDataCommand;

    QString takeArguments(const QString &command, const QStringList &args) override;

protected:
    int runWithData() override;

private:
    int courseGrades();
    int gradeItems(const QString &courseArg);

    std::optional<QString> m_courseArg;  // none: all courses
};
