#pragma once

#include "OfflineDataCommand.h"

// `satchelctl deadlines`: what is due, from a week ago on (Deadline::kOverdueListedFor), in local
// time, with overdue marks. "Now" is the context's clock. With --ical the same deadlines as an iCalendar
// file (CalendarExport), on stdout or in -o FILE.
class DeadlinesCommand : public OfflineDataCommand
{
public:
    using OfflineDataCommand::OfflineDataCommand;

    QString takeArguments(const QString &command, const QStringList &args) override;

protected:
    int runWithData() override;

private:
    int writeCalendar();
};
