#pragma once

#include "ClassWorkCommand.h"

// `satchelctl competencies <course>`: the competencies of a class the user teaches, with each learner's rating and
// whether it is proficient, and per competency the share of the class proficient, from the offline data. In a course
// the user does not teach: their own rating of each competency there.
class CompetenciesCommand : public ClassWorkCommand
{
public:
    using ClassWorkCommand::ClassWorkCommand;

protected:
    int runWithData() override;

private:
    int ownCompetencies(const Course &course);
};
