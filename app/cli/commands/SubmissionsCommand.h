#pragma once

#include "ClassWorkCommand.h"

// `satchelctl submissions <course>`: every assignment of a class the user teaches, with each learner's submission
// (status, when handed in, late by how much, grade, grader), from the offline data.
class SubmissionsCommand : public ClassWorkCommand
{
public:
    using ClassWorkCommand::ClassWorkCommand;

protected:
    int runWithData() override;
};
