#pragma once

#include "ClassWorkCommand.h"

// `satchelctl competencies <course>`: the competencies of a class the user teaches, with each learner's rating and
// whether it is proficient, and per competency the share of the class proficient, from the offline data.
class CompetenciesCommand : public ClassWorkCommand
{
public:
    using ClassWorkCommand::ClassWorkCommand;

protected:
    int runWithData() override;
};
